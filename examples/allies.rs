//! Russia's allies (or any country's) on a day, each with its ties and
//! numbered sources, then the countries with ties that do not make an ally.
//!
//! ```text
//! cargo run --example allies -- [COUNTRY] [DATE]
//! ```
//!
//! `COUNTRY` is any code or name (default: Russia); `DATE` is `YYYY-MM-DD`,
//! `YYYY-MM` or `YYYY` (default: today). `--help` prints the usage; a bad
//! or unknown argument prints the error and exits with code 2.

use std::fmt::Write as _;
#[path = "support/report.rs"]
mod report;

use std::process::ExitCode;

use allegiance::{Country, Covered, Dataset, FactKind, PartialDate, SourceId, Tie};

/// Numbers each source the first time it is cited. Two source ids that
/// print the same citation (two passages of one page) share a number.
struct Notes<'d> {
    kb: &'d Dataset,
    cited: Vec<String>,
}

impl<'d> Notes<'d> {
    fn refs(&mut self, tie: &Tie<'d>) -> String {
        self.cite(tie.sources())
    }

    fn cite<'s>(&mut self, ids: impl IntoIterator<Item = &'s SourceId>) -> String {
        let mut out: Vec<usize> = Vec::new();
        for id in ids {
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

const USAGE: &str = "usage: allies [COUNTRY] [DATE]

Allies of COUNTRY (any code or name; default: Russia) on DATE (YYYY-MM-DD,
YYYY-MM or YYYY; default: today), each with its ties and numbered sources,
then the countries with ties that do not make an ally.";

/// What the command line asks for, or why it cannot be run.
#[derive(Debug, PartialEq)]
enum Args {
    Run { country: Country, day: Option<time::Date> },
    Help,
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Args::Help);
    }
    if let Some(flag) = args.iter().find(|a| a.starts_with('-') && a.parse::<PartialDate>().is_err()) {
        return Err(format!("unknown option {flag:?}"));
    }
    if args.len() > 2 {
        return Err(format!("unexpected argument {:?}: at most a country and a date", args[2]));
    }
    let country = match args.first() {
        Some(a) => a.parse::<Country>().map_err(|e| e.to_string())?,
        None => Country::RU,
    };
    let day = match args.get(1) {
        Some(a) => Some(a.parse::<PartialDate>().map_err(|e| e.to_string())?.first_day()),
        None => None,
    };
    Ok(Args::Run { country, day })
}

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (country, day) = match parse_args(&args) {
        Ok(Args::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Args::Run { country, day }) => {
            (country, day.unwrap_or_else(|| time::OffsetDateTime::now_utc().date()))
        }
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // The report is written at once, so that a closed pipe (`| head`) ends
    // the program quietly instead of panicking in `println!`.
    let mut out = String::new();
    macro_rules! outln {
        ($($arg:tt)*) => {{
            let _ = writeln!(out, $($arg)*);
        }};
    }
    outln!(
        "Allies of {} ({} / {} / {:03}) on {}",
        country,
        country.alpha2(),
        country.alpha3(),
        country.numeric(),
        PartialDate::from(day)
    );
    if day > kb.as_of().first_day() {
        outln!("(after the dataset's as-of date, {}: answers use the latest known facts)", kb.as_of());
    }
    // What the answer rests on: an empty list means "none" only when the
    // data covers this country's alliances completely.
    let coverage = kb.allies_coverage(country, day);
    match coverage {
        Covered::Fully => outln!("Coverage: complete for this country's alliances"),
        Covered::Partly { scope } => {
            // Every treaty scope that holds the country on the day.
            let scopes: Vec<_> = kb
                .coverage()
                .iter()
                .filter(|s| s.facts == FactKind::Treaties && s.holds(country) && s.from.first_day() <= day)
                .collect();
            if scopes.len() <= 1 {
                outln!("Coverage: in part. Unions complete; treaties: {}", scope.rule)
            } else {
                outln!("Coverage: in part. Unions complete; treaties, by {} scopes:", scopes.len());
                for s in scopes {
                    outln!("  - {}", s.rule);
                }
            }
        }
        other => outln!("Coverage: {other}"),
    }
    if let Some(s) = kb.stance(country, day) {
        outln!("Stance on the invasion of Ukraine: {} (assessed by {})", s.stance, s.assessed_by);
    }
    let mut notes = Notes { kb, cited: Vec::new() };
    let ties = kb.ties(country, day);
    let (allies, others): (Vec<_>, Vec<_>) = ties.iter().partition(|a| a.is_alliance());

    outln!("\n{:<22} {:<22} ties", "ally", "strongest tie");
    for ally in &allies {
        for (k, tie) in ally.ties.iter().enumerate() {
            let (name, kind) = if k == 0 { (ally.country.name(), tie.kind.as_str()) } else { ("", "") };
            let mark = if tie.is_suspended() { " (suspended: not an alliance tie)" } else { "" };
            outln!("{name:<22} {kind:<22} {tie}{mark} {}", notes.refs(tie));
        }
        // The ally's stance on the invasion, where the data places it.
        if let Some(s) = kb.stance(ally.country, day) {
            outln!(
                "{:<22} {:<22} stance on the invasion: {} (since {}; {})",
                "",
                "",
                s.stance,
                s.since,
                s.assessed_by
            );
        }
    }
    if allies.is_empty() {
        if coverage.is_full() {
            outln!("(none)");
        } else {
            outln!("(none in the data, which does not cover this country's alliances in full: see Coverage)");
        }
    }

    // Treaties with entities that are not states of the crate (Abkhazia,
    // South Ossetia): listed beside the allies, never counted among them.
    let entities = kb.entity_ties(country, day);
    if !entities.is_empty() {
        outln!("\nBound by treaty to entities that are not UN members (not counted as allies):");
        for t in &entities {
            let recognition =
                t.entity.recognition().split(". ").find(|s| s.contains("ecognised")).unwrap_or("");
            let recognition = without_source_ids(kb, recognition);
            outln!("  {:<22} {t} {}", t.entity.name(), notes.cite(t.treaty.sources.iter()));
            if !recognition.is_empty() {
                outln!("  {:<22} {recognition}.", "");
            }
        }
    }

    outln!("\nTies, but no alliance-grade tie:");
    for other in &others {
        let list: Vec<String> = other.ties.iter().map(|t| format!("{t} {}", notes.refs(t))).collect();
        outln!("  {:<22} {}", other.country.name(), list.join("; "));
    }
    if others.is_empty() {
        outln!("  (none in the data)");
    }

    outln!("\nSources:");
    for (n, citation) in notes.cited.iter().enumerate() {
        outln!("  [{}] {citation}", n + 1);
    }
    report::write_out(&out)
}

/// `text` without its parenthesised source ids (" (fs-s29)": every word in
/// the brackets is the id of a source of `kb`): the report numbers its
/// sources instead.
fn without_source_ids(kb: &Dataset, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')') else { break };
        let inner = &rest[open + 2..open + close];
        let ids = inner.split(", ").all(|w| kb.source(&SourceId(w.to_owned().into())).is_some());
        out.push_str(&rest[..open]);
        if !ids {
            out.push_str(&rest[open..=open + close]);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, String> {
        parse_args(&a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn source_ids_are_dropped_from_quoted_text() {
        let kb = Dataset::embedded();
        assert_eq!(without_source_ids(kb, "as of Aug 2017 (fs-s29, vote-t1)"), "as of Aug 2017");
        assert_eq!(
            without_source_ids(kb, "Recognised (Medvedev's decrees)"),
            "Recognised (Medvedev's decrees)"
        );
        assert_eq!(without_source_ids(kb, "a (pre-season) match"), "a (pre-season) match");
    }

    #[test]
    fn arguments() {
        assert_eq!(args(&[]), Ok(Args::Run { country: Country::RU, day: None }));
        assert_eq!(args(&["--help"]), Ok(Args::Help));
        assert_eq!(args(&["Belarus", "-h"]), Ok(Args::Help));
        assert_eq!(
            args(&["Belarus", "2022-03-01"]),
            Ok(Args::Run { country: Country::BY, day: Some(time::macros::date!(2022 - 03 - 01)) })
        );
        assert!(args(&["Narnia"]).unwrap_err().contains("Narnia"));
        assert!(args(&["RU", "2022-13-01"]).is_err());
        assert_eq!(args(&["--verbose"]), Err("unknown option \"--verbose\"".to_owned()));
        assert!(args(&["RU", "2022", "extra"]).unwrap_err().starts_with("unexpected argument \"extra\""));
        assert!(USAGE.starts_with("usage: allies"));
    }
}
