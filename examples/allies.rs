//! Russia's allies (or any country's) on a day, each with its ties and
//! numbered sources.
//!
//! ```text
//! cargo run --example allies -- [COUNTRY] [DATE]
//! ```
//!
//! `COUNTRY` is any code or name (default: Russia); `DATE` is `YYYY-MM-DD`
//! (default: the dataset's as-of date). A bad argument prints the parse
//! error and exits with code 2.

use std::process::ExitCode;

use allegiance::{Country, Dataset, PartialDate};

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
        Ok(d) => d.unwrap_or(kb.as_of()).first_day(),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "{} ({} / {} / {:03}) on {}",
        country,
        country.alpha2(),
        country.alpha3(),
        country.numeric(),
        PartialDate::from(day)
    );
    for (union, role) in kb.unions_of(country, day) {
        println!("  {role} of the {} ({})", union.name(), union.acronym());
    }
    ExitCode::SUCCESS
}
