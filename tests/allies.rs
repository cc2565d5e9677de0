//! Allies, relations and changes: the seed's examples of the rule, the days
//! the answer changes, and the queries against brute-force definitions.

use allegiance::{ChangeKind, Country, Dataset, Stance, TieKind, Via};
use proptest::prelude::*;
use time::Date;
use time::macros::date;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

const MARCH_1: Date = date!(2022 - 03 - 01);

fn ally_codes(c: Country, d: Date) -> Vec<Country> {
    kb().allies(c, d).into_iter().map(|a| a.country).collect()
}

#[test]
fn russias_allies_on_the_seed_day() {
    let allies = ally_codes(Country::RU, MARCH_1);
    for c in [Country::BY, Country::KZ, Country::AM, Country::KG, Country::TJ, Country::CN, Country::IN] {
        assert!(allies.contains(&c), "{c:?} should be Russia's ally on {MARCH_1}: {allies:?}");
    }
    for c in [Country::IL, Country::TR, Country::PK, Country::UA, Country::US, Country::KP, Country::IR] {
        assert!(!allies.contains(&c), "{c:?} should not be Russia's ally on {MARCH_1}");
    }
    // Relations, but no alliance-grade tie.
    for c in [Country::IL, Country::TR, Country::PK] {
        let r = kb().relation(Country::RU, c, MARCH_1);
        assert!(!r.ties.is_empty(), "{c:?} has relations with Russia");
        assert!(!r.is_alliance(), "{c:?}");
        assert!(r.ties.iter().any(|t| t.kind == TieKind::DiplomaticRelations), "{c:?}");
    }
}

#[test]
fn the_reasons_for_each_ally() {
    let r = kb().relation(Country::RU, Country::BY, MARCH_1);
    let kinds: Vec<TieKind> = r.ties.iter().map(|t| t.kind).collect();
    assert_eq!(kinds[0], TieKind::MutualDefence);
    assert!(kinds.contains(&TieKind::StateUnion) && kinds.contains(&TieKind::IntegrationUnion));
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "strongest first: {kinds:?}");
    assert_eq!(r.stance_b.map(|s| s.stance), Some(Stance::AssistsMilitarily));
    assert!(r.ties.iter().all(|t| t.sources().next().is_some()), "every tie is sourced");

    let cn = kb().relation(Country::RU, Country::CN, MARCH_1);
    assert_eq!(cn.strongest(), Some(TieKind::Friendship));
    let Via::Treaty { treaty, status } = &cn.ties[0].via else { panic!("the 2001 treaty") };
    assert_eq!(treaty.id, "cn-ru-2001");
    assert!(status.is_in_force());

    let india = kb().relation(Country::RU, Country::IN, MARCH_1);
    assert_eq!(india.strongest(), Some(TieKind::StrategicPartnership));
    assert_eq!(india.ties[0].to_string(), "India–Russia Strategic Partnership Declaration (2000): in force");
}

#[test]
fn allies_change_as_treaties_enter_into_force() {
    let has = |c, d| ally_codes(Country::RU, d).contains(&c);
    assert!(!has(Country::KP, date!(2024 - 12 - 03)));
    assert!(has(Country::KP, date!(2024 - 12 - 04)));
    assert_eq!(
        kb().relation(Country::RU, Country::KP, date!(2024 - 12 - 04)).strongest(),
        Some(TieKind::MutualDefence)
    );
    assert!(!has(Country::IR, date!(2025 - 10 - 01)));
    assert!(has(Country::IR, date!(2025 - 10 - 02)));
    // Armenia froze its CSTO participation in 2024 but is still a member in law.
    assert!(has(Country::AM, date!(2024 - 06 - 01)));
}

#[test]
fn no_tie_is_an_empty_relation() {
    let r = kb().relation(Country::IL, Country::KP, MARCH_1);
    assert!(r.ties.is_empty());
    assert_eq!(r.strongest(), None);
    assert!(kb().relation(Country::RU, Country::RU, MARCH_1).ties.is_empty());
    assert!(kb().allies(Country::AQ, MARCH_1).is_empty());
}

#[test]
fn allies_are_ordered_by_their_strongest_tie() {
    let allies = kb().allies(Country::RU, MARCH_1);
    let keys: Vec<_> = allies.iter().map(|a| (a.strongest(), a.country)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    assert!(allies.iter().all(|a| a.strongest().is_alliance_grade()));
}

#[test]
fn changes_in_a_window() {
    let changes = kb().changes(date!(2023 - 12 - 31), date!(2024 - 12 - 31));
    assert!(changes.iter().any(|c| matches!(c.kind, ChangeKind::Joined(m) if m.country == Country::SE)));
    assert!(changes.iter().any(|c| matches!(c.kind, ChangeKind::InForce(t) if t.id == "kp-ru-2024")));
    assert!(changes.iter().any(|c| matches!(c.kind, ChangeKind::StanceEnded(s) if s.country == Country::SY)));
    assert!(changes.iter().any(|c| matches!(c.kind, ChangeKind::Stance(s) if s.country == Country::KP)));
    assert!(changes.iter().all(|c| !c.sources().is_empty()));
    assert!(kb().changes(MARCH_1, MARCH_1).is_empty());
}

fn any_day() -> impl Strategy<Value = Date> {
    (1990i32..=2027, 1u16..=365).prop_map(|(y, d)| Date::from_ordinal_date(y, d).unwrap())
}

/// Countries that appear in the dataset's unions and treaties, where ties live.
fn any_country() -> impl Strategy<Value = Country> {
    let mut cs: Vec<Country> = kb().memberships().iter().map(|m| m.country).collect();
    cs.extend(kb().treaties().iter().flat_map(|t| t.parties.iter().map(|p| p.country)));
    cs.extend([Country::AQ, Country::IL, Country::FR]);
    cs.sort();
    cs.dedup();
    prop::sample::select(cs)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn relation_is_symmetric(a in any_country(), b in any_country(), day in any_day()) {
        let ab: Vec<TieKind> = kb().relation(a, b, day).ties.iter().map(|t| t.kind).collect();
        let ba: Vec<TieKind> = kb().relation(b, a, day).ties.iter().map(|t| t.kind).collect();
        prop_assert_eq!(ab, ba);
    }

    #[test]
    fn allies_are_exactly_the_alliance_grade_relations(c in any_country(), day in any_day()) {
        let want: Vec<Country> = Country::iter().filter(|&x| kb().relation(c, x, day).is_alliance()).collect();
        let mut got = ally_codes(c, day);
        got.sort();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn changes_compose(a in any_day(), b in any_day(), c in any_day()) {
        let mut d = [a, b, c];
        d.sort();
        let whole = kb().changes(d[0], d[2]);
        prop_assert!(whole.iter().all(|x| d[0] < x.date.first_day() && x.date.first_day() <= d[2]));
        prop_assert!(whole.windows(2).all(|w| w[0].date <= w[1].date));
        let parts = kb().changes(d[0], d[1]).len() + kb().changes(d[1], d[2]).len();
        prop_assert_eq!(whole.len(), parts);
    }
}

#[test]
fn ties_read_well() {
    let r = kb().relation(Country::RU, Country::BY, MARCH_1);
    let lines: Vec<String> = r.ties.iter().map(ToString::to_string).collect();
    assert!(lines.contains(&"CSTO (both as member)".to_owned()), "{lines:?}");
    let cu = kb().relation(Country::RU, Country::CU, MARCH_1);
    assert!(cu.ties.iter().any(|t| t.to_string() == "EAEU (Russia member, Cuba observer)"), "{:?}", cu.ties);
}

/// Armenia froze its CSTO participation on 22 Feb 2024: from that day its
/// three CSTO ties with Russia (the organisation, the 1992 treaty, the 2002
/// Charter) are suspended, listed after the ties in effect, and no longer
/// alliance-grade. Its bilateral Treaty of Friendship, Cooperation and
/// Mutual Assistance (1997) is not suspended (in force by presumed
/// automatic extension since its first term ended in November 2023), so
/// Armenia stays an ally by mutual defence, on that treaty.
#[test]
fn armenia_frozen_csto_ties_are_suspended_from_22_feb_2024() {
    let kb = Dataset::embedded();
    let is_csto = |t: &allegiance::Tie<'_>| match &t.via {
        Via::Union { union, .. } => *union == allegiance::Union::Csto,
        Via::Treaty { treaty, .. } => matches!(&*treaty.id, "cst-1992" | "csto-charter-2002"),
        _ => false,
    };
    let csto_ties = |day| {
        let r = kb.relation(Country::RU, Country::AM, day);
        let csto: Vec<(bool, bool)> =
            r.ties.iter().filter(|t| is_csto(t)).map(|t| (t.is_suspended(), t.is_alliance_grade())).collect();
        (r.strongest(), r.is_alliance(), csto)
    };
    let before = date!(2024 - 02 - 21);
    let after = date!(2024 - 02 - 22);
    assert_eq!(csto_ties(before), (Some(TieKind::MutualDefence), true, vec![(false, true); 3]));
    assert_eq!(csto_ties(after), (Some(TieKind::MutualDefence), true, vec![(true, false); 3]));

    // The suspended ties come last, after the ties in effect; first come
    // the bilateral treaties (the 1997 treaty and the Gyumri base treaty).
    let r = kb.relation(Country::RU, Country::AM, after);
    let first_suspended = r.ties.iter().position(|t| t.is_suspended()).expect("a suspended tie");
    assert!(r.ties[first_suspended..].iter().all(|t| t.is_suspended()), "{:#?}", r.ties);
    assert!(
        r.ties[..first_suspended].iter().any(|t| t
            .to_string()
            .starts_with("Armenia–Russia Treaty of Friendship and Mutual Assistance (1997)")),
        "{:#?}",
        r.ties
    );
    assert!(r.ties[0].is_alliance_grade() && matches!(r.ties[0].via, Via::Treaty { .. }));
}

/// The first batch of other states' alliances: the US treaties in the
/// Pacific and China–DPRK 1961, each tie on its instrument.
#[test]
fn pacific_alliances_of_the_united_states_and_china() {
    let kb = Dataset::embedded();
    let tie = |a, b, day| {
        kb.relation(a, b, day).ties.iter().find(|t| t.kind == TieKind::MutualDefence).map(ToString::to_string)
    };
    let day = date!(2022 - 03 - 01);
    assert!(
        tie(Country::JP, Country::US, day).is_some_and(|t| t.starts_with("US–Japan Security Treaty (1960)"))
    );
    assert!(tie(Country::KR, Country::US, day).is_some());
    assert!(tie(Country::PH, Country::US, day).is_some());
    assert!(tie(Country::CN, Country::KP, day).is_some());
    // The 1951 treaty bound Japan and the US until the 1960 one replaced it.
    assert!(
        tie(Country::JP, Country::US, date!(1955 - 01 - 01))
            .is_some_and(|t| t.starts_with("US–Japan Security Treaty (1951)"))
    );
    // The ROC treaty ended on 1 Jan 1980.
    assert!(tie(Country::TW, Country::US, date!(1979 - 12 - 31)).is_some());
    assert_eq!(tie(Country::TW, Country::US, date!(1980 - 01 - 01)), None);
    // Japan and South Korea: no treaty between them, no alliance.
    assert!(!kb.relation(Country::JP, Country::KR, day).is_alliance());
}

/// The Manila Pact outlived SEATO (dissolved 1977); the Brussels Treaty
/// ended with the WEU on 30 Jun 2011.
#[test]
fn manila_pact_and_brussels_treaty() {
    let kb = Dataset::embedded();
    let has =
        |a, b, day, name: &str| kb.relation(a, b, day).ties.iter().any(|t| t.to_string().starts_with(name));
    assert!(has(Country::US, Country::TH, date!(2022 - 03 - 01), "Manila Pact (SEATO)"));
    assert!(has(Country::PK, Country::US, date!(1970 - 01 - 01), "Manila Pact (SEATO)"));
    assert!(
        !has(Country::PK, Country::US, date!(1974 - 01 - 01), "Manila Pact (SEATO)"),
        "Pakistan left in 1973"
    );
    assert!(has(Country::FR, Country::GB, date!(2000 - 01 - 01), "Brussels Treaty"));
    assert!(!has(Country::FR, Country::GB, date!(2012 - 01 - 01), "Brussels Treaty"));
    assert!(
        !has(Country::DE, Country::FR, date!(1950 - 01 - 01), "Brussels Treaty"),
        "Germany acceded in 1955"
    );
    assert!(has(Country::DE, Country::FR, date!(1960 - 01 - 01), "Brussels Treaty"));
}
