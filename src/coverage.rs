//! What a dataset covers, and whether a question falls inside it.
//!
//! An empty answer means "none" only where the data claims to be complete.
//! A dataset therefore declares its [`Scope`]s: for each kind of fact
//! ([`FactKind`]), which states' (and, for facts about pairs, which
//! partners') facts it records, from when, and whether it records all of
//! them (`complete`) or a selection by a rule of inclusion. A question
//! about a state and a day is then [`Covered`] completely, in part, or not
//! at all, and an answer outside the scopes says so.
//!
//! The embedded dataset's scopes are in `src/data/coverage.json`:
//!
//! | facts | whose | complete | from |
//! |---|---|---|---|
//! | memberships of the EAEU, CSTO, CIS, Union State, SCO, BRICS, NATO, EU, G7 | every state | yes | each union's founding |
//! | memberships of the Council of Europe, OAS, ASEAN, GCC, ECOWAS, SADC, EAC, OIC, UNASUR, ALBA, CELAC, G20, Commonwealth, Quad, AUKUS | every state (the Commonwealth: but Ireland) | yes (ECOWAS's suspensions before 2012 not recorded) | each one's founding |
//! | memberships of the OSCE, Arab League, African Union | every state but those named (the OSCE's Czech Republic and Slovakia, Democratic Yemen, ten AU members), whose membership is not covered | yes, for the others | each one's founding |
//! | treaties | Russia (or the USSR) with the states the seed article discusses; other states' alliances by region (NATO and the Rio, ANZUS, Manila, Brussels, Warsaw, Baghdad, Arab League, GCC, AU and Great Lakes pacts, the FPDA, the Eastern Caribbean's Regional Security System, the Arab Maghreb Union, Australia's Pacific treaties and the Lombok Treaty, the Soviet (in Europe, Asia and Africa), British (among them the alliances with Portugal, 1373, Iraq, 1930, and Egypt, 1936), US (with the Compacts of Free Association), French, Japanese, Turkish, Egyptian, Central Asian, Ukrainian, Greek, Israeli, Vietnamese, Brazilian, Colombian and Great Lakes bilateral instruments, the strategic partnerships of Vietnam, Serbia, Israel and India, Art. 42(7) TEU), each with its scope and rule in `coverage.json` | no: a selection | 1945 |
//! | diplomatic relations | Russia (or the USSR) with the states the seed article discusses | no | 1945 |
//! | stances on the 2022 invasion | every UN member and the two observer states (on 28 Nov 2026 Madagascar, Niger and Syria not placed) | no: change points researched for named cases | 24 Feb 2022 |
//! | UN General Assembly roll calls | every member | no: fifteen resolutions on Ukraine and Crimea (the whole record to 2020 is in `crate::unga`) | 2014 |
//! | Security Council votes | its fifteen members | no: four votes on the war, 2022–2025, two of them Russia's vetoes | 2022 |
//!
//! So South Africa's allies are not covered (no alliance-grade union holds it,
//! and its treaties are not recorded), which [`crate::Dataset::allies_coverage`]
//! reports instead of an empty list:
//!
//! ```
//! use allegiance::{Country, Covered, Dataset};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! let day = date!(2026-11-28);
//! assert!(kb.allies(Country::ZA, day).is_empty());
//! assert!(matches!(kb.allies_coverage(Country::ZA, day), Covered::No { .. }));
//! assert!(matches!(kb.allies_coverage(Country::RU, day), Covered::Partly { .. }));
//! ```

use core::fmt;
use std::borrow::Cow;

use time::Date;

use crate::{Country, CountrySet, PartialDate, Union};

/// A kind of fact a [`Scope`] covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum FactKind {
    /// Memberships of one union ([`Scope::union`]).
    Memberships,
    /// Treaties, declarations and agreements (but those establishing
    /// diplomatic relations).
    Treaties,
    /// Diplomatic relations: established, broken, restored.
    DiplomaticRelations,
    /// Stances on Russia's 2022 invasion of Ukraine.
    Stances,
    /// UN General Assembly roll calls.
    Votes,
}

/// One declared part of what a dataset covers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Scope {
    /// The kind of fact.
    pub facts: FactKind,
    /// For memberships, the union.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub union: Option<Union>,
    /// The states whose facts are recorded (`None`: every state).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub countries: Option<CountrySet>,
    /// For facts about pairs (treaties, diplomatic relations), the partners
    /// of `countries` whose facts with them are recorded (`None`: any).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub partners: Option<CountrySet>,
    /// From when the facts are recorded.
    pub from: PartialDate,
    /// Whether every fact of this kind in the scope is recorded (an empty
    /// answer then means "none"), or only a selection by `rule`.
    pub complete: bool,
    /// The rule of inclusion, in a sentence.
    pub rule: Cow<'static, str>,
}

impl Scope {
    /// Whether the scope holds `country`'s facts (with any partner).
    #[must_use]
    pub fn holds(&self, country: Country) -> bool {
        let side = |s: &Option<CountrySet>| s.is_none_or(|s| s.contains(country));
        side(&self.countries) || self.partners.is_some_and(|p| p.contains(country))
    }

    /// Whether the scope holds every fact of `country` with any partner:
    /// `country` is one of `countries` and there is no limit on partners.
    #[must_use]
    pub fn holds_all_of(&self, country: Country) -> bool {
        self.countries.is_none_or(|s| s.contains(country)) && self.partners.is_none()
    }

    /// Whether the scope holds the facts between `a` and `b`.
    #[must_use]
    pub fn holds_pair(&self, a: Country, b: Country) -> bool {
        let within = |s: &Option<CountrySet>, c| s.is_none_or(|s: CountrySet| s.contains(c));
        (within(&self.countries, a) && within(&self.partners, b))
            || (within(&self.countries, b) && within(&self.partners, a))
    }
}

impl fmt::Display for Scope {
    /// `"memberships of the NATO, every state, complete from 4 Apr 1949"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(<&str>::from(self.facts))?;
        if let Some(u) = self.union {
            write!(f, " of the {}", u.acronym())?;
        }
        write!(
            f,
            " ({}), from {}: {}",
            if self.complete { "complete" } else { "a selection" },
            self.from,
            self.rule
        )
    }
}

/// Whether a question falls inside what a dataset covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Covered<'d> {
    /// Every fact the answer rests on is recorded: an empty answer means
    /// "none".
    Fully,
    /// Some facts are recorded by a rule of inclusion: the answer lists
    /// what is known, and the scope says what may be missing.
    Partly {
        /// The scope whose facts may be incomplete.
        scope: &'d Scope,
    },
    /// The day is before the facts are recorded.
    Before {
        /// The first day recorded.
        from: PartialDate,
    },
    /// Not covered: no scope holds the facts the answer needs.
    No {
        /// What the dataset does cover of this kind, if anything.
        nearest: Option<&'d Scope>,
    },
}

impl Covered<'_> {
    /// Whether an empty answer means "none".
    #[must_use]
    pub const fn is_full(&self) -> bool {
        matches!(self, Covered::Fully)
    }
}

impl fmt::Display for Covered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Covered::Fully => f.write_str("covered"),
            Covered::Partly { scope } => write!(f, "covered in part: {}", scope.rule),
            Covered::Before { from } => write!(f, "not covered before {from}"),
            Covered::No { nearest: Some(s) } => write!(f, "not covered (the dataset records {})", s.rule),
            Covered::No { nearest: None } => f.write_str("not covered"),
        }
    }
}

impl crate::Dataset {
    /// The dataset's declared scopes: what it covers, per kind of fact.
    #[must_use]
    pub fn coverage(&self) -> &[Scope] {
        &self.facts.coverage
    }

    /// Whether facts of kind `facts` about `country` on `day` are covered.
    ///
    /// ```
    /// use allegiance::{Country, Covered, Dataset, FactKind};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let day = date!(2022-03-01);
    /// assert!(matches!(kb.covers(FactKind::Stances, Country::BY, day), Covered::Partly { .. }));
    /// assert!(matches!(kb.covers(FactKind::Stances, Country::TW, day), Covered::No { .. }));
    /// assert!(matches!(kb.covers(FactKind::Stances, Country::BY, date!(2021-01-01)), Covered::Before { .. }));
    /// ```
    #[must_use]
    pub fn covers(&self, facts: FactKind, country: Country, day: Date) -> Covered<'_> {
        self.covered(facts, day, |s| s.holds(country), |s| s.holds_all_of(country))
    }

    /// Whether `country`'s memberships of `union` on `day` are covered: by
    /// that union's scope only. [`Covered::Fully`] when the scope is
    /// complete for the country, so that no
    /// [`Dataset::role`](crate::Dataset::role) means "not a member";
    /// [`Covered::Partly`] when the scope records only some members;
    /// [`Covered::No`] when it leaves the country out (the African Union's
    /// scope leaves out the ten members it does not record, South Africa
    /// among them), so that no role says nothing.
    ///
    /// ```
    /// use allegiance::{Country, Covered, Dataset, Union};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let day = date!(2026-12-01);
    /// assert_eq!(kb.covers_union(Union::Nato, Country::JP, day), Covered::Fully);
    /// assert_eq!(kb.role(Country::ZA, Union::Au, day), None);
    /// assert!(matches!(kb.covers_union(Union::Au, Country::ZA, day), Covered::No { .. }));
    /// assert_eq!(kb.covers_union(Union::Au, Country::NG, day), Covered::Fully);
    /// assert!(matches!(kb.covers_union(Union::Asean, Country::VN, date!(1960-01-01)), Covered::Before { .. }));
    /// ```
    #[must_use]
    pub fn covers_union(&self, union: Union, country: Country, day: Date) -> Covered<'_> {
        let Some(own) =
            self.coverage().iter().find(|s| s.facts == FactKind::Memberships && s.union == Some(union))
        else {
            return Covered::No { nearest: None };
        };
        match self.covered(
            FactKind::Memberships,
            day,
            |s| s.union == Some(union) && s.holds(country),
            |s| s.union == Some(union) && s.holds_all_of(country),
        ) {
            // The nearest scope is the union's own, not another union's.
            Covered::No { .. } => Covered::No { nearest: Some(own) },
            other => other,
        }
    }

    /// Whether facts of kind `facts` between `a` and `b` on `day` are
    /// covered (treaties, diplomatic relations; for other kinds, whether
    /// both states' facts are).
    #[must_use]
    pub fn covers_pair(&self, facts: FactKind, a: Country, b: Country, day: Date) -> Covered<'_> {
        match facts {
            FactKind::Treaties | FactKind::DiplomaticRelations => {
                self.covered(facts, day, |s| s.holds_pair(a, b), |s| s.holds_pair(a, b))
            }
            _ => worst([self.covers(facts, a, day), self.covers(facts, b, day)]),
        }
    }

    /// Whether `country`'s memberships of every union in the data are
    /// covered on `day`: [`Covered::Fully`] when each union's scope that
    /// has begun by `day` is complete for it (a union not yet founded holds
    /// nothing to miss), [`Covered::Partly`] with the first scope that is
    /// not, [`Covered::No`] when the data declares no membership scope. The
    /// dyad-year and state-year tables count unions on this.
    #[must_use]
    pub(crate) fn covers_every_union(&self, country: Country, day: Date) -> Covered<'_> {
        let scopes = || self.coverage().iter().filter(|s| s.facts == FactKind::Memberships);
        // What `covers_union` calls full: a complete scope of the union,
        // begun by the day, that holds all of the country's memberships.
        let full = |union| {
            scopes().any(|s| {
                s.union == Some(union) && s.complete && s.first_day() <= day && s.holds_all_of(country)
            })
        };
        let mut any = false;
        for s in scopes() {
            any = true;
            let Some(union) = s.union else { continue };
            if s.first_day() <= day && !full(union) {
                return Covered::Partly { scope: s };
            }
        }
        if any { Covered::Fully } else { Covered::No { nearest: None } }
    }

    /// Whether the answer of [`Dataset::allies`](crate::Dataset::allies)
    /// for `country` on `day` rests on complete facts: the memberships of
    /// every union in the data and every alliance-grade treaty of
    /// `country`. [`Covered::No`] when neither holds any of its facts (the
    /// empty list then says nothing); [`Covered::Partly`] when some do.
    #[must_use]
    pub fn allies_coverage(&self, country: Country, day: Date) -> Covered<'_> {
        use crate::UnionKind::{EconomicUnion, MilitaryAlliance, StateUnion, SupranationalUnion};
        let in_alliance_union =
            self.coverage().iter().filter(|s| s.facts == FactKind::Memberships).any(|s| {
                s.union.is_some_and(|u| {
                    matches!(u.kind(), MilitaryAlliance | StateUnion | EconomicUnion | SupranationalUnion)
                        && self.history(country, u).next().is_some()
                })
            });
        match self.covers(FactKind::Treaties, country, day) {
            Covered::No { nearest: Some(scope) } if in_alliance_union => Covered::Partly { scope },
            other => other,
        }
    }

    fn covered(
        &self,
        facts: FactKind,
        day: Date,
        holds: impl Fn(&Scope) -> bool,
        holds_all: impl Fn(&Scope) -> bool,
    ) -> Covered<'_> {
        let of_kind = || self.coverage().iter().filter(move |s| s.facts == facts);
        let mut holding = of_kind().filter(|s| holds(s)).peekable();
        if holding.peek().is_none() {
            return Covered::No { nearest: of_kind().next() };
        }
        let mut earliest: Option<PartialDate> = None;
        let mut partly = None;
        for s in holding {
            if s.first_day() > day {
                earliest = Some(earliest.map_or(s.from, |e| e.min(s.from)));
                continue;
            }
            if s.complete && holds_all(s) {
                return Covered::Fully;
            }
            partly.get_or_insert(s);
        }
        match (partly, earliest) {
            (Some(scope), _) => Covered::Partly { scope },
            (None, Some(from)) => Covered::Before { from },
            (None, None) => Covered::No { nearest: None },
        }
    }
}

impl Scope {
    fn first_day(&self) -> Date {
        self.from.first_day()
    }
}

/// The least covered of several answers.
fn worst<'d>(all: [Covered<'d>; 2]) -> Covered<'d> {
    let rank = |c: &Covered<'_>| match c {
        Covered::Fully => 0,
        Covered::Partly { .. } => 1,
        Covered::Before { .. } => 2,
        Covered::No { .. } => 3,
    };
    all.into_iter().max_by_key(rank).unwrap_or(Covered::No { nearest: None })
}
