#!/usr/bin/env python3
"""Round 1203b, third batch: the Élysée Treaty (1963) and the Spain–Portugal
Treaty of Friendship and Cooperation (1977), from the `europe-2` round.
Writes records-europe2.json and sources-europe2.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

E = "europe-2-s"
records = [
    {
        "id": "de-fr-1963",
        "name": "Traité entre la République française et la République fédérale d'Allemagne sur la coopération franco-allemande",
        "short_name": "Élysée Treaty (France–Germany, 1963)",
        "kind": "friendship",
        "parties": [{"country": "DE", "period": {"start": "1963-01-22"}}, {"country": "FR", "period": {"start": "1963-01-22"}}],
        "signed": "1963-01-22",
        "in_force": "1963-07-02",
        "term": {"rule": "unknown"},
        "events": [
            ev("1963-06-15", "ratified", "Consent law of 15 Jun 1963 (with the Bundestag's interpretive preamble), Bundesgesetzblatt 1963 II p. 705", [E + "2"], party="DE"),
            ev("1986-10-28", "statement", "Joint communiqué: common strategic and tactical concepts 'conformément aux dispositions du Traité de 1963', four years after the 1982 decision to implement its defence provisions", [E + "12"]),
            ev("2020-01-22", "statement", "The Aachen Treaty, in force this day, 'complète le traité du 22 janvier 1963 … au sens du paragraphe 4 des dispositions finales de ce traité' (Art. 27): the two stand together", [E + "10"]),
        ],
        "provisions": [
            {"obligation": "consultation", "article": "II.A.1",
             "text": "(1) The Two Governments shall consult before any decision on all important questions of foreign policy and primarily on questions of common interest with a view to reaching as far as possible parallel positions.",
             "sources": [E + "4"]},
        ],
        "sources": [E + "1", E + "8", E + "9", E + "2", E + "10", E + "11"],
        "note": "Signed in the Salon Murat of the Élysée Palace on 22 Jan 1963 by Adenauer and de Gaulle, with a Joint Declaration; in force 2 Jul 1963, when the ratifications were exchanged in Bonn ('Damit ist der Vertrag in Kraft getreten', the Auswärtiges Amt's communiqué; Deutsche Welle agrees). Its defence part (II.B) brings the two countries' strategic and tactical doctrines together; it has no assistance clause, so it is recorded as a friendship and cooperation treaty with its consultation clause (the English text from a printed documentary collection, not an official translation). No term or denunciation clause was seen. The Aachen Treaty (de-fr-2019) completes it and does not replace it; the German foreign ministry calls it still 'die Grundlage' of the friendship (research/alliances/europe-2).",
    },
    {
        "id": "es-pt-1977",
        "name": "Tratado de Amistad y Cooperación entre España y Portugal",
        "short_name": "Spain–Portugal Treaty of Friendship and Cooperation (1977)",
        "kind": "friendship",
        "parties": [{"country": "ES", "period": {"start": "1977-11-22"}}, {"country": "PT", "period": {"start": "1977-11-22"}}],
        "signed": "1977-11-22",
        "in_force": "1978-05-05",
        "term": {"rule": "unknown"},
        "events": [
            ev("1978-04-17", "ratified", "Instrument of ratification signed by King Juan Carlos I", [E + "20"], party="ES"),
            ev("1978-04-25", "ratified", "Approved by the Assembleia da República on 18 Apr 1978 and promulgated on 25 Apr 1978", [E + "21"], party="PT"),
            ev("1983-11-12", "statement", "An Additional Protocol signed in Lisbon 'decidem reforçar o Tratado de Amizade e Cooperação Luso-Espanhol, assinado em 22 de Novembro de 1977'", [E + "28"]),
            ev("2022-10-07", "statement", "The Trujillo treaty of 28 Oct 2021 leaves 'a vigência' of the 1977 treaty unaffected (the Assembleia's resolution proposal, via Lusa)", [E + "29"]),
        ],
        "provisions": [
            {"obligation": "territorial_integrity", "article": "Article 2",
             "text": "Las partes contratantes, en el respeto a la igualdad soberana y a la identidad de cada una de ellas, reafirman la inviolabilidad de sus fronteras comunes y la integridad de sus territorios, absteniéndose de cualquier injerencia en los asuntos propios de la otra parte.",
             "sources": [E + "23"]},
        ],
        "sources": [E + "20", E + "21", E + "26", E + "24", E + "22"],
        "note": "Signed at the Moncloa Palace, Madrid, on 22 Nov 1977 by Suárez and Soares (BOE; El País); it repealed the Iberian Pact of 1939 (not recorded: its entry into force rests only on aggregators, which disagree). Ratifications exchanged at Guimarães on 5 May 1978, which El País calls the last formal act for its entry into force; the treaty's own entry-into-force article was not read. Ten years, 'prorrogables', renewable unless denounced six months before (El País), so the term is left unknown. Its Art. 8 (military cooperation between the armed forces, periodic meetings of the peninsular staffs) was read only in an OCR copy; no defence commitment (research/alliances/europe-2).",
    },
]
write(records, HERE, "-europe2")
print(len(records), "records")
