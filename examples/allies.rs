//! Russia's allies (or any country's) on a day, each with its ties and
//! numbered sources, then the countries with ties that do not make an ally.
//!
//! ```text
//! cargo run --example allies -- [COUNTRY] [DATE]
//! ```
//!
//! `COUNTRY` is any code or name (default: Russia); `DATE` is `YYYY-MM-DD`,
//! `YYYY-MM` or `YYYY` (default: today). A bad argument prints the parse
//! error and exits with code 2.

use std::process::ExitCode;

use allegiance::{Country, Covered, Dataset, PartialDate, Tie};

/// Numbers each source the first time it is cited. Two source ids that
/// print the same citation (two passages of one page) share a number.
struct Notes<'d> {
    kb: &'d Dataset,
    cited: Vec<String>,
}

impl<'d> Notes<'d> {
    fn refs(&mut self, tie: &Tie<'d>) -> String {
        let mut out: Vec<usize> = Vec::new();
        for id in tie.sources() {
            let citation = self.kb.source(id).map_or_else(|| id.to_string(), ToString::to_string);
            let n = match self.cited.iter().position(|c| *c == citation) {
                Some(k) => k + 1,
                None => {
                    self.cited.push(citation);
                    self.cited.len()
                }
            };
            if !out.contains(&n) {
                out.push(n);
            }
        }
        let mut out: Vec<String> = out.iter().map(ToString::to_string).collect();
        if out.len() > 4 {
            let more = out.len() - 3;
            out.truncate(3);
            out.push(format!("+{more}"));
        }
        format!("[{}]", out.join(","))
    }
}

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let mut args = std::env::args().skip(1);
    let country = match args.next().map(|a| a.parse::<Country>()).transpose() {
        Ok(c) => c.unwrap_or(Country::RU),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let day = match args.next().map(|a| a.parse::<PartialDate>()).transpose() {
        Ok(Some(d)) => d.first_day(),
        Ok(None) => time::OffsetDateTime::now_utc().date(),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "Allies of {} ({} / {} / {:03}) on {}",
        country,
        country.alpha2(),
        country.alpha3(),
        country.numeric(),
        PartialDate::from(day)
    );
    if day > kb.as_of().first_day() {
        println!("(after the dataset's as-of date, {}: answers use the latest known facts)", kb.as_of());
    }
    // What the answer rests on: an empty list means "none" only when the
    // data covers this country's alliances completely.
    let coverage = kb.allies_coverage(country, day);
    match coverage {
        Covered::Fully => println!("Coverage: complete for this country's alliances"),
        Covered::Partly { scope } => {
            println!("Coverage: in part. Unions complete; treaties: {}", scope.rule)
        }
        other => println!("Coverage: {other}"),
    }
    if let Some(s) = kb.stance(country, day) {
        println!("Stance on the invasion of Ukraine: {} (assessed by {})", s.stance, s.assessed_by);
    }
    let mut notes = Notes { kb, cited: Vec::new() };
    let ties = kb.ties(country, day);
    let (allies, others): (Vec<_>, Vec<_>) = ties.iter().partition(|a| a.strongest().is_alliance_grade());

    println!("\n{:<22} {:<22} ties", "ally", "strongest tie");
    for ally in &allies {
        for (k, tie) in ally.ties.iter().enumerate() {
            let (name, kind) = if k == 0 { (ally.country.name(), tie.kind.as_str()) } else { ("", "") };
            println!("{name:<22} {kind:<22} {tie} {}", notes.refs(tie));
        }
    }
    if allies.is_empty() {
        if coverage.is_full() {
            println!("(none)");
        } else {
            println!(
                "(none in the data, which does not cover this country's alliances in full: see Coverage)"
            );
        }
    }

    println!("\nTies, but no alliance-grade tie:");
    for other in &others {
        let list: Vec<String> = other.ties.iter().map(|t| format!("{t} {}", notes.refs(t))).collect();
        println!("  {:<22} {}", other.country.name(), list.join("; "));
    }
    if others.is_empty() {
        println!("  (none in the data)");
    }

    println!("\nSources:");
    for (n, citation) in notes.cited.iter().enumerate() {
        println!("  [{}] {citation}", n + 1);
    }
    ExitCode::SUCCESS
}
