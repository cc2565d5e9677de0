//! Membership and treaty queries against a naive scan of every record,
//! timed on the same inputs in one run.
//!
//! Run: `cargo bench --features bench --bench queries`

use std::hint::black_box;

use allegiance::{Agreement, Country, CountrySet, Dataset, Stance, Union};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support/naive.rs"]
mod naive;
use naive::{
    naive_allies, naive_countries_with_stance, naive_members, naive_relation, naive_role, naive_stance,
    naive_vote, one_pass_allies, one_pass_allies_of_all, one_pass_countries_with_stance,
};
use time::macros::date;

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

    // Every country's role in one union: the average case, not one lucky
    // early hit of the scan.
    let mut g = c.benchmark_group("role_every_country");
    g.bench_function("indexed", |b| {
        b.iter(|| Country::iter().filter_map(|c| kb.role(c, black_box(Union::Csto), black_box(d))).count())
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| {
            Country::iter().filter_map(|c| naive_role(kb, c, black_box(Union::Csto), black_box(d))).count()
        })
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
    g.bench_function("indexed_treaty_status", |b| {
        b.iter(|| kb.treaty_status(black_box("cn-ru-2001"), black_box(date!(2026 - 11 - 28))))
    });
    g.bench_function("treaty_lookup_by_id", |b| b.iter(|| kb.treaty(black_box("cn-ru-2001"))));
    // By id, for the last treaty of the table: indexed vs a scan.
    g.bench_function("last_by_id/indexed", |b| {
        b.iter(|| kb.treaty_status(black_box("tj-ru-1992"), black_box(date!(2026 - 11 - 28))))
    });
    g.bench_function("last_by_id/naive_scan", |b| {
        b.iter(|| {
            kb.treaties()
                .iter()
                .find(|t| t.id == black_box("tj-ru-1992"))
                .map(|t| t.status_at(black_box(date!(2026 - 11 - 28))))
        })
    });
    g.finish();

    // What binds two parties of a multilateral treaty (Armenia suspended):
    // the baseline is the treaty-wide status from the index, as before.
    let cst = kb.treaty("cst-1992").expect("the 1992 treaty");
    let day = date!(2024 - 03 - 01);
    let pair = CountrySet::from([Country::RU, Country::AM]);
    let mut g = c.benchmark_group("status_for");
    #[allow(deprecated)]
    g.bench_function("baseline/status_of", |b| b.iter(|| kb.status_of(black_box(cst), black_box(day))));
    #[allow(deprecated)]
    g.bench_function("pairwise_tie_status", |b| {
        b.iter(|| kb.status_of(black_box(cst), black_box(day)).restricted_to(black_box(pair)))
    });
    g.bench_function("baseline/treaty_status_by_id", |b| {
        b.iter(|| kb.treaty_status(black_box("cst-1992"), black_box(day)))
    });
    g.bench_function("treaty_status_for_by_id", |b| {
        b.iter(|| {
            kb.treaty_status_for(black_box("cst-1992"), black_box(Country::RU), black_box(Country::AM), day)
        })
    });
    g.bench_function("baseline/record_status_at", |b| b.iter(|| black_box(cst).status_at(black_box(day))));
    g.bench_function("record_status_for", |b| {
        b.iter(|| black_box(cst).status_for(black_box(Country::RU), black_box(Country::AM), black_box(day)))
    });
    g.finish();
}

fn stances_and_votes(c: &mut Criterion) {
    let kb = Dataset::embedded();
    kb.build_index();
    let d = date!(2022 - 03 - 01);

    let mut g = c.benchmark_group("stance");
    g.bench_function("indexed", |b| b.iter(|| kb.stance(black_box(Country::KP), black_box(d))));
    g.bench_function("naive_scan", |b| b.iter(|| naive_stance(kb, black_box(Country::KP), black_box(d))));
    g.finish();

    let mut g = c.benchmark_group("vote");
    g.bench_function("indexed", |b| b.iter(|| kb.vote(black_box("A/RES/ES-11/6"), black_box(Country::ZW))));
    g.bench_function("naive_scan", |b| {
        b.iter(|| naive_vote(kb, black_box("A/RES/ES-11/6"), black_box(Country::ZW)))
    });
    g.finish();

    let mut g = c.benchmark_group("countries_with_stance");
    g.bench_function("indexed", |b| {
        b.iter(|| kb.countries_with_stance(..=black_box(Stance::Neutral), black_box(d)))
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| naive_countries_with_stance(kb, black_box(Stance::Neutral), black_box(d)))
    });
    g.bench_function("one_pass", |b| {
        b.iter(|| one_pass_countries_with_stance(kb, black_box(Stance::Neutral), black_box(d)))
    });
    g.finish();

    let all: Vec<&str> = kb.resolutions().iter().map(|r| &*r.symbol).collect();
    let mut g = c.benchmark_group("agreement");
    g.bench_function("indexed", |b| {
        b.iter(|| kb.agreement(black_box(Country::CN), black_box(Country::IN), &all))
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| {
            let mut a = Agreement::default();
            for s in &all {
                let (x, y) =
                    (naive_vote(kb, s, black_box(Country::CN)), naive_vote(kb, s, black_box(Country::IN)));
                if let (Some(x), Some(y)) = (x, y)
                    && let Some(score) = x.agreement(y)
                {
                    a.score += score;
                    a.compared += 1;
                }
            }
            a
        })
    });
    g.finish();
}

fn allies(c: &mut Criterion) {
    let kb = Dataset::embedded();
    kb.build_index();
    let d = date!(2022 - 03 - 01);

    let mut g = c.benchmark_group("relation");
    g.bench_function("indexed", |b| {
        b.iter(|| kb.relation(black_box(Country::RU), black_box(Country::BY), black_box(d)))
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| naive_relation(kb, black_box(Country::RU), black_box(Country::BY), black_box(d)))
    });
    g.finish();

    let mut g = c.benchmark_group("allies");
    g.bench_function("indexed", |b| b.iter(|| kb.allies(black_box(Country::RU), black_box(d))));
    g.bench_function("naive_scan", |b| b.iter(|| naive_allies(kb, black_box(Country::RU), black_box(d))));
    g.finish();

    // Issue 16's targets, with the world's alliances loaded: the
    // best-connected country (the United States: NATO, the Rio Treaty,
    // ANZUS, the Manila Pact, its Pacific treaties, Ukraine's agreement),
    // a NATO pair, and every state on one day, each against one pass over
    // the records.
    let today = date!(2026 - 11 - 28);
    // The baselines compute the same answer (the allies as a set).
    let set = |x: Country| -> CountrySet {
        kb.allies(x, today).iter().filter(|a| a.is_alliance()).map(|a| a.country).collect()
    };
    assert_eq!(one_pass_allies(kb, Country::US, today), set(Country::US));
    assert_eq!(one_pass_allies(kb, Country::FR, today), set(Country::FR));
    let all = one_pass_allies_of_all(kb, today);
    for x in Country::iter() {
        assert_eq!(all[x as usize], set(x), "{x:?}");
    }
    let mut g = c.benchmark_group("allies_best_connected");
    g.bench_function("indexed", |b| b.iter(|| kb.allies(black_box(Country::US), black_box(today))));
    g.bench_function("one_pass", |b| {
        b.iter(|| one_pass_allies(kb, black_box(Country::US), black_box(today)))
    });
    // France: fewer allies than the United States, but the most ties
    // (NATO, the EU and Art. 42(7), its bilateral treaties).
    g.bench_function("indexed_fr", |b| b.iter(|| kb.allies(black_box(Country::FR), black_box(today))));
    g.bench_function("one_pass_fr", |b| {
        b.iter(|| one_pass_allies(kb, black_box(Country::FR), black_box(today)))
    });
    g.finish();

    let mut g = c.benchmark_group("relation_nato_pair");
    g.bench_function("indexed", |b| {
        b.iter(|| kb.relation(black_box(Country::US), black_box(Country::GB), black_box(today)))
    });
    g.bench_function("naive_scan", |b| {
        b.iter(|| naive_relation(kb, black_box(Country::US), black_box(Country::GB), black_box(today)))
    });
    g.finish();

    let mut g = c.benchmark_group("allies_every_state");
    g.sample_size(20);
    g.bench_function("indexed", |b| {
        b.iter(|| Country::iter().map(|x| kb.allies(x, black_box(today)).len()).sum::<usize>())
    });
    g.bench_function("one_pass", |b| b.iter(|| one_pass_allies_of_all(kb, black_box(today))));
    g.finish();
}

criterion_group!(benches, memberships, treaties, stances_and_votes, allies);
criterion_main!(benches);
