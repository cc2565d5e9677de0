#!/usr/bin/env python3
"""Build the records of the 2026-12-03 round: five Soviet treaties read from
their first evidence of operation (research/alliances/soviet-op) and the
UK–Ukraine 100 Year Partnership (research/alliances/europe-asia-op). Writes
records.json and sources.tsv here; apply with
../../apply_treaties.py src/data records.json sources.tsv.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import drafts, ev, write  # noqa: E402


def copy(tid):
    return json.loads(json.dumps(D[tid]))


D = drafts(HERE)
records = []
USSR_END = "1991-12-26"

# 1. Soviet–Afghan treaty (1978): invoked for the December 1979 intervention.
t = copy("af-su-1978")
for p in t["parties"]:
    if p["country"] == "SU":
        p["period"]["end"] = USSR_END
t["events"] = [
    ev("1979-12-27", "operative", "TASS announcement: the Soviet Union, proceeding from the commonality of the two countries' security interests \u201calso recorded in the 5 December 1978 Treaty\u201d, answers the Afghan government's request for aid (text attached to CPSU Politburo protocol No. 177, Wilson Center Digital Archive copy); Pravda of 29 Dec 1979 prints the Afghan government's request made \u201cproceeding from\u201d the treaty, which the Soviet government \u201chas satisfied\u201d: the earliest dated evidence found that the treaty was in operation; its entry into force was not found", ["sovop-s1", "sovop-s2"], "SU"),
    ev("1980-01", "statement", "At the Security Council debate of early January 1980 the Soviet Union and Afghanistan say the troops were sent under their mutual treaty (NZPA-Reuter, 8 Jan 1980); a journal abstract says Troyanovsky and Dost referred to Article 4", ["sovop-s12", "sovop-s13"]),
]
t["sources"] += ["sovop-s1", "sovop-s2", "sovop-s12"]
t["note"] = t["note"].replace("Its end (after 1991/1992) was not researched.", "Read in operation from 27 Dec 1979 (an `operative` event: the TASS announcement grounding the intervention on it). The Soviet Union's party period ends with the Soviet Union on 26 Dec 1991; whether Russia continued the treaty, and its end for Afghanistan, were not found, so Afghanistan's period is left open and binds no one after that day.")
records.append(t)

# 2. Indo-Soviet treaty (1971): consultations "under Article Nine" on 27 Oct 1971.
t = copy("in-su-1971")
for e in t["events"]:
    if e["date"] == "1971-10-27":
        e["kind"] = "operative"
        e["note"] += ": the earliest dated evidence found that the treaty was in operation; its entry into force was not found"
t["note"] += " Read in operation from 27 Oct 1971 (an `operative` event); its term and the 1991 extension are recorded but not counted."
records.append(t)

# 3. Soviet–Syrian treaty (1980): relations developed "on the basis of" it in the 1984 legal-assistance treaty.
t = copy("su-sy-1980")
t["events"] = [
    ev("1984-11-15", "operative", "The preamble of the USSR–Syria treaty on legal assistance in civil and criminal matters, signed in Moscow on 15 Nov 1984, speaks of friendship relations developed further on the basis of the Treaty of Friendship and Cooperation concluded between them (pactrf.ru text): the earliest dated evidence found that the treaty was in operation; its entry into force was not found", ["sovop-s11"]),
] + t["events"] + [
    ev("2025-07-31", "statement", "Lavrov after meeting Foreign Minister al-Shaibani in Moscow: the two sides agreed to review all the agreements in place (AFP via L'Orient-Le Jour); the 1980 treaty is not named", ["sovop-s10"], "RU"),
    ev("2025-10-18", "suspended", "Foreign Minister al-Shaibani: the agreements between Russia and the former regime are suspended and Syria does not accept them (interview to Al-Ikhbaria, reported 18–19 Oct). He names no agreement; read as covering this treaty, concluded by the same Ba\u02bfathist government, as it covers the base agreements of 2015 and 2017", ["russia-s101", "russia-s102"], "SY"),
]
t["sources"] += ["sovop-s11", "sovop-s10", "russia-s101"]
t["note"] += " Read in operation from 15 Nov 1984 (an `operative` event); Syria's participation is suspended from 18 Oct 2025, as in the Hmeimim and Tartus records, so the treaty makes no tie in effect after that day."
records.append(t)

# 4. Soviet–Vietnamese treaty (1978): Dobrynin on acting "under its treaty with Hanoi", 24 Feb 1979.
t = copy("su-vn-1978")
t["alternatives"] = t.get("alternatives", []) + [
    {"says": "in force from 13 Dec 1978 (Baidu Baike copies only; also the date of the Soviet ratification decree)", "date": "1978-12-13", "sources": ["soviet-bloc-s70", "soviet-bloc-s68"]}]
t["in_force"] = None
t["events"].append(ev("1979-02-24", "operative", "Ambassador Dobrynin, called in by Acting Secretary Christopher during the Chinese attack on Vietnam, says the United States is trying to tie the hands of the Soviet Union to act under its treaty with Hanoi (FRUS 1977\u201380 vol. VI, doc. 175; the day from State Department cable 1979STATE046398 on the same meeting): the earliest dated evidence found that the treaty was in operation", ["sovop-s4", "sovop-s5"], "SU"))
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["sovop-s4", "sovop-s5"]
t["note"] = t["note"].replace("in_force 13 Dec 1978 and the term", "The entry into force on 13 Dec 1978 (kept as a reading) and the term") + " Read in operation from 24 Feb 1979 (an `operative` event)."
records.append(t)

# 5. Soviet–North Korean treaty (1961): registered with the UN on 23 Jan 1962.
t = copy("kp-su-1961")
t["in_force"] = None
t["events"] += [
    ev("1962-01-23", "operative", "Registered with the UN Secretariat by the USSR on 23 Jan 1962 (UNTS No. 6045); the Secretariat registers a treaty only once it has come into force between two or more of its parties (Regulations to give effect to Article 102, art. 1(2)): the earliest dated evidence found that it was in force", ["sovop-s7", "r1203-s1"], "SU"),
    ev("2024-06-17", "statement", "Kremlin aide Ushakov: the new treaty \u201cwill replace\u201d the 1961 treaty (TASS). A reading at odds with the lapse of 10 Sep 1996 that the record uses; not an end", ["sovop-s8"], "RU"),
]
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["sovop-s7", "r1203-s1"]
t["note"] = t["note"].replace("in_force 1961-09-10 is UNCONFIRMED: no page seen states it; it is inferred", "The entry into force on 10 Sep 1961 is UNCONFIRMED, so `in_force` is left out: no page seen states it (a Baidu copy does); it is inferred") + " Read in operation from its registration with the UN on 23 Jan 1962 (an `operative` event); its term and extensions are recorded but not counted, and it ends with its lapse on 10 Sep 1996."
records.append(t)

# 6. UK–Ukraine One Hundred Year Partnership Agreement (2025).
records.append({
    "id": "gb-ua-2025",
    "name": "One Hundred Year Partnership Agreement between the United Kingdom of Great Britain and Northern Ireland and Ukraine",
    "short_name": "UK–Ukraine 100 Year Partnership (2025)",
    "kind": "strategic_partnership",
    "parties": [{"country": "GB", "period": {"start": "2025-10-15"}}, {"country": "UA", "period": {"start": "2025-10-15"}}],
    "signed": "2025-01-16",
    "in_force": "2025-10-15",
    "term": {"rule": "unknown"},
    "events": [
        ev("2025-09-17", "ratified", "The Verkhovna Rada ratifies the agreement, 295 votes in favour (Rada press service via Minfin; LB.ua)", ["euas-s17", "euas-s16"], "UA"),
        ev("2025-09-18", "ratified", "President Zelensky signs the ratification law (Fraza)", ["euas-s18"], "UA"),
    ],
    "sources": ["ua-a-s7", "ua-a-s8", "euas-s17", "euas-s19", "euas-s20", "euas-s22", "euas-s30"],
    "note": "Signed in Kyiv on 16 Jan 2025 by Prime Minister Starmer and President Zelensky with a political declaration, which is not legally binding (House of Commons Library); the Lords International Agreements Committee calls the agreement a legally binding framework. In force on 15 Oct 2025, when the Rada's chairman Stefanchuk handed the Speaker of the House of Commons the ratification law and the note on its entry into force (European Pravda; LB.ua); no UK-side statement of that date was found. Its defence and security articles were not seen, so no provision is recorded and the tie rests on the kind. The title follows the Lords Grand Committee debate of 22 Apr 2025 (Hansard copy). The 2024 Agreement on Security Co-operation stays in force beside it.",
})

write(records, HERE)
