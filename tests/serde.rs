//! serde round trips (feature `serde`).
#![cfg(feature = "serde")]

use allegiance::{Country, Dataset, PartialDate, Union};

#[test]
fn every_country_round_trips_as_alpha2() {
    for c in Country::iter() {
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, format!("\"{}\"", c.alpha2()));
        assert_eq!(serde_json::from_str::<Country>(&json).unwrap(), c);
        assert_eq!(serde_json::from_str::<Country>(&format!("\"{}\"", c.alpha3())).unwrap(), c);
        assert_eq!(serde_json::from_str::<Country>(&format!("\"{}\"", c.name())).unwrap(), c);
        if let Some(n) = c.numeric_code() {
            assert_eq!(serde_json::from_str::<Country>(&n.to_string()).unwrap(), c);
        }
    }
}

#[test]
fn bad_country_is_a_clear_error() {
    let e = serde_json::from_str::<Country>("\"Russland\"").unwrap_err().to_string();
    assert!(e.contains(r#"unknown country "Russland"; did you mean Russia (RU)?"#), "{e}");
}

#[test]
fn every_union_round_trips_as_acronym() {
    for u in Union::iter() {
        let json = serde_json::to_string(&u).unwrap();
        assert_eq!(json, format!("\"{}\"", u.acronym()));
        assert_eq!(serde_json::from_str::<Union>(&json).unwrap(), u);
    }
}

#[test]
fn dates_round_trip_at_their_precision() {
    for s in ["\"2022-02-24\"", "\"2000-10\"", "\"2015\""] {
        let d: PartialDate = serde_json::from_str(s).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), s);
    }
    assert!(serde_json::from_str::<PartialDate>("\"2022-02-30\"").is_err());
}

#[test]
fn embedded_facts_round_trip() {
    let facts = Dataset::embedded().facts();
    let json = serde_json::to_string(facts).unwrap();
    let back: allegiance::Facts = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, facts);
    assert!(Dataset::from_facts(back).is_ok());
}
