#!/usr/bin/env python3
"""Round 1203c: the mends of the second fact review (review-1203d, kept as
REVIEW-d.md) for amu-1989, eg-so-2024 and so-tr-2024, applied to src/data in
place. Run once from the repository root."""
import csv, json

D = "src/data"
rows = list(csv.reader(open(f"{D}/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE))
have = {r[0] for r in rows}
research = {}
for folder in ["horn", "amu"]:
    for r in csv.reader(open(f"{D}/notes/research/alliances/{folder}/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE):
        research[r[0]] = r
for sid in ["horn-s18", "horn-s30", "horn-s33"]:
    if sid not in have:
        rows.append((research[sid] + [""] * 9)[:9])
with open(f"{D}/sources.tsv", "w") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")

T = json.load(open(f"{D}/treaties.json"))
by = {t["id"]: t for t in T}

eg = by["eg-so-2024"]
eg["events"] = [
    {"date": "2024-08-27", "kind": "operative", "party": "EG", "note": "Egypt's first military aid arrives in Mogadishu, 'delivered on Tuesday, August 27, 2024' (Radio Dalsan; the Library of Congress's Global Legal Monitor dates Egypt's sending of arms and special forces 29 Aug). The delivery report does not name the protocol; Egypt's foreign ministry tied the aid to it on 24 Sep (next event), so this is read as the earliest evidence of its operation", "sources": ["horn-s18", "horn-s10"]},
    {"date": "2024-09-24", "kind": "statement", "party": "EG", "note": "Egypt's foreign ministry spokesman: 'المساعدات العسكرية المصرية للصومال تأتي في إطار تنفيذ التزامات مصر بموجب بروتوكول التعاون العسكري الموقع مؤخرا مع الصومال' (RT Arabic; Europa Press, 24 Sep 2024, in translation)", "sources": ["horn-s15", "horn-s16"]},
]
if "horn-s14" not in eg["sources"]:
    eg["sources"].append("horn-s14")
eg["note"] = ("Signed at the Ittihadia Palace in Cairo on 14 Aug 2024 in the presence of both presidents (the Egyptian Presidency's statement, read on a reprint; Anadolu). Its text was not published, so no article is recorded and it is a partnership, not a defence pact, though Somalia called it a 'significant defence agreement' and the Library of Congress and Anadolu a defence pact. "
              "Somalia's cabinet had approved its implementation on 19 Jul 2024, before the signing (Addis Standard). Its entry into force and any Egyptian ratification were not found: the record reads it in operation from Egypt's first arms delivery, 27 Aug 2024, which Egypt's foreign ministry later placed under the protocol (research/alliances/horn).")

tr = by["so-tr-2024"]
tr["events"] = [
    {"date": "2024-02-21", "kind": "ratified", "party": "SO", "note": "Somalia's cabinet approves the ten-year agreement (AA via TRT Haber, 21 Feb 2024) and the two Houses of the Federal Parliament ratify it in joint session, 213 of 216 members for (Somali Dispatch; the day derived from Sputnik's 'said on Wednesday'); President Hassan Sheikh Mohamud's endorsement and ratification was reported on 23 Feb 2024 (Radio Dalsan)", "sources": ["horn-s27", "horn-s28", "horn-s29", "horn-s30"]},
    {"date": "2024-07-27", "kind": "operative", "party": "TR", "note": "The Turkish parliament approves a presidential motion to deploy the armed forces to Somalia, its territorial waters included, for two years (Africanews: 'on Saturday'). The motion's own words are 'Somali ile ülkemiz arasında akdedilen milletlerarası anlaşmaların uygulanması kapsamında', the international agreements between the two in general; Hürriyet Daily News reports it 'under the Türkiye-Somalia defense cooperation agreement'. An authorisation to apply it, read as the earliest evidence of its operation, since no deployment under it was dated", "sources": ["horn-s33", "horn-s31", "horn-s32"]},
]
tr["note"] = ("Signed in Ankara on 8 Feb 2024 by the two defence ministers. Ten years, as Somalia's information minister and president said (the article was not read). Its text was not published and no Turkish ratification law or Resmî Gazete publication was found, so the record reads it in operation from the Turkish parliament's deployment motion of 27 Jul 2024, whose text cites the two states' agreements in general (see the event); a partnership, with no assistance clause read (research/alliances/horn).")

amu = by["amu-1989"]
for e in amu["events"]:
    if e["date"] == "2016-04-25":
        e["note"] = ("At the sixth meeting of the Union's interior ministers in Tunis, Tunisia's interior minister says the meeting is in keeping with Arts. 14 and 15 of the Treaty of Marrakech; Gnet, citing the Interior Ministry's communiqué: 'Ces articles précisent que toute attaque qui touche l’un des pays membres est considérée comme une attaque envers tous les autres membres' (the Arabic report in tunisien.tn gives the minister's words)")
amu["note"] = ("Signed at Marrakech on 17 Feb 1989 by the five heads of state (the EC's communiqué of 23 Feb 1989; the Union's Secretariat prints the treaty, in an unofficial French translation); in force 1 Jul 1989 (the UN Economic Commission for Africa, a single source; the rule, the depositary and each party's ratification were not found). "
               "Arts. 14 and 15 are given as Tunisia's interior minister cited them together in 2016 (tunisien.tn, Gnet), not read in the treaty's own text, which no copy seen printed beyond its first articles; which clause is Art. 14 and which Art. 15 is inferred from their order. The kind `mutual_defence` rests on that reading of Art. 14 alone, which has no clause on assistance or measures; Gibler prints the treaty among alliances' texts. "
               "The clause of Art. 15 against joining an alliance directed at a member was not read. The Union has been frozen since Morocco's decision of December 1995, recorded as an event: no party withdrew and its Secretariat still works (research/alliances/amu).")
open(f"{D}/treaties.json", "w").write(json.dumps(T, ensure_ascii=False, indent=2) + "\n")

C = json.load(open(f"{D}/coverage.json"))
L = C if isinstance(C, list) else C["scopes"]
for c in L:
    r = c.get("rule", "")
    if r.startswith("Somalia's defence agreements with Türkiye"):
        c["rule"] = ("Somalia's defence agreements with Türkiye (the Defence and Economic Cooperation Framework Agreement, 2024, from the Turkish parliament's deployment motion of 27 Jul 2024) and Egypt (the military cooperation protocol, 2024, from Egypt's first arms delivery of 27 Aug 2024), each from its first dated evidence of operation, their entry into force not found; "
                     "not recorded: the Asmara joint statement of Egypt, Eritrea and Somalia (2024), a statement, and the Asmara Joint Declaration of Ethiopia, Eritrea and Somalia (2018), a declaration of coordination with no defence clause; "
                     "outside this scope, and not recorded: the Ethiopia–Kenya defence pact (1963/64) and the Egypt–Sudan joint defence agreement (1976), their entry into force or standing not found, and the Egypt–Sudan (2021), Djibouti–Ethiopia (2022) and Eritrea–Ethiopia (2018) agreements, which hold no defence clause (research/alliances/horn)")
    if r.startswith("the Treaty of Marrakech instituting"):
        c["rule"] = r.replace("the Union frozen since December 1995, no party withdrawn",
                              "Art. 15's clause against joining an alliance aimed at a member not read; the Union frozen since December 1995, recorded as an event, no party withdrawn")
open(f"{D}/coverage.json", "w").write(json.dumps(C, ensure_ascii=False, indent=2) + "\n")
print("done")
