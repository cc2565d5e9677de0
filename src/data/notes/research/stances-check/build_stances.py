#!/usr/bin/env python3
"""Turn the checked stance research into the crate's data files.

Reads, beside this script:
  rows_*.tsv        the checked evidence rows (row_id, verbatim, source_class, ...)
  placements_*.tsv  the checked placements (country, day, level, decided_by_rows)
  overrides.json    hand decisions: trimmed words, act wordings, coups, skips
and writes to stdout a report; with --write it appends to
  src/data/sources.tsv, src/data/statements.json, src/data/stances.json.

Rules applied (documented in src/data/notes/stances_2026.md):
  * only usable rows (the checkers' rule P1 / "usable for placements"),
    and a statement only with verbatim words (reported speech never decides);
  * an election does not end a record (the stance is the state's until a
    later government's own evidence places it elsewhere); a coup or a
    regime's fall does (`until`);
  * where no words or acts place a country on a day, its vote on
    A/RES/ES-11/1 (2 Mar 2022) or A/RES/ES-11/6 (23 Feb 2023) does, marked
    as resting on the vote alone: yes -> critical, abstention or absence ->
    neutral, no -> sympathises.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2]  # src/data
csv.field_size_limit(10**7)


def read_tsv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"), ("\u00a0", " "), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


SNAPSHOT = "2026-11-28"
# What makes an act a measure of `opposes_with_measures`: sanctions, arms, aid.
MEASURE = re.compile(r"sanction|weapon|arms|\baid\b|export|\bban|freez|SWIFT|restrictive|package|suppl|deliver|humanitarian|travel ban", re.I)
ROW_ID = re.compile(r"\b(africa|americas|asia|europe):\d+")


JARGON = re.compile(r"\b(row|rows|helper|reviewer|excerpt|P[1-8]|R[1-8]|CHECK|placements?|usable)\b", re.I)


def reader_summary(note, level):
    """The checker's note without the sentences that speak to researchers."""
    note = note.strip().replace("Doubt:", "Borderline:")
    parts = re.split(r"(?<=[.])\s+", note)
    kept = [p for p in parts if p and not ROW_ID.search(p) and not JARGON.search(p)]
    text = " ".join(kept).strip()
    if text and not text.endswith((".", ")", "\"", "”")):
        text += "."
    base = f"Placed on `{level}` by its government's own words or acts (see the evidence)."
    return f"{base} {text}" if text else base


SCALE = ["assists_militarily", "endorses", "sympathises", "neutral", "critical", "condemns", "opposes_with_measures"]

rows = {}
for f in sorted(HERE.glob("rows_*.tsv")):
    for r in read_tsv(f):
        rows[r["row_id"]] = r
placements = []
for f in sorted(HERE.glob("placements_*.tsv")):
    placements += read_tsv(f)
ov = json.loads((HERE / "overrides.json").read_text())

existing_sources = read_tsv(DATA / "sources.tsv")
url_to_id = {s["url"]: s["id"] for s in existing_sources if s["url"]}
source_ids = {s["id"] for s in existing_sources}
statements = json.loads((DATA / "statements.json").read_text())
stances = json.loads((DATA / "stances.json").read_text())
recorded = {s["country"] for s in stances}
statement_ids = {s["id"] for s in statements}

new_sources = {}  # id -> dict
new_statements = []
new_stances = []
report = []


def source_for(r):
    url = r["url"].strip()
    if url in url_to_id:
        sid = url_to_id[url]
        if sid in new_sources:
            q = r["quote"].strip()
            if q and q not in new_sources[sid]["quote"]:
                new_sources[sid]["quote"] += " […] " + q
        return sid
    sid = "st-" + r["row_id"].replace(":", "-")
    cls = r["source_class"]
    kind = "official" if "official" in cls.lower() else "news"
    orig_pub = r["original_publisher"].strip()
    orig_url = r["original_url"].strip()
    if r["row_id"] in ov["originals"]:
        orig_pub, orig_url = ov["originals"][r["row_id"]]
    if cls.startswith("COPY") and not orig_pub:
        raise SystemExit(f"{r['row_id']}: a copy with no original")
    if orig_pub.startswith("unknown"):
        raise SystemExit(f"{r['row_id']}: original unknown: {orig_pub}")
    new_sources[sid] = {
        "id": sid,
        "kind": kind,
        "publisher": r["publisher"].strip(),
        "title": r["title"].strip() or ov["titles"].get(r["row_id"]) or untitled(r),
        "date": r["page_date"].strip(),
        "url": url,
        "quote": r["quote"].strip(),
        "original_publisher": orig_pub,
        "original_url": orig_url,
    }
    url_to_id[url] = sid
    return sid


def untitled(r):
    """A bracketed description for a page whose title the stored copy does not show."""
    path = re.sub(r"[?#].*$", "", r["url"]).rstrip("/").rsplit("/", 1)[-1]
    path = re.sub(r"\.(html?|php|aspx?)$", "", path)
    words = [w for w in re.split(r"[-_+]", path) if w.isalpha()]
    if len(words) >= 3:
        return "(untitled in the stored copy; the address reads \"" + " ".join(words) + "\")"
    return f"(untitled in the stored copy: {r['publisher'].strip()}, {r['page_date'].strip() or r['date'].strip()})"


def words_of(r):
    """The verbatim words a statement row may use, or None."""
    rid = r["row_id"]
    if rid in ov["words"]:
        return ov["words"][rid]
    w = r["words"].strip()
    if not w:
        return None
    if r["verbatim"].startswith("PARTIAL") or r["verbatim"].startswith("NOT"):
        raise SystemExit(f"{rid}: partial words need an override: {w!r} / quote {r['quote']!r}")
    return w


def usable(r):
    if r["check_note"].endswith("[NOT USABLE for placements]"):
        return False
    if r["source_class"].startswith("WEAK"):
        return False
    if r["row_id"] in ov["unusable"]:
        return False
    # Words and acts from before the invasion (on the recognition of the
    # "republics", 21-23 February) are not a stance on the invasion.
    if len(r["date"]) == 10 and r["date"] < "2022-02-24":
        return False
    if r["kind"] == "statement":
        return words_of(r) is not None
    return True


def slug(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z]+", s.lower())
    return parts[-1] if parts else "gov"


def evidence_of(rid):
    r = rows[rid]
    sid = source_for(r)
    if r["kind"] == "statement":
        words = words_of(r)
        base = f"{r['country'].lower()}-{slug(r['speaker'])}-{r['date']}"
        sid_ = base
        n = 2
        while sid_ in statement_ids:
            # the same row twice is the same statement
            prior = next((s for s in statements + new_statements if s["id"] == sid_), None)
            if prior is not None and prior.get("_row") == rid:
                return {"statement": sid_}, sid
            sid_ = f"{base}-{n}"
            n += 1
        statement_ids.add(sid_)
        st = {
            "id": sid_,
            "country": r["country"],
            "speaker": r["speaker"].strip(),
            "office": r["office"].strip(),
            "date": r["date"].strip(),
            "words": words,
            "sources": [sid],
            "_row": rid,
        }
        note = ov["notes"].get(rid)
        if note:
            st["note"] = note
        new_statements.append(st)
        return {"statement": sid_}, sid
    act = ov["acts"].get(rid, r["act"].strip())
    if r["verbatim"].startswith("PARTIAL") and rid not in ov["acts"]:
        raise SystemExit(f"{rid}: a partial act needs an override: {act!r} / quote {r['quote']!r}")
    return {"measure": act}, sid


for src in ov.get("coup_sources", []):
    new_sources[src["id"]] = src
    url_to_id[src["url"]] = src["id"]

by_country = {}
for p in placements:
    by_country.setdefault(p["country"], []).append(p)

for cc, lines in sorted(by_country.items()):
    if cc in recorded or cc in ov["skip_countries"]:
        continue
    records = []
    cur = None
    for p in lines:
        level = p["level"]
        day = p["day"]
        key = f"{cc} {day}"
        if key in ov["line_level"]:
            level = ov["line_level"][key]
        decided = [x.strip() for x in re.split(r"[;,]", p["decided_by_rows"]) if x.strip()]
        if level == "until":
            coup = ov["coups"].get(cc)
            if coup and coup["day"].startswith(day[:7]):
                if cur is not None:
                    cur["until"] = coup["day"]
                    cur["summary"] += " " + coup["why"]
                    cur["_coup_sources"] = coup.get("sources", [])
                cur = None
            elif cur is not None:
                cur["summary"] += " The record continues across a later change of government (an election does not end a record) until the new government's own evidence places the country elsewhere."
            continue
        if level not in SCALE:
            continue
        good = [x for x in decided if usable(rows[x])]
        dropped = [x for x in decided if x not in good]
        if dropped:
            report.append(f"{key}: {level}: rows not usable here: {dropped} (kept {good})")
        if not good:
            report.append(f"{key}: {level}: NO usable row; line skipped")
            continue
        if cur is not None and cur["stance"] == level:
            for x in good:
                if x not in cur["_rows"]:
                    cur["_rows"].append(x)
            continue
        since = day
        if day == SNAPSHOT:
            # The research's snapshot day is no change day: the record
            # starts with its newest evidence.
            seen = {x for rec in records for x in rec["_rows"]}
            since = min(rows[x]["date"] for x in good if x not in seen) if any(x not in seen for x in good) else day
        if day == "2022-03-02":
            # Words of 21-23 February (on the recognition of the "republics"
            # or the deployment) are evidence; the record starts with the
            # invasion.
            since = max(min(rows[x]["date"] for x in good), "2022-02-24")
        if level == "opposes_with_measures":
            words = [rows[x]["date"] for x in good if rows[x]["kind"] == "statement"]
            acts = [rows[x]["date"] for x in good if rows[x]["kind"] == "act" and MEASURE.search(ov["acts"].get(x, rows[x]["act"]))]
            if words and acts:
                # Condemns and acts: from the day both halves are met.
                since = max(since, max(min(words), min(acts)))
        cur = {
            "country": cc,
            "stance": level,
            "since": since,
            "summary": reader_summary(p["note"], level) + (" " + (ov["summaries"].get(f"{cc}@{day[:4]}") or ov["summaries"].get(cc, "")) if (ov["summaries"].get(f"{cc}@{day[:4]}") or ov["summaries"].get(cc)) else ""),
            "_rows": list(good),
            "assessed_by": "allegiance, by the scale's criteria",
        }
        records.append(cur)
    for rec in records:
        ev, srcs = [], []
        for x in rec.pop("_rows"):
            e, s = evidence_of(x)
            if e not in ev:
                ev.append(e)
            if s not in srcs:
                srcs.append(s)
        out = {"country": rec["country"], "stance": rec["stance"], "since": rec["since"]}
        if "until" in rec:
            out["until"] = rec["until"]
        srcs += [x for x in rec.get("_coup_sources", []) if x not in srcs]
        out.update({"summary": rec["summary"], "evidence": ev, "assessed_by": rec["assessed_by"], "sources": srcs})
        new_stances.append(out)


# ---- Phase 2: coups end records; votes place countries with no words or acts.
VOTE_DAYS = {"A/RES/ES-11/1": "2022-03-02", "A/RES/ES-11/6": "2023-02-23", "A/RES/ES-11/7": "2025-02-24"}
VOTE_LEVEL = {"yes": "critical", "abstain": "neutral", "not_voting": "neutral"}
VOTE_WORDS = {"yes": "voted for", "abstain": "abstained on", "not_voting": "did not vote on", "no": "voted against"}
TEXT = {
    "A/RES/ES-11/1": "which deplored the invasion and demanded the full withdrawal of Russian forces",
    "A/RES/ES-11/6": "which demands that Russia \"immediately, completely and unconditionally withdraw\" its forces from Ukraine",
    "A/RES/ES-11/7": "which demands that Russia withdraw all its armed forces from Ukraine",
}
VOTE_TEXT_SOURCES = {
    "A/RES/ES-11/1": {"id": "stance-v1", "kind": "reference", "publisher": "Wikipedia", "title": "United Nations General Assembly Resolution ES-11/1", "date": "", "url": "https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1", "quote": "It deplored Russia's invasion of Ukraine and demanded a full withdrawal of Russian forces and a reversal of its decision to recognise the self-declared People's Republics of Donetsk and Luhansk.", "original_publisher": "United Nations General Assembly (A/RES/ES-11/1)", "original_url": ""},
    "A/RES/ES-11/6": {"id": "stance-v2", "kind": "news", "publisher": "MTM (mtm.az), citing Anadolu Agency", "title": "UN General Assembly adopts resolution calling on Russia to withdraw from Ukraine", "date": "2023-02-23", "url": "https://mtm.az/en/news/un-general-assembly-adopts-resolution-calling-on-russia-to-withdraw-from-ukraine", "quote": "It demands that Russia “immediately, completely and unconditionally withdraw” all of its military forces from the territory of Ukraine within its internationally recognized borders as well as calling for a “cessation of hostilities.”", "original_publisher": "Anadolu Agency", "original_url": ""},
}
resolutions = {r["symbol"]: r for r in json.loads((DATA / "resolutions.json").read_text())}
new_sources["stance-v1b"] = {"id": "stance-v1b", "kind": "news", "publisher": "The Nation (Thailand)", "title": "(untitled in the stored copy: The Nation, 3 Mar 2022)", "date": "2022-03-03", "url": "https://www.nationthailand.com/international/40012985", "quote": "The resolution, supported by 141 of the assembly's 193 members, ended a rare emergency session called by the U.N. Security Council … The text of the resolution \"deplores\" Russia's \"aggression against Ukraine.\"", "original_publisher": "", "original_url": ""}
VOTE_TEXT_SOURCES["A/RES/ES-11/7"] = {"id": "u20-s26"}
QUOTE_ADDITIONS = {}
for src in list(VOTE_TEXT_SOURCES.values())[:2]:
    new_sources[src["id"]] = src
votes = {}
for v in read_tsv(DATA / "votes.tsv"):
    votes.setdefault(v["symbol"], {})[v["country"]] = v["vote"]


def first_day(d):
    return d + "-01-01"[len(d) - 4:] if len(d) < 10 else d


def in_force(recs, day):
    """The record in force on day among recs (the latest since <= day, unless ended)."""
    cands = sorted((r for r in recs if first_day(r["since"]) <= day), key=lambda r: first_day(r["since"]))
    if not cands:
        return None
    r = cands[-1]
    if r.get("until") and first_day(r["until"]) <= day:
        return None
    return r


all_recs = {}
for r in stances + new_stances:
    all_recs.setdefault(r["country"], []).append(r)
members = sorted(votes["A/RES/ES-11/1"])
vote_records = []
for cc in members:
    if cc in ov["skip_countries"]:
        continue
    recs = all_recs.setdefault(cc, [])
    prev = None
    for sym, day in VOTE_DAYS.items():
        v = votes.get(sym, {}).get(cc)
        # A vote against places nothing by itself (in 2025 the United States
        # voted against ES-11/7 too): noted in the record in force, below.
        if v is None or v == "no" or in_force([r for r in recs if r not in vote_records], day) is not None:
            continue
        level = VOTE_LEVEL[v]
        coup = ov["coups"].get(cc)
        coup_between = prev is not None and coup and first_day(prev["since"]) < first_day(coup["day"]) <= day
        if prev is not None and prev["stance"] == level and "until" not in prev and not coup_between:
            prev["evidence"].append({"vote": sym})
            for sid in [VOTE_TEXT_SOURCES[sym]["id"]] + (["stance-v1b"] if sym == "A/RES/ES-11/1" else []) + resolutions[sym]["sources"]:
                if sid not in prev["sources"]:
                    prev["sources"].append(sid)
            prev["summary"] += f" On {day} it {VOTE_WORDS[v]} {sym}."
            continue
        rec = {
            "country": cc,
            "stance": level,
            "since": day,
            "summary": f"No words or acts of its government were found; it {VOTE_WORDS[v]} {sym}, {TEXT[sym]}: `{level}` by its vote alone.",
            "evidence": [{"vote": sym}],
            "assessed_by": "allegiance, by its vote alone",
            "sources": [VOTE_TEXT_SOURCES[sym]["id"]] + (["stance-v1b"] if sym == "A/RES/ES-11/1" else []) + list(resolutions[sym]["sources"]),
        }
        recs.append(rec)
        vote_records.append(rec)
        new_stances.append(rec)
        prev = rec
# A coup ends whatever record is in force on its day.
for cc, coup in ov["coups"].items():
    recs = all_recs.get(cc, [])
    r = in_force(recs, first_day(coup["day"]))
    if r is not None and "until" not in r:
        later = [x for x in recs if first_day(x["since"]) > first_day(coup["day"])]
        r["until"] = coup["day"]
        r["summary"] += " " + coup["why"]
        for sid in coup.get("sources", []):
            if sid not in r["sources"]:
                r["sources"].append(sid)

# ---- Phase 3: the parties to the war and the change points researched in
# ../stances-2026 (rows.tsv, NOTES.md), decided by hand.
R26 = {i: r for i, r in enumerate(read_tsv(HERE.parent / "stances-2026" / "rows.tsv"), 2)}


def src26(i, kind="news"):
    r = R26[i]
    url = r["url"].strip()
    if url in url_to_id:
        return url_to_id[url]
    sid = f"st26-{i}"
    title = r["title"].replace("[from URL]", "").strip()
    if r["title"].strip().startswith("[from URL"):
        title = "(untitled in the stored copy; the address reads \"" + title.strip("[]: ").replace("from URL", "").strip(" :") + "\")"
    elif "[from URL]" in r["title"]:
        title = title + " (title from the address)"
    new_sources[sid] = {
        "id": sid, "kind": kind, "publisher": r["publisher"].strip(), "title": title,
        "date": r["page_date"].strip(), "url": url,
        # A JSON page's excerpt escapes letters ("P\u00e9ter"): the quote gets the letters.
        "quote": re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), r["quote"].strip()),
        "original_publisher": r["original_publisher"].strip(), "original_url": r["original_url"].strip(),
    }
    url_to_id[url] = sid
    return sid


def st26(i, sid_=None, words=None, note=None):
    r = R26[i]
    src = src26(i)
    sid_ = sid_ or f"{r['country'].lower()}-{slug(r['speaker'])}-{r['date']}"
    assert sid_ not in statement_ids, sid_
    statement_ids.add(sid_)
    st = {"id": sid_, "country": r["country"], "speaker": r["speaker"].strip(), "office": r["office"].strip(),
          "date": r["date"].strip(), "words": (words or r["words"]).strip().rstrip(","), "sources": [src]}
    if note:
        st["note"] = note
    new_statements.append(st)
    return {"statement": sid_}, src


SEED = "metro-2022-russia-allies"
# Russia: the invader.
e1, s1 = st26(54, "ru-putin-2022-02-24", note="Televised address of 24 February 2022 (kremlin.ru), as the Kazakh site quotes it; the English rendering of the address was not seen on kremlin.ru.")
e2, s2 = evidence_of("europe:97")
new_stances.append({
    "country": "RU", "stance": "invader", "since": "2022-02-24",
    "summary": "Russia ordered the full-scale invasion of Ukraine on 24 February 2022 (the seed: \"After Russia ordered full scale invasion of Ukraine on February 24\"); Putin announced a \"special military operation\" that morning, and on 30 September 2022 signed treaties annexing four Ukrainian regions. A party to the war, not placed by the criteria for third states.",
    "evidence": [e1, {"measure": "ordered the full-scale invasion of Ukraine on 24 February 2022"}, e2,
                 {"measure": "signed treaties annexing the Donetsk, Luhansk, Kherson and Zaporizhzhia regions of Ukraine (30 September 2022)"}],
    "assessed_by": "allegiance: a party to the war",
    "sources": [SEED, s1, s2],
})
# Ukraine: the invaded.
e3, s3 = st26(57, "ua-zelensky-2022-02-24", note="Early-morning video address on his official Facebook page, as News.am prints it. The Ukrainian text on the President's site, in a copy: \"Сьогодні вранці Росія розпочала нову військову операцію проти нашої держави. Це нічим не виправдане брехливе й цинічне вторгнення.\"")
s3b = src26(56, "official")
new_statements[-1]["sources"].append(s3b)
new_sources["stance-v2"]["quote"] += " […] Ukrainian Foreign Minister Dmytro Kuleba addressed the UN General Assembly on Wednesday, calling on the UN members to support the resolution, adding that the Russia-Ukraine war has no two sides, but “an aggressor and a victim.”"
statement_ids.add("ua-kuleba-2023-02-22")
new_statements.append({"id": "ua-kuleba-2023-02-22", "country": "UA", "speaker": "Dmytro Kuleba", "office": "Minister of Foreign Affairs of Ukraine",
                       "date": "2023-02-22", "words": "an aggressor and a victim", "sources": ["stance-v2"],
                       "note": "Addressing the General Assembly; the report (Anadolu, via MTM) quotes only these words: the war has no two sides, but \"an aggressor and a victim\"."})
new_stances.append({
    "country": "UA", "stance": "invaded", "since": "2022-02-24",
    "summary": "Invaded by Russia on 24 February 2022 (the seed: \"After Russia ordered full scale invasion of Ukraine on February 24\"), it declared martial law that day and has defended itself since. A party to the war, not placed by the criteria for third states.",
    "evidence": [e3, {"statement": "ua-kuleba-2023-02-22"}, {"measure": "imposed martial law throughout the country on 24 February 2022"}],
    "assessed_by": "allegiance: a party to the war",
    "sources": [SEED, s3, s3b, "stance-v2"],
})
# The United States from February 2025.
ea, sa = st26(2, "us-trump-2025-02-13")
eb, sb = st26(10, "us-trump-2025-02-26")
ec, sc = st26(16, "us-trump-2025-04-25")
ed, sd = st26(4, "us-shea-2025-02-24")
s11, s14, s15, s17 = src26(11), src26(14), src26(15, "official"), src26(17)
new_stances.append({
    "country": "US", "stance": "sympathises", "since": "2025-02-13",
    "summary": "President Trump blamed the war on his predecessor's talk of Ukraine joining NATO (13 and 26 February, 25 April 2025), which meets `sympathises` (blames the United States or NATO); the supportive levels come first in the rule, so this decides it although sanctions stayed in force. The United States voted against A/RES/ES-11/7 on 24 February 2025, paused military aid from 3 March 2025 and intelligence sharing from 5 March, and resumed both on 11 March.",
    "evidence": [ea, ed, {"vote": "A/RES/ES-11/7"}, eb,
                 {"measure": "paused military aid to Ukraine (announced on 3 March 2025) and resumed it with intelligence sharing on 11 March 2025"}, ec],
    "assessed_by": "allegiance, by the scale's criteria",
    "sources": [sa, sd, "u20-s26", sb, s11, s14, sc],
    "alternatives": [
        {"says": "`opposes_with_measures` still: the sanctions on Russia were continued (notice of 10 April 2025) and the Treasury sanctioned Rosneft and Lukoil on 22 October 2025, \"Given President Putin’s refusal to end this senseless war\"; military aid resumed on 11 March 2025.", "sources": [s15, s17, s14]},
        {"says": "`neutral` from 24 February 2025, reading the administration's official acts (the call for \"a strong statement, committing us to end the war\") over the President's remarks.", "sources": [sd]},
    ],
})
# The arcrimea.org page is already a source (u20-s26): its quote gains the
# sentence on the demand to withdraw.
QUOTE_ADDITIONS["u20-s26"] = "Resolution A/ES-11/L.10, among other things, contained a reference to resolution 68/262 of 2014, adopted in response to the occupation and attempted annexation of Crimea, and also contained a demand for Russia to immediately, completely and unconditionally withdraw all its armed forces from the territory of Ukraine within its internationally recognized borders"
# North Korea's own acknowledgement (28 April 2025), and Venezuela after January 2026.
kp_words, kp_src = st26(39, "kp-cmc-2025-04-28", note="The statement of the Workers' Party Central Military Commission as TASS quotes KCNA; the KCNA page itself was not seen.")
s41 = src26(41)
ve_words, ve_src = st26(32, "ve-rodriguez-2022-03-07")
s34 = src26(34)
EDITS = {
    ("KP", "2024-10-18"): {"evidence": [kp_words], "sources": [kp_src, s41]},
    ("VE", "2022-02-24"): {"evidence": [ve_words], "sources": [ve_src, s34, "stance-s73"],
                           "summary": " The record continues after the United States captured Maduro on 3 January 2026: Delcy Rodríguez, who had called NATO \"el gran provocador\" on 7 March 2022 as Vice President, took the oath as acting president on 5 January 2026 (TASS), and Russia's foreign ministry backed her (6 January, The Moscow Times); no words of the interim government on the war were found."},
}
EDITS[("IR", "2022-11-05")] = {"evidence": [], "sources": [], "replace_measure": ("supplied drones to Russia (acknowledged on 5 November 2022)", "supplied a limited number of drones to Russia, which Iran says was months before the invasion (acknowledged on 5 November 2022)"), "summary": " The placement reads the acknowledged supply as assistance although Iran dates it before the invasion."}
EDITS[("US", "2022-02-24")] = {"evidence": [], "sources": [], "summary_replace": ("Called Putin the aggressor and imposed sanctions", "Called Putin \"the aggressor\" (read as condemning the invasion) and imposed sanctions")}
# South Africa: Ramaphosa's NATO sentence, which decides `sympathises`.
new_sources["st26-za"] = {"id": "st26-za", "kind": "news", "publisher": "CNA (Channel NewsAsia)", "title": "South Africa's Ramaphosa blames NATO for Russia's war in Ukraine (title from the address)", "date": "2022-03-17", "url": "https://www.channelnewsasia.com/world/south-africas-ramaphosa-blames-nato-russias-war-ukraine-2571631", "quote": "JOHANNESBURG: South African President Cyril Ramaphosa on Thursday (Mar 17) blamed NATO for the war in Ukraine and said he would resist calls to condemn Russia, in comments that cast doubt over whether he would be accepted by Ukraine or the West as a mediator. \"The war could have been avoided if NATO had heeded the warnings from amongst its own leaders and officials over the years that its eastward expansion would lead to greater, not less, instability in the region,\" Ramaphosa said, a view also maintained by Russian President Vladimir Putin.", "original_publisher": "", "original_url": ""}
statement_ids.add("za-ramaphosa-nato-2022-03-17")
new_statements.append({"id": "za-ramaphosa-nato-2022-03-17", "country": "ZA", "speaker": "Cyril Ramaphosa", "office": "President of South Africa", "date": "2022-03-17", "words": "The war could have been avoided if NATO had heeded the warnings from amongst its own leaders and officials over the years that its eastward expansion would lead to greater, not less, instability in the region", "sources": ["st26-za"], "note": "In the National Assembly, 17 March 2022."})
EDITS[("ZA", "2022-03-17")] = {"evidence": [{"statement": "za-ramaphosa-nato-2022-03-17"}], "sources": ["st26-za"], "summary": " President Ramaphosa said the war \"could have been avoided if NATO had heeded the warnings\" about its eastward expansion: he blamed NATO, which meets `sympathises`."}
# Switzerland: the foreign ministry's own condemnation of 24 February 2022,
# the "condemns" half of its record (found in the second review's pass).
new_sources["st26-ch"] = {"id": "st26-ch", "kind": "news", "publisher": "swissinfo.ch (SWI, Swiss Broadcasting Corporation)", "title": "Switzerland condemns Russian 'invasion' in strongest terms", "date": "2022-02-24", "url": "https://www.swissinfo.ch/eng/politics/switzerland-condemns-russian--invasion--in-strongest-terms/47375264", "quote": "The Swiss foreign ministry has issued a statement strongly condemning Russia’s actions in Ukraine as an “invasion”. It called on Russia to immediately cease its “military aggression” and withdraw its troops from Ukraine. “This is a gross violation of international law,” the foreign ministry tweeted on Thursday.", "original_publisher": "", "original_url": ""}
statement_ids.add("ch-fdfa-2022-02-24")
new_statements.append({"id": "ch-fdfa-2022-02-24", "country": "CH", "speaker": "Federal Department of Foreign Affairs", "office": "foreign ministry of Switzerland (on Twitter)", "date": "2022-02-24", "words": "This is a gross violation of international law", "sources": ["st26-ch"], "note": "The ministry's tweet as swissinfo.ch quotes it in English; the ministry called on Russia to cease its \"military aggression\"."})
EDITS[("CH", "2022-02-28")] = {"evidence": [{"statement": "ch-fdfa-2022-02-24"}], "sources": ["st26-ch"], "summary": " The foreign ministry called the invasion \"a gross violation of international law\" on 24 February 2022: the condemnation half of the level."}
EDITS[("HU", "2022-02-25")] = {"evidence": [], "sources": [src26(30), src26(29)], "summary": " Reports seen only in copies (Euronews via an aggregator, AP via Dunya Plus) say that Péter Magyar, whose Tisza party won the election of 12 April 2026, was sworn in as Prime Minister on 9 May 2026; not confirmed from a primary source, and no words of a new government on the war were found, so the record continues."}
# EU members whose own words of the first days do not condemn: their heads
# of government adopted the European Council's statement of 24 February 2022
# ("We condemn in the strongest possible terms ...").
for cc in ("CY", "MT", "SK"):
    EDITS[(cc, "2022-02-25")] = {"evidence": [{"statement": "se-andersson-2022-02-24"}], "sources": ["st-europe-132"], "summary": " Its head of government was among the members of the European Council whose statement of 24 February 2022 condemns \"in the strongest possible terms Russia's unprecedented military aggression against Ukraine\": the condemnation half of the level."}
for r in stances + new_stances:
    e = EDITS.get((r["country"], r["since"]))
    if e and "replace_measure" in e:
        a, b = e["replace_measure"]
        r["evidence"] = [{"measure": b} if x == {"measure": a} else x for x in r["evidence"]]
    if e and "summary_replace" in e:
        r["summary"] = r["summary"].replace(*e["summary_replace"])
    if e:
        r["evidence"] = r["evidence"] + e["evidence"]
        r["sources"] = r["sources"] + [x for x in e["sources"] if x not in r["sources"]]
        if "summary" in e:
            r["summary"] += e["summary"]

for r in new_stances:
    if r not in all_recs.setdefault(r["country"], []):
        all_recs[r["country"]].append(r)

# A vote against is noted in the record in force on its day.
for cc in members:
    if cc in ov["skip_countries"]:
        continue
    for sym, day in VOTE_DAYS.items():
        if votes.get(sym, {}).get(cc) != "no":
            continue
        r = in_force(all_recs.get(cc, []), day)
        if r is not None and {"vote": sym} not in r["evidence"]:
            r["summary"] += f" On {day} it voted against {sym}, which by itself places nothing."
            r["evidence"].append({"vote": sym})

# ---- Phase 4: a statement's words must be in its source's quote. Where a
# reviewer saw the words on a re-read (the stored quote was cut), the quote
# gains them.
def _in_quote(words, quote):
    segs = [norm(x).strip(" .,\"'") for x in re.split(r"…|\.\.\.|\[…\]", words)]
    q = norm(quote)
    return all(x in q for x in segs if x)


existing_by_id = {x["id"]: x for x in existing_sources}
for st in new_statements:
    sid = st["sources"][0]
    quote = new_sources[sid]["quote"] if sid in new_sources else existing_by_id[sid]["quote"] + " " + QUOTE_ADDITIONS.get(sid, "")
    if _in_quote(st["words"], quote) or "con[…]flicts" in quote:
        continue
    if sid in new_sources:
        new_sources[sid]["quote"] += " […] " + st["words"]
    else:
        QUOTE_ADDITIONS[sid] = (QUOTE_ADDITIONS.get(sid, "") + " […] " + st["words"]).strip(" […]")
    report.append(f"{st['id']}: the quote of {sid} gains the words seen on a re-read")

print("\n".join(report), file=sys.stderr)
print(f"{len(new_stances)} records for {len({s['country'] for s in new_stances})} countries, "
      f"{len(new_statements)} statements, {len(new_sources)} sources", file=sys.stderr)

if "--write" in sys.argv:
    for s in new_statements:
        s.pop("_row", None)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "stances.json").write_text(json.dumps(new_stances, ensure_ascii=False, indent=2) + "\n")
    (HERE / "out" / "statements.json").write_text(json.dumps(new_statements, ensure_ascii=False, indent=2) + "\n")
    (HERE / "out" / "sources.json").write_text(json.dumps(list(new_sources.values()), ensure_ascii=False, indent=2) + "\n")

if "--check" in sys.argv:
    for day in ("2022-03-02", "2023-02-23", "2025-06-01", "2026-11-28"):
        missing = [cc for cc in members if in_force(all_recs.get(cc, []), day) is None]
        counts = {}
        for cc in members:
            r = in_force(all_recs.get(cc, []), day)
            if r:
                counts[r["stance"]] = counts.get(r["stance"], 0) + 1
        print(day, "unplaced:", missing, counts, file=sys.stderr)
    nv = sum(1 for r in new_stances if r["assessed_by"].endswith("vote alone"))
    print("vote-alone records:", nv, file=sys.stderr)

if "--apply" in sys.argv:
    for s in new_statements:
        s.pop("_row", None)
    if QUOTE_ADDITIONS:
        lines = (DATA / "sources.tsv").read_text().split("\n")
        for k, line in enumerate(lines):
            cols = line.split("\t")
            if cols[0] in QUOTE_ADDITIONS:
                cols[6] = cols[6] + " […] " + QUOTE_ADDITIONS[cols[0]]
                lines[k] = "\t".join(cols)
        (DATA / "sources.tsv").write_text("\n".join(lines))
    with open(DATA / "sources.tsv", "a", newline="") as f:
        for s in new_sources.values():
            vals = [s[k] for k in ("id", "kind", "publisher", "title", "date", "url", "quote", "original_publisher", "original_url")]
            for v in vals:
                assert "\t" not in v and "\n" not in v, s["id"]
            f.write("\t".join(vals) + "\n")
    (DATA / "statements.json").write_text(json.dumps(statements + new_statements, ensure_ascii=False, indent=2) + "\n")
    order = ["country", "stance", "since", "until", "summary", "evidence", "assessed_by", "sources", "alternatives"]
    new_stances = [{k: r[k] for k in order if k in r} for r in new_stances]
    (DATA / "stances.json").write_text(json.dumps(stances + new_stances, ensure_ascii=False, indent=2) + "\n")
    print("applied", file=sys.stderr)
