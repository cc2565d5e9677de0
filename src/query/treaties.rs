//! Which treaties bind whom, and when.

use time::Date;

use crate::{Country, CountrySet, Dataset, PartyStatus, Treaty, TreatyStatus};

impl Dataset {
    /// The treaty with this id (`"cn-ru-2001"`).
    ///
    /// ```
    /// use allegiance::{Dataset, TreatyKind};
    ///
    /// let pact = Dataset::embedded().treaty("cn-ru-2001").unwrap();
    /// assert_eq!(pact.kind, TreatyKind::Friendship);
    /// assert_eq!(pact.signed.to_string(), "16 Jul 2001");
    /// ```
    #[must_use]
    pub fn treaty(&self, id: &str) -> Option<&Treaty> {
        let i = self.index().treaties_by_id.find(id, |i| &self.facts.treaties[i].id)?;
        Some(&self.facts.treaties[i])
    }

    /// Every treaty, in the dataset's order.
    #[must_use]
    pub fn treaties(&self) -> &[Treaty] {
        &self.facts.treaties
    }

    /// The treaties both `a` and `b` were ever parties to, in order of
    /// signature.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    ///
    /// let ids: Vec<_> = Dataset::embedded()
    ///     .treaties_between(Country::CN, Country::RU)
    ///     .map(|t| t.id.as_ref())
    ///     .collect();
    /// assert_eq!(ids, ["cn-su-1949", "cn-ru-2001"]);
    /// ```
    pub fn treaties_between(&self, a: Country, b: Country) -> impl Iterator<Item = &Treaty> + '_ {
        self.index().treaties_of[a as usize]
            .iter()
            .map(move |&i| &self.facts.treaties[i as usize])
            .filter(move |t| t.parties.iter().any(|p| p.country == b) && (a != b || t.parties.len() > 1))
    }

    /// The treaties in force on `day` to which `country` is a party on that
    /// day, in order of signature.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let ids: Vec<_> = kb.treaties_of(Country::KP, date!(2025-01-01)).map(|t| t.id.as_ref()).collect();
    /// assert_eq!(ids, ["cn-kp-1961", "kp-ru-2024"]);
    /// // The day before, the 2000 treaty that the 2024 one replaced.
    /// let before: Vec<_> = kb.treaties_of(Country::KP, date!(2024-12-03)).map(|t| t.id.as_ref()).collect();
    /// assert_eq!(before, ["cn-kp-1961", "kp-ru-2000"]);
    /// ```
    pub fn treaties_of(&self, country: Country, day: Date) -> impl Iterator<Item = &Treaty> + '_ {
        let ix = self.index();
        ix.treaties_of[country as usize]
            .iter()
            .filter(move |&&i| ix.treaty_status[i as usize].at(day).is_in_force())
            .map(move |&i| &self.facts.treaties[i as usize])
            .filter(move |t| t.parties.iter().any(|p| p.country == country && p.period.contains(day)))
    }

    /// The treaties in force on `day` that bind `country` to an
    /// [`crate::Entity`] (Abkhazia, South Ossetia, ...), both being parties
    /// then, strongest first. These are not [`crate::Tie`]s between states,
    /// so [`Dataset::allies`] does not list them.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Entity, TieKind};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let ties = kb.entity_ties(Country::RU, date!(2022-03-01));
    /// let with: Vec<Entity> = ties.iter().map(|t| t.entity).collect();
    /// assert_eq!(with, [Entity::Abkhazia, Entity::SouthOssetia, Entity::SouthOssetia]); // 2008 and 2015
    /// assert!(ties.iter().all(|t| t.kind == TieKind::MutualDefence));
    /// assert!(kb.entity_ties(Country::RU, date!(2008-01-01)).is_empty());
    /// ```
    #[must_use]
    pub fn entity_ties(&self, country: Country, day: Date) -> Vec<crate::EntityTie<'_>> {
        let ix = self.index();
        let mut out: Vec<crate::EntityTie<'_>> =
            ix.treaties_of[country as usize]
                .iter()
                .map(|&i| (i as usize, &self.facts.treaties[i as usize]))
                .filter(|(_, t)| !t.entity_parties.is_empty())
                .filter(|(_, t)| t.parties.iter().any(|p| p.country == country && p.period.contains(day)))
                .flat_map(|(i, t)| {
                    let status = ix.treaty_status[i].at(day);
                    let kind = ix.treaty_ties[i];
                    t.entities_at(day)
                        .filter(move |_| status.is_in_force())
                        .map(move |entity| crate::EntityTie { entity, kind, treaty: t, status })
                })
                .collect();
        out.sort_by_key(|t| (t.kind, t.entity, t.treaty.signed));
        out
    }

    /// The status on `day` of the treaty with this id: the same answer as
    /// [`Treaty::status_at`], from a table built once per dataset (a
    /// binary search instead of recomputing the treaty's terms).
    ///
    /// ```
    /// use allegiance::{Country, Dataset, TreatyStatus};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let s = kb.treaty_status("new-start", date!(2023-03-01));
    /// assert_eq!(s.map(TreatyStatus::suspended), Some(Country::RU.into()));
    /// assert_eq!(s, kb.treaty("new-start").map(|t| t.status_at(date!(2023-03-01))));
    /// assert_eq!(kb.treaty_status("no-such-treaty", date!(2023-03-01)), None);
    /// ```
    #[must_use]
    pub fn treaty_status(&self, id: &str, day: Date) -> Option<TreatyStatus> {
        let ix = self.index();
        let i = ix.treaties_by_id.find(id, |i| &self.facts.treaties[i].id)?;
        Some(ix.treaty_status[i].at(day))
    }

    /// The status on `day` between parties `a` and `b` of the treaty with
    /// this id: the same answer as [`Treaty::status_for`], from the table
    /// built once per dataset.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let day = date!(2024-03-01);
    /// let ru_kz = kb.treaty_status_for("cst-1992", Country::RU, Country::KZ, day).unwrap();
    /// assert!(ru_kz.is_confirmed_in_force());
    /// let ru_am = kb.treaty_status_for("cst-1992", Country::RU, Country::AM, day).unwrap();
    /// assert_eq!(ru_am.suspended(), Country::AM.into());
    /// ```
    #[must_use]
    pub fn treaty_status_for(&self, id: &str, a: Country, b: Country, day: Date) -> Option<TreatyStatus> {
        let ix = self.index();
        let i = ix.treaties_by_id.find(id, |i| &self.facts.treaties[i].id)?;
        if !ix.treaty_legs[i] {
            return Some(ix.treaty_status[i].at(day).restricted_to(CountrySet::from([a, b])));
        }
        Some(self.facts.treaties[i].pair_status(ix.treaty_status[i].at(day), a, b, day))
    }

    /// The standing of `country` on `day` in the treaty with this id:
    /// [`Treaty::party_status`]; `None` for an unknown id or a country
    /// that was never a party.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, PartyStatus};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let am = kb.party_status("cst-1992", Country::AM, date!(2024-03-01));
    /// assert!(matches!(am, Some(PartyStatus::Suspended { .. })));
    /// ```
    #[must_use]
    pub fn party_status(&self, id: &str, country: Country, day: Date) -> Option<PartyStatus> {
        let ix = self.index();
        let i = ix.treaties_by_id.find(id, |i| &self.facts.treaties[i].id)?;
        if !ix.treaty_parties[i].contains(country) {
            return None;
        }
        self.facts.treaties[i].party_status(country, day)
    }

    /// The status on `day` of `treaty`, a treaty of this dataset (from
    /// [`Dataset::treaty`], [`Dataset::treaties`] ...): the same answer as
    /// [`Treaty::status_at`], read from the table built once per dataset.
    /// A treaty from elsewhere is computed with [`Treaty::status_at`].
    ///
    /// Deprecated: use [`Treaty::status_at`] for a record, or
    /// [`Dataset::treaty_status`] with its id for the indexed answer.
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use allegiance::Dataset;
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let pact = kb.treaty("cn-ru-2001").unwrap();
    /// let day = date!(2026-11-28);
    /// assert_eq!(kb.treaty_status(&pact.id, day), Some(pact.status_at(day)));
    /// assert_eq!(kb.status_of(pact, day), pact.status_at(day));
    /// let copy = pact.clone(); // not in the dataset's table
    /// assert_eq!(kb.status_of(&copy, day), pact.status_at(day));
    /// ```
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "one entry point per question: `Treaty::status_at(day)` for a record, `Dataset::treaty_status(&treaty.id, day)` for the indexed answer"
    )]
    pub fn status_of(&self, treaty: &Treaty, day: Date) -> TreatyStatus {
        match self.treaty_index(treaty) {
            Some(i) => self.index().treaty_status[i].at(day),
            None => treaty.status_at(day),
        }
    }

    /// The position of `treaty` in this dataset's table, if it is one of
    /// its records (found by address, not by comparing contents).
    fn treaty_index(&self, treaty: &Treaty) -> Option<usize> {
        let all: &[Treaty] = &self.facts.treaties;
        let size = core::mem::size_of::<Treaty>();
        let offset = core::ptr::from_ref(treaty).addr().checked_sub(all.as_ptr().addr())?;
        (offset % size == 0 && offset / size < all.len()).then_some(offset / size)
    }
}
