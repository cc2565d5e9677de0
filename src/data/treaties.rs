//! Treaties, declarations and agreements, with their events and provisions.
//!
//! Source ids `treaty-sN` are the research notes' treaty sources; `east-sN`
//! the union notes'; `forums-sN` the SCO/BRICS notes'.

use super::{UZ_CSTO_RETURN_ANNOUNCED, ids, reading, text};
use crate::Country::*;
use crate::date::day;
use crate::treaty::{EventKind::*, Obligation::*, Term, TreatyKind};
use crate::{PartialDate, Reading, Treaty};

macro_rules! party {
    ($c:ident from $start:expr) => {
        crate::treaty::Party { country: $c, period: crate::Period::new($start, None) }
    };
    ($c:ident from $start:expr, until $end:expr) => {
        crate::treaty::Party { country: $c, period: crate::Period::new($start, Some($end)) }
    };
}

macro_rules! event {
    ($date:expr, $kind:expr, $party:expr, $note:literal, $ids:expr) => {
        crate::treaty::TreatyEvent {
            date: $date,
            kind: $kind,
            party: $party,
            note: text!($note),
            sources: ::std::borrow::Cow::Borrowed($ids),
        }
    };
}

macro_rules! provision {
    ($ob:ident, $art:expr, $binds:expr, $text:literal, $ids:expr) => {
        crate::treaty::Provision {
            obligation: $ob,
            article: match $art {
                Some(a) => Some(text!(a)),
                None => None,
            },
            binds: $binds,
            text: text!($text),
            sources: ::std::borrow::Cow::Borrowed($ids),
        }
    };
}

/// The readings both Minsk records carry: Russia's view of its role and
/// the UN's view that the agreements did not end.
const MINSK_READINGS: &[Reading] = &[
    reading!(
        "Russia says it is a guarantor of the Minsk agreements, not a party (Peskov, 13 Feb 2015 and 11 May 2017); its envoy signed them in the Trilateral Contact Group",
        None,
        ids!["treaty-s94", "treaty-s95"]
    ),
    reading!(
        "the UN spokesman said on 22 Feb 2022 that the agreements remain valid diplomatic frameworks: no end",
        None,
        ids!["treaty-s86"]
    ),
];

pub(crate) const TREATIES: &[Treaty] = &[
    Treaty {
        id: text!("cn-ru-2001"),
        name: text!(
            "Treaty of Good-Neighbourliness and Friendly Cooperation between the People's Republic of China and the Russian Federation"
        ),
        short_name: text!("China–Russia Treaty of Friendship (2001)"),
        kind: TreatyKind::Friendship,
        parties: text!(&[party!(CN from day!(2001 - 07 - 16)), party!(RU from day!(2001 - 07 - 16))]),
        signed: day!(2001 - 07 - 16),
        in_force: Some(day!(2002 - 02 - 28)),
        term: Term::AutoExtending { initial_years: 20, extension_years: 5, notice_months: 12 },
        events: text!(&[
            event!(
                day!(2021 - 03 - 22),
                Statement,
                Some(RU),
                "Lavrov: the treaty turns 20 on 28 Feb 2022 and will be automatically extended for five years under Article 25",
                ids!["treaty-s2"]
            ),
            event!(
                day!(2021 - 03 - 23),
                Statement,
                Some(CN),
                "Wang Yi: the sides agreed to extend the treaty automatically for a further five-year term",
                ids!["treaty-s5", "treaty-s19"]
            ),
            event!(
                day!(2021 - 06 - 28),
                Extended { until: None },
                None,
                "Xi and Putin issue a joint statement officially deciding to extend the treaty for five years; the seed: 'recently renewed for five more years'",
                ids!["treaty-s3", "treaty-s17", "treaty-s1", "metro-2022-russia-allies"]
            ),
            event!(
                day!(2025 - 11 - 11),
                Statement,
                Some(RU),
                "Lavrov: 'the date of July 16, 2026 will not go unexpected'; TASS and Kommersant frame 2026 as the expiry",
                ids!["treaty-s6", "treaty-s7"]
            ),
            event!(
                day!(2026 - 02 - 04),
                Statement,
                Some(RU),
                "Ushakov: the treaty 'has been automatically extended for another five years' (unclear whether this is the 2021 extension or a second one)",
                ids!["treaty-s8", "treaty-s9"]
            ),
        ]),
        provisions: text!(&[
            provision!(
                NonAggression,
                Some("Article 1"),
                None,
                "relations on the basis of the Five Principles, including mutual non-aggression",
                ids!["treaty-s13"]
            ),
            provision!(
                NonAggression,
                Some("Article 2"),
                None,
                "The contracting parties reaffirm their commitment that they will not be the first to use nuclear weapons against each other nor target strategic nuclear missiles against each other.",
                ids!["treaty-s13"]
            ),
            provision!(
                Recognition,
                Some("Article 5"),
                Some(RU),
                "The Russian side recognizes that there is only one China in the world ... and Taiwan is an integral part of China. The Russian side opposes the independence of Taiwan in any form",
                ids!["treaty-s14", "treaty-s15", "treaty-s15b", "metro-2022-russia-allies"]
            ),
            provision!(
                Consultation,
                Some("Article 9"),
                None,
                "If a situation emerges which, according to one of the agreeing sides, poses a danger to peace, violates peace or infringes on interests of its security ... the agreeing sides will immediately make contact with each other and hold consultations in order to eliminate the emerging threat",
                ids!["treaty-s14", "treaty-s1", "metro-2022-russia-allies"]
            ),
            provision!(
                MilitaryCooperation,
                None,
                None,
                "Military and military technical cooperation between the agreeing sides, carried out on the basis of the corresponding agreements, is not aimed against third countries.",
                ids!["treaty-s15", "metro-2022-russia-allies"]
            ),
        ]),
        sources: text!(ids![
            "treaty-s1",
            "treaty-s2",
            "treaty-s13",
            "treaty-s99a",
            "treaty-s99b",
            "treaty-s99c",
            "metro-2022-russia-allies"
        ]),
        note: Some(text!(
            "25 articles. Article 9 is a consultation clause, not an automatic defence obligation: Russia's deputy foreign minister Losyukov said in 2001 it stopped short of a military alliance. The article number of the military-cooperation clause was not seen in a source."
        )),
        alternatives: text!(&[reading!(
            "the 28 Feb 2002 date is called the 'ratification' by some outlets; it is the exchange of instruments (entry into force)",
            Some(day!(2002 - 02 - 28)),
            ids!["treaty-s18", "treaty-s19"]
        )]),
        end_alternatives: text!(&[
            reading!(
                "the extended term ends on 16 Jul 2026, 25 years after signature (TASS and Kommersant, 11 Nov 2025)",
                Some(day!(2026 - 07 - 16)),
                ids!["treaty-s6", "treaty-s7"]
            ),
            reading!(
                "the seed article (March 2022): 'now set to run until at least 2026'",
                Some(PartialDate::year(2026)),
                ids!["metro-2022-russia-allies"]
            ),
        ]),
    },
    Treaty {
        id: text!("in-ru-2000"),
        name: text!("Declaration on Strategic Partnership between India and the Russian Federation"),
        short_name: text!("India–Russia Strategic Partnership Declaration (2000)"),
        kind: TreatyKind::StrategicPartnership,
        parties: text!(&[party!(IN from day!(2000 - 10 - 03)), party!(RU from day!(2000 - 10 - 03))]),
        signed: day!(2000 - 10 - 03),
        in_force: Some(day!(2000 - 10 - 03)),
        term: Term::NotApplicable,
        events: text!(&[]),
        provisions: text!(&[provision!(
            NoHostileAlliance,
            None,
            None,
            "the two countries agreed not to participate in any military-political alliance, associations or armed conflict directed against each other",
            ids!["treaty-s21"]
        )]),
        sources: text!(ids!["treaty-s20", "treaty-s21", "treaty-s22", "metro-2022-russia-allies"]),
        note: Some(text!(
            "A political declaration signed in New Delhi by Vajpayee and Putin; it has no entry-into-force or term clause, so the dataset treats it as effective from signature."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("by-ru-1999"),
        name: text!("Treaty on the Creation of a Union State"),
        short_name: text!("Union State Treaty (1999)"),
        kind: TreatyKind::Union,
        parties: text!(&[party!(BY from day!(1999 - 12 - 08)), party!(RU from day!(1999 - 12 - 08))]),
        signed: day!(1999 - 12 - 08),
        in_force: Some(day!(2000 - 01 - 26)),
        term: Term::Unknown,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["treaty-s30", "treaty-s31", "treaty-s32", "treaty-s99d"]),
        note: Some(text!(
            "Signed in the Kremlin by Yeltsin and Lukashenko; in force after ratification by both parliaments. It ended the 1997 Union Charter (Article 70(1))."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("eaeu-2014"),
        name: text!("Treaty on the Eurasian Economic Union"),
        short_name: text!("EAEU Treaty (2014)"),
        kind: TreatyKind::Union,
        parties: text!(&[
            party!(BY from day!(2014 - 05 - 29)),
            party!(KZ from day!(2014 - 05 - 29)),
            party!(RU from day!(2014 - 05 - 29)),
            party!(AM from day!(2015 - 01 - 02)),
            party!(KG from day!(2015 - 08 - 06)),
        ]),
        signed: day!(2014 - 05 - 29),
        in_force: Some(day!(2015 - 01 - 01)),
        term: Term::Unknown,
        events: text!(&[
            event!(
                day!(2015 - 01 - 02),
                Joined,
                Some(AM),
                "Armenia's accession treaty (signed 10 Oct 2014 in Minsk) enters into force",
                ids!["treaty-s40", "treaty-s41"]
            ),
            event!(
                day!(2015 - 08 - 06),
                Joined,
                Some(KG),
                "Kyrgyzstan's accession treaty (signed 23 Dec 2014) enters into force",
                ids!["treaty-s42", "treaty-s41", "treaty-s44"]
            ),
        ]),
        provisions: text!(&[]),
        sources: text!(ids![
            "treaty-s40",
            "treaty-s41",
            "east-s1",
            "east-s13",
            "east-s14",
            "treaty-s96",
            "metro-2022-russia-allies"
        ]),
        note: Some(text!(
            "Signed in Astana by Belarus, Kazakhstan and Russia. The seed: the EAEU was 'first proposed by Putin in 2011' (his Izvestia article, published 4 Oct 2011); the idea of a Eurasian Union goes back to Nazarbayev's speech at Moscow State University on 29 Mar 1994."
        )),
        alternatives: text!(&[reading!(
            "Armenia's accession treaty was signed on 9 Oct 2014",
            Some(day!(2014 - 10 - 09)),
            ids!["treaty-s41", "treaty-s44"]
        )]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("cst-1992"),
        name: text!("Treaty on Collective Security"),
        short_name: text!("Collective Security Treaty (Tashkent, 1992)"),
        kind: TreatyKind::MutualDefence,
        parties: text!(&[
            party!(AM from day!(1992 - 05 - 15)),
            party!(KZ from day!(1992 - 05 - 15)),
            party!(KG from day!(1992 - 05 - 15)),
            party!(RU from day!(1992 - 05 - 15)),
            party!(TJ from day!(1992 - 05 - 15)),
            party!(UZ from day!(1992 - 05 - 15), until day!(1999 - 04 - 20)),
            party!(AZ from day!(1993 - 09 - 24), until day!(1999 - 04 - 20)),
            party!(GE from day!(1993 - 12 - 09), until day!(1999 - 04 - 20)),
            party!(BY from day!(1993 - 12 - 31)),
            party!(UZ from day!(2006 - 08 - 16), until day!(2012 - 06 - 28)),
        ]),
        signed: day!(1992 - 05 - 15),
        in_force: Some(day!(1994 - 04 - 20)),
        term: Term::Unknown,
        events: text!(&[
            event!(
                day!(1999 - 04 - 02),
                Extended { until: None },
                None,
                "Protocol on prolongation signed by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan; Azerbaijan, Georgia and Uzbekistan did not sign and left when the first term ended on 20 Apr 1999. The protocol extends the treaty from 21 Apr 1999 for five years, then automatically for further five-year periods; it entered into force on 22 Mar 2000",
                ids!["treaty-s52", "treaty-s53", "treaty-s54", "east-s19", "treaty-s97", "treaty-s98"]
            ),
            event!(
                day!(1999 - 04 - 20),
                Withdrew,
                Some(AZ),
                "left the treaty at the end of its first term",
                ids!["east-s19"]
            ),
            event!(
                day!(1999 - 04 - 20),
                Withdrew,
                Some(GE),
                "left the treaty at the end of its first term",
                ids!["east-s19"]
            ),
            event!(
                day!(1999 - 04 - 20),
                Withdrew,
                Some(UZ),
                "left the treaty at the end of its first term",
                ids!["east-s19"]
            ),
            event!(
                day!(2006 - 08 - 16),
                Joined,
                Some(UZ),
                "protocol restoring Uzbekistan's membership signed in Sochi",
                ids!["east-s23", "east-s24"]
            ),
            event!(
                day!(2012 - 06 - 28),
                Withdrew,
                Some(UZ),
                "the CSTO confirms receipt of Uzbekistan's note suspending its membership (formally suspended 19 Dec 2012)",
                ids!["east-s24", "east-s25", "east-s26"]
            ),
            event!(
                day!(2024 - 02 - 22),
                Suspended,
                Some(AM),
                "Pashinyan: Armenia has 'frozen' its participation in the CSTO; Russia says Armenia has not formally left",
                ids!["treaty-s55b", "treaty-s55", "east-s28"]
            ),
        ]),
        provisions: text!(&[
            provision!(
                NoHostileAlliance,
                Some("Article 1"),
                None,
                "The States Parties will not enter any military alliances or take part in any groupings of states as well as in actions directed against some other State Party.",
                ids!["treaty-s50"]
            ),
            provision!(
                Consultation,
                Some("Article 2"),
                None,
                "joint consultations when there is a threat to the security, territorial integrity or sovereignty of a party",
                ids!["treaty-s50"]
            ),
            provision!(
                MutualDefence,
                Some("Article 4"),
                None,
                "Если одно из государств - участников подвергнется агрессии со стороны какого - либо государства или группы государств, то это будет рассматриваться как агрессия против всех",
                ids!["treaty-s51"]
            ),
        ]),
        sources: text!(ids!["treaty-s52", "treaty-s53", "east-s17b", "east-s21"]),
        note: Some(text!(
            "Concluded for five years with the possibility of extension. The 1999 protocol extends it from 21 Apr 1999 for five years and then automatically for further five-year periods (protocol text on adilet.zan.kz). The term rule stays `Unknown` here, so the treaty counts as in force until an end event is recorded, which matches the automatic renewals. The CSTO Charter (2002) made it an organisation."
        )),
        alternatives: text!(&[
            reading!("Georgia acceded on 9 Sep 1993", Some(day!(1993 - 09 - 09)), ids!["treaty-s52"]),
            UZ_CSTO_RETURN_ANNOUNCED,
            reading!(
                "Uzbekistan's note of 20 Jun 2012 asked to suspend its membership; the Charter allows no unilateral withdrawal, and the Collective Security Council suspended it on 19 Dec 2012 (the dataset ends its party period on 28 Jun 2012, when the CSTO confirmed the note)",
                Some(day!(2012 - 12 - 19)),
                ids!["east-s24", "east-s25", "east-s26"]
            ),
        ]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("csto-charter-2002"),
        name: text!("Charter of the Collective Security Treaty Organization"),
        short_name: text!("CSTO Charter (2002)"),
        kind: TreatyKind::MutualDefence,
        parties: text!(&[
            party!(AM from day!(2002 - 10 - 07)),
            party!(BY from day!(2002 - 10 - 07)),
            party!(KZ from day!(2002 - 10 - 07)),
            party!(KG from day!(2002 - 10 - 07)),
            party!(RU from day!(2002 - 10 - 07)),
            party!(TJ from day!(2002 - 10 - 07)),
            party!(UZ from day!(2006 - 08 - 16), until day!(2012 - 06 - 28)),
        ]),
        signed: day!(2002 - 10 - 07),
        in_force: Some(day!(2003 - 09 - 18)),
        term: Term::Unknown,
        events: text!(&[event!(
            day!(2024 - 02 - 22),
            Suspended,
            Some(AM),
            "Armenia freezes its participation in the CSTO",
            ids!["treaty-s55b", "treaty-s55"]
        )]),
        provisions: text!(&[]),
        sources: text!(ids!["east-s21", "east-s23", "east-s24", "treaty-s52", "treaty-s53"]),
        note: Some(text!(
            "Signed in Chisinau. Uzbekistan's period runs from the Sochi protocol restoring its membership to the CSTO's confirmation of its note suspending it."
        )),
        alternatives: text!(&[
            UZ_CSTO_RETURN_ANNOUNCED,
            reading!(
                "Uzbekistan's membership was suspended by the Collective Security Council on 19 Dec 2012; the Charter allows no unilateral withdrawal",
                Some(day!(2012 - 12 - 19)),
                ids!["east-s25"]
            ),
        ]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("kp-ru-2024"),
        name: text!(
            "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea"
        ),
        short_name: text!("Russia–North Korea Treaty (2024)"),
        kind: TreatyKind::MutualDefence,
        parties: text!(&[party!(KP from day!(2024 - 06 - 19)), party!(RU from day!(2024 - 06 - 19))]),
        signed: day!(2024 - 06 - 19),
        in_force: Some(day!(2024 - 12 - 04)),
        term: Term::Unlimited,
        events: text!(&[
            event!(
                day!(2024 - 11 - 04),
                Statement,
                Some(RU),
                "Russia at the UN Security Council: Article 4 'will be fully implemented, if need be'",
                ids!["treaty-s66"]
            ),
            event!(
                day!(2025 - 04 - 28),
                Statement,
                Some(KP),
                "KCNA: Kim judged the Kursk situation met the conditions for applying Article 4 and sent troops",
                ids!["treaty-s64", "treaty-s65"]
            ),
        ]),
        provisions: text!(&[
            provision!(
                Consultation,
                Some("Article 3"),
                None,
                "immediate consultations on a direct threat of armed aggression",
                ids!["treaty-s62"]
            ),
            provision!(
                MutualDefence,
                Some("Article 4"),
                None,
                "military and other assistance without delay by mobilizing all means in its possession in line with Article 51 of the UN Charter",
                ids!["treaty-s62b", "treaty-s62"]
            ),
        ]),
        sources: text!(ids!["treaty-s60", "treaty-s61", "treaty-s62", "treaty-s63"]),
        note: Some(text!(
            "Signed in Pyongyang by Putin and Kim Jong Un; in force on the exchange of instruments in Moscow, when the 2000 treaty of friendship lost force. Of indefinite duration."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("ir-ru-2025"),
        name: text!(
            "Treaty on the Comprehensive Strategic Partnership between the Russian Federation and the Islamic Republic of Iran"
        ),
        short_name: text!("Russia–Iran Treaty (2025)"),
        kind: TreatyKind::StrategicPartnership,
        parties: text!(&[party!(IR from day!(2025 - 01 - 17)), party!(RU from day!(2025 - 01 - 17))]),
        signed: day!(2025 - 01 - 17),
        in_force: Some(day!(2025 - 10 - 02)),
        term: Term::AutoExtending { initial_years: 20, extension_years: 5, notice_months: 0 },
        events: text!(&[]),
        provisions: text!(&[provision!(
            Neutrality,
            Some("Article 3"),
            None,
            "if either party is attacked, the other will not give military or any other assistance to an aggressor",
            ids!["treaty-s70", "treaty-s77"]
        )]),
        sources: text!(ids!["treaty-s70", "treaty-s71", "treaty-s74", "treaty-s75"]),
        note: Some(text!(
            "47 articles; no mutual-defence clause (Rudenko: it 'does not mean the establishment of a military alliance'). In force 30 days after the last notification. The notice period for ending it was not found."
        )),
        alternatives: text!(&[reading!(
            "Iran's ambassador Kazem Jalali said that it had 'naturally entered into force' (reported by Vedomosti on 18 Jul 2025)",
            Some(day!(2025 - 07 - 18)),
            ids!["treaty-s72"]
        )]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("minsk-2014"),
        name: text!(
            "Protocol on the results of consultations of the Trilateral Contact Group (Minsk Protocol)"
        ),
        short_name: text!("Minsk Protocol (2014)"),
        kind: TreatyKind::Ceasefire,
        parties: text!(&[party!(UA from day!(2014 - 09 - 05)), party!(RU from day!(2014 - 09 - 05))]),
        signed: day!(2014 - 09 - 05),
        in_force: Some(day!(2014 - 09 - 05)),
        term: Term::NotApplicable,
        events: text!(&[
            event!(
                day!(2022 - 02 - 21),
                Statement,
                Some(RU),
                "Putin signs decrees recognising the 'DPR' and 'LPR'",
                ids!["treaty-s83", "treaty-s86"]
            ),
            event!(
                day!(2022 - 02 - 22),
                Terminated,
                Some(RU),
                "Putin: 'now the Minsk agreements do not exist'; the UN spokesman says they remain valid frameworks; no formal denunciation was found",
                ids!["treaty-s83", "treaty-s84", "treaty-s85", "treaty-s86"]
            ),
        ]),
        provisions: text!(&[provision!(
            Ceasefire,
            None,
            None,
            "the Trilateral Contact Group agreed on 5 September 2014 in Minsk on a ceasefire which entered into force the same day",
            ids!["treaty-s81b"]
        )]),
        sources: text!(ids!["treaty-s80", "treaty-s81b"]),
        note: Some(text!(
            "Signed by the Trilateral Contact Group (Ukraine, Russia, OSCE) and, without recognition of their status, by the 'DPR' and 'LPR' leaders; the OSCE and those signatories are not countries and are not listed as parties."
        )),
        alternatives: text!(MINSK_READINGS),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("minsk-2015"),
        name: text!("Package of Measures for the Implementation of the Minsk Agreements"),
        short_name: text!("Minsk II (2015)"),
        kind: TreatyKind::Ceasefire,
        parties: text!(&[party!(UA from day!(2015 - 02 - 12)), party!(RU from day!(2015 - 02 - 12)),]),
        signed: day!(2015 - 02 - 12),
        in_force: Some(day!(2015 - 02 - 15)),
        term: Term::NotApplicable,
        events: text!(&[
            event!(
                day!(2015 - 02 - 12),
                Statement,
                None,
                "the leaders of Russia, Ukraine, France and Germany adopt a declaration approving the Package of Measures and undertaking to use their influence on the parties to implement it",
                ids!["treaty-s92", "treaty-s93"]
            ),
            event!(
                day!(2015 - 02 - 17),
                Statement,
                None,
                "UN Security Council Resolution 2202 endorses the Package of Measures, unanimously",
                ids!["treaty-s81", "treaty-s82"]
            ),
            event!(
                day!(2022 - 02 - 22),
                Terminated,
                Some(RU),
                "Putin: 'now the Minsk agreements do not exist'; the UN spokesman says they remain valid frameworks; no formal denunciation was found",
                ids!["treaty-s83", "treaty-s84", "treaty-s85", "treaty-s86"]
            ),
        ]),
        provisions: text!(&[provision!(
            Ceasefire,
            None,
            None,
            "ceasefire from 00:00 on 15 February 2015",
            ids!["treaty-s81"]
        )]),
        sources: text!(ids!["treaty-s80", "treaty-s81", "treaty-s82", "metro-2022-russia-allies"]),
        note: Some(text!(
            "Signed in Minsk on 12 Feb 2015 by the signatories of the Minsk Protocol: the Trilateral Contact Group (Ukraine, Russia, OSCE) and, without recognition of their status, the 'DPR' and 'LPR' leaders; only the two states are listed as parties. France and Germany did not sign it: their leaders, with Russia's and Ukraine's, backed it the same day in the Normandy-format declaration (an event of this record), so Minsk II is no tie between France or Germany and Russia. 'In force' here is the start of the ceasefire."
        )),
        alternatives: text!(MINSK_READINGS),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("budapest-1994"),
        name: text!(
            "Memorandum on Security Assurances in connection with Ukraine's accession to the Treaty on the Non-Proliferation of Nuclear Weapons"
        ),
        short_name: text!("Budapest Memorandum (1994)"),
        kind: TreatyKind::SecurityAssurances,
        parties: text!(&[
            party!(UA from day!(1994 - 12 - 05)),
            party!(RU from day!(1994 - 12 - 05)),
            party!(GB from day!(1994 - 12 - 05)),
            party!(US from day!(1994 - 12 - 05)),
        ]),
        signed: day!(1994 - 12 - 05),
        in_force: Some(day!(1994 - 12 - 05)),
        term: Term::NotApplicable,
        events: text!(&[]),
        provisions: text!(&[
            provision!(
                TerritorialIntegrity,
                Some("para 1"),
                None,
                "respect the independence and sovereignty and the existing borders of Ukraine",
                ids!["treaty-s91"]
            ),
            provision!(
                NonAggression,
                Some("para 2"),
                None,
                "reaffirm their obligation to refrain from the threat or use of force against the territorial integrity or political independence of Ukraine",
                ids!["treaty-s91"]
            ),
        ]),
        sources: text!(ids!["treaty-s90", "treaty-s91"]),
        note: Some(text!(
            "Signed at the CSCE summit in Budapest; parallel memoranda were given to Belarus and Kazakhstan, and France and China gave separate assurances. The applicability clause was not seen in a source: the dataset treats it as effective from signature."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("new-start"),
        name: text!(
            "Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms"
        ),
        short_name: text!("New START (2010)"),
        kind: TreatyKind::ArmsControl,
        parties: text!(&[party!(US from day!(2010 - 04 - 08)), party!(RU from day!(2010 - 04 - 08))]),
        signed: day!(2010 - 04 - 08),
        in_force: Some(day!(2011 - 02 - 05)),
        term: Term::Fixed { years: 10 },
        events: text!(&[
            event!(
                day!(2021 - 02 - 03),
                Extended { until: Some(day!(2026 - 02 - 05)) },
                None,
                "the extension agreement enters into force: the treaty stays in force until 5 February 2026",
                ids!["treaty-s101"]
            ),
            event!(
                day!(2023 - 02 - 21),
                Statement,
                Some(RU),
                "Putin announces that Russia is 'suspending its participation', not withdrawing",
                ids!["treaty-s102", "treaty-s103"]
            ),
            event!(
                day!(2023 - 02 - 28),
                Suspended,
                Some(RU),
                "Putin signs the law suspending Russia's participation; the US calls it legally invalid (15 Mar 2023)",
                ids!["treaty-s102", "treaty-s103"]
            ),
            event!(
                day!(2025 - 09 - 22),
                Statement,
                Some(RU),
                "Putin offers to keep observing the central limits for one year after 5 Feb 2026 if the US does; no formal US reply",
                ids!["treaty-s104", "treaty-s105", "treaty-s107"]
            ),
            event!(
                day!(2026 - 02 - 05),
                Expired,
                None,
                "the treaty expires; Russia's foreign ministry, in a statement reported with the expiry: the parties 'are no longer bound by any obligations'",
                ids!["treaty-s106", "treaty-s107", "treaty-s108"]
            ),
        ]),
        provisions: text!(&[provision!(
            ArmsLimits,
            None,
            None,
            "1,550 deployed strategic warheads; 700 deployed ICBMs, SLBMs and heavy bombers; 800 deployed and non-deployed launchers",
            ids!["treaty-s106"]
        )]),
        sources: text!(ids!["treaty-s100", "treaty-s101", "treaty-s106"]),
        note: Some(text!(
            "Signed in Prague. Ten years with one extension of up to five years by agreement, used once."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("pk-su-1948"),
        name: text!("Exchange of notes establishing diplomatic relations between Pakistan and the USSR"),
        short_name: text!("Pakistan–USSR diplomatic relations (1948)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(PK from day!(1948 - 05 - 01)), party!(RU from day!(1948 - 05 - 01))]),
        signed: day!(1948 - 05 - 01),
        in_force: Some(day!(1948 - 05 - 01)),
        term: Term::Unlimited,
        events: text!(&[event!(
            day!(2018 - 05 - 01),
            Statement,
            None,
            "70th anniversary of diplomatic relations; the seed: Pakistan 'celebrated the 70th Anniversary of Diplomatic Relations with Russia in 2018'",
            ids!["forums-s56", "metro-2022-russia-allies"]
        )]),
        provisions: text!(&[]),
        sources: text!(ids![
            "treaty-s120",
            "treaty-s121",
            "forums-s57",
            "dipl-pk-1",
            "dipl-pk-3",
            "dipl-pk-5"
        ]),
        note: Some(text!(
            "Notes exchanged 27 Apr – 1 May 1948 with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. The Great Soviet Encyclopedia says relations were 'broken off' after the 1971 war; no other source confirms a formal break, so it is not recorded as an event."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("il-su-1948"),
        name: text!("Establishment of diplomatic relations between Israel and the USSR"),
        short_name: text!("Israel–USSR diplomatic relations (1948)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[
            party!(IL from PartialDate::month(1948, 5)),
            party!(RU from PartialDate::month(1948, 5))
        ]),
        signed: PartialDate::month(1948, 5),
        in_force: Some(PartialDate::month(1948, 5)),
        term: Term::Unlimited,
        events: text!(&[event!(
            day!(1953 - 02 - 11),
            Terminated,
            Some(RU),
            "the USSR broke off relations after the bomb at the Soviet legation in Tel Aviv",
            ids!["dipl-il-12", "dipl-il-10"]
        )]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-il-7", "dipl-il-8", "dipl-il-5", "dipl-il-11"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Sources give the month; the USSR recognised Israel de jure on 17 or 18 May 1948."
        )),
        alternatives: text!(&[reading!(
            "A TASS dossier, seen only through mirror sites, gives 26 May 1948 as the day relations were established.",
            Some(day!(1948 - 05 - 26)),
            ids!["dipl-il-9"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("il-su-1953"),
        name: text!("Resumption of diplomatic relations between Israel and the USSR"),
        short_name: text!("Israel–USSR diplomatic relations (1953)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[
            party!(IL from PartialDate::month(1953, 7)),
            party!(RU from PartialDate::month(1953, 7))
        ]),
        signed: PartialDate::month(1953, 7),
        in_force: Some(PartialDate::month(1953, 7)),
        term: Term::Unlimited,
        events: text!(&[event!(
            day!(1967 - 06 - 10),
            Terminated,
            Some(RU),
            "the USSR severed diplomatic and consular relations after the Six-Day War",
            ids!["dipl-il-14", "dipl-il-7", "dipl-il-4"]
        )]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-il-13", "dipl-il-10", "dipl-il-6"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Missions were upgraded to embassies in June 1954."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("il-su-1991"),
        name: text!("Restoration of full diplomatic relations between Israel and the USSR"),
        short_name: text!("Israel–USSR/Russia diplomatic relations (1991)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(IL from day!(1991 - 10 - 18)), party!(RU from day!(1991 - 10 - 18))]),
        signed: day!(1991 - 10 - 18),
        in_force: Some(day!(1991 - 10 - 18)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-il-1", "dipl-il-2", "dipl-il-3", "dipl-il-4", "dipl-il-15", "dipl-il-16"]),
        note: Some(text!(
            "Joint statement of David Levy and Boris Pankin in Jerusalem. Consular ties came first (a Soviet consular delegation from June 1987, full consular relations in September 1990). Russia continues the USSR's relations; the Israeli embassy dates Israel–Russia relations to December 1991."
        )),
        alternatives: text!(&[reading!(
            "The Jewish Chronicle (2011) says post-communist Russia restored full recognition in January 1992; no other source supports it.",
            Some(PartialDate::month(1992, 1)),
            ids!["dipl-il-17"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("tr-ru-1920"),
        name: text!(
            "Establishment of diplomatic relations between Soviet Russia and the Government of the Grand National Assembly of Turkey"
        ),
        short_name: text!("Türkiye–Russia diplomatic relations (1920)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(TR from day!(1920 - 06 - 03)), party!(RU from day!(1920 - 06 - 03))]),
        signed: day!(1920 - 06 - 03),
        in_force: Some(day!(1920 - 06 - 03)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-tr-1", "dipl-tr-2", "dipl-tr-4", "dipl-tr-5", "dipl-tr-6"]),
        note: Some(text!(
            "Chicherin's telegram to Mustafa Kemal proposing to establish diplomatic and consular missions, which Russia's foreign ministry calls the official start of relations. No break is recorded; Türkiye recognised the Russian Federation as the USSR's successor."
        )),
        alternatives: text!(&[reading!(
            "Turkish reporting treats Mustafa Kemal's letter to Lenin of 26 April 1920 as Turkey's recognition of Russia.",
            Some(day!(1920 - 04 - 26)),
            ids!["dipl-tr-3"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("in-su-1947"),
        name: text!("Establishment of diplomatic relations between India and the USSR"),
        short_name: text!("India–USSR diplomatic relations (1947)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(IN from day!(1947 - 04 - 13)), party!(RU from day!(1947 - 04 - 13))]),
        signed: day!(1947 - 04 - 13),
        in_force: Some(day!(1947 - 04 - 13)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-in-3", "dipl-in-5", "dipl-in-4", "dipl-in-1"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Established four months before Indian independence; both governments mark 13 April."
        )),
        alternatives: text!(&[reading!(
            "The Great Soviet Encyclopedia (1979) gives Apr. 2–7, 1947, apparently the span of the exchange of letters.",
            Some(PartialDate::month(1947, 4)),
            ids!["dipl-in-6"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("cn-su-1949"),
        name: text!(
            "Establishment of diplomatic relations between the People's Republic of China and the USSR"
        ),
        short_name: text!("China–USSR diplomatic relations (1949)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(CN from day!(1949 - 10 - 02)), party!(RU from day!(1949 - 10 - 02))]),
        signed: day!(1949 - 10 - 02),
        in_force: Some(day!(1949 - 10 - 02)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-cn-2", "dipl-cn-3", "dipl-cn-1", "dipl-cn-7", "dipl-cn-4"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Gromyko's telegram of 2 October 1949 announced the decision; Zhou Enlai replied on 3 October. A protocol of 27 December 1991 carried the relations over to Russia."
        )),
        alternatives: text!(&[reading!(
            "Some Chinese sources (CGTN, Our China Story) date the establishment to 3 October 1949, the day of Zhou Enlai's reply.",
            Some(day!(1949 - 10 - 03)),
            ids!["dipl-cn-5", "dipl-cn-6"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("ve-su-1945"),
        name: text!("Establishment of diplomatic relations between Venezuela and the USSR"),
        short_name: text!("Venezuela–USSR diplomatic relations (1945)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(VE from day!(1945 - 03 - 14)), party!(RU from day!(1945 - 03 - 14))]),
        signed: day!(1945 - 03 - 14),
        in_force: Some(day!(1945 - 03 - 14)),
        term: Term::Unlimited,
        events: text!(&[event!(
            PartialDate::month(1952, 6),
            Terminated,
            Some(RU),
            "the USSR recalled its diplomats and broke off relations; the day is unconfirmed",
            ids!["dipl-ve-3", "dipl-ve-7"]
        )]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-ve-2", "dipl-ve-4", "dipl-ve-5", "dipl-ve-6"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Notes exchanged in Washington by Andrei Gromyko and Diógenes Escalante."
        )),
        alternatives: text!(&[reading!(
            "An uncited Spanish Wikipedia copy gives 3 March 1945 for the establishment and 13 June 1952 for the break.",
            Some(day!(1945 - 03 - 03)),
            ids!["dipl-ve-8"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("ve-su-1970"),
        name: text!("Resumption of diplomatic relations between Venezuela and the USSR"),
        short_name: text!("Venezuela–USSR/Russia diplomatic relations (1970)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(VE from day!(1970 - 04 - 16)), party!(RU from day!(1970 - 04 - 16))]),
        signed: day!(1970 - 04 - 16),
        in_force: Some(day!(1970 - 04 - 16)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-ve-1"]),
        note: Some(text!(
            "A communiqué issued simultaneously in Moscow and Caracas. Russia continues the USSR's relations."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("mm-su-1948"),
        name: text!("Establishment of diplomatic relations between Burma and the USSR"),
        short_name: text!("Myanmar–USSR diplomatic relations (1948)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(MM from day!(1948 - 02 - 18)), party!(RU from day!(1948 - 02 - 18))]),
        signed: day!(1948 - 02 - 18),
        in_force: Some(day!(1948 - 02 - 18)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-mm-1", "dipl-mm-2", "dipl-mm-4", "dipl-mm-5"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Notes exchanged in London."
        )),
        alternatives: text!(&[reading!(
            "The Historical Dictionary of Burma (2014) says relations were established in 1949.",
            Some(PartialDate::year(1949)),
            ids!["dipl-mm-6"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("sy-su-1944"),
        name: text!("Establishment of diplomatic relations between Syria and the USSR"),
        short_name: text!("Syria–USSR diplomatic relations (1944)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(SY from day!(1944 - 07 - 21)), party!(RU from day!(1944 - 07 - 21))]),
        signed: day!(1944 - 07 - 21),
        in_force: Some(day!(1944 - 07 - 21)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-sy-1", "dipl-sy-3", "dipl-sy-5"]),
        note: Some(text!(
            "Established with the USSR; Russia continues the USSR's relations, so the party is recorded as Russia. Embassies opened in 1946; relations continued after the change of government in December 2024."
        )),
        alternatives: text!(&[reading!(
            "The Great Soviet Encyclopedia gives 22 July 1944.",
            Some(day!(1944 - 07 - 22)),
            ids!["dipl-sy-4"]
        ),]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("by-ru-1992"),
        name: text!("Protocol establishing diplomatic relations between Belarus and Russia"),
        short_name: text!("Belarus–Russia diplomatic relations (1992)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(BY from day!(1992 - 06 - 25)), party!(RU from day!(1992 - 06 - 25))]),
        signed: day!(1992 - 06 - 25),
        in_force: Some(day!(1992 - 06 - 25)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-by-1", "dipl-by-2"]),
        note: Some(text!("Signed in Minsk.")),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("kz-ru-1992"),
        name: text!(
            "Protocol on the exchange of plenipotentiary representations between Kazakhstan and Russia"
        ),
        short_name: text!("Kazakhstan–Russia diplomatic relations (1992)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(KZ from day!(1992 - 10 - 22)), party!(RU from day!(1992 - 10 - 22))]),
        signed: day!(1992 - 10 - 22),
        in_force: Some(day!(1992 - 10 - 22)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-kz-1", "dipl-kz-2", "dipl-kz-3"]),
        note: Some(text!("The day both countries mark as the establishment of relations.")),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("am-ru-1992"),
        name: text!("Establishment of diplomatic relations between Armenia and Russia"),
        short_name: text!("Armenia–Russia diplomatic relations (1992)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(AM from day!(1992 - 04 - 03)), party!(RU from day!(1992 - 04 - 03))]),
        signed: day!(1992 - 04 - 03),
        in_force: Some(day!(1992 - 04 - 03)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-am-1", "dipl-am-2"]),
        note: Some(text!("The day the Russian embassy marks as the establishment of relations.")),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("kg-ru-1992"),
        name: text!("Establishment of diplomatic relations between Kyrgyzstan and Russia"),
        short_name: text!("Kyrgyzstan–Russia diplomatic relations (1992)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(KG from day!(1992 - 03 - 20)), party!(RU from day!(1992 - 03 - 20))]),
        signed: day!(1992 - 03 - 20),
        in_force: Some(day!(1992 - 03 - 20)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-kg-1", "dipl-kg-2"]),
        note: Some(text!(
            "One source gives the day (a Russian foreign ministry note); the other confirms the year."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
    Treaty {
        id: text!("tj-ru-1992"),
        name: text!("Establishment of diplomatic relations between Tajikistan and Russia"),
        short_name: text!("Tajikistan–Russia diplomatic relations (1992)"),
        kind: TreatyKind::DiplomaticRelations,
        parties: text!(&[party!(TJ from day!(1992 - 04 - 08)), party!(RU from day!(1992 - 04 - 08))]),
        signed: day!(1992 - 04 - 08),
        in_force: Some(day!(1992 - 04 - 08)),
        term: Term::Unlimited,
        events: text!(&[]),
        provisions: text!(&[]),
        sources: text!(ids!["dipl-tj-1", "dipl-tj-2", "dipl-tj-3", "dipl-tj-4"]),
        note: Some(text!(
            "The day is not stated by an official text seen: it rests on the presidents' 30th-anniversary telegrams of 8 April 2022 and on copies of Wikipedia lists (unconfirmed to the day)."
        )),
        alternatives: text!(&[]),
        end_alternatives: text!(&[]),
    },
];
