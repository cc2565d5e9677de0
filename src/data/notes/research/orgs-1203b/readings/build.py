#!/usr/bin/env python3
"""Build readings-add.tsv and attach.tsv for the organisations rounds (orgs-1203, orgs-1203b).

usage: python3 build.py [DATA_DIR]   (default /work/main/src/data; read only)

Every reading below comes from a row's note or a research NOTES.md (see NOTES.md here).
The script checks, and refuses to write if any check fails:
  - each attached line of memberships.tsv has the expected country, union, role and the
    expected value at the boundary the reading is about (start or end);
  - each source id exists in sources.tsv and its quote contains the text that supports
    the reading's date (a literal substring, or a parsed table cell for the lists of
    coe-s1, oas-arab-s1 and nam-g20-cw-s12, compared with the day the row's note gives);
  - ids are new (not in readings.tsv) and unique, dates are ISO at their precision,
    no field holds a tab or a line break.
"""
import csv
import os
import re
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/main/src/data"
OUT = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def read_tsv(path):
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


MEM = read_tsv(f"{DATA}/memberships.tsv")  # MEM[0] is line 1 (header)
SRC = {r[0]: r for r in read_tsv(f"{DATA}/sources.tsv")[1:] if r}
OLD_READINGS = {r[0] for r in read_tsv(f"{DATA}/readings.tsv")[1:] if r}


def line(n):
    r = MEM[n - 1]
    return dict(zip(MEM[0], r + [""] * (len(MEM[0]) - len(r))))


def human(d):
    p = d.split("-")
    if len(p) == 1:
        return p[0]
    if len(p) == 2:
        return f"{MONTHS[int(p[1]) - 1]} {p[0]}"
    return f"{int(p[2])} {MONTHS[int(p[1]) - 1]} {p[0]}"


READINGS = []  # dicts: id, says, date, sources, attach [(line, country, union, role, boundary, value)], checks {src: [substr]}
problems = []


def add(rid, says, date, sources, attach, checks=None):
    READINGS.append(dict(id=rid, says=says, date=date, sources=sources, attach=attach,
                         checks=checks or {}))


def find_lines(country, union, role=None, start=None):
    out = []
    for n in range(2, len(MEM) + 1):
        r = line(n)
        if r["country"] == country and r["union"] == union and (role is None or r["role"] == role) \
                and (start is None or r["start"] == start):
            out.append(n)
    return out


def one(country, union, role, start):
    ls = find_lines(country, union, role, start)
    if len(ls) != 1:
        problems.append(f"{country} {union} {role} {start}: {len(ls)} lines")
        return 0
    return ls[0]


# ---------------------------------------------------------------- Council of Europe
FOUNDERS_COE = "BE DK FR IE IT LU NL NO SE GB".split()
for cc in FOUNDERS_COE:
    n = one(cc, "CoE", "member", "1949-05-05")
    add(f"{cc.lower()}-coe-1",
        "the Council of Europe Office in Sarajevo's list of member states by accession date gives "
        "the founders' date as 10.05.1949, very likely a typo for 5 May 1949",
        "1949-05-10", ["coe-s2"], [(n, "start", "1949-05-05")], {"coe-s2": ["10.05.1949"]})
    add(f"{cc.lower()}-coe-2",
        "the Statute of the Council of Europe, signed on 5 May 1949, entered into force on 3 Aug 1949 (CVCE)",
        "1949-08-03", ["coe-s4"], [(n, "start", "1949-05-05")], {"coe-s4": ["enters into force on 3 August 1949"]})

add("tr-coe-1",
    "HREA's copy of the Council of Europe's member list gives 13.4.1950, probably the deposit of the "
    "instrument of ratification",
    "1950-04-13", ["coe-s1"], [(one("TR", "CoE", "member", "1949-08-09"), "start", "1949-08-09")],
    {"coe-s1": ["Turkey (13.4.1950)"]})
add("is-coe-1", "HREA's copy of the Council of Europe's member list gives 9.3.1950",
    "1950-03-09", ["coe-s1"], [(one("IS", "CoE", "member", "1950-03-07"), "start", "1950-03-07")],
    {"coe-s1": ["Iceland (9.3.1950)"]})
add("de-coe-1",
    "deutschland.de (dpa) says the Federal Republic joined on 13 Jul 1950 initially as an associate "
    "member and has been a full member since 2 May 1951",
    "1951-05-02", ["coe-s31"], [(one("DE", "CoE", "member", "1950-07-13"), "start", "1950-07-13")],
    {"coe-s31": ["full member of the Council of Europe since 2 May 1951"]})

COE_NAMES = {"AT": "Austria", "CY": "Cyprus", "CH": "Switzerland", "MT": "Malta", "PT": "Portugal",
             "ES": "Spain", "LI": "Liechtenstein", "SM": "San Marino", "FI": "Finland", "PL": "Poland",
             "BG": "Bulgaria", "EE": "Estonia", "LT": "Lithuania", "SI": "Slovenia", "RO": "Romania",
             "LV": "Latvia", "MK": "Macedonia", "AD": "Andorra"}


def coe_s1_day(cc):
    q = SRC["coe-s1"][6]
    m = re.search(re.escape(COE_NAMES[cc]) + r"[^()]*\((\d{1,2})\.(\d{1,2})\.(\d{4})\)", q)
    if not m:
        return None
    d, mo, y = (int(x) for x in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}"


for cc in "AT CY CH MT PT ES LI SM FI PL BG EE LT SI RO LV MK".split():
    ls = [n for n in find_lines(cc, "CoE", "member") if len(line(n)["start"]) == 4]
    if len(ls) != 1:
        problems.append(f"{cc} CoE year row: {ls}")
        continue
    n = ls[0]
    r = line(n)
    m = re.search(r"the day, (\d{1,2})\.(\d{1,2})\.(\d{4}),", r["note"])
    note_day = f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None
    q_day = coe_s1_day(cc)
    if not note_day or note_day != q_day or note_day[:4] != r["start"]:
        problems.append(f"{cc} CoE: note day {note_day}, coe-s1 {q_day}, row {r['start']}")
        continue
    add(f"{cc.lower()}-coe-1",
        f"HREA's copy of the Council of Europe's member list gives the day, {human(note_day)}; the row keeps "
        f"the year because that copy misdates other accessions",
        note_day, ["coe-s1"], [(n, "start", r["start"])])

n = one("AD", "CoE", "member", "1994")
if coe_s1_day("AD") != "1994-10-10":
    problems.append("AD coe-s1")
add("ad-coe-1", "HREA's copy of the Council of Europe's member list gives 10.10.1994",
    "1994-10-10", ["coe-s1"], [(n, "start", "1994")], {"coe-s1": ["Andorra (10.10.1994)"]})
add("cs-coe-1",
    "PACE Doc. 6885 (29 Jun 1993) says the Czech and Slovak Federal Republic was a member from 21 Jan 1991, "
    "likely a slip for 21 Feb 1991",
    "1991-01-21", ["coe-s27"], [(one("CS", "CoE", "member", "1991-02-21"), "start", "1991-02-21")],
    {"coe-s27": ["from 21 January 1991"]})
add("az-coe-1",
    "the Heydar Aliyev Heritage Research Center says Azerbaijan became a full member on 17 Jan 2001, "
    "with the official ceremony on 25 Jan",
    "2001-01-17", ["coe-s46"], [(one("AZ", "CoE", "member", "2001-01-25"), "start", "2001-01-25")],
    {"coe-s46": ["On January 17, 2001 the Republic of Azerbaijan became a full member"]})
add("us-coe-1",
    "HREA's copy of the Council of Europe's list gives 10.01.1996 for the United States' observer status, "
    "perhaps the day it took effect after the Parliamentary Assembly's opinion",
    "1996-01-10", ["coe-s1"], [(one("US", "CoE", "observer", "1995-12-07"), "start", "1995-12-07")],
    {"coe-s1": ["United States of America (10.01.1996)"]})
add("ca-coe-1", "HREA's copy of the Council of Europe's list gives 29.05.1996 for Canada's observer status",
    "1996-05-29", ["coe-s1"], [(one("CA", "CoE", "observer", "1996-04-03"), "start", "1996-04-03")],
    {"coe-s1": ["Canada (29.05.1996)"]})

# ---------------------------------------------------------------- OSCE
OSCE_NAMES = {"AT": "Austria", "BE": "Belgium", "BG": "Bulgaria", "CA": "Canada", "CY": "Cyprus",
              "DK": "Denmark", "FI": "Finland", "FR": "France", "GR": "Greece", "HU": "Hungary",
              "IS": "Iceland", "IE": "Ireland", "IT": "Italy", "LI": "Liechtenstein", "LU": "Luxembourg",
              "MT": "Malta", "MC": "Monaco", "NL": "Netherlands", "NO": "Norway", "PL": "Poland",
              "PT": "Portugal", "RO": "Romania", "SM": "San Marino", "ES": "Spain", "SE": "Sweden",
              "CH": "Switzerland", "TR": "Turkey", "GB": "United Kingdom", "US": "United States of America",
              "VA": "the Holy See", "DE": "the Federal Republic of Germany", "DD": "the German Democratic Republic",
              "CS": "Czechoslovakia", "SU": "the Union of Soviet Socialist Republics", "YU": "Yugoslavia"}
for cc, name in OSCE_NAMES.items():
    n = one(cc, "OSCE", "member", "1973-07-03")
    add(f"{cc.lower()}-osce-1",
        "signed the Helsinki Final Act on 1 Aug 1975, when the Conference concluded (text of the Final Act; OSCE)",
        "1975-08-01", ["osce-s1", "osce-s3"], [(n, "start", "1973-07-03")],
        {"osce-s1": ["concluded at Helsinki on 1 August 1975", name], "osce-s3": ["1 August 1975"]})
add("rs-osce-1",
    "the OSCE's timeline says the Federal Republic of Yugoslavia joined on 10 Sep 2000, evidently a slip "
    "for 10 Nov 2000",
    "2000-09-10", ["osce-s4"], [(one("RS", "OSCE", "member", "2000-11-10"), "start", "2000-11-10")],
    {"osce-s4": ["which joined on 10 September 2000"]})
add("me-osce-1",
    "Montenegro took its seat at the Permanent Council as the 56th participating State on 22 Jun 2006 "
    "(OSCE press release; Bloed)",
    "2006-06-22", ["osce-s16", "osce-s18"], [(one("ME", "OSCE", "member", "2006-06-21"), "start", "2006-06-21")],
    {"osce-s16": ["VIENNA, 22 June 2006", "today became the 56th State to take its seat"],
     "osce-s18": ["on 22 June, the new State was allowed to enter the OSCE"]})

# ---------------------------------------------------------------- OAS
OAS_NAMES = {"AR": "Argentina", "BO": "Bolivia", "BR": "Brazil", "CL": "Chile", "CO": "Colombia",
             "CR": "Costa Rica", "CU": "Cuba", "DO": "Dominican Republic", "EC": "Ecuador",
             "SV": "El Salvador", "GT": "Guatemala", "HT": "Haiti", "HN": "Honduras", "MX": "Mexico",
             "NI": "Nicaragua", "PA": "Panama", "PY": "Paraguay", "PE": "Peru"}
q41 = SRC["oas-arab-s1"][6]
for cc, name in OAS_NAMES.items():
    n = one(cc, "OAS", "member", "1948-04-30")
    m = re.search(r"Deposit: (\d{4}-\d\d-\d\d)\.", line(n)["note"])
    t = re.search(r"\| " + re.escape(name) + r" \| 04/30/48 \| (\d\d)/(\d\d)/(\d\d) \| (\d\d)/(\d\d)/(\d\d) RA", q41)
    if not m or not t:
        problems.append(f"{cc} OAS: deposit in note {m and m.group(1)}, in A-41 {t and t.groups()}")
        continue
    dep = m.group(1)
    qdep = f"19{t.group(6)}-{t.group(4)}-{t.group(5)}"
    if dep != qdep:
        problems.append(f"{cc} OAS: note {dep} vs A-41 {qdep}")
        continue
    if dep < "1951-12-13":
        tail = ", before the Charter entered into force on 13 Dec 1951"
    elif dep == "1951-12-13":
        tail = ", the day the Charter entered into force"
    else:
        tail = ", after the Charter entered into force on 13 Dec 1951"
    add(f"{cc.lower()}-oas-1",
        f"the OAS table of signatures and ratifications of the Charter (A-41) gives the deposit of its "
        f"instrument of ratification on {human(dep)}{tail}",
        dep, ["oas-arab-s1"], [(n, "start", "1948-04-30")])
n = one("US", "OAS", "member", "1948-04-30")
add("us-oas-1", "President Truman ratified the Charter, subject to the Senate's reservation, on 15 Jun 1951 (FRUS)",
    "1951-06-15", ["oas-arab-s15"], [(n, "start", "1948-04-30")],
    {"oas-arab-s15": ["ratified the Charter, subject to the reservation, on June 15, 1951"]})
add("us-oas-2", "the Charter entered into force for the United States on 13 Dec 1951 (FRUS)",
    "1951-12-13", ["oas-arab-s15"], [(n, "start", "1948-04-30")],
    {"oas-arab-s15": ["entered into force for the United States on December 13, 1951"]})

# ---------------------------------------------------------------- Arab League
AL = "Arab League"
add("eg-arab-league-1",
    "CNN's Arab League Fast Facts put the suspension of Egypt's membership under 26 Mar 1979, the day Egypt "
    "signed its peace treaty with Israel",
    "1979-03-26", ["oas-arab-s19"],
    [(one("EG", AL, "member", "1945-03-22"), "end", "1979-03"), (one("EG", AL, "suspended", "1979-03"), "start", "1979-03")],
    {"oas-arab-s19": ["March 26, 1979", "The league suspends Egypt's membership"]})
add("eg-arab-league-2",
    "the Christian Science Monitor of 23 May 1989 says Egypt 'makes its grand return to the Arab League today' "
    "at the Casablanca summit, after its readmission by the foreign ministers on the Sunday",
    "1989-05-23", ["oas-arab-s31"],
    [(one("EG", AL, "suspended", "1979-03"), "end", "1989-05-21"), (one("EG", AL, "member", "1989-05-21"), "start", "1989-05-21")],
    {"oas-arab-s31": ["makes its grand return to the Arab League today at a summit in Casablanca"]})
add("ye-arab-league-1",
    "Al Jazeera Net and CNN count Yemen among the seven founding members of 22 Mar 1945",
    "1945-03-22", ["oas-arab-s18", "oas-arab-s19"], [(one("YE", AL, "member", "1945-05-05"), "start", "1945-05-05")],
    {"oas-arab-s18": ["22/3/1945", "واليمن"], "oas-arab-s19": ["March 22, 1945", "Yemen (Sanaa)"]})
add("ae-arab-league-1",
    "Gibler's International Military Alliances, 1648-2008 gives 12 Jun 1972, apparently a day/month mix-up",
    "1972-06-12", ["oas-arab-s17"], [(one("AE", AL, "member", "1971-12"), "start", "1971-12")],
    {"oas-arab-s17": ["United Arab Emirates [UAE] (June 12, 1972)"]})
add("dj-arab-league-1",
    "Gibler's International Military Alliances, 1648-2008 gives 9 Apr 1977, apparently a day/month swap "
    "(Djibouti became independent only in June 1977)",
    "1977-04-09", ["oas-arab-s17"], [(one("DJ", AL, "member", "1977-09-04"), "start", "1977-09-04")],
    {"oas-arab-s17": ["Djibouti (April 9, 1977)"]})
n = one("PS", AL, "member", "1976-09")
add("ps-arab-league-1",
    "Palestine Future Network says the Arab foreign ministers' conference in Cairo admitted the PLO as a "
    "full member on 6-9-1976",
    "1976-09-06", ["oas-arab-s25"], [(n, "start", "1976-09")], {"oas-arab-s25": ["6-9-1976"]})
add("ps-arab-league-2", "Gibler's International Military Alliances, 1648-2008 gives 9 Sep 1976",
    "1976-09-09", ["oas-arab-s17"], [(n, "start", "1976-09")], {"oas-arab-s17": ["Palestine (September 9, 1976)"]})
add("ly-arab-league-1",
    "KUNA reports that the League Council's emergency ministerial session on Libya's resumption of its "
    "membership concluded early on Sunday 28 Aug 2011",
    "2011-08-28", ["oas-arab-s40"],
    [(one("LY", AL, "suspended", "2011-02-22"), "end", "2011-08-27"), (one("LY", AL, "member", "2011-08-27"), "start", "2011-08-27")],
    {"oas-arab-s40": ["CAIRO, Aug 28 (KUNA)", "concluded early Sunday"]})

# ---------------------------------------------------------------- ASEAN, GCC, AUKUS
add("bn-asean-1",
    "the ASEAN-Japan Centre's outline of ASEAN and a 2009 Philippine Information Agency text (blog copy) "
    "give 8 Jan 1984",
    "1984-01-08", ["asean-gcc-s2", "asean-gcc-s17"], [(one("BN", "ASEAN", "member", "1984-01-07"), "start", "1984-01-07")],
    {"asean-gcc-s2": ["Brunei Darussalam (January 8, 1984)"], "asean-gcc-s17": ["Brunei Darussalam joined on 8 January 1984"]})
for cc in "AE BH KW OM QA SA".split():
    add(f"{cc.lower()}-gcc-1",
        "the FATF says the GCC was established on 4 Feb 1981 (the day of the foreign ministers' meeting in Riyadh) "
        "and held its first summit on 25 May 1981",
        "1981-02-04", ["asean-gcc-s23"], [(one(cc, "GCC", "member", "1981-05-25"), "start", "1981-05-25")],
        {"asean-gcc-s23": ["established on 4 February 1981"]})
for cc in "AU GB US".split():
    add(f"{cc.lower()}-aukus-1",
        "the Australian Parliament's Joint Standing Committee on Treaties dates the announcement of AUKUS "
        "16 Sep 2021, the Australian calendar date",
        "2021-09-16", ["asean-gcc-s42"], [(one(cc, "AUKUS", "member", "2021-09-15"), "start", "2021-09-15")],
        {"asean-gcc-s42": ["announced jointly by Australia, the UK and US on 16 September 2021"]})

# ---------------------------------------------------------------- AU
add("ma-au-1", "AFP reports that the AU summit agreed on Monday 30 Jan 2017 to readmit Morocco (the Assembly's decision)",
    "2017-01-30", ["au-s8"], [(one("MA", "AU", "member", "2017-01-31"), "start", "2017-01-31")],
    {"au-s8": ["on Monday agreed to readmit Morocco"]})
n = one("SS", "AU", "member", "2011-07-26")
add("ss-au-1",
    "Reuters reports that the AU said late on Wednesday 27 Jul 2011 it had received the majority of votes "
    "needed to admit South Sudan",
    "2011-07-27", ["au-s7"], [(n, "start", "2011-07-26")], {"au-s7": ["late on Wednesday it had received"]})
add("ss-au-2",
    "Xinhua reports that the AU formally admitted South Sudan as its 54th member state at a ceremony in "
    "Addis Ababa on 15 Aug 2011",
    "2011-08-15", ["au-s6"], [(n, "start", "2011-07-26")],
    {"au-s6": ["Aug. 15 (Xinhua)", "on Monday formally admitted South Sudan"]})
add("bf-au-1",
    "AFP dates the Peace and Security Council's communiqué lifting the suspension 29 Sep 2015, the day it "
    "was published, after a meeting held on the Saturday in New York",
    "2015-09-29", ["au-s37"],
    [(one("BF", "AU", "suspended", "2015-09-18"), "end", "2015-09-26"), (one("BF", "AU", "member", "2015-09-26"), "start", "2015-09-26")],
    {"au-s37": ["Publié le mardi 29 septembre 2015", "communiqué officiel publié mardi"]})
add("mr-au-1",
    "Reuters reports that the Peace and Security Council decided to lift Mauritania's suspension at a meeting "
    "on Monday 29 Jun 2009",
    "2009-06-29", ["au-s14"],
    [(one("MR", "AU", "suspended", "2008-08-09"), "end", "2009-06"), (one("MR", "AU", "member", "2009-06"), "start", "2009-06")],
    {"au-s14": ["taken at a meeting on Monday", "said in a statement on Wednesday"]})
ne_m1 = one("NE", "AU", "member", "2001-05-26")
ne_s1 = one("NE", "AU", "suspended", "2010-02")
ne_m2 = one("NE", "AU", "member", "2011-03")
ne_s2 = one("NE", "AU", "suspended", "2023-08-14")
add("ne-au-1", "a blog copy of a news report of March 2011 says the sanction was imposed on 19 Feb 2010",
    "2010-02-19", ["au-s26"], [(ne_m1, "end", "2010-02"), (ne_s1, "start", "2010-02")],
    {"au-s26": ["la sanction imposée le 19 février 2010"]})
add("ne-au-2", "KATAPULT Magazin says Niger was suspended on 20 Feb 2010",
    "2010-02-20", ["au-s25"], [(ne_m1, "end", "2010-02"), (ne_s1, "start", "2010-02")],
    {"au-s25": ["am 20. Februar 2010"]})
add("ne-au-3",
    "a blog copy of a news report dated 17 Mar 2011 says the AU lifted Niger's suspension on the Wednesday, "
    "16 Mar 2011",
    "2011-03-16", ["au-s26"], [(ne_s1, "end", "2011-03"), (ne_m2, "start", "2011-03")],
    {"au-s26": ["a levé mercredi la suspension"]})
add("ne-au-4",
    "AP reports that the AU suspended Niger on Tuesday 22 Aug 2023, the day the communiqué of the Peace and "
    "Security Council's meeting of 14 Aug was made public",
    "2023-08-22", ["au-s47"], [(ne_m2, "end", "2023-08-14"), (ne_s2, "start", "2023-08-14")],
    {"au-s47": ["The African Union on Tuesday suspended Niger"]})
add("sd-au-1",
    "Tumbler Ridge News says the suspension was decided at the Peace and Security Council's 1041st meeting on "
    "Tuesday 26 Oct 2021, its statement issued on the Wednesday",
    "2021-10-26", ["au-s44"],
    [(one("SD", "AU", "member", "2019-09-06"), "end", "2021-10-27"), (one("SD", "AU", "suspended", "2021-10-27"), "start", "2021-10-27")],
    {"au-s44": ["at the end of Tuesday’s 1041st meeting"]})

# ---------------------------------------------------------------- ECOWAS, SADC, EAC
add("cv-ecowas-1", "SAPO (May 2021) says Cabo Verde joined ECOWAS in 1976",
    "1976", ["ecowas-sadc-s53"], [(one("CV", "ECOWAS", "member", "1977"), "start", "1977")],
    {"ecowas-sadc-s53": ["aderiu à organização em 1976"]})
add("ml-ecowas-1",
    "AFP (via TRT World) says the ECOWAS sanctions on Mali were imposed on 20 Aug 2020, the day of the heads "
    "of state's virtual summit",
    "2020-08-20", ["ecowas-sadc-s10"],
    [(one("ML", "ECOWAS", "member", "2012-04-08"), "end", "2020-08-18"), (one("ML", "ECOWAS", "suspended", "2020-08-18"), "start", "2020-08-18")],
    {"ecowas-sadc-s10": ["imposed on August 20"]})
n = one("ZA", "SADC", "member", "1994")
add("za-sadc-1", "SARDC's SADC 40 says South Africa joined SADC as the 11th Member State in April 1994",
    "1994-04", ["ecowas-sadc-s29"], [(n, "start", "1994")],
    {"ecowas-sadc-s29": ["joined SADC as the 11th Member State in April 1994"]})
add("za-sadc-2",
    "SARDC's SADC 40 says the statement marking South Africa's accession to the SADC Treaty was delivered at "
    "the Summit of 29 Aug 1994 in Botswana, the first it attended",
    "1994-08-29", ["ecowas-sadc-s29"], [(n, "start", "1994")],
    {"ecowas-sadc-s29": ["Summit was held on 29 August 1994", "A statement marking accession to the SADC Treaty"]})
add("ss-eac-1",
    "The New Times says South Sudan's signature of the EAC Treaty on Friday 15 Apr 2016 formalised its membership",
    "2016-04-15", ["ecowas-sadc-s45"], [(one("SS", "EAC", "member", "2016-09-05"), "start", "2016-09-05")],
    {"ecowas-sadc-s45": ["Friday, April 15, 2016", "formalized the country’s membership"]})

# ---------------------------------------------------------------- Commonwealth
CW = "Commonwealth"
LENIN = "nam-g20-cw-s12"
for cc in "GB CA AU NZ ZA".split():
    add(f"{cc.lower()}-commonwealth-1",
        "eh.lenin.ru's table of members (a private encyclopaedia site) dates the 1931 group 31 Dec 1931",
        "1931-12-31", [LENIN], [(one(cc, CW, "member", "1931"), "start", "1931")],
        {LENIN: ["| 31 December 1931 | United Kingdom, Australia, Canada"]})
LENIN_NAMES = {"MY": "Malaya", "UG": "Uganda", "MT": "Malta", "ZM": "Zambia", "NR": "Nauru", "TO": "Tonga",
               "WS": "Western Samoa", "GD": "Grenada", "SC": "Seychelles", "TV": "Tuvalu", "KI": "Kiribati",
               "VU": "Vanuatu"}
ql = SRC[LENIN][6]
for cc, name in LENIN_NAMES.items():
    ls = [k for k in find_lines(cc, CW, "member") if len(line(k)["start"]) == 4]
    if len(ls) != 1:
        problems.append(f"{cc} Commonwealth year row {ls}")
        continue
    n = ls[0]
    r = line(n)
    m = re.search(r"the day, (\d{4}-\d\d-\d\d), only in a private encyclopaedia site", r["note"])
    t = re.search(r"\| (\d{1,2}) (" + "|".join(FULL) + r") (\d{4}) \| " + re.escape(name), ql)
    qd = f"{t.group(3)}-{FULL.index(t.group(2)) + 1:02d}-{int(t.group(1)):02d}" if t else None
    if not m or m.group(1) != qd or qd[:4] != r["start"]:
        problems.append(f"{cc} Commonwealth: note {m and m.group(1)}, lenin {qd}, row {r['start']}")
        continue
    add(f"{cc.lower()}-commonwealth-1",
        f"eh.lenin.ru's table of members (a private encyclopaedia site) gives the day, {human(qd)}; the row keeps "
        f"Britannica's year",
        qd, [LENIN], [(n, "start", r["start"])])
add("cy-commonwealth-1", "eh.lenin.ru's table of members (a private encyclopaedia site) gives 31 Mar 1961",
    "1961-03-31", [LENIN], [(one("CY", CW, "member", "1961-03-13"), "start", "1961-03-13")],
    {LENIN: ["| 31 March 1961 | Cyprus"]})
add("ng-commonwealth-1", "eh.lenin.ru's table of members (a private encyclopaedia site) dates the suspension 11 Nov 1995",
    "1995-11-11", [LENIN],
    [(one("NG", CW, "member", "1960-10-01"), "end", "1995-11-12"), (one("NG", CW, "suspended", "1995-11-12"), "start", "1995-11-12")],
    {LENIN: ["membership suspended 11 November 1995"]})
fj1 = one("FJ", CW, "member", "1970-10-10")
add("fj-commonwealth-1", "Britannica's table of members gives 1971",
    "1971", ["nam-g20-cw-s9"], [(fj1, "start", "1970-10-10")], {"nam-g20-cw-s9": ["Fiji 1971"]})
add("fj-commonwealth-2", "eh.lenin.ru's table of members (a private encyclopaedia site) says Fiji withdrew on 15 Oct 1987",
    "1987-10-15", [LENIN], [(fj1, "end", "1987")], {LENIN: ["withdrew 15 October 1987"]})
add("fj-commonwealth-3", "eh.lenin.ru's table of members (a private encyclopaedia site) says Fiji rejoined on 30 Sep 1997",
    "1997-09-30", [LENIN], [(one("FJ", CW, "member", "1997-10-01"), "start", "1997-10-01")],
    {LENIN: ["rejoined 30 September 1997"]})
add("pk-commonwealth-1",
    "the Australian Prime Minister's release of 16 Sep 1989 says Pakistan 'is now back in the Commonwealth'",
    "1989-09-16", ["nam-g20-cw-s29"], [(one("PK", CW, "member", "1989"), "start", "1989")],
    {"nam-g20-cw-s29": ["Pakistan is now back in the Commonwealth"]})
add("pk-commonwealth-2",
    "the Commonwealth Secretariat's timeline (page 7) dates the lifting of the suspension 3 Mar 2004, one of "
    "that page's placeholder-looking dates",
    "2004-03-03", ["nam-g20-cw-s4"],
    [(one("PK", CW, "suspended", "1999-10-18"), "end", "2004-05-22"), (one("PK", CW, "member", "2004-05-22"), "start", "2004-05-22")],
    {"nam-g20-cw-s4": ["Pakistan suspension lifted Flag of Pakistan 3 March 2004"]})
zw_s = one("ZW", CW, "suspended", "2002-03-19")
add("zw-commonwealth-1",
    "the Commonwealth Secretariat's timeline (page 7) dates the suspension from the councils 4 Mar 2002, one "
    "of that page's placeholder-looking dates",
    "2002-03-04", ["nam-g20-cw-s4"], [(one("ZW", CW, "member", "1980-04-18"), "end", "2002-03-19"), (zw_s, "start", "2002-03-19")],
    {"nam-g20-cw-s4": ["suspended from the councils of the Commonwealth 4 March 2002"]})
add("zw-commonwealth-2",
    "the Commonwealth Secretariat's timeline (page 7) dates Zimbabwe's withdrawal 4 May 2003, one of that "
    "page's placeholder-looking dates",
    "2003-05-04", ["nam-g20-cw-s4"], [(zw_s, "end", "2003-12-07")],
    {"nam-g20-cw-s4": ["Zimbabwe withdraws from the Commonwealth 4 May 2003"]})
add("gm-commonwealth-1",
    "Reuters reports that the Gambian government announced its withdrawal in a statement on Wednesday 2 Oct 2013",
    "2013-10-02", ["nam-g20-cw-s23"], [(one("GM", CW, "member", "1965-02-18"), "end", "2013-10-03")],
    {"nam-g20-cw-s23": ["BANJUL Oct 2", "released by the West African nation on Wednesday"]})
add("cm-commonwealth-1", "the Commonwealth Yearbook says Cameroon joined in October 1995",
    "1995-10", ["nam-g20-cw-s13"], [(one("CM", CW, "member", "1995-11-01"), "start", "1995-11-01")],
    {"nam-g20-cw-s13": ["Cameroon joined in October 1995"]})

# ---------------------------------------------------------------- OIC
add("sy-oic-1",
    "the Council of Foreign Ministers' resolution of 2025 and Anadolu Agency (via TRT World) date the "
    "suspension to the 4th Extraordinary Summit in Mecca of 14-15 Aug 2012",
    "2012-08-15", ["oic-s4", "oic-s6"],
    [(one("SY", "OIC", "member", "1972"), "end", "2012-08-16"), (one("SY", "OIC", "suspended", "2012-08-16"), "start", "2012-08-16")],
    {"oic-s4": ["held in Mecca on August 14-15, 2012"], "oic-s6": ["aux 14 et 15 août 2012"]})
add("eg-oic-1",
    "a reference-handbook entry on the OIC (GeoCities copy) says Egypt's membership was restored in April 1984",
    "1984-04", ["oic-s10"],
    [(one("EG", "OIC", "suspended", "1979-05"), "end", "1984-01"), (one("EG", "OIC", "member", "1984-01"), "start", "1984-01")],
    {"oic-s10": ["was restored in April 1984"]})
add("ng-oic-1",
    "a reference-handbook entry on the OIC (GeoCities copy) says Nigeria's membership was formally repudiated "
    "in 1991; the OIC still lists Nigeria as a member",
    "1991", ["oic-s10"], [(one("NG", "OIC", "member", "1986"), "end", "")],
    {"oic-s10": ["formally repudiated in 1991"]})

# ---------------------------------------------------------------- UNASUR, ALBA, CELAC
br_u = one("BR", "UNASUR", "member", "2011")
add("br-unasur-1",
    "AFP (15 Apr 2019) says Brazil's denunciation takes effect six months from that day, i.e. 15 Oct 2019",
    "2019-10-15", ["latam-orgs-s5"], [(br_u, "end", "2019-11-15")],
    {"latam-orgs-s5": ["Brasília, 15 Abr 2019 (AFP)", "seis meses a contar da data de hoje"]})
add("br-unasur-2", "El Universo (23 Sep 2019) says Brazil's exit takes effect in October 2019",
    "2019-10", ["latam-orgs-s10"], [(br_u, "end", "2019-11-15")],
    {"latam-orgs-s10": ["Argentina, Paraguay, Brasil y Chile. Los tres primeros lo harán en octubre"]})
add("ar-unasur-1",
    "Foreign Minister Cafiero's tweet of 6 Apr 2023 announced Argentina's return to the member states",
    "2023-04-06", ["latam-orgs-s17"], [(one("AR", "UNASUR", "member", "2023-04-05"), "start", "2023-04-05")],
    {"latam-orgs-s17": ["April 6, 2023"]})
add("co-unasur-1",
    "Semana's lead says Colombia made its return official on 5 Nov 2023, while its body says Tuesday "
    "5 December: evidently a slip",
    "2023-11-05", ["latam-orgs-s18"], [(one("CO", "UNASUR", "member", "2023-12-05"), "start", "2023-12-05")],
    {"latam-orgs-s18": ["oficializó este 5 de noviembre su retorno"]})
add("bo-alba-1",
    "EFE and HispanTV report that ALBA-TCP announced on Friday 24 Oct 2025 its decision to suspend Bolivia's "
    "incoming government",
    "2025-10-24", ["latam-orgs-s34", "latam-orgs-s36"],
    [(one("BO", "ALBA", "member", "2020-11-20"), "end", "2025-11-08"), (one("BO", "ALBA", "suspended", "2025-11-08"), "start", "2025-11-08")],
    {"latam-orgs-s34": ["Caracas, 24 oct (EFE)", "informó este viernes que suspendió"],
     "latam-orgs-s36": ["anunció la alianza este viernes"]})
add("br-celac-1",
    "Deutsche Welle says the government formalised the suspension of Brazil's participation on Wednesday "
    "15 Jan 2020",
    "2020-01-15", ["latam-orgs-s43"],
    [(one("BR", "CELAC", "member", "2011-12-03"), "end", "2020-01-16"), (one("BR", "CELAC", "frozen", "2020-01-16"), "start", "2020-01-16")],
    {"latam-orgs-s43": ["formalizou nesta quarta-feira (15/01)"]})


# ---------------------------------------------------------------- checks and output
DATE_RE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
seen = set()
by_line = {}
for rd in READINGS:
    rid = rd["id"]
    if rid in OLD_READINGS or rid in seen:
        problems.append(f"{rid}: id not new/unique")
    seen.add(rid)
    if not re.match(r"^[a-z]{2}-[a-z0-9-]+-\d+$", rid):
        problems.append(f"{rid}: id shape")
    if rd["date"] and not DATE_RE.match(rd["date"]):
        problems.append(f"{rid}: date {rd['date']}")
    for f in (rid, rd["says"], rd["date"], ",".join(rd["sources"])):
        if "\t" in f or "\n" in f:
            problems.append(f"{rid}: tab/newline")
    for s in rd["sources"]:
        if s not in SRC:
            problems.append(f"{rid}: unknown source {s}")
            continue
        if not SRC[s][6].strip():
            problems.append(f"{rid}: {s} has no quote")
    for s, subs in rd["checks"].items():
        if s not in rd["sources"]:
            problems.append(f"{rid}: check on uncited {s}")
        for sub in subs:
            if s in SRC and sub not in SRC[s][6]:
                problems.append(f"{rid}: quote of {s} lacks {sub!r}")
    for (n, boundary, value) in rd["attach"]:
        if not n:
            problems.append(f"{rid}: unresolved line")
            continue
        r = line(n)
        if r[boundary] != value:
            problems.append(f"{rid}: line {n} {boundary} is {r[boundary]!r}, expected {value!r}")
        if rd["date"] and rd["date"] == r[boundary]:
            problems.append(f"{rid}: line {n} same date as the row")
        by_line.setdefault(n, []).append(rid)

if problems:
    sys.exit("NOT WRITTEN:\n" + "\n".join(problems))

with open(f"{OUT}/readings-add.tsv", "w", encoding="utf-8") as fh:
    fh.write("id\tsays\tdate\tsources\n")
    for rd in READINGS:
        fh.write("\t".join([rd["id"], rd["says"], rd["date"], ",".join(rd["sources"])]) + "\n")
with open(f"{OUT}/attach.tsv", "w", encoding="utf-8") as fh:
    fh.write("line\tcountry\tunion\trole\tstart\treading_ids\n")
    for n in sorted(by_line):
        r = line(n)
        if r["alternatives"]:
            sys.exit(f"line {n} already has alternatives {r['alternatives']}")
        fh.write("\t".join([str(n), r["country"], r["union"], r["role"], r["start"], ",".join(by_line[n])]) + "\n")

from collections import Counter
unions = Counter(line(n)["union"] for n in by_line)
print(f"{len(READINGS)} readings, {len(by_line)} membership lines")
for u, c in sorted(unions.items()):
    print(f"  {u}: {c} lines")
