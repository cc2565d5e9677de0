//! Why two countries are bound on a day: [`Tie`]s, their [`TieKind`] and
//! order of strength, and the answers of [`crate::Dataset::relation`] and
//! [`crate::Dataset::allies`].
//!
//! # What makes an ally
//!
//! A tie is one sourced reason two countries are bound on a day. Kinds are
//! ordered strongest first:
//!
//! | kind | from | alliance-grade |
//! |---|---|---|
//! | `MutualDefence` | both members of a military alliance (CSTO, NATO), or a treaty in force with a mutual-defence clause | yes |
//! | `StateUnion` | both members of a state union (the Union State), or its treaty in force | yes |
//! | `IntegrationUnion` | both members of an economic or supranational union (EAEU, EU), or its treaty in force | yes |
//! | `Friendship` | a friendship and cooperation treaty in force | yes |
//! | `StrategicPartnership` | a strategic-partnership treaty or declaration in force | yes |
//! | `RegionalOrganisation` | both members of a regional organisation (CIS, SCO) | no |
//! | `Forum` | both members of a forum (BRICS, G7) | no |
//! | `Association` | both hold a role in a union and one is not a member (observer, partner, candidate, invitee ...) | no |
//! | `Agreement` | another treaty in force binding both (arms control, security assurances, a ceasefire, a basic-relations treaty with no security clause) | no |
//! | `DiplomaticRelations` | diplomatic relations established and not broken | no |
//! | `AlignedVotes` | voted alike (agreement ≥ 0.75) on at least ten UN General Assembly roll calls of the twelve months up to that day (the embedded record, `unga`, to its end in January 2020; the dataset's roll calls after it) | no |
//!
//! A country is an **ally** of another on a day when at least one tie
//! between them is alliance-grade: mutual defence or collective security, a
//! state union, an integration union, a friendship treaty or a strategic
//! partnership in force. Forums, regional organisations, diplomatic
//! relations and aligned votes alone do not make an ally.
//!
//! So, on 1 March 2022, Russia's allies include Belarus, Kazakhstan,
//! Armenia, Kyrgyzstan and Tajikistan (the CSTO, and for the first four the
//! EAEU), China (the 2001 treaty) and India (the 2000 declaration), while
//! Israel (diplomatic relations, restored in 1991), Turkey (diplomatic
//! relations since 1920, an SCO dialogue partner) and Pakistan (diplomatic
//! relations since 1948, the SCO) have ties that are not alliance-grade.
//! North Korea becomes an ally when the 2024 treaty enters into force (4
//! December 2024), Iran when the 2025 treaty does: their earlier treaties
//! with Russia (2000, 2001) hold no security clause, so they are
//! [`crate::TreatyKind::BasicRelations`] records, whose tie is an
//! `Agreement`, not an alliance.
//!
//! **Security agreements short of an alliance.** Defence-cooperation,
//! security-cooperation and basing agreements (France's defence
//! partnership treaties in Africa, the US–UAE defence cooperation
//! agreement, Ukraine's bilateral security agreements of 2024–2025) are
//! recorded as strategic partnerships, with what they hold in their
//! provisions (`consultation` within 24 hours, `military_cooperation`):
//! they bind the two to consult and cooperate on defence, which is what the
//! partnership tier means, and none holds a mutual-defence clause. They are
//! not a tie kind of their own. A one-sided pledge to defend a state (the
//! United States' Executive Order 14353 on Qatar, 2025) is a
//! [`crate::TreatyKind::SecurityAssurances`] record whose `mutual_defence`
//! provisions bind the one party towards the other
//! ([`crate::Provision::binds`], [`crate::Provision::towards`]); like any
//! treaty with a mutual-defence provision it makes a `MutualDefence` tie.
//! In a treaty of three or more parties whose kind is not mutual defence,
//! mutual-defence provisions that each bind or are owed to named parties
//! make that tie only between the parties they join
//! ([`crate::Provision::holds_between`]); the other pairs get the tie of the
//! treaty's kind.
//!
//! # Frozen and suspended ties
//!
//! A member can freeze its participation in a union without leaving it
//! ([`crate::Role::Frozen`]), a union can suspend a member without
//! expelling it ([`crate::Role::Suspended`]), and a party can suspend its participation in
//! a treaty that stays in force ([`crate::PartyStatus::Suspended`]). Such a
//! tie keeps its kind (the instrument has not changed, and in law the
//! state is still bound), but it is **suspended**
//! ([`Tie::is_suspended`]): it is not alliance-grade, it is listed after
//! every tie in effect, and a relation or ally whose ties are all
//! suspended is not an alliance.
//!
//! Armenia is the real case. Its prime minister said on 22 Feb 2024 that
//! Armenia had frozen its participation in the CSTO, and the dataset
//! records the freeze from that day (no formal withdrawal has been seen).
//! From that day its three CSTO ties with Russia (the organisation, the
//! 1992 treaty, the 2002 Charter) are suspended. Its bilateral Treaty of
//! Friendship, Cooperation and Mutual Assistance with Russia (1997) is not:
//! no suspension or notice of it was found, and it runs on by presumed
//! automatic extension since its first term ended in November 2023. So
//! Armenia is still Russia's ally by mutual defence, on that treaty and on
//! the Gyumri base treaty (the
//! crate does not weigh what a prime minister says about it; the CSTO ties
//! stay visible, marked suspended):
//!
//! ```
//! use allegiance::{Country, Dataset, TieKind};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! let after = kb.relation(Country::RU, Country::AM, date!(2024-03-01));
//! assert_eq!(after.strongest(), Some(TieKind::MutualDefence));
//! assert!(after.ties.iter().any(|t| !t.is_suspended()
//!     && t.to_string().starts_with("Armenia–Russia Treaty of Friendship")));
//! let suspended: Vec<_> = after.ties.iter().filter(|t| t.is_suspended()).collect();
//! assert_eq!(suspended.len(), 3);
//! assert!(suspended.iter().all(|t| t.kind == TieKind::MutualDefence && !t.is_alliance_grade()));
//! assert!(after.is_alliance());
//! ```
//!
//! # As JSON
//!
//! With the `serde` feature every answer serializes ([`Relation`], [`Ally`],
//! [`Tie`], [`crate::TreatyStatus`], [`crate::Change`], [`crate::Covered`],
//! ...), in the data files' casing, naming the records it rests on by id.
//! `serde_json::to_string_pretty(&kb.relation(Country::RU, Country::BY, day))`
//! for 1 March 2022 gives (shortened):
//!
//! ```text
//! {
//!   "a": "RU", "b": "BY", "day": "2022-03-01", "alliance": true,
//!   "ties": [
//!     { "kind": "mutual_defence", "alliance_grade": true,
//!       "description": "CSTO (both as member)", "union": "CSTO",
//!       "roles": ["member", "member"], "sources": ["east-s17a", ...] },
//!     { "kind": "mutual_defence", "alliance_grade": true,
//!       "description": "Collective Security Treaty (Tashkent, 1992): in force",
//!       "treaty": "cst-1992",
//!       "status": { "status": "in_force", "until": null, "end_disputed": false,
//!                   "suspended": [] },
//!       "sources": [...] },
//!     ...
//!   ],
//!   "stance_a": null,
//!   "stance_b": { "country": "BY", "stance": "assists_militarily", "since": "2022-02-24", ... }
//! }
//! ```
use core::fmt;

use crate::{
    Agreement, Country, Entity, Membership, PartialDate, Resolution, Role, SourceId, StanceRecord, Treaty,
    TreatyStatus, Union, UnionKind,
};

/// A treaty in force between a country and an [`Entity`] (Russia and
/// Abkhazia): what [`crate::Dataset::entity_ties`] returns. It is not a
/// [`Tie`] between states, and [`crate::Dataset::allies`] leaves it out,
/// since an entity is not a country of the crate; a report on a country's
/// allies lists it beside them, marked for what it is.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct EntityTie<'d> {
    /// The entity.
    pub entity: Entity,
    /// The kind of tie the treaty makes ([`TieKind::MutualDefence`] for an
    /// alliance treaty).
    pub kind: TieKind,
    /// The treaty.
    pub treaty: &'d Treaty,
    /// Its status on the day asked about.
    pub status: TreatyStatus,
}

impl fmt::Display for EntityTie<'_> {
    /// `"mutual-defence with Abkhazia (ab-ru-2014, in force by presumed
    /// automatic extension until 5 Mar 2030)"`: the kind as
    /// [`TieKind::as_str`] writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} with {} ({}, {})", self.kind.as_str(), self.entity, self.treaty.id, self.status)
    }
}

/// How strongly a [`Tie`] binds, strongest first: `Ord` sorts the strongest
/// first, so the **strongest** of several kinds is their `min()` and
/// `max()` is the weakest; [`TieKind::is_stronger_than`] says it in words.
/// See the [module docs](crate::tie) for what produces each kind.
///
/// ```
/// use allegiance::TieKind;
///
/// let kinds = [TieKind::Forum, TieKind::MutualDefence, TieKind::Friendship];
/// assert_eq!(kinds.iter().min(), Some(&TieKind::MutualDefence)); // the strongest
/// assert!(TieKind::MutualDefence.is_stronger_than(TieKind::Forum));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum TieKind {
    /// Bound to defend each other: a military alliance or a mutual-defence treaty.
    #[cfg_attr(feature = "serde", serde(alias = "mutual-defence"))]
    MutualDefence,
    /// Members of a state union, or parties to its treaty.
    #[cfg_attr(feature = "serde", serde(alias = "state-union"))]
    StateUnion,
    /// Members of an economic or supranational union, or parties to its treaty.
    #[cfg_attr(feature = "serde", serde(alias = "integration-union"))]
    IntegrationUnion,
    /// Parties to a friendship and cooperation treaty in force.
    Friendship,
    /// Parties to a strategic-partnership treaty or declaration in force.
    #[cfg_attr(feature = "serde", serde(alias = "strategic-partnership"))]
    StrategicPartnership,
    /// Members of a regional organisation (CIS, SCO).
    #[cfg_attr(feature = "serde", serde(alias = "regional-organisation"))]
    RegionalOrganisation,
    /// Members of a forum (BRICS, G7).
    Forum,
    /// Both hold a role in a union, and at least one is not a member.
    Association,
    /// Parties to another agreement in force (arms control, assurances, a
    /// ceasefire, a basic-relations treaty with no security clause).
    Agreement,
    /// Diplomatic relations established and not broken.
    #[cfg_attr(feature = "serde", serde(alias = "diplomatic-relations"))]
    DiplomaticRelations,
    /// Voted alike on the UN roll calls recorded up to the day.
    #[cfg_attr(feature = "serde", serde(alias = "aligned-votes"))]
    AlignedVotes,
}

impl TieKind {
    /// The kind's name, as `Display` prints it: `"mutual-defence"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether this kind binds more strongly than `other` (sorts before it).
    #[must_use]
    pub fn is_stronger_than(self, other: TieKind) -> bool {
        self < other
    }

    /// Whether this kind of tie makes an ally (see the module docs).
    #[must_use]
    pub const fn is_alliance_grade(self) -> bool {
        (self as u8) <= (TieKind::StrategicPartnership as u8)
    }
}

/// What a [`Tie`] rests on.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Via<'d> {
    /// Both hold a role in a union on the day.
    Union {
        /// The union.
        union: Union,
        /// The roles of the first and the second country.
        roles: (Role, Role),
        /// The membership records of the first and the second country.
        records: (&'d Membership, &'d Membership),
    },
    /// Both are parties to a treaty in force on the day.
    Treaty {
        /// The treaty.
        treaty: &'d Treaty,
        /// Its status on the day between the two countries
        /// ([`Treaty::status_for`]): a third party's suspension is not theirs.
        status: TreatyStatus,
    },
    /// Their votes on the General Assembly's roll calls of the twelve
    /// months up to the day ([`crate::ALIGNED_VOTES_MONTHS`]): the embedded
    /// record ([`crate::unga`]) up to its last day, and the dataset's roll
    /// calls after it.
    Votes {
        /// How often they voted alike, over both.
        agreement: Agreement,
        /// The window and the roll calls compared.
        window: RollCalls<'d>,
    },
}

/// The roll calls an aligned-votes tie compared: a window of days, the
/// part of it the embedded UNGA record covers, and the dataset's
/// resolutions after the record's last day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RollCalls<'d> {
    pub(crate) all: &'d [Resolution],
    pub(crate) picked: &'d [u32],
    pub(crate) from: Option<time::Date>,
    pub(crate) to: Option<time::Date>,
    pub(crate) record: Agreement,
}

/// The source record of the embedded UNGA data set, cited by an
/// aligned-votes tie that compares roll calls of [`crate::unga`].
pub(crate) static UNGA_SOURCE: SourceId = SourceId::new("unga-voeten");

impl<'d> RollCalls<'d> {
    /// The dataset's resolutions compared (those after the embedded
    /// record's last day), oldest first.
    pub fn resolutions(self) -> impl Iterator<Item = &'d Resolution> + 'd {
        let all = self.all;
        self.picked.iter().map(move |&i| &all[i as usize])
    }

    /// The agreement over the roll calls of the embedded record
    /// ([`crate::unga`]) within the window.
    #[must_use]
    pub const fn record(self) -> Agreement {
        self.record
    }

    /// The window's first day.
    #[must_use]
    pub const fn from(self) -> Option<time::Date> {
        self.from
    }

    /// The window's last day (the day asked about).
    #[must_use]
    pub const fn to(self) -> Option<time::Date> {
        self.to
    }
}

/// One sourced reason two countries are bound on a day.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Tie<'d> {
    /// How strongly it binds.
    pub kind: TieKind,
    /// What it rests on.
    pub via: Via<'d>,
}

impl<'d> Tie<'d> {
    /// Whether the tie makes an ally: its kind is alliance-grade and it is
    /// not [suspended](Tie::is_suspended).
    #[must_use]
    pub const fn is_alliance_grade(&self) -> bool {
        self.kind.is_alliance_grade() && !self.is_suspended()
    }

    /// Whether what the tie rests on is frozen or suspended for either
    /// country: a [`Role::Frozen`] (the member's own act) or
    /// [`Role::Suspended`] (the union's) in the union, or its participation
    /// in the treaty suspended ([`TreatyStatus::suspended`] between the two).
    /// The kind stays what the instrument is (a frozen CSTO membership is
    /// still a mutual-defence tie in law), but a suspended tie does not
    /// make an ally and sorts after every tie in effect; see the
    /// [module docs](crate::tie#frozen-and-suspended-ties).
    #[must_use]
    pub const fn is_suspended(&self) -> bool {
        match &self.via {
            Via::Union { roles: (a, b), .. } => a.is_suspended() || b.is_suspended(),
            Via::Treaty { status, .. } => !status.suspended().is_empty(),
            Via::Votes { .. } => false,
        }
    }

    /// The key ties sort by: in effect before suspended, then strongest
    /// first.
    pub(crate) const fn order(&self) -> (bool, TieKind) {
        (self.is_suspended(), self.kind)
    }

    /// The sources of the tie: both membership records', the treaty's, or
    /// the resolutions'.
    pub fn sources(&self) -> impl Iterator<Item = &'d SourceId> + '_ {
        let (a, b): (&'d [SourceId], &'d [SourceId]) = match &self.via {
            Via::Union { records, .. } => (&records.0.sources, &records.1.sources),
            Via::Treaty { treaty, .. } => (&treaty.sources, &[]),
            Via::Votes { .. } => (&[], &[]),
        };
        let window = match &self.via {
            Via::Votes { window, .. } => *window,
            _ => RollCalls { all: &[], picked: &[], from: None, to: None, record: Agreement::default() },
        };
        let record: &'d [SourceId] =
            if window.record.compared > 0 { core::slice::from_ref(&UNGA_SOURCE) } else { &[] };
        a.iter()
            .chain(b.iter().filter(move |s| !a.contains(s)))
            .chain(record.iter())
            .chain(window.resolutions().flat_map(|r| r.sources.iter()))
    }

    /// A one-line description, as `Display` prints it: `"CSTO (both as
    /// member)"`, `"EAEU (Russia member, Cuba observer)"`, `"China–Russia
    /// Treaty of Friendship (2001): in force until 28 Feb 2027 (end
    /// disputed)"`.
    #[must_use]
    pub fn describe(&self) -> String {
        self.to_string()
    }
}

/// The tie kind of co-membership in `union` with these roles; `None` for a
/// universal organisation (the UN), whose membership binds no two states.
pub(crate) fn union_tie(union: Union, member_a: bool, member_b: bool) -> Option<TieKind> {
    Some(match union.kind() {
        UnionKind::Universal => return None,
        _ if !(member_a && member_b) => TieKind::Association,
        UnionKind::MilitaryAlliance => TieKind::MutualDefence,
        UnionKind::StateUnion => TieKind::StateUnion,
        UnionKind::EconomicUnion | UnionKind::SupranationalUnion => TieKind::IntegrationUnion,
        UnionKind::RegionalOrganisation => TieKind::RegionalOrganisation,
        UnionKind::Forum => TieKind::Forum,
    })
}

/// Sorts ties by [`Tie::order`], stably (see [`sort_small_by_key`]).
pub(crate) fn sort_ties(ties: &mut [Tie<'_>]) {
    sort_small_by_key(ties, |t| {
        let (suspended, kind) = t.order();
        (u16::from(suspended) << 6) | kind as u16
    });
}

/// Sorts `items` stably by a key below 512. An item such as a [`Tie`] is a
/// large value, and shifting whole items is most of what a comparison sort
/// of a dozen costs, so the keys are computed once and sorted as small
/// integers (each with its position, which keeps the sort stable), and
/// each item is then moved by at most one swap per position. Items already
/// in order are not moved; more than 64 take the standard stable sort.
pub(crate) fn sort_small_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u16) {
    sort_by_small_key::<T, 64>(items, key);
}

/// [`sort_small_by_key`] for up to `MAX` items (a power of two, at most
/// 2^16): the keys and positions are sorted as `u32`s on the stack.
pub(crate) fn sort_by_small_key<T, const MAX: usize>(items: &mut [T], key: impl Fn(&T) -> u16) {
    const { assert!(MAX.is_power_of_two() && MAX <= 1 << 16) };
    let (bits, mask) = (MAX.trailing_zeros(), (MAX - 1) as u32);
    let n = items.len();
    if n < 2 {
        return;
    }
    if n > MAX {
        items.sort_by_key(key);
        return;
    }
    let mut keys = [0u32; MAX];
    let (mut sorted, mut last) = (true, 0);
    for (i, (k, item)) in keys.iter_mut().zip(items.iter()).enumerate() {
        let v = key(item);
        debug_assert!(v < 512);
        *k = (u32::from(v) << bits) | i as u32;
        sorted &= v >= last;
        last = v;
    }
    if sorted {
        return;
    }
    let keys = &mut keys[..n];
    if n <= 16 {
        // Insertion sort: the short lists are mostly in order.
        for i in 1..n {
            let k = keys[i];
            let mut j = i;
            while j > 0 && keys[j - 1] > k {
                keys[j] = keys[j - 1];
                j -= 1;
            }
            keys[j] = k;
        }
    } else {
        // The keys are unique (each holds its position).
        keys.sort_unstable();
    }
    // Position `i` takes the item first at `keys[i] & mask`; the swaps
    // already made moved it on, along the same chain of positions.
    for i in 0..n {
        let mut from = (keys[i] & mask) as usize;
        while from < i {
            from = (keys[from] & mask) as usize;
        }
        if from != i {
            items.swap(i, from);
        }
    }
}

impl fmt::Display for Tie<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.via {
            Via::Union { union, roles: (a, b), .. } if a == b => write!(f, "{union} (both as {a})"),
            Via::Union { union, roles: (a, b), records: (x, y) } => {
                write!(f, "{union} ({} {a}, {} {b})", x.country.name(), y.country.name())
            }
            Via::Treaty { treaty, status } => write!(f, "{}: {status}", treaty.short_name),
            Via::Votes { agreement, window } => {
                match agreement.share() {
                    Some(s) => write!(
                        f,
                        "UN votes alike {:.0}% of {} roll call{}",
                        s * 100.0,
                        agreement.compared,
                        if agreement.compared == 1 { "" } else { "s" }
                    )?,
                    None => f.write_str("UN votes")?,
                }
                match (window.from, window.to) {
                    (Some(a), Some(b)) => write!(f, " ({} – {})", PartialDate::day(a), PartialDate::day(b)),
                    _ => Ok(()),
                }
            }
        }
    }
}

/// Every tie between two countries on a day, strongest first, and each
/// one's stance on the invasion: [`crate::Dataset::relation`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Relation<'d> {
    /// The first country.
    pub a: Country,
    /// The second country.
    pub b: Country,
    /// The day.
    pub day: time::Date,
    /// The ties, strongest first (empty when there are none).
    pub ties: Vec<Tie<'d>>,
    /// The first country's stance on the day, if recorded.
    pub stance_a: Option<&'d StanceRecord>,
    /// The second country's stance on the day, if recorded.
    pub stance_b: Option<&'d StanceRecord>,
}

impl Relation<'_> {
    /// The strongest tie's kind, if any: the strongest tie in effect, or,
    /// when every tie is [suspended](Tie::is_suspended), the strongest
    /// suspended one.
    #[must_use]
    pub fn strongest(&self) -> Option<TieKind> {
        self.ties.first().map(|t| t.kind)
    }

    /// Whether the two are allies on the day: an alliance-grade tie that
    /// is not suspended.
    #[must_use]
    pub fn is_alliance(&self) -> bool {
        self.ties.first().is_some_and(Tie::is_alliance_grade)
    }
}

/// A country bound to another on a day, with every tie between them,
/// strongest first: the items of [`Allies`], which
/// [`crate::Dataset::allies`] and [`crate::Dataset::ties`] return.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Ally<'a> {
    /// The other country.
    pub country: Country,
    /// The ties, strongest first (never empty).
    pub ties: &'a [Tie<'a>],
}

impl Ally<'_> {
    /// The strongest tie's kind: the strongest in effect, or the strongest
    /// suspended one when every tie is [suspended](Tie::is_suspended).
    #[must_use]
    pub fn strongest(&self) -> TieKind {
        self.ties.first().map_or(TieKind::AlignedVotes, |t| t.kind)
    }

    /// Whether the country is an ally: its first tie is alliance-grade and
    /// not suspended ([`Tie::is_alliance_grade`]).
    #[must_use]
    pub fn is_alliance(&self) -> bool {
        self.ties.first().is_some_and(Tie::is_alliance_grade)
    }
}

/// The countries tied to one country on one day, each an [`Ally`] with its
/// ties: what [`crate::Dataset::allies`] and [`crate::Dataset::ties`]
/// return, strongest tie first, then in country order.
///
/// Every ally's ties sit in one buffer, so an answer costs two
/// allocations however many allies it has, and the query makes no other
/// (its scratch lists stay on the stack). Iterate it by reference
/// (`for ally in &allies`, `allies.iter()`), or look one country up with
/// [`Allies::get`].
///
/// ```
/// use allegiance::{Country, Dataset};
/// use time::macros::date;
///
/// let kb = Dataset::embedded();
/// let allies = kb.allies(Country::RU, date!(2022-03-01));
/// let by = allies.get(Country::BY).expect("Belarus");
/// assert!(by.is_alliance() && by.ties.len() > 1);
/// for ally in &allies {
///     println!("{}: {}", ally.country.name(), ally.strongest());
/// }
/// assert_eq!(allies.countries().count(), allies.len());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Allies<'d> {
    /// Per ally: the country, its range in `ties`, and its first tie's
    /// order as a small integer (what [`Allies::sort`] sorts on).
    entries: Vec<Entry>,
    ties: Vec<Tie<'d>>,
}

impl<'d> Allies<'d> {
    /// An answer with room for `allies` allies and `ties` ties.
    pub(crate) fn with_capacity(allies: usize, ties: usize) -> Self {
        Allies { entries: Vec::with_capacity(allies), ties: Vec::with_capacity(ties) }
    }

    /// The buffer the next ally's ties are pushed to; [`Allies::close`]
    /// then keeps them as `country`'s, or [`Allies::discard`] drops them.
    pub(crate) fn open(&mut self) -> &mut Vec<Tie<'d>> {
        &mut self.ties
    }

    /// Keeps the ties pushed since the last ally as `country`'s.
    pub(crate) fn close(&mut self, country: Country) {
        let start = self.entries.last().map_or(0, |e| e.2);
        let order = self.ties.get(start as usize).map_or(0, |t| {
            let (suspended, kind) = t.order();
            (u16::from(suspended) << 6) | kind as u16
        });
        self.entries.push((country, start, self.ties.len() as u32, order));
    }

    /// Drops the ties pushed since the last ally.
    pub(crate) fn discard(&mut self) {
        let start = self.entries.last().map_or(0, |e| e.2 as usize);
        self.ties.truncate(start);
    }

    /// Orders the allies by their first tie's [`Tie::order`], then by
    /// country (each country is there once, so the order is total).
    pub(crate) fn sort(&mut self) {
        // The entries come in country order, so a stable sort on the first
        // tie's order alone gives (order, country).
        sort_by_small_key::<_, 256>(&mut self.entries, |e| e.3);
    }

    /// How many allies.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The allies in order.
    pub fn iter(&self) -> AlliesIter<'_, 'd> {
        AlliesIter { entries: self.entries.iter(), ties: &self.ties }
    }

    /// The `i`-th ally in order.
    #[must_use]
    pub fn nth(&self, i: usize) -> Option<Ally<'_>> {
        self.entries.get(i).map(|&e| ally(&self.ties, e))
    }

    /// `country` with its ties, if it is among them.
    #[must_use]
    pub fn get(&self, country: Country) -> Option<Ally<'_>> {
        self.iter().find(|a| a.country == country)
    }

    /// Whether `country` is among them.
    #[must_use]
    pub fn contains(&self, country: Country) -> bool {
        self.entries.iter().any(|e| e.0 == country)
    }

    /// The countries in order.
    pub fn countries(&self) -> impl DoubleEndedIterator<Item = Country> + ExactSizeIterator + '_ {
        self.entries.iter().map(|e| e.0)
    }
}

/// An ally's entry in [`Allies`]: the country, its range of ties, and its
/// first tie's order.
type Entry = (Country, u32, u32, u16);

fn ally<'a>(ties: &'a [Tie<'_>], (country, start, end, _): Entry) -> Ally<'a> {
    Ally { country, ties: &ties[start as usize..end as usize] }
}

/// The allies of an [`Allies`] in order ([`Allies::iter`]).
#[derive(Clone, Debug)]
pub struct AlliesIter<'a, 'd> {
    entries: std::slice::Iter<'a, Entry>,
    ties: &'a [Tie<'d>],
}

impl<'a> Iterator for AlliesIter<'a, '_> {
    type Item = Ally<'a>;

    fn next(&mut self) -> Option<Ally<'a>> {
        self.entries.next().map(|&e| ally(self.ties, e))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl DoubleEndedIterator for AlliesIter<'_, '_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.entries.next_back().map(|&e| ally(self.ties, e))
    }
}

impl ExactSizeIterator for AlliesIter<'_, '_> {}

impl std::iter::FusedIterator for AlliesIter<'_, '_> {}

impl<'a, 'd> IntoIterator for &'a Allies<'d> {
    type Item = Ally<'a>;
    type IntoIter = AlliesIter<'a, 'd>;

    fn into_iter(self) -> AlliesIter<'a, 'd> {
        self.iter()
    }
}

/// The tie kind a treaty in force makes between its parties (computed once
/// per treaty when the index is built).
pub(crate) fn treaty_tie(t: &Treaty) -> TieKind {
    if t.has_mutual_defence() || t.kind == crate::TreatyKind::MutualDefence {
        return TieKind::MutualDefence;
    }
    kind_tie(t)
}

/// The tie kind a treaty makes between the pairs its mutual-defence
/// provisions do not join, when each of those provisions binds or is owed
/// to named parties only ([`crate::Provision::holds_between`]) in a treaty
/// of more than two parties whose kind is not mutual defence: `None` when
/// every pair gets [`treaty_tie`] (computed once per treaty when the index
/// is built).
pub(crate) fn treaty_tie_elsewhere(t: &Treaty) -> Option<TieKind> {
    let defence = || t.provisions.iter().filter(|p| p.obligation == crate::treaty::Obligation::MutualDefence);
    let directed = defence().next().is_some() && defence().all(|p| p.binds.is_some() || p.towards.is_some());
    (directed && t.kind != crate::TreatyKind::MutualDefence && t.all_parties().len() > 2).then(|| kind_tie(t))
}

/// The tie kind of a treaty by its kind alone.
fn kind_tie(t: &Treaty) -> TieKind {
    match t.kind {
        crate::TreatyKind::Union => {
            let founded = Union::iter().find(|u| u.founding_treaty() == Some(&*t.id));
            match founded.map(Union::kind) {
                Some(crate::UnionKind::StateUnion) => TieKind::StateUnion,
                _ => TieKind::IntegrationUnion,
            }
        }
        crate::TreatyKind::Friendship => TieKind::Friendship,
        crate::TreatyKind::StrategicPartnership => TieKind::StrategicPartnership,
        crate::TreatyKind::DiplomaticRelations => TieKind::DiplomaticRelations,
        crate::TreatyKind::MutualDefence => TieKind::MutualDefence,
        crate::TreatyKind::ArmsControl
        | crate::TreatyKind::SecurityAssurances
        | crate::TreatyKind::Ceasefire
        | crate::TreatyKind::BasicRelations => TieKind::Agreement,
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small_by_key;

    /// Every sequence of up to 7 keys from 3 values, and longer ones up to
    /// the 64 the key sort handles and past it: the same order as the
    /// standard stable sort.
    #[test]
    fn the_key_sort_is_the_stable_sort() {
        let check = |keys: &[u16]| {
            let mut items: Vec<(u16, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            sort_small_by_key(&mut items, |&(k, _)| k);
            assert_eq!(items, expected, "keys {keys:?}");
        };
        for n in 0..=7u32 {
            for code in 0..3u32.pow(n) {
                let keys: Vec<u16> = (0..n).map(|i| (code / 3u32.pow(i) % 3) as u16).collect();
                check(&keys);
            }
        }
        for n in [20u16, 63, 64, 65, 100] {
            check(&(0..n).map(|i| (i * 37 + 11) % 9).collect::<Vec<_>>());
            check(&(0..n).rev().collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        /// The sort of up to 256 (the allies' order) is the stable sort,
        /// on short and long lists, in order or not, and past its size.
        #[test]
        fn the_wide_key_sort_is_the_stable_sort(keys in proptest::collection::vec(0u16..512, 0..300)) {
            let mut items: Vec<(u16, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            super::sort_by_small_key::<_, 256>(&mut items, |&(k, _)| k);
            proptest::prop_assert_eq!(items, expected);
        }
    }
}
