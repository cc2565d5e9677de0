//! Stances, statements and claims: one test per seed sentence about a stance
//! or a statement (the quotes verbatim), the scale, and the index against a
//! brute-force scan.

use allegiance::{Country, CountrySet, Dataset, Evidence, SEED, Stance, StanceRecord, Statement};
use proptest::prelude::*;
use strum::IntoEnumIterator;
use time::Date;
use time::macros::date;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

const MARCH_1: Date = date!(2022 - 03 - 01);

/// The stance of `country` on 1 March 2022.
#[track_caller]
fn stance(country: Country) -> &'static StanceRecord {
    kb().stance(country, MARCH_1).unwrap_or_else(|| panic!("no stance for {country:?} on {MARCH_1}"))
}

/// The statement with `id`, asserting it quotes `words` verbatim and cites
/// the seed first when it comes from the seed.
#[track_caller]
fn said(id: &str, country: Country, words: &str, seed: bool) -> &'static Statement {
    let s = kb().statement(id).unwrap_or_else(|| panic!("no statement {id}"));
    assert_eq!(s.words, words, "{id}");
    assert_eq!(s.country, country, "{id}");
    assert_eq!(s.sources[0] == SEED, seed, "{id}: seed first");
    if seed {
        assert!(s.sources.len() >= 2, "{id}: the seed's quotes also cite the original report");
    }
    assert!(kb().statements(country).any(|t| t.id == id), "{id} listed under {country:?}");
    s
}

// "Belarus has sided with Russia, and have sent help in to aid Putin's forces."
#[test]
fn seed_belarus_assists_militarily() {
    let r = stance(Country::BY);
    assert_eq!(r.stance, Stance::AssistsMilitarily);
    assert_eq!(r.assessed_by, "Metro (seed article)");
    assert!(r.sources.contains(&SEED));
    assert!(r.evidence.contains(&Evidence::Statement("gb-fcdo-2022-03-01".into())));
}

// "A tweet from the official Twitter account of the Ukrainian parliament
// claimed that troops 'have entered' the region of Chernihiv".
#[test]
fn seed_rada_tweet() {
    let s = said("ua-rada-2022-03-01", Country::UA, "have entered", true);
    assert_eq!(s.about, Some(Country::BY));
    assert_eq!(s.date.to_string(), "1 Mar 2022");
    assert!(kb().statements(Country::BY).any(|t| t.id == s.id), "listed under Belarus too");
}

// "The UK has levied sanctions on a number of Belarusian officials to inflict
// 'economic pain on Putin and those closest to him.'" and "The Foreign
// Office said the Belarusian military has 'supported and enabled the Russian
// invasion of Ukraine.'"
#[test]
fn seed_uk_sanctions_on_belarus() {
    let truss =
        said("gb-truss-2022-03-01", Country::GB, "economic pain on Putin and those closest to him.", true);
    assert_eq!(truss.about, Some(Country::BY));
    let fo = said(
        "gb-fcdo-2022-03-01",
        Country::GB,
        "supported and enabled the Russian invasion of Ukraine.",
        true,
    );
    assert_eq!(fo.date.to_string(), "1 Mar 2022");
    assert_eq!(stance(Country::GB).stance, Stance::OpposesWithMeasures);
}

// "Myanmar have gone on record as calling the invasion of Ukraine 'justified.'"
// and Zaw Min Tun's words.
#[test]
fn seed_myanmar_endorses() {
    assert_eq!(stance(Country::MM).stance, Stance::Endorses);
    let s = said(
        "mm-zaw-min-tun-2022-02-25",
        Country::MM,
        "carried out what is justified for the sustainability of their country’s sovereignty. … Russia shows its position to the world as a world power,",
        true,
    );
    assert_eq!(s.speaker, "Zaw Min Tun");
    assert_eq!(s.date.to_string(), "25 Feb 2022");
}

// "Venezuela have not openly supported the invasion of Ukraine, but they have
// condemned the US ..." and the ministry's statement.
#[test]
fn seed_venezuela_sympathises() {
    assert_eq!(stance(Country::VE).stance, Stance::Sympathises);
    said(
        "ve-mfa-2022-02-24",
        Country::VE,
        "The Bolivarian Republic of Venezuela expresses its worry over the worsening of the crisis in Ukraine, and laments the mockery and violation of the Minsk accords on the part of NATO, encouraged by the United States of America,",
        true,
    );
}

// "Syria has also supported Putin's actions." and al-Assad's words.
#[test]
fn seed_syria_endorses_until_assad_fell() {
    assert_eq!(stance(Country::SY).stance, Stance::Endorses);
    let s = said(
        "sy-assad-2022-02-25",
        Country::SY,
        "hysteria … correction of history and restoration of balance which was lost in the world after the breakup of the Soviet Union.",
        true,
    );
    assert_eq!(s.speaker, "Bashar al-Assad");
    // The record ends with the fall of the government that held it.
    assert!(kb().stance(Country::SY, date!(2024 - 12 - 07)).is_some());
    assert_eq!(kb().stance(Country::SY, date!(2024 - 12 - 08)), None);
}

// "India's Prime Minister Narendra Modi to call for 'an immediate cessation
// of violence' ... Modi called for 'concerted efforts from all sides.'"
#[test]
fn seed_india_neutral() {
    let r = stance(Country::IN);
    assert_eq!(r.stance, Stance::Neutral);
    // The seed's grouping ("most have condemned") is kept as another reading.
    assert!(r.alternatives.iter().any(|a| a.sources.contains(&SEED)));
    let s = said(
        "in-modi-2022-02-24",
        Country::IN,
        "an immediate cessation of violence … concerted efforts from all sides.",
        true,
    );
    assert_eq!(s.date.to_string(), "24 Feb 2022");
}

// "China said it will not provide Moscow with military support ..." and the
// spokesperson "denied the accusation as 'disinformation'".
#[test]
fn seed_china_neutral_and_disinformation() {
    assert_eq!(stance(Country::CN).stance, Stance::Neutral);
    let s = said("cn-zhao-lijian-2022-03-14", Country::CN, "disinformation", true);
    assert_eq!(s.date.to_string(), "14 Mar 2022");
    assert!(
        kb().claims(Country::CN)
            .any(|c| c.wording == "China is often considered to be a strong ally of Russia.")
    );
}

// "Foreign Minister Yair Lapid condemned Russia's move as 'a serious violation
// of the international order', but also stressed Israel's 'deep,
// long-lasting and good relations with Russia and with Ukraine'."
#[test]
fn seed_israel_condemns() {
    assert_eq!(stance(Country::IL).stance, Stance::Condemns);
    said(
        "il-lapid-2022-02-24",
        Country::IL,
        "a serious violation of the international order … deep, long-lasting and good relations with Russia and with Ukraine",
        true,
    );
}

// "Turkey have taken something of a neutral stance." and Erdogan's words.
#[test]
fn seed_turkey_neutral_per_the_seed() {
    let r = stance(Country::TR);
    assert_eq!(r.stance, Stance::Neutral);
    assert_eq!(r.assessed_by, "Metro (seed article)");
    assert!(!r.alternatives.is_empty(), "the criteria's reading is kept beside the seed's");
    said(
        "tr-erdogan-2022-02-24",
        Country::TR,
        "heavy blow … call for a resolution of the problems between Russia and Ukraine",
        true,
    );
    let before = said(
        "tr-erdogan-2022-02-23",
        Country::TR,
        "We cannot give up on either of the countries. We have political, economic and military relations with Russia, and we also have political, economic and military relations with Ukraine,",
        true,
    );
    // Dated by the original reports, the day before the invasion.
    assert_eq!(before.date.to_string(), "23 Feb 2022");
}

// "Pakistan is another ally who have been tepid in their response" and Khan
// "the first world leader to have met with Putin after the invasion begun".
#[test]
fn seed_pakistan_tepid() {
    assert_eq!(stance(Country::PK).stance, Stance::Neutral);
    let first_leader = kb().claims(Country::PK).find(|c| c.wording.contains("first world leader")).unwrap();
    assert!(first_leader.note.as_deref().unwrap().contains("unconfirmed"));
}

#[test]
fn every_seed_claim_cites_the_seed() {
    let n = Country::iter().flat_map(|c| kb().claims(c)).filter(|c| c.sources.contains(&SEED)).count();
    assert!(n >= 35, "{n} seed claims");
    for c in [
        "touted as a potential future member",
        "tipped to join",
        "mixed relationship",
        "straightforward ally",
    ] {
        assert!(kb().facts().claims.iter().any(|x| x.wording.contains(c)), "{c}");
    }
}

#[test]
fn later_changes_are_recorded() {
    let kp = |d| kb().stance(Country::KP, d).map(|r| r.stance);
    assert_eq!(kp(date!(2022 - 02 - 27)), None);
    assert_eq!(kp(date!(2022 - 02 - 28)), Some(Stance::Sympathises));
    assert_eq!(kp(date!(2024 - 10 - 17)), Some(Stance::Sympathises));
    assert_eq!(kp(date!(2024 - 10 - 18)), Some(Stance::AssistsMilitarily));
    assert_eq!(kb().stance(Country::IR, date!(2022 - 11 - 05)).unwrap().stance, Stance::AssistsMilitarily);
    // Before its own words, Iran is placed by its abstention on ES-11/1 alone.
    let ir = kb().stance(Country::IR, date!(2022 - 11 - 04)).unwrap();
    assert_eq!((ir.stance, ir.rests_on_votes_alone()), (Stance::Neutral, true));
    assert_eq!(kb().stance(Country::IR, date!(2022 - 03 - 01)), None);
}

#[test]
fn countries_with_stance_on_the_seed_day() {
    let supportive = kb().countries_with_stance(..=Stance::Sympathises, MARCH_1);
    assert!(supportive.contains(Country::RU) || kb().stance(Country::RU, MARCH_1).is_none());
    // The seed's five, and Cuba on its government's words of 26 Feb 2022
    // ("Russia has the right to defend itself" reads as `endorses`).
    // Nicaragua's words of 21 Feb were before the invasion: they place
    // nothing, and it is placed by its abstention from 2 March 2022, then
    // on Ortega's words of April 2023.
    let want: CountrySet =
        [Country::BY, Country::MM, Country::SY, Country::VE, Country::KP, Country::CU].into_iter().collect();
    let mut third = supportive;
    third.remove(Country::RU);
    assert_eq!(third, want);
    let at_least_neutral = kb().countries_with_stance(..=Stance::Neutral, MARCH_1);
    assert!(at_least_neutral.contains(Country::IN) && at_least_neutral.contains(Country::TR));
    assert!(!at_least_neutral.contains(Country::IL));
    assert_eq!(kb().countries_with_stance(.., date!(2022 - 02 - 23)), CountrySet::EMPTY);
}

#[test]
fn words_from_before_the_invasion_place_nothing() {
    let ni = |d| kb().stance(Country::NI, d).map(|r| (r.stance, r.rests_on_votes_alone()));
    assert_eq!(ni(MARCH_1), None);
    assert_eq!(ni(date!(2022 - 03 - 02)), Some((Stance::Neutral, true)));
    assert_eq!(ni(date!(2023 - 05 - 01)), Some((Stance::Endorses, false)));
    // No record's `since` is a day before the invasion (a year or month
    // that holds it is allowed: "2022" applies from 24 February).
    for r in kb().facts().stances.iter() {
        let before = r.since.last_day() < date!(2022 - 02 - 24);
        let day_before =
            r.since.first_day() < date!(2022 - 02 - 24) && r.since.first_day() == r.since.last_day();
        assert!(!before && !day_before, "{:?} {}", r.country, r.since);
    }
}

#[test]
fn statements_are_in_date_order() {
    for c in Country::iter() {
        let dates: Vec<_> = kb().statements(c).map(|s| s.date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{c:?}");
    }
    assert!(kb().statements(Country::IN).count() >= 2);
}

#[test]
fn scale_round_trips_and_is_ordered() {
    let all: Vec<Stance> = Stance::iter().collect();
    assert_eq!(all.len(), 9);
    assert_eq!((all[0], all[8]), (Stance::Invader, Stance::Invaded));
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    for s in Stance::iter() {
        assert_eq!(s.to_string().parse::<Stance>(), Ok(s));
        assert_eq!(s.to_string().to_uppercase().replace('-', " ").parse::<Stance>(), Ok(s));
        assert!(!s.criterion().is_empty());
    }
    assert_eq!(
        "nuetral".parse::<Stance>().unwrap_err().to_string(),
        r#"unknown stance "nuetral"; did you mean neutral?"#
    );
    let far = "xyz".parse::<Stance>().unwrap_err();
    assert_eq!(far.suggestion(), None);
    assert!(far.to_string().contains("expected one of invader, assists-militarily, endorses"));
}

/// The brute-force reading of the rule: the latest record at or before
/// `day`, unless its `until` has passed.
fn brute_stance(country: Country, day: Date) -> Option<&'static StanceRecord> {
    kb().facts()
        .stances
        .iter()
        .filter(|r| r.country == country && r.since.first_day().max(date!(2022 - 02 - 24)) <= day)
        .max_by_key(|r| (r.since.first_day().max(date!(2022 - 02 - 24)), r.since))
        .filter(|r| r.until.is_none_or(|u| day < u.first_day()))
}

fn any_day() -> impl Strategy<Value = Date> {
    (2021i32..=2027, 1u16..=365).prop_map(|(y, d)| Date::from_ordinal_date(y, d).unwrap())
}

fn any_country() -> impl Strategy<Value = Country> {
    prop::sample::select(Country::iter().collect::<Vec<_>>())
}

fn any_stance() -> impl Strategy<Value = Stance> {
    prop::sample::select(Stance::iter().collect::<Vec<_>>())
}

proptest! {
    #[test]
    fn stance_is_the_latest_record(c in any_country(), day in any_day()) {
        prop_assert_eq!(kb().stance(c, day), brute_stance(c, day));
    }

    #[test]
    fn countries_with_stance_is_a_filter(a in any_stance(), b in any_stance(), day in any_day()) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let want: CountrySet = Country::iter()
            .filter(|&c| brute_stance(c, day).is_some_and(|r| (lo..=hi).contains(&r.stance)))
            .collect();
        prop_assert_eq!(kb().countries_with_stance(lo..=hi, day), want);
        let all: CountrySet = kb().stances(day).map(|r| r.country).collect();
        prop_assert_eq!(kb().countries_with_stance(.., day), all);
    }
}

/// Lowercase, with quote marks dropped and dashes and spaces made plain:
/// what "the same words" means when a page and a record differ only in
/// typography.
fn plain(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        match ch {
            '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' => {}
            '–' | '—' => out.push('-'),
            c if c.is_whitespace() => out.push(' '),
            c => out.extend(c.to_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every statement's words, each part between "…", are in the quotes of
/// its sources, unless its words are the seed article's (whose text is not
/// in the crate). One exception is documented in its note: the stored copy
/// of the Eswatini report breaks "con[…]flicts" across a page.
#[test]
fn statement_words_are_in_their_sources_quotes() {
    let mut checked = 0;
    for st in kb().facts().statements.iter() {
        if st.sources.first() == Some(&SEED) || st.id == "sz-dladla-2023-03" {
            continue;
        }
        let quotes: String = st
            .sources
            .iter()
            .filter_map(|id| kb().source(id))
            .map(|s| plain(&s.quote.clone().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(" ");
        for part in st.words.split(['…']).flat_map(|p| p.split("...")).flat_map(|p| p.split("[…]")) {
            let part = plain(part);
            let part = part.trim_matches(|c: char| c == ' ' || c == '.' || c == ',');
            assert!(
                part.is_empty() || quotes.contains(part),
                "{}: {part:?} is in no quote of its sources",
                st.id
            );
        }
        checked += 1;
    }
    assert!(checked > 200, "{checked} statements checked");
}
