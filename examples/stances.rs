//! Where the countries the seed article discusses stood on Russia's
//! invasion of Ukraine: the stance on a day, who assessed it, the words
//! quoted, and the country's vote on UN General Assembly resolution
//! ES-11/1 (2 March 2022).
//!
//! ```text
//! cargo run --example stances -- [--all] [DATE]
//! ```
//!
//! `--all` lists every UN member state instead; `DATE` is `YYYY-MM-DD`,
//! `YYYY-MM` or `YYYY` (default: today). A bad date prints the parse error
//! and exits with code 2.

use std::process::ExitCode;

use allegiance::{Country, CountrySet, Dataset, PartialDate, SEED, UnStatus};

const ES_11_1: &str = "A/RES/ES-11/1";

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let mut all = false;
    let mut day = time::OffsetDateTime::now_utc().date();
    for arg in std::env::args().skip(1) {
        if arg == "--all" {
            all = true;
            continue;
        }
        match arg.parse::<PartialDate>() {
            Ok(d) => day = d.first_day(),
            Err(e) => {
                eprintln!("error: {e}");
                eprintln!("usage: stances [--all] [DATE]");
                return ExitCode::from(2);
            }
        }
    }

    // The countries the seed discusses: the subjects of its claims and the
    // countries its quotations come from or are about.
    let seed_countries: CountrySet = Country::iter()
        .filter(|&c| {
            kb.claims(c).any(|x| x.sources.contains(&SEED))
                || kb.statements(c).any(|s| s.sources.first() == Some(&SEED))
        })
        .collect();
    let mut countries: Vec<Country> = if all {
        Country::iter().filter(|c| c.un_status() == UnStatus::Member).collect()
    } else {
        seed_countries.iter().collect()
    };
    countries.sort_by_key(|c| c.name());

    println!("Stances on Russia's invasion of Ukraine on {}", PartialDate::from(day));
    if day > kb.as_of().first_day() {
        println!("(after the dataset's as-of date, {}: answers use the latest known facts)", kb.as_of());
    }
    println!("\n{:<16} {:<22} {:<14} assessed by", "country", "stance", "ES-11/1 vote");
    for c in countries {
        let stance = kb.stance(c, day);
        let vote = kb.vote(ES_11_1, c).map_or_else(|| "-".to_owned(), |v| v.to_string());
        match stance {
            Some(s) => println!(
                "{:<16} {:<22} {:<14} {} (since {})",
                c.name(),
                s.stance,
                vote,
                s.assessed_by,
                s.since
            ),
            None => {
                // No record: say whether that is a gap in the data.
                let why = match kb.covers(allegiance::FactKind::Stances, c, day) {
                    allegiance::Covered::No { .. } => "(not covered)",
                    allegiance::Covered::Before { .. } => "(before coverage)",
                    _ => "(no stance found)",
                };
                println!("{:<16} {:<22} {:<14}", c.name(), why, vote)
            }
        }
        // The seed's quotation for this country if there is one, else the
        // latest statement on or before the day.
        let quote = kb
            .statements(c)
            .filter(|s| s.date.first_day() <= day)
            .find(|s| s.sources.first() == Some(&SEED))
            .or_else(|| kb.statements(c).filter(|s| s.date.first_day() <= day).last());
        if let Some(s) = quote {
            println!("    \u{201c}{}\u{201d}", s.words);
            println!("    — {}, {}, {}", s.speaker, s.office, s.date);
        }
    }
    ExitCode::SUCCESS
}
