//! A world map, as an SVG file, of the countries' stances on Russia's
//! invasion of Ukraine, of one country's ties, or of the votes on a UN
//! General Assembly resolution, on a day (no dependency: the SVG is
//! written by hand).
//!
//! ```text
//! cargo run --example map -- [--stance | --relation COUNTRY | --vote SYMBOL] [--on DATE] [--out FILE.svg]
//! ```
//!
//! - `--stance` (the default): each country's [`Stance`] on the day, on a
//!   diverging scale from most supportive of the invasion to most opposed;
//!   a country the stance data covers but does not place on the day is
//!   "not placed", one it does not cover is "outside coverage".
//! - `--relation COUNTRY`: each country's relation to `COUNTRY` on the day:
//!   an ally by the strongest kind of tie, ties without alliance, no tie, or
//!   outside coverage (no tie recorded, and the data does not cover the
//!   pair's treaties, so "none" would not be a fact).
//! - `--vote SYMBOL`: each member's vote on the resolution (`ES-11/1` or
//!   `A/RES/ES-11/1`): yes, no, abstain, did not vote, not recorded (the
//!   roll call is incomplete), not a UN member. The day is the
//!   resolution's.
//!
//! `DATE` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (default: today). The
//! shapes are Natural Earth's 1:110m countries (today's borders) from the
//! npm package `world-atlas`, in the Equal Earth projection, written by
//! `examples/map/world_map.py` into `examples/map/` (see
//! `examples/map/LICENSE-world-atlas.md`). A UN member or observer State
//! too small to see, or with no 1:110m shape, is marked with a circle; any
//! that is neither drawn nor marked is listed under the map.
//!
//! The SVG goes to `FILE.svg` with `--out`, else to standard output.
//! `--help` prints the usage; a bad country, date or symbol, or an unknown
//! argument, prints the error and exits with code 2.

#[path = "support/report.rs"]
mod report;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use allegiance::{
    Country, CountrySet, Covered, DATA_VERSION, Dataset, FactKind, PartialDate, SourceId, Stance, TieKind,
    Union, Vote,
};
use strum::IntoEnumIterator as _;
use time::Date;

/// The shapes: `examples/map/world_map.py` writes them.
const SHAPES: &str = include_str!("map/world-110m.tsv");
/// Where to mark the states with no 1:110m shape.
const MARKERS: &str = include_str!("map/markers.tsv");

/// A shape smaller than this (px², on the 1,200-px canvas: about
/// 22,000 km² in the equal-area projection) gets a marker too.
const SMALL: f64 = 20.0;

/// One country shape of the 1:110m file.
struct Shape {
    /// The country; `None` for the shapes with no ISO code (N. Cyprus,
    /// Somaliland).
    country: Option<Country>,
    name: &'static str,
    d: &'static str,
    x: f64,
    y: f64,
    area: f64,
}

/// The map file: canvas size, the sphere's outline, the shapes.
struct World {
    width: f64,
    height: f64,
    version: &'static str,
    outline: &'static str,
    shapes: Vec<Shape>,
    /// Marker positions for the states with no shape.
    markers: Vec<(Country, f64, f64)>,
}

/// The country of a shape: by its ISO numeric code, and Kosovo (which
/// Natural Earth gives no code) by name.
fn shape_country(id: &str, name: &str) -> Option<Country> {
    match id.parse::<u16>() {
        Ok(n) => Country::from_numeric(n),
        Err(_) if name == "Kosovo" => Some(Country::XK),
        Err(_) => None,
    }
}

/// Reads the checked-in files; an error names the line.
fn load() -> Result<World, String> {
    let (mut width, mut height, mut version, mut outline) = (0.0, 0.0, "", "");
    let mut shapes = Vec::new();
    let num = |s: &str, line: usize| {
        s.parse::<f64>().map_err(|_| format!("world-110m.tsv:{line}: bad number {s:?}"))
    };
    for (k, line) in SHAPES.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["# canvas", w, h] => (width, height) = (num(w, k + 1)?, num(h, k + 1)?),
            ["# version", v] => version = v,
            ["# outline", d] => outline = d,
            _ if line.starts_with('#') || line.starts_with("id\t") => {}
            [id, name, d, x, y, area] => shapes.push(Shape {
                country: shape_country(id, name),
                name,
                d,
                x: num(x, k + 1)?,
                y: num(y, k + 1)?,
                area: num(area, k + 1)?,
            }),
            _ => return Err(format!("world-110m.tsv:{}: {} columns, not 6", k + 1, f.len())),
        }
    }
    let mut markers = Vec::new();
    for (k, line) in MARKERS.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("id\t") {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [id, _, _, _, x, y, _] = f.as_slice() else {
            return Err(format!("markers.tsv:{}: {} columns, not 7", k + 1, f.len()));
        };
        let c = id.parse().ok().and_then(Country::from_numeric);
        let c = c.ok_or_else(|| format!("markers.tsv:{}: no country has the code {id:?}", k + 1))?;
        let xy = |s: &str| s.parse::<f64>().map_err(|_| format!("markers.tsv:{}: bad number {s:?}", k + 1));
        markers.push((c, xy(x)?, xy(y)?));
    }
    if width <= 0.0 || height <= 0.0 || shapes.is_empty() {
        return Err("world-110m.tsv: no canvas or no shapes".to_owned());
    }
    Ok(World { width, height, version, outline, shapes, markers })
}

/// A colour class of the map: its CSS class, legend label and fill.
#[derive(Clone, Debug, PartialEq)]
struct Class {
    key: String,
    label: String,
    /// The rule, shown beside the label in the legend when given.
    note: Option<String>,
    fill: &'static str,
}

impl Class {
    fn new(key: &str, label: impl Into<String>, fill: &'static str) -> Class {
        Class { key: key.to_owned(), label: label.into(), note: None, fill }
    }

    fn with_note(mut self, note: impl Into<String>) -> Class {
        self.note = Some(note.into());
        self
    }
}

/// Grey for a country the data covers but does not place (or tie, or
/// record), and a lighter grey for one outside its coverage.
const NOT_PLACED: &str = "#a3a3a3";
const OUTSIDE: &str = "#e4e4e4";
/// A level of a scale this example does not know yet (the enums are
/// `#[non_exhaustive]`).
const OTHER: &str = "#b9a7cf";
const OCEAN: &str = "#eef4f9";

/// What a mode colours the countries by.
struct Painting {
    title: String,
    subtitle: Vec<String>,
    classes: Vec<Class>,
    /// Each country's class (an index into `classes`) and its tooltip.
    of: Vec<(Country, usize, String)>,
    /// The sources of the facts shown.
    sources: BTreeSet<SourceId>,
}

impl Painting {
    fn class_of(&self, c: Country) -> Option<(usize, &str)> {
        self.of.iter().find(|(x, _, _)| *x == c).map(|(_, k, t)| (*k, t.as_str()))
    }
}

/// The fill of a stance level: a diverging scale, red for support, blue
/// for opposition; the two parties to the war darkest at either end.
fn stance_fill(s: Stance) -> &'static str {
    match s {
        Stance::Invader => "#67001f",
        Stance::Invaded => "#053061",
        Stance::AssistsMilitarily => "#b2182b",
        Stance::Endorses => "#d6604d",
        Stance::Sympathises => "#f4a582",
        Stance::Neutral => "#f0e2a8",
        Stance::Critical => "#92c5de",
        Stance::Condemns => "#4393c3",
        Stance::OpposesWithMeasures => "#2166ac",
        _ => OTHER,
    }
}

/// The states a map accounts for: the UN members and observer States on
/// the day.
fn un_states(kb: &Dataset, day: Date) -> CountrySet {
    kb.members(Union::Un, day) | kb.observers(Union::Un, day)
}

/// Every country a shape or marker stands for.
fn mapped(world: &World) -> Vec<Country> {
    let mut all: Vec<Country> = world.shapes.iter().filter_map(|s| s.country).collect();
    all.extend(world.markers.iter().map(|m| m.0));
    all.sort();
    all.dedup();
    all
}

fn paint_stance(kb: &Dataset, world: &World, day: Date) -> Painting {
    let mut classes: Vec<Class> = Stance::iter()
        .map(|s| Class::new(s.as_str(), s.to_string(), stance_fill(s)).with_note(s.criterion()))
        .collect();
    let not_placed = classes.len();
    classes.push(
        Class::new("not-placed", "not placed", NOT_PLACED)
            .with_note("the stance data covers the country, but places it on no level on the day"),
    );
    let outside = classes.len();
    classes.push(
        Class::new("outside", "outside coverage", OUTSIDE)
            .with_note("the stance data does not cover the country (or not on the day)"),
    );
    let mut sources = BTreeSet::new();
    let mut by_votes = 0;
    let of = mapped(world)
        .into_iter()
        .map(|c| match kb.stance(c, day) {
            Some(r) => {
                sources.extend(r.sources.iter().cloned());
                by_votes += usize::from(r.rests_on_votes_alone());
                let k = Stance::iter().position(|s| s == r.stance).unwrap_or(outside);
                (c, k, format!("{c}: {} (since {}; assessed by {})", r.stance, r.since, r.assessed_by))
            }
            None => match kb.covers(FactKind::Stances, c, day) {
                Covered::Fully | Covered::Partly { .. } => (c, not_placed, format!("{c}: not placed")),
                other => (c, outside, format!("{c}: {other}")),
            },
        })
        .collect();
    let scope = kb.coverage().iter().find(|s| s.facts == FactKind::Stances);
    Painting {
        title: format!("Stances on Russia's invasion of Ukraine, {}", PartialDate::from(day)),
        subtitle: vec![
            "Where each government stood on the day, from most supportive of the invasion (red) to most opposed (blue).".to_owned(),
            format!(
                "Stance data covers {}.",
                scope.map_or_else(|| "no country".to_owned(), |s| s.rule.to_string())
            ),
            format!(
                "{by_votes} of the states shown are placed by their UN votes alone: no words or acts of their governments were found (hover for each state's basis)."
            ),
        ],
        classes,
        of,
        sources,
    }
}

/// Whether "no tie" between `a` and `b` on `day` is an answer: the data
/// covers the pair's treaties and their diplomatic relations (memberships
/// of the unions are complete). Else the kind of fact not covered.
fn pair_covered<'d>(
    kb: &'d Dataset,
    a: Country,
    b: Country,
    day: Date,
) -> Result<(), (FactKind, Covered<'d>)> {
    for facts in [FactKind::Treaties, FactKind::DiplomaticRelations] {
        match kb.covers_pair(facts, a, b, day) {
            Covered::Fully | Covered::Partly { .. } => {}
            other => return Err((facts, other)),
        }
    }
    Ok(())
}

/// The fill of an alliance-grade tie kind.
fn tie_fill(k: TieKind) -> &'static str {
    match k {
        TieKind::MutualDefence => "#08519c",
        TieKind::StateUnion => "#54278f",
        TieKind::IntegrationUnion => "#3182bd",
        TieKind::Friendship => "#31a354",
        TieKind::StrategicPartnership => "#a1d99b",
        _ => OTHER,
    }
}

fn paint_relation(kb: &Dataset, world: &World, of: Country, day: Date) -> Painting {
    let mut classes = vec![Class::new("itself", of.name(), "#252525")];
    let allied: Vec<TieKind> = TieKind::iter().filter(|k| k.is_alliance_grade()).collect();
    for k in &allied {
        classes.push(Class::new(k.as_str(), format!("ally: {k}"), tie_fill(*k)));
    }
    let (ties, none, outside) = (classes.len(), classes.len() + 1, classes.len() + 2);
    classes.push(
        Class::new("ties", "ties, none alliance-grade", "#fdae6b")
            .with_note("a forum, regional organisation, association, agreement, diplomatic relations, aligned votes, or a suspended alliance tie"),
    );
    classes.push(
        Class::new("none", "no tie", NOT_PLACED)
            .with_note("no tie recorded, where the data covers the pair's treaties and diplomatic relations (each a selection)"),
    );
    classes.push(
        Class::new("outside", "outside coverage", OUTSIDE)
            .with_note("no tie recorded, and the data does not cover the pair's treaties or diplomatic relations: not \"none\""),
    );
    let mut sources = BTreeSet::new();
    let painted = mapped(world)
        .into_iter()
        .map(|c| {
            if c == of {
                return (c, 0, format!("{c}"));
            }
            let r = kb.relation(of, c, day);
            sources.extend(r.ties.iter().flat_map(|t| t.sources().cloned()));
            let strongest = r.ties.first();
            match strongest {
                Some(t) if r.is_alliance() => {
                    let k = allied.iter().position(|&x| x == t.kind).map_or(ties, |k| k + 1);
                    (c, k, format!("{c}: ally, {} ({t})", t.kind))
                }
                Some(t) => (c, ties, format!("{c}: {} ({t})", t.kind)),
                None => match pair_covered(kb, of, c, day) {
                    Ok(()) => (c, none, format!("{c}: no tie recorded")),
                    Err((facts, why)) => (c, outside, format!("{c}: no tie recorded; {facts} {why}")),
                },
            }
        })
        .collect();
    let mut subtitle = vec![format!(
        "Each country's strongest tie to {of} on the day; an ally has a tie of alliance grade (mutual defence, a union, a friendship treaty or a strategic partnership)."
    )];
    match kb.allies_coverage(of, day) {
        Covered::Fully => subtitle.push(format!("Coverage: complete for {of}'s alliances.")),
        other => subtitle.push(format!("Coverage of {of}'s alliances: {other}.")),
    }
    Painting {
        title: format!("{of}: allies and ties on {}", PartialDate::from(day)),
        subtitle,
        classes,
        of: painted,
        sources,
    }
}

/// The fill of a vote.
fn vote_fill(v: Vote) -> &'static str {
    match v {
        Vote::Yes => "#1a9850",
        Vote::No => "#d73027",
        Vote::Abstain => "#fdd35c",
        Vote::NotVoting => "#8073ac",
        _ => OTHER,
    }
}

/// The key of a vote's class: `"yes"`, `"not-voting"`.
fn vote_key(v: Vote) -> String {
    <&str>::from(v).replace('_', "-")
}

fn paint_vote(kb: &Dataset, world: &World, symbol: &str) -> Result<(Painting, Date), String> {
    let r = kb.resolution(symbol).ok_or_else(|| match kb.tally(symbol) {
        Err(e) => e.to_string(),
        Ok(_) => format!("unknown resolution {symbol:?}"),
    })?;
    let day = r.date.first_day();
    let mut classes: Vec<Class> =
        Vote::iter().map(|v| Class::new(&vote_key(v), v.to_string(), vote_fill(v))).collect();
    let (not_recorded, not_member) = (classes.len(), classes.len() + 1);
    classes.push(
        Class::new("not-recorded", "not recorded", NOT_PLACED)
            .with_note("a member whose vote the dataset's roll call does not record"),
    );
    classes.push(Class::new("not-member", "not a UN member on the day", OUTSIDE));
    let members = kb.members(Union::Un, day);
    let of = mapped(world)
        .into_iter()
        .map(|c| match kb.vote(&r.symbol, c) {
            Some(v) => (c, Vote::iter().position(|x| x == v).unwrap_or(not_recorded), format!("{c}: {v}")),
            None if members.contains(c) => (c, not_recorded, format!("{c}: vote not recorded")),
            None => (c, not_member, format!("{c}: not a UN member")),
        })
        .collect();
    let counted = r.counted();
    let mut subtitle = vec![format!("Adopted {}: {} (as announced).", r.date, r.totals)];
    if r.complete {
        subtitle.push("The roll call is complete: every member's vote is recorded.".to_owned());
    } else {
        subtitle.push(format!(
            "The roll call is incomplete: {} of {} members' votes are recorded ({counted}).",
            counted.total(),
            r.totals.total()
        ));
    }
    let painting = Painting {
        title: format!("UN General Assembly resolution {}, \u{201c}{}\u{201d}", r.symbol, r.title),
        subtitle,
        classes,
        of,
        sources: r.sources.iter().cloned().collect(),
    };
    Ok((painting, day))
}

/// Writes `lines` as `<text>` elements 15 px apart from `top`, at the left
/// margin, each with `attrs` (a class, a font size, a fill).
fn text_lines(s: &mut String, attrs: &str, top: f64, lines: &[String]) {
    for (k, line) in lines.iter().enumerate() {
        let _ = writeln!(
            s,
            r#"<text {attrs} x="16" y="{:.1}">{}</text>"#,
            top + 15.0 * k as f64 + 11.0,
            esc(line)
        );
    }
}

/// Escapes text for XML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `text` cut into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Characters per line of 11-px text across the canvas.
const LINE: usize = 190;

/// The SVG for `p` on the map `world`: the UN members and observer States
/// on `day` are each drawn, marked or listed.
fn render(kb: &Dataset, world: &World, p: &Painting, day: Date) -> String {
    const TOP: f64 = 24.0 + 18.0;
    let (w, mh) = (world.width, world.height);
    let mut subtitle: Vec<String> = p.subtitle.iter().flat_map(|s| wrap(s, 170)).collect();
    if day > kb.as_of().first_day() {
        subtitle.push(format!(
            "The day is after the dataset's as-of date, {}: the answers use the latest known facts.",
            kb.as_of()
        ));
    }
    let map_top = TOP + 16.0 * subtitle.len() as f64 + 8.0;
    let un = un_states(kb, day);

    // What is drawn and what is marked.
    let shaped: Vec<Country> = world.shapes.iter().filter_map(|s| s.country).collect();
    let mut marks: Vec<(Country, f64, f64)> = Vec::new();
    for s in &world.shapes {
        if let Some(c) = s.country
            && s.area < SMALL
            && un.contains(c)
        {
            marks.push((c, s.x, s.y));
        }
    }
    for &(c, x, y) in &world.markers {
        if un.contains(c) && !shaped.contains(&c) {
            marks.push((c, x, y));
        }
    }
    let missing: Vec<Country> =
        un.iter().filter(|c| !shaped.contains(c) && !marks.iter().any(|m| m.0 == *c)).collect();

    // The legend: one row a class, its rule beside it.
    let count = |k: usize| {
        p.of.iter()
            .filter(|(c, x, _)| *x == k && (shaped.contains(c) || marks.iter().any(|m| m.0 == *c)))
            .count()
    };
    let no_code: Vec<&str> = world.shapes.iter().filter(|s| s.country.is_none()).map(|s| s.name).collect();
    let legend_top = map_top + mh + 22.0;
    let legend_rows = p.classes.len() + 1; // and the heading
    let mut notes: Vec<String> = Vec::new();
    if !no_code.is_empty() {
        notes.push(format!(
            "Hatched: shapes with no ISO 3166 code in Natural Earth ({}), not states of the dataset; Kosovo is drawn as Kosovo (XK).",
            no_code.join(", ")
        ));
    }
    notes.push(format!(
        "A circle marks each UN member or observer State smaller than {SMALL} px\u{b2} (about 22,000 km\u{b2}) or with no 1:110m shape (placed at its 1:50m shape's centroid)."
    ));
    let missing_lines: Vec<String> = if missing.is_empty() {
        vec!["Every UN member and observer State on the day is drawn or marked.".to_owned()]
    } else {
        let names: Vec<String> = missing.iter().map(|c| format!("{} ({})", c.name(), c.alpha2())).collect();
        wrap(
            &format!(
                "UN members or observer States on the day neither drawn nor marked (no shape of today's borders): {}.",
                names.join(", ")
            ),
            LINE,
        )
    };
    let notes: Vec<String> = notes.iter().flat_map(|n| wrap(n, LINE)).collect();
    let source_lines = source_lines(kb, p, world.version);
    let notes_top = legend_top + 18.0 * legend_rows as f64 + 16.0;
    let missing_top = notes_top + 15.0 * notes.len() as f64;
    let sources_top = missing_top + 15.0 * missing_lines.len() as f64 + 8.0;
    let height = (sources_top + 15.0 * source_lines.len() as f64 + 10.0).ceil();

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{height}" viewBox="0 0 {w} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, "<title>{}</title>", esc(&p.title));
    let _ = writeln!(
        s,
        r##"<defs><clipPath id="map-clip"><rect x="0" y="0" width="{w}" height="{mh}"/></clipPath><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="4" stroke="#9a9a9a" stroke-width="1.2"/></pattern></defs>"##
    );
    let _ = writeln!(s, r##"<rect x="0" y="0" width="{w}" height="{height}" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r#"<text class="title" x="16" y="26" font-size="19" font-weight="bold">{}</text>"#,
        esc(&p.title)
    );
    for (k, line) in subtitle.iter().enumerate() {
        let _ = writeln!(
            s,
            r##"<text class="subtitle" x="16" y="{:.1}" fill="#444444">{}</text>"##,
            TOP + 16.0 * k as f64 + 4.0,
            esc(line)
        );
    }
    // The map.
    let _ = writeln!(s, r#"<g id="map" transform="translate(0 {map_top:.1})">"#);
    let _ = writeln!(
        s,
        r##"<path class="sphere" d="{}" fill="{OCEAN}" stroke="#b5c7d8" stroke-width="0.8" clip-path="url(#map-clip)"/>"##,
        world.outline
    );
    for shape in &world.shapes {
        match shape.country.and_then(|c| p.class_of(c).map(|x| (c, x))) {
            Some((c, (k, tip))) => {
                let _ = writeln!(
                    s,
                    r##"<path id="{}" class="{}" d="{}" fill="{}" stroke="#ffffff" stroke-width="0.5"><title>{}</title></path>"##,
                    c.alpha2(),
                    p.classes[k].key,
                    shape.d,
                    p.classes[k].fill,
                    esc(tip)
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    r##"<path class="no-code" d="{}" fill="url(#hatch)" stroke="#ffffff" stroke-width="0.5"><title>{}: no ISO 3166 code</title></path>"##,
                    shape.d,
                    esc(shape.name)
                );
            }
        }
    }
    for &(c, x, y) in &marks {
        let (k, tip) = p.class_of(c).unwrap_or((p.classes.len() - 1, ""));
        let _ = writeln!(
            s,
            r##"<circle id="m-{}" class="marker {}" cx="{x:.1}" cy="{y:.1}" r="3.2" fill="{}" stroke="#333333" stroke-width="0.7"><title>{}</title></circle>"##,
            c.alpha2(),
            p.classes[k].key,
            p.classes[k].fill,
            esc(tip)
        );
    }
    s.push_str("</g>\n");

    // The legend.
    let _ = writeln!(s, r#"<g id="legend" font-size="11.5">"#);
    let _ = writeln!(
        s,
        r#"<text x="16" y="{:.1}" font-weight="bold">Legend (states drawn or marked)</text>"#,
        legend_top + 12.0
    );
    for (k, c) in p.classes.iter().enumerate() {
        let (x, y) = (16.0, legend_top + 18.0 * (k + 1) as f64 + 4.0);
        let _ = writeln!(
            s,
            r##"<rect class="swatch {}" x="{x:.1}" y="{y:.1}" width="22" height="12" fill="{}" stroke="#777777" stroke-width="0.5"/>"##,
            c.key, c.fill
        );
        let label = format!("{} ({})", c.label, count(k));
        let _ = writeln!(s, r#"<text x="{:.1}" y="{:.1}">{}</text>"#, x + 30.0, y + 10.5, esc(&label));
        if let Some(note) = &c.note {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" fill="#555555">{}</text>"##,
                x + 250.0,
                y + 10.5,
                esc(note)
            );
        }
    }
    s.push_str("</g>\n");
    text_lines(&mut s, r##"class="note" font-size="11" fill="#444444""##, notes_top, &notes);
    let _ = writeln!(s, r#"<g id="not-drawn" font-size="11">"#);
    text_lines(&mut s, r##"fill="#444444""##, missing_top, &missing_lines);
    s.push_str("</g>\n");
    text_lines(&mut s, r##"class="source" font-size="11" fill="#666666""##, sources_top, &source_lines);
    s.push_str("</svg>\n");
    s
}

/// The source lines: the publishers of the facts shown, the dataset and
/// the shapes.
fn source_lines(kb: &Dataset, p: &Painting, version: &str) -> Vec<String> {
    let mut publishers: Vec<String> = Vec::new();
    for id in &p.sources {
        // The publisher's name, without the notes on how it was read.
        let name = kb.source(id).map_or_else(|| id.to_string(), |s| s.publisher.to_string());
        let name = name.split(" (").next().unwrap_or(&name).trim().to_owned();
        if !publishers.contains(&name) {
            publishers.push(name);
        }
    }
    const MAX: usize = 30;
    let more = publishers.len().saturating_sub(MAX);
    publishers.truncate(MAX);
    let mut facts = if publishers.is_empty() {
        "Sources: no fact shown cites a source".to_owned()
    } else {
        format!(
            "Sources: {} source{} cited by the facts shown, from {}{}",
            p.sources.len(),
            if p.sources.len() == 1 { "" } else { "s" },
            publishers.join(", "),
            if more > 0 { format!(" and {more} more") } else { String::new() }
        )
    };
    let _ = write!(facts, "; the allegiance dataset {DATA_VERSION}, as of {}.", kb.as_of());
    let mut lines = wrap(&facts, LINE);
    lines.push(format!(
        "Shapes: Natural Earth 1:110m via world-atlas v{version} (public domain; today's borders), Equal Earth projection."
    ));
    lines
}

/// A minimal well-formedness check: tags balance, attributes are quoted,
/// `&` starts an entity, text holds no `<`.
fn well_formed(svg: &str) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open])?;
        let close = rest[open..].find('>').ok_or("unclosed tag")? + open;
        let tag = &rest[open + 1..close];
        if tag.contains('<') {
            return Err(format!("a < inside <{tag}>"));
        }
        if !tag.matches('"').count().is_multiple_of(2) {
            return Err(format!("unquoted attribute in <{tag}>"));
        }
        // Attribute values: entities only.
        for (k, value) in tag.split('"').enumerate() {
            if k % 2 == 1 {
                check_text(value)?;
            }
        }
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop() != Some(name.trim()) {
                return Err(format!("unbalanced </{name}>"));
            }
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap_or("");
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == ':' || c == '-') {
                return Err(format!("bad element name in <{tag}>"));
            }
            stack.push(name);
        }
        rest = &rest[close + 1..];
    }
    check_text(rest)?;
    if stack.is_empty() { Ok(()) } else { Err(format!("unclosed elements {stack:?}")) }
}

/// Text or an attribute value: every `&` starts one of the five entities.
fn check_text(text: &str) -> Result<(), String> {
    for (at, _) in text.match_indices('&') {
        let entity = &text[at..];
        if !["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| entity.starts_with(e)) {
            return Err(format!("bare & in {text:?}"));
        }
    }
    if text.contains('>') && text.contains("]]>") {
        return Err(format!("]]> in {text:?}"));
    }
    Ok(())
}

const USAGE: &str = "usage: map [--stance | --relation COUNTRY | --vote SYMBOL] [--on DATE] [--out FILE.svg]

An SVG world map on DATE (YYYY-MM-DD, YYYY-MM or YYYY; default: today):
  --stance             each country's stance on Russia's invasion of Ukraine (the default)
  --relation COUNTRY   each country's ties to COUNTRY (any code or name): allies by kind of tie
  --vote SYMBOL        each member's vote on a UN General Assembly resolution (ES-11/1);
                       the day is the resolution's
Written to FILE.svg with --out, else to standard output.";

/// What the map shows.
#[derive(Debug, PartialEq)]
enum Mode {
    Stance,
    Relation(Country),
    Vote(String),
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Args {
    Run { mode: Mode, day: Option<Date>, out: Option<String> },
    Help,
}

/// Reads the arguments; an error is the message to print with the usage.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut mode, mut day, mut out) = (None, None, None);
    fn set(m: Mode, mode: &mut Option<Mode>) -> Result<(), String> {
        match mode {
            Some(_) => Err("one of --stance, --relation and --vote, not two".to_owned()),
            None => {
                *mode = Some(m);
                Ok(())
            }
        }
    }
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = |it: &mut std::slice::Iter<'_, String>, what: &str| match it.next() {
            Some(v) if !v.starts_with("--") => Ok(v.clone()),
            _ => Err(format!("{arg} needs {what}")),
        };
        match arg.as_str() {
            "--help" | "-h" => return Ok(Args::Help),
            "--stance" => set(Mode::Stance, &mut mode)?,
            "--relation" => {
                let c = value(&mut it, "a country")?.parse::<Country>().map_err(|e| e.to_string())?;
                set(Mode::Relation(c), &mut mode)?;
            }
            "--vote" => set(Mode::Vote(value(&mut it, "a resolution symbol")?), &mut mode)?,
            "--on" => {
                let v = value(&mut it, "a date")?;
                day = Some(v.parse::<PartialDate>().map_err(|e| e.to_string())?.first_day());
            }
            "--out" => out = Some(value(&mut it, "a path")?),
            a if a.starts_with('-') => return Err(format!("unknown option {a:?}")),
            a => return Err(format!("unexpected argument {a:?}")),
        }
    }
    let mode = mode.unwrap_or(Mode::Stance);
    if matches!(mode, Mode::Vote(_)) && day.is_some() {
        return Err("--on does not go with --vote: the day is the resolution's".to_owned());
    }
    Ok(Args::Run { mode, day, out })
}

/// The map for a mode: its painting and the day drawn.
fn paint(kb: &Dataset, world: &World, mode: &Mode, day: Date) -> Result<(Painting, Date), String> {
    Ok(match mode {
        Mode::Stance => (paint_stance(kb, world, day), day),
        Mode::Relation(c) => (paint_relation(kb, world, *c, day), day),
        Mode::Vote(symbol) => paint_vote(kb, world, symbol)?,
    })
}

/// What `main` does, without the process: the text to print and where,
/// or the exit code and message.
enum Outcome {
    Help,
    Svg { svg: String, title: String, out: Option<String> },
}

fn run(kb: &Dataset, args: &[String], today: Date) -> Result<Outcome, (u8, String)> {
    let (mode, day, out) = match parse_args(args) {
        Ok(Args::Help) => return Ok(Outcome::Help),
        Ok(Args::Run { mode, day, out }) => (mode, day.unwrap_or(today), out),
        Err(e) => return Err((2, format!("error: {e}\n\n{USAGE}"))),
    };
    let world = load().map_err(|e| (1, format!("internal error: {e}")))?;
    let (painting, day) = paint(kb, &world, &mode, day).map_err(|e| (2, format!("error: {e}")))?;
    let svg = render(kb, &world, &painting, day);
    well_formed(&svg).map_err(|e| (1, format!("internal error: the SVG is not well-formed: {e}")))?;
    Ok(Outcome::Svg { svg, title: painting.title, out })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = time::OffsetDateTime::now_utc().date();
    match run(Dataset::embedded(), &args, today) {
        Ok(Outcome::Help) => report::write_out(&format!("{USAGE}\n")),
        Ok(Outcome::Svg { svg, out: None, .. }) => report::write_out(&svg),
        Ok(Outcome::Svg { svg, title, out: Some(path) }) => {
            if let Err(e) = std::fs::write(&path, &svg) {
                eprintln!("error: cannot write {path}: {e}");
                return ExitCode::FAILURE;
            }
            report::write_out(&format!("wrote {path}: {title}\n"))
        }
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    fn args(a: &[&str]) -> Result<Args, String> {
        parse_args(&strings(a))
    }

    const DAY: Date = date!(2022 - 03 - 02);

    fn svg(a: &[&str]) -> String {
        match run(Dataset::embedded(), &strings(a), DAY) {
            Ok(Outcome::Svg { svg, .. }) => svg,
            Ok(Outcome::Help) => panic!("help for {a:?}"),
            Err((code, e)) => panic!("{a:?} failed with {code}: {e}"),
        }
    }

    fn code(a: &[&str]) -> Option<u8> {
        run(Dataset::embedded(), &strings(a), DAY).err().map(|e| e.0)
    }

    #[test]
    fn arguments() {
        assert_eq!(args(&[]), Ok(Args::Run { mode: Mode::Stance, day: None, out: None }));
        assert_eq!(args(&["-h"]), Ok(Args::Help));
        assert_eq!(
            args(&["--relation", "Russian Federation", "--on", "2022-03", "--out", "m.svg"]),
            Ok(Args::Run {
                mode: Mode::Relation(Country::RU),
                day: Some(date!(2022 - 03 - 01)),
                out: Some("m.svg".into())
            })
        );
        assert_eq!(
            args(&["--vote", "ES-11/1"]),
            Ok(Args::Run { mode: Mode::Vote("ES-11/1".into()), day: None, out: None })
        );
        assert!(args(&["--relation", "Narnia"]).unwrap_err().contains("Narnia"));
        assert!(args(&["--on", "2022-13-45"]).is_err());
        assert_eq!(args(&["--on"]), Err("--on needs a date".to_owned()));
        assert_eq!(args(&["--out", "--stance"]), Err("--out needs a path".to_owned()));
        assert_eq!(args(&["--svg"]), Err("unknown option \"--svg\"".to_owned()));
        assert_eq!(args(&["Russia"]), Err("unexpected argument \"Russia\"".to_owned()));
        assert!(args(&["--stance", "--vote", "ES-11/1"]).is_err());
        assert!(args(&["--vote", "ES-11/1", "--on", "2022"]).is_err());
        assert!(USAGE.starts_with("usage: map"));
    }

    #[test]
    fn bad_input_exits_with_code_2() {
        assert_eq!(code(&["--relation", "Narnia"]), Some(2));
        assert_eq!(code(&["--on", "2022-13-45"]), Some(2));
        assert_eq!(code(&["--vote", "ES-11/99"]), Some(2));
        assert_eq!(code(&["--frobnicate"]), Some(2));
        assert_eq!(code(&["--stance"]), None);
        assert!(matches!(run(Dataset::embedded(), &strings(&["--help"]), DAY), Ok(Outcome::Help)));
    }

    #[test]
    fn the_checker_catches_broken_svg() {
        assert!(well_formed("<svg><g></svg>").is_err());
        assert!(well_formed("<svg><text>a & b</text></svg>").is_err());
        assert!(well_formed("<svg><text a=\"x & y\"/></svg>").is_err());
        assert!(well_formed("<svg><rect x=\"1/></svg>").is_err());
        assert!(well_formed("<svg><text>a < b</text></svg>").is_err());
        assert!(well_formed("<svg><text>a &amp; b &lt; c</text><rect/></svg>").is_ok());
    }

    #[test]
    fn the_map_files_load() {
        let world = load().expect("the map files");
        assert_eq!(world.width, 1200.0);
        assert!(world.height > 400.0 && world.height < 700.0);
        assert!(world.shapes.len() > 170);
        let has = |c| world.shapes.iter().any(|s| s.country == Some(c));
        assert!(has(Country::RU) && has(Country::UA) && has(Country::XK) && has(Country::FJ));
        let no_code: Vec<&str> =
            world.shapes.iter().filter(|s| s.country.is_none()).map(|s| s.name).collect();
        assert_eq!(no_code, ["N. Cyprus", "Somaliland"]);
        // Every shape and marker lies on the canvas.
        for s in &world.shapes {
            assert!((0.0..=world.width).contains(&s.x) && (0.0..=world.height).contains(&s.y), "{}", s.name);
        }
        for &(c, x, y) in &world.markers {
            assert!((0.0..=world.width).contains(&x) && (0.0..=world.height).contains(&y), "{c:?}");
        }
    }

    /// The ids of the elements of `svg` with the prefix, as countries.
    fn ids(svg: &str, prefix: &str) -> CountrySet {
        svg.split(" id=\"")
            .skip(1)
            .filter_map(|t| t.split('"').next()?.strip_prefix(prefix)?.parse::<Country>().ok())
            .collect()
    }

    /// The map is well-formed, titled, with a legend and source line, and
    /// accounts for every UN member and observer State on the day.
    fn check(svg: &str, day: Date, what: &str) {
        assert_eq!(well_formed(svg), Ok(()), "{what}");
        assert!(svg.contains("<title>") && svg.contains(r#"class="title""#), "{what}: a title");
        assert!(svg.contains(r#"<g id="legend""#) && svg.contains(r#"class="swatch"#), "{what}: a legend");
        // The source lines, joined.
        let source: Vec<&str> = svg
            .split(r#"<text class="source""#)
            .skip(1)
            .filter_map(|t| t.split_once('>')?.1.split("</text>").next())
            .collect();
        let source = source.join(" ");
        assert!(source.contains("Natural Earth 1:110m via world-atlas v2."), "{what}: the shapes' source");
        assert!(source.contains("allegiance dataset"), "{what}: sources: {source}");
        let (drawn, marked) = (ids(svg, ""), ids(svg, "m-"));
        let listed =
            svg.split(r#"<g id="not-drawn""#).nth(1).unwrap_or("").split("</g>").next().unwrap_or("");
        let kb = Dataset::embedded();
        for c in un_states(kb, day).iter() {
            assert!(
                drawn.contains(c) || marked.contains(c) || listed.contains(&format!("({})", c.alpha2())),
                "{what}: {c:?} is neither drawn, marked nor listed"
            );
        }
    }

    #[test]
    fn every_mode_draws_a_well_formed_map_of_every_un_member() {
        check(&svg(&["--stance"]), DAY, "stance");
        check(&svg(&["--relation", "RU"]), DAY, "relation");
        check(&svg(&["--vote", "A/RES/ES-11/1"]), DAY, "vote");
        for (a, day) in [
            (&["--stance", "--on", "2026-11-28"][..], date!(2026 - 11 - 28)),
            (&["--relation", "USSR", "--on", "1980"][..], date!(1980 - 01 - 01)),
            (&["--relation", "Brazil", "--on", "1950"][..], date!(1950 - 01 - 01)),
            (&["--vote", "68/262"][..], date!(2014 - 03 - 27)),
            (&["--vote", "ES-11/3"][..], date!(2022 - 04 - 07)),
        ] {
            check(&svg(a), day, &format!("{a:?}"));
        }
    }

    #[test]
    fn small_and_missing_states_are_marked() {
        let map = svg(&["--stance"]);
        for c in [Country::AD, Country::MC, Country::LI, Country::SM, Country::MT, Country::SG, Country::BH] {
            assert!(ids(&map, "m-").contains(c), "{c:?} is marked");
        }
        // Small, but drawn too.
        assert!(ids(&map, "").contains(Country::LU) && ids(&map, "m-").contains(Country::LU));
        // The former states of 1980 are listed: today's borders have no shape for them.
        let old = svg(&["--relation", "USSR", "--on", "1980"]);
        let listed = old.split(r#"<g id="not-drawn""#).nth(1).unwrap();
        assert!(listed.contains("Soviet Union (SU)") || listed.contains("(SU)"), "{listed}");
    }

    /// The class of country `c` on the map.
    fn class(svg: &str, c: Country) -> String {
        let at = svg.find(&format!(" id=\"{}\" class=\"", c.alpha2())).expect("drawn") + 12;
        svg[at..].split('"').nth(1).unwrap().to_owned()
    }

    #[test]
    fn relation_honours_coverage() {
        let map = svg(&["--relation", "RU"]);
        assert_eq!(class(&map, Country::RU), "itself");
        assert_eq!(class(&map, Country::BY), "mutual-defence");
        assert_eq!(class(&map, Country::CN), "friendship");
        assert_eq!(class(&map, Country::TR), "ties");
        // Japan and Australia: a tie short of alliance, the OSCE (both
        // Partners for Co-operation, Russia a participating State).
        assert_eq!(class(&map, Country::JP), "ties");
        assert_eq!(class(&map, Country::AU), "ties");
        // Bhutan: no tie recorded, and Russia–Bhutan treaties and
        // diplomatic relations are not covered.
        assert_eq!(class(&map, Country::BT), "outside");
        // Never "none" where the pair's treaties are not covered.
        let kb = Dataset::embedded();
        for c in ids(&map, "").iter() {
            if class(&map, c) == "none" {
                assert!(pair_covered(kb, Country::RU, c, DAY).is_ok(), "{c:?}");
            }
        }
    }

    #[test]
    fn stance_and_vote_classes() {
        let map = svg(&["--stance"]);
        assert_eq!(class(&map, Country::BY), "assists-militarily");
        assert_eq!(class(&map, Country::JP), "opposes-with-measures");
        assert_eq!(class(&map, Country::RU), "invader");
        assert_eq!(class(&map, Country::UA), "invaded");
        assert_eq!(class(&map, Country::TW), "outside");
        let map = svg(&["--vote", "ES-11/1"]);
        assert_eq!(class(&map, Country::IN), "abstain");
        assert_eq!(class(&map, Country::BY), "no");
        assert_eq!(class(&map, Country::TW), "not-member");
        let map = svg(&["--vote", "ES-11/3"]);
        assert!(map.contains("class=\"not-recorded\""), "an incomplete roll call");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a & <b> \"c\""), "a &amp; &lt;b&gt; &quot;c&quot;");
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
    }
}
