//! Lookup structures built once per [`crate::Dataset`], on first use.
//!
//! Each holds indices into the dataset's fact tables, never copies of the
//! facts, so building is a few sorts and a sweep.

use time::Date;

use crate::{Country, CountrySet, Facts, Role, Source, SourceId, Stance, Union};
use strum::EnumCount;

/// The number of [`Role`]s: one [`CountrySet`] per role at each change point.
pub(crate) const ROLES: usize = Role::COUNT;

/// Who held which role in one union from `day` until the next change point.
#[derive(Clone, Debug)]
pub(crate) struct ChangePoint {
    pub(crate) day: Date,
    pub(crate) by_role: [CountrySet; ROLES],
}

/// Finds records by string id: FNV-1a hashes of the ids, sorted, so a
/// lookup is a hash, a binary search over integers and one string compare.
#[derive(Clone, Debug, Default)]
pub(crate) struct IdIndex {
    keys: Vec<(u64, u32)>,
}

impl IdIndex {
    fn build<'a>(ids: impl Iterator<Item = &'a str>) -> IdIndex {
        let mut keys: Vec<(u64, u32)> = ids.enumerate().map(|(i, id)| (fnv(id), i as u32)).collect();
        keys.sort_unstable();
        IdIndex { keys }
    }

    /// The index of the record whose id (read by `id_of`) is `id`.
    #[inline]
    pub(crate) fn find<'a>(&self, id: &str, id_of: impl Fn(usize) -> &'a str) -> Option<usize> {
        let h = fnv(id);
        let k = self.keys.partition_point(|&(x, _)| x < h);
        self.keys[k..]
            .iter()
            .take_while(|&&(x, _)| x == h)
            .map(|&(_, i)| i as usize)
            .find(|&i| id_of(i) == id)
    }
}

/// 64-bit FNV-1a.
#[inline]
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The number of days in sorted `days` that are at or before `day`.
///
/// Short lists are counted in one pass the compiler vectorises (no chain of
/// dependent loads); long ones are binary-searched.
#[inline]
pub(crate) fn upper_bound(days: &[i32], day: Date) -> usize {
    let day = key(day);
    // Halve the window until it is short, then count it in one pass.
    let (mut lo, mut len) = (0, days.len());
    while len > 64 {
        let half = len / 2;
        if days[lo + half] <= day {
            lo += half;
        }
        len -= half;
    }
    lo + days[lo..lo + len].iter().map(|&d| usize::from(d <= day)).sum::<usize>()
}

/// A day as an `i32` that sorts like the day (year and ordinal packed).
#[inline]
pub(crate) fn key(day: Date) -> i32 {
    (day.year() << 9) | i32::from(day.ordinal())
}

/// One membership period, compact: `[start, end)` and the role.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    /// The first day, as a [`key`].
    pub(crate) start: i32,
    /// The day it ended, as a [`key`] (`i32::MAX` while open).
    pub(crate) end: i32,
    pub(crate) role: Role,
    /// Index into `facts.memberships`.
    pub(crate) record: u32,
}

/// Every lookup structure of a dataset.
#[derive(Debug)]
pub(crate) struct Index {
    /// Sources by id.
    sources_by_id: IdIndex,
    /// Per union (by discriminant), its change points in day order.
    pub(crate) unions: Vec<Vec<ChangePoint>>,
    /// Per union, the days of its change points as [`key`]s (a compact
    /// array to search).
    pub(crate) union_days: Vec<Vec<i32>>,
    /// Per union, the members (`Member | Frozen | Suspended`) at each change point.
    pub(crate) union_members: Vec<Vec<CountrySet>>,
    /// Every country's spans in every union, in start order, union by union
    /// and country by country in one buffer (periods of one
    /// (country, union) never overlap): `span_at` reads one slice.
    pub(crate) spans: Vec<Span>,
    /// Where the spans of (union, country) start in `spans`, at
    /// `union * Country::COUNT + country`, with one last entry for the end.
    pub(crate) span_offsets: Vec<u32>,
    /// Per country: a bit per union (by discriminant) it ever had a role in.
    pub(crate) union_mask: Vec<u32>,
    /// Per country: a bit per union it ever had a role in, by the union's
    /// place in [`Index::unions_by_tie`] (universal unions left out): the
    /// unions two countries share, strongest tie first, are the set bits of
    /// the two masks' intersection, lowest first.
    pub(crate) tie_mask: Vec<u32>,
    /// The non-universal unions, in the order of the tie their members
    /// have ([`crate::tie::union_tie`]), then of discriminant.
    pub(crate) unions_by_tie: Vec<Union>,
    /// Per union, per country: indices into `facts.memberships` in period order.
    pub(crate) history: Vec<Vec<Vec<u32>>>,
    /// Treaties by id.
    pub(crate) treaties_by_id: IdIndex,
    /// Per country: indices into `facts.treaties` it was ever a party to,
    /// in order of signature.
    pub(crate) treaties_of: Vec<Vec<u32>>,
    /// Per country: the same treaties in the order of the tie they make
    /// ([`Index::treaty_ties`]), then of signature: a pair's ties come out
    /// of it nearly in the order `relation` returns them.
    pub(crate) treaties_by_tie: Vec<Vec<u32>>,
    /// Per treaty (in `facts` order): every country ever a party.
    pub(crate) treaty_parties: Vec<CountrySet>,
    /// Per treaty (in `facts` order): its status as a step function of the
    /// day, from the first boundary (signature) on.
    pub(crate) treaty_status: Vec<StatusTimeline>,
    /// Per treaty: whether an event suspends a party towards one other
    /// party only ([`crate::TreatyEvent::towards`]), which a pair's status
    /// must then look up ([`crate::Treaty::suspended_towards`]).
    pub(crate) treaty_legs: Vec<bool>,
    /// Per treaty: the tie kind of the pairs its mutual-defence provisions
    /// do not join, when those provisions bind or are owed to named parties
    /// only ([`crate::tie::treaty_tie_elsewhere`]).
    pub(crate) treaty_ties_elsewhere: Vec<Option<crate::TieKind>>,
    /// Indices into `facts.resolutions` of the General Assembly's, in date
    /// order.
    pub(crate) resolutions_by_date: Vec<u32>,
    /// Indices into `facts.resolutions` of the Security Council's votes, in
    /// date order.
    pub(crate) council_by_date: Vec<u32>,
    /// The adoption days of `resolutions_by_date`, as [`key`]s.
    pub(crate) resolution_days: Vec<i32>,
    /// Per country: indices into `facts.stances`, in `since` order.
    pub(crate) stance_of: Vec<Vec<u32>>,
    /// Per country: the `since` days of `stance_of`'s records, as [`key`]s.
    pub(crate) stance_since: Vec<Vec<i32>>,
    /// Per country: the `until` days of `stance_of`'s records, as [`key`]s
    /// (`i32::MAX` when open).
    pub(crate) stance_until: Vec<Vec<i32>>,
    /// Who held which stance from `day` until the next point.
    pub(crate) stance_points: Vec<StancePoint>,
    /// The days of `stance_points`, as [`key`]s.
    pub(crate) stance_days: Vec<i32>,
    /// Countries with at least one stance record.
    pub(crate) with_stance: CountrySet,
    /// Statements by id.
    pub(crate) statements_by_id: IdIndex,
    /// Per treaty (in `facts` order): the kind of tie it makes between its
    /// parties while in force.
    pub(crate) treaty_ties: Vec<crate::TieKind>,
    /// Per country: indices into `facts.statements` by or about it, in date order.
    pub(crate) statements_of: Vec<Vec<u32>>,
    /// Per country: indices into `facts.claims` about it.
    pub(crate) claims_of: Vec<Vec<u32>>,
    /// Resolutions by symbol.
    pub(crate) resolutions_by_symbol: IdIndex,
    /// Per resolution (in `facts` order): each country's vote code
    /// (0 = none recorded, else `Vote as u8 + 1`).
    pub(crate) roll_calls: Vec<[u8; 256]>,
}

/// A treaty's status as a step function: `days[k]` is the first day of
/// `statuses[k]`. Before `days[0]` (signature) the treaty is not yet signed.
#[derive(Clone, Debug)]
pub(crate) struct StatusTimeline {
    days: Vec<i32>,
    statuses: Vec<crate::TreatyStatus>,
}

impl StatusTimeline {
    /// `Treaty::status_at` at every day where anything about the treaty
    /// can change (the status is constant between those days), from one
    /// sweep over its events and periods.
    fn build(t: &crate::Treaty) -> StatusTimeline {
        let mut out = StatusTimeline { days: Vec::new(), statuses: Vec::new() };
        for (d, s) in t.status_changes() {
            if out.statuses.last() != Some(&s) {
                out.days.push(key(d));
                out.statuses.push(s);
            }
        }
        out
    }

    /// Each step: its first day and the status from then on, in day order.
    pub(crate) fn steps(&self) -> impl Iterator<Item = (Date, crate::TreatyStatus)> + '_ {
        self.days.iter().zip(&self.statuses).filter_map(|(&k, &s)| {
            // `key` packs the year above 9 bits of ordinal.
            Date::from_ordinal_date(k >> 9, (k & 0x1ff) as u16).ok().map(|d| (d, s))
        })
    }

    #[inline]
    pub(crate) fn at(&self, day: Date) -> crate::TreatyStatus {
        let k = upper_bound(&self.days, day);
        k.checked_sub(1).map_or(crate::TreatyStatus::NotYetSigned, |k| self.statuses[k])
    }
}

/// Who held which stance from `day` until the next point.
#[derive(Clone, Debug)]
pub(crate) struct StancePoint {
    pub(crate) day: Date,
    pub(crate) by_stance: [CountrySet; Stance::COUNT],
}

impl Index {
    pub(crate) fn build(facts: &Facts) -> Index {
        let sources_by_id = IdIndex::build(facts.sources.iter().map(|s| s.id.as_str()));

        let mut history = vec![vec![Vec::new(); crate::Country::COUNT]; Union::COUNT];
        // (union, day, is_start, record)
        let mut events: Vec<(u8, Date, bool, u32)> = Vec::with_capacity(facts.memberships.len() * 2);
        for (i, m) in facts.memberships.iter().enumerate() {
            history[m.union as usize][m.country as usize].push(i as u32);
            events.push((m.union as u8, m.period.start.first_day(), true, i as u32));
            if let Some(end) = m.period.end {
                events.push((m.union as u8, end.first_day(), false, i as u32));
            }
        }
        for per_country in &mut history {
            for list in per_country.iter_mut() {
                list.sort_by_key(|&i| facts.memberships[i as usize].period);
            }
        }
        // Ends before starts on the same day: half-open periods.
        events.sort_unstable_by_key(|&(u, d, start, i)| (u, d, start, i));
        let mut unions: Vec<Vec<ChangePoint>> = vec![Vec::new(); Union::COUNT];
        let mut state = [CountrySet::EMPTY; ROLES];
        let mut current: Option<u8> = None;
        for &(u, day, start, i) in &events {
            if current != Some(u) {
                current = Some(u);
                state = [CountrySet::EMPTY; ROLES];
            }
            let m = &facts.memberships[i as usize];
            let set = &mut state[m.role as usize];
            if start {
                set.insert(m.country);
            } else {
                set.remove(m.country);
            }
            let points = &mut unions[u as usize];
            match points.last_mut() {
                Some(last) if last.day == day => last.by_role = state,
                _ => points.push(ChangePoint { day, by_role: state }),
            }
        }
        let union_days = unions.iter().map(|p| p.iter().map(|c| key(c.day)).collect()).collect();
        let union_members = unions
            .iter()
            .map(|p| {
                p.iter()
                    .map(|c| {
                        c.by_role[Role::Member as usize]
                            | c.by_role[Role::Frozen as usize]
                            | c.by_role[Role::Suspended as usize]
                    })
                    .collect()
            })
            .collect();
        let mut spans = Vec::new();
        let mut span_offsets = Vec::with_capacity(history.len() * crate::Country::COUNT + 1);
        for per_country in &history {
            for list in per_country {
                span_offsets.push(spans.len() as u32);
                spans.extend(list.iter().map(|&i| {
                    let m = &facts.memberships[i as usize];
                    Span {
                        start: key(m.period.start.first_day()),
                        end: m.period.end.map_or(i32::MAX, |e| key(e.first_day())),
                        role: m.role,
                        record: i,
                    }
                }));
            }
        }
        span_offsets.push(spans.len() as u32);
        // One bit per union: the masks are u32.
        const _: () = assert!(Union::ALL.len() <= 32);
        let mut union_mask = vec![0u32; crate::Country::COUNT];
        for m in facts.memberships.iter() {
            union_mask[m.country as usize] |= 1 << (m.union as u8);
        }
        let mut unions_by_tie: Vec<Union> =
            Union::iter().filter(|&u| crate::tie::union_tie(u, true, true).is_some()).collect();
        unions_by_tie.sort_by_key(|&u| (crate::tie::union_tie(u, true, true), u as u8));
        let tie_mask = union_mask
            .iter()
            .map(|&m| {
                let bits = unions_by_tie.iter().enumerate().filter(|&(_, &u)| m & (1 << (u as u8)) != 0);
                bits.fold(0u32, |acc, (r, _)| acc | 1 << r)
            })
            .collect();
        let treaties_by_id = IdIndex::build(facts.treaties.iter().map(|t| &*t.id));
        let mut treaties_of = vec![Vec::new(); crate::Country::COUNT];
        for (i, t) in facts.treaties.iter().enumerate() {
            for c in t.all_parties() {
                treaties_of[c as usize].push(i as u32);
            }
        }
        for list in &mut treaties_of {
            list.sort_by_key(|&i| (facts.treaties[i as usize].signed, i));
        }
        let treaty_parties = facts.treaties.iter().map(crate::Treaty::all_parties).collect();
        let treaty_status = facts.treaties.iter().map(StatusTimeline::build).collect();
        let treaty_ties: Vec<crate::TieKind> = facts.treaties.iter().map(crate::tie::treaty_tie).collect();
        let mut treaties_by_tie = treaties_of.clone();
        for list in &mut treaties_by_tie {
            // Stable: ties of one kind keep the order of signature.
            list.sort_by_key(|&i| treaty_ties[i as usize]);
        }
        let treaty_legs =
            facts.treaties.iter().map(|t| t.events.iter().any(|e| e.towards.is_some())).collect();
        let treaty_ties_elsewhere = facts.treaties.iter().map(crate::tie::treaty_tie_elsewhere).collect();
        let statements_by_id = IdIndex::build(facts.statements.iter().map(|s| &*s.id));
        // In date order, split by organ: the General Assembly's, which the
        // windowed agreement compares, and the Security Council's, which are
        // looked up and listed, never averaged.
        let mut by_date: Vec<u32> = (0..facts.resolutions.len() as u32).collect();
        by_date.sort_by_key(|&i| (facts.resolutions[i as usize].date, i));
        let (resolutions_by_date, council_by_date): (Vec<u32>, Vec<u32>) = by_date
            .into_iter()
            .partition(|&i| facts.resolutions[i as usize].organ == crate::Organ::GeneralAssembly);
        let resolution_days = resolutions_by_date
            .iter()
            .map(|&i| key(facts.resolutions[i as usize].date.first_day()))
            .collect();
        let (stance_of, stance_points, with_stance) = stance_index(facts);
        let stance_days = stance_points.iter().map(|p| key(p.day)).collect();
        let stance_since = stance_of
            .iter()
            .map(|list| list.iter().map(|&i| key(facts.stances[i as usize].starts())).collect())
            .collect();
        let stance_until = stance_of
            .iter()
            .map(|list| {
                list.iter()
                    .map(|&i| facts.stances[i as usize].until.map_or(i32::MAX, |u| key(u.first_day())))
                    .collect()
            })
            .collect();
        let mut statements_of = vec![Vec::new(); Country::COUNT];
        for (i, st) in facts.statements.iter().enumerate() {
            statements_of[st.country as usize].push(i as u32);
            if let Some(about) = st.about.filter(|&a| a != st.country) {
                statements_of[about as usize].push(i as u32);
            }
        }
        for list in &mut statements_of {
            list.sort_by_key(|&i| (facts.statements[i as usize].date, i));
        }
        let mut claims_of = vec![Vec::new(); Country::COUNT];
        for (i, c) in facts.claims.iter().enumerate() {
            claims_of[c.subject as usize].push(i as u32);
        }
        let resolutions_by_symbol = IdIndex::build(facts.resolutions.iter().map(|r| &*r.symbol));
        let roll_calls = facts
            .resolutions
            .iter()
            .map(|r| {
                let mut table = [0u8; 256];
                for &(c, v) in r.votes.iter() {
                    table[c as usize] = v as u8 + 1;
                }
                table
            })
            .collect();
        Index {
            sources_by_id,
            unions,
            union_days,
            union_members,
            spans,
            span_offsets,
            union_mask,
            tie_mask,
            unions_by_tie,
            history,
            treaties_by_id,
            treaties_of,
            treaties_by_tie,
            treaty_parties,
            treaty_status,
            treaty_legs,
            treaty_ties_elsewhere,
            treaty_ties,
            statements_by_id,
            resolutions_by_date,
            council_by_date,
            resolution_days,
            stance_of,
            stance_since,
            stance_until,
            stance_points,
            stance_days,
            with_stance,
            statements_of,
            claims_of,
            resolutions_by_symbol,
            roll_calls,
        }
    }

    pub(crate) fn source<'f>(&self, facts: &'f Facts, id: &SourceId) -> Option<&'f Source> {
        self.sources_by_id.find(id.as_str(), |i| facts.sources[i].id.as_str()).map(|i| &facts.sources[i])
    }

    /// The roles in `union` in force on `day`.
    #[inline]
    pub(crate) fn roles_at(&self, union: Union, day: Date) -> Option<&[CountrySet; ROLES]> {
        let k = upper_bound(&self.union_days[union as usize], day);
        k.checked_sub(1).map(|k| &self.unions[union as usize][k].by_role)
    }

    /// The members of `union` on `day`.
    #[inline]
    pub(crate) fn members_at(&self, union: Union, day: Date) -> CountrySet {
        let k = upper_bound(&self.union_days[union as usize], day);
        k.checked_sub(1).map_or(CountrySet::EMPTY, |k| self.union_members[union as usize][k])
    }

    /// The role of `country` in `union` on `day`: a search of that
    /// country's own spans only.
    #[inline]
    pub(crate) fn role_at(&self, country: Country, union: Union, day: Date) -> Option<Role> {
        self.span_at(country, union, day).map(|s| s.role)
    }

    /// The membership span of `country` in `union` covering `day`.
    #[inline]
    pub(crate) fn span_at(&self, country: Country, union: Union, day: Date) -> Option<&Span> {
        let i = union as usize * crate::Country::COUNT + country as usize;
        let spans = &self.spans[self.span_offsets[i] as usize..self.span_offsets[i + 1] as usize];
        let day = key(day);
        let k = spans.partition_point(|s| s.start <= day);
        let s = spans.get(k.checked_sub(1)?)?;
        (day < s.end).then_some(s)
    }
}

/// Per-country stance records in order, and the change points of who held
/// which stance: a sweep over each country's segments.
fn stance_index(facts: &Facts) -> (Vec<Vec<u32>>, Vec<StancePoint>, CountrySet) {
    let mut stance_of = vec![Vec::new(); Country::COUNT];
    let mut with_stance = CountrySet::EMPTY;
    for (i, r) in facts.stances.iter().enumerate() {
        stance_of[r.country as usize].push(i as u32);
        with_stance.insert(r.country);
    }
    // (day, becomes Some?, country, new stance)
    let mut events: Vec<(Date, bool, Country, Option<Stance>)> = Vec::new();
    for list in &mut stance_of {
        list.sort_by_key(|&i| (facts.stances[i as usize].starts(), facts.stances[i as usize].since, i));
        for (k, &i) in list.iter().enumerate() {
            let r = &facts.stances[i as usize];
            let start = r.starts();
            events.push((start, true, r.country, Some(r.stance)));
            let next = list.get(k + 1).map(|&j| facts.stances[j as usize].starts());
            if let Some(until) = r.until.map(|u| u.first_day())
                && until > start
                && next.is_none_or(|n| until < n)
            {
                events.push((until, false, r.country, None));
            }
        }
    }
    // Stable: a country's events keep the order of its records.
    events.sort_by_key(|&(day, some, c, _)| (day, some, c));
    let mut current: [Option<Stance>; 256] = [None; 256];
    let mut sets = [CountrySet::EMPTY; Stance::COUNT];
    let mut points: Vec<StancePoint> = Vec::new();
    for &(day, _, country, new) in &events {
        let c = country as usize;
        if let Some(old) = current[c] {
            sets[old as usize].remove(country);
        }
        if let Some(s) = new {
            sets[s as usize].insert(country);
        }
        current[c] = new;
        match points.last_mut() {
            Some(last) if last.day == day => last.by_stance = sets,
            _ => points.push(StancePoint { day, by_stance: sets }),
        }
    }
    (stance_of, points, with_stance)
}

#[cfg(test)]
mod tests {
    use super::{key, upper_bound};
    use proptest::prelude::*;
    use time::Date;

    fn any_date() -> impl Strategy<Value = Date> {
        (-9999i32..=9999, 1u16..=365).prop_map(|(y, d)| Date::from_ordinal_date(y, d).unwrap())
    }

    proptest! {
        #[test]
        fn key_sorts_like_the_day(a in any_date(), b in any_date()) {
            prop_assert_eq!(key(a).cmp(&key(b)), a.cmp(&b));
        }

        #[test]
        fn upper_bound_counts_days_at_or_before(mut days in prop::collection::vec(any_date(), 0..200), day in any_date()) {
            days.sort();
            let keys: Vec<i32> = days.iter().map(|&d| key(d)).collect();
            prop_assert_eq!(upper_bound(&keys, day), days.iter().filter(|&&d| d <= day).count());
        }
    }
}
