//! UN General Assembly roll calls: ES-11/1 in full, the other resolutions'
//! totals, lookups, and agreement's invariants.

use allegiance::{Country, Dataset, Tally, UnStatus, Vote};
use proptest::prelude::*;
use strum::IntoEnumIterator;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

const ES_11_1: &str = "A/RES/ES-11/1";

#[test]
fn es_11_1_totals_and_the_five_no_votes() {
    let r = kb().resolution(ES_11_1).unwrap();
    assert_eq!(r.date.to_string(), "2 Mar 2022");
    assert!(r.complete);
    let want = Tally { yes: 141, no: 5, abstain: 35, not_voting: 12 };
    assert_eq!(r.totals, want);
    assert_eq!(r.counted(), want);
    let no: Vec<Country> = r.votes.iter().filter(|&&(_, v)| v == Vote::No).map(|&(c, _)| c).collect();
    assert_eq!(no, [Country::BY, Country::ER, Country::KP, Country::RU, Country::SY]);
}

#[test]
fn es_11_1_every_member_exactly_once() {
    let r = kb().resolution(ES_11_1).unwrap();
    for c in Country::iter() {
        let n = r.votes.iter().filter(|&&(x, _)| x == c).count();
        let member = c.un_status() == UnStatus::Member;
        assert_eq!(n, usize::from(member), "{c:?}");
        assert_eq!(kb().vote(ES_11_1, c).is_some(), member, "{c:?}");
    }
}

#[test]
fn seed_countries_votes_on_es_11_1() {
    let v = |c| kb().vote(ES_11_1, c);
    assert_eq!(v(Country::IN), Some(Vote::Abstain));
    assert_eq!(v(Country::CN), Some(Vote::Abstain));
    assert_eq!(v(Country::PK), Some(Vote::Abstain));
    assert_eq!(v(Country::TR), Some(Vote::Yes));
    assert_eq!(v(Country::IL), Some(Vote::Yes));
    assert_eq!(v(Country::MM), Some(Vote::Yes)); // the elected government's envoy
    assert_eq!(v(Country::VE), Some(Vote::NotVoting));
    assert_eq!(v(Country::UZ), Some(Vote::NotVoting));
    assert_eq!(v(Country::AM), Some(Vote::Abstain));
    assert_eq!(v(Country::TW), None);
    assert_eq!(v(Country::PS), None, "an observer state casts no vote");
}

#[test]
fn other_resolutions() {
    let t = |s| kb().tally(s).unwrap();
    assert_eq!(t("A/RES/ES-11/4"), Tally { yes: 143, no: 5, abstain: 35, not_voting: 10 });
    assert_eq!(t("A/RES/ES-11/6"), Tally { yes: 141, no: 7, abstain: 32, not_voting: 13 });
    assert_eq!(t("A/RES/68/262"), Tally { yes: 100, no: 11, abstain: 58, not_voting: 24 });
    let es4 = kb().resolution("A/RES/ES-11/4").unwrap();
    assert!(!es4.complete);
    assert_eq!(es4.votes.len(), 91);
    assert_eq!(kb().vote("A/RES/ES-11/4", Country::NI), Some(Vote::No));
    assert_eq!(kb().vote("A/RES/ES-11/4", Country::FR), None, "not sourced, so not recorded");
    for r in kb().resolutions() {
        if r.complete {
            assert_eq!(r.counted(), r.totals, "{}", r.symbol);
            let members = if r.organ == allegiance::Organ::SecurityCouncil { 15 } else { 193 };
            assert_eq!(r.votes.len(), members, "{}", r.symbol);
        }
    }
    assert_eq!(kb().vote("A/RES/68/262", Country::AM), Some(Vote::No));
}

#[test]
fn forgiving_symbols_and_clear_errors() {
    assert_eq!(kb().resolution("es-11/1").map(|r| &*r.symbol), Some(ES_11_1));
    assert_eq!(kb().vote(" ES-11/1 ", Country::BY), Some(Vote::No));
    let err = kb().tally("A/RES/ES-11/9").unwrap_err();
    assert_eq!(err.input(), "A/RES/ES-11/9");
    assert_eq!(err.suggestion(), Some("A/RES/ES-11/1"));
    assert_eq!(
        err.to_string(),
        r#"no resolution "A/RES/ES-11/9" in the dataset; did you mean "A/RES/ES-11/1"?"#
    );
    assert_eq!(kb().tally("nonsense").unwrap_err().suggestion(), None);
    assert!(kb().agreement(Country::CN, Country::IN, &["A/RES/ES-11/1", "bogus"]).is_err());
}

#[test]
fn vote_display_and_agreement_convention() {
    let names: Vec<String> = Vote::iter().map(|v| v.to_string()).collect();
    assert_eq!(names, ["yes", "no", "abstain", "did not vote"]);
    assert_eq!(Vote::Yes.agreement(Vote::Yes), Some(1.0));
    assert_eq!(Vote::Yes.agreement(Vote::Abstain), Some(0.5));
    assert_eq!(Vote::No.agreement(Vote::Yes), Some(0.0));
    assert_eq!(Vote::NotVoting.agreement(Vote::Yes), None);
    let a = kb().agreement(Country::RU, Country::BY, &[ES_11_1, "A/RES/ES-11/6", "A/RES/68/262"]).unwrap();
    assert_eq!((a.compared, a.share()), (3, Some(1.0)));
    let a = kb().agreement(Country::RU, Country::UA, &[ES_11_1]).unwrap();
    assert_eq!((a.compared, a.share()), (1, Some(0.0)));
    let a = kb().agreement(Country::RU, Country::IN, &[ES_11_1]).unwrap();
    assert_eq!(a.share(), Some(0.5));
    let none = kb().agreement(Country::RU, Country::VE, &[ES_11_1]).unwrap();
    assert_eq!((none.compared, none.share()), (0, None));
}

fn any_country() -> impl Strategy<Value = Country> {
    prop::sample::select(Country::iter().collect::<Vec<_>>())
}

proptest! {
    #[test]
    fn agreement_is_symmetric_and_a_share(a in any_country(), b in any_country(), pick in prop::collection::vec(0usize..4, 0..8)) {
        let all: Vec<&str> = kb().resolutions().iter().map(|r| &*r.symbol).collect();
        let symbols: Vec<&str> = pick.iter().map(|&k| all[k % all.len()]).collect();
        let ab = kb().agreement(a, b, &symbols).unwrap();
        let ba = kb().agreement(b, a, &symbols).unwrap();
        prop_assert_eq!(ab, ba);
        prop_assert!(ab.compared as usize <= symbols.len());
        if let Some(s) = ab.share() {
            prop_assert!((0.0..=1.0).contains(&s));
        }
        if a == b && ab.compared > 0 {
            prop_assert_eq!(ab.share(), Some(1.0));
        }
    }

    #[test]
    fn vote_agrees_with_the_roll_call(c in any_country(), k in 0usize..4) {
        let r = &kb().resolutions()[k % kb().resolutions().len()];
        let want = r.votes.iter().find(|&&(x, _)| x == c).map(|&(_, v)| v);
        prop_assert_eq!(kb().vote(&r.symbol, c), want);
        prop_assert_eq!(r.vote_of(c), want);
    }
}

#[test]
fn roll_calls_of_2020_to_2025_known_in_part_say_so() {
    // ES-11/5 (14 Nov 2022, reparation): 94–14–73 by UN press release
    // GA/12470; the fourteen No votes as three sources name them.
    let r = kb().resolution("A/RES/ES-11/5").unwrap();
    assert_eq!(r.totals, Tally { yes: 94, no: 14, abstain: 73, not_voting: 12 });
    assert!(!r.complete);
    let mut no: Vec<&str> =
        r.votes.iter().filter(|&&(_, v)| v == Vote::No).map(|&(c, _)| c.alpha2()).collect();
    no.sort_unstable();
    assert_eq!(no, ["BS", "BY", "CF", "CN", "CU", "ER", "ET", "IR", "KP", "ML", "NI", "RU", "SY", "ZW"]);
    // The annual Crimea human-rights resolution of 2020: 23 No votes named.
    let crimea = kb().resolution("A/RES/75/192").unwrap();
    assert_eq!(crimea.totals.no, 23);
    assert_eq!(crimea.counted().no, 23);
    assert_eq!(kb().vote("A/RES/75/192", Country::RU), Some(Vote::No));
    // A roll call known by its draft symbol only says so.
    let children = kb().resolution("A/ES-11/L.16/Rev.1").unwrap();
    assert!(children.note.as_deref().unwrap().starts_with("Recorded under its draft symbol"));
    // Every incomplete roll call's recorded votes fit within its totals.
    for r in kb().resolutions().iter().filter(|r| !r.complete) {
        let (c, t) = (r.counted(), r.totals);
        assert!(
            c.yes <= t.yes && c.no <= t.no && c.abstain <= t.abstain && c.not_voting <= t.not_voting,
            "{}",
            r.symbol
        );
        assert!(r.votes.len() < 193, "{}", r.symbol);
    }
}

/// The Security Council's votes on the war: two drafts vetoed by Russia,
/// the procedural resolution 2623 (2022) it could not veto, and resolution
/// 2774 (2025); looked up by symbol, never part of the Assembly's agreement.
#[test]
fn council_votes_record_the_vetoes_and_stay_out_of_the_assemblys_agreement() {
    use allegiance::Organ;
    let kb = kb();
    let draft = kb.resolution("S/2022/155").unwrap();
    assert_eq!(draft.organ, Organ::SecurityCouncil);
    assert!(!draft.adopted && draft.complete);
    assert_eq!((draft.votes.len(), draft.counted()), (15, draft.totals));
    assert_eq!(draft.vetoed_by(), Country::RU.into());
    assert_eq!(kb.vote("S/2022/155", Country::IN), Some(Vote::Abstain));
    assert_eq!(kb.vote("S/2022/155", Country::DE), None, "not on the Council");
    // 2623 passed over Russia's no: a procedural decision.
    let r2623 = kb.resolution("S/RES/2623 (2022)").unwrap();
    assert!(r2623.adopted && !r2623.complete && r2623.vetoed_by().is_empty());
    assert_eq!(r2623.vote_of(Country::RU), Some(Vote::No));
    // 2774 (2025): the United States with Russia and China, the Europeans
    // abstaining.
    let r2774 = kb.resolution("S/RES/2774 (2025)").unwrap();
    assert_eq!((r2774.vote_of(Country::US), r2774.vote_of(Country::RU)), (Some(Vote::Yes), Some(Vote::Yes)));
    assert_eq!(r2774.vote_of(Country::FR), Some(Vote::Abstain));
    let vetoed: Vec<&str> = kb.vetoes(Country::RU).map(|r| &*r.symbol).collect();
    assert_eq!(vetoed, ["S/2022/155", "S/2022/720"]);
    assert_eq!(kb.vetoes(Country::US).count(), 0);
    assert_eq!(kb.council_votes().count(), 4);
    // The Assembly's agreement of the year is the same without them.
    let mut facts = kb.facts().clone();
    facts.resolutions.to_mut().retain(|r| r.organ == Organ::GeneralAssembly);
    let ga = Dataset::from_facts(facts).unwrap();
    let un = |d: &Dataset| -> Vec<Option<u32>> {
        d.dyad_years(allegiance::StateList::Cow, 2022..=2025, false).map(|r| r.un_votes()).collect()
    };
    let (with, without) = (un(kb), un(&ga));
    assert_eq!(with, without);
    assert!(with.iter().any(|v| v.is_some_and(|n| n > 0)), "the years compare some roll calls");
}

/// A Council record holds at most fifteen votes; an Assembly record is an
/// adopted resolution.
#[test]
fn council_records_are_checked() {
    let mut facts = kb().facts().clone();
    let i = facts.resolutions.iter().position(|r| r.symbol == "S/2022/155").unwrap();
    facts.resolutions.to_mut()[i].totals.yes = 12;
    let j = facts.resolutions.iter().position(|r| r.symbol == ES_11_1).unwrap();
    facts.resolutions.to_mut()[j].adopted = false;
    let err = Dataset::from_facts(facts).unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&format!("resolutions[{i}].totals").as_str()), "{err}");
    assert!(paths.contains(&format!("resolutions[{j}].adopted").as_str()), "{err}");
}
