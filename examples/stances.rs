//! Where the countries the seed article discusses stood on Russia's
//! invasion of Ukraine: the stance on a day, who assessed it, how much
//! evidence it rests on, the words quoted, and the country's vote on UN
//! General Assembly resolution ES-11/1 (2 March 2022).
//!
//! ```text
//! cargo run --example stances -- [--all] [DATE]
//! cargo run --example stances -- --changes FROM TO
//! ```
//!
//! `--all` lists every UN member state and the two observer states
//! instead; `DATE` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (default: today).
//! `--changes FROM TO` lists every change point of a stance after `FROM`
//! and up to `TO`. `--help` prints the usage; a bad date or an unknown
//! argument prints the error and exits with code 2.

use std::fmt::Write as _;
#[path = "support/report.rs"]
mod report;

use std::process::ExitCode;

use allegiance::{ChangeKind, Country, CountrySet, Dataset, PartialDate, SEED, StanceRecord, UnStatus};

const ES_11_1: &str = "A/RES/ES-11/1";

const USAGE: &str = "usage: stances [--all] [DATE]
       stances --changes FROM TO

Where the countries the seed article discusses (with --all: every UN member
state and the observer states) stood on Russia's invasion of Ukraine on DATE
(YYYY-MM-DD, YYYY-MM or YYYY; default: today), who assessed it, how many
pieces of evidence it rests on, the words quoted, and the ES-11/1 vote.
With --changes: every change of a stance after FROM and up to TO.";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Args {
    Run { all: bool, day: Option<time::Date> },
    Changes { from: time::Date, to: time::Date },
    Help,
}

fn parse_day(a: &str) -> Result<time::Date, String> {
    Ok(a.parse::<PartialDate>().map_err(|e| e.to_string())?.first_day())
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Args::Help);
    }
    if args.first().map(String::as_str) == Some("--changes") {
        return match &args[1..] {
            [from, to] => {
                let (from, to) = (parse_day(from)?, parse_day(to)?);
                if from > to {
                    return Err(format!("--changes {from} {to}: FROM is after TO"));
                }
                Ok(Args::Changes { from, to })
            }
            _ => Err("--changes takes two dates, FROM and TO".to_owned()),
        };
    }
    let (mut all, mut day) = (false, None);
    for arg in args {
        match arg.as_str() {
            "--all" => all = true,
            a if a.starts_with("--") => return Err(format!("unknown option {a:?}")),
            a if day.is_some() => return Err(format!("unexpected argument {a:?}: one date at most")),
            a => day = Some(parse_day(a)?),
        }
    }
    Ok(Args::Run { all, day })
}

/// How many pieces of evidence the record lists, and whether they are
/// votes alone: "3", "1 (vote only)".
fn evidence(r: &StanceRecord) -> String {
    let n = r.evidence.len();
    match (r.rests_on_votes_alone(), n) {
        (true, 1) => "1 (vote only)".to_owned(),
        (true, _) => format!("{n} (votes only)"),
        _ => n.to_string(),
    }
}

/// Every change of a stance after `from` and up to `to`, with the level
/// before and after.
fn changes(kb: &Dataset, from: time::Date, to: time::Date, out: &mut String) {
    let _ = writeln!(
        out,
        "Changes of stance after {} and up to {}",
        PartialDate::from(from),
        PartialDate::from(to)
    );
    let mut n = 0;
    for c in kb.changes(from, to) {
        let (r, ended) = match c.kind {
            ChangeKind::Stance(r) => (r, false),
            ChangeKind::StanceEnded(r) => (r, true),
            _ => continue,
        };
        // The level the day before, to show the move.
        let before = r.starts().previous_day().and_then(|d| kb.stance(r.country, d)).map(|p| p.stance);
        let same = before == Some(r.stance);
        let before = before.map_or_else(|| "not placed".to_owned(), |s| s.to_string());
        n += 1;
        if ended {
            let _ = writeln!(
                out,
                "{:<11} {:<16} {} -> not placed (the record ends)",
                c.date,
                r.country.name(),
                r.stance
            );
        } else {
            let _ = writeln!(
                out,
                "{:<11} {:<16} {} -> {}{}   [{}; evidence: {}]",
                c.date,
                r.country.name(),
                before,
                r.stance,
                if same { " (same level, new evidence)" } else { "" },
                r.assessed_by,
                evidence(r)
            );
        }
    }
    let _ = writeln!(out, "\n{n} changes.");
}

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (all, day) = match parse_args(&args) {
        Ok(Args::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Args::Changes { from, to }) => {
            let mut out = String::new();
            changes(kb, from, to, &mut out);
            return report::write_out(&out);
        }
        Ok(Args::Run { all, day }) => (all, day.unwrap_or_else(|| time::OffsetDateTime::now_utc().date())),
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    // The countries the seed discusses: the subjects of its claims and the
    // countries its quotations come from or are about.
    let seed_countries: CountrySet = Country::iter()
        .filter(|&c| {
            kb.claims(c).any(|x| x.sources.contains(&SEED))
                || kb.statements(c).any(|s| s.sources.first() == Some(&SEED))
        })
        .collect();
    let mut countries: Vec<Country> = if all {
        Country::iter().filter(|c| matches!(c.un_status(), UnStatus::Member | UnStatus::Observer)).collect()
    } else {
        seed_countries.iter().collect()
    };
    countries.sort_by_key(|c| c.name());

    // The report is written at once, so that a closed pipe (`| head`) ends
    // the program quietly instead of panicking in `println!`.
    let mut out = String::new();
    macro_rules! outln {
        ($($arg:tt)*) => {{
            let _ = writeln!(out, $($arg)*);
        }};
    }
    outln!("Stances on Russia's invasion of Ukraine on {}", PartialDate::from(day));
    if day > kb.as_of().first_day() {
        outln!("(after the dataset's as-of date, {}: answers use the latest known facts)", kb.as_of());
    }
    // The dataset's General Assembly roll calls on Ukraine adopted by the
    // day (not the Security Council's): how often each country voted as
    // Russia did on them.
    let on_ukraine: Vec<&str> = kb
        .resolutions()
        .iter()
        .filter(|r| r.date.first_day() <= day && r.organ == allegiance::Organ::GeneralAssembly)
        .map(|r| &*r.symbol)
        .collect();
    outln!(
        "\n{:<16} {:<22} {:<14} {:<16} {:<20} assessed by",
        "country",
        "stance",
        "ES-11/1 vote",
        "votes as Russia",
        "evidence"
    );
    for c in countries {
        let stance = kb.stance(c, day);
        let vote = kb.vote(ES_11_1, c).map_or_else(|| "-".to_owned(), |v| v.to_string());
        let with_ru = match kb.agreement(c, Country::RU, &on_ukraine).ok().filter(|_| c != Country::RU) {
            Some(a) => {
                a.share().map_or_else(|| "-".to_owned(), |s| format!("{:.0}% of {}", s * 100.0, a.compared))
            }
            None => "-".to_owned(),
        };
        match stance {
            Some(s) => {
                outln!(
                    "{:<16} {:<22} {:<14} {:<16} {:<16} {} (since {})",
                    c.name(),
                    s.stance,
                    vote,
                    with_ru,
                    evidence(s),
                    s.assessed_by,
                    s.since
                )
            }
            None => {
                // No record in force: an earlier record that ended (a coup,
                // a regime's fall) says why; otherwise say whether that is
                // a gap in the data.
                let ended =
                    kb.stance_history(c).filter(|r| r.until.is_some_and(|u| u.first_day() <= day)).last();
                match ended {
                    Some(r) => {
                        let until = r.until.map(|u| u.to_string()).unwrap_or_default();
                        outln!(
                            "{:<16} {:<22} {:<14} {:<16}",
                            c.name(),
                            format!("not placed since {until}"),
                            vote,
                            with_ru
                        );
                        outln!("    {}", r.summary);
                    }
                    None => {
                        let why = match kb.covers(allegiance::FactKind::Stances, c, day) {
                            allegiance::Covered::No { .. } => "(not covered)",
                            allegiance::Covered::Before { .. } => "(before coverage)",
                            _ => "(none recorded)",
                        };
                        outln!("{:<16} {:<22} {:<14} {:<16}", c.name(), why, vote, with_ru)
                    }
                }
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
            outln!("    \u{201c}{}\u{201d}", s.words);
            outln!("    — {}, {}, {}", s.speaker, s.office, s.date);
        }
    }
    outln!(
        "\nVotes as Russia: agreement with Russia over the {} General Assembly roll calls on Ukraine in the \
         dataset adopted by the day ({}), abstention counting as half; \"of n\" is how many of them both \
         votes are recorded for (some roll calls are recorded in part).",
        on_ukraine.len(),
        on_ukraine.join(", ")
    );
    report::write_out(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, String> {
        parse_args(&a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments() {
        assert_eq!(args(&[]), Ok(Args::Run { all: false, day: None }));
        assert_eq!(args(&["--help"]), Ok(Args::Help));
        assert_eq!(
            args(&["--all", "2022-03-02"]),
            Ok(Args::Run { all: true, day: Some(time::macros::date!(2022 - 03 - 02)) })
        );
        assert!(args(&["2022-13-45"]).unwrap_err().contains("2022-13-45"));
        assert_eq!(args(&["--every"]), Err("unknown option \"--every\"".to_owned()));
        assert!(args(&["2022", "2023"]).unwrap_err().starts_with("unexpected argument \"2023\""));
        assert_eq!(
            args(&["--changes", "2024", "2026-11-28"]),
            Ok(Args::Changes {
                from: time::macros::date!(2024 - 01 - 01),
                to: time::macros::date!(2026 - 11 - 28)
            })
        );
        assert!(args(&["--changes", "2024"]).unwrap_err().contains("two dates"));
        assert!(args(&["--changes", "2025", "2024"]).unwrap_err().contains("after"));
    }

    /// Every UN member has a row with a stance, or an ended record that
    /// says why it is not placed, on 2 March 2022 and on the as-of date:
    /// never "(none recorded)".
    #[test]
    fn every_member_is_placed_or_explained() {
        let kb = Dataset::embedded();
        for day in [time::macros::date!(2022 - 03 - 02), kb.as_of().first_day()] {
            for c in Country::iter().filter(|c| c.un_status() == UnStatus::Member) {
                let explained = kb.stance(c, day).is_some()
                    || kb.stance_history(c).any(|r| r.until.is_some_and(|u| u.first_day() <= day));
                assert!(explained, "{c:?} on {day}");
            }
        }
    }

    #[test]
    fn changes_show_the_move() {
        let kb = Dataset::embedded();
        let mut out = String::new();
        changes(kb, time::macros::date!(2025 - 01 - 01), time::macros::date!(2025 - 12 - 31), &mut out);
        assert!(out.contains("United States    opposes-with-measures -> sympathises"), "{out}");
        let mut out = String::new();
        changes(kb, time::macros::date!(2024 - 12 - 01), time::macros::date!(2024 - 12 - 31), &mut out);
        assert!(out.contains("Syria") && out.contains("not placed (the record ends)"), "{out}");
    }
}
