//! [`Union`]s and blocs, the [`Role`] a country holds in one, and dated
//! [`Membership`] records.
//!
//! A membership is a fact with a half-open [`Period`]: member on the
//! accession day, no longer a member on the exit day (see [`crate::date`]).
//! A country may hold several periods in one union (observer, then member;
//! left, then rejoined) but never two overlapping ones;
//! [`crate::Dataset::validate`] checks this.
//!
//! # Which day a period starts and ends
//!
//! A period starts on the day the role takes effect as its sources give it:
//! the deposit of an instrument of accession or entry into force for later
//! members of NATO, the EU, the EAEU and the Union State; the summit or
//! council decision for observers, partners and candidates. Two groups of
//! founders start at signature, as their sources date them: NATO's (4 April
//! 1949; the treaty entered into force on 24 August 1949) and the signatories
//! of the Collective Security Treaty (15 May 1992; in force 20 April 1994).
//! A period ends on the first day the role no longer holds: the United
//! Kingdom left the EU at midnight Brussels time on 31 January 2020, so its
//! period ends on 1 February 2020, and the G7's Hague Declaration suspending
//! Russia from the G8 was issued on the night of 24 March 2014, so Russia's
//! period ends on 25 March 2014. Each record's note says which event it
//! uses, and other readings of its days are kept as [`Reading`]s. When a
//! source gives only a month or a year, the period starts on its first day
//! (Georgia, whose CIS membership the sources date to December 1993, is a
//! member from 1 December 1993).
//!
//! # Organisations that are not alliances
//!
//! The Council of Europe, the OSCE, the OAS, the Arab League, ASEAN, the
//! GCC, the African Union, ECOWAS, SADC, the EAC, the OIC, UNASUR and ALBA
//! are [`UnionKind::RegionalOrganisation`]s, CELAC, the G20, the
//! Commonwealth, the Quad and AUKUS [`UnionKind::Forum`]s: co-membership is a tie
//! ([`crate::TieKind::RegionalOrganisation`], [`crate::TieKind::Forum`])
//! that makes no ally. Their defence instruments are treaties of their own
//! (the Arab League's Joint Defence Treaty of 1950, the GCC's Joint Defence
//! Agreement of 2000, the AU's Non-Aggression and Common Defence Pact). A
//! suspension by the organisation itself is [`Role::Suspended`] (Russia in
//! the Council of Europe from 25 February 2022, the African Union's
//! suspensions after coups), a member's own refusal to take part
//! [`Role::Frozen`] (Cuba in the OAS since 2009). Founders start as their
//! organisations date them: the Council of Europe's at the Statute's
//! signature (5 May 1949), the OAS's at the Charter's (30 April 1948), the
//! Arab League's at the Pact's (22 March 1945), the OSCE's at the
//! Conference's opening (3 July 1973), the African Union's at the
//! Constitutive Act's entry into force (26 May 2001). Where a union records
//! only some members, [`crate::Dataset::covers_union`] says so:
//!
//! ```
//! use allegiance::{Country, Covered, Dataset, Role, Union};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! assert_eq!(kb.role(Country::RU, Union::Coe, date!(2022-03-01)), Some(Role::Suspended));
//! assert_eq!(kb.role(Country::RU, Union::Coe, date!(2022-03-16)), None);
//! assert_eq!(kb.role(Country::SY, Union::ArabLeague, date!(2015-01-01)), Some(Role::Suspended));
//! assert!(matches!(kb.covers_union(Union::Au, Country::ZA, date!(2026-12-01)), Covered::No { .. }));
//! ```
//!
//! # The United Nations
//!
//! [`Union::Un`] holds every Member State of today from the day the UN's
//! rosters give for its admission (for most original members the day their
//! ratification of the Charter took effect: Australia on 1 November 1945,
//! not 24 October), and the two non-member observer States as
//! [`Role::Observer`]. It is a [`UnionKind::Universal`] organisation:
//! membership makes no tie between two members. Seats that changed hands
//! are recorded as they did: China's seat is the Republic of China's
//! (`TW`) until 25 October 1971 and the People's Republic's (`CN`) from
//! that day (GA res. 2758 (XXVI)); Indonesia is not a member from 20
//! January 1965 to 28 September 1966; Syria not from 21 February 1958 to 13
//! October 1961, when the United Arab Republic's seat is filed under Egypt.
//! The USSR's seat is filed under Russia, its continuator. The former
//! states that were members in their own right (the SFRY, Czechoslovakia,
//! the GDR, Democratic Yemen, Zanzibar) are not yet values
//! of [`Country`], so the record is not complete before their ends, and
//! [`crate::Dataset::coverage`] says so:
//!
//! ```
//! use allegiance::{Country, Dataset, Union};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! assert_eq!(kb.members(Union::Un, date!(2026-11-28)).len(), 193);
//! assert!(kb.members(Union::Un, date!(1960-01-01)).contains(Country::TW));
//! assert!(!kb.members(Union::Un, date!(1960-01-01)).contains(Country::CN));
//! let scope = kb.coverage().iter().find(|s| s.union == Some(Union::Un)).unwrap();
//! assert!(scope.countries.is_some_and(|c| !c.contains(Country::YD)));
//! ```

use core::fmt;
use core::str::FromStr;
use std::borrow::Cow;

use crate::{Country, Period, Reading, SourceId};

/// What sort of body a [`Union`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum UnionKind {
    /// Two states bound by a treaty into a common polity with supranational
    /// organs, short of a federation: the Union State of Russia and Belarus.
    StateUnion,
    /// A military alliance whose members undertake to defend each other
    /// (NATO, the CSTO).
    MilitaryAlliance,
    /// An economic union with a customs union and common market under a
    /// treaty (the EAEU).
    EconomicUnion,
    /// A supranational union with its own law and institutions (the EU).
    SupranationalUnion,
    /// A regional organisation for cooperation without binding integration
    /// or defence obligations (the CIS, the SCO).
    RegionalOrganisation,
    /// An informal forum of governments with no founding treaty (BRICS, the G7).
    Forum,
    /// A universal organisation open to every state (the United Nations):
    /// membership is a fact about a state, not a bond between two, so it
    /// makes no [`crate::TieKind`] between members.
    Universal,
}

macro_rules! unions {
    ($($v:ident $acr:literal $name:literal $kind:ident $founding:expr, $doc:literal;)*) => {
        /// A union, bloc, alliance or forum of states.
        ///
        /// ```
        /// use allegiance::{Union, UnionKind};
        ///
        /// assert_eq!(Union::Eaeu.acronym(), "EAEU");
        /// assert_eq!(Union::Eaeu.name(), "Eurasian Economic Union");
        /// assert_eq!(Union::Csto.kind(), UnionKind::MilitaryAlliance);
        /// assert_eq!("eurasian economic union".parse::<Union>()?, Union::Eaeu);
        /// # Ok::<(), allegiance::ParseUnionError>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum Union {
            $(#[doc = concat!($name, " (", $acr, "): ", $doc)] $v,)*
        }

        impl Union {
            /// Every union, in declaration order.
            pub const ALL: &'static [Union] = &[$(Union::$v),*];

            /// The acronym: `"EAEU"`.
            #[must_use]
            pub const fn acronym(self) -> &'static str {
                match self { $(Union::$v => $acr,)* }
            }

            /// The full English name: `"Eurasian Economic Union"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { $(Union::$v => $name,)* }
            }

            /// What sort of body it is.
            #[must_use]
            pub const fn kind(self) -> UnionKind {
                match self { $(Union::$v => UnionKind::$kind,)* }
            }

            /// The id of the founding instrument in the embedded dataset, where it is
            /// recorded there (see [`crate::Dataset::treaty`]).
            ///
            /// ```
            /// use allegiance::{Dataset, Union};
            ///
            /// let id = Union::Eaeu.founding_treaty().unwrap();
            /// let t = Dataset::embedded().treaty(id).unwrap();
            /// assert_eq!(t.signed.to_string(), "29 May 2014");
            /// ```
            #[must_use]
            pub const fn founding_treaty(self) -> Option<&'static str> {
                match self { $(Union::$v => $founding,)* }
            }
        }
    };
}

// The unions, generated from `src/data/vocabulary/unions.tsv` (see
// `tests/generate.rs`).
include!("data/generated/unions.rs");

impl Union {
    /// Every union, in declaration order.
    pub fn iter() -> impl DoubleEndedIterator<Item = Union> + ExactSizeIterator + Clone {
        Union::ALL.iter().copied()
    }

    /// When the union was founded, by the embedded dataset: the founding
    /// instrument's date and sources, or the earliest recorded membership's
    /// (see [`crate::Dataset::founding`] for your own data).
    ///
    /// ```
    /// use allegiance::Union;
    ///
    /// let f = Union::Eaeu.founding().unwrap();
    /// assert_eq!(f.date.to_string(), "29 May 2014");
    /// assert!(!f.sources.is_empty());
    /// ```
    #[must_use]
    pub fn founding(self) -> Option<crate::Founding<'static>> {
        crate::Dataset::embedded().founding(self)
    }

    /// Whether membership binds members to defend one another, or to a
    /// union of states: the strongest kinds of tie.
    #[must_use]
    pub const fn is_binding_alliance(self) -> bool {
        matches!(self.kind(), UnionKind::MilitaryAlliance | UnionKind::StateUnion)
    }
}

impl fmt::Display for Union {
    /// Prints the acronym.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.acronym())
    }
}

/// Lower-case ASCII letters and digits of `s`, for forgiving comparisons.
pub(crate) fn squash(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase())
}

pub(crate) fn squashed_eq(a: &str, b: &str) -> bool {
    squash(a).eq(squash(b))
}

impl FromStr for Union {
    type Err = ParseUnionError;

    /// Parses an acronym or a name, ignoring case, spaces and punctuation:
    /// `"EAEU"`, `"csto"`, `"Union State"`, `"European Union"`; also
    /// `"EEU"` and `"Eurasian Union"`.
    ///
    /// # Errors
    ///
    /// [`ParseUnionError`] quoting the input and suggesting the closest
    /// acronym or name.
    fn from_str(s: &str) -> Result<Union, ParseUnionError> {
        let aliases: [(&str, Union); 3] = [
            ("EEU", Union::Eaeu),
            ("Eurasian Union", Union::Eaeu),
            ("Union State of Belarus and Russia", Union::UnionState),
        ];
        Union::iter()
            .find(|u| squashed_eq(s, u.acronym()) || squashed_eq(s, u.name()))
            .or_else(|| aliases.iter().find(|(a, _)| squashed_eq(s, a)).map(|&(_, u)| u))
            .ok_or_else(|| ParseUnionError::new(s))
    }
}

/// The error returned when a string names no [`Union`].
///
/// ```
/// let err = "CTSO".parse::<allegiance::Union>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown union "CTSO"; did you mean CSTO?"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseUnionError {
    input: Box<str>,
    suggestion: Option<Union>,
}

impl ParseUnionError {
    #[cold]
    fn new(input: &str) -> ParseUnionError {
        let key: Vec<u8> = squash(input).collect();
        let names = Union::iter().flat_map(|u| [(u, u.acronym()), (u, u.name())]);
        let suggestion =
            crate::country::closest(&key, names.map(|(u, s)| (u, squash(s).collect::<Vec<u8>>())));
        ParseUnionError { input: input.into(), suggestion }
    }

    /// The input that failed to parse.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest union, if one is close enough to suggest.
    #[must_use]
    pub fn suggestion(&self) -> Option<Union> {
        self.suggestion
    }
}

impl fmt::Display for ParseUnionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown union {:?}", &*self.input)?;
        match self.suggestion {
            Some(u) => write!(f, "; did you mean {}?", u.acronym()),
            None => {
                f.write_str("; expected one of ")?;
                for (i, u) in Union::iter().enumerate() {
                    f.write_str(if i == 0 { "" } else { ", " })?;
                    f.write_str(u.acronym())?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ParseUnionError {}

/// The standing a country has in a [`Union`] during a period.
///
/// Only `Member`, `Frozen` and `Suspended` count as membership
/// ([`crate::Dataset::members`]); the others are recorded so a reader can
/// see how close a country stood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum Role {
    /// A full member taking part.
    Member,
    /// A member that has frozen or suspended its participation without
    /// leaving: Armenia in the CSTO since February 2024, Moldova in the CIS
    /// since January 2026. Still a member in law, so
    /// [`crate::Dataset::members`] includes it. The period starts on the
    /// first dated statement by the government (its head or its foreign
    /// minister) that participation is frozen or suspended; no act of the
    /// union is needed.
    Frozen,
    /// An associate member (Turkmenistan in the CIS since 2005): takes part
    /// in some bodies without full membership.
    Associate,
    /// An observer state (Uzbekistan and Cuba in the EAEU).
    Observer,
    /// A partner country short of membership (the BRICS partner countries
    /// from 2025).
    Partner,
    /// A candidate or applicant for membership with formal status (EU
    /// candidate countries).
    Candidate,
    /// Took part as a founding state without ratifying the charter, so not
    /// a member in law: Ukraine (until 2018) and Turkmenistan (until 2005)
    /// in the CIS.
    Participant,
    /// Invited to join or to take a status short of membership, without
    /// (yet) having done so: Saudi Arabia and BRICS since 2023, in the
    /// reading this dataset uses; the 13 countries invited to be BRICS
    /// partners at Kazan in October 2024, until they became partners
    /// (Algeria and Türkiye had not answered by the last sources checked).
    Invitee,
    /// A member whose participation the union itself has suspended, without
    /// expelling it: Russia in the Council of Europe from 25 February 2022
    /// until it ceased to be a member on 16 March 2022, Syria in the Arab
    /// League from 2011 to 2023, the African Union's suspensions after
    /// coups. Still a member in law, like [`Role::Frozen`] (which is the
    /// member's own act), so [`crate::Dataset::members`] includes it and
    /// its ties are suspended.
    Suspended,
}

impl Role {
    /// Whether this role is membership in law (`Member`, `Frozen` or
    /// `Suspended`).
    #[must_use]
    pub const fn is_member(self) -> bool {
        matches!(self, Role::Member | Role::Frozen | Role::Suspended)
    }

    /// Whether this is a membership whose participation is frozen (by the
    /// member) or suspended (by the union): a member in law whose ties are
    /// [suspended](crate::Tie::is_suspended).
    #[must_use]
    pub const fn is_suspended(self) -> bool {
        matches!(self, Role::Frozen | Role::Suspended)
    }
}

/// A country's role in a union over a period, with its sources.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Membership {
    /// The country.
    pub country: Country,
    /// The union.
    pub union: Union,
    /// The role it held.
    pub role: Role,
    /// When: half-open, open end meaning "still so as of the as-of date".
    pub period: Period,
    /// Sources for the period and the role.
    pub sources: Cow<'static, [SourceId]>,
    /// A remark for the reader: what the dates mean, what is disputed.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<Cow<'static, str>>,
    /// Other readings of this record that sources give (another accession
    /// day, a disputed status), each with its sources. The record's own
    /// fields are the reading the queries use.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub alternatives: Cow<'static, [Reading]>,
}
