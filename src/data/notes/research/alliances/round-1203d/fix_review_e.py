#!/usr/bin/env python3
"""Apply the fact review of the Soviet–African batch (REVIEW-e.md) to
src/data/treaties.json and src/data/sources.tsv. Each added quote was read
on the page the source row names (the search excerpts of 3 Dec 2026)."""
import csv, json, os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../..")
S = "soviet-africa-s"

def fix_sources():
    p = f"{DATA}/sources.tsv"
    rows = list(csv.reader(open(p), delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        if r[0] == S + "23":
            r[6] += " … ARTICLE I -- BOTH PLEDGE LASTING PEACE AND FRIENDSHIP BETWEEN TWO COUNTRIES AND RESOLVE TO EMPLOY ALL POSSIBLE MEANS TO DEFEND AND EXPAND SOCIAL AND ECONOMIC VICTORIES OF THEIR PEOPLES."
        if r[0] == S + "4":
            r[6] = "La Unión Soviética y Cuba han decidido ayudar a Angola para que \"refuerce su capacidad defensiva\", a raíz de un acuerdo suscrito en el curso de las negociaciones cubano- soviético-angoleñas que se celebraron en Moscú, según comunicó ayer la agencia Tass. … " + r[6]
    with open(p, "w") as f:
        f.writelines("\t".join(r) + "\n" for r in rows)

def fix_treaties():
    p = f"{DATA}/treaties.json"
    ts = json.load(open(p))
    by = {t["id"]: t for t in ts}
    so = by["so-su-1974"]
    op = so["events"][0]
    assert op["kind"] == "operative"
    op["party"] = "SO"
    op["note"] = ("The official daily October Star publishes the treaty's text (US Embassy Mogadishu, 30 Oct 1974), which Soviet sources had said in July would be published \"AFTER RATIFICATION\" (the Embassy on the joint communiqué of 12 Jul 1974): indirect evidence, the best found, that the treaty was in operation; no act under it by either party, nor its ratification or entry into force, was found")
    so["events"][0] = {k: op[k] for k in ["date", "kind", "party", "note", "sources"]}
    so["provisions"] = [{
        "obligation": "consultation",
        "text": "THIS PROVISION, WITH ITS REFERENCE TO THE GOAL OF REACHING AGREEMENT ON THE POSITIONS OF THE TWO COUNTRIES IN SUCH SITUATIONS, SEEM A BIT WATERED DOWN IN COMPARISON WITH SIMILAR CLAUSE IN SOVIET-SOMALI TREATY.",
        "sources": [S + "1"],
    }]
    so["sources"] = [S + "22", S + "23", S + "24", S + "25", S + "26", S + "1"]
    so["note"] = ("Signed in Mogadishu on 11 Jul 1974 during Podgorny's visit (US Embassy Mogadishu, cables of 13 Jul and 30 Oct 1974). The treaty's own consultation article was not read: the Mogadishu Embassy's résumé of the published text, as far as it was read, gives the preamble and Art. I ('BOTH PLEDGE LASTING PEACE AND FRIENDSHIP BETWEEN TWO COUNTRIES'); the provision is the US Embassy Moscow's comparison (1976) of Angola's consultation clause with a 'SIMILAR CLAUSE IN SOVIET-SOMALI TREATY', not treaty text, and its article number was not seen. A 20-year term appears only on a Wikipedia copy, so the term stays unknown. Read in operation from the publication of 29 Oct 1974 (an `operative` event, indirect evidence); it ends for both parties with Somalia's abrogation of 13 Nov 1977 (research/alliances/soviet-africa).")
    ao = by["ao-su-1976"]
    ao["note"] = ao["note"].replace(" in Moscow during Neto's visit; the Soviet central press", "; the Soviet central press")
    ao["note"] = ao["note"].replace("the High Contracting Parties shall immediately contact", "the High Con- tracting Parties shall immediately contact")
    st = ao["events"][1]
    assert st["date"] == "1984-01-12"
    ao["events"][1] = {"date": "1984-01-12", "kind": "statement",
        "note": "TASS reports that the Soviet Union and Cuba have decided to help Angola 'refuerce su capacidad defensiva' after Cuban–Soviet–Angolan talks in Moscow (El País, 13 Jan 1984, 'según comunicó ayer la agencia Tass'); El País adds, in its own words, that 'Angola está ligada desde octubre de 1976 a la URSS por un tratado de amistad y cooperación'",
        "sources": [S + "4"]}
    mz = by["mz-su-1977"]
    mz["events"][0]["note"] = ("The Soviet ambassador, Valentin Vdovin, says at a press conference in Maputo, two days after two Soviet warships arrived on Thursday (19 Feb, by El País of 26 Feb 1981, 'el pasado jueves'), that Soviet ships visit 'en el marco del tratado de amistad y cooperación': the earliest dated invocation found by a party; the entry into force was not found")
    json.dump(ts, open(p, "w"), ensure_ascii=False, indent=2)
    open(p, "a").write("\n")

fix_sources()
fix_treaties()
print("applied")
