#!/usr/bin/env python3
"""Round 1203d, second batch: three of the United Kingdom's alliances signed
before 1945 and in force after it — the Anglo-Portuguese Treaty of 1373, the
Anglo-Iraqi Treaty of 1930 and the Anglo-Egyptian Treaty of 1936 — from the
`uk-legacy` round (50 searches). Writes records-ukleg.json and
sources-ukleg.tsv for apply_treaties.py.

Left out: Iraq–Transjordan 1947 and Egypt–Syria 1966 (no end found, so
they would read as alliances to this day), and the Suez Canal Base
Agreement of 1954 (its end rests on one reference work); see
uk-legacy/NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "uk-legacy-s"
records = [
    {
        "id": "gb-pt-1373",
        "name": "Anglo-Portuguese Treaty of 1373 (Treaty of London)",
        "short_name": "Anglo-Portuguese Alliance (1373)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "1373-06-16"}} for c in ["GB", "PT"]],
        "signed": "1373-06-16",
        "term": {"rule": "unlimited"},
        "events": [
            ev("1943-10-12", "operative", "Churchill tells the Commons that the British Government, 'basing themselves upon this ancient Alliance, have now requested the Portuguese Government to accord them certain facilities in the Azores' (Hansard, read on a reprint; the day from the International Churchill Society; FRUS 1943: the approach 'was being made on the basis of the Anglo-Portuguese alliance'): the earliest dated invocation found; an instrument of 1373 has no modern entry into force", [S + "7", S + "8", S + "12"], party="GB"),
            ev("1952-05-12", "statement", "The Foreign Office's Under-Secretary, Nutting, in the Commons: 'The Anglo-Portuguese Treaty of 1373 has never been revised … under it the two partners undertake to give one another mutual aid and assistance'", [S + "13"], party="GB"),
            ev("1961-12-18", "statement", "On India's seizure of Goa the Government tells the Lords it informed Portugal, 'as indeed they did in 1954, that in spite of our obligations under the Anglo-Portuguese Alliance, it would be impossible for Her Majesty's Government to engage in hostilities against any member of the Commonwealth'", [S + "15"], party="GB"),
            ev("1962-01-25", "statement", "Lord Home in the Lords: 'the Anglo-Portuguese treaties of alliance remain in force'", [S + "16"], party="GB"),
            ev("2022-06-13", "statement", "The UK–Portugal Joint Declaration on Bilateral Cooperation: 'our alliance – the oldest continuous alliance in the world'", [S + "3"]),
            ev("2023-06", "statement", "On the 650th anniversary the Foreign Office calls it 'the oldest diplomatic alliance in the world still in force today'; the Portuguese Presidency 'a mais longa aliança diplomática em vigor no mundo'", [S + "1", S + "4"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article I",
             "text": "As true and faithful friends the contracting parties shall henceforth reciprocally be friends to friends and enemies to enemies and shall assist, maintain and uphold each other mutually by sea and by land against all men that may live or die, of whatever dignity, station rank or condition they may be, and against their lands realms and dominions.",
             "sources": [S + "13", S + "7"]},
        ],
        "sources": [S + "1", S + "4", S + "5", S + "7", S + "13", S + "16", S + "17", S + "19"],
        "note": "Signed in London on 16 Jun 1373 between Edward III of England and Ferdinand and Eleanor of Portugal (the Foreign Office; the Portuguese Presidency); confirmed by the Treaty of Windsor of 9 May 1386 (ratified by Richard II on 24 Feb 1387, Torre do Tombo) and by later treaties, 'confirmed as a whole in 1899' (the Commons, 1937). The United Kingdom continues England's treaty and the Portuguese Republic the Kingdom's. The text of Article I is the extract read in the Commons on 12 May 1952 (Hansard); the article number is Churchill's reading of 12 Oct 1943 (Hansard, read on a reprint). In operation from the British invocation announced on 12 Oct 1943 (an `operative` event); both governments call it in force in 2022–2023, so it binds them to this day. Both are also NATO members from 1949 (research/alliances/uk-legacy).",
    },
    {
        "id": "gb-iq-1930",
        "name": "Treaty of Alliance between the United Kingdom and Iraq",
        "short_name": "Anglo-Iraqi Treaty (1930)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "1930-06-30", "end": "1955-04-05"}} for c in ["GB", "IQ"]],
        "signed": "1930-06-30",
        "in_force": "1932-10-03",
        "term": {"rule": "fixed", "years": 25},
        "events": [
            ev("1954-12-15", "statement", "Nuri al-Said tells the Iraqi Chamber of Deputies that his government will terminate the treaty before its expiry in 1957", [S + "34"], party="IQ"),
            ev("1955-04-05", "superseded", "The United Kingdom accedes to the Turkish–Iraqi Pact (the Baghdad Pact) on 5 Apr 1955, 'thereby terminating the Anglo-Iraqi treaty of 1930', and the Special Agreement of 4 Apr 1955 takes its place (FRUS 1955–57 XII, editorial note)", [S + "35", S + "36"]),
        ],
        "provisions": [
            {"obligation": "mutual_defence", "article": "Article 4",
             "text": "المادة 4- إذا اشتبك أحد الفريقين الساميين المتعاقدين في حرب رغم أحكام المادة الثالثة أعلاه يبادر حينئذٍ الفريق السامي المتعاقد الآخر فوراً إلى معونته بصفة كونه حليفاً وذلك دائماً وفق أحكام المادة التاسعةأدناه. وفي حالة خطر حرب محدق يبادر الفريقان الساميان المتعاقدان فوراً إلى توحيد المساعي في اتخاذ تدابير الدفاعالمقتضية.",
             "sources": [S + "29", S + "28"]},
        ],
        "sources": [S + "24", S + "26", S + "27", S + "28", S + "30", S + "35"],
        "note": "Signed at Baghdad on 30 Jun 1930 (Gibler); the formal English title was not seen. Ratifications exchanged on 26 Jan 1931, but by Art. 11 the treaty came into force on Iraq's admission to the League of Nations, 3 Oct 1932 (a study of the treaty; an Iraqi article), for 25 years (Art. 11, quoted in Arabic). The Statesman's Year-Book (1946) dates the admission 4 Oct 1932, kept as a reading. Art. 4 is quoted from the Arabic text in a book's appendix (the English text, the authoritative one, was not found); the Statesman's Year-Book gives it as 'each of the two high contracting parties shall immediately come to the aid of the other in the event of war'. It ends on 5 Apr 1955, when the Special Agreement took effect and the United Kingdom joined the Baghdad Pact; Gibler's 'In force until April 4, 1955' (the signature of the Special Agreement) is kept as an end reading (research/alliances/uk-legacy).",
        "alternatives": [
            {"says": "in force from Iraq's admission to the League on 4 Oct 1932 (The Statesman's Year-Book 1946)", "date": "1932-10-04", "sources": [S + "28"]},
        ],
        "end_alternatives": [
            {"says": "in force until 4 Apr 1955, when it was replaced by a new alliance (Gibler)", "date": "1955-04-04", "sources": [S + "24"]},
        ],
    },
    {
        "id": "eg-gb-1936",
        "name": "Treaty of Alliance between His Majesty, in Respect of the United Kingdom, and His Majesty the King of Egypt",
        "short_name": "Anglo-Egyptian Treaty (1936)",
        "kind": "mutual_defence",
        "parties": [{"country": c, "period": {"start": "1936-08-26", "end": "1954-10-19"}} for c in ["EG", "GB"]],
        "signed": "1936-08-26",
        "term": {"rule": "fixed", "years": 20},
        "events": [
            ev("1950-11-20", "operative", "Bevin in the Commons: the treaty, 'ratified by the Parliaments of both countries, contains no provisions for modification or revision except by mutual consent', and British assistance continues in view of the United Kingdom's obligations under it: the earliest dated act under the treaty found; the exchange of ratifications, by which it entered into force (Art. 17), was not seen in a source", [S + "43"], party="GB"),
            ev("1951-10", "suspended", "Egypt's Parliament abrogates the treaty: Nahas introduces the laws annulling it on 8 Oct 1951 (FRUS), the Chamber's action is confirmed by the Secretary of State on 10 Oct, and the Great Soviet Encyclopedia dates the denunciation 15 Oct 1951; the United Kingdom never accepted 'the purported abrogation' (the Lords, 1954), so Egypt's participation is read as suspended, not ended, until the 1954 agreement", [S + "44", S + "45", S + "46", S + "47"], party="EG"),
            ev("1954-10-19", "superseded", "The Anglo-Egyptian Agreement signed at Cairo 'abrogated and replaced the Anglo-Egyptian Treaty of 1936' (FRUS); it took effect from signature (American Journal of International Law)", [S + "48", S + "49"]),
        ],
        "provisions": [
            {"obligation": "consultation", "article": "Article 6",
             "text": "Should any dispute with a third State produce a sit- uation which involves a risk of a rupture with that State, the high contracting parties will consult each other with a view to the settlement of the said dispute by peaceful means …",
             "sources": [S + "37"]},
            {"obligation": "mutual_defence", "article": "Article 7",
             "text": "إذا اشتبك أحد الطرفين فى حرب بالرغم من أحكام المادة السادسة المتقدم ذكرها فإن الطرف الآخر يقوم فى الحال بإنجاده بصفته حليفا. وذلك مع مراعاة أحكام المادة العاشرة الآتى ذكرها.",
             "sources": [S + "39", S + "37"]},
        ],
        "sources": [S + "37", S + "38", S + "39", S + "41", S + "43", S + "44", S + "48", S + "49"],
        "note": "Signed in London on 26 Aug 1936 (the treaty's text, in Gibler); it was to come into force on the exchange of ratifications (Art. 17) and run 20 years (British Official Wireless, 1936). The day of the exchange, 22 Dec 1936, appears only on Wikipedia, kept as a reading, so the treaty is read in operation from Bevin's statement of 20 Nov 1950 (an `operative` event): the alliance of 1945–1950 is therefore not shown, a gap the notes record. Art. 7 (assistance in war) is quoted in the Egyptian Foreign Ministry's Arabic text (1955); its English text in Gibler breaks off. Egypt's unilateral abrogation of October 1951 is read as a suspension of its participation (the United Kingdom rejected it); the treaty ends for both on 19 Oct 1954 (research/alliances/uk-legacy).",
        "alternatives": [
            {"says": "ratified on 22 December 1936 (Wikipedia only)", "date": "1936-12-22", "sources": [S + "40"]},
        ],
    },
]
write(records, HERE, "-ukleg")
