//! The state-system lists researchers join on: the Correlates of War (COW)
//! and Gleditsch–Ward (G&W) lists of independent states, with each state's
//! number and letter code, and a [`Country`]'s code on a day.
//!
//! Every alliance, conflict and trade data set of political science is keyed
//! on one of these two lists. A state has one or more [`Spell`]s of
//! membership in a list (Germany, COW 255, until 8 May 1945 and again from
//! 3 October 1990), so a code is answered for a day:
//!
//! ```
//! use allegiance::{Country, StateList};
//! use time::macros::date;
//!
//! // Germany's COW code: West Germany's 260 in 1980, Germany's 255 in 1995.
//! assert_eq!(Country::DE.cow_code(date!(1980-01-01)), Some(260));
//! assert_eq!(Country::DE.cow_code(date!(1995-01-01)), Some(255));
//! // G&W keeps 260 after unification.
//! assert_eq!(Country::DE.gw_code(date!(1995-01-01)), Some(260));
//! // And back: a code on a day names a country.
//! assert_eq!(Country::from_cow(365, date!(2022-03-01)), Some(Country::RU));
//! let spell = StateList::Cow.spell(255, date!(1930-01-01)).unwrap();
//! assert_eq!((spell.abbrev, spell.name), ("GMY", "Germany"));
//! ```
//!
//! # What the lists are
//!
//! - [`StateList::Cow`]: Correlates of War Project, *State System Membership
//!   List, v2016* (2017), 243 spells.
//! - [`StateList::Gw`]: Kristian S. Gleditsch and Michael D. Ward, "A revised
//!   list of independent states since the congress of Vienna",
//!   *International Interactions* 25 (1999): 393–413, as updated to 2017,
//!   216 spells.
//!
//! Both are shipped as the copies in the R package `peacesciencer` (Steven
//! V. Miller, version 1.2.9) give them; `src/data/vocabulary/states.tsv`
//! holds every row, and a test checks each against the two CSV files in
//! `tests/data/states/`. The lists differ on purpose: G&W counts some
//! states that COW does not, dates some differently (West Germany from 21
//! September 1949 in G&W, 5 May 1955 in COW), and keeps different codes
//! across unifications (G&W's 260 runs on after 1990 and its 678 after
//! Yemen's unification; COW returns to 255 and moves to 679).
//!
//! # Days
//!
//! A spell's [`Spell::period`] is half-open, like every period of the crate:
//! the lists give the last day of membership, and the period ends the day
//! after it. A spell still running when its list was made (the lists write
//! an end of 31 December 2016 or 2017) has an open end: the state still
//! exists, and its code holds on later days too. A state that became
//! independent after the list was made (none so far) is not in it.
//!
//! # Spells and countries
//!
//! A spell names a [`Country`] where one of today's codes names the same
//! state ([`Spell::country`]): COW 365 (Russia, the USSR from 1922) is
//! [`Country::RU`], as everywhere else in the crate; COW and G&W 260 (the
//! Federal Republic of Germany) is [`Country::DE`], as ISO 3166 and the UN
//! treat it; 678 (North Yemen) is [`Country::YE`]. Yugoslavia's 345 names
//! [`Country::RS`] from 27 April 1992, the Federal Republic of Yugoslavia
//! that Serbia continues ([`Spell::country_from`]). States that are not yet
//! values of [`Country`] (the SFRY before 1992, Czechoslovakia, the GDR, South Yemen, South Vietnam, Zanzibar, and the
//! nineteenth-century states) have no country: their spells are still
//! listed, with their codes and dates, and [`StateList::spells_on`] counts
//! them.

use core::fmt;

use once_cell::sync::Lazy;
use time::Date;

use crate::{Country, CountrySet, PartialDate, Period};

/// One of the two state-system lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum StateList {
    /// Correlates of War, State System Membership List v2016.
    Cow,
    /// Gleditsch and Ward's list of independent states, as updated to 2017.
    Gw,
}

/// One spell of a state's membership in a state-system list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Spell {
    /// The list.
    pub list: StateList,
    /// The state's number in the list (COW `ccode`, G&W `gwcode`).
    pub code: u16,
    /// The list's letter code (`stateabb`): `"GMY"`, `"RUS"`.
    pub abbrev: &'static str,
    /// The state's name as the list writes it.
    pub name: &'static str,
    /// The spell, half-open; an open end: still a member when the list was
    /// made.
    pub period: Period,
    /// The country that names this state, if one does (see the module
    /// docs).
    pub country: Option<Country>,
    /// When `country` names the state only from a day within the spell
    /// (Yugoslavia's 345 as Serbia from 27 April 1992), that day.
    pub country_from: Option<PartialDate>,
    /// How the spell maps to a country, where that needs saying.
    pub note: &'static str,
}

impl Spell {
    /// Whether the spell holds on `day`.
    #[must_use]
    pub fn contains(&self, day: Date) -> bool {
        self.period.contains(day)
    }

    /// The last day of membership, as the list writes it (the list's own
    /// end date for a spell still running when it was made).
    #[must_use]
    pub fn last_day(&self) -> Date {
        match self.period.end {
            Some(end) => end.first_day().previous_day().unwrap_or(Date::MIN),
            None => self.list.made_on(),
        }
    }

    /// The country this spell names on `day`, if any (and if the spell
    /// holds then).
    #[must_use]
    pub fn country_on(&self, day: Date) -> Option<Country> {
        let from = self.country_from.map_or(Date::MIN, PartialDate::first_day);
        self.country.filter(|_| self.contains(day) && day >= from)
    }
}

impl fmt::Display for Spell {
    /// `"COW 255 GMY Germany, 3 Oct 1990 –"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}, {}", self.list, self.code, self.abbrev, self.name, self.period)
    }
}

include!("data/generated/states.rs");

/// For each list, the first index in [`SPELLS`] of its spells and their
/// number: the table is sorted by list, code and start.
fn range(list: StateList) -> &'static [Spell] {
    let start = SPELLS.partition_point(|s| s.list < list);
    let end = SPELLS.partition_point(|s| s.list <= list);
    &SPELLS[start..end]
}

/// Per list, per country, the positions of the country's spells (few).
static BY_COUNTRY: Lazy<[Vec<Vec<u16>>; 2]> = Lazy::new(|| {
    let mut out: [Vec<Vec<u16>>; 2] = [vec![Vec::new(); Country::COUNT], vec![Vec::new(); Country::COUNT]];
    for list in [StateList::Cow, StateList::Gw] {
        for (i, s) in range(list).iter().enumerate() {
            if let Some(c) = s.country {
                out[list as usize][c as usize].push(i as u16);
            }
        }
    }
    out
});

/// Per list, the days on which the set of member countries changes, and
/// the set from each.
static MEMBERS: Lazy<[Vec<(Date, CountrySet)>; 2]> = Lazy::new(|| {
    [StateList::Cow, StateList::Gw].map(|list| {
        let spells = range(list);
        let mut days: Vec<Date> = spells
            .iter()
            .flat_map(|s| {
                [Some(s.period.start), s.period.end, s.country_from]
                    .into_iter()
                    .flatten()
                    .map(PartialDate::first_day)
            })
            .collect();
        days.sort_unstable();
        days.dedup();
        days.into_iter()
            .map(|d| (d, spells.iter().filter_map(|s| s.country_on(d)).collect::<CountrySet>()))
            .collect()
    })
});

impl StateList {
    /// Both lists.
    pub const ALL: [StateList; 2] = [StateList::Cow, StateList::Gw];

    /// `"COW"`, `"G&W"`.
    #[must_use]
    pub const fn short_name(self) -> &'static str {
        match self {
            StateList::Cow => "COW",
            StateList::Gw => "G&W",
        }
    }

    /// The citation the list's makers ask for.
    #[must_use]
    pub const fn citation(self) -> &'static str {
        match self {
            StateList::Cow => {
                "Correlates of War Project. 2017. \"State System Membership List, v2016.\" Online, http://correlatesofwar.org"
            }
            StateList::Gw => {
                "Gleditsch, Kristian S. and Michael D. Ward. 1999. \"A revised list of independent states since the congress of Vienna.\" International Interactions 25: 393-413 (list as updated to 2017)"
            }
        }
    }

    /// The end date the list writes for a spell still running when it was
    /// made: 31 December 2016 (COW) or 2017 (G&W).
    #[must_use]
    pub const fn made_on(self) -> Date {
        match self {
            StateList::Cow => time::macros::date!(2016 - 12 - 31),
            StateList::Gw => time::macros::date!(2017 - 12 - 31),
        }
    }

    /// Every spell of the list, by code, then start.
    #[must_use]
    pub fn spells(self) -> &'static [Spell] {
        range(self)
    }

    /// The spells of the state with this code, in order (empty for an
    /// unknown code).
    #[must_use]
    pub fn spells_of(self, code: u16) -> &'static [Spell] {
        let all = range(self);
        let start = all.partition_point(|s| s.code < code);
        let end = all.partition_point(|s| s.code <= code);
        &all[start..end]
    }

    /// The spell of the state with this code on `day`, if it was a member
    /// then.
    #[must_use]
    pub fn spell(self, code: u16, day: Date) -> Option<&'static Spell> {
        self.spells_of(code).iter().find(|s| s.contains(day))
    }

    /// The spell of the state with this letter code on `day` (`"GMY"`,
    /// case-insensitive).
    #[must_use]
    pub fn spell_by_abbrev(self, abbrev: &str, day: Date) -> Option<&'static Spell> {
        range(self).iter().find(|s| s.abbrev.eq_ignore_ascii_case(abbrev) && s.contains(day))
    }

    /// Every spell holding on `day`: the list's members then, with or
    /// without a [`Country`].
    pub fn spells_on(self, day: Date) -> impl Iterator<Item = &'static Spell> {
        range(self).iter().filter(move |s| s.contains(day))
    }

    /// The countries that were members of the list's state system on
    /// `day` (spells without a [`Country`] are not in the set: count
    /// [`StateList::spells_on`] for every member).
    ///
    /// ```
    /// use allegiance::{Country, StateList};
    /// use time::macros::date;
    ///
    /// let cow_1960 = StateList::Cow.members(date!(1960-01-01));
    /// assert!(cow_1960.contains(Country::DE) && cow_1960.contains(Country::RU));
    /// assert!(!cow_1960.contains(Country::NG)); // independent on 1 Oct 1960
    /// ```
    #[must_use]
    pub fn members(self, day: Date) -> CountrySet {
        let points = &MEMBERS[self as usize];
        let k = points.partition_point(|(d, _)| *d <= day);
        k.checked_sub(1).map_or(CountrySet::EMPTY, |k| points[k].1)
    }

    /// The spell of `country` on `day`, if the list counted it then.
    #[must_use]
    pub fn spell_of(self, country: Country, day: Date) -> Option<&'static Spell> {
        let all = range(self);
        BY_COUNTRY[self as usize][country as usize]
            .iter()
            .map(|&i| &all[usize::from(i)])
            .find(|s| s.country_on(day) == Some(country))
    }
}

impl fmt::Display for StateList {
    /// `"COW"`, `"G&W"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short_name())
    }
}

impl Country {
    /// The country's Correlates of War number on `day`, if the COW list
    /// counted it as a member then (see [`crate::state_system`]).
    #[must_use]
    pub fn cow_code(self, day: Date) -> Option<u16> {
        StateList::Cow.spell_of(self, day).map(|s| s.code)
    }

    /// The country's Gleditsch–Ward number on `day`, if that list counted it
    /// as a member then.
    #[must_use]
    pub fn gw_code(self, day: Date) -> Option<u16> {
        StateList::Gw.spell_of(self, day).map(|s| s.code)
    }

    /// The country a Correlates of War number names on `day`, if the state
    /// was a member then and is one of today's countries.
    #[must_use]
    pub fn from_cow(code: u16, day: Date) -> Option<Country> {
        StateList::Cow.spell(code, day)?.country_on(day)
    }

    /// The country a Gleditsch–Ward number names on `day`.
    #[must_use]
    pub fn from_gw(code: u16, day: Date) -> Option<Country> {
        StateList::Gw.spell(code, day)?.country_on(day)
    }
}
