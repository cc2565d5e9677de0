//! The embedded facts: static tables generated from the data files beside
//! this module (`*.tsv`, `*.json`; see [`crate::files`] for their columns
//! and fields) by `tests/generate.rs`. Edit the data files, never the
//! generated tables, then regenerate:
//!
//! ```text
//! ALLEGIANCE_REGENERATE=1 cargo test --all-features --test generate
//! ```
//!
//! The test suite fails when the checked-in tables differ from what the
//! data files generate. Should a change of the public types leave the
//! generated tables unable to compile, build with
//! `RUSTFLAGS="--cfg allegiance_bootstrap"` (an empty embedded dataset),
//! regenerate, and build again.

use std::borrow::Cow;

use crate::{Facts, PartialDate, SourceId};

/// The id of the seed article the project started from: Metro's
/// "Russia-Ukraine war: Which countries are Russia's allies?" (2022).
pub const SEED: SourceId = SourceId::new("metro-2022-russia-allies");

/// A date known to the day, for the generated tables.
#[cfg(not(allegiance_bootstrap))]
const fn ymd(year: i32, month: u8, day: u8) -> PartialDate {
    PartialDate::ymd(year, month, day)
}

#[cfg(not(allegiance_bootstrap))]
#[rustfmt::skip]
#[allow(unused_imports)]
#[path = "generated"]
mod generated {
    use super::{PartialDate, ymd};

    pub(crate) mod meta;
    pub(crate) mod coverage;
    pub(crate) mod sources;
    pub(crate) mod memberships;
    pub(crate) mod treaties;
    pub(crate) mod stances;
    pub(crate) mod votes;
}

/// The version of the embedded data (`src/data/dataset.json`): the as-of
/// date, and a serial when the same day's data is revised.
#[cfg(not(allegiance_bootstrap))]
pub const DATA_VERSION: &str = generated::meta::DATA_VERSION;

/// The day up to which the embedded facts were checked
/// ([`crate::Dataset::as_of`] of [`crate::Dataset::embedded`]).
#[cfg(not(allegiance_bootstrap))]
pub const AS_OF: PartialDate = generated::meta::AS_OF;

/// The embedded dataset.
#[cfg(not(allegiance_bootstrap))]
pub(crate) const FACTS: Facts = Facts {
    name: generated::meta::NAME,
    as_of: AS_OF,
    version: Some(Cow::Borrowed(DATA_VERSION)),
    coverage: Cow::Borrowed(&generated::coverage::COVERAGE),
    sources: Cow::Borrowed(&generated::sources::SOURCES),
    memberships: Cow::Borrowed(&generated::memberships::MEMBERSHIPS),
    treaties: Cow::Borrowed(&generated::treaties::TREATIES),
    statements: Cow::Borrowed(&generated::stances::STATEMENTS),
    stances: Cow::Borrowed(&generated::stances::STANCES),
    claims: Cow::Borrowed(&generated::stances::CLAIMS),
    resolutions: Cow::Borrowed(&generated::votes::RESOLUTIONS),
};

/// The version of the embedded data (empty: built with
/// `--cfg allegiance_bootstrap`).
#[cfg(allegiance_bootstrap)]
pub const DATA_VERSION: &str = "";

/// The day up to which the embedded facts were checked (a bootstrap build
/// has no facts).
#[cfg(allegiance_bootstrap)]
pub const AS_OF: PartialDate = PartialDate::year(1945);

/// An empty embedded dataset, to build the generator when the generated
/// tables do not compile.
#[cfg(allegiance_bootstrap)]
pub(crate) const FACTS: Facts = Facts {
    name: Cow::Borrowed("allegiance bootstrap (no embedded facts)"),
    as_of: AS_OF,
    version: None,
    coverage: Cow::Borrowed(&[]),
    sources: Cow::Borrowed(&[]),
    memberships: Cow::Borrowed(&[]),
    treaties: Cow::Borrowed(&[]),
    statements: Cow::Borrowed(&[]),
    stances: Cow::Borrowed(&[]),
    claims: Cow::Borrowed(&[]),
    resolutions: Cow::Borrowed(&[]),
};
