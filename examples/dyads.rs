//! Writes the dyad-year (or state-year) table of the COW or Gleditsch–Ward
//! state system as CSV, in `peacesciencer`'s conventions: alliances by
//! type, shared union memberships, UN General Assembly agreement, each with
//! its coverage (see `allegiance::tables`).
//!
//! ```text
//! cargo run --release --example dyads -- [--system cow|gw] [--from 1946] [--to YEAR] [--directed] [--state-years] [--out FILE]
//! ```
//!
//! Defaults: the COW system, undirected dyad-years from 1946 to the
//! dataset's as-of year, to standard output. With `--out`, the table goes
//! to FILE and a line on standard error says how many rows. `--help`
//! prints the usage; a bad value or an unknown argument prints the error
//! and the usage and exits with code 2. Piped into `head`, it stops quietly.

use std::io::Write as _;
use std::process::ExitCode;

use allegiance::{Dataset, StateList};

const USAGE: &str =
    "usage: dyads [--system cow|gw] [--from YEAR] [--to YEAR] [--directed] [--state-years] [--out FILE]

The dyad-year table (every pair of state-system members in each year, with
alliances by type, shared union memberships and UN agreement, each with its
coverage; not-covered values are empty) as CSV, or with --state-years the
state-year table. Defaults: the COW system, undirected, from 1946 to the
dataset's as-of year, to standard output (--out FILE: to FILE).";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Args {
    Run(Options),
    Help,
}

#[derive(Debug, PartialEq)]
struct Options {
    system: StateList,
    from: i32,
    to: Option<i32>,
    directed: bool,
    state_years: bool,
    out: Option<String>,
}

/// A year from 1816 (the lists' first) to 2100.
fn year(flag: &str, v: Option<&String>) -> Result<i32, String> {
    let v = v.ok_or_else(|| format!("{flag} needs a year"))?;
    match v.parse::<i32>() {
        Ok(y) if (1816..=2100).contains(&y) => Ok(y),
        _ => Err(format!("{flag} needs a year from 1816 to 2100, not {v:?}")),
    }
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut o = Options {
        system: StateList::Cow,
        from: 1946,
        to: None,
        directed: false,
        state_years: false,
        out: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(Args::Help),
            "--system" => {
                o.system = match it.next().map(|s| s.to_ascii_lowercase()).as_deref() {
                    Some("cow") => StateList::Cow,
                    Some("gw" | "g&w") => StateList::Gw,
                    Some(other) => return Err(format!("--system is cow or gw, not {other:?}")),
                    None => return Err("--system needs cow or gw".to_owned()),
                }
            }
            "--from" => o.from = year("--from", it.next())?,
            "--to" => o.to = Some(year("--to", it.next())?),
            "--directed" => o.directed = true,
            "--state-years" => o.state_years = true,
            "--out" => match it.next() {
                Some(p) if !p.starts_with("--") => o.out = Some(p.clone()),
                _ => return Err("--out needs a path".to_owned()),
            },
            a if a.starts_with('-') => return Err(format!("unknown option {a:?}")),
            a => return Err(format!("unexpected argument {a:?}")),
        }
    }
    if let Some(to) = o.to
        && to < o.from
    {
        return Err(format!("--to {to} is before --from {}", o.from));
    }
    if o.directed && o.state_years {
        return Err("--directed is for dyad-years, not with --state-years".to_owned());
    }
    Ok(Args::Run(o))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let o = match parse_args(&args) {
        Ok(Args::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Args::Run(o)) => o,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let kb = Dataset::embedded();
    let to = o.to.unwrap_or_else(|| kb.as_of().first_day().year());
    let years = o.from..=to;
    let write = |w: &mut dyn std::io::Write| {
        if o.state_years {
            kb.state_years(o.system, years.clone()).write_csv(w)
        } else {
            kb.dyad_years(o.system, years.clone(), o.directed).write_csv(w)
        }
    };
    let what = if o.state_years { "state-years" } else { "dyad-years" };
    let result = match &o.out {
        Some(path) => std::fs::File::create(path).and_then(|mut f| write(&mut f)),
        None => {
            let mut stdout = std::io::stdout().lock();
            write(&mut stdout).and_then(|n| stdout.flush().map(|()| n))
        }
    };
    match result {
        Ok(n) => {
            if let Some(path) = &o.out {
                eprintln!("wrote {path}: {n} {} {what}, {}–{to}", o.system, o.from);
            }
            ExitCode::SUCCESS
        }
        // A reader that stopped reading (`| head`): not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let target = o.out.as_deref().unwrap_or("standard output");
            eprintln!("error: cannot write {target}: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, String> {
        parse_args(&a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments() {
        let default = Options {
            system: StateList::Cow,
            from: 1946,
            to: None,
            directed: false,
            state_years: false,
            out: None,
        };
        assert_eq!(args(&[]), Ok(Args::Run(default)));
        assert_eq!(
            args(&["--system", "GW", "--from", "2000", "--to", "2001", "--directed", "--out", "x.csv"]),
            Ok(Args::Run(Options {
                system: StateList::Gw,
                from: 2000,
                to: Some(2001),
                directed: true,
                state_years: false,
                out: Some("x.csv".into())
            }))
        );
        assert_eq!(args(&["-h"]), Ok(Args::Help));
        assert_eq!(args(&["--system", "un"]), Err("--system is cow or gw, not \"un\"".to_owned()));
        assert_eq!(
            args(&["--from", "1700"]),
            Err("--from needs a year from 1816 to 2100, not \"1700\"".to_owned())
        );
        assert_eq!(
            args(&["--from", "2000", "--to", "1999"]),
            Err("--to 1999 is before --from 2000".to_owned())
        );
        assert_eq!(args(&["--out"]), Err("--out needs a path".to_owned()));
        assert_eq!(args(&["--csv"]), Err("unknown option \"--csv\"".to_owned()));
        assert!(args(&["--state-years", "--directed"]).is_err());
        assert!(args(&["Russia"]).unwrap_err().starts_with("unexpected argument"));
    }

    #[test]
    fn a_year_writes_its_header_and_rows() {
        let kb = Dataset::embedded();
        let mut out = Vec::new();
        let n = kb.state_years(StateList::Gw, 2018..=2018).write_csv(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("gwcode,year,"));
        assert_eq!(text.lines().count() as u64, n + 1);
    }
}
