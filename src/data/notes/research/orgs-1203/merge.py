#!/usr/bin/env python3
"""Merge the organisations round (2026-12-03) into the crate's data files.

usage: merge.py DATA_DIR [--check] [--from DIR --folders a,b]

Reads the five research folders next to this script (their memberships.tsv
and sources.tsv, as the helpers wrote them), applies the decisions recorded
in NOTES.md of this folder (each one is a function below, named for what it
changes), maps a source whose URL is already in sources.tsv to the existing
row, and appends the rows to DATA_DIR/memberships.tsv and sources.tsv.
Nothing is written unless every check passes; --check writes nothing.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ["coe", "osce", "oas-arab", "asean-gcc", "au"]
MCOLS = ["country", "union", "role", "start", "end", "sources", "note", "alternatives"]
SCOLS = ["id", "kind", "publisher", "title", "date", "url", "quote", "original_publisher", "original_url"]
ROLES = {"member", "frozen", "suspended", "observer", "partner", "candidate", "associate"}


def read(path):
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], [r for r in rows[1:] if r and any(r)]


def as_dicts(path, cols):
    header, rows = read(path)
    assert header == cols, (path, header)
    return [dict(zip(cols, (r + [""] * len(cols))[: len(cols)])) for r in rows]


# --- Decisions (see NOTES.md) -------------------------------------------------

# The days of these 17 accessions rest only on a copy (HREA) of the Council of
# Europe's list, which gets other days wrong (Iceland, Türkiye, Canada); the
# Council's own pages give their years. The rows keep the year.
COE_COPY_ONLY = "AT CY CH MT PT ES LI SM FI PL BG EE LT SI RO LV MK".split()


def coe(rows):
    for r in rows:
        if r["country"] in COE_COPY_ONLY and len(r["start"]) == 10:
            y, m, d = r["start"].split("-")
            r["note"] = (
                f"Year of accession from the Council of Europe's own pages; the day, {int(d)}.{int(m)}.{y}, "
                f"is given only by HREA's copy of the Council's list (coe-s1), which misdates other accessions, "
                f"so the row keeps the year. " + r["note"]
            ).strip()
            r["start"] = y
        if r["country"] == "CS" and r["end"] == "1992-12-31":
            r["end"] = "1993-01-01"  # periods end exclusive: Czechoslovakia's last day was 31 Dec 1992
    return rows


def osce(rows):
    out = []
    fry = []
    for r in rows:
        if r["country"] == "YU" and r["start"] == "1973-07-03":
            r["end"] = "1992-04-27"
            r["note"] = (
                "Participating State from the opening of the Conference; the row ends with the SFRY, on the "
                "crate's end of Yugoslavia (27 Apr 1992). The delegation of 'Yugoslavia' (the FRY) was suspended "
                "from 8 Jul 1992 (osce-s sources of the FRY row) and the FRY was admitted as a new participating "
                "State on 10 Nov 2000, as the crate files the FRY under Serbia (RS). " + r["note"]
            )
            out.append(r)
        elif r["country"] == "YU":
            fry.append(r)  # the suspension and the FRY's admission: folded into Serbia's row below
        elif r["country"] == "RS":
            srcs = []
            for x in fry + [r]:
                srcs += [s for s in x["sources"].split(",") if s and s not in srcs]
            r["start"] = "2000-11-10"
            r["sources"] = ",".join(srcs)
            r["note"] = (
                "The Federal Republic of Yugoslavia admitted as a participating State on 10 Nov 2000 (the OSCE "
                "timeline's '10 September 2000' is a slip); Serbia and Montenegro from 2003, Serbia alone from "
                "June 2006, continuing it. The FRY's delegation had been suspended from 8 Jul 1992, before its "
                "admission; the crate files the FRY and Serbia and Montenegro under RS, as in its UN rows."
            )
            out.append(r)
        else:
            out.append(r)
    return out


OAS_FOUNDERS = "AR BO BR CL CO CR CU DO EC SV GT HT HN MX NI PA PY PE US UY VE".split()


def oas_arab(rows):
    out = []
    for r in rows:
        if r["union"] == "Arab League" and r["country"] == "YD":
            continue  # admission day: an opinion column against CNN's 1968; left out (NOTES.md)
        if r["union"] == "OAS" and r["country"] in OAS_FOUNDERS and r["role"] == "member" and (
            r["start"][:4] <= "1956" or r["start"] == "1948"
        ) and not (r["country"] == "CU" and r["start"] == "2009-06-03") and not (
            r["country"] == "HN" and r["start"] == "2011-06-01"
        ):
            dep = r["start"]
            r["start"] = "1948-04-30"
            r["note"] = (
                "Original member: signed the Charter at Bogotá when it was adopted, 30 Apr 1948 (A-41, oas-arab-s1; "
                "the OAS dates its 21 founders from 1948, oas-arab-s2), as the crate dates treaty parties from "
                "signature; the Charter entered into force on 13 Dec 1951. "
                + (f"Deposit: {dep}. " if len(dep) == 10 else "Deposit date not found. ")
                + r["note"]
            )
        if r["union"] == "OAS" and r["country"] == "CU" and r["start"] == "2009-06-03":
            r["role"] = "frozen"
            r["note"] = (
                "Frozen: AG/RES. 2438 ended Resolution VI on 3 Jun 2009 and left Cuba's participation to a "
                "dialogue at its request (oas-arab-s3); the same day Cuba said it 'has not asked [to return] nor "
                "does it wish to return to the OAS' (oas-arab-s4). A member in law that does not take part."
            )
        out.append(r)
    # Syria's years in the United Arab Republic, as in the crate's UN rows.
    for r in out:
        if r["union"] == "Arab League" and r["country"] == "SY" and r["start"] == "1945-03-22":
            end = r["end"]
            r["end"] = "1958-02-21"
            r["sources"] += ",un-s4"
            r["note"] = (
                "Founder: the Pact signed in Cairo on 22 Mar 1945. From 21 Feb 1958 part of the United Arab "
                "Republic with Egypt (un-s4), which held one seat, as in the crate's UN rows."
            )
            out.insert(
                out.index(r) + 1,
                {
                    "country": "SY",
                    "union": "Arab League",
                    "role": "member",
                    "start": "1961-09-29",
                    "end": end,
                    "sources": "un-s4,oas-arab-s16",
                    "note": (
                        "Syria's own seat again after its secession from the United Arab Republic (28 Sep 1961): "
                        "the row starts on the day its statehood resumes in the crate's state list (Correlates of "
                        "War, 29 Sep 1961). The League's act restoring the seat was not found, so the day is the "
                        "state's, not the League's."
                    ),
                    "alternatives": "",
                },
            )
            break
    return out


def asean_gcc(rows):
    return rows


def au(rows):
    return rows


FIX = {"coe": coe, "osce": osce, "oas-arab": oas_arab, "asean-gcc": asean_gcc, "au": au}


def main():
    data = sys.argv[1]
    check_only = "--check" in sys.argv
    args = sys.argv[2:]
    base, folders = HERE, FOLDERS
    if "--from" in args:
        base = os.path.abspath(args[args.index("--from") + 1])
    if "--folders" in args:
        folders = args[args.index("--folders") + 1].split(",")
    mh, mrows = read(f"{data}/memberships.tsv")
    assert mh == MCOLS, mh
    sh, srows = read(f"{data}/sources.tsv")
    assert sh == SCOLS, sh
    by_url = {r[5]: r[0] for r in srows if r[5]}
    ids = {r[0] for r in srows}
    problems, add_s, add_m = [], [], []
    for f in folders:
        mapping = {}
        for s in as_dicts(f"{base}/{f}/sources.tsv", SCOLS):
            if s["url"] in by_url:
                mapping[s["id"]] = by_url[s["url"]]
                continue
            if s["id"] in ids:
                problems.append(f"{f}: source id {s['id']} exists")
                continue
            if s["kind"] not in ("official", "treaty_text", "news", "reference"):
                problems.append(f"{f}: {s['id']} kind {s['kind']!r}")
            if not s["publisher"] or not s["quote"]:
                problems.append(f"{f}: {s['id']} needs publisher and quote")
            if any("\t" in v or "\n" in v for v in s.values()):
                problems.append(f"{f}: {s['id']} has a tab or newline")
            mapping[s["id"]] = s["id"]
            ids.add(s["id"])
            if s["url"]:
                by_url[s["url"]] = s["id"]
            add_s.append([s[c] for c in SCOLS])
        for r in FIX.get(f, lambda rows: rows)(as_dicts(f"{base}/{f}/memberships.tsv", MCOLS)):
            if r["role"] not in ROLES:
                problems.append(f"{f}: {r['country']} {r['union']} role {r['role']!r}")
            srcs = []
            for s in r["sources"].split(","):
                s = s.strip()
                if not s:
                    continue
                s = mapping.get(s, s)
                if s not in ids:
                    problems.append(f"{f}: {r['country']} {r['union']} cites unknown source {s}")
                if s not in srcs:
                    srcs.append(s)
            if not srcs:
                problems.append(f"{f}: {r['country']} {r['union']} has no source")
            r["sources"] = ",".join(srcs)
            # Source ids in the note follow the mapping too.
            for old, new in mapping.items():
                if old != new:
                    r["note"] = r["note"].replace(old, new)
            add_m.append([r[c] for c in MCOLS])
    if problems:
        sys.exit("\n".join(problems))
    print(f"{len(add_m)} memberships, {len(add_s)} new sources")
    if check_only:
        return
    with open(f"{data}/sources.tsv", "a", encoding="utf-8") as fh:
        for r in add_s:
            fh.write("\t".join(r) + "\n")
    with open(f"{data}/memberships.tsv", "a", encoding="utf-8") as fh:
        for r in add_m:
            fh.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
