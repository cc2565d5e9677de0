//! A treaty binds each party separately: one test per reproduction of the
//! issue "treaty life" (per-party suspension, extensions that run
//! backwards, end events before their date, abandonment before entry into
//! force, changes that are not events, per-party facts on every pair).
//!
//! The assertions read answers as text (`Display`) and load errors by
//! path, so each test also compiles against the code before the fix, where
//! it fails.
#![cfg(feature = "serde")]

use allegiance::{Country, Dataset};
use time::Date;
use time::macros::date;

/// A dataset of user data: one treaty (`treaty`, a JSON object) citing the
/// source `"s"`.
#[track_caller]
fn load(treaty: &str) -> Result<Dataset, Vec<String>> {
    let json = format!(
        r#"{{ "name": "user data", "as_of": "2030-01-01",
             "sources": [ {{ "id": "s", "publisher": "Example", "title": "Example source" }} ],
             "treaties": [ {treaty} ] }}"#
    );
    Dataset::from_json(&json).map_err(|e| e.problems().iter().map(ToString::to_string).collect())
}

#[track_caller]
fn loads(treaty: &str) -> Dataset {
    load(treaty).unwrap_or_else(|p| panic!("the treaty should load: {p:#?}"))
}

/// The problems of a treaty that must not load.
#[track_caller]
fn problems(treaty: &str) -> Vec<String> {
    match load(treaty) {
        Ok(_) => panic!("the treaty loads without complaint"),
        Err(p) => p,
    }
}

#[track_caller]
fn has_problem_at(problems: &[String], path: &str) {
    assert!(problems.iter().any(|p| p.contains(path)), "no problem at {path}: {problems:#?}");
}

fn status(kb: &Dataset, day: Date) -> String {
    kb.treaty_status("t", day).expect("the treaty").to_string()
}

/// The CSTO-like treaty of reproduction 1: Armenia suspends, Kazakhstan
/// suspends and resumes, with `extra` events after those.
fn three_parties(extra: &str) -> String {
    format!(
        r#"{{ "id": "t", "name": "A collective treaty", "short_name": "Collective",
           "kind": "mutual_defence",
           "parties": [ {{ "country": "RU", "period": {{ "start": "2000-01-01" }} }},
                        {{ "country": "AM", "period": {{ "start": "2000-01-01" }} }},
                        {{ "country": "KZ", "period": {{ "start": "2000-01-01" }} }} ],
           "signed": "2000-01-01", "in_force": "2000-01-01", "term": {{ "rule": "unlimited" }},
           "events": [
             {{ "date": "2024-02-22", "kind": "suspended", "party": "AM", "note": "n", "sources": ["s"] }},
             {{ "date": "2024-06-01", "kind": "suspended", "party": "KZ", "note": "n", "sources": ["s"] }},
             {{ "date": "2024-09-01", "kind": "resumed", "party": "KZ", "note": "n", "sources": ["s"] }}
             {extra} ],
           "sources": ["s"] }}"#
    )
}

#[test]
fn repro_1_each_party_suspends_and_resumes_separately() {
    let kb = loads(&three_parties(""));
    assert_eq!(status(&kb, date!(2024 - 03 - 01)), "in force, participation suspended by Armenia");
    assert_eq!(
        status(&kb, date!(2024 - 07 - 01)),
        "in force, participation suspended by Armenia and Kazakhstan"
    );
    // Kazakhstan resumed; Armenia never did.
    assert_eq!(status(&kb, date!(2024 - 10 - 01)), "in force, participation suspended by Armenia");

    // A suspension or resumption without a party does not load.
    let no_party =
        three_parties(r#", { "date": "2025-01-01", "kind": "resumed", "note": "n", "sources": ["s"] }"#);
    has_problem_at(&problems(&no_party), "treaties[0].events[3].party");
    // Nor does one by a country that is not a party.
    let china_russia = r#"{ "id": "t", "name": "A pact", "short_name": "Pact", "kind": "friendship",
        "parties": [ { "country": "CN", "period": { "start": "2001-07-16" } },
                     { "country": "RU", "period": { "start": "2001-07-16" } } ],
        "signed": "2001-07-16", "in_force": "2002-02-28", "term": { "rule": "unlimited" },
        "events": [ { "date": "2024-01-01", "kind": "suspended", "party": "FR", "note": "n", "sources": ["s"] } ],
        "sources": ["s"] }"#;
    let p = problems(china_russia);
    has_problem_at(&p, "treaties[0].events[0].party");
    assert!(p.iter().any(|p| p.contains("France")), "{p:#?}");
}

/// A fixed ten-year term from 2000, with `events`.
fn fixed_term(events: &str) -> String {
    format!(
        r#"{{ "id": "t", "name": "A fixed-term treaty", "short_name": "Fixed", "kind": "arms_control",
           "parties": [ {{ "country": "RU", "period": {{ "start": "2000-01-01" }} }},
                        {{ "country": "US", "period": {{ "start": "2000-01-01" }} }} ],
           "signed": "2000-01-01", "in_force": "2000-01-01", "term": {{ "rule": "fixed", "years": 10 }},
           "events": [ {events} ], "sources": ["s"] }}"#
    )
}

#[test]
fn repro_2_an_extension_that_ends_before_the_term_it_extends_does_not_load() {
    let backwards = fixed_term(
        r#"{ "date": "2009-06-01", "kind": "extended", "until": "2005-01-01", "note": "n", "sources": ["s"] }"#,
    );
    let p = problems(&backwards);
    has_problem_at(&p, "treaties[0].events[0].until");
    // A well-formed extension loads, and its period runs forward.
    let kb = loads(&fixed_term(
        r#"{ "date": "2009-06-01", "kind": "extended", "until": "2015-01-01", "note": "n", "sources": ["s"] }"#,
    ));
    let t = kb.treaty("t").unwrap();
    let periods: Vec<String> = t.validity().iter().map(|v| v.period.to_string()).collect();
    assert_eq!(periods, ["1 Jan 2000 – 1 Jan 2010", "1 Jan 2010 – 1 Jan 2015"]);
    assert_eq!(status(&kb, date!(2021 - 01 - 01)), "expired on 1 Jan 2015");
}

#[test]
fn repro_3_an_end_event_counts_only_from_its_date() {
    let kb = loads(&fixed_term(
        r#"{ "date": "2012-01-01", "kind": "terminated", "note": "n", "sources": ["s"] }"#,
    ));
    assert_eq!(status(&kb, date!(2009 - 12 - 31)), "in force until 1 Jan 2010");
    // The term ran out in 2010; the termination of 2012 has not happened yet.
    assert_eq!(status(&kb, date!(2011 - 01 - 01)), "expired on 1 Jan 2010");
    // It stopped being in force when its term ran out, not in 2012.
    assert_eq!(status(&kb, date!(2013 - 01 - 01)), "expired on 1 Jan 2010");
}

#[test]
fn repro_4_abandoned_before_entry_into_force() {
    // START II: signed 3 Jan 1993, never in force, abandoned by Russia on
    // 14 June 2002 (user data here; the embedded dataset does not hold it).
    let start_ii = r#"{ "id": "t", "name": "START II", "short_name": "START II", "kind": "arms_control",
        "parties": [ { "country": "RU", "period": { "start": "1993-01-03" } },
                     { "country": "US", "period": { "start": "1993-01-03" } } ],
        "signed": "1993-01-03", "term": { "rule": "unknown" },
        "events": [ { "date": "2002-06-14", "kind": "terminated", "party": "RU", "note": "Russia withdraws", "sources": ["s"] } ],
        "sources": ["s"] }"#;
    let kb = loads(start_ii);
    assert_eq!(status(&kb, date!(2002 - 06 - 13)), "signed, not in force");
    assert_eq!(status(&kb, date!(2002 - 06 - 14)), "abandoned on 14 Jun 2002, before entry into force");
    assert_eq!(status(&kb, date!(2020 - 01 - 01)), "abandoned on 14 Jun 2002, before entry into force");
    assert_eq!(
        status(&kb, date!(2020 - 01 - 01)),
        kb.treaty("t").unwrap().status_at(date!(2020 - 01 - 01)).to_string()
    );
}

#[test]
fn repro_5_changes_list_endings_that_are_not_events() {
    let kb = loads(&fixed_term(""));
    let changes: Vec<String> =
        kb.changes(date!(2005 - 01 - 01), date!(2012 - 01 - 01)).iter().map(ToString::to_string).collect();
    assert_eq!(changes, ["1 Jan 2010: Fixed now expired on 1 Jan 2010"], "the term running out");

    // The China–Russia treaty passes to its second (confirmed) extension
    // on 28 Feb 2027, whose end no source disputes, and from confirmed to
    // presumed on 28 Feb 2032.
    let kb = Dataset::embedded();
    let changes: Vec<String> =
        kb.changes(date!(2027 - 01 - 01), date!(2027 - 12 - 31)).iter().map(ToString::to_string).collect();
    assert_eq!(
        changes,
        ["28 Feb 2027: China–Russia Treaty of Friendship (2001) now in force until 28 Feb 2032"]
    );
    let changes: Vec<String> =
        kb.changes(date!(2032 - 01 - 01), date!(2032 - 12 - 31)).iter().map(ToString::to_string).collect();
    assert!(
        changes.iter().any(|c| c.starts_with("28 Feb 2032: ")
            && c.contains("in force by presumed automatic extension until 28 Feb 2037")),
        "{changes:#?}"
    );
    // A step is dated at the precision of the record's date.
    let changes: Vec<String> =
        kb.changes(date!(1952 - 01 - 01), date!(1952 - 12 - 31)).iter().map(ToString::to_string).collect();
    assert!(
        changes
            .iter()
            .any(|c| c == "Jun 1952: Venezuela–USSR diplomatic relations (1945) now terminated on Jun 1952"),
        "{changes:#?}"
    );
}

#[test]
fn repro_6_a_tie_shows_what_binds_the_two_parties() {
    let kb = Dataset::embedded();
    let day = date!(2024 - 03 - 01);
    let cst = |a, b| -> Vec<String> {
        kb.relation(a, b, day)
            .ties
            .iter()
            .map(ToString::to_string)
            .filter(|t| t.starts_with("Collective Security Treaty"))
            .collect()
    };
    assert_eq!(cst(Country::RU, Country::KZ), ["Collective Security Treaty (Tashkent, 1992): in force"]);
    assert_eq!(
        cst(Country::RU, Country::AM),
        ["Collective Security Treaty (Tashkent, 1992): in force, participation suspended by Armenia"]
    );
    // The treaty as a whole still says who suspended.
    assert_eq!(
        kb.treaty_status("cst-1992", day).unwrap().to_string(),
        "in force, participation suspended by Armenia"
    );

    // A suspension during a presumed extension keeps "presumed".
    let presumed = r#"{ "id": "t", "name": "A pact", "short_name": "Pact", "kind": "friendship",
        "parties": [ { "country": "CN", "period": { "start": "2000-01-01" } },
                     { "country": "RU", "period": { "start": "2000-01-01" } } ],
        "signed": "2000-01-01", "in_force": "2000-01-01",
        "term": { "rule": "auto_extending", "initial_years": 10, "extension_years": 5, "notice_months": 6 },
        "events": [ { "date": "2012-01-01", "kind": "suspended", "party": "RU", "note": "n", "sources": ["s"] } ],
        "sources": ["s"] }"#;
    let kb = loads(presumed);
    assert_eq!(
        status(&kb, date!(2013 - 01 - 01)),
        "in force by presumed automatic extension until 1 Jan 2015, participation suspended by Russia"
    );
}

/// A two-party treaty like the China–Russia one: 20 years from 2002, then
/// five-year extensions unless notice is given 12 months before a term
/// ends; with `events`.
fn article_25(events: &str) -> String {
    format!(
        r#"{{ "id": "t", "name": "A friendship treaty", "short_name": "Friendship", "kind": "friendship",
           "parties": [ {{ "country": "CN", "period": {{ "start": "2001-07-16" }} }},
                        {{ "country": "RU", "period": {{ "start": "2001-07-16" }} }} ],
           "signed": "2001-07-16", "in_force": "2002-02-28",
           "term": {{ "rule": "auto_extending", "initial_years": 20, "extension_years": 5, "notice_months": 12 }},
           "events": [ {events} ], "sources": ["s"] }}"#
    )
}

#[test]
fn a_notice_in_time_stops_the_next_automatic_extension() {
    // Notice on the last day in time for the term ending 28 Feb 2027.
    let kb = loads(&article_25(
        r#"{ "date": "2026-02-28", "kind": "withdrew", "party": "RU", "note": "notice", "sources": ["s"] }"#,
    ));
    let t = kb.treaty("t").unwrap();
    assert_eq!(
        status(&kb, date!(2027 - 02 - 27)),
        "in force by presumed automatic extension until 28 Feb 2027"
    );
    assert_eq!(status(&kb, date!(2027 - 02 - 28)), "expired on 28 Feb 2027");
    assert_eq!(
        t.party_status(Country::RU, date!(2026 - 06 - 01)).unwrap().to_string(),
        "notice of withdrawal given on 28 Feb 2026, effective 28 Feb 2027"
    );
    assert_eq!(t.notice_deadline(date!(2026 - 06 - 01)), None, "notice has been given");
    // The expiry is a change, though no event says it.
    let changes: Vec<String> =
        kb.changes(date!(2027 - 01 - 01), date!(2028 - 01 - 01)).iter().map(ToString::to_string).collect();
    assert!(changes.iter().any(|c| c.contains("expired on 28 Feb 2027")), "{changes:#?}");
}

#[test]
fn a_late_notice_stops_the_extension_after_the_next_term() {
    // One day late for the 2027 deadline: the treaty runs one more term.
    let kb = loads(&article_25(
        r#"{ "date": "2026-03-01", "kind": "withdrew", "party": "CN", "note": "notice", "sources": ["s"] }"#,
    ));
    assert_eq!(
        status(&kb, date!(2027 - 03 - 01)),
        "in force by presumed automatic extension until 28 Feb 2032"
    );
    assert_eq!(status(&kb, date!(2032 - 02 - 28)), "expired on 28 Feb 2032");
    let t = kb.treaty("t").unwrap();
    assert_eq!(
        t.party_status(Country::CN, date!(2030 - 01 - 01)).unwrap().to_string(),
        "notice of withdrawal given on 1 Mar 2026, effective 28 Feb 2032"
    );
}

#[test]
fn without_notice_the_deadlines_follow_the_terms() {
    let kb = loads(&article_25(""));
    let t = kb.treaty("t").unwrap();
    let deadline = |d| t.notice_deadline(d).map(|n| n.to_string());
    assert_eq!(
        deadline(date!(2020 - 01 - 01)).as_deref(),
        Some("notice by 28 Feb 2021 ends it on 28 Feb 2022")
    );
    assert_eq!(
        deadline(date!(2021 - 02 - 28)).as_deref(),
        Some("notice by 28 Feb 2021 ends it on 28 Feb 2022")
    );
    assert_eq!(
        deadline(date!(2021 - 03 - 01)).as_deref(),
        Some("notice by 28 Feb 2026 ends it on 28 Feb 2027")
    );
    // Past the listed periods the terms follow the rule.
    assert_eq!(
        deadline(date!(2026 - 03 - 01)).as_deref(),
        Some("notice by 28 Feb 2031 ends it on 28 Feb 2032")
    );
    assert_eq!(
        deadline(date!(2100 - 01 - 01)).as_deref(),
        Some("notice by 28 Feb 2101 ends it on 28 Feb 2102")
    );
    // A treaty with no notice period has no deadline.
    let fixed = loads(&fixed_term(""));
    assert_eq!(fixed.treaty("t").unwrap().notice_deadline(date!(2005 - 01 - 01)), None);
}

#[test]
fn a_ratification_step_names_a_party_of_the_treaty() {
    let p = problems(&article_25(
        r#"{ "date": "2001-12-26", "kind": "ratified", "note": "the Duma votes", "sources": ["s"] }"#,
    ));
    has_problem_at(&p, "treaties[0].events[0].party");
    let p = problems(&article_25(
        r#"{ "date": "2001-12-26", "kind": "ratified", "party": "FR", "note": "n", "sources": ["s"] }"#,
    ));
    assert!(
        p.iter().any(|p| p.contains("France (FR) is not a party of t: only a party can have ratified it")),
        "{p:#?}"
    );
    // A ratification step does not change the status.
    let kb = loads(&article_25(
        r#"{ "date": "2001-12-26", "kind": "ratified", "party": "RU", "note": "n", "sources": ["s"] }"#,
    ));
    assert_eq!(status(&kb, date!(2002 - 01 - 01)), "signed, not in force");
}
