#!/usr/bin/env python3
"""Round 1203c, second batch: the Eastern Caribbean Regional Security System's
Memorandum of Understanding (1982) and the Australia–Indonesia Lombok Treaty
(2006), from the `rss-auid` round (46 searches). Writes records-rss.json and
sources-rss.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "rss-auid-s"
FOUNDERS = ["AG", "BB", "DM", "LC", "VC"]

records = [
    {
        "id": "rss-1982",
        "name": "Memorandum of Understanding relating to Security and Military Co-operation (Regional Security System)",
        "short_name": "Regional Security System MoU (Eastern Caribbean, 1982)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "1982-10-29"}} for c in FOUNDERS]
        + [{"country": "GD", "period": {"start": "1985-01"}}],
        "signed": "1982-10-29",
        "term": {"rule": "unknown"},
        "events": [
            ev("1983-10-25", "operative", "Forces of the Regional Security System's members land in Grenada with the United States and Jamaica (Caribbean National Weekly; The Guardian of 26 Oct 1983: '300 troops from six Caribbean countries' landed 'yesterday'): the earliest dated evidence found that the arrangement was in operation", [S + "7", S + "8"]),
            ev("1985-01", "joined", "Grenada joins in January 1985 (the Barbados Advocate; the St Kitts and Nevis Prime Minister's press secretary)", [S + "2", S + "3"], party="GD"),
            ev("1994-11-12", "statement", "'Barbados-based Regional Security Forces' arrive in St Kitts to guard the prison and public buildings after a riot (AP, 13 Nov 1994: 'arrived Saturday')", [S + "4"]),
            ev("1996-03-05", "statement", "The Treaty Establishing the Regional Security System is signed at St George's, Grenada; 'The MOU was upgraded to a treaty in 1996' (Barbados Defence Force). The Treaty's entry into force was not found, so this record runs on as the System's instrument", [S + "2", S + "1", S + "9"]),
        ],
        
        "sources": [S + "1", S + "2", S + "3", S + "6"],
        "note": "Signed on 29 Oct 1982 by Antigua and Barbuda, Dominica, St Lucia and St Vincent and the Grenadines with Barbados 'to provide mutual assistance on request' (the Barbados Defence Force's release of 29 Oct 2020, the Barbados Advocate, the St Kitts and Nevis PM's press secretary; the MoU's text was not read, so no article is recorded and the kind rests on these official descriptions). Its entry into force was not found: the record reads it in operation from the Grenada landing of 25 Oct 1983. St Kitts and Nevis joined after its independence of September 1983 ('1983', CMC; 'by 1985', the BDF): no day or month was found, so it is not recorded as a party. The MoU was revised in 1992. The 1996 Treaty (Guyana acceded by a 2022 protocol) is not recorded as a treaty: its entry into force was not found (research/alliances/rss-auid).",
    },
    {
        "id": "au-id-2006",
        "name": "Agreement between Australia and the Republic of Indonesia on the Framework for Security Cooperation",
        "short_name": "Lombok Treaty (Australia–Indonesia, 2006)",
        "kind": "strategic_partnership",
        "parties": [{"country": "AU", "period": {"start": "2006-11-13"}}, {"country": "ID", "period": {"start": "2006-11-13"}}],
        "signed": "2006-11-13",
        "in_force": "2008-02-07",
        "term": {"rule": "unknown"},
        "events": [
            ev("2007-11-27", "ratified", "The House of Representatives (DPR) agrees in plenary to ratify the treaty (The Jakarta Post of 28 Nov 2007, 'Tuesday'; the President's signature of the law still needed)", [S + "31"], party="ID"),
            ev("2008-02-07", "statement", "The two foreign ministers 'officially sign and exchange' the treaty in Perth: it 'started to take effect officially with the exchange of notes in Perth' (Wirajuda)", [S + "27", S + "28"]),
        ],
        "provisions": [
            {"obligation": "territorial_integrity", "article": "Article 2(2)",
             "text": "Mutual respect and support for the sovereignty, territorial integrity, national unity and political independence of each other, and also non-interference in the internal affairs of one another",
             "sources": [S + "30"]},
            {"obligation": "territorial_integrity", "article": "Article 2(3)",
             "text": "The Parties, consistent with their respective domestic laws and international obligations, shall not in any manner support or participate in activities by any person or entity which constitutes a threat to the stability, sovereignty or territorial integrity of the other Party, including by those who seek to use its territory for encouraging or committing such activities, including separatism, in the territory of the other Party.",
             "sources": [S + "25"]},
        ],
        "sources": [S + "24", S + "26", S + "29", S + "27"],
        "note": "Signed at Mataram, Lombok, on 13 Nov 2006; in force 7 Feb 2008 ([2008] ATS 3, read on a copy of the Australian Treaty Series text; the exchange in Perth that day is in the Australian foreign minister's transcripts). A framework for security cooperation with no assistance clause, so a partnership, not a defence pact; its consultation article and term were not read. The Agreement on Maintaining Security of 18 Dec 1995, which Indonesia ended on 16 Sep 1999, is not recorded: its entry into force appears only in Wikipedia copies. The Defence Cooperation Agreement (signed 29 Aug 2024) and the Treaty of Jakarta (signed 6 Feb 2026) are not recorded: their entry into force was not found (research/alliances/rss-auid).",
    },
]
write(records, HERE, "-rss")
print(len(records), "records")
