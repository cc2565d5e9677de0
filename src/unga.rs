//! The UN General Assembly's recorded plenary roll calls, 1946–2019, with
//! every member's vote: the whole record of the Voeten–Strezhnev–Bailey
//! data set, embedded.
//!
//! Erik Voeten, Anton Strezhnev and Michael Bailey, "United Nations General
//! Assembly Voting Data", Harvard Dataverse, hdl:1902.1/12379, dedicated to
//! the public domain (CC0 1.0); the copies in the R package `unvotes` (David
//! Robinson). 6,203 roll calls from 1946 to 14 January 2020 and 961,474
//! country votes, with absences; `src/data/unga/README.md` gives the
//! provenance, the columns and how absences were derived, and
//! `examples/unga_import.rs` converts a newer release.
//!
//! ```
//! use allegiance::{Country, Vote, unga};
//!
//! // A/RES/68/262 (27 March 2014), on the territorial integrity of Ukraine.
//! let rc = unga::roll_call_by_symbol("A/RES/68/262").unwrap();
//! assert_eq!(rc.date.to_string(), "2014-03-27");
//! assert_eq!(unga::vote(rc.rcid, Country::RU), Some(Vote::No));
//! assert_eq!(unga::vote(rc.rcid, Country::UA), Some(Vote::Yes));
//! let t = unga::tally(rc.rcid).unwrap();
//! assert_eq!((t.yes, t.no, t.abstain, t.not_voting), (100, 11, 58, 24));
//! ```
//!
//! # Whose vote
//!
//! Each vote belongs to a column of the data set, a state as COW code and
//! ISO code, and a column names a [`Country`]. The Soviet Union's votes are
//! its own ([`Country::SU`], `365:RU` in the data set) until the Russian
//! Federation continued its membership on 24 December 1991, and Russia's
//! from then; to follow the seat across, ask [`Country::continues`]. The
//! SFRY's are [`Country::YU`]'s (`345:YU`) until 27 April 1992, when the
//! crate ends the SFRY; from then the same column is the Federal Republic
//! of Yugoslavia's, filed as Serbia (`RS`, with the data set's `345:RS`):
//! its two votes of August and September 1992, cast in the Yugoslav seat
//! before GA resolution 47/1 barred it from the Assembly's work, and its
//! votes from its admission on 1 November 2000.
//! Czechoslovakia (`315:CS`), the GDR (`265:DD`) and South Yemen (`680:YD`)
//! are their own countries. West Germany's votes are Germany's (`260:DE`,
//! then `255:DE`), North Yemen's Yemen's (`678:YE`, then `679:YE`), and the
//! China seat's the Republic of China's until 25 October 1971 (`713:TW`)
//! and the People's Republic's from then (`710:CN`), as the data set
//! records them. Zanzibar's column (`511:`, 17 roll calls of December
//! 1963) is kept and counted in [`tally`]; it is an [`crate::Entity`], so
//! [`vote`] cannot ask for it and [`agreement`] leaves it out.
//!
//! ```
//! use allegiance::{Country, Vote, unga};
//!
//! // Resolution 2758 (XXVI) of 1971, which seated the People's Republic of
//! // China: the USSR voted yes, not "Russia", which did not yet vote.
//! let rc = unga::roll_call_by_symbol("A/RES/26/2758G").unwrap();
//! assert_eq!(unga::vote(rc.rcid, Country::SU), Some(Vote::Yes));
//! assert_eq!(unga::vote(rc.rcid, Country::RU), None);
//! assert_eq!(Country::RU.continues(), Some(Country::SU));
//! ```
//!
//! # Absent and not a member
//!
//! A member that cast no vote is [`Vote::NotVoting`]; a state with no row
//! on a roll call (not a member that day, or, for the early sessions, not
//! yet recorded) has no vote: `None`. The data set's later roll calls
//! (after 2015, from its 2021 copy) give every one of today's 193 members a
//! row, so their "absent" includes states that were not yet members on a
//! roll call's date; the few such roll calls dated before 2016 are a quirk
//! of the copy (see `src/data/notes/un_membership.md`).

use std::borrow::Cow;

use once_cell::sync::Lazy;
use time::Date;

use crate::{Agreement, Country, Tally, Vote};

/// The roll calls, one line each (see `src/data/unga/README.md`).
static ROLL_CALLS_TSV: &str = include_str!("data/unga/roll_calls.tsv");
/// The votes, one fixed-width line per roll call, in the same order.
static VOTES: &[u8] = include_bytes!("data/unga/votes.txt");

/// One recorded plenary roll call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RollCall {
    /// The data set's roll-call id.
    pub rcid: u32,
    /// The General Assembly session.
    pub session: u16,
    /// The day of the vote.
    pub date: Date,
    /// The resolution symbol as the data set writes it, with its `R/`
    /// prefix written `A/RES/`; may be empty or a draft's symbol.
    pub symbol: Cow<'static, str>,
    /// Whether the US State Department listed the vote as important (coded
    /// from 1983; `None` where not coded).
    pub important: Option<bool>,
    /// Whether the vote was on an amendment (`None`: not coded).
    pub amendment: Option<bool>,
    /// Whether the vote was on a paragraph (`None`: not coded).
    pub paragraph: Option<bool>,
    /// Topic codes: `me` Palestinian conflict, `nu` nuclear weapons, `di`
    /// arms control, `hr` human rights, `co` colonialism, `ec` economic
    /// development (comma-separated in the data set's order).
    pub issues: Cow<'static, str>,
    /// The data set's short description.
    pub short: Cow<'static, str>,
    /// The data set's description.
    pub description: Cow<'static, str>,
}

/// The votes' index, built once from the header of `votes.txt` (no roll
/// call's text is read for it).
struct Index {
    /// The roll calls' ids in the order of the file (by date, then id).
    rcids: Vec<u32>,
    /// Per roll-call id (below 100,000), its position plus one (0: none).
    by_rcid: Vec<u16>,
    /// The roll calls' days as Julian day numbers, in the file's order.
    days: Vec<i32>,
    /// The first year of the record, and per year from it the position of
    /// its first roll call (one more entry than years, for the end).
    first_year: i32,
    year_start: Vec<u32>,
    /// Where the first column line starts, and every column line's length.
    first: usize,
    width: usize,
    /// How many columns.
    columns: usize,
    /// The day of the last roll call (the file is in date order).
    last_day: Option<Date>,
    /// Per country, its votes over every roll call: a column line of the
    /// file, or, for a country with several columns (Germany's 260 and
    /// 255, Yemen's 678 and 679), their merge.
    votes: Vec<Option<Cow<'static, [u8]>>>,
}

/// The width of a column line's label, `00365:RU` and a tab.
const LABEL: usize = 9;

/// The columns whose votes belong to one country before a day and to
/// another from it: the data set's `365:RU` is the Soviet Union's until
/// the Russian Federation continued its membership on 24 December 1991;
/// its `345:YU` is the SFRY's until the crate's end of it, 27 April 1992,
/// and the Federal Republic of Yugoslavia's from then, filed as Serbia
/// (two votes in 1992 before GA res. 47/1, none from 22 September 1992 to
/// the FRY's admission on 1 November 2000).
const SPLITS: [(&str, Date, Country, Country); 2] = [
    ("00365:RU", time::macros::date!(1991 - 12 - 24), Country::SU, Country::RU),
    ("00345:YU", time::macros::date!(1992 - 04 - 27), Country::YU, Country::RS),
];

static INDEX: Lazy<Index> = Lazy::new(build_index);

/// Reads `votes.txt` into the lookups (what the first query pays).
fn build_index() -> Index {
    let text = core::str::from_utf8(VOTES).unwrap_or("");
    let mut rcids = Vec::new();
    let mut days = Vec::new();
    let mut offset = 0;
    let mut first = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if let Some(ids) = body.strip_prefix("rcids\t") {
            rcids =
                ids.as_bytes().chunks(5).filter_map(|c| core::str::from_utf8(c).ok()?.parse().ok()).collect();
        } else if let Some(ds) = body.strip_prefix("dates\t") {
            days = ds
                .as_bytes()
                .chunks(8)
                .map(|c| {
                    let n = |a: usize, b: usize| {
                        core::str::from_utf8(&c[a..b]).ok().and_then(|x| x.parse::<i32>().ok())
                    };
                    let (y, m, d) = (n(0, 4).unwrap_or(0), n(4, 6).unwrap_or(1), n(6, 8).unwrap_or(1));
                    let month =
                        time::Month::try_from(u8::try_from(m).unwrap_or(1)).unwrap_or(time::Month::January);
                    Date::from_calendar_date(y, month, u8::try_from(d).unwrap_or(1))
                        .map_or(0, Date::to_julian_day)
                })
                .collect();
        } else if body.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            first = offset;
            break;
        }
        offset += line.len();
    }
    let n = rcids.len();
    let width = LABEL + n + 1;
    let columns = VOTES.len().saturating_sub(first) / width.max(1);
    // Per country, its columns, each for the roll calls dated in a range
    // of Julian days (a split column serves two countries).
    let mut of: Vec<Vec<(usize, i32, i32)>> = vec![Vec::new(); Country::COUNT];
    for c in 0..columns {
        let at = first + c * width;
        let label = VOTES.get(at..at + LABEL - 1).and_then(|l| core::str::from_utf8(l).ok()).unwrap_or("");
        if let Some(&(_, day, before, after)) = SPLITS.iter().find(|s| s.0 == label) {
            let jd = day.to_julian_day();
            of[before as usize].push((c, i32::MIN, jd));
            of[after as usize].push((c, jd, i32::MAX));
            continue;
        }
        let iso2 = label.split_once(':').map_or("", |(_, i)| i.trim());
        if let Ok(country) = Country::from_alpha2(iso2) {
            of[country as usize].push((c, i32::MIN, i32::MAX));
        }
    }
    let line =
        |c: usize| VOTES.get(first + c * width + LABEL..first + c * width + LABEL + n).unwrap_or_default();
    let votes = of
        .iter()
        .map(|cols| match cols.as_slice() {
            [] => None,
            &[(c, i32::MIN, i32::MAX)] => Some(Cow::Borrowed(line(c))),
            many => Some(Cow::Owned(
                (0..n)
                    .map(|k| {
                        let day = days.get(k).copied().unwrap_or(0);
                        many.iter()
                            .filter(|&&(_, from, to)| from <= day && day < to)
                            .map(|&(c, _, _)| line(c).get(k).copied().unwrap_or(b'-'))
                            .find(|&b| b != b'-')
                            .unwrap_or(b'-')
                    })
                    .collect(),
            )),
        })
        .collect();
    let mut by_rcid = vec![0u16; 100_000];
    for (k, &r) in rcids.iter().enumerate() {
        if let (Some(slot), Ok(p)) = (by_rcid.get_mut(r as usize), u16::try_from(k + 1)) {
            *slot = p;
        }
    }
    let year = |jd: i32| Date::from_julian_day(jd).map_or(0, Date::year);
    let first_year = days.first().map_or(0, |&d| year(d));
    let last_year = days.last().map_or(0, |&d| year(d));
    let year_start = (first_year..=last_year + 1)
        .map(|y| {
            let jan1 =
                Date::from_calendar_date(y, time::Month::January, 1).map_or(i32::MAX, Date::to_julian_day);
            days.partition_point(|&d| d < jan1) as u32
        })
        .collect();
    let last_day = days.iter().max().and_then(|&jd| Date::from_julian_day(jd).ok());
    Index { rcids, by_rcid, days, first_year, year_start, first, width, columns, last_day, votes }
}

/// The position of roll call `rcid` in the file's order.
fn position(rcid: u32) -> Option<usize> {
    let p = *INDEX.by_rcid.get(rcid as usize)?;
    usize::from(p).checked_sub(1)
}

/// A TSV field with its escapes (`\t`, `\n`, `\\`) undone.
fn unescape(s: &'static str) -> Cow<'static, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn flag(s: &str) -> Option<bool> {
    match s {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

fn parse_date(s: &str) -> Option<Date> {
    let mut p = s.split('-');
    let y = p.next()?.parse().ok()?;
    let m = time::Month::try_from(p.next()?.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y, m, p.next()?.parse().ok()?).ok()
}

static ROLL_CALLS: Lazy<Vec<RollCall>> = Lazy::new(parse_roll_calls);

/// Reads `roll_calls.tsv`.
fn parse_roll_calls() -> Vec<RollCall> {
    let text = ROLL_CALLS_TSV;
    let field = |start: usize, end: usize| text.get(start..end).unwrap_or("");
    LINES
        .iter()
        .map(|&(at, tabs, len, escaped)| {
            // The line's fields, from the offsets the generator wrote.
            let at = at as usize;
            let mut bounds = [0usize; 11];
            bounds[0] = at;
            for (k, &t) in tabs.iter().enumerate() {
                bounds[k + 1] = at + usize::from(t);
            }
            bounds[10] = at + usize::from(len);
            let get = |k: usize| field(if k == 0 { bounds[0] } else { bounds[k] + 1 }, bounds[k + 1]);
            let text = |k: usize| if escaped { unescape(get(k)) } else { Cow::Borrowed(get(k)) };
            RollCall {
                rcid: get(0).parse().unwrap_or(0),
                session: get(1).parse().unwrap_or(0),
                date: parse_date(get(2)).unwrap_or(Date::MIN),
                symbol: text(3),
                important: flag(get(4)),
                amendment: flag(get(5)),
                paragraph: flag(get(6)),
                issues: text(7),
                short: text(8),
                description: text(9),
            }
        })
        .collect()
}

include!("data/generated/roll_calls.rs");

/// What the first query of the module builds, built afresh: the roll calls
/// and the vote lookups. For the benchmarks only (`benches/unga.rs`), which
/// time it; returns the sizes so that nothing is optimised away.
#[cfg(feature = "bench")]
#[doc(hidden)]
#[must_use]
pub fn first_query_build() -> (usize, usize) {
    (first_query_roll_calls(), first_query_index())
}

/// The roll-call half of [`first_query_build`].
#[cfg(feature = "bench")]
#[doc(hidden)]
#[must_use]
pub fn first_query_roll_calls() -> usize {
    parse_roll_calls().len()
}

/// The votes half of [`first_query_build`].
#[cfg(feature = "bench")]
#[doc(hidden)]
#[must_use]
pub fn first_query_index() -> usize {
    build_index().votes.iter().flatten().count()
}

/// Every roll call, by date, then id.
#[must_use]
pub fn roll_calls() -> &'static [RollCall] {
    &ROLL_CALLS
}

/// The roll call with this id.
#[must_use]
pub fn roll_call(rcid: u32) -> Option<&'static RollCall> {
    roll_calls().get(position(rcid)?)
}

/// The first roll call (by date) on the resolution with this symbol
/// (`"A/RES/68/262"`; compared in the crate's normal form, so
/// `"68/262"` finds it too). Several roll calls can share a symbol (votes
/// on paragraphs and amendments); [`roll_calls`] lists them all.
#[must_use]
pub fn roll_call_by_symbol(symbol: &str) -> Option<&'static RollCall> {
    let want = crate::vote::normalize_symbol(symbol);
    roll_calls().iter().find(|c| crate::vote::normalize_symbol(&c.symbol) == want)
}

/// The ids of the roll calls in the record's order (by date, then id),
/// read from the votes file.
#[must_use]
pub fn rcids() -> &'static [u32] {
    &INDEX.rcids
}

const fn decode(b: u8) -> Option<Vote> {
    match b {
        b'y' => Some(Vote::Yes),
        b'n' => Some(Vote::No),
        b'a' => Some(Vote::Abstain),
        b'.' => Some(Vote::NotVoting),
        _ => None,
    }
}

/// The day of the record's last roll call (14 January 2020 in the
/// embedded release): after it, the record knows nothing.
#[must_use]
pub fn last_day() -> Option<Date> {
    INDEX.last_day
}

/// How `country` voted in roll call `rcid`: `None` when it had no row
/// (not a member, or a column no [`Country`] names yet; see the module
/// docs) or the id is unknown.
#[must_use]
pub fn vote(rcid: u32, country: Country) -> Option<Vote> {
    let k = position(rcid)?;
    decode(*INDEX.votes[country as usize].as_deref()?.get(k)?)
}

/// The counts of roll call `rcid`, over every column (the SFRY's and the
/// other former states' included).
#[must_use]
pub fn tally(rcid: u32) -> Option<Tally> {
    let k = position(rcid)?;
    let ix = &*INDEX;
    let mut t = Tally::default();
    for c in 0..ix.columns {
        match VOTES.get(ix.first + c * ix.width + LABEL + k).copied().and_then(decode) {
            Some(Vote::Yes) => t.yes += 1,
            Some(Vote::No) => t.no += 1,
            Some(Vote::Abstain) => t.abstain += 1,
            Some(Vote::NotVoting) => t.not_voting += 1,
            _ => {}
        }
    }
    Some(t)
}

/// How often `a` and `b` voted alike in the roll calls dated from `from`
/// to `to` (both included): the UN-vote studies' convention, 1 for the same
/// vote, ½ when exactly one abstained, 0 for yes against no; a roll call
/// where either was absent or had no row is not compared. The number of
/// roll calls compared comes with the score.
///
/// ```
/// use allegiance::{Country, unga};
/// use time::macros::date;
///
/// let y2019 = (date!(2019-01-01), date!(2019-12-31));
/// let ru = unga::agreement(Country::IN, Country::RU, y2019.0, y2019.1);
/// let us = unga::agreement(Country::IN, Country::US, y2019.0, y2019.1);
/// assert!(ru.compared > 50 && us.compared > 50);
/// // In 2019 India voted with Russia far more often than with the US.
/// assert!(ru.share().unwrap() > us.share().unwrap());
/// ```
#[must_use]
pub fn agreement(a: Country, b: Country, from: Date, to: Date) -> Agreement {
    let ix = &*INDEX;
    let (Some(va), Some(vb)) = (ix.votes[a as usize].as_deref(), ix.votes[b as usize].as_deref()) else {
        return Agreement::default();
    };
    let w = window(from, to);
    let (twice, compared) = count(&va[w.clone()], &vb[w]);
    Agreement { score: f64::from(twice) / 2.0, compared }
}

/// The positions of the roll calls from `from` to `to`, in the record's
/// order.
fn window(from: Date, to: Date) -> core::ops::Range<usize> {
    let ix = &*INDEX;
    // The first position whose day is not before `jd` (`after`: after it),
    // searched only within the day's year.
    let find = |d: Date, after: bool| {
        let jd = d.to_julian_day();
        let k = usize::try_from(d.year() - ix.first_year).ok();
        let (lo, hi) = match k.and_then(|k| Some((*ix.year_start.get(k)?, *ix.year_start.get(k + 1)?))) {
            Some((lo, hi)) => (lo as usize, hi as usize),
            None if d.year() < ix.first_year => return 0,
            None => return ix.days.len(),
        };
        lo + ix.days[lo..hi].partition_point(|&x| if after { x <= jd } else { x < jd })
    };
    let start = find(from, false);
    let end = find(to, true).max(start);
    start..end
}

/// Twice the agreement and the roll calls compared of two runs of votes,
/// branch-free so that the loop runs on vectors: a pair is compared when
/// both voted, and scores 2 (halves) when alike, 1 when exactly one
/// abstained, 0 for yes against no; counted in 8-bit lanes per chunk of
/// 112 (at most 224 halves; seven 16-byte vectors), so a vector holds twice
/// as many lanes as in 16 bits.
fn count(va: &[u8], vb: &[u8]) -> (u32, u32) {
    let (mut twice, mut compared) = (0u32, 0u32);
    for (ca, cb) in va.chunks(112).zip(vb.chunks(112)) {
        let (mut t, mut c) = (0u8, 0u8);
        for (&x, &y) in ca.iter().zip(cb) {
            // `y`, `n` and `a` are the only characters above `` ` ``.
            let voted = |b: u8| u8::from(b > b'`');
            let both = voted(x) & voted(y);
            let same = u8::from(x == y);
            let abstained = u8::from(x == b'a') | u8::from(y == b'a');
            t += both * (2 * same + (1 - same) * abstained);
            c += both;
        }
        twice += u32::from(t);
        compared += u32::from(c);
    }
    (twice, compared)
}

/// Every other country ranked by its agreement with `country` over the
/// roll calls from `from` to `to`: most alike first (ties by country), each
/// with the number of roll calls compared; countries with none compared
/// are left out. `min_compared` drops pairs compared on fewer roll calls,
/// so that one vote never ranks a country first.
///
/// ```
/// use allegiance::{Country, unga};
/// use time::macros::date;
///
/// // Who voted most like Russia in 2014–2019?
/// let ranked = unga::aligned_with(Country::RU, date!(2014-01-01), date!(2019-12-31), 100);
/// let top: Vec<Country> = ranked.iter().take(5).map(|(c, _)| *c).collect();
/// assert!(top.contains(&Country::BY) || top.contains(&Country::SY), "{top:?}");
/// assert!(ranked.iter().all(|(_, a)| a.compared >= 100));
/// ```
#[must_use]
pub fn aligned_with(country: Country, from: Date, to: Date, min_compared: u32) -> Vec<(Country, Agreement)> {
    let ix = &*INDEX;
    let Some(mine) = ix.votes[country as usize].as_deref() else { return Vec::new() };
    let w = window(from, to);
    let mut out: Vec<(Country, Agreement)> = Country::iter()
        .filter(|&c| c != country)
        .filter_map(|c| {
            let theirs = ix.votes[c as usize].as_deref()?;
            let (twice, compared) = count(&mine[w.clone()], &theirs[w.clone()]);
            (compared > 0 && compared >= min_compared)
                .then(|| (c, Agreement { score: f64::from(twice) / 2.0, compared }))
        })
        .collect();
    out.sort_by(|(a, x), (b, y)| {
        let (sx, sy) = (x.share().unwrap_or(0.0), y.share().unwrap_or(0.0));
        sy.total_cmp(&sx).then(a.cmp(b))
    });
    out
}

/// The agreement of every pair of countries over the roll calls from
/// `from` to `to`: [`AgreementMatrix::get`].
#[must_use]
pub fn agreement_matrix(from: Date, to: Date) -> AgreementMatrix {
    let ix = &*INDEX;
    let w = window(from, to);
    // The countries with a vote in the window.
    let countries: Vec<Country> = Country::iter()
        .filter(|&c| ix.votes[c as usize].as_deref().is_some_and(|v| v[w.clone()].iter().any(|&b| b != b'-')))
        .collect();
    let runs: Vec<&[u8]> =
        countries.iter().map(|&c| &ix.votes[c as usize].as_deref().unwrap_or_default()[w.clone()]).collect();
    let n = countries.len();
    let mut cells = vec![(0u32, 0u32); n * n];
    for i in 0..n {
        for j in i..n {
            let v = count(runs[i], runs[j]);
            cells[i * n + j] = v;
            cells[j * n + i] = v;
        }
    }
    let mut position = [u16::MAX; Country::COUNT];
    for (k, &c) in countries.iter().enumerate() {
        position[c as usize] = k as u16;
    }
    AgreementMatrix { countries, cells, position }
}

/// Every pair's agreement over a window: [`agreement_matrix`].
#[derive(Clone, Debug)]
pub struct AgreementMatrix {
    countries: Vec<Country>,
    /// Twice the score and the roll calls compared, row by row.
    cells: Vec<(u32, u32)>,
    position: [u16; Country::COUNT],
}

impl AgreementMatrix {
    /// The countries with a vote in the window, in country order.
    #[must_use]
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The agreement of `a` and `b` (`None` when either had no vote in the
    /// window).
    #[must_use]
    pub fn get(&self, a: Country, b: Country) -> Option<Agreement> {
        let (i, j) = (self.position[a as usize], self.position[b as usize]);
        if i == u16::MAX || j == u16::MAX {
            return None;
        }
        let (twice, compared) = self.cells[usize::from(i) * self.countries.len() + usize::from(j)];
        Some(Agreement { score: f64::from(twice) / 2.0, compared })
    }
}
