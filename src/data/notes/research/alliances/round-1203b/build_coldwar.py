#!/usr/bin/env python3
"""Round 1203b, second batch: Cold War alliances from three research rounds
(`soviet-bloc-2`, `uk-us-cold-war`, `cyprus-balkan`). Each record rests on
the rows those rounds wrote (their rows.tsv and sources.tsv, copied beside
this folder); NOTES.md says what was left out and why. Writes
records-coldwar.json and sources-coldwar.tsv for apply_treaties.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

SB = "soviet-bloc-2-s"
UK = "uk-us-cold-war-s"
CYP = "cyprus-balkan-s"


def party(c, start, end=None):
    p = {"start": start}
    if end:
        p["end"] = end
    return {"country": c, "period": p}


def prov(obligation, article, text, sources, binds=None, towards=None):
    p = {"obligation": obligation, "article": article}
    if binds:
        p["binds"] = binds
    if towards:
        p["towards"] = towards
    p["text"] = text
    p["sources"] = sources
    return p


SOVIET_TERM = {"rule": "auto_extending", "initial_years": 20, "extension_years": 5, "notice_months": 12}

records = [
    {
        "id": "cs-su-1943",
        "name": "Treaty of Friendship, Mutual Assistance and Post-War Cooperation between the Union of Soviet Socialist Republics and the Czechoslovak Republic",
        "short_name": "Czechoslovak–Soviet Treaty of Friendship and Mutual Assistance (1943)",
        "kind": "mutual_defence",
        "parties": [party("CS", "1943-12-12", "1991-12-26"), party("SU", "1943-12-12", "1991-12-26")],
        "signed": "1943-12-12",
        "in_force": "1943-12-12",
        "term": SOVIET_TERM,
        "events": [
            ev("1963-11-27", "extended",
               "Protocol signed in Moscow on 27 Nov 1963 extends the treaty for twenty years from the expiry of its first twenty, 12 Dec 1963, then for five-year periods (vyhláška 105/1963 Zb.); the day the protocol took effect was not found",
               [SB + "12"]),
        ],
        "provisions": [
            prov("mutual_defence", "Article 3",
                 "… in such a war, engage to extend immediately to the other Contracting Party thus involved in military action all manner of military and other support and assistance at its disposal.",
                 [SB + "13", SB + "14"]),
            prov("no_hostile_alliance", "Article 5",
                 "Each of the High Contracting Parties engages not to conclude any alliance and not to take part in any coalition directed against the other High Contracting Party.",
                 [SB + "13"]),
        ],
        "sources": [SB + "13", SB + "15", SB + "12", SB + "14", SB + "9", SB + "10"],
        "note": "Signed in Moscow on 12 Dec 1943; Art. 6: in force 'immediately after signature', for twenty years, then for five-year periods unless denounced twelve months before (a copy of the treaty text in a documentary collection on Google Books). Art. 3's opening, read only in Reuters's summary, makes the war one of renewed German aggression after the war: 'if in the post-war period one of the signatories is attacked again by Germany, the other signatory will render at once military and all other aid'. Extended in 1963 (Slovak text of the protocol, vyhláška 105/1963 Zb.). Replaced by the treaty of 6 May 1970, whose entry into force was not found, so this record runs on until the USSR's end (both bound the two states to mutual assistance, and the Warsaw Treaty did too from 1955); the 1970 treaty is not recorded (research/alliances/soviet-bloc-2).",
    },
    {
        "id": "pl-su-1945",
        "name": "Układ o przyjaźni, pomocy wzajemnej i współpracy powojennej między Związkiem Socjalistycznych Republik Radzieckich i Rzecząpospolitą Polską",
        "short_name": "Polish–Soviet Treaty of Friendship and Mutual Assistance (1945)",
        "kind": "mutual_defence",
        "parties": [party("PL", "1945-04-21"), party("SU", "1945-04-21", "1991-12-26")],
        "signed": "1945-04-21",
        "in_force": "1945-04-21",
        "term": SOVIET_TERM,
        "events": [],
        "provisions": [
            prov("mutual_defence", "Article 1",
                 "Wysokie układające się Strony będą wspólnie ze wszystkimi Narodami Zjednoczonymi prowadziły nadal walkę z Niemcami aż do ostatecznego zwycięstwa. W tej walce Wysokie układające się Strony zobowiązują się udzielać sobie wzajemnie pomocy wojennej i innej wszelkimi środkami, będącymi w ic…",
                 [SB + "7"]),
        ],
        "sources": [SB + "7", SB + "6", SB + "8"],
        "note": "Signed in Moscow on 21 Apr 1945. Art. 8, read in MTI's Hungarian translation of 22 Apr 1945: in force 'az aláirás pillanatában' (on signature), for twenty years from signature, then for five-year periods unless denounced twelve months before; the Polish original of Art. 8 was not seen. Art. 1 (from a reprint of the Dziennik Ustaw text) binds the parties to wartime assistance against Germany; the post-war assistance article (Art. 3) was not seen. Replaced by the treaty of 8 Apr 1965 (Muzeum PRL), whose entry into force was not found, so this record runs on until the USSR's end; the 1965 treaty is not recorded (research/alliances/soviet-bloc-2).",
    },
    {
        "id": "ro-su-1948",
        "name": "Tratat de prietenie, colaborare şi asistenţă mutuală între Republica Populară Română şi Uniunea Republicilor Sovietice Socialiste",
        "short_name": "Romanian–Soviet Treaty of Friendship and Mutual Assistance (1948)",
        "kind": "mutual_defence",
        "parties": [party("RO", "1948-02-04"), party("SU", "1948-02-04", "1991-12-26")],
        "signed": "1948-02-04",
        "in_force": "1948-02-04",
        "term": SOVIET_TERM,
        "events": [],
        "provisions": [
            prov("mutual_defence", "Article 2",
                 "În cazul cînd una din Inaltele Părţi Contractante va fi antrenata într-un conflict armat cu Germania, care ar incerca sa reinoiasca politica sa de agresiune, sau cu oricare alt Stat, care, direct sau în oricare alta forma, s-ar uni cu Germania în politica sa agresiva, atunci cealaltă Înaltă Parte Contractantă va da imediat Părţii Contractante, antrenate în conflict, ajutor militar şi de alta natura, prin toate mijloacele aflate la dispoziţia sa.",
                 [SB + "17"]),
            prov("no_hostile_alliance", "Article 3",
                 "Fiecare dintre Inaltele Părţi Contractante se obliga sa nu încheie nici o alianta şi sa nu ia parte la nici o coalitie şi nici la acţiuni sau măsuri îndreptate împotriva celeilalte Înalte Părţi Contractante.",
                 [SB + "17"]),
            prov("consultation", "Article 4",
                 "Inaltele Părţi Contractante se vor consulta între ele cu privire la toate chestiunile internaţionale importante, care ating interesele celor două părţi.",
                 [SB + "16"]),
        ],
        "sources": [SB + "16", SB + "17", SB + "18"],
        "note": "Signed in Moscow on 4 Feb 1948 by Groza and Molotov. Art. 6: 'Prezentul Tratat intră în vigoare imediat după semnarea lui', for twenty years, then for five-year periods unless denounced a year before. The Romanian title is the treaty's as the text page prints it; Art. 2 and Art. 3 are read on a second page whose Arts. 4–6 are word for word the first page's. Replaced by the treaty of 7 Jul 1970, whose entry into force was not found, so this record runs on until the USSR's end; the 1970 treaty is not recorded (research/alliances/soviet-bloc-2).",
    },
    {
        "id": "hu-su-1948",
        "name": "Barátsági, együttműködési és kölcsönös segélynyújtási szerződés Magyar Köztársaság és a Szocialista Szovjet Köztársaságok Szövetsége között",
        "short_name": "Hungarian–Soviet Treaty of Friendship, Cooperation and Mutual Assistance (1948)",
        "kind": "friendship",
        "parties": [party("HU", "1948-02-18", "1967-11-28"), party("SU", "1948-02-18", "1967-11-28")],
        "signed": "1948-02-18",
        "in_force": "1948-04-21",
        "term": SOVIET_TERM,
        "events": [
            ev("1967-11-28", "superseded",
               "Renewed 'in a new wording' by the treaty signed in Budapest on 7 Sep 1967 (the 1967 bill), in force 28 Nov 1967: the day the 1948 treaty ceased was not seen, so this record ends it on its successor's entry into force, five months before its twenty years ran out (21 Apr 1968)",
               [SB + "3", SB + "1"]),
        ],
        "provisions": [],
        "sources": [SB + "2", SB + "3"],
        "note": "Signed in Moscow on 18 Feb 1948; ratifications exchanged in Budapest on 21 Apr 1948 (the note to Act XXI of 1948). Art. 6, quoted in the 1967 bill: twenty years, then five-year periods unless denounced a year before. Its assistance article was not seen, so it is recorded as a friendship treaty (an alliance-grade tie), not as a mutual-defence one; from 1955 the Warsaw Treaty bound the two to mutual defence (research/alliances/soviet-bloc-2).",
    },
    {
        "id": "hu-su-1967",
        "name": "Barátsági, Együttműködési és Kölcsönös Segítségnyújtási Szerződés a Magyar Népköztársaság és a Szovjet Szocialista Köztársaságok Szövetsége között",
        "short_name": "Hungarian–Soviet Treaty of Friendship, Cooperation and Mutual Assistance (1967)",
        "kind": "friendship",
        "parties": [party("HU", "1967-09-07", "1991-12-26"), party("SU", "1967-09-07", "1991-12-26")],
        "signed": "1967-09-07",
        "in_force": "1967-11-28",
        "term": {"rule": "unknown"},
        "events": [],
        "provisions": [],
        "sources": [SB + "1", SB + "4", SB + "3"],
        "note": "Signed in Budapest on 7 Sep 1967 (the act's title; the text printed on 8 Sep in Pest Megyei Hírlap; a chronology's 9 Sep is not used); promulgated by Act VI of 1967 (its day not seen), ratifications exchanged in Moscow on 28 Nov 1967 (the note to Act VI of 1967), read as its entry into force. Its assistance article and term were not seen, so it is recorded as a friendship treaty with an unknown term, ending with the USSR; no end of its own was found (research/alliances/soviet-bloc-2).",
    },
    {
        "id": "gb-jo-1948",
        "name": "Treaty of Alliance between His Majesty in respect of the United Kingdom of Great Britain and Northern Ireland and His Majesty the King of the Hashimite Kingdom of Transjordan",
        "short_name": "Anglo-Jordanian Treaty of Alliance (1948)",
        "kind": "mutual_defence",
        "parties": [party("GB", "1948-03-15", "1957-03-13"), party("JO", "1948-03-15", "1957-03-13")],
        "signed": "1948-03-15",
        "term": {"rule": "fixed", "years": 20},
        "events": [
            ev("1948-04-28", "operative",
               "Bevin in the Commons: the Government 'are obliged by the treaty to pay a subsidy', obligations that 'will still be in force after the termination of the Mandate': the earliest dated evidence found that it was in operation; its entry into force was not found",
               [UK + "16"]),
            ev("1954-05-03", "statement",
               "Consultations held 'In accordance with the Anglo-Jordan Treaty of Alliance of 1948' through the Anglo-Jordan Joint Defence Board",
               [UK + "18"]),
            ev("1957-03-13", "terminated",
               "Ended by mutual consent, the agreement of 13 Mar 1957 (the joint declaration initialled on 13 Feb 1957); a later Commons answer says 14 Mar",
               [UK + "15", UK + "20", UK + "19", UK + "21"]),
        ],
        "provisions": [],
        "sources": [UK + "14", UK + "15", UK + "17", UK + "16"],
        "note": "Signed in Amman on 15 Mar 1948 for twenty years (Statesman's Year-Book; the UK Treaties database, Cmd 7404). A minister's statement of its obligations: 'Should either party, nevertheless, become engaged in war, the other party will, subject to the rights and obligations flowing from the United Nations Charter or any other existing international agreements, immediately come to his aid as a measure of collective defence' (Hansard, 29 Oct 1953); the treaty's own article was not seen, so no provision is recorded. Ended on 13 Mar 1957; a Commons answer of 6 May 1957 says 14 Mar (research/alliances/uk-us-cold-war).",
    },
    {
        "id": "gb-kw-1961",
        "name": "Exchange of Notes Regarding Relations Between the United Kingdom of Great Britain and Northern Ireland and the State of Kuwait",
        "short_name": "UK–Kuwait Exchange of Notes (1961)",
        "kind": "strategic_partnership",
        "parties": [party("GB", "1961-06-19", "1971-05-13"), party("KW", "1961-06-19", "1971-05-13")],
        "signed": "1961-06-19",
        "term": {"rule": "unlimited"},
        "events": [
            ev("1961-06-28", "operative",
               "Lord Home: UK support 'embodied in the terms of the agreement of June 19', the governments 'have been in consultation': the earliest dated evidence found that it was in operation (the notes' own entry into force is not stated in any excerpt)",
               [UK + "5"]),
            ev("1961-06-30", "statement",
               "The Ruler asks for British military assistance 'in accordance with the Note which I exchanged with Sir William Luce on June 19, 1961'; the UK answers on 1 Jul 1961",
               [UK + "6"], party="KW"),
            ev("1971-05-13", "terminated",
               "Ended under the exchange of notes of 13 May 1968, at the end of the three years' notice (Albaharna's study; no Hansard or UK Treaty Series text was found)",
               [UK + "4", UK + "3"]),
        ],
        "provisions": [
            prov("consultation", "paragraph (c)",
                 "When appropriate the two Governments shall consult together on matters which concern them both.",
                 [UK + "2", UK + "1"]),
            prov("mutual_defence", "paragraph (d)",
                 "Nothing in these conclusions shall affect the readiness of Her Majesty’s Government to assist the Government of Kuwait if the latter request such assistance.",
                 [UK + "2", UK + "1"], binds="GB", towards="KW"),
        ],
        "sources": [UK + "1", UK + "2", UK + "5", UK + "6"],
        "note": "Signed in Kuwait on 19 Jun 1961 by the Ruler and the Political Resident, Sir William Luce ('signed this morning', Hansard of that day); it ended the agreement of 1899. It runs 'until either party gives the other at least three years’ notice'. The texts of its paragraphs are read in Albaharna's study of the Gulf states' treaties (a scanned copy); Hansard paraphrases them. Paragraph (d) is the UK's readiness to assist Kuwait on request, one way; it was invoked on 30 Jun 1961. Recorded as a partnership: the UK's pledge is conditional on a request and owes nothing to the UK (research/alliances/uk-us-cold-war).",
    },
    {
        "id": "gb-my-1957",
        "name": "Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the Federation of Malaya on External Defence and Mutual Assistance",
        "short_name": "Anglo-Malayan Defence Agreement (1957)",
        "kind": "mutual_defence",
        "parties": [party("GB", "1957-10-12", "1971-11-01"), party("MY", "1957-10-12", "1971-11-01")],
        "signed": "1957-10-12",
        "term": {"rule": "unknown"},
        "events": [
            ev("1961-11-28", "operative",
               "The British and Malayan governments agree that 'the existing defence agreement between Britain and Malaya should be extended' to the future Malaysia: the earliest dated evidence found that it was in operation; its entry into force was not found",
               [UK + "8"]),
            ev("1963-07", "statement",
               "Extended to Malaysia by the United Kingdom–Malaysia Agreement of July 1963 (the day Malaysia came under it was not found)",
               [UK + "9"]),
            ev("1965-02-23", "statement",
               "Prime Minister Wilson: the undertaking under the Anglo-Malaysian Defence Agreement 'is currently being honoured' (Confrontation)",
               [UK + "10"]),
            ev("1971-11-01", "superseded",
               "Superseded by the Five Power Defence Arrangements (fpda-1971), in effect from 1 Nov 1971 (Singapore's National Library Board: the FPDA 'supersedes' it); the day is the FPDA's, not a date of its own",
               [UK + "13", UK + "12"]),
        ],
        "provisions": [],
        "sources": [UK + "7", UK + "8", UK + "9", UK + "13"],
        "note": "Signed in Kuala Lumpur on 12 Oct 1957 (ISEAS paper, Appendix II); called the Anglo-Malaysian Defence Agreement from 1963. Its articles (VI and VII) were not read verbatim, so no provision is recorded. Australia and New Zealand associated themselves by notes (1959) and are not parties here; Singapore's position after 1965 was not confirmed (research/alliances/uk-us-cold-war).",
    },
    {
        "id": "es-us-1970",
        "name": "Agreement of Friendship and Cooperation between the United States of America and Spain",
        "short_name": "US–Spain Agreement of Friendship and Cooperation (1970)",
        "kind": "strategic_partnership",
        "parties": [party("ES", "1970-08-06", "1975-09"), party("US", "1970-08-06", "1975-09")],
        "signed": "1970-08-06",
        "in_force": "1970-09-26",
        "term": {"rule": "fixed", "years": 5},
        "events": [
            ev("1975-09", "expired",
               "The 1976 treaty 'replaces a previous agreement with Spain which expired in September 1975'; US operations continued under an informal arrangement until it",
               [UK + "42"]),
        ],
        "provisions": [
            prov("consultation", "Article 1",
                 "The Governments of the United States and Spain will continue their close cooperation and intimate working relationship, including regular mutual consultation by their Foreign Ministers, other members of the Governments, or their representatives, on all matters of common concern or interest, as deemed desirable by the two Governments.",
                 [UK + "40"]),
            prov("military_cooperation", "Article 30",
                 "Each Government will support the defense system of the other and make such contributions as are deemed necessary and appropriate to achieve the greatest possible effectiveness of those systems to meet possible contingencies, subject to the terms and conditions set forth hereinafter.",
                 [UK + "41"]),
        ],
        "sources": [UK + "40", UK + "41", UK + "42", UK + "48"],
        "note": "Signed in Washington on 6 Aug 1970, in force 26 Sep 1970 (forty articles in nine chapters; ABC printed the Spanish text on 9 Aug 1970). It followed the Defense Agreement of 1953 (the Pact of Madrid, not recorded: its entry into force was not found) and expired in September 1975; the 1976 Treaty of Friendship and Cooperation (not recorded) had no mutual-defence commitment. Art. 30 (Chapter VIII, 'Cooperation for Defense') is support of each other's defence systems, not a pledge of defence, so it is recorded as a partnership (research/alliances/uk-us-cold-war).",
    },
    {
        "id": "cy-gb-gr-tr-1960",
        "name": "Treaty of Guarantee",
        "short_name": "Treaty of Guarantee (Cyprus, 1960)",
        "kind": "security_assurances",
        "parties": [party("CY", "1960-08-16"), party("GB", "1960-08-16"), party("GR", "1960-08-16"), party("TR", "1960-08-16")],
        "signed": "1960-08-16",
        "in_force": "1960-08-16",
        "term": {"rule": "unlimited"},
        "events": [
            ev("1964-03-13", "statement",
               "Türkiye's note to President Makarios (headed 12 Mar, delivered 13 Mar 1964) says Türkiye 'will use the right to take unilateral action conferred upon it by the Treaty of Guarantee'; Cyprus denies any such right",
               [CYP + "9"], party="TR"),
            ev("1966-03-08", "statement",
               "The UK: 'As a signatory of the 1960 Cyprus Treaties our policy remains to uphold their validity'",
               [CYP + "12"], party="GB"),
            ev("1974-07-15", "statement",
               "After the coup in Cyprus the Foreign Secretary draws Greece's and Türkiye's attention to the undertakings of the Treaty of Guarantee",
               [CYP + "11"], party="GB"),
            ev("1974-07-17", "statement",
               "Türkiye asks the UK for consultations 'under the terms of Article 4 of the Treaty of Guarantee'",
               [CYP + "10"], party="TR"),
        ],
        "provisions": [],
        "sources": [CYP + "1", CYP + "5", CYP + "8", CYP + "10", CYP + "11"],
        "note": "Signed in Nicosia on 16 Aug 1960, the day the Republic of Cyprus was established, with Cyprus 'on the one part' and Greece, Türkiye and the United Kingdom 'on the other part' (the official Greek text, Annex I to the Constitution, on CyLaw); in force that day (Dokuz Eylül University's Cyprus pages: 'Constitution and Treaties entered into force August 16, 1960'). By Art. II the three recognise and guarantee the independence, territorial integrity and security of Cyprus; by Art. IV each 'reserves the right to take action' if concerted action is not possible (the article's number in Hansard, 17 Jul 1974). The English wording of its articles was read only on copies, so no provision is recorded, and as security assurances its tie is an agreement, not an alliance. The Treaty of Alliance of the same day (Cyprus, Greece, Türkiye) is not recorded: its fate after 1963–64 is disputed and no dated source on it was found, and recorded without an end it would make Türkiye Cyprus's ally today (research/alliances/cyprus-balkan).",
    },
]

write(records, HERE, "-coldwar")
print(len(records), "records")
