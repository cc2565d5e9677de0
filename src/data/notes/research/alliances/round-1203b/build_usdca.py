#!/usr/bin/env python3
"""Round 1203b, fifth batch: the US defence cooperation agreements with
Finland and Sweden (2023) and the US–Philippines Visiting Forces Agreement
(1998), from the `us-dca` round. Writes records-usdca.json and
sources-usdca.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

U = "us-dca-s"


def pair(a, b, day):
    return [{"country": c, "period": {"start": day}} for c in sorted([a, b])]


records = [
    {
        "id": "fi-us-2023",
        "name": "Defence Cooperation Agreement between the Government of the Republic of Finland and the Government of the United States of America",
        "short_name": "Finland–US Defence Cooperation Agreement (2023)",
        "kind": "strategic_partnership",
        "parties": pair("FI", "US", "2023-12-18"),
        "signed": "2023-12-18",
        "in_force": "2024-09-01",
        "term": {"rule": "unknown"},
        "events": [
            ev("2024-07-05", "ratified", "The President of the Republic approves the agreement and the act bringing it into force; Finland notifies the United States the same day", [U + "11", U + "12"], party="FI"),
            ev("2025-08-13", "statement", "The first implementing document under the agreement (infrastructure) is signed (the defence ministry, via MTV; the signing day is not in the excerpt)", [U + "15"]),
        ],
        "provisions": [],
        "sources": [U + "11", U + "14", U + "13", U + "12"],
        "note": "Signed at the State Department in Washington on 18 Dec 2023 by Defence Minister Häkkänen and Secretary of State Blinken; in force 1 Sep 2024 (the Finnish foreign ministry, 5 Jul 2024). The name is the ministry's; the exact treaty title was not seen, nor its articles, so no provision is recorded: an agreement on US forces' access and presence, recorded as a partnership beside the two states' NATO alliance (research/alliances/us-dca).",
    },
    {
        "id": "se-us-2023",
        "name": "Avtal om försvarssamarbete mellan Konungariket Sveriges regering och Amerikas förenta staters regering",
        "short_name": "Sweden–US Defence Cooperation Agreement (2023)",
        "kind": "strategic_partnership",
        "parties": pair("SE", "US", "2023-12-05"),
        "signed": "2023-12-05",
        "in_force": "2024-08-15",
        "term": {"rule": "unknown"},
        "events": [
            ev("2024-06-18", "ratified", "The Riksdag approves the agreement and its implementing legislation", [U + "18"], party="SE"),
        ],
        "provisions": [],
        "sources": [U + "16", U + "17", U + "20", U + "19"],
        "note": "Signed at the Pentagon on 5 Dec 2023 by Defence Minister Pål Jonson and Secretary of Defense Austin (Reuters: 'on Tuesday'); in force 15 Aug 2024 (the Government Offices of Sweden). The Swedish title is the Riksdag committee report's, read on a copy; its articles were not read, so no provision is recorded: an agreement on US forces' access and presence, recorded as a partnership beside the two states' NATO alliance (research/alliances/us-dca).",
    },
    {
        "id": "ph-us-1998-vfa",
        "name": "Agreement Between the Government of the United States of America and the Government of the Republic of the Philippines Regarding the Treatment of United States Armed Forces Visiting the Philippines",
        "short_name": "US–Philippines Visiting Forces Agreement (1998)",
        "kind": "strategic_partnership",
        "parties": pair("PH", "US", "1998-02-10"),
        "signed": "1998-02-10",
        "in_force": "1999-06-01",
        "term": {"rule": "unknown"},
        "events": [
            ev("2020-02-11", "statement", "The Philippines announces its notice of termination (formal notice in February 2020); the termination is suspended in June 2020, November 2020 and June 2021", [U + "34", U + "36"], party="PH"),
            ev("2021-07-30", "statement", "Defence Secretary Lorenzana: 'The VFA is in full force again. There is no letter of termination pending', the notice withdrawn the night before; the agreement never lapsed", [U + "35"], party="PH"),
        ],
        "provisions": [],
        "sources": [U + "29", U + "30", U + "32"],
        "note": "Signed in Manila on 10 Feb 1998; in force 1 Jun 1999 (the Department of State's note in TIAS 12931, read on copies; its Background Note: the Philippine Senate approved it in May 1999). A Wikipedia copy's 27 May 1999 is not used. The counterpart agreement on Philippine personnel visiting the United States (9 Oct 1998) took effect the same day and is not recorded separately. A status-of-forces agreement under the 1951 Mutual Defense Treaty (ph-us-1951), recorded as a partnership; its articles were not read, so no provision is recorded (research/alliances/us-dca).",
    },
]
write(records, HERE, "-usdca")
print(len(records), "records")
