//! Every query at 1×, 10×, 100× and 1,000× the embedded dataset, next to
//! a naive scan at the same size; the time to load (`from_json`) and index
//! each size; the heap the indexes use (a counting global allocator); the
//! embedded dataset's first-query index build. Writes
//! `target/criterion/scaling.svg`, a plot of time against size.
//!
//! Run: `cargo bench --features serde,bench --bench scaling`
//! (`-- --quick` for a short run; `SCALES=1,10` to choose sizes).

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use allegiance::{Agreement, Country, Dataset, Stance, Union};
use criterion::{BenchmarkId, Criterion};
use time::macros::date;

#[path = "support/synthetic.rs"]
mod synthetic;

#[path = "support/naive.rs"]
mod naive;
use naive::{
    naive_allies, naive_countries_with_stance, naive_members, naive_relation, naive_stance, naive_vote,
};

struct Counting;

/// Bytes currently allocated.
static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: forwards every call to the system allocator; only counts bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const DAY: time::Date = date!(2022 - 03 - 01);

fn scales() -> Vec<usize> {
    std::env::var("SCALES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10, 100, 1000])
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// Load (JSON → validated dataset) and index times, and the index's heap.
fn load_and_memory(scales: &[usize]) -> String {
    let mut out = String::new();
    let _ =
        writeln!(out, "| scale | records | JSON size | from_json (median of 3) | index build | index heap |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for &s in scales {
        let facts = synthetic::facts(s, 42);
        let records = facts.memberships.len()
            + facts.treaties.len()
            + facts.stances.len()
            + facts.statements.len()
            + facts.claims.len()
            + facts.resolutions.iter().map(|r| r.votes.len()).sum::<usize>();
        let json = Dataset::from_facts(facts).expect("synthetic data is valid").to_json();
        let mut loads = Vec::new();
        let mut builds = Vec::new();
        let mut heap = 0;
        for _ in 0..3 {
            let t = Instant::now();
            let kb = Dataset::from_json(&json).expect("loads");
            loads.push(t.elapsed());
            let before = LIVE.load(Ordering::SeqCst);
            let t = Instant::now();
            kb.build_index();
            builds.push(t.elapsed());
            heap = LIVE.load(Ordering::SeqCst) - before;
        }
        let _ = writeln!(
            out,
            "| {s}× | {records} | {:.1} MB | {:.1?} | {:.1?} | {:.1} MB |",
            json.len() as f64 / 1e6,
            median(loads),
            median(builds),
            heap as f64 / 1e6
        );
    }
    // The embedded dataset's first query pays the index build once.
    let mut firsts = Vec::new();
    for _ in 0..21 {
        let kb = Dataset::from_facts(Dataset::embedded().facts().clone()).expect("valid");
        let t = Instant::now();
        black_box(kb.members(Union::Eaeu, DAY));
        firsts.push(t.elapsed());
    }
    let _ = writeln!(
        out,
        "\nEmbedded dataset, first query (index build included): median {:.1?} of 21",
        median(firsts)
    );
    out
}

fn bench_scale(c: &mut Criterion, scale: usize) {
    let kb = Dataset::from_facts(synthetic::facts(scale, 42)).expect("synthetic data is valid");
    kb.build_index();
    let mut g = c.benchmark_group(format!("scale_{scale:04}"));
    g.sample_size(20).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    let naive = |q: &str| BenchmarkId::new(format!("{q}/naive"), scale);
    let indexed = |q: &str| BenchmarkId::new(format!("{q}/indexed"), scale);

    g.bench_function(indexed("members"), |b| b.iter(|| kb.members(black_box(Union::Nato), black_box(DAY))));
    g.bench_function(naive("members"), |b| {
        b.iter(|| naive_members(&kb, black_box(Union::Nato), black_box(DAY)))
    });

    // A country with no role in the union: the scan cannot stop early.
    g.bench_function(indexed("role"), |b| {
        b.iter(|| kb.role(black_box(Country::TR), black_box(Union::Csto), DAY))
    });
    g.bench_function(naive("role"), |b| {
        b.iter(|| {
            kb.memberships()
                .iter()
                .find(|m| {
                    m.union == Union::Csto && m.country == black_box(Country::TR) && m.period.contains(DAY)
                })
                .map(|m| m.role)
        })
    });

    g.bench_function(indexed("stance"), |b| b.iter(|| kb.stance(black_box(Country::BY), black_box(DAY))));
    g.bench_function(naive("stance"), |b| {
        b.iter(|| naive_stance(&kb, black_box(Country::BY), black_box(DAY)).map(|r| r.stance))
    });

    g.bench_function(indexed("countries_with_stance"), |b| {
        b.iter(|| kb.countries_with_stance(..=black_box(Stance::Neutral), black_box(DAY)))
    });
    g.bench_function(naive("countries_with_stance"), |b| {
        b.iter(|| naive_countries_with_stance(&kb, black_box(Stance::Neutral), black_box(DAY)))
    });

    // The last resolution and the last treaty: a scan by id walks them all.
    let symbol = kb.resolutions().last().map(|r| r.symbol.to_string()).unwrap_or_default();
    g.bench_function(indexed("vote"), |b| b.iter(|| kb.vote(black_box(&symbol), black_box(Country::ZW))));
    g.bench_function(naive("vote"), |b| {
        b.iter(|| naive_vote(&kb, black_box(&symbol), black_box(Country::ZW)))
    });

    let id = kb.treaties().last().map(|t| t.id.to_string()).unwrap_or_default();
    g.bench_function(indexed("status_at"), |b| b.iter(|| kb.treaty_status(black_box(&id), black_box(DAY))));
    g.bench_function(naive("status_at"), |b| {
        b.iter(|| kb.treaties().iter().find(|t| t.id == black_box(id.as_str())).map(|t| t.status_at(DAY)))
    });

    g.bench_function(indexed("relation"), |b| {
        b.iter(|| kb.relation(black_box(Country::RU), black_box(Country::BY), DAY))
    });
    g.bench_function(naive("relation"), |b| {
        b.iter(|| naive_relation(&kb, black_box(Country::RU), black_box(Country::BY), DAY))
    });
    g.bench_function(indexed("allies"), |b| b.iter(|| kb.allies(black_box(Country::RU), black_box(DAY))));
    // A naive `allies` is a naive `relation` with each of 249 countries:
    // about 14 s a call at 1,000×, so it is timed up to 100× only.
    if scale <= 100 {
        g.bench_function(naive("allies"), |b| b.iter(|| naive_allies(&kb, black_box(Country::RU), DAY)));
    }

    let all: Vec<&str> = kb.resolutions().iter().take(200).map(|r| &*r.symbol).collect();
    g.bench_function(indexed("agreement_200"), |b| {
        b.iter(|| kb.agreement(Country::CN, Country::IN, black_box(&all)))
    });
    g.bench_function(naive("agreement_200"), |b| {
        b.iter(|| {
            let mut a = Agreement::default();
            for s in &all {
                if let (Some(x), Some(y)) = (naive_vote(&kb, s, Country::CN), naive_vote(&kb, s, Country::IN))
                    && let Some(v) = x.agreement(y)
                {
                    a.score += v;
                    a.compared += 1;
                }
            }
            a
        })
    });
    g.finish();
}

/// Reads criterion's median estimate (ns) for a benchmark id, if present.
fn estimate(group: &str, function: &str, scale: usize) -> Option<f64> {
    let path = format!("target/criterion/{group}/{}/{scale}/new/estimates.json", function.replace('/', "_"));
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["median"]["point_estimate"].as_f64()
}

/// A log–log SVG plot of median time against scale, indexed vs naive.
fn plot(scales: &[usize]) -> Option<String> {
    let queries =
        ["members", "role", "stance", "vote", "status_at", "relation", "allies", "countries_with_stance"];
    // (label, naive?, (scale, median ns) points)
    type Line = (String, bool, Vec<(usize, f64)>);
    let mut lines: Vec<Line> = Vec::new();
    for q in queries {
        for (kind, naive) in [("indexed", false), ("naive", true)] {
            let pts: Vec<(usize, f64)> = scales
                .iter()
                .filter_map(|&s| {
                    estimate(&format!("scale_{s:04}"), &format!("{q}/{kind}"), s).map(|t| (s, t))
                })
                .collect();
            if pts.len() >= 2 {
                lines.push((format!("{q} ({kind})"), naive, pts));
            }
        }
    }
    if lines.is_empty() {
        return None;
    }
    let (w, h, left, top, right, bottom) = (900.0, 560.0, 70.0, 40.0, 260.0, 50.0);
    let tmax = lines.iter().flat_map(|l| l.2.iter().map(|p| p.1)).fold(1.0_f64, f64::max).log10().ceil();
    let tmin = lines.iter().flat_map(|l| l.2.iter().map(|p| p.1)).fold(f64::MAX, f64::min).log10().floor();
    let smax = (*scales.iter().max()? as f64).log10().max(1.0);
    let x = |s: usize| left + (w - left - right) * (s as f64).log10() / smax;
    let y = |t: f64| top + (h - top - bottom) * (tmax - t.log10()) / (tmax - tmin).max(1.0);
    let colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r#"<text x="{left}" y="24" font-size="15">Median query time against dataset size (log–log): indexed (solid) vs naive scan (dashed)</text>"#
    );
    for e in (tmin as i32)..=(tmax as i32) {
        let yy = y(10f64.powi(e));
        let _ = writeln!(
            s,
            r##"<line x1="{left}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#e5e5e5"/>"##,
            w - right
        );
        let label = match e {
            ..=2 => format!("{} ns", 10f64.powi(e)),
            3..=5 => format!("{} µs", 10f64.powi(e - 3)),
            _ => format!("{} ms", 10f64.powi(e - 6)),
        };
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{label}</text>"#,
            left - 6.0,
            yy + 4.0
        );
    }
    for &sc in scales {
        let xx = x(sc);
        let _ = writeln!(
            s,
            r##"<line x1="{xx:.1}" y1="{top}" x2="{xx:.1}" y2="{:.1}" stroke="#e5e5e5"/>"##,
            h - bottom
        );
        let _ = writeln!(
            s,
            r#"<text x="{xx:.1}" y="{:.1}" text-anchor="middle">{sc}×</text>"#,
            h - bottom + 18.0
        );
    }
    let queries_seen: Vec<&str> = queries.to_vec();
    for (label, naive, pts) in &lines {
        let q = label.split(' ').next().unwrap_or("");
        let colour = colours[queries_seen.iter().position(|x| *x == q).unwrap_or(0) % colours.len()];
        let path: Vec<String> = pts.iter().map(|&(sc, t)| format!("{:.1},{:.1}", x(sc), y(t))).collect();
        let dash = if *naive { r#" stroke-dasharray="6,4""# } else { "" };
        let _ = writeln!(
            s,
            r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"#,
            path.join(" ")
        );
    }
    for (k, (label, naive, _)) in lines.iter().enumerate() {
        let q = label.split(' ').next().unwrap_or("");
        let colour = colours[queries_seen.iter().position(|x| *x == q).unwrap_or(0) % colours.len()];
        let yy = top + 16.0 * k as f64;
        let dash = if *naive { r#" stroke-dasharray="6,4""# } else { "" };
        let _ = writeln!(
            s,
            r#"<line x1="{:.1}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="{colour}" stroke-width="2"{dash}/>"#,
            w - right + 12.0,
            w - right + 40.0
        );
        let _ = writeln!(s, r#"<text x="{:.1}" y="{:.1}">{label}</text>"#, w - right + 46.0, yy + 4.0);
    }
    s.push_str("</svg>\n");
    Some(s)
}

fn main() {
    let scales = scales();
    println!("{}", load_and_memory(&scales));
    let mut c = Criterion::default().configure_from_args();
    for &s in &scales {
        bench_scale(&mut c, s);
    }
    c.final_summary();
    if let Some(svg) = plot(&scales) {
        let _ = std::fs::create_dir_all("target/criterion");
        match std::fs::write("target/criterion/scaling.svg", svg) {
            Ok(()) => println!("wrote target/criterion/scaling.svg"),
            Err(e) => eprintln!("cannot write the plot: {e}"),
        }
    }
}
