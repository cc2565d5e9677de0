#!/usr/bin/env python3
"""Round 1203d, fifth batch: three defence agreements in the Americas —
Brazil–US (2010, in force 2015), Brazil–France (2008) and Colombia–US
(2009, held by Colombia's Constitutional Court unable to take effect) —
from the `americas` round (42 searches). Writes records-americas.json and
sources-americas.tsv for apply_treaties.py.

Left out: Russia–Nicaragua (2025; Nicaragua's signature and the entry into
force not found; the 2013 memorandum and the 2015 port-call agreement are
not alliance-grade), and Argentina (no signed security treaty found); see
americas/NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "americas-s"
records = [
    {
        "id": "br-us-2010",
        "name": "Acordo entre o Governo da República Federativa do Brasil e o Governo dos Estados Unidos da América sobre Cooperação em Matéria de Defesa",
        "short_name": "Brazil–US Defense Cooperation Agreement (2010)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2010-04-12"}} for c in ["BR", "US"]],
        "signed": "2010-04-12",
        "in_force": "2015-06-26",
        "term": {"rule": "unknown"},
        "events": [
            ev("2015-06-25", "ratified", "Brazil's Congress approves the agreement (Decreto Legislativo nº 145, de 25 de junho de 2015; the Senate's vote 'nesta quinta-feira (25)')", [S + "14", S + "20"], party="BR"),
        ],
        "provisions": [],
        "sources": [S + "13", S + "14", S + "15", S + "16", S + "20", S + "21"],
        "note": "Signed in Washington on 12 Apr 2010 by the defence ministers, Nelson Jobim and Robert Gates (the Congress's decree; EFE: at the Pentagon). In force for Brazil 'no plano jurídico externo, em 26 de junho de 2015, nos termos de seu Artigo 8' (the promulgation decree, Decreto nº 8.609 of 18 Dec 2015). Its Art. 1 (cooperation in defence research, logistics, training and exercises) was read only on copies whose wording differs, so no provision is recorded; 'no expiration; may be terminated by either Party with 90-days written notice' appears on a copy of US slides only, so the term stays unknown. A partnership: no obligation to defend (research/alliances/americas).",
    },
    {
        "id": "br-fr-2008",
        "name": "Accord entre le Gouvernement de la République française et le Gouvernement de la République fédérative du Brésil relatif à la coopération dans le domaine de la défense et au statut de leurs forces",
        "short_name": "Brazil–France defence cooperation and status-of-forces agreement (2008)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2008-01-29"}} for c in ["BR", "FR"]],
        "signed": "2008-01-29",
        "term": {"rule": "unknown"},
        "events": [
            ev("2008-12-27", "ratified", "France's Parliament authorises its approval (loi n° 2008-1433 du 27 décembre 2008, cited by the publication decree)", [S + "23"], party="FR"),
            ev("2011-01-26", "operative", "France's publication decree (Décret n° 2011-108 du 26 janvier 2011, JORF of 29 Jan 2011) publishes the agreement: the earliest dated evidence found that it was in force; the decree's footnote with the day of entry into force, and Brazil's approval and promulgation, were not found", [S + "23"], party="FR"),
        ],
        "provisions": [
            {"obligation": "military_cooperation",
             "text": "Le présent texte détermine le cadre de notre coopération de défense, et prévoit un statut protecteur réciproque pour les personnels français et brésiliens qui y concourent.",
             "sources": [S + "25"]},
        ],
        "sources": [S + "23", S + "24", S + "25", S + "26", S + "27"],
        "note": "Signed in Paris on 29 Jan 2008 ('signé à Paris le 29 janvier 2008', the French publication decree) by the defence ministers, Nelson Jobim and Hervé Morin (Correio Braziliense; Estadão); Estadão's same page puts the status-of-forces signature on the Monday, 28 Jan, a reading kept. The provision is the French Senate report's description, not the text. The agreements Lula and Sarkozy signed in Rio on 23 Dec 2008 (submarines, helicopters, a plan of action) are other instruments, not recorded. A partnership: no obligation to defend. Read in force from the French publication decree of 26 Jan 2011 (an `operative` event); no end was found (research/alliances/americas).",
        "alternatives": [
            {"says": "the status-of-forces agreement signed on the Monday before, 28 Jan 2008 (Estadão)", "date": "2008-01-28", "sources": [S + "27"]},
        ],
    },
    {
        "id": "co-us-2009",
        "name": "Acuerdo complementario para la cooperación y asistencia técnica en defensa y seguridad entre los gobiernos de la República de Colombia y de los Estados Unidos de América",
        "short_name": "Colombia–US Defense Cooperation Agreement (2009)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2009-10-30"}} for c in ["CO", "US"]],
        "signed": "2009-10-30",
        "term": {"rule": "fixed", "years": 10},
        "events": [
            ev("2010-08-17", "statement", "Colombia's Constitutional Court (Auto 288/10) holds that the agreement 'No puede surtir efectos en el ordenamiento interno colombiano hasta tanto cumpla con el trámite constitucional previsto para los tratados en forma solemne'; it 'todavía no había entrado en vigencia' (la diaria). No later approval by Colombia's Congress was found", [S + "2", S + "3", S + "4", S + "12"], party="CO"),
        ],
        "provisions": [
            {"obligation": "military_cooperation", "article": "Article III",
             "text": "Article III: Goal of Cooperation and Technical Assistance in Defense and Security 1. ... the Parties agree to deepen their cooperation in areas such as interoperability, joint procedures, logistics and equipment, training and instruction, intelligence exchanges, surveillance and reconnaissance capabilities, combined exercises, and other mutually agreed activities, in order to address common threats to peace, stability, freedom, and democracy.",
             "sources": [S + "9"]},
        ],
        "sources": [S + "2", S + "3", S + "4", S + "5", S + "6", S + "8", S + "9", S + "12"],
        "note": "Signed in Bogotá on Friday 30 Oct 2009 by the US ambassador, William Brownfield, and Colombia's foreign, justice and defence ministers (AP; Reuters; the Court's Auto 288/10). An initial term of ten years, renewable for further ten-year periods (BioBioChile, on the published text). Article III is the English text of the Colombian foreign ministry's publication as excerpted by Security Assistance Monitor. It never entered into force: the Constitutional Court held on 17 Aug 2010 that it could not take effect without Congress's approval, which was not found, so the record has no entry into force and makes no tie; the earlier agreements it extended stayed in force (research/alliances/americas).",
    },
]
write(records, HERE, "-americas")
