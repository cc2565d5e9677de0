#!/usr/bin/env python3
"""Batch 3 of the 2026-12-03 round: two Central Asian treaties (the Kazakhstan–Uzbekistan Treaty on Allied Relations of 2022 is left out: its entry into force was not found, and the only evidence of operation, the Supreme Interstate Council of 8 Aug 2024, is tied to the treaty only by sources the research did not record)
(research/alliances/central-asia). The Arab League treaty's three later
parties (research/alliances/arab-parties) were edited into treaties.json
directly, as one record's change. Writes records3.json and sources3.tsv;
apply with ../../apply_treaties.py src/data records3.json sources3.tsv.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

records = [
    {
        "id": "kg-kz-1997",
        "name": "Treaty on Eternal Friendship between the Republic of Kazakhstan and the Kyrgyz Republic",
        "short_name": "Kazakhstan–Kyrgyzstan Treaty on Eternal Friendship (1997)",
        "kind": "friendship",
        "parties": [{"country": "KG", "period": {"start": "1999-06-22"}}, {"country": "KZ", "period": {"start": "1999-06-22"}}],
        "signed": "1997-04-08",
        "in_force": "1999-06-22",
        "term": {"rule": "unknown"},
        "events": [],
        "sources": ["casia-s43", "casia-s9"],
        "note": "Signed in Almaty on 8 Apr 1997; in force on 22 Jun 1999 (Adilet's note on Kazakhstan's ratification law, citing Diplomatiya zharshysy, special issue No. 2, Sep 2000). Its text, term and articles were not seen, so no provision is recorded. The Treaty on Allied Relations of 25 Dec 2003 and the 2024 treaty on deepening allied relations are not recorded: their entry into force was not found (research/alliances/central-asia).",
    },
    {
        "id": "tj-uz-2024",
        "name": "Treaty on Allied Relations between the Republic of Uzbekistan and the Republic of Tajikistan",
        "short_name": "Tajikistan–Uzbekistan Treaty on Allied Relations (2024)",
        "kind": "friendship",
        "parties": [{"country": "TJ", "period": {"start": "2025-03-31"}}, {"country": "UZ", "period": {"start": "2025-03-31"}}],
        "signed": "2024-04-18",
        "in_force": "2025-03-31",
        "term": {"rule": "unknown"},
        "events": [
            ev("2025-01", "ratified", "Uzbekistan's Senate ratifies the treaty (Asia-Plus, 27 Jan 2025, citing UzDaily); the President signs the law (Darakchi)", ["casia-s20", "casia-s21"], "UZ"),
        ],
        "sources": ["casia-s18", "casia-s19", "casia-s20"],
        "note": "Signed in Dushanbe on 18 Apr 2024 during President Mirziyoyev's state visit; in force on 31 Mar 2025, when the foreign ministers signed a protocol and exchanged the instruments of ratification in the presidents' presence, the treaty taking effect from that exchange (UzA via Kazinform; the Uzbek President's press service via UPL.uz). The official title with the states' full names and the articles were not seen, so no provision is recorded; Tajikistan's ratification was not found.",
    },
]
write(records, HERE, "3")
