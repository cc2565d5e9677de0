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
//! A spell names the [`Country`] values that are the same state, each from
//! a day ([`Spell::countries`], [`Spell::country_on`]):
//!
//! - COW and G&W 365 is Russia ([`Country::RU`]), the Soviet Union
//!   ([`Country::SU`]) from 30 December 1922 to 26 December 1991, then
//!   Russia, its continuator;
//! - 345 is Yugoslavia ([`Country::YU`]) to 27 April 1992 and from then the
//!   Federal Republic of Yugoslavia, which Serbia continues
//!   ([`Country::RS`]); COW's spell from 1878, Serbia's before 1 December
//!   1918, names no country before that day;
//! - 260 (the Federal Republic of Germany) is [`Country::DE`], as ISO 3166
//!   and the UN treat it; 678 (North Yemen) is [`Country::YE`]; 816 (the
//!   Democratic Republic of Vietnam) is [`Country::VN`];
//! - 265 is East Germany ([`Country::DD`]), 315 Czechoslovakia
//!   ([`Country::CS`]), 680 South Yemen ([`Country::YD`]);
//! - 511 (Zanzibar) and 817 (the Republic of Vietnam) name an
//!   [`Entity`] ([`Spell::entity`]), as they have no ISO code of their own.
//!
//! The nineteenth-century states (Bavaria, Baden, the Papal States, …) name
//! nothing: their spells are still listed, with their codes and dates, and
//! [`StateList::spells_on`] counts them.
//!
//! ```
//! use allegiance::{Country, StateList};
//! use time::macros::date;
//!
//! assert_eq!(Country::from_cow(365, date!(1980-01-01)), Some(Country::SU));
//! assert_eq!(Country::from_cow(365, date!(1995-01-01)), Some(Country::RU));
//! assert_eq!(Country::SU.gw_code(date!(1980-01-01)), Some(365));
//! assert_eq!(Country::from_gw(265, date!(1980-01-01)), Some(Country::DD));
//! ```

use core::fmt;

use once_cell::sync::Lazy;
use time::Date;

use crate::{Country, CountrySet, Entity, PartialDate, Period};

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
    /// The countries that name this state, each from a day within the spell
    /// to the next one's day (see the module docs): COW 365 is Russia, then
    /// the Soviet Union from 30 Dec 1922, then Russia from 26 Dec 1991.
    /// Empty where no country does; before the first day, none does.
    pub countries: &'static [Naming],
    /// The [`Entity`] that names it, for a state with no ISO code of its own
    /// (Zanzibar, the Republic of Vietnam).
    pub entity: Option<Entity>,
    /// How the spell maps to a country, where that needs saying.
    pub note: &'static str,
}

/// A country naming a state from a day: one step of [`Spell::countries`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Naming {
    /// The first day.
    pub from: PartialDate,
    /// The country.
    pub country: Country,
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
        if !self.contains(day) {
            return None;
        }
        self.countries.iter().rev().find(|n| n.from.first_day() <= day).map(|n| n.country)
    }

    /// The country that names the state at the end of the spell (the last
    /// of [`Spell::countries`]), if any.
    #[must_use]
    pub fn country(&self) -> Option<Country> {
        self.countries.last().map(|n| n.country)
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

/// A spell, or the part of one that one country names, as the lookups
/// read it: days as Julian day numbers, half-open.
#[derive(Clone, Copy)]
struct Span {
    from: i32,
    to: i32,
    code: u16,
    /// The country's index, or `u8::MAX` for none.
    country: u8,
}

impl Span {
    /// The spans of a spell: one per naming, and one without a country
    /// before the first naming (or for the whole spell, without any).
    fn of(s: &Spell) -> Vec<Span> {
        let jd = |d: PartialDate| d.first_day().to_julian_day();
        let (from, to) = (jd(s.period.start), s.period.end.map_or(i32::MAX, jd));
        let mut out = Vec::new();
        let mut at = from;
        for (k, n) in s.countries.iter().enumerate() {
            let start = jd(n.from).max(from);
            let end = s.countries.get(k + 1).map_or(to, |m| jd(m.from).min(to));
            if start > at {
                out.push(Span { from: at, to: start, code: s.code, country: u8::MAX });
            }
            out.push(Span { from: start, to: end, code: s.code, country: n.country as u8 });
            at = end;
        }
        if at < to {
            out.push(Span { from: at, to, code: s.code, country: u8::MAX });
        }
        out
    }

    const fn holds(self, jd: i32) -> bool {
        self.from <= jd && jd < self.to
    }
}

/// The codes a list uses are below this.
const CODES: usize = 1000;

/// Per list, what the lookups need, built once.
struct Lookup {
    /// Per code, the range of its spans in `by_code`.
    code_range: Vec<(u16, u16)>,
    by_code: Vec<Span>,
    /// Per country, the range of its spans in `by_country`.
    country_range: Vec<(u16, u16)>,
    by_country: Vec<Span>,
    /// The days on which the set of member countries changes (Julian day
    /// numbers), and the set from each.
    members: Vec<(i32, CountrySet)>,
}

impl Lookup {
    fn build(list: StateList) -> Lookup {
        let spells = range(list);
        let spans: Vec<Span> = spells.iter().flat_map(Span::of).collect();
        let mut code_range = vec![(0u16, 0u16); CODES];
        for (i, s) in spans.iter().enumerate() {
            let r = &mut code_range[usize::from(s.code).min(CODES - 1)];
            if r.1 == 0 {
                r.0 = i as u16;
            }
            r.1 += 1;
        }
        let mut by_country = Vec::new();
        let mut country_range = vec![(0u16, 0u16); Country::COUNT];
        for c in Country::iter() {
            let first = by_country.len() as u16;
            by_country.extend(spans.iter().filter(|s| s.country == c as u8));
            country_range[c as usize] = (first, by_country.len() as u16 - first);
        }
        let mut days: Vec<i32> =
            spans.iter().flat_map(|s| [s.from, s.to]).filter(|&d| d != i32::MAX).collect();
        days.sort_unstable();
        days.dedup();
        let members = days
            .into_iter()
            .map(|d| {
                let set = spans
                    .iter()
                    .filter(|s| s.holds(d))
                    .filter_map(|s| Country::at_index(s.country))
                    .collect::<CountrySet>();
                (d, set)
            })
            .collect();
        Lookup { code_range, by_code: spans, country_range, by_country, members }
    }
}

static LOOKUP: Lazy<[Lookup; 2]> =
    Lazy::new(|| [Lookup::build(StateList::Cow), Lookup::build(StateList::Gw)]);

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
    /// assert!(cow_1960.contains(Country::DE) && cow_1960.contains(Country::SU));
    /// assert!(!cow_1960.contains(Country::RU)); // the USSR's code, 365
    /// assert!(!cow_1960.contains(Country::NG)); // independent on 1 Oct 1960
    /// ```
    #[must_use]
    pub fn members(self, day: Date) -> CountrySet {
        let points = &LOOKUP[self as usize].members;
        let jd = day.to_julian_day();
        let k = points.partition_point(|(d, _)| *d <= jd);
        k.checked_sub(1).map_or(CountrySet::EMPTY, |k| points[k].1)
    }

    /// The spell of `country` on `day`, if the list counted it then.
    #[must_use]
    pub fn spell_of(self, country: Country, day: Date) -> Option<&'static Spell> {
        let code = self.code_of(country, day)?;
        self.spell(code, day)
    }

    /// The number of `country` on `day` (the lookup behind
    /// [`Country::cow_code`] and [`Country::gw_code`]).
    fn code_of(self, country: Country, day: Date) -> Option<u16> {
        let l = &LOOKUP[self as usize];
        let (first, n) = l.country_range[country as usize];
        let jd = day.to_julian_day();
        l.by_country[usize::from(first)..usize::from(first + n)].iter().find(|s| s.holds(jd)).map(|s| s.code)
    }

    /// The country the number `code` names on `day` (the lookup behind
    /// [`Country::from_cow`] and [`Country::from_gw`]).
    fn country_of(self, code: u16, day: Date) -> Option<Country> {
        let l = &LOOKUP[self as usize];
        let (first, n) = *l.code_range.get(usize::from(code))?;
        let jd = day.to_julian_day();
        let s = l.by_code[usize::from(first)..usize::from(first + n)].iter().find(|s| s.holds(jd))?;
        Country::at_index(s.country)
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
        StateList::Cow.code_of(self, day)
    }

    /// The country's Gleditsch–Ward number on `day`, if that list counted it
    /// as a member then.
    #[must_use]
    pub fn gw_code(self, day: Date) -> Option<u16> {
        StateList::Gw.code_of(self, day)
    }

    /// The country a Correlates of War number names on `day`, if the state
    /// was a member then and is one of today's countries.
    #[must_use]
    pub fn from_cow(code: u16, day: Date) -> Option<Country> {
        StateList::Cow.country_of(code, day)
    }

    /// The country a Gleditsch–Ward number names on `day`.
    #[must_use]
    pub fn from_gw(code: u16, day: Date) -> Option<Country> {
        StateList::Gw.country_of(code, day)
    }
}
