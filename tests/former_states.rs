//! Former states, entities and the UN seats across successions (issue 15):
//! every fact the tables state, checked against the queries that use it.

use allegiance::{
    Country, CountrySet, Dataset, Entity, EntityKind, Polity, ProblemKind, StateList, Union, Vote,
    former_states, unga,
};
use time::macros::date;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

#[test]
fn every_cited_source_is_in_the_dataset() {
    for f in former_states() {
        assert!(!f.sources.is_empty(), "{:?}", f.country);
        for id in &f.sources {
            assert!(kb().source(id).is_some(), "{:?} cites {id}", f.country);
        }
    }
    for e in Entity::iter() {
        assert!(!e.sources().is_empty(), "{e:?}");
        for id in e.sources() {
            assert!(kb().source(id).is_some(), "{e:?} cites {id}");
        }
    }
}

#[test]
fn former_states_dates_successors_and_continuators() {
    let f = |c: Country| c.former_state().unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!(former_states().len(), 5);
    let su = f(Country::SU);
    assert!(su.existed_on(date!(1922 - 12 - 30)) && !su.existed_on(date!(1922 - 12 - 29)));
    assert!(su.existed_on(date!(1991 - 12 - 25)) && !su.existed_on(date!(1991 - 12 - 26)));
    assert_eq!(su.continuator, Some(Country::RU));
    let fifteen = [
        Country::AM,
        Country::AZ,
        Country::BY,
        Country::EE,
        Country::GE,
        Country::KG,
        Country::KZ,
        Country::LT,
        Country::LV,
        Country::MD,
        Country::RU,
        Country::TJ,
        Country::TM,
        Country::UA,
        Country::UZ,
    ];
    assert_eq!(su.successors, CountrySet::from(fifteen));
    let yu = f(Country::YU);
    assert_eq!(yu.continuator, None, "the UN did not accept the FRY as the SFRY's continuator");
    assert_eq!(
        yu.successors,
        CountrySet::from([Country::BA, Country::HR, Country::MK, Country::RS, Country::SI])
    );
    assert!(!yu.existed_on(date!(1992 - 04 - 27)));
    let cs = f(Country::CS);
    assert_eq!((cs.continuator, cs.successors), (None, CountrySet::from([Country::CZ, Country::SK])));
    assert!(cs.existed_on(date!(1992 - 12 - 31)) && !cs.existed_on(date!(1993 - 01 - 01)));
    assert_eq!(f(Country::DD).successors, CountrySet::from([Country::DE]));
    assert!(!f(Country::DD).existed_on(date!(1990 - 10 - 03)));
    assert_eq!(f(Country::YD).successors, CountrySet::from([Country::YE]));
    // The other direction.
    assert_eq!(Country::RU.continues(), Some(Country::SU));
    assert_eq!(Country::UA.continues(), None);
    assert_eq!(Country::UA.predecessors(), CountrySet::from([Country::SU]));
    assert_eq!(Country::RS.predecessors(), CountrySet::from([Country::YU]));
    assert_eq!(Country::DE.predecessors(), CountrySet::from([Country::DD]));
    assert_eq!(Country::FR.predecessors(), CountrySet::EMPTY);
    assert!(Country::FR.former_state().is_none());
}

#[test]
fn un_members_on_1_january_1960() {
    let day = date!(1960 - 01 - 01);
    let un = kb().members(Union::Un, day);
    for c in [Country::SU, Country::YU, Country::CS, Country::TW, Country::BY, Country::UA] {
        assert!(un.contains(c), "{c:?} held a seat");
    }
    for c in [Country::RU, Country::CN, Country::DD, Country::DE, Country::NG] {
        assert!(!un.contains(c), "{c:?} did not");
    }
    // Egypt and Syria were one Member, the United Arab Republic (filed as EG).
    assert!(un.contains(Country::EG) && !un.contains(Country::SY));
    // The UN counted 82 Members at the end of 1959.
    assert_eq!(un.len(), 82, "{un:?}");
}

#[test]
fn seats_pass_on_their_days() {
    let role = |c, d| kb().role(c, Union::Un, d);
    assert!(role(Country::SU, date!(1991 - 12 - 23)).is_some());
    assert!(role(Country::SU, date!(1991 - 12 - 24)).is_none());
    assert!(role(Country::RU, date!(1991 - 12 - 24)).is_some());
    assert!(
        role(Country::DD, date!(1990 - 10 - 02)).is_some()
            && role(Country::DD, date!(1990 - 10 - 03)).is_none()
    );
    assert!(
        role(Country::CS, date!(1992 - 12 - 31)).is_some()
            && role(Country::CS, date!(1993 - 01 - 01)).is_none()
    );
    assert!(role(Country::CZ, date!(1993 - 01 - 19)).is_some());
    // Yugoslavia: the SFRY to the crate's end of it; the FRY admitted in 2000.
    assert!(
        role(Country::YU, date!(1992 - 04 - 26)).is_some()
            && role(Country::YU, date!(1992 - 04 - 27)).is_none()
    );
    assert!(
        role(Country::RS, date!(2000 - 10 - 31)).is_none()
            && role(Country::RS, date!(2000 - 11 - 01)).is_some()
    );
    let yu = kb().memberships().iter().find(|m| m.country == Country::YU && m.union == Union::Un).unwrap();
    let readings: Vec<String> =
        yu.alternatives.iter().filter_map(|r| r.date.map(|d| d.to_string())).collect();
    assert_eq!(readings, ["1 Nov 2000", "22 Sep 1992"]);
    // South Yemen's admission was not confirmed: no UN record for it.
    assert!(kb().memberships().iter().all(|m| m.country != Country::YD));
    // Zanzibar's seat is on the entity, never counted among the Members.
    let z = Entity::Zanzibar.un_membership().unwrap();
    assert!(z.contains(date!(1964 - 01 - 01)) && !z.contains(date!(1964 - 04 - 26)));
    assert!(Entity::iter().filter(|e| *e != Entity::Zanzibar).all(|e| e.un_membership().is_none()));
}

#[test]
fn the_ussrs_votes_are_its_own_and_reachable_from_russia() {
    // The first roll call of 1946 and the last before the continuation.
    let first = unga::roll_calls().first().unwrap();
    assert_eq!(unga::vote(first.rcid, Country::SU), Some(Vote::No));
    assert_eq!(unga::vote(first.rcid, Country::RU), None);
    let last_soviet = unga::roll_calls().iter().rfind(|r| r.date < date!(1991 - 12 - 24)).unwrap();
    assert!(unga::vote(last_soviet.rcid, Country::SU).is_some());
    let first_russian = unga::roll_calls().iter().find(|r| r.date >= date!(1991 - 12 - 24)).unwrap();
    assert!(unga::vote(first_russian.rcid, Country::RU).is_some());
    assert_eq!(unga::vote(first_russian.rcid, Country::SU), None);
    // Agreement over a window that spans the change: follow the seat.
    let us_su = unga::agreement(Country::US, Country::SU, date!(1946 - 01 - 01), date!(2019 - 12 - 31));
    let us_ru = unga::agreement(Country::US, Country::RU, date!(1946 - 01 - 01), date!(2019 - 12 - 31));
    let whole = unga::agreement(Country::US, Country::SU, date!(1946 - 01 - 01), date!(1991 - 12 - 23))
        .compared
        + unga::agreement(Country::US, Country::RU, date!(1991 - 12 - 24), date!(2019 - 12 - 31)).compared;
    assert_eq!(us_su.compared + us_ru.compared, whole);
    // Former states' columns are nameable now.
    for c in [Country::CS, Country::DD, Country::YD, Country::YU] {
        assert!(unga::roll_calls().iter().any(|r| unga::vote(r.rcid, c).is_some()), "{c:?}");
    }
}

#[test]
fn the_ussrs_treaties_pass_to_russia() {
    let t = kb().treaty("in-su-1947").unwrap();
    assert!(t.parties_at(date!(1980 - 01 - 01)).contains(Country::SU));
    assert!(!t.parties_at(date!(1980 - 01 - 01)).contains(Country::RU));
    assert!(t.parties_at(date!(1995 - 01 - 01)).contains(Country::RU));
    let ties = |a, b, d| kb().relation(a, b, d).ties.len();
    // Diplomatic relations (1947) and the treaty of 1971.
    assert_eq!(ties(Country::IN, Country::SU, date!(1980 - 01 - 01)), 2);
    assert_eq!(ties(Country::IN, Country::RU, date!(1980 - 01 - 01)), 0);
    assert_eq!(ties(Country::IN, Country::SU, date!(1995 - 01 - 01)), 0);
    // The state and its continuator are never parties on the same day.
    for t in kb().treaties() {
        for p in t.parties.iter().filter(|p| p.country == Country::SU) {
            if let Some(end) = p.period.end {
                assert!(
                    !t.parties_at(end.first_day().previous_day().unwrap()).contains(Country::RU),
                    "{}",
                    t.id
                );
            }
        }
    }
}

#[test]
fn entities_parse_print_and_bind_by_treaty() {
    for e in Entity::iter() {
        for s in [e.key(), e.name(), e.formal_name()] {
            assert_eq!(Entity::parse(s), Ok(e), "{s:?}");
            assert_eq!(s.parse::<Polity>(), Ok(Polity::Entity(e)), "{s:?}");
        }
        assert_eq!(e.to_string(), e.name());
        assert!(!e.recognition().is_empty() && e.period().start.year_number() > 1900, "{e:?}");
        assert!(Country::parse(e.name()).is_err(), "{e:?} is not a Country");
    }
    assert_eq!(Entity::parse("TRNC"), Ok(Entity::NorthernCyprus));
    assert_eq!(Entity::parse("DPR"), Ok(Entity::Donetsk));
    let err = Entity::parse("Abkhasia").unwrap_err();
    assert_eq!(err.suggestion(), Some(Entity::Abkhazia));
    assert_eq!(err.to_string(), r#"unknown entity "Abkhasia"; did you mean Abkhazia?"#);
    assert_eq!(Entity::Zanzibar.kind(), EntityKind::FormerState);
    assert_eq!(Entity::Transnistria.kind(), EntityKind::Claimant);
    assert_eq!(StateList::Cow.spell(511, date!(1964 - 01 - 01)).unwrap().entity, Some(Entity::Zanzibar));
    assert_eq!(Entity::SouthVietnam.cow_code(), Some(817));
    // Russia's treaties with Abkhazia and South Ossetia bind it to them,
    // and make no tie between states.
    let ties = kb().entity_ties(Country::RU, date!(2026 - 11 - 28));
    let ids: Vec<&str> = ties.iter().map(|t| t.treaty.id.as_ref()).collect();
    assert_eq!(ids, ["ab-ru-2014", "os-ru-2008", "os-ru-2015"]);
    assert!(kb().entity_ties(Country::GE, date!(2026 - 11 - 28)).is_empty());
    assert!(
        kb().treaty("ab-ru-2014").unwrap().parties_at(date!(2020 - 01 - 01))
            == CountrySet::from([Country::RU])
    );
    assert_eq!(
        ties[0].to_string(),
        "mutual-defence with Abkhazia (ab-ru-2014, in force by presumed automatic extension until 5 Mar 2030)"
    );
}

#[test]
fn a_former_state_after_its_end_is_an_error_that_names_the_record() {
    let mut facts = kb().facts().clone();
    let i = facts.memberships.iter().position(|m| m.country == Country::SU && m.union == Union::Un).unwrap();
    facts.memberships.to_mut()[i].period.end = None;
    let err = Dataset::from_facts(facts).unwrap_err();
    let p = err.problems().iter().find(|p| p.kind == ProblemKind::OutOfOrder).expect("a problem");
    assert_eq!(p.path, format!("memberships[{i}].period.end"));
    assert!(p.message.contains("Soviet Union ceased to exist on 26 Dec 1991"), "{}", p.message);
}

#[test]
fn the_warsaw_treaty_binds_the_former_states_party_by_party() {
    use allegiance::TieKind;
    let day = date!(1980 - 01 - 01);
    let allies: Vec<Country> = kb().allies(Country::SU, day).iter().map(|a| a.country).collect();
    assert_eq!(
        allies,
        [
            Country::BG,
            Country::CN,
            Country::CS,
            Country::DD,
            Country::HU,
            Country::KP,
            Country::PL,
            Country::RO,
            Country::AF,
            Country::IN,
            Country::VN
        ],
        "the six Warsaw allies, China (the 1950 treaty, to 11 Apr 1980) and North Korea (1961) bound to \
         defend it; Afghanistan, India and Vietnam by friendship treaties"
    );
    assert!(!kb().relation(Country::SU, Country::CN, date!(1980 - 04 - 11)).is_alliance());
    // Albania: suspended from 1962 (a tie, not an ally), out from 13 Sep 1968.
    let al = |d| kb().relation(Country::AL, Country::SU, d);
    assert!(al(date!(1961 - 01 - 01)).is_alliance());
    let r = al(date!(1965 - 01 - 01));
    assert!(!r.is_alliance() && r.ties.iter().any(|t| t.kind == TieKind::MutualDefence && t.is_suspended()));
    assert!(al(date!(1968 - 09 - 13)).ties.iter().all(|t| t.kind != TieKind::MutualDefence));
    // The GDR's participation ended on 24 Sep 1990, before the state did.
    assert!(kb().relation(Country::DD, Country::PL, date!(1990 - 09 - 23)).is_alliance());
    assert!(!kb().relation(Country::DD, Country::PL, date!(1990 - 09 - 24)).is_alliance());
    // Russia was never a party: the treaty ended before the USSR did.
    assert!(!kb().treaty("warsaw-1955").unwrap().all_parties().contains(Country::RU));
}

proptest::proptest! {
    /// Parsing an entity or a polity never panics, and a failure quotes the
    /// input; a success round-trips through the name.
    #[test]
    fn entity_and_polity_parsing_never_panics(s in "\\PC{0,40}") {
        match Entity::parse(&s) {
            Ok(e) => proptest::prop_assert_eq!(Entity::parse(e.name()), Ok(e)),
            Err(err) => {
                proptest::prop_assert_eq!(err.input(), s.as_str());
                proptest::prop_assert!(err.to_string().starts_with("unknown entity "));
            }
        }
        if let Ok(p) = s.parse::<Polity>() {
            proptest::prop_assert_eq!(p.name().parse::<Polity>(), Ok(p));
        }
    }
}
