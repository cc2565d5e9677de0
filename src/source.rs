//! [`Source`]: a citation. Every fact in a [`crate::Dataset`] points at one
//! or more sources by [`SourceId`].

use core::fmt;
use std::borrow::Cow;

use crate::PartialDate;

/// The stable identifier of a [`Source`] in a dataset: a short slug such as
/// `"metro-2022-allies"`. Facts cite sources by id; the dataset resolves
/// them ([`crate::Dataset::source`]).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct SourceId(pub Cow<'static, str>);

impl SourceId {
    /// An id from a static string (usable in `const` items).
    #[must_use]
    pub const fn new(id: &'static str) -> SourceId {
        SourceId(Cow::Borrowed(id))
    }

    /// The id as a string.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&'static str> for SourceId {
    fn from(s: &'static str) -> SourceId {
        SourceId::new(s)
    }
}

/// A citation: who published what, when, where to find it, and the passage
/// that supports the facts citing it.
///
/// ```
/// use allegiance::{Dataset, SEED};
///
/// let seed = Dataset::embedded().source(&SEED).expect("the seed article is cited");
/// assert_eq!(seed.publisher, "Metro");
/// println!("{seed}");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Source {
    /// The stable id facts use to cite this source.
    pub id: SourceId,
    /// Who published it: "Metro", "UN Press", "Wikipedia", "NATO".
    pub publisher: Cow<'static, str>,
    /// The title of the page or document.
    pub title: Cow<'static, str>,
    /// When it was published, at the precision known; `None` when undated.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub date: Option<PartialDate>,
    /// Where to read it, when it has an address.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub url: Option<Cow<'static, str>>,
    /// The passage, quoted verbatim, that supports the facts citing it.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub quote: Option<Cow<'static, str>>,
}

impl fmt::Display for Source {
    /// `Publisher, "Title", date, URL`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, \u{201c}{}\u{201d}", self.publisher, self.title)?;
        if let Some(d) = self.date {
            write!(f, ", {d}")?;
        }
        if let Some(u) = &self.url {
            write!(f, ", {u}")?;
        }
        Ok(())
    }
}

/// One reading of a disputed fact: what a source says, when it differs
/// from the reading a record uses.
///
/// Records keep the reading the queries use in their own fields and list
/// the others as `alternatives`, so a disagreement between sources is never
/// settled silently.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Reading {
    /// What this reading says, in a sentence ("joined on 6 August 2015").
    pub says: Cow<'static, str>,
    /// The date this reading gives, if it is a date.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub date: Option<PartialDate>,
    /// The sources that give this reading.
    pub sources: Cow<'static, [SourceId]>,
}
