//! Draws, on a time axis, the membership periods and treaty validity
//! periods of a country, or the membership periods of a union's countries,
//! as an SVG file (no dependency: the SVG is written by hand).
//!
//! ```text
//! cargo run --example timeline -- [COUNTRY|UNION] [--from YEAR] [--to YEAR] [--out PATH]
//! ```
//!
//! Default subject: Russia. The time window runs, by default, from 1991
//! for a country (the post-Soviet order the dataset is about; earlier
//! periods are cut at the left edge and marked with their start) or from
//! a union's first record, to six years past the dataset's as-of date
//! (terms that run on are cut at the right edge and marked). `--from` and
//! `--to` set it (`--from all`: the earliest record). Open periods are
//! drawn to the as-of date, shown as a line. Treaty periods are drawn
//! distinctly when confirmed, presumed (an automatic extension no source
//! confirms) or disputed (a source ends the term on another day).
//!
//! The SVG goes to `PATH` with `--out`, else to standard output; open it in
//! a browser. `--help` prints the usage; a bad subject or an unknown
//! argument prints the error and exits with code 2.

use std::fmt::Write as _;
use std::process::ExitCode;

use allegiance::{Basis, Country, Dataset, Period, TreatyStatus, Union};
use time::Date;

/// One bar: a label and its coloured segments.
struct Row {
    label: String,
    segments: Vec<(Date, Date, Style)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    Member,
    OtherRole,
    Treaty,
    Disputed,
    Presumed,
}

impl Style {
    const ALL: [Style; 5] =
        [Style::Member, Style::OtherRole, Style::Treaty, Style::Disputed, Style::Presumed];

    /// The `class` of its bars, which the legend names.
    fn class(self) -> &'static str {
        match self {
            Style::Member => "member",
            Style::OtherRole => "role",
            Style::Treaty => "confirmed",
            Style::Disputed => "disputed",
            Style::Presumed => "presumed",
        }
    }

    /// Fill, and the outline that tells disputed and presumed bars apart
    /// without colour.
    fn paint(self) -> &'static str {
        match self {
            Style::Member => r##"fill="#2f6db5" stroke="#ffffff" stroke-width="0.5""##,
            Style::OtherRole => r##"fill="#9cc0ea" stroke="#ffffff" stroke-width="0.5""##,
            Style::Treaty => r##"fill="#2e8b57" stroke="#ffffff" stroke-width="0.5""##,
            Style::Disputed => r##"fill="#e0a030" stroke="#8a5a00" stroke-width="1" stroke-dasharray="4 2""##,
            Style::Presumed => {
                r##"fill="#ffffff" stroke="#2e8b57" stroke-width="1.5" stroke-dasharray="2 2""##
            }
        }
    }

    fn legend(self) -> &'static str {
        match self {
            Style::Member => "member of the union",
            Style::OtherRole => "observer, partner, candidate or other role",
            Style::Treaty => "treaty in force (initial term or confirmed extension)",
            Style::Disputed => "treaty in force, a source ends this term on another day",
            Style::Presumed => {
                "presumed in force: an automatic extension, or in operation with no entry into force found"
            }
        }
    }
}

/// The time window drawn: bars are cut to it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Window {
    from: Date,
    to: Date,
    /// The dataset's as-of date: open periods end there.
    as_of: Date,
}

/// Escapes text for XML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A period's days: an open end is the as-of date (still so then, not
/// forever).
fn span(p: &Period, as_of: Date) -> (Date, Date) {
    (p.start.first_day(), p.end.map_or(as_of, |e| e.first_day()))
}

/// How a treaty's period in force is drawn: presumed (or in operation with
/// no entry into force found), disputed (the status
/// at its start says a source ends the term on another day) or confirmed.
fn treaty_style(t: &allegiance::Treaty, v: &allegiance::Validity) -> Style {
    match (v.basis, t.status_at(v.period.start.first_day())) {
        (Basis::PresumedExtension | Basis::Operative(_), _) => Style::Presumed,
        (_, TreatyStatus::InForce { end_disputed: true, .. }) => Style::Disputed,
        _ => Style::Treaty,
    }
}

fn rows_for_country(kb: &Dataset, c: Country, until: Date) -> Vec<Row> {
    let mut rows = Vec::new();
    for u in Union::iter() {
        for m in kb.history(c, u) {
            let style = if m.role.is_member() { Style::Member } else { Style::OtherRole };
            let (a, b) = span(&m.period, until);
            rows.push(Row { label: format!("{} ({})", u.acronym(), m.role), segments: vec![(a, b, style)] });
        }
    }
    let mut treaties: Vec<_> = kb.treaties().iter().filter(|t| t.all_parties().contains(c)).collect();
    treaties.sort_by_key(|t| t.signed);
    for t in treaties {
        // A presumed period with no end is drawn to the as-of date like
        // any open period; the rest run to their end, and the window cuts.
        let segments = t
            .validities()
            .map(|v| {
                let (a, b) = span(&v.period, until);
                (a, b, treaty_style(t, &v))
            })
            .filter(|&(a, b, _)| a < b)
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

/// Left edge of the plot (after the labels), canvas width and the right
/// margin.
const LEFT: f64 = 390.0;
const WIDTH: f64 = 1200.0;
const RIGHT: f64 = 20.0;

/// The SVG for `rows` under `title`, drawn in `window`: each bar is cut to
/// the window (a cut is marked with a small triangle and the bar's real
/// dates stay in its tooltip), bars outside it are left out.
fn render(title: &str, subtitle: &str, rows: &[Row], window: Window) -> String {
    const ROW: f64 = 22.0;
    const TOP: f64 = 70.0;
    let (first, last) = (window.from.year(), window.to.year().max(window.from.year() + 1));
    let (from, to) = (window.from, window.to.max(window.from.next_day().unwrap_or(window.from)));
    let span_days = f64::from((to - from).whole_days() as i32).max(1.0);
    let x = |d: Date| {
        let d = d.clamp(from, to);
        LEFT + (WIDTH - LEFT - RIGHT) * f64::from((d - from).whole_days() as i32) / span_days
    };
    let legend_top = TOP + ROW * rows.len() as f64 + 40.0;
    let height = legend_top + 24.0 * (Style::ALL.len() + 1) as f64 + 20.0;

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
        let tick = Date::from_ordinal_date(year, 1).unwrap_or(Date::MIN);
        if tick >= from && tick <= to {
            let xx = x(tick);
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
            if b <= from || a >= to || b <= a {
                continue; // outside the window (or empty)
            }
            let (x1, x2) = (x(a), x(b).max(x(a) + 2.0).min(WIDTH - RIGHT));
            let x1 = x1.min(x2 - 2.0);
            let _ = writeln!(
                s,
                r#"<rect class="{}" x="{x1:.1}" y="{:.1}" width="{:.1}" height="{:.1}" {}><title>{} – {}</title></rect>"#,
                style.class(),
                y + 3.0,
                x2 - x1,
                ROW - 6.0,
                style.paint(),
                a,
                b
            );
            // Cut by the window: a triangle at the edge.
            if a < from {
                let _ = writeln!(
                    s,
                    r##"<path class="cut" d="M{:.1} {:.1} l-6 5 l6 5 z" fill="#555555"><title>since {a}</title></path>"##,
                    LEFT,
                    y + 6.0
                );
            }
            if b > to {
                let _ = writeln!(
                    s,
                    r##"<path class="cut" d="M{:.1} {:.1} l6 5 l-6 5 z" fill="#555555"><title>until {b}</title></path>"##,
                    WIDTH - RIGHT,
                    y + 6.0
                );
            }
        }
    }
    // The as-of date: open periods end here.
    if window.as_of > from && window.as_of < to {
        let xx = x(window.as_of);
        let _ = writeln!(
            s,
            r##"<line class="as-of" x1="{xx:.1}" y1="{:.1}" x2="{xx:.1}" y2="{axis_bottom:.1}" stroke="#cc3333" stroke-dasharray="3 3"><title>as of {}</title></line>"##,
            TOP - 6.0,
            window.as_of
        );
    }
    for (k, style) in Style::ALL.into_iter().enumerate() {
        let y = legend_top + 24.0 * k as f64;
        let _ = writeln!(s, r#"<rect x="20" y="{y:.1}" width="28" height="14" {}/>"#, style.paint());
        let _ = writeln!(s, r#"<text x="56" y="{:.1}">{}</text>"#, y + 12.0, esc(style.legend()));
    }
    let y = legend_top + 24.0 * Style::ALL.len() as f64;
    let _ = writeln!(
        s,
        r##"<line x1="20" y1="{:.1}" x2="48" y2="{:.1}" stroke="#cc3333" stroke-dasharray="3 3"/><text x="56" y="{:.1}">the dataset's as-of date, {}; a triangle marks a bar cut by the window</text>"##,
        y + 7.0,
        y + 7.0,
        y + 12.0,
        window.as_of
    );
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

const USAGE: &str = "usage: timeline [COUNTRY|UNION] [--from YEAR|all] [--to YEAR] [--out FILE.svg]

An SVG time line of a country's union memberships and treaties, or of a
union's members (default: Russia). The window runs from 1991 for a country
or from a union's first record (--from all: the earliest record) to six
years past the dataset's as-of date. Written to FILE.svg with --out, else
to standard output.";

/// Where the window starts.
#[derive(Debug, PartialEq, Clone, Copy)]
enum From {
    Default,
    All,
    Year(i32),
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Args {
    Run { subject: Option<String>, out: Option<String>, from: From, to: Option<i32> },
    Help,
}

/// A year from 1800 to 2100.
fn year(flag: &str, v: Option<&String>) -> Result<i32, String> {
    let v = v.ok_or_else(|| format!("{flag} needs a year"))?;
    match v.parse::<i32>() {
        Ok(y) if (1800..=2100).contains(&y) => Ok(y),
        _ => Err(format!("{flag} needs a year from 1800 to 2100, not {v:?}")),
    }
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut subject, mut out, mut from, mut to) = (None, None, From::Default, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(Args::Help),
            "--out" => match it.next() {
                Some(p) if !p.starts_with("--") => out = Some(p.clone()),
                _ => return Err("--out needs a path".to_owned()),
            },
            "--from" => {
                let v = it.next();
                from = if v.is_some_and(|v| v == "all") { From::All } else { From::Year(year("--from", v)?) };
            }
            "--to" => to = Some(year("--to", it.next())?),
            a if a.starts_with("--") => return Err(format!("unknown option {a:?}")),
            a if subject.is_some() => return Err(format!("unexpected argument {a:?}: one country or union")),
            a => subject = Some(a.to_owned()),
        }
    }
    if let (From::Year(a), Some(b)) = (from, to)
        && b <= a
    {
        return Err(format!("--to {b} is not after --from {a}"));
    }
    Ok(Args::Run { subject, out, from, to })
}

/// The window for `rows`: see the module docs.
fn window(rows: &[Row], union: bool, from: From, to: Option<i32>, as_of: Date) -> Window {
    let jan1 = |y: i32| Date::from_ordinal_date(y, 1).unwrap_or(as_of);
    let earliest = rows.iter().flat_map(|r| r.segments.iter().map(|s| s.0)).min().unwrap_or(as_of);
    let from = match from {
        From::Year(y) => jan1(y),
        From::All => jan1(earliest.year()),
        From::Default if union => jan1(earliest.year()),
        From::Default => jan1(1991),
    };
    let to = to.map_or_else(|| jan1(as_of.year() + 7), jan1).max(from.next_day().unwrap_or(from));
    Window { from, to, as_of }
}

fn main() -> ExitCode {
    let kb = Dataset::embedded();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (subject, out, from, to) = match parse_args(&args) {
        Ok(Args::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Args::Run { subject, out, from, to }) => (subject, out, from, to),
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let until = kb.as_of().first_day();
    let subject = subject.unwrap_or_else(|| "Russia".to_owned());
    let (title, rows, union) = if let Ok(u) = subject.parse::<Union>() {
        (format!("{} ({}): membership periods", u.name(), u.acronym()), rows_for_union(kb, u, until), true)
    } else {
        match subject.parse::<Country>() {
            Ok(c) => (format!("{c}: unions and treaties"), rows_for_country(kb, c, until), false),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let window = window(&rows, union, from, to, until);
    let subtitle = format!(
        "{} records, {} to {}; open periods drawn to the dataset's as-of date, {}. Source: allegiance embedded dataset.",
        rows.len(),
        window.from.year(),
        window.to.year(),
        kb.as_of()
    );
    let svg = render(&title, &subtitle, &rows, window);
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
        assert_eq!(args(&[]), Ok(Args::Run { subject: None, out: None, from: From::Default, to: None }));
        assert_eq!(
            args(&["--from", "1945", "--to", "2030"]),
            Ok(Args::Run { subject: None, out: None, from: From::Year(1945), to: Some(2030) })
        );
        assert_eq!(
            args(&["--from", "all"]),
            Ok(Args::Run { subject: None, out: None, from: From::All, to: None })
        );
        assert_eq!(
            args(&["--from", "x"]),
            Err("--from needs a year from 1800 to 2100, not \"x\"".to_owned())
        );
        assert_eq!(
            args(&["--from", "2000", "--to", "1999"]),
            Err("--to 1999 is not after --from 2000".to_owned())
        );
        assert_eq!(args(&["-h"]), Ok(Args::Help));
        assert_eq!(
            args(&["EAEU", "--out", "x.svg"]),
            Ok(Args::Run {
                subject: Some("EAEU".into()),
                out: Some("x.svg".into()),
                from: From::Default,
                to: None
            })
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

    /// The value of attribute `name` in a tag's text.
    fn attr(tag: &str, name: &str) -> Option<f64> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..].split('"').next()?.parse().ok()
    }

    /// Every bar of the SVG: its class, x and width (parsed from the text).
    fn bars(svg: &str) -> Vec<(String, f64, f64)> {
        svg.split('<')
            .filter(|t| t.starts_with("rect class=\""))
            .map(|t| {
                let class = t["rect class=\"".len()..].split('"').next().unwrap().to_owned();
                (class, attr(t, "x").expect("x"), attr(t, "width").expect("width"))
            })
            .collect()
    }

    /// Each bar starts before it ends and lies on the canvas, in the plot.
    fn check_bars(svg: &str, what: &str) {
        assert_eq!(well_formed(svg), Ok(()), "{what}");
        for (class, x, w) in bars(svg) {
            assert!(w > 0.0, "{what}: a {class} bar of width {w}");
            assert!(x >= LEFT - 0.05 && x + w <= WIDTH - RIGHT + 0.05, "{what}: a {class} bar at {x} + {w}");
        }
    }

    fn draw(kb: &Dataset, subject: &str, from: From, to: Option<i32>) -> String {
        let as_of = kb.as_of().first_day();
        let (rows, union) = match subject.parse::<Union>() {
            Ok(u) => (rows_for_union(kb, u, as_of), true),
            Err(_) => (rows_for_country(kb, subject.parse().unwrap(), as_of), false),
        };
        render(subject, "t", &rows, window(&rows, union, from, to, as_of))
    }

    #[test]
    fn every_country_and_union_draws_bars_on_the_canvas() {
        let kb = Dataset::embedded();
        for c in Country::iter() {
            for from in [From::Default, From::All, From::Year(2020)] {
                check_bars(&draw(kb, c.alpha2(), from, None), &format!("{c:?} {from:?}"));
            }
        }
        for u in Union::iter() {
            let svg = draw(kb, u.acronym(), From::Default, None);
            check_bars(&svg, &format!("{u:?}"));
            assert!(svg.contains("member of the union"), "the legend is drawn");
        }
    }

    #[test]
    fn russia_draws_post_1991_across_the_width_and_cuts_what_runs_past() {
        let kb = Dataset::embedded();
        let svg = draw(kb, "RU", From::Default, None);
        check_bars(&svg, "Russia");
        // The window is 1991 to the as-of year + 7: 1991 is the left edge.
        assert!(svg.contains(&format!(r#"x="{LEFT:.1}" y="#)), "a bar starts at the left edge");
        assert!(svg.contains(">1991</text>") || svg.contains(">1990</text>") || svg.contains(">1995</text>"));
        assert!(!svg.contains(">1920</text>"), "the 1920 start does not set the window");
        // Russia–Iran (in force 2 Oct 2025, 20 years): one bar from 2025,
        // cut at the right edge, not reversed.
        let iran = svg
            .split('\n')
            .find(|l| l.contains("<title>2025-10-02 – 2045-10-02</title>"))
            .expect("Iran's term");
        assert!(iran.contains("class=\"confirmed\""), "{iran}");
        assert!(svg.contains("<title>until 2045-10-02</title>"), "the cut is marked");
        // The China–Russia treaty: the disputed term, the confirmed second
        // extension, and a presumed period after it, drawn distinctly.
        let classes: Vec<String> = bars(&svg).into_iter().map(|b| b.0).collect();
        for class in ["confirmed", "disputed", "presumed", "member"] {
            assert!(classes.iter().any(|c| c == class), "no {class} bar");
        }
        assert!(
            svg.contains(r#"class="disputed""#) && svg.contains("<title>2022-02-28 – 2027-02-28</title>")
        );
        // Everything since 1920 with --from all still lies on the canvas.
        check_bars(&draw(kb, "RU", From::All, None), "Russia, all");
    }
}
