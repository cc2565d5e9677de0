//! The index against brute-force scans over random valid datasets, not
//! only the embedded one: every query's indexed answer equals a scan of
//! the records written here from the documented per-record rules.
//!
//! The generator builds [`Facts`] through the public types: memberships of
//! a handful of countries in unions of every kind (every role, dates at
//! every precision, adjacent and open periods), treaties with party
//! periods, every term rule and events of every kind in date order (with
//! and without a party), stance records with and without an end, and
//! resolutions whose roll calls add up when complete, statements and
//! claims; every table is shuffled. Each dataset starts in 1990 or at
//! either edge of the years the data can write (years 0 and 9969), with most records
//! in a window of 30 years, so terms also run past the last representable
//! year. Small datasets are checked on every day where an answer can
//! change and the day before; a few big ones (hundreds of change points
//! per union) on a sample of those days, so the index's binary searches
//! run too.
//!
//! Last, a treaty with 64,000 events is indexed, which was quadratic in
//! its events.

use std::borrow::Cow;
use std::collections::BTreeMap;

use allegiance::treaty::{EventKind, Party, TreatyEvent};
use allegiance::{
    Agreement, Basis, Claim, Country, CountrySet, Dataset, Evidence, Facts, Membership, Obligation,
    PartialDate, PartyStatus, Period, Precision, Provision, Reading, Resolution, Role, Source, SourceId,
    Stance, StanceRecord, Statement, Tally, Term, Tie, TieKind, Treaty, TreatyKind, TreatyStatus, Union,
    UnionKind, Via, Vote,
};
use proptest::prelude::*;
use strum::{EnumCount, IntoEnumIterator};
use time::{Date, Duration};

/// The countries of the generated records: the first and the last in
/// [`Country::ALL`] (the ends of a `CountrySet`'s bits and of the index's
/// per-country tables) and some between. Taiwan is not a UN member, so it
/// never votes.
const COUNTRIES: [Country; 8] =
    [Country::AD, Country::RU, Country::BY, Country::CN, Country::AM, Country::KZ, Country::TW, Country::ZW];

/// Every union: one of each kind and more (the EU and the EAEU give the
/// same tie kind from different kinds).
const UNIONS: &[Union] = Union::ALL;

/// How many days a generated dataset spans.
const SPAN: i32 = 30 * 365;

/// The ids a treaty may take besides `t{k}`: founding instruments, whose
/// tie kind depends on the union they found.
const FOUNDING: [&str; 3] = ["by-ru-1999", "eaeu-2014", "cst-1992"];

const SOURCES: [&str; 3] = ["s0", "s1", "s2"];

// ---------------------------------------------------------------------------
// Raw records: what proptest draws and shrinks. `build` turns them into
// valid facts by moving dates forward where the rules need it.

#[derive(Clone, Debug)]
struct RawSegment {
    gap: i32,
    len: Option<i32>,
    role: Role,
    start: Precision,
    end: Precision,
}

#[derive(Clone, Debug)]
struct RawParty {
    country: usize,
    gap: i32,
    len: Option<i32>,
    precision: Precision,
}

#[derive(Clone, Debug)]
struct RawEvent {
    gap: i32,
    kind: u8,
    until: Option<(i32, Precision)>,
    party: Option<usize>,
    precision: Precision,
}

#[derive(Clone, Debug)]
struct RawTreaty {
    kind: TreatyKind,
    signed: (i32, Precision),
    in_force: Option<(i32, Precision)>,
    term: Term,
    parties: Vec<RawParty>,
    events: Vec<RawEvent>,
    defence: bool,
    disputed: bool,
    founding: Option<usize>,
}

#[derive(Clone, Debug)]
struct RawStance {
    gap: i32,
    stance: Stance,
    until: Option<(i32, Precision)>,
    precision: Precision,
    /// Which kind of evidence: a measure, a statement or a vote.
    evidence: usize,
}

#[derive(Clone, Debug)]
struct RawResolution {
    day: (i32, Precision),
    complete: bool,
    votes: Vec<Option<Vote>>,
    extra: [u16; 4],
}

#[derive(Clone, Debug)]
struct RawStatement {
    country: usize,
    about: Option<usize>,
    day: (i32, Precision),
}

#[derive(Clone, Debug)]
struct Raw {
    base_year: i32,
    memberships: BTreeMap<(usize, usize), Vec<RawSegment>>,
    treaties: Vec<RawTreaty>,
    stances: BTreeMap<usize, Vec<RawStance>>,
    resolutions: Vec<RawResolution>,
    statements: Vec<RawStatement>,
    /// The subjects of claims.
    claims: Vec<usize>,
    /// A permutation seed for the membership records' order.
    shuffle: u64,
}

fn precision() -> impl Strategy<Value = Precision> {
    prop_oneof![3 => Just(Precision::Day), 1 => Just(Precision::Month), 1 => Just(Precision::Year)]
}

/// A gap in days: often none (adjacent records, events on one day), often
/// a few days, sometimes years.
fn gap() -> impl Strategy<Value = i32> {
    prop_oneof![2 => Just(0), 3 => 1i32..40, 3 => 1i32..3000]
}

fn length() -> impl Strategy<Value = i32> {
    prop_oneof![1 => 1i32..5, 3 => 1i32..4000, 2 => 2000i32..9000]
}

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(Role::iter().collect::<Vec<_>>())
}

/// A membership period; `closed` is how likely it has an end (an open one
/// is the pair's last).
fn segment(closed: f64) -> impl Strategy<Value = RawSegment> {
    (gap(), prop::option::weighted(closed, length()), role(), precision(), precision())
        .prop_map(|(gap, len, role, start, end)| RawSegment { gap, len, role, start, end })
}

fn term() -> impl Strategy<Value = Term> {
    prop_oneof![
        Just(Term::Unlimited),
        (1u8..=30).prop_map(|years| Term::Fixed { years }),
        (1u8..=30, 1u8..=30, 0u8..=24).prop_map(|(initial_years, extension_years, notice_months)| {
            Term::AutoExtending { initial_years, extension_years, notice_months }
        }),
        Just(Term::NotApplicable),
        Just(Term::Unknown),
    ]
}

fn party() -> impl Strategy<Value = RawParty> {
    (0..COUNTRIES.len(), gap(), prop::option::weighted(0.3, length()), precision())
        .prop_map(|(country, gap, len, precision)| RawParty { country, gap, len, precision })
}

fn event() -> impl Strategy<Value = RawEvent> {
    (
        gap(),
        // Mostly extensions, suspensions and resumptions: the first end
        // event ends the treaty's life.
        // 9: evidence of operation (a statement on a treaty in force).
        prop_oneof![3 => Just(0u8), 2 => Just(1), 3 => Just(2), 3 => Just(3), 1 => 4u8..9, 2 => Just(9)],
        prop::option::weighted(0.5, (0i32..SPAN, precision())),
        prop::option::weighted(0.6, 0..COUNTRIES.len()),
        precision(),
    )
        .prop_map(|(gap, kind, until, party, precision)| RawEvent { gap, kind, until, party, precision })
}

fn treaty(events: usize) -> impl Strategy<Value = RawTreaty> {
    (
        prop::sample::select(TreatyKind::iter().collect::<Vec<_>>()),
        (0i32..SPAN, precision()),
        prop::option::weighted(0.85, (gap(), precision())),
        term(),
        prop::collection::vec(party(), 1..5),
        prop::collection::vec(event(), 0..events),
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.3),
        prop::option::weighted(0.3, 0..FOUNDING.len()),
    )
        .prop_map(|(kind, signed, in_force, term, parties, events, defence, disputed, founding)| {
            RawTreaty { kind, signed, in_force, term, parties, events, defence, disputed, founding }
        })
}

fn stance_record() -> impl Strategy<Value = RawStance> {
    (
        gap(),
        prop::sample::select(Stance::iter().collect::<Vec<_>>()),
        prop::option::weighted(0.4, (length(), precision())),
        precision(),
        0usize..3,
    )
        .prop_map(|(gap, stance, until, precision, evidence)| RawStance {
            gap,
            stance,
            until,
            precision,
            evidence,
        })
}

/// The UN members among [`COUNTRIES`], in that order.
fn voters() -> Vec<Country> {
    COUNTRIES.iter().copied().filter(|c| c.is_un_member()).collect()
}

fn resolution() -> impl Strategy<Value = RawResolution> {
    let vote = prop::option::weighted(0.85, prop::sample::select(Vote::iter().collect::<Vec<_>>()));
    (
        (0i32..SPAN, precision()),
        any::<bool>(),
        prop::collection::vec(vote, voters().len()),
        prop::array::uniform4(prop_oneof![3 => Just(0u16), 1 => 0u16..3]),
    )
        .prop_map(|(day, complete, votes, extra)| RawResolution { day, complete, votes, extra })
}

fn statement() -> impl Strategy<Value = RawStatement> {
    (0..COUNTRIES.len(), prop::option::weighted(0.3, 0..COUNTRIES.len()), (0i32..SPAN, precision()))
        .prop_map(|(country, about, day)| RawStatement { country, about, day })
}

/// How many records a generated dataset has, at most.
#[derive(Clone, Copy, Debug)]
struct Size {
    /// (country, union) pairs with memberships.
    pairs: usize,
    /// Membership periods per pair.
    segments: usize,
    /// How likely a membership period has an end.
    closed: f64,
    treaties: usize,
    /// Events per treaty.
    events: usize,
    /// Stance records per country.
    stances: usize,
    resolutions: usize,
}

impl Size {
    /// Small enough to check every query on every boundary day.
    const SMALL: Size =
        Size { pairs: 32, segments: 4, closed: 0.8, treaties: 5, events: 8, stances: 4, resolutions: 13 };
    /// Big enough that the index binary-searches its lists.
    const BIG: Size = Size {
        pairs: 42,
        segments: 100,
        closed: 0.99,
        treaties: 4,
        events: 120,
        stances: 60,
        resolutions: 90,
    };
}

fn raw(size: Size) -> impl Strategy<Value = Raw> {
    (
        prop_oneof![6 => Just(1990), 1 => Just(0), 1 => Just(9999 - 30)],
        prop::collection::btree_map(
            (0..COUNTRIES.len(), 0..UNIONS.len()),
            prop::collection::vec(segment(size.closed), 1..size.segments),
            0..size.pairs,
        ),
        prop::collection::vec(treaty(size.events), 0..size.treaties),
        prop::collection::btree_map(
            0..COUNTRIES.len(),
            prop::collection::vec(stance_record(), 1..size.stances),
            0..5,
        ),
        prop::collection::vec(resolution(), 0..size.resolutions),
        prop::collection::vec(statement(), 0..6),
        prop::collection::vec(0..COUNTRIES.len(), 0..4),
        any::<u64>(),
    )
        .prop_map(
            |(base_year, memberships, treaties, stances, resolutions, statements, claims, shuffle)| Raw {
                base_year,
                memberships,
                treaties,
                stances,
                resolutions,
                statements,
                claims,
                shuffle,
            },
        )
}

// ---------------------------------------------------------------------------
// Building valid facts.

/// `day` plus `n` days, stopping at the last representable day.
fn plus(day: Date, n: i32) -> Date {
    day.checked_add(Duration::days(i64::from(n))).unwrap_or(Date::MAX)
}

/// `day` at `precision` (moved back to the first day it stands for).
fn at(day: Date, precision: Precision) -> PartialDate {
    match precision {
        Precision::Day => PartialDate::day(day),
        Precision::Month => PartialDate::month(day.year(), day.month() as u8),
        Precision::Year => PartialDate::year(day.year()),
    }
}

/// The first date at `precision` after `n` days from `from` that is not
/// before `not_before` (in the order the validator uses), falling back to
/// `not_before` itself.
fn later(from: Date, n: i32, precision: Precision, not_before: PartialDate) -> PartialDate {
    let d = at(plus(from, n), precision);
    if d < not_before { not_before } else { d }
}

/// A date strictly after `after` (by first day): `from + n` at `precision`,
/// or the day after `after`; `None` past the last representable day.
fn strictly_after(from: Date, n: i32, precision: Precision, after: Date) -> Option<PartialDate> {
    let d = at(plus(from, n), precision);
    if d.first_day() > after { Some(d) } else { after.next_day().map(PartialDate::day) }
}

fn cite(k: usize) -> Cow<'static, [SourceId]> {
    Cow::Owned(vec![SourceId::new(SOURCES[k % SOURCES.len()])])
}

/// A stance record's evidence: a measure, or a generated statement or
/// resolution when there is one.
fn evidence(raw: &Raw, which: usize, k: usize) -> Evidence {
    match which {
        1 if !raw.statements.is_empty() => {
            Evidence::Statement(Cow::Owned(format!("st{}", k % raw.statements.len())))
        }
        2 if !raw.resolutions.is_empty() => {
            Evidence::Vote(Cow::Owned(format!("A/RES/G/{}", k % raw.resolutions.len())))
        }
        _ => Evidence::Measure(Cow::Borrowed("a generated measure")),
    }
}

/// A deterministic Fisher–Yates shuffle driven by `state`.
fn shuffle<T>(v: &mut [T], state: &mut u64) {
    for i in (1..v.len()).rev() {
        *state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        v.swap(i, (*state >> 33) as usize % (i + 1));
    }
}

fn build(raw: &Raw) -> Facts {
    let base = Date::from_calendar_date(raw.base_year, time::Month::January, 1).unwrap();
    let sources = SOURCES
        .iter()
        .map(|&id| Source {
            id: SourceId::new(id),
            publisher: Cow::Borrowed("Generated"),
            title: Cow::Borrowed("A generated source"),
            date: None,
            url: None,
            quote: None,
            kind: allegiance::SourceKind::Reference,
            original: None,
        })
        .collect::<Vec<_>>();

    // Memberships: per (country, union), periods in order that never
    // overlap; a period may start on the day the previous one ends.
    let mut memberships = Vec::new();
    for (&(c, u), segments) in &raw.memberships {
        let mut cursor = base;
        let mut prev_end: Option<PartialDate> = None;
        for seg in segments {
            let mut start = at(plus(cursor, seg.gap), seg.start);
            if let Some(e) = prev_end.filter(|e| start.first_day() < e.first_day()) {
                start = e;
            }
            let end =
                seg.len.and_then(|n| strictly_after(plus(cursor, seg.gap), n, seg.end, start.first_day()));
            memberships.push(Membership {
                country: COUNTRIES[c],
                union: UNIONS[u],
                role: seg.role,
                period: Period::new(start, end),
                sources: cite(memberships.len()),
                note: None,
                alternatives: Cow::Borrowed(&[]),
            });
            match end {
                Some(e) => {
                    cursor = e.first_day();
                    prev_end = Some(e);
                }
                None => break,
            }
        }
    }
    let mut treaties = Vec::new();
    let mut founding_used = [false; FOUNDING.len()];
    for (k, rt) in raw.treaties.iter().enumerate() {
        let signed = at(plus(base, rt.signed.0), rt.signed.1);
        let in_force = rt.in_force.map(|(g, p)| later(signed.first_day(), g, p, signed));
        let takes_effect = in_force.unwrap_or(signed);
        // A country's periods as a party never overlap: a later one starts
        // on or after the previous one's end (none after an open one).
        let mut parties: Vec<Party> = Vec::new();
        for p in &rt.parties {
            let country = COUNTRIES[p.country];
            let mut not_before = signed;
            if let Some(prev) = parties.iter().rev().find(|q| q.country == country) {
                match prev.period.end {
                    Some(e) => not_before = e,
                    None => continue,
                }
            }
            let start = later(not_before.first_day(), p.gap, p.precision, not_before);
            let end =
                p.len.and_then(|n| strictly_after(start.first_day(), n, Precision::Day, start.first_day()));
            parties.push(Party { country, period: Period::new(start, end) });
        }
        let mut events = Vec::new();
        let mut prev = signed;
        for (j, e) in rt.events.iter().enumerate() {
            let date = later(prev.first_day(), e.gap, e.precision, prev);
            prev = date;
            let kind = match e.kind {
                0 => EventKind::Extended {
                    until: e.until.and_then(|(n, p)| strictly_after(base, n, p, takes_effect.first_day())),
                },
                1 => EventKind::Statement,
                2 => EventKind::Suspended,
                3 => EventKind::Resumed,
                4 => EventKind::Joined,
                5 => EventKind::Withdrew,
                6 => EventKind::Expired,
                7 => EventKind::Terminated,
                8 => EventKind::Superseded,
                // Evidence of operation stands in for an entry into force
                // nobody dated; beside one it is a statement.
                _ if in_force.is_none() => EventKind::Operative,
                _ => EventKind::Statement,
            };
            // Suspensions, resumptions, accessions and withdrawals name
            // one of the treaty's parties; other events may name any
            // country.
            let party = match kind {
                EventKind::Suspended | EventKind::Resumed | EventKind::Joined | EventKind::Withdrew => {
                    Some(parties[e.party.unwrap_or(j) % parties.len()].country)
                }
                _ => e.party.map(|i| COUNTRIES[i]),
            };
            events.push(TreatyEvent {
                date,
                kind,
                party,
                towards: None,
                note: Cow::Owned(format!("event {j}")),
                sources: cite(j),
            });
        }
        let id = match rt.founding.filter(|&f| !founding_used[f]) {
            Some(f) => {
                founding_used[f] = true;
                Cow::Borrowed(FOUNDING[f])
            }
            None => Cow::Owned(format!("t{k}")),
        };
        let provisions = if rt.defence {
            vec![Provision {
                obligation: Obligation::MutualDefence,
                article: None,
                binds: None,
                towards: None,
                text: Cow::Borrowed("an attack on one is an attack on all"),
                sources: cite(k),
            }]
        } else {
            Vec::new()
        };
        let end_alternatives = if rt.disputed {
            vec![Reading { says: Cow::Borrowed("ends earlier"), date: None, sources: cite(k + 1) }]
        } else {
            Vec::new()
        };
        let mut treaty = Treaty {
            id,
            name: Cow::Owned(format!("Generated treaty {k}")),
            short_name: Cow::Owned(format!("T{k}")),
            kind: rt.kind,
            parties: Cow::Owned(parties),
            signed,
            in_force,
            term: rt.term,
            events: Cow::Owned(events),
            provisions: Cow::Owned(provisions),
            sources: cite(k),
            note: None,
            alternatives: Cow::Borrowed(&[]),
            entity_parties: Cow::Borrowed(&[]),
            end_alternatives: Cow::Owned(end_alternatives),
        };
        // An extension `until` on or before the end of the term it extends
        // is invalid (a period would run backwards): leave it to the rule.
        let backwards: Vec<usize> = treaty
            .validities()
            .filter_map(|v| match v.basis {
                Basis::ConfirmedExtension(i) => match treaty.events[i].kind {
                    EventKind::Extended { until: Some(u) } if u.first_day() <= v.period.start.first_day() => {
                        Some(i)
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect();
        for i in backwards {
            treaty.events.to_mut()[i].kind = EventKind::Extended { until: None };
        }
        treaties.push(treaty);
    }

    // Stance records: distinct first days per country; an end may fall
    // after the next record's start (the later record takes over).
    let mut stances = Vec::new();
    for (&c, records) in &raw.stances {
        let mut cursor = base;
        let mut prev: Option<Date> = None;
        for r in records {
            let mut since = at(plus(cursor, r.gap), r.precision);
            // Distinct starts, where a start is not before the invasion.
            if let Some(p) = prev.filter(|&p| stance_start(since) <= p) {
                match p.next_day() {
                    Some(n) => since = PartialDate::day(n.max(allegiance::stance::INVASION_DAY)),
                    None => break,
                }
            }
            let start = stance_start(since);
            let until = r.until.and_then(|(n, p)| strictly_after(start, n, p, start));
            prev = Some(start);
            cursor = since.first_day();
            stances.push(StanceRecord {
                country: COUNTRIES[c],
                stance: r.stance,
                since,
                until,
                summary: Cow::Borrowed("generated"),
                evidence: Cow::Owned(vec![evidence(raw, r.evidence, stances.len())]),
                assessed_by: Cow::Borrowed("the generator"),
                sources: cite(stances.len()),
                alternatives: Cow::Borrowed(&[]),
            });
        }
    }

    let voters = voters();
    let mut resolutions = raw
        .resolutions
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let votes: Vec<(Country, Vote)> =
                voters.iter().zip(&r.votes).filter_map(|(&c, v)| v.map(|v| (c, v))).collect();
            let mut totals = Tally::default();
            for &(_, v) in &votes {
                totals.add(v);
            }
            if !r.complete {
                totals.yes += r.extra[0];
                totals.no += r.extra[1];
                totals.abstain += r.extra[2];
                totals.not_voting += r.extra[3];
            }
            Resolution {
                symbol: Cow::Owned(format!("A/RES/G/{k}")),
                title: Cow::Borrowed("A generated resolution"),
                date: at(plus(base, r.day.0), r.day.1),
                totals,
                complete: r.complete,
                votes: Cow::Owned(votes),
                sources: cite(k),
                note: None,
                alternatives: Cow::Borrowed(&[]),
                organ: allegiance::Organ::GeneralAssembly,
                adopted: true,
            }
        })
        .collect::<Vec<_>>();

    let mut statements = raw
        .statements
        .iter()
        .enumerate()
        .map(|(k, s)| Statement {
            id: Cow::Owned(format!("st{k}")),
            country: COUNTRIES[s.country],
            about: s.about.map(|i| COUNTRIES[i]),
            speaker: Cow::Borrowed("A spokesperson"),
            office: Cow::Borrowed("Ministry of Foreign Affairs"),
            date: at(plus(base, s.day.0), s.day.1),
            words: Cow::Borrowed("generated words"),
            sources: cite(k),
            note: None,
            alternatives: Cow::Borrowed(&[]),
        })
        .collect::<Vec<_>>();
    let mut claims = raw
        .claims
        .iter()
        .enumerate()
        .map(|(k, &c)| Claim {
            subject: COUNTRIES[c],
            wording: Cow::Owned(format!("claim {k}")),
            date: PartialDate::day(base),
            sources: cite(k),
            note: None,
        })
        .collect::<Vec<_>>();

    // Records built per country come out grouped and in date order:
    // shuffle every table, so the index cannot rely on record order.
    let mut state = raw.shuffle;
    shuffle(&mut memberships, &mut state);
    shuffle(&mut treaties, &mut state);
    shuffle(&mut stances, &mut state);
    shuffle(&mut statements, &mut state);
    shuffle(&mut claims, &mut state);
    shuffle(&mut resolutions, &mut state);

    Facts {
        name: Cow::Borrowed("generated"),
        as_of: PartialDate::day(plus(base, SPAN)),
        version: None,
        coverage: Cow::Borrowed(&[]),
        sources: Cow::Owned(sources),
        memberships: Cow::Owned(memberships),
        treaties: Cow::Owned(treaties),
        statements: Cow::Owned(statements),
        stances: Cow::Owned(stances),
        claims: Cow::Owned(claims),
        resolutions: Cow::Owned(resolutions),
    }
}

/// A valid generated dataset, or the validator's complaint (a failure of
/// the property: the generator must build valid facts).
fn dataset(raw: &Raw) -> Result<Dataset, TestCaseError> {
    Dataset::from_facts(build(raw)).map_err(|e| TestCaseError::fail(format!("generated facts invalid: {e}")))
}

/// Every day where an answer can change (each boundary's first day) and
/// the day before, plus the window's ends, in order.
fn days(f: &Facts) -> Vec<Date> {
    let mut out: Vec<Date> = Vec::new();
    let mut add = |d: PartialDate| out.push(d.first_day());
    for m in f.memberships.iter() {
        add(m.period.start);
        m.period.end.map(&mut add);
    }
    for t in f.treaties.iter() {
        add(t.signed);
        t.in_force.map(&mut add);
        for p in t.parties.iter() {
            add(p.period.start);
            p.period.end.map(&mut add);
        }
        for e in t.events.iter() {
            add(e.date);
            if let EventKind::Extended { until: Some(u) } = e.kind {
                add(u);
            }
        }
        for v in t.validities() {
            add(v.period.start);
            v.period.end.map(&mut add);
        }
    }
    for s in f.stances.iter() {
        add(s.since);
        s.until.map(&mut add);
    }
    for r in f.resolutions.iter() {
        add(r.date);
    }
    add(f.as_of);
    // Days between boundaries too, where a step function must not step.
    let start = plus(f.as_of.first_day(), -SPAN);
    out.extend((0..=16).map(|k| plus(start, k * SPAN / 16 + 7)));
    let before: Vec<Date> = out.iter().filter_map(|d| d.previous_day()).collect();
    out.extend(before);
    out.extend([Date::MIN, Date::MAX]);
    out.sort_unstable();
    out.dedup();
    out
}

/// At most about `max` of the [`days`] of `f`, spread over them.
fn sample(f: &Facts, max: usize) -> Vec<Date> {
    let all = days(f);
    some(&all, all.len() / max)
}

/// Every `step`-th of `days`, and the last.
fn some(days: &[Date], step: usize) -> Vec<Date> {
    let mut out: Vec<Date> = days.iter().copied().step_by(step.max(1)).collect();
    out.extend(days.last().copied());
    out.dedup();
    out
}

// ---------------------------------------------------------------------------
// Brute-force scans, from the record fields and the documented rules.

/// `members`: countries whose `Member`, `Frozen` or `Suspended` period contains the day.
fn scan_members(f: &Facts, u: Union, d: Date) -> CountrySet {
    f.memberships
        .iter()
        .filter(|m| m.union == u && m.role.is_member() && m.period.contains(d))
        .map(|m| m.country)
        .collect()
}

/// `stance`: the latest record from on or before the day, unless its end
/// has passed.
fn scan_stance(f: &Facts, c: Country, d: Date) -> Option<usize> {
    f.stances
        .iter()
        .enumerate()
        .filter(|(_, r)| r.country == c && stance_start(r.since) <= d)
        .max_by_key(|(_, r)| stance_start(r.since))
        .filter(|(_, r)| r.until.is_none_or(|u| d < u.first_day()))
        .map(|(i, _)| i)
}

/// The first day a stance record can apply: its `since`, but not before
/// 24 February 2022 (written out here, not the crate's `starts`).
fn stance_start(since: PartialDate) -> Date {
    since.first_day().max(time::macros::date!(2022 - 02 - 24))
}

/// One pass over the records on a day: what the scans of that day read.
struct Scan {
    /// Per union (by discriminant), per country of [`COUNTRIES`] (by
    /// position): the membership record whose period contains the day.
    roles: Vec<[Option<(usize, Role)>; COUNTRIES.len()]>,
    /// Per country of [`COUNTRIES`]: its stance record on the day.
    stances: [Option<usize>; COUNTRIES.len()],
    /// Per treaty: `status_at` the day.
    statuses: Vec<TreatyStatus>,
    /// The dataset's roll calls of the aligned-votes window (the twelve
    /// months up to the day) adopted after the embedded UNGA record's last
    /// day, oldest first (ties in date broken by dataset order).
    picked: Vec<usize>,
    /// The window's first day, and the last day the record covers in it.
    from: Date,
    record_to: Option<Date>,
}

impl Scan {
    fn new(f: &Facts, d: Date) -> Scan {
        let mut roles = vec![[None; COUNTRIES.len()]; Union::COUNT];
        for (i, m) in f.memberships.iter().enumerate() {
            if let Some(k) = COUNTRIES.iter().position(|&c| c == m.country)
                && m.period.contains(d)
            {
                roles[m.union as usize][k] = Some((i, m.role));
            }
        }
        // The day after the same day a year before (29 Feb: from 1 Mar).
        let back = d
            .replace_year(d.year() - 1)
            .or_else(|_| d.replace_day(28).and_then(|x| x.replace_year(d.year() - 1)))
            .unwrap_or(d);
        let from = back.next_day().unwrap_or(back);
        let last = allegiance::unga::last_day();
        let record_to = last.filter(|&l| from <= l).map(|l| l.min(d));
        let after = last.map_or(from, |l| from.max(l.next_day().unwrap_or(l)));
        let mut picked: Vec<usize> = (0..f.resolutions.len())
            .filter(|&i| (after..=d).contains(&f.resolutions[i].date.first_day()))
            .collect();
        picked.sort_by_key(|&i| (f.resolutions[i].date, i));
        Scan {
            roles,
            stances: COUNTRIES.map(|c| scan_stance(f, c, d)),
            statuses: f.treaties.iter().map(|t| t.status_at(d)).collect(),
            picked,
            from,
            record_to,
        }
    }

    fn role(&self, u: Union, k: usize) -> Option<Role> {
        self.roles[u as usize][k].map(|(_, r)| r)
    }
}

fn scan_vote(f: &Facts, symbol: &str, c: Country) -> Option<Vote> {
    f.resolutions.iter().find(|r| r.symbol == symbol)?.votes.iter().find(|&&(x, _)| x == c).map(|&(_, v)| v)
}

fn is_party(t: &Treaty, c: Country, d: Date) -> bool {
    t.parties.iter().any(|p| p.country == c && p.period.contains(d))
}

/// `party_status`, by the rule in `PartyStatus`'s docs: outside its
/// periods a country is not yet a party or has withdrawn; within one, the
/// latest party event of that period on or before the day decides.
fn scan_party_status(t: &Treaty, c: Country, d: Date) -> Option<PartyStatus> {
    let periods: Vec<Period> = t.parties.iter().filter(|p| p.country == c).map(|p| p.period).collect();
    let first = periods.iter().map(|p| p.start).min_by_key(|s| s.first_day())?;
    let Some(current) = periods.iter().find(|p| p.contains(d)) else {
        if d < first.first_day() {
            return Some(PartyStatus::NotYet { from: first });
        }
        let on =
            periods.iter().filter_map(|p| p.end).filter(|e| e.first_day() <= d).max_by_key(|e| e.first_day());
        return Some(PartyStatus::Withdrawn { on: on.unwrap_or(first) });
    };
    let decisive = t.events.iter().rev().find(|e| {
        e.party == Some(c)
            && matches!(
                e.kind,
                EventKind::Suspended | EventKind::Resumed | EventKind::Joined | EventKind::Withdrew
            )
            && current.start.first_day() <= e.date.first_day()
            && e.date.first_day() <= d
    });
    Some(match decisive.map(|e| (e.kind, e.date)) {
        Some((EventKind::Suspended, since)) => PartyStatus::Suspended { since },
        Some((EventKind::Withdrew, on)) => {
            // A two-party auto-extending treaty with a notice period: its
            // first notice ends the treaty, so takes effect at its end.
            let stops_extension = matches!(t.term, Term::AutoExtending { notice_months: 1.., .. })
                && t.all_parties().len() == 2
                && t.events
                    .iter()
                    .find(|e| e.kind == EventKind::Withdrew && e.party.is_some())
                    .map(|e| e.date)
                    == Some(on);
            let treaty_end = || t.validity().last().and_then(|v| v.period.end);
            PartyStatus::NoticeGiven {
                on,
                effective: current.end.or_else(|| stops_extension.then(treaty_end).flatten()),
            }
        }
        _ => PartyStatus::Member {
            since: current.start,
            late: current.start.first_day() > t.signed.first_day(),
        },
    })
}

/// Who is suspended on `d`, by [`scan_party_status`].
fn scan_suspended(t: &Treaty, d: Date) -> CountrySet {
    t.all_parties()
        .iter()
        .filter(|&c| matches!(scan_party_status(t, c, d), Some(PartyStatus::Suspended { .. })))
        .collect()
}

/// The tie kind of co-membership, by the table in `allegiance::tie`.
/// The tie kind of co-membership; `None` for a universal organisation.
fn union_kind(u: Union, a: Role, b: Role) -> Option<TieKind> {
    if u.kind() == UnionKind::Universal {
        return None;
    }
    if !(a.is_member() && b.is_member()) {
        return Some(TieKind::Association);
    }
    Some(match u.kind() {
        UnionKind::MilitaryAlliance => TieKind::MutualDefence,
        UnionKind::StateUnion => TieKind::StateUnion,
        UnionKind::EconomicUnion | UnionKind::SupranationalUnion => TieKind::IntegrationUnion,
        UnionKind::RegionalOrganisation => TieKind::RegionalOrganisation,
        UnionKind::Forum => TieKind::Forum,
        other => panic!("the scan does not know {other:?} yet: teach it the tie table"),
    })
}

/// The tie kind a treaty in force makes, by the table in `allegiance::tie`.
fn treaty_kind(t: &Treaty) -> TieKind {
    if t.kind == TreatyKind::MutualDefence
        || t.provisions.iter().any(|p| p.obligation == Obligation::MutualDefence)
    {
        return TieKind::MutualDefence;
    }
    match t.kind {
        TreatyKind::Union => {
            let state_union = Union::iter()
                .any(|u| u.founding_treaty() == Some(&*t.id) && u.kind() == UnionKind::StateUnion);
            if state_union { TieKind::StateUnion } else { TieKind::IntegrationUnion }
        }
        TreatyKind::Friendship => TieKind::Friendship,
        TreatyKind::StrategicPartnership => TieKind::StrategicPartnership,
        TreatyKind::DiplomaticRelations => TieKind::DiplomaticRelations,
        TreatyKind::MutualDefence => TieKind::MutualDefence,
        TreatyKind::ArmsControl
        | TreatyKind::SecurityAssurances
        | TreatyKind::Ceasefire
        | TreatyKind::BasicRelations => TieKind::Agreement,
        other => panic!("the scan does not know {other:?} yet: teach it the tie table"),
    }
}

/// A tie as comparable text: its kind and what it rests on, by record
/// position.
type Key = (bool, TieKind, String);

fn position<T>(all: &[T], x: &T) -> usize {
    all.iter().position(|y| std::ptr::eq(x, y)).expect("a record of the dataset")
}

fn union_key(u: Union, roles: (Role, Role), records: (usize, usize)) -> Option<Key> {
    let frozen = roles.0.is_suspended() || roles.1.is_suspended();
    Some((frozen, union_kind(u, roles.0, roles.1)?, format!("union {u} {roles:?} {records:?}")))
}

fn votes_key(a: Agreement, picked: &[usize]) -> Key {
    (false, TieKind::AlignedVotes, format!("votes {} of {} on {picked:?}", a.score, a.compared))
}

fn treaty_key(t: &Treaty, i: usize, status: TreatyStatus) -> Key {
    (!status.suspended().is_empty(), treaty_kind(t), format!("treaty {i} {status:?}"))
}

fn tie_key(f: &Facts, t: &Tie<'_>) -> Key {
    let key = match &t.via {
        Via::Union { union, roles, records } => union_key(
            *union,
            *roles,
            (position(&f.memberships, records.0), position(&f.memberships, records.1)),
        )
        .expect("a universal organisation makes no tie"),
        Via::Treaty { treaty, status } => treaty_key(treaty, position(&f.treaties, *treaty), *status),
        Via::Votes { agreement, window } => {
            let picked: Vec<usize> = window.resolutions().map(|r| position(&f.resolutions, r)).collect();
            votes_key(*agreement, &picked)
        }
        other => panic!("the scan does not know {other:?} yet"),
    };
    assert_eq!(key.1, t.kind, "the tie's kind follows the table in allegiance::tie: {t}");
    assert_eq!(key.0, t.is_suspended(), "a tie is suspended by a frozen role or a suspended party: {t}");
    key
}

/// Every tie between the countries at positions `a` and `b` of
/// [`COUNTRIES`] on `d`, from the day's scan of every record.
fn scan_ties(f: &Facts, scan: &Scan, a: usize, b: usize, d: Date) -> Vec<Key> {
    let mut out = Vec::new();
    if a == b {
        return out;
    }
    for u in Union::iter() {
        if let (Some((ia, ra)), Some((ib, rb))) = (scan.roles[u as usize][a], scan.roles[u as usize][b]) {
            out.extend(union_key(u, (ra, rb), (ia, ib)));
        }
    }
    let (ca, cb) = (COUNTRIES[a], COUNTRIES[b]);
    for (i, (t, status)) in f.treaties.iter().zip(&scan.statuses).enumerate() {
        if status.is_in_force() && is_party(t, ca, d) && is_party(t, cb, d) {
            let status = status.restricted_to(CountrySet::from([ca, cb]));
            out.push(treaty_key(t, i, status));
        }
    }
    let mut agreement = match scan.record_to {
        Some(to) => allegiance::unga::agreement(ca, cb, scan.from, to),
        None => Agreement::default(),
    };
    for &i in &scan.picked {
        let r = &f.resolutions[i];
        if let (Some(x), Some(y)) = (r.vote_of(ca), r.vote_of(cb))
            && let Some(s) = x.agreement(y)
        {
            agreement.score += s;
            agreement.compared += 1;
        }
    }
    if agreement.compared >= allegiance::ALIGNED_VOTES_MIN
        && agreement.share().is_some_and(|s| s >= allegiance::ALIGNED_VOTES)
    {
        out.push(votes_key(agreement, &scan.picked));
    }
    out.sort();
    out
}

/// The indexed ties, checked to be strongest first, as sorted keys.
fn keys(f: &Facts, ties: &[Tie<'_>]) -> Result<Vec<Key>, TestCaseError> {
    prop_assert!(
        ties.windows(2).all(|w| (w[0].is_suspended(), w[0].kind) <= (w[1].is_suspended(), w[1].kind)),
        "ties in effect first, then strongest first: {ties:?}"
    );
    let mut k: Vec<Key> = ties.iter().map(|t| tie_key(f, t)).collect();
    k.sort();
    Ok(k)
}

fn any_is_alliance(ties: &[Key]) -> bool {
    ties.first().is_some_and(|(suspended, k, _)| !suspended && k.is_alliance_grade())
}

// ---------------------------------------------------------------------------
// The properties.

/// `members`, `role`, `with_role`, `unions_of` and `history` equal a
/// scan of the membership records on every boundary day.
fn check_memberships(kb: &Dataset, max_days: usize) -> Result<(), TestCaseError> {
    let f = kb.facts();
    for d in sample(f, max_days) {
        let scan = Scan::new(f, d);
        for &u in UNIONS {
            prop_assert_eq!(kb.members(u, d), scan_members(f, u, d), "members of {} on {}", u, d);
            for r in Role::iter() {
                let brute: CountrySet = (0..COUNTRIES.len())
                    .filter(|&k| scan.role(u, k) == Some(r))
                    .map(|k| COUNTRIES[k])
                    .collect();
                prop_assert_eq!(kb.with_role(u, r, d), brute, "{:?} in {} on {}", r, u, d);
            }
            for (k, &c) in COUNTRIES.iter().enumerate() {
                prop_assert_eq!(kb.role(c, u, d), scan.role(u, k), "{:?} in {} on {}", c, u, d);
            }
        }
        for (k, c) in COUNTRIES.into_iter().enumerate() {
            let got: Vec<(Union, Role)> = kb.unions_of(c, d).collect();
            let want: Vec<(Union, Role)> =
                Union::iter().filter_map(|u| scan.role(u, k).map(|r| (u, r))).collect();
            prop_assert_eq!(got, want, "unions of {:?} on {}", c, d);
        }
    }
    for u in Union::iter() {
        let got = kb.founding(u).map(|x| (x.date, x.treaty.map(|t| position(&f.treaties, t))));
        let want = match u.founding_treaty().and_then(|id| f.treaties.iter().position(|t| t.id == id)) {
            Some(i) => Some((f.treaties[i].signed, Some(i))),
            None => {
                f.memberships.iter().filter(|m| m.union == u).map(|m| m.period.start).min().map(|d| (d, None))
            }
        };
        prop_assert_eq!(got, want, "founding of {}", u);
    }
    for c in COUNTRIES {
        for &u in UNIONS {
            let got: Vec<usize> = kb.history(c, u).map(|m| position(&f.memberships, m)).collect();
            let mut want: Vec<usize> = (0..f.memberships.len())
                .filter(|&i| f.memberships[i].country == c && f.memberships[i].union == u)
                .collect();
            want.sort_by_key(|&i| f.memberships[i].period.start);
            prop_assert_eq!(got, want, "history of {:?} in {}", c, u);
        }
    }
    Ok(())
}

/// `stance`, `stances` and `countries_with_stance` equal a scan of the
/// stance records; `statements`, `statement` and `claims` a scan of
/// theirs.
fn check_stances(kb: &Dataset, max_days: usize) -> Result<(), TestCaseError> {
    let f = kb.facts();
    for c in COUNTRIES {
        let got: Vec<usize> = kb.statements(c).map(|s| position(&f.statements, s)).collect();
        let mut want: Vec<usize> = (0..f.statements.len())
            .filter(|&i| f.statements[i].country == c || f.statements[i].about == Some(c))
            .collect();
        want.sort_by_key(|&i| (f.statements[i].date, i));
        prop_assert_eq!(got, want, "statements of {:?}", c);
        let got: Vec<usize> = kb.claims(c).map(|x| position(&f.claims, x)).collect();
        let want: Vec<usize> = (0..f.claims.len()).filter(|&i| f.claims[i].subject == c).collect();
        prop_assert_eq!(got, want, "claims about {:?}", c);
    }
    for (i, s) in f.statements.iter().enumerate() {
        prop_assert_eq!(kb.statement(&s.id).map(|x| position(&f.statements, x)), Some(i));
    }
    prop_assert!(kb.statement("no-such-statement").is_none());
    for d in sample(f, max_days) {
        let scanned = COUNTRIES.map(|c| scan_stance(f, c, d));
        for (&c, &want) in COUNTRIES.iter().zip(&scanned) {
            let got = kb.stance(c, d).map(|r| position(&f.stances, r));
            prop_assert_eq!(got, want, "stance of {:?} on {}", c, d);
        }
        let got: Vec<usize> = kb.stances(d).map(|r| position(&f.stances, r)).collect();
        let mut want: Vec<usize> = scanned.iter().flatten().copied().collect();
        want.sort_by_key(|&i| f.stances[i].country);
        prop_assert_eq!(got, want, "stances on {}", d);
        // For each level: at most it, at least it, exactly it.
        for s in Stance::iter() {
            let stance_of = |i: &Option<usize>| i.map(|i| f.stances[i].stance);
            let with = |keep: &dyn Fn(Stance) -> bool| -> CountrySet {
                COUNTRIES
                    .iter()
                    .zip(&scanned)
                    .filter(|(_, i)| stance_of(i).is_some_and(keep))
                    .map(|(&c, _)| c)
                    .collect()
            };
            prop_assert_eq!(kb.countries_with_stance(..=s, d), with(&|x| x <= s), "..={:?} on {}", s, d);
            prop_assert_eq!(kb.countries_with_stance(s.., d), with(&|x| x >= s), "{:?}.. on {}", s, d);
            prop_assert_eq!(kb.countries_with_stance(s..=s, d), with(&|x| x == s), "{:?} on {}", s, d);
        }
    }
    Ok(())
}

/// `vote`, `tally` and `agreement` equal a scan of the roll calls.
fn check_votes(kb: &Dataset) -> Result<(), TestCaseError> {
    let f = kb.facts();
    let mut symbols: Vec<&str> = f.resolutions.iter().map(|r| &*r.symbol).collect();
    for &s in &symbols {
        for c in COUNTRIES.iter().copied().chain([Country::US]) {
            prop_assert_eq!(kb.vote(s, c), scan_vote(f, s, c), "{} {:?}", s, c);
        }
        prop_assert_eq!(kb.tally(s).ok(), f.resolutions.iter().find(|r| r.symbol == s).map(|r| r.totals));
        // Other case, spaces and the short form find the same resolution.
        let r = kb.resolution(s);
        prop_assert_eq!(r.map(|r| &*r.symbol), Some(s));
        prop_assert_eq!(kb.resolution(&format!(" {} ", s.to_lowercase())), r);
        prop_assert_eq!(kb.resolution(&s["A/RES/".len()..]), r);
    }
    prop_assert_eq!(kb.vote("A/RES/G/99", Country::RU), None);
    for a in voters() {
        for b in voters() {
            let got = kb.agreement(a, b, &symbols).unwrap();
            let mut want = Agreement::default();
            for &s in &symbols {
                if let (Some(x), Some(y)) = (scan_vote(f, s, a), scan_vote(f, s, b))
                    && let Some(v) = x.agreement(y)
                {
                    want.score += v;
                    want.compared += 1;
                }
            }
            prop_assert_eq!(got, want, "{:?} {:?}", a, b);
        }
    }
    symbols.push("A/RES/G/99");
    prop_assert!(kb.agreement(Country::RU, Country::BY, &symbols).is_err());
    Ok(())
}

/// `treaty_status` and `status_of` equal `Treaty::status_at` on every
/// boundary day; `treaties_between` and `treaties_of` equal a scan.
/// `d` plus `years` (29 Feb falls back to the 28th), at `d`'s precision.
fn plus_years(d: PartialDate, years: u8) -> Option<PartialDate> {
    let x = d.first_day();
    let y = x.year() + i32::from(years);
    let moved = x.replace_year(y).or_else(|_| Date::from_calendar_date(y, x.month(), 28)).ok()?;
    Some(at(moved, d.precision()))
}

/// `d` less `months`, at `d`'s precision (a day past the month's end falls
/// back to its last day).
fn minus_months(d: PartialDate, months: u8) -> Option<PartialDate> {
    let x = d.first_day();
    let mut m = i32::from(u8::from(x.month())) - i32::from(months);
    let mut y = x.year();
    while m < 1 {
        m += 12;
        y -= 1;
    }
    let month = time::Month::try_from(m as u8).ok()?;
    let moved = Date::from_calendar_date(y, month, x.day().min(month.length(y))).ok()?;
    Some(at(moved, d.precision()))
}

/// A treaty's status on `d`, evaluated from the rules the `treaty` module
/// documents, written out step by step (no shared code with the crate's
/// period iterator or timeline).
fn brute_status(t: &Treaty, d: Date) -> TreatyStatus {
    let on = |x: PartialDate| x.first_day();
    if d < on(t.signed) {
        return TreatyStatus::NotYetSigned;
    }
    // The end event: the first expiry, termination or supersession.
    let end = t
        .events
        .iter()
        .find(|e| matches!(e.kind, EventKind::Expired | EventKind::Terminated | EventKind::Superseded));
    let ended = end.filter(|e| on(e.date) <= d);
    // With no entry into force, the first evidence of operation starts
    // the one period, to the end event, and before it nothing is known.
    let operative =
        if t.in_force.is_none() { t.events.iter().find(|e| e.kind == EventKind::Operative) } else { None };
    let unknown =
        if operative.is_some() { TreatyStatus::SignedEntryNotFound } else { TreatyStatus::SignedNotInForce };
    let start = match t.in_force.or(operative.map(|e| e.date)) {
        Some(s) if ended.is_none_or(|e| on(e.date) > on(s)) => s,
        _ => {
            return match ended {
                Some(e) => TreatyStatus::Abandoned { on: e.date },
                None => unknown,
            };
        }
    };
    if d < on(start) {
        return unknown;
    }
    if operative.is_some() {
        return match ended {
            Some(e) => match e.kind {
                EventKind::Expired => TreatyStatus::Expired { on: e.date },
                _ => TreatyStatus::Terminated { on: e.date },
            },
            None => TreatyStatus::Operative { since: start, suspended: scan_suspended(t, d) },
        };
    }
    // Every period: (start, end, presumed, extension index).
    let (first_years, years, auto, notice_months) = match t.term {
        Term::Fixed { years } => (Some(years), years, false, 0),
        Term::AutoExtending { initial_years, extension_years, notice_months } => {
            (Some(initial_years), extension_years, true, notice_months)
        }
        _ => (None, 0, false, 0),
    };
    let mut periods: Vec<(PartialDate, Option<PartialDate>, bool, Option<usize>)> = Vec::new();
    periods.push((start, first_years.and_then(|y| plus_years(start, y)), false, None));
    for (i, e) in t.events.iter().enumerate() {
        let EventKind::Extended { until } = e.kind else { continue };
        let Some(to) = periods.last().and_then(|p| p.1) else { break };
        let until = until.filter(|u| on(*u) > on(to)).or_else(|| plus_years(to, years));
        periods.push((to, until, false, Some(i)));
    }
    // A two-party treaty's first notice, with a known notice period.
    let notice = (auto && notice_months > 0 && t.all_parties().len() == 2)
        .then(|| t.events.iter().find(|e| e.kind == EventKind::Withdrew && e.party.is_some()))
        .flatten()
        .map(|e| on(e.date));
    if auto {
        let mut presumed = 0;
        while let Some(to) = periods.last().and_then(|p| p.1) {
            let stopped =
                notice.is_some_and(|n| minus_months(to, notice_months).is_none_or(|by| n <= on(by)));
            if stopped || (presumed == 2 && notice.is_none()) || on(to) > d {
                break;
            }
            presumed += 1;
            let until = if presumed < 2 || notice.is_some() { plus_years(to, years) } else { None };
            periods.push((to, until, true, None));
        }
    }
    // The end event cuts the periods.
    let cut = end.map(|e| e.date);
    let mut kept = Vec::new();
    for p in periods {
        if cut.is_some_and(|c| on(p.0) >= on(c)) {
            break;
        }
        let stop = match (cut, p.1) {
            (Some(c), Some(e)) if on(e) <= on(c) => Some(e),
            (Some(c), _) => Some(c),
            (None, e) => e,
        };
        let last = stop != p.1 || p.1.is_none();
        kept.push((p.0, stop, p.2, p.3));
        if last && cut.is_some() {
            break;
        }
    }
    let contains = |p: &(PartialDate, Option<PartialDate>, bool, Option<usize>)| {
        on(p.0) <= d && p.1.is_none_or(|e| d < on(e))
    };
    if let Some(k) = kept.iter().position(contains) {
        let p = kept[k];
        let suspended = scan_suspended(t, d);
        if p.2 {
            return TreatyStatus::InForcePresumed { until: p.1, suspended };
        }
        let confirmed_next = kept.get(k + 1).is_some_and(|n| !n.2);
        let end_disputed = t.end_alternatives.iter().any(|r| match r.date {
            Some(x) => on(x) > on(p.0) && p.1.is_none_or(|e| on(x) <= on(e)),
            None => !confirmed_next,
        });
        return TreatyStatus::InForce { until: p.1, end_disputed, suspended };
    }
    let last_end = kept.last().and_then(|p| p.1);
    match ended {
        Some(e) if last_end.is_none_or(|l| on(e.date) <= on(l)) => match e.kind {
            EventKind::Expired => TreatyStatus::Expired { on: e.date },
            _ => TreatyStatus::Terminated { on: e.date },
        },
        _ => TreatyStatus::Expired { on: last_end.unwrap_or(start) },
    }
}

fn check_treaties(kb: &Dataset, max_days: usize) -> Result<(), TestCaseError> {
    let f = kb.facts();
    let days = sample(f, max_days);
    for (i, t) in f.treaties.iter().enumerate() {
        prop_assert_eq!(kb.treaty(&t.id).map(|x| position(&f.treaties, x)), Some(i));
    }
    prop_assert!(kb.treaty("no-such-treaty").is_none());
    for s in f.sources.iter() {
        prop_assert_eq!(kb.source(&s.id), Some(s));
    }
    for t in kb.treaties() {
        for &d in &days {
            let want = t.status_at(d);
            prop_assert_eq!(brute_status(t, d), want, "{} on {}: the documented rules", t.id, d);
            prop_assert_eq!(kb.treaty_status(&t.id, d), Some(want), "{} on {}", t.id, d);
            prop_assert_eq!(kb.treaty_status(&t.id, d).unwrap(), want, "{} on {}", t.id, d);
            prop_assert_eq!(t.is_in_force(d), want.is_in_force());
            // The treaty-wide status names every suspended party, and only
            // while in force.
            let suspended = if want.is_in_force() { scan_suspended(t, d) } else { CountrySet::EMPTY };
            prop_assert_eq!(want.suspended(), suspended, "{} suspended on {}", t.id, d);
            for c in COUNTRIES {
                let got = kb.party_status(&t.id, c, d);
                prop_assert_eq!(got, scan_party_status(t, c, d), "{} {:?} on {}", t.id, c, d);
                prop_assert_eq!(got, t.party_status(c, d));
                for b in COUNTRIES {
                    let pair = kb.treaty_status_for(&t.id, c, b, d).unwrap();
                    prop_assert_eq!(pair, t.status_for(c, b, d));
                    prop_assert_eq!(
                        pair.suspended(),
                        suspended & CountrySet::from([c, b]),
                        "{} {:?}–{:?} on {}",
                        t.id,
                        c,
                        b,
                        d
                    );
                    prop_assert_eq!(
                        pair.restricted_to(CountrySet::EMPTY),
                        want.restricted_to(CountrySet::EMPTY)
                    );
                }
            }
        }
        // No validity period runs backwards: each is well formed and
        // starts where the previous one ended.
        let v = t.validity();
        for w in &v {
            prop_assert!(w.period.is_well_formed(), "{}: {} runs backwards", t.id, w.period);
        }
        for w in v.windows(2) {
            prop_assert_eq!(w[0].period.end, Some(w[1].period.start), "{}: terms are contiguous", t.id);
        }
    }
    let by_signature = |mut v: Vec<usize>| {
        v.sort_by_key(|&i| (f.treaties[i].signed, i));
        v
    };
    for a in COUNTRIES {
        for b in COUNTRIES.iter().copied().filter(|&b| b != a) {
            let got: Vec<usize> = kb.treaties_between(a, b).map(|t| position(&f.treaties, t)).collect();
            let ever = |t: &Treaty, c| t.parties.iter().any(|p| p.country == c);
            let want = by_signature(
                (0..f.treaties.len())
                    .filter(|&i| ever(&f.treaties[i], a) && ever(&f.treaties[i], b))
                    .collect(),
            );
            prop_assert_eq!(got, want, "treaties between {:?} and {:?}", a, b);
        }
        for &d in &days {
            let got: Vec<usize> = kb.treaties_of(a, d).map(|t| position(&f.treaties, t)).collect();
            let want = by_signature(
                (0..f.treaties.len())
                    .filter(|&i| f.treaties[i].status_at(d).is_in_force() && is_party(&f.treaties[i], a, d))
                    .collect(),
            );
            prop_assert_eq!(got, want, "treaties of {:?} on {}", a, d);
        }
    }
    Ok(())
}

/// `relation`, `allies` and `ties` equal a scan of memberships,
/// treaties (by `status_at`) and roll calls, with the documented tie
/// rules.
fn check_relations_and_allies(kb: &Dataset, max_days: usize) -> Result<(), TestCaseError> {
    let f = kb.facts();
    let all = sample(f, max_days);
    for d in some(&all, all.len() / 16) {
        let scan = Scan::new(f, d);
        let mut scanned: BTreeMap<(Country, Country), Vec<Key>> = BTreeMap::new();
        for (i, a) in COUNTRIES.into_iter().enumerate() {
            for (j, b) in COUNTRIES.into_iter().enumerate() {
                let r = kb.relation(a, b, d);
                let want = scan_ties(f, &scan, i, j, d);
                prop_assert_eq!(keys(f, &r.ties)?, want.clone(), "relation {:?}–{:?} on {}", a, b, d);
                prop_assert_eq!(r.stance_a.map(|s| position(&f.stances, s)), scan.stances[i]);
                prop_assert_eq!(r.stance_b.map(|s| position(&f.stances, s)), scan.stances[j]);
                prop_assert_eq!(r.is_alliance(), any_is_alliance(&want));
                scanned.insert((a, b), want);
            }
        }
        for c in COUNTRIES {
            for (alliance_only, got) in [(true, kb.allies(c, d)), (false, kb.ties(c, d))] {
                let mut want: Vec<((bool, TieKind), Country, Vec<Key>)> = COUNTRIES
                    .iter()
                    .map(|&x| (x, &scanned[&(c, x)]))
                    .filter(|(_, ties)| {
                        if alliance_only {
                            any_is_alliance(ties)
                        } else {
                            ties.iter().any(|(_, k, _)| *k != TieKind::AlignedVotes)
                        }
                    })
                    .map(|(x, ties)| ((ties[0].0, ties[0].1), x, ties.clone()))
                    .collect();
                want.sort_by_key(|(k, x, _)| (*k, *x));
                let got: Vec<((bool, TieKind), Country, Vec<Key>)> = got
                    .iter()
                    .map(|a| {
                        keys(f, a.ties).map(|k| ((a.ties[0].is_suspended(), a.strongest()), a.country, k))
                    })
                    .collect::<Result<_, _>>()?;
                prop_assert_eq!(
                    got,
                    want,
                    "{} of {:?} on {}",
                    if alliance_only { "allies" } else { "ties" },
                    c,
                    d
                );
            }
        }
    }
    Ok(())
}

/// `changes` lists exactly the dated records and events in `(from, to]`,
/// in date order.
fn check_changes(kb: &Dataset, max_days: usize) -> Result<(), TestCaseError> {
    let f = kb.facts();
    // Every dated change, as `Change` prints it.
    let mut every: Vec<(PartialDate, String)> = Vec::new();
    let mut push = |d: PartialDate, what: String| every.push((d, format!("{d:?} {d}: {what}")));
    for m in f.memberships.iter() {
        push(m.period.start, format!("{} became {} of the {}", m.country, m.role, m.union));
        if let Some(e) = m.period.end {
            push(e, format!("{} ceased to be {} of the {}", m.country, m.role, m.union));
        }
    }
    for t in f.treaties.iter() {
        push(t.signed, format!("{} signed", t.short_name));
        if let Some(d) = t.in_force {
            push(d, format!("{} entered into force", t.short_name));
        }
        for e in t.events.iter() {
            push(e.date, format!("{}: {} ({})", t.short_name, e.kind, e.note));
        }
    }
    // Every change of a treaty's status after signature: a day whose
    // status differs from the day before's.
    let boundaries = days(f);
    for t in f.treaties.iter() {
        for &d in &boundaries {
            let Some(before) = d.previous_day() else { continue };
            let now = t.status_at(d);
            if d != t.signed.first_day() && now != t.status_at(before) {
                // At the precision of the record's date for that day.
                let own = match now {
                    TreatyStatus::Expired { on }
                    | TreatyStatus::Terminated { on }
                    | TreatyStatus::Abandoned { on } => {
                        vec![on]
                    }
                    _ => vec![],
                };
                let mut known: Vec<PartialDate> = own;
                known.extend(t.events.iter().map(|e| e.date));
                known.extend(t.in_force);
                known
                    .extend(t.validity().iter().flat_map(|v| [Some(v.period.start), v.period.end]).flatten());
                known.extend(t.parties.iter().flat_map(|p| [Some(p.period.start), p.period.end]).flatten());
                let date = known.into_iter().find(|k| k.first_day() == d).unwrap_or(PartialDate::day(d));
                push(date, format!("{} now {now}", t.short_name));
            }
        }
    }
    // A stance record's end is a change when no later record of the
    // country has taken over by then.
    for s in f.stances.iter() {
        push(s.since, format!("{}'s stance: {} ({})", s.country, s.stance, s.assessed_by));
        if let Some(u) = s.until {
            let replaced = f.stances.iter().any(|o| {
                o.country == s.country
                    && stance_start(o.since) > stance_start(s.since)
                    && stance_start(o.since) <= u.first_day()
            });
            if !replaced {
                push(u, format!("{}'s stance record ({}) ends", s.country, s.stance));
            }
        }
    }
    let all = sample(f, max_days);
    let some = some(&all, all.len() / 6);
    for (k, &from) in some.iter().enumerate() {
        for &to in &some[k..] {
            let got = kb.changes(from, to);
            prop_assert!(got.windows(2).all(|w| w[0].date <= w[1].date), "in date order");
            let mut got: Vec<String> = got.iter().map(|c| format!("{:?} {c}", c.date)).collect();
            let mut want: Vec<String> = every
                .iter()
                .filter(|(d, _)| from < d.first_day() && d.first_day() <= to)
                .map(|(_, s)| s.clone())
                .collect();
            got.sort();
            want.sort();
            prop_assert_eq!(got, want, "changes in ({}, {}]", from, to);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn memberships_equal_a_scan(raw in raw(Size::SMALL)) {
        check_memberships(&dataset(&raw)?, usize::MAX)?;
    }

    #[test]
    fn stances_equal_a_scan(raw in raw(Size::SMALL)) {
        check_stances(&dataset(&raw)?, usize::MAX)?;
    }

    #[test]
    fn votes_equal_a_scan(raw in raw(Size::SMALL)) {
        check_votes(&dataset(&raw)?)?;
    }

    #[test]
    fn treaties_equal_a_scan(raw in raw(Size::SMALL)) {
        check_treaties(&dataset(&raw)?, usize::MAX)?;
    }

    #[test]
    fn relations_and_allies_equal_a_scan(raw in raw(Size::SMALL)) {
        check_relations_and_allies(&dataset(&raw)?, usize::MAX)?;
    }

    #[test]
    fn changes_equal_a_scan(raw in raw(Size::SMALL)) {
        check_changes(&dataset(&raw)?, usize::MAX)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Every property on datasets big enough that the index's lists are
    /// binary-searched (more than 64 change points per union, stance
    /// points, roll calls, treaty status steps).
    #[test]
    fn big_datasets_equal_a_scan(raw in raw(Size::BIG)) {
        let kb = dataset(&raw)?;
        check_memberships(&kb, 48)?;
        check_stances(&kb, 48)?;
        check_votes(&kb)?;
        check_treaties(&kb, 48)?;
        check_relations_and_allies(&kb, 48)?;
        check_changes(&kb, 48)?;
    }
}

/// The generator reaches every role, precision, term rule, event kind
/// (with and without a party), treaty status and tie kind, so the
/// properties above are not vacuous.
#[test]
fn the_generator_reaches_every_kind() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let mut seen: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let name = |x: &dyn std::fmt::Debug| format!("{x:?}").split([' ', '{', '(']).next().unwrap().to_owned();
    for _ in 0..128 {
        let kb =
            Dataset::from_facts(build(&raw(Size::SMALL).new_tree(&mut runner).unwrap().current())).unwrap();
        let f = kb.facts();
        for m in f.memberships.iter() {
            seen.insert(format!("role {:?}", m.role));
            seen.insert(format!("precision {:?}", m.period.start.precision()));
        }
        for t in f.treaties.iter() {
            seen.insert(format!("term {}", name(&t.term)));
            for e in t.events.iter() {
                seen.insert(format!("event {} {}", name(&e.kind), e.party.is_some()));
            }
            for d in days(f) {
                let status = t.status_at(d);
                seen.insert(format!("status {}", name(&status)));
                if !status.suspended().is_empty() {
                    seen.insert(format!("status {} suspended", name(&status)));
                }
                for c in t.all_parties() {
                    seen.extend(t.party_status(c, d).map(|p| format!("party {}", name(&p))));
                }
            }
        }
        let all = days(f);
        for d in some(&all, all.len() / 8) {
            for a in COUNTRIES {
                for b in COUNTRIES {
                    seen.extend(kb.relation(a, b, d).ties.iter().map(|t| format!("tie {:?}", t.kind)));
                }
            }
        }
    }
    let mut want: Vec<String> = Role::iter().map(|r| format!("role {r:?}")).collect();
    want.extend(Precision::iter().map(|p| format!("precision {p:?}")));
    want.extend(
        ["Unlimited", "Fixed", "AutoExtending", "NotApplicable", "Unknown"].map(|t| format!("term {t}")),
    );
    for kind in [
        "Extended",
        "Statement",
        "Suspended",
        "Resumed",
        "Joined",
        "Withdrew",
        "Expired",
        "Terminated",
        "Superseded",
        "Operative",
    ] {
        want.push(format!("event {kind} true"));
        if !["Suspended", "Resumed", "Joined", "Withdrew"].contains(&kind) {
            want.push(format!("event {kind} false"));
        }
    }
    want.extend(
        [
            "NotYetSigned",
            "SignedNotInForce",
            "InForce",
            "InForcePresumed",
            "InForce suspended",
            "InForcePresumed suspended",
            "Expired",
            "Terminated",
            "Abandoned",
            "SignedEntryNotFound",
            "Operative",
            "Operative suspended",
        ]
        .map(|s| format!("status {s}")),
    );
    want.extend(TieKind::iter().map(|k| format!("tie {k:?}")));
    want.extend(["NotYet", "Member", "Suspended", "NoticeGiven", "Withdrawn"].map(|p| format!("party {p}")));
    let missing: Vec<&String> = want.iter().filter(|w| !seen.contains(*w)).collect();
    assert!(missing.is_empty(), "the generator never produced {missing:?}");
}

/// A treaty with `n` events in date order, mostly statements and
/// suspensions and resumptions by its parties, with a rare confirmed
/// extension, from a fixed seed.
fn eventful_treaty(n: usize) -> Treaty {
    let signed = Date::from_calendar_date(1990, time::Month::January, 1).unwrap();
    let parties = [Country::RU, Country::BY, Country::CN];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    let mut day = plus(signed, 100);
    let events = (0..n)
        .map(|k| {
            day = plus(day, (next() % 3) as i32);
            let kind = match next() % 100 {
                0 => EventKind::Extended { until: None },
                1..=40 => EventKind::Statement,
                41..=70 => EventKind::Suspended,
                _ => EventKind::Resumed,
            };
            let party = (kind != EventKind::Statement).then(|| parties[(next() % 3) as usize]);
            TreatyEvent {
                date: PartialDate::day(day),
                kind,
                party,
                towards: None,
                note: Cow::Owned(format!("event {k}")),
                sources: cite(k),
            }
        })
        .collect::<Vec<_>>();
    Treaty {
        id: Cow::Borrowed("eventful"),
        name: Cow::Borrowed("An eventful treaty"),
        short_name: Cow::Borrowed("Eventful"),
        kind: TreatyKind::Friendship,
        parties: Cow::Owned(
            parties.map(|c| Party { country: c, period: Period::from(PartialDate::day(signed)) }).to_vec(),
        ),
        signed: PartialDate::day(signed),
        in_force: Some(PartialDate::day(plus(signed, 30))),
        term: Term::AutoExtending { initial_years: 10, extension_years: 5, notice_months: 6 },
        events: Cow::Owned(events),
        provisions: Cow::Borrowed(&[]),
        sources: cite(0),
        note: None,
        alternatives: Cow::Borrowed(&[]),
        entity_parties: Cow::Borrowed(&[]),
        end_alternatives: Cow::Owned(vec![Reading {
            says: Cow::Borrowed("ends earlier"),
            date: None,
            sources: cite(1),
        }]),
    }
}

/// A dataset of one treaty (citing [`SOURCES`]).
#[track_caller]
fn one_treaty(t: Treaty) -> Dataset {
    Dataset::from_facts(Facts { treaties: Cow::Owned(vec![t]), ..one_treaty_facts() }).unwrap()
}

/// Facts with [`SOURCES`] and no records.
fn one_treaty_facts() -> Facts {
    let sources = SOURCES
        .iter()
        .map(|&id| Source {
            id: SourceId::new(id),
            publisher: Cow::Borrowed("Generated"),
            title: Cow::Borrowed("A generated source"),
            date: None,
            url: None,
            quote: None,
            kind: allegiance::SourceKind::Reference,
            original: None,
        })
        .collect::<Vec<_>>();
    Facts { sources: Cow::Owned(sources), ..Facts::empty("one treaty", PartialDate::day(Date::MAX)) }
}

/// Indexes a treaty with `n` events and checks the index against
/// `status_at` on a sample of days; returns the time the first query took.
fn index_eventful_treaty(n: usize) -> std::time::Duration {
    let kb = one_treaty(eventful_treaty(n));
    let t = &kb.treaties()[0];
    let first = t.events[0].date.first_day();
    let started = std::time::Instant::now();
    let status = kb.treaty_status("eventful", first);
    let took = started.elapsed();
    assert_eq!(status, Some(t.status_at(first)));
    let last = t.events[n - 1].date.first_day();
    for k in 0..64 {
        let d = plus(first, ((last - first).whole_days() * k / 63) as i32);
        assert_eq!(kb.treaty_status("eventful", d), Some(t.status_at(d)), "on {d}");
    }
    took
}

/// Building the status table of a treaty with 64,000 events is not
/// quadratic in its events: sampling `status_at` at each of its days once
/// was (0.9 s in release for 16,000 events, minutes for 64,000 in debug);
/// one sweep over the days takes milliseconds.
#[test]
fn a_treaty_with_64000_events_indexes_in_one_sweep() {
    for n in [16_000, 64_000] {
        let took = index_eventful_treaty(n);
        println!("{n} events: first query (builds the index) {took:?}");
    }
}

/// An extension "until" a day before the current term ends used to be
/// accepted and gave periods in force that went back in time and
/// overlapped (2000–2010, an empty 2010–2005, then 2005–2015). Now the
/// validator reports it at its path, and the record on its own (never
/// loaded) applies the term rule's length instead, so its periods run
/// forward.
#[test]
fn indexed_status_follows_status_at_when_periods_go_back_in_time() {
    let day = |y: i32| PartialDate::day(Date::from_calendar_date(y, time::Month::January, 1).unwrap());
    let extended = |on: i32, until: Option<i32>| TreatyEvent {
        date: day(on),
        kind: EventKind::Extended { until: until.map(day) },
        party: None,
        towards: None,
        note: Cow::Borrowed("extended"),
        sources: cite(0),
    };
    let t = Treaty {
        id: Cow::Borrowed("backwards"),
        name: Cow::Borrowed("A treaty extended backwards"),
        short_name: Cow::Borrowed("Backwards"),
        kind: TreatyKind::Friendship,
        parties: Cow::Owned(vec![Party { country: Country::RU, period: Period::from(day(2000)) }]),
        signed: day(2000),
        in_force: Some(day(2000)),
        term: Term::Fixed { years: 10 },
        events: Cow::Owned(vec![extended(2003, Some(2005)), extended(2004, None)]),
        provisions: Cow::Borrowed(&[]),
        sources: cite(0),
        note: None,
        alternatives: Cow::Borrowed(&[]),
        entity_parties: Cow::Borrowed(&[]),
        end_alternatives: Cow::Borrowed(&[]),
    };
    let periods: Vec<String> = t.validity().iter().map(|v| v.period.to_string()).collect();
    assert_eq!(periods, ["1 Jan 2000 – 1 Jan 2010", "1 Jan 2010 – 1 Jan 2020", "1 Jan 2020 – 1 Jan 2030"]);
    let in_2006 = Date::from_calendar_date(2006, time::Month::June, 1).unwrap();
    assert_eq!(t.status_at(in_2006).to_string(), "in force until 1 Jan 2010");
    let facts = Facts { treaties: Cow::Owned(vec![t]), ..one_treaty_facts() };
    let err = Dataset::from_facts(facts).unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["treaties[0].events[0].until"], "{err}");
}
