//! The embedded facts, one file per topic. Every record cites its sources
//! by id; `sources.rs` holds the citations.

use std::borrow::Cow;

use crate::Facts;
use crate::date::day;

mod memberships;
pub(crate) mod sources;
mod stances;
mod treaties;
mod votes;

/// The embedded dataset.
pub(crate) const FACTS: Facts = Facts {
    name: Cow::Borrowed("allegiance embedded dataset"),
    as_of: day!(2026 - 11 - 28),
    sources: Cow::Borrowed(sources::SOURCES),
    memberships: Cow::Borrowed(memberships::MEMBERSHIPS),
    treaties: Cow::Borrowed(treaties::TREATIES),
    statements: Cow::Borrowed(stances::STATEMENTS),
    stances: Cow::Borrowed(stances::STANCES),
    claims: Cow::Borrowed(stances::CLAIMS),
    resolutions: Cow::Borrowed(votes::RESOLUTIONS),
};

/// Optional text in `const` form.
const fn text(s: Option<&'static str>) -> Option<Cow<'static, str>> {
    match s {
        Some(n) => Some(Cow::Borrowed(n)),
        None => None,
    }
}

/// One membership record, as a struct literal (so that the `&[...]` slices
/// of ids live in the static data).
macro_rules! m {
    ($c:ident, $u:ident, $r:ident, $start:expr, $end:expr, $ids:expr, $note:expr, $alts:expr $(,)?) => {
        $crate::Membership {
            country: $c,
            union: $u,
            role: $r,
            period: $crate::Period::new($start, $end),
            sources: ::std::borrow::Cow::Borrowed($ids),
            note: super::text($note),
            alternatives: ::std::borrow::Cow::Borrowed($alts),
        }
    };
}
pub(crate) use m;
