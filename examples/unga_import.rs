//! Converts the Voeten–Strezhnev–Bailey UN General Assembly voting data
//! (`roll_calls.csv` and `votes.csv`, in the layout described in
//! `src/data/unga/README.md`) into the compact files the crate embeds:
//! `roll_calls.tsv` and `votes.txt`.
//!
//! ```text
//! cargo run --example unga_import -- DIR_WITH_THE_CSVS [OUT_DIR]
//! ```
//!
//! `OUT_DIR` defaults to `src/data/unga`. To update the embedded record from
//! a newer release of the data set, convert that release's files to the
//! two CSVs' columns, run this, then run the test suite, which checks the
//! totals and the sample of votes.
//!
//! `votes.txt` is column-major, so that a country's votes over any window
//! of roll calls are one contiguous run of bytes: after comment lines, a
//! `rcids` line (every roll call's id, five digits each, in the order of
//! `roll_calls.tsv`: by date, then id), a `dates` line (`YYYYMMDD` each, the
//! same order), then one line per column of the data set (a state, as
//! `cow:iso2`, the COW code in five digits and the ISO code in two
//! characters, blank for none) with one character per roll call: `y` yes,
//! `n` no, `a` abstain, `.` absent (a member that did not vote), `-` no row
//! (not a member on the day). Every column line has the same length.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::ExitCode;

/// The fields of a CSV line (RFC 4180: quoted fields, `""` for a quote).
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// The records of a CSV file with quoted fields that may hold line breaks.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut pending = String::new();
    for line in text.lines() {
        if !pending.is_empty() {
            pending.push('\n');
        }
        pending.push_str(line);
        if pending.matches('"').count().is_multiple_of(2) {
            out.push(fields(&pending));
            pending.clear();
        }
    }
    out
}

/// A field of the TSV: tabs, line breaks and backslashes escaped, as the
/// crate's data files write them.
fn tsv(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "")
}

const USAGE: &str = "usage: unga_import DIR_WITH_THE_CSVS [OUT_DIR]

Converts roll_calls.csv and votes.csv (Voeten et al., UNGA voting data) into
the compact roll_calls.tsv and votes.txt the crate embeds (default OUT_DIR:
src/data/unga).";

fn run(dir: &str, out: &str) -> Result<String, String> {
    let read = |name: &str| {
        let path = std::path::Path::new(dir).join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let rc = records(&read("roll_calls.csv")?);
    let header = &rc[0];
    let want = [
        "rcid",
        "session",
        "date",
        "resolution",
        "important",
        "amendment",
        "paragraph",
        "issues",
        "short",
        "description",
    ];
    if header.iter().map(String::as_str).ne(want) {
        return Err(format!("roll_calls.csv columns {header:?}, expected {want:?}"));
    }
    let mut calls: Vec<&Vec<String>> = rc[1..].iter().collect();
    calls.sort_by(|a, b| {
        (&a[2], a[0].parse::<u32>().unwrap_or(0)).cmp(&(&b[2], b[0].parse::<u32>().unwrap_or(0)))
    });

    let votes_text = read("votes.csv")?;
    let mut lines = votes_text.lines();
    if lines.next() != Some("rcid,cow,iso2,vote") {
        return Err("votes.csv columns: expected rcid,cow,iso2,vote".into());
    }
    // Columns: every (cow, iso2) of the data set, by COW code.
    let mut by_call: BTreeMap<u32, Vec<(u16, String, u8)>> = BTreeMap::new();
    let mut columns: BTreeMap<(u16, String), ()> = BTreeMap::new();
    for (n, line) in lines.enumerate() {
        let f = fields(line);
        let bad = || format!("votes.csv line {}: {line:?}", n + 2);
        let rcid: u32 = f.first().and_then(|x| x.parse().ok()).ok_or_else(bad)?;
        let cow: u16 = f.get(1).and_then(|x| x.parse().ok()).ok_or_else(bad)?;
        let iso2 = f.get(2).cloned().ok_or_else(bad)?;
        let vote = match f.get(3).map(String::as_str) {
            Some("yes") => b'y',
            Some("no") => b'n',
            Some("abstain") => b'a',
            Some("absent") => b'.',
            _ => return Err(bad()),
        };
        columns.insert((cow, iso2.clone()), ());
        by_call.entry(rcid).or_default().push((cow, iso2, vote));
    }
    let columns: Vec<(u16, String)> = columns.into_keys().collect();
    let index: BTreeMap<&(u16, String), usize> = columns.iter().enumerate().map(|(i, c)| (c, i)).collect();

    let mut tsv_out = String::from(
        "rcid\tsession\tdate\tsymbol\timportant\tamendment\tparagraph\tissues\tshort\tdescription\n",
    );
    let mut votes_out = String::from(
        "# UN General Assembly roll calls, Voeten, Strezhnev and Bailey (Harvard Dataverse, hdl:1902.1/12379, CC0),\n\
         # converted by examples/unga_import.rs. Column-major: the rcids and dates lines give the roll calls in the\n\
         # order of roll_calls.tsv, then one line per state (cow:iso2): y yes, n no, a abstain, . absent, - no row.\n",
    );
    let mut rcids = String::from("rcids\t");
    let mut dates = String::from("dates\t");
    let mut grid = vec![vec![b'-'; calls.len()]; columns.len()];
    let mut total = 0usize;
    for (k, r) in calls.iter().enumerate() {
        let rcid: u32 = r[0].parse().map_err(|e| format!("roll call id {:?}: {e}", r[0]))?;
        if rcid > 99_999 {
            return Err(format!("roll call id {rcid}: more than five digits"));
        }
        let day = r[2].replace('-', "");
        if day.len() != 8 || !day.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("roll call {rcid}: date {:?} is not YYYY-MM-DD", r[2]));
        }
        let _ = write!(rcids, "{rcid:05}");
        dates.push_str(&day);
        // The data set writes `R/68/262` for A/RES/68/262.
        let symbol = r[3].strip_prefix("R/").map_or_else(|| r[3].clone(), |s| format!("A/RES/{s}"));
        let row = [
            r[0].clone(),
            r[1].clone(),
            r[2].clone(),
            symbol,
            r[4].clone(),
            r[5].clone(),
            r[6].clone(),
            r[7].clone(),
            r[8].clone(),
            r[9].clone(),
        ];
        let _ = writeln!(tsv_out, "{}", row.iter().map(|f| tsv(f)).collect::<Vec<_>>().join("\t"));
        for (cow, iso2, vote) in by_call.get(&rcid).map(Vec::as_slice).unwrap_or_default() {
            grid[index[&(*cow, iso2.clone())]][k] = *vote;
            total += 1;
        }
    }
    let _ = writeln!(votes_out, "{rcids}\n{dates}");
    for ((cow, iso2), line) in columns.iter().zip(grid) {
        let _ = writeln!(votes_out, "{cow:05}:{iso2:<2}\t{}", String::from_utf8(line).unwrap());
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {out}: {e}"))?;
    for (name, text) in [("roll_calls.tsv", &tsv_out), ("votes.txt", &votes_out)] {
        let path = std::path::Path::new(out).join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(format!("{} roll calls, {} votes, {} columns written to {out}", calls.len(), total, columns.len()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        [flag, ..] if flag.starts_with("--") => {
            eprintln!("error: unknown option {flag:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
        [dir] | [dir, _] => match run(dir, args.get(1).map_or("src/data/unga", String::as_str)) {
            Ok(msg) => {
                println!("{msg}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("error: expected a directory\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
