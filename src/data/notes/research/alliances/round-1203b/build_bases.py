#!/usr/bin/env python3
"""Round 1203b, fourth batch: Russia's base agreements with Belarus (1995) and
Tajikistan (2012), from the `bases-ru` round. Writes records-bases.json and
sources-bases.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

B = "bases-ru-s"
records = [
    {
        "id": "by-ru-1995-bases",
        "name": "Соглашение между Правительством Российской Федерации и Правительством Республики Беларусь о порядке использования и содержания радиостанции Вилейка, расположенной на территории Республики Беларусь",
        "short_name": "Russia–Belarus agreements on the Vileyka and Baranovichi stations (1995)",
        "kind": "strategic_partnership",
        "parties": [{"country": "BY", "period": {"start": "1995-01-06"}}, {"country": "RU", "period": {"start": "1995-01-06"}}],
        "signed": "1995-01-06",
        "in_force": "1996-06-07",
        "term": {"rule": "auto_extending", "initial_years": 25, "extension_years": 25, "notice_months": 12},
        "events": [
            ev("2021-10-20", "extended",
               "Protocols signed in Moscow by Defence Ministers Shoigu and Khrenin extend both agreements for 25 years (published on pravo.gov.ru in November 2021); the protocols' own entry into force was not found",
               [B + "34", B + "33", B + "35"]),
        ],
        "provisions": [],
        "sources": [B + "30", B + "31", B + "32", B + "34"],
        "note": "Two agreements of 6 Jan 1995 between the governments, on the Russian Navy's communications centre at Vileyka (the title above, from the Russian foreign ministry's treaty database, which gives 'Дата вступления в силу: 07.06.1996', status in force) and on the missile-warning radar at Baranovichi (its exact title not found); both in force 7 Jun 1996 (the Belarusian defence ministry via TASS and Nasha Niva). Each ran 25 years, to 7 Jun 2021, a party not wishing to extend to give twelve months' notice. Recorded as one record, a partnership: base agreements with no defence article read; the two states are allies by the Union State, the CSTO and their 2024 security-guarantees treaty (research/alliances/bases-ru).",
    },
    {
        "id": "ru-tj-2012-base",
        "name": "Agreement between the Russian Federation and the Republic of Tajikistan on the Status and Conditions of the Russian Military Base Presence on the Territory of the Republic of Tajikistan",
        "short_name": "Russia–Tajikistan military base agreement (2012)",
        "kind": "strategic_partnership",
        "parties": [{"country": "RU", "period": {"start": "2012-10-05"}}, {"country": "TJ", "period": {"start": "2012-10-05"}}],
        "signed": "2012-10-05",
        "term": {"rule": "unknown"},
        "events": [
            ev("2013-05-07", "ratified", "Russia's ratification law (TASS; Khovar)", [B + "18", "rut2-s12"], party="RU"),
            ev("2013-10-01", "statement", "Tajikistan's lower house approves the ratification (Khovar); the upper house's vote and the president's signature were not found", ["rut2-s12"], party="TJ"),
            ev("2014-02-06", "operative",
               "The protocol on the exchange of the instruments of ratification is signed in Sochi (TASS): the earliest dated evidence found that it was in force; no source gives the day it entered into force",
               ["russia-s61"]),
        ],
        "provisions": [],
        "sources": ["russia-s59", B + "18", B + "19", "russia-s61"],
        "note": "Signed in Dushanbe on 5 Oct 2012 by the defence ministers in the presence of Putin and Rahmon (TASS; Gazeta.ru says the presidents signed); the English title is the Kremlin's. It keeps the 201st base in Tajikistan for 49 years counted from the first agreement of 25 May 1993, to 2042, with five-year extensions after (TASS, Gazeta.ru); the article was not read, so the term is left unknown. The earlier status treaty (1999, with the 2004 deals that opened the base) is not recorded: the sources disagree on its dates. Russia's base agreements with Kyrgyzstan (Kant, 2003; the unified base, 2012) are not recorded: their entry into force was not found (research/alliances/bases-ru).",
    },
]
write(records, HERE, "-bases")
print(len(records), "records")
