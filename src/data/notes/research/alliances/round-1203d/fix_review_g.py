#!/usr/bin/env python3
"""Apply the fact review of the Vietnam–Laos and UK–Oman records
(REVIEW-g.md) to src/data/treaties.json and src/data/sources.tsv. The added
quotes are the reviewer's excerpts of the pages named."""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from research_lib import edit_sources, ev  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../..")
S = "indochina-etc-s"
NEW = [
    [S + "50", "news", "Voice of Vietnam (english.vov.vn)", "Two milestones in Vietnam-Laos relations", "2007-07", "https://english.vov.vn/en/world/two-milestones-in-vietnam-laos-relations-24861.vov",
     "Thirty years ago today (July 18), the Vietnam-Laos Friendship and Cooperation Treaty was signed, creating a firm political and legal foundation … Over the past three decades, the treaty has made substantial contributions to the process of national construction and development in each country.", "", ""],
    [S + "51", "news", "Oman Observer (Oman News Agency)", "Sultanate, UK hold official talks session", "2020-09-09", "https://www.omanobserver.om/sultanate-uk-hold-official-talks-session/",
     "The two sides touched upon the joint defence agreement and emphasised its importance", "Oman News Agency (ONA)", ""],
]
EXTEND = {
    S + "1": " … was marked in Vientiane yesterday morning. … Lao Party General Secretary and President Bounnhang Vorachith",
    S + "7": " … MET WITH THE LAO IN VIENTIANE JULY 15-18 TO SOLIDIFY",
    S + "26": " … to promote bilateral relations and the strategic partnership between the Sultanate and the United Kingdom in the field of defence",
    S + "4": " … Thongsavanh Phomvihane, Head of the External Relations Committee of the Lao People's Revolutionary Party (LPRP) Central Committee",
}

def fix_sources():
    def edit(r):
        if r[0] in EXTEND:
            r[6] += EXTEND[r[0]]
    edit_sources(DATA, edit, NEW)

def fix_treaties():
    p = f"{DATA}/treaties.json"
    ts = json.load(open(p))
    by = {t["id"]: t for t in ts}
    la = by["la-vn-1977"]
    la["events"] = [
        ev("2007-07-18", "operative", "On the treaty's 30th anniversary Vietnam's state radio writes: 'Thirty years ago today (July 18), the Vietnam-Laos Friendship and Cooperation Treaty was signed, creating a firm political and legal foundation', and 'Over the past three decades, the treaty has made substantial contributions to the process of national construction and development in each country' (VOV; the day from its 'today (July 18)'): the earliest dated evidence from a party's state media found that the treaty is in operation; its entry into force (31 Oct 1977 on a Chinese Wikipedia copy only) was not confirmed", [S + "50"], party="VN"),
        ev("2017-07-18", "statement", "At the 40th anniversary in Vientiane, President Bounnhang Vorachith says that 'over the past 40 years, the treaty has become an important political and legal foundation for the unceasing reinforcement and development of the bilateral relations, serving national construction and defence in each country' (VTV, 19 Jul 2017, 'yesterday morning')", [S + "1"], party="LA"),
        ev("2022-07-11", "statement", "Thongsavanh Phomvihane, head of the External Relations Committee of the Lao People's Revolutionary Party's Central Committee, calls the signing 'an important legal foundation for the two countries to elevate their relations' (VNA/VNS)", [S + "4"], party="LA"),
        ev("2022-07-18", "statement", "The 45th anniversary of the treaty's signing is celebrated in Hanoi (VNA)", [S + "2"]),
    ]
    la["sources"] = [S + "6", S + "7", S + "5", S + "50", S + "1", S + "2", S + "3", S + "10"]
    n = la["note"]
    n = n.replace("(VTV, 2022; the State Department's assessment of 20 Jul 1977)", "(VTV, 2022; the State Department's assessment of 20 Jul 1977: the leaders 'MET WITH THE LAO IN VIENTIANE JULY 15-18')")
    n = n.replace("The provision is the fragment of the second article that The Diplomat quotes", "The provision is the fragment of 'the second clause' (read as Article 2) that The Diplomat quotes")
    n = n.replace("Read in operation from the Lao President's words of July 2017 (an `operative` event), so the tie of 1977–2017 is not shown, a gap the notes record; no end was found and both sides still call it a legal foundation, so it binds them to this day",
                  "Read in operation from Vietnam's state radio on its 30th anniversary, 18 Jul 2007 (an `operative` event), so the tie of 1977–2007 is not shown, a gap the notes record; no end was found, and Vietnam's state media (2007) and Lao leaders (2017, 2022) call it a legal foundation, so it binds them to this day")
    assert "18 Jul 2007" in n and "read as Article 2" in n and "JULY 15-18" in n, n
    la["note"] = n
    om = by["gb-om-2019"]
    om["events"][0]["note"] = om["events"][0]["note"].replace("signed in London, opens 'Noting", "signed in London, notes in its preamble: 'Noting")
    assert "in its preamble" in om["events"][0]["note"]
    om["events"].append(ev("2020-09-09", "statement", "Official talks in Muscat: 'The two sides touched upon the joint defence agreement and emphasised its importance' (ONA via Oman Observer)", [S + "51"], party="OM"))
    om["sources"] = om["sources"] + [S + "51"]
    n = om["note"]
    n = n.replace("Before it the United Kingdom had 'no legally binding defence co-operation agreements with countries in the middle east' (a Hansard written answer).",
                  "An earlier, undated Hansard written answer says the United Kingdom had 'no legally binding defence co-operation agreements with countries in the middle east'.")
    n = n.replace("A report of 2 Nov 2018 that the agreement was signed then is contradicted", "A report of 3 Nov 2018 (Al Bawaba, citing ONA) that it was signed 'on Friday', 2 Nov, is contradicted")
    n = n.replace("so it is recorded as a partnership, not a defence pact.", "so it is recorded as a partnership, not a defence pact, as Oman's minister called it: 'the strategic partnership between the Sultanate and the United Kingdom in the field of defence'.")
    assert "undated Hansard" in n and "3 Nov 2018" in n and "field of defence" in n, n
    om["note"] = n
    json.dump(ts, open(p, "w"), ensure_ascii=False, indent=2)
    open(p, "a").write("\n")

fix_sources()
fix_treaties()
print("applied")
