//! Country lookups: `allegiance` against a hand-written baseline and two
//! peer crates (`celes`, `rust_iso3166`), timing the same inputs in one run.
//!
//! Run: `cargo bench --features bench --bench lookups`

use std::hint::black_box;

use allegiance::Country;
use criterion::{Criterion, criterion_group, criterion_main};

/// The baseline: a hand-written `match` on upper-case alpha-2 codes (a
/// handful of arms; the real table would have 250).
fn baseline_alpha2(s: &str) -> Option<Country> {
    match s {
        "RU" => Some(Country::RU),
        "BY" => Some(Country::BY),
        "CN" => Some(Country::CN),
        "IN" => Some(Country::IN),
        "US" => Some(Country::US),
        "ZW" => Some(Country::ZW),
        _ => None,
    }
}

fn parse(c: &mut Criterion) {
    let cases: &[(&str, &str)] = &[
        ("alpha2_upper", "RU"),
        ("alpha2_lower", "ru"),
        ("alpha3", "RUS"),
        ("numeric", "643"),
        ("name", "Russian Federation"),
        ("alias", "Burma"),
        // Not plain ASCII: the general normalizer (diacritic, apostrophe).
        ("name_general", "Côte d'Ivoire"),
        // The same in NFD ("o" + U+0302, as macOS file names write it): the
        // general normalizer skips the combining mark.
        ("name_nfd", "Co\u{302}te d'Ivoire"),
        ("miss", "Narnia"),
    ];
    for &(label, input) in cases {
        let mut g = c.benchmark_group(format!("parse/{label}"));
        g.bench_function("allegiance", |b| b.iter(|| Country::parse(black_box(input)).ok()));
        g.bench_function("celes", |b| b.iter(|| black_box(input).parse::<celes::Country>().ok()));
        match label {
            "alpha2_upper" | "alpha2_lower" => {
                g.bench_function("rust_iso3166", |b| b.iter(|| rust_iso3166::from_alpha2(black_box(input))));
            }
            "alpha3" => {
                g.bench_function("rust_iso3166", |b| b.iter(|| rust_iso3166::from_alpha3(black_box(input))));
            }
            "numeric" => {
                g.bench_function("rust_iso3166", |b| {
                    b.iter(|| rust_iso3166::from_numeric_str(black_box(input)))
                });
            }
            _ => {}
        }
        if label == "alpha2_upper" {
            g.bench_function("baseline_match", |b| b.iter(|| baseline_alpha2(black_box(input))));
        }
        g.finish();
    }
}

fn accessors(c: &mut Criterion) {
    let mut g = c.benchmark_group("name");
    g.bench_function("allegiance", |b| b.iter(|| black_box(Country::RU).name()));
    let ru = celes::Country::the_russian_federation();
    g.bench_function("celes", |b| b.iter(|| black_box(&ru).long_name));
    g.finish();

    let mut g = c.benchmark_group("iterate_all");
    g.bench_function("allegiance", |b| b.iter(|| Country::iter().map(|c| c.numeric() as u32).sum::<u32>()));
    g.bench_function("celes", |b| {
        b.iter(|| celes::Country::get_countries().iter().map(|c| c.value as u32).sum::<u32>())
    });
    g.bench_function("rust_iso3166", |b| {
        b.iter(|| rust_iso3166::ALL.iter().map(|c| c.numeric as u32).sum::<u32>())
    });
    g.finish();
}

/// State-system codes on a day, against one pass over the list's spells.
fn state_codes(c: &mut Criterion) {
    use allegiance::StateList;
    let day = time::macros::date!(1980 - 01 - 01);
    // Warm the lazily built per-country and per-day tables.
    let _ = (Country::DE.cow_code(day), StateList::Cow.members(day));
    let mut g = c.benchmark_group("state_codes");
    g.bench_function("cow_code(DE, 1980)/indexed", |b| {
        b.iter(|| black_box(Country::DE).cow_code(black_box(day)))
    });
    g.bench_function("cow_code(DE, 1980)/naive_scan", |b| {
        b.iter(|| {
            StateList::Cow
                .spells()
                .iter()
                .find(|s| s.country_on(black_box(day)) == Some(black_box(Country::DE)))
                .map(|s| s.code)
        })
    });
    // A code that names three countries over time (365: Russia, the USSR,
    // Russia): the lookup scans the spans of one code.
    g.bench_function("from_cow(365, 1980)/indexed", |b| {
        b.iter(|| Country::from_cow(black_box(365), black_box(day)))
    });
    g.bench_function("from_cow(365, 1980)/naive_scan", |b| {
        b.iter(|| {
            StateList::Cow
                .spells()
                .iter()
                .find(|s| s.code == black_box(365) && s.contains(black_box(day)))
                .and_then(|s| s.country_on(day))
        })
    });
    g.bench_function("from_cow(260, 1980)/indexed", |b| {
        b.iter(|| Country::from_cow(black_box(260), black_box(day)))
    });
    g.bench_function("from_cow(260, 1980)/naive_scan", |b| {
        b.iter(|| {
            StateList::Cow
                .spells()
                .iter()
                .find(|s| s.code == black_box(260) && s.contains(black_box(day)))
                .and_then(|s| s.country_on(day))
        })
    });
    g.bench_function("members(COW, 1980)/indexed", |b| b.iter(|| StateList::Cow.members(black_box(day))));
    g.bench_function("members(COW, 1980)/naive_scan", |b| {
        b.iter(|| {
            StateList::Cow
                .spells_on(black_box(day))
                .filter_map(|s| s.country_on(day))
                .collect::<allegiance::CountrySet>()
        })
    });
    g.finish();
}

criterion_group!(benches, parse, accessors, state_codes);
criterion_main!(benches);
