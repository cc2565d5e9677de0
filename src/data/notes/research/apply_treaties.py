#!/usr/bin/env python3
"""Merge checked research treaty records and their sources into the crate's
data files (src/data/treaties.json, src/data/sources.tsv).

usage: apply.py DATA_DIR RECORDS.json SOURCES.tsv [--only id,id] [--drop-source id,...]

A research source whose URL is already in sources.tsv is mapped to the
existing row's id; a record whose id exists is an error. Nothing is written
unless every check passes.
"""
import csv, json, sys

KEYS = ["id", "name", "short_name", "kind", "parties", "entity_parties", "signed", "in_force", "term",
        "events", "provisions", "sources", "note", "alternatives", "end_alternatives"]
EVENT = ["date", "kind", "until", "party", "towards", "note", "sources"]
PROV = ["obligation", "article", "binds", "towards", "text", "sources"]
ALT = ["says", "date", "sources"]
COLS = ["id", "kind", "publisher", "title", "date", "url", "quote", "original_publisher", "original_url"]


def ordered(d, keys, what):
    extra = set(d) - set(keys)
    if extra:
        sys.exit(f"{what}: unknown keys {sorted(extra)}")
    return {k: d[k] for k in keys if k in d and d[k] not in (None, [], "")}


def main():
    data, recs, srcs = sys.argv[1:4]
    only = None
    drop = set()
    args = sys.argv[4:]
    while args:
        a = args.pop(0)
        if a == "--only":
            only = set(args.pop(0).split(","))
        elif a == "--drop-source":
            drop |= set(args.pop(0).split(","))
    treaties = json.load(open(f"{data}/treaties.json"))
    have_ids = {t["id"] for t in treaties}
    rows = list(csv.reader(open(f"{data}/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE))
    header, rows = rows[0], rows[1:]
    assert header == COLS, header
    by_url = {r[5]: r[0] for r in rows if r[5]}
    src_ids = {r[0] for r in rows}
    new_rows = list(csv.reader(open(srcs), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert new_rows[0] == COLS, new_rows[0]
    mapping, add = {}, []
    for r in new_rows[1:]:
        if not r or not r[0]:
            continue
        r = (r + [""] * 9)[:9]
        if r[0] in drop:
            continue
        if r[5] in by_url:
            mapping[r[0]] = by_url[r[5]]
            continue
        if r[0] in src_ids:
            sys.exit(f"source id {r[0]} exists")
        if r[1] not in ("official", "treaty_text", "news", "reference"):
            sys.exit(f"{r[0]}: kind {r[1]}")
        if not r[2] or not r[6]:
            sys.exit(f"{r[0]}: publisher and quote needed")
        for f in r:
            if "\t" in f or "\n" in f:
                sys.exit(f"{r[0]}: tab or newline")
        mapping[r[0]] = r[0]
        by_url[r[5]] = r[0]
        add.append(r)
    used = set()
    out = []
    for t in json.load(open(recs)):
        if only is not None and t["id"] not in only:
            continue
        if t["id"] in have_ids:
            sys.exit(f"treaty {t['id']} exists")

        def ids(lst, where):
            res = []
            for s in lst:
                if s in drop:
                    continue
                if s in mapping:
                    m = mapping[s]
                elif s in src_ids:
                    m = s
                else:
                    sys.exit(f"{t['id']} {where}: unknown source {s}")
                if m not in res:
                    res.append(m)
                used.add(m)
            if not res:
                sys.exit(f"{t['id']} {where}: no source left")
            return res
        t = dict(t)
        t["sources"] = ids(t["sources"], "sources")
        t["events"] = [ordered(dict(e, sources=ids(e["sources"], "event")), EVENT, t["id"] + " event")
                       for e in t.get("events", [])]
        t["provisions"] = [ordered(dict(p, sources=ids(p["sources"], "provision")), PROV, t["id"] + " provision")
                           for p in t.get("provisions", [])]
        for k in ("alternatives", "end_alternatives"):
            if k in t:
                t[k] = [ordered(dict(a, sources=ids(a["sources"], k)), ALT, t["id"] + " " + k) for a in t[k]]
        out.append(ordered(t, KEYS, t["id"]))
    add = [r for r in add if r[0] in used]
    treaties.extend(out)
    json.dump(treaties, open(f"{data}/treaties.json", "w"), ensure_ascii=False, indent=2)
    open(f"{data}/treaties.json", "a").write("\n")
    with open(f"{data}/sources.tsv", "a") as f:
        for r in add:
            f.write("\t".join(r) + "\n")
    print(f"added {len(out)} treaties: {[t['id'] for t in out]}; {len(add)} sources; "
          f"{sum(1 for k, v in mapping.items() if k != v)} mapped to existing")


main()
