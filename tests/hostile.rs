//! Hostile and careless input: a strict schema (unknown fields, one enum
//! casing, years the format can write back), typed problem kinds, paths a
//! user can find in the file, and loads, checks and merges whose work grows
//! no faster than the input (sizes at which quadratic code would take
//! minutes; no timing).
#![cfg(feature = "serde")]

use allegiance::{Dataset, Problem, ProblemKind};

const SOURCE: &str = r#"{ "id": "notes", "publisher": "Me", "title": "Notes" }"#;

/// A dataset's JSON with one source, `notes`, and these extra top-level fields.
fn wrap(extra: &str) -> String {
    let sep = if extra.is_empty() { "" } else { ", " };
    format!(r#"{{ "name": "x", "as_of": "2026", "sources": [{SOURCE}]{sep}{extra} }}"#)
}

#[track_caller]
fn problems(json: &str) -> Vec<Problem> {
    Dataset::from_json(json).expect_err("the input has problems").problems().to_vec()
}

/// The one problem of `json`.
#[track_caller]
fn only(json: &str) -> Problem {
    let p = problems(json);
    assert_eq!(p.len(), 1, "{p:#?}");
    p.into_iter().next().unwrap()
}

fn membership(country: &str, period: &str) -> String {
    format!(
        r#"{{ "country": "{country}", "union": "NATO", "role": "member", "period": {period}, "sources": ["notes"] }}"#
    )
}

// 4. Every problem carries a typed kind.

#[test]
fn every_problem_has_a_kind_a_program_can_match() {
    let json = wrap(&format!(
        r#""memberships": [
    {}, {},
    {{ "country": "FR", "union": "NATO", "role": "member", "period": {{ "start": "2009" }}, "sources": [] }}
  ],
  "resolutions": [
    {{ "symbol": "A/RES/X", "title": "t", "date": "2022", "complete": true,
       "totals": {{ "yes": 3, "no": 0, "abstain": 0, "not_voting": 0 }},
       "votes": [["FR", "yes"], ["TW", "yes"]], "sources": ["ntoes"] }}
  ]"#,
        membership("PL", r#"{ "start": "1999-03-12", "end": "1998" }"#),
        membership("FR", r#"{ "start": "1949" }"#),
    ));
    let got: Vec<(String, ProblemKind)> = problems(&json).into_iter().map(|p| (p.path, p.kind)).collect();
    let want = [
        ("memberships[0].period.end", ProblemKind::BadPeriod),
        ("memberships[2].sources", ProblemKind::MissingSource),
        ("memberships[2].period", ProblemKind::Overlap),
        ("resolutions[0].sources[0]", ProblemKind::UnknownSource),
        ("resolutions[0].votes[1]", ProblemKind::NotAMember),
        ("resolutions[0].votes", ProblemKind::Totals),
    ];
    let want: Vec<(String, ProblemKind)> = want.iter().map(|&(p, k)| (p.to_owned(), k)).collect();
    assert_eq!(got, want);

    // JSON errors are typed too; `Display` stays `path: message`.
    let syntax = only(r#"{ "name": "x", "as_of": "2026", "sources": [] "#);
    assert_eq!((syntax.kind, syntax.path.as_str()), (ProblemKind::Syntax, "sources"));
    assert_eq!(syntax.to_string(), format!("{}: {}", syntax.path, syntax.message));
    let missing = only(&wrap(r#""memberships": [{ "country": "PL", "union": "NATO", "role": "member" }]"#));
    assert_eq!((missing.kind, missing.path.as_str()), (ProblemKind::MissingField, "memberships[0]"));
    let invalid =
        only(&wrap(&format!(r#""memberships": [{}]"#, membership("Narnia", r#"{ "start": "1999" }"#))));
    assert_eq!((invalid.kind, invalid.path.as_str()), (ProblemKind::InvalidValue, "memberships[0].country"));
}

/// One record of every kind, every optional field filled in.
const FULL: &str = r#"{
  "name": "full", "as_of": "2026-11",
  "sources": [
    { "id": "notes", "publisher": "Me", "title": "Notes", "date": "2020-05",
      "url": "https://example.org/notes", "quote": "Poland joined." }
  ],
  "memberships": [
    { "country": "PL", "union": "NATO", "role": "member",
      "period": { "start": "1999-03-12", "end": "2030" }, "sources": ["notes"], "note": "n",
      "alternatives": [ { "says": "another day", "date": "1999-03-13", "sources": ["notes"] } ] }
  ],
  "treaties": [
    { "id": "pl-ua-2020", "name": "A treaty", "short_name": "T", "kind": "friendship",
      "parties": [ { "country": "PL", "period": { "start": "2020-01-15" } },
                   { "country": "UA", "period": { "start": "2020-01-15", "end": "2025" } } ],
      "signed": "2020-01-15", "in_force": "2020-06",
      "term": { "rule": "auto_extending", "initial_years": 10, "extension_years": 5, "notice_months": 12 },
      "events": [ { "date": "2021", "kind": "extended", "until": "2035", "party": "PL",
                    "note": "extended", "sources": ["notes"] },
                  { "date": "2024-02", "kind": "suspended", "party": "PL", "towards": "UA", "note": "n",
                    "sources": ["notes"] } ],
      "provisions": [ { "obligation": "consultation", "article": "Article 2", "binds": "PL", "towards": "UA",
                        "text": "consult", "sources": ["notes"] } ],
      "sources": ["notes"], "note": "n",
      "alternatives": [ { "says": "signed later", "sources": ["notes"] } ],
      "end_alternatives": [ { "says": "ends 2029", "date": "2029", "sources": ["notes"] } ] }
  ],
  "statements": [
    { "id": "s1", "country": "PL", "about": "RU", "speaker": "A minister", "office": "Minister",
      "date": "2022-02-24", "words": "We condemn the attack.", "sources": ["notes"], "note": "n",
      "alternatives": [ { "says": "other words", "sources": ["notes"] } ] }
  ],
  "stances": [
    { "country": "PL", "stance": "opposes_with_measures", "since": "2022-02-24", "until": "2030",
      "summary": "s", "evidence": [ { "statement": "s1" }, { "vote": "A/RES/X-1" }, { "measure": "aid" } ],
      "assessed_by": "me", "sources": ["notes"],
      "alternatives": [ { "says": "condemns", "sources": ["notes"] } ] }
  ],
  "claims": [ { "subject": "PL", "wording": "an ally", "date": "2022-03", "sources": ["notes"], "note": "n" } ],
  "resolutions": [
    { "symbol": "A/RES/X-1", "title": "A resolution", "date": "2022-03-02",
      "totals": { "yes": 2, "no": 1, "abstain": 0, "not_voting": 0 }, "complete": false,
      "votes": [ ["PL", "yes"], ["UA", "yes"] ], "sources": ["notes"], "note": "n",
      "alternatives": [ { "says": "other totals", "sources": ["notes"] } ] },
    { "symbol": "S/2022/1", "title": "A draft", "date": "2022-02-25",
      "totals": { "yes": 1, "no": 1, "abstain": 0, "not_voting": 0 }, "complete": true,
      "votes": [ ["PL", "yes"], ["RU", "no"] ], "sources": ["notes"],
      "organ": "security_council", "adopted": false }
  ]
}"#;

/// Every object in `v` with its path, `memberships[0].period` style.
fn objects(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            out.push(path.to_owned());
            for (k, x) in m {
                let sep = if path.is_empty() { "" } else { "." };
                objects(x, &format!("{path}{sep}{k}"), out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                objects(x, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The value at a path made of keys and `[i]` indices.
fn pointer_mut<'v>(v: &'v mut serde_json::Value, path: &str) -> &'v mut serde_json::Value {
    let mut v = v;
    for seg in path.split('.').filter(|s| !s.is_empty()) {
        let (key, idx) = seg.split_once('[').map_or((seg, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            v = &mut v[key];
        }
        for i in idx.split('[').filter(|s| !s.is_empty()) {
            v = &mut v[i.trim_end_matches(']').parse::<usize>().unwrap()];
        }
    }
    v
}

// 1. Strict schema: an unknown or misspelt field is an error with its path.

#[test]
fn the_full_document_loads_and_round_trips() {
    let kb = Dataset::from_json(FULL).unwrap();
    assert_eq!(Dataset::from_json(&kb.to_json()).unwrap().facts(), kb.facts());
    // An event keeps its flat JSON shape, `until` beside `kind` (keys in
    // `serde_json::Value`'s sorted order).
    let json: serde_json::Value = serde_json::from_str(&kb.to_json()).unwrap();
    let event = &json["treaties"][0]["events"][0];
    let keys: Vec<&str> = event.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["date", "kind", "note", "party", "sources", "until"]);
    assert_eq!(event["until"], "2035");
}

#[test]
fn a_misspelt_period_end_is_an_error_not_an_open_period() {
    let p = only(&wrap(&format!(
        r#""memberships": [{}]"#,
        membership("PL", r#"{ "start": "2016", "ends": "2020" }"#)
    )));
    assert_eq!(p.kind, ProblemKind::UnknownField);
    assert_eq!(p.path, "memberships[0].period.ends");
    assert!(
        p.message.starts_with(
            "invalid JSON: unknown field `ends`, expected `start` or `end`; did you mean `end`?"
        ),
        "{p}"
    );
}

#[test]
fn a_misspelt_table_is_an_error_not_an_empty_table() {
    let p = only(&wrap(&format!(r#""membership": [{}]"#, membership("PL", r#"{ "start": "2016" }"#))));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::UnknownField, "membership"));
    assert!(p.message.contains("unknown field `membership`"), "{p}");
    assert!(p.message.contains("; did you mean `memberships`?"), "{p}");
}

#[test]
fn an_unknown_field_in_any_record_is_an_error_at_its_path() {
    let full: serde_json::Value = serde_json::from_str(FULL).unwrap();
    let mut paths = Vec::new();
    objects(&full, "", &mut paths);
    assert!(paths.len() > 25, "{paths:?}");
    for path in paths {
        let mut doc = full.clone();
        let object = pointer_mut(&mut doc, &path).as_object_mut().unwrap();
        object.insert("zzz".into(), serde_json::Value::from(1));
        let p = only(&serde_json::to_string_pretty(&doc).unwrap());
        assert_eq!(p.kind, ProblemKind::UnknownField, "{path}: {p}");
        let at = if path.is_empty() { "zzz".to_owned() } else { format!("{path}.zzz") };
        assert_eq!(p.path, at, "{p}");
        assert!(p.message.starts_with("invalid JSON: unknown field `zzz`"), "{p}");
    }
}

#[test]
fn fields_of_another_variant_are_errors() {
    let treaty = |term: &str, event: &str| {
        wrap(&format!(
            r#""treaties": [{{ "id": "t", "name": "n", "short_name": "s", "kind": "friendship",
            "parties": [{{ "country": "PL", "period": {{ "start": "2000" }} }}],
            "signed": "2000", "in_force": "2000", "term": {term},
            "events": [{event}], "sources": ["notes"] }}]"#
        ))
    };
    let fixed = r#"{ "rule": "fixed", "years": 5 }"#;
    // A unit rule with a stray field, a field of another rule, a field missing.
    let p = only(&treaty(r#"{ "rule": "unlimited", "years": 5 }"#, ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::UnknownField, "treaties[0].term"));
    assert!(p.message.contains("unknown field `years` for the rule `unlimited`"), "{p}");
    let p = only(&treaty(r#"{ "rule": "fixed", "years": 5, "notice_months": 3 }"#, ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::UnknownField, "treaties[0].term"));
    let p = only(&treaty(r#"{ "rule": "auto_extending", "initial_years": 5 }"#, ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::MissingField, "treaties[0].term"));
    assert!(p.message.contains("missing field `extension_years`"), "{p}");
    // `until` belongs to an extension only.
    let p = only(&treaty(
        fixed,
        r#"{ "date": "2001", "kind": "suspended", "until": "2002", "note": "n", "sources": ["notes"] }"#,
    ));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::UnknownField, "treaties[0].events[0]"));
    assert!(p.message.contains("only an `extended` event has one"), "{p}");
    // Located at the event itself, not where the list goes on or ends.
    let p = only(&treaty(
        fixed,
        r#"{ "date": "2001", "kind": "statement", "note": "n", "sources": ["notes"] },
           { "date": "2001", "kind": "suspended", "until": "2002", "note": "n", "sources": ["notes"] },
           { "date": "2002", "kind": "resumed", "note": "n", "sources": ["notes"] }"#,
    ));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::UnknownField, "treaties[0].events[1]"));
    // A misspelt value is suggested too.
    let p =
        only(&treaty(fixed, r#"{ "date": "2001", "kind": "extnded", "note": "n", "sources": ["notes"] }"#));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "treaties[0].events[0].kind"));
    assert!(p.message.contains("; did you mean `extended`?"), "{p}");
    // A piece of evidence is one thing.
    let p = only(&FULL.replace(r#"{ "measure": "aid" }"#, r#"{ "measure": "aid", "vote": "A/RES/X-1" }"#));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "stances[0].evidence[2]"));
    let p = only(&FULL.replace(r#"{ "statement": "s1" }"#, r#"{ }"#));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "stances[0].evidence[0]"));
    assert!(p.message.contains("exactly one of the fields `statement`, `vote` and `measure`"), "{p}");
}

// 2. One casing for every enum value: snake_case, kebab-case stances still read.

#[test]
fn enum_values_are_written_in_snake_case_and_old_stance_spellings_still_load() {
    use allegiance::{Stance, TieKind};
    use strum::IntoEnumIterator;
    let snake = |s: &str| s.replace('-', "_");
    for s in Stance::iter() {
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, format!("\"{}\"", snake(s.as_str())));
        assert_eq!(serde_json::from_str::<Stance>(&json).unwrap(), s);
        // The kebab-case form of earlier files, and `Display`/`FromStr`.
        assert_eq!(serde_json::from_str::<Stance>(&format!("\"{s}\"")).unwrap(), s);
        assert_eq!(s.to_string().parse::<Stance>(), Ok(s));
        assert_eq!(snake(s.as_str()).parse::<Stance>(), Ok(s));
    }
    for t in TieKind::iter() {
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, format!("\"{}\"", snake(t.as_str())));
        assert_eq!(serde_json::from_str::<TieKind>(&format!("\"{t}\"")).unwrap(), t);
    }
    assert_eq!(Stance::OpposesWithMeasures.to_string(), "opposes-with-measures");

    // A file written with the old spelling loads, and is written back in snake_case.
    let old = FULL.replace("opposes_with_measures", "opposes-with-measures");
    let kb = Dataset::from_json(&old).unwrap();
    assert_eq!(kb.facts(), Dataset::from_json(FULL).unwrap().facts());
    assert!(kb.to_json().contains(r#""stance": "opposes_with_measures""#));
    // No kebab-case value anywhere in the embedded dataset's JSON.
    let json: serde_json::Value = serde_json::from_str(&Dataset::embedded().to_json()).unwrap();
    let mut kebab = Vec::new();
    enum_like_strings(&json, &mut kebab);
    assert!(kebab.is_empty(), "{kebab:?}");
}

/// Strings of `v` that look like kebab-case enum values (lower-case words
/// joined by `-`, no digits): none should be left.
fn enum_like_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s)
            if s.contains('-') && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') =>
        {
            out.push(s.clone())
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| enum_like_strings(x, out)),
        serde_json::Value::Object(m) => m
            .iter()
            .filter(|(k, _)| !k.ends_with("id") && *k != "sources" && *k != "statement")
            .for_each(|(_, x)| enum_like_strings(x, out)),
        _ => {}
    }
}

// 3. Years the format can write back, 0000 to 9999, and no others.

#[test]
fn a_year_outside_0000_to_9999_is_an_error_at_its_field() {
    for start in ["-0050", "10000", "+2022", "202"] {
        let p = only(&wrap(&format!(
            r#""memberships": [{}]"#,
            membership("PL", &format!(r#"{{ "start": "{start}" }}"#))
        )));
        assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "memberships[0].period.start"));
        assert!(
            p.message.starts_with(&format!(
                "invalid JSON: invalid date \"{start}\": a year is written with four digits, from 0000 to 9999"
            )),
            "{p}"
        );
    }
    // Built in code, such a date is rejected by the checks: it could not be
    // saved and loaded again.
    use allegiance::{Facts, Membership, PartialDate, Period, Role, SourceId, Union};
    use std::borrow::Cow;
    let mut facts: Facts = serde_json::from_str(&wrap("")).unwrap();
    let ancient = PartialDate::year(-50);
    assert_eq!(ancient.iso().to_string(), "-050");
    assert!(ancient.iso().to_string().parse::<PartialDate>().is_err());
    facts.memberships = Cow::Owned(vec![Membership {
        country: allegiance::Country::IT,
        union: Union::Eu,
        role: Role::Member,
        period: Period::new(ancient, Some(PartialDate::year(2000))),
        sources: Cow::Owned(vec![SourceId::new("notes")]),
        note: None,
        alternatives: Cow::Borrowed(&[]),
    }]);
    let err = Dataset::from_facts(facts).unwrap_err();
    let p = &err.problems()[0];
    assert_eq!(err.problems().len(), 1, "{err}");
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "memberships[0].period.start"));
    assert!(p.message.starts_with("the year -50 cannot be saved: a year is written with four digits"), "{p}");
}

mod dates {
    use allegiance::{PartialDate, Precision};
    use proptest::prelude::*;
    use time::{Date, Month};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever parses is written back as the same text and read back
        /// as the same date.
        #[test]
        fn every_date_that_parses_round_trips(s in r"\s?[+-]?[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?\s?") {
            if let Ok(d) = s.parse::<PartialDate>() {
                let iso = d.iso().to_string();
                prop_assert_eq!(&iso, s.trim());
                prop_assert_eq!(iso.parse::<PartialDate>(), Ok(d));
            }
        }

        /// A date built in code reads back from its ISO form exactly when
        /// its year is 0000 to 9999.
        #[test]
        fn a_built_date_round_trips_when_its_year_is_writable(
            year in -300i32..10_000, month in 1u8..=12, day in 1u8..=28, p in 0..3
        ) {
            let m = Month::try_from(month).unwrap();
            let d = match p {
                0 => PartialDate::year(year),
                1 => PartialDate::month(year, month),
                _ => PartialDate::day(Date::from_calendar_date(year, m, day).unwrap()),
            };
            prop_assert_eq!(d.precision(), [Precision::Year, Precision::Month, Precision::Day][p as usize]);
            let back = d.iso().to_string().parse::<PartialDate>();
            prop_assert_eq!(back.is_ok(), (0..=9999).contains(&year));
            if let Ok(back) = back {
                prop_assert_eq!(back, d);
            }
        }
    }
}

// 5. Dates are compared one way everywhere, by their first day.

#[test]
fn a_month_is_not_before_its_first_day() {
    let json = wrap(
        r#""treaties": [{ "id": "pk-su-1948", "name": "n", "short_name": "s", "kind": "diplomatic_relations",
            "parties": [{ "country": "PK", "period": { "start": "1948-05" } },
                        { "country": "RU", "period": { "start": "1948" } }],
            "signed": "1948-05-01", "in_force": "1948-05", "term": { "rule": "unlimited" },
            "events": [ { "date": "1948-05-01", "kind": "statement", "note": "n", "sources": ["notes"] },
                        { "date": "1948-05", "kind": "statement", "note": "n", "sources": ["notes"] } ],
            "sources": ["notes"] }]"#,
    );
    let problems: Vec<String> = match Dataset::from_json(&json) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(ToString::to_string).collect(),
    };
    // Only the party from 1948 (1 Jan) is before the signature on 1 May.
    assert_eq!(
        problems,
        [
            "treaties[0].parties[1].period.start: Russia is a party from 1948, before the signature on 1 May 1948"
        ]
    );
}

// 6, 7. Overlapping memberships: one problem per offending record, found by
// a sort and a sweep.

mod overlaps {
    use std::borrow::Cow;

    use allegiance::{
        Country, Dataset, Facts, Membership, PartialDate, Period, ProblemKind, Role, SourceId, Union,
    };
    use proptest::prelude::*;
    use time::{Date, Duration};

    fn facts(memberships: Vec<Membership>) -> Facts {
        let mut facts: Facts = serde_json::from_str(&super::wrap("")).unwrap();
        facts.memberships = Cow::Owned(memberships);
        facts
    }

    fn member(country: Country, period: Period) -> Membership {
        Membership {
            country,
            union: Union::Nato,
            role: Role::Member,
            period,
            sources: Cow::Owned(vec![SourceId::new("notes")]),
            note: None,
            alternatives: Cow::Borrowed(&[]),
        }
    }

    fn day(n: i64) -> PartialDate {
        PartialDate::day(Date::from_calendar_date(1900, time::Month::January, 1).unwrap() + Duration::days(n))
    }

    #[test]
    fn copies_of_one_record_give_one_problem_each() {
        let one = member(Country::FR, Period::new(day(0), Some(day(10))));
        let err = Dataset::from_facts(facts(vec![one; 1000])).unwrap_err();
        let p = err.problems();
        // Not 1000 * 999 / 2 = 499,500.
        assert_eq!(p.len(), 999);
        for (j, p) in (1..).zip(p) {
            assert_eq!(p.kind, ProblemKind::Overlap);
            assert_eq!(p.path, format!("memberships[{j}].period"));
            assert!(p.message.ends_with(", memberships[0])"), "{p}");
        }
    }

    /// 100,000 disjoint periods of one country in one union: comparing
    /// every pair (5·10⁹ comparisons) would take many minutes; the sweep
    /// takes a fraction of a second.
    #[test]
    fn many_disjoint_periods_are_checked_without_comparing_every_pair() {
        let n = 100_000;
        // In reverse order, so the check cannot lean on the input's order.
        let ms: Vec<Membership> = (0..n)
            .rev()
            .map(|k| member(Country::FR, Period::new(day(2 * k), Some(day(2 * k + 1)))))
            .collect();
        assert!(Dataset::from_facts(facts(ms.clone())).is_ok());
        // One more period spanning them all overlaps each of them, and is the
        // record reported for every later-starting one.
        let mut ms = ms;
        ms.push(member(Country::FR, Period::from(day(-1))));
        let err = Dataset::from_facts(facts(ms)).unwrap_err();
        assert_eq!(err.problems().len(), n as usize);
        assert!(err.problems().iter().all(|p| p.message.ends_with(&format!("memberships[{n}])"))));
    }

    proptest! {
        /// The sweep reports exactly the records that share a day with one
        /// starting before them (or on the same day, earlier in the list),
        /// and names such a record.
        #[test]
        fn the_sweep_agrees_with_comparing_every_pair(
            spans in prop::collection::vec((0i64..40, prop::option::of(-3i64..15), 0usize..2), 0..24)
        ) {
            let ms: Vec<Membership> = spans
                .iter()
                .map(|&(s, len, c)| {
                    let end = len.map(|l| day(s + l));
                    member([Country::FR, Country::DE][c], Period::new(day(s), end))
                })
                .collect();
            let fine = |m: &Membership| m.period.is_well_formed();
            let key = |i: usize| (ms[i].period.start.first_day(), i);
            let want: Vec<usize> = (0..ms.len())
                .filter(|&j| {
                    fine(&ms[j])
                        && (0..ms.len()).any(|i| {
                            key(i) < key(j) && fine(&ms[i]) && ms[i].country == ms[j].country
                                && ms[i].period.overlaps(&ms[j].period)
                        })
                })
                .collect();
            let got: Vec<(usize, usize)> = match Dataset::from_facts(facts(ms.clone())) {
                Ok(_) => Vec::new(),
                Err(e) => e
                    .problems()
                    .iter()
                    .filter(|p| p.kind == ProblemKind::Overlap)
                    .map(|p| {
                        let num = |s: &str| s.trim_matches(|c: char| !c.is_ascii_digit()).parse::<usize>().unwrap();
                        let named = p.message.rsplit("memberships[").next().unwrap();
                        (num(&p.path), num(named))
                    })
                    .collect(),
            };
            prop_assert_eq!(got.iter().map(|&(j, _)| j).collect::<Vec<_>>(), want);
            for (j, i) in got {
                prop_assert!(ms[i].period.overlaps(&ms[j].period) && key(i) < key(j));
            }
        }
    }
}

// 8, 9, 10. Merging: linear, symbols in their normal form, and problems
// that name the records of the inputs.

mod merge {
    use std::borrow::Cow;

    use allegiance::{
        Country, Dataset, Facts, Membership, PartialDate, Period, ProblemKind, Role, Source, SourceId, Union,
    };
    use time::{Date, Duration};

    fn mine() -> Facts {
        Facts::empty("mine", Dataset::embedded().as_of())
    }

    fn source(id: String) -> Source {
        Source {
            id: SourceId(Cow::Owned(id)),
            publisher: "Me".into(),
            title: "Notes".into(),
            date: None,
            url: None,
            quote: None,
            kind: allegiance::SourceKind::Reference,
            original: None,
        }
    }

    fn member(country: Country, union: Union, period: Period, source: &str) -> Membership {
        Membership {
            country,
            union,
            role: Role::Member,
            period,
            sources: Cow::Owned(vec![SourceId(Cow::Owned(source.to_owned()))]),
            note: None,
            alternatives: Cow::Borrowed(&[]),
        }
    }

    /// 40,000 new sources and 40,000 new memberships (records without an
    /// id): a `Vec::contains` per record (about 10⁹ record comparisons
    /// here) takes most of a minute in a debug build; hashing takes well
    /// under a second.
    #[test]
    fn merging_many_records_is_linear() {
        let kb = Dataset::embedded();
        let n = 40_000;
        let start = Date::from_calendar_date(1900, time::Month::January, 1).unwrap();
        let mut other = mine();
        other.sources = (0..n).map(|k| source(format!("mine-{k}"))).collect();
        other.memberships = (0..n)
            .map(|k| {
                let d = |x: i64| PartialDate::day(start + Duration::days(x));
                let p = Period::new(d(2 * k as i64), Some(d(2 * k as i64 + 1)));
                member(Country::AQ, Union::G7, p, &format!("mine-{k}"))
            })
            .collect();
        let merged = kb.merge(&other).unwrap();
        assert_eq!(merged.sources().len(), kb.sources().len() + n);
        assert_eq!(merged.facts().memberships.len(), kb.facts().memberships.len() + n);
        // Merging the same records again adds nothing.
        assert_eq!(merged.merge(&other).unwrap().facts(), merged.facts());
    }

    #[test]
    fn a_resolution_symbol_in_another_spelling_is_the_same_resolution() {
        let kb = Dataset::embedded();
        let mut r = kb.resolution("A/RES/ES-11/1").unwrap().clone();
        r.symbol = Cow::Borrowed("ES-11/1");
        r.note = Some(Cow::Borrowed("other content"));
        let mut other = mine();
        other.resolutions = Cow::Owned(vec![r.clone()]);
        let err = kb.merge(&other).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!(err.problems().len(), 1, "{err}");
        assert_eq!((p.kind, p.path.as_str()), (ProblemKind::Conflict, "other.resolutions[0]"));
        let i = kb.resolutions().iter().position(|x| x.symbol == "A/RES/ES-11/1").unwrap();
        assert_eq!(
            p.message,
            format!(
                r#""ES-11/1" conflicts with resolutions[{i}] of this dataset ("A/RES/ES-11/1"): same id, different content"#
            )
        );

        // Within one dataset, the two spellings are a duplicate.
        let mut facts = kb.facts().clone();
        facts.resolutions.to_mut().push(r);
        let err = Dataset::from_facts(facts).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!(err.problems().len(), 1, "{err}");
        let last = kb.resolutions().len();
        assert_eq!((p.kind, p.path.clone()), (ProblemKind::Duplicate, format!("resolutions[{last}].symbol")));
        assert_eq!(
            p.message,
            format!(r#"duplicate resolution "ES-11/1" (also resolutions[{i}], "A/RES/ES-11/1")"#)
        );
    }

    #[test]
    fn stance_evidence_finds_a_vote_by_its_normal_form() {
        let json = super::FULL.replace(r#"{ "vote": "A/RES/X-1" }"#, r#"{ "vote": " a/res/x-1" }"#);
        assert!(Dataset::from_json(&json).is_ok());
        let json = super::FULL.replace(r#"{ "vote": "A/RES/X-1" }"#, r#"{ "vote": "A/RES/X-2" }"#);
        let p = super::only(&json);
        assert_eq!((p.kind, p.path.as_str()), (ProblemKind::UnknownReference, "stances[0].evidence[1]"));
        assert_eq!(p.message, r#"unknown resolution "A/RES/X-2"; did you mean "A/RES/X-1"?"#);
    }

    #[test]
    fn a_refused_merge_names_the_records_of_both_inputs() {
        let kb = Dataset::embedded();
        let mut other = mine();
        // Poland has been in NATO since 12 March 1999: a period from 2000 overlaps it.
        other.memberships = Cow::Owned(vec![member(
            Country::PL,
            Union::Nato,
            Period::from(PartialDate::year(2000)),
            allegiance::SEED.as_str(),
        )]);
        // Two sources of the other dataset with one id.
        other.sources =
            Cow::Owned(vec![source("x".into()), Source { title: "Other".into(), ..source("x".into()) }]);
        let err = kb.merge(&other).unwrap_err();
        let got: Vec<(ProblemKind, &str)> =
            err.problems().iter().map(|p| (p.kind, p.path.as_str())).collect();
        assert_eq!(
            got,
            [
                (ProblemKind::Duplicate, "other.sources[1].id"),
                (ProblemKind::Overlap, "other.memberships[0].period")
            ]
        );
        assert!(err.problems()[0].message.ends_with("(also other.sources[0])"), "{err}");
        let pl = kb
            .facts()
            .memberships
            .iter()
            .position(|m| m.country == Country::PL && m.union == Union::Nato && m.period.end.is_none())
            .unwrap();
        assert!(err.problems()[1].message.ends_with(&format!(", memberships[{pl}])")), "{err}");
    }
}

// 11. JSON error paths name a value the document has.

#[test]
fn json_error_paths_can_be_found_in_the_file() {
    let m = |country: &str| {
        wrap(&format!(
            r#""memberships": [{{ "country": {country}, "union": "NATO", "role": "member", "period": {{ "start": "1999" }}, "sources": ["notes"] }}]"#
        ))
    };
    let cases: [(String, ProblemKind, &str); 11] = [
        // An unknown key after an array, in compact JSON.
        (
            r#"{"name":"x","as_of":"2026","sources":[{"id":"a","publisher":"p","title":"t","notes":[]}]}"#.into(),
            ProblemKind::UnknownField,
            "sources[0].notes",
        ),
        (
            r#"{"name":"x","as_of":"2026","sources":[{"id":"a","publisher":"p","title":"t"},{"id":"b","publisher":"p","title":"t","notes":[]}]}"#.into(),
            ProblemKind::UnknownField,
            "sources[1].notes",
        ),
        // A list where a country belongs: the country, not an element of it.
        (m("[]"), ProblemKind::InvalidValue, "memberships[0].country"),
        (m("[1, 2]"), ProblemKind::InvalidValue, "memberships[0].country"),
        (m("{}"), ProblemKind::InvalidValue, "memberships[0].country"),
        (m("true"), ProblemKind::InvalidValue, "memberships[0].country"),
        // A value missing, a trailing comma: the list, not a child it lacks.
        (r#"{ "name": "x", "as_of": "2026", "sources": [ }"#.into(), ProblemKind::Syntax, "sources"),
        (format!(r#"{{ "name": "x", "as_of": "2026", "sources": [{SOURCE},] }}"#), ProblemKind::Syntax, "sources"),
        (format!(r#"{{ "name": "x", "as_of": "2026", "sources": [{SOURCE}], "claims": [,] }}"#), ProblemKind::Syntax, "claims"),
        // A value of the wrong type inside a list and inside an object.
        (
            wrap(
                r#""resolutions": [{ "symbol": "A/RES/X", "title": "t", "date": "2022", "complete": false,
                "totals": { "yes": "2", "no": 0, "abstain": 0, "not_voting": 0 }, "votes": [], "sources": ["notes"] }]"#,
            ),
            ProblemKind::InvalidValue,
            "resolutions[0].totals.yes",
        ),
        (
            wrap(
                r#""resolutions": [{ "symbol": "A/RES/X", "title": "t", "date": "2022", "complete": false,
                "totals": { "yes": 2, "no": 0, "abstain": 0, "not_voting": 0 }, "votes": [["PL", "yes"], 7], "sources": ["notes"] }]"#,
            ),
            ProblemKind::InvalidValue,
            "resolutions[0].votes[1]",
        ),
    ];
    for (json, kind, path) in cases {
        let p = only(&json);
        assert_eq!((p.kind, p.path.as_str()), (kind, path), "{p}\n{json}");
    }
}

// 12. Every path the checks report is made of the JSON form's keys.

/// One bad record (or field) for every problem the checks report.
const BAD: &str = r#"{
  "name": "bad", "as_of": "2026",
  "sources": [
    { "id": "notes", "publisher": "Me", "title": "Notes" },
    { "id": " ", "publisher": "Me", "title": "Empty id" },
    { "id": "notes", "publisher": "Me", "title": "Duplicate id" },
    { "id": "untitled", "publisher": "Me", "title": " " },
    { "id": "no-address", "publisher": "Me", "title": "t", "url": "(same as above)" }
  ],
  "memberships": [
    { "country": "PL", "union": "NATO", "role": "member", "period": { "start": "1999", "end": "1998" },
      "sources": [] },
    { "country": "FR", "union": "NATO", "role": "member", "period": { "start": "1949" }, "sources": ["ntoes"],
      "alternatives": [ { "says": "s", "sources": [] } ] },
    { "country": "FR", "union": "NATO", "role": "member", "period": { "start": "2009" }, "sources": ["notes"] }
  ],
  "treaties": [
    { "id": "t", "name": "n", "short_name": "s", "kind": "friendship",
      "parties": [ { "country": "PL", "period": { "start": "1999" } },
                   { "country": "UA", "period": { "start": "2001", "end": "2000" } } ],
      "signed": "2000", "in_force": "1999", "term": { "rule": "fixed", "years": 0 },
      "events": [ { "date": "2005", "kind": "statement", "note": "n", "sources": ["notes"] },
                  { "date": "2004", "kind": "statement", "note": "n", "sources": [] },
                  { "date": "1998", "kind": "extended", "until": "1999", "note": "n", "sources": ["notes"] } ],
      "provisions": [ { "obligation": "consultation", "text": "t", "sources": [] } ],
      "sources": ["notes"],
      "alternatives": [ { "says": "s", "sources": ["nope"] } ],
      "end_alternatives": [ { "says": "s", "date": "2030", "sources": [] } ] },
    { "id": " ", "name": "n", "short_name": "s", "kind": "friendship", "parties": [],
      "signed": "2000", "term": { "rule": "auto_extending", "initial_years": 0, "extension_years": 5, "notice_months": 0 },
      "sources": ["notes"] },
    { "id": "t", "name": "n", "short_name": "s", "kind": "friendship",
      "parties": [ { "country": "PL", "period": { "start": "2000" } } ],
      "signed": "2000", "term": { "rule": "unlimited" }, "sources": ["notes"] }
  ],
  "statements": [
    { "id": "s", "country": "PL", "speaker": "x", "office": "y", "date": "2022", "words": " ", "sources": [],
      "alternatives": [ { "says": "s", "sources": [] } ] },
    { "id": " ", "country": "PL", "speaker": "x", "office": "y", "date": "2022", "words": "w", "sources": ["notes"] },
    { "id": "s", "country": "PL", "speaker": "x", "office": "y", "date": "2022", "words": "w", "sources": ["notes"] }
  ],
  "stances": [
    { "country": "PL", "stance": "neutral", "since": "2022", "until": "2021", "summary": "s",
      "evidence": [ { "statement": "nope" }, { "vote": "A/RES/NOPE" } ], "assessed_by": "me", "sources": [],
      "alternatives": [ { "says": "s", "sources": [] } ] },
    { "country": "PL", "stance": "neutral", "since": "2022-01-01", "summary": "s", "evidence": [],
      "assessed_by": "me", "sources": ["notes"] }
  ],
  "claims": [ { "subject": "PL", "wording": " ", "date": "2022", "sources": [] } ],
  "resolutions": [
    { "symbol": "A/RES/X", "title": "t", "date": "2022", "complete": true,
      "totals": { "yes": 9, "no": 0, "abstain": 0, "not_voting": 0 },
      "votes": [ ["PL", "yes"], ["TW", "yes"], ["PL", "no"] ], "sources": [],
      "alternatives": [ { "says": "s", "sources": [] } ] },
    { "symbol": " ", "title": "t", "date": "2022", "complete": false,
      "totals": { "yes": 0, "no": 0, "abstain": 0, "not_voting": 0 }, "votes": [ ["PL", "yes"] ], "sources": ["notes"] },
    { "symbol": "x", "title": "t", "date": "2022", "complete": false,
      "totals": { "yes": 1, "no": 0, "abstain": 0, "not_voting": 0 }, "votes": [], "sources": ["notes"] }
  ]
}"#;

/// The value at `path` (`treaties[0].events[1].date`, `(document)`), if the
/// document has it.
fn resolve<'v>(doc: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    if path == "(document)" {
        return Some(doc);
    }
    let mut v = doc;
    for seg in path.split('.') {
        let mut parts = seg.split('[');
        let key = parts.next()?;
        if !key.is_empty() {
            v = v.as_object()?.get(key)?;
        }
        for i in parts {
            v = v.as_array()?.get(i.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// `treaties[0].events[1].date` → `treaties[].events[].date`.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for ch in path.chars() {
        match ch {
            '[' => {
                skipping = true;
                out.push_str("[]");
            }
            ']' => skipping = false,
            _ if skipping => {}
            _ => out.push(ch),
        }
    }
    out
}

#[test]
fn every_checked_path_is_a_key_of_the_json_form() {
    use allegiance::{Facts, PartialDate};
    let mut facts: Facts = serde_json::from_str(BAD).unwrap();
    // Years the format cannot write, set in code.
    facts.as_of = PartialDate::year(-1);
    facts.sources.to_mut()[0].date = Some(PartialDate::year(-1));
    facts.claims.to_mut()[0].date = PartialDate::year(-1);
    let doc = serde_json::to_value(&facts).unwrap();
    let err = Dataset::from_facts(facts).unwrap_err();
    for p in err.problems() {
        assert!(resolve(&doc, &p.path).is_some(), "{p}: not a path of the JSON form");
    }
    let mut shapes: Vec<String> = err.problems().iter().map(|p| shape(&p.path)).collect();
    shapes.sort();
    shapes.dedup();
    // Every path the checks emit, so that a new one is checked here too.
    let want = [
        "as_of",
        "claims[].date",
        "claims[].sources",
        "claims[].wording",
        "memberships[].alternatives[].sources",
        "memberships[].period",
        "memberships[].period.end",
        "memberships[].sources",
        "memberships[].sources[]",
        "resolutions[].alternatives[].sources",
        "resolutions[].sources",
        "resolutions[].symbol",
        "resolutions[].votes",
        "resolutions[].votes[]",
        "sources[]",
        "sources[].date",
        "sources[].id",
        "sources[].url",
        "stances[].alternatives[].sources",
        "stances[].evidence[]",
        "stances[].since",
        "stances[].sources",
        "stances[].until",
        "statements[].alternatives[].sources",
        "statements[].id",
        "statements[].sources",
        "statements[].words",
        "treaties[].alternatives[].sources[]",
        "treaties[].end_alternatives[].sources",
        "treaties[].events[].date",
        "treaties[].events[].sources",
        "treaties[].events[].until",
        "treaties[].id",
        "treaties[].in_force",
        "treaties[].parties",
        "treaties[].parties[].period.end",
        "treaties[].parties[].period.start",
        "treaties[].provisions[].sources",
        "treaties[].term",
        "treaties[].term.years",
    ];
    assert_eq!(shapes, want);
}

mod mutated {
    use allegiance::Dataset;
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// Every value in `v` with its path.
    fn values(v: &Value, path: &str, out: &mut Vec<String>) {
        out.push(path.to_owned());
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let sep = if path.is_empty() { "" } else { "." };
                    values(x, &format!("{path}{sep}{k}"), out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    values(x, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Replace a value of a valid document (or drop or add a key) and
        /// load it: every problem's path, from the JSON reader or from the
        /// checks, is a path of the document.
        #[test]
        fn every_problem_path_can_be_found_in_the_document(
            pick in any::<prop::sample::Index>(), with in 0usize..16, compact in any::<bool>()
        ) {
            let mut doc: Value = serde_json::from_str(super::FULL).unwrap();
            let mut paths = Vec::new();
            values(&doc, "", &mut paths);
            let path = pick.get(&paths).clone();
            let replacements = [
                json!([]), json!({}), json!(0), json!(7), json!(-1), json!(""), json!("x"), json!("2022"),
                json!("1999-13"), json!(null), json!(true), json!([1]), json!({ "a": 1 }), json!(["PL", "yes"]),
            ];
            let target = super::pointer_mut(&mut doc, &path);
            match (with, target) {
                (14, Value::Object(m)) => { m.insert("zzz".into(), json!(1)); }
                (15, Value::Object(m)) => { let k = m.keys().next().cloned(); if let Some(k) = k { m.remove(&k); } }
                (w, t) => *t = replacements[w % replacements.len()].clone(),
            }
            let text = if compact { doc.to_string() } else { serde_json::to_string_pretty(&doc).unwrap() };
            if let Err(e) = Dataset::from_json(&text) {
                for p in e.problems() {
                    prop_assert!(super::resolve(&doc, &p.path).is_some(), "{} in\n{}", p, text);
                }
            }
        }
    }
}

// 13. Every parse error quotes its input, white space too.

#[test]
fn a_blank_country_is_quoted_like_every_other_input() {
    use allegiance::Country;
    let msg = |s: &str| Country::parse(s).unwrap_err().to_string();
    assert_eq!(msg("   "), r#"empty country "   ": expected a country code or name"#);
    assert_eq!(msg(""), r#"empty country "": expected a country code or name"#);
    assert_eq!(msg("\t\n"), r#"empty country "\t\n": expected a country code or name"#);
    assert_eq!(
        Country::from_alpha2(" ").unwrap_err().to_string(),
        r#"empty ISO 3166-1 alpha-2 code " ": expected a country code or name"#
    );
    // And in JSON, at the field.
    let p = only(&wrap(&format!(r#""memberships": [{}]"#, membership("  ", r#"{ "start": "1999" }"#))));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "memberships[0].country"));
    assert!(p.message.starts_with(r#"invalid JSON: empty country "  ": expected"#), "{p}");
}

// A load or a merge that fails changes nothing.

#[test]
fn a_failed_load_or_merge_leaves_everything_as_it_was() {
    let kb = Dataset::embedded();
    let before = kb.facts().clone();
    let mut clash = kb.facts().clone();
    clash.memberships.to_mut()[0].period.end = Some(allegiance::PartialDate::year(1000));
    assert!(kb.merge(&clash).is_err());
    assert!(Dataset::from_json(&wrap(r#""membership": []"#)).is_err());
    assert_eq!(kb.facts(), &before);
    assert!(kb.validate().is_ok());
}

#[test]
fn whom_a_suspension_or_provision_runs_towards_is_a_party_and_not_itself() {
    let treaty = |events: &str, provisions: &str| {
        wrap(&format!(
            r#""treaties": [ {{ "id": "t", "name": "T", "short_name": "T", "kind": "friendship",
              "parties": [ {{ "country": "PL", "period": {{ "start": "2020" }} }},
                           {{ "country": "UA", "period": {{ "start": "2020" }} }} ],
              "signed": "2020", "term": {{ "rule": "unlimited" }},
              "events": [{events}], "provisions": [{provisions}], "sources": ["notes"], "note": "n" }} ]"#
        ))
    };
    let event = |kind: &str, towards: &str| {
        format!(
            r#"{{ "date": "2021", "kind": "{kind}", "party": "PL", "towards": "{towards}", "note": "n", "sources": ["notes"] }}"#
        )
    };
    let p = only(&treaty(&event("suspended", "DE"), ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::NotAMember, "treaties[0].events[0].towards"));
    assert!(p.message.contains("Germany (DE) is not a party of t (its parties: PL, UA)"), "{}", p.message);
    let p = only(&treaty(&event("suspended", "PL"), ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "treaties[0].events[0].towards"));
    let p = only(&treaty(&event("joined", "UA"), ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "treaties[0].events[0].towards"));
    // A resumption towards a party must follow a suspension towards it.
    let p = only(&treaty(&event("resumed", "UA"), ""));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::OutOfOrder, "treaties[0].events[0].towards"));
    assert!(p.message.contains("leave out `towards`"), "{}", p.message);
    let both = format!("{}, {}", event("suspended", "UA"), event("resumed", "UA").replace("2021", "2022"));
    assert!(Dataset::from_json(&treaty(&both, "")).is_ok());
    assert!(Dataset::from_json(&treaty(&event("suspended", "UA"), "")).is_ok());
    let provision = |binds: &str, towards: &str| {
        format!(
            r#"{{ "obligation": "consultation", "binds": "{binds}", "towards": "{towards}", "text": "t", "sources": ["notes"] }}"#
        )
    };
    let p = only(&treaty("", &provision("PL", "PL")));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "treaties[0].provisions[0].towards"));
    let p = only(&treaty("", &provision("RU", "UA")));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::NotAMember, "treaties[0].provisions[0].binds"));
    assert!(Dataset::from_json(&treaty("", &provision("PL", "UA"))).is_ok());
}

#[test]
fn evidence_of_operation_stands_in_only_for_an_entry_into_force_nobody_dated() {
    use allegiance::{Country, TreatyStatus};
    use time::macros::date;
    let treaty = |in_force: &str| {
        wrap(&format!(
            r#""treaties": [ {{ "id": "t", "name": "T", "short_name": "T", "kind": "mutual_defence",
              "parties": [ {{ "country": "PL", "period": {{ "start": "2020" }} }},
                           {{ "country": "UA", "period": {{ "start": "2020" }} }} ],
              "signed": "2020"{in_force}, "term": {{ "rule": "fixed", "years": 1 }},
              "events": [ {{ "date": "2022-10-29", "kind": "operative", "party": "PL", "note": "applied", "sources": ["notes"] }} ],
              "sources": ["notes"], "note": "n" }} ]"#
        ))
    };
    let p = only(&treaty(r#", "in_force": "2021-01-01""#));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::InvalidValue, "treaties[0].events[0].kind"));
    assert!(p.message.contains("record this evidence as a `statement`"), "{}", p.message);
    // Without an entry into force: unknown before the evidence, then in
    // operation with no term applied (a fixed year would end it in 2021).
    let kb = Dataset::from_json(&treaty("")).unwrap();
    let t = kb.treaty("t").unwrap();
    assert_eq!(t.status_at(date!(2021 - 06 - 01)), TreatyStatus::SignedEntryNotFound);
    assert_eq!(t.status_at(date!(2021 - 06 - 01)).to_string(), "signed, entry into force not found");
    let later = t.status_at(date!(2026 - 01 - 01));
    assert!(later.is_in_force() && later.is_operative() && !later.is_confirmed_in_force());
    assert_eq!(later.to_string(), "in operation by 29 Oct 2022 (entry into force not found)");
    let r = kb.relation(Country::PL, Country::UA, date!(2026 - 01 - 01));
    assert_eq!(r.ties.len(), 1, "{r:?}");
    assert!(kb.relation(Country::PL, Country::UA, date!(2022 - 10 - 28)).ties.is_empty());
}

#[test]
fn a_defence_pledge_between_named_parties_joins_only_them() {
    use allegiance::{Country, TieKind};
    use time::macros::date;
    let json = wrap(
        r#""treaties": [ { "id": "t", "name": "T", "short_name": "T", "kind": "strategic_partnership",
          "parties": [ { "country": "US", "period": { "start": "2020" } },
                       { "country": "QA", "period": { "start": "2020" } },
                       { "country": "GB", "period": { "start": "2020" } } ],
          "signed": "2020", "in_force": "2020", "term": { "rule": "unlimited" },
          "provisions": [ { "obligation": "mutual_defence", "binds": "US", "towards": "QA", "text": "t", "sources": ["notes"] } ],
          "sources": ["notes"], "note": "n" } ]"#,
    );
    let kb = Dataset::from_json(&json).unwrap();
    let kind = |a, b| kb.relation(a, b, date!(2021 - 01 - 01)).strongest();
    assert_eq!(kind(Country::US, Country::QA), Some(TieKind::MutualDefence));
    assert_eq!(kind(Country::QA, Country::US), Some(TieKind::MutualDefence));
    assert_eq!(kind(Country::GB, Country::QA), Some(TieKind::StrategicPartnership));
    assert_eq!(kind(Country::US, Country::GB), Some(TieKind::StrategicPartnership));
    let allies = kb.allies(Country::QA, date!(2021 - 01 - 01));
    let of = |c| allies.iter().find(|a| a.country == c).map(|a| a.strongest());
    assert_eq!(of(Country::US), Some(TieKind::MutualDefence));
    assert_eq!(of(Country::GB), Some(TieKind::StrategicPartnership).filter(|k| k.is_alliance_grade()));
}
