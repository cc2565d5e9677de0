#!/usr/bin/env python3
"""Apply the fact review of the UK's older alliances (REVIEW-f.md) to
src/data/treaties.json and src/data/sources.tsv. The added quotes are the
reviewer's excerpts of the pages named (FRUS 1940 III d337 re-read on
3 Dec 2026)."""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from research_lib import edit_sources, ev  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../..")
S = "uk-legacy-s"
NEW = [
    [S + "67", "official", "Office of the Historian (FRUS 1940, vol. III, doc. 337)", "The Chargé in Egypt (Hare) to the Secretary of State", "1940-06", "https://history.state.gov/historicaldocuments/frus1940v03/d337",
     "In a note received today the Egyptian Foreign Office communicated to the Legation the text of the declaration made by the Prime Minister in the secret session of Parliament on June 12 in respect of the attitude of Egypt regarding the entrance of Italy into the war. The following is a summary of the declaration: (1) Fidelity of Egypt to its alliance with Great Britain and pledge to render all assistance demanded by its ally within the territorial limits of the country.", "", ""],
    [S + "68", "official", "Office of the Historian (FRUS 1951, vol. V, doc. 69)", "Editorial Note", "1951", "https://history.state.gov/historicaldocuments/frus1951v05/d69",
     "October 8, Nahas Pasha placed these Bills before the Egyptian Parliament … The Bills were enacted on October 15 (Survey of International Affairs, 1951, pages 281–282).", "", ""],
    [S + "69", "official", "Office of the Historian (FRUS 1947, vol. V, doc. 546)", "FRUS 1947, vol. V, doc. 546", "1947", "https://history.state.gov/historicaldocuments/frus1947v05/d546",
     "On August 5, 1947 SC heard statements … UK representative asserted … presence of Brit troops in Egypt … based on valid treaties … which are continuing in force.", "", ""],
    [S + "70", "official", "Ministry of Foreign Affairs of the Republic of Iraq (Embassy to the Holy See)", "Iraq and the League of Nations", "", "https://mofa.gov.iq/vatican/?p=3666&lang=en",
     "The General Assembly of the League of Nations agreed on October 3, 1932, to accept Iraq as a member", "", ""],
]

def fix_sources():
    def edit(r):
        if r[0] == S + "43":
            r[6] += " … Both for this reason and in view of our obligations under the Treaty, His Majesty's Government has accordingly continued to give assistance to the Egyptian Government in the training and equipment of their forces."
        if r[0] == S + "19":
            r[6] += " … Certainly the Treaty is still binding"
    edit_sources(DATA, edit, NEW)

def fix_treaties():
    p = f"{DATA}/treaties.json"
    ts = json.load(open(p))
    by = {t["id"]: t for t in ts}
    eg = by["eg-gb-1936"]
    eg["term"] = {"rule": "unlimited"}
    eg["events"] = [
        ev("1940-06-12", "operative", "On Italy's entry into the war Egypt's Prime Minister declares in a secret session of Parliament the 'Fidelity of Egypt to its alliance with Great Britain and pledge to render all assistance demanded by its ally within the territorial limits of the country' (the Egyptian Foreign Office's summary, FRUS 1940): the earliest dated act under the treaty found; the exchange of ratifications, by which it entered into force (Art. 17), was not seen in a source", [S + "67"], party="EG"),
        ev("1947-08-05", "statement", "Before the Security Council the United Kingdom says its troops are in Egypt under treaties 'which are continuing in force' (FRUS 1947)", [S + "69"], party="GB"),
        ev("1950-11-20", "statement", "Bevin in the Commons: the treaty 'contains no provisions for modification or revision except by mutual consent', and 'in view of our obligations under the Treaty' the Government has continued to give assistance to the Egyptian forces", [S + "43"], party="GB"),
        ev("1951-10-15", "suspended", "Egypt's Parliament enacts the laws abrogating the treaty, which Nahas placed before it on 8 Oct 1951 ('The Bills were enacted on October 15', FRUS); on 10 Oct the Secretary of State had said that 'None of the agreements in question provides for abrogation', and the United Kingdom never accepted 'the purported abrogation' (the Lords, 1954), so Egypt's participation is read as suspended, not ended, until the 1954 agreement", [S + "68", S + "44", S + "45", S + "46", S + "47"], party="EG"),
        ev("1954-10-19", "superseded", "The Anglo-Egyptian Agreement signed at Cairo 'abrogated and replaced the Anglo-Egyptian Treaty of 1936' (FRUS); it took effect from signature (American Journal of International Law)", [S + "48", S + "49"]),
    ]
    eg["sources"] = [S + "37", S + "38", S + "39", S + "41", S + "67", S + "43", S + "44", S + "68", S + "48", S + "49"]
    eg["note"] = ("Signed in London on 26 Aug 1936 (the treaty's text, in Gibler); it was to come into force on the exchange of ratifications (Art. 17). It runs 20 years, after which the parties negotiate its revision with the alliance continuing (British Official Wireless, 1936), so its term is unlimited. Wikipedia's 'ratified on 22 December' (1936), kept as a reading, does not say the ratifications were exchanged that day; the League of Nations Treaty Series (vol. 173, p. 401) is where to confirm it. The treaty is read in operation from the Egyptian Prime Minister's pledge to its ally of 12 Jun 1940 (an `operative` event). Art. 7 (assistance in war) is quoted in the Egyptian Foreign Ministry's Arabic text (1955); its English text in Gibler breaks off. Egypt's unilateral abrogation, enacted on 15 Oct 1951, is read as a suspension of its participation (the United Kingdom rejected it; Egypt's own reading, an end that day, is kept as an end reading); the treaty ends for both on 19 Oct 1954 (research/alliances/uk-legacy).")
    eg["end_alternatives"] = [{"says": "Egypt's reading: abrogated by the laws enacted on 15 Oct 1951 (FRUS; the Great Soviet Encyclopedia)", "date": "1951-10-15", "sources": [S + "68", S + "46"]}]
    iq = by["gb-iq-1930"]
    iq["note"] = iq["note"].replace("3 Oct 1932 (a study of the treaty; an Iraqi article)", "3 Oct 1932 (a study of the treaty; the Iraqi Foreign Ministry)")
    assert "Iraqi Foreign Ministry" in iq["note"]
    iq["sources"] = iq["sources"] + [S + "70"]
    pt = by["gb-pt-1373"]
    pt["events"].insert(0, ev("1937-02-10", "statement", "The Government in the Commons on the treaties of alliance with Portugal, 'confirmed as a whole in 1899': 'Certainly the Treaty is still binding'", [S + "19"], party="GB"))
    for e in pt["events"]:
        if e["date"] == "1952-05-12":
            e["note"] = e["note"].replace("The Foreign Office's Under-Secretary, Nutting, in the Commons", "The Government in the Commons (Hansard)")
        if e["date"] == "1962-01-25":
            e["note"] = e["note"].replace("Lord Home in the Lords", "The Government in the Lords (Hansard)")
    pt["note"] = pt["note"].replace("Signed in London on 16 Jun 1373", "The Treaty of London of 16 Jun 1373")
    pt["note"] = pt["note"].replace("both governments call it in force in 2022–2023, so it binds them to this day", "the two governments call it 'the oldest continuous alliance in the world' (2022) and in force (2023), so it binds them to this day")
    assert "oldest continuous" in pt["note"] and "The Treaty of London of 16 Jun" in pt["note"]
    json.dump(ts, open(p, "w"), ensure_ascii=False, indent=2)
    open(p, "a").write("\n")

fix_sources()
fix_treaties()
print("applied")
