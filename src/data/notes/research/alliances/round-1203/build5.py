#!/usr/bin/env python3
"""Batch 5 of the 2026-12-03 round: European bilateral mutual-assistance
instruments (research/alliances/europe-bilateral): France-Greece (2021),
the UK's declarations with Sweden and Finland (2022), the Quirinal Treaty
(2021). The Treaty of Barcelona is left out: Spain's Congress rejected it on
14 May 2025 and it is not in force. Writes records5.json and sources5.tsv.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402


def prov(article, text, sources):
    p = {"obligation": "mutual_defence"}
    if article:
        p["article"] = article
    p["text"] = text
    p["sources"] = sources
    return p


def uk_declaration(cid, other, title, place, text, src_title, src_text, later, note):
    return {
        "id": cid,
        "name": title,
        "short_name": f"UK–{'Sweden' if other == 'SE' else 'Finland'} declaration of mutual assistance (2022)",
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": "2022-05-11"}} for c in sorted([other, "GB"])],
        "signed": "2022-05-11",
        "in_force": "2022-05-11",
        "term": {"rule": "not_applicable"},
        "events": [later],
        "provisions": [prov(None, text, src_text)],
        "sources": src_title + src_text,
        "note": f"A political declaration, signed at {place} on 11 May 2022, effective from signature as the dataset's other declarations are; the pledge is to assist on request, in a variety of ways which may include military means, so it is recorded as a mutual-defence provision of a declaration, not a treaty. " + note,
    }


records = [
    {
        "id": "fr-gr-2021",
        "name": "Accord entre le Gouvernement de la République française et le Gouvernement de la République hellénique pour l'établissement d'un partenariat stratégique de coopération en matière de défense et de sécurité",
        "short_name": "France–Greece strategic partnership for defence and security (2021)",
        "kind": "mutual_defence",
        "parties": [{"country": "FR", "period": {"start": "2021-09-28"}}, {"country": "GR", "period": {"start": "2021-09-28"}}],
        "signed": "2021-09-28",
        "term": {"rule": "unknown"},
        "events": [
            ev("2021-10-07", "ratified", "The Hellenic Parliament ratifies the agreement, 191 of 300 votes in favour (Zone Militaire; Xinhua citing AMNA)", ["eubi-s4", "eubi-s3"], "GR"),
            ev("2022-01-21", "operative", "The French and Greek chiefs of defence sign in Athens a roadmap giving effect to the military part of the strategic partnership (AFP via La Presse): the earliest dated evidence found that it was in operation; its entry into force was not found (a December 2021 reading is kept)", ["eubi-s7"]),
            ev("2022-02-14", "statement", "Decree No. 2022-180 orders the agreement's publication in the Journal officiel of 16 Feb 2022 (a summary of the JORF; the text in a JORF mirror)", ["eubi-s2", "eubi-s1"], "FR"),
            ev("2025-12-18", "statement", "Greece's defence minister Dendias announces negotiations for the swiftest renewal of the partnership (Eleftheria); Kathimerini (26 Feb 2026) says it expires within 2026", ["eubi-s11", "eubi-s13"], "GR"),
        ],
        "provisions": [prov("Article 2", "The Parties shall provide each other with assistance, with all appropriate means at their disposal, if necessary by the use of armed force, if they jointly find that an armed aggression is taking place against the territory of one of the two, in accordance with Article 51 of the Charter of the United Nations", ["eubi-s6", "eubi-s7", "eubi-s9"])],
        "sources": ["eubi-s1", "eubi-s10", "eubi-s3", "eubi-s7", "eubi-s8", "eubi-s6"],
        "alternatives": [{"says": "in force from December 2021 (Al-Shorouk, citing Kathimerini, 2026)", "date": "2021-12", "sources": ["eubi-s12"]}],
        "note": "Signed in Paris on 28 Sep 2021 in the presence of President Macron and Prime Minister Mitsotakis (Janes; the JORF title). Article 2 is quoted from the English translation of the Fondation pour la recherche stratégique; AFP quotes the French clause's \u201ctous les moyens appropriés\u201d, and a French deputy calls it a mutual-assistance guarantee. A five-year pact (The National), due for renewal in 2026 (Kathimerini); the renewal reported for Macron's visit of April 2026 was not dated by a reliable source, so no event records it. Zone Militaire (Oct 2021) expected a French ratification, and a deputy said after June 2022 that it was still to come (`europe-bilateral/NOTES.md`); no French approval law was found, and the publication decree of February 2022 is taken as the stronger evidence. Since the entry into force was not found the record reads the agreement in operation from 21 Jan 2022 and does not count its term.",
    },
    uk_declaration("gb-se-2022", "SE", "Political declaration of solidarity between the United Kingdom and Sweden", "Harpsund",
                   "Should either country suffer a disaster or an attack, the United Kingdom and Sweden will, upon request from the affected country, assist each other in a variety of ways, which may include military means",
                   ["eubi-s17", "eubi-s18", "eubi-s20"], ["eubi-s19"],
                   ev("2023-06-19", "statement", "The joint leaders' statement reaffirms the commitments of the declaration (Government Offices of Sweden)", ["eubi-s21"]),
                   "The Swedish government: it complements European and Euro-Atlantic cooperation and does not replace it. Nothing found ends it on Sweden's NATO accession (7 Mar 2024)."),
    uk_declaration("fi-gb-2022", "FI", "United Kingdom – Finland statement", "Helsinki",
                   "We confirmed that, should either country suffer a disaster or an attack, the United Kingdom and Finland will, upon request from the affected country, assist each other in a variety of ways, which may include military means",
                   ["eubi-s22", "eubi-s24"], ["eubi-s23", "eubi-s22"],
                   ev("2024-05-21", "statement", "The UK–Finland Joint Declaration on the Strategic Partnership builds on the statement of 11 May 2022, without replacing it (GOV.UK)", ["eubi-s25"]),
                   "Signed by President Niinistö and Prime Minister Johnson (\u201cthe security declaration, the solemn declaration\u201d). Nothing found ends it on Finland's NATO accession (4 Apr 2023)."),
    {
        "id": "fr-it-2021",
        "name": "Trattato tra la Repubblica italiana e la Repubblica francese per una cooperazione bilaterale rafforzata",
        "short_name": "Quirinal Treaty (France–Italy, 2021)",
        "kind": "strategic_partnership",
        "parties": [{"country": "FR", "period": {"start": "2023-02-01"}}, {"country": "IT", "period": {"start": "2023-02-01"}}],
        "signed": "2021-11-26",
        "in_force": "2023-02-01",
        "term": {"rule": "unlimited"},
        "events": [
            ev("2022-07-12", "ratified", "Italy's Law No. 90 of 12 Jul 2022 authorises ratification (Gazzetta Ufficiale No. 164, 15 Jul 2022, per a law blog; the treaty's text in the Gazzetta)", ["eubi-s36", "eubi-s34"], "IT"),
            ev("2022-10-31", "ratified", "France's Law No. 2022-1384 of 31 Oct 2022 authorises ratification (a summary of the JORF of 1 Nov 2022)", ["eubi-s35"], "FR"),
        ],
        "provisions": [prov("Article 2(1)", "Sulla base dell'articolo 5 del Trattato dell'Atlantico del Nord e dell'articolo 42, comma 7, del Trattato sull'Unione Europea, esse si forniscono assistenza in caso di aggressione armata.", ["eubi-s34"])],
        "sources": ["eubi-s33", "eubi-s34", "eubi-s36", "eubi-s37"],
        "note": "The Treaty for Enhanced Bilateral Cooperation, signed at the Quirinal Palace in Rome on 26 Nov 2021 by President Macron and Prime Minister Draghi; in force on 1 Feb 2023 (Italian foreign ministry). Article 2(1)'s assistance in case of armed aggression rests on Article 5 of the North Atlantic Treaty and Article 42(7) TEU, so it restates obligations the two already had rather than adding a guarantee. Of indefinite duration, denounced on twelve months' notice (a law blog's account of the final article).",
    },
]
write(records, HERE, "5")
