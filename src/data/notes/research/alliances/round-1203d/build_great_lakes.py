#!/usr/bin/env python3
"""Round 1203d, sixth batch: three defence agreements of Central Africa's
Great Lakes states — Central African Republic–Rwanda (2019),
Burundi–DRC (2023) and DRC–Uganda (2021, Operation Shujaa) — from the
`rwanda-etc` round (35 searches). Writes records-glakes.json and
sources-glakes.tsv for apply_treaties.py.

Left out: Rwanda–Mozambique (the 2018 agreements Rwanda cited not
identified; the status-of-forces agreement of 27 Aug 2025 has no act under
it found), Burundi–DRC's accord of 6 Mar 2023 (no act under it found) and
Hungary–Chad (never applied); see rwanda-etc/NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "rwanda-etc-s"
records = [
    {
        "id": "cf-rw-2019",
        "name": "Agreement on Defence Cooperation between the Republic of Rwanda and the Central African Republic",
        "short_name": "CAR–Rwanda Defence Cooperation Agreement (2019)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2019-10-15"}} for c in ["CF", "RW"]],
        "signed": "2019-10-15",
        "term": {"rule": "unknown"},
        "events": [
            ev("2020-12-20", "operative", "Rwanda's Defence Ministry: 'The Government of Rwanda has deployed force protection troops to the Central African Republic, under an existing bilateral agreement on defence', in a statement 'issued late Sunday' (UrduPoint, 21 Dec 2020; the day derived from the page's date): the earliest dated act under the agreement found; its entry into force was not found", [S + "24", S + "25"], party="RW"),
            ev("2021-05-08", "statement", "The two governments sign an implementation protocol in areas of operations and training and deliberate 'on the implementation of the Defence Cooperation Agreement signed between CAR and Rwanda in October 2019' (The New Times)", [S + "23"]),
        ],
        "provisions": [],
        "sources": [S + "19", S + "20", S + "21", S + "22", S + "23", S + "24", S + "25", S + "29"],
        "note": "Signed at the Palais de la Renaissance in Bangui on Tuesday 15 Oct 2019 during Kagame's state visit (CEMAC-eco; Agence Ecofin; the Rwandan presidency's programme), one of five agreements; its text was not published and its exact title was not seen ('Agreement on Defence Cooperation', APA; 'the Defence Cooperation Agreement', The New Times). A partnership: no obligation to defend was reported. Rwanda's troops deployed under it in December 2020 are still there under bilateral arrangements (ChimpReports, 2025). Read in operation from 20 Dec 2020 (an `operative` event); no end was found (research/alliances/rwanda-etc).",
    },
    {
        "id": "bi-cd-2023",
        "name": "Protocole d'accord en matière de défense et de sécurité entre la République démocratique du Congo et la République du Burundi",
        "short_name": "Burundi–DRC defence and security protocol (2023)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2023-08-28"}} for c in ["BI", "CD"]],
        "signed": "2023-08-28",
        "term": {"rule": "unknown"},
        "events": [
            ev("2023-09", "operative", "The Burundian army builds up in eastern Congo 'conformément à un nouvel accord militaire bilatéral signé entre Félix Tshisekedi et Evariste Ndayishimiye fin août dans la capitale congolaise'; a battalion of 800 'vient d'être envoyé dans le Sud-Kivu' (allAfrica, September 2023): the earliest dated act under the protocol found; its entry into force was not found", [S + "35"], party="BI"),
            ev("2025-02-18", "statement", "Reuters' sources say Burundian soldiers are pulling out after the fall of Bukavu; Burundi's army spokesman calls the reports 'fake' and says its soldiers are 'continuing to execute their missions in their areas of responsibility'", [S + "38", S + "39"], party="BI"),
            ev("2025-12-08", "statement", "Burundian and Congolese soldiers flee to Burundi as the M23 advances in South Kivu; 'The Burundian army has not made official statements about the withdrawal' (The New Times); no act ending the protocol was found", [S + "40", S + "41"], party="BI"),
        ],
        "provisions": [],
        "sources": [S + "32", S + "33", S + "34", S + "35", S + "37", S + "38", S + "39", S + "40"],
        "note": "Signed in Kinshasa on Monday 28 Aug 2023 by the defence ministers, Alain Tribert Mutabazi and Jean-Pierre Bemba, in the two presidents' presence (RFI; Congo-Press). Its text was not published; President Ndayishimiye said it concerns 'surtout l’entraide entre systèmes de défense' (training, border patrols). The title is RFI's wording. An earlier accord and memorandum of 6 Mar 2023 (Bujumbura) are not recorded: no act under them was found. A partnership: no obligation to defend was reported. Read in operation from September 2023 (an `operative` event); the withdrawals reported in 2025 are disputed or unofficial and end nothing, so no end is recorded (research/alliances/rwanda-etc).",
    },
    {
        "id": "cd-ug-2021",
        "name": "Memorandum of Understanding between the Government of Uganda and the Democratic Republic of the Congo on joint operations against the ADF (Operation Shujaa)",
        "short_name": "DRC–Uganda joint-operations MoU (Operation Shujaa, 2021)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2021-11-05"}} for c in ["CD", "UG"]],
        "signed": "2021-11-05",
        "term": {"rule": "unknown"},
        "events": [
            ev("2021-11-30", "operative", "Uganda launches air and artillery strikes against the ADF in eastern Congo 'in an operation agreed with Congolese forces, both sides said' (AFP via The Hindu; AP): the earliest dated act under the memorandum found", [S + "44", S + "45"], party="UG"),
            ev("2022-06-02", "extended", "The joint operation, first agreed for six months to 31 May 2022, is extended 'for another six months' (Eagle Online); later extensions ran two months each (The EastAfrican)", [S + "48", S + "49", S + "50"]),
            ev("2025-06-20", "statement", "The two armies sign 'un mémorandum d’entente révisé et actualisé sur les opérations conjointes « Shujaa »' in Kinshasa (Yabiso News, 'ce vendredi 20 juin'; infos.cd had it planned for the Saturday)", [S + "51", S + "52"]),
        ],
        "provisions": [],
        "sources": [S + "43", S + "44", S + "45", S + "46", S + "47", S + "48", S + "49", S + "51"],
        "note": "Signed on Friday 5 Nov 2021 at State House, Entebbe, by the chiefs of the two armies (Nile Post, from an anonymous source: the day rests on it alone); the operation 'is being implemented following a Memorandum of Understanding between the Government of Uganda and the DRC to conduct joint operations for the eradication of ADF' (Watchdog Uganda). A general defence cooperation agreement signed by the defence ministers in December 2021 (day and place not found) is not recorded separately. The original term was six months ('It was supposed to last six months', Gen. Muhoozi, AFP), extended since; the term is kept unknown, as each extension's dates were not all found, and the revised memorandum of June 2025 shows it continuing. A partnership for joint operations, no obligation to defend. Read in operation from 30 Nov 2021 (an `operative` event); no end was found (research/alliances/rwanda-etc).",
    },
]
write(records, HERE, "-glakes")
