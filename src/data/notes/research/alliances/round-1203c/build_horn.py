#!/usr/bin/env python3
"""Round 1203c, fourth batch: Egypt's and Türkiye's defence agreements with
Somalia (2024), from the `horn` round (45 searches). Writes records-horn.json
and sources-horn.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "horn-s"
records = [
    {
        "id": "eg-so-2024",
        "name": "بروتوكول التعاون العسكري (Egypt–Somalia military cooperation protocol)",
        "short_name": "Egypt–Somalia military cooperation protocol (2024)",
        "kind": "strategic_partnership",
        "parties": [{"country": "EG", "period": {"start": "2024-08-14"}}, {"country": "SO", "period": {"start": "2024-08-14"}}],
        "signed": "2024-08-14",
        "term": {"rule": "unknown"},
        "events": [
            ev("2024-08-29", "operative", "'Egypt sent arms, military hardware and special forces to Somalia' (the Library of Congress's Global Legal Monitor on the agreement): the earliest dated evidence found of its operation", [S + "10"], party="EG"),
            ev("2024-09-24", "statement", "Egypt's foreign ministry spokesman: the military aid is 'part of Egypt's fulfilment of its obligations under the military cooperation protocol recently signed with Somalia' (Europa Press; RT Arabic)", [S + "16", S + "15"], party="EG"),
        ],
        "sources": [S + "12", S + "11", S + "13", S + "10"],
        "alternatives": [
            {"says": "Addis Standard says the agreement was signed in January 2024, before the Somali cabinet approved it on 19 Jul 2024", "date": "2024-01", "sources": [S + "14"]},
        ],
        "note": "Signed at the Ittihadia Palace in Cairo on 14 Aug 2024 in the presence of both presidents (the Egyptian Presidency's statement, read on a reprint; Anadolu). Its exact title and text were not published, so no article is recorded and it is a partnership, not a defence pact, though Somalia called it a 'significant defence agreement'. Somalia's cabinet had approved its implementation on 19 Jul 2024, before the signing (Addis Standard). Its entry into force and any Egyptian ratification were not found: the record reads it in operation from Egypt's first arms delivery, 29 Aug 2024. (research/alliances/horn).",
    },
    {
        "id": "so-tr-2024",
        "name": "Savunma ve Ekonomik İşbirliği Çerçeve Anlaşması (Türkiye–Somalia)",
        "short_name": "Türkiye–Somalia Defence and Economic Cooperation Framework Agreement (2024)",
        "kind": "strategic_partnership",
        "parties": [{"country": "SO", "period": {"start": "2024-02-08"}}, {"country": "TR", "period": {"start": "2024-02-08"}}],
        "signed": "2024-02-08",
        "term": {"rule": "fixed", "years": 10},
        "events": [
            ev("2024-02-21", "ratified", "Somalia's cabinet approves the ten-year agreement and the two Houses of the Federal Parliament ratify it in joint session, 213 of 216 members for (AA via TRT Haber; Sputnik; Somali Dispatch)", [S + "27", S + "28", S + "29"], party="SO"),
            ev("2024-07-27", "operative", "The Turkish parliament approves a presidential motion to deploy the armed forces to Somalia, its territorial waters included, for two years 'under the Türkiye-Somalia defense cooperation agreement' (Hürriyet Daily News; Africanews: 'on Saturday'): the earliest dated evidence found of its operation", [S + "31", S + "32"], party="TR"),
        ],
        "sources": [S + "25", S + "26", S + "27", S + "31"],
        "note": "Signed in Ankara on 8 Feb 2024 by the two defence ministers. Ten years, as Somalia's information minister and president said (the article was not read). Its text was not published and no Turkish ratification law or Resmî Gazete publication was found, so the record reads it in operation from the Turkish parliament's deployment motion of 27 Jul 2024; a partnership, with no assistance clause read (research/alliances/horn).",
    },
]
write(records, HERE, "-horn")
print(len(records), "records")
