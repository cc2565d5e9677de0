import re
#!/usr/bin/env python3
# Regenerates sources.tsv and rows.tsv. Quotes copied from search excerpts.
S = []  # (kind, publisher, title, date, url, quote, orig_pub, orig_url)
R = []  # (treaty, country, fact, value, sid, note)
def src(*a):
    S.append(a); return "usb-s%d" % len(S)
def row(*a): R.append(a)

# --- Israel
s = src("news","Jewish Telegraphic Agency","American-israel Pact on Acquisition of Arms Announced in Washington","1952-08-12","http://www.jta.org/archive/american-israel-pact-on-acquisition-of-arms-announced-in-washington",
 "The State Department announced today that the Government of Israel and the American Government completed an agreement on July 23, 1952, where by Israel became eligible to receive military assistance on a reimbursible basis from the United States under the provisions of the Mutual Security Act of 1949, as amended.","","")
ISR1 = s
# --- Jordan
s = src("official","U.S. Department of State","U.S. Security Cooperation with Jordan","","https://www.state.gov/u-s-security-cooperation-with-jordan/",
 "The United States and Jordan have a 1996 Status of Forces Agreement, a 2006 Acquisition and Cross-Servicing Agreement, and a 2021 Defense Cooperation Agreement, reflecting the strategic importance of Jordan to U.S. foreign policy in the region.","","")
JO_STATE = s
s = src("news","Middle East Monitor","(title from URL slug) Jordan announces defence agreement with US","2021-03-23","https://www.middleeastmonitor.com/20210323-jordan-announces-defence-agreement-with-us/",
 "Jordan and the United States announced a defence agreement on Sunday that allows American troops, aircraft and vehicles to enter the Hashemite Kingdom, AFP has reported. Foreign Minister Ayman Safadi told the parliament in Amman that the agreement was the fruit of lengthy negotiations.","AFP","")
JO_MEMO = s
# --- EDCA
s = src("official","U.S. Embassy in the Philippines","Signing of Enhanced Defense Cooperation Agreement","2014-04-28","https://ph.usembassy.gov/signing-enhanced-defense-cooperation-agreement/",
 "Monday April 28, 2014 — Ambassador Philip S. Goldberg and Secretary of National Defense Voltaire Gazmin signed the Agreement on Enhanced Defense Cooperation (EDCA).","","")
EDCA_SIGN = s
# --- Singapore
s = src("official","Ministry of Foreign Affairs, Singapore","Meeting between Prime Minister Lee Hsien Loong and the 45th President of the United States of America Donald J. Trump in New York City, 23 September 2019","2019-09-24","https://mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2019/09/20190924-PM-Meeting-with-US-President-Donald-Trump",
 "Prime Minister Lee and President Trump signed the Protocol of Amendment to the 1990 Memorandum of Understanding (1990 MOU) Regarding United States Use of Facilities in Singapore (2019 AMOU), which allows continued U.S. military access to Singapore’s air and naval bases. The 2019 AMOU renews the 1990 MOU for another 15 years","","")
SG_MFA = s
s = src("news","The New Paper (Straits Times)","Singapore, US renew key defence pact till 2035","","https://tnp.straitstimes.com/news/singapore/singapore-us-renew-key-defence-pact-till-2035",
 "Prime Minister Lee Hsien Loong and US President Donald Trump have renewed a key defence pact which allows American forces to use Singapore's air and naval bases, extending it by another 15 years to 2035.","","")
SG_TNP = s
s = src("news","CNA","PM Lee, President Trump renew MOU on US use of military facilities in Singapore, extending it by 15 years","2019-09-24","https://www.channelnewsasia.com/singapore/pm-lee-president-trump-renew-mou-us-use-military-facilities-singapore-extending-it-15-years-1326796",
 "The 1990 MOU was signed by founding Prime Minister Lee Kuan Yew and then-US vice president Dan Quayle, and was key to facilitating US access to Singapore's air and naval bases, as well as providing logistic support for their transiting personnel, aircraft and vessels.","","")
SG_CNA = s
# --- Greece
s = src("official","anaconda.gr (copy of a Greek Ministry of Foreign Affairs notice, no. 0544/Μ.7458/ΑΣ 49682)","Παράταση κατά ένα έτος της Συμφωνίας Αμοιβαίας Αμυντικής Συνεργασίας μεταξύ της Κυβέρνησης της Ελληνικής Δημοκρατίας και της Κυβέρνησης των Ηνωμένων Πολιτειών της Αμερικής","","https://www.anaconda.gr/gnwsiaki-basi/0544-m-7458-as-49682-22-9-2021/",
 "Τη Συμφωνία Αμοιβαίας Αμυντικής Συνεργασίας μεταξύ της Κυβέρνησης της Ελληνικής Δημοκρατίας και της Κυβέρνησης των Ηνωμένων Πολιτειών της Αμερικής, που υπογράφηκε στην Αθήνα, στις 8 Ιουλίου 1990, και κυρώθηκε με τον ν.1893/1990 (Α΄ 106)","Greek Ministry of Foreign Affairs (Government Gazette notice)","")
GR_ANA = s
s = src("news","Anadolu/anews (A Haber)","(title from URL slug) Greece, United States sign defence agreement to boost cooperation","2021-10-14","https://www.anews.com.tr/world/2021/10/14/greece-united-states-sign-defence-agreement-to-boost-cooperation",
 "The agreement, first signed in 1990, has been renewed in successive periods with the last extension occurring in 2019.","","")
GR_ANEWS = s
s = src("news","UrduPoint / Sputnik","(title from URL slug) US, Greece sign amendment for defense agreement","2021-10-14","https://www.urdupoint.com/en/world/us-greece-sign-amendment-for-defense-agreeme-1376351.html",
 "\"The Foreign Minister (Nicos Dendias) and I will sign an amendment to the Mutual Defense Cooperation Agreement between our countries. This update will allow the agreement to remain in force indefinitely and it enables US forces in Greece to train and operate from additional locations,\" US Secretary of State Antony Blinken said during a signing ceremony.","Sputnik","")
GR_URDU = s
# --- Spain
s = src("treaty_text","U.S. Embassy and Consulates in Spain and Andorra","Agreement on Defense Cooperation","2023-01-03","https://es.usembassy.gov/agreement-on-defense-cooperation/",
 "Signed DEC, 1 1988 (AMB Bartholomew for US, Foreign Minister Francisco Fernández Ordóñez for Spain). Revised by the Protocol of Amendment April, 10 2002, the Second Protocol of Amendment, signed October 12, 2012, and the Third Protocol of Amendment, signed 17 June 2015:","","")
ES_TXT = s
s = src("official","Ministerio de Defensa (Spain)","Spain and the Unites States strengthen their security and cooperation relations","2015-06-18","http://www.defensa.gob.es/agredwas/en/novedades/2015/06/listado/20150618_Firma_Convenio.html",
 "have signed in Washington the Third Amendment Protocol to the Defense Cooperation Agreement between the Kingdom of Spain and the United States of America, signed on December 1, 1988.","","")
ES_MOD = s

exec(open("rows_def.py").read()) if __import__("os").path.exists("rows_def.py") else None

def clean(x): return str(x).replace("\t"," ").replace("\n"," ")
with open("sources.tsv","w") as f:
    f.write("id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n")
    urls=set()
    for i,a in enumerate(S,1):
        assert a[4] not in urls, a[4]; urls.add(a[4])
        f.write("\t".join(["usb-s%d"%i]+[clean(x) for x in a])+"\n")
with open("rows.tsv","w") as f:
    f.write("treaty\tcountry\tfact\tvalue\tsource_id\tnote\n")
    for r in R:
        r=list(r); r[5]=re.sub(r"s-([A-Z][A-Z0-9_]+)", lambda m: globals()[m.group(1)], r[5])
        f.write("\t".join(clean(x) for x in r)+"\n")
print(len(S),"sources",len(R),"rows")
