//! Statements, stance records and the seed article's claims.
//!
//! Source ids `stance-sN` are the research notes' sources (`notes/stances.md`),
//! `vote-sN` the UN vote notes'. Statements quoted in the seed give the seed's
//! words verbatim (fragments the article quotes separately are joined with
//! " … ") and cite the seed first, then the original report; other
//! renderings are `alternatives`.

use super::sources::SEED_ID;
use super::{ids, reading, text};
use crate::Country::*;
use crate::date::day;
use crate::stance::Evidence::{Measure, Statement as Said, Vote};
use crate::{Claim, PartialDate, Stance, StanceRecord, Statement};

macro_rules! statement {
    (
        $id:literal, $c:ident, about $about:expr, $speaker:literal, $office:literal, $date:expr,
        $words:literal, [$($src:expr),* $(,)?], $note:expr, [$($alt:expr),* $(,)?] $(,)?
    ) => {
        Statement {
            id: text!($id),
            country: $c,
            about: $about,
            speaker: text!($speaker),
            office: text!($office),
            date: $date,
            words: text!($words),
            sources: text!(ids![$($src),*]),
            note: super::opt_text($note),
            alternatives: text!(&[$($alt),*]),
        }
    };
}

const M22: PartialDate = PartialDate::month(2022, 3);
const METRO: &str = "Metro (seed article)";
const CRITERIA: &str = "allegiance, by the scale's criteria";

pub(crate) const STATEMENTS: &[Statement] = &[
    statement!(
        "in-modi-2022-02-24", IN, about None, "Narendra Modi", "Prime Minister of India", day!(2022 - 02 - 24),
        "an immediate cessation of violence … concerted efforts from all sides.",
        [SEED_ID, "stance-s07", "stance-s06"],
        Some("In a phone call with Vladimir Putin on the evening of 24 February 2022; the words are from the Prime Minister's Office release."),
        [reading!(
            "The Prime Minister's Office release: \"Prime Minister appealed for an immediate cessation of violence and called for concerted efforts from all sides to return to the path of diplomatic negotiations and dialogue.\"",
            Some(day!(2022 - 02 - 24)),
            ids!["stance-s07", "stance-s06"]
        )],
    ),
    statement!(
        "pk-khan-2022-02-24", PK, about None, "Prime Minister's Office of Pakistan", "Office of Prime Minister Imran Khan", day!(2022 - 02 - 24),
        "The Prime Minister has expressed regret over the recent situation between Russia and Ukraine and said that Pakistan hoped that diplomacy could avert a military confrontation,",
        ["stance-s24", "stance-s23", "stance-s25"],
        Some("After Imran Khan's meeting with Vladimir Putin at the Kremlin, hours after the invasion began. The seed does not quote Khan."),
        [],
    ),
    statement!(
        "il-lapid-2022-02-24", IL, about None, "Yair Lapid", "Minister of Foreign Affairs and Alternate Prime Minister of Israel", day!(2022 - 02 - 24),
        "a serious violation of the international order … deep, long-lasting and good relations with Russia and with Ukraine",
        [SEED_ID, "stance-s16"],
        Some("A press statement in Jerusalem on the morning of the invasion. Israel Today prints \"deep, long-lasting and good relations with both Russia and Ukraine\"; the first phrase matches the seed."),
        [
            reading!(
                "Israel Today: \"The Russian attack on Ukraine is a serious violation of the international order. Israel condemns the attack, and is ready and prepared to provide humanitarian assistance to the citizens of Ukraine.\"",
                Some(day!(2022 - 02 - 24)),
                ids!["stance-s16"]
            ),
            reading!(
                "Reuters translates: \"Russia's attack on Ukraine is a grave breach of international order. Israel condemns the attack\" and \"long-running, deep and good relations\".",
                Some(day!(2022 - 02 - 24)),
                ids!["stance-s17"]
            ),
            reading!("Ynet translates: \"severe violation of international order\".", Some(day!(2022 - 02 - 24)), ids!["stance-s18"]),
        ],
    ),
    statement!(
        "tr-erdogan-2022-02-23", TR, about None, "Recep Tayyip Erdoğan", "President of Türkiye", day!(2022 - 02 - 23),
        "We cannot give up on either of the countries. We have political, economic and military relations with Russia, and we also have political, economic and military relations with Ukraine,",
        [SEED_ID, "stance-s21", "stance-s20", "stance-s22"],
        Some("The seed prints these words after the invasion; the sources seen date this wording to remarks to reporters on the flight back from Africa, reported on 23 February 2022, the day before the invasion. Erdoğan repeated that Türkiye could not abandon either country after a cabinet meeting on 28 February 2022 (i24news, RFE/RL), but the seed's wording is closest to the 23 February renderings. The seed's exact English was not found elsewhere."),
        [
            reading!(
                "Reuters: \"It is not possible for us to abandon either (country),\" he was cited as saying by Turkish broadcasters.",
                Some(day!(2022 - 02 - 23)),
                ids!["stance-s21"]
            ),
            reading!(
                "Daily Sabah: \"We have political, military and economic relations with Russia. Same with Ukraine. We cannot give this up if you ask me because our country has high interests in this regard.\"",
                None,
                ids!["stance-s20"]
            ),
            reading!(
                "After a cabinet meeting on 28 February 2022 he said Türkiye could not abandon ties with Russia or Ukraine (i24news: \"Turkey’s President Tayyip Erdogan on Monday said that he could not abandon ties with Russia or Ukraine\").",
                Some(day!(2022 - 02 - 28)),
                ids!["stance-x16", "stance-x17"]
            ),
        ],
    ),
    statement!(
        "tr-erdogan-2022-02-24", TR, about None, "Recep Tayyip Erdoğan", "President of Türkiye", day!(2022 - 02 - 24),
        "heavy blow … call for a resolution of the problems between Russia and Ukraine",
        [SEED_ID, "stance-s19", "stance-x18"],
        Some("AFP dates \"heavy blow to regional peace and stability\" to a televised speech on 24 February 2022. The seed's \"call for a resolution of the problems between Russia and Ukraine\" matches in content, not in words, a remark at the security summit that day (Hürriyet Daily News): \"We want the problems between these two countries, with whom we have very good relations, should be resolved in the context of the Minsk agreements.\""),
        [reading!(
            "AFP: \"We reject Russia's military operation,\" Erdoğan said in a televised speech, calling it a \"heavy blow to regional peace and stability\".",
            Some(day!(2022 - 02 - 24)),
            ids!["stance-s19"]
        )],
    ),
    statement!(
        "ve-mfa-2022-02-24", VE, about None, "Ministry of Foreign Affairs of Venezuela", "Government of Venezuela", day!(2022 - 02 - 24),
        "The Bolivarian Republic of Venezuela expresses its worry over the worsening of the crisis in Ukraine, and laments the mockery and violation of the Minsk accords on the part of NATO, encouraged by the United States of America,",
        [SEED_ID, "stance-s37", "stance-s38"],
        Some("Issued late on Thursday 24 February 2022 (Reuters, datelined Caracas 25 February). Reuters also quotes: \"The derailment of these (Minsk) accords has violated international law and created strong threats against the Russian Federation, its territorial integrity and sovereignty\"."),
        [],
    ),
    statement!(
        "mm-zaw-min-tun-2022-02-25", MM, about None, "Zaw Min Tun", "Spokesman of Myanmar's military government (State Administration Council)", day!(2022 - 02 - 25),
        "carried out what is justified for the sustainability of their country’s sovereignty. … Russia shows its position to the world as a world power,",
        [SEED_ID, "stance-s33", "stance-s36", "stance-s34", "stance-s35"],
        Some("A statement of Friday 25 February 2022, also released in Russian (AFP). His rank is given as Brigadier General (VOA caption) or Major General (Sputnik)."),
        [
            reading!(
                "VOA's Burmese interview: \"No. 1 is that Russia has worked to consolidate its sovereignty,\" … \"I think this is the right thing to do. No. 2 is to show the world that Russia is a world power.\"",
                None,
                ids!["stance-s34", "stance-s35"]
            ),
            reading!(
                "VOA dates the junta's support to Thursday 24 February; Myanmar Now places the VOA interview two days before its 27 February commentary.",
                Some(day!(2022 - 02 - 24)),
                ids!["stance-s34", "stance-s35"]
            ),
        ],
    ),
    statement!(
        "sy-assad-2022-02-25", SY, about None, "Bashar al-Assad", "President of Syria", day!(2022 - 02 - 25),
        "hysteria … correction of history and restoration of balance which was lost in the world after the breakup of the Soviet Union.",
        [SEED_ID, "stance-s39", "stance-s41", "stance-s42"],
        Some("In a phone call with Vladimir Putin on Friday 25 February 2022, as reported by Al Jazeera from the Syrian presidency's statement."),
        [reading!(
            "SANA / Syria Times: \"what is happening today is a correction of history and a restoration of balance to the world that it lost after the dissolution of the Soviet Union\".",
            None,
            ids!["stance-s40"]
        )],
    ),
    statement!(
        "cn-wang-yi-2022-02-25", CN, about None, "Wang Yi", "State Councilor and Minister of Foreign Affairs of China", day!(2022 - 02 - 25),
        "This position of China is consistent and clear-cut, and applies equally to the Ukraine issue. … China welcomes direct dialogue and negotiation between Russia and Ukraine as soon as possible.",
        ["stance-s13", "stance-s13b", "stance-s14", "stance-s15"],
        Some("In calls with Liz Truss, Josep Borrell and Emmanuel Bonne on Friday 25 February 2022; the first sentence follows \"China maintains that the sovereignty and territorial integrity of all countries should be respected\". The second sentence is from the Teller Report translation (stance-s13b). The seed paraphrases the position without quoting."),
        [],
    ),
    statement!(
        "ua-rada-2022-03-01", UA, about Some(BY), "Verkhovna Rada of Ukraine (official Twitter account)", "Parliament of Ukraine", day!(2022 - 03 - 01),
        "have entered",
        [SEED_ID, "stance-s26", "stance-s27", "stance-s28"],
        Some("Relaying Vitaliy Kyrylov, spokesman of the regional Territorial Defence Forces \"North\". Disputed the same day: the United States said it had \"no indication\" the claim was correct."),
        [
            reading!(
                "The tweet as quoted by The Independent: \"Belarusian troops entered Chernihiv region. The information was confirmed to the Public by Vitaliy Kyrylov, spokesman for the North Territorial Defense Forces. More details later.\"",
                Some(day!(2022 - 03 - 01)),
                ids!["stance-s26", "stance-s27"]
            ),
            reading!(
                "The United States said later that day it had \"no indication\" the claim was correct.",
                Some(day!(2022 - 03 - 01)),
                ids!["stance-s29"]
            ),
        ],
    ),
    statement!(
        "gb-truss-2022-03-01", GB, about Some(BY), "Liz Truss", "Foreign Secretary of the United Kingdom", day!(2022 - 03 - 01),
        "economic pain on Putin and those closest to him.",
        [SEED_ID, "stance-s31", "stance-s29"],
        Some("The seed gives the words as the purpose of the sanctions on Belarusian officials; they are the Foreign Secretary's, in the statement announcing them. She added: \"The Lukashenko regime actively aids and abets Russia's illegal invasion and will be made to feel the economic consequences for its support for Putin.\""),
        [],
    ),
    statement!(
        "gb-fcdo-2022-03-01", GB, about Some(BY), "Foreign, Commonwealth and Development Office", "Government of the United Kingdom", day!(2022 - 03 - 01),
        "supported and enabled the Russian invasion of Ukraine.",
        [SEED_ID, "stance-s30", "stance-s32"],
        Some("In the press release the phrase describes the Belarusian armed forces directed by Maj. Gen. Victor Gulevich, one of those sanctioned on 1 March 2022."),
        [],
    ),
    statement!(
        "cn-zhao-lijian-2022-03-14", CN, about None, "Zhao Lijian", "Spokesperson of the Ministry of Foreign Affairs of China", day!(2022 - 03 - 14),
        "disinformation",
        [SEED_ID, "stance-s08", "stance-s09", "stance-s10"],
        Some("At the regular press conference of 14 March 2022, after reports (the seed cites the Financial Times, quoting US officials) that Russia had asked China for military equipment; AFP notes he did not directly address the reports. The FT article itself was not seen."),
        [
            reading!(
                "The ministry's English transcript: \"In my previous answer to Bloomberg, I already made it clear that the US has been spreading disinformation.\"",
                Some(day!(2022 - 03 - 14)),
                ids!["stance-s09"]
            ),
            reading!(
                "AFP: \"The US has been spreading disinformation targeting China on the Ukraine issue, with malicious intentions.\"",
                Some(day!(2022 - 03 - 14)),
                ids!["stance-s10"]
            ),
        ],
    ),
    statement!(
        "gb-johnson-2022-02-24", GB, about None, "Boris Johnson", "Prime Minister of the United Kingdom", day!(2022 - 02 - 24),
        "Now we see him for what is – a blood-stained aggressor who believes in imperial conquest.",
        ["stance-x01", "stance-x02"],
        Some("Announcing sanctions to the House of Commons: asset freezes on major Russian banks including VTB and a ban on Aeroflot landing in the UK."),
        [],
    ),
    statement!(
        "us-biden-2022-02-24", US, about None, "Joe Biden", "President of the United States", day!(2022 - 02 - 24),
        "Putin is the aggressor. Putin chose this war. And now he and his country will bear the consequences.",
        ["stance-x03", "stance-x05", "stance-x04"],
        Some("Announcing sanctions at the White House, including freezing the US-based assets of VTB and other banks."),
        [],
    ),
    statement!(
        "kp-mfa-2022-02-28", KP, about None, "Spokesperson of the Ministry of Foreign Affairs of North Korea", "Government of North Korea", day!(2022 - 02 - 28),
        "The root cause of the Ukraine crisis totally lies in the hegemonic policy of the U.S. and the West, which indulge themselves in high-handedness and arbitrariness toward other countries,",
        ["stance-x06"],
        Some("An unnamed ministry spokesperson, as quoted by the Korean Central News Agency (via Yonhap)."),
        [],
    ),
    statement!(
        "mm-kyaw-moe-tun-2022-03-02", MM, about None, "Kyaw Moe Tun", "Permanent Representative of Myanmar to the United Nations, appointed by the elected government overthrown in 2021", day!(2022 - 03 - 02),
        "Therefore, Myanmar condemns the invasion of Ukraine and unprovoked attacks against the people of Ukraine.",
        ["stance-x08", "stance-x09"],
        Some("Speaking for Myanmar's UN seat, which the military government does not control; Myanmar's vote for ES-11/1 was cast by this mission."),
        [],
    ),
    statement!(
        "kz-tokayev-2022-06-17", KZ, about None, "Kassym-Jomart Tokayev", "President of Kazakhstan", day!(2022 - 06 - 17),
        "For this reason, we do not recognise Taiwan, Kosovo, South Ossetia, or Abkhazia. Obviously, this principle will apply to quasi-state associations, which, in our opinion, is what Luhansk and Donetsk are",
        ["stance-x10", "stance-x11"],
        Some("At the St Petersburg International Economic Forum, beside Vladimir Putin; Ukrainska Pravda's page adds its gloss \"(the so-called DPR and LPR - UP)\". No stance record is made for Kazakhstan: non-recognition of the \"republics\" is not, by itself, a position on the invasion."),
        [],
    ),
    statement!(
        "am-pashinyan-2023-05-04", AM, about None, "Nikol Pashinyan", "Prime Minister of Armenia", day!(2023 - 05 - 04),
        "We are not Russia's ally in the war with Ukraine.",
        ["stance-x12", "stance-x13"],
        Some("In an interview with the Czech channel CNN Prima News recorded during his visit on 4 May 2023 and published at the end of May."),
        [],
    ),
    statement!(
        "am-pashinyan-2024-02", AM, about None, "Nikol Pashinyan", "Prime Minister of Armenia", PartialDate::month(2024, 2),
        "I said, in the Ukraine situation, we are not Russia’s ally, and that’s the reality,",
        ["stance-x14", "stance-x15"],
        Some("To the Daily Telegraph, in an interview published in February 2024 (the Taipei Times report is dated 13 February; the exact day of the interview is not in the pages seen). RBC-Ukraine renders it in two sentences."),
        [],
    ),
    statement!(
        "by-lukashenko-2022-02-24", BY, about None, "Alexander Lukashenko", "President of Belarus", day!(2022 - 02 - 24),
        "Our troops are taking no part in this operation",
        ["stance-s60"],
        None,
        [],
    ),
    statement!(
        "pk-khan-2022-03-06", PK, about None, "Imran Khan", "Prime Minister of Pakistan", day!(2022 - 03 - 06),
        "What do you think of us? Are we your slaves … that whatever you say, we will do?",
        ["stance-s47"],
        Some("At a political rally, answering a 1 March letter from 22 heads of mission urging Pakistan to condemn Russia."),
        [],
    ),
    statement!(
        "in-modi-2022-09-16", IN, about None, "Narendra Modi", "Prime Minister of India", day!(2022 - 09 - 16),
        "I know that today's era is not an era of war, and I have spoken to you on the phone about this.",
        ["stance-s71"],
        Some("To Vladimir Putin at the SCO summit in Samarkand."),
        [],
    ),
    statement!(
        "ir-amir-abdollahian-2022-11-05", IR, about None, "Hossein Amir-Abdollahian", "Minister of Foreign Affairs of Iran", day!(2022 - 11 - 05),
        "We gave a limited number of drones to Russia months before the Ukraine war",
        ["stance-s68", "stance-s69"],
        Some("Iran's first acknowledgement of supplying drones, which it says predates the war. Babel's text says \"November 14\" on a page dated 5 November; 5 November (AP) is used."),
        [],
    ),
    statement!(
        "by-lukashenko-2023-08-17", BY, about None, "Alexander Lukashenko", "President of Belarus", day!(2023 - 08 - 17),
        "Yes, some units [of the Russian troops – ed.] crossed the border of Ukraine from the territory of Belarus [on 24 February – ed.].",
        ["stance-s58"],
        Some("He denied that Belarusian troops crossed."),
        [],
    ),
    statement!(
        "mm-min-aung-hlaing-2025-03", MM, about None, "Min Aung Hlaing", "Commander-in-chief and head of Myanmar's military government", PartialDate::month(2025, 3),
        "I believe that victory must be yours under your strong and decisive leadership",
        ["stance-s72"],
        Some("To Vladimir Putin at the Kremlin, as reported by AFP; the exact day is unconfirmed."),
        [],
    ),
    statement!(
        "sy-al-sharaa-2025-10-15", SY, about None, "Ahmed al-Sharaa", "President of Syria", day!(2025 - 10 - 15),
        "There are bilateral relations and shared interests that bind us with Russia, and we respect all agreements made with it. We are working on redefining the nature of relations with Russia",
        ["stance-s55", "stance-s56"],
        Some("On his first visit to Moscow as president, after the fall of Bashar al-Assad."),
        [],
    ),
];

pub(crate) const STANCES: &[StanceRecord] = &[
    StanceRecord {
        country: BY,
        stance: Stance::AssistsMilitarily,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Let Russian forces invade Ukraine and fire missiles from its territory; the seed: Belarus \"has sided with Russia, and have sent help in to aid Putin’s forces\"."
        ),
        evidence: text!(&[
            Measure(text!(
                "let Russian forces fire missiles at Ukraine from its territory at the start of the invasion (acknowledged by Lukashenko on 27 February 2022)"
            )),
            Measure(text!(
                "let Russian units cross into Ukraine from its territory on 24 February 2022 (acknowledged by Lukashenko on 17 August 2023)"
            )),
            Said(text!("gb-fcdo-2022-03-01")),
            Said(text!("by-lukashenko-2023-08-17")),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(METRO),
        sources: text!(ids![SEED_ID, "stance-s57", "stance-s58", "stance-s59", "stance-s30"]),
        alternatives: text!(&[reading!(
            "Lukashenko said on 24 February 2022 that Belarusian troops were taking no part, and in 2023 denied that Belarusian troops crossed; The Economist (March 2023): \"Belarus provides only its territory as a military base\".",
            None,
            ids!["stance-s60", "stance-s58", "stance-s76"]
        )]),
    },
    StanceRecord {
        country: MM,
        stance: Stance::Endorses,
        since: day!(2022 - 02 - 25),
        until: None,
        summary: text!(
            "The military government's spokesman called the invasion justified; the seed: Myanmar \"calling the invasion of Ukraine ‘justified.’\"."
        ),
        evidence: text!(&[
            Said(text!("mm-zaw-min-tun-2022-02-25")),
            Said(text!("mm-min-aung-hlaing-2025-03"))
        ]),
        assessed_by: text!(METRO),
        sources: text!(ids![SEED_ID, "stance-s33", "stance-s72"]),
        alternatives: text!(&[reading!(
            "Myanmar's UN seat is held by an ambassador appointed by the elected government overthrown in 2021; he condemned the invasion and Myanmar's vote on ES-11/1 was yes. The record follows the government in control of the country.",
            Some(day!(2022 - 03 - 02)),
            ids!["stance-x08", "stance-x09", "stance-x07"]
        )]),
    },
    StanceRecord {
        country: SY,
        stance: Stance::Endorses,
        since: day!(2022 - 02 - 25),
        until: Some(day!(2024 - 12 - 08)),
        summary: text!(
            "Bashar al-Assad called the invasion a \"correction of history\" and recognised the Russian-backed \"republics\" in eastern Ukraine; the record ends with his fall on 8 December 2024. The new government restored relations with Ukraine on 24 September 2025; no statement of it on the invasion is sourced, so no later record is made."
        ),
        evidence: text!(&[
            Said(text!("sy-assad-2022-02-25")),
            Measure(text!(
                "recognised the \"independence and sovereignty\" of the Luhansk and Donetsk \"people's republics\" (29 June 2022)"
            )),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(METRO),
        sources: text!(ids![
            SEED_ID,
            "stance-s39",
            "stance-s50",
            "stance-s53b",
            "stance-s52",
            "stance-s53",
            "stance-s54"
        ]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: VE,
        stance: Stance::Sympathises,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Blamed NATO and the United States for violating the Minsk accords; the seed: \"Venezuela have not openly supported the invasion of Ukraine\". Venezuela cast no vote on ES-11/1."
        ),
        evidence: text!(&[Said(text!("ve-mfa-2022-02-24"))]),
        assessed_by: text!(METRO),
        sources: text!(ids![SEED_ID, "stance-s37"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: CN,
        stance: Stance::Neutral,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Called for talks and for every country's sovereignty to be respected, without criticising Russia, while approving Russian wheat imports and abstaining at the UN."
        ),
        evidence: text!(&[
            Said(text!("cn-wang-yi-2022-02-25")),
            Measure(text!("approved imports of Russian wheat on 24 February 2022")),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids!["stance-s77", "stance-s13", "stance-s14"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: IN,
        stance: Stance::Neutral,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Called for an immediate cessation of violence and for dialogue without condemning Russia, and abstained at the UN."
        ),
        evidence: text!(&[
            Said(text!("in-modi-2022-02-24")),
            Said(text!("in-modi-2022-09-16")),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids!["stance-s07", "stance-s06", "stance-s71"]),
        alternatives: text!(&[reading!(
            "The seed counts India among Russia's economic allies of whom \"most have condemned the violence taking place in Ukraine\"; Modi's words call for an end to violence without condemning Russia, which this scale places as neutral.",
            Some(M22),
            ids![SEED_ID]
        )]),
    },
    StanceRecord {
        country: PK,
        stance: Stance::Neutral,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Expressed regret and hoped diplomacy could avert a military confrontation, refused Western calls to condemn Russia and abstained at the UN; the seed: Pakistan has \"been tepid in their response\"."
        ),
        evidence: text!(&[
            Said(text!("pk-khan-2022-02-24")),
            Said(text!("pk-khan-2022-03-06")),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids![SEED_ID, "stance-s24", "stance-s47"]),
        alternatives: text!(&[reading!(
            "Army chief Gen. Qamar Javed Bajwa said on 2 April 2022 that \"despite legitimate security concerns of Russia, its aggression against a smaller country cannot be condoned\": a view within the state, not the government's position, so it does not change the record.",
            Some(day!(2022 - 04 - 02)),
            ids!["stance-s45"]
        )]),
    },
    StanceRecord {
        country: IL,
        stance: Stance::Condemns,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Foreign Minister Yair Lapid condemned the attack as a serious violation of the international order while stressing good relations with both countries."
        ),
        evidence: text!(&[Said(text!("il-lapid-2022-02-24")), Vote(text!("A/RES/ES-11/1"))]),
        assessed_by: text!(METRO),
        sources: text!(ids![SEED_ID, "stance-s16"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: TR,
        stance: Stance::Neutral,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "The seed: \"Turkey have taken something of a neutral stance\", keeping relations with both countries."
        ),
        evidence: text!(&[Said(text!("tr-erdogan-2022-02-24")), Vote(text!("A/RES/ES-11/1")),]),
        assessed_by: text!(METRO),
        sources: text!(ids![SEED_ID, "stance-s19", "stance-s21"]),
        alternatives: text!(&[reading!(
            "By this scale's criteria Türkiye is critical: Erdoğan said \"We reject Russia's military operation\" and called it a \"heavy blow to regional peace and stability\" (24 February 2022), and Türkiye voted for ES-11/1. The queries use the seed's assessment because it is a published one; this reading is kept for comparison.",
            Some(day!(2022 - 02 - 24)),
            ids!["stance-s19"]
        )]),
    },
    StanceRecord {
        country: IR,
        stance: Stance::AssistsMilitarily,
        since: day!(2022 - 11 - 05),
        until: None,
        summary: text!(
            "Acknowledged supplying drones to Russia (saying it was before the war); the United States said in September 2024 that Russia had received Iranian ballistic missiles, which Iran denied."
        ),
        evidence: text!(&[
            Said(text!("ir-amir-abdollahian-2022-11-05")),
            Measure(text!("supplied drones to Russia (acknowledged on 5 November 2022)")),
        ]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids!["stance-s68", "stance-s70"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: GB,
        stance: Stance::OpposesWithMeasures,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!(
            "Sanctioned Russian banks and companies on the day of the invasion, and Belarusian officials for their role on 1 March 2022."
        ),
        evidence: text!(&[
            Said(text!("gb-johnson-2022-02-24")),
            Measure(text!(
                "froze the assets of major Russian banks including VTB and banned Aeroflot (24 February 2022)"
            )),
            Said(text!("gb-truss-2022-03-01")),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids!["stance-x01", "stance-x02", SEED_ID, "stance-s30", "stance-s31"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: US,
        stance: Stance::OpposesWithMeasures,
        since: day!(2022 - 02 - 24),
        until: None,
        summary: text!("Called Putin the aggressor and imposed sanctions on the day of the invasion."),
        evidence: text!(&[
            Said(text!("us-biden-2022-02-24")),
            Measure(text!(
                "froze the US-based assets of four financial institutions, including VTB (24 February 2022)"
            )),
            Vote(text!("A/RES/ES-11/1")),
        ]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids!["stance-x03", "stance-x04", "stance-x05"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: KP,
        stance: Stance::Sympathises,
        since: day!(2022 - 02 - 28),
        until: None,
        summary: text!(
            "Blamed the \"hegemonic policy of the U.S. and the West\" for the crisis and voted against ES-11/1."
        ),
        evidence: text!(&[Said(text!("kp-mfa-2022-02-28")), Vote(text!("A/RES/ES-11/1"))]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids!["stance-x06"]),
        alternatives: text!(&[]),
    },
    StanceRecord {
        country: KP,
        stance: Stance::AssistsMilitarily,
        since: day!(2024 - 10 - 18),
        until: None,
        summary: text!(
            "Sent troops to fight for Russia: reported by South Korea's intelligence service on 18 October 2024, confirmed by NATO on 28 October 2024 and by North Korea on 28 April 2025."
        ),
        evidence: text!(&[Measure(text!(
            "sent troops to Russia's Kursk region to fight Ukrainian forces (2024–2025)"
        )),]),
        assessed_by: text!(CRITERIA),
        sources: text!(ids![
            "stance-s61",
            "stance-s62",
            "stance-s63",
            "stance-s64",
            "stance-s66",
            "stance-s67"
        ]),
        alternatives: text!(&[]),
    },
];

/// A claim of the seed article, verbatim, dated to the article's month.
macro_rules! seed_claim {
    ($c:ident, $wording:literal, $note:literal) => {
        Claim {
            subject: $c,
            wording: text!($wording),
            date: M22,
            sources: text!(ids![SEED_ID]),
            note: Some(text!($note)),
        }
    };
}

pub(crate) const CLAIMS: &[Claim] = &[
    seed_claim!(
        RU,
        "After Russia ordered full scale invasion of Ukraine on February 24, world leaders across the globe were swift in condemning the actions of Russian President Vladimir Putin.",
        "The invasion began on 24 February 2022; the stance records start from that day."
    ),
    seed_claim!(
        UA,
        "Millions have already fled Ukraine as Putin continues to exacerbate tensions, threatening any country that supports Ukraine.",
        "Not modelled: the crate records alignments, not refugee flows."
    ),
    seed_claim!(
        RU,
        "The EAEU is a political and economic union first proposed by Putin in 2011 and signed into being by initial member states Belarus and Kazakhstan alongside Russia.",
        "The EAEU treaty (eaeu-2014) was signed on 29 May 2014 by Belarus, Kazakhstan and Russia and entered into force on 1 January 2015; the 2011 proposal is in its note."
    ),
    seed_claim!(
        BY,
        "Russia has some consistent allies, particularly the countries in the Eurasian Economic Union (EAEU).",
        "A founding member of the EAEU (memberships), and of the CSTO and the Union State."
    ),
    seed_claim!(
        KZ,
        "Russia has some consistent allies, particularly the countries in the Eurasian Economic Union (EAEU).",
        "A founding member of the EAEU and a CSTO member (memberships)."
    ),
    seed_claim!(
        AM,
        "Armenia (a long term ally of Russia) and Kyrgyzstan were welcomed into the union in 2015.",
        "EAEU member from 2 January 2015; its CSTO membership is frozen since February 2024 (memberships)."
    ),
    seed_claim!(
        KG,
        "Armenia (a long term ally of Russia) and Kyrgyzstan were welcomed into the union in 2015.",
        "EAEU member from 6 August 2015, with 12 August as an alternative reading (memberships)."
    ),
    seed_claim!(
        TJ,
        "Tajikistan has been touted as a potential future member, and an ally to Russia.",
        "No EAEU role is recorded for Tajikistan; it is a CSTO member (memberships)."
    ),
    seed_claim!(
        CU,
        "A number of other countries have also been tipped to join in the future, including Cuba and Uzbekistan.",
        "An EAEU observer state, not a member (memberships)."
    ),
    seed_claim!(
        UZ,
        "A number of other countries have also been tipped to join in the future, including Cuba and Uzbekistan.",
        "An EAEU observer state, not a member (memberships)."
    ),
    seed_claim!(
        IN,
        "India also has a strategic partnership with Russia, after signing the Declaration on the India-Russia Strategic Partnership in October 2000, however, India have increasingly amiable relations to the US.",
        "The declaration (in-ru-2000) was signed in October 2000 (treaties); India's relations with the US are not modelled."
    ),
    seed_claim!(
        PK,
        "Similarly, Pakistan has had a mixed relationship with Russia, having largely supported the West during the Cold War but also celebrated the 70th Anniversary of Diplomatic Relations with Russia in 2018.",
        "Pakistan and the Soviet Union established relations in 1948 (pk-su-1948); the 2018 celebration is the seed's claim."
    ),
    seed_claim!(
        IL,
        "There are a number of other countries who maintain fair relations with Russia, though they might not be considered a straightforward ally. These include Israel and Turkey.",
        "No alliance-grade tie with Russia is recorded; Israel condemned the invasion (stance)."
    ),
    seed_claim!(
        TR,
        "There are a number of other countries who maintain fair relations with Russia, though they might not be considered a straightforward ally. These include Israel and Turkey.",
        "A NATO member since 1952 (memberships); no alliance-grade tie with Russia is recorded."
    ),
    seed_claim!(
        CN,
        "China is often considered to be a strong ally of Russia.",
        "Bound to Russia by the 2001 treaty (cn-ru-2001) and co-member of the SCO and BRICS; its stance is recorded as neutral."
    ),
    seed_claim!(
        CN,
        "In 2001, both countries signed the ‘Treaty of Good-Neighbourliness and Friendly Cooperation’.",
        "The treaty cn-ru-2001, signed on 16 July 2001."
    ),
    seed_claim!(
        CN,
        "The 20-year pact was recently renewed for five more years, now set to run until at least 2026.",
        "The treaty's end is disputed: February 2027 by its Article 25 or 16 July 2026 (cn-ru-2001, end readings)."
    ),
    seed_claim!(
        CN,
        "The treaty outlines the basis for peaceful relations and economic cooperation, as well as diplomatic and geopolitical reliance.",
        "See the provisions of cn-ru-2001."
    ),
    seed_claim!(
        CN,
        "Part of this treaty also expressly hinted at supporting one another in times of conflict, including the sharing of ‘military know-how’ and Chinese access to Russian military technology.",
        "The treaty provides for consultations when a party sees a threat (Article 9) and military cooperation; it has no mutual-defence clause (cn-ru-2001 provisions)."
    ),
    seed_claim!(
        CN,
        "Another key part of the Treaty is the agreement that Russia sees Taiwan as ‘an inalienable part of China’.",
        "See the provisions of cn-ru-2001."
    ),
    seed_claim!(
        CN,
        "Recently, the Financial Times reported that, according to US officials, Russia had asked China for military equipment to support its ongoing invasion of Ukraine.",
        "The Financial Times report itself was not seen; China's denial is the statement cn-zhao-lijian-2022-03-14."
    ),
    seed_claim!(
        CN,
        "However, a spokesperson for China’s foreign ministry denied the accusation as ‘disinformation’.",
        "The statement cn-zhao-lijian-2022-03-14."
    ),
    seed_claim!(
        RU,
        "Though Russia does have some economic allies, most have condemned the violence taking place in Ukraine.",
        "Compare the stance records: of the allies the seed names, India and China are recorded as neutral, Belarus as assisting militarily."
    ),
    seed_claim!(
        CN,
        "China said it will not provide Moscow with military support but it has been upping trade with increased imports of wheat from Russia.",
        "The wheat imports were approved on 24 February 2022 (stance-s77); the closest statement found on military support is China's ambassador to the US, reported on 21 March 2022, saying China would not send weapons or ammunition (stance-s05); the seed's wording is unconfirmed."
    ),
    seed_claim!(
        CN,
        "However, China’s foreign minister has previously stressed that each country’s sovereignty should be respected, calling on parties to return to the negotiating table.",
        "The statement cn-wang-yi-2022-02-25."
    ),
    seed_claim!(
        IN,
        "India’s Prime Minister Narendra Modi to call for ‘an immediate cessation of violence’ after Russian President Vladimir Putin’s announced war against Ukraine.",
        "The statement in-modi-2022-02-24."
    ),
    seed_claim!(
        IL,
        "Israel has also expressed concern at the actions taken by Putin.",
        "The statement il-lapid-2022-02-24."
    ),
    seed_claim!(
        TR,
        "Turkey have taken something of a neutral stance.",
        "The stance record for Türkiye uses this assessment; a reading by the scale's criteria (critical) is listed beside it."
    ),
    seed_claim!(
        PK,
        "Pakistan is another ally who have been tepid in their response to the invasion of Ukraine.",
        "The stance record for Pakistan (neutral)."
    ),
    seed_claim!(
        PK,
        "In fact, Pakistani Prime Minister Imran Khan is the first world leader to have met with Putin after the invasion begun.",
        "Khan met Putin at the Kremlin on 24 February 2022, hours after the invasion began (stance-s23); that he was the first world leader to do so is not stated by any other source seen (unconfirmed)."
    ),
    seed_claim!(
        PK,
        "Khan had gone to Moscow with the aim of enhancing economic ties with Russia, one of the world’s largest producers of gas, at a time when Pakistan’s energy needs are escalating.",
        "Not modelled beyond the statement pk-khan-2022-02-24."
    ),
    seed_claim!(
        BY,
        "Belarus has sided with Russia, and have sent help in to aid Putin’s forces.",
        "The stance record for Belarus (assists militarily)."
    ),
    seed_claim!(
        BY,
        "The UK has levied sanctions on a number of Belarusian officials to inflict ‘economic pain on Putin and those closest to him.’",
        "The statements gb-truss-2022-03-01 and gb-fcdo-2022-03-01 (1 March 2022)."
    ),
    seed_claim!(
        MM,
        "Myanmar have gone on record as calling the invasion of Ukraine ‘justified.’",
        "The statement mm-zaw-min-tun-2022-02-25 and the stance record (endorses)."
    ),
    seed_claim!(
        VE,
        "Venezuela have not openly supported the invasion of Ukraine, but they have condemned the US for allegedly aiding in the breaking of the Minsk agreement.",
        "The statement ve-mfa-2022-02-24 and the stance record (sympathises)."
    ),
    seed_claim!(
        UA,
        "The Minsk agreements were a series of international agreements which sought to end the war in the Donbas region of Ukraine.",
        "The treaties minsk-2014 and minsk-2015."
    ),
    seed_claim!(
        SY,
        "Syria has also supported Putin’s actions.",
        "The stance record for Syria (endorses, until December 2024)."
    ),
    seed_claim!(
        SY,
        "Syrian President Bashar al-Assad had a phone call with Putin during which Al Jazeera reported that he praised Russia’s military incursion into Ukraine, denouncing what he called Western ‘hysteria’ surrounding it.",
        "The statement sy-assad-2022-02-25."
    ),
];
