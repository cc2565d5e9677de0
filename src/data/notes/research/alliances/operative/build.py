#!/usr/bin/env python3
"""Build the records of the 2026-12-02 evening round (instruments whose entry
into force was not found, recorded from their first evidence of operation,
EventKind::Operative) from the earlier rounds' drafts and this round's
sources. Writes records.json and sources.tsv here; apply with
../../apply_treaties.py src/data records.json sources.tsv.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import drafts, ev, write  # noqa: E402

D = drafts(HERE)
records = []

# 1. GCC Joint Defence Agreement: in operation by 29 Oct 2002.
t = json.loads(json.dumps(D["gcc-defence-2000"]))
t["in_force"] = None
t["events"] += [
    ev("2001-10", "statement", "The GCC defence ministers' 20th meeting (Manama) approves a Supreme Defence Council whose role is to oversee the implementation of the joint defence pact (Al Bawaba; the year from the report's context)", ["gulf-africa-op-s2"]),
    ev("2001-12-31", "statement", "The 22nd Supreme Council (Muscat, 30–31 Dec 2001) agrees to set up a supreme defence council; a delegate tells AFP it would oversee the implementation of the joint defence pact signed a year before (AFP copy; the session's dates from the GCC Secretariat)", ["gulf-africa-op-s1", "gulf-africa-op-s3"]),
    ev("2002-10-29", "operative", "The 21st meeting of the GCC defence ministers (Muscat, ended 29 Oct 2002) was held, Secretary-General al-Attiyah said, in implementation of what the Joint Defence Agreement provides (SPA via Al-Jazirah, 30 Oct 2002): the earliest evidence found that the agreement was in operation; its entry into force was not found", ["gulf2-s2"]),
    ev("2011-03", "statement", "Bahrain asks to activate the agreement signed in Bahrain on 31 Dec 2000, and the GCC states send Peninsula Shield forces in March 2011 (GCC Secretariat-General)", ["gulf2-s5"], "BH"),
]
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["gulf2-s2", "gulf2-s5", "gulf-africa-op-s1", "gulf-africa-op-s2", "gulf-africa-op-s3"]
t["note"] += " No source dates the entry into force (an Al-Mashareq feature's 'in 2000' contradicts the ratifications of 2001 and is not used); the record reads the agreement in operation from the defence ministers' meeting of 29 Oct 2002, held in its implementation (an `operative` event), and its status before then as 'entry into force not found'."
records.append(t)

# 2. Saudi–Pakistan Strategic Mutual Defence Agreement: in operation by 14 Nov 2025.
t = json.loads(json.dumps(D["pk-sa-2025"]))
t["events"] = [
    ev("2025-10-09", "ratified", "Pakistan's federal cabinet ratifies the agreement (Prime Minister's Office statement); no parliamentary vote was found, and no Saudi approval", ["gulf2-s11"], "PK"),
    ev("2025-11-14", "operative", "The chiefs of general staff of Pakistan and Saudi Arabia meet in Riyadh on advancing collaboration under the agreement (ISPR statement via DNA and Geo News): the earliest evidence found that it was in operation; its entry into force was not found", ["gulf-africa-op-s4", "gulf-africa-op-s5"], "PK"),
    ev("2026-03-03", "statement", "Foreign Minister Ishaq Dar at a media briefing: \u201cI made them (Iran) understand that we have a defence agreement\u201d (Financial Express; India TV citing the Financial Times)", ["gulf2-s8", "gulf2-s9"], "PK"),
    ev("2026-03", "statement", "Defence Minister Khalid bin Salman, after meeting Field Marshal Asim Munir, on the measures needed to halt Iranian attacks on the Kingdom \u201cwithin the framework of our Joint Strategic Defense Agreement\u201d (X post, reported 7 Mar 2026 by Republic World and India TV)", ["gulf2-s6", "gulf2-s7"], "SA"),
]
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["gulf2-s11", "gulf-africa-op-s4", "gulf-africa-op-s5", "gulf2-s6", "gulf2-s8"]
t["note"] = t["note"].replace("so `in_force` is left out and the term is `unknown`.", "so `in_force` is left out and the term is `unknown`; the record reads the agreement in operation from the chiefs of staff's meeting of 14 Nov 2025 under it (an `operative` event).")
records.append(t)

# 3. AU Non-Aggression and Common Defence Pact: 17 states named as having ratified by 21 Apr 2016.
t = json.loads(json.dumps(D["au-nacdp-2005"]))
named = ["DZ", "BF", "TD", "CG", "GA", "GM", "GH", "GN", "GW", "LY", "ML", "MR", "MZ", "NE", "RW", "SN", "TG"]
t["parties"] = [{"country": c, "period": {"start": "2016-04-21"}} for c in sorted(named)]
t["provisions"] = [p for p in t["provisions"] if p["sources"] != ["collective-s54"]]
t["sources"] = [s for s in t["sources"] if s != "collective-s54"] + ["gulf-africa-op-s12", "gulf-africa-op-s14"]
t["alternatives"] = [{"says": "in force since 31 Jan 2009 (Angola's foreign minister Georges Chikoti, 21 Apr 2016); AfricanLII's 18 Dec 2009 is used", "date": "2009-01-31", "sources": ["gulf-africa-op-s12"]}]
t["events"].append(ev("2016-04-21", "statement", "Angola's National Assembly approves the ratification 168–0–0; Foreign Minister Chikoti names 17 states that have ratified the Pact, of 34 signatories (ANGOP via PANA). Angola's own ratification and deposit were not found, so it is not a party here", ["gulf-africa-op-s12"], "AO"))
t["note"] = ("Adopted by the 4th Ordinary Session of the AU Assembly at Abuja on 31 Jan 2005 (Commit4Africa). Entry into force requires adoption (ratification) by 15 members (Almanach-dz); AfricanLII gives 'Commenced on 18 December 2009', recorded as in_force (the date of the 15th deposit itself was not seen). "
             "State parties: no depositary list was found. The parties are the 17 states Angola's foreign minister named on 21 Apr 2016 as having ratified ('países como' Algeria, Burkina Faso, Chad, Congo, Gabon, Gambia, Ghana, Guinea, Guinea-Bissau, Libya, Mali, Mauritania, Mozambique, Niger, Rwanda, Senegal and Togo; ANGOP via PANA); the list may be incomplete, 'Congo' is read as the Republic of the Congo, and each period starts on 21 Apr 2016, the date by which the ratification is attested, not the date of ratification (Chad's deposit, welcomed by AU Commission chair Jean Ping, was after Feb 2008; AFP). So the ties among them are missing before 21 Apr 2016, never added early. "
             "The kind (mutual defence) rests on the Pact's title in the AU's text (AfricanLII); its 'attack on one' clause was seen only on a Q&A site (aggregator) and is not recorded. The non-aggression and 'no contrary commitment' clauses are Commit4Africa's extracts; article numbers were not seen. The Pact's definition of 'aggression' (Article 1(c), AfricanLII) extends to non-State actors.")
records.append(t)

# 4. US–Qatar Defense Cooperation Agreement (1992): in operation by 11 Dec 2002.
t = json.loads(json.dumps(D["qa-us-1992"]))
t["events"] += [
    ev("2002-12-11", "operative", "Voice of America: the United States has been using al-Udeid since 1992 under an earlier defense pact; the Los Angeles Times (12 Dec 2002): US forces have used the base for months under a decade-old defense agreement, updated two years before to include it. The earliest dated evidence found that the agreement was in operation; its entry into force was not found", ["us-op-s13", "us-op-s12"]),
    ev("2017-06-09", "statement", "Congressional Research Service: under the DCA, Qatar hosts nearly 10,000 U.S. forces, including at Al Udeid", ["us-op-s11"], "US"),
    ev("2024-03-05", "statement", "The sixth US–Qatar Strategic Dialogue announces an amendment to the bilateral Defense Cooperation Agreement; the two governments strengthened their cooperation under the current agreement (joint statement, a copy; Arab48)", ["us-op-s8", "us-op-s9"]),
]
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["us-op-s13", "us-op-s12"]
t["note"] += " Read in operation from 11 Dec 2002, the first dated evidence found (an `operative` event); the extensions are recorded but, with no entry into force, no term is counted."
records.append(t)

# 5. US–Pakistan Agreement of Cooperation (1959): invoked by Pakistan on 8 Dec 1971.
t = json.loads(json.dumps(D["pk-us-1959"]))
t["events"].append(ev("1971-12-08", "operative", "Pakistan's ambassador Raza delivers an urgent appeal for US assistance to Assistant Secretary Sisco and refers to the 1959 bilateral agreement; Kissinger had told him to invoke it by a formal request (FRUS 1969–76, vol. XI doc. 260 and vol. E-7 doc. 164): the earliest dated evidence found that the agreement was in operation; its entry into force was not found", ["us-op-s20", "us-op-s19"], "PK"))
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["us-op-s19", "us-op-s20"]
t["note"] = t["note"].replace("so `in_force` is left out and the record reads as signed, not in force;", "so `in_force` is left out; the record reads it in operation from Pakistan's invocation of 8 Dec 1971 (an `operative` event) and as 'entry into force not found' before;")
records.append(t)

# 6. France–Côte d'Ivoire defence partnership treaty (2012): the French forces set up under it from 1 Jan 2015.
t = json.loads(json.dumps(D["ci-fr-2012"]))
t["events"].append(ev("2015-01-01", "operative", "The French forces in Côte d'Ivoire are created on 1 Jan 2015, the prepositioned force continuing the 2012 defence partnership agreement (KOACI, 1 Sep 2022, relaying the French forces): the earliest dated evidence found that the treaty was in operation; its entry into force was not found", ["south-op-s19"]))
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["south-op-s19"]
t["note"] = t["note"].replace("Entry into force (décret de publication) not found.", "Entry into force (décret de publication) not found; France had approved it by May 2014 and President Ouattara promulgated the ratification law in 2014 (APA). Read in operation from 1 Jan 2015 (an `operative` event, a retrospective report); the term is not counted.")
records.append(t)

# 7. France–CAR defence partnership agreement (2010): binding France in Dec 2012; suspended by France from 8 Jun 2021.
t = json.loads(json.dumps(D["cf-fr-2010"]))
t["events"] += [
    ev("2012-12", "operative", "Franceinfo: the defence partnership agreement signed in April 2010 binds France more closely to François Bozizé's regime (the month from the article's context): the earliest dated evidence found that it was in operation; its entry into force was not found", ["south-op-s27"]),
    ev("2022-10-07", "statement", "The end of military cooperation is made official by a communiqué (Africanews, citing the CAR parliament); it is not reported as a denunciation of the agreement, so the agreement is not ended here", ["south-op-s28"]),
]
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["south-op-s27"]
t["note"] = t["note"].replace("Entry into force and décret de publication not found.", "Entry into force and décret de publication not found: read in operation from Dec 2012 (an `operative` event), France's participation suspended from 8 Jun 2021; the term is not counted.")
records.append(t)

# 8. Russia–Uzbekistan Treaty on Allied Relations (2005): applied by 14 Nov 2010.
t = json.loads(json.dumps(D["uz-ru-2005"]))
t["events"].append(ev("2010-11-14", "operative", "Medvedev's message to Karimov on the treaty's fifth anniversary: Russia will continue an active political dialogue with Uzbekistan in accordance with the Treaty on Allied Relations (Voice of Russia): the earliest dated evidence found that it was in operation; its entry into force was not found", ["russia-op-s7"], "RU"))
t["sources"] += ["russia-op-s7"]
t["note"] = t["note"].replace("(in_force null, term unknown).", "(in_force null, term unknown); read in operation from Medvedev's message of 14 Nov 2010 (an `operative` event).")
records.append(t)

# 9–10. Russia's Syrian bases: both agreements applied from signature.
for tid, day, src, what in [
    ("sy-ru-2015-hmeimim", "2015-08-26", ["russia-s88", "russia-s86"], "The agreement is of unlimited duration and applied provisionally from the date of its signature (Shorts.ru; Spektr on the ratification law)"),
    ("sy-ru-2017-tartus", "2017-01-18", ["russia-s90"], "The agreement is applied from the date of its signature (Rossiyskaya Gazeta on the ratification bill)"),
]:
    t = json.loads(json.dumps(D[tid]))
    t["events"] = [e for e in t["events"] if not (e["date"] == "2026-01-28" and e["kind"] == "statement")]
    t["events"] += [
        ev(day, "operative", what + ": in operation from signature; the date it entered into force after ratification was not found", src),
        ev("2024-12", "statement", "Lavrov (RIA Novosti interview): the Russian bases in Syria are provided for by international treaties in force; Damascus has not asked to review them", ["russia-op-s9"], "RU"),
        ev("2025-10-15", "statement", "Al-Sharaa, meeting Putin in the Kremlin, says Syria will abide by all previous agreements with Moscow (Sky News Arabia); three days later his foreign minister calls them suspended", ["russia-op-s11"], "SY"),
        ev("2025-12-03", "statement", "Deputy Foreign Minister Vershinin (RTVI): Tartus and Hmeimim continue to operate; an inventory of the treaty base is under way and some agreements may need adapting", ["russia-op-s13"], "RU"),
        ev("2026-01-28", "statement", "Putin receives al-Sharaa in the Kremlin a second time; Vedomosti (29 Jan 2026) reports that al-Sharaa promised to observe all existing Russian–Syrian agreements, above all on the Russian military presence at Tartus and Hmeimim. Not recorded as a resumption: no act revoking the foreign minister's suspension was found", ["russia-op-s14", "russia-s104"], "SY"),
    ]
    t["events"].sort(key=lambda e: e["date"])
    t["sources"] += src
    t["note"] += " Read in operation from signature (an `operative` event: the agreement's own provisional-application clause), Syria's participation suspended from its foreign minister's statement of 18 Oct 2025; al-Sharaa's contrary assurances of Oct 2025 and Jan 2026 are recorded as statements."
    records.append(t)

# 11. The Gyumri base treaty (1995): called in force on 5 Aug 2010.
t = json.loads(json.dumps(D["am-ru-1995-base"]))
t["events"].append(ev("2010-08-05", "operative", "Armenia's Security Council secretary Bagdasaryan: the protocol gives the base 49 years instead of the 25 provided by the agreement in force (Lenta.ru citing Novosti-Armenia): the earliest dated evidence found that the treaty was in operation; its entry into force was not found (the Duma voted its ratification on 18 Apr 1997 and Armenia's parliament in Apr 1997)", ["russia-op-s5"], "AM"))
t["events"] += [
    ev("1997-04-18", "ratified", "The State Duma votes the ratification (Jamestown Monitor)", ["russia-op-s2"], "RU"),
    ev("1997-04", "ratified", "Armenia's parliament ratifies the treaty (Jamestown, citing reports of 29 Apr 1997)", ["russia-op-s3"], "AM"),
]
t["events"].sort(key=lambda e: e["date"])
t["sources"] += ["russia-op-s5", "russia-op-s2", "russia-op-s3"]
t["note"] += " Read in operation from 5 Aug 2010 (an `operative` event), the first dated text found that calls it in force; its term and the protocol's extension are recorded but not counted."
records.append(t)

write(records, HERE)
