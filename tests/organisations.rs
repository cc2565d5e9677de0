//! The organisations that matter to alignment but are not alliances (the
//! Council of Europe, the OSCE, the OAS, the Arab League, ASEAN, the GCC,
//! the African Union, the Quad and AUKUS): their members on real days,
//! suspensions by the organisation, and what they do and do not make.

use allegiance::{Country, Covered, Dataset, Role, TieKind, Union, UnionKind, Via};
use time::Date;
use time::macros::date;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

fn role(c: Country, u: Union, day: Date) -> Option<Role> {
    kb().role(c, u, day)
}

/// Russia in the Council of Europe: a member from 28 Feb 1996, suspended by
/// the Committee of Ministers on 25 Feb 2022, no longer a member from
/// 16 Mar 2022; while suspended still a member in law, its ties suspended.
#[test]
fn russia_in_the_council_of_europe() {
    assert_eq!(role(Country::RU, Union::Coe, date!(1996 - 02 - 27)), None);
    assert_eq!(role(Country::RU, Union::Coe, date!(1996 - 02 - 28)), Some(Role::Member));
    assert_eq!(role(Country::RU, Union::Coe, date!(2022 - 02 - 24)), Some(Role::Member));
    assert_eq!(role(Country::RU, Union::Coe, date!(2022 - 02 - 25)), Some(Role::Suspended));
    assert_eq!(role(Country::RU, Union::Coe, date!(2022 - 03 - 15)), Some(Role::Suspended));
    assert_eq!(role(Country::RU, Union::Coe, date!(2022 - 03 - 16)), None);
    assert!(kb().members(Union::Coe, date!(2022 - 03 - 01)).contains(Country::RU), "a member in law");
    assert!(!kb().members(Union::Coe, date!(2022 - 03 - 16)).contains(Country::RU));
    assert_eq!(kb().members(Union::Coe, date!(2026 - 12 - 01)).len(), 46);
    // Russia–France on 1 Mar 2022: the Council of Europe tie is suspended.
    let r = kb().relation(Country::RU, Country::FR, date!(2022 - 03 - 01));
    let coe = r
        .ties
        .iter()
        .find(|t| matches!(t.via, Via::Union { union: Union::Coe, .. }))
        .expect("a Council of Europe tie");
    assert_eq!(coe.kind, TieKind::RegionalOrganisation);
    assert!(coe.is_suspended());
    let before = kb().relation(Country::RU, Country::FR, date!(2022 - 02 - 24));
    assert!(
        before
            .ties
            .iter()
            .any(|t| matches!(t.via, Via::Union { union: Union::Coe, .. }) && !t.is_suspended())
    );
    // The observers: the United States since 7 Dec 1995.
    assert_eq!(role(Country::US, Union::Coe, date!(1995 - 12 - 07)), Some(Role::Observer));
    assert_eq!(role(Country::US, Union::Coe, date!(1995 - 12 - 06)), None);
}

/// Syria in the Arab League: founder, part of the United Arab Republic
/// (1958–61), suspended from 16 Nov 2011 to 7 May 2023.
#[test]
fn syria_in_the_arab_league() {
    let al = Union::ArabLeague;
    assert_eq!(role(Country::SY, al, date!(1945 - 03 - 22)), Some(Role::Member));
    assert_eq!(role(Country::SY, al, date!(1960 - 01 - 01)), None, "the UAR's years");
    assert_eq!(role(Country::SY, al, date!(2011 - 11 - 15)), Some(Role::Member));
    assert_eq!(role(Country::SY, al, date!(2011 - 11 - 16)), Some(Role::Suspended));
    assert_eq!(role(Country::SY, al, date!(2023 - 05 - 06)), Some(Role::Suspended));
    assert_eq!(role(Country::SY, al, date!(2023 - 05 - 07)), Some(Role::Member));
    assert_eq!(role(Country::EG, al, date!(1985 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::EG, al, date!(1990 - 01 - 01)), Some(Role::Member));
    assert_eq!(kb().members(al, date!(2026 - 12 - 01)).len(), 22);
    // Democratic Yemen is not recorded, and the scope says so.
    let scope = kb().coverage().iter().find(|s| s.union == Some(al)).expect("declared");
    assert!(scope.rule.contains("Democratic Yemen"));
    assert!(scope.countries.is_some_and(|c| !c.contains(Country::YD) && c.contains(Country::SY)));
}

/// The OAS: Venezuela's and Nicaragua's withdrawals, Cuba's exclusion and
/// non-return, Honduras's suspension.
#[test]
fn the_organization_of_american_states() {
    let oas = Union::Oas;
    assert_eq!(kb().members(oas, date!(2018 - 01 - 01)).len(), 35);
    assert_eq!(role(Country::VE, oas, date!(2019 - 04 - 26)), Some(Role::Member));
    assert_eq!(role(Country::VE, oas, date!(2019 - 04 - 27)), None);
    assert_eq!(role(Country::NI, oas, date!(2023 - 11 - 19)), None);
    assert_eq!(role(Country::CU, oas, date!(1970 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::CU, oas, date!(2010 - 01 - 01)), Some(Role::Frozen));
    assert_eq!(role(Country::HN, oas, date!(2010 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::HN, oas, date!(2011 - 06 - 01)), Some(Role::Member));
    assert_eq!(kb().members(oas, date!(2026 - 12 - 01)).len(), 33);
}

/// The African Union's suspensions in force on the as-of date, and the
/// members it does not record said to be not covered, never "not members".
#[test]
fn the_african_union_and_its_suspensions() {
    let au = Union::Au;
    let day = date!(2026 - 12 - 01);
    for c in [Country::ML, Country::BF, Country::NE, Country::SD, Country::MG, Country::GW] {
        assert_eq!(role(c, au, day), Some(Role::Suspended), "{c:?}");
    }
    assert_eq!(role(Country::GA, au, day), Some(Role::Member), "Gabon's suspension was lifted");
    assert_eq!(role(Country::GA, au, date!(2024 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::MA, au, date!(2017 - 01 - 30)), None);
    assert_eq!(role(Country::MA, au, date!(2017 - 01 - 31)), Some(Role::Member));
    // South Africa is a member the data does not record: the coverage says so.
    assert_eq!(role(Country::ZA, au, day), None);
    let scope = kb().coverage().iter().find(|s| s.union == Some(au)).expect("declared");
    assert!(scope.rule.contains("South Africa"));
    assert!(matches!(kb().covers_union(au, Country::ZA, day), Covered::No { .. }));
    assert_eq!(kb().covers_union(au, Country::NG, day), Covered::Fully);
    let cz = kb().covers_union(Union::Osce, Country::CZ, day);
    assert!(matches!(cz, Covered::No { nearest: Some(s) } if s.union == Some(Union::Osce)), "{cz:?}");
    assert_eq!(kb().covers_union(Union::Nato, Country::ZA, day), Covered::Fully);
}

/// ASEAN's eleventh member, the OSCE's Mongolia, the GCC, the Quad and
/// AUKUS.
#[test]
fn asean_osce_gcc_quad_aukus() {
    assert_eq!(role(Country::TL, Union::Asean, date!(2023 - 01 - 01)), Some(Role::Observer));
    assert_eq!(role(Country::TL, Union::Asean, date!(2025 - 10 - 26)), Some(Role::Member));
    assert_eq!(kb().members(Union::Asean, date!(2026 - 12 - 01)).len(), 11);
    assert_eq!(kb().members(Union::Asean, date!(2025 - 10 - 25)).len(), 10);
    assert_eq!(role(Country::MN, Union::Osce, date!(2010 - 01 - 01)), Some(Role::Partner));
    assert_eq!(role(Country::MN, Union::Osce, date!(2012 - 11 - 21)), Some(Role::Member));
    assert!(kb().members(Union::Osce, date!(1980 - 01 - 01)).contains(Country::SU));
    assert!(kb().members(Union::Osce, date!(1980 - 01 - 01)).contains(Country::VA));
    assert_eq!(kb().members(Union::Gcc, date!(2018 - 01 - 01)).len(), 6, "Qatar stayed a member");
    let quad = kb().members(Union::Quad, date!(2022 - 03 - 01));
    assert_eq!(quad.len(), 4);
    assert!(quad.contains(Country::IN) && quad.contains(Country::JP));
    assert_eq!(kb().members(Union::Aukus, date!(2021 - 09 - 14)).len(), 0);
    assert_eq!(kb().members(Union::Aukus, date!(2021 - 09 - 15)).len(), 3);
    assert_eq!(Union::Quad.kind(), UnionKind::Forum);
    assert_eq!("Arab League".parse::<Union>(), Ok(Union::ArabLeague));
    assert_eq!("council of europe".parse::<Union>(), Ok(Union::Coe));
}

/// None of the nine makes an ally: the Quad does not make India the United
/// States' ally, nor the OSCE Russia France's.
#[test]
fn organisations_make_ties_not_allies() {
    let day = date!(2022 - 03 - 01);
    let r = kb().relation(Country::US, Country::IN, day);
    let quad =
        r.ties.iter().find(|t| matches!(t.via, Via::Union { union: Union::Quad, .. })).expect("the Quad");
    assert_eq!(quad.kind, TieKind::Forum);
    assert!(!quad.is_alliance_grade());
    for u in [
        Union::Coe,
        Union::Osce,
        Union::Oas,
        Union::ArabLeague,
        Union::Asean,
        Union::Gcc,
        Union::Au,
        Union::Quad,
        Union::Aukus,
        Union::Ecowas,
        Union::Sadc,
        Union::Eac,
        Union::G20,
        Union::Commonwealth,
        Union::Oic,
        Union::Unasur,
        Union::Alba,
        Union::Celac,
    ] {
        assert!(matches!(u.kind(), UnionKind::RegionalOrganisation | UnionKind::Forum), "{u}");
        for c in [Country::US, Country::RU, Country::EG, Country::ID] {
            for a in &kb().allies(c, day) {
                let only_this =
                    a.ties.iter().all(|t| matches!(t.via, Via::Union { union, .. } if union == u));
                assert!(!only_this, "{c:?}'s ally {:?} rests on {u} alone", a.country);
            }
        }
    }
}

/// ECOWAS's suspensions and the Sahel states' exit on 29 Jan 2025; SADC,
/// the EAC and the G20.
#[test]
fn ecowas_sadc_eac_g20() {
    let e = Union::Ecowas;
    for c in [Country::ML, Country::BF, Country::NE] {
        assert_eq!(role(c, e, date!(2025 - 01 - 28)), Some(Role::Suspended), "{c:?}");
        assert_eq!(role(c, e, date!(2025 - 01 - 29)), None, "{c:?}");
    }
    assert_eq!(role(Country::GN, e, date!(2026 - 01 - 28)), Some(Role::Member));
    assert_eq!(role(Country::GW, e, date!(2026 - 12 - 01)), Some(Role::Suspended));
    assert_eq!(kb().members(e, date!(2026 - 12 - 01)).len(), 12);
    assert_eq!(role(Country::MR, e, date!(2005 - 01 - 01)), None);
    assert_eq!(role(Country::MG, Union::Sadc, date!(2010 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(kb().members(Union::Sadc, date!(2026 - 12 - 01)).len(), 16);
    assert_eq!(kb().members(Union::Eac, date!(2026 - 12 - 01)).len(), 8);
    assert_eq!(role(Country::SO, Union::Eac, date!(2024 - 03 - 03)), None);
    assert_eq!(kb().members(Union::G20, date!(2022 - 03 - 01)).len(), 19);
    assert_eq!(Union::G20.kind(), UnionKind::Forum);
}

/// The Commonwealth: Gabon and Togo from 25 Jun 2022, The Gambia's and the
/// Maldives' years out, Fiji's and Pakistan's suspensions, Zimbabwe's exit;
/// Ireland not recorded, and the coverage says so.
#[test]
fn the_commonwealth() {
    let c = Union::Commonwealth;
    assert_eq!(kb().members(c, date!(2026 - 12 - 01)).len(), 56);
    assert_eq!(role(Country::TG, c, date!(2022 - 06 - 24)), None);
    assert_eq!(role(Country::TG, c, date!(2022 - 06 - 25)), Some(Role::Member));
    assert_eq!(role(Country::GM, c, date!(2015 - 01 - 01)), None);
    assert_eq!(role(Country::MV, c, date!(2018 - 01 - 01)), None);
    assert_eq!(role(Country::FJ, c, date!(2010 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::PK, c, date!(2002 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::ZW, c, date!(2004 - 01 - 01)), None);
    assert!(matches!(kb().covers_union(c, Country::IE, date!(1940 - 01 - 01)), Covered::No { .. }));
    assert_eq!(c.kind(), UnionKind::Forum);
}

/// The OIC: 57 members by their year of joining, Syria suspended from
/// 16 Aug 2012 to 7 Mar 2025.
#[test]
fn the_organisation_of_islamic_cooperation() {
    let o = Union::Oic;
    assert_eq!(kb().members(o, date!(2026 - 12 - 01)).len(), 57);
    assert_eq!(role(Country::SY, o, date!(2012 - 08 - 15)), Some(Role::Member));
    assert_eq!(role(Country::SY, o, date!(2012 - 08 - 16)), Some(Role::Suspended));
    assert_eq!(role(Country::SY, o, date!(2025 - 03 - 07)), Some(Role::Member));
    assert_eq!(role(Country::RU, o, date!(2022 - 03 - 01)), Some(Role::Observer));
    let start = kb().history(Country::KZ, o).next().unwrap().period.start;
    assert_eq!(start.to_string(), "1995", "a year, as the sources give it");
}

/// UNASUR's exits and returns, ALBA's, and Brazil's frozen years in CELAC.
#[test]
fn unasur_alba_celac() {
    assert_eq!(role(Country::CO, Union::Unasur, date!(2019 - 03 - 01)), None);
    assert_eq!(role(Country::CO, Union::Unasur, date!(2023 - 12 - 05)), Some(Role::Member));
    assert_eq!(role(Country::PE, Union::Unasur, date!(2021 - 01 - 01)), Some(Role::Member));
    assert_eq!(role(Country::EC, Union::Alba, date!(2018 - 08 - 23)), None);
    assert_eq!(role(Country::BO, Union::Alba, date!(2026 - 01 - 01)), Some(Role::Suspended));
    assert_eq!(role(Country::BR, Union::Celac, date!(2021 - 01 - 01)), Some(Role::Frozen));
    assert_eq!(role(Country::BR, Union::Celac, date!(2023 - 01 - 05)), Some(Role::Member));
    assert_eq!(kb().members(Union::Celac, date!(2022 - 03 - 01)).len(), 33);
}

/// Where a source gives another day for an organisation's start or end,
/// the membership row cites it as a structured reading, with its source:
/// Türkiye's Council of Europe accession (13 Apr 1950 in one list), the
/// founders of the Arab League (5 May 1945 in Gibler), Nigeria's
/// Commonwealth suspension (11 Nov 1995 in one table).
#[test]
fn organisations_keep_the_other_readings_of_their_dates() {
    let reading = |c: Country, u: Union, date: &str| {
        kb().history(c, u).any(|m| {
            m.alternatives
                .iter()
                .any(|r| r.date.is_some_and(|d| d.iso().to_string() == date) && !r.sources.is_empty())
        })
    };
    assert!(reading(Country::TR, Union::Coe, "1950-04-13"));
    for c in [Country::EG, Country::IQ, Country::JO, Country::LB, Country::SA, Country::SY] {
        assert!(reading(c, Union::ArabLeague, "1945-05-05"), "{c:?}");
    }
    assert!(reading(Country::NG, Union::Commonwealth, "1995-11-11"));
    // The queries keep the row's own day.
    assert_eq!(role(Country::SA, Union::ArabLeague, date!(1945 - 03 - 22)), Some(Role::Member));
}
