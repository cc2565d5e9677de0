//! The research tables: the undirected COW dyad-years of one year and of
//! 1946 to the as-of year, against the naive table a user would build from
//! the public queries for one year (each member's `ties` on every day of
//! the year, then per pair `alliance_coverage`, `covers` and
//! `unga::agreement`), in the same run.
//!
//! ```text
//! cargo bench --features bench --bench tables
//! ```

use std::hint::black_box;

use std::collections::HashMap;

use allegiance::{Country, CountrySet, Dataset, FactKind, Obligation, StateList, Via, unga};
use criterion::{Criterion, criterion_group, criterion_main};
use time::Date;

/// One year's dyad-years the naive way, through the public queries: on
/// each day of the year, each member's ties (`Dataset::ties`, which holds
/// every tie with its treaty and provisions), then per pair its alliance
/// coverage, its memberships' coverage and `unga::agreement`. Returns a
/// checksum of the values.
fn naive_year(kb: &Dataset, year: i32) -> u64 {
    let first = Date::from_ordinal_date(year, 1).unwrap();
    let last = Date::from_ordinal_date(year + 1, 1).unwrap().previous_day().unwrap();
    let days: Vec<Date> =
        core::iter::successors(Some(first), |d| d.next_day().filter(|&n| n <= last)).collect();
    // The members on some day of the year (by country; the table proper
    // works by code).
    let mut members = CountrySet::EMPTY;
    for &d in &days {
        members |= StateList::Cow.members(d);
    }
    let mut bits: HashMap<(Country, Country), u16> = HashMap::new();
    for &d in &days {
        for c in members.iter() {
            for other in kb.ties(c, d).into_iter().filter(|o| o.country > c && members.contains(o.country)) {
                let mut b = 0u16;
                for t in other.ties.iter().filter(|t| !t.is_suspended()) {
                    b |= 1 << (t.kind as u16);
                    if let Via::Treaty { treaty, .. } = &t.via {
                        for p in treaty.provisions.iter() {
                            b |= match p.obligation {
                                Obligation::Neutrality => 1 << 12,
                                Obligation::NonAggression => 1 << 13,
                                Obligation::Consultation => 1 << 14,
                                _ => 0,
                            };
                        }
                    }
                }
                if other.is_alliance() {
                    b |= 1 << 15;
                }
                *bits.entry((c, other.country)).or_default() |= b;
            }
        }
    }
    let list: Vec<Country> = members.iter().collect();
    let mut sum = 0u64;
    for (k, &a) in list.iter().enumerate() {
        for &b in &list[k + 1..] {
            let covered =
                kb.alliance_coverage(a, b, first).is_full() || kb.alliance_coverage(a, b, last).is_full();
            let unions = kb.covers(FactKind::Memberships, a, first).is_full();
            let un = unga::agreement(a, b, first, last);
            let alliances = bits.get(&(a, b)).copied().unwrap_or(0);
            sum += u64::from(alliances.count_ones())
                + u64::from(un.compared)
                + u64::from(covered)
                + u64::from(unions);
        }
    }
    sum
}

fn tables(c: &mut Criterion) {
    let kb = Dataset::embedded();
    kb.build_index();
    let as_of = kb.as_of().first_day().year();
    let mut g = c.benchmark_group("tables");
    g.sample_size(10);
    g.bench_function("dyad_years(COW, 2018)", |b| {
        b.iter(|| kb.dyad_years(StateList::Cow, black_box(2018)..=2018, false).count())
    });
    g.bench_function("dyad_years(COW, 2018)/naive_public_queries", |b| {
        b.iter(|| naive_year(kb, black_box(2018)))
    });
    g.bench_function("dyad_years(COW, 1946..=as_of)", |b| {
        b.iter(|| kb.dyad_years(StateList::Cow, black_box(1946)..=as_of, false).count())
    });
    g.bench_function("dyad_years(COW, 1946..=as_of) as CSV", |b| {
        b.iter(|| kb.dyad_years(StateList::Cow, black_box(1946)..=as_of, false).write_csv(std::io::sink()))
    });
    g.bench_function("state_years(COW, 1946..=as_of)", |b| {
        b.iter(|| kb.state_years(StateList::Cow, black_box(1946)..=as_of).count())
    });
    g.finish();
}

criterion_group!(benches, tables);
criterion_main!(benches);
