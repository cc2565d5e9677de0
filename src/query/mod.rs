//! Pure queries over a [`crate::Dataset`]: the same dataset and arguments
//! always give the same answer. No I/O, no clock: "the day" is an argument.

pub(crate) mod allies;
pub(crate) mod changes;
pub(crate) mod membership;
mod scratch;
mod stances;
pub mod tables;
mod treaties;
mod votes;
