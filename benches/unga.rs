//! The UN General Assembly record: one vote, agreement over a year and
//! over the whole record, each against one pass over the roll calls that
//! decodes every vote (the naive computation), in the same run.
//!
//! ```text
//! cargo bench --features bench --bench unga
//! ```

use std::hint::black_box;

use allegiance::{Agreement, Country, unga};
use criterion::{Criterion, criterion_group, criterion_main};
use time::Date;
use time::macros::date;

/// Agreement by one pass over every roll call, asking each vote by id (no
/// date index, no column reuse).
fn naive_agreement(a: Country, b: Country, from: Date, to: Date) -> Agreement {
    let mut out = Agreement::default();
    for rc in unga::roll_calls() {
        if rc.date < from || rc.date > to {
            continue;
        }
        if let (Some(x), Some(y)) = (unga::vote(rc.rcid, a), unga::vote(rc.rcid, b))
            && let Some(s) = x.agreement(y)
        {
            out.score += s;
            out.compared += 1;
        }
    }
    out
}

fn record(c: &mut Criterion) {
    let rc = unga::roll_call_by_symbol("A/RES/68/262").unwrap().rcid;
    let _ = unga::agreement(Country::IN, Country::RU, date!(2019 - 01 - 01), date!(2019 - 12 - 31));
    let mut g = c.benchmark_group("unga");
    // What the first query pays: reading both embedded files into the
    // lookups, against one pass that only splits the votes file's lines.
    g.bench_function("first query: build", |b| b.iter(unga::first_query_build));
    g.bench_function("first query: roll calls", |b| b.iter(unga::first_query_roll_calls));
    g.bench_function("first query: votes", |b| b.iter(unga::first_query_index));
    g.bench_function("first query: build/one_pass_over_lines", |b| {
        b.iter(|| include_str!("../src/data/unga/votes.txt").lines().map(str::len).sum::<usize>())
    });
    g.bench_function("vote(68/262, IN)", |b| b.iter(|| unga::vote(black_box(rc), black_box(Country::IN))));
    g.bench_function("vote(68/262, IN)/naive_scan", |b| {
        b.iter(|| {
            let k = unga::roll_calls().iter().position(|r| r.rcid == black_box(rc))?;
            unga::vote(unga::roll_calls()[k].rcid, black_box(Country::IN))
        })
    });
    let (y0, y1) = (date!(2019 - 01 - 01), date!(2019 - 12 - 31));
    g.bench_function("agreement(IN, RU, 2019)", |b| {
        b.iter(|| unga::agreement(black_box(Country::IN), black_box(Country::RU), y0, y1))
    });
    g.bench_function("agreement(IN, RU, 2019)/naive_pass", |b| {
        b.iter(|| naive_agreement(black_box(Country::IN), black_box(Country::RU), y0, y1))
    });
    let (a0, a1) = (date!(1946 - 01 - 01), date!(2020 - 12 - 31));
    g.bench_function("agreement(US, GB, all)", |b| {
        b.iter(|| unga::agreement(black_box(Country::US), black_box(Country::GB), a0, a1))
    });
    g.bench_function("agreement(US, GB, all)/naive_pass", |b| {
        b.iter(|| naive_agreement(black_box(Country::US), black_box(Country::GB), a0, a1))
    });
    g.bench_function("aligned_with(RU, 2019)", |b| {
        b.iter(|| unga::aligned_with(black_box(Country::RU), y0, y1, 10))
    });
    g.bench_function("aligned_with(RU, 2019)/naive_pass", |b| {
        b.iter(|| {
            let mut v: Vec<(Country, Agreement)> = Country::iter()
                .filter(|&c| c != Country::RU)
                .map(|c| (c, naive_agreement(Country::RU, c, y0, y1)))
                .filter(|(_, a)| a.compared >= 10)
                .collect();
            v.sort_by(|x, y| y.1.share().unwrap_or(0.0).total_cmp(&x.1.share().unwrap_or(0.0)));
            v
        })
    });
    g.bench_function("agreement_matrix(2019)", |b| {
        b.iter(|| unga::agreement_matrix(black_box(y0), black_box(y1)))
    });
    // One pass over the year's roll calls, adding every pair that voted on
    // each into a table of all pairs.
    g.bench_function("agreement_matrix(2019)/naive_pass", |b| {
        b.iter(|| {
            let n = Country::COUNT;
            let mut table = vec![(0.0f64, 0u32); n * n];
            for rc in unga::roll_calls().iter().filter(|r| r.date >= black_box(y0) && r.date <= black_box(y1))
            {
                let votes: Vec<(usize, allegiance::Vote)> =
                    Country::iter().filter_map(|c| unga::vote(rc.rcid, c).map(|v| (c as usize, v))).collect();
                for &(i, x) in &votes {
                    for &(j, y) in &votes {
                        if let Some(s) = x.agreement(y) {
                            table[i * n + j].0 += s;
                            table[i * n + j].1 += 1;
                        }
                    }
                }
            }
            table
        })
    });
    g.finish();
}

criterion_group!(benches, record);
criterion_main!(benches);
