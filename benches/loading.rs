//! Loading the embedded dataset's facts from its data files
//! (`Dataset::from_files`, the generator's path and a user's) against the
//! JSON form (`Dataset::from_json`) and against checking facts already in
//! memory (`Dataset::from_facts`, validation alone), in one run; and what
//! `Dataset::embedded()` costs (the generated static tables: nothing to
//! parse).
//!
//! Run: `cargo bench --features serde,bench --bench loading`

use std::hint::black_box;

use allegiance::Dataset;
use criterion::{Criterion, criterion_group, criterion_main};

fn loading(c: &mut Criterion) {
    let kb = Dataset::embedded();
    let files = kb.to_files();
    let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = kb.to_json();
    let facts = kb.facts().clone();

    let mut g = c.benchmark_group("load_embedded_facts");
    g.bench_function("from_files", |b| {
        b.iter(|| Dataset::from_files(black_box(&files)).map(|d| d.sources().len()))
    });
    g.bench_function("from_json", |b| {
        b.iter(|| Dataset::from_json(black_box(&json)).map(|d| d.sources().len()))
    });
    g.bench_function("from_facts_validation_only", |b| {
        b.iter(|| Dataset::from_facts(black_box(facts.clone())).map(|d| d.sources().len()))
    });
    g.bench_function("embedded_static_tables", |b| b.iter(|| black_box(Dataset::embedded()).sources().len()));
    g.finish();

    // The first query on a dataset pays for its index, once.
    let mut g = c.benchmark_group("first_query");
    g.bench_function("members_with_index_build", |b| {
        b.iter_batched(
            || Dataset::from_facts(facts.clone()).expect("valid"),
            |kb| kb.members(allegiance::Union::Eaeu, time::macros::date!(2022 - 03 - 01)).len(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("index_build", |b| {
        b.iter_batched(
            || Dataset::from_facts(facts.clone()).expect("valid"),
            |kb| {
                kb.build_index();
                kb
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, loading);
criterion_main!(benches);
