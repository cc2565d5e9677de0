//! [`ParseNameError`]: parsing a [`Role`](crate::Role), a
//! [`Vote`](crate::Vote) or a [`TieKind`](crate::TieKind) from the word
//! `Display` prints (or its `snake_case` form in the data files).

use core::fmt;
use core::str::FromStr;

use strum::IntoEnumIterator;

use crate::{Role, TieKind, Vote};

/// A name that is not one of a type's values; says which values there are
/// and suggests the closest.
///
/// ```
/// use allegiance::{Role, Vote};
///
/// assert_eq!("observer".parse::<Role>(), Ok(Role::Observer));
/// assert_eq!("did not vote".parse::<Vote>(), Ok(Vote::NotVoting));
/// let err = "membr".parse::<Role>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown role "membr"; did you mean member?"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNameError {
    input: Box<str>,
    what: &'static str,
    suggestion: Option<&'static str>,
    expected: Vec<&'static str>,
}

impl ParseNameError {
    /// The input that failed to parse.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest valid name, if one is close enough to suggest.
    #[must_use]
    pub fn suggestion(&self) -> Option<&'static str> {
        self.suggestion
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.what, &*self.input)?;
        match self.suggestion {
            Some(s) => write!(f, "; did you mean {s}?"),
            None => write!(f, "; expected one of {}", self.expected.join(", ")),
        }
    }
}

impl std::error::Error for ParseNameError {}

/// `s` folded for comparison: lower case, `-` and `_` as spaces, one space
/// between words.
fn fold(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The value whose printed name (or one of its other names) folds to
/// `input`'s fold.
fn parse_named<T: Copy>(
    input: &str,
    what: &'static str,
    values: impl Iterator<Item = (T, &'static str, &'static [&'static str])> + Clone,
) -> Result<T, ParseNameError> {
    let key = fold(input);
    for (v, name, others) in values.clone() {
        if fold(name) == key || others.iter().any(|o| fold(o) == key) {
            return Ok(v);
        }
    }
    let names: Vec<&'static str> = values.map(|(_, n, _)| n).collect();
    let suggestion =
        crate::country::closest(key.as_bytes(), names.iter().map(|n| (*n, fold(n).into_bytes())));
    Err(ParseNameError { input: input.into(), what, suggestion, expected: names })
}

impl FromStr for Role {
    type Err = ParseNameError;

    /// The name `Display` prints (`"member"`, `"observer"`), in any case.
    fn from_str(s: &str) -> Result<Role, ParseNameError> {
        parse_named(s, "role", Role::iter().map(|r| (r, <&'static str>::from(r), &[][..])))
    }
}

impl FromStr for Vote {
    type Err = ParseNameError;

    /// The name `Display` prints (`"yes"`, `"no"`, `"abstain"`, `"did not
    /// vote"`), or the data files' `not_voting`, in any case.
    fn from_str(s: &str) -> Result<Vote, ParseNameError> {
        let values = Vote::iter().map(|v| {
            let others: &'static [&'static str] = if v == Vote::NotVoting { &["not_voting"] } else { &[] };
            (v, display(v), others)
        });
        parse_named(s, "vote", values)
    }
}

/// `Vote`'s printed name, as a static string.
fn display(v: Vote) -> &'static str {
    match v {
        Vote::Yes => "yes",
        Vote::No => "no",
        Vote::Abstain => "abstain",
        Vote::NotVoting => "did not vote",
    }
}

impl FromStr for TieKind {
    type Err = ParseNameError;

    /// The name `Display` prints (`"mutual-defence"`), or its `snake_case`
    /// or spaced form, in any case.
    fn from_str(s: &str) -> Result<TieKind, ParseNameError> {
        parse_named(s, "tie kind", TieKind::iter().map(|k| (k, k.as_str(), &[][..])))
    }
}
