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
const fn opt_text(s: Option<&'static str>) -> Option<Cow<'static, str>> {
    match s {
        Some(n) => Some(Cow::Borrowed(n)),
        None => None,
    }
}

/// A `Cow::Borrowed` of static text or a static slice.
macro_rules! text {
    ($s:expr) => {
        ::std::borrow::Cow::Borrowed($s)
    };
}
pub(crate) use text;

/// A static slice of source ids.
macro_rules! ids {
    ($($id:expr),* $(,)?) => { &[$($crate::SourceId::new($id)),*] };
}
pub(crate) use ids;

/// A [`crate::Reading`]: what it says, its date, and its sources (`ids![...]`).
macro_rules! reading {
    ($says:literal, $date:expr, $ids:expr) => {
        $crate::Reading {
            says: ::std::borrow::Cow::Borrowed($says),
            date: $date,
            sources: ::std::borrow::Cow::Borrowed($ids),
        }
    };
}
pub(crate) use reading;

/// A reading the Uzbekistan CSTO membership record and the two CSTO
/// treaties share: the day its return was announced.
const UZ_CSTO_RETURN_ANNOUNCED: crate::Reading = reading!(
    "Uzbekistan's return was announced at the CSTO summit in Minsk on 23 Jun 2006",
    Some(day!(2006 - 06 - 23)),
    ids!["east-s22"]
);

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
            note: super::opt_text($note),
            alternatives: ::std::borrow::Cow::Borrowed($alts),
        }
    };
}
pub(crate) use m;
