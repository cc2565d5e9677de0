//! Declared coverage: a question outside what the data covers is answered
//! "not covered", never with an empty list that reads as "none".

use std::borrow::Cow;

use allegiance::{Country, CountrySet, Covered, Dataset, FactKind, Facts, PartialDate, Scope, Union};
use time::macros::date;

const TODAY: time::Date = date!(2026 - 11 - 28);

#[test]
fn south_africa_has_no_allies_in_the_data_and_that_is_not_an_answer() {
    let kb = Dataset::embedded();
    assert!(kb.allies(Country::ZA, TODAY).is_empty());
    match kb.allies_coverage(Country::ZA, TODAY) {
        Covered::No { nearest: Some(scope) } => assert_eq!(scope.facts, FactKind::Treaties),
        other => panic!("{other:?}"),
    }
    assert!(!kb.allies_coverage(Country::ZA, TODAY).is_full());
    assert!(kb.allies_coverage(Country::ZA, TODAY).to_string().starts_with("not covered"));
}

/// Brazil was "not covered" until the Rio Treaty was added: now its
/// alliance with the United States is recorded, in part of a selection.
#[test]
fn brazil_is_covered_in_part_and_allied_with_the_united_states_by_the_rio_treaty() {
    let kb = Dataset::embedded();
    assert!(matches!(kb.allies_coverage(Country::BR, TODAY), Covered::Partly { .. }));
    let allies = kb.allies(Country::BR, TODAY);
    let us = allies.get(Country::US).expect("the US");
    assert_eq!(us.strongest(), allegiance::TieKind::MutualDefence);
    // Mexico left in 2004; Cuba's government was excluded in 1962.
    assert!(kb.allies(Country::MX, TODAY).iter().all(|a| a.country != Country::US));
    assert!(kb.allies(Country::CU, date!(1970 - 01 - 01)).iter().all(|a| a.country != Country::US));
}

/// Japan was "not covered" until the US treaties were added: now its
/// alliance with the United States is recorded, in part of a selection.
#[test]
fn japan_is_covered_in_part_and_allied_with_the_united_states() {
    let kb = Dataset::embedded();
    assert!(matches!(kb.allies_coverage(Country::JP, TODAY), Covered::Partly { .. }));
    let allies = kb.allies(Country::JP, TODAY);
    let us = allies.iter().find(|a| a.country == Country::US).expect("the US is Japan's ally");
    assert_eq!(us.strongest(), allegiance::TieKind::MutualDefence);
    assert!(us.ties.iter().any(|t| t.to_string().starts_with("US–Japan Security Treaty (1960)")));
}

/// Ukraine printed "no allies" until its 2024–2025 security agreements were
/// added: now 27 states are its partners by an instrument in effect, each
/// named, and none was before the first (12 Jan 2024).
#[test]
fn ukraines_security_agreements_make_its_partners_with_their_instruments() {
    let kb = Dataset::embedded();
    let now = kb.allies(Country::UA, TODAY);
    let by = |c: Country| now.iter().find(|a| a.country == c);
    for (c, id) in [
        (Country::US, "ua-us-2024"),
        (Country::GB, "gb-ua-2024"),
        (Country::DE, "de-ua-2024"),
        (Country::FR, "fr-ua-2024"),
        (Country::JP, "jp-ua-2024"),
        (Country::CA, "ca-ua-2024"),
        (Country::AL, "al-ua-2025"),
    ] {
        let a = by(c).unwrap_or_else(|| panic!("{c:?} is Ukraine's partner"));
        assert_eq!(a.strongest(), allegiance::TieKind::StrategicPartnership, "{c:?}");
        assert!(
            a.ties
                .iter()
                .any(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == id)),
            "{c:?} by {id}"
        );
    }
    assert_eq!(
        now.iter().filter(|a| a.is_alliance()).count(),
        27,
        "the 27 agreements in effect (the US by two instruments)"
    );
    // Greece's agreement awaits ratification: signed, not in force.
    assert!(by(Country::GR).is_none_or(|a| !a.is_alliance()));
    assert!(!kb.treaty_status("gr-ua-2024", TODAY).unwrap().is_in_force());
    // On 1 Mar 2022 none of them existed: Ukraine's one partner was the
    // United States, by the Charter on Strategic Partnership of 2021.
    for day in [date!(2022 - 03 - 01), date!(2024 - 01 - 11)] {
        let allies = kb.allies(Country::UA, day);
        let then: Vec<_> = allies.iter().filter(|a| a.is_alliance()).collect();
        assert_eq!(then.iter().map(|a| a.country).collect::<Vec<_>>(), [Country::US], "{day}");
        assert!(
            matches!(&then[0].ties[0].via, allegiance::Via::Treaty { treaty, .. } if treaty.id == "ua-us-2021")
        );
    }
    assert!(matches!(kb.allies_coverage(Country::UA, TODAY), Covered::Partly { .. }));
}

/// The Alliance of Sahel States binds Mali, Burkina Faso and Niger from the
/// Liptako-Gourma Charter's signature (one source's reading, recorded with
/// the other).
#[test]
fn the_sahel_states_are_allies_from_the_liptako_gourma_charter() {
    let kb = Dataset::embedded();
    // The three are also parties of the AU pact (from 2016 here), so the
    // charter's own tie is what starts on 16 Sep 2023.
    let by_charter = |a, b, d| {
        kb.relation(a, b, d).ties.iter().any(|t| {
            matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == "aes-2023")
                && t.is_alliance_grade()
        })
    };
    for (a, b) in [(Country::ML, Country::BF), (Country::ML, Country::NE), (Country::BF, Country::NE)] {
        assert!(by_charter(a, b, TODAY), "{a:?}-{b:?}");
        assert!(!by_charter(a, b, date!(2023 - 09 - 15)), "{a:?}-{b:?} before");
    }
    let aes = kb.treaty("aes-2023").unwrap();
    assert!(aes.alternatives.iter().any(|r| r.says.contains("deposited their instruments")));
}

/// Russia and Venezuela are partners by the 2025 treaty from its entry into
/// force (12 Nov 2025, EFE), and still after Maduro's removal.
#[test]
fn venezuela_and_russia_are_partners_from_the_2025_treaty() {
    let kb = Dataset::embedded();
    let partner = |d| kb.allies(Country::VE, d).iter().any(|a| a.country == Country::RU && a.is_alliance());
    assert!(!partner(date!(2025 - 11 - 11)));
    assert!(partner(date!(2025 - 11 - 12)));
    assert!(partner(TODAY));
    let t = kb.treaty("ve-ru-2025").unwrap();
    assert_eq!(t.alternatives.len(), 3, "the other entry-into-force dates are kept as readings");
}

/// France's defence treaties end where the host denounced them: Mali's in
/// Nov 2022 (six months after 2 May 2022), Chad's in May 2025 (six months
/// after 28 Nov 2024); Djibouti's and Gabon's hold.
#[test]
fn frances_african_defence_treaties_end_where_they_were_denounced() {
    let kb = Dataset::embedded();
    let with_france = |c: Country, d| kb.relation(c, Country::FR, d).is_alliance();
    assert!(with_france(Country::ML, date!(2022 - 06 - 01)), "under notice, still a party");
    assert!(!with_france(Country::ML, date!(2023 - 01 - 01)));
    assert!(with_france(Country::TD, date!(2024 - 12 - 01)));
    assert!(!with_france(Country::TD, date!(2025 - 06 - 01)));
    assert!(with_france(Country::DJ, TODAY) && with_france(Country::GA, TODAY));
    // The 2011 treaty from 1 May 2014; before it, the 1977 protocol.
    assert!(tie_status(kb, Country::FR, Country::DJ, date!(2014 - 04 - 30), "dj-fr-2011").is_none());
    assert!(tie_status(kb, Country::FR, Country::DJ, date!(2014 - 05 - 01), "dj-fr-2011").is_some());
    assert!(with_france(Country::DJ, date!(2014 - 04 - 30)), "the 1977 protocol");
}

/// The United States' Gulf instruments: Executive Order 14353 pledges it to
/// Qatar's defence from 29 Sep 2025, one-sided (every provision binds the
/// United States towards Qatar); C-SIPA binds Bahrain.
#[test]
fn the_united_states_gulf_instruments() {
    let kb = Dataset::embedded();
    // Before the order, the 1992 defence cooperation agreement (a
    // partnership); from it, a pledge of defence.
    use allegiance::TieKind;
    let strongest = |d| kb.relation(Country::QA, Country::US, d).strongest();
    assert_eq!(strongest(date!(2025 - 09 - 28)), Some(TieKind::StrategicPartnership));
    assert_eq!(strongest(TODAY), Some(TieKind::MutualDefence));
    let eo = kb.treaty("qa-us-2025").unwrap();
    assert!(eo.provisions.iter().all(|p| p.binds == Some(Country::US) && p.towards == Some(Country::QA)));
    assert!(kb.relation(Country::BH, Country::US, TODAY).is_alliance());
    assert!(kb.relation(Country::BH, Country::GB, TODAY).is_alliance(), "the UK joined C-SIPA in Jul 2025");
    assert!(
        !kb.relation(Country::BH, Country::GB, date!(2025 - 06 - 01))
            .ties
            .iter()
            .any(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == "bh-us-2023"))
    );
}

/// Charters and declarations: Armenia and Azerbaijan are US partners by
/// their charters (2025, 2026); Georgia's was suspended by the US on 30 Nov
/// 2024; Japan and Australia by their 2007 and 2022 declarations and their
/// Reciprocal Access Agreement.
#[test]
fn charters_and_declarations_make_partners_from_their_signature() {
    let kb = Dataset::embedded();
    let partners = |a, b, d| kb.relation(a, b, d).is_alliance();
    assert!(!partners(Country::AM, Country::US, date!(2025 - 01 - 13)));
    assert!(partners(Country::AM, Country::US, TODAY));
    assert!(!partners(Country::AZ, Country::US, date!(2026 - 02 - 09)));
    assert!(partners(Country::AZ, Country::US, TODAY));
    assert!(partners(Country::GE, Country::US, date!(2024 - 11 - 29)));
    assert!(!partners(Country::GE, Country::US, TODAY), "suspended by the US");
    assert!(partners(Country::JP, Country::AU, date!(2022 - 03 - 01)));
    assert!(!partners(Country::JP, Country::PH, date!(2025 - 09 - 10)));
    assert!(partners(Country::JP, Country::PH, TODAY));
}

/// Article 42(7) TEU binds the EU's members to each other's defence from the
/// Treaty of Lisbon's entry into force (1 Dec 2009): Austria and Ireland,
/// in no military alliance, are bound from then; the United Kingdom until
/// it left on 31 Jan 2020.
#[test]
fn the_eu_mutual_assistance_clause_binds_members_while_they_are_members() {
    let kb = Dataset::embedded();
    let defence = |a, b, d| kb.relation(a, b, d).strongest() == Some(allegiance::TieKind::MutualDefence);
    assert!(!defence(Country::AT, Country::IE, date!(2009 - 11 - 30)));
    assert!(defence(Country::AT, Country::IE, date!(2009 - 12 - 01)));
    assert!(defence(Country::AT, Country::GB, date!(2019 - 06 - 01)));
    assert!(!defence(Country::AT, Country::GB, date!(2020 - 06 - 01)));
    assert!(!defence(Country::HR, Country::AT, date!(2013 - 06 - 30)));
    assert!(defence(Country::HR, Country::AT, date!(2013 - 07 - 01)));
    // India and Bhutan: the 2007 friendship treaty.
    assert!(kb.relation(Country::IN, Country::BT, TODAY).is_alliance());
}

#[test]
fn russia_and_its_union_partners_are_covered_in_part() {
    let kb = Dataset::embedded();
    for c in [Country::RU, Country::BY, Country::KZ, Country::CN, Country::US] {
        assert!(
            matches!(kb.allies_coverage(c, TODAY), Covered::Partly { .. }),
            "{c:?}: {:?}",
            kb.allies_coverage(c, TODAY)
        );
    }
    // A NATO member with no treaty in the data: its unions are complete,
    // its treaties are not.
    assert!(matches!(kb.allies_coverage(Country::FR, TODAY), Covered::Partly { .. }));
}

#[test]
fn memberships_are_complete_from_each_unions_founding() {
    let kb = Dataset::embedded();
    let nato = kb
        .coverage()
        .iter()
        .find(|s| s.facts == FactKind::Memberships && s.union == Some(Union::Nato))
        .expect("NATO is covered");
    assert!(nato.complete && nato.countries.is_none());
    assert_eq!(nato.from, PartialDate::day(date!(1949 - 04 - 04)));
    // Every union in the embedded data declares its coverage.
    for u in Union::ALL {
        assert!(
            kb.coverage().iter().any(|s| s.facts == FactKind::Memberships && s.union == Some(*u)),
            "{u:?} has memberships but no declared coverage"
        );
    }
    // Every scope of memberships starts on the union's first record.
    for s in kb.coverage().iter().filter(|s| s.facts == FactKind::Memberships) {
        let first =
            kb.memberships().iter().filter(|m| Some(m.union) == s.union).map(|m| m.period.start).min();
        assert_eq!(first, Some(s.from), "{s}");
    }
}

#[test]
fn stances_and_votes_say_when_and_whose() {
    let kb = Dataset::embedded();
    let day = date!(2022 - 03 - 01);
    assert!(matches!(kb.covers(FactKind::Stances, Country::BY, day), Covered::Partly { .. }));
    assert!(matches!(kb.covers(FactKind::Stances, Country::JP, day), Covered::Partly { .. }));
    assert!(matches!(kb.covers(FactKind::Stances, Country::TW, day), Covered::No { .. }));
    assert_eq!(
        kb.covers(FactKind::Stances, Country::BY, date!(2021 - 12 - 31)),
        Covered::Before { from: PartialDate::day(date!(2022 - 02 - 24)) }
    );
    assert!(matches!(kb.covers(FactKind::Votes, Country::JP, day), Covered::Partly { .. }));
    // Every country with a stance record is in the stance scope.
    for r in kb.facts().stances.iter() {
        assert!(
            !matches!(kb.covers(FactKind::Stances, r.country, day), Covered::No { .. }),
            "{:?}",
            r.country
        );
    }
}

#[test]
fn pairs_are_covered_when_one_side_is_russia_and_the_other_a_partner() {
    let kb = Dataset::embedded();
    assert!(matches!(
        kb.covers_pair(FactKind::Treaties, Country::RU, Country::CN, TODAY),
        Covered::Partly { .. }
    ));
    assert!(matches!(
        kb.covers_pair(FactKind::Treaties, Country::CN, Country::RU, TODAY),
        Covered::Partly { .. }
    ));
    assert!(matches!(
        kb.covers_pair(FactKind::Treaties, Country::JP, Country::ZA, TODAY),
        Covered::No { .. }
    ));
    assert!(matches!(
        kb.covers_pair(FactKind::Treaties, Country::RU, Country::JP, TODAY),
        Covered::No { .. }
    ));
    // Every treaty in the data falls inside a declared scope.
    for t in kb.treaties() {
        let kind = if t.kind == allegiance::TreatyKind::DiplomaticRelations {
            FactKind::DiplomaticRelations
        } else {
            FactKind::Treaties
        };
        let parties: Vec<Country> = t.parties.iter().map(|p| p.country).collect();
        for a in &parties {
            for b in &parties {
                // Not a state and its continuator (the USSR's party rows
                // end when Russia's begin).
                let continued = a.continues() == Some(*b) || b.continues() == Some(*a);
                if a != b && !continued && (*a == Country::RU || *b == Country::RU) {
                    let c = kb.covers_pair(kind, *a, *b, t.signed.first_day().max(date!(1945 - 01 - 01)));
                    assert!(
                        matches!(c, Covered::Partly { .. } | Covered::Fully),
                        "{} {a:?}-{b:?}: {c:?}",
                        t.id
                    );
                }
            }
        }
    }
}

fn scoped(coverage: Vec<Scope>) -> Dataset {
    Dataset::from_facts(Facts {
        coverage: Cow::Owned(coverage),
        ..Facts::empty("mine", PartialDate::year(2026))
    })
    .unwrap()
}

#[test]
fn a_complete_scope_makes_an_empty_answer_mean_none() {
    let every_treaty = Scope {
        facts: FactKind::Treaties,
        union: None,
        countries: Some(CountrySet::from([Country::JP])),
        partners: None,
        from: PartialDate::year(1952),
        complete: true,
        rule: "every treaty Japan is party to".into(),
    };
    let kb = scoped(vec![every_treaty]);
    assert_eq!(kb.allies_coverage(Country::JP, TODAY), Covered::Fully);
    assert!(kb.allies_coverage(Country::JP, TODAY).is_full());
    assert_eq!(
        kb.allies_coverage(Country::JP, date!(1951 - 01 - 01)),
        Covered::Before { from: PartialDate::year(1952) }
    );
    assert!(matches!(kb.allies_coverage(Country::KR, TODAY), Covered::No { .. }));
    // The pair with Japan is covered, any partner.
    assert_eq!(kb.covers_pair(FactKind::Treaties, Country::US, Country::JP, TODAY), Covered::Fully);
    // With no scope at all, nothing is covered.
    let none = scoped(Vec::new());
    assert_eq!(none.allies_coverage(Country::JP, TODAY), Covered::No { nearest: None });
}

#[test]
fn bad_scopes_are_problems_with_their_path() {
    let bad = |s: Scope| {
        let facts = Facts { coverage: Cow::Owned(vec![s]), ..Facts::empty("mine", PartialDate::year(2026)) };
        Dataset::from_facts(facts).unwrap_err().problems().iter().map(|p| p.path.clone()).collect::<Vec<_>>()
    };
    let base = Scope {
        facts: FactKind::Memberships,
        union: Some(Union::Nato),
        countries: None,
        partners: None,
        from: PartialDate::year(1949),
        complete: true,
        rule: "every member".into(),
    };
    assert_eq!(bad(Scope { union: None, ..base.clone() }), ["coverage[0].union"]);
    assert_eq!(bad(Scope { facts: FactKind::Stances, ..base.clone() }), ["coverage[0].union"]);
    assert_eq!(bad(Scope { countries: Some(CountrySet::EMPTY), ..base.clone() }), ["coverage[0].countries"]);
    assert_eq!(bad(Scope { rule: " ".into(), ..base }), ["coverage[0].rule"]);
}

/// Instruments whose entry into force no source dates are read from the
/// first dated evidence that they were in operation, and before it as
/// "entry into force not found", never as "not in force".
#[test]
fn gulf_and_african_pacts_count_from_their_first_evidence_of_operation() {
    use allegiance::TreatyStatus;
    let kb = Dataset::embedded();
    let via = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    // The GCC Joint Defence Agreement, from the defence ministers' meeting
    // of 29 Oct 2002 held in its implementation.
    let gcc = [Country::AE, Country::BH, Country::KW, Country::OM, Country::QA, Country::SA];
    for a in gcc {
        for b in gcc.into_iter().filter(|&b| b != a) {
            let s = via(a, b, TODAY, "gcc-defence-2000").unwrap_or_else(|| panic!("{a:?}-{b:?}"));
            assert!(s.is_operative() && !s.is_confirmed_in_force(), "{s}");
            assert_eq!(via(a, b, date!(2002 - 10 - 28), "gcc-defence-2000"), None);
        }
    }
    let t = kb.treaty("gcc-defence-2000").unwrap();
    assert_eq!(t.status_at(date!(2002 - 01 - 01)), TreatyStatus::SignedEntryNotFound);
    assert_eq!(t.status_at(TODAY).to_string(), "in operation by 29 Oct 2002 (entry into force not found)");
    // Saudi Arabia and Pakistan, from 14 Nov 2025.
    assert!(via(Country::SA, Country::PK, TODAY, "pk-sa-2025").is_some_and(TreatyStatus::is_operative));
    assert_eq!(via(Country::SA, Country::PK, date!(2025 - 11 - 13), "pk-sa-2025"), None);
    // The AU pact among the 17 states named in April 2016, not before.
    let au = kb.treaty("au-nacdp-2005").unwrap();
    assert_eq!(au.parties.len(), 17);
    assert!(kb.relation(Country::SN, Country::MZ, TODAY).is_alliance());
    assert!(!kb.relation(Country::SN, Country::MZ, date!(2016 - 04 - 20)).is_alliance());
    assert!(via(Country::NG, Country::GH, TODAY, "au-nacdp-2005").is_none(), "Nigeria is not named");
    assert!(au.provisions.iter().all(|p| p.obligation != allegiance::treaty::Obligation::MutualDefence));
}

/// Four more instruments read from their first evidence of operation: the
/// US–Qatar DCA (by 11 Dec 2002), the US–Pakistan agreement of 1959
/// (invoked on 8 Dec 1971), France's treaties with Côte d'Ivoire (1 Jan
/// 2015) and the CAR (Dec 2012; France suspended from 8 Jun 2021).
#[test]
fn us_and_french_agreements_count_from_their_first_evidence_of_operation() {
    let kb = Dataset::embedded();
    let status = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    for (a, b, id, before, from) in [
        (Country::US, Country::QA, "qa-us-1992", date!(2002 - 12 - 10), date!(2002 - 12 - 11)),
        (Country::US, Country::PK, "pk-us-1959", date!(1971 - 12 - 07), date!(1971 - 12 - 08)),
        (Country::FR, Country::CI, "ci-fr-2012", date!(2014 - 12 - 31), date!(2015 - 01 - 01)),
        (Country::FR, Country::CF, "cf-fr-2010", date!(2012 - 11 - 30), date!(2012 - 12 - 01)),
    ] {
        assert_eq!(status(a, b, before, id), None, "{id} before");
        let s = status(a, b, from, id).unwrap_or_else(|| panic!("{id}"));
        assert!(s.is_operative(), "{id}: {s}");
        assert!(status(a, b, TODAY, id).is_some(), "{id} today");
    }
    // France suspended its cooperation with the CAR in 2021: the tie is
    // there, suspended.
    let car = status(Country::FR, Country::CF, TODAY, "cf-fr-2010").unwrap();
    assert_eq!(car.suspended(), Country::FR.into());
    assert!(kb.relation(Country::US, Country::PK, TODAY).is_alliance());
}

/// Russia's instruments read from their first evidence of operation: the
/// Uzbek alliance treaty (by 14 Nov 2010), the Syrian base agreements (from
/// signature, applied provisionally; Syria's participation suspended from
/// 18 Oct 2025) and the Gyumri base treaty (by 5 Aug 2010).
#[test]
fn russias_alliance_and_base_agreements_count_from_their_first_evidence_of_operation() {
    let kb = Dataset::embedded();
    let status = |b, d, id: &str| tie_status(kb, Country::RU, b, d, id);
    assert_eq!(status(Country::UZ, date!(2010 - 11 - 13), "uz-ru-2005"), None);
    assert!(status(Country::UZ, TODAY, "uz-ru-2005").is_some_and(|s| s.is_operative()));
    // Uzbekistan left the CSTO in 2012: the 2005 treaty is its alliance tie.
    assert!(kb.relation(Country::RU, Country::UZ, TODAY).is_alliance());
    let tartus = status(Country::SY, date!(2017 - 01 - 18), "sy-ru-2017-tartus").unwrap();
    assert!(tartus.is_operative() && tartus.suspended().is_empty());
    let now = status(Country::SY, TODAY, "sy-ru-2017-tartus").unwrap();
    assert_eq!(now.suspended(), Country::SY.into(), "{now}");
    assert!(status(Country::SY, date!(2015 - 08 - 26), "sy-ru-2015-hmeimim").is_some());
    assert!(status(Country::AM, date!(2010 - 08 - 05), "am-ru-1995-base").is_some());
    assert_eq!(status(Country::AM, date!(2010 - 08 - 04), "am-ru-1995-base"), None);
}

/// Five Soviet treaties read from their first evidence of operation
/// (research/alliances/soviet-op): Afghanistan (27 Dec 1979), India (27 Oct
/// 1971), Syria (15 Nov 1984; Syria suspended from 18 Oct 2025), Vietnam
/// (24 Feb 1979) and North Korea (registered with the UN on 23 Jan 1962,
/// lapsed 10 Sep 1996); and the UK–Ukraine 100 Year Partnership from 15 Oct
/// 2025.
#[test]
fn soviet_treaties_count_from_their_first_evidence_of_operation() {
    let kb = Dataset::embedded();
    let status = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    for (b, id, before, from) in [
        (Country::AF, "af-su-1978", date!(1979 - 12 - 26), date!(1979 - 12 - 27)),
        (Country::IN, "in-su-1971", date!(1971 - 10 - 26), date!(1971 - 10 - 27)),
        (Country::SY, "su-sy-1980", date!(1984 - 11 - 14), date!(1984 - 11 - 15)),
        (Country::VN, "su-vn-1978", date!(1979 - 02 - 23), date!(1979 - 02 - 24)),
        (Country::KP, "kp-su-1961", date!(1962 - 01 - 22), date!(1962 - 01 - 23)),
    ] {
        assert_eq!(status(Country::SU, b, before, id), None, "{id} before");
        let s = status(Country::SU, b, from, id).unwrap_or_else(|| panic!("{id}"));
        assert!(s.is_operative() && s.suspended().is_empty(), "{id}: {s}");
        let t = kb.treaty(id).unwrap();
        assert!(t.in_force.is_none(), "{id}: no entry into force was found");
        assert_eq!(
            t.status_at(before),
            allegiance::TreatyStatus::SignedEntryNotFound,
            "{id}: signed, never read as not in force"
        );
    }
    // The Soviet Union's party ends with it; Russia continues the treaties
    // with India, Vietnam, Syria and North Korea until each one's end.
    let ru = |b, d, id: &str| status(Country::RU, b, d, id);
    assert!(ru(Country::IN, date!(1992 - 06 - 01), "in-su-1971").is_some());
    assert_eq!(ru(Country::IN, date!(1993 - 01 - 28), "in-su-1971"), None);
    assert!(ru(Country::VN, date!(1994 - 06 - 15), "su-vn-1978").is_some());
    assert_eq!(ru(Country::VN, date!(1994 - 06 - 16), "su-vn-1978"), None);
    assert!(ru(Country::KP, date!(1996 - 09 - 09), "kp-su-1961").is_some());
    assert_eq!(ru(Country::KP, date!(1996 - 09 - 10), "kp-su-1961"), None);
    assert!(kb.relation(Country::RU, Country::KP, date!(1995 - 01 - 01)).is_alliance());
    assert_eq!(status(Country::RU, Country::AF, date!(1995 - 01 - 01), "af-su-1978"), None);
    // Syria's foreign minister suspended the agreements with the former
    // regime on 18 Oct 2025: a tie, suspended, and no ally.
    let sy = ru(Country::SY, TODAY, "su-sy-1980").unwrap();
    assert_eq!(sy.suspended(), Country::SY.into(), "{sy}");
    assert!(ru(Country::SY, date!(2025 - 10 - 17), "su-sy-1980").is_some_and(|s| s.suspended().is_empty()));
    assert!(!kb.allies(Country::RU, TODAY).iter().any(|a| a.country == Country::SY));
    assert!(kb.allies(Country::RU, date!(2025 - 01 - 01)).iter().any(|a| a.country == Country::SY));
    // The UK–Ukraine 100 Year Partnership: in force from 15 Oct 2025.
    let gb_ua = |d| status(Country::GB, Country::UA, d, "gb-ua-2025");
    assert_eq!(gb_ua(date!(2025 - 10 - 14)), None);
    assert_eq!(
        gb_ua(date!(2025 - 10 - 15)),
        Some(allegiance::TreatyStatus::InForce {
            until: None,
            end_disputed: false,
            suspended: CountrySet::EMPTY
        })
    );
}

/// The second batch of 3 Dec 2026: Russia's treaties of 1992–1997, the US
/// Compacts of Free Association (one-way defence sections), the Gulf
/// agreements, the FPDA and Türkiye–Qatar.
#[test]
fn compacts_gulf_agreements_and_russias_1990s_treaties_bind_their_parties() {
    let kb = Dataset::embedded();
    let status = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    // The Russia–Ukraine treaty (in force 1 Apr 1999 to 1 Apr 2019) is a
    // basic-relations treaty: a tie, not an alliance.
    let ua = |d| status(Country::RU, Country::UA, d, "ru-ua-1997");
    assert_eq!(ua(date!(1999 - 03 - 31)), None);
    assert!(ua(date!(1999 - 04 - 01)).is_some() && ua(date!(2019 - 03 - 31)).is_some());
    assert_eq!(ua(date!(2019 - 04 - 01)), None);
    assert_eq!(kb.treaty("ru-ua-1997").unwrap().kind, allegiance::TreatyKind::BasicRelations);
    assert!(!kb.allies(Country::RU, date!(2015 - 01 - 01)).contains(Country::UA));
    assert!(kb.ties(Country::RU, date!(2015 - 01 - 01)).contains(Country::UA));
    // Kazakhstan 1992: in force from 9 Oct 1992, presumed extended today.
    let kz = status(Country::RU, Country::KZ, TODAY, "kz-ru-1992-fcma").unwrap();
    assert!(matches!(kz, allegiance::TreatyStatus::InForcePresumed { .. }), "{kz}");
    assert_eq!(status(Country::RU, Country::KZ, date!(1992 - 10 - 08), "kz-ru-1992-fcma"), None);
    for (b, id, from) in [
        (Country::KG, "kg-ru-1992-fcma", date!(2012 - 09 - 20)),
        (Country::AZ, "az-ru-1997", date!(2021 - 07 - 20)),
    ] {
        assert_eq!(status(Country::RU, b, from.previous_day().unwrap(), id), None, "{id}");
        assert!(status(Country::RU, b, from, id).is_some_and(|s| s.is_operative()), "{id}");
    }
    // The Compacts: the United States is bound to defend each state, not
    // the other way round, and each is the US's ally from entry into force.
    for (c, id, from) in [
        (Country::FM, "fm-us-1986", date!(1986 - 11 - 03)),
        (Country::MH, "mh-us-1986", date!(1986 - 10 - 21)),
        (Country::PW, "pw-us-1994", date!(1994 - 10 - 01)),
    ] {
        let t = kb.treaty(id).unwrap();
        let p = t.provisions.iter().find(|p| p.obligation == allegiance::Obligation::MutualDefence).unwrap();
        assert_eq!((p.binds, p.towards), (Some(Country::US), Some(c)), "{id}");
        assert!(kb.relation(Country::US, c, from).is_alliance(), "{id}");
        assert!(!kb.relation(Country::US, c, from.previous_day().unwrap()).is_alliance(), "{id}");
        assert!(kb.allies(c, TODAY).contains(Country::US), "{id}");
    }
    // The Gulf: Kuwait from Jul 2000, Bahrain from Oct 2001, France–UAE
    // from its publication decree of 16 Apr 2012 (France's pledge one way).
    assert!(status(Country::US, Country::KW, date!(2000 - 07 - 25), "kw-us-1991").is_some());
    assert_eq!(status(Country::US, Country::KW, date!(2000 - 07 - 24), "kw-us-1991"), None);
    assert!(status(Country::US, Country::BH, date!(2001 - 10 - 01), "bh-us-1991").is_some());
    assert_eq!(status(Country::FR, Country::AE, date!(2012 - 04 - 15), "ae-fr-2009"), None);
    let fr_ae = kb.relation(Country::FR, Country::AE, date!(2012 - 04 - 16));
    assert_eq!(fr_ae.strongest(), Some(allegiance::TieKind::MutualDefence));
    // The FPDA binds its five parties from 1 Nov 1971; Türkiye–Qatar from
    // 15 Jun 2015.
    for (a, b) in [(Country::MY, Country::SG), (Country::GB, Country::MY), (Country::AU, Country::NZ)] {
        assert!(status(a, b, date!(1971 - 11 - 01), "fpda-1971").is_some(), "{a:?}–{b:?}");
        assert_eq!(status(a, b, date!(1971 - 10 - 31), "fpda-1971"), None);
    }
    assert!(kb.allies(Country::MY, TODAY).contains(Country::GB));
    assert_eq!(status(Country::TR, Country::QA, date!(2015 - 06 - 14), "qa-tr-2014"), None);
    assert!(status(Country::TR, Country::QA, date!(2015 - 06 - 15), "qa-tr-2014").is_some());
    assert!(matches!(kb.allies_coverage(Country::MY, TODAY), Covered::Partly { .. }));
}

/// Three later parties of the Arab League's Joint Defence Treaty, each from
/// the first dated evidence that it held itself bound (research/alliances/
/// arab-parties): Kuwait (2 Aug 1990), Morocco (8 Jul 2014), Libya (18 Aug
/// 2015); never before.
#[test]
fn later_arab_league_parties_count_from_their_first_evidence() {
    let kb = Dataset::embedded();
    for (c, from) in [
        (Country::KW, date!(1990 - 08 - 02)),
        (Country::MA, date!(2014 - 07 - 08)),
        (Country::LY, date!(2015 - 08 - 18)),
    ] {
        let before = from.previous_day().unwrap();
        assert!(tie_status(kb, Country::EG, c, from, "arab-defence-1950").is_some(), "{c:?}");
        assert_eq!(tie_status(kb, Country::EG, c, before, "arab-defence-1950"), None, "{c:?}");
        assert!(kb.relation(Country::EG, c, from).is_alliance(), "{c:?}");
    }
    // Sudan's accession was not found: no tie under the treaty.
    assert_eq!(tie_status(kb, Country::EG, Country::SD, TODAY, "arab-defence-1950"), None);
}

/// Two Central Asian treaties among states other than Russia.
#[test]
fn central_asian_treaties_bind_from_entry_into_force() {
    let kb = Dataset::embedded();
    let s = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    assert_eq!(s(Country::KZ, Country::KG, date!(1999 - 06 - 21), "kg-kz-1997"), None);
    assert!(s(Country::KZ, Country::KG, date!(1999 - 06 - 22), "kg-kz-1997").is_some());
    assert_eq!(s(Country::UZ, Country::TJ, date!(2025 - 03 - 30), "tj-uz-2024"), None);
    assert!(s(Country::UZ, Country::TJ, date!(2025 - 03 - 31), "tj-uz-2024").is_some());
    assert!(kb.allies(Country::TJ, TODAY).contains(Country::UZ));
}

/// The Great Lakes Pact among its eight ratifying states from 21 Jun 2008;
/// Australia's treaties with Solomon Islands and Tuvalu; US–Jordan 2021.
#[test]
fn great_lakes_pacific_and_jordan_instruments_bind_from_entry_into_force() {
    let kb = Dataset::embedded();
    let s = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    let gl = date!(2008 - 06 - 21);
    assert!(s(Country::RW, Country::UG, gl, "icglr-2006").is_some());
    assert_eq!(s(Country::RW, Country::UG, gl.previous_day().unwrap(), "icglr-2006"), None);
    assert_eq!(
        kb.relation(Country::CD, Country::BI, gl).strongest(),
        Some(allegiance::TieKind::MutualDefence)
    );
    // Angola's ratification was not found: no tie under the pact.
    assert_eq!(s(Country::AO, Country::CD, TODAY, "icglr-2006"), None);
    assert!(s(Country::AU, Country::SB, date!(2018 - 06 - 13), "au-sb-2017").is_some());
    assert_eq!(s(Country::AU, Country::SB, date!(2018 - 06 - 12), "au-sb-2017"), None);
    // The Falepili Union: Australia's pledge runs to Tuvalu, not back.
    let tv = kb.treaty("au-tv-2023").unwrap();
    let p = &tv.provisions[0];
    assert_eq!((p.binds, p.towards), (Some(Country::AU), Some(Country::TV)));
    assert_eq!(
        kb.relation(Country::AU, Country::TV, date!(2024 - 08 - 28)).strongest(),
        Some(allegiance::TieKind::MutualDefence)
    );
    // Before it, only their Commonwealth membership ties them: no treaty.
    let before = kb.relation(Country::AU, Country::TV, date!(2024 - 08 - 27));
    assert!(
        before.ties.iter().all(|t| !matches!(t.via, allegiance::Via::Treaty { .. })),
        "{:?}",
        before.ties
    );
    assert!(!before.is_alliance());
    assert!(s(Country::US, Country::JO, date!(2021 - 03 - 16), "jo-us-2021").is_some());
    assert_eq!(s(Country::US, Country::JO, date!(2021 - 03 - 15), "jo-us-2021"), None);
}

/// European bilateral instruments of mutual assistance: France–Greece
/// (from 21 Jan 2022), the UK's declarations with Sweden and Finland (11
/// May 2022, before either joined NATO), the Quirinal Treaty (1 Feb 2023).
#[test]
fn european_mutual_assistance_instruments_bind_their_pairs() {
    let kb = Dataset::embedded();
    let s = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    assert!(
        s(Country::FR, Country::GR, date!(2022 - 01 - 21), "fr-gr-2021").is_some_and(|x| x.is_operative())
    );
    assert_eq!(s(Country::FR, Country::GR, date!(2022 - 01 - 20), "fr-gr-2021"), None);
    let may11 = date!(2022 - 05 - 11);
    for (c, id) in [(Country::SE, "gb-se-2022"), (Country::FI, "fi-gb-2022")] {
        assert!(s(Country::GB, c, may11, id).is_some(), "{id}");
        assert_eq!(s(Country::GB, c, may11.previous_day().unwrap(), id), None, "{id}");
        // Before NATO, the declaration is what made them allies.
        assert_eq!(
            kb.relation(Country::GB, c, may11).strongest(),
            Some(allegiance::TieKind::MutualDefence),
            "{id}"
        );
    }
    assert!(s(Country::FR, Country::IT, date!(2023 - 02 - 01), "fr-it-2021").is_some());
    assert_eq!(s(Country::FR, Country::IT, date!(2023 - 01 - 31), "fr-it-2021"), None);
}

/// Vietnam and Serbia, whose `allies` found nothing: their strategic
/// partnerships, each from its date, and Russia's 1994 treaty with Vietnam
/// only from the first evidence of its operation (June 2024).
#[test]
fn vietnam_and_serbia_have_their_partnerships() {
    let kb = Dataset::embedded();
    let vn: Vec<Country> = kb.allies(Country::VN, TODAY).countries().collect();
    for c in [
        Country::RU,
        Country::CN,
        Country::US,
        Country::IN,
        Country::JP,
        Country::KR,
        Country::AU,
        Country::FR,
    ] {
        assert!(vn.contains(&c), "{c:?} in {vn:?}");
    }
    assert!(!kb.allies(Country::VN, date!(2023 - 09 - 09)).contains(Country::US));
    assert!(kb.allies(Country::VN, date!(2023 - 09 - 10)).contains(Country::US));
    let rs: Vec<Country> = kb.allies(Country::RS, TODAY).countries().collect();
    assert!(rs.contains(&Country::RU) && rs.contains(&Country::CN), "{rs:?}");
    assert!(!kb.allies(Country::RS, date!(2013 - 05 - 23)).contains(Country::RU));
    assert_eq!(tie_status(kb, Country::RU, Country::VN, date!(2024 - 05 - 31), "ru-vn-1994"), None);
    assert!(tie_status(kb, Country::RU, Country::VN, date!(2024 - 06 - 01), "ru-vn-1994").is_some());
    assert!(matches!(kb.allies_coverage(Country::VN, TODAY), Covered::Partly { .. }));
}

/// Israel, whose `allies` found nothing, and India's partnerships; Russia's
/// basic-relations treaties with India (1993), North Korea (2000), Moldova
/// and Iran (2001), ties that make no ally.
#[test]
fn israel_india_and_russias_basic_treaties() {
    let kb = Dataset::embedded();
    let s = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    assert!(kb.allies(Country::IL, TODAY).contains(Country::US));
    assert!(!kb.allies(Country::IL, date!(2017 - 07 - 04)).contains(Country::IN));
    assert!(kb.allies(Country::IL, date!(2017 - 07 - 05)).contains(Country::IN));
    for (b, id, from) in [
        (Country::US, "in-us-2005", date!(2005 - 06 - 28)),
        (Country::JP, "in-jp-2014", date!(2014 - 09 - 01)),
        (Country::AU, "au-in-2020", date!(2020 - 06 - 04)),
    ] {
        assert_eq!(s(Country::IN, b, from.previous_day().unwrap(), id), None, "{id}");
        assert!(s(Country::IN, b, from, id).is_some(), "{id}");
    }
    // Basic-relations treaties (no security clause): on the seed day North
    // Korea, Iran and Moldova are tied to Russia, not its allies.
    let seed = kb.allies(Country::RU, date!(2022 - 03 - 01));
    for (c, id) in [(Country::KP, "kp-ru-2000"), (Country::IR, "ir-ru-2001"), (Country::MD, "md-ru-2001")] {
        assert!(!seed.contains(c), "{c:?}");
        let r = kb.relation(Country::RU, c, date!(2022 - 03 - 01));
        assert!(
            r.ties
                .iter()
                .any(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == id)
                    && t.kind == allegiance::TieKind::Agreement),
            "{id}"
        );
    }
    assert!(s(Country::RU, Country::KP, date!(2024 - 12 - 03), "kp-ru-2000").is_some());
    assert_eq!(s(Country::RU, Country::KP, date!(2024 - 12 - 04), "kp-ru-2000"), None);
    assert!(s(Country::RU, Country::KP, date!(2024 - 12 - 04), "kp-ru-2024").is_some());
    assert_eq!(s(Country::RU, Country::IN, date!(2022 - 12 - 31), "in-ru-1993"), None);
    assert!(s(Country::RU, Country::IN, TODAY, "in-ru-1993").is_some());
}

/// The status of treaty `id` between `a` and `b` on `day`, if it ties them.
fn tie_status(
    kb: &Dataset,
    a: Country,
    b: Country,
    day: time::Date,
    id: &str,
) -> Option<allegiance::TreatyStatus> {
    kb.relation(a, b, day).ties.iter().find_map(|t| match &t.via {
        allegiance::Via::Treaty { treaty, status } if treaty.id == id => Some(*status),
        _ => None,
    })
}

/// France's defence partnerships with Cameroon (2009) and the Comoros
/// (2010): each in operation from its publication decree, as the France–UAE
/// agreement, their entry into force not found; a partnership, not a
/// mutual-defence tie (both ended France's protection against aggression).
#[test]
fn france_cameroon_and_comoros_from_their_publication_decrees() {
    let kb = Dataset::embedded();
    let status = |b, d, id: &str| tie_status(kb, Country::FR, b, d, id);
    assert!(status(Country::CM, date!(2012 - 08 - 22), "cm-fr-2009").is_none());
    assert!(status(Country::CM, date!(2012 - 08 - 23), "cm-fr-2009").is_some_and(|s| s.is_in_force()));
    assert!(status(Country::KM, date!(2013 - 05 - 26), "fr-km-2010").is_none());
    assert!(status(Country::KM, date!(2013 - 05 - 27), "fr-km-2010").is_some_and(|s| s.is_in_force()));
    let r = kb.relation(Country::FR, Country::KM, date!(2020 - 01 - 01));
    assert_eq!(r.strongest(), Some(allegiance::TieKind::StrategicPartnership));
    let scope = kb.coverage().iter().find(|s| s.rule.contains("with Cameroon (2009) and the Comoros (2010)"));
    assert!(scope.is_some_and(|s| s.rule.contains("Senegal (2012) and Togo (2009)")));
}

/// Cold War alliances before and beside the Warsaw Treaty and NATO: the
/// Soviet treaties with Czechoslovakia, Poland, Romania and Hungary, the
/// UK's with Jordan, Malaya and Kuwait, US–Spain 1970, and the Treaty of
/// Guarantee of Cyprus, each on its own dates.
#[test]
fn cold_war_alliances_on_their_dates() {
    let kb = Dataset::embedded();
    let allied = |a, b, d| kb.relation(a, b, d).is_alliance();
    let day = date!(1950 - 01 - 01);
    for (c, id) in [
        (Country::CS, "cs-su-1943"),
        (Country::PL, "pl-su-1945"),
        (Country::RO, "ro-su-1948"),
        (Country::HU, "hu-su-1948"),
    ] {
        assert!(allied(Country::SU, c, day), "{c:?}");
        assert!(tie_status(kb, Country::SU, c, day, id).is_some_and(|s| s.is_in_force()), "{id}");
    }
    // Hungary: the 1948 treaty until its successor's entry into force.
    assert!(tie_status(kb, Country::SU, Country::HU, date!(1967 - 11 - 27), "hu-su-1948").is_some());
    assert!(tie_status(kb, Country::SU, Country::HU, date!(1967 - 11 - 28), "hu-su-1948").is_none());
    assert!(tie_status(kb, Country::SU, Country::HU, date!(1967 - 11 - 28), "hu-su-1967").is_some());
    // The United Kingdom and Jordan: allied from 1948 to 13 Mar 1957.
    assert!(allied(Country::GB, Country::JO, date!(1950 - 01 - 01)));
    assert!(tie_status(kb, Country::GB, Country::JO, date!(1957 - 03 - 13), "gb-jo-1948").is_none());
    // Kuwait: the UK's one-way pledge, 1961 to 13 May 1971.
    assert!(tie_status(kb, Country::GB, Country::KW, date!(1965 - 01 - 01), "gb-kw-1961").is_some());
    assert!(tie_status(kb, Country::GB, Country::KW, date!(1971 - 05 - 13), "gb-kw-1961").is_none());
    // Malaya: from its first evidence of operation to the FPDA.
    assert!(tie_status(kb, Country::GB, Country::MY, date!(1961 - 11 - 27), "gb-my-1957").is_none());
    assert!(tie_status(kb, Country::GB, Country::MY, date!(1965 - 01 - 01), "gb-my-1957").is_some());
    assert!(tie_status(kb, Country::GB, Country::MY, date!(1972 - 01 - 01), "gb-my-1957").is_none());
    assert!(tie_status(kb, Country::GB, Country::MY, date!(1972 - 01 - 01), "fpda-1971").is_some());
    // Spain and the United States, 26 Sep 1970 to September 1975.
    assert!(tie_status(kb, Country::ES, Country::US, date!(1970 - 09 - 25), "es-us-1970").is_none());
    assert!(tie_status(kb, Country::ES, Country::US, date!(1972 - 01 - 01), "es-us-1970").is_some());
    assert!(tie_status(kb, Country::ES, Country::US, date!(1976 - 01 - 01), "es-us-1970").is_none());
    // The Treaty of Guarantee: a tie between Cyprus and its guarantors that
    // makes no ally.
    let r = kb.relation(Country::CY, Country::TR, date!(2000 - 01 - 01));
    assert!(r.ties.iter().any(
        |t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == "cy-gb-gr-tr-1960")
    ));
    assert!(!r.is_alliance());
}

/// Russia's bases in Belarus (in force 7 Jun 1996, extended in 2021) and in
/// Tajikistan (from the exchange of ratifications, 6 Feb 2014).
#[test]
fn russian_bases_in_belarus_and_tajikistan() {
    let kb = Dataset::embedded();
    let s = |b, d, id: &str| tie_status(kb, Country::RU, b, d, id);
    assert!(s(Country::BY, date!(1996 - 06 - 06), "by-ru-1995-bases").is_none());
    assert!(s(Country::BY, date!(1996 - 06 - 07), "by-ru-1995-bases").is_some());
    assert!(s(Country::BY, date!(2024 - 01 - 01), "by-ru-1995-bases").is_some_and(|st| st.is_in_force()));
    assert!(s(Country::TJ, date!(2014 - 02 - 05), "ru-tj-2012-base").is_none());
    assert!(s(Country::TJ, date!(2014 - 02 - 06), "ru-tj-2012-base").is_some());
}

/// The United States' defence cooperation agreements with Finland and
/// Sweden, each from its entry into force, and the Philippines VFA, which
/// the 2020 notice of termination never ended.
#[test]
fn us_defence_cooperation_agreements() {
    let kb = Dataset::embedded();
    let s = |b, d, id: &str| tie_status(kb, Country::US, b, d, id);
    assert!(s(Country::FI, date!(2024 - 08 - 31), "fi-us-2023").is_none());
    assert!(s(Country::FI, date!(2024 - 09 - 01), "fi-us-2023").is_some());
    assert!(s(Country::SE, date!(2024 - 08 - 14), "se-us-2023").is_none());
    assert!(s(Country::SE, date!(2024 - 08 - 15), "se-us-2023").is_some());
    assert!(s(Country::PH, date!(1999 - 05 - 31), "ph-us-1998-vfa").is_none());
    assert!(s(Country::PH, date!(2021 - 01 - 01), "ph-us-1998-vfa").is_some_and(|st| st.is_in_force()));
}

/// France's defence agreements of 1960-1978 with Gabon, Togo, the Comoros,
/// Djibouti and Senegal: mutual defence (Djibouti's one way, France's
/// pledge) from their entry into force or publication decree, until their
/// successors replaced them.
#[test]
fn france_old_african_defence_agreements_on_their_dates() {
    let kb = Dataset::embedded();
    let defence =
        |b, d| kb.relation(Country::FR, b, d).strongest() == Some(allegiance::TieKind::MutualDefence);
    for (b, id, before, first, last, gone) in [
        (
            Country::GA,
            "fr-ga-1960",
            date!(1960 - 11 - 22),
            date!(1960 - 11 - 23),
            date!(2014 - 05 - 31),
            date!(2014 - 06 - 01),
        ),
        (
            Country::TG,
            "fr-tg-1963",
            date!(1964 - 02 - 07),
            date!(1964 - 02 - 08),
            date!(2011 - 08 - 31),
            date!(2011 - 09 - 01),
        ),
        (
            Country::KM,
            "fr-km-1978",
            date!(1982 - 10 - 19),
            date!(1982 - 10 - 20),
            date!(2013 - 05 - 26),
            date!(2013 - 05 - 27),
        ),
        (
            Country::DJ,
            "dj-fr-1977",
            date!(1982 - 10 - 30),
            date!(1982 - 10 - 31),
            date!(2014 - 04 - 30),
            date!(2014 - 05 - 01),
        ),
        (
            Country::SN,
            "fr-sn-1974",
            date!(1976 - 11 - 16),
            date!(1976 - 11 - 17),
            date!(2014 - 09 - 30),
            date!(2014 - 10 - 01),
        ),
    ] {
        let status = |d| tie_status(kb, Country::FR, b, d, id);
        assert!(!status(before).is_some_and(|s| s.is_in_force()), "{id} before");
        assert!(status(first).is_some_and(|s| s.is_in_force()), "{id} first day");
        assert!(status(last).is_some_and(|s| s.is_in_force()), "{id} last day");
        assert!(status(gone).is_none(), "{id} after");
        assert!(defence(b, first) && defence(b, last), "{id}");
    }
    // The 1990s: France bound to defend all five, which ATOP codes too.
    let allies = kb.allies(Country::FR, date!(1995 - 01 - 01));
    for b in [Country::GA, Country::TG, Country::KM, Country::DJ, Country::SN] {
        assert!(allies.iter().any(|a| a.country == b), "{b:?}");
    }
    // Djibouti's pledge runs one way: France's, towards Djibouti.
    let dj = kb.treaty("dj-fr-1977").expect("recorded");
    assert!(dj.provisions.iter().any(|p| p.binds == Some(Country::FR) && p.towards == Some(Country::DJ)));
    // After them, the partnerships: Gabon's from 1 Jun 2014 is no defence pact.
    assert!(!defence(Country::GA, date!(2015 - 01 - 01)));
}

/// The Eastern Caribbean's Regional Security System (its 1982 MoU, from
/// its first deployment found, 12 Nov 1994; Grenada a party from January 1985)
/// and the Lombok Treaty between Australia and Indonesia (in force 7 Feb
/// 2008), a partnership with no assistance clause.
#[test]
fn regional_security_system_and_the_lombok_treaty() {
    let kb = Dataset::embedded();
    let status = |a, b, d, id: &str| tie_status(kb, a, b, d, id).is_some_and(|s| s.is_in_force());
    // From its first dated evidence of operation, the deployment in St Kitts.
    assert!(!status(Country::BB, Country::LC, date!(1994 - 11 - 11), "rss-1982"));
    assert!(status(Country::BB, Country::LC, date!(1994 - 11 - 12), "rss-1982"));
    assert!(status(Country::BB, Country::GD, date!(1994 - 11 - 12), "rss-1982"));
    let rss = kb.treaty("rss-1982").expect("recorded");
    assert!(rss.parties.iter().any(|p| p.country == Country::GD && p.period.start.to_string() == "Jan 1985"));
    let r = kb.relation(Country::AG, Country::VC, date!(2000 - 01 - 01));
    assert_eq!(r.strongest(), Some(allegiance::TieKind::MutualDefence));
    // St Kitts and Nevis is not recorded as a party, and the scope says so.
    assert!(!status(Country::BB, Country::KN, date!(2000 - 01 - 01), "rss-1982"));
    assert!(
        kb.coverage()
            .iter()
            .any(|s| s.rule.contains("Regional Security System") && s.rule.contains("St Kitts and Nevis"))
    );
    assert!(!status(Country::AU, Country::ID, date!(2008 - 02 - 06), "au-id-2006"));
    assert!(status(Country::AU, Country::ID, date!(2008 - 02 - 07), "au-id-2006"));
    let r = kb.relation(Country::AU, Country::ID, date!(2020 - 01 - 01));
    assert!(r.ties.iter().any(|t| t.kind == allegiance::TieKind::StrategicPartnership));
    assert!(!r.ties.iter().any(|t| t.kind == allegiance::TieKind::MutualDefence));
}

/// The Arab Maghreb Union's Treaty of Marrakech (1989): an aggression
/// against one member is one against all (Art. 14), in force from
/// 1 Jul 1989 among its five parties; the Union's freeze of 1995 is an
/// event, not a suspension.
#[test]
fn the_arab_maghreb_union_treaty() {
    let kb = Dataset::embedded();
    let status = |a, b, d| tie_status(kb, a, b, d, "amu-1989");
    assert!(!status(Country::DZ, Country::TN, date!(1989 - 06 - 30)).is_some_and(|s| s.is_in_force()));
    assert!(status(Country::DZ, Country::TN, date!(1989 - 07 - 01)).is_some_and(|s| s.is_in_force()));
    // Algeria and Mauritania, not parties to the Arab League's defence
    // treaty in the data, are bound by this one; so are Morocco and Algeria.
    for (a, b) in [(Country::DZ, Country::MR), (Country::MA, Country::DZ)] {
        let r = kb.relation(a, b, date!(2018 - 01 - 01));
        assert_eq!(r.strongest(), Some(allegiance::TieKind::MutualDefence), "{a:?}-{b:?}");
        assert!(
            status(a, b, date!(2018 - 01 - 01)).is_some_and(|s| s.is_in_force() && s.suspended().is_empty())
        );
    }
    let t = kb.treaty("amu-1989").expect("recorded");
    assert!(t.provisions.iter().any(|p| p.article.as_deref() == Some("Article 14")));
}

/// Somalia's defence agreements of 2024 with Türkiye and Egypt: each from
/// its first dated evidence of operation (the Turkish parliament's
/// deployment motion of 27 Jul 2024, Egypt's first arms delivery of
/// 27 Aug 2024), partnerships, their texts unpublished.
#[test]
fn somalias_agreements_with_turkiye_and_egypt() {
    let kb = Dataset::embedded();
    let status = |b, d, id: &str| tie_status(kb, Country::SO, b, d, id).is_some_and(|s| s.is_in_force());
    assert!(!status(Country::TR, date!(2024 - 07 - 26), "so-tr-2024"));
    assert!(status(Country::TR, date!(2024 - 07 - 27), "so-tr-2024"));
    assert!(!status(Country::EG, date!(2024 - 08 - 26), "eg-so-2024"));
    assert!(status(Country::EG, date!(2024 - 08 - 27), "eg-so-2024"));
    let allies = kb.allies(Country::SO, date!(2026 - 01 - 01));
    for (b, id) in [(Country::TR, "so-tr-2024"), (Country::EG, "eg-so-2024")] {
        let ally = allies.get(b).expect("an ally");
        assert!(
            ally.ties
                .iter()
                .any(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == id))
        );
        assert!(!ally.ties.iter().any(|t| t.kind == allegiance::TieKind::MutualDefence
            && matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == id)));
    }
}

/// The Soviet Union's treaties of friendship and cooperation with Somalia
/// (1974), Angola (1976) and Mozambique (1977): each from its first dated
/// evidence of operation, their entry into force not found; Somalia's to
/// its abrogation of 13 Nov 1977, the others to the Soviet Union's end,
/// with no Russian continuation recorded (research/alliances/soviet-africa).
#[test]
fn soviet_friendship_treaties_in_africa() {
    let kb = Dataset::embedded();
    let status = |b, d, id: &str| tie_status(kb, Country::SU, b, d, id).is_some_and(|s| s.is_in_force());
    for (b, id, before, first, last, gone) in [
        (
            Country::SO,
            "so-su-1974",
            date!(1974 - 10 - 28),
            date!(1974 - 10 - 29),
            date!(1977 - 11 - 12),
            date!(1977 - 11 - 13),
        ),
        (
            Country::AO,
            "ao-su-1976",
            date!(1981 - 08 - 25),
            date!(1981 - 08 - 26),
            date!(1991 - 12 - 25),
            date!(1991 - 12 - 26),
        ),
        (
            Country::MZ,
            "mz-su-1977",
            date!(1981 - 01 - 31),
            date!(1981 - 03 - 01),
            date!(1991 - 12 - 25),
            date!(1991 - 12 - 26),
        ),
    ] {
        let t = kb.treaty(id).expect(id);
        assert!(t.in_force.is_none(), "{id}: no entry into force was found");
        assert!(!status(b, before, id), "{id} on {before}");
        assert!(status(b, first, id), "{id} on {first}");
        assert!(status(b, last, id), "{id} on {last}");
        assert!(!status(b, gone, id), "{id} on {gone}");
        // No Russian continuation: the treaty binds no one after the USSR.
        assert!(tie_status(kb, Country::RU, b, date!(1995 - 01 - 01), id).is_none(), "{id}: Russia");
    }
    // Somalia abrogated its treaty: the Soviet Union then backed Ethiopia.
    assert!(tie_status(kb, Country::SU, Country::SO, date!(1980 - 01 - 01), "so-su-1974").is_none());
}

/// The United Kingdom's alliances signed before 1945 and in force after
/// it: Portugal's of 1373 (from its invocation of 12 Oct 1943, to this
/// day), Iraq's of 1930 (3 Oct 1932 to 5 Apr 1955, when the Baghdad Pact
/// took its place) and Egypt's of 1936 (from its first dated act under it,
/// 12 Jun 1940; Egypt's abrogation of 15 Oct 1951 a suspension, as the
/// United Kingdom never accepted it; replaced on 19 Oct 1954)
/// (research/alliances/uk-legacy).
#[test]
fn the_united_kingdoms_older_alliances() {
    let kb = Dataset::embedded();
    let status = |b, d, id: &str| tie_status(kb, Country::GB, b, d, id);
    let in_force = |b, d, id: &str| status(b, d, id).is_some_and(|s| s.is_in_force());
    // Portugal: an ally before NATO existed, and still bound by the treaty.
    assert!(!in_force(Country::PT, date!(1943 - 10 - 11), "gb-pt-1373"));
    assert!(in_force(Country::PT, date!(1943 - 10 - 12), "gb-pt-1373"));
    assert!(kb.allies(Country::PT, date!(1946 - 01 - 01)).contains(Country::GB));
    assert!(in_force(Country::PT, date!(2026 - 11 - 28), "gb-pt-1373"));
    // Iraq: from its admission to the League to the Special Agreement.
    assert!(!in_force(Country::IQ, date!(1932 - 10 - 02), "gb-iq-1930"));
    assert!(in_force(Country::IQ, date!(1932 - 10 - 03), "gb-iq-1930"));
    assert!(in_force(Country::IQ, date!(1955 - 04 - 04), "gb-iq-1930"));
    assert!(!in_force(Country::IQ, date!(1955 - 04 - 05), "gb-iq-1930"));
    assert!(kb.allies(Country::IQ, date!(1950 - 01 - 01)).contains(Country::GB));
    // Egypt: from 1940, suspended by Egypt's abrogation, then gone.
    assert!(!in_force(Country::EG, date!(1940 - 06 - 11), "eg-gb-1936"));
    assert!(in_force(Country::EG, date!(1940 - 06 - 12), "eg-gb-1936"));
    assert!(kb.allies(Country::EG, date!(1951 - 10 - 14)).contains(Country::GB));
    let suspended = status(Country::EG, date!(1951 - 10 - 15), "eg-gb-1936").expect("still on record");
    assert!(suspended.suspended().contains(Country::EG));
    assert!(!kb.allies(Country::EG, date!(1951 - 10 - 15)).contains(Country::GB));
    assert!(status(Country::EG, date!(1954 - 10 - 19), "eg-gb-1936").is_none());
}

/// The Vietnam–Laos treaty (1977), read in operation from Vietnam's state
/// radio on its 30th anniversary (18 Jul 2007) and binding them to this
/// day, and the
/// UK–Oman Joint Defence Agreement (2019), a partnership from the
/// agreement of 22 May 2019 that cites it (research/alliances/indochina-etc).
#[test]
fn vietnam_laos_and_uk_oman() {
    let kb = Dataset::embedded();
    let in_force = |a, b, d, id: &str| tie_status(kb, a, b, d, id).is_some_and(|s| s.is_in_force());
    let t = kb.treaty("la-vn-1977").expect("la-vn-1977");
    assert!(t.in_force.is_none(), "its entry into force was not confirmed");
    assert!(!in_force(Country::VN, Country::LA, date!(2007 - 07 - 17), "la-vn-1977"));
    assert!(in_force(Country::VN, Country::LA, date!(2007 - 07 - 18), "la-vn-1977"));
    assert!(in_force(Country::VN, Country::LA, date!(2026 - 11 - 28), "la-vn-1977"));
    assert!(!in_force(Country::GB, Country::OM, date!(2019 - 05 - 21), "gb-om-2019"));
    assert!(in_force(Country::GB, Country::OM, date!(2019 - 05 - 22), "gb-om-2019"));
    // A partnership, not a defence pact: no mutual-defence tie from it.
    let ties = kb.relation(Country::GB, Country::OM, date!(2026 - 11 - 28)).ties;
    let jda = ties
        .iter()
        .find(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == "gb-om-2019"))
        .expect("the JDA");
    assert_ne!(jda.kind, allegiance::TieKind::MutualDefence);
}

/// Greece–UAE (2020, a defence-assistance clause, from 22 Dec 2022),
/// Israel–Morocco (2021, from 16 Jan 2023) and Türkiye–Syria (2025, from
/// 21 Aug 2025), each from its first dated act (research/alliances/eastmed).
#[test]
fn eastern_mediterranean_instruments() {
    let kb = Dataset::embedded();
    for (a, b, id, before, first, defence) in [
        (Country::GR, Country::AE, "ae-gr-2020", date!(2022 - 12 - 21), date!(2022 - 12 - 22), true),
        (Country::IL, Country::MA, "il-ma-2021", date!(2023 - 01 - 15), date!(2023 - 01 - 16), false),
        (Country::TR, Country::SY, "sy-tr-2025", date!(2025 - 08 - 20), date!(2025 - 08 - 21), false),
    ] {
        let on = |d| tie_status(kb, a, b, d, id).is_some_and(|s| s.is_in_force());
        assert!(!on(before), "{id} on {before}");
        assert!(on(first), "{id} on {first}");
        assert!(on(date!(2026 - 11 - 28)), "{id} today");
        let ties = kb.relation(a, b, date!(2026 - 11 - 28)).ties;
        let tie = ties
            .iter()
            .find(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == id))
            .expect(id);
        assert_eq!(tie.kind == allegiance::TieKind::MutualDefence, defence, "{id}");
    }
}

/// Brazil–US (2010, in force 26 Jun 2015), Brazil–France (2008, from the
/// French publication decree of 26 Jan 2011) and Colombia–US (2009, no
/// entry into force found: Colombia's Constitutional Court, 17 Aug 2010)
/// (research/alliances/americas).
#[test]
fn defence_agreements_in_the_americas() {
    let kb = Dataset::embedded();
    let on = |a, b, d, id: &str| tie_status(kb, a, b, d, id).is_some_and(|s| s.is_in_force());
    assert!(!on(Country::BR, Country::US, date!(2015 - 06 - 25), "br-us-2010"));
    assert!(on(Country::BR, Country::US, date!(2015 - 06 - 26), "br-us-2010"));
    assert!(!on(Country::BR, Country::FR, date!(2011 - 01 - 25), "br-fr-2008"));
    assert!(on(Country::BR, Country::FR, date!(2011 - 01 - 26), "br-fr-2008"));
    let co = kb.treaty_status("co-us-2009", date!(2012 - 01 - 01)).expect("recorded");
    assert_eq!(co, allegiance::TreatyStatus::SignedNotInForce);
    assert!(tie_status(kb, Country::CO, Country::US, date!(2012 - 01 - 01), "co-us-2009").is_none());
}

/// The Great Lakes states' defence agreements: CAR–Rwanda (2019, from
/// 20 Dec 2020), Burundi–DRC (2023, from September 2023) and DRC–Uganda
/// (2021, from 30 Nov 2021), each from its first dated act and in force
/// to this day (research/alliances/rwanda-etc).
#[test]
fn great_lakes_defence_agreements() {
    let kb = Dataset::embedded();
    for (a, b, id, before, first) in [
        (Country::RW, Country::CF, "cf-rw-2019", date!(2020 - 12 - 19), date!(2020 - 12 - 20)),
        (Country::BI, Country::CD, "bi-cd-2023", date!(2023 - 08 - 31), date!(2023 - 10 - 01)),
        (Country::UG, Country::CD, "cd-ug-2021", date!(2021 - 11 - 29), date!(2021 - 11 - 30)),
    ] {
        let on = |d| tie_status(kb, a, b, d, id).is_some_and(|s| s.is_in_force());
        assert!(!on(before), "{id} on {before}");
        assert!(on(first), "{id} on {first}");
        assert!(on(date!(2026 - 11 - 28)), "{id} today");
    }
}

/// The United States' agreements with Afghanistan and Iraq: the Strategic
/// Partnership Agreement (in force 4 Jul 2012; both parties' participation
/// read as suspended after the Islamic Republic fell on 15 Aug 2021 and the
/// United States left on 31 Aug 2021, no termination found), the Iraq
/// withdrawal agreement (in force 1 Jan 2009 for three years) and the
/// Strategic Framework Agreement (in force 1 Jan 2009, no end found)
/// (research/alliances/af-iq-us).
#[test]
fn united_states_agreements_with_afghanistan_and_iraq() {
    let kb = Dataset::embedded();
    let tie = |a, b, d, id: &str| {
        kb.relation(a, b, d)
            .ties
            .into_iter()
            .find(|t| matches!(&t.via, allegiance::Via::Treaty { treaty, .. } if treaty.id == id))
    };
    let spa = |d| tie(Country::US, Country::AF, d, "af-us-2012");
    assert!(spa(date!(2012 - 07 - 03)).is_none());
    assert!(spa(date!(2012 - 07 - 04)).is_some_and(|t| !t.is_suspended()));
    assert!(spa(date!(2021 - 08 - 14)).is_some_and(|t| !t.is_suspended()));
    for d in [date!(2021 - 08 - 15), date!(2022 - 03 - 01), date!(2026 - 11 - 28)] {
        let t = spa(d).expect("still recorded, suspended");
        assert!(t.is_suspended() && !t.is_alliance_grade(), "af-us-2012 on {d}");
    }
    let sofa = |d| tie(Country::US, Country::IQ, d, "iq-us-2008-sofa").is_some();
    assert!(!sofa(date!(2008 - 12 - 31)));
    assert!(sofa(date!(2009 - 01 - 01)) && sofa(date!(2011 - 12 - 31)));
    assert!(!sofa(date!(2012 - 01 - 01)));
    let sfa = |d| tie(Country::US, Country::IQ, d, "iq-us-2008-sfa").is_some_and(|t| !t.is_suspended());
    assert!(!sfa(date!(2008 - 12 - 31)));
    assert!(sfa(date!(2009 - 01 - 01)) && sfa(date!(2026 - 11 - 28)));
}

/// The Lebanon–Syria Treaty of Brotherhood, Cooperation and Coordination
/// (1991; read in operation from its Higher Council's Secretary-General of
/// August 1993, in force to this day: the Council's suspension of
/// 10 Oct 2025 ended nothing, one reading disputing it) and the US–Papua
/// New Guinea Defense Cooperation Agreement (2023; from the coordination
/// meeting of 23 Apr 2024, PNG's ratification not found)
/// (research/alliances/lb-sy, dj-pg-us).
#[test]
fn lebanon_syria_and_papua_new_guinea() {
    let kb = Dataset::embedded();
    let status = |a, b, d, id: &str| tie_status(kb, a, b, d, id);
    assert_eq!(
        kb.treaty_status("lb-sy-1991", date!(1992 - 01 - 01)),
        Some(allegiance::TreatyStatus::SignedEntryNotFound)
    );
    assert!(status(Country::LB, Country::SY, date!(1992 - 01 - 01), "lb-sy-1991").is_none());
    for d in [date!(1993 - 09 - 01), date!(2010 - 06 - 01), date!(2026 - 11 - 28)] {
        assert!(status(Country::LB, Country::SY, d, "lb-sy-1991").is_some_and(|s| s.is_in_force()), "{d}");
    }
    assert!(kb.treaty("lb-sy-1991").is_some_and(|t| !t.end_alternatives.is_empty()));
    assert!(status(Country::US, Country::PG, date!(2024 - 04 - 22), "pg-us-2023").is_none());
    assert!(
        status(Country::US, Country::PG, date!(2024 - 04 - 23), "pg-us-2023")
            .is_some_and(|s| s.is_in_force())
    );
    let today = kb.relation(Country::US, Country::PG, date!(2026 - 11 - 28)).ties;
    assert!(today.iter().all(|t| t.kind != allegiance::TieKind::MutualDefence));
}
