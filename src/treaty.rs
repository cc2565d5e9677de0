//! Treaties with validity periods: signed, in force, extended, suspended,
//! ended — and how we know.
//!
//! # How a treaty's life is modelled
//!
//! A [`Treaty`] holds the dates of signature and entry into force, a
//! [`Term`] rule, and the dated [`TreatyEvent`]s of its life (an extension
//! agreed, a party suspending or withdrawing, expiry, termination). From
//! these, [`Treaty::validity`] derives the periods in force and
//! [`Treaty::status_at`] the [`TreatyStatus`] on any day.
//!
//! A treaty binds each party separately. Each party's periods in
//! [`Treaty::parties`] and its own events (suspended, resumed, joined,
//! withdrew, each naming the party) give its [`PartyStatus`] on a day
//! ([`Treaty::party_status`]): a member (perhaps one that joined late),
//! suspended, under notice of withdrawal, or withdrawn. The treaty-wide
//! status lists every suspended party beside whether the term is confirmed
//! or presumed and whether its end is disputed; [`Treaty::status_for`]
//! gives what binds two parties (only their own suspensions), which is what
//! a tie between them shows. A suspension can run towards one party only
//! ([`TreatyEvent::towards`]: the United States' ANZUS obligations towards
//! New Zealand from 1986), and an obligation can be owed to one party only
//! ([`Provision::towards`]: the Budapest Memorandum's assurances to
//! Ukraine); each then concerns the pairs that include that party. An end event (expiry, termination,
//! supersession) counts from its date; one on or before entry into force
//! makes the treaty [`TreatyStatus::Abandoned`].
//!
//! A party's notice of withdrawal ([`EventKind::Withdrew`]) leaves it a
//! party until the withdrawal takes effect ([`PartyStatus::NoticeGiven`]).
//! Where a two-party treaty extends itself unless a party gives notice
//! ([`Term::AutoExtending`] with a known notice period), the notice stops
//! the extension after the term whose deadline it meets, and
//! [`Treaty::notice_deadline`] gives the next deadline. Ratification steps
//! ([`EventKind::Ratified`]) are recorded party by party and change no
//! status.
//!
//! Where no source dates the entry into force but a dated one shows the
//! treaty applied, invoked or called in force, an [`EventKind::Operative`]
//! event records that evidence and [`Treaty::in_force`] stays `None`: the
//! treaty reads [`TreatyStatus::Operative`] from that date (in force, never
//! confirmed, its term not counted) and
//! [`TreatyStatus::SignedEntryNotFound`] between signature and then, so a
//! missing date is never read as "not in force". [`crate::Dataset::changes`] lists every change of status, each
//! day the status timeline steps: entry into force, each extension
//! (confirmed or presumed), each party's suspension and resumption,
//! withdrawal, expiry, termination.
//!
//! # Worked example: the China–Russia treaty of 2001
//!
//! The Treaty of Good-Neighbourliness and Friendly Cooperation
//! (`cn-ru-2001`). Article 25: in force for 20 years, then extended
//! automatically by five-year periods unless a party notifies the other in
//! writing one year before a period ends.
//!
//! | date | what | basis |
//! |---|---|---|
//! | 16 Jul 2001 | signed in Moscow | Wikipedia, Xinhua |
//! | 27 Oct 2001 | ratified: China's NPC Standing Committee | Wikipedia, the decision's title |
//! | 26 Dec 2001, 16 Jan 2002, Jan 2002 | ratified: State Duma, Federation Council, Putin's signature of the law | Xinhua, Wikipedia |
//! | 28 Feb 2002 | in force (instruments exchanged in Beijing) | Wikipedia, TASS |
//! | 28 Feb 2002 – 28 Feb 2022 | initial 20-year term | rule, confirmed by Lavrov (TASS, 22 Mar 2021) |
//! | 28 Jun 2021 | Xi and Putin confirm the five-year extension | Xinhua |
//! | 28 Feb 2022 – 28 Feb 2027 | first extension: **confirmed** | Xinhua, Wikipedia |
//! | 4 Feb 2026 | Ushakov: "has been automatically extended for another five years" | TASS, Gazeta.ru |
//! | 28 Feb 2026 | deadline for notice against the extension after 28 Feb 2027; none reported | rule |
//! | 28 Feb 2027 – 28 Feb 2032 | second extension: **confirmed** | Ushakov, and the deadline passed |
//! | 28 Feb 2031 | next notice deadline | rule |
//! | from 28 Feb 2032 | further five-year periods: **presumed** unless a source confirms | rule only |
//!
//! **Presumed** means in force only by the rule: no source has yet said
//! that a period after 28 Feb 2032 began, so a status then is
//! [`TreatyStatus::InForcePresumed`] and
//! [`TreatyStatus::is_confirmed_in_force`] is false.
//!
//! **Disputed** means a source ends the current term on another day. The
//! rule counted from entry into force gives 28 Feb 2027, which Wikipedia
//! and the Daily Caller state; TASS and Kommersant (11 Nov 2025) speak of
//! its "expiry" in 2026 and name 16 July 2026, the 25th anniversary of
//! signature, and the seed article said "until at least 2026". The queries
//! use February 2027 and keep the 2026 readings in
//! [`Treaty::end_alternatives`], so in the term ending 28 Feb 2027
//! [`TreatyStatus::InForce`] reports `end_disputed: true`. Whether the
//! treaty is in force is not disputed: under either reading the second
//! extension follows without a gap, and in the term to 2032 no source
//! dates its end otherwise, so `end_disputed` is false there.
//!
//! ```
//! use allegiance::{Basis, Dataset, TreatyStatus};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! let pact = kb.treaty("cn-ru-2001").expect("the 2001 treaty");
//! assert!(pact.is_in_force(date!(2022-03-01)));
//! let today = pact.status_at(date!(2026-11-28));
//! assert_eq!(today.to_string(), "in force until 28 Feb 2027 (end disputed)");
//! let next = pact.status_at(date!(2027-06-01));
//! assert_eq!(next.to_string(), "in force until 28 Feb 2032");
//! assert!(next.is_confirmed_in_force());
//! let later = pact.status_at(date!(2032-06-01));
//! assert!(matches!(later, TreatyStatus::InForcePresumed { .. }));
//! let bases: Vec<Basis> = pact.validity().iter().map(|v| v.basis).collect();
//! assert!(matches!(bases[..], [Basis::Initial, Basis::ConfirmedExtension(_), Basis::ConfirmedExtension(_), Basis::PresumedExtension, ..]));
//! assert_eq!(pact.notice_deadline(date!(2026-11-28)).unwrap().to_string(), "notice by 28 Feb 2031 ends it on 28 Feb 2032");
//! ```

use core::fmt;
use std::borrow::Cow;

use time::Date;

use crate::{Country, CountrySet, Entity, PartialDate, Period, Reading, SourceId};

/// What a treaty is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum TreatyKind {
    /// Friendship, good-neighbourliness and cooperation, with a security
    /// clause (consultation on threats, no hostile alliance) or read as an
    /// alignment: alliance-grade. A basic treaty with none is
    /// [`TreatyKind::BasicRelations`].
    Friendship,
    /// A strategic-partnership treaty or declaration.
    StrategicPartnership,
    /// Mutual defence or collective security.
    MutualDefence,
    /// A union or integration treaty (a state union, an economic union).
    Union,
    /// Arms control.
    ArmsControl,
    /// Security assurances given to a state.
    SecurityAssurances,
    /// A ceasefire or settlement.
    Ceasefire,
    /// Establishing diplomatic relations.
    DiplomaticRelations,
    /// A treaty on the basic principles of relations, or of friendship and
    /// cooperation, that holds no security clause the sources show (no
    /// mutual defence, no consultation on threats): Russia's treaties with
    /// Moldova (2001) or North Korea (2000). Not alliance-grade: it makes
    /// an [`crate::TieKind::Agreement`] tie, where a
    /// [`TreatyKind::Friendship`] treaty makes an alliance-grade one.
    BasicRelations,
}

/// How long a treaty runs once in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "rule"))]
#[non_exhaustive]
pub enum Term {
    /// No end date ("of indefinite duration").
    Unlimited,
    /// A fixed number of years from entry into force; extensions happen only
    /// by [`EventKind::Extended`] events.
    Fixed {
        /// Length of the term in years.
        years: u8,
    },
    /// An initial term, then automatic extensions unless a party gives
    /// notice before expiry.
    AutoExtending {
        /// Length of the initial term in years.
        initial_years: u8,
        /// Length of each automatic extension in years.
        extension_years: u8,
        /// How many months before expiry notice must be given (0 if unknown).
        notice_months: u8,
    },
    /// A political declaration or document with no term clause.
    NotApplicable,
    /// The term clause was not confirmed by a source; the treaty is treated
    /// as in force until an end event.
    Unknown,
}

/// What happened to a treaty on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "kind"))]
#[non_exhaustive]
pub enum EventKind {
    /// The parties agreed or confirmed an extension of the term, to `until`
    /// when a source gives it (otherwise the term rule's next period).
    Extended {
        /// The new end of the term, if stated or derived.
        until: Option<PartialDate>,
    },
    /// A statement about the treaty's future (an intention to extend, a
    /// claim it was extended) that does not itself change its status.
    Statement,
    /// A party suspended its participation (the treaty stays in force
    /// between the other parties).
    Suspended,
    /// A party resumed its participation.
    Resumed,
    /// A party joined the treaty.
    Joined,
    /// A party withdrew or gave notice of withdrawal (denunciation); it
    /// stays a party until its period in [`Treaty::parties`] ends. In a
    /// two-party treaty with an [`Term::AutoExtending`] rule and a known
    /// notice period, a notice given by the deadline of a term (its end
    /// less `notice_months`) stops the automatic extension after that
    /// term, and a later one the extension after the next: the treaty then
    /// expires (see [`Treaty::notice_deadline`]).
    Withdrew,
    /// A party completed a step of its ratification: a parliament's vote,
    /// the head of state's signature of the law, a decree (the note says
    /// which). It does not change the treaty's status; entry into force is
    /// [`Treaty::in_force`].
    Ratified,
    /// The treaty ended by expiry of its term.
    Expired,
    /// The treaty was terminated or declared void by a party or the parties.
    Terminated,
    /// The treaty was replaced by another (`superseded_by` in the event's note).
    Superseded,
    /// A source shows the treaty in operation on this date (applied,
    /// invoked, implemented, or called in force by a party), while its
    /// entry into force was not found: only on a treaty whose
    /// [`Treaty::in_force`] is `None`. The first such event starts a
    /// period in force of its own ([`Basis::Operative`],
    /// [`TreatyStatus::Operative`]) that runs until an end event; before it
    /// the status is [`TreatyStatus::SignedEntryNotFound`], never "not in
    /// force". The term rule is not applied (it counts from an entry into
    /// force nobody dated). `party`, when set, is the party whose act or
    /// words show it.
    Operative,
}

impl fmt::Display for EventKind {
    /// `"extended until 28 Feb 2027"`, `"suspended"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventKind::Extended { until: Some(u) } => write!(f, "extended until {u}"),
            EventKind::Extended { until: None } => f.write_str("extended"),
            EventKind::Statement => f.write_str("statement"),
            EventKind::Suspended => f.write_str("suspended"),
            EventKind::Resumed => f.write_str("resumed"),
            EventKind::Joined => f.write_str("joined"),
            EventKind::Withdrew => f.write_str("withdrew"),
            EventKind::Ratified => f.write_str("ratified"),
            EventKind::Expired => f.write_str("expired"),
            EventKind::Terminated => f.write_str("terminated"),
            EventKind::Superseded => f.write_str("superseded"),
            EventKind::Operative => f.write_str("in operation"),
        }
    }
}

/// A dated event in a treaty's life.
///
/// In JSON the kind's fields sit beside the event's own:
/// `{"date": "2021-06-28", "kind": "extended", "until": "2027-02-28",
/// "note": "…", "sources": ["…"]}`; `until` belongs to `extended` events
/// only, and any other key is an error.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TreatyEvent {
    /// When it happened, at the precision known.
    pub date: PartialDate,
    /// What happened.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub kind: EventKind,
    /// The party concerned: required for a suspension, a resumption, an
    /// accession, a withdrawal and a ratification step, and one of the
    /// treaty's parties (the validator reports it otherwise); optional for
    /// other events (a termination by one party).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub party: Option<Country>,
    /// For a suspension or a resumption: the one party towards which
    /// `party` suspends (or resumes) its obligations, when it is only one
    /// (`None`: towards every party). The United States suspended its
    /// ANZUS obligations towards New Zealand in 1986 and kept them towards
    /// Australia: `party` the United States, `towards` New Zealand. Such a
    /// suspension changes only what binds those two
    /// ([`Treaty::status_for`], [`Treaty::suspended_towards`]), not the
    /// party's standing towards the others ([`Treaty::party_status`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub towards: Option<Country>,
    /// What was said or done, in a sentence.
    pub note: Cow<'static, str>,
    /// The sources.
    pub sources: Cow<'static, [SourceId]>,
}

/// The JSON forms of [`Term`], [`EventKind`] and [`TreatyEvent`], read
/// field by field so that every unknown key is an error: serde's internally
/// tagged enums ignore extra keys of unit variants, and `#[serde(flatten)]`
/// cannot deny any.
#[cfg(feature = "serde")]
mod de {
    use std::borrow::Cow;

    use serde::{Deserialize, Deserializer};

    use super::{EventKind, Term, TreatyEvent};
    use crate::serde_impls::{Invalid, via_map};
    use crate::{Country, PartialDate, SourceId};

    #[derive(Clone, Copy, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Rule {
        Unlimited,
        Fixed,
        AutoExtending,
        NotApplicable,
        Unknown,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TermFields {
        rule: Rule,
        years: Option<u8>,
        initial_years: Option<u8>,
        extension_years: Option<u8>,
        notice_months: Option<u8>,
    }

    impl<'de> Deserialize<'de> for Term {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Term, D::Error> {
            via_map(d, "a term: an object with a `rule`", term)
        }
    }

    fn term(t: TermFields) -> Result<Term, Invalid> {
        let fields = [
            ("years", t.years),
            ("initial_years", t.initial_years),
            ("extension_years", t.extension_years),
            ("notice_months", t.notice_months),
        ];
        let (rule, allowed): (&str, &[&str]) = match t.rule {
            Rule::Unlimited => ("unlimited", &[]),
            Rule::Fixed => ("fixed", &["years"]),
            Rule::AutoExtending => ("auto_extending", &["initial_years", "extension_years", "notice_months"]),
            Rule::NotApplicable => ("not_applicable", &[]),
            Rule::Unknown => ("unknown", &[]),
        };
        for (name, value) in fields {
            if value.is_some() && !allowed.contains(&name) {
                return Err(Invalid::Other(format!(
                    "unknown field `{name}` for the rule `{rule}`{}",
                    match allowed {
                        [] => String::from(", which has no other fields"),
                        _ => format!(", expected `rule`, `{}`", allowed.join("`, `")),
                    }
                )));
            }
        }
        let need = |name: &'static str, v: Option<u8>| v.ok_or(Invalid::Missing(name));
        Ok(match t.rule {
            Rule::Unlimited => Term::Unlimited,
            Rule::Fixed => Term::Fixed { years: need("years", t.years)? },
            Rule::AutoExtending => Term::AutoExtending {
                initial_years: need("initial_years", t.initial_years)?,
                extension_years: need("extension_years", t.extension_years)?,
                notice_months: need("notice_months", t.notice_months)?,
            },
            Rule::NotApplicable => Term::NotApplicable,
            Rule::Unknown => Term::Unknown,
        })
    }

    /// The names of [`EventKind`]'s variants, as JSON writes them.
    #[derive(Clone, Copy, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Extended,
        Statement,
        Suspended,
        Resumed,
        Joined,
        Withdrew,
        Ratified,
        Expired,
        Terminated,
        Superseded,
        Operative,
    }

    fn kind(kind: Kind, until: Option<PartialDate>) -> Result<EventKind, Invalid> {
        Ok(match kind {
            Kind::Extended => EventKind::Extended { until },
            _ if until.is_some() => {
                return Err(Invalid::Other("unknown field `until`: only an `extended` event has one".into()));
            }
            Kind::Statement => EventKind::Statement,
            Kind::Suspended => EventKind::Suspended,
            Kind::Resumed => EventKind::Resumed,
            Kind::Joined => EventKind::Joined,
            Kind::Withdrew => EventKind::Withdrew,
            Kind::Ratified => EventKind::Ratified,
            Kind::Expired => EventKind::Expired,
            Kind::Terminated => EventKind::Terminated,
            Kind::Superseded => EventKind::Superseded,
            Kind::Operative => EventKind::Operative,
        })
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct KindFields {
        kind: Kind,
        #[serde(default)]
        until: Option<PartialDate>,
    }

    impl<'de> Deserialize<'de> for EventKind {
        /// `{"kind": "extended", "until": "2027-02-28"}`, `{"kind": "suspended"}`.
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<EventKind, D::Error> {
            via_map(d, "an event kind: an object with a `kind`", |k: KindFields| kind(k.kind, k.until))
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct EventFields {
        date: PartialDate,
        kind: Kind,
        #[serde(default)]
        until: Option<PartialDate>,
        #[serde(default)]
        party: Option<Country>,
        #[serde(default)]
        towards: Option<Country>,
        note: Cow<'static, str>,
        sources: Cow<'static, [SourceId]>,
    }

    impl<'de> Deserialize<'de> for TreatyEvent {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TreatyEvent, D::Error> {
            via_map(d, "a treaty event: an object with a `date` and a `kind`", |e: EventFields| {
                let kind = kind(e.kind, e.until)?;
                Ok(TreatyEvent {
                    date: e.date,
                    kind,
                    party: e.party,
                    towards: e.towards,
                    note: e.note,
                    sources: e.sources,
                })
            })
        }
    }
}

/// A typed obligation, after the ATOP codebook's categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Obligation {
    /// Military assistance if a party is attacked.
    MutualDefence,
    /// Consultation when a party is threatened.
    Consultation,
    /// Not to attack or use force against each other.
    NonAggression,
    /// Not to help an aggressor against the other party.
    Neutrality,
    /// Military and military-technical cooperation.
    MilitaryCooperation,
    /// Not to join alliances or actions directed against the other party.
    NoHostileAlliance,
    /// A recognition clause (Russia's position on Taiwan in the 2001 treaty).
    Recognition,
    /// Respect for a party's sovereignty and borders (assurances).
    TerritorialIntegrity,
    /// Numerical limits on weapons.
    ArmsLimits,
    /// A ceasefire.
    Ceasefire,
}

/// One provision of a treaty: the obligation, where it is, what it says.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Provision {
    /// The obligation.
    pub obligation: Obligation,
    /// The article ("Article 4", "para 2"), when a source gives it.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub article: Option<Cow<'static, str>>,
    /// The party bound, when it binds one party only (`None`: all parties).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub binds: Option<Country>,
    /// The party the obligation is owed to, when it is owed to one party
    /// only (`None`: to every party). The Budapest Memorandum's assurances
    /// run from the guarantors to Ukraine, not between the guarantors:
    /// `towards` Ukraine. With [`Provision::binds`], the obligation holds
    /// between those two parties only ([`Provision::holds_between`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub towards: Option<Country>,
    /// The provision's words as a source gives them.
    pub text: Cow<'static, str>,
    /// The sources.
    pub sources: Cow<'static, [SourceId]>,
}

impl Provision {
    /// Whether the obligation holds between parties `a` and `b` (in either
    /// direction): a provision binding one party, or owed to one, holds
    /// only in the pairs that include it.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    ///
    /// let budapest = Dataset::embedded().treaty("budapest-1994").unwrap();
    /// let p = &budapest.provisions[0];
    /// assert!(p.holds_between(Country::US, Country::UA));
    /// assert!(!p.holds_between(Country::US, Country::GB));
    /// ```
    #[must_use]
    pub fn holds_between(&self, a: Country, b: Country) -> bool {
        let includes = |c: Option<Country>| c.is_none_or(|c| c == a || c == b);
        includes(self.binds) && includes(self.towards)
    }
}

/// A party to a treaty, with the period it was one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Party {
    /// The country.
    pub country: Country,
    /// When it was a party: from signature (or its accession) to its
    /// withdrawal, half-open.
    pub period: Period,
}

/// An [`Entity`] that is a party to a treaty (Abkhazia in its 2014 treaty
/// with Russia), with the period it was one. An entity party makes no
/// [`crate::Tie`] between states: [`crate::Dataset::entity_ties`] lists
/// what binds a country to an entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct EntityParty {
    /// The entity.
    pub entity: Entity,
    /// When it was a party, half-open.
    pub period: Period,
}

/// A treaty, declaration or agreement between states.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Treaty {
    /// A stable slug used by queries and in JSON: `"cn-ru-2001"` (parties'
    /// alpha-2 codes in lower case and the year of signature, or a short
    /// name such as `"new-start"`).
    pub id: Cow<'static, str>,
    /// The official name.
    pub name: Cow<'static, str>,
    /// A short name.
    pub short_name: Cow<'static, str>,
    /// What it is for.
    pub kind: TreatyKind,
    /// The parties and when each was one.
    pub parties: Cow<'static, [Party]>,
    /// The parties that are [`Entity`] values, not countries (empty for
    /// nearly every treaty).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub entity_parties: Cow<'static, [EntityParty]>,
    /// When it was signed.
    pub signed: PartialDate,
    /// When it entered into force (`None`: never, or not applicable).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub in_force: Option<PartialDate>,
    /// Its term rule.
    pub term: Term,
    /// The dated events of its life, in date order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub events: Cow<'static, [TreatyEvent]>,
    /// Its obligations.
    #[cfg_attr(feature = "serde", serde(default))]
    pub provisions: Cow<'static, [Provision]>,
    /// Sources for the names, parties and dates.
    pub sources: Cow<'static, [SourceId]>,
    /// A remark for the reader.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<Cow<'static, str>>,
    /// Readings of its dates that other sources give.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub alternatives: Cow<'static, [Reading]>,
    /// Readings of when a confirmed term ends that differ from the one the
    /// queries derive from the term rule (each with its date and sources).
    /// [`TreatyStatus::InForce`] reports `end_disputed` in a term when a
    /// reading dates its end within that term (after its start, on or
    /// before its end); an undated reading disputes the last confirmed
    /// term.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub end_alternatives: Cow<'static, [Reading]>,
}

/// Why a treaty is in force during a [`Validity`] period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Basis {
    /// The initial term (or an unlimited treaty, or one with no term clause).
    Initial,
    /// An extension a source confirms (the event at this index of
    /// [`Treaty::events`]).
    ConfirmedExtension(usize),
    /// An automatic extension under the term rule that no source confirms.
    PresumedExtension,
    /// In operation from the [`EventKind::Operative`] event at this index
    /// of [`Treaty::events`], its entry into force not found: one period,
    /// to the end event if any.
    Operative(usize),
}

/// One period in force, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Validity {
    /// The period, half-open.
    pub period: Period,
    /// Why it is in force.
    pub basis: Basis,
}

/// A treaty's status on a day.
///
/// A treaty binds each party separately, so a status in force says which
/// parties' participation is suspended (often none) beside whether the
/// term is confirmed or only presumed and whether its end is disputed.
/// [`Treaty::status_at`] gives the treaty as a whole (every party's
/// suspension); [`Treaty::status_for`] the status between two parties
/// (only their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TreatyStatus {
    /// Before signature.
    NotYetSigned,
    /// Signed, not (yet) in force.
    SignedNotInForce,
    /// Signed; its entry into force was not found, and no source yet shows
    /// it in operation: a treaty with an [`EventKind::Operative`] event,
    /// before that event's date. Not read as in force, nor as not in force.
    SignedEntryNotFound,
    /// In force within its initial term or a confirmed extension.
    InForce {
        /// The end of the current term, if it has one.
        until: Option<PartialDate>,
        /// Whether a source ends this term on another day (see
        /// [`Treaty::end_alternatives`]).
        end_disputed: bool,
        /// The parties whose participation is suspended on the day (see
        /// [`PartyStatus::Suspended`]); empty when every party takes part.
        suspended: CountrySet,
    },
    /// In force only by presuming an automatic extension that no source has
    /// confirmed.
    InForcePresumed {
        /// The end of the presumed period.
        until: Option<PartialDate>,
        /// The parties whose participation is suspended on the day.
        suspended: CountrySet,
    },
    /// In operation by the date of the first [`EventKind::Operative`]
    /// event, its entry into force not found (the GCC Joint Defence
    /// Agreement by October 2002). Counted as in force
    /// ([`TreatyStatus::is_in_force`]) but never as confirmed.
    Operative {
        /// The date of the evidence that it was in operation.
        since: PartialDate,
        /// The parties whose participation is suspended on the day.
        suspended: CountrySet,
    },
    /// Its term ran out.
    Expired {
        /// The day it stopped being in force.
        on: PartialDate,
    },
    /// Terminated, declared void or superseded.
    Terminated {
        /// The day it stopped being in force.
        on: PartialDate,
    },
    /// Terminated, withdrawn from or superseded before it ever entered
    /// into force (START II, abandoned by Russia on 14 June 2002).
    Abandoned {
        /// The day of the end event.
        on: PartialDate,
    },
}

impl TreatyStatus {
    /// Whether the treaty is in force on a term a source confirms, with no
    /// party's participation suspended: [`TreatyStatus::InForce`] with an
    /// empty `suspended` only.
    ///
    /// ```
    /// use allegiance::Dataset;
    /// use time::macros::date;
    ///
    /// let pact = Dataset::embedded().treaty("cn-ru-2001").unwrap();
    /// let later = pact.status_at(date!(2032-06-01)); // a presumed extension
    /// assert!(later.is_in_force() && !later.is_confirmed_in_force());
    /// ```
    #[must_use]
    pub const fn is_confirmed_in_force(self) -> bool {
        matches!(self, TreatyStatus::InForce { suspended, .. } if suspended.is_empty())
    }

    /// Whether the treaty is in force in any way: confirmed, **presumed**
    /// (an automatic extension no source confirms), **in operation** with
    /// its entry into force not found ([`TreatyStatus::Operative`]) or with
    /// a party's participation **suspended**. For a confirmed term with
    /// every party taking part, use [`TreatyStatus::is_confirmed_in_force`].
    #[must_use]
    pub const fn is_in_force(self) -> bool {
        matches!(
            self,
            TreatyStatus::InForce { .. }
                | TreatyStatus::InForcePresumed { .. }
                | TreatyStatus::Operative { .. }
        )
    }

    /// Whether it is in force only by evidence of operation, its entry
    /// into force not found ([`TreatyStatus::Operative`]).
    #[must_use]
    pub const fn is_operative(self) -> bool {
        matches!(self, TreatyStatus::Operative { .. })
    }

    /// Whether it is in force only by a presumed extension.
    #[must_use]
    pub const fn is_presumed(self) -> bool {
        matches!(self, TreatyStatus::InForcePresumed { .. })
    }

    /// The parties whose participation is suspended (empty unless in force).
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let start = Dataset::embedded().treaty("new-start").unwrap();
    /// assert_eq!(start.status_at(date!(2023-03-01)).suspended(), Country::RU.into());
    /// ```
    #[must_use]
    pub const fn suspended(self) -> CountrySet {
        match self {
            TreatyStatus::InForce { suspended, .. }
            | TreatyStatus::InForcePresumed { suspended, .. }
            | TreatyStatus::Operative { suspended, .. } => suspended,
            _ => CountrySet::EMPTY,
        }
    }

    /// The same status with only the suspensions of `parties` kept: what
    /// binds those parties among themselves ([`Treaty::status_for`]).
    #[must_use]
    pub const fn restricted_to(self, parties: CountrySet) -> TreatyStatus {
        match self {
            TreatyStatus::InForce { until, end_disputed, suspended } => {
                TreatyStatus::InForce { until, end_disputed, suspended: suspended.intersection(parties) }
            }
            TreatyStatus::InForcePresumed { until, suspended } => {
                TreatyStatus::InForcePresumed { until, suspended: suspended.intersection(parties) }
            }
            TreatyStatus::Operative { since, suspended } => {
                TreatyStatus::Operative { since, suspended: suspended.intersection(parties) }
            }
            other => other,
        }
    }

    /// The same status with `party` among the suspended (a suspension
    /// towards one party, [`TreatyEvent::towards`], in the pair it
    /// concerns); unchanged unless in force.
    #[must_use]
    pub(crate) fn with_suspended(self, party: Country) -> TreatyStatus {
        match self {
            TreatyStatus::InForce { until, end_disputed, mut suspended } => {
                suspended.insert(party);
                TreatyStatus::InForce { until, end_disputed, suspended }
            }
            TreatyStatus::InForcePresumed { until, mut suspended } => {
                suspended.insert(party);
                TreatyStatus::InForcePresumed { until, suspended }
            }
            TreatyStatus::Operative { since, mut suspended } => {
                suspended.insert(party);
                TreatyStatus::Operative { since, suspended }
            }
            other => other,
        }
    }
}

/// `"Armenia"`, `"Armenia and Kazakhstan"`, `"Armenia, Belarus and Kazakhstan"`.
fn write_names(f: &mut fmt::Formatter<'_>, set: CountrySet) -> fmt::Result {
    let n = set.len();
    for (k, c) in set.iter().enumerate() {
        let sep = match k {
            0 => "",
            _ if k + 1 == n => " and ",
            _ => ", ",
        };
        write!(f, "{sep}{}", c.name())?;
    }
    Ok(())
}

impl fmt::Display for TreatyStatus {
    /// `"in force until 28 Feb 2027 (end disputed)"`, `"in force by
    /// presumed automatic extension until 28 Feb 2032, participation
    /// suspended by Armenia"`, `"abandoned on 14 Jun 2002, before entry
    /// into force"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TreatyStatus::NotYetSigned => f.write_str("not yet signed")?,
            TreatyStatus::SignedNotInForce => f.write_str("signed, not in force")?,
            TreatyStatus::SignedEntryNotFound => f.write_str("signed, entry into force not found")?,
            TreatyStatus::Operative { since, .. } => {
                write!(f, "in operation by {since} (entry into force not found)")?;
            }
            TreatyStatus::InForce { until: Some(u), end_disputed: true, .. } => {
                write!(f, "in force until {u} (end disputed)")?;
            }
            TreatyStatus::InForce { until: Some(u), end_disputed: false, .. } => {
                write!(f, "in force until {u}")?;
            }
            TreatyStatus::InForce { until: None, .. } => f.write_str("in force")?,
            TreatyStatus::InForcePresumed { until: Some(u), .. } => {
                write!(f, "in force by presumed automatic extension until {u}")?;
            }
            TreatyStatus::InForcePresumed { until: None, .. } => {
                f.write_str("in force by presumed extension")?
            }
            TreatyStatus::Expired { on } => write!(f, "expired on {on}")?,
            TreatyStatus::Terminated { on } => write!(f, "terminated on {on}")?,
            TreatyStatus::Abandoned { on } => write!(f, "abandoned on {on}, before entry into force")?,
        }
        let suspended = self.suspended();
        if !suspended.is_empty() {
            f.write_str(", participation suspended by ")?;
            write_names(f, suspended)?;
        }
        Ok(())
    }
}

/// One party's standing in a treaty on a day: [`Treaty::party_status`].
///
/// Read from the party's periods in [`Treaty::parties`] and the
/// party-specific events (suspended, resumed, joined, withdrew) dated
/// within its current period: the latest such event on or before the day
/// decides (a suspension, a notice of withdrawal, or a resumption or
/// accession, which make it a member again).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartyStatus {
    /// Not yet a party: its first period starts later.
    NotYet {
        /// When it becomes a party.
        from: PartialDate,
    },
    /// A party taking part.
    Member {
        /// The start of its current period.
        since: PartialDate,
        /// Whether it joined after signature (an accession).
        late: bool,
    },
    /// A party whose participation is suspended; the treaty still binds
    /// the other parties.
    Suspended {
        /// The date of the suspension.
        since: PartialDate,
    },
    /// A party that has given notice of withdrawal, still a party until
    /// the withdrawal takes effect.
    NoticeGiven {
        /// The date of the notice.
        on: PartialDate,
        /// When the withdrawal takes effect (the end of its period), if known.
        effective: Option<PartialDate>,
    },
    /// No longer a party.
    Withdrawn {
        /// The day it stopped being one.
        on: PartialDate,
    },
}

impl PartyStatus {
    /// Whether it is a party on the day (taking part, suspended, or under
    /// notice of withdrawal).
    #[must_use]
    pub const fn is_party(self) -> bool {
        matches!(
            self,
            PartyStatus::Member { .. } | PartyStatus::Suspended { .. } | PartyStatus::NoticeGiven { .. }
        )
    }
}

impl fmt::Display for PartyStatus {
    /// `"party since 2 Jan 2015 (joined late)"`, `"suspended since 22 Feb 2024"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PartyStatus::NotYet { from } => write!(f, "not yet a party (from {from})"),
            PartyStatus::Member { since, late: true } => write!(f, "party since {since} (joined late)"),
            PartyStatus::Member { since, late: false } => write!(f, "party since {since}"),
            PartyStatus::Suspended { since } => write!(f, "participation suspended since {since}"),
            PartyStatus::NoticeGiven { on, effective: Some(e) } => {
                write!(f, "notice of withdrawal given on {on}, effective {e}")
            }
            PartyStatus::NoticeGiven { on, effective: None } => {
                write!(f, "notice of withdrawal given on {on}")
            }
            PartyStatus::Withdrawn { on } => write!(f, "withdrew on {on}"),
        }
    }
}

/// The periods a treaty is in force, in order: [`Treaty::validities`].
#[derive(Clone, Debug)]
pub struct Validities<'t> {
    events: &'t [TreatyEvent],
    /// The day an end event stops it, if any.
    end: Option<PartialDate>,
    /// The first period, before clipping at `end`, until it is yielded.
    first: Option<Validity>,
    /// The end of the last period yielded, from which the following one is
    /// computed when asked for (`None` once there is no following one).
    after: Option<PartialDate>,
    /// Where to look for the next confirmed extension in `events`.
    ext_pos: usize,
    presumed: usize,
    years: u8,
    auto: bool,
    /// The first notice of withdrawal of a two-party auto-extending treaty
    /// with a known notice period, and that period in months.
    notice: Option<(Date, u8)>,
}

impl Validities<'_> {
    /// Whether the next period is a confirmed one (an extension a source
    /// confirms), without computing it. Presumed periods only follow the
    /// last confirmed one.
    fn confirmed_next(&self) -> bool {
        self.first.is_some_and(|v| v.basis != Basis::PresumedExtension)
            || (self.after.is_some()
                && self.events[self.ext_pos..].iter().any(|e| matches!(e.kind, EventKind::Extended { .. })))
    }

    /// The period following the one that ended on `to`, if any.
    fn following(&mut self, to: PartialDate) -> Option<Validity> {
        let found =
            self.events[self.ext_pos..].iter().position(|e| matches!(e.kind, EventKind::Extended { .. }));
        if let Some(k) = found {
            let i = self.ext_pos + k;
            self.ext_pos = i + 1;
            let until = match self.events[i].kind {
                EventKind::Extended { until } => until,
                _ => None,
            };
            // An `until` on or before the end it extends would run the
            // period backwards (the validator reports it): the term rule's
            // length applies instead.
            let until =
                until.filter(|u| u.first_day() > to.first_day()).or_else(|| add_years(to, self.years));
            Some(Validity { period: Period::new(to, until), basis: Basis::ConfirmedExtension(i) })
        } else if self.auto
            && (self.presumed < PRESUMED_PERIODS || self.notice.is_some())
            && !self.notice.is_some_and(|(on, months)| {
                // Notice by the deadline of the term ending `to` stops the
                // extension after it.
                months_before(to, months).is_none_or(|by| on <= by.first_day())
            })
        {
            // One presumed term, then a presumed extension with no end: an
            // automatic extension goes on until a party gives notice.
            self.presumed += 1;
            // With a notice given, every term ends (the notice stops one).
            let until = if self.presumed < PRESUMED_PERIODS || self.notice.is_some() {
                add_years(to, self.years)
            } else {
                None
            };
            Some(Validity { period: Period::new(to, until), basis: Basis::PresumedExtension })
        } else {
            None
        }
    }
}

impl Iterator for Validities<'_> {
    type Item = Validity;

    fn next(&mut self) -> Option<Validity> {
        let v = match self.first.take() {
            Some(v) => v,
            None => {
                let to = self.after.take()?;
                self.following(to)?
            }
        };
        let end = self.end.map(PartialDate::first_day);
        let start = v.period.start.first_day();
        if end.is_some_and(|e| start >= e) {
            return None;
        }
        let clipped = match (end, v.period.end) {
            (Some(e), Some(to)) if to.first_day() <= e => v.period,
            (Some(_), _) => Period::new(v.period.start, self.end),
            (None, _) => v.period,
        };
        // A following period exists unless this one is open or the end
        // event falls within it; it is computed when asked for.
        self.after = v.period.end.filter(|to| end.is_none_or(|e| e > to.first_day()));
        Some(Validity { period: clipped, basis: v.basis })
    }
}

/// Whether event kind `k` changes one party's standing (and needs one).
pub(crate) const fn is_party_event(k: EventKind) -> bool {
    matches!(k, EventKind::Suspended | EventKind::Resumed | EventKind::Joined | EventKind::Withdrew)
}

/// Whether event kind `k` must name a party of the treaty: the events of
/// [`is_party_event`] and ratification steps.
pub(crate) const fn needs_party(k: EventKind) -> bool {
    is_party_event(k) || matches!(k, EventKind::Ratified)
}

/// `d` moved back by `months`, at `d`'s precision (a day past the month's
/// end falls back to its last day).
fn months_before(d: PartialDate, months: u8) -> Option<PartialDate> {
    let date = d.first_day();
    let total = date.year() * 12 + i32::from(u8::from(date.month())) - 1 - i32::from(months);
    let (y, m) = (total.div_euclid(12), u8::try_from(total.rem_euclid(12) + 1).ok()?);
    let month = time::Month::try_from(m).ok()?;
    let day = date.day().min(month.length(y));
    let moved = Date::from_calendar_date(y, month, day).ok()?;
    PartialDate::at_precision(moved, d.precision())
}

/// When notice stops an automatic extension: [`Treaty::notice_deadline`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NoticeDeadline {
    /// The last day on which a party's written notice is in time: the end
    /// of the term less the treaty's notice period.
    pub by: PartialDate,
    /// The end of the term that notice would make the last.
    pub term_ends: PartialDate,
    /// The notice period in months, from the term rule.
    pub notice_months: u8,
}

impl fmt::Display for NoticeDeadline {
    /// `"notice by 28 Feb 2031 ends it on 28 Feb 2032"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "notice by {} ends it on {}", self.by, self.term_ends)
    }
}

/// How many presumed periods [`Treaty::validity`] lists past the last
/// confirmed term: one term, then one with no end.
const PRESUMED_PERIODS: usize = 2;

/// `d` plus `years`, at `d`'s precision (29 February falls back to the
/// 28th); `None` past the last representable year, which callers read as
/// "no end".
fn add_years(d: PartialDate, years: u8) -> Option<PartialDate> {
    let date = d.first_day();
    let y = date.year().checked_add(i32::from(years))?;
    let moved = date.replace_year(y).or_else(|_| Date::from_calendar_date(y, date.month(), 28)).ok()?;
    PartialDate::at_precision(moved, d.precision())
}

impl Treaty {
    /// The day it stopped being in force, by expiry or termination, if it did.
    /// The first [`EventKind::Operative`] event, with its index, of a
    /// treaty whose entry into force is not recorded.
    fn operative_event(&self) -> Option<(usize, PartialDate)> {
        if self.in_force.is_some() {
            return None;
        }
        self.events.iter().position(|e| e.kind == EventKind::Operative).map(|i| (i, self.events[i].date))
    }

    /// The date it took effect as far as the record shows: entry into
    /// force, else the first evidence of operation
    /// ([`EventKind::Operative`]), else `None`.
    #[must_use]
    pub fn takes_effect(&self) -> Option<PartialDate> {
        self.in_force.or_else(|| self.operative_event().map(|(_, d)| d))
    }

    fn end_event(&self) -> Option<(PartialDate, EventKind)> {
        self.events
            .iter()
            .find(|e| matches!(e.kind, EventKind::Expired | EventKind::Terminated | EventKind::Superseded))
            .map(|e| (e.date, e.kind))
    }

    /// The periods in force, in order, each with its [`Basis`]. An
    /// auto-extending treaty lists its confirmed terms, then one presumed
    /// extension of one term and a presumed extension with no end (it goes
    /// on until a party gives notice, which would be an event); a treaty
    /// with an end event stops there. A term whose end would fall past
    /// year 9999 has no end.
    ///
    /// ```
    /// use allegiance::{Basis, Dataset};
    ///
    /// let pact = Dataset::embedded().treaty("cn-ru-2001").unwrap();
    /// let v = pact.validity();
    /// assert_eq!(v[0].period.to_string(), "28 Feb 2002 – 28 Feb 2022");
    /// assert!(matches!(v[1].basis, Basis::ConfirmedExtension(_)));
    /// assert_eq!(v[2].period.to_string(), "28 Feb 2027 – 28 Feb 2032");
    /// assert_eq!(v[3].basis, Basis::PresumedExtension);
    /// ```
    #[must_use]
    pub fn validity(&self) -> Vec<Validity> {
        self.validities().collect()
    }

    /// The periods in force, as [`Treaty::validity`] lists them, without
    /// allocating.
    pub fn validities(&self) -> Validities<'_> {
        let end = self.end_event().map(|(d, _)| d);
        let (next, years, auto) = match (self.in_force, self.term) {
            (None, _) => match self.operative_event() {
                Some((i, since)) => {
                    (Some(Validity { period: Period::new(since, end), basis: Basis::Operative(i) }), 0, false)
                }
                None => (None, 0, false),
            },
            (Some(start), Term::Unlimited | Term::NotApplicable | Term::Unknown) => {
                (Some(Validity { period: Period::new(start, end), basis: Basis::Initial }), 0, false)
            }
            (Some(start), Term::Fixed { years }) => (
                Some(Validity { period: Period::new(start, add_years(start, years)), basis: Basis::Initial }),
                years,
                false,
            ),
            (Some(start), Term::AutoExtending { initial_years, extension_years, notice_months: _ }) => (
                Some(Validity {
                    period: Period::new(start, add_years(start, initial_years)),
                    basis: Basis::Initial,
                }),
                extension_years,
                true,
            ),
        };
        Validities {
            events: &self.events,
            end,
            first: next,
            after: None,
            ext_pos: 0,
            presumed: 0,
            years,
            auto,
            notice: self.bilateral_notice(),
        }
    }

    /// The first notice of withdrawal (a [`EventKind::Withdrew`] event) of
    /// a two-party treaty whose rule is [`Term::AutoExtending`] with a
    /// known notice period, with that period: what stops its automatic
    /// extension.
    fn bilateral_notice(&self) -> Option<(Date, u8)> {
        let Term::AutoExtending { notice_months, .. } = self.term else { return None };
        if notice_months == 0 || self.all_parties().len() + self.entity_parties.len() != 2 {
            return None;
        }
        let e = self.events.iter().find(|e| e.kind == EventKind::Withdrew && e.party.is_some())?;
        Some((e.date.first_day(), notice_months))
    }

    /// The next deadline, on or after `day`, for the notice that stops
    /// the treaty's automatic extension: the last day a party's notice is
    /// in time, and the end of the term it would make the last. `None`
    /// unless the rule is [`Term::AutoExtending`] with a known notice
    /// period, or once the treaty has ended or a notice has been given.
    ///
    /// The China–Russia treaty's Article 25: after 20 years, five-year
    /// extensions unless a party gives written notice one year before the
    /// term ends. The deadline for the term ending on 28 Feb 2027 was 28
    /// Feb 2026; no notice was reported and Ushakov said on 4 Feb 2026
    /// that the treaty "has been automatically extended for another five
    /// years", so on 28 Nov 2026 the next deadline is the one for the term
    /// ending in 2032:
    ///
    /// ```
    /// use allegiance::Dataset;
    /// use time::macros::date;
    ///
    /// let pact = Dataset::embedded().treaty("cn-ru-2001").unwrap();
    /// let next = pact.notice_deadline(date!(2026-11-28)).unwrap();
    /// assert_eq!(next.to_string(), "notice by 28 Feb 2031 ends it on 28 Feb 2032");
    /// let earlier = pact.notice_deadline(date!(2025-06-01)).unwrap();
    /// assert_eq!(earlier.to_string(), "notice by 28 Feb 2026 ends it on 28 Feb 2027");
    /// ```
    #[must_use]
    pub fn notice_deadline(&self, day: Date) -> Option<NoticeDeadline> {
        let Term::AutoExtending { notice_months, .. } = self.term else { return None };
        if notice_months == 0 || self.bilateral_notice().is_some() || self.in_force.is_none() {
            return None;
        }
        if self.end_event().is_some_and(|(on, _)| on.first_day() <= day) {
            return None;
        }
        let Term::AutoExtending { extension_years, .. } = self.term else { return None };
        let found = |term_ends: PartialDate| {
            let by = months_before(term_ends, notice_months)?;
            (by.first_day() >= day).then_some(NoticeDeadline { by, term_ends, notice_months })
        };
        let mut open_from = None;
        for v in self.validities() {
            match v.period.end {
                Some(end) => {
                    if let Some(n) = found(end) {
                        return Some(n);
                    }
                }
                None => open_from = Some(v.period.start),
            }
        }
        // The last presumed period has no end: its terms follow each other
        // by the rule, for as long as the calendar goes.
        let mut end = open_from?;
        loop {
            end = add_years(end, extension_years.max(1))?;
            if let Some(n) = found(end) {
                return Some(n);
            }
        }
    }

    /// The treaty's status on `day`, computed from the record (no dataset
    /// needed, no allocation). Over a dataset, [`crate::Dataset::treaty_status`]
    /// gives the same answer by id from its index, several times faster.
    ///
    /// An end event (expiry, termination, supersession) counts from its
    /// date only; one dated on or before entry into force (or on a treaty
    /// that never entered into force) makes it [`TreatyStatus::Abandoned`].
    /// In force, `suspended` holds every party whose
    /// [`Treaty::party_status`] is suspended on the day.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, TreatyStatus};
    /// use time::macros::date;
    ///
    /// let start = Dataset::embedded().treaty("new-start").unwrap();
    /// let s = start.status_at(date!(2023-03-01));
    /// assert!(matches!(s, TreatyStatus::InForce { suspended, .. } if suspended == Country::RU.into()));
    /// assert_eq!(s.to_string(), "in force until 5 Feb 2026, participation suspended by Russia");
    /// assert!(matches!(start.status_at(date!(2026-02-05)), TreatyStatus::Expired { .. }));
    /// ```
    #[must_use]
    pub fn status_at(&self, day: Date) -> TreatyStatus {
        let mut found = None;
        let mut last_end = None;
        if self.takes_effect().is_some_and(|s| day >= s.first_day()) {
            let mut periods = self.validities();
            while let Some(v) = periods.next() {
                last_end = v.period.end;
                if v.period.contains(day) {
                    found = Some((v, periods.confirmed_next()));
                    break;
                }
            }
        }
        self.classify(day, found, last_end, || self.suspended_at(day))
    }

    /// The status on `day` given the first period in force that contains
    /// it, if any (with whether a confirmed period follows it), the end of
    /// the last period (when none contains it) and who is suspended.
    fn classify(
        &self,
        day: Date,
        found: Option<(Validity, bool)>,
        last_end: Option<PartialDate>,
        suspended: impl FnOnce() -> CountrySet,
    ) -> TreatyStatus {
        if day < self.signed.first_day() {
            return TreatyStatus::NotYetSigned;
        }
        let end = self.end_event().filter(|(on, _)| on.first_day() <= day);
        let not_yet = match self.operative_event() {
            Some(_) => TreatyStatus::SignedEntryNotFound,
            None => TreatyStatus::SignedNotInForce,
        };
        let in_force =
            self.takes_effect().filter(|s| end.is_none_or(|(on, _)| on.first_day() > s.first_day()));
        let Some(start) = in_force else {
            return match end {
                Some((on, _)) => TreatyStatus::Abandoned { on },
                None => not_yet,
            };
        };
        if day < start.first_day() {
            return not_yet;
        }
        if let Some((v, confirmed_next)) = found {
            let suspended = suspended();
            return match v.basis {
                Basis::PresumedExtension => TreatyStatus::InForcePresumed { until: v.period.end, suspended },
                Basis::Operative(_) => TreatyStatus::Operative { since: v.period.start, suspended },
                _ => TreatyStatus::InForce {
                    until: v.period.end,
                    end_disputed: self.end_alternatives.iter().any(|r| match r.date {
                        // A reading that ends this term on another day.
                        Some(d) => {
                            d.first_day() > v.period.start.first_day()
                                && v.period.end.is_none_or(|e| d.first_day() <= e.first_day())
                        }
                        // An undated one disputes the last confirmed term.
                        None => !confirmed_next,
                    }),
                    suspended,
                },
            };
        }
        // Out of force: by the end event if it is what ended the last
        // period, else by the term running out.
        match end {
            Some((on, kind)) if last_end.is_none_or(|e| on.first_day() <= e.first_day()) => match kind {
                EventKind::Expired => TreatyStatus::Expired { on },
                _ => TreatyStatus::Terminated { on },
            },
            _ => TreatyStatus::Expired { on: last_end.unwrap_or(start) },
        }
    }

    /// The status at every day where it can change (signature, entry into
    /// force, the ends of each period in force, each event, each party's
    /// periods), in day order: [`Treaty::status_at`] on each of those days,
    /// computed in one sweep. Calling `status_at` per day costs O(events)
    /// each, so O(events²) in all; the sweep is O(n log n) in the events
    /// and periods (times the parties, for who is suspended).
    pub(crate) fn status_changes(&self) -> Vec<(Date, TreatyStatus)> {
        // The periods in force in the order `status_at` tries them, each
        // with whether a confirmed one follows it.
        let mut periods: Vec<(Validity, bool)> = Vec::new();
        let mut it = self.validities();
        while let Some(v) = it.next() {
            periods.push((v, it.confirmed_next()));
        }
        let mut days: Vec<Date> = vec![self.signed.first_day()];
        days.extend(self.takes_effect().map(PartialDate::first_day));
        for (v, _) in &periods {
            days.push(v.period.start.first_day());
            days.extend(v.period.end.map(PartialDate::first_day));
        }
        days.extend(self.events.iter().map(|e| e.date.first_day()));
        for p in self.parties.iter() {
            days.push(p.period.start.first_day());
            days.extend(p.period.end.map(PartialDate::first_day));
        }
        days.sort_unstable();
        days.dedup();

        let last_end = periods.last().and_then(|(v, _)| v.period.end);
        // Periods by first day; the ones begun by the current day wait in
        // a heap by position, so its top is the first that contains the
        // day once those that have ended are dropped (a period that has
        // ended by one day has ended by every later one).
        let mut by_start: Vec<usize> = (0..periods.len()).collect();
        by_start.sort_by_key(|&k| periods[k].0.period.start.first_day());
        let mut begun = by_start.into_iter().peekable();
        let mut active = std::collections::BinaryHeap::new();
        let mut events = self.events.iter().peekable();
        // Who has suspended by the latest party event of its current
        // period (reset when a period of the party starts).
        let mut suspended = CountrySet::EMPTY;
        let effect = self.takes_effect();
        let mut out = Vec::with_capacity(days.len());
        for day in days {
            for p in self.parties.iter().filter(|p| p.period.start.first_day() == day) {
                suspended.remove(p.country);
            }
            while let Some(e) = events.next_if(|e| e.date.first_day() <= day) {
                if let Some(c) = e.party.filter(|_| is_party_event(e.kind) && e.towards.is_none()) {
                    if e.kind == EventKind::Suspended {
                        suspended.insert(c);
                    } else {
                        suspended.remove(c);
                    }
                }
            }
            while let Some(k) = begun.next_if(|&k| periods[k].0.period.start.first_day() <= day) {
                active.push(core::cmp::Reverse(k));
            }
            while active.peek().is_some_and(|&core::cmp::Reverse(k)| !periods[k].0.period.contains(day)) {
                active.pop();
            }
            let found = match active.peek() {
                Some(&core::cmp::Reverse(k)) if effect.is_some_and(|s| day >= s.first_day()) => {
                    Some(periods[k])
                }
                _ => None,
            };
            let status = self.classify(day, found, last_end, || suspended.intersection(self.parties_at(day)));
            out.push((day, status));
        }
        out
    }

    /// Whether the treaty is in force on `day` (including presumed
    /// extensions and suspended participation).
    #[must_use]
    pub fn is_in_force(&self, day: Date) -> bool {
        self.status_at(day).is_in_force()
    }

    /// The parties whose participation is suspended on `day`: those whose
    /// latest party event within their current period, on or before the
    /// day, is a suspension (what [`Treaty::party_status`] reads, for every
    /// party in one pass over the events).
    fn suspended_at(&self, day: Date) -> CountrySet {
        let mut suspended = CountrySet::EMPTY;
        for e in self.events.iter().filter(|e| e.date.first_day() <= day) {
            let Some(c) = e.party.filter(|_| is_party_event(e.kind) && e.towards.is_none()) else { continue };
            let Some(current) = self.parties.iter().find(|p| p.country == c && p.period.contains(day)) else {
                continue;
            };
            if e.date.first_day() >= current.period.start.first_day() {
                if e.kind == EventKind::Suspended {
                    suspended.insert(c);
                } else {
                    suspended.remove(c);
                }
            }
        }
        suspended
    }

    /// The status between parties `a` and `b` on `day`: the treaty's
    /// status with only their own suspensions (a third party's suspension
    /// does not change what binds these two). Whether each is a party on
    /// the day is [`Treaty::party_status`].
    ///
    /// ```
    /// use allegiance::{Country, Dataset, TreatyStatus};
    /// use time::macros::date;
    ///
    /// let cst = Dataset::embedded().treaty("cst-1992").unwrap();
    /// let day = date!(2024-03-01);
    /// assert_eq!(cst.status_for(Country::RU, Country::KZ, day).to_string(), "in force");
    /// assert_eq!(
    ///     cst.status_for(Country::RU, Country::AM, day).to_string(),
    ///     "in force, participation suspended by Armenia"
    /// );
    /// ```
    #[must_use]
    pub fn status_for(&self, a: Country, b: Country, day: Date) -> TreatyStatus {
        self.pair_status(self.status_at(day), a, b, day)
    }

    /// What binds `a` and `b` on `day`, from the treaty-wide `status` of
    /// that day: only their own suspensions, and the suspensions towards
    /// one party ([`Treaty::suspended_towards`]) between the two. The one
    /// step from a treaty's status to a pair's, which
    /// [`Treaty::status_for`], `relation`, `allies` and
    /// `treaty_status_for` share.
    pub(crate) fn pair_status(
        &self,
        status: TreatyStatus,
        a: Country,
        b: Country,
        day: Date,
    ) -> TreatyStatus {
        let status = status.restricted_to(CountrySet::from([a, b]));
        if !self.events.iter().any(|e| e.towards.is_some()) {
            return status;
        }
        self.suspended_towards(day)
            .filter(|&(by, to)| (by, to) == (a, b) || (by, to) == (b, a))
            .fold(status, |s, (by, _)| s.with_suspended(by))
    }

    /// The suspensions towards one party in effect on `day`
    /// ([`TreatyEvent::towards`]), as (the party suspending, the party it
    /// suspends towards): for each such pair, the latest of its suspensions
    /// and resumptions on or before the day, within both parties' current
    /// periods, is a suspension, and no resumption, accession or withdrawal
    /// of the suspending party as a whole has come after it. (A suspension
    /// of the party as a whole, [`Treaty::party_status`], covers every pair
    /// it is in while it lasts; a resumption towards one party cannot lift
    /// it, and the validator reports one that follows no suspension towards
    /// that party.)
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let anzus = Dataset::embedded().treaty("anzus-1951").unwrap();
    /// let legs: Vec<_> = anzus.suspended_towards(date!(2000-01-01)).collect();
    /// assert_eq!(legs, [(Country::US, Country::NZ)]);
    /// assert_eq!(
    ///     anzus.status_for(Country::US, Country::NZ, date!(2000-01-01)).to_string(),
    ///     "in force, participation suspended by United States"
    /// );
    /// assert_eq!(anzus.status_for(Country::AU, Country::NZ, date!(2000-01-01)).to_string(), "in force");
    /// ```
    pub fn suspended_towards(&self, day: Date) -> impl Iterator<Item = (Country, Country)> + '_ {
        let current =
            move |c: Country| self.parties.iter().find(|p| p.country == c && p.period.contains(day));
        self.events.iter().enumerate().filter_map(move |(k, e)| {
            let (by, to) = (e.party?, e.towards?);
            if e.kind != EventKind::Suspended || e.date.first_day() > day {
                return None;
            }
            let since = current(by)?.period.start.first_day().max(current(to)?.period.start.first_day());
            // The latest event of this leg on or before the day decides; a
            // later resumption, accession or withdrawal of the party as a
            // whole ends it too.
            let later = self.events[k + 1..].iter().any(|l| {
                l.party == Some(by)
                    && l.date.first_day() <= day
                    && is_party_event(l.kind)
                    && (l.towards == Some(to) || (l.towards.is_none() && l.kind != EventKind::Suspended))
            });
            (e.date.first_day() >= since && !later).then_some((by, to))
        })
    }

    /// The standing of `country` in the treaty on `day`; `None` if it was
    /// never a party. See [`PartyStatus`] for the rule.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, PartyStatus};
    /// use time::macros::date;
    ///
    /// let cst = Dataset::embedded().treaty("cst-1992").unwrap();
    /// let day = date!(2024-03-01);
    /// assert!(matches!(cst.party_status(Country::AM, day), Some(PartyStatus::Suspended { .. })));
    /// assert!(matches!(cst.party_status(Country::KZ, day), Some(PartyStatus::Member { .. })));
    /// assert!(matches!(cst.party_status(Country::UZ, day), Some(PartyStatus::Withdrawn { .. })));
    /// assert_eq!(cst.party_status(Country::CN, day), None);
    /// ```
    #[must_use]
    pub fn party_status(&self, country: Country, day: Date) -> Option<PartyStatus> {
        let mine = || self.parties.iter().filter(move |p| p.country == country);
        let first = mine().map(|p| p.period.start).min_by_key(|d| d.first_day())?;
        let Some(current) = mine().find(|p| p.period.contains(day)) else {
            if day < first.first_day() {
                return Some(PartyStatus::NotYet { from: first });
            }
            let on = mine()
                .filter_map(|p| p.period.end)
                .filter(|e| e.first_day() <= day)
                .max_by_key(|e| e.first_day())
                .unwrap_or(first);
            return Some(PartyStatus::Withdrawn { on });
        };
        let from = current.period.start.first_day();
        let last = self
            .events
            .iter()
            .rev()
            .filter(|e| e.party == Some(country) && is_party_event(e.kind) && e.towards.is_none())
            .find(|e| e.date.first_day() >= from && e.date.first_day() <= day);
        Some(match last.map(|e| (e.kind, e.date)) {
            Some((EventKind::Suspended, since)) => PartyStatus::Suspended { since },
            Some((EventKind::Withdrew, on)) => PartyStatus::NoticeGiven {
                on,
                // The party's own end, or else, for the notice that stops a
                // two-party treaty's automatic extension, the treaty's.
                effective: current.period.end.or_else(|| {
                    self.bilateral_notice()
                        .filter(|&(d, _)| d == on.first_day())
                        .and_then(|_| self.validities().last()?.period.end)
                }),
            },
            _ => PartyStatus::Member { since: current.period.start, late: from > self.signed.first_day() },
        })
    }

    /// The parties on `day`.
    #[must_use]
    pub fn parties_at(&self, day: Date) -> CountrySet {
        self.parties.iter().filter(|p| p.period.contains(day)).map(|p| p.country).collect()
    }

    /// The entities that are parties on `day`.
    pub fn entities_at(&self, day: Date) -> impl Iterator<Item = Entity> + '_ {
        self.entity_parties.iter().filter(move |p| p.period.contains(day)).map(|p| p.entity)
    }

    /// Every country that was ever a party.
    #[must_use]
    pub fn all_parties(&self) -> CountrySet {
        self.parties.iter().map(|p| p.country).collect()
    }

    /// Whether any provision binds the parties to defend each other.
    #[must_use]
    pub fn has_mutual_defence(&self) -> bool {
        self.provisions.iter().any(|p| p.obligation == Obligation::MutualDefence)
    }
}
