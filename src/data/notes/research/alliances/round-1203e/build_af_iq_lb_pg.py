#!/usr/bin/env python3
"""Round 1203e: the United States' agreements with Afghanistan (2012) and
Iraq (2008, two), the Lebanon–Syria treaty of 1991 and the US–Papua New
Guinea Defense Cooperation Agreement (2023), from the `af-iq-us`, `lb-sy`
and `dj-pg-us` rounds. Writes records-e.json and sources-e.tsv for
apply_treaties.py.

Left out (see each round's NOTES.md): the US–Afghanistan Security and
Defense Cooperation Agreement of 2014 (its entry into force on 1 Jan 2015
seen only in advance announcements, and no act under it after that day);
the Lebanon–Syria Defence and Security Agreement of 1991 (no day or act of
its own); the US–Djibouti access agreement of 2003 and the Camp Lemonnier
lease of 2014 (no entry into force, and the only act under the first on a
cable mirror); the China–Solomon Islands framework agreement of 2022 (no
entry into force and no act tied to it).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

A = "af-iq-us-s"
L = "lb-sy-s"
P = "dj-pg-us-s"


def parties(cs, start):
    return [{"country": c, "period": {"start": start}} for c in cs]


records = [
    {
        "id": "af-us-2012",
        "name": "Enduring Strategic Partnership Agreement between the Islamic Republic of Afghanistan and the United States of America",
        "short_name": "US–Afghanistan Strategic Partnership Agreement (2012)",
        "kind": "strategic_partnership",
        "parties": parties(["AF", "US"], "2012-05-02"),
        "signed": "2012-05-02",
        "in_force": "2012-07-04",
        "term": {"rule": "unknown"},
        "events": [
            ev("2012-07", "ratified", "Pajhwok: 'Both countries completed their respective internal legal processes for ratification' (the day not given)", [A + "5"], party="AF"),
            ev("2012-07", "ratified", "Pajhwok: 'Both countries completed their respective internal legal processes for ratification'; for the United States it is 'a legally binding executive agreement' (the White House fact sheet)", [A + "5", A + "2"], party="US"),
            ev("2012-07-06", "statement", "President Obama designates Afghanistan a major non-NATO ally, 'two days after' the agreement 'entered force' (Air & Space Forces Magazine); Clinton announces it in Kabul on 7 Jul (the State Department's transcript; UPI; The Hill)", [A + "6", A + "7", A + "8", A + "9"], party="US"),
            ev("2012-10-03", "statement", "The inaugural meeting of the Bilateral Commission 'established by the U.S.-Afghanistan Enduring Strategic Partnership Agreement (SPA)' (joint statement, a copy of the State Department's)", [A + "11"]),
            ev("2013-05-11", "statement", "The second meeting of the Bilateral Commission in Kabul (joint statement, a copy)", [A + "12"]),
            ev("2021-08-15", "suspended", "The Taliban enter Kabul and the government of the Islamic Republic, the Afghan party, collapses (The Washington Post): no Afghan government has applied the agreement since. No termination or notice was found, so the dataset reads Afghanistan's participation as suspended from this day, not ended", [A + "31"], party="AF"),
            ev("2021-08-31", "suspended", "The United States completes its withdrawal (the last aircraft left Kabul on 30 Aug at 3:29 pm Washington time, the early hours of 31 Aug in Kabul) and, in Blinken's words, 'As of today, we have suspended our diplomatic presence in Kabul and transferred our operations to Doha, Qatar' (Al Jazeera's transcript; India.com). No termination or notice was found, so the dataset reads the United States' participation as suspended from this day, not ended", [A + "32", A + "33"], party="US"),
            ev("2022-09-23", "statement", "Biden: 'I hereby terminate the designation of Afghanistan as a Major Non-NATO Ally of the United States' (a memorandum, reported by Sputnik; notice of intent to Congress in July 2022, Anadolu)", [A + "14", A + "15"], party="US"),
        ],
        "provisions": [],
        "sources": [A + "1", A + "2", A + "3", A + "4", A + "5", A + "6", A + "7", A + "12", A + "13", A + "18"],
        "alternatives": [
            {"says": "signed on 1 May 2012, the date in Washington of the same signing just after midnight in Kabul (the White House fact sheet; CFR)", "date": "2012-05-01", "sources": [A + "2", A + "1"]},
        ],
        "note": "Signed at the presidential palace in Kabul by Presidents Obama and Karzai ('Just after midnight May 2 local time', American Forces Press Service); the White House dates it 1 May, Washington's date (kept as a reading). In force on 4 Jul 2012: 'two days after' it the President designated Afghanistan a major non-NATO ally on 6 Jul (Air & Space Forces Magazine), and Clinton said on 7 Jul that 'it entered into force just a few days ago'. Its term clause was not read (the press wrote of a partnership 'through 2024'), so its term is unknown. A partnership, not a defence pact: its security article was not read, and no obligation to defend was reported. After the Islamic Republic fell on 15 Aug 2021 and the United States left on 31 Aug 2021, no termination was found; the dataset reads both parties' participation as suspended from those days, so the tie shows as suspended, not as an ally, and the United States ended Afghanistan's major non-NATO ally status on 23 Sep 2022 (research/alliances/af-iq-us).",
    },
    {
        "id": "iq-us-2008-sofa",
        "name": "Agreement Between the United States of America and the Republic of Iraq On the Withdrawal of United States Forces from Iraq and the Organization of Their Activities during Their Temporary Presence in Iraq",
        "short_name": "US–Iraq withdrawal and status-of-forces agreement (2008)",
        "kind": "strategic_partnership",
        "parties": parties(["IQ", "US"], "2008"),
        "signed": "2008",
        "in_force": "2009-01-01",
        "term": {"rule": "fixed", "years": 3},
        "events": [
            ev("2008-11-27", "ratified", "The Congressional Research Service (a copy of its report): 'On 16 November 2008, the Iraqi Cabinet approved the agreements; on 27 November, the Iraqi parliament ratified it; On December 4, the Iraqi Presidential Council approved the security pacts'", [A + "37"], party="IQ"),
            ev("2008-12-05", "statement", "Crocker and Odierno welcome 'today’s ratification by Iraq’s Presidency Council of the Strategic Framework Agreement and Security Agreement': 'following an exchange of diplomatic notes, these agreements will become official and will enter into force on January 1, 2009' (US Central Command; the CRS report dates the Council's approval 4 Dec)", [A + "36", A + "37"]),
            ev("2011-12-18", "statement", "The last US troops leave Iraq: 'The final convoy rolled across the border into neighboring Kuwait as day broke on Sunday' (AP; AFP's caption dates it 18 Dec 2011)", [A + "43", A + "44"], party="US"),
        ],
        "provisions": [
            {"obligation": "consultation", "article": "Article 27",
             "text": "The agreement calls for “strategic consultations” in the event of an external or internal threat or aggression against Iraq and states that the United States “shall take appropriate measures, including diplomatic, economic or military measures,” to deter the threat.",
             "sources": [A + "37"]},
        ],
        "sources": [A + "34", A + "36", A + "37", A + "38", A + "39", A + "40", A + "41", A + "43", A + "44"],
        "alternatives": [
            {"says": "signed on 17 Nov 2008 by Iraq's foreign minister, Hoshyar Zebari, and the US ambassador, Ryan Crocker (a Wikipedia-derived copy only)", "date": "2008-11-17", "sources": [A + "35"]},
            {"says": "expired at midnight on 31 Dec 2011, the final withdrawal being dated 16 Dec 2011 (Wikipedia; AP and AFP date the last convoy 18 Dec)", "date": "2011-12-31", "sources": [A + "45"]},
        ],
        "note": "Known as the Status of Forces Agreement. Signed in 2008 (the day, 17 Nov, only on a Wikipedia-derived copy, kept as a reading); approved by Iraq's cabinet (16 Nov), parliament (27 Nov) and Presidency Council (4 Dec 2008, CRS; CENTCOM's release of 5 Dec). In force on 1 Jan 2009: 'The transfer came about as the status of forces agreement between the United States and Iraq took effect' (American Forces Press Service, 1 Jan 2009); 'U.S. forces in Iraq came under an Iraqi mandate on Thursday' (Reuters). 'the duration of the agreement is three years and each party can denounce the agreement with one year`s notice' (CRS, a copy; Article 30's text was not read), so it runs to 31 Dec 2011; it required 'the withdrawal of all U.S. forces from Iraqi territory by December 31, 2011'. The Article 27 provision is the CRS's summary, with its quoted words, not the article's text, which was not read. A partnership, not a defence pact (research/alliances/af-iq-us).",
    },
    {
        "id": "iq-us-2008-sfa",
        "name": "Strategic Framework Agreement for a Relationship of Friendship and Cooperation between the United States of America and the Republic of Iraq",
        "short_name": "US–Iraq Strategic Framework Agreement (2008)",
        "kind": "strategic_partnership",
        "parties": parties(["IQ", "US"], "2008"),
        "signed": "2008",
        "in_force": "2009-01-01",
        "term": {"rule": "unknown"},
        "events": [
            ev("2008-12", "ratified", "Crocker and Odierno welcome 'today’s ratification by Iraq’s Presidency Council of the Strategic Framework Agreement and Security Agreement' (US Central Command, 5 Dec 2008; the CRS report dates the Council's approval of 'the security pacts' 4 Dec)", [A + "36", A + "37"], party="IQ"),
            ev("2012-12-05", "statement", "'Under the auspices of the Strategic Framework Agreement', the second meeting of the Defense and Security Joint Coordination Committee, Baghdad, 5–6 Dec 2012 (a copy of the two governments' statement)", [A + "52"]),
            ev("2020-06-11", "statement", "The Strategic Dialogue 'was held in accordance with the 2008 Strategic Framework Agreement' (the joint statement, Republic World)", [A + "48"]),
            ev("2023-02-03", "statement", "Biden 'reaffirmed the U.S. commitment to the Strategic Framework Agreement with Iraq' (the White House readout, a copy)", [A + "56"], party="US"),
            ev("2024-04-15", "statement", "The Higher Coordinating Committee meets in Washington, co-chaired by Blinken and Iraq's deputy prime minister, 'in accordance with the 2008 U.S.-Iraq Strategic Framework Agreement' (Iraq's Foreign Ministry)", [A + "55"]),
            ev("2025-04-13", "statement", "Iraq's parliament speaker, al-Mashhadani: 'The Strategic Framework Agreement is the cornerstone of US-Iraqi relations' (Shafaq News): the latest dated evidence found that it is held in force", [A + "59"], party="IQ"),
        ],
        "provisions": [],
        "sources": [A + "47", A + "36", A + "42", A + "54", A + "55", A + "48", A + "57", A + "59"],
        "note": "Signed in 2008 with the withdrawal agreement ('In 2008, our nations signed the Strategic Framework Agreement (SFA)', the US Embassy in Baghdad; the day was not found in a source naming it). In force on 1 Jan 2009, the day the two governments announced for both agreements after Iraq's Presidency Council ratified them ('these agreements will become official and will enter into force on January 1, 2009', CENTCOM, 5 Dec 2008); the withdrawal agreement's entry into force that day is confirmed (AFPS, Reuters), and 'bilateral military accords took effect' (ABC). Its term and termination clause were not read, and no end was found: the 2024 decision to end the anti-ISIS coalition's mission by September 2025 concerns the coalition and cites cooperation 'consistent with' the agreement. Section III (defence and security cooperation) was not read, so no provision is recorded; a partnership, not a defence pact (research/alliances/af-iq-us).",
    },
    {
        "id": "lb-sy-1991",
        "name": "معاهدة الأخوة والتعاون والتنسيق بين الجمهورية العربية السورية والجمهورية اللبنانية (Treaty of Brotherhood, Cooperation and Coordination between Lebanon and Syria)",
        "short_name": "Lebanon–Syria Treaty of Brotherhood (1991)",
        "kind": "friendship",
        "parties": parties(["LB", "SY"], "1991-05-22"),
        "signed": "1991-05-22",
        "term": {"rule": "unknown"},
        "events": [
            ev("1991-05-27", "ratified", "'والمصادق عليها من مجلس النواب اللبناني بتاريخ 27/5/1991 في بيروت' (the preamble of the Defence and Security Agreement, Lebanese University legal database); 'Celle-ci, avec une unanimité exemplaire, vota la ratification du traité. Ce fut le 27 mais 1991.' (L'Orient-Le Jour)", [L + "6", L + "12"], party="LB"),
            ev("1991-05-27", "ratified", "'ومن مجلس الشعب السوري بتاريخ 27/5/1991 في دمشق' (the preamble of the Defence and Security Agreement, Lebanese University legal database; the only source found for Syria's ratification)", [L + "6"], party="SY"),
            ev("1993-08", "operative", "The Higher Council, the treaty's organ, gets a Secretary-General: 'the decision was made in August 1993 to appoint a Secretary-General' (Nasri Khoury, its Secretary-General, to Ya Libnan, 2010): the earliest act under the treaty found dated to the month; its entry into force was not found. The Defence and Security Agreement concluded under its Articles 3, 5 and 6 was signed earlier, in 1991 (its preamble, Lebanese University legal database: 'استنادا الى معاهدة الاخوة والتعاون والتنسيق'; Janoubia: 'التي وقـّعت في العام 1991'), but its month is on an aggregator's copy only (1 Sep 1991)", [L + "48", L + "6", L + "9"]),
            ev("2005-03-07", "statement", "The Syrian-Lebanese Higher Council meets in Damascus; its closing statement, transmitted to the UN, affirms both states' determination to 'follow up with transparency and precision the implementation of the Treaty and Agreements signed in that context' (UN document of 23 Mar 2005); the communiqué, printed in full by the BBC, has them 'continue implementing the articles of the treaty and the agreements signed within its framework'", [L + "18", L + "64"]),
            ev("2005-04-26", "statement", "Syria's foreign minister writes to the UN that Syria 'has completed the full withdrawal of its forces, military assets and the intelligence apparatus from Lebanon' (the Security Council's statement)", [L + "16", L + "15"], party="SY"),
            ev("2010-07-18", "statement", "Prime ministers Hariri and Otri affirm 'l'attachement de leurs pays à renforcer leurs relations dans le cadre du traité de fraternité' (SANA, via AFP): a meeting of the two prime ministers, not of the Higher Council, at which 17 agreements were signed ('Au total, 17 accords ont été signés', L'Orient-Le Jour)", [L + "27", L + "65"]),
            ev("2021-12", "statement", "Lebanon's foreign minister, Abdullah Bouhabib, meets the Secretary-General of the Syrian-Lebanese Supreme Council, Nasri Khoury (SANA, read in two copies only: The Limited Times says 'today', Athr Press 'اليوم الثلاثاء', so 13 or 14 Dec): the latest dated evidence found of the treaty's secretariat dealt with by a government. It is weak evidence: the report does not name the treaty, and Al-Modon wrote in 2025 that the Council had held 'لا اجتماعات، لا قرارات'", [L + "30", L + "66", L + "61"], party="LB"),
            ev("2025-10-10", "statement", "Syria suspends the work of the Syrian-Lebanese Higher Council, the treaty's organ, and restricts contacts to diplomatic channels; Lebanon endorses it (Shaam News; Arab News; LBCI). The day is the announcement's: Asharq Al-Awsat dates Damascus's notice 'يوم الجمعة' (Friday 10 Oct), Al-Modon says Beirut had it 'منذ الثلاثاء الفائت' (Tuesday 7 Oct), and Masdar Diplomacy 'ten days prior to the visit'. The suspension concerns the Council, not the treaty: the Council 'لم يُلغَ رسمياً' (Al-Modon), and LBCI and Masdar Diplomacy write that undoing it in full would need laws of both parliaments. The treaty itself was not denounced or ended", [L + "41", L + "38", L + "39", L + "40", L + "61", L + "62", L + "63"], party="SY"),
        ],
        "provisions": [
            {"obligation": "military_cooperation", "article": "Article 1",
             "text": "The two states shall work on reaching the highest degrees of cooperation and coordination between them in all the political, economic, security, cultural, scientific and other fields, in a way that would ensure both brotherly states’ interests within the framework of each state’s sovereignty and independence, and in a way that would enable them to use their political, economic, and security capabilities to ensure prosperity and stability, maintain their pan-Arab and national security as well as expand and reinforce their common interests, in confirmation of their fraternal relations and as a guarantee of their common destiny.",
             "sources": [L + "47", L + "5"]},
            {"obligation": "non_aggression", "article": "Article 3",
             "text": "L'interdépendance de la sécurité des deux Etats nécessite que le Liban ne soit, à aucun moment, une source de menace …",
             "sources": [L + "11", L + "1"]},
        ],
        "sources": [L + "3", L + "4", L + "5", L + "6", L + "11", L + "12", L + "13", L + "14", L + "18", L + "39", L + "41"],
        "alternatives": [
            {"says": "signed on 23 May 1991 (LBCI, 2025)", "date": "1991-05-23", "sources": [L + "39"]},
            {"says": "the English copies of the text head it 20 May 1991 (aggregators)", "date": "1991-05-20", "sources": [L + "1", L + "2"]},
        ],
        "end_alternatives": [
            {"says": "Damascus suspended the treaty itself (Al-Thabat, 23 Dec 2025); every other source says only the Higher Council was suspended", "date": "2025-10-10", "sources": [L + "44"]},
        ],
        "note": "Signed in Damascus on Wednesday 22 May 1991 by Presidents Hrawi and Assad (Christian Science Monitor; L'Orient-Le Jour; President Hraoui's site; PA-X); readings of 23 May (LBCI) and 20 May (English copies) are kept. Ratified by both parliaments on 27 May 1991. Its entry into force was not found, so it is read in operation from August 1993, when its Higher Council was given a Secretary-General (an `operative` event); the Defence and Security Agreement concluded under its Articles 3, 5 and 6 in 1991 is the earlier act, but no source other than an aggregator's copy dates it within the year, so 1991–1993 reads as signed, entry into force not found. Article 1 binds the two to cooperation and coordination in every field, security included (the Higher Council's informal English translation, on a copy; the Arabic on al-Jaml); Article 3 that neither becomes a source of threat to the other (the French text annexed to a Senate report, cut where the excerpt ends; the English copy of clhrf has the same). Its Higher Council met in Damascus in 2005, and Lebanon's foreign minister received its Secretary-General in December 2021. No term clause was read, and no end was found: Syria withdrew its forces in 2005 and the two established diplomatic relations in 2008, and on 10 Oct 2025 Syria announced that it had suspended the Higher Council, with Lebanon's consent; the Council 'لم يُلغَ رسمياً' (Al-Modon), and the treaty was not denounced, so the dataset reads it binding them to this day. A friendship treaty with security clauses, not a defence pact: its 1991 Defence and Security Agreement provides joint plans against aggression, not a duty to defend (research/alliances/lb-sy).",
    },
    {
        "id": "pg-us-2023",
        "name": "Defense Cooperation Agreement between the Government of the United States of America and the Government of Papua New Guinea",
        "short_name": "US–Papua New Guinea Defense Cooperation Agreement (2023)",
        "kind": "strategic_partnership",
        "parties": parties(["PG", "US"], "2023-05-22"),
        "signed": "2023-05-22",
        "term": {"rule": "unknown"},
        "events": [
            ev("2023-06-14", "statement", "Prime Minister Marape presents the agreement 'to Parliament for ratification on Wednesday, June 14, 2023'; the debate is adjourned; 'It does not include or promote defense commitments or military intervention.' (Marape's office)", [P + "14"], party="PG"),
            ev("2023-11", "statement", "The commander of the US Pacific Fleet, in Papua New Guinea on 9–10 Nov 2023, meets 'senior defense officials to discuss enhancing security engagement under the new Defense Cooperation Agreement' (the US Navy's readout): talks, not an act under it", [P + "62"], party="US"),
            ev("2024-04-23", "operative", "The US ambassador and PNG's defence minister preside over 'a crucial bilateral coordination meeting, on 23 April, at the U.S. Embassy in Port Moresby', whose topics 'included the accomplishments under the agreement' (Loop PNG, 26 Apr 2024): the earliest dated act under the agreement found; PNG's ratification and the entry into force were not found", [P + "61"]),
            ev("2024-07", "statement", "A US interagency delegation in Papua New Guinea, 14–16 Jul 2024, undertakes to 'accelerate implementation of new projects linked to the Defense Cooperation Agreement' (the White House readout of 17 Jul 2024)", [P + "22"], party="US"),
        ],
        "provisions": [
            {"obligation": "military_cooperation",
             "text": "Marape said that the agreement will allow unimpeded access for both parties to engage into mutually agreed activities in these facilities including surveillance, reconnaissance activities, bunkering of vessels and the staging and deploying of forces.",
             "sources": [P + "20"]},
        ],
        "sources": [P + "12", P + "13", P + "14", P + "15", P + "19", P + "20", P + "21", P + "22", P + "24", P + "25", P + "61", P + "63"],
        "note": "Signed at APEC Haus, Port Moresby, on Monday 22 May 2023 by the US Secretary of State, Antony Blinken, and PNG's defence minister, Win Daki (Marape's office; Anadolu), with a shiprider agreement. PNG's Foreign Affairs secretary said that signature 'does not for PNG, signal the entry into force of the agreement', which follows Parliament's ratification; it was tabled on 14 Jun 2023, and in 2024 PNG's The National wrote that the pacts 'will have to go before Parliament for its approval'. PNG's ratification and the entry into force were not found, so it is read in operation from the two governments' coordination meeting of 23 Apr 2024, which reviewed 'the accomplishments under the agreement' (an `operative` event; Loop PNG). The same report speaks of 'the DCA’s inception eight months ago', which would put its start near August 2023, but it names no act or day, so that is not recorded as an entry into force. Marape called it 'a 15-year agreement' and said that it 'will be for a period of 15 years and is subject to termination should there be implications to the country’s sovereignty or laws' (PNG Haus Bung); the article was not read, so the term is recorded as unknown. It replaces the 1989 status-of-forces agreement. The provision is Marape's summary to Parliament, not the text. A partnership, not a defence pact: it 'does not include or promote defense commitments' (Marape's office), and the secretary said it 'did not mean the US was obligated to step in and defend PNG' (research/alliances/dj-pg-us).",
    },
]
write(records, HERE, "-e")
