//! Membership and treaty queries against a naive scan of every record,
//! timed on the same inputs in one run.
//!
//! Run: `cargo bench --bench queries`

use std::hint::black_box;

use allegiance::{Country, CountrySet, Dataset, Role, Union};
use criterion::{Criterion, criterion_group, criterion_main};
use time::macros::date;

fn naive_members(kb: &Dataset, u: Union, d: time::Date) -> CountrySet {
    kb.memberships()
        .iter()
        .filter(|m| m.union == u && m.role.is_member() && m.period.contains(d))
        .map(|m| m.country)
        .collect()
}

fn naive_role(kb: &Dataset, c: Country, u: Union, d: time::Date) -> Option<Role> {
    kb.memberships().iter().find(|m| m.union == u && m.country == c && m.period.contains(d)).map(|m| m.role)
}

fn memberships(c: &mut Criterion) {
    let kb = Dataset::embedded();
    kb.build_index();
    let d = date!(2022 - 03 - 01);

    let mut g = c.benchmark_group("members");
    g.bench_function("indexed", |b| b.iter(|| kb.members(black_box(Union::Nato), black_box(d))));
    g.bench_function("naive_scan", |b| b.iter(|| naive_members(kb, black_box(Union::Nato), black_box(d))));
    g.finish();

    let mut g = c.benchmark_group("role");
    g.bench_function("indexed", |b| {
        b.iter(|| kb.role(black_box(Country::AM), black_box(Union::Csto), black_box(d)))
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| naive_role(kb, black_box(Country::AM), black_box(Union::Csto), black_box(d)))
    });
    g.finish();

    let mut g = c.benchmark_group("unions_of");
    g.bench_function("indexed", |b| b.iter(|| kb.unions_of(black_box(Country::AM), black_box(d)).count()));
    g.bench_function("naive_scan", |b| {
        b.iter(|| {
            Union::iter().filter_map(|u| naive_role(kb, black_box(Country::AM), u, black_box(d))).count()
        })
    });
    g.finish();
}

fn treaties(c: &mut Criterion) {
    let kb = Dataset::embedded();
    kb.build_index();
    let d = date!(2022 - 03 - 01);
    let pact = kb.treaty("cn-ru-2001").unwrap();

    let mut g = c.benchmark_group("treaties_between_first");
    g.bench_function("indexed", |b| {
        b.iter(|| kb.treaties_between(black_box(Country::CN), black_box(Country::RU)).next())
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| {
            kb.treaties().iter().find(|t| {
                let p = t.all_parties();
                p.contains(black_box(Country::CN)) && p.contains(black_box(Country::RU))
            })
        })
    });
    g.finish();

    let mut g = c.benchmark_group("treaties_of");
    g.bench_function("indexed", |b| b.iter(|| kb.treaties_of(black_box(Country::RU), black_box(d)).count()));
    g.bench_function("naive_scan", |b| {
        b.iter(|| {
            kb.treaties()
                .iter()
                .filter(|t| t.parties_at(black_box(d)).contains(black_box(Country::RU)) && t.is_in_force(d))
                .count()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("status_at");
    g.bench_function("cn-ru-2001", |b| {
        b.iter(|| black_box(pact).status_at(black_box(date!(2026 - 11 - 28))))
    });
    g.bench_function("treaty_lookup_by_id", |b| b.iter(|| kb.treaty(black_box("cn-ru-2001"))));
    g.finish();
}

criterion_group!(benches, memberships, treaties);
criterion_main!(benches);
