//! A synthetic dataset generator for the scaling benchmarks (not part of the
//! library's API): given a scale factor it builds, through the public
//! types, a valid `Dataset` with about that many times the embedded
//! records — memberships, treaties with events, stance records,
//! statements, claims and resolutions with full roll calls — deterministic
//! from a seed. The synthetic records are about countries other than the
//! benchmark's [`PROBES`].

use std::borrow::Cow;

use allegiance::treaty::{EventKind, Party, TreatyEvent};
use allegiance::{
    Claim, Country, Dataset, Evidence, Facts, Membership, PartialDate, Period, Resolution, Role, Source,
    SourceId, Stance, StanceRecord, Statement, Tally, Term, Treaty, TreatyKind, UnStatus, Union, Vote,
};
use strum::IntoEnumIterator;
use time::Date;

/// SplitMix64: a small deterministic generator (no dependency).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

fn day(julian: i32) -> PartialDate {
    PartialDate::day(Date::from_julian_day(julian).expect("in range"))
}

/// Julian day numbers from 1 Jan 1800 to 28 Nov 2026.
const FIRST: i32 = 2_378_497;
const LAST: i32 = 2_461_008;

/// The countries the scaling benchmark asks about. Synthetic memberships,
/// treaties, stances, statements and claims never involve them, so the
/// benchmark measures what a query about them pays for records about
/// other countries. (Roll calls still include every UN member.)
pub const PROBES: [Country; 8] =
    [Country::RU, Country::BY, Country::CN, Country::IN, Country::TR, Country::AM, Country::KZ, Country::KP];

/// The embedded dataset's record counts, the unit of the scale factor.
pub struct Unit {
    pub memberships: usize,
    pub treaties: usize,
    pub stances: usize,
    pub statements: usize,
    pub claims: usize,
    pub resolutions: usize,
}

impl Unit {
    pub fn embedded() -> Unit {
        let f = Dataset::embedded().facts();
        Unit {
            memberships: f.memberships.len(),
            treaties: f.treaties.len(),
            stances: f.stances.len(),
            statements: f.statements.len(),
            claims: f.claims.len(),
            resolutions: f.resolutions.len(),
        }
    }
}

/// The embedded dataset's facts plus `scale - 1` times as many synthetic
/// records of each kind (so `scale == 1` is the embedded dataset).
pub fn facts(scale: usize, seed: u64) -> Facts {
    let base = Dataset::embedded().facts().clone();
    if scale <= 1 {
        return base;
    }
    let unit = Unit::embedded();
    let extra = scale - 1;
    let mut rng = Rng::new(seed);
    let countries: Vec<Country> = Country::iter().filter(|c| !PROBES.contains(c)).collect();
    let members: Vec<Country> = Country::iter().filter(|c| c.un_status() == UnStatus::Member).collect();

    let n_sources = 50 * extra;
    let mut sources = base.sources.into_owned();
    for k in 0..n_sources {
        sources.push(Source {
            id: SourceId(Cow::Owned(format!("syn-{k}"))),
            publisher: Cow::Borrowed("Synthetic"),
            title: Cow::Owned(format!("Synthetic source {k}")),
            date: Some(day(FIRST + rng.below((LAST - FIRST) as u64) as i32)),
            url: None,
            quote: None,
            kind: allegiance::SourceKind::Reference,
            original: None,
        });
    }
    let cite = |rng: &mut Rng| -> Cow<'static, [SourceId]> {
        Cow::Owned(vec![SourceId(Cow::Owned(format!("syn-{}", rng.below(n_sources as u64))))])
    };

    // Memberships: for each (union, country) pair a run of disjoint periods
    // after the embedded records' end (from 2030 on is never touched, so
    // the synthetic periods live in 1800–1900 and do not overlap them).
    let mut memberships = base.memberships.into_owned();
    let want = unit.memberships * extra;
    let roles = [Role::Member, Role::Member, Role::Observer, Role::Partner, Role::Candidate];
    let pairs: Vec<(Union, Country)> =
        Union::iter().flat_map(|u| countries.iter().map(move |&c| (u, c))).collect();
    let per_pair = want.div_ceil(pairs.len());
    let span = (2_415_021 - FIRST) / (per_pair as i32 * 2 + 1); // 1800 to 1900
    let mut made = 0;
    'outer: for &(u, c) in &pairs {
        let mut t = FIRST + rng.below(span as u64) as i32;
        for _ in 0..per_pair {
            if made == want {
                break 'outer;
            }
            let len = 1 + rng.below(span as u64) as i32;
            memberships.push(Membership {
                country: c,
                union: u,
                role: rng.pick(&roles),
                period: Period::new(day(t), Some(day(t + len))),
                sources: cite(&mut rng),
                note: None,
                alternatives: Cow::Borrowed(&[]),
            });
            t += len + 1 + rng.below(span as u64) as i32;
            made += 1;
        }
    }

    // Treaties: 2 to 5 parties, a term, and up to four events in order.
    let mut treaties = base.treaties.into_owned();
    let kinds = [
        TreatyKind::Friendship,
        TreatyKind::StrategicPartnership,
        TreatyKind::MutualDefence,
        TreatyKind::ArmsControl,
        TreatyKind::DiplomaticRelations,
    ];
    for k in 0..unit.treaties * extra {
        let signed = FIRST + rng.below((LAST - FIRST - 4000) as u64) as i32;
        let in_force = signed + rng.below(900) as i32;
        let n = 2 + rng.below(4) as usize;
        let mut parties: Vec<Party> = Vec::with_capacity(n);
        while parties.len() < n {
            let c = rng.pick(&countries);
            if parties.iter().all(|p| p.country != c) {
                parties.push(Party { country: c, period: Period::new(day(signed), None) });
            }
        }
        let term = match rng.below(3) {
            0 => Term::Unlimited,
            1 => Term::Fixed { years: 5 + rng.below(20) as u8 },
            _ => Term::AutoExtending {
                initial_years: 10 + rng.below(15) as u8,
                extension_years: 5,
                notice_months: 12,
            },
        };
        let mut events = Vec::new();
        let mut t = in_force;
        for _ in 0..rng.below(5) {
            t += 30 + rng.below(1500) as i32;
            let kind = match rng.below(4) {
                0 => EventKind::Extended { until: None },
                1 => EventKind::Suspended,
                2 => EventKind::Resumed,
                _ => EventKind::Statement,
            };
            events.push(TreatyEvent {
                date: day(t),
                kind,
                party: Some(parties[0].country),
                towards: None,
                note: Cow::Borrowed("synthetic event"),
                sources: cite(&mut rng),
            });
        }
        if rng.below(4) == 0 {
            t += 30 + rng.below(1500) as i32;
            events.push(TreatyEvent {
                date: day(t),
                kind: EventKind::Terminated,
                party: None,
                towards: None,
                note: Cow::Borrowed("synthetic end"),
                sources: cite(&mut rng),
            });
        }
        treaties.push(Treaty {
            id: Cow::Owned(format!("syn-treaty-{k}")),
            name: Cow::Owned(format!("Synthetic treaty {k}")),
            short_name: Cow::Owned(format!("Synthetic {k}")),
            kind: rng.pick(&kinds),
            parties: Cow::Owned(parties),
            signed: day(signed),
            in_force: Some(day(in_force)),
            term,
            events: Cow::Owned(events),
            provisions: Cow::Borrowed(&[]),
            sources: cite(&mut rng),
            note: None,
            alternatives: Cow::Borrowed(&[]),
            entity_parties: Cow::Borrowed(&[]),
            end_alternatives: Cow::Borrowed(&[]),
        });
    }

    // Statements, then stance records citing them (distinct days per
    // country, after the embedded ones' days: from 2027 on).
    let mut statements = base.statements.into_owned();
    for k in 0..unit.statements * extra {
        statements.push(Statement {
            id: Cow::Owned(format!("syn-statement-{k}")),
            country: rng.pick(&countries),
            about: None,
            speaker: Cow::Borrowed("A spokesperson"),
            office: Cow::Borrowed("Ministry of Foreign Affairs"),
            date: day(2_459_634 + rng.below(1700) as i32),
            words: Cow::Borrowed("synthetic words"),
            sources: cite(&mut rng),
            note: None,
            alternatives: Cow::Borrowed(&[]),
        });
    }
    let mut stances = base.stances.into_owned();
    let scale_levels: Vec<Stance> = Stance::iter().collect();
    let n_stances = unit.stances * extra;
    for k in 0..n_stances {
        let c = countries[k % countries.len()];
        let round = (k / countries.len()) as i32;
        stances.push(StanceRecord {
            country: c,
            stance: rng.pick(&scale_levels),
            // Before the embedded records: 1990 onwards, one record a week
            // per country at most.
            since: day(2_447_893 + round * 7),
            until: None,
            summary: Cow::Borrowed("synthetic"),
            evidence: Cow::Owned(vec![Evidence::Statement(Cow::Owned(format!(
                "syn-statement-{}",
                rng.below((unit.statements * extra) as u64)
            )))]),
            assessed_by: Cow::Borrowed("synthetic"),
            sources: cite(&mut rng),
            alternatives: Cow::Borrowed(&[]),
        });
    }
    let mut claims = base.claims.into_owned();
    for _ in 0..unit.claims * extra {
        claims.push(Claim {
            subject: rng.pick(&countries),
            wording: Cow::Borrowed("a synthetic claim"),
            date: day(2_459_634),
            sources: cite(&mut rng),
            note: None,
        });
    }

    // Resolutions with full roll calls of every UN member.
    let mut resolutions = base.resolutions.into_owned();
    let votes_pool = [Vote::Yes, Vote::Yes, Vote::Yes, Vote::No, Vote::Abstain, Vote::NotVoting];
    for k in 0..unit.resolutions * extra {
        let votes: Vec<(Country, Vote)> = members.iter().map(|&c| (c, rng.pick(&votes_pool))).collect();
        let mut totals = Tally::default();
        for &(_, v) in &votes {
            totals.add(v);
        }
        resolutions.push(Resolution {
            symbol: Cow::Owned(format!("A/RES/SYN/{k}")),
            title: Cow::Borrowed("Synthetic resolution"),
            date: day(2_415_021 + rng.below((LAST - 2_415_021) as u64) as i32),
            totals,
            complete: true,
            votes: Cow::Owned(votes),
            sources: cite(&mut rng),
            note: None,
            alternatives: Cow::Borrowed(&[]),
            organ: allegiance::Organ::GeneralAssembly,
            adopted: true,
        });
    }

    Facts {
        name: Cow::Owned(format!("synthetic x{scale}")),
        as_of: base.as_of,
        version: None,
        coverage: base.coverage.clone(),
        sources: Cow::Owned(sources),
        memberships: Cow::Owned(memberships),
        treaties: Cow::Owned(treaties),
        statements: Cow::Owned(statements),
        stances: Cow::Owned(stances),
        claims: Cow::Owned(claims),
        resolutions: Cow::Owned(resolutions),
    }
}
