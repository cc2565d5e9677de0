#!/usr/bin/env python3
"""Round 1203d, third batch: the Vietnam–Laos Treaty of Friendship and
Cooperation (1977) and the UK–Oman Joint Defence Agreement (2019), from the
`indochina-etc` round (50 searches). Writes records-indo.json and
sources-indo.tsv for apply_treaties.py.

Left out: Vietnam–Kampuchea 1979 (no end or later status found, so it
would read as in force to this day), the Australia–Philippines SOVFA (its
entry into force rests on copies only, and no act under it was found), the
UK–Brunei treaty of 1979 (it ends a defence commitment rather than making
one) and the Brunei garrison exchanges (no dated instrument after 2015);
see indochina-etc/NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "indochina-etc-s"
records = [
    {
        "id": "la-vn-1977",
        "name": "Treaty of Friendship and Cooperation between the Socialist Republic of Vietnam and the Lao People's Democratic Republic",
        "short_name": "Vietnam–Laos Treaty (1977)",
        "kind": "friendship",
        "parties": [{"country": c, "period": {"start": "1977-07-18"}} for c in ["LA", "VN"]],
        "signed": "1977-07-18",
        "term": {"rule": "unknown"},
        "events": [
            ev("2017-07", "operative", "At the treaty's 40th anniversary the Lao President says 'over the past 40 years, the treaty has become an important political and legal foundation for the unceasing reinforcement and development of the bilateral relations, serving national construction and defence in each country' (VTV, 19 Jul 2017): the earliest dated evidence from a party found that the treaty is in operation; its entry into force (31 Oct 1977 on a Chinese Wikipedia copy only) was not confirmed", [S + "1"], party="LA"),
            ev("2022-07-11", "statement", "The head of the Lao People's Revolutionary Party's external relations commission calls the signing 'an important legal foundation for the two countries to elevate their relations' (VNA/VNS)", [S + "4"], party="LA"),
            ev("2022-07-18", "statement", "The 45th anniversary of the treaty's signing is celebrated in Hanoi (VNA)", [S + "2"]),
        ],
        "provisions": [
            {"obligation": "military_cooperation", "article": "Article 2",
             "text": "defense capacity, preserving independence, sovereignty and territorial integrity, and defending the people’s peaceful labor, against all schemes and acts of sabotage by imperialism and foreign reactionary forces.",
             "sources": [S + "10"]},
        ],
        "sources": [S + "6", S + "7", S + "5", S + "1", S + "2", S + "3", S + "10"],
        "note": "Signed in Vientiane on 18 Jul 1977 during the visit of Lê Duẩn and Phạm Văn Đồng (VTV, 2022; the State Department's assessment of 20 Jul 1977); seven articles (Nhân Dân). The provision is the fragment of the second article that The Diplomat quotes in translation (the parties 'pledging to support one another’s' defence capacity); it says the article 'does not specify that Vietnam has to come to Laos’ defense', so the kind is friendship, not mutual defence. Art. 1's text, its entry into force (31 Oct 1977) and a 25-year term appear only on copies, not used. Read in operation from the Lao President's words of July 2017 (an `operative` event), so the tie of 1977–2017 is not shown, a gap the notes record; no end was found and both sides still call it a legal foundation, so it binds them to this day (research/alliances/indochina-etc).",
        "alternatives": [
            {"says": "in force from 31 Oct 1977, for 25 years (Chinese Wikipedia copy only)", "date": "1977-10-31", "sources": [S + "12"]},
        ],
    },
    {
        "id": "gb-om-2019",
        "name": "Joint Defence Agreement between the United Kingdom and the Sultanate of Oman",
        "short_name": "UK–Oman Joint Defence Agreement (2019)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2019-02-21"}} for c in ["GB", "OM"]],
        "signed": "2019-02-21",
        "term": {"rule": "unknown"},
        "events": [
            ev("2019-05-22", "operative", "The UK–Oman Comprehensive Agreement on Enduring Friendship and Bilateral Cooperation, signed in London, opens 'Noting the Joint Defence Agreement signed on 21 February 2019 and our commitment to mutual security' (its text annexed to Royal Decree 59/2019 of 3 Oct 2019; the Foreign Office's note of 23 May 2019): the earliest dated evidence found that the agreement was in operation; its entry into force was not found", [S + "27", S + "28"]),
        ],
        "provisions": [
            {"obligation": "military_cooperation",
             "text": "This agreement aims at framing the commitment of the two countries to jointly defend their security, stability and prosperity, and their support for the sovereignty and territorial integrity of each country and the development of bilateral military action to achieve harmony between the armed forces of the two friendly countries.",
             "sources": [S + "26"]},
        ],
        "sources": [S + "26", S + "27", S + "28", S + "29", S + "30", S + "33", S + "31", S + "32"],
        "note": "Signed in Muscat on 21 Feb 2019 by the Defence Secretary, Gavin Williamson, and Oman's Minister Responsible for Defence Affairs (Oman Observer; UK Defence Journal). Its text was not published; the provision is the Oman Observer's account of its aim, not treaty text, and the Ministry of Defence speaks of access to Omani facilities 'long into the future' and of 'a significant reinforcement of our mutual security'. No article binding either party to defend the other was seen, so it is recorded as a partnership, not a defence pact. Before it the United Kingdom had 'no legally binding defence co-operation agreements with countries in the middle east' (a Hansard written answer). A report of 2 Nov 2018 that the agreement was signed then is contradicted by the same day's Oman Observer ('decided to sign'). Read in operation from 22 May 2019 (an `operative` event); no end was found (research/alliances/indochina-etc).",
    },
]
write(records, HERE, "-indo")
