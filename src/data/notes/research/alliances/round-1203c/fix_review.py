#!/usr/bin/env python3
"""Round 1203c: the mends of the fact review (research/review-1203c, kept in
NOTES.md), applied to src/data in place. Run once from the repository root."""
import csv, json

D = "src/data"
T = json.load(open(f"{D}/treaties.json"))
by = {t["id"]: t for t in T}

# Sources: the Bulletin's full excerpt for the Djibouti protocol (france-s6 is
# the same page; the merge kept its shorter quote), and The Press (1984).
rows = list(csv.reader(open(f"{D}/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE))
research = {r[0]: r for r in csv.reader(open(f"{D}/notes/research/alliances/fr-africa-old/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE)}
research.update({r[0]: r for r in csv.reader(open(f"{D}/notes/research/alliances/rss-auid/sources.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE)})
for r in rows:
    if r[0] == "france-s6":
        r[6] = research["fr-africa-old-s26"][6]
have = {r[0] for r in rows}
if "rss-auid-s5" not in have:
    rows.append((research["rss-auid-s5"] + [""] * 9)[:9])
with open(f"{D}/sources.tsv", "w", newline="") as f:
    w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar=None)
    for r in rows:
        f.write("\t".join(r) + "\n")

dj = by["dj-fr-1977"]
dj["provisions"][0]["text"] = ("A la demande du gouvernement de la République de Djibouti, dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies, et en cas d'agression par une armée étrangère, le gouvernement de la République française apportera à la République de Djibouti, dans les conditions à fixer d'un commun accord, la participation des forces armées françaises stationnées sur le territoire de celui-ci.")
alt = dj.pop("alternatives")[0]
dj["end_alternatives"] = [{"says": "abrogated on 14 May 2014 by decree No. 2014-484, which publishes the 2011 treaty (the Bulletin officiel des armées); the record ends it on 1 May 2014, the day the treaty that replaces it entered into force", "date": "2014-05-14", "sources": alt["sources"]}]

km = by["fr-km-1978"]
km["events"][-1]["sources"] = km["events"][-1]["sources"] + ["france-s47"]
km["events"][-1]["note"] = "Decree No. 2013-432 publishes the 2010 partnership (fr-km-2010), which ends the 1978 agreement's clause of 'un engagement quasi automatique de la France en cas d'agression' (the Senate's report No. 359 on it); the 2010 partnership's entry into force was not found, so this record ends the 1978 agreement on the day the crate starts its successor"
km["sources"].append("france-s47")
km["note"] = km["note"].replace("an assistance against external aggression that the 2010 treaty's negotiators called quasi-automatic", "an assistance against external aggression that the Senate's rapporteur on the 2010 partnership called 'un engagement quasi automatique'")

sn = by["fr-sn-1974"]
for p in sn["parties"]:
    p["period"]["end"] = "2014-10"
e = sn["events"][-1]
e["date"] = "2014-10"
e["note"] = "UNCONFIRMED: Art. 20 of the military cooperation treaty of 18 Apr 2012 'abroge et remplace' the 1974 agreement on its own entry into force; that entry into force rests on a Senegalese news site citing Dakartimes, whose sentence ('le 10 octobre 2014, après la signature du décret n°2014-1152 du 27 octobre 2014 portant publication du traité') names no verb and puts 10 Oct after a decree of 27 Oct, so only the month is kept"
sn["note"] = ("Signed in Paris on 29 Mar 1974; it abrogates the accords particuliers of 22 Jun 1960 (not recorded). The article number is the French Senate's (report No. 221, 2013-2014). The 2012 treaty that replaced it is not recorded: its entry into force rests on the same news item (research/alliances/france, fr-africa-old).")

tg = by["fr-tg-1963"]
tg["events"][0]["note"] = "After the attack on Lomé of September 1986, Eyadema calls Mitterrand and, 'en vertu d'un accord de défense', obtains two hundred French paratroopers and Jaguar aircraft (Encyclopædia Universalis); a Togolese portal speaks of 'l'intervention de l'armée française en vertu des accords de défense liant le Togo à la France'"
tg["events"][1] = {"date": "2009-03-13", "kind": "statement", "note": "The French ambassador and Togo's foreign minister sign at Lomé the new agreement instituting a defence partnership, 'le premier des textes destinés à remplacer les anciens' (the French foreign ministry's communiqué of 16 Mar 2009); Togo's deputies later adopt the law on it, which 'remplace celle du 10 juillet 1963' (republicoftogo.com, undated)", "sources": ["fr-africa-old-s19", "fr-africa-old-s18"]}

ga = by["fr-ga-1960"]
ga["events"][-1]["note"] = ga["events"][-1]["note"].replace("rests on a master's thesis citing the Assemblée nationale's report No. 3290", "rests on a master's thesis")

rss = by["rss-1982"]
rss["events"] = [
    {"date": "1983-10-25", "kind": "statement", "note": "Forces of the Regional Security System's members land in Grenada with the United States and Jamaica (Caribbean National Weekly, a retrospective; The Guardian of 26 Oct 1983 names '300 troops from six Caribbean countries', not the RSS). Whether the MoU or another instrument grounded their part is not stated, so this is not read as evidence of its operation", "sources": ["rss-auid-s7", "rss-auid-s8"]},
    {"date": "1985-01", "kind": "joined", "party": "GD", "note": "Grenada joins in January 1985 (the Barbados Advocate; the St Kitts and Nevis Prime Minister's press secretary)", "sources": ["rss-auid-s2", "rss-auid-s3"]},
    {"date": "1994-11-12", "kind": "operative", "note": "'Barbados-based Regional Security Forces' arrive in St Kitts to guard the prison and public buildings after a riot (AP, 13 Nov 1994: 'arrived Saturday'): the earliest dated report found of the System's forces deployed in a member state, read as the first evidence of the arrangement's operation", "sources": ["rss-auid-s4"]},
    {"date": "1996-03-05", "kind": "statement", "note": "The Treaty Establishing the Regional Security System is signed at St George's, Grenada; 'The MOU was upgraded to a treaty in 1996' (Barbados Defence Force). The Treaty's entry into force was not found, so this record runs on as the System's instrument", "sources": ["rss-auid-s2", "rss-auid-s1", "rss-auid-s9"]},
]
rss["alternatives"] = [{"says": "The Press (Christchurch, 7 Mar 1984) dates the signing November 1982: 'In November, 1982, Barbados and four of its neighbours signed a security pact'", "date": "1982-11", "sources": ["rss-auid-s5"]}]
rss["note"] = ("Signed on 29 Oct 1982 by Antigua and Barbuda, Dominica, St Lucia and St Vincent and the Grenadines with Barbados 'to provide mutual assistance on request' (the Barbados Advocate; the Barbados Defence Force's release of 30 Oct 2020 and the St Kitts and Nevis PM's press secretary say the same; the MoU's text was not read, so no article is recorded and the kind rests on these official descriptions). Its entry into force was not found: the record reads it in operation from the first dated deployment of the System's forces found, in St Kitts on 12 Nov 1994; the Grenada landing of 1983 is an event, not that evidence. St Kitts and Nevis joined after its independence of September 1983 ('1983', CMC; 'by 1985', the BDF): no day or month was found, so it is not recorded as a party. The MoU was revised in 1992. The 1996 Treaty is not recorded as a treaty: its entry into force was not found (research/alliances/rss-auid, with what was found of Guyana's later accession).")

au = by["au-id-2006"]
au["note"] = ("Signed at Mataram, Lombok, on 13 Nov 2006; in force 7 Feb 2008 ([2008] ATS 3, read on a copy of the Australian Treaty Series text; the exchange in Perth that day is in the Australian foreign minister's transcripts). A framework for security cooperation with no assistance clause, so a partnership, not a defence pact; its consultation article and term were not read, and Art. 2(2) is as an ABC opinion column quotes it (the treaty text's own wording of it was not read). The 1995 Agreement on Maintaining Security, the Defence Cooperation Agreement of 2024 and the Treaty of Jakarta of 2026 are not recorded: no official source for their entry into force was found (research/alliances/rss-auid).")

open(f"{D}/treaties.json", "w").write(json.dumps(T, ensure_ascii=False, indent=2) + "\n")

# Coverage rules.
C = json.load(open(f"{D}/coverage.json"))
L = C if isinstance(C, list) else C["scopes"]
for c in L:
    r = c.get("rule", "")
    if r.startswith("France's defence agreements of 1960-1978"):
        r = r.replace("to Sep 2011, an end resting on one copied reading)", "to Sep 2011, the 2009 partnership's entry into force as one copied periodical gives it, unconfirmed)")
        r = r.replace("to 10 Oct 2014, a day resting on a news report)", "to October 2014, the 2012 treaty's entry into force as one news report gives it, unconfirmed)")
        r = r.replace("the partnerships with Senegal (2012) and Togo (2009), and Djibouti's 2024 treaty, are not recorded: neither their entry into force nor evidence of their operation was found",
                      "the partnerships with Senegal (2012) and Togo (2009) are not recorded, their entry into force resting only on those readings, and Djibouti's 2024 treaty is not recorded: neither its entry into force nor evidence of its operation was found")
        c["rule"] = r
    if r.startswith("the Regional Security System's Memorandum"):
        c["from"] = "1994-11-12"
        c["rule"] = ("the Regional Security System's Memorandum of Understanding (1982) among its five signatories and Grenada (from January 1985), from its first dated evidence of operation (the deployment in St Kitts of 12 Nov 1994), its entry into force not found; St Kitts and Nevis (a member by 1985: '1983' in one report, 'by 1985' in another, no day or month found) and the 1996 Treaty that upgraded the MoU (its entry into force not found) are not recorded (research/alliances/rss-auid)")
    if r.startswith("Australia's security treaties with Indonesia"):
        c["rule"] = r.replace("(research/alliances/", "(research/alliances/rss-auid, ", 1) if "rss-auid" not in r else r
open(f"{D}/coverage.json", "w").write(json.dumps(C, ensure_ascii=False, indent=2) + "\n")

# Readings.
lines = open(f"{D}/readings.tsv").read().split("\n")
fix = {
    "ml-ecowas-1": "AFP (via TRT World) says the ECOWAS sanctions on Mali, which came with the suspension, were imposed on 20 Aug 2020",
    "ne-au-4": "AP reports that the AU suspended Niger on Tuesday 22 Aug 2023; the resolutions made public that day had been adopted at the Peace and Security Council's meeting of 14 Aug (Reuters)",
}
for i, l in enumerate(lines):
    f = l.split("\t")
    if f[0] in fix:
        f[1] = fix[f[0]]
        if f[0] == "ne-au-4":
            f[3] = "au-s47,au-s46"
    elif f[0].endswith("-gcc-1") and "(the day of the foreign ministers' meeting in Riyadh) " in f[1]:
        f[1] = f[1].replace("(the day of the foreign ministers' meeting in Riyadh) ", "")
    lines[i] = "\t".join(f)
open(f"{D}/readings.tsv", "w").write("\n".join(lines))
print("done")
