#!/usr/bin/env python3
"""Apply the fact review of the Americas and Great Lakes batches
(REVIEW-i.md) to src/data/treaties.json and src/data/sources.tsv. The added
quotes are the reviewer's excerpts of the pages named."""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from research_lib import edit_sources, ev  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../..")
A, R = "americas-s", "rwanda-etc-s"
NEW = [
    [R + "60", "news", "IGIHE (en.igihe.com)", "Kagame sheds light on special engagement of new force protection troops", "2020-12-22", "https://en.igihe.com/news/article/kagame-sheds-light-on-special-engagement-of-new-force-protection-troops",
     "On Sunday night, the Government of Rwanda announced that it has deployed force protection troops", "", ""],
    [R + "61", "news", "Sudexpressmedia", "800 soldats burundais envoyés au Sud-Kivu", "2023-09-18", "https://www.sudexpressmedia.com/securite/2023/09/18/800-soldats-burundais-envoyes-au-sud-kivu",
     "Ce contingent est le premier à se déployer dans le cadre de la mutualisation des forces armées souhaitée par la [CAE]… C'est aussi le résultat du nouvel accord signé", "", ""],
    [R + "62", "news", "Lamia News (lamianews.net)", "RDC-Ouganda : les FARDC et l'UPDF signent un mémorandum révisé", "2025-06", "https://lamianews.net/rdc-ouganda-les-fardc-et-lupdf-signent-un-memorandum-revise",
     "ont signé, ce vendredi 20 juin à Kinshasa, un mémorandum d’entente révisé et actualisé", "", ""],
]
EXTEND = {
    R + "37": ("… dont le président Ndayishimiye a dévoilé au terme de leurs échanges … ", ""),
    R + "33": ("", " … signature de ce protocole d’accord en présence du Chef de l’Etat, Félix Tshisekedi et de son homologue burundais, Evariste Ndayishimiye"),
    R + "23": ("", " … Kazura on Saturday received the chief of General Staff"),
}

def fix_sources():
    def edit(r):
        if r[0] in EXTEND:
            before, after = EXTEND[r[0]]
            r[6] = before + r[6] + after
        if r[0] == A + "14":
            r[4] = ""
    edit_sources(DATA, edit, NEW)

def fix_treaties():
    p = f"{DATA}/treaties.json"
    ts = json.load(open(p))
    by = {t["id"]: t for t in ts}
    co = by["co-us-2009"]
    a = "It never entered into force: the Constitutional Court held on 17 Aug 2010 that it could not take effect without Congress's approval, which was not found, so the record has no entry into force and makes no tie"
    assert a in co["note"]
    co["note"] = co["note"].replace(a, "No entry into force was found: the Constitutional Court held on 17 Aug 2010 that it could not take effect in Colombian law until Congress approved it, and no approval was found, so the record has no entry into force and makes no tie")
    fr = by["br-fr-2008"]
    a = "Read in force from the French publication decree of 26 Jan 2011 (an `operative` event)"
    assert a in fr["note"]
    fr["note"] = fr["note"].replace(a, "Read in force from the French publication decree of 26 Jan 2011 (an `operative` event: a publication act, which follows entry into force, not an act under the agreement; the decree's footnote giving the day was not visible)")
    us = by["br-us-2010"]
    us["events"][0]["sources"] = [A + "13", A + "14", A + "20"]
    a = "(the Congress's decree; EFE: at the Pentagon)"
    assert a in us["note"]
    us["note"] = us["note"].replace(a, "(the Exposição de Motivos to the Congress's decree; EFE: at the Pentagon)")
    bi = by["bi-cd-2023"]
    op = bi["events"][0]
    op["note"] = op["note"].replace(": the earliest dated act under the protocol found;", "; another report calls the contingent the first deployed within the East African Community's pooled force and 'aussi le résultat du nouvel accord signé' (Sudexpressmedia): the earliest dated act under the protocol found;")
    assert "Sudexpressmedia" in op["note"]
    op["sources"] = op["sources"] + [R + "61"]
    bi["sources"] = bi["sources"] + [R + "30", R + "31", R + "41", R + "61"]
    ug = by["cd-ug-2021"]
    ext = ug["events"][1]
    assert ext["kind"] == "extended"
    ext["note"] = "The joint operation, first agreed for six months to 31 May 2022, is reported extended 'for another six months' (Eagle Online, 2 Jun 2022, the day of the report, not of the decision); the army's deputy spokesman says each extension since the start has spanned two months (The EastAfrican), a disagreement left as it stands"
    ug["events"][2]["sources"] = ug["events"][2]["sources"] + [R + "62"]
    ug["sources"] = ug["sources"] + [R + "50", R + "52", R + "62"]
    rw = by["cf-rw-2019"]
    rw["events"][0]["sources"] = rw["events"][0]["sources"] + [R + "60"]
    a = "during Kagame's state visit (CEMAC-eco; Agence Ecofin; the Rwandan presidency's programme), one of five agreements;"
    assert a in rw["note"]
    rw["note"] = rw["note"].replace(a, "during Kagame's state visit (CEMAC-eco; Agence Ecofin; the Rwandan presidency's programme);")
    a = "Rwanda's troops deployed under it in December 2020 are still there under bilateral arrangements (ChimpReports, 2025)."
    assert a in rw["note"]
    rw["note"] = rw["note"].replace(a, "Rwanda still keeps troops in the Central African Republic 'under bilateral arrangements' (ChimpReports, an undated excerpt).")
    rw["sources"] = rw["sources"] + [R + "60"]
    json.dump(ts, open(p, "w"), ensure_ascii=False, indent=2)
    open(p, "a").write("\n")

fix_sources()
fix_treaties()
print("applied")
