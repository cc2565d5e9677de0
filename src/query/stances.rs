//! Stances, statements and claims.

use core::ops::RangeBounds;

use strum::IntoEnumIterator;
use time::Date;

use crate::{Claim, Country, CountrySet, Dataset, Stance, StanceRecord, Statement};

impl Dataset {
    /// The stance record of `country` in force on `day`: the latest whose
    /// `since` is at or before `day`, unless its `until` has passed. `None`
    /// when no stance is recorded for that day. A binary search; no
    /// allocation.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Stance};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let by = kb.stance(Country::BY, date!(2022-03-01)).unwrap();
    /// assert_eq!(by.stance, Stance::AssistsMilitarily);
    /// assert_eq!(kb.stance(Country::BY, date!(2022-02-23)), None);
    /// ```
    #[must_use]
    pub fn stance(&self, country: Country, day: Date) -> Option<&StanceRecord> {
        let ix = self.index();
        let c = country as usize;
        let k = crate::index::upper_bound(&ix.stance_since[c], day).checked_sub(1)?;
        (crate::index::key(day) < ix.stance_until[c][k])
            .then(|| &self.facts.stances[ix.stance_of[c][k] as usize])
    }

    /// Every stance record of `country`, in the order they take effect
    /// ([`StanceRecord::starts`]): its change points. A record with an
    /// `until` and no successor by then leaves the country not placed
    /// from that day (a coup, a regime's fall).
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Stance};
    ///
    /// let kb = Dataset::embedded();
    /// let kp: Vec<Stance> = kb.stance_history(Country::KP).map(|r| r.stance).collect();
    /// assert_eq!(kp, [Stance::Sympathises, Stance::AssistsMilitarily]);
    /// ```
    pub fn stance_history(&self, country: Country) -> impl Iterator<Item = &StanceRecord> + '_ {
        self.index().stance_of[country as usize].iter().map(move |&i| &self.facts.stances[i as usize])
    }

    /// Every country's stance record in force on `day`, in country order.
    ///
    /// ```
    /// use allegiance::Dataset;
    /// use time::macros::date;
    ///
    /// for r in Dataset::embedded().stances(date!(2022-03-01)) {
    ///     println!("{:<14} {}", r.country.name(), r.stance);
    /// }
    /// ```
    pub fn stances(&self, day: Date) -> impl Iterator<Item = &StanceRecord> + '_ {
        self.index().with_stance.iter().filter_map(move |c| self.stance(c, day))
    }

    /// The countries whose stance on `day` lies in `range` of the scale,
    /// which runs from most supportive to most opposed:
    /// `..=Stance::Neutral` is "at least as supportive as neutral". A binary
    /// search and a few bit operations.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Stance};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let backers = kb.countries_with_stance(..=Stance::Endorses, date!(2022-03-01));
    /// assert!(backers.contains(Country::BY) && backers.contains(Country::SY));
    /// assert!(!backers.contains(Country::IN));
    /// ```
    #[must_use]
    pub fn countries_with_stance(&self, range: impl RangeBounds<Stance>, day: Date) -> CountrySet {
        self.countries_where_stance(|s| range.contains(&s), day)
    }

    /// The countries whose stance on `day` satisfies `pred`.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Stance};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let supportive = kb.countries_where_stance(Stance::is_supportive, date!(2022-03-01));
    /// assert!(supportive.contains(Country::VE));
    /// ```
    #[must_use]
    pub fn countries_where_stance(&self, pred: impl Fn(Stance) -> bool, day: Date) -> CountrySet {
        let ix = self.index();
        let points = &ix.stance_points;
        let k = crate::index::upper_bound(&ix.stance_days, day);
        let Some(point) = k.checked_sub(1).map(|k| &points[k]) else {
            return CountrySet::EMPTY;
        };
        Stance::iter()
            .filter(|&s| pred(s))
            .fold(CountrySet::EMPTY, |acc, s| acc | point.by_stance[s as usize])
    }

    /// The statements made by `country`'s people and bodies, or about it
    /// (the UK Foreign Office on Belarus), in date order.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    ///
    /// let kb = Dataset::embedded();
    /// let first = kb.statements(Country::IN).next().unwrap();
    /// assert_eq!(first.speaker, "Narendra Modi");
    /// ```
    pub fn statements(&self, country: Country) -> impl Iterator<Item = &Statement> + '_ {
        self.index().statements_of[country as usize].iter().map(|&i| &self.facts.statements[i as usize])
    }

    /// The statement with this id.
    #[must_use]
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        let i = self.index().statements_by_id.find(id, |i| &self.facts.statements[i].id)?;
        Some(&self.facts.statements[i])
    }

    /// What sources (first of all the seed article) asserted about
    /// `country` that is not a stance, in the dataset's order.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    ///
    /// let kb = Dataset::embedded();
    /// assert!(kb.claims(Country::CN).any(|c| c.wording.contains("strong ally")));
    /// ```
    pub fn claims(&self, country: Country) -> impl Iterator<Item = &Claim> + '_ {
        self.index().claims_of[country as usize].iter().map(|&i| &self.facts.claims[i as usize])
    }
}
