#!/usr/bin/env python3
"""Apply the fact review of the eastern Mediterranean batch (REVIEW-h.md)
to src/data/treaties.json and src/data/sources.tsv. The added quote is the
reviewer's excerpt of the page named."""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from research_lib import edit_sources, ev  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../..")
S = "eastmed-s"
NEW = [[S + "60", "news", "AllAfrica (Maghreb Arabe Presse, carrying the Royal Armed Forces' communiqué)", "Première réunion du Comité de Suivi de la Coopération de défense maroco-israélienne", "2023-01-17", "https://fr.allafrica.com/stories/202301170717.html",
        "la première réunion du Comité de Suivi de la Coopération de défense maroco-israélienne s'est tenue les 16 et 17 janvier 2023 au Cercle Mess Officiers de Rabat … présentées et adoptées le 17 janvier 2023", "Forces Armées Royales (Maghreb Arabe Presse)", ""]]

def fix_sources():
    def edit(r):
        if r[0] == S + "27":
            r[4] = ""
    edit_sources(DATA, edit, NEW)

def fix_treaties():
    p = f"{DATA}/treaties.json"
    ts = json.load(open(p))
    by = {t["id"]: t for t in ts}
    gr = by["ae-gr-2020"]
    gr["provisions"] = [x for x in gr["provisions"] if x["obligation"] != "consultation"]
    n = gr["note"]
    a = "The Hellenic Parliament ratified it"
    assert a in n
    n = n.replace(a, "The kind rests on the Greek government's own words, that the agreement 'includes a clause of defense assistance' (Dendias, 2022), and on those summaries of a qualified clause. Its Art. 2 provides, in Dendias's words, for 'regular contacts with the Foreign minister of the Emirates', not recorded as a consultation provision, which the crate keeps for consultation when a party is threatened. The Hellenic Parliament ratified it")
    gr["note"] = n
    ma = by["il-ma-2021"]
    ma["name"] = "Mémorandum d'entente en matière de défense"
    ma["events"][0] = ev("2023-01-16", "operative", "The first meeting of the Moroccan–Israeli defence cooperation steering committee is held in Rabat on 16 and 17 Jan 2023 ('s'est tenue les 16 et 17 janvier 2023', the Royal Armed Forces' communiqué); Israel's Defence Ministry, announcing it on 17 Jan: 'Since the resumption of diplomatic relations & the signing of a defense MOU, the parties have deepened & expanded their defense &military ties' (i24NEWS): the first dated act found that a party ties to the memorandum; its entry into force was not found", [S + "60", S + "19"], party="MA")
    ma["provisions"][0]["sources"] = [S + "13"]
    ma["sources"] = ma["sources"] + [S + "60"]
    ma["note"] = ma["note"].replace("Read in operation from the Steering Committee of 17 Jan 2023", "Read in operation from the steering committee of 16–17 Jan 2023")
    assert "16–17 Jan 2023" in ma["note"]
    tr = by["sy-tr-2025"]
    tr["name"] = "Ortak Eğitim ve Danışmanlık Mutabakat Muhtırası"
    tr["events"][1] = ev("2025-10-30", "statement", "At the ministry's weekly briefing the spokesman says 49 Syrian students will begin training in Türkiye's military schools ('kara, deniz ve harp okullarında') from 31 Oct; Haberler.com ties it to the memorandum signed on 13 Aug", [S + "34"], party="TR")
    tr["provisions"][0]["text"] = "Söz konusu muhtıra ile askeri eğitim ve iş birliğinin koordinesi, planlanması, danışmanlık ile bilgi ve tecrübe paylaşımı, …"
    tr["sources"] = tr["sources"] + [S + "32", S + "34"]
    n = tr["note"]
    a = "with the foreign minister al-Shaibani present (the ministry's statement; SANA)"
    assert a in n
    n = n.replace(a, "with the foreign minister al-Shaibani present (the ministry's statement)")
    a = " The first military agreement between the two states after 8 Dec 2024."
    assert a in n
    n = n.replace(a, "")
    tr["note"] = n
    json.dump(ts, open(p, "w"), ensure_ascii=False, indent=2)
    open(p, "a").write("\n")

fix_sources()
fix_treaties()
print("applied")
