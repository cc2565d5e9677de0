//! The embedded facts, one file per topic. Every record cites its sources
//! by id; `sources.rs` holds the citations.

use std::borrow::Cow;

use crate::date::day;
use crate::Facts;

mod memberships;
pub(crate) mod sources;

/// The embedded dataset.
pub(crate) const FACTS: Facts = Facts {
    name: Cow::Borrowed("allegiance embedded dataset"),
    as_of: day!(2026 - 11 - 28),
    sources: Cow::Borrowed(sources::SOURCES),
    memberships: Cow::Borrowed(memberships::MEMBERSHIPS),
};
