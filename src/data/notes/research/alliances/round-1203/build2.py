#!/usr/bin/env python3
"""Build the second batch of the 2026-12-03 round: Russia's treaties of
1992-1997 with Kazakhstan, Kyrgyzstan, Uzbekistan, Ukraine and Azerbaijan
(research/alliances/russia-1992), the US Compacts of Free Association
(cofa), the US-Kuwait and US-Bahrain agreements and France-UAE (gulf-dca),
the Five Power Defence Arrangements and Turkey-Qatar (med-asia). Writes
records2.json and sources2.tsv here; apply with
../../apply_treaties.py src/data records2.json sources2.tsv.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

records = []


def party(c, start, end=None):
    p = {"country": c, "period": {"start": start}}
    if end:
        p["period"]["end"] = end
    return p


def prov(obligation, article, text, sources, binds=None, towards=None):
    p = {"obligation": obligation}
    if article:
        p["article"] = article
    if binds:
        p["binds"] = binds
    if towards:
        p["towards"] = towards
    p["text"] = text
    p["sources"] = sources
    return p


# --- Russia, 1992-1997 -------------------------------------------------------
records.append({
    "id": "kz-ru-1992-fcma",
    "name": "Treaty of Friendship, Cooperation and Mutual Assistance between the Russian Federation and the Republic of Kazakhstan",
    "short_name": "Kazakhstan–Russia Treaty of Friendship, Cooperation and Mutual Assistance (1992)",
    "kind": "friendship",
    "parties": [party("KZ", "1992-10-09"), party("RU", "1992-10-09")],
    "signed": "1992-05-25",
    "in_force": "1992-10-09",
    "term": {"rule": "auto_extending", "initial_years": 10, "extension_years": 10, "notice_months": 6},
    "events": [
        ev("1994-03-28", "statement", "The Kazakhstan–Russia Treaty on Military Cooperation, signed in Moscow, is guided by this treaty (FAS text; Kazakhstan's Supreme Council approved it on 6 Oct 1994, Adilet)", ["ru92-s21", "ru92-s20"]),
        ev("2012-06-07", "statement", "Putin and Nazarbayev sign in Astana a protocol amending the treaty, reported as extending it for an additional 10 years (IANS/RIA Novosti; the protocol's header in the CIS Legislation database)", ["ru92-s11", "ru92-s2"]),
    ],
    "sources": ["ru92-s10", "ru92-s1", "ru92-s2"],
    "note": "Signed in Moscow on 25 May 1992 (Art. 40's closing words in a legal-database copy; Nezavisimaya Gazeta). In force on 9 Oct 1992 per Nezavisimaya Gazeta (25 May 2022), the only source found for the date. Art. 40: ten years, automatically extended for further ten-year periods unless a party gives written notice six months before expiry (zakonbase copy). Its mutual-assistance article was not seen, so no provision is recorded and the tie rests on the kind. Whether the 2013 Treaty on Good-Neighbourliness and Alliance in the 21st Century replaced it was not found; the 2012 protocol is recorded as a statement, so periods after 2002 are presumed extensions.",
})
records.append({
    "id": "kg-ru-1992-fcma",
    "name": "Treaty of Friendship, Cooperation and Mutual Assistance between the Russian Federation and the Republic of Kyrgyzstan",
    "short_name": "Kyrgyzstan–Russia Treaty of Friendship, Cooperation and Mutual Assistance (1992)",
    "kind": "friendship",
    "parties": [party("KG", "1992-06-10"), party("RU", "1992-06-10")],
    "signed": "1992-06-10",
    "term": {"rule": "unknown"},
    "events": [
        ev("2012-09-20", "operative", "The agreement on the united Russian military base in Kyrgyzstan (Kant), adopted on 20 Sep 2012, is based on this treaty (legal-database copy): the earliest dated evidence found that it was in operation; its entry into force was not found", ["ru92-s14"]),
    ],
    "sources": ["ru92-s12", "ru92-s14"],
    "note": "Signed on 10 Jun 1992 (Kremlin, 2012: the 20th anniversary of its signing). Entry into force, term and articles not found; read in operation from 20 Sep 2012 (an `operative` event). A 2012 extension protocol reported by IANS is about the Kazakhstan treaty, not this one.",
})
records.append({
    "id": "ru-uz-1992",
    "name": "Treaty on the Foundations of Interstate Relations, Friendship and Cooperation between the Russian Federation and the Republic of Uzbekistan",
    "short_name": "Russia–Uzbekistan Treaty on the Foundations of Interstate Relations (1992)",
    "kind": "friendship",
    "parties": [party("RU", "1992-05-30"), party("UZ", "1992-05-30")],
    "signed": "1992-05-30",
    "term": {"rule": "unknown"},
    "events": [
        ev("1994-03-02", "operative", "The Russia–Uzbekistan treaty on military cooperation (2 Mar 1994; ratified by Russia's federal law of 17 Dec 1994 No. 65-FZ) rests on the relevant articles of this treaty (Kodeks copy; its date from the 2001 air-defence agreement's preamble): the earliest dated evidence found that it was in operation; its entry into force was not found", ["ru92-s22", "ru92-s23"]),
        ev("2001-10-19", "statement", "The governments' agreement on the joint use of their air forces and air defence is guided by this treaty (businesspravo copy)", ["ru92-s23"]),
    ],
    "sources": ["ru92-s23", "ru92-s22"],
    "note": "Its title is not a mutual-assistance treaty's: Договор об основах межгосударственных отношений, дружбе и сотрудничестве. Signed on 30 May 1992 (the 2001 agreement's preamble); the place, entry into force, term and articles were not found. Read in operation from 2 Mar 1994 (an `operative` event).",
})
records.append({
    "id": "ru-ua-1997",
    "name": "Treaty on Friendship, Cooperation and Partnership between Ukraine and the Russian Federation",
    "short_name": "Russia–Ukraine Treaty of Friendship (1997)",
    "kind": "friendship",
    "parties": [party("RU", "1999-04-01", "2019-04-01"), party("UA", "1999-04-01", "2019-04-01")],
    "signed": "1997-05-31",
    "in_force": "1999-04-01",
    "term": {"rule": "auto_extending", "initial_years": 10, "extension_years": 10, "notice_months": 6},
    "events": [
        {"date": "2008-10-01", "kind": "extended", "until": "2019-04-01", "note": "Extended automatically to 2019, neither party having given notice by the deadline (Lenta.ru citing RIA Novosti; Ukrainska Pravda)", "sources": ["ru92-s31", "ru92-s32"]},
        ev("2018-09-21", "withdrew", "Ukraine's foreign ministry notifies Russia that Ukraine will not extend the treaty, after the NSDC's decision of 6 Sep and the President's decree of 17 Sep 2018 (UNIAN); the Verkhovna Rada's law ending it from 1 Apr 2019 is adopted on 6 Dec 2018 with 277 votes, signed on 10 Dec and in force on 12 Dec (Interfax-Ukraine, Today.ua)", ["ru92-s7", "ru92-s4", "ru92-s5"], "UA"),
        ev("2019-04-01", "expired", "The treaty ends at the close of its ten-year period (Interfax-Ukraine: it \u201cexpired on April 1, 2019\u201d; the law: ended from 1 Apr 2019). UNIAN and Ukrinform speak of the period ending on 31 Mar 2019, the last day in force", ["ru92-s4", "ru92-s24", "ru92-s25", "ru92-s7"]),
    ],
    "sources": ["ru92-s4", "ru92-s5", "ru92-s6", "ru92-s7"],
    "note": "Signed in Kyiv on 31 May 1997; in force on 1 Apr 1999 on the exchange of instruments of ratification in Moscow (Interfax-Ukraine, Today.ua, Strana). Ten years, automatically extended for ten-year periods unless a party notifies the other six months before the period ends (Interfax-Ukraine); the article number (40) appears only on an aggregator. Its articles were not seen, so no provision is recorded. Ukraine ended it by notice of non-extension; Wikipedia's date of 2000 for its entry into force is an error and is not used.",
})
records.append({
    "id": "az-ru-1997",
    "name": "Treaty of Friendship, Cooperation and Mutual Security between the Russian Federation and the Republic of Azerbaijan",
    "short_name": "Azerbaijan–Russia Treaty of Friendship, Cooperation and Mutual Security (1997)",
    "kind": "friendship",
    "parties": [party("AZ", "1997-07-03"), party("RU", "1997-07-03")],
    "signed": "1997-07-03",
    "term": {"rule": "unknown"},
    "events": [
        ev("1998-02-09", "ratified", "Ratified by Russia's federal law of 9 Feb 1998 No. 24-FZ (legal-database copy)", ["ru92-s8"], "RU"),
        ev("2021-07-20", "operative", "RIA Novosti: the treaty is the founding document of the two countries' treaty base: the earliest dated evidence found that it was in operation; its entry into force and Azerbaijan's ratification were not found", ["ru92-s17"]),
        ev("2022-02-22", "statement", "The Declaration on Allied Interaction proceeds from the treaty (AZERTAC, the Azerbaijani foreign ministry's text)", ["ru92-s27"]),
    ],
    "sources": ["ru92-s8", "ru92-s9", "ru92-s18", "ru92-s17"],
    "note": "Signed in Moscow on 3 Jul 1997. Its security article was not seen, so no provision is recorded. A Russian foreign-ministry statement of 2012 names it among the basic documents, but its day was not shown, so the record reads it in operation from 20 Jul 2021 (an `operative` event).",
})

# --- The US Compacts of Free Association -------------------------------------
S311 = "(a) The Government of the United States has full authority and responsibility for security and defense matters in or relating to the Marshall Islands and the Federated States of Micronesia. (b) This authority and responsibility includes: (1) the obligation to defend the Marshall Islands and the Federated States of Micronesia and their peoples from attack or threats thereof as the United States and its citizens are defended;"
for cid, c, name, signed, eif, evs, extra_src, term, note in [
    ("fm-us-1986", "FM", "Federated States of Micronesia", "1982-10-01", "1986-11-03",
     [ev("2003-05-14", "statement", "The amended Compact is signed at Palikir; the joint communiqué: the United States retains the responsibility to defend the FSM as it would U.S. territory (a CRS report gives 15 May 2003; the communiqué's 14 May is used)", ["cofa-s8"]),
      ev("2004-06-25", "statement", "The two governments sign the documents implementing the amended Compact (FSM Legal Information System), approved by the FSM Congress on 26 May 2004 and by the US in Public Law 108-188 of 17 Dec 2003", ["cofa-s11", "cofa-s34"]),
      ev("2024-03-18", "statement", "The Agreement to Amend the Compact of 23 May 2023 is brought into force by an exchange of notes in Washington (FSM President's office)", ["cofa-s22", "cofa-s13"])],
     ["cofa-s28", "cofa-s26"], {"rule": "unlimited"},
     "The State Department: \u201cThe Amended Compact does not have an end date\u201d (fact sheet). The amendments of 2003 and 2023 keep Title Three, so they are recorded as statements on this record, not as new treaties."),
    ("mh-us-1986", "MH", "Republic of the Marshall Islands", "1983-06-25", "1986-10-21",
     [ev("2003-04-30", "statement", "The agreement amending the Compact is signed at Majuro (TIAS 04-501)", ["cofa-s31"]),
      ev("2004-05-01", "statement", "Notes exchanged at Majuro memorialise the full implementation of the amended Compact (RMI Embassy)", ["cofa-s10"]),
      ev("2023-10-16", "statement", "The Agreement to Amend the Compact is signed in Honolulu (State Department media note); its entry into force was not found", ["cofa-s15"])],
     ["cofa-s12", "cofa-s29"], {"rule": "unknown"},
     "The State Department marked its 35th anniversary in force in 2021. No statement of the amended Compact's term for the Marshall Islands was seen, so the term is unknown."),
]:
    records.append({
        "id": cid,
        "name": f"Compact of Free Association between the Government of the United States and the Government of the {name}",
        "short_name": f"US–{'Micronesia' if c == 'FM' else 'Marshall Islands'} Compact of Free Association (1986)",
        "kind": "mutual_defence",
        "parties": [party(c, eif), party("US", eif)],
        "signed": signed,
        "in_force": eif,
        "term": term,
        "events": evs,
        "provisions": [prov("mutual_defence", "Section 311", S311, ["cofa-s1"], "US", c)],
        "sources": ["cofa-s2", "cofa-s6", "cofa-s1", "cofa-s34"] + extra_src,
        "note": f"The Compact of Free Association of title II of Public Law 99-239 (14 Jan 1986), one text for the {name} and the other freely associated state, applied bilaterally. Signed for the United States by Ambassador Zeder on {signed} (President's transmittal, 1984); in force on {eif} (Proclamation 6726). Section 311 binds the United States to defend it \u201cas the United States and its citizens are defended\u201d; the obligation runs one way, so the provision binds the US towards it. " + note,
    })
records.append({
    "id": "pw-us-1994",
    "name": "Compact of Free Association between the Government of the United States and the Government of Palau",
    "short_name": "US–Palau Compact of Free Association (1994)",
    "kind": "mutual_defence",
    "parties": [party("PW", "1994-10-01"), party("US", "1994-10-01")],
    "signed": "1982-08-26",
    "in_force": "1994-10-01",
    "term": {"rule": "unknown"},
    "events": [
        ev("2018-09-19", "statement", "Notes exchanged in Koror bring into force the Compact Review Agreement signed in Sep 2010 (State Department media note)", ["cofa-s24", "cofa-s25"]),
        ev("2024-03-15", "statement", "Notes exchanged in Koror formalise the 2023 Compact Review Agreement (Palau Government), after Public Law 118-42 of 9 Mar 2024", ["cofa-s19", "cofa-s21"]),
    ],
    "provisions": [prov("mutual_defence", "Section 312", "The Government of the United States has full authority and responsibility for security and defense matters in or relating to Palau.", ["cofa-s4", "cofa-s30"], "US", "PW")],
    "sources": ["cofa-s3", "cofa-s2", "cofa-s33", "cofa-s4", "cofa-s6", "cofa-s30", "cofa-s25"],
    "note": "Title II of Public Law 99-658 (14 Nov 1986). Signed for the United States on 26 Aug 1982 (President's transmittal, 1984); Proclamation 6726 says the two governments concluded it on 10 Jan 1986. In force on 1 Oct 1994, the effective date the two governments agreed (President Clinton's letter of 27 Sep 1994; 48 U.S.C. 1951 note). Section 311, the defence obligation itself, was not seen; Section 312 gives the United States full authority and responsibility for security and defense, and the State Department says the US \u201cremains responsible for Palau\u2019s defense until 2044\u201d (2018) while calling the Compact without a termination date (2011), so the term is unknown. The obligation runs one way.",
})

# --- The Gulf ----------------------------------------------------------------
records.append({
    "id": "kw-us-1991",
    "name": "Defense Cooperation Agreement between the United States and Kuwait",
    "short_name": "US–Kuwait Defense Cooperation Agreement (1991)",
    "kind": "strategic_partnership",
    "parties": [party("KW", "1991-09"), party("US", "1991-09")],
    "signed": "1991-09",
    "term": {"rule": "unknown"},
    "events": [
        ev("2000-07-25", "operative", "Defence Minister Sheikh Salem: Kuwait signed \u201cbinding\u201d defence pacts with Washington and London in 1991 and will renew the US pact when it expires (Al Bawaba): the earliest dated evidence found that it was in operation; its entry into force was not found", ["gdca-s21"], "KW"),
        ev("2001-02-27", "statement", "Kuwaiti officials: the ten-year pact has been renewed automatically for another decade from its expiry in the summer, under a clause providing for renewal unless a party gives notice (World Tribune)", ["gdca-s4"], "KW"),
    ],
    "sources": ["gdca-s30", "gdca-s1", "gdca-s21", "gdca-s4", "gdca-s5"],
    "note": "A ten-year agreement, its text never published. Signed by Defence Minister Ali Salem Al-Sabah and Defense Secretary Cheney in September 1991: the day, Thursday 19 Sep 1991, rests on one partisan monthly (Al-Waie), the month also on the Orlando Sentinel (\u201clast month\u201d, 28 Oct 1991), so the record keeps the month. Read in operation from 25 Jul 2000 (an `operative` event); its term is not counted. Later renewals were not found; Al-Akhbar citing AFP dates the renewal to 2002, against the Kuwaiti minister's February 2001 account, which the record uses.",
})
records.append({
    "id": "bh-us-1991",
    "name": "Defense Cooperation Agreement between the United States and Bahrain",
    "short_name": "US–Bahrain Defense Cooperation Agreement (1991)",
    "kind": "strategic_partnership",
    "parties": [party("BH", "1991-10"), party("US", "1991-10")],
    "signed": "1991-10",
    "term": {"rule": "unknown"},
    "events": [
        ev("2001-10", "operative", "Renewed in October 2001 for ten years (Naharnet; the Financial Times via Defaiya, 2011): the earliest dated evidence found that it was in operation; its entry into force was not found", ["gdca-s2", "gdca-s3"]),
        ev("2002", "statement", "The Bush administration secretly extends the agreement for five more years, to 2016 (the Financial Times; The Washington Post via Naharnet); the Pentagon declines to confirm", ["gdca-s3", "gdca-s2"], "US"),
        ev("2011", "statement", "A US official, asked about its expiry in October 2011: \u201cit would be accurate to say that it goes beyond that date\u201d (Naharnet)", ["gdca-s2"], "US"),
    ],
    "sources": ["gdca-s1", "gdca-s2", "gdca-s3"],
    "note": "A ten-year agreement, classified. Signed in Manama in late October 1991: 28 Oct per Naharnet, \u201con Sunday\u201d (27 Oct) per the Orlando Sentinel of Monday 28 Oct, so the record keeps the month. Read in operation from its renewal of October 2001 (an `operative` event); its term is not counted. A renewal after 2016 was not found; the 2023 C-SIPA is recorded separately.",
})
records.append({
    "id": "ae-fr-2009",
    "name": "Accord entre le Gouvernement de la République française et le Gouvernement des Émirats arabes unis relatif à la coopération en matière de défense",
    "short_name": "France–UAE defence cooperation agreement (2009)",
    "kind": "strategic_partnership",
    "parties": [party("AE", "2009-05-26"), party("FR", "2009-05-26")],
    "signed": "2009-05-26",
    "term": {"rule": "fixed", "years": 15},
    "events": [
        ev("2011-06-14", "ratified", "The Assemblée nationale adopts the bill authorising its approval (rapporteur's blog; Senate report of 6 Jul 2011)", ["gdca-s12", "gdca-s36"], "FR"),
        ev("2012-04-16", "operative", "Decree No. 2012-495 orders the agreement, and the exchange of letters on its interpretation signed in Paris on 15 Dec 2010, published in the Journal officiel (JORF of 18 Apr 2012): France publishes a treaty by decree once it is in force, but the excerpt does not state the day it entered into force, so this is read as the earliest evidence of operation", ["gdca-s17"], "FR"),
    ],
    "provisions": [
        prov("consultation", "Article 3", "Les Parties se consultent et échangent leurs analyses lorsque l'une ou l'autre pressent une menace susceptible d'affecter leurs intérêts nationaux fondamentaux respectifs.", ["gdca-s15"]),
        prov("mutual_defence", "Article 4(1)", "Le Gouvernement de la République française s'engage à participer à la défense de la sécurité, de la souveraineté, de l'intégrité territoriale et de l'indépendance de l'Etat des Emirats arabes unis.", ["gdca-s15", "gdca-s38"], "FR", "AE"),
    ],
    "sources": ["gdca-s17", "gdca-s15", "gdca-s16", "gdca-s38", "gdca-s10"],
    "note": "Signed in Abu Dhabi on 26 May 2009 during President Sarkozy's visit; it replaces the accord of 18 Jan 1995 (not recorded). Article 15: in force for fifteen years from the first day of the second month after the last notification, renewable for as long unless a party gives a year's notice; the day of the last notification was not found, so the record reads it in operation from the publication decree of 16 Apr 2012 (an `operative` event) and its term is not counted. The French pledge of Article 4 runs one way (France towards the UAE); the Senate report notes that French troops are engaged explicitly only to deter or repel aggression by one or more states (Article 4(6)).",
})

# --- Asia and Turkey ---------------------------------------------------------
records.append({
    "id": "fpda-1971",
    "name": "Five Power Defence Arrangements",
    "short_name": "Five Power Defence Arrangements (FPDA, 1971)",
    "kind": "strategic_partnership",
    "parties": [party(c, "1971-11-01") for c in ["AU", "GB", "MY", "NZ", "SG"]],
    "signed": "1971-04-16",
    "in_force": "1971-11-01",
    "term": {"rule": "unknown"},
    "events": [
        ev("1972-07-20", "statement", "The UK Minister of State for Defence: the arrangements are operating smoothly and will continue so long as the partners need them (Hansard)", ["medas-s2"], "GB"),
        ev("2021-10-21", "statement", "The five prime ministers reaffirm their commitment at the 50th anniversary (The Straits Times)", ["medas-s4"]),
        ev("2024-05-31", "statement", "The 12th FPDA Defence Ministers' Meeting reaffirms the nations' \u201cstrong and continued commitment\u201d (Singapore MINDEF)", ["medas-s5"]),
    ],
    "provisions": [prov("consultation", None, "Set up in 1971 upon British withdrawal, the FPDA created a platform for the five countries to consult each other if either Singapore or Malaysia were attacked.", ["medas-s4"])],
    "sources": ["medas-s1", "medas-s2", "medas-s44", "medas-s4", "medas-s5"],
    "note": "Not a signed treaty: the communiqué of the five ministers' meeting in London of 15\u201316 Apr 1971, the arrangements coming into effect on 1 Nov 1971 (UK written answer of 19 Apr 1971; Hansard, 20 Jul 1972; Singapore's National Library Board) on the end of the Anglo-Malayan Defence Agreement. The communiqué's consultation clause was not seen verbatim; the provision is The Straits Times' description. No term.",
})
records.append({
    "id": "qa-tr-2014",
    "name": "Türkiye Cumhuriyeti Hükümeti ile Katar Devleti Hükümeti Arasında Askeri Eğitim, Savunma Sanayii ile Katar Topraklarında Türk Silahlı Kuvvetlerinin Konuşlandırılması Konusunda İşbirliği Anlaşması",
    "short_name": "Qatar–Türkiye military cooperation and deployment agreement (2014)",
    "kind": "strategic_partnership",
    "parties": [party("QA", "2015-06-15"), party("TR", "2015-06-15")],
    "signed": "2014-12-19",
    "in_force": "2015-06-15",
    "term": {"rule": "unknown"},
    "events": [
        ev("2015-03-27", "ratified", "Türkiye's President approves the law approving the agreement, after the Grand National Assembly's debate of 19 Mar 2015 (Ege Postası; TBMM record)", ["medas-s47", "medas-s46"], "TR"),
        ev("2017-12-26", "statement", "A new group of Turkish troops arrives in Qatar under the agreement (Anadolu Agency via TRT Haber)", ["medas-s12"]),
    ],
    "sources": ["medas-s46", "medas-s34", "medas-s12", "medas-s15"],
    "note": "The agreement on military training, the defence industry and the deployment of Turkish armed forces on Qatari territory, signed in Ankara on 19 Dec 2014 by the defence ministers (Hürriyet Daily News; TBMM). In force on 15 Jun 2015 (Anadolu Agency; the Turkish General Staff). Its articles were not seen, so no provision is recorded; the implementing agreement on the deployment (28 Apr 2016) is not recorded.",
})

# Basic treaties with no security clause the sources show: kind
# basic_relations (TreatyKind::BasicRelations), an Agreement tie, not an
# alliance; a friendship treaty in force would make Ukraine (1999-2019),
# Uzbekistan, North Korea, Moldova and Iran Russia's allies.
BASIC = {"ru-ua-1997", "ru-uz-1992", "kp-ru-2000", "md-ru-2001", "ir-ru-2001", "in-ru-1993"}
for r in records:
    if r["id"] in BASIC:
        r["kind"] = "basic_relations"
        r["note"] += " Recorded as a basic-relations treaty: no security clause was seen, so it makes an agreement tie, not an alliance."
write(records, HERE, "2")
