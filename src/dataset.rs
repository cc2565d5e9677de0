//! [`Dataset`]: owns the facts, validates them, and answers queries through
//! an index built once, on first use.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;

use once_cell::sync::OnceCell;

use crate::index::Index;
use crate::validate::Origins;
use crate::vote::normalize_symbol;
use crate::{Claim, Membership, PartialDate, Resolution, Source, SourceId, StanceRecord, Statement, Treaty};

/// The facts of a dataset, as plain data: what [`Dataset::from_facts`]
/// takes, what [`Dataset::facts`] returns, and (with the `serde` feature)
/// what the JSON form holds.
///
/// The embedded facts are `static` tables borrowed through the `Cow`s;
/// facts you build or load are owned.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Facts {
    /// A name for the dataset.
    pub name: Cow<'static, str>,
    /// The day up to which the facts were checked: an open period means
    /// "still so on this day".
    pub as_of: PartialDate,
    /// The version of the data, when it has one (the embedded dataset's is
    /// [`crate::DATA_VERSION`]).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub version: Option<Cow<'static, str>>,
    /// What the facts cover, per kind of fact (see [`crate::coverage`]).
    #[cfg_attr(feature = "serde", serde(default))]
    pub coverage: Cow<'static, [crate::Scope]>,
    /// Every source the facts cite.
    pub sources: Cow<'static, [Source]>,
    /// Memberships of unions and blocs.
    #[cfg_attr(feature = "serde", serde(default))]
    pub memberships: Cow<'static, [Membership]>,
    /// Treaties, declarations and agreements.
    #[cfg_attr(feature = "serde", serde(default))]
    pub treaties: Cow<'static, [Treaty]>,
    /// Statements, in the speakers' words.
    #[cfg_attr(feature = "serde", serde(default))]
    pub statements: Cow<'static, [Statement]>,
    /// Stance records: who stood where on the invasion, from when.
    #[cfg_attr(feature = "serde", serde(default))]
    pub stances: Cow<'static, [StanceRecord]>,
    /// Claims sources made that are not stances.
    #[cfg_attr(feature = "serde", serde(default))]
    pub claims: Cow<'static, [Claim]>,
    /// UN General Assembly resolutions and their roll calls.
    #[cfg_attr(feature = "serde", serde(default))]
    pub resolutions: Cow<'static, [Resolution]>,
}

impl Facts {
    /// Facts with a name and an as-of date and no records: a start for
    /// building your own, or for [`Dataset::merge`].
    #[must_use]
    pub fn empty(name: &str, as_of: PartialDate) -> Facts {
        Facts {
            name: Cow::Owned(name.to_owned()),
            as_of,
            version: None,
            coverage: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[]),
            memberships: Cow::Borrowed(&[]),
            treaties: Cow::Borrowed(&[]),
            statements: Cow::Borrowed(&[]),
            stances: Cow::Borrowed(&[]),
            claims: Cow::Borrowed(&[]),
            resolutions: Cow::Borrowed(&[]),
        }
    }
}

/// A set of sourced facts and the lookup structures to query them.
///
/// [`Dataset::embedded`] is the default dataset shipped in the crate; load
/// or build your own with [`Dataset::from_facts`]. Queries are methods on
/// `&Dataset`: pure functions of the dataset and their arguments, with "the
/// day" always an argument.
///
/// ```
/// use allegiance::Dataset;
///
/// let kb = Dataset::embedded();
/// println!("{} facts checked up to {}", kb.name(), kb.as_of());
/// assert!(kb.validate().is_ok());
/// ```
pub struct Dataset {
    pub(crate) facts: Facts,
    index: OnceCell<Index>,
}

static EMBEDDED: Dataset = Dataset { facts: crate::data::FACTS, index: OnceCell::new() };

impl Dataset {
    /// The dataset shipped in the crate: static tables, no start-up cost.
    /// Its index is built on the first query and kept.
    #[must_use]
    pub fn embedded() -> &'static Dataset {
        &EMBEDDED
    }

    /// Builds a dataset from facts after checking them all.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] listing every problem found, each with the path
    /// of the record (`memberships[3].period.end`); no dataset is built.
    pub fn from_facts(facts: Facts) -> Result<Dataset, ValidationError> {
        let problems = crate::validate::check(&facts);
        if problems.is_empty() {
            Ok(Dataset { facts, index: OnceCell::new() })
        } else {
            Err(ValidationError { problems })
        }
    }

    /// The facts, as plain data.
    #[must_use]
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// The dataset's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.facts.name
    }

    /// The day up to which the facts were checked.
    #[must_use]
    pub fn as_of(&self) -> PartialDate {
        self.facts.as_of
    }

    /// Every source, in the dataset's order.
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.facts.sources
    }

    /// The source with this id.
    ///
    /// ```
    /// use allegiance::{Dataset, SEED};
    ///
    /// assert!(Dataset::embedded().source(&SEED).is_some());
    /// ```
    #[must_use]
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.index().source(&self.facts, id)
    }

    /// Checks every fact and returns every problem found.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] with one [`Problem`] per defect.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let problems = crate::validate::check(&self.facts);
        if problems.is_empty() { Ok(()) } else { Err(ValidationError { problems }) }
    }

    /// A new dataset: these facts extended with `other`'s. Records with
    /// the same id (sources, treaties, statements; resolutions by symbol,
    /// in the normal form the lookups use, so `"ES-11/1"` is
    /// `"A/RES/ES-11/1"`) must be identical; identical records of any kind
    /// are kept once. The name is this dataset's, the as-of date the later
    /// of the two. The result is checked like [`Dataset::from_facts`]. The
    /// work is linear in the two datasets' sizes (records are compared by
    /// hash).
    ///
    /// ```
    /// use allegiance::{Dataset, Facts, Source, SourceId};
    /// use std::borrow::Cow;
    ///
    /// let kb = Dataset::embedded();
    /// let mine = Facts {
    ///     sources: Cow::Owned(vec![Source {
    ///         id: SourceId::new("my-notes"),
    ///         publisher: "Me".into(),
    ///         title: "Notes".into(),
    ///         date: None,
    ///         url: None,
    ///         quote: None,
    ///         kind: allegiance::SourceKind::Reference,
    ///         original: None,
    ///     }]),
    ///     ..Facts::empty("mine", kb.as_of())
    /// };
    /// let merged = kb.merge(&mine)?;
    /// assert_eq!(merged.sources().len(), kb.sources().len() + 1);
    ///
    /// // The same id with other content is a conflict, not an overwrite.
    /// let mut clash = mine.clone();
    /// clash.sources.to_mut()[0].id = allegiance::SEED;
    /// let err = kb.merge(&clash).unwrap_err();
    /// assert!(err.to_string().contains("conflicts with"));
    /// # Ok::<(), allegiance::ValidationError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming both records of each conflict
    /// ([`ProblemKind::Conflict`]), or else every problem of the merged
    /// facts; no dataset is built. Each problem names records by their
    /// place in their input: `other.memberships[0]` for a record of
    /// `other`, `memberships[12]` for one of this dataset.
    pub fn merge(&self, other: &Facts) -> Result<Dataset, ValidationError> {
        let (a, b) = (&self.facts, other);
        let mut problems = Vec::new();
        let mut origins = Origins::default();
        let mut m = Merger { problems: &mut problems, origins: &mut origins };
        let facts = Facts {
            name: a.name.clone(),
            as_of: if b.as_of.first_day() > a.as_of.first_day() { b.as_of } else { a.as_of },
            version: a.version.clone(),
            coverage: m.records(&a.coverage, &b.coverage, "coverage", |_| None),
            sources: m.records(&a.sources, &b.sources, "sources", |s| Some(s.id.as_str())),
            memberships: m.records(&a.memberships, &b.memberships, "memberships", |_| None),
            treaties: m.records(&a.treaties, &b.treaties, "treaties", |t| Some(&t.id)),
            statements: m.records(&a.statements, &b.statements, "statements", |s| Some(&s.id)),
            stances: m.records(&a.stances, &b.stances, "stances", |_| None),
            claims: m.records(&a.claims, &b.claims, "claims", |_| None),
            resolutions: m.records(&a.resolutions, &b.resolutions, "resolutions", |r| Some(&r.symbol)),
        };
        if !problems.is_empty() {
            return Err(ValidationError { problems });
        }
        // Checked like `from_facts`, each problem naming the record in its
        // input: `other.memberships[0]`, not an index of the merged table.
        let problems = crate::validate::check_with(&facts, Some(&origins));
        if problems.is_empty() {
            Ok(Dataset { facts, index: OnceCell::new() })
        } else {
            Err(ValidationError { problems })
        }
    }

    pub(crate) fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(&self.facts))
    }

    /// Builds the lookup structures now instead of on the first query (to
    /// take the cost at start-up, or to measure it).
    pub fn build_index(&self) {
        self.index();
    }
}

impl fmt::Debug for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dataset")
            .field("name", &self.facts.name)
            .field("as_of", &self.facts.as_of)
            .field("coverage", &self.facts.coverage.len())
            .field("sources", &self.facts.sources.len())
            .field("memberships", &self.facts.memberships.len())
            .field("treaties", &self.facts.treaties.len())
            .field("statements", &self.facts.statements.len())
            .field("stances", &self.facts.stances.len())
            .field("claims", &self.facts.claims.len())
            .field("resolutions", &self.facts.resolutions.len())
            .finish_non_exhaustive()
    }
}

/// Merges tables, collecting conflicts and where each added record came from.
struct Merger<'p> {
    problems: &'p mut Vec<Problem>,
    origins: &'p mut Origins,
}

impl Merger<'_> {
    /// `base` followed by the records of `extra` that are not already in
    /// it; a record whose id matches one in `base` with other content is a
    /// conflict. Ids are compared in their normal form (resolution symbols
    /// by [`normalize_symbol`], so `"ES-11/1"` is `"A/RES/ES-11/1"`), and
    /// whole records by hash: linear in the two tables.
    fn records<T: Clone + Eq + Hash>(
        &mut self,
        base: &[T],
        extra: &[T],
        table: &'static str,
        id: impl Fn(&T) -> Option<&str>,
    ) -> Cow<'static, [T]> {
        let key = |r| {
            let id = id(r)?;
            Some(if table == "resolutions" { normalize_symbol(id) } else { Cow::Borrowed(id) })
        };
        let mut keys: HashMap<Cow<'_, str>, usize> = HashMap::with_capacity(base.len());
        for (i, r) in base.iter().enumerate() {
            if let Some(k) = key(r) {
                keys.entry(k).or_insert(i);
            }
        }
        let mut seen: HashSet<&T> = base.iter().collect();
        let mut out = base.to_vec();
        let mut added_from = Vec::new();
        for (j, r) in extra.iter().enumerate() {
            if !seen.insert(r) {
                continue;
            }
            match key(r).and_then(|k| keys.get(&k).copied()) {
                Some(i) => {
                    let (mine, theirs) = (id(&base[i]).unwrap_or_default(), id(r).unwrap_or_default());
                    let spelt = if mine == theirs { String::new() } else { format!(" ({mine:?})") };
                    self.problems.push(Problem::new(
                        ProblemKind::Conflict,
                        format!("other.{table}[{j}]"),
                        format!(
                            "{theirs:?} conflicts with {table}[{i}] of this dataset{spelt}: same id, different content"
                        ),
                    ));
                }
                None => {
                    out.push(r.clone());
                    added_from.push(j);
                }
            }
        }
        self.origins.add(table, base.len(), added_from);
        Cow::Owned(out)
    }
}

/// One defect in a dataset: where it is, what sort of defect, and what is
/// wrong. `Display` prints `path: message`.
///
/// ```
/// use allegiance::{Dataset, Facts, PartialDate, ProblemKind, Source, SourceId};
/// use std::borrow::Cow;
///
/// let mut facts = Facts::empty("mine", PartialDate::year(2026));
/// let blank = Source {
///     id: SourceId::new(" "),
///     publisher: "Me".into(),
///     title: "Notes".into(),
///     date: None,
///     url: None,
///     quote: None,
///     kind: allegiance::SourceKind::Reference,
///     original: None,
/// };
/// facts.sources = Cow::Owned(vec![blank]);
/// let err = Dataset::from_facts(facts).unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.kind, ProblemKind::Empty);
/// assert_eq!(p.path, "sources[0].id");
/// assert_eq!(p.to_string(), "sources[0].id: empty source id");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What sort of defect it is, for a program to act on.
    pub kind: ProblemKind,
    /// The path of the record and field: `memberships[12].period.end`.
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Problem {
    pub(crate) fn new(kind: ProblemKind, path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { kind, path: path.into(), message: message.into() }
    }
}

/// What sort of defect a [`Problem`] is: the JSON's shape
/// (`Dataset::from_json`, feature `serde`), a fact that fails validation
/// ([`Dataset::from_facts`], [`Dataset::validate`]), or a conflict between
/// two datasets ([`Dataset::merge`]).
///
/// New kinds may be added in a minor release: match with a `_` arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The text is not JSON: a stray character, an unclosed bracket, the
    /// end of the input too early.
    Syntax,
    /// A field the schema does not have (a misspelt or made-up key).
    UnknownField,
    /// A field the schema requires is missing.
    MissingField,
    /// A value that is not one of its type: an unknown country, union or
    /// enum value, a malformed date, a year the format cannot write, a
    /// number where a string belongs, a zero-year term, a URL that is not
    /// an address.
    InvalidValue,
    /// A required text or list is empty: an id, a publisher, a title, a
    /// statement's words, a claim's wording, a treaty's parties.
    Empty,
    /// A fact cites no source.
    MissingSource,
    /// A fact cites a source id that `sources` does not hold.
    UnknownSource,
    /// A reference to a record the dataset does not hold: a stance's
    /// evidence naming an unknown statement or resolution.
    UnknownReference,
    /// Two records where there may be one: the same id or resolution
    /// symbol, a country voting twice in one roll call, two stance records
    /// from the same day.
    Duplicate,
    /// Two periods of one country in one union share a day.
    Overlap,
    /// A period (or a stance record) ends on or before it starts.
    BadPeriod,
    /// Dates in an impossible order: an event, a party or entry into force
    /// before the signature, events out of date order, an extension that
    /// ends before the treaty took effect.
    OutOfOrder,
    /// A UN vote cast by a country that is not a UN member state.
    NotAMember,
    /// A roll call whose counts do not fit its announced totals.
    Totals,
    /// [`Dataset::merge`]: a record of the other dataset has the id of one
    /// of this dataset with other content.
    Conflict,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in a dataset; returned instead of a dataset, so
/// nothing is half-applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    problems: Vec<Problem>,
}

impl ValidationError {
    #[cfg(feature = "serde")]
    pub(crate) fn new(problems: Vec<Problem>) -> ValidationError {
        ValidationError { problems }
    }

    /// The problems, in the order the records appear.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(f, "dataset has {n} problem{}:", if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}
