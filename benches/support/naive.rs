//! Naive evaluations shared by the benchmarks: a scan of every record,
//! the baseline the indexed queries are compared against.

#![allow(dead_code)] // each benchmark uses the ones it needs

use allegiance::{Agreement, Country, CountrySet, Dataset, Role, Stance, StanceRecord, TieKind, Union, Vote};

/// `members`: every membership record.
pub fn naive_members(kb: &Dataset, u: Union, d: time::Date) -> CountrySet {
    kb.memberships()
        .iter()
        .filter(|m| m.union == u && m.role.is_member() && m.period.contains(d))
        .map(|m| m.country)
        .collect()
}

/// `role`: every membership record until the first match.
pub fn naive_role(kb: &Dataset, c: Country, u: Union, d: time::Date) -> Option<Role> {
    kb.memberships().iter().find(|m| m.union == u && m.country == c && m.period.contains(d)).map(|m| m.role)
}

/// `stance`: every stance record.
pub fn naive_stance(kb: &Dataset, c: Country, d: time::Date) -> Option<&StanceRecord> {
    kb.facts()
        .stances
        .iter()
        .filter(|r| r.country == c && r.starts() <= d)
        .max_by_key(|r| r.starts())
        .filter(|r| r.until.is_none_or(|u| d < u.first_day()))
}

/// `vote`: the resolutions until the symbol, then its roll call.
pub fn naive_vote(kb: &Dataset, symbol: &str, c: Country) -> Option<Vote> {
    let r = kb.resolutions().iter().find(|r| r.symbol == symbol)?;
    r.votes.iter().find(|&&(x, _)| x == c).map(|&(_, v)| v)
}

/// `countries_with_stance(..=at_most)` in one pass over the records: each
/// country's latest record that has started, then the ended ones dropped.
/// The fair baseline (a scan repeated per country is `naive_countries_with_stance`).
pub fn one_pass_countries_with_stance(kb: &Dataset, at_most: Stance, d: time::Date) -> CountrySet {
    let mut latest: [Option<&allegiance::StanceRecord>; 256] = [None; 256];
    for r in kb.facts().stances.iter().filter(|r| r.starts() <= d) {
        let slot = &mut latest[r.country as usize];
        if slot.is_none_or(|p| p.starts() <= r.starts()) {
            *slot = Some(r);
        }
    }
    latest
        .iter()
        .flatten()
        .filter(|r| r.until.is_none_or(|u| d < u.first_day()) && r.stance <= at_most)
        .map(|r| r.country)
        .collect()
}

/// `countries_with_stance(..=at_most)`: every stance record, per country.
pub fn naive_countries_with_stance(kb: &Dataset, at_most: Stance, d: time::Date) -> CountrySet {
    Country::iter().filter(|&c| naive_stance(kb, c, d).is_some_and(|r| r.stance <= at_most)).collect()
}

/// The naive evaluation of a relation: scan every membership record of
/// every union, every treaty and every roll call.
pub fn naive_relation(kb: &Dataset, a: Country, b: Country, d: time::Date) -> Vec<TieKind> {
    let mut kinds = Vec::new();
    for u in Union::iter() {
        let ra = naive_role(kb, a, u, d);
        let rb = naive_role(kb, b, u, d);
        if let (Some(ra), Some(rb)) = (ra, rb) {
            kinds.push(if ra.is_member() && rb.is_member() {
                TieKind::RegionalOrganisation
            } else {
                TieKind::Association
            });
        }
    }
    for t in kb.treaties() {
        let p = t.parties_at(d);
        if p.contains(a) && p.contains(b) && t.is_in_force(d) {
            kinds.push(TieKind::Agreement);
        }
    }
    let mut agreement = Agreement::default();
    for r in kb.resolutions().iter().filter(|r| r.date.first_day() <= d) {
        if let (Some(x), Some(y)) = (naive_vote(kb, &r.symbol, a), naive_vote(kb, &r.symbol, b))
            && let Some(s) = x.agreement(y)
        {
            agreement.score += s;
            agreement.compared += 1;
        }
    }
    if agreement.share().is_some_and(|s| s >= allegiance::ALIGNED_VOTES) {
        kinds.push(TieKind::AlignedVotes);
    }
    kinds.sort();
    kinds
}

/// `allies`, as far as ties go: [`naive_relation`] with every other
/// country; the number of countries with any tie.
pub fn naive_allies(kb: &Dataset, c: Country, d: time::Date) -> usize {
    Country::iter().filter(|&x| x != c).filter(|&x| !naive_relation(kb, c, x, d).is_empty()).count()
}

/// Whether a union's membership makes its members allies (as `allies`).
fn alliance_union(u: Union) -> bool {
    use allegiance::UnionKind::{EconomicUnion, MilitaryAlliance, StateUnion, SupranationalUnion};
    matches!(u.kind(), MilitaryAlliance | StateUnion | EconomicUnion | SupranationalUnion)
}

/// Whether a treaty kind makes its parties allies (as `allies`).
fn alliance_treaty(t: &allegiance::Treaty) -> bool {
    use allegiance::TreatyKind::{Friendship, MutualDefence, StrategicPartnership};
    matches!(t.kind, MutualDefence | allegiance::TreatyKind::Union | Friendship | StrategicPartnership)
        || t.has_mutual_defence()
}

/// The members of each alliance-grade union on `d` (by discriminant), in
/// one pass over the membership records.
fn alliance_union_members(kb: &Dataset, d: time::Date) -> [CountrySet; 64] {
    let mut members = [CountrySet::EMPTY; 64];
    for m in kb.memberships().iter().filter(|m| m.period.contains(d) && m.role == Role::Member) {
        if alliance_union(m.union) {
            members[m.union as usize].insert(m.country);
        }
    }
    members
}

/// The parties that treaty `t`, in force on `d` with the treaty-wide
/// `parties` taking part, binds to `c`: a suspension towards one party
/// cuts that pair only.
fn bound_to_by(t: &allegiance::Treaty, parties: CountrySet, c: Country, d: time::Date) -> CountrySet {
    if !t.events.iter().any(|e| e.towards.is_some()) {
        return parties;
    }
    let mut with = parties;
    for (by, to) in t.suspended_towards(d) {
        if by == c {
            with.remove(to);
        } else if to == c {
            with.remove(by);
        }
    }
    with
}

/// Each alliance-grade treaty in force on `d`, with its parties taking
/// part: one pass over the treaties.
fn alliance_treaties_in_force(
    kb: &Dataset,
    d: time::Date,
) -> impl Iterator<Item = (&allegiance::Treaty, CountrySet)> + '_ {
    kb.treaties().iter().filter(|t| alliance_treaty(t)).filter_map(move |t| {
        let status = t.status_at(d);
        status.is_in_force().then(|| (t, t.parties_at(d) - status.suspended()))
    })
}

/// `allies(c, d)` as a set, in one pass over the membership records and
/// one over the treaties: the fair baseline for one query.
pub fn one_pass_allies(kb: &Dataset, c: Country, d: time::Date) -> CountrySet {
    let mut out = CountrySet::EMPTY;
    for set in alliance_union_members(kb, d).iter().filter(|s| s.contains(c)) {
        out |= *set;
    }
    for (t, parties) in alliance_treaties_in_force(kb, d).filter(|(_, p)| p.contains(c)) {
        out |= bound_to_by(t, parties, c, d);
    }
    out.remove(c);
    out
}

/// `allies` of every country on `d` as sets, in one pass over the
/// membership records and one over the treaties: the fair baseline for
/// the all-states query.
pub fn one_pass_allies_of_all(kb: &Dataset, d: time::Date) -> Vec<CountrySet> {
    let mut out = vec![CountrySet::EMPTY; 256];
    for set in alliance_union_members(kb, d).iter().filter(|s| !s.is_empty()) {
        for c in set.iter() {
            out[c as usize] |= *set;
        }
    }
    for (t, parties) in alliance_treaties_in_force(kb, d) {
        for c in parties.iter() {
            out[c as usize] |= bound_to_by(t, parties, c, d);
        }
    }
    for c in Country::iter() {
        out[c as usize].remove(c);
    }
    out
}
