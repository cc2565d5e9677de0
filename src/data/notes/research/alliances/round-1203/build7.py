#!/usr/bin/env python3
"""Batch 7 of the 2026-12-03 round: Israel's and India's security
partnerships (research/alliances/israel-india) and four of Russia's basic treaties (russia-treaties-2). Declarations and joint
statements are effective from their dates, as the dataset's other
declarations are. Writes records7.json and sources7.tsv.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402


def decl(cid, a, b, name, short, day, sources, note, term=None, provisions=(), events=()):
    r = {
        "id": cid,
        "name": name,
        "short_name": short,
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": day}} for c in sorted([a, b])],
        "signed": day,
        "in_force": day,
        "term": term or {"rule": "not_applicable"},
        "events": list(events),
        "sources": sources,
        "note": note,
    }
    if provisions:
        r["provisions"] = list(provisions)
    return r


records = [
    decl("il-us-2022", "IL", "US", "Jerusalem U.S.-Israel Strategic Partnership Joint Declaration", "US–Israel Jerusalem Declaration (2022)", "2022-07-14",
         ["ilin-s1", "ilin-s4", "ilin-s3"],
         "Adopted in Jerusalem on 14 Jul 2022 by President Biden and Prime Minister Lapid (The Times of Israel; Israel's foreign ministry text via Daily Alert; ANI citing the White House, which calls it the Joint Declaration on the US-Israel Strategic Partnership). It reaffirms \u201cthe enduring commitment of the United States to Israel\u2019s security\u201d and the commitment never to allow Iran to acquire a nuclear weapon; no mutual-defence obligation, so no provision is recorded. The memoranda of 1981 (suspended by the US 18 days after signature), 1983 and 1988 are not recorded (research/alliances/israel-india)."),
    decl("il-in-2017", "IL", "IN", "India-Israel Joint Statement (visit of Prime Minister Modi, 4\u20136 July 2017)", "India–Israel strategic partnership (2017)", "2017-07-05",
         ["ilin-s17", "ilin-s18", "ilin-s19"],
         "Issued in Jerusalem on 5 Jul 2017 during Prime Minister Modi's visit; its opening paragraph \u201craised the bilateral relationship to that of a strategic partnership\u201d (Mint; Israel's Government Press Office; The Indian Express). Its defence paragraph was not seen."),
    decl("in-us-2005", "IN", "US", "New Framework for the U.S.-India Defense Relationship", "US–India New Framework for the Defense Relationship (2005)", "2005-06-28",
         ["ilin-s23", "ilin-s24", "ilin-s21"],
         "Signed at the Pentagon on 28 Jun 2005 by Defense Secretary Rumsfeld and Defence Minister Mukherjee (AFP; a Defense Department fact sheet copy; the Times of India says Monday, but 28 Jun 2005 was a Tuesday). It charts the relationship \u201cfor the next ten years\u201d; its renewal of 2015 was not researched, so its term is left unknown rather than ended in 2015.",
         term={"rule": "unknown"}),
    decl("in-us-2020", "IN", "US", "Vision and Principles for the United States-India Comprehensive Global Strategic Partnership", "US–India Comprehensive Global Strategic Partnership (2020)", "2020-02-25",
         ["ilin-s27", "ilin-s28", "ilin-s47"],
         "Released by the White House on 25 Feb 2020 after President Trump's and Prime Minister Modi's talks in New Delhi (India-West reproducing the statement; The Indian Express); the State Department's 2+2 statement of 27 Oct 2020 welcomes the elevation."),
    decl("in-jp-2014", "IN", "JP", "Tokyo Declaration for India-Japan Special Strategic and Global Partnership", "India–Japan Special Strategic and Global Partnership (2014)", "2014-09-01",
         ["ilin-s29", "ilin-s30", "ilin-s40"],
         "Signed in Tokyo on 1 Sep 2014 by Prime Ministers Abe and Modi after their summit at the Akasaka State Guest House (The Japan Times; IANS; the Japanese name from imidas). No defence or assistance clause was seen."),
    decl("au-in-2020", "AU", "IN", "Joint Statement on a Comprehensive Strategic Partnership between Republic of India and Australia", "Australia–India Comprehensive Strategic Partnership (2020)", "2020-06-04",
         ["ilin-s33"],
         "Announced at the leaders' virtual summit of 4 Jun 2020 by Prime Ministers Morrison and Modi, raising the Strategic Partnership of 2009 (not recorded) to a Comprehensive Strategic Partnership (DFAT)."),
]

# Russia's basic treaties (research/alliances/russia-treaties-2).
records += [
    {
        "id": "kp-ru-2000",
        "name": "Treaty of Friendship, Good-Neighbourliness and Cooperation between the Russian Federation and the Democratic People's Republic of Korea",
        "short_name": "Russia–North Korea Treaty of Friendship (2000)",
        "kind": "friendship",
        "parties": [{"country": "KP", "period": {"start": "2000-10-30", "end": "2024-12-04"}}, {"country": "RU", "period": {"start": "2000-10-30", "end": "2024-12-04"}}],
        "signed": "2000-02-09",
        "in_force": "2000-10-30",
        "term": {"rule": "unknown"},
        "events": [
            ev("2000-04", "ratified", "The Supreme People's Assembly ratifies the treaty (Yonhap via Tongil News)", ["rut2-s35"], "KP"),
            ev("2000-07", "ratified", "The State Duma and the Federation Council approve the ratification; President Putin signs the law in August (Yonhap via Tongil News)", ["rut2-s35"], "RU"),
            ev("2024-12-04", "superseded", "The Treaty on Comprehensive Strategic Partnership (kp-ru-2024) enters into force and this treaty ceases to have effect (Voice of Korea; Interfax; TASS)", ["rut2-s1", "rut2-s18", "rut2-s19"]),
        ],
        "sources": ["rut2-s35", "rut2-s1", "rut2-s18", "rut2-s19"],
        "note": "Signed in Pyongyang on 9 Feb 2000 (the DPRK's text; Jamestown); in force on 30 Oct 2000 by the exchange of instruments of ratification in Moscow (Yonhap, 31 Oct 2000, citing the Voice of Russia; Maeil Shinmun). It has no military-assistance clause. Its term (ten years, then five-year periods, per Maeil) is left unknown because the stored quote lacks those words; it ended when the 2024 treaty entered into force.",
    },
    {
        "id": "md-ru-2001",
        "name": "Treaty of Friendship and Cooperation between the Russian Federation and the Republic of Moldova",
        "short_name": "Moldova–Russia Treaty of Friendship and Cooperation (2001)",
        "kind": "friendship",
        "parties": [{"country": "MD", "period": {"start": "2002-05-13"}}, {"country": "RU", "period": {"start": "2002-05-13"}}],
        "signed": "2001-11-19",
        "in_force": "2002-05-13",
        "term": {"rule": "unknown"},
        "events": [
            ev("2001-12-27", "ratified", "Moldova's parliament ratifies the treaty (the day from the page's date, a Thursday)", ["rut2-s10"], "MD"),
            ev("2011-11", "statement", "RIA Novosti: the treaty was automatically extended for ten years in November 2011 (a month that does not fit a term counted from 13 May 2002; kept as said)", ["rut2-s34"]),
        ],
        "sources": ["rut2-s9", "rut2-s11", "rut2-s28", "rut2-s34"],
        "note": "Signed in Moscow on 19 Nov 2001 by Presidents Putin and Voronin (RIA via Vesti; Trud); in force on 13 May 2002 (Moldova's State Register of Legal Acts; RIA Novosti). No denunciation by either party was found, so it reads in force; its term article was not seen.",
    },
    {
        "id": "ir-ru-2001",
        "name": "Treaty on the Foundations of Mutual Relations and the Principles of Cooperation between the Russian Federation and the Islamic Republic of Iran",
        "short_name": "Iran–Russia Treaty on the Foundations of Mutual Relations (2001)",
        "kind": "friendship",
        "parties": [{"country": "IR", "period": {"start": "2001-03-12"}}, {"country": "RU", "period": {"start": "2001-03-12"}}],
        "signed": "2001-03-12",
        "term": {"rule": "auto_extending", "initial_years": 10, "extension_years": 5, "notice_months": 12},
        "events": [
            ev("2021-02-22", "operative", "Iran's foreign ministry spokesman: the treaty is in force until March 2022, having been extended twice for five years (Tehran Times via EADaily): the earliest dated evidence found that it was in operation; its entry into force was not found", ["rut2-s21"], "IR"),
            ev("2025-01", "statement", "Iran's foreign ministry spokesman, before the new treaty's signature: the 2001 treaty is in force between the two countries", ["rut2-s25"], "IR"),
        ],
        "sources": ["rut2-s5", "rut2-s6", "rut2-s21", "rut2-s22"],
        "note": "Signed in the Kremlin on 12 Mar 2001 by Presidents Putin and Khatami (the text's closing words; IRNA and Trend give 22 Mar, an error). Article 21: in force on the exchange of instruments of ratification, for ten years, then automatically for five-year periods unless a party gives a year's notice (legal-database copy); the exchange's date was not found, so the record reads it in operation from 22 Feb 2021 and does not count its term. Whether the 2025 treaty (ir-ru-2025), whose preamble cites it, replaced it was not found.",
    },
    {
        "id": "in-ru-1993",
        "name": "Treaty of Friendship and Cooperation between the Russian Federation and the Republic of India",
        "short_name": "India–Russia Treaty of Friendship and Cooperation (1993)",
        "kind": "friendship",
        "parties": [{"country": "IN", "period": {"start": "1993-01-28"}}, {"country": "RU", "period": {"start": "1993-01-28"}}],
        "signed": "1993-01-28",
        "term": {"rule": "unknown"},
        "events": [
            ev("2023-01", "operative", "Russia's ambassador Alipov on its 30th anniversary: the treaty is the foundation according to which Russia builds its ties with India (embassy statement): the only dated evidence found that it is in operation; its entry into force was not found", ["rut2-s33"], "RU"),
        ],
        "sources": ["soviet-bloc-s64", "rut2-s37", "rut2-s33"],
        "note": "Signed in New Delhi on 28 Jan 1993 during President Yeltsin's visit (TASS), replacing the 1971 treaty without its security clause; a 20-year treaty per NDTV (RBTH's 3 Jan 1993 is an error). Its entry into force and any extension were not found, so the record reads it in operation only from January 2023 (an `operative` event): the tie is missing before, never added early; India and Russia are bound meanwhile by their 2000 strategic-partnership declaration.",
    },
]
# Basic treaties with no security clause the sources show: kind
# basic_relations (TreatyKind::BasicRelations), an Agreement tie, not an
# alliance; a friendship treaty in force would make Ukraine (1999-2019),
# Uzbekistan, North Korea, Moldova and Iran Russia's allies.
BASIC = {"ru-ua-1997", "ru-uz-1992", "kp-ru-2000", "md-ru-2001", "ir-ru-2001", "in-ru-1993"}
for r in records:
    if r["id"] in BASIC:
        r["kind"] = "basic_relations"
        r["note"] += " Recorded as a basic-relations treaty: no security clause was seen, so it makes an agreement tie, not an alliance."
write(records, HERE, "7")
