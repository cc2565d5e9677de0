//! Loading and saving a [`Dataset`] as JSON (feature `serde`), and merging
//! datasets.

use crate::{Dataset, Facts, Problem, ProblemKind, ValidationError};

impl Dataset {
    /// Loads a dataset from its JSON form ([`Facts`]), checking every fact.
    ///
    /// The JSON form is the [`Facts`] struct: dates are ISO 8601 strings at
    /// their precision (`"2022-02-24"`, `"2000-10"`, `"2011"`), countries
    /// their alpha-2 codes (any code or name is accepted when reading),
    /// unions their acronyms, every enum value in `snake_case`
    /// (`"opposes_with_measures"`, `"auto_extending"`, `"not_voting"`; the
    /// kebab-case stance names of earlier files, `"opposes-with-measures"`,
    /// are read too), and every record cites sources by id. Optional fields
    /// (`note`, `alternatives`, `url`, `end` ...) may be left out; a key the
    /// schema does not have is an error at its path (a misspelt `"ends"`
    /// would otherwise leave a period open), with the closest valid name
    /// when one is close. One record of every kind:
    ///
    /// ```
    /// use allegiance::{Country, Dataset, Role, Stance, TreatyStatus, Union, Vote};
    /// use time::macros::date;
    ///
    /// let json = r#"{
    ///   "name": "my alliances",
    ///   "as_of": "2026-11",
    ///   "sources": [
    ///     { "id": "minutes", "publisher": "Example Club", "title": "Minutes of the meeting",
    ///       "date": "2020-05", "url": "https://example.org/minutes", "quote": "Poland joined." }
    ///   ],
    ///   "memberships": [
    ///     { "country": "PL", "union": "NATO", "role": "member",
    ///       "period": { "start": "1999-03-12" }, "sources": ["minutes"] },
    ///     { "country": "Ukraine", "union": "EU", "role": "candidate",
    ///       "period": { "start": "2022-06-23", "end": "2030" }, "sources": ["minutes"],
    ///       "note": "any code or name is read; written back as an alpha-2 code" }
    ///   ],
    ///   "treaties": [
    ///     { "id": "pl-ua-2020", "name": "An example treaty", "short_name": "Example (2020)",
    ///       "kind": "friendship",
    ///       "parties": [ { "country": "PL", "period": { "start": "2020-01-15" } },
    ///                    { "country": "UA", "period": { "start": "2020-01-15" } } ],
    ///       "signed": "2020-01-15", "in_force": "2020-06",
    ///       "term": { "rule": "auto_extending", "initial_years": 10, "extension_years": 5, "notice_months": 12 },
    ///       "events": [ { "date": "2024-02", "kind": "suspended", "party": "PL",
    ///                     "note": "an example suspension", "sources": ["minutes"] } ],
    ///       "provisions": [ { "obligation": "consultation", "article": "Article 2",
    ///                         "text": "consult each other", "sources": ["minutes"] } ],
    ///       "sources": ["minutes"] }
    ///   ],
    ///   "statements": [
    ///     { "id": "pl-2022-02-24", "country": "PL", "speaker": "A minister", "office": "Foreign minister",
    ///       "date": "2022-02-24", "words": "We condemn the attack.", "sources": ["minutes"] }
    ///   ],
    ///   "stances": [
    ///     { "country": "PL", "stance": "opposes_with_measures", "since": "2022-02-24",
    ///       "summary": "Condemned the attack and sent aid.",
    ///       "evidence": [ { "statement": "pl-2022-02-24" }, { "vote": "A/RES/X-1" },
    ///                     { "measure": "sent aid" } ],
    ///       "assessed_by": "me", "sources": ["minutes"] }
    ///   ],
    ///   "claims": [
    ///     { "subject": "PL", "wording": "a staunch ally", "date": "2022-03", "sources": ["minutes"] }
    ///   ],
    ///   "resolutions": [
    ///     { "symbol": "A/RES/X-1", "title": "An example resolution", "date": "2022-03-02",
    ///       "totals": { "yes": 2, "no": 1, "abstain": 0, "not_voting": 0 }, "complete": false,
    ///       "votes": [ ["PL", "yes"], ["UA", "yes"] ], "sources": ["minutes"],
    ///       "note": "only part of the roll call is sourced" }
    ///   ]
    /// }"#;
    /// let kb = Dataset::from_json(json)?;
    /// let day = date!(2024-03-01);
    /// assert_eq!(kb.role(Country::PL, Union::Nato, day), Some(Role::Member));
    /// assert_eq!(kb.role(Country::UA, Union::Eu, day), Some(Role::Candidate));
    /// assert_eq!(kb.treaty_status("pl-ua-2020", day).map(TreatyStatus::suspended), Some(Country::PL.into()));
    /// assert_eq!(kb.stance(Country::PL, day).map(|s| s.stance), Some(Stance::OpposesWithMeasures));
    /// assert_eq!(kb.vote("A/RES/X-1", Country::UA), Some(Vote::Yes));
    /// assert_eq!(kb.claims(Country::PL).count(), 1);
    /// // And back: the same facts, as JSON a person can read.
    /// assert_eq!(Dataset::from_json(&kb.to_json())?.facts(), kb.facts());
    /// # Ok::<(), allegiance::ValidationError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ValidationError`] listing every problem, each with its record's
    /// path (`memberships[3].period.end`): the JSON's syntax or shape
    /// (one problem, located by path, line and column), or every fact that
    /// fails validation. No dataset is built when any problem is found.
    pub fn from_json(json: &str) -> Result<Dataset, ValidationError> {
        let facts: Facts = serde_json::from_str(json).map_err(|e| {
            let offset = offset_of(json, e.line(), e.column());
            let path = json_path_at(json, offset);
            let kind = kind_of(&e);
            let text = e.to_string();
            // serde_json ends its message with " at line L column C": the
            // suggestion goes before it.
            let (what, at) = text.rfind(" at line ").map_or((&*text, ""), |i| text.split_at(i));
            let hint = if what.starts_with("unknown field") || what.starts_with("unknown variant") {
                name_hint(what)
            } else {
                String::new()
            };
            ValidationError::new(vec![Problem::new(
                kind,
                if path.is_empty() { "(document)".into() } else { path },
                format!("invalid JSON: {what}{hint}{at}"),
            )])
        })?;
        Dataset::from_facts(facts)
    }

    /// The dataset's facts as pretty-printed JSON, loadable by
    /// [`Dataset::from_json`].
    ///
    /// ```
    /// use allegiance::Dataset;
    ///
    /// let kb = Dataset::embedded();
    /// let json = kb.to_json();
    /// let copy = Dataset::from_json(&json)?;
    /// assert_eq!(copy.facts(), kb.facts());
    /// # Ok::<(), allegiance::ValidationError>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string_pretty(&self.facts).unwrap_or_default()
    }
}

/// The kind of a serde_json error: syntax, or which data error (serde's
/// messages for unknown and missing fields start with these words).
pub(crate) fn kind_of(e: &serde_json::Error) -> ProblemKind {
    use serde_json::error::Category;
    match e.classify() {
        Category::Io | Category::Syntax | Category::Eof => ProblemKind::Syntax,
        Category::Data => {
            let m = e.to_string();
            if m.starts_with("unknown field") {
                ProblemKind::UnknownField
            } else if m.starts_with("missing field") {
                ProblemKind::MissingField
            } else {
                ProblemKind::InvalidValue
            }
        }
    }
}

/// `"; did you mean `end`?"` for serde's "unknown field `ends`, expected
/// `start` or `end`" (or "unknown variant `membr`, expected one of
/// `member`, …"), when one of the expected names is close.
pub(crate) fn name_hint(message: &str) -> String {
    let Some((unknown, expected)) = message.split_once(", expected ") else { return String::new() };
    let name = |s: &str| s.split('`').nth(1).map(str::to_owned);
    let Some(unknown) = name(unknown) else { return String::new() };
    // The names are every other piece between backticks.
    let names = expected.split('`').skip(1).step_by(2);
    crate::country::closest(unknown.as_bytes(), names.map(|n| (n, n.as_bytes())))
        .map(|n| format!("; did you mean `{n}`?"))
        .unwrap_or_default()
}

/// The byte offset of a 1-based line and column (serde_json's convention).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

enum Frame {
    /// An object, with the key whose value is being read, if any.
    Object { key: Option<String>, expecting_key: bool },
    /// An array, with the index of the current element and whether that
    /// element has begun (after `[` or `,` it has not: the position is the
    /// array's, not a child's that does not exist).
    Array { index: usize, started: bool },
}

/// The path (`memberships[3].period`) of the innermost value containing the
/// byte `offset` of `json`, by a small scan of its structure. Every path
/// names a value the document has: an array's element only once it has
/// begun, an object's key only once it has been read, and a container
/// itself when `offset` is at its closing bracket (where serde_json reports
/// what is wrong with the whole: a missing field, a list of the wrong kind
/// or length, a trailing comma).
pub(crate) fn json_path_at(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() && i < offset {
        let b = bytes[i];
        if !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']')
            && let Some(Frame::Array { started, .. }) = stack.last_mut()
        {
            *started = true;
        }
        match b {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expecting_key: expecting @ true }) = stack.last_mut() {
                    *key = json.get(start..i.min(bytes.len())).map(str::to_owned);
                    *expecting = false;
                }
            }
            b'{' => stack.push(Frame::Object { key: None, expecting_key: true }),
            b'[' => stack.push(Frame::Array { index: 0, started: false }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    // serde_json reports a position as the last byte it consumed. A string
    // that covers `offset` has been read whole (its key or element is the
    // place); otherwise the byte at `offset` says whose problem it is.
    if i == offset {
        match bytes.get(offset) {
            // At a closing bracket: the container's (a missing field, a
            // list of the wrong length or kind, a trailing comma).
            Some(b'}') => {
                if let Some(Frame::Object { key, .. }) = stack.last_mut() {
                    *key = None;
                }
            }
            Some(b']') => {
                if let Some(Frame::Array { started, .. }) = stack.last_mut() {
                    *started = false;
                }
            }
            // At an opening bracket: the container as a value (a list where
            // a string belongs).
            Some(b'[' | b'{') | None => {}
            // After a comma, a colon or white space the parser has peeked
            // at the next value: an element has begun if one follows.
            Some(&b) => {
                if b == b',' {
                    match stack.last_mut() {
                        Some(Frame::Array { index, started }) => {
                            *index += 1;
                            *started = false;
                        }
                        Some(Frame::Object { key, .. }) => *key = None,
                        None => {}
                    }
                }
                let next = bytes[offset..]
                    .iter()
                    .copied()
                    .skip(usize::from(matches!(b, b',' | b':') || b.is_ascii_whitespace()))
                    .find(|b| !b.is_ascii_whitespace());
                if next.is_some_and(|n| !matches!(n, b',' | b']' | b'}' | b':'))
                    && let Some(Frame::Array { started, .. }) = stack.last_mut()
                {
                    *started = true;
                }
            }
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } | Frame::Array { started: false, .. } => {}
            Frame::Array { index, started: true } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::json_path_at;

    #[test]
    fn paths_of_offsets() {
        let j = r#"{"a": [1, {"b": "x,y", "c": [0, 0, 7]}], "d": 2}"#;
        assert_eq!(json_path_at(j, j.find('7').unwrap()), "a[1].c[2]");
        assert_eq!(json_path_at(j, j.find("x,y").unwrap()), "a[1].b");
        assert_eq!(json_path_at(j, j.find('2').unwrap()), "d");
        assert_eq!(json_path_at(j, 0), "");
        assert_eq!(json_path_at("", 10), "");
        let missing = r#"{"m": [{"a": 1, "b": 2}]}"#;
        assert_eq!(json_path_at(missing, missing.find('}').unwrap()), "m[0]");
    }

    /// The path at the first `@` of `json`, with the `@` taken out.
    fn at(json: &str) -> String {
        let offset = json.find('@').unwrap();
        json_path_at(&json.replacen('@', "", 1), offset)
    }

    #[test]
    fn every_path_names_a_value_the_document_has() {
        // A key after an array, and after an empty object, in compact JSON.
        assert_eq!(at(r#"{"s":[{"id":"a","notes":[]},{"t":"x","n@otes":1}]}"#), "s[1].notes");
        assert_eq!(at(r#"{"a":[1,2],"b":{},"c":@3}"#), "c");
        assert_eq!(at(r#"{"a":{},"b":[[],[]],"c":"x@"}"#), "c");
        // An array that is the wrong value is the array's path, not a child's.
        assert_eq!(at(r#"{"m":[{"country":[@]}]}"#), "m[0].country");
        assert_eq!(at(r#"{"m":[{"country":@[1]}]}"#), "m[0].country");
        assert_eq!(at(r#"{"m":[{"country":[ @1]}]}"#), "m[0].country[0]");
        assert_eq!(at(r#"{"m":[{"country":[1@]}]}"#), "m[0].country");
        assert_eq!(at(r#"{"m":[{"country":{@}}]}"#), "m[0].country");
        // A value expected where there is none, a trailing comma.
        assert_eq!(at(r#"{"s":[ @}"#), "s");
        assert_eq!(at(r#"{"s":[{"a":1},@]}"#), "s");
        assert_eq!(at(r#"{"s":[{"a":1}, {"b":2,@}]}"#), "s[1]");
        // An element the parser peeked at after a comma, a colon or a space.
        assert_eq!(at(r#"{"c":[1@,7]}"#), "c[1]");
        assert_eq!(at(r#"{"c":[1,@ 7]}"#), "c[1]");
        assert_eq!(at(r#"{"c":@ 7}"#), "c");
        assert_eq!(at(r#"{"c":[1@,]}"#), "c");
        // Elements that have begun, nested.
        assert_eq!(at(r#"{"v":[["PL","yes"],["X@X","yes"]]}"#), "v[1][0]");
        assert_eq!(at(r#"{"v":[["PL","yes"],["PL"@]]}"#), "v[1]");
        // Keys with escaped quotes and brackets inside strings.
        assert_eq!(at(r#"{"a\"]":"[{,", "b": [@1]}"#), "b[0]");
    }
}
