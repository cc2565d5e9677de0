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
    /// What kind of source it is.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "SourceKind::is_unclassified"))]
    pub kind: SourceKind,
    /// When what was read is a copy of another page (a mirror, an
    /// aggregator, a re-publication): the original's publisher and address.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub original: Option<Original>,
}

/// What kind of source a [`Source`] is, for a reader weighing it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// A government's, parliament's or intergovernmental organisation's own
    /// site or document (kremlin.ru, un.org, nato.int).
    Official,
    /// The text of a treaty or agreement.
    TreatyText,
    /// A news agency, newspaper, broadcaster or magazine (state-owned
    /// agencies such as TASS and Xinhua included).
    News,
    /// A reference work (an encyclopedia, Wikipedia), a think tank's or a
    /// researcher's analysis.
    Reference,
    /// A research data set or a standard list (the UN voting data, ISO 3166).
    Dataset,
    /// Not classified (the default for data that does not say).
    #[default]
    Unclassified,
}

impl SourceKind {
    /// Whether the kind was left unsaid.
    #[must_use]
    pub const fn is_unclassified(&self) -> bool {
        matches!(self, SourceKind::Unclassified)
    }
}

/// The original of a page read through a copy.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Original {
    /// Who published the original.
    pub publisher: Cow<'static, str>,
    /// Where the original is, when its address is known.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub url: Option<Cow<'static, str>>,
}

impl fmt::Display for Source {
    /// `Publisher, "Title", date, URL`, and `(a copy of Publisher, URL)`
    /// for a copy.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, \u{201c}{}\u{201d}", self.publisher, self.title)?;
        if let Some(d) = self.date {
            write!(f, ", {d}")?;
        }
        if let Some(u) = &self.url {
            write!(f, ", {u}")?;
        }
        if let Some(o) = &self.original {
            write!(f, " (a copy of {}", o.publisher)?;
            if let Some(u) = &o.url {
                write!(f, ", {u}")?;
            }
            f.write_str(")")?;
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
