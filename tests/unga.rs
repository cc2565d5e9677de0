//! The embedded UN General Assembly record against its source: every vote
//! of the roll calls of 2014 and 2019, and of every 150th roll call across
//! the decades, as `votes.csv` gives them (the extract in
//! `tests/data/unga/sample_votes.csv`); the size of the whole record; and
//! A/RES/68/262 against the roll call the crate already held.

use std::collections::{BTreeMap, BTreeSet};

use allegiance::{Country, Dataset, Vote, unga};
use time::macros::date;

fn sample() -> Vec<(u32, String, String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/unga/sample_votes.csv");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[1].to_owned(), f[2].to_owned(), f[3].to_owned())
        })
        .collect()
}

#[test]
fn sampled_votes_equal_the_source() {
    let rows = sample();
    let mut by_call: BTreeMap<u32, BTreeMap<Country, Vote>> = BTreeMap::new();
    let mut former = 0;
    for (rcid, _cow, iso2, vote) in &rows {
        let vote = match vote.as_str() {
            "yes" => Vote::Yes,
            "no" => Vote::No,
            "abstain" => Vote::Abstain,
            "absent" => Vote::NotVoting,
            other => panic!("vote {other:?}"),
        };
        // The data set's 365:RU is the USSR's until 24 Dec 1991; its 345:YU
        // the FRY's (filed as Serbia) from 27 Apr 1992.
        let day = unga::roll_call(*rcid).expect("a sampled roll call").date;
        let iso2 = match iso2.as_str() {
            "RU" if day < date!(1991 - 12 - 24) => "SU",
            "YU" if day >= date!(1992 - 04 - 27) => "RS",
            other => other,
        };
        match Country::from_alpha2(iso2) {
            Ok(c) => {
                former += usize::from(c.is_former());
                by_call.entry(*rcid).or_default().insert(c, vote);
            }
            Err(_) => assert_eq!(iso2, "", "only Zanzibar's column has no ISO code"),
        }
    }
    assert!(by_call.len() >= 200, "{} roll calls sampled", by_call.len());
    let years: BTreeSet<i32> =
        by_call.keys().map(|&r| unga::roll_call(r).expect("a sampled roll call").date.year()).collect();
    let decades: BTreeSet<i32> = years.iter().map(|y| y / 10 * 10).collect();
    assert_eq!(decades, (1940..=2010).step_by(10).collect(), "the sample spans the decades: {years:?}");
    for (rcid, votes) in &by_call {
        for c in Country::iter() {
            assert_eq!(unga::vote(*rcid, c), votes.get(&c).copied(), "roll call {rcid}, {c:?}");
        }
    }
    // Every row is in the tally, Zanzibar's (which no Country names) too.
    for rcid in by_call.keys() {
        let t = unga::tally(*rcid).unwrap();
        let n = rows.iter().filter(|r| r.0 == *rcid).count();
        assert_eq!(usize::from(t.yes + t.no + t.abstain + t.not_voting), n, "roll call {rcid}");
    }
    assert!(former > 50, "the sample holds votes of former states: {former}");
}

#[test]
fn the_whole_record_is_embedded() {
    let calls = unga::roll_calls();
    assert_eq!(calls.len(), 6203);
    assert!(calls.windows(2).all(|w| (w[0].date, w[0].rcid) < (w[1].date, w[1].rcid)), "by date, then id");
    let total: u32 = calls
        .iter()
        .map(|c| {
            let t = unga::tally(c.rcid).unwrap();
            u32::from(t.yes + t.no + t.abstain + t.not_voting)
        })
        .sum();
    assert_eq!(total, 961_474);
    let ids: Vec<u32> = calls.iter().map(|c| c.rcid).collect();
    assert_eq!(ids, unga::rcids(), "the roll calls and the votes file in one order");
    assert_eq!(calls.first().unwrap().date, date!(1946 - 01 - 01));
    assert_eq!(calls.last().unwrap().date, date!(2020 - 01 - 14));
    assert!(unga::roll_call(0).is_none());
    assert_eq!(unga::vote(999_999, Country::US), None);
}

#[test]
fn a_res_68_262_agrees_with_the_roll_call_the_crate_held() {
    let kb = Dataset::embedded();
    let held = kb.resolution("A/RES/68/262").expect("the curated roll call");
    let rc = unga::roll_call_by_symbol("A/RES/68/262").expect("in the data set");
    assert_eq!(rc.date, date!(2014 - 03 - 27));
    let mut differences = Vec::new();
    for c in Country::iter() {
        let curated = kb.vote("A/RES/68/262", c);
        let record = unga::vote(rc.rcid, c);
        if curated != record {
            differences.push((c, curated, record));
        }
    }
    assert_eq!(differences, [], "A/RES/68/262: curated vs data set");
    assert!(held.votes.len() >= 193);
}

#[test]
fn the_china_seat_votes_are_the_republic_of_chinas_until_1971() {
    // The data set files the seat's votes under TW (713) to 1971, CN (710) after.
    let before =
        unga::roll_calls().iter().filter(|c| c.date.year() == 1970).map(|c| c.rcid).collect::<Vec<_>>();
    assert!(before.iter().any(|&r| unga::vote(r, Country::TW).is_some()));
    assert!(before.iter().all(|&r| unga::vote(r, Country::CN).is_none()));
    let after =
        unga::roll_calls().iter().filter(|c| c.date.year() == 1973).map(|c| c.rcid).collect::<Vec<_>>();
    assert!(after.iter().all(|&r| unga::vote(r, Country::TW).is_none()));
    assert!(after.iter().any(|&r| unga::vote(r, Country::CN).is_some()));
}

/// `agreement` equals a scan of every roll call asking each vote by id, for
/// pairs and windows across the record, Germany's two columns included.
#[test]
fn agreement_equals_a_scan_of_the_votes() {
    let pairs = [
        (Country::IN, Country::RU),
        (Country::US, Country::GB),
        (Country::DE, Country::FR),
        (Country::YE, Country::SA),
        (Country::CN, Country::TW),
    ];
    let windows = [
        (date!(1946 - 01 - 01), date!(2020 - 12 - 31)),
        (date!(1985 - 01 - 01), date!(1995 - 12 - 31)),
        (date!(2019 - 01 - 01), date!(2019 - 12 - 31)),
        (date!(2030 - 01 - 01), date!(2031 - 01 - 01)),
        (date!(1900 - 01 - 01), date!(1950 - 06 - 30)),
        (date!(2019 - 12 - 31), date!(2019 - 01 - 01)),
        (date!(2019 - 12 - 27), date!(2019 - 12 - 27)),
    ];
    for (a, b) in pairs {
        for (from, to) in windows {
            let mut want = allegiance::Agreement::default();
            for rc in unga::roll_calls().iter().filter(|r| r.date >= from && r.date <= to) {
                if let (Some(x), Some(y)) = (unga::vote(rc.rcid, a), unga::vote(rc.rcid, b))
                    && let Some(s) = x.agreement(y)
                {
                    want.score += s;
                    want.compared += 1;
                }
            }
            let got = unga::agreement(a, b, from, to);
            assert_eq!((got.score, got.compared), (want.score, want.compared), "{a:?}-{b:?} {from}..{to}");
        }
    }
    // Germany votes as 260 before unification and 255 after.
    assert!(
        unga::agreement(Country::DE, Country::FR, date!(1975 - 01 - 01), date!(1975 - 12 - 31)).compared > 0
    );
    assert!(
        unga::agreement(Country::DE, Country::FR, date!(1995 - 01 - 01), date!(1995 - 12 - 31)).compared > 0
    );
}

/// The scores the pandas script (`benches/pandas/agreement.py`) computes
/// from the data set's CSVs, independently of the crate.
#[test]
fn agreement_equals_the_pandas_computation() {
    let a = unga::agreement(Country::IN, Country::RU, date!(2019 - 01 - 01), date!(2019 - 12 - 31));
    assert_eq!((a.score, a.compared), (70.5, 86));
    let b = unga::agreement(Country::US, Country::GB, date!(1946 - 01 - 01), date!(2020 - 12 - 31));
    assert_eq!((b.score, b.compared), (4630.5, 6117));
}

/// The all-pairs matrix and the ranking equal `agreement` pair by pair.
#[test]
fn matrix_and_ranking_equal_agreement() {
    let (from, to) = (date!(2019 - 01 - 01), date!(2019 - 12 - 31));
    let m = unga::agreement_matrix(from, to);
    assert!(m.countries().len() >= 190, "{}", m.countries().len());
    for &a in m.countries().iter().step_by(7) {
        for &b in m.countries() {
            let want = unga::agreement(a, b, from, to);
            let got = m.get(a, b).unwrap();
            assert_eq!((got.score, got.compared), (want.score, want.compared), "{a:?}-{b:?}");
        }
    }
    assert_eq!(m.get(Country::TW, Country::US), None, "no ROC votes in 2019");
    let ranked = unga::aligned_with(Country::IN, from, to, 10);
    assert!(ranked.windows(2).all(|w| w[0].1.share() >= w[1].1.share()));
    for (c, a) in &ranked {
        let want = unga::agreement(Country::IN, *c, from, to);
        assert_eq!((a.score, a.compared), (want.score, want.compared));
    }
    assert!(ranked.iter().all(|(c, _)| *c != Country::IN));
}

/// Every field of every roll call, against a plain split of the embedded
/// file (the module's reader scans it in one pass).
#[test]
fn every_roll_call_reads_as_its_line() {
    let text = include_str!("../src/data/unga/roll_calls.tsv");
    let unescape = |s: &str| s.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\");
    let flag = |s: &str| match s {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    };
    let lines: Vec<&str> = text.lines().skip(1).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), unga::roll_calls().len());
    for (line, rc) in lines.iter().zip(unga::roll_calls()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 10, "{line}");
        assert_eq!(rc.rcid.to_string(), f[0]);
        assert_eq!(rc.session.to_string(), f[1]);
        assert_eq!(rc.date.to_string(), f[2]);
        assert_eq!(rc.symbol, unescape(f[3]));
        assert_eq!((rc.important, rc.amendment, rc.paragraph), (flag(f[4]), flag(f[5]), flag(f[6])));
        assert_eq!(rc.issues, unescape(f[7]));
        assert_eq!(rc.short, unescape(f[8]));
        assert_eq!(rc.description, unescape(f[9]), "rcid {}", rc.rcid);
    }
}
