//! The facts as data files (feature `serde`): TSV for flat records, JSON
//! for nested ones, loaded through the same deserializers and the same
//! validation as [`Dataset::from_json`].
//!
//! A dataset directory holds these files; each is optional except
//! `dataset.json` and `sources.tsv`, and an unknown file name is an error:
//!
//! | file | one record is | columns or fields |
//! |---|---|---|
//! | `dataset.json` | the dataset | `name`, `as_of`, `version` (optional) |
//! | `coverage.json` | a block | a [`Scope`](crate::Scope): what the data covers |
//! | `sources.tsv` | a line | `id`, `kind`, `publisher`, `title`, `date`, `url`, `quote`, `original_publisher`, `original_url` |
//! | `readings.tsv` | a line | `id`, `says`, `date`, `sources` |
//! | `memberships.tsv` | a line | `country`, `union`, `role`, `start`, `end`, `sources`, `note`, `alternatives` |
//! | `treaties.json` | a block | a [`Treaty`], as in [`Dataset::from_json`] |
//! | `statements.json` | a block | a [`Statement`] |
//! | `stances.json` | a block | a [`StanceRecord`] |
//! | `claims.json` | a block | a [`Claim`] |
//! | `resolutions.json` | a block | a [`Resolution`] without its `votes` |
//! | `votes.tsv` | a line | `symbol`, `country`, `vote` |
//!
//! # TSV
//!
//! The first line names the columns, in any order; an unknown column is an
//! error, and so is a missing required one (`country`, `union`, `role`,
//! `start`, `sources` in `memberships.tsv`; `id`, `publisher`, `title` in
//! `sources.tsv`; `id`, `says`, `sources` in `readings.tsv`; every column
//! of `votes.tsv`). Every line has one field per column. An empty field is
//! "none" (an open end, no note). Lists (`sources`, `alternatives`) are ids
//! separated by commas. A field cannot hold a tab or a line break: they are
//! written `\t` and `\n`, and a backslash `\\`. Values are read exactly as
//! the JSON form reads them: dates ISO 8601 at their precision (`2015`,
//! `2000-10`, `2022-02-24`), countries any code or name, unions their
//! acronym or name, roles and votes in `snake_case`.
//!
//! A membership's `alternatives` are the ids of readings in
//! `readings.tsv`, so a reading two records share is written once. Votes
//! are joined to their resolution in `resolutions.json` by symbol, in the
//! order of the lines.
//!
//! # Problems
//!
//! Every problem is reported, each with the record's path in the JSON form
//! (`memberships[12].period.end`) and, for a TSV line, the file and line
//! (`memberships.tsv line 14`); no dataset is built when any is found.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use crate::ProblemKind as K;
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde_json::Value;

use crate::{
    Claim, Country, Dataset, Facts, Membership, PartialDate, Period, Problem, Reading, Resolution, Role,
    Source, SourceId, StanceRecord, Statement, Treaty, Union, ValidationError, Vote,
};

/// The files a dataset directory may hold, in the order they are read.
pub const DATA_FILES: &[&str] = &[
    "dataset.json",
    "coverage.json",
    "sources.tsv",
    "readings.tsv",
    "memberships.tsv",
    "treaties.json",
    "statements.json",
    "stances.json",
    "claims.json",
    "resolutions.json",
    "votes.tsv",
];

/// What `dataset.json` holds.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    name: String,
    as_of: PartialDate,
    #[serde(default)]
    version: Option<String>,
}

impl Dataset {
    /// Loads a dataset from a directory of data files (see the table in
    /// [`Dataset::from_files`]). Files not present are empty tables, except
    /// `dataset.json` and `sources.tsv`, which are required.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] with every problem found: a file that cannot be
    /// read, a file name that is not a data file, and everything
    /// [`Dataset::from_files`] reports.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Dataset, ValidationError> {
        let dir = dir.as_ref();
        let mut problems = Vec::new();
        let mut files = Vec::new();
        match std::fs::read_dir(dir) {
            Ok(entries) => {
                let mut names: Vec<String> = entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|n| n.ends_with(".tsv") || n.ends_with(".json"))
                    .collect();
                names.sort();
                for name in names {
                    match std::fs::read_to_string(dir.join(&name)) {
                        Ok(text) => files.push((name, text)),
                        Err(e) => {
                            problems.push(problem(K::Syntax, name, format!("cannot read the file: {e}")))
                        }
                    }
                }
            }
            Err(e) => problems.push(problem(
                K::Syntax,
                dir.display().to_string(),
                format!("cannot read the directory: {e}"),
            )),
        }
        if !problems.is_empty() {
            return Err(ValidationError::new(problems));
        }
        let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        Dataset::from_files(&borrowed)
    }

    /// Loads a dataset from data files given as `(file name, contents)`
    /// pairs: the same facts, formats and checks as [`Dataset::from_dir`],
    /// without touching the file system.
    /// The files, their columns and fields are described in [`crate::files`].
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Role, Union};
    /// use time::macros::date;
    ///
    /// let files = [
    ///     ("dataset.json", r#"{ "name": "mine", "as_of": "2026-11" }"#),
    ///     ("sources.tsv", "id\tpublisher\ttitle\turl\nnato\tNATO\tMember countries\thttps://www.nato.int/\n"),
    ///     ("memberships.tsv", "country\tunion\trole\tstart\tend\tsources\nFI\tNATO\tmember\t2023-04-04\t\tnato\n"),
    /// ];
    /// let kb = Dataset::from_files(&files)?;
    /// assert_eq!(kb.role(Country::FI, Union::Nato, date!(2024-01-01)), Some(Role::Member));
    ///
    /// // A misspelt column is an error with its file, line and a suggestion.
    /// let bad = [files[0], files[1], ("memberships.tsv", "country\tunion\trole\tstart\tned\tsources\n")];
    /// let err = Dataset::from_files(&bad).unwrap_err();
    /// assert!(err.to_string().contains("unknown column \"ned\""), "{err}");
    /// # Ok::<(), allegiance::ValidationError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ValidationError`] with every problem found, each with its record's
    /// path (and file and line for TSV): an unknown file, column or field,
    /// a missing required one, a value that does not parse, and every fact
    /// that fails validation. No dataset is built when any is found.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Dataset, ValidationError> {
        let (facts, lines) = read_files(files)?;
        Dataset::from_facts(facts).map_err(|e| {
            ValidationError::new(e.problems().iter().cloned().map(|p| lines.locate(p)).collect())
        })
    }

    /// The dataset's facts as data files, `(file name, contents)` in the
    /// order of [`DATA_FILES`], loadable by [`Dataset::from_files`]: what
    /// `src/data/` holds for the embedded dataset. Empty tables are left
    /// out (but `sources.tsv` and `dataset.json` are always written).
    ///
    /// ```
    /// use allegiance::Dataset;
    ///
    /// let kb = Dataset::embedded();
    /// let files = kb.to_files();
    /// let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    /// assert_eq!(Dataset::from_files(&borrowed)?.facts(), kb.facts());
    /// # Ok::<(), allegiance::ValidationError>(())
    /// ```
    #[must_use]
    pub fn to_files(&self) -> Vec<(&'static str, String)> {
        write_files(&self.facts)
    }
}

fn problem(kind: K, path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem::new(kind, path, message)
}

/// Where each record read from a TSV file came from, to name the file and
/// line in the problems validation finds.
#[derive(Default)]
struct Lines {
    sources: Vec<usize>,
    memberships: Vec<usize>,
    /// For each resolution, the lines of its votes read from `votes.tsv`
    /// (after the votes written in `resolutions.json`, which have none).
    votes: Vec<(usize, Vec<usize>)>,
}

impl Lines {
    /// `p` with the file and line of its record, if it came from a TSV line.
    fn locate(&self, mut p: Problem) -> Problem {
        let at = |prefix: &str, path: &str| -> Option<usize> {
            let rest = path.strip_prefix(prefix)?;
            rest[..rest.find(']')?].parse().ok()
        };
        let line = if let Some(i) = at("sources[", &p.path) {
            self.sources.get(i).map(|l| ("sources.tsv", *l))
        } else if let Some(i) = at("memberships[", &p.path) {
            self.memberships.get(i).map(|l| ("memberships.tsv", *l))
        } else if let Some(i) = at("resolutions[", &p.path) {
            let k = p.path.find("].votes[").and_then(|k| at("", &p.path[k + 8..]));
            match (self.votes.get(i), k) {
                (Some((inline, lines)), Some(k)) if k >= *inline => {
                    lines.get(k - inline).map(|l| ("votes.tsv", *l))
                }
                _ => None,
            }
        } else {
            None
        };
        if let Some((file, line)) = line {
            let _ = write!(p.message, " ({file} line {line})");
        }
        p
    }
}

/// A TSV file: its columns and its lines (1-based line numbers).
struct Table<'t> {
    file: &'t str,
    columns: Vec<&'t str>,
    /// The lines with one field per column. A line with another count is
    /// a problem, reported in line order with the fields' own.
    rows: Vec<(usize, Vec<&'t str>)>,
}

impl<'t> Table<'t> {
    /// Reads `text`, checking the header against `known` columns (of which
    /// `required` must be present) and every line's field count.
    fn parse(
        file: &'t str,
        text: &'t str,
        known: &[&str],
        required: &[&str],
        problems: &mut Vec<Problem>,
    ) -> Option<Table<'t>> {
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)));
        let Some((_, header)) = lines.next() else {
            problems.push(problem(K::Empty, file, "an empty file: the first line must name the columns"));
            return None;
        };
        let columns: Vec<&str> = header.split('\t').collect();
        let before = problems.len();
        for (k, c) in columns.iter().enumerate() {
            if !known.contains(c) {
                let hint = crate::country::closest(c.as_bytes(), known.iter().map(|k| (*k, k.as_bytes())))
                    .map(|k| format!("; did you mean {k:?}?"))
                    .unwrap_or_default();
                problems.push(problem(
                    K::UnknownField,
                    format!("{file} line 1"),
                    format!("unknown column {c:?}{hint} (the columns are {})", known.join(", ")),
                ));
            } else if columns[..k].contains(c) {
                problems.push(problem(
                    K::Duplicate,
                    format!("{file} line 1"),
                    format!("column {c:?} appears twice"),
                ));
            }
        }
        for r in required {
            if !columns.contains(r) {
                problems.push(problem(
                    K::MissingField,
                    format!("{file} line 1"),
                    format!("missing column {r:?}"),
                ));
            }
        }
        if problems.len() > before {
            return None;
        }
        let mut rows = Vec::new();
        for (n, line) in lines {
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            rows.push((n, fields));
        }
        Some(Table { file, columns, rows })
    }

    /// Calls `each` with every line that has one field per column (a
    /// problem for every other), as a [`Row`] at `path(index, line)`.
    fn each_row(
        &self,
        problems: &mut Vec<Problem>,
        path: impl Fn(usize, usize) -> String,
        mut each: impl FnMut(&mut Row<'_, 't>),
    ) {
        for (i, (n, fields)) in self.rows.iter().enumerate() {
            if self.fits(*n, fields, problems) {
                let mut r = Row { table: self, fields, line: *n, path: path(i, *n), problems, failed: false };
                each(&mut r);
            }
        }
    }

    /// Whether line `n` has one field per column; a problem if not.
    fn fits(&self, n: usize, fields: &[&str], problems: &mut Vec<Problem>) -> bool {
        let ok = fields.len() == self.columns.len();
        if !ok {
            problems.push(problem(
                K::Syntax,
                format!("{} line {n}", self.file),
                format!("{} fields, but the first line names {} columns", fields.len(), self.columns.len()),
            ));
        }
        ok
    }

    /// The field of `row` in `column`, unescaped; `None` when the column is
    /// absent or the field empty.
    fn get(&self, row: &[&'t str], column: &str) -> Option<Cow<'t, str>> {
        let k = self.columns.iter().position(|c| *c == column)?;
        let field = row.get(k)?;
        if field.is_empty() { None } else { Some(unescape(field)) }
    }
}

/// One row's fields, read into typed values through their deserializers;
/// each failure is a problem at `path.field`.
struct Row<'a, 't> {
    table: &'a Table<'t>,
    fields: &'a [&'t str],
    line: usize,
    path: String,
    problems: &'a mut Vec<Problem>,
    /// Whether a field of this row was a problem.
    failed: bool,
}

impl Row<'_, '_> {
    /// A problem of this row that is not one field's.
    fn push(&mut self, p: Problem) {
        self.failed = true;
        self.problems.push(p);
    }

    fn fail(&mut self, kind: K, field: &str, message: String) {
        self.failed = true;
        let file = self.table.file;
        let line = self.line;
        self.problems.push(problem(
            kind,
            format!("{}.{field}", self.path),
            format!("{message} ({file} line {line})"),
        ));
    }

    /// The value of `column` read as a `T`; `None` when empty (a problem
    /// when `required`) or invalid (a problem).
    fn value<T: DeserializeOwned>(&mut self, column: &str, field: &str, required: bool) -> Option<T> {
        match self.table.get(self.fields, column) {
            None => {
                if required {
                    self.fail(K::MissingField, field, format!("{column} is required"));
                }
                None
            }
            Some(text) => match T::deserialize(Value::String(text.into_owned()).into_deserializer()) {
                Ok(v) => Some(v),
                Err(e) => {
                    let message = e.to_string();
                    let hint = crate::json::name_hint(&message);
                    self.fail(K::InvalidValue, field, format!("{message}{hint}"));
                    None
                }
            },
        }
    }

    fn text(&mut self, column: &str, field: &str, required: bool) -> Option<Cow<'static, str>> {
        match self.table.get(self.fields, column) {
            None if required => {
                self.fail(K::MissingField, field, format!("{column} is required"));
                None
            }
            None => None,
            Some(t) => Some(Cow::Owned(t.into_owned())),
        }
    }

    /// A comma-separated list of ids.
    fn ids(&mut self, column: &str) -> Vec<String> {
        self.table
            .get(self.fields, column)
            .map(|t| t.split(',').map(|s| s.trim().to_owned()).collect())
            .unwrap_or_default()
    }

    fn sources(&mut self) -> Cow<'static, [SourceId]> {
        Cow::Owned(self.ids("sources").into_iter().map(|s| SourceId(Cow::Owned(s))).collect())
    }
}

fn unescape(field: &str) -> Cow<'_, str> {
    if !field.contains('\\') {
        return Cow::Borrowed(field);
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    Cow::Owned(out)
}

fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['\t', '\n', '\r', '\\']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A JSON file holding an array of `T`, read record by record: every bad
/// record is a problem at its own path.
fn read_json_array<T: DeserializeOwned>(
    file: &str,
    table: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    // The common case, a valid file, in one pass; otherwise record by
    // record, to report every bad one.
    if let Ok(records) = serde_json::from_str::<Vec<T>>(text) {
        return records;
    }
    let values: Vec<Value> = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let offset = crate::json::offset_of(text, e.line(), e.column());
            let path = crate::json::json_path_at(text, offset);
            let at = if path.is_empty() { table.to_owned() } else { format!("{table}{path}") };
            problems.push(problem(crate::json::kind_of(&e), at, format!("invalid JSON in {file}: {e}")));
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        match read_json_value::<T>(v, &format!("{table}[{i}]")) {
            Ok(r) => out.push(r),
            Err(p) => problems.push(Problem { message: format!("{} (in {file})", p.message), ..p }),
        }
    }
    out
}

/// One JSON value read as a `T`; on failure, the path inside it is found by
/// reading it again from its text, where serde_json gives a position.
fn read_json_value<T: DeserializeOwned>(v: Value, path: &str) -> Result<T, Problem> {
    if let Ok(record) = T::deserialize(&v) {
        return Ok(record);
    }
    let text = serde_json::to_string_pretty(&v).unwrap_or_default();
    serde_json::from_str::<T>(&text).map_err(|e| {
        let offset = crate::json::offset_of(&text, e.line(), e.column());
        let inner = crate::json::json_path_at(&text, offset);
        let at = match inner.as_str() {
            "" => path.to_owned(),
            s if s.starts_with('[') => format!("{path}{s}"),
            s => format!("{path}.{s}"),
        };
        // serde_json's message ends with the position in the text it
        // read, which is not the file's: keep the sentence.
        let message = e.to_string();
        let message = message.find(" at line ").map_or(message.as_str(), |k| &message[..k]).to_owned();
        let hint = crate::json::name_hint(&message);
        problem(crate::json::kind_of(&e), at, format!("{message}{hint}"))
    })
}

fn read_files(files: &[(&str, &str)]) -> Result<(Facts, Lines), ValidationError> {
    let mut problems = Vec::new();
    let mut by_name: BTreeMap<&str, &str> = BTreeMap::new();
    for &(name, text) in files {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        if !DATA_FILES.contains(&base) {
            let hint =
                crate::country::closest(base.as_bytes(), DATA_FILES.iter().map(|k| (*k, k.as_bytes())))
                    .map(|k| format!("; did you mean {k:?}?"))
                    .unwrap_or_default();
            problems.push(problem(
                K::UnknownField,
                name,
                format!("not a data file{hint} (the data files are {})", DATA_FILES.join(", ")),
            ));
        } else if by_name.insert(base, text).is_some() {
            problems.push(problem(K::Duplicate, name, "given twice"));
        }
    }
    for required in ["dataset.json", "sources.tsv"] {
        if !by_name.contains_key(required) {
            problems.push(problem(K::MissingField, required, "missing: a dataset needs this file"));
        }
    }
    let mut lines = Lines::default();

    let meta = by_name.get("dataset.json").and_then(|text| match serde_json::from_str::<Meta>(text) {
        Ok(m) => Some(m),
        Err(e) => {
            problems.push(problem(crate::json::kind_of(&e), "dataset.json", format!("{e}")));
            None
        }
    });

    // sources.tsv
    let mut sources = Vec::new();
    if let Some(text) = by_name.get("sources.tsv") {
        let known = [
            "id",
            "kind",
            "publisher",
            "title",
            "date",
            "url",
            "quote",
            "original_publisher",
            "original_url",
        ];
        if let Some(t) =
            Table::parse("sources.tsv", text, &known, &["id", "publisher", "title"], &mut problems)
        {
            t.each_row(
                &mut problems,
                |i, _| format!("sources[{i}]"),
                |r| {
                    let id = r.text("id", "id", true);
                    let publisher = r.text("publisher", "publisher", true);
                    let title = r.text("title", "title", true);
                    let date = r.value::<PartialDate>("date", "date", false);
                    let url = r.text("url", "url", false);
                    let quote = r.text("quote", "quote", false);
                    let kind = r.value::<crate::SourceKind>("kind", "kind", false).unwrap_or_default();
                    let original_publisher = r.text("original_publisher", "original.publisher", false);
                    let original_url = r.text("original_url", "original.url", false);
                    let original = match (original_publisher, original_url) {
                        (Some(publisher), url) => Some(crate::Original { publisher, url }),
                        (None, Some(_)) => {
                            r.fail(
                                K::MissingField,
                                "original.publisher",
                                "an original_url needs its original_publisher".into(),
                            );
                            None
                        }
                        (None, None) => None,
                    };
                    if !r.failed
                        && let (Some(id), Some(publisher), Some(title)) = (id, publisher, title)
                    {
                        sources.push(Source {
                            id: SourceId(id),
                            publisher,
                            title,
                            date,
                            url,
                            quote,
                            kind,
                            original,
                        });
                        lines.sources.push(r.line);
                    }
                },
            );
        }
    }

    // readings.tsv
    let mut readings: HashMap<String, Reading> = HashMap::new();
    if let Some(text) = by_name.get("readings.tsv") {
        let known = ["id", "says", "date", "sources"];
        if let Some(t) = Table::parse("readings.tsv", text, &known, &["id", "says", "sources"], &mut problems)
        {
            t.each_row(
                &mut problems,
                |_, n| format!("readings.tsv line {n}"),
                |r| {
                    let id = r.text("id", "id", true);
                    let says = r.text("says", "says", true);
                    let date = r.value::<PartialDate>("date", "date", false);
                    let sources = r.sources();
                    if !r.failed
                        && let (Some(id), Some(says)) = (id, says)
                    {
                        match readings.entry(id.into_owned()) {
                            std::collections::hash_map::Entry::Occupied(e) => r.push(problem(
                                K::Duplicate,
                                format!("readings.tsv line {}", r.line),
                                format!("duplicate reading id {:?}", e.key()),
                            )),
                            std::collections::hash_map::Entry::Vacant(e) => {
                                e.insert(Reading { says, date, sources });
                            }
                        }
                    }
                },
            );
        }
    }

    // memberships.tsv
    let mut memberships = Vec::new();
    if let Some(text) = by_name.get("memberships.tsv") {
        let known = ["country", "union", "role", "start", "end", "sources", "note", "alternatives"];
        let required = ["country", "union", "role", "start", "sources"];
        if let Some(t) = Table::parse("memberships.tsv", text, &known, &required, &mut problems) {
            t.each_row(
                &mut problems,
                |i, _| format!("memberships[{i}]"),
                |r| {
                    let country = r.value::<Country>("country", "country", true);
                    let union = r.value::<Union>("union", "union", true);
                    let role = r.value::<Role>("role", "role", true);
                    let start = r.value::<PartialDate>("start", "period.start", true);
                    let end = r.value::<PartialDate>("end", "period.end", false);
                    let sources = r.sources();
                    let note = r.text("note", "note", false);
                    let mut alternatives = Vec::new();
                    for (k, id) in r.ids("alternatives").into_iter().enumerate() {
                        match readings.get(&id) {
                            Some(reading) => alternatives.push(reading.clone()),
                            None => {
                                let hint = crate::country::closest(
                                    id.as_bytes(),
                                    readings.keys().map(|k| (k.as_str(), k.as_bytes())),
                                )
                                .map(|k| format!("; did you mean {k:?}?"))
                                .unwrap_or_default();
                                r.fail(
                                    K::UnknownReference,
                                    &format!("alternatives[{k}]"),
                                    format!("unknown reading id {id:?} (not in readings.tsv){hint}"),
                                );
                            }
                        }
                    }
                    if !r.failed
                        && let (Some(country), Some(union), Some(role), Some(start)) =
                            (country, union, role, start)
                    {
                        memberships.push(Membership {
                            country,
                            union,
                            role,
                            period: Period::new(start, end),
                            sources,
                            note,
                            alternatives: Cow::Owned(alternatives),
                        });
                        lines.memberships.push(r.line);
                    }
                },
            );
        }
    }

    let json = |name: &str| by_name.get(name).copied();
    let coverage: Vec<crate::Scope> = json("coverage.json")
        .map(|t| read_json_array("coverage.json", "coverage", t, &mut problems))
        .unwrap_or_default();
    let treaties: Vec<Treaty> = json("treaties.json")
        .map(|t| read_json_array("treaties.json", "treaties", t, &mut problems))
        .unwrap_or_default();
    let statements: Vec<Statement> = json("statements.json")
        .map(|t| read_json_array("statements.json", "statements", t, &mut problems))
        .unwrap_or_default();
    let stances: Vec<StanceRecord> = json("stances.json")
        .map(|t| read_json_array("stances.json", "stances", t, &mut problems))
        .unwrap_or_default();
    let claims: Vec<Claim> = json("claims.json")
        .map(|t| read_json_array("claims.json", "claims", t, &mut problems))
        .unwrap_or_default();

    // votes.tsv, grouped by symbol in the order of the lines.
    let mut votes: HashMap<String, Vec<(usize, Country, Vote)>> = HashMap::new();
    if let Some(text) = by_name.get("votes.tsv") {
        let known = ["symbol", "country", "vote"];
        if let Some(t) = Table::parse("votes.tsv", text, &known, &known, &mut problems) {
            t.each_row(
                &mut problems,
                |_, n| format!("votes.tsv line {n}"),
                |r| {
                    let symbol = r.text("symbol", "symbol", true);
                    let country = r.value::<Country>("country", "country", true);
                    let vote = r.value::<Vote>("vote", "vote", true);
                    if let (Some(s), Some(c), Some(v)) = (symbol, country, vote) {
                        votes.entry(s.into_owned()).or_default().push((r.line, c, v));
                    }
                },
            );
        }
    }

    // resolutions.json, each joined with its votes.
    let mut resolutions: Vec<Resolution> = Vec::new();
    if let Some(text) = json("resolutions.json") {
        match serde_json::from_str::<Vec<Value>>(text) {
            Err(e) => {
                let offset = crate::json::offset_of(text, e.line(), e.column());
                let path = crate::json::json_path_at(text, offset);
                problems.push(problem(
                    crate::json::kind_of(&e),
                    format!("resolutions{path}"),
                    format!("invalid JSON in resolutions.json: {e}"),
                ));
            }
            Ok(values) => {
                for (i, mut v) in values.into_iter().enumerate() {
                    let symbol = v.get("symbol").and_then(Value::as_str).map(str::to_owned);
                    let from_tsv = symbol.as_deref().and_then(|s| votes.remove(s)).unwrap_or_default();
                    let mut inline = 0;
                    if let Value::Object(map) = &mut v {
                        let list = map.entry("votes").or_insert_with(|| Value::Array(Vec::new()));
                        if let Value::Array(list) = list {
                            inline = list.len();
                            for &(_, c, vote) in &from_tsv {
                                list.push(serde_json::json!([c.alpha2(), vote]));
                            }
                        }
                    }
                    match read_json_value::<Resolution>(v, &format!("resolutions[{i}]")) {
                        Ok(r) => {
                            resolutions.push(r);
                            lines.votes.push((inline, from_tsv.iter().map(|x| x.0).collect()));
                        }
                        Err(p) => problems
                            .push(Problem { message: format!("{} (in resolutions.json)", p.message), ..p }),
                    }
                }
            }
        }
    }
    let mut orphans: Vec<(usize, String)> = votes.into_iter().map(|(s, v)| (v[0].0, s)).collect();
    orphans.sort();
    for (line, symbol) in orphans {
        problems.push(problem(
            K::UnknownReference,
            format!("votes.tsv line {line}"),
            format!("a vote in {symbol:?}, which is not a resolution in resolutions.json"),
        ));
    }

    if !problems.is_empty() {
        return Err(ValidationError::new(problems));
    }
    let Some(meta) = meta else { return Err(ValidationError::new(problems)) };
    let facts = Facts {
        name: Cow::Owned(meta.name),
        as_of: meta.as_of,
        version: meta.version.map(Cow::Owned),
        coverage: Cow::Owned(coverage),
        sources: Cow::Owned(sources),
        memberships: Cow::Owned(memberships),
        treaties: Cow::Owned(treaties),
        statements: Cow::Owned(statements),
        stances: Cow::Owned(stances),
        claims: Cow::Owned(claims),
        resolutions: Cow::Owned(resolutions),
    };
    Ok((facts, lines))
}

/// Writes a TSV table.
fn tsv(columns: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = columns.join("\t");
    out.push('\n');
    for row in rows {
        let fields: Vec<Cow<'_, str>> = row.iter().map(|f| escape(f)).collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn id_list(ids: &[SourceId]) -> String {
    ids.iter().map(SourceId::as_str).collect::<Vec<_>>().join(",")
}

fn pretty<T: serde::Serialize>(records: &[T]) -> String {
    let mut s = serde_json::to_string_pretty(records).unwrap_or_default();
    s.push('\n');
    s
}

/// What `dataset.json` holds, for writing.
#[derive(serde::Serialize)]
struct MetaOut<'f> {
    name: &'f str,
    as_of: PartialDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'f str>,
}

/// A [`Resolution`] without its votes, in its fields' order, for
/// `resolutions.json`.
#[derive(serde::Serialize)]
struct ResolutionMeta<'r> {
    symbol: &'r str,
    title: &'r str,
    date: PartialDate,
    totals: crate::Tally,
    complete: bool,
    sources: &'r [SourceId],
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'r str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    alternatives: &'r [Reading],
    #[serde(skip_serializing_if = "crate::Organ::is_general_assembly")]
    organ: crate::Organ,
    #[serde(skip_serializing_if = "crate::vote::is_true")]
    adopted: bool,
}

fn write_files(facts: &Facts) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let meta = MetaOut { name: &facts.name, as_of: facts.as_of, version: facts.version.as_deref() };
    let mut m = serde_json::to_string_pretty(&meta).unwrap_or_default();
    m.push('\n');
    out.push(("dataset.json", m));
    if !facts.coverage.is_empty() {
        out.push(("coverage.json", pretty(&facts.coverage)));
    }

    out.push((
        "sources.tsv",
        tsv(
            &[
                "id",
                "kind",
                "publisher",
                "title",
                "date",
                "url",
                "quote",
                "original_publisher",
                "original_url",
            ],
            facts.sources.iter().map(|s| {
                vec![
                    s.id.to_string(),
                    if s.kind.is_unclassified() { String::new() } else { s.kind.to_string() },
                    s.publisher.to_string(),
                    s.title.to_string(),
                    opt(s.date.map(PartialDate::iso)),
                    opt(s.url.as_deref()),
                    opt(s.quote.as_deref()),
                    opt(s.original.as_ref().map(|o| &o.publisher)),
                    opt(s.original.as_ref().and_then(|o| o.url.as_deref())),
                ]
            }),
        ),
    ));

    // Readings of memberships, each written once under an id made from the
    // first record that cites it.
    let mut reading_ids: Vec<(&Reading, String)> = Vec::new();
    let mut per_pair: HashMap<(Country, Union), usize> = HashMap::new();
    let mut membership_rows = Vec::new();
    for m in facts.memberships.iter() {
        let mut alts = Vec::new();
        for r in m.alternatives.iter() {
            let id = match reading_ids.iter().find(|(x, _)| *x == r) {
                Some((_, id)) => id.clone(),
                None => {
                    let n = per_pair.entry((m.country, m.union)).or_insert(0);
                    *n += 1;
                    let id = format!(
                        "{}-{}-{}",
                        m.country.alpha2().to_ascii_lowercase(),
                        m.union.acronym().to_ascii_lowercase().replace(' ', "-"),
                        n
                    );
                    reading_ids.push((r, id.clone()));
                    id
                }
            };
            alts.push(id);
        }
        membership_rows.push(vec![
            m.country.alpha2().to_owned(),
            m.union.acronym().to_owned(),
            <&str>::from(m.role).to_owned(),
            m.period.start.iso().to_string(),
            opt(m.period.end.map(PartialDate::iso)),
            id_list(&m.sources),
            opt(m.note.as_deref()),
            alts.join(","),
        ]);
    }
    if !reading_ids.is_empty() {
        out.push((
            "readings.tsv",
            tsv(
                &["id", "says", "date", "sources"],
                reading_ids.iter().map(|(r, id)| {
                    vec![
                        id.clone(),
                        r.says.to_string(),
                        opt(r.date.map(PartialDate::iso)),
                        id_list(&r.sources),
                    ]
                }),
            ),
        ));
    }
    if !membership_rows.is_empty() {
        out.push((
            "memberships.tsv",
            tsv(
                &["country", "union", "role", "start", "end", "sources", "note", "alternatives"],
                membership_rows.into_iter(),
            ),
        ));
    }
    if !facts.treaties.is_empty() {
        out.push(("treaties.json", pretty(&facts.treaties)));
    }
    if !facts.statements.is_empty() {
        out.push(("statements.json", pretty(&facts.statements)));
    }
    if !facts.stances.is_empty() {
        out.push(("stances.json", pretty(&facts.stances)));
    }
    if !facts.claims.is_empty() {
        out.push(("claims.json", pretty(&facts.claims)));
    }
    if !facts.resolutions.is_empty() {
        let metas: Vec<ResolutionMeta<'_>> = facts
            .resolutions
            .iter()
            .map(|r| ResolutionMeta {
                symbol: &r.symbol,
                title: &r.title,
                date: r.date,
                totals: r.totals,
                complete: r.complete,
                sources: &r.sources,
                note: r.note.as_deref(),
                alternatives: &r.alternatives,
                organ: r.organ,
                adopted: r.adopted,
            })
            .collect();
        out.push(("resolutions.json", pretty(&metas)));
        out.push((
            "votes.tsv",
            tsv(
                &["symbol", "country", "vote"],
                facts.resolutions.iter().flat_map(|r| {
                    r.votes.iter().map(|(c, v)| {
                        vec![r.symbol.to_string(), c.alpha2().to_owned(), <&str>::from(*v).to_owned()]
                    })
                }),
            ),
        ));
    }
    out
}
