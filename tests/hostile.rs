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
