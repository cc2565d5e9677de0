//! The facts as data files (feature `serde`): the files in `src/data/`
//! load to the embedded dataset, round-trip, and every problem in a file
//! is reported with its record's path and its file and line.
#![cfg(feature = "serde")]

use std::path::Path;

use allegiance::{Country, DATA_VERSION, Dataset, Role, Union};
use time::macros::date;

fn data_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data")
}

const META: (&str, &str) = ("dataset.json", r#"{ "name": "mine", "as_of": "2026-11" }"#);
const SOURCES: (&str, &str) =
    ("sources.tsv", "id\tpublisher\ttitle\turl\nnotes\tMe\tNotes\thttps://example.org/\n");
const HEADER: &str = "country\tunion\trole\tstart\tend\tsources\tnote\talternatives\n";

fn problems(files: &[(&str, &str)]) -> Vec<String> {
    let err = Dataset::from_files(files).expect_err("the files have problems");
    err.problems().iter().map(ToString::to_string).collect()
}

#[test]
fn the_data_files_are_the_embedded_dataset() {
    let loaded = Dataset::from_dir(data_dir()).unwrap();
    assert_eq!(loaded.facts(), Dataset::embedded().facts());
    assert_eq!(loaded.facts().version.as_deref(), Some(DATA_VERSION));
    assert!(!DATA_VERSION.is_empty());
    assert_eq!(allegiance::AS_OF, Dataset::embedded().as_of());
}

#[test]
fn files_round_trip() {
    let kb = Dataset::embedded();
    let files = kb.to_files();
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, allegiance::files::DATA_FILES, "every table of the embedded dataset is written");
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let copy = Dataset::from_files(&borrowed).unwrap();
    assert_eq!(copy.facts(), kb.facts());
    // And the written files are what src/data/ holds, but for the reading
    // ids the writer names after their first record.
    for (name, text) in &files {
        if *name == "readings.tsv" || *name == "memberships.tsv" {
            continue;
        }
        let checked_in = std::fs::read_to_string(data_dir().join(name)).unwrap();
        let first_difference = checked_in.lines().zip(text.lines()).position(|(a, b)| a != b);
        assert!(
            checked_in == *text,
            "src/data/{name} is not as the writer writes it (first differing line: {first_difference:?})"
        );
    }
}

#[test]
fn adding_a_membership_is_one_line() {
    let line = "FI\tNATO\tmember\t2023-04-04\t\tnotes\tjoined on the day it deposited its instrument\t\n";
    let kb = Dataset::from_files(&[META, SOURCES, ("memberships.tsv", &format!("{HEADER}{line}"))]).unwrap();
    assert_eq!(kb.role(Country::FI, Union::Nato, date!(2023 - 04 - 04)), Some(Role::Member));
    assert_eq!(kb.role(Country::FI, Union::Nato, date!(2023 - 04 - 03)), None);
    // Columns in another order, optional ones left out.
    let kb = Dataset::from_files(&[
        META,
        SOURCES,
        (
            "memberships.tsv",
            "sources\tstart\trole\tunion\tcountry\nnotes\t2023-04-04\tmember\tNATO\tFinland\n",
        ),
    ])
    .unwrap();
    assert_eq!(kb.members(Union::Nato, date!(2024 - 01 - 01)).len(), 1);
}

#[test]
fn escaped_tabs_and_line_breaks_round_trip() {
    let files = [
        META,
        ("sources.tsv", "id\tpublisher\ttitle\tquote\nnotes\tMe\tNotes\tone\\ttwo\\nthree \\\\ four\n"),
    ];
    let kb = Dataset::from_files(&files).unwrap();
    assert_eq!(kb.sources()[0].quote.as_deref(), Some("one\ttwo\nthree \\ four"));
    let written = kb.to_files();
    assert!(written[1].1.contains("one\\ttwo\\nthree \\\\ four"), "{}", written[1].1);
}

#[test]
fn an_unknown_or_missing_column_is_an_error() {
    let p = problems(&[META, SOURCES, ("memberships.tsv", "country\tunion\trole\tstart\tende\tsources\n")]);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].starts_with("memberships.tsv line 1: unknown column \"ende\"; did you mean \"end\"?"),
        "{p:#?}"
    );
    let p = problems(&[META, SOURCES, ("memberships.tsv", "country\tunion\trole\tsources\n")]);
    assert_eq!(p, ["memberships.tsv line 1: missing column \"start\""]);
}

#[test]
fn every_bad_field_is_reported_with_its_path_and_line() {
    let rows = "\
Narnia\tNATO\tmember\t1999\t\tnotes\t\t
PL\tNATO\tmembre\t1999-03-12\t1998\tnotes\t\t
PL\tNATO\tmember\t1999-13\t\tnotes\t\tno-such-reading
PL\tNATO\tmember\t1999
";
    let p = problems(&[META, SOURCES, ("memberships.tsv", &format!("{HEADER}{rows}"))]);
    assert_eq!(p.len(), 5, "{p:#?}");
    // Problems come in the order of the lines.
    assert!(p[0].starts_with("memberships[0].country: "), "{p:#?}");
    assert!(p[0].contains("Narnia") && p[0].ends_with("(memberships.tsv line 2)"), "{p:#?}");
    assert!(p[1].starts_with("memberships[1].role: unknown variant `membre`"), "{p:#?}");
    assert!(p[1].ends_with("(memberships.tsv line 3)"), "{p:#?}");
    assert!(p[2].starts_with("memberships[2].period.start: "), "{p:#?}");
    assert!(
        p[3].starts_with("memberships[2].alternatives[0]: unknown reading id \"no-such-reading\""),
        "{p:#?}"
    );
    assert_eq!(p[4], "memberships.tsv line 5: 4 fields, but the first line names 8 columns");
}

#[test]
fn validation_problems_name_the_file_and_line() {
    let rows = "PL\tNATO\tmember\t1999-03-12\t1998\tnotes\t\t\nFR\tNATO\tmember\t1949\t\tntoes\t\t\n";
    let p = problems(&[META, SOURCES, ("memberships.tsv", &format!("{HEADER}{rows}"))]);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].starts_with("memberships[0].period.end: "), "{p:#?}");
    assert!(p[0].ends_with("(memberships.tsv line 2)"), "{p:#?}");
    assert!(p[1].starts_with("memberships[1].sources[0]: unknown source id \"ntoes\""), "{p:#?}");
    assert!(p[1].ends_with("(memberships.tsv line 3)"), "{p:#?}");
}

#[test]
fn json_files_report_each_bad_record_at_its_path() {
    let treaties = r#"[
  { "id": "a", "name": "A", "short_name": "A", "kind": "friendship", "parties": [],
    "signed": "2020", "term": { "rule": "unlimited" }, "sources": ["notes"] },
  { "id": "b", "name": "B", "short_name": "B", "kind": "frendship", "parties": [],
    "signed": "2020", "term": { "rule": "unlimited" }, "sources": ["notes"] },
  { "id": "c", "name": "C", "short_name": "C", "kind": "friendship", "parties": [],
    "signed": "2020-02-30", "term": { "rule": "unlimited" }, "sources": ["notes"] }
]"#;
    let p = problems(&[META, SOURCES, ("treaties.json", treaties)]);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].starts_with("treaties[1].kind: unknown variant `frendship`"), "{p:#?}");
    assert!(p[0].ends_with("(in treaties.json)"), "{p:#?}");
    assert!(p[1].starts_with("treaties[2].signed: "), "{p:#?}");
    let p = problems(&[META, SOURCES, ("treaties.json", "[ { \"id\": ")]);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].contains("invalid JSON in treaties.json"), "{p:#?}");
}

#[test]
fn votes_join_their_resolution_and_orphans_are_errors() {
    let resolutions = r#"[ { "symbol": "A/RES/X-1", "title": "t", "date": "2022-03-02",
        "totals": { "yes": 1, "no": 1, "abstain": 0, "not_voting": 0 }, "complete": true, "sources": ["notes"] } ]"#;
    let votes = "symbol\tcountry\tvote\nA/RES/X-1\tPL\tyes\nA/RES/X-1\tRU\tno\n";
    let kb = Dataset::from_files(&[META, SOURCES, ("resolutions.json", resolutions), ("votes.tsv", votes)])
        .unwrap();
    assert_eq!(kb.vote("A/RES/X-1", Country::RU), Some(allegiance::Vote::No));

    let votes = "symbol\tcountry\tvote\nA/RES/X-1\tPL\tyes\nA/RES/X-1\tPL\tno\nA/RES/X-2\tPL\tyes\n";
    let p = problems(&[META, SOURCES, ("resolutions.json", resolutions), ("votes.tsv", votes)]);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].starts_with("votes.tsv line 4: a vote in \"A/RES/X-2\""), "{p:#?}");
    let p = problems(&[
        META,
        SOURCES,
        ("resolutions.json", resolutions),
        ("votes.tsv", "symbol\tcountry\tvote\nA/RES/X-1\tPL\tyes\nA/RES/X-1\tPL\tno\n"),
    ]);
    assert!(
        p.iter().any(|p| p.starts_with("resolutions[0].votes[1]: ") && p.ends_with("(votes.tsv line 3)")),
        "{p:#?}"
    );
}

#[test]
fn files_that_are_not_data_files_or_missing_are_errors() {
    let p = problems(&[META, SOURCES, ("membership.tsv", HEADER)]);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].starts_with("membership.tsv: not a data file; did you mean \"memberships.tsv\"?"), "{p:#?}");
    let p = problems(&[META]);
    assert_eq!(p, ["sources.tsv: missing: a dataset needs this file"]);
    let p = problems(&[("dataset.json", r#"{ "name": "x", "as_of": "2026", "asof": "2025" }"#), SOURCES]);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].starts_with("dataset.json: unknown field `asof`"), "{p:#?}");
}

#[test]
fn a_directory_that_cannot_be_read_is_an_error() {
    let err = Dataset::from_dir(data_dir().join("no-such-directory")).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert!(err.problems()[0].message.starts_with("cannot read the directory"), "{err}");
}

#[test]
fn every_embedded_source_says_what_kind_it_is() {
    use allegiance::SourceKind;
    let kb = Dataset::embedded();
    let unclassified: Vec<&str> =
        kb.sources().iter().filter(|s| s.kind == SourceKind::Unclassified).map(|s| s.id.as_str()).collect();
    assert!(unclassified.is_empty(), "{unclassified:?}");
    let seed = kb.source(&allegiance::SEED).unwrap();
    assert_eq!(seed.kind, SourceKind::News);
    // The copy of the seed read on another site names Metro as its original.
    let copy = kb.source(&allegiance::SourceId::new("stance-s01")).unwrap();
    assert_eq!(copy.original.as_ref().map(|o| &*o.publisher), Some("Metro"));
    assert!(copy.to_string().contains("(a copy of Metro)"), "{copy}");
    // Every Wikipedia mirror names the Wikipedia page it copies.
    for s in kb.sources() {
        let mirror = s.publisher.contains("mirror") && s.publisher.contains("Wikipedia");
        if mirror {
            let o = s.original.as_ref().unwrap_or_else(|| panic!("{} names no original", s.id));
            assert!(o.publisher.starts_with("Wikipedia"), "{}: {:?}", s.id, o);
        }
    }
}

#[test]
fn no_two_embedded_sources_are_one_page() {
    let mut seen = std::collections::HashMap::new();
    for s in Dataset::embedded().sources() {
        let Some(url) = s.url.as_deref() else { continue };
        let key = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .split('#')
            .next()
            .unwrap_or_default()
            .trim_end_matches('/')
            .to_owned();
        if let Some(first) = seen.insert(key, s.id.as_str()) {
            panic!("{} and {} are one page: {url}", first, s.id);
        }
    }
}

#[test]
fn source_kinds_and_originals_load_from_tsv() {
    use allegiance::SourceKind;
    let files = [
        META,
        (
            "sources.tsv",
            "id\tkind\tpublisher\ttitle\turl\toriginal_publisher\toriginal_url\n\
             a\tnews\tMirror site\tA story\thttps://mirror.example/a\tReuters\thttps://reuters.example/a\n\
             b\t\tMe\tNotes\t\t\t\n",
        ),
    ];
    let kb = Dataset::from_files(&files).unwrap();
    assert_eq!(kb.sources()[0].kind, SourceKind::News);
    assert_eq!(
        kb.sources()[0].original.as_ref().and_then(|o| o.url.as_deref()),
        Some("https://reuters.example/a")
    );
    assert_eq!(kb.sources()[1].kind, SourceKind::Unclassified);
    let bad = [
        META,
        ("sources.tsv", "id\tkind\tpublisher\ttitle\toriginal_url\na\tnewz\tP\tT\thttps://x.example/\n"),
    ];
    let p = problems(&bad);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].starts_with("sources[0].kind: unknown variant `newz`"), "{p:#?}");
    assert!(p[1].starts_with("sources[0].original.publisher: an original_url needs"), "{p:#?}");
}
