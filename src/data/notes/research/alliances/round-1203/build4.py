#!/usr/bin/env python3
"""Batch 4 of the 2026-12-03 round: the Great Lakes Pact and its mutual-defence
protocol (research/alliances/regional-pacts), Australia's security treaties
with Solomon Islands and Tuvalu (pacific) and the US-Jordan Defense
Cooperation Agreement (us-bilateral). Writes records4.json and sources4.tsv;
apply with ../../apply_treaties.py src/data records4.json sources4.tsv.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

ICGLR = ["BI", "CD", "CF", "CG", "KE", "RW", "TZ", "UG"]
records = [
    {
        "id": "icglr-2006",
        "name": "Pact on Security, Stability and Development in the Great Lakes Region, with its Protocol on Non-Aggression and Mutual Defence in the Great Lakes Region",
        "short_name": "Great Lakes Pact and Mutual Defence Protocol (2006)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "2008-06-21"}} for c in ICGLR],
        "signed": "2006-12-15",
        "in_force": "2008-06-21",
        "term": {"rule": "unknown"},
        "events": [
            ev("2008-05-21", "ratified", "The Conference Secretariat receives the eighth instrument of ratification, the Republic of Congo's (ICGLR press statement via The New Times)", ["rpac-s1"], "CG"),
        ],
        "sources": ["rpac-s1", "rpac-s2", "rpac-s3", "rpac-s8", "rpac-s5"],
        "note": "Signed in Nairobi on 15 Dec 2006 by the heads of state of the International Conference on the Great Lakes Region; in force on 21 Jun 2008, thirty days after the eighth instrument of ratification (Article 33; ICGLR press statement via The New Times; OAG Burundi: \u201cdepuis le 21 juin\u201d; Xinhua and UN News: \u201clast Saturday\u201d). The Protocol on Non-Aggression and Mutual Defence is part of the Pact (PA-X). Parties: the eight states Xinhua and UN News name as having ratified by entry into force (Burundi, the CAR, the DRC, Kenya, the Republic of Congo, Rwanda, Tanzania, Uganda), each from that day since its own date was not found (The New Times names only seven, leaving out Uganda); Angola, Sudan and Zambia had not ratified then, and no later ratification (nor South Sudan's) was found, so they are not recorded. PA-X dates the protocol 30 Nov 2006, likely the ministers' text adopted before the summit. The protocol's defence article was not seen, so no provision is recorded and the kind rests on the protocol's title.",
    },
    {
        "id": "au-sb-2017",
        "name": "Agreement between the Government of Australia and the Government of Solomon Islands Concerning the Basis for Deployment of Police, Armed Forces, and other Personnel to Solomon Islands",
        "short_name": "Australia–Solomon Islands Bilateral Security Treaty (2017)",
        "kind": "strategic_partnership",
        "parties": [{"country": "AU", "period": {"start": "2018-06-13"}}, {"country": "SB", "period": {"start": "2018-06-13"}}],
        "signed": "2017-08-14",
        "in_force": "2018-06-13",
        "term": {"rule": "unknown"},
        "events": [
            ev("2021-11-25", "statement", "Activated for the first time: Prime Minister Sogavare asks Australia to help under the treaty after the unrest in Honiara, and Australian police arrive (Island Sun; DFAT)", ["pac-s29", "pac-s24"], "SB"),
        ],
        "sources": ["pac-s24", "pac-s25", "pac-s29"],
        "note": "Signed in Canberra on 14 Aug 2017 by the foreign ministers Julie Bishop and Milner Tozaka; in force on 13 Jun 2018 (DFAT; [2018] ATS 14). The Parliament's treaties committee gives 14 Oct 2017 for the signature; DFAT's date is used. Its articles were not seen verbatim, so no provision is recorded.",
    },
    {
        "id": "au-tv-2023",
        "name": "Australia-Tuvalu Falepili Union Treaty",
        "short_name": "Australia–Tuvalu Falepili Union (2023)",
        "kind": "strategic_partnership",
        "parties": [{"country": "AU", "period": {"start": "2024-08-28"}}, {"country": "TV", "period": {"start": "2024-08-28"}}],
        "signed": "2023-11-09",
        "in_force": "2024-08-28",
        "term": {"rule": "unknown"},
        "events": [],
        "provisions": [
            {"obligation": "mutual_defence", "binds": "AU", "towards": "TV", "text": "From today, and for the first time ever, Australia is obliged to respond when Tuvalu calls for assistance in the face of a major natural disaster, health pandemic or military aggression.", "sources": ["pac-s3", "pac-s37"]},
        ],
        "sources": ["pac-s5", "pac-s2", "pac-s3", "pac-s37"],
        "note": "Signed in Rarotonga on 9 Nov 2023 by Prime Ministers Albanese and Natano (the Parliament's treaties committee; a Verfassungsblog commentary's 11 Nov is not used); in force on 28 Aug 2024, announced by Prime Ministers Albanese and Teo at the Pacific Islands Forum in Nuku\u02bbalofa \u201cafter confirmation of ratification by both countries\u201d (joint press conference, pm.gov.au; AAP). Article 4's words were seen only on aggregator copies, so the provision is the Prime Minister's release describing it (a copy of pm.gov.au): Australia's pledge runs one way and on Tuvalu's request; Tuvalu in turn agrees with Australia any third state's engagement on security and defence.",
    },
    {
        "id": "jo-us-2021",
        "name": "Defense Cooperation Agreement between the Government of the Hashemite Kingdom of Jordan and the Government of the United States of America",
        "short_name": "US–Jordan Defense Cooperation Agreement (2021)",
        "kind": "strategic_partnership",
        "parties": [{"country": "JO", "period": {"start": "2021-03-16"}}, {"country": "US", "period": {"start": "2021-03-16"}}],
        "signed": "2021-01-31",
        "in_force": "2021-03-16",
        "term": {"rule": "fixed", "years": 15},
        "events": [
            ev("2021-02-17", "ratified", "Cabinet decision No. 1381, approved by royal decree; the agreement did not go to parliament (Al-Akhbar)", ["usb-s15"], "JO"),
        ],
        "sources": ["usb-s2", "usb-s13", "usb-s14", "usb-s15"],
        "note": "Signed on 31 Jan 2021; in force on its publication in Jordan's Official Gazette on Tuesday 16 Mar 2021 (Arabi21: it took effect on Tuesday; Al-Sharq Today, 16 Mar 2021, citing Ammon: published \u201ctoday, Tuesday\u201d). The official English title was not seen (the State Department calls it \u201ca 2021 Defense Cooperation Agreement\u201d); the name here renders the Arabic gazette title. Fifteen years, unless a party gives a year's written notice (Arabi21). It governs US forces' entry and facilities; no defence commitment was seen, so no provision is recorded.",
    },
]
write(records, HERE, "4")
