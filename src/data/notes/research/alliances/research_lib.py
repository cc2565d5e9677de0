#!/usr/bin/env python3
"""Helpers the research build scripts share: the earlier rounds' draft
records, every research sources.tsv row, an event, and writing a batch's
records and the source rows the crate lacks."""
import csv, glob, json, os

ALL = os.path.dirname(os.path.abspath(__file__))
COLS = ["id", "kind", "publisher", "title", "date", "url", "quote", "original_publisher", "original_url"]


def drafts(skip):
    """Every draft record under alliances/ (first one wins), except those under `skip`."""
    out = {}
    for f in sorted(glob.glob(f"{ALL}/**/*.json", recursive=True)):
        if f.startswith(skip):
            continue
        d = json.load(open(f))
        d = d if isinstance(d, list) else d.get("treaties", d.get("records", []))
        for x in d if isinstance(d, list) else []:
            if isinstance(x, dict) and "id" in x:
                out.setdefault(x["id"], x)
    return out


def source_rows(extra_dir):
    """Every research source row under alliances/ and in `extra_dir`/inputs (first one wins)."""
    rows = {}
    files = sorted(glob.glob(f"{ALL}/**/*.tsv", recursive=True)) + glob.glob(f"{extra_dir}/inputs/*.tsv")
    for f in files:
        r = list(csv.reader(open(f), delimiter="\t", quoting=csv.QUOTE_NONE))
        if not r or r[0][:2] != COLS[:2]:
            continue
        for x in r[1:]:
            if x and x[0]:
                rows.setdefault(x[0], (x + [""] * 9)[:9])
    return rows


def ev(date, kind, note, sources, party=None):
    e = {"date": date, "kind": kind}
    if party:
        e["party"] = party
    e["note"] = note
    e["sources"] = sources
    return e


def write(records, here, suffix=""):
    """records{suffix}.json and sources{suffix}.tsv (the rows the crate's sources.tsv lacks)."""
    json.dump(records, open(f"{here}/records{suffix}.json", "w"), ensure_ascii=False, indent=2)
    rows = source_rows(here)
    need = sorted({s for t in records for s in t["sources"]}
                  | {s for t in records for e in t.get("events", []) for s in e["sources"]}
                  | {s for t in records for p in t.get("provisions", []) for s in p["sources"]}
                  | {s for t in records for a in t.get("alternatives", []) + t.get("end_alternatives", [])
                     for s in a["sources"]})
    crate = {r[0] for r in csv.reader(open(f"{ALL}/../../../sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE)}
    with open(f"{here}/sources{suffix}.tsv", "w") as f:
        f.write("\t".join(COLS) + "\n")
        for s in need:
            if s in crate:
                continue
            if s not in rows:
                raise SystemExit(f"no source row {s}")
            f.write("\t".join(rows[s]) + "\n")
    print(len(records), "records;", len(need), "sources")


def edit_sources(data, edit=None, new=()):
    """Rewrite `data`/sources.tsv: `edit(row)` may change each row in place
    (a list of the nine columns); the rows in `new` are appended, none
    sharing a URL with a row already there."""
    p = f"{data}/sources.tsv"
    rows = [line.rstrip("\n").split("\t") for line in open(p)]
    urls = {r[5] for r in rows[1:]}
    for r in rows:
        if edit:
            edit(r)
    for n in new:
        assert n[5] not in urls, n[5]
        rows.append(list(n))
    with open(p, "w") as f:
        f.writelines("\t".join(r) + "\n" for r in rows)
