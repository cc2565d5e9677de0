//! Naive evaluations shared by the benchmarks: a scan of every record,
//! the baseline the indexed queries are compared against.

#![allow(dead_code)] // each benchmark uses the ones it needs

use allegiance::{Country, CountrySet, Dataset, Role, StanceRecord, Union, Vote};

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
        .filter(|r| r.country == c && r.since.first_day() <= d)
        .max_by_key(|r| r.since)
        .filter(|r| r.until.is_none_or(|u| d < u.first_day()))
}

/// `vote`: the resolutions until the symbol, then its roll call.
pub fn naive_vote(kb: &Dataset, symbol: &str, c: Country) -> Option<Vote> {
    let r = kb.resolutions().iter().find(|r| r.symbol == symbol)?;
    r.votes.iter().find(|&&(x, _)| x == c).map(|&(_, v)| v)
}
