#!/usr/bin/env python3
"""Round 1203d, fourth batch: Greece–UAE (2020), Israel–Morocco (2021) and
Türkiye–Syria (2025), from the `eastmed` round (38 searches). Writes
records-eastmed.json and sources-eastmed.tsv for apply_treaties.py.

Left out: the Israel–Bahrain MoU (2022; no act under it found) and the
Greece–Saudi Arabia arrangement on the Patriot battery (2021; its title
and text not tied to the April 2021 signature); see eastmed/NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "eastmed-s"
records = [
    {
        "id": "ae-gr-2020",
        "name": "Agreement between the Government of the Hellenic Republic and the Government of the United Arab Emirates on the joint cooperation in foreign policy and defense",
        "short_name": "Greece–UAE defence and foreign-policy agreement (2020)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "2020-11-18"}} for c in ["AE", "GR"]],
        "signed": "2020-11-18",
        "term": {"rule": "unknown"},
        "events": [
            ev("2022-12-22", "operative", "Greece's foreign minister, Dendias, meets his Emirati counterpart in Dubai 'in the context of regular contacts with the Foreign minister of the Emirates, as foreseen by article 2 of the agreement I had the honor of signing with the Emirates and which, as I remind you, includes a clause of defense assistance' (The National Herald): the earliest dated act under the agreement found; its entry into force was not found", [S + "10"], party="GR"),
        ],
        "provisions": [
            {"obligation": "mutual_defence",
             "text": "Προβλέπονται η εκατέρωθεν συμβολή στην άμυνα και στη διατήρηση της ασφάλειας, της κυριαρχίας, της ενότητας, της προστασίας και της ανεξαρτησίας της επικράτειας κάθε κράτους",
             "sources": [S + "3", S + "8", S + "7"]},
            {"obligation": "consultation", "article": "Article 2",
             "text": "in the context of regular contacts with the Foreign minister of the Emirates, as foreseen by article 2 of the agreement",
             "sources": [S + "10"]},
        ],
        "sources": [S + "1", S + "2", S + "6", S + "12", S + "9", S + "5", S + "3", S + "7", S + "8", S + "10"],
        "note": "Signed in Abu Dhabi on 18 Nov 2020 by the foreign ministers, Nikos Dendias and Abdullah bin Zayed, during Mitsotakis's visit (the Greek ratification bill, 'υπεγράφη στο Αμπού Ντάμπι την 18η Νοεμβρίου 2020'; Dendias's post of that day), beside a Joint Declaration on Strategic Partnership; UPI's 'on Monday' (23 Nov) is the day of the reports. The defence provision is the press's summary of the ratification bill (a mutual contribution to the defence of each state's territory), not the article's text, which was not found; its article number was not seen, and sources describe it as applying 'as far as possible and where practically possible' when either's territorial integrity is threatened. The Hellenic Parliament ratified it (266 to 22; the day, the law's number and its entry into force were not found). Read in operation from 22 Dec 2022 (an `operative` event); no end was found (research/alliances/eastmed).",
    },
    {
        "id": "il-ma-2021",
        "name": "Mémorandum d'entente en matière de défense entre le Royaume du Maroc et l'État d'Israël",
        "short_name": "Israel–Morocco defence MoU (2021)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2021-11-24"}} for c in ["IL", "MA"]],
        "signed": "2021-11-24",
        "term": {"rule": "unknown"},
        "events": [
            ev("2023-01-17", "operative", "The first annual Steering Committee of Israel's defence establishment with Morocco meets in Rabat; Israel's Defence Ministry: 'Since the resumption of diplomatic relations & the signing of a defense MOU, the parties have deepened & expanded their defense &military ties' (i24NEWS): the earliest dated act under the memorandum found; its entry into force was not found", [S + "19"], party="IL"),
        ],
        "provisions": [
            {"obligation": "military_cooperation",
             "text": "It will enable the defense establishments of both countries to enjoy increased cooperation in the fields of intelligence, industrial collaboration, military training and more.",
             "sources": [S + "13", S + "15"]},
        ],
        "sources": [S + "13", S + "14", S + "15", S + "17", S + "18", S + "19"],
        "note": "Signed in Rabat on Wednesday 24 Nov 2021 by Israel's defence minister, Benny Gantz, and Abdellatif Loudiyi, Morocco's minister delegate for national defence (Israel's Defence Ministry; Reuters; the Royal Armed Forces' communiqué). The memorandum is classified: it 'does not stipulate specific defense deals, but rather provides a legal and regulatory framework' (Reuters). The provision is Israel's Defence Ministry's description, not its text. A partnership, not a defence pact: no obligation to defend was reported. Read in operation from the Steering Committee of 17 Jan 2023 (an `operative` event); no end was found (research/alliances/eastmed).",
    },
    {
        "id": "sy-tr-2025",
        "name": "Ortak Eğitim ve Danışmanlık Mutabakat Muhtırası (Memorandum of Understanding on Joint Training and Consultancy between Türkiye and Syria)",
        "short_name": "Türkiye–Syria training and consultancy MoU (2025)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2025-08-13"}} for c in ["SY", "TR"]],
        "signed": "2025-08-13",
        "term": {"rule": "unknown"},
        "events": [
            ev("2025-08-21", "operative", "Turkish Defence Ministry sources tell reporters in Ankara that 'training, consultancy, technical support and exchange of study visits have begun' within the frame of the agreement (Hürriyet Daily News): the earliest dated act under the memorandum found; no approval in the Official Gazette was found", [S + "31", S + "32"], party="TR"),
            ev("2025-10-31", "statement", "The ministry's spokesman: 49 Syrian students begin training in Türkiye's land, naval and war academies from 31 Oct, under the memorandum signed on 13 Aug (Haberler.com)", [S + "34"], party="TR"),
        ],
        "provisions": [
            {"obligation": "military_cooperation",
             "text": "Söz konusu muhtıra ile askeri eğitim ve iş birliğinin koordinesi, planlanması, danışmanlık ile bilgi ve tecrübe paylaşımı, savunma ihtiyaçları doğrultusunda askeri teçhizat, silah sistemleri, lojistik malzemeler ve ilgili hizmetleri",
             "sources": [S + "29"]},
        ],
        "sources": [S + "26", S + "27", S + "28", S + "29", S + "31", S + "33", S + "36"],
        "note": "Signed in Ankara on 13 Aug 2025 at the Ministry of National Defence by Yaşar Güler and Syria's defence minister, Murhaf Abu Qasra, with the foreign minister al-Shaibani present (the ministry's statement; SANA); bianet names al-Shaibani as the Syrian signatory, a reading not used, as the ministry names Abu Qasra. The first military agreement between the two states after 8 Dec 2024. The provision is the ministry's description (Sabah), not the text, which was not published. A partnership, not a defence pact. Read in operation from 21 Aug 2025 (an `operative` event); no end was found (research/alliances/eastmed).",
    },
]
write(records, HERE, "-eastmed")
