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
//! `YYYY-MM` or `YYYY` (default: today). `--help` prints the usage; a bad
//! date or an unknown argument prints the error and exits with code 2.

use std::fmt::Write as _;
#[path = "support/report.rs"]
mod report;

use std::process::ExitCode;

use allegiance::{Country, CountrySet, Dataset, PartialDate, SEED, UnStatus};

const ES_11_1: &str = "A/RES/ES-11/1";

const USAGE: &str = "usage: stances [--all] [DATE]

Where the countries the seed article discusses (with --all: every UN member
state) stood on Russia's invasion of Ukraine on DATE (YYYY-MM-DD, YYYY-MM or
YYYY; default: today), who assessed it, the words quoted, and the ES-11/1 vote.";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Args {
    Run { all: bool, day: Option<time::Date> },
    Help,
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut all, mut day) = (false, None);
    for arg in args {
        match arg.as_str() {
            "--help" | "-h" => return Ok(Args::Help),
            "--all" => all = true,
            a if a.starts_with("--") => return Err(format!("unknown option {a:?}")),
            a if day.is_some() => return Err(format!("unexpected argument {a:?}: one date at most")),
            a => day = Some(a.parse::<PartialDate>().map_err(|e| e.to_string())?.first_day()),
        }
    }
    Ok(Args::Run { all, day })
}

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (all, day) = match parse_args(&args) {
        Ok(Args::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
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
        Country::iter().filter(|c| c.un_status() == UnStatus::Member).collect()
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
    // The dataset's roll calls on Ukraine adopted by the day: how often each
    // country voted as Russia did on them.
    let on_ukraine: Vec<&str> =
        kb.resolutions().iter().filter(|r| r.date.first_day() <= day).map(|r| &*r.symbol).collect();
    outln!(
        "\n{:<16} {:<22} {:<14} {:<16} assessed by",
        "country",
        "stance",
        "ES-11/1 vote",
        "votes as Russia"
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
                    "{:<16} {:<22} {:<14} {:<16} {} (since {})",
                    c.name(),
                    s.stance,
                    vote,
                    with_ru,
                    s.assessed_by,
                    s.since
                )
            }
            None => {
                // No record: say whether that is a gap in the data.
                let why = match kb.covers(allegiance::FactKind::Stances, c, day) {
                    allegiance::Covered::No { .. } => "(not covered)",
                    allegiance::Covered::Before { .. } => "(before coverage)",
                    _ => "(no stance found)",
                };
                outln!("{:<16} {:<22} {:<14} {:<16}", c.name(), why, vote, with_ru)
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
    }
}
