//! Who stands with whom, on which day, and on what evidence.
//!
//! `allegiance` is a typed model of countries, unions and blocs, with a
//! sourced default dataset and pure queries over it.
//!
//! ```
//! use allegiance::{Country, Dataset, Union};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! let russia: Country = "Russian Federation".parse()?;
//! assert_eq!(russia.alpha3(), "RUS");
//! println!("{} (as of {})", kb.name(), kb.as_of());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod country;
mod country_set;
mod data;
mod dataset;
pub mod date;
mod index;
mod query;
mod source;
pub mod treaty;
mod union;
mod validate;

/// serde support: `with`-modules for other country code forms.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde {
    pub use crate::serde_impls::{alpha3, numeric};
}
#[cfg(feature = "serde")]
mod serde_impls;

pub use country::{Country, ParseCountryError, UnStatus};
pub use country_set::{CountrySet, Iter as CountrySetIter};
pub use data::sources::SEED;
pub use dataset::{Dataset, Facts, Problem, ValidationError};
pub use date::{ParseDateError, PartialDate, Period, Precision};
pub use source::{Reading, Source, SourceId};
pub use treaty::{
    Basis, Obligation, Provision, Term, Treaty, TreatyEvent, TreatyKind, TreatyStatus, Validity,
};
pub use union::{Membership, ParseUnionError, Role, Union, UnionKind};
