#!/usr/bin/env python3
"""Round 1203c, third batch: the Treaty instituting the Arab Maghreb Union
(Marrakech, 1989), from the `amu` round (37 searches). Writes records-amu.json
and sources-amu.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "amu-s"
records = [
    {
        "id": "amu-1989",
        "name": "Traité instituant l'Union du Maghreb Arabe",
        "short_name": "Treaty of Marrakech (Arab Maghreb Union, 1989)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "1989-02-17"}} for c in ["DZ", "LY", "MA", "MR", "TN"]],
        "signed": "1989-02-17",
        "in_force": "1989-07-01",
        "term": {"rule": "unknown"},
        "events": [
            ev("1995-12", "statement", "Morocco freezes the Union's activities over its disputes with Algeria ('effectively frozen since December 1995 by Rabat', Albawaba, 2001); no party withdrew from the treaty, and the freeze is not a suspension of it", [S + "10"], party="MA"),
            ev("2016-04-25", "statement", "At the sixth meeting of the Union's interior ministers in Tunis, Tunisia's interior minister says the meeting is in keeping with Arts. 14 and 15 of the Treaty of Marrakech, 'Ces articles précisent que toute attaque qui touche l'un des pays membres est considérée comme une attaque envers …' (Gnet; the Arabic report in tunisien.tn)", [S + "7", S + "8"], party="TN"),
            ev("2024-07-10", "statement", "Morocco's foreign minister receives the Union's new Secretary-General and reaffirms 'le soutien du Royaume du Maroc au Secrétariat général de l'Union du Maghreb arabe' (Yabiladi, from the ministry's post)", [S + "13"], party="MA"),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 14",
             "text": "كلّ إعتداء تتعرّض دولة من الدّول الأعضاء يعتبر إعتداء على الدّول الأعضاء الأخرى",
             "sources": [S + "8", S + "7"]},
            {"obligation": "non_aggression", "article": "Article 15",
             "text": "تتعهّد بعدم السّماح بأيّ نشاط أو تنظيم فوق ترابها يمسّ أمن أو حرمة تراب أيّ منها أو إستقرار نظامها السّياسي",
             "sources": [S + "8"]},
        ],
        "sources": [S + "1", S + "5", S + "6", S + "4"],
        "note": "Signed at Marrakech on 17 Feb 1989 by the five heads of state (the EC's communiqué of 23 Feb 1989; the Union's Secretariat prints the treaty, in an unofficial French translation); in force 1 Jul 1989 (the UN Economic Commission for Africa; the rule, the depositary and each party's ratification were not found). Arts. 14 and 15 are given as Tunisia's interior minister quoted them in 2016 (tunisien.tn, Gnet), not read in the treaty's own text, which no copy seen printed beyond its first articles; Gibler lists the treaty among military alliances. The clause of Art. 15 against joining an alliance directed at a member was not read. The Union has been frozen since Morocco's decision of December 1995, but no party withdrew and its Secretariat still works (research/alliances/amu).",
    },
]
write(records, HERE, "-amu")
print(len(records), "records")
