//! Allies and relations: every tie between countries on a day.

use time::Date;

use super::scratch::Scratch;
use crate::tie::{Allies, Relation, RollCalls, Tie, TieKind, Via, union_tie};
use crate::{Agreement, Country, CountrySet, Dataset, Union};

/// The first day of the aligned-votes window that ends on `day`: the day
/// after the same day a year before (29 February counts from 1 March).
pub(crate) fn window_start(day: Date) -> Date {
    let year = day.year() - 1;
    let a_year_before = Date::from_calendar_date(year, day.month(), day.day())
        .or_else(|_| Date::from_calendar_date(year, day.month(), day.day() - 1))
        .unwrap_or(day);
    a_year_before.next_day().unwrap_or(a_year_before)
}

/// Agreement on the roll calls at or above which votes count as aligned.
pub const ALIGNED_VOTES: f64 = 0.75;

/// How many months up to the day the aligned-votes tie compares: the
/// General Assembly's roll calls dated from the day a year earlier
/// (exclusive) to the day (inclusive).
pub const ALIGNED_VOTES_MONTHS: u8 = 12;

/// The fewest roll calls both must have voted on (yes, no or abstain) in
/// the window for their votes to make a tie: one vote, or a handful, never
/// does.
pub const ALIGNED_VOTES_MIN: u32 = 10;

/// Deprecated: the aligned-votes tie no longer compares the latest ten
/// roll calls, but the twelve months up to the day
/// ([`ALIGNED_VOTES_MONTHS`]) with at least [`ALIGNED_VOTES_MIN`] compared.
#[deprecated(
    since = "0.2.0",
    note = "the window is twelve months: see ALIGNED_VOTES_MONTHS and ALIGNED_VOTES_MIN"
)]
pub const ALIGNED_VOTES_WINDOW: usize = 10;

/// The aligned-votes window of a day ([`Dataset::vote_window`]).
struct VoteWindow<'d> {
    day: Date,
    from: Date,
    /// The last day the embedded record is used to, if the window reaches it.
    record_to: Option<Date>,
    /// The dataset's roll calls in the window after the record's end.
    picked: &'d [u32],
}

/// Whether `c` is a party of `t` on `day`.
#[inline]
fn is_party(t: &crate::Treaty, c: Country, day: Date) -> bool {
    t.parties.iter().any(|p| p.country == c && p.period.contains(day))
}

impl Dataset {
    /// Every tie between `a` and `b` on `day`, strongest first (ties in
    /// effect before [suspended](crate::Tie::is_suspended) ones), with each
    /// one's stance on the invasion. A pair with no tie gets an empty
    /// relation, not an error.
    ///
    /// ```
    /// use allegiance::{Country, Dataset, TieKind};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let r = kb.relation(Country::RU, Country::CN, date!(2022-03-01));
    /// assert_eq!(r.strongest(), Some(TieKind::Friendship));
    /// for tie in &r.ties {
    ///     println!("{tie} [{}]", tie.sources().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
    /// }
    /// // Israel and Russia: the OSCE (Israel a partner of it) and
    /// // diplomatic relations, no alliance-grade tie.
    /// let il = kb.relation(Country::RU, Country::IL, date!(2022-03-01));
    /// assert_eq!(il.strongest(), Some(TieKind::Association));
    /// assert!(il.ties.iter().any(|t| t.kind == TieKind::DiplomaticRelations));
    /// assert!(!il.is_alliance());
    /// // No tie recorded at all: an empty relation, not an error.
    /// assert!(kb.relation(Country::IL, Country::KP, date!(2022-03-01)).ties.is_empty());
    /// ```
    #[must_use]
    pub fn relation(&self, a: Country, b: Country, day: Date) -> Relation<'_> {
        Relation {
            a,
            b,
            day,
            ties: self.ties_between(a, b, day),
            stance_a: self.stance(a, day),
            stance_b: self.stance(b, day),
        }
    }

    /// Every tie between `a` and `b` on `day`, strongest first.
    fn ties_between(&self, a: Country, b: Country, day: Date) -> Vec<Tie<'_>> {
        let mut ties = Vec::with_capacity(16);
        if a != b {
            let ix = self.index();
            // Walk the shorter list of the two countries' treaties.
            let (la, lb) = (&ix.treaties_by_tie[a as usize], &ix.treaties_by_tie[b as usize]);
            let (list, other) = if la.len() <= lb.len() { (la, b) } else { (lb, a) };
            let treaties = list.iter().filter_map(|&i| {
                let i = i as usize;
                if !ix.treaty_parties[i].contains(other) {
                    return None;
                }
                let status = ix.treaty_status[i].at(day);
                let t = &self.facts.treaties[i];
                (status.is_in_force() && is_party(t, a, day) && is_party(t, b, day)).then_some((i, status))
            });
            self.pair_ties(a, b, day, (|u| ix.span_at(a, u, day), u32::MAX), treaties, &mut ties);
            if let Some(t) = self.vote_tie(a, b, day) {
                ties.push(t);
            }
            crate::tie::sort_ties(&mut ties);
        }
        ties
    }

    /// The union and treaty ties of `a` and `b` on `day`, pushed to `out`
    /// nearly in the order [`crate::tie::sort_ties`] gives them: the two
    /// come merged by the tie each union's members and each treaty's parties
    /// have, so the sort that follows finds them in order unless a role, a
    /// suspension or a provision made one weaker. `span_a` gives `a`'s span
    /// in a union (looked up once per query by [`Dataset::allies`]) and the
    /// unions (as bits of [`crate::index::Index::tie_mask`]) in which `a` is
    /// a member on the day, if known (its ties in the others are
    /// associations, which come after the treaties that bind more);
    /// `treaties` gives the treaties binding both on the day with their
    /// status, in the order of [`crate::index::Index::treaties_by_tie`].
    #[inline]
    fn pair_ties<'d>(
        &'d self,
        a: Country,
        b: Country,
        day: Date,
        (span_a, member_a): (impl Fn(Union) -> Option<&'d crate::index::Span>, u32),
        treaties: impl Iterator<Item = (usize, crate::TreatyStatus)>,
        out: &mut Vec<Tie<'d>>,
    ) {
        let ix = self.index();
        // The unions both ever had a role in, strongest tie first: the set
        // bits of the two masks, lowest first; those in which `a` is not a
        // member after them.
        let both = ix.tie_mask[a as usize] & ix.tie_mask[b as usize];
        let (mut strong, mut weak) = (both & member_a, both & !member_a);
        let mut treaties = treaties.peekable();
        loop {
            let (bits, kind) = if strong != 0 {
                let u = ix.unions_by_tie[strong.trailing_zeros() as usize];
                (&mut strong, union_tie(u, true, true))
            } else {
                (&mut weak, Some(TieKind::Association))
            };
            let next_union = (*bits != 0).then(|| ix.unions_by_tie[bits.trailing_zeros() as usize]);
            let union_first = match (next_union, treaties.peek()) {
                (Some(_), Some(&(i, _))) => kind.is_none_or(|k| k <= ix.treaty_ties[i]),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            if let (true, Some(u)) = (union_first, next_union) {
                *bits &= *bits - 1;
                let (Some(sa), Some(sb)) = (span_a(u), ix.span_at(b, u, day)) else { continue };
                let Some(kind) = union_tie(u, sa.role.is_member(), sb.role.is_member()) else { continue };
                let records = (
                    &self.facts.memberships[sa.record as usize],
                    &self.facts.memberships[sb.record as usize],
                );
                out.push(Tie { kind, via: Via::Union { union: u, roles: (sa.role, sb.role), records } });
            } else if let Some((i, status)) = treaties.next() {
                out.push(self.treaty_tie_of(i, status, a, b, day));
            }
        }
    }

    /// The tie treaty `i` (in force on `day` with `status`) makes between
    /// its parties `a` and `b`.
    #[inline]
    fn treaty_tie_of(
        &self,
        i: usize,
        status: crate::TreatyStatus,
        a: Country,
        b: Country,
        day: Date,
    ) -> Tie<'_> {
        let ix = self.index();
        let t = &self.facts.treaties[i];
        // What binds these two: only their own suspensions.
        let status = if ix.treaty_legs[i] {
            t.pair_status(status, a, b, day)
        } else if status.suspended().is_empty() {
            status
        } else {
            status.restricted_to(CountrySet::from([a, b]))
        };
        // A defence obligation owed between named parties only joins them.
        let kind = match ix.treaty_ties_elsewhere[i] {
            Some(other)
                if !t.provisions.iter().any(|p| {
                    p.obligation == crate::treaty::Obligation::MutualDefence && p.holds_between(a, b)
                }) =>
            {
                other
            }
            _ => ix.treaty_ties[i],
        };
        Tie { kind, via: Via::Treaty { treaty: t, status } }
    }

    /// The aligned-votes tie: agreement at or above [`ALIGNED_VOTES`] over
    /// the roll calls of the [`ALIGNED_VOTES_MONTHS`] up to `day`, at least
    /// [`ALIGNED_VOTES_MIN`] of them compared: the embedded record
    /// ([`crate::unga`]) up to its last day, the dataset's resolutions
    /// after it.
    fn vote_tie(&self, a: Country, b: Country, day: Date) -> Option<Tie<'_>> {
        self.vote_tie_in(&self.vote_window(day), a, b)
    }

    /// The aligned-votes window of `day`, found once per query.
    fn vote_window(&self, day: Date) -> VoteWindow<'_> {
        let ix = self.index();
        let from = window_start(day);
        let last = crate::unga::last_day();
        let record_to = last.filter(|&last| from <= last).map(|last| day.min(last));
        // The dataset's roll calls in the window, after the record's end.
        let after = last.map_or(from, |last| from.max(last.next_day().unwrap_or(last)));
        let lo = after.previous_day().map_or(0, |d| crate::index::upper_bound(&ix.resolution_days, d));
        let hi = crate::index::upper_bound(&ix.resolution_days, day);
        VoteWindow { day, from, record_to, picked: &ix.resolutions_by_date[lo.min(hi)..hi] }
    }

    /// [`Dataset::vote_tie`] in a window found by [`Dataset::vote_window`].
    #[inline]
    fn vote_tie_in<'d>(&'d self, w: &VoteWindow<'d>, a: Country, b: Country) -> Option<Tie<'d>> {
        // Fewer roll calls in the window than a tie needs: none can be one.
        if w.record_to.is_none() && w.picked.len() < ALIGNED_VOTES_MIN as usize {
            return None;
        }
        let ix = self.index();
        let (day, from, picked) = (w.day, w.from, w.picked);
        let record = w.record_to.map_or_else(Agreement::default, |to| crate::unga::agreement(a, b, from, to));
        let mut agreement = record;
        for &i in picked {
            let table = &ix.roll_calls[i as usize];
            let (x, y) = (table[a as usize], table[b as usize]);
            if let (Some(x), Some(y)) = (crate::vote::decode(x), crate::vote::decode(y))
                && let Some(score) = x.agreement(y)
            {
                agreement.score += score;
                agreement.compared += 1;
            }
        }
        let aligned = agreement.compared >= ALIGNED_VOTES_MIN && agreement.share()? >= ALIGNED_VOTES;
        let window =
            RollCalls { all: &self.facts.resolutions, picked, from: Some(from), to: Some(day), record };
        aligned.then_some(Tie { kind: TieKind::AlignedVotes, via: Via::Votes { agreement, window } })
    }

    /// The countries bound to `country` on `day` by at least one
    /// alliance-grade tie (see [`crate::tie`] for the rule), strongest tie
    /// first, then in country order; each with all its ties.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let allies = kb.allies(Country::RU, date!(2022-03-01));
    /// let has = |c| allies.iter().any(|a| a.country == c);
    /// assert!(has(Country::BY) && has(Country::KZ) && has(Country::CN) && has(Country::IN));
    /// assert!(!has(Country::TR) && !has(Country::PK) && !has(Country::IL));
    /// assert!(!has(Country::KP));
    /// assert!(kb.allies(Country::RU, date!(2025-01-01)).iter().any(|a| a.country == Country::KP));
    /// ```
    #[must_use]
    pub fn allies(&self, country: Country, day: Date) -> Allies<'_> {
        self.bound_to(country, day, true)
    }

    /// Every country with any tie to `country` on `day`, alliance-grade or
    /// not, ordered like [`Dataset::allies`]. Aligned UN votes are included
    /// only for countries that have another tie (so the answer stays about
    /// bonds, not about the whole General Assembly).
    #[must_use]
    pub fn ties(&self, country: Country, day: Date) -> Allies<'_> {
        self.bound_to(country, day, false)
    }

    fn bound_to(&self, country: Country, day: Date, alliance_only: bool) -> Allies<'_> {
        let ix = self.index();
        // `country`'s side of every pair, looked up once: its span in each
        // union, and (below) its treaties in force on the day.
        let mut spans = [None; Union::ALL.len()];
        for u in Union::iter() {
            spans[u as usize] = ix.span_at(country, u, day);
        }
        // The unions (as tie-mask bits) in which `country` is a member.
        let member_mask = ix.unions_by_tie.iter().enumerate().fold(0u32, |m, (r, &u)| {
            m | u32::from(spans[u as usize].is_some_and(|s| s.role.is_member())) << r
        });
        let window = self.vote_window(day);
        let mut candidates = CountrySet::EMPTY;
        for u in Union::iter() {
            let Some(span) = spans[u as usize] else { continue };
            let Some(roles) = ix.roles_at(u, day) else { continue };
            for (r, set) in roles.iter().enumerate() {
                let member = crate::Role::from_index(r as u8).is_some_and(crate::Role::is_member);
                let Some(kind) = union_tie(u, span.role.is_member(), member) else { continue };
                if !alliance_only || kind.is_alliance_grade() {
                    candidates |= *set;
                }
            }
        }
        // The other parties of its treaties in force on the day, each
        // party's in the treaties' order, as a list per party threaded
        // through one buffer: `in_force[k]` is the k-th treaty in force;
        // `links[e]` is (k, the next entry of the same party), and
        // `first[party]` its first entry. The treaties are walked last to
        // first and each entry put in front, so every list runs first to
        // last: no sort.
        // Both lists stay on the stack for the embedded dataset (it needs
        // at most 57 treaties and 83 other parties per country, ever;
        // `tests/no_alloc.rs` fails if it outgrows them).
        let mut in_force =
            Scratch::<(usize, crate::TreatyStatus), 64>::new((0, crate::TreatyStatus::NotYetSigned));
        for &i in &ix.treaties_by_tie[country as usize] {
            let (i, status) = (i as usize, ix.treaty_status[i as usize].at(day));
            if status.is_in_force() && is_party(&self.facts.treaties[i], country, day) {
                in_force.push((i, status));
            }
        }
        let in_force = in_force.as_slice();
        const NONE: u32 = u32::MAX;
        let mut first = [NONE; Country::COUNT];
        let mut links = Scratch::<(u32, u32), 256>::new((NONE, NONE));
        for (k, &(i, _)) in in_force.iter().enumerate().rev() {
            let grade = ix.treaty_ties[i].is_alliance_grade();
            for p in self.facts.treaties[i]
                .parties
                .iter()
                .filter(|p| p.country != country && p.period.contains(day))
            {
                links.push((k as u32, first[p.country as usize]));
                first[p.country as usize] = (links.len() - 1) as u32;
                if !alliance_only || grade {
                    candidates.insert(p.country);
                }
            }
        }
        candidates.remove(country);
        // Every ally's ties go to one buffer, with room for every tie any
        // candidate can have (one per union both ever had a role in, per
        // treaty link, and the aligned votes), so it never grows: the
        // answer's two allocations are the query's only ones.
        let mask = ix.tie_mask[country as usize];
        let room = candidates
            .iter()
            .map(|c| (mask & ix.tie_mask[c as usize]).count_ones() as usize + 1)
            .sum::<usize>()
            + links.len();
        let mut out = Allies::with_capacity(candidates.len(), room);
        for c in candidates.iter() {
            let ties = out.open();
            let start = ties.len();
            let mut e = first[c as usize];
            let treaties = core::iter::from_fn(|| {
                let &(k, next) = links.as_slice().get(e as usize)?;
                e = next;
                Some(in_force[k as usize])
            });
            self.pair_ties(country, c, day, (|u| spans[u as usize], member_mask), treaties, ties);
            if let Some(t) = self.vote_tie_in(&window, country, c) {
                ties.push(t);
            }
            if ties.len() > start + 1 {
                crate::tie::sort_ties(&mut ties[start..]);
            }
            let first = ties.get(start);
            let keep =
                if alliance_only { first.is_some_and(Tie::is_alliance_grade) } else { first.is_some() };
            if keep {
                out.close(c);
            } else {
                out.discard();
            }
        }
        out.sort();
        out
    }
}
