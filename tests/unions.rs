//! Unions and memberships: the seed's claims, boundaries at real accession
//! and exit days, and the index against a brute-force scan.

use allegiance::{Country, CountrySet, Dataset, Role, Union};
use proptest::prelude::*;
use time::Date;
use time::macros::date;

fn kb() -> &'static Dataset {
    Dataset::embedded()
}

/// Asserts `country` is not a member of `union` the day before `day`, and
/// is one on `day` and the day after.
#[track_caller]
fn joins(country: Country, union: Union, day: Date) {
    let before = day.previous_day().unwrap();
    let after = day.next_day().unwrap();
    assert!(!kb().members(union, before).contains(country), "{country:?} in {union} on {before}");
    assert!(kb().members(union, day).contains(country), "{country:?} not in {union} on {day}");
    assert!(kb().members(union, after).contains(country), "{country:?} not in {union} on {after}");
}

/// Asserts `country` is a member the day before `day` and not on `day`
/// (half-open periods) nor the day after.
#[track_caller]
fn leaves(country: Country, union: Union, day: Date) {
    let before = day.previous_day().unwrap();
    let after = day.next_day().unwrap();
    assert!(kb().members(union, before).contains(country), "{country:?} not in {union} on {before}");
    assert!(!kb().members(union, day).contains(country), "{country:?} still in {union} on {day}");
    assert!(!kb().members(union, after).contains(country), "{country:?} still in {union} on {after}");
}

#[test]
fn boundaries_at_real_events() {
    joins(Country::SE, Union::Nato, date!(2024 - 03 - 07));
    joins(Country::FI, Union::Nato, date!(2023 - 04 - 04));
    joins(Country::DE, Union::Nato, date!(1955 - 05 - 06));
    joins(Country::IR, Union::Brics, date!(2024 - 01 - 01));
    joins(Country::ID, Union::Brics, date!(2025 - 01 - 06));
    joins(Country::BY, Union::Sco, date!(2024 - 07 - 04));
    joins(Country::IN, Union::Sco, date!(2017 - 06 - 09));
    joins(Country::HR, Union::Eu, date!(2013 - 07 - 01));
    leaves(Country::GB, Union::Eu, date!(2020 - 02 - 01));
    // The Hague Declaration was issued on the night of 24 Mar 2014.
    leaves(Country::RU, Union::G7, date!(2014 - 03 - 25));
}

#[test]
fn nato_has_32_members_after_sweden() {
    assert_eq!(kb().members(Union::Nato, date!(2024 - 03 - 07)).len(), 32);
    assert_eq!(kb().members(Union::Nato, date!(2024 - 03 - 06)).len(), 31);
    assert_eq!(kb().members(Union::Nato, date!(1949 - 04 - 04)).len(), 12);
}

#[test]
fn eu_has_27_members_after_brexit_and_28_before() {
    assert_eq!(kb().members(Union::Eu, date!(2020 - 01 - 31)).len(), 28);
    assert_eq!(kb().members(Union::Eu, date!(2020 - 02 - 01)).len(), 27);
}

#[test]
fn brics_enlargement_and_the_saudi_reading() {
    let d = date!(2024 - 06 - 01);
    let brics = kb().members(Union::Brics, d);
    let expected = CountrySet::from([
        Country::BR,
        Country::RU,
        Country::IN,
        Country::CN,
        Country::ZA,
        Country::EG,
        Country::ET,
        Country::IR,
        Country::AE,
    ]);
    assert_eq!(brics, expected);
    assert_eq!(kb().role(Country::SA, Union::Brics, d), Some(Role::Invitee));
    let sa = kb().history(Country::SA, Union::Brics).next().unwrap();
    assert!(!sa.alternatives.is_empty(), "the disputed member reading is recorded");
    assert_eq!(kb().role(Country::BY, Union::Brics, date!(2025 - 01 - 01)), Some(Role::Partner));
}

#[test]
fn unions_of_lists_each_role() {
    let uz: Vec<_> = kb().unions_of(Country::BY, date!(2025 - 02 - 01)).collect();
    assert!(uz.contains(&(Union::Sco, Role::Member)));
    assert!(uz.contains(&(Union::Brics, Role::Partner)));
}

#[test]
fn embedded_dataset_is_valid() {
    if let Err(e) = kb().validate() {
        panic!("{e}");
    }
}

fn any_union() -> impl Strategy<Value = Union> {
    (0..Union::ALL.len()).prop_map(|i| Union::ALL[i])
}

fn any_day() -> impl Strategy<Value = Date> {
    (1940i32..2030, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::from_calendar_date(y, m.try_into().unwrap(), d).unwrap())
}

proptest! {
    /// `members` is exactly the set whose member (or frozen) periods contain the day.
    #[test]
    fn members_equals_brute_force(u in any_union(), d in any_day()) {
        let brute: CountrySet = kb()
            .memberships()
            .iter()
            .filter(|m| m.union == u && m.role.is_member() && m.period.contains(d))
            .map(|m| m.country)
            .collect();
        prop_assert_eq!(kb().members(u, d), brute);
    }

    /// `role` agrees with the records and with `members` / `observers`.
    #[test]
    fn role_agrees_with_records(u in any_union(), d in any_day(), i in 0usize..250) {
        let c = Country::ALL[i % Country::COUNT];
        let brute = kb().memberships().iter().find(|m| m.union == u && m.country == c && m.period.contains(d)).map(|m| m.role);
        prop_assert_eq!(kb().role(c, u, d), brute);
        prop_assert_eq!(kb().members(u, d).contains(c), brute.is_some_and(Role::is_member));
        prop_assert_eq!(kb().observers(u, d).contains(c), brute == Some(Role::Observer));
    }
}

#[test]
fn no_country_has_overlapping_periods_in_one_union() {
    for u in Union::iter() {
        for c in Country::iter() {
            let h: Vec<_> = kb().history(c, u).collect();
            for (i, a) in h.iter().enumerate() {
                for b in &h[i + 1..] {
                    assert!(!a.period.overlaps(&b.period), "{c:?} {u}: {} / {}", a.period, b.period);
                }
                assert!(a.period.is_well_formed());
            }
            assert!(h.windows(2).all(|w| w[0].period.start <= w[1].period.start), "history in date order");
        }
    }
}

#[test]
fn founding_treaties_resolve() {
    for u in Union::iter() {
        if let Some(id) = u.founding_treaty() {
            assert!(kb().treaty(id).is_some(), "{u}: {id}");
        }
    }
}

/// "The EAEU is a political and economic union first proposed by Putin in 2011 and signed
/// into being by initial member states Belarus and Kazakhstan alongside Russia."
#[test]
fn seed_eaeu_proposed_2011_founded_by_belarus_kazakhstan_and_russia() {
    let founders = CountrySet::from([Country::BY, Country::KZ, Country::RU]);
    assert_eq!(kb().members(Union::Eaeu, date!(2015 - 01 - 01)), founders);
    assert_eq!(kb().members(Union::Eaeu, date!(2014 - 12 - 31)), CountrySet::EMPTY);
    let t = kb().treaty(Union::Eaeu.founding_treaty().unwrap()).unwrap();
    assert_eq!(t.parties_at(date!(2014 - 05 - 29)), founders);
    assert!(t.note.as_deref().unwrap().contains("first proposed by Putin in 2011"));
    assert!(t.sources.contains(&allegiance::SEED));
}

/// "Armenia (a long term ally of Russia) and Kyrgyzstan were welcomed into the union in 2015."
#[test]
fn seed_armenia_and_kyrgyzstan_joined_in_2015() {
    for c in [Country::AM, Country::KG] {
        let h: Vec<_> = kb().history(c, Union::Eaeu).collect();
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].period.start.year_number(), 2015);
        assert_eq!(h[0].role, Role::Member);
    }
    joins(Country::AM, Union::Eaeu, date!(2015 - 01 - 02));
    joins(Country::KG, Union::Eaeu, date!(2015 - 08 - 06));
}

/// "A number of other countries have also been tipped to join in the future, including Cuba and
/// Uzbekistan." Both are observer states; "Tajikistan has been touted as a potential future
/// member" is a claim of the article, not a role.
#[test]
fn seed_cuba_and_uzbekistan_are_observers_tajikistan_has_no_role() {
    let d = date!(2022 - 03 - 01);
    assert_eq!(kb().role(Country::CU, Union::Eaeu, d), Some(Role::Observer));
    assert_eq!(kb().role(Country::UZ, Union::Eaeu, d), Some(Role::Observer));
    assert_eq!(kb().role(Country::TJ, Union::Eaeu, d), None);
    assert_eq!(kb().role(Country::UZ, Union::Eaeu, date!(2020 - 12 - 10)), None);
    assert_eq!(kb().role(Country::UZ, Union::Eaeu, date!(2020 - 12 - 11)), Some(Role::Observer));
}

#[test]
fn armenia_froze_its_csto_participation_but_is_still_a_member() {
    assert_eq!(kb().role(Country::AM, Union::Csto, date!(2024 - 02 - 21)), Some(Role::Member));
    assert_eq!(kb().role(Country::AM, Union::Csto, date!(2024 - 02 - 22)), Some(Role::Frozen));
    assert!(kb().members(Union::Csto, date!(2026 - 11 - 28)).contains(Country::AM));
    assert!(!kb().members(Union::Csto, date!(2026 - 11 - 28)).contains(Country::UZ));
}

#[test]
fn every_union_has_a_sourced_founding() {
    for u in Union::iter() {
        let f = kb().founding(u).unwrap_or_else(|| panic!("{u}: no founding"));
        assert!(!f.sources.is_empty(), "{u}");
        // No member before the founding.
        let before = f.date.first_day().previous_day().unwrap();
        assert!(kb().members(u, before).is_empty(), "{u} has members before its founding {}", f.date);
    }
    assert_eq!(kb().founding(Union::Csto).unwrap().date.to_string(), "15 May 1992");
    assert_eq!(kb().founding(Union::UnionState).unwrap().treaty.map(|t| &*t.id), Some("by-ru-1999"));
}

/// Regressions from the membership audit of 2026-11-29
/// (`src/data/notes/audit-memberships-2026-11-29.md`).
#[test]
fn audit_azerbaijan_joined_the_cis_in_1993_not_1991() {
    // Signed at Alma-Ata, but the legislature refused to ratify (Oct 1992);
    // the CIS heads of state decided its accession on 24 Sep 1993.
    assert_eq!(kb().role(Country::AZ, Union::Cis, date!(1992 - 06 - 01)), Some(Role::Participant));
    assert!(!kb().members(Union::Cis, date!(1993 - 09 - 23)).contains(Country::AZ));
    joins(Country::AZ, Union::Cis, date!(1993 - 09 - 24));
}

#[test]
fn audit_uzbekistan_was_a_frozen_csto_member_until_its_suspension() {
    // The Charter allows no unilateral withdrawal: between the note and the
    // Collective Security Council's decision Uzbekistan was a member in law.
    assert_eq!(kb().role(Country::UZ, Union::Csto, date!(2012 - 06 - 27)), Some(Role::Member));
    assert_eq!(kb().role(Country::UZ, Union::Csto, date!(2012 - 06 - 28)), Some(Role::Frozen));
    leaves(Country::UZ, Union::Csto, date!(2012 - 12 - 19));
}

#[test]
fn audit_sco_observers_became_partners_at_tianjin() {
    for c in [Country::MN, Country::AF] {
        assert_eq!(kb().role(c, Union::Sco, date!(2025 - 08 - 31)), Some(Role::Observer), "{c:?}");
        assert_eq!(kb().role(c, Union::Sco, date!(2025 - 09 - 01)), Some(Role::Partner), "{c:?}");
    }
    assert!(kb().with_role(Union::Sco, Role::Observer, date!(2025 - 09 - 01)).is_empty());
}

#[test]
fn audit_belarus_and_sri_lanka_became_sco_dialogue_partners_in_june_2009() {
    // The Yekaterinburg summit (15-16 Jun 2009) decided it; "since 2010" is
    // kept as a reading.
    for c in [Country::BY, Country::LK] {
        assert_eq!(kb().role(c, Union::Sco, date!(2009 - 05 - 31)), None, "{c:?}");
        assert_eq!(kb().role(c, Union::Sco, date!(2009 - 07 - 01)), Some(Role::Partner), "{c:?}");
    }
    assert_eq!(kb().role(Country::LK, Union::Sco, date!(2026 - 11 - 28)), Some(Role::Partner));
}

/// TASS, 1 Sep 2025 (`forums-s20b`): before the Tianjin summit the SCO had
/// two observers and 14 dialogue partners; after it, 17 partners.
#[test]
fn sco_observers_and_partners_around_tianjin_match_tass() {
    use Country::*;
    let before = date!(2025 - 08 - 31);
    let partners: CountrySet = [AZ, AM, BH, EG, KH, QA, KW, MV, MM, NP, AE, SA, TR, LK].into_iter().collect();
    assert_eq!(kb().with_role(Union::Sco, Role::Observer, before), [AF, MN].into_iter().collect());
    assert_eq!(kb().with_role(Union::Sco, Role::Partner, before), partners);
    let after = kb().with_role(Union::Sco, Role::Partner, date!(2025 - 09 - 01));
    assert_eq!(after, partners | [AF, MN, LA].into_iter().collect::<CountrySet>());
    assert_eq!(after.len(), 17);
}

#[test]
fn audit_moldova_froze_its_cis_participation_but_is_still_a_member() {
    // Same rule as Armenia in the CSTO: frozen from the government's dated
    // statement, still a member in law.
    assert_eq!(kb().role(Country::MD, Union::Cis, date!(2026 - 01 - 18)), Some(Role::Member));
    assert_eq!(kb().role(Country::MD, Union::Cis, date!(2026 - 01 - 19)), Some(Role::Frozen));
    assert!(kb().members(Union::Cis, date!(2026 - 11 - 28)).contains(Country::MD));
}

/// The 13 countries invited at Kazan (23 Oct 2024) to be BRICS partners:
/// invitees until each became a partner (`notes/brics_kazan.md`).
#[test]
fn brics_kazan_invitees_become_partners() {
    use Country::*;
    let kazan: CountrySet = [DZ, BY, BO, CU, ID, KZ, MY, NG, TH, TR, UG, UZ, VN].into_iter().collect();
    let invited = kb().with_role(Union::Brics, Role::Invitee, date!(2024 - 11 - 01));
    assert_eq!(invited - [SA].into_iter().collect::<CountrySet>(), kazan);
    assert!(
        kb().with_role(Union::Brics, Role::Invitee, date!(2024 - 10 - 22)).intersection(kazan).is_empty()
    );
    let day = date!(2025 - 01 - 02);
    for c in [BY, BO, CU, ID, KZ, MY, TH, UG, UZ] {
        assert_eq!(kb().role(c, Union::Brics, day), Some(Role::Partner), "{c:?}");
    }
    assert_eq!(kb().role(NG, Union::Brics, date!(2025 - 01 - 16)), Some(Role::Invitee));
    assert_eq!(kb().role(NG, Union::Brics, date!(2025 - 01 - 17)), Some(Role::Partner));
    assert_eq!(kb().role(VN, Union::Brics, date!(2025 - 06 - 13)), Some(Role::Partner));
    assert_eq!(kb().role(TR, Union::Brics, date!(2026 - 11 - 28)), Some(Role::Invitee));
}

/// The UN: on the as-of date its members are exactly the 193 countries the
/// country table calls Member States, and its observers the Holy See and
/// Palestine.
#[test]
fn un_members_today_are_the_193_member_states() {
    let kb = Dataset::embedded();
    let today = kb.as_of().first_day();
    let members = kb.members(Union::Un, today);
    let want: allegiance::CountrySet = Country::iter().filter(|c| c.is_un_member()).collect();
    assert_eq!(members.len(), 193);
    assert_eq!(members, want, "missing {:?}, extra {:?}", want - members, members - want);
    let observers = kb.with_role(Union::Un, Role::Observer, today);
    assert_eq!(observers, allegiance::CountrySet::from([Country::VA, Country::PS]));
    // Every membership record cites a source and is dated.
    for m in kb.memberships().iter().filter(|m| m.union == Union::Un) {
        assert!(!m.sources.is_empty(), "{m:?}");
    }
}

/// China's seat: the Republic of China until 25 Oct 1971 (GA res. 2758),
/// the People's Republic from that day.
#[test]
fn un_china_seat_passes_on_25_october_1971() {
    let kb = Dataset::embedded();
    let un = |c, d| kb.role(c, Union::Un, d);
    assert_eq!(un(Country::TW, date!(1971 - 10 - 24)), Some(Role::Member));
    assert_eq!(un(Country::CN, date!(1971 - 10 - 24)), None);
    assert_eq!(un(Country::TW, date!(1971 - 10 - 25)), None);
    assert_eq!(un(Country::CN, date!(1971 - 10 - 25)), Some(Role::Member));
}

/// Indonesia's withdrawal (20 Jan 1965 to 28 Sep 1966) and Syria's years
/// in the United Arab Republic (21 Feb 1958 to 13 Oct 1961).
#[test]
fn un_gaps_of_indonesia_and_syria() {
    let kb = Dataset::embedded();
    let un = |c, d| kb.role(c, Union::Un, d).is_some();
    assert!(un(Country::ID, date!(1965 - 01 - 19)) && !un(Country::ID, date!(1965 - 01 - 20)));
    assert!(!un(Country::ID, date!(1966 - 09 - 27)) && un(Country::ID, date!(1966 - 09 - 28)));
    assert!(un(Country::SY, date!(1958 - 02 - 20)) && !un(Country::SY, date!(1958 - 02 - 21)));
    assert!(!un(Country::SY, date!(1961 - 10 - 12)) && un(Country::SY, date!(1961 - 10 - 13)));
    assert!(un(Country::EG, date!(1960 - 01 - 01)), "the UAR's seat is filed under Egypt");
    // Dates as the UN rosters give them: Australia on 1 Nov 1945, not 24 Oct.
    assert!(!un(Country::AU, date!(1945 - 10 - 31)) && un(Country::AU, date!(1945 - 11 - 01)));
    // Saint Lucia: only the month is confirmed.
    let lc = kb.history(Country::LC, Union::Un).next().unwrap();
    assert_eq!(lc.period.start.to_string(), "Sep 1979");
}

/// UN membership binds no two states: no tie, no ally.
#[test]
fn un_membership_makes_no_tie() {
    let kb = Dataset::embedded();
    let day = date!(2022 - 03 - 01);
    assert!(kb.relation(Country::JP, Country::BO, day).ties.is_empty());
    for a in &kb.allies(Country::RU, day) {
        for t in a.ties {
            assert!(!matches!(t.via, allegiance::Via::Union { union: Union::Un, .. }), "{t}");
        }
    }
    assert_eq!(Union::Un.kind(), allegiance::UnionKind::Universal);
    // The coverage says what is not recorded.
    let scope = kb.coverage().iter().find(|s| s.union == Some(Union::Un)).expect("declared");
    assert!(scope.rule.contains("Democratic Yemen's is not recorded"));
    assert!(scope.countries.is_some_and(|c| !c.contains(Country::YD) && c.contains(Country::YE)));
    assert!(matches!(
        kb.covers_union(Union::Un, Country::YD, date!(1980 - 01 - 01)),
        allegiance::Covered::No { .. }
    ));
}
