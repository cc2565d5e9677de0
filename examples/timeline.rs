//! Draws, on a time axis, the membership periods and treaty validity
//! periods of a country, or the membership periods of a union's countries,
//! as an SVG file (no dependency: the SVG is written by hand).
//!
//! ```text
//! cargo run --example timeline -- [COUNTRY|UNION] [--out PATH]
//! ```
//!
//! Default subject: Russia. The SVG goes to `PATH` with `--out`, else to
//! standard output; open it in a browser. `--help` prints the usage; a bad
//! subject or an unknown argument prints the error and exits with code 2.

use std::fmt::Write as _;
use std::process::ExitCode;

use allegiance::{Basis, Country, Dataset, Period, Role, Union};
use time::Date;

/// One bar: a label and its coloured segments.
struct Row {
    label: String,
    segments: Vec<(Date, Date, Style)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Member,
    OtherRole,
    Treaty,
    Presumed,
}

impl Style {
    const ALL: [Style; 4] = [Style::Member, Style::OtherRole, Style::Treaty, Style::Presumed];

    fn fill(self) -> &'static str {
        match self {
            Style::Member => "#2f6db5",
            Style::OtherRole => "#9cc0ea",
            Style::Treaty => "#2e8b57",
            Style::Presumed => "#a8d5b5",
        }
    }

    fn legend(self) -> &'static str {
        match self {
            Style::Member => "member of the union",
            Style::OtherRole => "observer, partner, candidate or other role",
            Style::Treaty => "treaty in force (initial term or confirmed extension)",
            Style::Presumed => "treaty in force by a presumed automatic extension",
        }
    }
}

/// Escapes text for XML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn span(p: &Period, until: Date) -> (Date, Date) {
    (p.start.first_day(), p.end.map_or(until, |e| e.first_day()))
}

fn rows_for_country(kb: &Dataset, c: Country, until: Date) -> Vec<Row> {
    let mut rows = Vec::new();
    for u in Union::iter() {
        for m in kb.history(c, u) {
            let style = if m.role == Role::Member || m.role == Role::Frozen {
                Style::Member
            } else {
                Style::OtherRole
            };
            let (a, b) = span(&m.period, until);
            rows.push(Row { label: format!("{} ({})", u.acronym(), m.role), segments: vec![(a, b, style)] });
        }
    }
    let mut treaties: Vec<_> = kb.treaties().iter().filter(|t| t.all_parties().contains(c)).collect();
    treaties.sort_by_key(|t| t.signed);
    for t in treaties {
        let segments = t
            .validities()
            .map(|v| {
                let (a, b) = span(&v.period, until);
                let style = if v.basis == Basis::PresumedExtension { Style::Presumed } else { Style::Treaty };
                (a, b.min(until.replace_year(until.year() + 6).unwrap_or(until)), style)
            })
            .collect();
        rows.push(Row { label: t.short_name.to_string(), segments });
    }
    rows
}

fn rows_for_union(kb: &Dataset, u: Union, until: Date) -> Vec<Row> {
    let mut records: Vec<_> = kb.memberships().iter().filter(|m| m.union == u).collect();
    records.sort_by_key(|m| (m.period.start, m.country));
    records
        .into_iter()
        .map(|m| {
            let style = if m.role.is_member() { Style::Member } else { Style::OtherRole };
            let (a, b) = span(&m.period, until);
            Row { label: format!("{} ({})", m.country.name(), m.role), segments: vec![(a, b, style)] }
        })
        .collect()
}

/// The SVG for `rows` under `title`.
fn render(title: &str, subtitle: &str, rows: &[Row]) -> String {
    const LEFT: f64 = 390.0;
    const WIDTH: f64 = 1200.0;
    const ROW: f64 = 22.0;
    const TOP: f64 = 70.0;
    let first = rows.iter().flat_map(|r| r.segments.iter().map(|s| s.0.year())).min().unwrap_or(2000);
    let last = rows.iter().flat_map(|r| r.segments.iter().map(|s| s.1.year())).max().unwrap_or(2026) + 1;
    let years = f64::from((last - first).max(1));
    let x = |d: Date| {
        LEFT + (WIDTH - LEFT - 20.0) * (f64::from(d.year() - first) + f64::from(d.ordinal()) / 366.0) / years
    };
    let legend_top = TOP + ROW * rows.len() as f64 + 40.0;
    let height = legend_top + 24.0 * Style::ALL.len() as f64 + 20.0;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r##"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##);
    let _ = writeln!(s, r#"<text x="20" y="28" font-size="18" font-weight="bold">{}</text>"#, esc(title));
    let _ = writeln!(s, r##"<text x="20" y="48" fill="#555555">{}</text>"##, esc(subtitle));
    // Axis: a tick every 1, 2, 5, 10 or 20 years, at most about 20 ticks.
    let step = [1, 2, 5, 10, 20, 50].into_iter().find(|&k| (last - first) / k <= 20).unwrap_or(100);
    let axis_bottom = TOP + ROW * rows.len() as f64 + 4.0;
    let mut year = first - first.rem_euclid(step);
    while year <= last {
        if year >= first {
            let xx = x(Date::from_ordinal_date(year, 1).unwrap_or(Date::MIN));
            let _ = writeln!(
                s,
                r##"<line x1="{xx:.1}" y1="{:.1}" x2="{xx:.1}" y2="{axis_bottom:.1}" stroke="#dddddd"/>"##,
                TOP - 6.0
            );
            let _ = writeln!(
                s,
                r#"<text x="{xx:.1}" y="{:.1}" text-anchor="middle">{year}</text>"#,
                axis_bottom + 16.0
            );
        }
        year += step;
    }
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            LEFT - 8.0,
            y + 13.0,
            esc(&row.label)
        );
        for &(a, b, style) in &row.segments {
            let (x1, x2) = (x(a), x(b).max(x(a) + 2.0));
            let _ = writeln!(
                s,
                r##"<rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{}" stroke="#ffffff" stroke-width="0.5"><title>{} – {}</title></rect>"##,
                y + 3.0,
                x2 - x1,
                ROW - 6.0,
                style.fill(),
                a,
                b
            );
        }
    }
    for (k, style) in Style::ALL.into_iter().enumerate() {
        let y = legend_top + 24.0 * k as f64;
        let _ = writeln!(s, r#"<rect x="20" y="{y:.1}" width="28" height="14" fill="{}"/>"#, style.fill());
        let _ = writeln!(s, r#"<text x="56" y="{:.1}">{}</text>"#, y + 12.0, esc(style.legend()));
    }
    s.push_str("</svg>\n");
    s
}

/// A minimal well-formedness check: tags balance, attributes are quoted,
/// `&` starts an entity.
fn well_formed(svg: &str) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if let Some(amp) = text.find('&') {
            let entity = &text[amp..];
            if !["&amp;", "&lt;", "&gt;", "&quot;"].iter().any(|e| entity.starts_with(e)) {
                return Err(format!("bare & in {text:?}"));
            }
        }
        let close = rest[open..].find('>').ok_or("unclosed tag")? + open;
        let tag = &rest[open + 1..close];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop() != Some(name.trim()) {
                return Err(format!("unbalanced </{name}>"));
            }
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap_or(""));
        }
        if !tag.matches('"').count().is_multiple_of(2) {
            return Err(format!("unquoted attribute in <{tag}>"));
        }
        rest = &rest[close + 1..];
    }
    if stack.is_empty() { Ok(()) } else { Err(format!("unclosed elements {stack:?}")) }
}

const USAGE: &str = "usage: timeline [COUNTRY|UNION] [--out FILE.svg]

An SVG time line of a country's union memberships and treaties, or of a
union's members (default: Russia). Written to FILE.svg with --out, else to
standard output.";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Args {
    Run { subject: Option<String>, out: Option<String> },
    Help,
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut subject, mut out) = (None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(Args::Help),
            "--out" => match it.next() {
                Some(p) if !p.starts_with("--") => out = Some(p.clone()),
                _ => return Err("--out needs a path".to_owned()),
            },
            a if a.starts_with("--") => return Err(format!("unknown option {a:?}")),
            a if subject.is_some() => return Err(format!("unexpected argument {a:?}: one country or union")),
            a => subject = Some(a.to_owned()),
        }
    }
    Ok(Args::Run { subject, out })
}

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (subject, out) = match parse_args(&args) {
        Ok(Args::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Args::Run { subject, out }) => (subject, out),
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let until = kb.as_of().first_day();
    let subject = subject.unwrap_or_else(|| "Russia".to_owned());
    let (title, rows) = if let Ok(u) = subject.parse::<Union>() {
        (format!("{} ({}): membership periods", u.name(), u.acronym()), rows_for_union(kb, u, until))
    } else {
        match subject.parse::<Country>() {
            Ok(c) => (format!("{c}: unions and treaties"), rows_for_country(kb, c, until)),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let subtitle = format!(
        "{} records; open periods drawn to the dataset's as-of date, {}. Source: allegiance embedded dataset.",
        rows.len(),
        kb.as_of()
    );
    let svg = render(&title, &subtitle, &rows);
    if let Err(e) = well_formed(&svg) {
        eprintln!("internal error: the SVG is not well-formed: {e}");
        return ExitCode::FAILURE;
    }
    let Some(out) = out else {
        // No file asked for: the SVG goes to standard output.
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(svg.as_bytes()).and_then(|()| stdout.flush()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write the SVG: {e}");
                ExitCode::FAILURE
            }
        };
    };
    if let Err(e) = std::fs::write(&out, &svg) {
        eprintln!("error: cannot write {out}: {e}");
        return ExitCode::FAILURE;
    }
    println!("wrote {out}: {title}, {} rows", rows.len());
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, String> {
        parse_args(&a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments() {
        assert_eq!(args(&[]), Ok(Args::Run { subject: None, out: None }));
        assert_eq!(args(&["-h"]), Ok(Args::Help));
        assert_eq!(
            args(&["EAEU", "--out", "x.svg"]),
            Ok(Args::Run { subject: Some("EAEU".into()), out: Some("x.svg".into()) })
        );
        assert_eq!(args(&["--out"]), Err("--out needs a path".to_owned()));
        assert_eq!(args(&["--out", "--help"]), Err("--out needs a path".to_owned()));
        assert_eq!(args(&["--svg"]), Err("unknown option \"--svg\"".to_owned()));
        assert!(args(&["Russia", "Belarus"]).unwrap_err().starts_with("unexpected argument \"Belarus\""));
    }

    #[test]
    fn the_checker_catches_broken_svg() {
        assert!(well_formed("<svg><g></svg>").is_err());
        assert!(well_formed("<svg><text>a & b</text></svg>").is_err());
        assert!(well_formed("<svg><rect x=\"1/></svg>").is_err());
        assert!(well_formed("<svg><text>a &amp; b</text><rect/></svg>").is_ok());
    }

    #[test]
    fn every_country_and_union_draws_well_formed_svg() {
        let kb = Dataset::embedded();
        let until = kb.as_of().first_day();
        for c in Country::iter() {
            let svg = render(c.name(), "t", &rows_for_country(kb, c, until));
            assert_eq!(well_formed(&svg), Ok(()), "{c:?}");
        }
        for u in Union::iter() {
            let svg = render(u.name(), "t", &rows_for_union(kb, u, until));
            assert_eq!(well_formed(&svg), Ok(()), "{u:?}");
            assert!(svg.contains("member of the union"), "the legend is drawn");
        }
    }
}
