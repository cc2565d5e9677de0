//! `Display` and `FromStr` agree: every value parses back from what it
//! prints.

use allegiance::{PartialDate, Role, Stance, TieKind, Union, Vote};
use proptest::prelude::*;
use strum::IntoEnumIterator;

#[test]
fn every_named_value_parses_from_what_it_prints() {
    for r in Role::iter() {
        assert_eq!(r.to_string().parse::<Role>(), Ok(r), "{r:?}");
    }
    for v in Vote::iter() {
        assert_eq!(v.to_string().parse::<Vote>(), Ok(v), "{v:?}");
    }
    for k in TieKind::iter() {
        assert_eq!(k.to_string().parse::<TieKind>(), Ok(k), "{k:?}");
        // The data files' casing too.
        assert_eq!(k.to_string().replace('-', "_").parse::<TieKind>(), Ok(k), "{k:?}");
    }
    for s in Stance::iter() {
        assert_eq!(s.to_string().parse::<Stance>(), Ok(s), "{s:?}");
    }
    for u in Union::iter() {
        assert_eq!(u.to_string().parse::<Union>(), Ok(u), "{u:?}");
    }
    assert_eq!("not_voting".parse::<Vote>(), Ok(Vote::NotVoting));
    assert_eq!("Mutual Defence".parse::<TieKind>(), Ok(TieKind::MutualDefence));
}

#[test]
fn bad_names_say_what_there_is() {
    let e = "membr".parse::<Role>().unwrap_err();
    assert_eq!(e.input(), "membr");
    assert_eq!(e.suggestion(), Some("member"));
    let e = "maybe".parse::<Vote>().unwrap_err();
    assert_eq!(e.to_string(), r#"unknown vote "maybe"; expected one of yes, no, abstain, did not vote"#);
    let e = "frendship".parse::<TieKind>().unwrap_err();
    assert_eq!(e.to_string(), r#"unknown tie kind "frendship"; did you mean friendship?"#);
}

#[test]
fn printed_dates_parse_and_the_data_form_stays_iso() {
    assert_eq!("16 Jul 2001".parse::<PartialDate>(), "2001-07-16".parse());
    assert_eq!("oct 2000".parse::<PartialDate>(), "2000-10".parse());
    assert!("30 Feb 2001".parse::<PartialDate>().unwrap_err().to_string().contains("has no day 30"));
    assert!("16 Jly 2001".parse::<PartialDate>().is_err());
    assert!("Jul".parse::<PartialDate>().is_err());
    assert_eq!(PartialDate::year(5).to_string(), "0005");
}

#[cfg(feature = "serde")]
#[test]
fn data_files_read_dates_in_iso_form_only() {
    let json = r#"{ "name": "x", "as_of": "28 Nov 2026", "sources": [] }"#;
    let err = allegiance::Dataset::from_json(json).unwrap_err();
    assert_eq!(err.problems()[0].path, "as_of", "{err}");
}

fn date() -> impl Strategy<Value = PartialDate> {
    (0i32..=9999, 1u8..=12, 1u8..=28, 0..3).prop_map(|(y, m, d, p)| match p {
        0 => PartialDate::year(y),
        1 => PartialDate::month(y, m),
        _ => {
            PartialDate::day(time::Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap())
        }
    })
}

proptest! {
    #[test]
    fn every_date_parses_from_what_it_prints(d in date()) {
        prop_assert_eq!(d.to_string().parse::<PartialDate>(), Ok(d));
        prop_assert_eq!(d.iso().to_string().parse::<PartialDate>(), Ok(d));
    }
}
