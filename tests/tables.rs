//! The research tables (`allegiance::tables`): the dyad-years join with the
//! COW list, their alliance columns agree with `relation` on the days of
//! the year, their UN columns with the agreement queries, directed is
//! undirected mirrored, the CSV has its header and a line per row, and
//! every range of years is the concatenation of its years.

use std::collections::BTreeSet;

use allegiance::tables::{Alliances, Coverage, DyadYear};
use allegiance::{Country, Covered, Dataset, Obligation, StateList, TieKind, Via, unga};
use proptest::prelude::*;
use time::{Date, Month};

fn jan1(y: i32) -> Date {
    Date::from_ordinal_date(y, 1).unwrap()
}

fn dec31(y: i32) -> Date {
    Date::from_calendar_date(y, Month::December, 31).unwrap()
}

fn days(y: i32) -> impl Iterator<Item = Date> {
    core::iter::successors(Some(jan1(y)), move |d| d.next_day().filter(|n| n.year() == y))
}

fn dyads(list: StateList, years: core::ops::RangeInclusive<i32>, directed: bool) -> Vec<DyadYear> {
    Dataset::embedded().dyad_years(list, years, directed).collect()
}

/// The COW codes that were members on a day of `year`, read from the
/// list's own CSV (`tests/data/states/cow_states.csv`): a spell whose end
/// is the list's own end, 31 December 2016, still runs.
fn cow_members(year: i32) -> BTreeSet<u16> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/states/cow_states.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = BTreeSet::new();
    for line in text.lines().skip(1).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        let n = |k: usize| f[k].parse::<i32>().unwrap();
        let start = Date::from_calendar_date(n(3), Month::try_from(n(4) as u8).unwrap(), n(5) as u8).unwrap();
        let end = Date::from_calendar_date(n(6), Month::try_from(n(7) as u8).unwrap(), n(8) as u8).unwrap();
        let open = end == Date::from_calendar_date(2016, Month::December, 31).unwrap();
        if start <= dec31(year) && (open || end >= jan1(year)) {
            out.insert(f[1].parse().unwrap());
        }
    }
    out
}

#[test]
fn dyad_years_of_2018_are_every_pair_of_the_cow_members_once() {
    let members = cow_members(2018);
    let n = members.len();
    assert!(n > 190, "{n} COW members in 2018");
    let rows = dyads(StateList::Cow, 2018..=2018, false);
    assert_eq!(rows.len(), n * (n - 1) / 2);
    let keys: BTreeSet<(u16, u16, i32)> = rows.iter().map(|r| (r.ccode1, r.ccode2, r.year)).collect();
    assert_eq!(keys.len(), rows.len(), "no duplicates");
    let expected: BTreeSet<(u16, u16, i32)> = members
        .iter()
        .flat_map(|&a| members.iter().filter(move |&&b| a < b).map(move |&b| (a, b, 2018)))
        .collect();
    assert_eq!(keys, expected, "the join on (ccode1, ccode2, year)");
    // The state-years are the members.
    let states: BTreeSet<u16> =
        Dataset::embedded().state_years(StateList::Cow, 2018..=2018).map(|s| s.ccode).collect();
    assert_eq!(states, members);
}

/// The alliance columns `relation` gives the pair on `day`: the ties in
/// effect, their kinds, their treaties' provisions.
fn alliances_on(kb: &Dataset, a: Country, b: Country, day: Date) -> Alliances {
    let r = kb.relation(a, b, day);
    let mut out = Alliances::default();
    out.ally = r.is_alliance();
    for tie in r.ties.iter().filter(|t| !t.is_suspended()) {
        match tie.kind {
            TieKind::MutualDefence => out.defense = true,
            TieKind::StateUnion => out.state_union = true,
            TieKind::IntegrationUnion => out.integration = true,
            TieKind::Friendship => out.friendship = true,
            TieKind::StrategicPartnership => out.partnership = true,
            _ => {}
        }
        // A provision binding one party, or owed to one (the Budapest
        // Memorandum's, to Ukraine), holds in the pairs that include it.
        if let Via::Treaty { treaty, .. } = &tie.via {
            for p in treaty.provisions.iter().filter(|p| p.holds_between(a, b)) {
                match p.obligation {
                    Obligation::Neutrality => out.neutral = true,
                    Obligation::NonAggression => out.nonagg = true,
                    Obligation::Consultation => out.consul = true,
                    _ => {}
                }
            }
        }
    }
    out
}

fn or(x: Alliances, y: Alliances) -> Alliances {
    let mut o = x;
    o.defense |= y.defense;
    o.neutral |= y.neutral;
    o.nonagg |= y.nonagg;
    o.consul |= y.consul;
    o.state_union |= y.state_union;
    o.integration |= y.integration;
    o.friendship |= y.friendship;
    o.partnership |= y.partnership;
    o.ally |= y.ally;
    o
}

/// The year's coverage from its first and last days, as the module docs say.
fn of_year(first: Covered<'_>, last: Covered<'_>) -> Coverage {
    match (first, last) {
        (Covered::Fully, _) => Coverage::Full,
        (_, Covered::No { .. } | Covered::Before { .. }) => Coverage::No,
        _ => Coverage::Partial,
    }
}

/// Every dyad of COW 365 in `year`: the alliance columns are the union over
/// the year's days of what `relation` says on each (both codes naming
/// their country that day), and their coverage is `alliance_coverage`'s.
fn check_russia(year: i32) -> usize {
    let kb = Dataset::embedded();
    let rows: Vec<DyadYear> = dyads(StateList::Cow, year..=year, false)
        .into_iter()
        .filter(|r| r.ccode1 == 365 || r.ccode2 == 365)
        .collect();
    assert!(rows.len() > 150, "{year}: {} dyads of 365", rows.len());
    let mut allied = 0;
    for r in &rows {
        let mut expected = Alliances::default();
        // The coverage of each pair of countries the codes name on a common
        // day, combined: full when all are, none when none is.
        let mut pairs = BTreeSet::new();
        for day in days(year) {
            let (Some(a), Some(b)) = (Country::from_cow(r.ccode1, day), Country::from_cow(r.ccode2, day))
            else {
                continue;
            };
            expected = or(expected, alliances_on(kb, a, b, day));
            pairs.insert((a, b));
        }
        let each: Vec<Coverage> = pairs
            .iter()
            .map(|&(a, b)| {
                of_year(kb.alliance_coverage(a, b, jan1(year)), kb.alliance_coverage(a, b, dec31(year)))
            })
            .collect();
        if !each.is_empty() {
            let c = if each.iter().all(|&c| c == Coverage::Full) {
                Coverage::Full
            } else if each.iter().all(|&c| c == Coverage::No) {
                Coverage::No
            } else {
                Coverage::Partial
            };
            assert_eq!(r.alliance_covered, c, "{year} {}-{}", r.ccode1, r.ccode2);
        }
        assert_eq!(r.alliances.is_some(), r.alliance_covered != Coverage::No);
        if let Some(got) = r.alliances {
            assert_eq!(got, expected, "{year} {}-{}", r.ccode1, r.ccode2);
            allied += usize::from(got.ally);
        }
    }
    allied
}

#[test]
fn russia_dyads_of_2018_agree_with_relation_on_every_day() {
    // The CSTO, the Union State, the EAEU, China, India: allies in 2018.
    assert!(check_russia(2018) >= 7);
}

#[test]
fn russia_dyads_of_2023_agree_with_relation_on_every_day() {
    assert!(check_russia(2023) >= 7);
}

#[test]
fn soviet_and_russian_dyads_of_1991_and_2024_agree_with_relation_on_every_day() {
    // 1991: the Warsaw Treaty ends on 1 July, COW 365 is the USSR to 25
    // December and Russia from 26 December. 2024: the treaty with North
    // Korea enters into force on 4 December, Armenia freezes the CSTO.
    check_russia(1991);
    check_russia(2024);
}

/// A pair's row in a year's undirected table.
fn row(year: i32, a: u16, b: u16) -> DyadYear {
    let (a, b) = (a.min(b), a.max(b));
    dyads(StateList::Cow, year..=year, false).into_iter().find(|r| (r.ccode1, r.ccode2) == (a, b)).unwrap()
}

#[test]
fn security_assurances_set_no_obligation_between_the_guarantors() {
    // The Budapest Memorandum: the United States (2), the United Kingdom
    // (200) and Russia (365) pledged non-aggression to Ukraine, not to each
    // other.
    for (a, b) in [(2, 365), (2, 200), (200, 365)] {
        assert!(!row(2018, a, b).alliances.unwrap().nonagg, "{a}-{b}");
    }
    // China and Russia's 2001 treaty does hold a non-aggression pledge.
    assert!(row(2018, 365, 710).alliances.unwrap().nonagg);
    // The pledge is owed to Ukraine (369) by each guarantor.
    for g in [2, 200, 365] {
        assert!(row(2018, g, 369).alliances.unwrap().nonagg, "{g}-369");
    }
}

#[test]
fn a_suspension_towards_one_party_cuts_that_pair_only() {
    // ANZUS: the United States (2) suspended its obligations towards New
    // Zealand (920) on 11 Aug 1986; Australia (900) stays bound to both.
    // SEATO's Manila Pact, which binds the three too, is why `defense`
    // stays set for 2–920; ANZUS's own tie is what the relation shows.
    let kb = Dataset::embedded();
    let day = Date::from_calendar_date(2000, Month::June, 1).unwrap();
    let anzus = |a, b| {
        kb.relation(a, b, day)
            .ties
            .iter()
            .find(|t| matches!(&t.via, Via::Treaty { treaty, .. } if treaty.id == "anzus-1951"))
            .map(|t| t.is_suspended())
    };
    assert_eq!(anzus(Country::US, Country::NZ), Some(true));
    assert_eq!(anzus(Country::AU, Country::NZ), Some(false));
    assert_eq!(anzus(Country::AU, Country::US), Some(false));
    // Before the suspension, no leg was cut.
    let before = Date::from_calendar_date(1985, Month::June, 1).unwrap();
    let t = kb.treaty("anzus-1951").unwrap();
    assert!(t.status_for(Country::US, Country::NZ, before).suspended().is_empty());
    assert_eq!(
        kb.treaty_status_for("anzus-1951", Country::US, Country::NZ, day).unwrap().suspended(),
        Country::US.into()
    );
    assert_eq!(t.party_status(Country::US, day).map(|s| s.is_party()), Some(true));
    assert!(row(2000, 900, 920).alliances.unwrap().defense);
}

/// A three-party consultation pact, the United States suspending towards
/// New Zealand from 1986, in a dataset of its own.
#[cfg(feature = "serde")]
const LEGS: &str = r#"{
  "name": "legs", "as_of": "2000",
  "sources": [ { "id": "s", "publisher": "Me", "title": "Notes", "url": "https://example.org/n", "quote": "q" } ],
  "coverage": [ { "facts": "treaties", "countries": ["AU", "NZ", "US"], "from": "1950", "complete": true,
                  "rule": "the pact" } ],
  "treaties": [
    { "id": "pact", "name": "A pact", "short_name": "P", "kind": "friendship",
      "parties": [ { "country": "AU", "period": { "start": "1952-01-01" } },
                   { "country": "NZ", "period": { "start": "1952-01-01" } },
                   { "country": "US", "period": { "start": "1952-01-01" } } ],
      "signed": "1952-01-01", "in_force": "1952-01-01", "term": { "rule": "unlimited" },
      "events": [ { "date": "1986-08-11", "kind": "suspended", "party": "US", "towards": "NZ",
                    "note": "n", "sources": ["s"] } ],
      "provisions": [ { "obligation": "consultation", "text": "consult", "sources": ["s"] },
                      { "obligation": "non_aggression", "binds": "AU", "towards": "NZ", "text": "no force",
                        "sources": ["s"] } ],
      "sources": ["s"], "note": "n" },
    { "id": "duo", "name": "A two-party pact", "short_name": "D", "kind": "friendship",
      "parties": [ { "country": "NZ", "period": { "start": "1952-01-01" } },
                   { "country": "US", "period": { "start": "1952-01-01" } } ],
      "signed": "1952-01-01", "in_force": "1952-01-01", "term": { "rule": "unlimited" },
      "events": [ { "date": "1986-08-11", "kind": "suspended", "party": "US", "towards": "NZ",
                    "note": "n", "sources": ["s"] },
                  { "date": "1990-01-01", "kind": "resumed", "party": "US", "note": "n", "sources": ["s"] } ],
      "provisions": [ { "obligation": "consultation", "text": "consult", "sources": ["s"] } ],
      "sources": ["s"], "note": "n" }
  ]
}"#;

#[cfg(feature = "serde")]
#[test]
fn the_tables_cut_a_suspended_leg_and_keep_a_provision_to_its_pair() {
    let kb = Dataset::from_json(LEGS).unwrap();
    let rows: Vec<DyadYear> = kb.dyad_years(StateList::Cow, 1985..=1991, false).collect();
    let get = |y: i32, a: u16, b: u16| {
        let r = rows.iter().find(|r| r.year == y && (r.ccode1, r.ccode2) == (a.min(b), a.max(b))).unwrap();
        r.alliances.unwrap()
    };
    // US (2)–NZ (920): consultation until the suspension's year, not after.
    assert!(get(1985, 2, 920).consul && get(1986, 2, 920).consul);
    assert!(!get(1987, 2, 920).consul);
    // The other legs are untouched.
    assert!(get(1987, 2, 900).consul && get(1987, 900, 920).consul);
    // AU's pledge to NZ holds between those two only.
    assert!(get(1987, 900, 920).nonagg);
    assert!(!get(1987, 2, 900).nonagg && !get(1985, 2, 920).nonagg);
    // A resumption of the party as a whole ends the suspension towards one.
    assert!(!get(1989, 2, 920).consul && get(1990, 2, 920).consul);
    // The state-years count an instrument for a state only where one of
    // its pairs is in effect: in 1987 the two-party pact counts for neither
    // the US nor New Zealand, the three-party one for both.
    let states: Vec<_> = kb.state_years(StateList::Cow, 1987..=1987).collect();
    let consul = |c: u16| states.iter().find(|r| r.ccode == c).unwrap().alliances.unwrap().consul;
    assert_eq!((consul(2), consul(920), consul(900)), (1, 1, 1));
    let before: Vec<_> = kb.state_years(StateList::Cow, 1985..=1985).collect();
    assert_eq!(before.iter().find(|r| r.ccode == 2).unwrap().alliances.unwrap().consul, 2);
    // And each row equals what `relation` says on the year's days.
    for r in rows.iter().filter(|r| [2, 900, 920].contains(&r.ccode1) && [2, 900, 920].contains(&r.ccode2)) {
        let (a, b) = (
            Country::from_cow(r.ccode1, jan1(r.year)).unwrap(),
            Country::from_cow(r.ccode2, jan1(r.year)).unwrap(),
        );
        let expected = days(r.year).map(|d| alliances_on(&kb, a, b, d)).fold(Alliances::default(), or);
        assert_eq!(r.alliances.unwrap(), expected, "{} {}-{}", r.year, r.ccode1, r.ccode2);
    }
}

#[test]
fn a_tie_in_force_on_any_day_of_the_year_counts_for_the_year() {
    // North Korea (731) and Russia (365): the 2024 treaty, in force from
    // 4 December 2024.
    assert!(!row(2023, 365, 731).alliances.unwrap().defense);
    assert!(row(2024, 365, 731).alliances.unwrap().defense);
    // Hungary (310) and the USSR: the Warsaw Treaty to 1 July 1991.
    assert!(row(1991, 310, 365).alliances.unwrap().defense);
    assert!(!row(1992, 310, 365).alliances.unwrap().defense);
    // Armenia (371) froze its CSTO participation on 22 Feb 2024: its CSTO
    // ties with Kazakhstan (705) were in effect on a day of 2024, not of 2025.
    assert!(row(2024, 371, 705).alliances.unwrap().defense);
    assert!(!row(2025, 371, 705).alliances.unwrap().defense);
    assert_eq!(row(2025, 371, 705).unions.unwrap().military, 1, "still a member in law");
}

#[test]
fn un_columns_equal_the_agreement_queries() {
    let kb = Dataset::embedded();
    for (year, a, b) in [(2018, 365, 2), (2019, 750, 365), (1960, 2, 200), (1985, 365, 310), (2010, 710, 750)]
    {
        let r = row(year, a, b);
        let (ca, cb) = (Country::from_cow(a, jan1(year)).unwrap(), Country::from_cow(b, jan1(year)).unwrap());
        let expected = unga::agreement(ca, cb, jan1(year), dec31(year));
        assert_eq!(r.un_covered, Coverage::Full);
        assert_eq!(r.un_votes(), Some(expected.compared), "{year} {a}-{b}");
        assert_eq!(r.un_agree(), expected.share(), "{year} {a}-{b}");
        assert!(expected.compared > 20);
    }
    // After the record: the dataset's General Assembly roll calls of the
    // year (never the Security Council's).
    for (a, b) in [(710, 750), (365, 2), (365, 370)] {
        let r = row(2022, a, b);
        let symbols: Vec<&str> = kb
            .resolutions()
            .iter()
            .filter(|x| x.date.year_number() == 2022 && x.organ == allegiance::Organ::GeneralAssembly)
            .map(|x| &*x.symbol)
            .collect();
        let (ca, cb) = (Country::from_cow(a, jan1(2022)).unwrap(), Country::from_cow(b, jan1(2022)).unwrap());
        let expected = kb.agreement(ca, cb, &symbols).unwrap();
        assert_eq!(r.un_covered, Coverage::Partial);
        assert_eq!((r.un_votes(), r.un_agree()), (Some(expected.compared), expected.share()), "2022 {a}-{b}");
    }
    // A state-year's roll calls voted.
    let us = kb.state_years(StateList::Cow, 2018..=2018).find(|s| s.ccode == 2).unwrap();
    assert_eq!(
        us.un_votes,
        Some(unga::agreement(Country::US, Country::US, jan1(2018), dec31(2018)).compared)
    );
}

#[test]
fn directed_is_undirected_mirrored() {
    let undirected = dyads(StateList::Gw, 2018..=2018, false);
    let directed = dyads(StateList::Gw, 2018..=2018, true);
    assert_eq!(directed.len(), 2 * undirected.len());
    let mut both: Vec<DyadYear> = undirected.iter().flat_map(|r| [*r, r.mirrored()]).collect();
    both.sort_by_key(|r| (r.year, r.ccode1, r.ccode2));
    assert_eq!(directed, both, "by the first code then the second");
}

#[test]
fn csv_has_the_header_and_a_line_per_row_with_empty_values_where_not_covered() {
    let kb = Dataset::embedded();
    let mut out = Vec::new();
    let n = kb.dyad_years(StateList::Cow, 2018..=2019, false).write_csv(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert_eq!(
        header,
        "ccode1,ccode2,year,alliance_covered,defense,neutral,nonagg,consul,state_union,integration,friendship,\
         partnership,ally,unions_covered,u_military,u_state,u_economic,u_supranational,u_regional,u_forum,\
         u_universal,un_covered,un_votes,un_agree"
    );
    assert_eq!(header, allegiance::tables::dyad_header(StateList::Cow));
    let rows = dyads(StateList::Cow, 2018..=2019, false);
    assert_eq!(n as usize, rows.len());
    assert_eq!(text.lines().count(), rows.len() + 1);
    let width = header.split(',').count();
    for (line, r) in lines.zip(&rows) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), width, "{line}");
        assert_eq!(f[..3], [r.ccode1.to_string(), r.ccode2.to_string(), r.year.to_string()]);
        assert_eq!(f[3], r.alliance_covered.as_str());
        if r.alliance_covered == Coverage::No {
            assert!(f[4..13].iter().all(|v| v.is_empty()), "{line}");
        } else {
            assert!(f[4..13].iter().all(|v| *v == "0" || *v == "1"), "{line}");
        }
        assert_eq!(f[23].parse::<f64>().ok(), r.un_agree(), "{line}");
    }
    assert!(text.contains("\n475,560,2018,none,,,,,,,,,,"), "Nigeria-South Africa: alliances not covered");
    let mut out = Vec::new();
    let n = kb.state_years(StateList::Gw, 2022..=2022).write_csv(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with(&(allegiance::tables::state_header(StateList::Gw) + "\n")));
    assert!(text.starts_with("gwcode,year,alliance_covered,"));
    assert_eq!(text.lines().count() as u64, n + 1);
    assert!(text.lines().any(|l| l.starts_with("370,2022,") && l.ends_with(",partial,assists-militarily")));
}

#[test]
fn state_years_count_what_the_dyad_years_show() {
    let kb = Dataset::embedded();
    let d = dyads(StateList::Cow, 2018..=2018, false);
    for s in kb.state_years(StateList::Cow, 2018..=2018) {
        let mine: Vec<&DyadYear> = d.iter().filter(|r| r.ccode1 == s.ccode || r.ccode2 == s.ccode).collect();
        let Some(counts) = s.alliances else {
            assert_eq!(s.alliance_covered, Coverage::No);
            continue;
        };
        let allies = mine.iter().filter(|r| r.alliances.is_some_and(|a| a.ally)).count();
        assert_eq!(usize::from(counts.allies), allies, "{}", s.ccode);
        let defended = mine.iter().any(|r| r.alliances.is_some_and(|a| a.defense));
        assert_eq!(counts.defense > 0, defended, "{}", s.ccode);
        if let Some(u) = s.unions {
            for r in &mine {
                if let Some(shared) = r.unions {
                    assert!(shared.military <= u.military && shared.universal <= u.universal);
                }
            }
        }
    }
    let ru = kb.state_years(StateList::Cow, 2018..=2018).find(|s| s.ccode == 365).unwrap();
    let a = ru.alliances.unwrap();
    // The CSTO, the Collective Security Treaty, its Charter and the 1997
    // treaty with Armenia (mutual defence); the Union State and its treaty.
    assert!(a.defense >= 4 && a.state_union == 2, "{a:?}");
    assert_eq!(ru.stance, None, "no stance before 2022");
    assert_eq!(ru.stance_covered, Coverage::No);
}

#[test]
fn every_row_of_a_year_keeps_the_coverage_discipline() {
    for r in dyads(StateList::Cow, 1991..=1991, false) {
        assert_eq!(r.alliances.is_some(), r.alliance_covered.is_covered());
        assert_eq!(r.unions.is_some(), r.unions_covered.is_covered());
        assert_eq!(r.un.is_some(), r.un_covered.is_covered());
        assert!(r.ccode1 < r.ccode2);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn a_range_of_years_is_its_years_one_after_another(
        start in 1946i32..=2026,
        len in 0i32..3,
        gw in any::<bool>(),
    ) {
        let list = if gw { StateList::Gw } else { StateList::Cow };
        let end = start + len;
        let rows = dyads(list, start..=end, false);
        let mut expected = Vec::new();
        for y in start..=end {
            let n = Dataset::embedded().state_years(list, y..=y).count();
            let year = dyads(list, y..=y, false);
            prop_assert_eq!(year.len(), n * (n - 1) / 2);
            expected.extend(year);
        }
        prop_assert_eq!(&rows, &expected);
        prop_assert!(rows.windows(2).all(|w| (w[0].year, w[0].ccode1, w[0].ccode2) < (w[1].year, w[1].ccode1, w[1].ccode2)));
        let mut csv = Vec::new();
        let n = Dataset::embedded().dyad_years(list, start..=end, false).write_csv(&mut csv).unwrap();
        prop_assert_eq!(n as usize, rows.len());
        prop_assert_eq!(csv.iter().filter(|&&b| b == b'\n').count(), rows.len() + 1);
    }
}

/// Union counts are full only where every union's own scope is complete for
/// the state: South Africa, an AU member the data does not record, gets
/// partial union counts, Nigeria (recorded) full ones, in 2020.
#[test]
fn union_counts_are_partial_where_a_unions_scope_leaves_the_state_out() {
    let kb = Dataset::embedded();
    let year: Vec<_> = kb.state_years(StateList::Cow, 2020..=2020).collect();
    let of = |c| year.iter().find(|s| s.country == Some(c)).expect("in the COW list").unions_covered;
    assert_eq!(of(Country::ZA), allegiance::tables::Coverage::Partial);
    assert_eq!(of(Country::NG), allegiance::tables::Coverage::Full);
}
