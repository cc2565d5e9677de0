//! The hot path allocates nothing: a counting global allocator around
//! `members`, `role`, `stance`, `vote`, `status_at`, `treaty_status` and
//! `Country` parsing, after the index is built; `relation`, `allies` and
//! `ties` allocate their answer and nothing else.
//!
//! One test function, so no other test thread allocates while it counts.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use allegiance::{Country, Dataset, Stance, Union};
use time::macros::date;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `f` makes.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    f();
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

#[test]
fn hot_path_queries_do_not_allocate() {
    let kb = Dataset::embedded();
    assert!(allocations(|| kb.build_index()) > 0, "the counter counts");
    let pact = kb.treaty("cn-ru-2001").unwrap();
    let days = [date!(1999 - 01 - 01), date!(2022 - 03 - 01), date!(2026 - 11 - 28), date!(2040 - 01 - 01)];

    let checks: [(&str, &dyn Fn()); 11] = [
        ("members", &|| {
            for d in days {
                for u in Union::iter() {
                    black_box(kb.members(u, d));
                }
            }
        }),
        ("role", &|| {
            for d in days {
                for c in [Country::AM, Country::UZ, Country::TR, Country::AQ] {
                    black_box(kb.role(c, Union::Csto, d));
                }
            }
        }),
        ("stance", &|| {
            for d in days {
                for c in [Country::BY, Country::SY, Country::KP, Country::FR] {
                    black_box(kb.stance(c, d));
                }
            }
        }),
        ("countries_with_stance", &|| {
            for d in days {
                black_box(kb.countries_with_stance(..=Stance::Neutral, d));
            }
        }),
        ("vote", &|| {
            for c in [Country::IN, Country::BY, Country::TW] {
                black_box(kb.vote("A/RES/ES-11/1", c));
                black_box(kb.vote("A/RES/ES-11/4", c));
            }
        }),
        ("status_at", &|| {
            for d in days {
                black_box(pact.status_at(d));
                for t in kb.treaties() {
                    black_box(t.status_at(d));
                }
            }
        }),
        ("treaty_status", &|| {
            for d in days {
                black_box(kb.treaty_status("cn-ru-2001", d));
                black_box(kb.treaty_status("new-start", d));
                black_box(kb.treaty_status(&pact.id, d));
            }
        }),
        ("treaty", &|| {
            black_box(kb.treaty("kp-ru-2024"));
        }),
        ("Country::from_str", &|| {
            for s in [
                "RU",
                "rus",
                "643",
                "Russian Federation",
                "Türkiye",
                "  turkey ",
                "Côte d'Ivoire",
                "Co\u{302}te d'Ivoire",
                "DPRK",
                "UK",
                "The Gambia",
            ] {
                black_box(s.parse::<Country>().unwrap());
            }
        }),
        ("Country codes", &|| {
            black_box(Country::from_alpha2("RU").ok());
            black_box(Country::from_alpha3("RUS").ok());
            black_box(Country::from_numeric(643));
            black_box(Country::from_name("Russia").ok());
        }),
        ("treaties_between", &|| {
            black_box(kb.treaties_between(Country::CN, Country::RU).count());
        }),
    ];
    let mut failures = Vec::new();
    for (name, f) in checks {
        let n = allocations(f);
        if n != 0 {
            failures.push(format!("{name}: {n} allocations"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");

    // `relation`, `allies` and `ties` allocate their answer only: the
    // relation's list of ties, and the allies' entries and their ties
    // (two buffers). Every country, on days across the record.
    // The first relation builds the embedded UN record's index, once.
    black_box(kb.relation(Country::RU, Country::US, date!(2020 - 01 - 01)));
    let mut failures = Vec::new();
    for d in [date!(1950 - 06 - 25), date!(1985 - 01 - 01), date!(2022 - 03 - 01), date!(2026 - 11 - 28)] {
        for c in Country::iter() {
            let n = allocations(|| {
                black_box(kb.relation(c, Country::US, d));
            });
            if n > 1 {
                failures.push(format!("relation({c}, US, {d}): {n} allocations"));
            }
            for (name, alliance_only) in [("allies", true), ("ties", false)] {
                let n = allocations(|| {
                    if alliance_only {
                        black_box(kb.allies(c, d));
                    } else {
                        black_box(kb.ties(c, d));
                    }
                });
                if n > 2 {
                    failures.push(format!("{name}({c}, {d}): {n} allocations"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} calls allocate beyond their answer: {failures:#?}", failures.len());
}
