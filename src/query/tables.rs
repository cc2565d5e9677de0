//! Research tables: dyad-years and state-years over a range of years, for
//! the Correlates of War or the Gleditsch–Ward state system, in the
//! conventions of the R package `peacesciencer` (one row per pair of
//! system members, or per member, per year; `ccode1 < ccode2` when
//! undirected, both orders when directed), as an iterator of rows
//! ([`Dataset::dyad_years`], [`Dataset::state_years`]) and as CSV
//! ([`DyadYears::write_csv`], [`StateYears::write_csv`]).
//!
//! ```
//! use allegiance::{Dataset, StateList};
//! use allegiance::tables::Coverage;
//!
//! let kb = Dataset::embedded();
//! let rows: Vec<_> = kb.dyad_years(StateList::Cow, 2018..=2018, false).collect();
//! // Every pair of the 2018 COW members, once.
//! let n = kb.state_years(StateList::Cow, 2018..=2018).count();
//! assert_eq!(rows.len(), n * (n - 1) / 2);
//! // Russia (365) and Belarus (370): the CSTO, the Union State, the EAEU.
//! let ru_by = rows.iter().find(|r| (r.ccode1, r.ccode2) == (365, 370)).ok_or("RUS-BLR")?;
//! let a = ru_by.alliances.ok_or("covered")?;
//! assert!(a.defense && a.state_union && a.integration && a.ally);
//! assert_eq!(ru_by.alliance_covered, Coverage::Partial); // treaties: a selection
//! assert!(ru_by.un_votes().is_some_and(|n| n > 50));
//! // Nigeria (475) and South Africa (560): their treaties are not covered, so
//! // the alliance columns are empty, not "no alliance".
//! let br_ar = rows.iter().find(|r| (r.ccode1, r.ccode2) == (475, 560)).ok_or("NIG-SAF")?;
//! assert_eq!((br_ar.alliance_covered, br_ar.alliances), (Coverage::No, None));
//!
//! let mut csv = Vec::new();
//! let written = kb.dyad_years(StateList::Cow, 2018..=2018, false).write_csv(&mut csv)?;
//! assert_eq!(written as usize, rows.len());
//! let text = String::from_utf8(csv)?;
//! assert!(text.starts_with("ccode1,ccode2,year,alliance_covered,defense,"));
//! assert!(text.lines().any(|l| l.starts_with("475,560,2018,none,,,")));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Rows
//!
//! A state is in year *Y* when one of its spells in the list
//! ([`StateList::spells`]) holds on at least one day of *Y*, as
//! `peacesciencer`'s `create_stateyears()` counts it; the unit is the
//! list's code (COW `ccode`, G&W `gwcode`), so a code that names two
//! countries in one year (COW 365: the USSR to 25 December 1991, Russia
//! from 26 December) is one row, and two codes that name one country in
//! one year (West Germany's 260 to 2 October 1990, Germany's 255 from 3
//! October) are two. A dyad-year is every pair of codes in the year's
//! state-years. Spells still running when the list was made run on (see
//! [`crate::state_system`]), so the tables reach the dataset's as-of year.
//! Rows come year by year, then by code (`ccode1`, then `ccode2`).
//!
//! # In force during the year
//!
//! A fact counts for year *Y* when it holds **on at least one day of
//! *Y*** on which the code names the country (ATOP's dyad-year rule: an
//! alliance is active in every year in which it is in force at any point;
//! COW's alliance data likewise mark each year of an alliance's span). For
//! a pair, both states must be bound **on the same day**: a treaty Russia
//! joined in March and Belarus left in February does not bind them that
//! year. Days after the dataset's as-of date are answered as every query
//! answers them, from the latest known facts (an open period runs on).
//!
//! # Columns
//!
//! Each family of facts has a coverage column ([`Coverage`]: `full`,
//! `partial`, `none`) before its values. Where it is `none`, the values are
//! `None` in the row and empty in the CSV, never 0: "not covered" is not
//! "none". Where it is `partial`, a 0 means "none recorded" in a selection.
//!
//! **Alliances** (0/1 in a dyad-year; in a state-year, the number of
//! instruments, unions or treaties, that bind the state so to at least one
//! other member of the list that year, and `allies` the number of members
//! it is allied to). Each comes from the ties [`Dataset::relation`] lists
//! on the days of the year, counting a tie only while it is in effect (not
//! [suspended](crate::Tie::is_suspended): a frozen CSTO membership, a
//! suspended treaty party):
//!
//! | column | ATOP/COW | set when a tie in effect on a day of the year | from |
//! |---|---|---|---|
//! | `defense` | ATOP `defense`, COW defence pact | is [`TieKind::MutualDefence`]: both members of a military alliance (NATO, the CSTO), or a treaty in force with a mutual-defence clause or of that kind | `relation` |
//! | `neutral` | ATOP `neutral`, COW neutrality | rests on a treaty in force with an [`Obligation::Neutrality`] provision | `relation`, the treaty's `provisions` |
//! | `nonagg` | ATOP `nonagg`, COW non-aggression | … with an [`Obligation::NonAggression`] provision | the same |
//! | `consul` | ATOP `consul`, COW entente | … with an [`Obligation::Consultation`] provision | the same |
//!
//! | column | ATOP/COW | set when a tie in effect on a day of the year | from |
//! |---|---|---|---|
//! | `state_union` | — | is [`TieKind::StateUnion`] (the Union State, its treaty) | `relation` |
//! | `integration` | — | is [`TieKind::IntegrationUnion`] (the EAEU, the EU, their treaties) | `relation` |
//! | `friendship` | — | is [`TieKind::Friendship`] | `relation` |
//! | `partnership` | — | is [`TieKind::StrategicPartnership`] | `relation` |
//! | `ally` | — | is alliance-grade: the two are allies on that day ([`crate::Relation::is_alliance`]) | `relation`, `allies` |
//!
//! The crate records no offensive obligation, so there is no `offense`
//! column. A provision that binds one party only ([`crate::Provision::binds`])
//! or is owed to one party only ([`crate::Provision::towards`]) counts for
//! the pairs that include that party ([`crate::Provision::holds_between`]).
//! Provisions count in any treaty in force, alliance-grade or not: the
//! Budapest Memorandum's assurances, owed to Ukraine, set `nonagg` between
//! Ukraine and each guarantor, not between the guarantors. A suspension
//! towards one party ([`crate::TreatyEvent::towards`]: the United States
//! towards New Zealand in ANZUS) sets nothing between those two while it
//! lasts and leaves the treaty's other pairs as they were. Coverage:
//! [`Dataset::alliance_coverage`] for the pair (the treaties declared for
//! it, or, where none are yet, `partial` when both have held a role in one
//! alliance-grade union, whose memberships are complete); in a state-year,
//! [`Dataset::allies_coverage`].
//!
//! **Union memberships** (`u_military`, `u_state`, `u_economic`,
//! `u_supranational`, `u_regional`, `u_forum`, `u_universal`, one per
//! [`UnionKind`]): in a dyad-year, how many unions of that kind both were
//! members of on a common day of the year; in a state-year, how many the
//! state was a member of on a day of the year. A member is what
//! [`Dataset::members`] says: [`Role::Member`], [`Role::Frozen`] or
//! [`Role::Suspended`] (a frozen or suspended member is still a member in
//! law, though its alliance ties are suspended). `u_universal` is the UN. Coverage:
//! full when every union's scope that has begun is complete for the state
//! ([`Dataset::covers_union`] for each; a union that did not yet exist
//! counts 0), partial when one is not (the African Union's, which does not
//! record ten members, makes South Africa's union counts partial).
//!
//! **UN General Assembly votes**: `un_votes`, the roll calls of the year
//! both states voted on (yes, no or abstain; the state alone in a
//! state-year), and `un_agree`, their agreement over them
//! ([`crate::Agreement::share`]: 1 for the same vote, ½ when exactly one
//! abstained, 0 for yes against no; empty when `un_votes` is 0). The roll
//! calls are those [`crate::unga::agreement`] compares for the year, to
//! the embedded record's last day ([`crate::unga::last_day`]), and after
//! it the dataset's resolutions ([`Dataset::agreement`]), as the
//! aligned-votes tie combines them. Coverage: `full` for a year within the
//! embedded record (1946–2019; it holds every recorded roll call), and
//! after it what [`Dataset::covers`] says for [`FactKind::Votes`] (a
//! selection of roll calls on Ukraine: `partial`).
//!
//! **Stance** (state-years only): the state's stance on Russia's 2022
//! invasion of Ukraine ([`Dataset::stance`]) on the last day of the year,
//! with [`Dataset::covers`] for [`FactKind::Stances`] (none before 24
//! February 2022).
//!
//! A coverage column for a year reads the declared coverage on its first
//! and last days: `full` when covered completely on 1 January (coverage
//! only grows with the day), `none` when not covered even on 31 December,
//! `partial` otherwise. A code that names no country (COW 511 Zanzibar,
//! 817 the Republic of Vietnam, the nineteenth-century states) has `none`
//! everywhere.
//!
//! # Speed
//!
//! Each year is one pass: the days in the year on which any union's
//! membership, any treaty's parties or status, or the list's members
//! change cut it into intervals; every instrument's set of states in
//! effect on each interval marks its pairs in a matrix of the year's
//! codes, and the UN agreement of every pair comes from one
//! [`crate::unga::agreement_matrix`]. No pair is scanned on its own
//! (`BENCHMARKS.md` gives the figures).

use std::io::{self, Write as _};
use std::ops::RangeInclusive;

use time::Date;

use crate::{
    Agreement, Country, CountrySet, Covered, Dataset, FactKind, Obligation, Role, Stance, StateList, TieKind,
    Union, UnionKind,
};

/// Whether the dataset covers a family of facts for a row's year: see the
/// [module docs](crate::tables#columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Coverage {
    /// Covered completely on every day of the year: a 0 means none.
    Full,
    /// Covered in part (a selection, or not on every day): a 0 means none
    /// recorded.
    Partial,
    /// Not covered: the values are `None` (empty in the CSV).
    No,
}

impl Coverage {
    /// `"full"`, `"partial"`, `"none"`: the CSV's words.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Coverage::Full => "full",
            Coverage::Partial => "partial",
            Coverage::No => "none",
        }
    }

    /// Whether anything is covered (the values are `Some`).
    #[must_use]
    pub const fn is_covered(self) -> bool {
        !matches!(self, Coverage::No)
    }

    /// The coverage of a year from its first and last days' answers.
    fn of_year(first: Covered<'_>, last: Covered<'_>) -> Coverage {
        match (first, last) {
            (Covered::Fully, _) => Coverage::Full,
            (_, Covered::No { .. } | Covered::Before { .. }) => Coverage::No,
            _ => Coverage::Partial,
        }
    }

    /// Two parts of a year, or two sides of a pair: full when both are,
    /// none when both are, partial otherwise.
    const fn and(self, other: Coverage) -> Coverage {
        match (self, other) {
            (Coverage::Full, Coverage::Full) => Coverage::Full,
            (Coverage::No, Coverage::No) => Coverage::No,
            _ => Coverage::Partial,
        }
    }

    /// The least covered of two sides.
    fn worst(self, other: Coverage) -> Coverage {
        self.max(other)
    }
}

impl core::fmt::Display for Coverage {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.as_str())
    }
}

// The alliance columns as bits.
const DEFENSE: u16 = 1 << 0;
const NEUTRAL: u16 = 1 << 1;
const NONAGG: u16 = 1 << 2;
const CONSUL: u16 = 1 << 3;
const STATE_UNION: u16 = 1 << 4;
const INTEGRATION: u16 = 1 << 5;
const FRIENDSHIP: u16 = 1 << 6;
const PARTNERSHIP: u16 = 1 << 7;
const ALLY: u16 = 1 << 8;
/// How many alliance columns.
const ALLIANCE_COLUMNS: usize = 9;

/// The alliance columns a tie of this kind sets.
const fn tie_bits(kind: TieKind) -> u16 {
    let own = match kind {
        TieKind::MutualDefence => DEFENSE,
        TieKind::StateUnion => STATE_UNION,
        TieKind::IntegrationUnion => INTEGRATION,
        TieKind::Friendship => FRIENDSHIP,
        TieKind::StrategicPartnership => PARTNERSHIP,
        _ => 0,
    };
    own | if kind.is_alliance_grade() { ALLY } else { 0 }
}

/// The alliance column a treaty provision sets, if any.
const fn obligation_bit(o: Obligation) -> u16 {
    match o {
        Obligation::Neutrality => NEUTRAL,
        Obligation::NonAggression => NONAGG,
        Obligation::Consultation => CONSUL,
        _ => 0,
    }
}

/// A dyad-year's alliance columns: whether a tie of each type bound the
/// two on a day of the year (see the [module docs](crate::tables#columns)).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Alliances {
    /// A mutual-defence tie (ATOP `defense`).
    pub defense: bool,
    /// A neutrality provision (ATOP `neutral`).
    pub neutral: bool,
    /// A non-aggression provision (ATOP `nonagg`).
    pub nonagg: bool,
    /// A consultation provision (ATOP `consul`).
    pub consul: bool,
    /// A state union.
    pub state_union: bool,
    /// An integration union.
    pub integration: bool,
    /// A friendship treaty.
    pub friendship: bool,
    /// A strategic partnership.
    pub partnership: bool,
    /// Allies: an alliance-grade tie in effect.
    pub ally: bool,
}

impl Alliances {
    const fn from_bits(b: u16) -> Alliances {
        Alliances {
            defense: b & DEFENSE != 0,
            neutral: b & NEUTRAL != 0,
            nonagg: b & NONAGG != 0,
            consul: b & CONSUL != 0,
            state_union: b & STATE_UNION != 0,
            integration: b & INTEGRATION != 0,
            friendship: b & FRIENDSHIP != 0,
            partnership: b & PARTNERSHIP != 0,
            ally: b & ALLY != 0,
        }
    }

    const fn values(self) -> [bool; ALLIANCE_COLUMNS] {
        [
            self.defense,
            self.neutral,
            self.nonagg,
            self.consul,
            self.state_union,
            self.integration,
            self.friendship,
            self.partnership,
            self.ally,
        ]
    }
}

/// A state-year's alliance columns: how many instruments (unions or
/// treaties) bound the state by a tie of each type to at least one other
/// member of the list on a day of the year, and to how many members it was
/// allied.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct AllianceCounts {
    /// Instruments with a mutual-defence tie.
    pub defense: u16,
    /// Treaties with a neutrality provision.
    pub neutral: u16,
    /// Treaties with a non-aggression provision.
    pub nonagg: u16,
    /// Treaties with a consultation provision.
    pub consul: u16,
    /// State unions (or their treaties).
    pub state_union: u16,
    /// Integration unions (or their treaties).
    pub integration: u16,
    /// Friendship treaties.
    pub friendship: u16,
    /// Strategic partnerships.
    pub partnership: u16,
    /// The members of the list it was allied to on a day of the year (the
    /// dyad-years with `ally` set).
    pub allies: u16,
}

impl AllianceCounts {
    const fn values(self) -> [u16; ALLIANCE_COLUMNS] {
        [
            self.defense,
            self.neutral,
            self.nonagg,
            self.consul,
            self.state_union,
            self.integration,
            self.friendship,
            self.partnership,
            self.allies,
        ]
    }
}

/// Union memberships by [`UnionKind`]: shared ones in a dyad-year, the
/// state's in a state-year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnionCounts {
    /// Military alliances (NATO, the CSTO): `u_military`.
    pub military: u8,
    /// State unions (the Union State): `u_state`.
    pub state: u8,
    /// Economic unions (the EAEU): `u_economic`.
    pub economic: u8,
    /// Supranational unions (the EU): `u_supranational`.
    pub supranational: u8,
    /// Regional organisations (the CIS, the SCO): `u_regional`.
    pub regional: u8,
    /// Forums (BRICS, the G7): `u_forum`.
    pub forum: u8,
    /// Universal organisations (the UN): `u_universal`.
    pub universal: u8,
}

impl UnionCounts {
    /// The count for one kind.
    #[must_use]
    pub const fn get(&self, kind: UnionKind) -> u8 {
        match kind {
            UnionKind::MilitaryAlliance => self.military,
            UnionKind::StateUnion => self.state,
            UnionKind::EconomicUnion => self.economic,
            UnionKind::SupranationalUnion => self.supranational,
            UnionKind::RegionalOrganisation => self.regional,
            UnionKind::Forum => self.forum,
            UnionKind::Universal => self.universal,
        }
    }

    /// The counts of the unions whose bits (by discriminant) are set.
    fn from_mask(mask: u32) -> UnionCounts {
        let mut out = UnionCounts::default();
        for u in Union::iter().filter(|&u| mask & (1 << (u as u8)) != 0) {
            let n = match u.kind() {
                UnionKind::MilitaryAlliance => &mut out.military,
                UnionKind::StateUnion => &mut out.state,
                UnionKind::EconomicUnion => &mut out.economic,
                UnionKind::SupranationalUnion => &mut out.supranational,
                UnionKind::RegionalOrganisation => &mut out.regional,
                UnionKind::Forum => &mut out.forum,
                UnionKind::Universal => &mut out.universal,
            };
            *n += 1;
        }
        out
    }

    const fn values(self) -> [u8; 7] {
        [
            self.military,
            self.state,
            self.economic,
            self.supranational,
            self.regional,
            self.forum,
            self.universal,
        ]
    }
}

/// One dyad-year: see the [module docs](crate::tables) for each column.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct DyadYear {
    /// The first state's code in the list (COW `ccode`, G&W `gwcode`).
    pub ccode1: u16,
    /// The second state's code.
    pub ccode2: u16,
    /// The year.
    pub year: i32,
    /// The country the first code names at its last day in the year
    /// (`None`: no country, such as Zanzibar).
    pub country1: Option<Country>,
    /// The country the second code names at its last day in the year.
    pub country2: Option<Country>,
    /// Whether the alliance columns are covered.
    pub alliance_covered: Coverage,
    /// The alliance columns (`None` when not covered).
    pub alliances: Option<Alliances>,
    /// Whether the union columns are covered.
    pub unions_covered: Coverage,
    /// The unions both were members of, by kind (`None` when not covered).
    pub unions: Option<UnionCounts>,
    /// Whether the UN columns are covered.
    pub un_covered: Coverage,
    /// The UN agreement over the year's roll calls (`None` when not
    /// covered).
    pub un: Option<Agreement>,
}

impl DyadYear {
    /// `un_votes`: the roll calls of the year both voted on.
    #[must_use]
    pub fn un_votes(&self) -> Option<u32> {
        self.un.map(|a| a.compared)
    }

    /// `un_agree`: their agreement over those roll calls (`None` when not
    /// covered or none were compared).
    #[must_use]
    pub fn un_agree(&self) -> Option<f64> {
        self.un.and_then(|a| a.share())
    }

    /// The same dyad-year with the two states swapped (the directed
    /// table's other row).
    #[must_use]
    pub const fn mirrored(self) -> DyadYear {
        DyadYear {
            ccode1: self.ccode2,
            ccode2: self.ccode1,
            country1: self.country2,
            country2: self.country1,
            ..self
        }
    }
}

/// One state-year: see the [module docs](crate::tables) for each column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct StateYear {
    /// The state's code in the list (COW `ccode`, G&W `gwcode`).
    pub ccode: u16,
    /// The year.
    pub year: i32,
    /// The country the code names at its last day in the year.
    pub country: Option<Country>,
    /// Whether the alliance columns are covered.
    pub alliance_covered: Coverage,
    /// The alliance columns (`None` when not covered).
    pub alliances: Option<AllianceCounts>,
    /// Whether the union columns are covered.
    pub unions_covered: Coverage,
    /// The unions it was a member of, by kind.
    pub unions: Option<UnionCounts>,
    /// Whether the UN column is covered.
    pub un_covered: Coverage,
    /// The roll calls of the year it voted on (yes, no or abstain).
    pub un_votes: Option<u32>,
    /// Whether the stance column is covered.
    pub stance_covered: Coverage,
    /// Its stance on the invasion of Ukraine on the last day of the year,
    /// if recorded.
    pub stance: Option<Stance>,
}

/// A piece of a spell within which one country (or none) names the code.
#[derive(Clone, Copy, Debug)]
struct Piece {
    code: u16,
    from: Date,
    /// Exclusive; `None`: open.
    to: Option<Date>,
    country: Option<Country>,
}

/// The pieces of every spell of a list, in the list's order: one per
/// naming, and one without a country where none names the code.
fn pieces(list: StateList) -> Vec<Piece> {
    let mut out = Vec::new();
    for s in list.spells() {
        let (from, to) = (s.period.start.first_day(), s.period.end.map(|e| e.first_day()));
        // The first day not yet in a piece (`None`: the open end reached).
        let mut at = Some(from);
        for (k, n) in s.countries.iter().enumerate() {
            let Some(next) = at else { break };
            let start = n.from.first_day().max(from);
            let end = match (s.countries.get(k + 1).map(|m| m.from.first_day()), to) {
                (Some(m), Some(t)) => Some(m.min(t)),
                (Some(m), None) => Some(m),
                (None, t) => t,
            };
            if start > next {
                out.push(Piece { code: s.code, from: next, to: Some(start), country: None });
            }
            out.push(Piece { code: s.code, from: start, to: end, country: Some(n.country) });
            at = end;
        }
        if let Some(next) = at.filter(|&a| to.is_none_or(|t| a < t)) {
            out.push(Piece { code: s.code, from: next, to, country: None });
        }
    }
    out.retain(|p| p.to.is_none_or(|t| p.from < t));
    out
}

/// Who is bound by one instrument (a union or a treaty), as a step
/// function of the day, and which alliance columns it sets.
#[derive(Clone, Debug)]
struct Instrument {
    /// The states in effect from each day on (before the first: none).
    steps: Vec<(Date, CountrySet)>,
    /// The columns it sets between every two of them.
    bits: u16,
    /// Provisions binding one party only, or owed to one only: the
    /// columns they set between that party and each other one.
    one_sided: Vec<(Country, u16)>,
    /// Provisions binding one party towards one other: the columns they
    /// set between those two.
    pairs: Vec<(Country, Country, u16)>,
    /// The suspensions towards one party in effect from each day on
    /// ([`crate::Treaty::suspended_towards`]): those pairs get nothing
    /// from the instrument. Empty for most treaties.
    cuts: Vec<(Date, Vec<(Country, Country)>)>,
}

/// The cut pairs of a step function on `day`, and which step it is.
fn cuts_at(cuts: &[(Date, Vec<(Country, Country)>)], day: Date) -> (usize, &[(Country, Country)]) {
    let k = cuts.partition_point(|(d, _)| *d <= day);
    (k, k.checked_sub(1).map_or(&[][..], |k| &cuts[k].1[..]))
}

/// The set of a step function on `day`.
fn set_at(steps: &[(Date, CountrySet)], day: Date) -> CountrySet {
    let k = steps.partition_point(|(d, _)| *d <= day);
    k.checked_sub(1).map_or(CountrySet::EMPTY, |k| steps[k].1)
}

/// What every year of a table is computed from, built once per table.
struct Tables<'d> {
    kb: &'d Dataset,
    list: StateList,
    pieces: Vec<Piece>,
    /// The unions and treaties that set an alliance column.
    alliances: Vec<Instrument>,
    /// Per union (by discriminant), its members from each change point.
    members: Vec<Vec<(Date, CountrySet)>>,
    /// Every day on which anything above changes, sorted.
    days: Vec<Date>,
    /// The countries some treaty scope holds (the rest: none does).
    treaty_scoped: CountrySet,
    /// Per country, the alliance-grade unions with a memberships scope it
    /// ever held a role in (by discriminant).
    alliance_unions: Vec<u32>,
    /// The embedded UNGA record: the first day of its first year, its last day.
    record: Option<(Date, Date)>,
}

/// One year's codes and intervals.
struct Year {
    first: Date,
    last: Date,
    /// The codes, ascending.
    codes: Vec<u16>,
    /// Per code: its pieces in the year, clipped to it (`to` exclusive).
    pieces: Vec<Vec<(Date, Date, Option<Country>)>>,
    /// The intervals: first day, slot of each country (`u16::MAX`: none),
    /// the countries present, and an id that changes when the slots do.
    intervals: Vec<Interval>,
}

struct Interval {
    start: Date,
    slot: Box<[u16; 256]>,
    present: CountrySet,
    epoch: u32,
}

const NO_SLOT: u16 = u16::MAX;

impl<'d> Tables<'d> {
    fn new(kb: &'d Dataset, list: StateList) -> Tables<'d> {
        let ix = kb.index();
        let mut days = Vec::new();
        let mut alliances = Vec::new();
        let mut members = Vec::with_capacity(Union::ALL.len());
        for u in Union::iter() {
            let points = &ix.unions[u as usize];
            days.extend(points.iter().map(|p| p.day));
            members.push(
                points
                    .iter()
                    .map(|p| {
                        let by_role = &p.by_role;
                        (
                            p.day,
                            by_role[Role::Member as usize]
                                | by_role[Role::Frozen as usize]
                                | by_role[Role::Suspended as usize],
                        )
                    })
                    .collect(),
            );
            // Ties in effect: both members taking part (a frozen member's
            // tie is suspended).
            let bits = crate::tie::union_tie(u, true, true).map_or(0, tie_bits);
            if bits != 0 {
                let steps = points.iter().map(|p| (p.day, p.by_role[Role::Member as usize])).collect();
                alliances.push(Instrument {
                    steps,
                    bits,
                    one_sided: Vec::new(),
                    pairs: Vec::new(),
                    cuts: Vec::new(),
                });
            }
        }
        for (i, t) in kb.facts.treaties.iter().enumerate() {
            let mut bits = tie_bits(ix.treaty_ties[i]);
            let mut one_sided = Vec::new();
            let mut pairs = Vec::new();
            for p in t.provisions.iter() {
                let b = obligation_bit(p.obligation);
                match (p.binds, p.towards) {
                    _ if b == 0 => {}
                    (None, None) => bits |= b,
                    (Some(c), None) | (None, Some(c)) => one_sided.push((c, b)),
                    (Some(x), Some(y)) => pairs.push((x, y, b)),
                }
            }
            if bits == 0 && one_sided.is_empty() && pairs.is_empty() {
                continue;
            }
            // Where the status or the parties can change: the parties in
            // effect are those whose period holds, less the suspended.
            let timeline = &ix.treaty_status[i];
            let mut tdays: Vec<Date> = timeline.steps().map(|(d, _)| d).collect();
            for p in t.parties.iter() {
                tdays.push(p.period.start.first_day());
                tdays.extend(p.period.end.map(|e| e.first_day()));
            }
            tdays.sort_unstable();
            tdays.dedup();
            let mut steps: Vec<(Date, CountrySet)> = Vec::with_capacity(tdays.len());
            for d in tdays {
                let status = timeline.at(d);
                let set = if status.is_in_force() {
                    t.parties_at(d) - status.suspended()
                } else {
                    CountrySet::EMPTY
                };
                if steps.last().is_none_or(|&(_, s)| s != set) {
                    steps.push((d, set));
                }
            }
            days.extend(steps.iter().map(|&(d, _)| d));
            let mut cuts: Vec<(Date, Vec<(Country, Country)>)> = Vec::new();
            if ix.treaty_legs[i] {
                // Every day a leg can start or stop: the events, and each
                // party's period bounds (a period that restarts on the day
                // its last one ends changes no step of the parties' set).
                let mut cdays: Vec<Date> = t.events.iter().map(|e| e.date.first_day()).collect();
                cdays.extend(steps.iter().map(|&(d, _)| d));
                for p in t.parties.iter() {
                    cdays.push(p.period.start.first_day());
                    cdays.extend(p.period.end.map(|e| e.first_day()));
                }
                cdays.sort_unstable();
                cdays.dedup();
                for d in cdays {
                    let legs: Vec<_> = t.suspended_towards(d).collect();
                    if cuts.last().is_none_or(|(_, l)| *l != legs) {
                        cuts.push((d, legs));
                    }
                }
                days.extend(cuts.iter().map(|&(d, _)| d));
            }
            alliances.push(Instrument { steps, bits, one_sided, pairs, cuts });
        }
        let pieces = pieces(list);
        for p in &pieces {
            days.push(p.from);
            days.extend(p.to);
        }
        days.sort_unstable();
        days.dedup();
        let mut treaty_scoped = CountrySet::EMPTY;
        for s in kb.coverage().iter().filter(|s| s.facts == FactKind::Treaties) {
            treaty_scoped |= s.countries.unwrap_or(CountrySet::all());
            treaty_scoped |= s.partners.unwrap_or(CountrySet::EMPTY);
        }
        let union_bits = alliance_union_bits(kb);
        let alliance_unions = ix.union_mask.iter().map(|m| m & union_bits).collect();
        let record = crate::unga::roll_calls()
            .first()
            .zip(crate::unga::last_day())
            .and_then(|(first, last)| Some((Date::from_ordinal_date(first.date.year(), 1).ok()?, last)));
        Tables { kb, list, pieces, alliances, members, days, treaty_scoped, alliance_unions, record }
    }

    /// The year's codes, pieces and intervals.
    fn year(&self, year: i32) -> Option<Year> {
        let first = Date::from_ordinal_date(year, 1).ok()?;
        let next = Date::from_ordinal_date(year + 1, 1).ok()?;
        let last = next.previous_day()?;
        let within: Vec<Piece> =
            self.pieces.iter().filter(|p| p.from < next && p.to.is_none_or(|t| t > first)).copied().collect();
        let mut codes: Vec<u16> = within.iter().map(|p| p.code).collect();
        codes.sort_unstable();
        codes.dedup();
        let mut pieces = vec![Vec::new(); codes.len()];
        for p in &within {
            let slot = codes.partition_point(|&c| c < p.code);
            pieces[slot].push((p.from.max(first), p.to.map_or(next, |t| t.min(next)), p.country));
        }
        for list in &mut pieces {
            list.sort_by_key(|p| p.0);
        }
        let lo = self.days.partition_point(|&d| d <= first);
        let hi = self.days.partition_point(|&d| d < next);
        let mut intervals: Vec<Interval> = Vec::with_capacity(hi - lo + 1);
        for start in core::iter::once(first).chain(self.days[lo..hi].iter().copied()) {
            let mut slot = Box::new([NO_SLOT; 256]);
            let mut present = CountrySet::EMPTY;
            for (k, list) in pieces.iter().enumerate() {
                for &(from, to, country) in list {
                    if let Some(c) = country.filter(|_| from <= start && start < to) {
                        slot[c as usize] = k as u16;
                        present.insert(c);
                    }
                }
            }
            let epoch = match intervals.last() {
                Some(prev) if prev.slot == slot => prev.epoch,
                Some(prev) => prev.epoch + 1,
                None => 0,
            };
            intervals.push(Interval { start, slot, present, epoch });
        }
        Some(Year { first, last, codes, pieces, intervals })
    }

    /// The alliance coverage of a pair of countries for a year.
    fn alliance_coverage(&self, a: Country, b: Country, y: &Year) -> Coverage {
        if !self.treaty_scoped.contains(a) && !self.treaty_scoped.contains(b) {
            // No treaty scope holds the pair, on any day: what
            // `Dataset::alliance_coverage` answers without the scans.
            let some_scope = self.kb.coverage().iter().any(|s| s.facts == FactKind::Treaties);
            let share = self.alliance_unions[a as usize] & self.alliance_unions[b as usize] != 0;
            return if some_scope && share { Coverage::Partial } else { Coverage::No };
        }
        Coverage::of_year(self.kb.alliance_coverage(a, b, y.first), self.kb.alliance_coverage(a, b, y.last))
    }

    /// Marks the year's pairs: per pair (upper triangle, `i * n + j`), the
    /// alliance bits and the shared unions' bits; per code, the alliance
    /// bits of each instrument counted (as counts per column) and the
    /// unions it belonged to.
    fn mark(&self, y: &Year) -> Marks {
        let n = y.codes.len();
        let mut m = Marks {
            alliance: vec![0; n * n],
            unions: vec![0; n * n],
            counts: vec![[0; ALLIANCE_COLUMNS]; n],
            member_of: vec![0; n],
        };
        let mut slots: Vec<usize> = Vec::with_capacity(256);
        let mut touched = vec![0u16; n];
        for inst in &self.alliances {
            touched.iter_mut().for_each(|t| *t = 0);
            let mut last: Option<(CountrySet, u32, usize)> = None;
            for iv in &y.intervals {
                let c = set_at(&inst.steps, iv.start) & iv.present;
                let (step, legs) = cuts_at(&inst.cuts, iv.start);
                if last == Some((c, iv.epoch, step)) {
                    continue;
                }
                last = Some((c, iv.epoch, step));
                if c.len() < 2 {
                    continue;
                }
                slots.clear();
                slots.extend(c.iter().map(|x| usize::from(iv.slot[x as usize])));
                // The slots of the pairs a suspension towards one party cuts.
                let slot = |x: Country| usize::from(iv.slot[x as usize]);
                let cut: Vec<(usize, usize)> = legs
                    .iter()
                    .filter(|&&(x, y)| c.contains(x) && c.contains(y))
                    .map(|&(x, y)| (slot(x).min(slot(y)), slot(x).max(slot(y))))
                    .collect();
                // A pair gets the columns, and both its states count the
                // instrument, unless a suspension towards one party cuts it.
                let mut set = |i: usize, j: usize, b: u16| {
                    if !cut.contains(&(i, j)) {
                        m.alliance[i * n + j] |= b;
                        touched[i] |= b;
                        touched[j] |= b;
                    }
                };
                if inst.bits != 0 {
                    each_pair(&slots, |i, j| set(i, j, inst.bits));
                }
                for &(party, b) in &inst.one_sided {
                    if !c.contains(party) {
                        continue;
                    }
                    let p = slot(party);
                    for &s in slots.iter().filter(|&&s| s != p) {
                        set(p.min(s), p.max(s), b);
                    }
                }
                for &(x, y, b) in &inst.pairs {
                    if c.contains(x) && c.contains(y) && x != y {
                        let (p, q) = (slot(x), slot(y));
                        set(p.min(q), p.max(q), b);
                    }
                }
            }
            for (k, &t) in touched.iter().enumerate() {
                for (col, count) in m.counts[k].iter_mut().enumerate().take(ALLIANCE_COLUMNS - 1) {
                    *count += u16::from(t & (1 << col) != 0);
                }
            }
        }
        for (u, steps) in self.members.iter().enumerate() {
            let bit = 1u32 << u;
            let mut last: Option<(CountrySet, u32)> = None;
            for iv in &y.intervals {
                let c = set_at(steps, iv.start) & iv.present;
                if last == Some((c, iv.epoch)) {
                    continue;
                }
                last = Some((c, iv.epoch));
                slots.clear();
                slots.extend(c.iter().map(|x| usize::from(iv.slot[x as usize])));
                for &s in &slots {
                    m.member_of[s] |= bit;
                }
                each_pair(&slots, |i, j| m.unions[i * n + j] |= bit);
            }
        }
        // Allies: the members each is allied to.
        for i in 0..n {
            for j in i + 1..n {
                if m.alliance[i * n + j] & ALLY != 0 {
                    m.counts[i][ALLIANCE_COLUMNS - 1] += 1;
                    m.counts[j][ALLIANCE_COLUMNS - 1] += 1;
                }
            }
        }
        m
    }

    /// The UN agreement of two countries over `[from, to)`: the record's
    /// roll calls to its last day, the dataset's after it.
    fn un_between(
        &self,
        a: Country,
        b: Country,
        from: Date,
        to: Date,
        matrix: Option<&MatrixPart>,
    ) -> Agreement {
        let mut out = match (matrix, self.record) {
            (Some(m), _) => m.matrix.get(a, b).unwrap_or_default(),
            (None, Some((_, last))) if from <= last => {
                let end = to.previous_day().unwrap_or(to).min(last);
                crate::unga::agreement(a, b, from, end)
            }
            _ => Agreement::default(),
        };
        let after = self.record.map_or(from, |(_, last)| from.max(last.next_day().unwrap_or(last)));
        if after < to {
            let ix = self.kb.index();
            let lo = after.previous_day().map_or(0, |d| crate::index::upper_bound(&ix.resolution_days, d));
            let hi = to.previous_day().map_or(0, |d| crate::index::upper_bound(&ix.resolution_days, d));
            for &i in &ix.resolutions_by_date[lo.min(hi)..hi] {
                let table = &ix.roll_calls[i as usize];
                if let (Some(x), Some(y)) =
                    (crate::vote::decode(table[a as usize]), crate::vote::decode(table[b as usize]))
                    && let Some(score) = x.agreement(y)
                {
                    out.score += score;
                    out.compared += 1;
                }
            }
        }
        out
    }

    /// The UN coverage of a country for a year: full within the embedded
    /// record, the declared coverage of votes after it.
    fn un_coverage(&self, c: Country, y: &Year) -> Coverage {
        let declared = |from: Date| {
            Coverage::of_year(
                self.kb.covers(FactKind::Votes, c, from),
                self.kb.covers(FactKind::Votes, c, y.last),
            )
        };
        match self.record {
            Some((start, last)) if start <= y.first && y.last <= last => Coverage::Full,
            Some((start, last)) if start <= y.first && y.first <= last => {
                Coverage::Full.and(declared(last.next_day().unwrap_or(last)))
            }
            _ => declared(y.first),
        }
    }

    /// The year's UN part of the record, as a matrix, when the year lies
    /// within the record (up to its last day).
    fn matrix(&self, y: &Year) -> Option<MatrixPart> {
        let (_, last) = self.record?;
        (y.first <= last)
            .then(|| MatrixPart { matrix: crate::unga::agreement_matrix(y.first, y.last.min(last)) })
    }

    fn dyads(&self, year: i32, directed: bool) -> Vec<DyadYear> {
        let Some(y) = self.year(year) else { return Vec::new() };
        let marks = self.mark(&y);
        let matrix = self.matrix(&y);
        let n = y.codes.len();
        let full_year = |k: usize| match y.pieces[k].as_slice() {
            &[(from, to, Some(c))] if from == y.first && to > y.last => Some(c),
            _ => None,
        };
        let single: Vec<Option<Country>> = (0..n).map(full_year).collect();
        let country: Vec<Option<Country>> =
            y.pieces.iter().map(|p| p.last().and_then(|&(_, _, c)| c)).collect();
        let (union_cov, un_cov) = self.country_coverage(&y);
        let mut rows = Vec::with_capacity(n * n.saturating_sub(1) / if directed { 1 } else { 2 });
        for i in 0..n {
            for j in i + 1..n {
                let (alliance_covered, unions_covered, un_covered, un) = match (single[i], single[j]) {
                    (Some(a), Some(b)) => {
                        let uc = union_cov[a as usize].worst(union_cov[b as usize]);
                        let vc = un_cov[a as usize].worst(un_cov[b as usize]);
                        let next = y.last.next_day().unwrap_or(y.last);
                        let un = self.un_between(a, b, y.first, next, matrix.as_ref());
                        (self.alliance_coverage(a, b, &y), uc, vc, un)
                    }
                    _ => self.dyad_by_pieces(&y, i, j, &union_cov, &un_cov),
                };
                let cell = i * n + j;
                rows.push(DyadYear {
                    ccode1: y.codes[i],
                    ccode2: y.codes[j],
                    year,
                    country1: country[i],
                    country2: country[j],
                    alliance_covered,
                    alliances: alliance_covered
                        .is_covered()
                        .then(|| Alliances::from_bits(marks.alliance[cell])),
                    unions_covered,
                    unions: unions_covered.is_covered().then(|| UnionCounts::from_mask(marks.unions[cell])),
                    un_covered,
                    un: un_covered.is_covered().then_some(un),
                });
            }
        }
        if !directed {
            return rows;
        }
        // Both orders, by the first code then the second.
        let at = |i: usize, j: usize| i * (2 * n - i - 1) / 2 + (j - i - 1);
        let mut out = Vec::with_capacity(rows.len() * 2);
        for i in 0..n {
            for j in (0..n).filter(|&j| j != i) {
                out.push(if i < j { rows[at(i, j)] } else { rows[at(j, i)].mirrored() });
            }
        }
        out
    }

    /// Per country named in the year, the coverage of its union
    /// memberships and of its UN votes.
    fn country_coverage(&self, y: &Year) -> ([Coverage; 256], [Coverage; 256]) {
        let (mut unions, mut votes) = ([Coverage::No; 256], [Coverage::No; 256]);
        for c in y.pieces.iter().flatten().filter_map(|&(_, _, c)| c) {
            unions[c as usize] = Coverage::of_year(
                self.kb.covers_every_union(c, y.first),
                self.kb.covers_every_union(c, y.last),
            );
            votes[c as usize] = self.un_coverage(c, y);
        }
        (unions, votes)
    }

    /// The coverage and UN agreement of a pair of codes whose pieces do
    /// not both span the whole year: combined over the pairs of pieces
    /// that share days (full when every one is, none when none is), or
    /// over every pair of pieces when none do.
    fn dyad_by_pieces(
        &self,
        y: &Year,
        i: usize,
        j: usize,
        union_cov: &[Coverage; 256],
        un_cov: &[Coverage; 256],
    ) -> (Coverage, Coverage, Coverage, Agreement) {
        let mut alliance: Option<Coverage> = None;
        let mut unions: Option<Coverage> = None;
        let mut votes: Option<Coverage> = None;
        let mut un = Agreement::default();
        let join = |acc: &mut Option<Coverage>, c: Coverage| *acc = Some(acc.map_or(c, |a| a.and(c)));
        // The pieces that share days (or, when none do, every two).
        let overlap = |&(fa, ta, _): &(Date, Date, Option<Country>),
                       &(fb, tb, _): &(Date, Date, Option<Country>)| {
            fa.max(fb) < ta.min(tb)
        };
        let any_overlap = y.pieces[i].iter().any(|p| y.pieces[j].iter().any(|q| overlap(p, q)));
        for pa @ &(fa, ta, ca) in &y.pieces[i] {
            for pb @ &(fb, tb, cb) in &y.pieces[j] {
                if any_overlap && !overlap(pa, pb) {
                    continue;
                }
                let (Some(a), Some(b)) = (ca, cb) else {
                    join(&mut alliance, Coverage::No);
                    join(&mut unions, Coverage::No);
                    join(&mut votes, Coverage::No);
                    continue;
                };
                join(&mut alliance, self.alliance_coverage(a, b, y));
                join(&mut unions, union_cov[a as usize].worst(union_cov[b as usize]));
                join(&mut votes, un_cov[a as usize].worst(un_cov[b as usize]));
                let (from, to) = (fa.max(fb), ta.min(tb));
                if from < to {
                    let part = self.un_between(a, b, from, to, None);
                    un.score += part.score;
                    un.compared += part.compared;
                }
            }
        }
        let or_no = |c: Option<Coverage>| c.unwrap_or(Coverage::No);
        (or_no(alliance), or_no(unions), or_no(votes), un)
    }

    fn states(&self, year: i32) -> Vec<StateYear> {
        let Some(y) = self.year(year) else { return Vec::new() };
        let marks = self.mark(&y);
        let n = y.codes.len();
        let mut rows = Vec::with_capacity(n);
        for k in 0..n {
            let (mut alliance, mut unions, mut votes, mut stance_cov) = (None, None, None, None);
            let join = |acc: &mut Option<Coverage>, c: Coverage| *acc = Some(acc.map_or(c, |a| a.and(c)));
            let mut voted = 0u32;
            for &(from, to, c) in &y.pieces[k] {
                let Some(c) = c else {
                    for acc in [&mut alliance, &mut unions, &mut votes, &mut stance_cov] {
                        join(acc, Coverage::No);
                    }
                    continue;
                };
                let of_year = |f: &dyn Fn(Date) -> Covered<'d>| Coverage::of_year(f(y.first), f(y.last));
                join(&mut alliance, of_year(&|d| self.kb.allies_coverage(c, d)));
                join(&mut unions, of_year(&|d| self.kb.covers_every_union(c, d)));
                join(&mut votes, self.un_coverage(c, &y));
                join(&mut stance_cov, of_year(&|d| self.kb.covers(FactKind::Stances, c, d)));
                // Its own agreement with itself counts the roll calls it voted on.
                voted += self.un_between(c, c, from, to, None).compared;
            }
            let last_country = y.pieces[k].last().and_then(|&(_, _, c)| c);
            let [alliance, unions, votes, stance_cov] =
                [alliance, unions, votes, stance_cov].map(|c| c.unwrap_or(Coverage::No));
            let counts = marks.counts[k];
            rows.push(StateYear {
                ccode: y.codes[k],
                year,
                country: last_country,
                alliance_covered: alliance,
                alliances: alliance.is_covered().then_some(AllianceCounts {
                    defense: counts[0],
                    neutral: counts[1],
                    nonagg: counts[2],
                    consul: counts[3],
                    state_union: counts[4],
                    integration: counts[5],
                    friendship: counts[6],
                    partnership: counts[7],
                    allies: counts[8],
                }),
                unions_covered: unions,
                unions: unions.is_covered().then(|| UnionCounts::from_mask(marks.member_of[k])),
                un_covered: votes,
                un_votes: votes.is_covered().then_some(voted),
                stance_covered: stance_cov,
                stance: if stance_cov.is_covered() {
                    last_country.and_then(|c| self.kb.stance(c, y.last)).map(|r| r.stance)
                } else {
                    None
                },
            });
        }
        rows
    }
}

/// The record's part of a year, every pair at once.
struct MatrixPart {
    matrix: crate::unga::AgreementMatrix,
}

/// A year's marks: see [`Tables::mark`].
struct Marks {
    alliance: Vec<u16>,
    unions: Vec<u32>,
    counts: Vec<[u16; ALLIANCE_COLUMNS]>,
    member_of: Vec<u32>,
}

/// Calls `f(i, j)` for every pair of `slots`, `i < j`.
fn each_pair(slots: &[usize], mut f: impl FnMut(usize, usize)) {
    for (k, &a) in slots.iter().enumerate() {
        for &b in &slots[k + 1..] {
            if a != b {
                f(a.min(b), a.max(b));
            }
        }
    }
}

/// The alliance-grade unions with a memberships scope, as bits by
/// discriminant: those whose complete records make a pair's alliance
/// columns partly covered.
fn alliance_union_bits(kb: &Dataset) -> u32 {
    use UnionKind::{EconomicUnion, MilitaryAlliance, StateUnion, SupranationalUnion};
    kb.coverage()
        .iter()
        .filter(|s| s.facts == FactKind::Memberships)
        .filter_map(|s| s.union)
        .filter(|u| matches!(u.kind(), MilitaryAlliance | StateUnion | EconomicUnion | SupranationalUnion))
        .fold(0, |m, u| m | (1 << (u as u8)))
}

/// The dyad-years of a list over a range of years: [`Dataset::dyad_years`].
pub struct DyadYears<'d> {
    tables: Tables<'d>,
    years: RangeInclusive<i32>,
    directed: bool,
    buffer: std::vec::IntoIter<DyadYear>,
}

impl Iterator for DyadYears<'_> {
    type Item = DyadYear;

    fn next(&mut self) -> Option<DyadYear> {
        loop {
            if let Some(row) = self.buffer.next() {
                return Some(row);
            }
            let year = self.years.next()?;
            self.buffer = self.tables.dyads(year, self.directed).into_iter();
        }
    }
}

impl core::fmt::Debug for DyadYears<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DyadYears")
            .field("list", &self.tables.list)
            .field("years", &self.years)
            .field("directed", &self.directed)
            .finish_non_exhaustive()
    }
}

/// The state-years of a list over a range of years: [`Dataset::state_years`].
pub struct StateYears<'d> {
    tables: Tables<'d>,
    years: RangeInclusive<i32>,
    buffer: std::vec::IntoIter<StateYear>,
}

impl Iterator for StateYears<'_> {
    type Item = StateYear;

    fn next(&mut self) -> Option<StateYear> {
        loop {
            if let Some(row) = self.buffer.next() {
                return Some(row);
            }
            let year = self.years.next()?;
            self.buffer = self.tables.states(year).into_iter();
        }
    }
}

impl core::fmt::Debug for StateYears<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("StateYears")
            .field("list", &self.tables.list)
            .field("years", &self.years)
            .finish_non_exhaustive()
    }
}

/// The code columns' prefix: `peacesciencer` writes `ccode` for COW and
/// `gwcode` for G&W.
const fn code_name(list: StateList) -> &'static str {
    match list {
        StateList::Cow => "ccode",
        StateList::Gw => "gwcode",
    }
}

const ALLIANCE_HEADER: &str = "defense,neutral,nonagg,consul,state_union,integration,friendship,partnership";
const UNIONS_HEADER: &str = "u_military,u_state,u_economic,u_supranational,u_regional,u_forum,u_universal";

/// The CSV header of a dyad-year table of `list` (no line end).
#[must_use]
pub fn dyad_header(list: StateList) -> String {
    let c = code_name(list);
    format!(
        "{c}1,{c}2,year,alliance_covered,{ALLIANCE_HEADER},ally,unions_covered,{UNIONS_HEADER},un_covered,un_votes,un_agree"
    )
}

/// The CSV header of a state-year table of `list` (no line end).
#[must_use]
pub fn state_header(list: StateList) -> String {
    format!(
        "{},year,alliance_covered,{ALLIANCE_HEADER},allies,unions_covered,{UNIONS_HEADER},un_covered,un_votes,stance_covered,stance",
        code_name(list)
    )
}

/// Appends an unsigned number in decimal.
fn push_u32(out: &mut Vec<u8>, mut v: u32) {
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[k..]);
}

fn push_i32(out: &mut Vec<u8>, v: i32) {
    if v < 0 {
        out.push(b'-');
    }
    push_u32(out, v.unsigned_abs());
}

/// Appends `,` and each value (or, when `None`, as many empty fields).
fn push_fields<T: Copy, const N: usize>(out: &mut Vec<u8>, values: Option<[T; N]>, f: impl Fn(T) -> u32) {
    match values {
        Some(vs) => {
            for v in vs {
                out.push(b',');
                push_u32(out, f(v));
            }
        }
        None => out.extend_from_slice(&[b','; N]),
    }
}

impl DyadYear {
    /// Appends the row as a CSV line (with its line end).
    fn write_line(&self, out: &mut Vec<u8>) {
        push_u32(out, u32::from(self.ccode1));
        out.push(b',');
        push_u32(out, u32::from(self.ccode2));
        out.push(b',');
        push_i32(out, self.year);
        out.push(b',');
        out.extend_from_slice(self.alliance_covered.as_str().as_bytes());
        push_fields(out, self.alliances.map(Alliances::values), u32::from);
        out.push(b',');
        out.extend_from_slice(self.unions_covered.as_str().as_bytes());
        push_fields(out, self.unions.map(UnionCounts::values), u32::from);
        out.push(b',');
        out.extend_from_slice(self.un_covered.as_str().as_bytes());
        out.push(b',');
        if let Some(n) = self.un_votes() {
            push_u32(out, n);
        }
        out.push(b',');
        if let Some(share) = self.un_agree() {
            let _ = write!(out, "{share}");
        }
        out.push(b'\n');
    }
}

impl StateYear {
    /// Appends the row as a CSV line (with its line end).
    fn write_line(&self, out: &mut Vec<u8>) {
        push_u32(out, u32::from(self.ccode));
        out.push(b',');
        push_i32(out, self.year);
        out.push(b',');
        out.extend_from_slice(self.alliance_covered.as_str().as_bytes());
        push_fields(out, self.alliances.map(AllianceCounts::values), u32::from);
        out.push(b',');
        out.extend_from_slice(self.unions_covered.as_str().as_bytes());
        push_fields(out, self.unions.map(UnionCounts::values), u32::from);
        out.push(b',');
        out.extend_from_slice(self.un_covered.as_str().as_bytes());
        out.push(b',');
        if let Some(n) = self.un_votes {
            push_u32(out, n);
        }
        out.push(b',');
        out.extend_from_slice(self.stance_covered.as_str().as_bytes());
        out.push(b',');
        if let Some(s) = self.stance {
            out.extend_from_slice(s.as_str().as_bytes());
        }
        out.push(b'\n');
    }
}

/// Writes a header and the lines of `rows`, buffered; returns the rows
/// written.
fn write_csv<R>(
    header: &str,
    rows: impl Iterator<Item = R>,
    line: impl Fn(&R, &mut Vec<u8>),
    w: impl io::Write,
) -> io::Result<u64> {
    let mut w = io::BufWriter::with_capacity(1 << 16, w);
    w.write_all(header.as_bytes())?;
    w.write_all(b"\n")?;
    let mut buf = Vec::with_capacity(1 << 16);
    let mut n = 0u64;
    for row in rows {
        line(&row, &mut buf);
        n += 1;
        if buf.len() >= 1 << 15 {
            w.write_all(&buf)?;
            buf.clear();
        }
    }
    w.write_all(&buf)?;
    w.flush()?;
    Ok(n)
}

impl DyadYears<'_> {
    /// Writes the rest of the table as CSV: [`dyad_header`], then a line
    /// per row (`\n` line ends; not-covered values empty; `un_agree` in
    /// the shortest form that reads back to the same `f64`). Returns the
    /// number of rows written. Buffered: pass any writer.
    ///
    /// # Errors
    ///
    /// The writer's error, as soon as a write fails (a closed pipe is
    /// [`io::ErrorKind::BrokenPipe`]).
    pub fn write_csv(self, w: impl io::Write) -> io::Result<u64> {
        let header = dyad_header(self.tables.list);
        write_csv(&header, self, DyadYear::write_line, w)
    }
}

impl StateYears<'_> {
    /// Writes the rest of the table as CSV: [`state_header`], then a line
    /// per row. Returns the number of rows written.
    ///
    /// # Errors
    ///
    /// The writer's error, as soon as a write fails.
    pub fn write_csv(self, w: impl io::Write) -> io::Result<u64> {
        let header = state_header(self.tables.list);
        write_csv(&header, self, StateYear::write_line, w)
    }
}

/// Years a [`Date`] can hold whole, with the next year's first day.
fn clamp(years: RangeInclusive<i32>) -> RangeInclusive<i32> {
    let (lo, hi) = (*years.start(), *years.end());
    lo.max(-9998)..=hi.min(9998)
}

impl Dataset {
    /// The dyad-years of the state system `list` over `years`: every pair
    /// of the list's members in each year, once with `ccode1 < ccode2`, or
    /// in both orders when `directed`, with their alliances, shared union
    /// memberships and UN agreement, each with its coverage. Rows come
    /// year by year, then by code. See [`crate::tables`] for the rule of
    /// the year and each column's query.
    ///
    /// ```
    /// use allegiance::{Dataset, StateList};
    ///
    /// let kb = Dataset::embedded();
    /// // The Warsaw Treaty ended on 1 July 1991: Hungary (310) and the
    /// // USSR (365) were still bound by it on a day of 1991.
    /// let hu_su = kb
    ///     .dyad_years(StateList::Cow, 1991..=1992, false)
    ///     .filter(|r| (r.ccode1, r.ccode2) == (310, 365))
    ///     .map(|r| (r.year, r.alliances.is_some_and(|a| a.defense)))
    ///     .collect::<Vec<_>>();
    /// assert_eq!(hu_su, [(1991, true), (1992, false)]);
    /// ```
    #[must_use]
    pub fn dyad_years(&self, list: StateList, years: RangeInclusive<i32>, directed: bool) -> DyadYears<'_> {
        DyadYears {
            tables: Tables::new(self, list),
            years: clamp(years),
            directed,
            buffer: Vec::new().into_iter(),
        }
    }

    /// The state-years of the state system `list` over `years`: every
    /// member in each year, by code, with its alliances, union
    /// memberships, UN votes and stance, each with its coverage. See
    /// [`crate::tables`].
    ///
    /// ```
    /// use allegiance::{Dataset, Stance, StateList};
    ///
    /// let kb = Dataset::embedded();
    /// let by = kb.state_years(StateList::Cow, 2022..=2022).find(|r| r.ccode == 370).unwrap();
    /// assert_eq!(by.stance, Some(Stance::AssistsMilitarily));
    /// assert_eq!(by.unions.map(|u| u.military), Some(1)); // the CSTO
    /// ```
    #[must_use]
    pub fn state_years(&self, list: StateList, years: RangeInclusive<i32>) -> StateYears<'_> {
        StateYears { tables: Tables::new(self, list), years: clamp(years), buffer: Vec::new().into_iter() }
    }

    /// Whether the alliance columns of a pair on `day` rest on covered
    /// facts: the treaties declared for the pair ([`Dataset::covers_pair`]
    /// for [`FactKind::Treaties`]), or, where no scope holds them (or not
    /// yet on `day`), a partial answer when both have held a role in one
    /// alliance-grade union whose memberships are recorded (as
    /// [`Dataset::allies_coverage`] reads one country): the union ties
    /// are known, the treaties not.
    ///
    /// ```
    /// use allegiance::{Country, Covered, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let day = date!(2018-06-01);
    /// assert!(matches!(kb.alliance_coverage(Country::RU, Country::CN, day), Covered::Partly { .. }));
    /// assert!(matches!(kb.alliance_coverage(Country::NO, Country::CA, day), Covered::Partly { .. })); // NATO
    /// assert!(matches!(kb.alliance_coverage(Country::NG, Country::ZA, day), Covered::No { .. }));
    /// ```
    #[must_use]
    pub fn alliance_coverage(&self, a: Country, b: Country, day: Date) -> Covered<'_> {
        let shared = || {
            let ix = self.index();
            ix.union_mask[a as usize] & ix.union_mask[b as usize] & alliance_union_bits(self) != 0
        };
        let first_scope = || self.coverage().iter().find(|s| s.facts == FactKind::Treaties);
        match self.covers_pair(FactKind::Treaties, a, b, day) {
            Covered::No { .. } | Covered::Before { .. } if shared() && first_scope().is_some() => {
                first_scope().map_or(Covered::No { nearest: None }, |scope| Covered::Partly { scope })
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn pieces_split_spells_at_their_namings() {
        let ru: Vec<Piece> = pieces(StateList::Cow).into_iter().filter(|p| p.code == 365).collect();
        let su = ru.iter().find(|p| p.country == Some(Country::SU)).unwrap();
        assert_eq!(su.to, Some(date!(1991 - 12 - 26)));
        let after = ru.iter().find(|p| p.from == date!(1991 - 12 - 26)).unwrap();
        assert_eq!((after.country, after.to), (Some(Country::RU), None));
    }

    #[test]
    fn coverage_of_a_year() {
        let (full, no) = (Covered::Fully, Covered::No { nearest: None });
        assert_eq!(Coverage::of_year(full, full), Coverage::Full);
        assert_eq!(Coverage::of_year(no, no), Coverage::No);
        assert_eq!(Coverage::of_year(no, full), Coverage::Partial);
        assert_eq!(Coverage::Full.and(Coverage::No), Coverage::Partial);
    }

    #[test]
    fn csv_numbers() {
        let mut v = Vec::new();
        push_u32(&mut v, 0);
        v.push(b' ');
        push_u32(&mut v, 4_294_967_295);
        v.push(b' ');
        push_i32(&mut v, -12);
        assert_eq!(String::from_utf8(v).unwrap(), "0 4294967295 -12");
    }
}
