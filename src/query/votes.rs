//! UN General Assembly roll calls and Security Council votes.

use crate::vote::UnknownResolution;
use crate::{Agreement, Country, Dataset, Resolution, Tally, Vote};

impl Dataset {
    /// Every recorded vote, in the dataset's order: the General Assembly's
    /// resolutions and the Security Council's votes ([`Resolution::organ`]).
    #[must_use]
    pub fn resolutions(&self) -> &[Resolution] {
        &self.facts.resolutions
    }

    /// The Security Council's recorded votes, adopted resolutions and
    /// failed drafts, in date order.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    ///
    /// let kb = Dataset::embedded();
    /// for r in kb.council_votes() {
    ///     println!("{} {} ({}): {}", r.date, r.symbol, if r.adopted { "adopted" } else { "failed" }, r.totals);
    /// }
    /// // Russia's vetoes of the drafts on its war: 25 Feb and 30 Sep 2022.
    /// let vetoed: Vec<&str> = kb.vetoes(Country::RU).map(|r| &*r.symbol).collect();
    /// assert_eq!(vetoed, ["S/2022/155", "S/2022/720"]);
    /// ```
    pub fn council_votes(&self) -> impl Iterator<Item = &Resolution> + '_ {
        self.index().council_by_date.iter().map(|&i| &self.facts.resolutions[i as usize])
    }

    /// The Security Council drafts `country`'s vote defeated as a
    /// permanent member ([`Resolution::vetoed_by`]), in date order.
    pub fn vetoes(&self, country: Country) -> impl Iterator<Item = &Resolution> + '_ {
        self.council_votes().filter(move |r| r.vetoed_by().contains(country))
    }

    fn resolution_index(&self, symbol: &str) -> Option<usize> {
        self.index()
            .resolutions_by_symbol
            .find(symbol, |i| &self.facts.resolutions[i].symbol)
            .or_else(|| self.resolution_index_forgiving(symbol))
    }

    /// The miss path: `"ES-11/1"` or `" a/res/es-11/1 "` for `"A/RES/ES-11/1"`.
    #[cold]
    fn resolution_index_forgiving(&self, symbol: &str) -> Option<usize> {
        // The one normal form validation and `merge` compare symbols in.
        let want = crate::vote::normalize_symbol(symbol);
        self.facts.resolutions.iter().position(|r| crate::vote::normalize_symbol(&r.symbol) == want)
    }

    /// The resolution with this symbol (`"A/RES/ES-11/1"`; `"ES-11/1"` and
    /// other case is accepted).
    ///
    /// ```
    /// let kb = allegiance::Dataset::embedded();
    /// let r = kb.resolution("A/RES/ES-11/1").unwrap();
    /// assert_eq!(r.title, "Aggression against Ukraine");
    /// assert_eq!(kb.resolution("es-11/1"), Some(r));
    /// ```
    #[must_use]
    pub fn resolution(&self, symbol: &str) -> Option<&Resolution> {
        self.resolution_index(symbol).map(|i| &self.facts.resolutions[i])
    }

    /// How `country` voted on the resolution `symbol`: `None` when the
    /// resolution is unknown, the country was not a UN member, or its vote
    /// is not in the recorded roll call (see [`Resolution::complete`]).
    /// A binary search over symbols and a table lookup; no allocation.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Vote};
    ///
    /// let kb = Dataset::embedded();
    /// assert_eq!(kb.vote("A/RES/ES-11/1", Country::IN), Some(Vote::Abstain));
    /// assert_eq!(kb.vote("A/RES/ES-11/1", Country::BY), Some(Vote::No));
    /// assert_eq!(kb.vote("A/RES/ES-11/1", Country::TW), None); // not a member
    /// ```
    #[must_use]
    pub fn vote(&self, symbol: &str, country: Country) -> Option<Vote> {
        let i = self.resolution_index(symbol)?;
        crate::vote::decode(self.index().roll_calls[i][country as usize])
    }

    /// The totals announced for the resolution `symbol`. The counts of the
    /// recorded roll call are [`Resolution::counted`].
    ///
    /// # Errors
    ///
    /// [`UnknownResolution`] naming the symbol and the closest one known.
    ///
    /// ```
    /// let t = allegiance::Dataset::embedded().tally("A/RES/ES-11/1")?;
    /// assert_eq!((t.yes, t.no, t.abstain, t.not_voting), (141, 5, 35, 12));
    /// # Ok::<(), allegiance::UnknownResolution>(())
    /// ```
    pub fn tally(&self, symbol: &str) -> Result<Tally, UnknownResolution> {
        self.resolution(symbol).map(|r| r.totals).ok_or_else(|| self.unknown_resolution(symbol))
    }

    #[cold]
    fn unknown_resolution(&self, symbol: &str) -> UnknownResolution {
        let symbols = self.facts.resolutions.iter().map(|r| (&r.symbol, r.symbol.as_bytes()));
        let suggestion = crate::country::closest(symbol.as_bytes(), symbols).map(|s| s.as_ref().into());
        UnknownResolution { input: symbol.into(), suggestion }
    }

    /// How often `a` and `b` voted alike on the roll calls `symbols`:
    /// 1 for the same vote, ½ when exactly one abstained, 0 for yes
    /// against no; roll calls where either did not vote or is not recorded
    /// are left out ([`Agreement::compared`] counts the rest).
    ///
    /// # Errors
    ///
    /// [`UnknownResolution`] for the first symbol not in the dataset.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    ///
    /// let kb = Dataset::embedded();
    /// let on = ["A/RES/68/262", "A/RES/ES-11/1", "A/RES/ES-11/4", "A/RES/ES-11/6"];
    /// let a = kb.agreement(Country::CN, Country::IN, &on)?;
    /// assert_eq!(a.compared, 4);
    /// assert_eq!(a.share(), Some(1.0)); // both abstained every time
    /// // On the suspension from the Human Rights Council, China voted no and
    /// // India abstained: half agreement.
    /// let hrc = kb.agreement(Country::CN, Country::IN, &["A/RES/ES-11/3"])?;
    /// assert_eq!(hrc.share(), Some(0.5));
    /// # Ok::<(), allegiance::UnknownResolution>(())
    /// ```
    pub fn agreement(
        &self,
        a: Country,
        b: Country,
        symbols: &[&str],
    ) -> Result<Agreement, UnknownResolution> {
        let mut out = Agreement::default();
        for &symbol in symbols {
            let i = self.resolution_index(symbol).ok_or_else(|| self.unknown_resolution(symbol))?;
            let table = &self.index().roll_calls[i];
            let (x, y) = (table[a as usize], table[b as usize]);
            if let (Some(x), Some(y)) = (crate::vote::decode(x), crate::vote::decode(y))
                && let Some(score) = x.agreement(y)
            {
                out.score += score;
                out.compared += 1;
            }
        }
        Ok(out)
    }
}
