//! UN General Assembly resolutions and their roll calls: [`Resolution`],
//! [`Vote`], [`Tally`], and the [`Agreement`] between two countries' votes.

use core::fmt;
use std::borrow::Cow;

use crate::{Country, PartialDate, Reading, SourceId};

/// How a UN member state voted on a recorded vote. A country that is not a
/// member has no vote at all ([`crate::Dataset::vote`] answers `None`).
///
/// ```
/// use allegiance::Vote;
///
/// assert_eq!(Vote::NotVoting.to_string(), "did not vote");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum Vote {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstained.
    Abstain,
    /// Present or absent, cast no vote.
    NotVoting,
}

impl Vote {
    /// Agreement between two votes in the convention of the UN voting
    /// literature: 1 when alike, ½ when exactly one abstains, 0 when one
    /// voted yes and the other no. `None` when either did not vote: such a
    /// pair is not compared.
    #[must_use]
    pub const fn agreement(self, other: Vote) -> Option<f64> {
        match (self, other) {
            (Vote::NotVoting, _) | (_, Vote::NotVoting) => None,
            (Vote::Yes, Vote::Yes) | (Vote::No, Vote::No) | (Vote::Abstain, Vote::Abstain) => Some(1.0),
            (Vote::Abstain, _) | (_, Vote::Abstain) => Some(0.5),
            _ => Some(0.0),
        }
    }
}

/// The one normal form of a resolution symbol, in which two symbols are the
/// same resolution: surrounding white space trimmed, the `A/RES/` prefix
/// dropped and letters upper-cased, so `"A/RES/ES-11/1"`, `"ES-11/1"` and
/// `" a/res/es-11/1 "` are all `"ES-11/1"`. It is what the lookups forgive
/// (`Dataset::resolution`), and what validation's duplicate check, the
/// stance evidence check and `Dataset::merge` compare. Borrows when
/// nothing needs upper-casing.
pub(crate) fn normalize_symbol(symbol: &str) -> Cow<'_, str> {
    let s = symbol.trim();
    let s = match s.get(..6) {
        Some(prefix) if prefix.eq_ignore_ascii_case("A/RES/") => &s[6..],
        _ => s,
    };
    if s.bytes().any(|b| b.is_ascii_lowercase()) {
        Cow::Owned(s.to_ascii_uppercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The vote a roll-call table code stands for (0 = none recorded).
#[inline]
pub(crate) const fn decode(code: u8) -> Option<Vote> {
    match code {
        1 => Some(Vote::Yes),
        2 => Some(Vote::No),
        3 => Some(Vote::Abstain),
        4 => Some(Vote::NotVoting),
        _ => None,
    }
}

impl fmt::Display for Vote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Vote::Yes => "yes",
            Vote::No => "no",
            Vote::Abstain => "abstain",
            Vote::NotVoting => "did not vote",
        })
    }
}

/// Counts of a recorded vote: as announced, or as counted from a roll call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Tally {
    /// In favour.
    pub yes: u16,
    /// Against.
    pub no: u16,
    /// Abstentions.
    pub abstain: u16,
    /// Members that cast no vote.
    pub not_voting: u16,
}

impl Tally {
    /// Counts one vote.
    pub fn add(&mut self, vote: Vote) {
        let n = match vote {
            Vote::Yes => &mut self.yes,
            Vote::No => &mut self.no,
            Vote::Abstain => &mut self.abstain,
            Vote::NotVoting => &mut self.not_voting,
        };
        *n = n.saturating_add(1);
    }

    /// All members counted.
    #[must_use]
    pub const fn total(&self) -> u32 {
        self.yes as u32 + self.no as u32 + self.abstain as u32 + self.not_voting as u32
    }
}

impl fmt::Display for Tally {
    /// `141 yes, 5 no, 35 abstain, 12 did not vote`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} yes, {} no, {} abstain, {} did not vote",
            self.yes, self.no, self.abstain, self.not_voting
        )
    }
}

/// The organ of the United Nations whose recorded vote a [`Resolution`]
/// is.
///
/// ```
/// use allegiance::Organ;
///
/// assert_eq!(Organ::default(), Organ::GeneralAssembly);
/// assert_eq!(Organ::SecurityCouncil.to_string(), "Security Council");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Organ {
    /// The General Assembly: every member votes; its recorded votes are
    /// what the aligned-votes tie and the dyad-year tables' agreement
    /// compare.
    #[default]
    GeneralAssembly,
    /// The Security Council: its fifteen members vote, and a permanent
    /// member's vote against a draft on a matter of substance defeats it
    /// (Charter Art. 27(3)). Never part of the Assembly's agreement scores.
    SecurityCouncil,
}

impl Organ {
    /// Whether this is the General Assembly (serde's default, left out
    /// when writing).
    #[must_use]
    pub const fn is_general_assembly(&self) -> bool {
        matches!(self, Organ::GeneralAssembly)
    }
}

impl fmt::Display for Organ {
    /// `"General Assembly"`, `"Security Council"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Organ::GeneralAssembly => "General Assembly",
            Organ::SecurityCouncil => "Security Council",
        })
    }
}

/// The five permanent members of the Security Council whose records the
/// dataset holds (from 1992; before that the Soviet Union held Russia's
/// seat, and until 1971 the Republic of China held China's).
pub const PERMANENT_MEMBERS: [Country; 5] = [Country::CN, Country::FR, Country::GB, Country::RU, Country::US];

#[cfg(feature = "serde")]
const fn yes() -> bool {
    true
}

/// Whether `b` is true: serde's `skip_serializing_if` for `adopted` (also
/// used by `files`).
#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref)]
pub(crate) const fn is_true(b: &bool) -> bool {
    *b
}

/// A recorded vote of the UN General Assembly (a resolution and its roll
/// call) or, with [`Organ::SecurityCouncil`], of the Security Council (a
/// resolution adopted, or a draft that failed).
///
/// `votes` is the roll call as sources give it, one entry per member. When
/// `complete`, it covers every member and its counts equal `totals` (the
/// dataset is checked for this); otherwise it holds only the part that
/// could be sourced and the note says what is missing.
///
/// ```
/// use allegiance::{Country, Dataset, Organ};
///
/// let kb = Dataset::embedded();
/// // 25 Feb 2022: eleven Council members for the draft deploring the
/// // invasion, Russia against, so it failed on Russia's veto.
/// let draft = kb.resolution("S/2022/155").unwrap();
/// assert_eq!(draft.organ, Organ::SecurityCouncil);
/// assert!(!draft.adopted && draft.complete);
/// assert_eq!(draft.vetoed_by(), Country::RU.into());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Resolution {
    /// The document symbol: `"A/RES/ES-11/1"`.
    pub symbol: Cow<'static, str>,
    /// The title.
    pub title: Cow<'static, str>,
    /// The day it was adopted.
    pub date: PartialDate,
    /// The totals as announced in the Assembly.
    pub totals: Tally,
    /// Whether `votes` is the whole roll call.
    pub complete: bool,
    /// The roll call: each member's vote, in country order.
    pub votes: Cow<'static, [(Country, Vote)]>,
    /// Sources for the totals and the roll call.
    pub sources: Cow<'static, [SourceId]>,
    /// How the roll call was assembled, what is missing or disputed.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<Cow<'static, str>>,
    /// Other counts or votes that sources give.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub alternatives: Cow<'static, [Reading]>,
    /// The organ that voted (the General Assembly unless said).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Organ::is_general_assembly"))]
    pub organ: Organ,
    /// Whether the text was adopted: a General Assembly record always is;
    /// a Security Council draft that failed is not (`symbol` is then the
    /// draft's, `S/2022/155`).
    #[cfg_attr(feature = "serde", serde(default = "yes", skip_serializing_if = "is_true"))]
    pub adopted: bool,
}

impl Resolution {
    /// The counts of the recorded roll call (equal to `totals` when
    /// `complete`).
    #[must_use]
    pub fn counted(&self) -> Tally {
        let mut t = Tally::default();
        for &(_, v) in self.votes.iter() {
            t.add(v);
        }
        t
    }

    /// The permanent members whose vote against defeated this Security
    /// Council draft: those recorded voting no on a draft that failed with
    /// the nine votes in favour it needed (Charter Art. 27(3)). Empty for
    /// an adopted text (a procedural one passes despite a permanent
    /// member's no, as resolution 2623 (2022) did) and for the General
    /// Assembly.
    #[must_use]
    pub fn vetoed_by(&self) -> crate::CountrySet {
        let mut out = crate::CountrySet::EMPTY;
        if self.organ == Organ::SecurityCouncil && !self.adopted && self.totals.yes >= 9 {
            for &(c, v) in self.votes.iter() {
                if v == Vote::No && PERMANENT_MEMBERS.contains(&c) {
                    out.insert(c);
                }
            }
        }
        out
    }

    /// The vote of `country` in this roll call, if recorded: a scan of the
    /// roll call ([`crate::Dataset::vote`] is the indexed lookup).
    #[must_use]
    pub fn vote_of(&self, country: Country) -> Option<Vote> {
        self.votes.iter().find(|&&(c, _)| c == country).map(|&(_, v)| v)
    }
}

/// How often two countries voted alike over a set of roll calls.
///
/// Each roll call where both cast a vote counts 1 when the votes are the
/// same, ½ when exactly one abstained, 0 when one voted yes and the other
/// no; roll calls where either did not vote, or either's vote is not
/// recorded, are left out.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Agreement {
    /// The sum of the per-vote scores.
    pub score: f64,
    /// The number of roll calls compared.
    pub compared: u32,
}

impl Agreement {
    /// The share of agreement in `[0, 1]`, or `None` when nothing was compared.
    #[must_use]
    pub fn share(&self) -> Option<f64> {
        (self.compared > 0).then(|| self.score / f64::from(self.compared))
    }
}

/// The error returned when a resolution symbol is not in the dataset.
///
/// ```
/// let kb = allegiance::Dataset::embedded();
/// let err = kb.tally("A/RES/ES-11/99").unwrap_err();
/// assert!(err.to_string().starts_with(r#"no resolution "A/RES/ES-11/99" in the dataset; did you mean"#));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownResolution {
    pub(crate) input: Box<str>,
    pub(crate) suggestion: Option<Box<str>>,
}

impl UnknownResolution {
    /// The symbol that was not found.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest symbol in the dataset, if one is close.
    #[must_use]
    pub fn suggestion(&self) -> Option<&str> {
        self.suggestion.as_deref()
    }
}

impl fmt::Display for UnknownResolution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no resolution {:?} in the dataset", &*self.input)?;
        if let Some(s) = &self.suggestion {
            write!(f, "; did you mean {s:?}?")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownResolution {}

#[cfg(test)]
mod tests {
    use super::normalize_symbol;

    #[test]
    fn symbols_normalize_as_the_lookup_forgives() {
        for s in ["A/RES/ES-11/1", "ES-11/1", " a/res/es-11/1 ", "es-11/1"] {
            assert_eq!(normalize_symbol(s), "ES-11/1", "{s:?}");
        }
        assert!(matches!(normalize_symbol("A/RES/68/262"), std::borrow::Cow::Borrowed("68/262")));
        assert_eq!(normalize_symbol("A/RES/"), "");
        assert_eq!(normalize_symbol("A/RÉS/1"), "A/RÉS/1");
    }
}
