#!/usr/bin/env python3
"""Round 1203c: France's defence agreements of 1960-1978 with Gabon, Togo,
the Comoros, Djibouti and Senegal, from the `fr-africa-old` round (37
searches). Writes records-frold.json and sources-frold.tsv for
apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "fr-africa-old-s"


def two(a, b, start, end):
    return [{"country": c, "period": {"start": start, "end": end}} for c in sorted([a, b])]


records = [
    {
        "id": "fr-ga-1960",
        "name": "Accord de défense entre la République française et la République gabonaise",
        "short_name": "France–Gabon defence agreement (1960)",
        "kind": "mutual_defence",
        "parties": two("FR", "GA", "1960-08-17", "2014-06-01"),
        "signed": "1960-08-17",
        "term": {"rule": "unknown"},
        "events": [
            ev("1960-11-23", "operative", "Published by decree No. 60-1231 of 23 Nov 1960 (JO of 24 Nov, p. 10480), as the Bulletin officiel des armées records: France publishes a treaty by decree once it is in force, but the day it entered into force is not stated, so this is read as the earliest evidence of operation", [S + "1"], party="FR"),
            ev("1965-08-25", "statement", "A convention on France's logistic support to Gabon's forces is concluded 'dans le cadre des disposition générales prévues par l'Accord de Défense du 17 août 1960'", [S + "3"]),
            ev("2014-06-01", "superseded", "The defence partnership treaty of 24 Feb 2010 (fr-ga-2010) enters into force; that its final provisions abrogate the 1960 agreement rests on a master's thesis citing the Assemblée nationale's report No. 3290, so this end is derived from the successor's entry into force", [S + "6", S + "7"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 1",
             "text": "La République française et la République gabonaise préparent et assurent en commun leur défense et celle de la Communauté dont elles font partie. Elles se prêtent à cet effet aide et assistance et se concertent d'une manière permanente sur les problèmes de défense.",
             "sources": [S + "1"]},
        ],
        "sources": [S + "1", S + "2", S + "3"],
        "note": "Signed at Libreville on 17 Aug 1960 with the other accords particuliers, after Gabon's independence (the Senate's approval bill of 18 Oct 1960, read on a copy). The article is printed as paragraph 2 after the page's '1. Contenu', so its number (Article 1) is derived. Its preamble lets Gabon, with France's agreement, call on French forces for its internal or external defence. De Gaulle's intervention of 18-19 Feb 1964 to restore Léon Mba, which a thesis and a copy of a regimental site tie to 'les accords', is not recorded as an event: neither is an official or agency source (research/alliances/fr-africa-old).",
    },
    {
        "id": "fr-tg-1963",
        "name": "Accord de défense entre la République française et la République togolaise",
        "short_name": "France–Togo defence agreement (1963)",
        "kind": "mutual_defence",
        "parties": two("FR", "TG", "1963-07-10", "2011-09"),
        "signed": "1963-07-10",
        "in_force": "1964-02-08",
        "term": {"rule": "unknown"},
        "events": [
            ev("1986-09", "statement", "After the attack on Lomé of 23-24 Sep 1986, Eyadema calls Mitterrand and, 'en vertu d'un accord de défense', obtains two hundred French paratroopers and Jaguar aircraft (Encyclopædia Universalis); a Togolese portal speaks of 'l'intervention de l'armée française en vertu des accords de défense liant le Togo à la France'", [S + "16", S + "17"]),
            ev("2009-03-13", "statement", "A new defence partnership agreement is signed at Lomé; the French foreign ministry's communiqué of 16 Mar 2009 says the process 'aboutira à l'abrogation' of the old defence agreements, and Togo's deputies adopt the law on the agreement that replaces that of 10 Jul 1963", [S + "19", S + "18"]),
            ev("2011-09", "superseded", "UNCONFIRMED: the 2009 agreement (not recorded) 'est entré en vigueur en septembre 2011' in Survie's Billets d'Afrique, read only on a blog's copy; no official source for that entry into force was found, so this end rests on that one reading", [S + "20"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 1",
             "text": "La République française et la République togolaise se prêtent aide et assistance pour préparer et assurer leur défense.",
             "sources": [S + "15"]},
        ],
        "sources": [S + "15", S + "19", S + "18"],
        "note": "In force 8 Feb 1964 'par l'échange des instruments de ratification qui a eu lieu à Lomé, conformément à l'article 6' (Bulletin officiel des armées). Art. 2 lets Togo ask France for aid 'dans des conditions définies par des accords spéciaux' (not recorded as a provision: it binds no one). The end, the entry into force of the 2009 partnership in September 2011, is unconfirmed: it rests on one copied reading (research/alliances/fr-africa-old).",
    },
    {
        "id": "fr-km-1978",
        "name": "Accord de coopération en matière de défense entre le gouvernement de la République française et le gouvernement de la République fédérale islamique des Comores",
        "short_name": "France–Comoros defence agreement (1978)",
        "kind": "mutual_defence",
        "parties": two("FR", "KM", "1978-11-10", "2013-05-27"),
        "signed": "1978-11-10",
        "in_force": "1982-10-20",
        "term": {"rule": "unknown"},
        "events": [
            ev("1995-10-04", "statement", "The French foreign ministry: France has launched a military operation in the Comoros at the Prime Minister's request 'en application de l'accord de défense franco-comorien du 10 novembre 1978. Ce texte prévoit l'assistance militaire de la France en cas d'agression extérieure'", [S + "22"]),
            ev("2010-09-27", "statement", "A 'renovated' defence agreement signed in Paris 'prendra désormais le relais' of that of November 1978 (opex360); RFI notes military cooperation had been suspended in 1999", [S + "25", S + "23"]),
            ev("2013-05-27", "superseded", "Decree No. 2013-432 publishes the 2010 partnership (fr-km-2010), whose Art. 25 abrogates the 1978 agreement; its entry into force was not found, so this record ends the 1978 agreement on the day the crate starts its successor", [S + "24"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 1",
             "text": "Le gouvernement de la République française et le gouvernement de la République fédérale islamique des Comores peuvent se prêter mutuellement aide et assistance en cas d'agression extérieure dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies.",
             "sources": [S + "21"]},
        ],
        "sources": [S + "21", S + "22", S + "24"],
        "note": "In force 20 Oct 1982, as the Bulletin officiel des armées states (the rule is not shown). Its Art. 1 is permissive ('peuvent se prêter'), an assistance against external aggression that the 2010 treaty's negotiators called quasi-automatic. The military cooperation suspended in 1999 (RFI) is not a suspension of the agreement and is not recorded as one (research/alliances/fr-africa-old).",
    },
    {
        "id": "dj-fr-1977",
        "name": "Protocole provisoire fixant les conditions de stationnement des forces françaises sur le territoire de la République de Djibouti après l'indépendance et les principes de la coopération militaire entre le gouvernement de la République française et le gouvernement de la République de Djibouti",
        "short_name": "France–Djibouti provisional protocol (1977)",
        "kind": "mutual_defence",
        "parties": two("DJ", "FR", "1977-06-27", "2014-05-01"),
        "signed": "1977-06-27",
        "in_force": "1982-10-31",
        "term": {"rule": "unknown"},
        "events": [
            ev("2014-05-01", "superseded", "The defence cooperation treaty of 21 Dec 2011 (dj-fr-2011), 'appelé à se substituer au protocole provisoire du 27 juin 1977', enters into force", [S + "27", S + "28"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 1", "binds": "FR", "towards": "DJ",
             "text": "A la demande du gouvernement de la République de Djibouti, dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies, et en cas d'agression par une armée étrangère, le gouvernement de la République française apportera à la République de Djibouti, dans les conditions à fixer d'un commun …",
             "sources": [S + "26"]},
        ],
        "sources": [S + "26", S + "27", S + "28"],
        "alternatives": [
            {"says": "abrogated on 14 May 2014 by decree No. 2014-484, which publishes the 2011 treaty (the Bulletin officiel des armées); the record ends it on 1 May 2014, the day the treaty that replaces it entered into force",
             "sources": [S + "26"]},
        ],
        "note": "In force 31 Oct 1982, as the Bulletin officiel des armées states (the rule is not shown). Art. 1 is France's one-way pledge, on Djibouti's request, against aggression by a foreign army; its second paragraph excludes the maintenance of order. French sources still called it the text 'valant accord de défense' in 2011 (a copy of Xinhua, not recorded) (research/alliances/fr-africa-old).",
    },
    {
        "id": "fr-sn-1974",
        "name": "Accord de coopération en matière de défense entre le gouvernement de la République française et le gouvernement de la République du Sénégal",
        "short_name": "France–Senegal defence cooperation agreement (1974)",
        "kind": "mutual_defence",
        "parties": two("FR", "SN", "1974-03-29", "2014-10-10"),
        "signed": "1974-03-29",
        "term": {"rule": "unknown"},
        "events": [
            ev("1975-12-19", "ratified", "Law No. 75-1176 of 19 Dec 1975 authorises its approval (the publication decree's recitals, read on a copy of the JORF)", [S + "39"], party="FR"),
            ev("1976-11-17", "operative", "Published by decree No. 76-1072 of 17 Nov 1976 (JO of 30 Nov, p. 6254), as the Bulletin officiel des armées records: the day it entered into force is not stated, so this is read as the earliest evidence of operation", [S + "37"], party="FR"),
            ev("2014-10-10", "superseded", "UNCONFIRMED DAY: Art. 20 of the military cooperation treaty of 18 Apr 2012 'abroge et remplace' the 1974 agreement on its own entry into force; that day, 10 Oct 2014 with publication decree No. 2014-1152 of 27 Oct 2014, rests on a Senegalese news site citing Dakartimes, not on an official source", [S + "40", "france-s35"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 1",
             "text": "Le gouvernement de la République française et le gouvernement de la République du Sénégal se prêtent mutuellement aide et assistance pour leur défense extérieure contre toute menace.",
             "sources": [S + "37", S + "38"]},
        ],
        "sources": [S + "37", S + "38", S + "39", S + "40"],
        "note": "Signed in Paris on 29 Mar 1974; it abrogates the accords particuliers of 22 Jun 1960 (not recorded). The article number is the French Senate's (report No. 221, 2013-2014). The 2012 treaty that replaced it (not recorded: its entry into force rests on the same news item) has no assistance clause; France handed back its last sites in Senegal on 17 Jul 2025 (research/alliances/france, fr-africa-old).",
    },
]
write(records, HERE, "-frold")
print(len(records), "records")
