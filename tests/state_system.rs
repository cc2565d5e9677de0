//! The state-system lists: every row of the COW and G&W files in
//! `tests/data/states/` round-trips through the crate (code → spell →
//! code, with its dates and names), and a country's code on a day agrees
//! with its spells.

use allegiance::{Country, CountrySet, StateList};
use time::macros::date;
use time::{Date, Month};

/// The rows of a list's CSV as (code, abbrev, name, start, last day).
fn rows(list: StateList) -> Vec<(u16, String, String, Date, Date)> {
    let name = match list {
        StateList::Cow => "cow_states.csv",
        _ => "gw_states.csv",
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/states").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let day = |y: &str, m: &str, d: &str| {
        Date::from_calendar_date(
            y.parse().unwrap(),
            Month::try_from(m.parse::<u8>().unwrap()).unwrap(),
            d.parse().unwrap(),
        )
        .unwrap()
    };
    let iso = |s: &str| {
        let p: Vec<&str> = s.split('-').collect();
        day(p[0], p[1], p[2])
    };
    text.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|line| {
            // G&W quotes names with commas: "Korea, Republic of".
            let mut f: Vec<String> = Vec::new();
            let mut quoted = false;
            let mut cur = String::new();
            for ch in line.chars() {
                match ch {
                    '"' => quoted = !quoted,
                    ',' if !quoted => f.push(std::mem::take(&mut cur)),
                    c => cur.push(c),
                }
            }
            f.push(cur);
            match list {
                StateList::Cow => (
                    f[1].parse().unwrap(),
                    f[0].clone(),
                    f[2].clone(),
                    day(&f[3], &f[4], &f[5]),
                    day(&f[6], &f[7], &f[8]),
                ),
                _ => (f[0].parse().unwrap(), f[1].clone(), f[2].clone(), iso(&f[3]), iso(&f[4])),
            }
        })
        .collect()
}

#[test]
fn every_row_of_both_lists_round_trips() {
    for list in StateList::ALL {
        let rows = rows(list);
        assert_eq!(rows.len(), list.spells().len(), "{list}: one spell per row");
        assert_eq!(rows.len(), if list == StateList::Cow { 243 } else { 216 });
        for (code, abbrev, name, start, last) in rows {
            let s = list.spell(code, start).unwrap_or_else(|| panic!("{list} {code} on {start}"));
            assert_eq!((s.code, s.abbrev, s.name), (code, abbrev.as_str(), name.as_str()), "{list} {code}");
            assert_eq!(s.period.start.first_day(), start, "{s}");
            assert_eq!(s.last_day(), last, "{s}");
            assert!(s.contains(last) && !s.contains(start.previous_day().unwrap()), "{s}");
            assert_eq!(list.spell(code, last), Some(s));
            assert_eq!(list.spell_by_abbrev(&abbrev.to_lowercase(), start), Some(s));
            // The code back from each country that names the state, on the
            // first and last day it does.
            for (k, naming) in s.countries.iter().enumerate() {
                let from = naming.from.first_day().max(start);
                let to = s.countries.get(k + 1).map_or(last, |n| n.from.first_day().previous_day().unwrap());
                let c = naming.country;
                for d in [from, to] {
                    assert_eq!(s.country_on(d), Some(c), "{s} on {d}");
                    let back = match list {
                        StateList::Cow => (Country::from_cow(code, d), c.cow_code(d)),
                        _ => (Country::from_gw(code, d), c.gw_code(d)),
                    };
                    assert_eq!(back, (Some(c), Some(code)), "{s} on {d}");
                }
            }
        }
    }
}

#[test]
fn a_country_has_at_most_one_code_per_list_on_a_day() {
    for list in StateList::ALL {
        let mut days: Vec<Date> = list
            .spells()
            .iter()
            .flat_map(|s| {
                [Some(s.period.start), s.period.end]
                    .into_iter()
                    .flatten()
                    .chain(s.countries.iter().map(|n| n.from))
            })
            .map(|d| d.first_day())
            .collect();
        days.sort_unstable();
        days.dedup();
        for d in days {
            let mut seen = CountrySet::EMPTY;
            for s in list.spells_on(d) {
                if let Some(c) = s.country_on(d) {
                    assert!(!seen.contains(c), "{list}: {c:?} twice on {d}");
                    seen.insert(c);
                }
            }
            // members() equals the scan, on every day it can change and the day before.
            assert_eq!(list.members(d), seen, "{list} on {d}");
            let before = d.previous_day().unwrap();
            let scan: CountrySet = list.spells_on(before).filter_map(|s| s.country_on(before)).collect();
            assert_eq!(list.members(before), scan, "{list} on {before}");
        }
    }
}

#[test]
fn codes_that_depend_on_the_date() {
    // Germany: COW 255 to 8 May 1945 and from 3 Oct 1990, West Germany 260
    // from 5 May 1955; G&W 260 from 21 Sep 1949, continuing after 1990.
    assert_eq!(Country::DE.cow_code(date!(1945 - 05 - 08)), Some(255));
    assert_eq!(Country::DE.cow_code(date!(1945 - 05 - 09)), None);
    assert_eq!(Country::DE.cow_code(date!(1955 - 05 - 05)), Some(260));
    assert_eq!(Country::DE.cow_code(date!(1990 - 10 - 02)), Some(260));
    assert_eq!(Country::DE.cow_code(date!(1990 - 10 - 03)), Some(255));
    assert_eq!(Country::DE.gw_code(date!(1949 - 09 - 21)), Some(260));
    assert_eq!(Country::DE.gw_code(date!(2020 - 01 - 01)), Some(260));
    // Yugoslavia: G&W 345 until 4 Jun 2006, Serbia 340 from 5 Jun 2006;
    // the SFRY is YU until 27 Apr 1992, the FRY from then Serbia's.
    assert_eq!(Country::RS.gw_code(date!(2000 - 01 - 01)), Some(345));
    assert_eq!(Country::RS.gw_code(date!(2006 - 06 - 05)), Some(340));
    assert_eq!(Country::from_gw(345, date!(1980 - 01 - 01)), Some(Country::YU));
    assert_eq!(Country::from_gw(345, date!(1992 - 04 - 26)), Some(Country::YU));
    assert_eq!(Country::from_gw(345, date!(1992 - 04 - 27)), Some(Country::RS));
    assert_eq!(Country::YU.cow_code(date!(1992 - 04 - 27)), None);
    // COW: Serbia's spell from 1878 names no country before 1 Dec 1918.
    assert_eq!(Country::from_cow(345, date!(1900 - 01 - 01)), None);
    assert_eq!(Country::from_cow(345, date!(1930 - 01 - 01)), Some(Country::YU));
    // Russia and the Soviet Union share 365.
    assert_eq!(Country::from_cow(365, date!(1900 - 01 - 01)), Some(Country::RU));
    assert_eq!(Country::from_cow(365, date!(1960 - 01 - 01)), Some(Country::SU));
    assert_eq!(Country::from_cow(365, date!(1991 - 12 - 25)), Some(Country::SU));
    assert_eq!(Country::from_cow(365, date!(1991 - 12 - 26)), Some(Country::RU));
    assert_eq!(Country::SU.cow_code(date!(1980 - 01 - 01)), Some(365));
    assert_eq!(Country::RU.cow_code(date!(1980 - 01 - 01)), None);
    assert_eq!(Country::SU.gw_code(date!(1980 - 01 - 01)), Some(365));
    assert_eq!(Country::RS.cow_code(date!(2010 - 01 - 01)), Some(345));
    // Yemen: COW 678 then 679; G&W 678 throughout.
    assert_eq!(Country::YE.cow_code(date!(1980 - 01 - 01)), Some(678));
    assert_eq!(Country::YE.cow_code(date!(1995 - 01 - 01)), Some(679));
    assert_eq!(Country::YE.gw_code(date!(1995 - 01 - 01)), Some(678));
    // Open spells hold past the list's date.
    assert_eq!(Country::US.cow_code(date!(2026 - 11 - 28)), Some(2));
    assert_eq!(Country::XK.gw_code(date!(2026 - 11 - 28)), Some(347));
    // Former states: the GDR, Czechoslovakia and South Yemen are countries;
    // Zanzibar and the Republic of Vietnam are entities.
    let gdr = StateList::Cow.spell(265, date!(1980 - 01 - 01)).unwrap();
    assert_eq!((gdr.abbrev, gdr.country()), ("GDR", Some(Country::DD)));
    assert_eq!(Country::from_cow(315, date!(1980 - 01 - 01)), Some(Country::CS));
    assert_eq!(Country::from_gw(680, date!(1980 - 01 - 01)), Some(Country::YD));
    let zan = StateList::Cow.spell(511, date!(1964 - 01 - 01)).unwrap();
    assert_eq!((zan.country(), zan.entity), (None, Some(allegiance::Entity::Zanzibar)));
    assert_eq!(
        StateList::Gw.spell(817, date!(1970 - 01 - 01)).unwrap().entity,
        Some(allegiance::Entity::SouthVietnam)
    );
    assert_eq!(Country::from_cow(9999, date!(2000 - 01 - 01)), None);
}

#[test]
fn state_system_membership_counts() {
    // Every member on a day, with or without a country value.
    let n = |list: StateList, d| list.spells_on(d).count();
    // COW v2016 counts 195 states at its end; G&W, which leaves out the
    // microstates (Andorra, Monaco, Liechtenstein, the Pacific islands ...),
    // 174 (the rows of each CSV still running at the list's date).
    assert_eq!(n(StateList::Cow, date!(2016 - 12 - 31)), 195);
    assert_eq!(n(StateList::Gw, date!(2017 - 12 - 31)), 174);
    assert_eq!(StateList::Gw.spell_of(Country::AD, date!(2017 - 01 - 01)), None);
    assert_eq!(Country::AD.cow_code(date!(2017 - 01 - 01)), Some(232));
    assert_eq!(StateList::Cow.members(date!(1800 - 01 - 01)), CountrySet::EMPTY);
}
