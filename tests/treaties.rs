//! Treaties: the seed's claims about the 2001 treaty, status at every
//! boundary, and the agreement of `status_at` with `validity`.

use allegiance::{Basis, Country, CountrySet, Dataset, Obligation, Treaty, TreatyStatus};
use proptest::prelude::*;
use time::Date;
use time::macros::date;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

fn pact() -> &'static Treaty {
    kb().treaty("cn-ru-2001").expect("the 2001 China–Russia treaty")
}

#[test]
fn seed_in_2001_both_countries_signed_the_treaty() {
    assert_eq!(pact().signed.to_string(), "16 Jul 2001");
    assert_eq!(pact().all_parties(), [Country::CN, Country::RU].into());
    assert!(pact().name.contains("Good-Neighbourliness and Friendly Cooperation"));
}

#[test]
fn seed_the_20_year_pact_was_renewed_for_five_more_years() {
    let v = pact().validity();
    assert_eq!(v[0].period.to_string(), "28 Feb 2002 – 28 Feb 2022", "a 20-year initial term");
    assert!(matches!(v[1].basis, Basis::ConfirmedExtension(_)));
    assert_eq!(v[1].period.to_string(), "28 Feb 2022 – 28 Feb 2027", "five more years");
    // "now set to run until at least 2026": in force throughout 2026 in the reading the queries use,
    // and the 2026 reading is recorded as a disputed end.
    assert!(pact().is_in_force(date!(2026 - 01 - 01)));
    assert!(pact().end_alternatives.iter().any(|r| r.sources.iter().any(|s| s == &allegiance::SEED)));
}

#[test]
fn seed_russia_sees_taiwan_as_part_of_china() {
    let p = pact().provisions.iter().find(|p| p.obligation == Obligation::Recognition).unwrap();
    assert_eq!(p.article.as_deref(), Some("Article 5"));
    assert_eq!(p.binds, Some(Country::RU));
    assert!(p.text.contains("Taiwan is an integral part of China"));
}

#[test]
fn seed_military_know_how_and_support_in_conflict() {
    let obligations: Vec<_> = pact().provisions.iter().map(|p| p.obligation).collect();
    assert!(obligations.contains(&Obligation::MilitaryCooperation));
    assert!(obligations.contains(&Obligation::Consultation));
    assert!(!pact().has_mutual_defence(), "Article 9 is consultation, not mutual defence");
}

#[test]
fn china_russia_status_today_is_in_force_with_a_disputed_end() {
    assert_eq!(
        pact().status_at(date!(2026 - 11 - 28)),
        TreatyStatus::InForce {
            until: Some(allegiance::PartialDate::day(date!(2027 - 02 - 28))),
            end_disputed: true,
            suspended: CountrySet::EMPTY
        }
    );
    // The second extension, confirmed by Ushakov on 4 Feb 2026: no source
    // dates its end otherwise.
    assert_eq!(
        pact().status_at(date!(2027 - 02 - 28)),
        TreatyStatus::InForce {
            until: Some(allegiance::PartialDate::day(date!(2032 - 02 - 28))),
            end_disputed: false,
            suspended: CountrySet::EMPTY
        }
    );
    assert!(matches!(pact().status_at(date!(2032 - 02 - 28)), TreatyStatus::InForcePresumed { .. }));
    assert_eq!(pact().status_at(date!(2001 - 07 - 15)), TreatyStatus::NotYetSigned);
    assert_eq!(pact().status_at(date!(2001 - 07 - 16)), TreatyStatus::SignedNotInForce);
    assert_eq!(pact().status_at(date!(2002 - 02 - 27)), TreatyStatus::SignedNotInForce);
    assert!(matches!(
        pact().status_at(date!(2002 - 02 - 28)),
        TreatyStatus::InForce { end_disputed: false, .. }
    ));
}

#[test]
fn seed_india_strategic_partnership_october_2000() {
    let d = kb().treaty("in-ru-2000").unwrap();
    assert_eq!(d.signed.to_string(), "3 Oct 2000");
    assert!(d.is_in_force(date!(2022 - 03 - 01)));
}

#[test]
fn seed_pakistan_70th_anniversary_of_relations_in_2018() {
    let t = kb().treaty("pk-su-1948").unwrap();
    assert_eq!(t.signed.to_string(), "1 May 1948");
    assert!(t.events.iter().any(|e| e.date.year_number() == 2018 && e.note.contains("70th")));
}

#[test]
fn real_dates() {
    let start = kb().treaty("new-start").unwrap();
    assert!(matches!(start.status_at(date!(2011 - 02 - 05)), TreatyStatus::InForce { .. }));
    assert!(matches!(start.status_at(date!(2021 - 02 - 04)), TreatyStatus::InForce { .. }));
    assert!(matches!(start.status_at(date!(2023 - 02 - 27)), TreatyStatus::InForce { .. }));
    assert_eq!(start.status_at(date!(2023 - 02 - 28)).suspended(), Country::RU.into());
    assert_eq!(start.status_at(date!(2026 - 02 - 04)).suspended(), Country::RU.into());
    assert!(matches!(start.status_at(date!(2026 - 02 - 05)), TreatyStatus::Expired { .. }));

    let dprk = kb().treaty("kp-ru-2024").unwrap();
    assert_eq!(dprk.status_at(date!(2024 - 12 - 03)), TreatyStatus::SignedNotInForce);
    assert_eq!(
        dprk.status_at(date!(2024 - 12 - 04)),
        TreatyStatus::InForce { until: None, end_disputed: false, suspended: CountrySet::EMPTY }
    );
    assert!(dprk.has_mutual_defence());

    let minsk = kb().treaty("minsk-2015").unwrap();
    assert!(minsk.is_in_force(date!(2022 - 02 - 21)));
    // Signed by the Trilateral Contact Group; France and Germany only backed
    // it in the leaders' declaration of the same day (an event, not a party).
    assert_eq!(minsk.all_parties(), [Country::UA, Country::RU].into());
    assert!(minsk.events.iter().any(|e| e.note.contains("France and Germany")));
    assert!(matches!(minsk.status_at(date!(2022 - 02 - 22)), TreatyStatus::Terminated { .. }));

    let iran = kb().treaty("ir-ru-2025").unwrap();
    assert_eq!(iran.status_at(date!(2025 - 10 - 01)), TreatyStatus::SignedNotInForce);
    assert!(iran.is_in_force(date!(2025 - 10 - 02)));
    assert!(!iran.has_mutual_defence());

    let cst = kb().treaty("cst-1992").unwrap();
    assert!(cst.parties_at(date!(1999 - 04 - 19)).contains(Country::AZ));
    assert!(!cst.parties_at(date!(1999 - 04 - 20)).contains(Country::AZ));
    assert_eq!(cst.status_at(date!(2024 - 03 - 01)).suspended(), Country::AM.into());
}

#[test]
fn treaties_of_a_country_on_a_day() {
    let ids = |c, d| kb().treaties_of(c, d).map(|t| t.id.as_ref()).collect::<Vec<_>>();
    assert_eq!(
        ids(Country::CN, date!(2022 - 03 - 01)),
        ["cn-su-1949", "cn-kp-1961", "cn-ru-2001", "cn-vn-2008", "cn-rs-2016"]
    );
    assert_eq!(ids(Country::IL, date!(1970 - 01 - 01)), Vec::<&str>::new(), "relations broken in 1967");
    assert_eq!(ids(Country::IL, date!(1992 - 01 - 01)), ["il-su-1991"]);
    assert!(ids(Country::RU, date!(2022 - 03 - 01)).contains(&"in-ru-2000"));
    assert!(!ids(Country::RU, date!(2022 - 03 - 01)).contains(&"minsk-2015"));
    assert!(ids(Country::RU, date!(2022 - 02 - 21)).contains(&"minsk-2015"));
}

/// Every boundary of every treaty: the status the day before, the day of and
/// the day after signature, entry into force and each event agrees with the
/// validity periods.
#[test]
fn status_at_every_boundary_agrees_with_validity() {
    for t in kb().treaties() {
        let mut days = vec![t.signed.first_day()];
        days.extend(t.in_force.map(|d| d.first_day()));
        days.extend(t.events.iter().map(|e| e.date.first_day()));
        days.extend(
            t.validity()
                .iter()
                .flat_map(|v| [Some(v.period.start), v.period.end])
                .flatten()
                .map(|d| d.first_day()),
        );
        for d in days {
            for day in [d.previous_day().unwrap(), d, d.next_day().unwrap()] {
                check(t, day);
            }
        }
    }
}

#[track_caller]
fn check(t: &Treaty, day: Date) {
    let in_validity = t.validity().iter().any(|v| v.period.contains(day));
    assert_eq!(t.is_in_force(day), in_validity, "{} on {day}: {}", t.id, t.status_at(day));
}

fn any_day() -> impl Strategy<Value = Date> {
    (1940i32..2040, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::from_calendar_date(y, m.try_into().unwrap(), d).unwrap())
}

proptest! {
    #[test]
    fn status_and_validity_agree(i in 0usize..100, day in any_day()) {
        let t = &kb().treaties()[i % kb().treaties().len()];
        check(t, day);
    }

    #[test]
    fn validity_periods_are_ordered_contiguous_and_after_signature(i in 0usize..100) {
        let t = &kb().treaties()[i % kb().treaties().len()];
        let v = t.validity();
        for w in &v {
            prop_assert!(w.period.is_well_formed());
            prop_assert!(w.period.start >= t.signed);
        }
        for w in v.windows(2) {
            prop_assert!(!w[0].period.overlaps(&w[1].period));
            prop_assert_eq!(w[0].period.end, Some(w[1].period.start), "terms are contiguous");
        }
    }
}

proptest! {
    #[test]
    fn indexed_status_is_status_at(y in 1940i32..=2040, ord in 1u16..=365) {
        let day = Date::from_ordinal_date(y, ord).unwrap();
        for t in kb().treaties() {
            prop_assert_eq!(kb().treaty_status(&t.id, day), Some(t.status_at(day)), "{}", t.id);
            prop_assert_eq!(kb().treaty_status(&t.id, day).unwrap(), t.status_at(day), "{}", t.id);
        }
    }
}
