//! Loading your own data (feature `serde`): JSON round trips, every problem
//! reported with its record's path, merges that refuse conflicts, and
//! corrupted input that never panics.
#![cfg(feature = "serde")]

use std::borrow::Cow;

use allegiance::{Country, Dataset, Facts, Role, Stance, Union, Vote};
use proptest::prelude::*;
use strum::IntoEnumIterator;
use time::macros::date;

fn paths(json: &str) -> Vec<String> {
    let err = Dataset::from_json(json).expect_err("the input has problems");
    err.problems().iter().map(|p| format!("{}: {}", p.path, p.message)).collect()
}

const SOURCE: &str = r#"{ "id": "notes", "publisher": "Me", "title": "Notes" }"#;

#[test]
fn embedded_dataset_round_trips_through_json() {
    let kb = Dataset::embedded();
    let copy = Dataset::from_json(&kb.to_json()).unwrap();
    assert_eq!(copy.facts(), kb.facts());
    // The copy answers the same questions.
    let d = date!(2022 - 03 - 01);
    assert_eq!(copy.members(Union::Eaeu, d), kb.members(Union::Eaeu, d));
    assert_eq!(copy.vote("A/RES/ES-11/1", Country::IN), Some(Vote::Abstain));
    assert_eq!(copy.stance(Country::BY, d).map(|s| s.stance), Some(Stance::AssistsMilitarily));
    assert_eq!(copy.allies(Country::RU, d).len(), kb.allies(Country::RU, d).len());
}

#[test]
fn the_json_form_is_readable() {
    let json = Dataset::embedded().to_json();
    for needle in
        [r#""country": "AM""#, r#""union": "EAEU""#, r#""start": "2015-01-02""#, r#""as_of": "2026-11-28""#]
    {
        assert!(json.contains(needle), "{needle}");
    }
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let json = format!(
        r#"{{
  "name": "broken", "as_of": "2026",
  "sources": [{SOURCE}],
  "memberships": [
    {{ "country": "PL", "union": "NATO", "role": "member", "period": {{ "start": "1999-03-12", "end": "1998" }}, "sources": ["notes"] }},
    {{ "country": "FR", "union": "NATO", "role": "member", "period": {{ "start": "1949" }}, "sources": ["ntoes"] }},
    {{ "country": "FR", "union": "NATO", "role": "member", "period": {{ "start": "2009" }}, "sources": [] }}
  ],
  "resolutions": [
    {{ "symbol": "A/RES/X", "title": "t", "date": "2022", "complete": true,
       "totals": {{ "yes": 2, "no": 0, "abstain": 0, "not_voting": 0 }},
       "votes": [["FR", "yes"]], "sources": ["notes"] }}
  ]
}}"#
    );
    let problems = paths(&json);
    let has = |p: &str| problems.iter().any(|x| x.starts_with(p));
    assert!(has("memberships[0].period.end: period ends (1998) on or before it starts"), "{problems:#?}");
    assert!(
        has(r#"memberships[1].sources[0]: unknown source id "ntoes"; did you mean "notes"?"#),
        "{problems:#?}"
    );
    assert!(has("memberships[2].sources: a fact without a source"), "{problems:#?}");
    assert!(has("memberships[2].period: France has two overlapping periods in the NATO"), "{problems:#?}");
    assert!(has("resolutions[0].votes: a complete roll call must add up to its totals"), "{problems:#?}");
    assert_eq!(problems.len(), 5, "{problems:#?}");
}

#[test]
fn a_json_error_names_the_record() {
    let json = format!(
        r#"{{ "name": "x", "as_of": "2026", "sources": [{SOURCE}],
  "memberships": [
    {{ "country": "PL", "union": "NATO", "role": "member", "period": {{ "start": "1999" }}, "sources": ["notes"] }},
    {{ "country": "Narnia", "union": "NATO", "role": "member", "period": {{ "start": "1999" }}, "sources": ["notes"] }}
  ] }}"#
    );
    let problems = paths(&json);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("memberships[1].country: invalid JSON: unknown country \"Narnia\""),
        "{problems:?}"
    );
    let problems =
        paths(r#"{ "name": "x", "as_of": "2026", "sources": [], "memberships": [{ "union": "NATOO" }] }"#);
    assert!(problems[0].contains("unknown union \"NATOO\"; did you mean NATO?"), "{problems:?}");
}

#[test]
fn merge_extends_and_refuses_conflicts() {
    let kb = Dataset::embedded();
    let mine: Facts = serde_json::from_str(&format!(
        r#"{{ "name": "mine", "as_of": "2026-11-29", "sources": [{SOURCE}],
  "memberships": [
    {{ "country": "RS", "union": "EAEU", "role": "observer", "period": {{ "start": "2026-11-01" }}, "sources": ["notes"] }}
  ] }}"#
    ))
    .unwrap();
    let merged = kb.merge(&mine).unwrap();
    assert_eq!(merged.role(Country::RS, Union::Eaeu, date!(2026 - 11 - 29)), Some(Role::Observer));
    assert_eq!(merged.as_of().to_string(), "29 Nov 2026");
    assert_eq!(merged.facts().memberships.len(), kb.facts().memberships.len() + 1);
    // Merging the same facts twice changes nothing.
    assert_eq!(merged.merge(&mine).unwrap().facts(), merged.facts());
    // Merging a dataset with itself changes nothing.
    assert_eq!(kb.merge(kb.facts()).unwrap().facts(), kb.facts());

    let mut clash = kb.facts().clone();
    clash.treaties.to_mut()[0].note = Some(Cow::Borrowed("a different note"));
    let err = kb.merge(&clash).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].path, "other.treaties[0]");
    assert!(err.problems()[0].message.contains("\"cn-ru-2001\" conflicts with treaties[0]"));
}

fn small_json(picks: &[usize]) -> String {
    let kb = Dataset::embedded();
    let all = &kb.facts().memberships;
    let mut facts = Facts::empty("sample", kb.as_of());
    facts.sources = kb.facts().sources.clone();
    let mut chosen: Vec<_> = picks.iter().map(|&i| all[i % all.len()].clone()).collect();
    chosen.sort_by_key(|m| (m.country, m.union, m.period));
    chosen.dedup();
    facts.memberships = Cow::Owned(chosen);
    Dataset::from_facts(facts).unwrap().to_json()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn export_then_load_is_equal(picks in prop::collection::vec(0usize..10_000, 0..20)) {
        let json = small_json(&picks);
        let loaded = Dataset::from_json(&json).unwrap();
        prop_assert_eq!(loaded.to_json(), json);
    }

    #[test]
    fn corrupted_json_is_an_error_never_a_panic(
        picks in prop::collection::vec(0usize..10_000, 1..4),
        edits in prop::collection::vec((0usize..100_000, any::<u8>()), 1..6),
        cut in prop::option::of(0usize..100_000),
    ) {
        let mut bytes = small_json(&picks).into_bytes();
        for (at, b) in edits {
            let at = at % bytes.len();
            const ALPHABET: &[u8] = b" {}[],:\"0123456789abcXYZ-";
            bytes[at] = ALPHABET[usize::from(b) % ALPHABET.len()];
        }
        if let Some(cut) = cut {
            bytes.truncate(cut % (bytes.len() + 1));
        }
        let text = String::from_utf8_lossy(&bytes);
        match Dataset::from_json(&text) {
            Ok(kb) => { kb.build_index(); }
            Err(e) => prop_assert!(!e.problems().is_empty()),
        }
    }
}

#[test]
fn stance_and_vote_enums_round_trip() {
    for s in Stance::iter() {
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, format!("\"{}\"", s.as_str().replace('-', "_")));
        assert_eq!(serde_json::from_str::<Stance>(&json).unwrap(), s);
    }
    for v in Vote::iter() {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(serde_json::from_str::<Vote>(&json).unwrap(), v);
    }
    for r in Role::iter() {
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Role>(&json).unwrap(), r);
    }
}

/// Regressions found in review: each of these inputs once panicked,
/// slipped past validation or gave a wrong answer.
#[test]
fn review_regressions() {
    use allegiance::{ChangeKind, TreatyStatus};
    let wrap = |extra: &str| format!(r#"{{ "name": "x", "as_of": "2026", "sources": [{SOURCE}], {extra} }}"#);

    // A term ending past year 9999 is an open end, not a panic.
    let kb = Dataset::from_json(&wrap(
        r#""treaties": [{ "id": "far", "name": "n", "short_name": "s", "kind": "friendship",
            "parties": [{ "country": "PL", "period": { "start": "9999" } }],
            "signed": "9999", "in_force": "9999", "term": { "rule": "fixed", "years": 1 },
            "events": [], "provisions": [], "sources": ["notes"] }]"#,
    ))
    .unwrap();
    assert!(matches!(
        kb.treaty_status("far", date!(9999 - 06 - 01)),
        Some(TreatyStatus::InForce { until: None, .. })
    ));

    // `since` and `until` on the same first day, and two records from the
    // same first day, are rejected.
    let stance = |since: &str, until: &str| {
        format!(
            r#"{{ "country": "PL", "stance": "neutral", "since": "{since}", {until} "summary": "s",
                 "evidence": [], "assessed_by": "me", "sources": ["notes"] }}"#
        )
    };
    let same_day = wrap(&format!(r#""stances": [{}]"#, stance("2022", r#""until": "2022-01-01","#)));
    assert!(paths(&same_day).iter().any(|p| p.starts_with("stances[0].until")), "{:?}", paths(&same_day));
    let twice = wrap(&format!(r#""stances": [{}, {}]"#, stance("2022", ""), stance("2022-01-01", "")));
    assert!(paths(&twice).iter().any(|p| p.starts_with("stances[1].since")), "{:?}", paths(&twice));

    // A record replaced before its `until` does not "end" in `changes`.
    let replaced = wrap(&format!(
        r#""stances": [{}, {}]"#,
        stance("2022-01-01", r#""until": "2022-06-01","#),
        stance("2022-03-01", "")
    ));
    let kb = Dataset::from_json(&replaced).unwrap();
    let changes = kb.changes(date!(2021 - 12 - 31), date!(2022 - 12 - 31));
    assert!(!changes.iter().any(|c| matches!(c.kind, ChangeKind::StanceEnded(_))));
    assert_eq!(changes.len(), 2);

    // A missing field is reported at its record.
    let missing = wrap(
        r#""memberships": [{ "country": "PL", "union": "NATO", "period": { "start": "1999" }, "sources": ["notes"] }]"#,
    );
    let p = paths(&missing);
    assert!(p[0].starts_with("memberships[0]: invalid JSON: missing field `role`"), "{p:?}");

    // Zero-year terms are rejected.
    let zero = wrap(
        r#""treaties": [{ "id": "z", "name": "n", "short_name": "s", "kind": "friendship",
            "parties": [{ "country": "PL", "period": { "start": "2000" } }],
            "signed": "2000", "in_force": "2000", "term": { "rule": "fixed", "years": 0 },
            "events": [], "provisions": [], "sources": ["notes"] }]"#,
    );
    assert!(paths(&zero).iter().any(|p| p.starts_with("treaties[0].term")));

    // Identical records within the merged facts are kept once.
    let mut twice = Facts::empty("t", Dataset::embedded().as_of());
    let src = Dataset::embedded().facts().sources[0].clone();
    twice.sources = Cow::Owned(vec![src.clone(), src]);
    assert!(Dataset::embedded().merge(&twice).is_ok());
}

#[test]
fn auto_extension_never_lapses_without_evidence() {
    use allegiance::TreatyStatus;
    let kb = Dataset::embedded();
    let far = date!(2040 - 01 - 01);
    assert_eq!(
        kb.treaty_status("cn-ru-2001", far),
        Some(TreatyStatus::InForcePresumed { until: None, suspended: allegiance::CountrySet::EMPTY })
    );
    assert!(kb.allies(Country::RU, far).iter().any(|a| a.country == Country::CN));
    // Overlong input gets no suggestion.
    assert_eq!("z".repeat(600).parse::<Stance>().unwrap_err().suggestion(), None);
    assert_eq!(kb.tally(&"q".repeat(1000)).unwrap_err().suggestion(), None);
}
