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
//! ISO code. A column names a [`Country`] where its ISO code is one of
//! today's: the USSR's votes are Russia's (`365:RU`), West Germany's
//! Germany's (`260:DE`, then `255:DE`), North Yemen's Yemen's (`678:YE`,
//! then `679:YE`), the Federal Republic of Yugoslavia's from 2000 and
//! Serbia's (`345:RS`), and the China seat's the Republic of China's until
//! 25 October 1971 (`713:TW`) and the People's Republic's from then
//! (`710:CN`), as the data set records them. The columns of the SFRY
//! (`345:YU`), Czechoslovakia (`315:CS`), the GDR (`265:DD`), South Yemen
//! (`680:YD`) and Zanzibar (`511:`) are kept in the embedded file, but no
//! [`Country`] names them yet, so [`vote`] cannot ask for them and
//! [`agreement`] leaves them out.
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

/// The record, parsed once.
struct Record {
    calls: Vec<RollCall>,
    /// The position of each roll call by id.
    by_rcid: Vec<(u32, u32)>,
    /// Per country, its columns in the vote lines.
    columns: Vec<Vec<u16>>,
    /// Where the first vote line starts, and the length of each.
    first: usize,
    width: usize,
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

static RECORD: Lazy<Record> = Lazy::new(|| {
    let calls: Vec<RollCall> = ROLL_CALLS_TSV
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let f: Vec<&'static str> = line.split('\t').collect();
            let get = |k: usize| f.get(k).copied().unwrap_or("");
            RollCall {
                rcid: get(0).parse().unwrap_or(0),
                session: get(1).parse().unwrap_or(0),
                date: parse_date(get(2)).unwrap_or(Date::MIN),
                symbol: unescape(get(3)),
                important: flag(get(4)),
                amendment: flag(get(5)),
                paragraph: flag(get(6)),
                issues: unescape(get(7)),
                short: unescape(get(8)),
                description: unescape(get(9)),
            }
        })
        .collect();
    let mut by_rcid: Vec<(u32, u32)> = calls.iter().enumerate().map(|(i, c)| (c.rcid, i as u32)).collect();
    by_rcid.sort_unstable();
    // The header: comment lines, then the columns line.
    let text = core::str::from_utf8(VOTES).unwrap_or("");
    let mut first = 0;
    let mut columns = vec![Vec::new(); Country::COUNT];
    for line in text.split_inclusive('\n') {
        first += line.len();
        if let Some(cols) = line.trim_end().strip_prefix("columns\t") {
            for (k, col) in cols.split('\t').enumerate() {
                let iso2 = col.split_once(':').map_or("", |(_, i)| i);
                if let Ok(c) = Country::from_alpha2(iso2) {
                    columns[c as usize].push(k as u16);
                }
            }
            break;
        }
    }
    let width = VOTES[first..].iter().position(|&b| b == b'\n').map_or(0, |n| n + 1);
    Record { calls, by_rcid, columns, first, width }
});

/// Every roll call, by date, then id.
#[must_use]
pub fn roll_calls() -> &'static [RollCall] {
    &RECORD.calls
}

/// The roll call with this id.
#[must_use]
pub fn roll_call(rcid: u32) -> Option<&'static RollCall> {
    let r = &*RECORD;
    let k = r.by_rcid.binary_search_by_key(&rcid, |&(id, _)| id).ok()?;
    r.calls.get(r.by_rcid[k].1 as usize)
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

/// The line of votes of the roll call at position `k`.
fn line(k: usize) -> &'static [u8] {
    let r = &*RECORD;
    let start = r.first + k * r.width;
    VOTES.get(start + 6..start + r.width - 1).unwrap_or_default()
}

fn decode(b: u8) -> Option<Vote> {
    match b {
        b'y' => Some(Vote::Yes),
        b'n' => Some(Vote::No),
        b'a' => Some(Vote::Abstain),
        b'.' => Some(Vote::NotVoting),
        _ => None,
    }
}

/// The vote of `country` in the roll call at position `k`: its column with
/// a row that day, if any.
fn vote_at(k: usize, country: Country) -> Option<Vote> {
    let l = line(k);
    RECORD.columns[country as usize].iter().find_map(|&c| l.get(usize::from(c)).copied().and_then(decode))
}

/// How `country` voted in roll call `rcid`: `None` when it had no row
/// (not a member, or a column no [`Country`] names yet; see the module
/// docs) or the id is unknown.
#[must_use]
pub fn vote(rcid: u32, country: Country) -> Option<Vote> {
    let r = &*RECORD;
    let k = r.by_rcid.binary_search_by_key(&rcid, |&(id, _)| id).ok()?;
    vote_at(r.by_rcid[k].1 as usize, country)
}

/// The counts of roll call `rcid`, over every column (the SFRY's and the
/// other former states' included).
#[must_use]
pub fn tally(rcid: u32) -> Option<Tally> {
    let r = &*RECORD;
    let k = r.by_rcid.binary_search_by_key(&rcid, |&(id, _)| id).ok()?;
    let mut t = Tally::default();
    for &b in line(r.by_rcid[k].1 as usize) {
        match decode(b) {
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
    let calls = roll_calls();
    let start = calls.partition_point(|c| c.date < from);
    let end = calls.partition_point(|c| c.date <= to);
    let mut out = Agreement::default();
    for k in start..end {
        if let (Some(x), Some(y)) = (vote_at(k, a), vote_at(k, b))
            && let Some(s) = x.agreement(y)
        {
            out.score += s;
            out.compared += 1;
        }
    }
    out
}
