//! Who belonged to which union on a day.

use time::Date;

use crate::{Country, CountrySet, Dataset, Membership, Role, Union};

impl Dataset {
    /// The members of `union` on `day`: countries whose role is
    /// [`Role::Member`], [`Role::Frozen`] or [`Role::Suspended`] (a frozen
    /// or suspended member is still a member in law). A binary search and a bit operation; no allocation.
    /// For the members taking part, without the frozen and suspended ones, ask
    /// [`Dataset::with_role`] for [`Role::Member`].
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Role, Union};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let eaeu = kb.members(Union::Eaeu, date!(2022-02-24));
    /// assert_eq!(eaeu.len(), 5);
    /// assert!(eaeu.contains(Country::AM));
    ///
    /// // Armenia froze its CSTO participation in 2024: still a member in law.
    /// let day = date!(2024-06-01);
    /// assert!(kb.members(Union::Csto, day).contains(Country::AM));
    /// assert!(!kb.with_role(Union::Csto, Role::Member, day).contains(Country::AM));
    /// ```
    #[must_use]
    pub fn members(&self, union: Union, day: Date) -> CountrySet {
        self.index().members_at(union, day)
    }

    /// The observers of `union` on `day`.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Union};
    /// use time::macros::date;
    ///
    /// let observers = Dataset::embedded().observers(Union::Eaeu, date!(2022-03-01));
    /// assert!(observers.contains(Country::UZ) && observers.contains(Country::CU));
    /// ```
    #[must_use]
    pub fn observers(&self, union: Union, day: Date) -> CountrySet {
        self.with_role(union, Role::Observer, day)
    }

    /// The countries holding `role` in `union` on `day`.
    #[must_use]
    pub fn with_role(&self, union: Union, role: Role, day: Date) -> CountrySet {
        self.index().roles_at(union, day).map_or(CountrySet::EMPTY, |r| r[role as usize])
    }

    /// The role `country` held in `union` on `day`, if any.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Role, Union};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// assert_eq!(kb.role(Country::UZ, Union::Eaeu, date!(2022-03-01)), Some(Role::Observer));
    /// assert_eq!(kb.role(Country::AM, Union::Csto, date!(2022-03-01)), Some(Role::Member));
    /// assert_eq!(kb.role(Country::TR, Union::Eaeu, date!(2022-03-01)), None);
    /// ```
    #[must_use]
    pub fn role(&self, country: Country, union: Union, day: Date) -> Option<Role> {
        self.index().role_at(country, union, day)
    }

    /// Every union `country` had a role in on `day`, with that role, in
    /// [`Union`] order.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Role, Union};
    /// use time::macros::date;
    ///
    /// let am: Vec<_> = Dataset::embedded().unions_of(Country::AM, date!(2022-03-01)).collect();
    /// assert!(am.contains(&(Union::Eaeu, Role::Member)));
    /// assert!(am.contains(&(Union::Csto, Role::Member)));
    /// ```
    pub fn unions_of(&self, country: Country, day: Date) -> impl Iterator<Item = (Union, Role)> + '_ {
        let index = self.index();
        Union::iter().filter_map(move |u| index.role_at(country, u, day).map(|r| (u, r)))
    }

    /// Every membership record of `country` in `union`, in date order.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Role, Union};
    ///
    /// let uz: Vec<_> = Dataset::embedded().history(Country::UZ, Union::Csto).collect();
    /// assert!(uz.len() >= 2, "Uzbekistan left and rejoined the collective security system");
    /// ```
    pub fn history(&self, country: Country, union: Union) -> impl Iterator<Item = &Membership> + '_ {
        self.index().history[union as usize][country as usize]
            .iter()
            .map(move |&i| &self.facts.memberships[i as usize])
    }

    /// Every membership record, in the dataset's order.
    #[must_use]
    pub fn memberships(&self) -> &[Membership] {
        &self.facts.memberships
    }
}

impl Role {
    /// The role with this discriminant.
    #[must_use]
    pub const fn from_index(i: u8) -> Option<Role> {
        Some(match i {
            0 => Role::Member,
            1 => Role::Frozen,
            2 => Role::Associate,
            3 => Role::Observer,
            4 => Role::Partner,
            5 => Role::Candidate,
            6 => Role::Participant,
            7 => Role::Invitee,
            8 => Role::Suspended,
            _ => return None,
        })
    }
}

/// When a union came into being, and on what evidence:
/// [`Dataset::founding`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Founding<'d> {
    /// The day (at its precision): the founding instrument's signature, or
    /// the start of the earliest membership recorded.
    pub date: crate::PartialDate,
    /// The founding instrument, when the dataset holds it.
    pub treaty: Option<&'d crate::Treaty>,
    /// The sources of that date.
    pub sources: &'d [crate::SourceId],
}

impl Dataset {
    /// When `union` was founded: the signature of its founding instrument
    /// when the dataset holds one ([`Union::founding_treaty`]), otherwise
    /// the start of its earliest recorded membership (BRICS, a forum with
    /// no founding treaty, from its first summit). `None` for a union with
    /// no records.
    ///
    /// ```
    /// use allegiance::{Dataset, Union};
    ///
    /// let kb = Dataset::embedded();
    /// let eaeu = kb.founding(Union::Eaeu).unwrap();
    /// assert_eq!(eaeu.date.to_string(), "29 May 2014");
    /// assert!(eaeu.treaty.is_some() && !eaeu.sources.is_empty());
    /// let nato = kb.founding(Union::Nato).unwrap();
    /// assert_eq!(nato.date.year_number(), 1949);
    /// ```
    #[must_use]
    pub fn founding(&self, union: Union) -> Option<Founding<'_>> {
        if let Some(t) = union.founding_treaty().and_then(|id| self.treaty(id)) {
            return Some(Founding { date: t.signed, treaty: Some(t), sources: &t.sources });
        }
        self.facts
            .memberships
            .iter()
            .filter(|m| m.union == union)
            .min_by_key(|m| m.period.start)
            .map(|m| Founding { date: m.period.start, treaty: None, sources: &m.sources })
    }
}
