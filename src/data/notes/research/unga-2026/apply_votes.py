#!/usr/bin/env python3
"""Merge research roll calls (research/unga/) into src/data/resolutions.json,
votes.tsv and sources.tsv. New roll calls are added with complete=false;
for existing ones only votes are added (never changed). A vote is taken
only when one of its sources is not an aggregator copy (AGG)."""
import csv, json, sys
data, res_dir = sys.argv[1], sys.argv[2]
NEW = ["A/RES/ES-11/5", "A/RES/75/192", "A/RES/76/179", "A/RES/78/221", "A/ES-11/L.16/Rev.1", "A/78/L.90", "A/79/L.75"]
MORE = ["A/RES/ES-11/2", "A/RES/ES-11/3"]
AGG = {"unga-s3", "unga-s10", "unga-s13", "unga-s43", "unga-s45"}
TITLE = {"A/ES-11/L.16/Rev.1": "Return of Ukrainian children"}
rd = lambda p: list(csv.DictReader(open(p), delimiter="\t", quoting=csv.QUOTE_NONE))
rows = list(csv.reader(open(f"{data}/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE))
by_url = {r[5]: r[0] for r in rows[1:] if r[5]}
have = {r[0] for r in rows[1:]}
mapping, add = {}, []
for r in list(csv.reader(open(f"{res_dir}/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]:
    r = (r + [""] * 9)[:9]
    if r[5] in by_url:
        mapping[r[0]] = by_url[r[5]]
    else:
        assert r[0] not in have
        assert r[1] in ("official", "treaty_text", "news", "reference"), r
        assert all("\t" not in f and "\n" not in f for f in r)
        mapping[r[0]] = r[0]; by_url[r[5]] = r[0]; add.append(r)
resolutions = json.load(open(f"{data}/resolutions.json"))
existing = {x["symbol"]: x for x in resolutions}
votes = [l.rstrip("\n").split("\t") for l in open(f"{data}/votes.tsv")]
vh, votes = votes[0], votes[1:]
have_votes = {(v[0], v[1]): v[2] for v in votes}
# research votes: per (symbol, country) the vote and its sources
rv = {}
for v in rd(f"{res_dir}/votes.tsv"):
    k = (v["symbol"], v["country"])
    rv.setdefault(k, {}).setdefault(v["vote"], set()).add(v["source_id"])
used = set()
new_votes = {}
for (sym, c), by in rv.items():
    if sym not in NEW + MORE:
        continue
    if len(by) > 1:
        sys.exit(f"conflict {sym} {c} {by}")
    (vote, srcs), = by.items()
    good = srcs - AGG
    if not good:
        continue
    if (sym, c) in have_votes:
        if have_votes[(sym, c)] != vote:
            sys.exit(f"conflict with data: {sym} {c} {vote} vs {have_votes[(sym, c)]}")
        continue
    new_votes.setdefault(sym, []).append((c, vote))
    used |= good
res_meta = {r["symbol"]: r for r in rd(f"{res_dir}/resolutions.tsv")}
for sym in NEW:
    m = res_meta[sym]
    srcs = [mapping[s] for s in m["source_ids"].split(",") if s not in AGG]
    used |= set(s for s in m["source_ids"].split(",") if s not in AGG)
    n = len(new_votes.get(sym, []))
    note = (f"Incomplete: {n} of 193 members are recorded, those a source names with their vote. "
            + m["note"] + " The official UN voting record was not seen.")
    if sym.startswith("A/RES/") is False:
        note = "Recorded under its draft symbol: the adopted resolution's number was not found. " + note
    resolutions.append({
        "symbol": sym, "title": TITLE.get(sym, m["title"]), "date": m["date"],
        "totals": {"yes": int(m["yes"]), "no": int(m["no"]), "abstain": int(m["abstain"]), "not_voting": int(m["not_voting"])},
        "complete": False, "sources": list(dict.fromkeys(srcs)), "note": note})
for sym in MORE:
    x = existing[sym]
    n0 = sum(1 for v in votes if v[0] == sym)
    n = n0 + len(new_votes.get(sym, []))
    m = res_meta[sym]
    extra = [mapping[s] for s in m["source_ids"].split(",") if s not in AGG]
    used |= set(s for s in m["source_ids"].split(",") if s not in AGG)
    x["sources"] = list(dict.fromkeys(x["sources"] + extra))
    x["note"] = x["note"].replace(f"Incomplete: {n0} of 193", f"Incomplete: {n} of 193") + \
        f" {len(new_votes.get(sym, []))} more votes (December 2026 research, notes/research/unga-2026): " + m["note"].replace("Item 4: ", "")
for sym, vs in new_votes.items():
    for c, v in vs:
        votes.append([sym, c, v])
add = [r for r in add if r[0] in used]
json.dump(resolutions, open(f"{data}/resolutions.json", "w"), ensure_ascii=False, indent=2)
open(f"{data}/resolutions.json", "a").write("\n")
with open(f"{data}/votes.tsv", "w") as f:
    f.write("\t".join(vh) + "\n")
    for v in votes:
        f.write("\t".join(v) + "\n")
with open(f"{data}/sources.tsv", "a") as f:
    for r in add:
        f.write("\t".join(r) + "\n")
print({s: len(v) for s, v in new_votes.items()}, len(add), "sources")
