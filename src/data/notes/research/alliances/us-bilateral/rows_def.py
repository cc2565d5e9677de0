# rows (evaluated inside build.py)
s = src("news","Arabi21","بدء سريان الاتفاقية الدفاعية بين الأردن والولايات المتحدة","","https://arabi21.org/story/1344991/%D8%A8%D8%AF%D8%A1-%D8%B3%D8%B1%D9%8A%D8%A7%D9%86-%D8%A7%D9%84%D8%A7%D8%AA%D9%81%D8%A7%D9%82%D9%8A%D8%A9-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9%D9%8A%D8%A9-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%88%D8%A7%D9%84%D9%88%D9%84%D8%A7%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9",
 "نشرت الجريدة الرسمية نص اتفاقية التعاون الدفاعي بين عمان وواشنطن والتي بدأ سريانها الثلاثاء. وكان قد تم توقيع الاتفاقية في 31 كانون الثاني/ يناير الماضي، وأقرتها الحكومة في 17 شباط/ فبراير الماضي، وقد صدرت الإرادة الملكية بالموافقة على الاتفاقية لتنشر في الجريدة الرسمية وتصبح سارية المفعول. والاتفاقية مدتها 15 عاما، ما لم يتم إنهاؤها من قبل أي من الطرفين بموجب إخطار خطي قبل عام واحد للطرف الآخر عبر القنوات الدبلوماسية.","","")
JO_A21 = s
s = src("news","Al-Sharq Today (citing Ammon News)","(title from URL slug) تعاون دفاعي أردني أمريكي","2021-03-16","https://alsharqtoday.com/2021/03/16/%d8%aa%d8%b9%d8%a7%d9%88%d9%86-%d8%af%d9%81%d8%a7%d8%b9%d9%8a-%d8%a3%d8%b1%d8%af%d9%86%d9%8a-%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d9%8a",
 "نشرت الجريدة الرسمية الأردنية، اليوم الثلاثاء، اتفاقية تعاون دفاعي بين الأردن والولايات المتحدة الأمريكية.","Ammon News","")
JO_SHARQ = s
s = src("news","Al-Akhbar","(title from URL slug) الأردن اتفاقية التعاون الدفاعي مع واشنطن المملكة مباحة للأميركيين","","https://www.al-akhbar.com/Arab/302302/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%A7%D8%AA%D9%81%D8%A7%D9%82%D9%8A%D8%A9-%D8%A7%D9%84%D8%AA%D8%B9%D8%A7%D9%88%D9%86-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9%D9%8A-%D9%85%D8%B9-%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86-%D8%A7%D9%84%D9%85%D9%85%D9%84%D9%83%D8%A9-%D9%85%D8%A8%D8%A7%D8%AD%D8%A9-%D9%84%D9%84%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A%D9%8A%D9%86",
 "نشرت الجريدة الرسمية الأردنية نصّ «اتفاقية التعاون الدفاعي بين الحكومتَين الأردنية والأميركية»، المُوقّعة في 31 كانون الثاني/ يناير 2021، بعد «صدور الإرادة الملكية بالموافقة على قرار مجلس الوزراء الرقم (1381) بتاريخ 17/2/2021».","","")
JO_AKH = s
s = src("news","Middle East Eye (via Global Research)","New US Defense Agreement: Free Entry of US Forces into Jordan","2021-03-21","https://www.globalresearch.ca/new-us-defense-agreement-free-entry-us-forces-jordan/5740523?print=1",
 "“The agreement does not authorise American forces to carry out combat actions within the kingdom,” he told lawmakers. “The agreement aims to frame defence cooperation and reinforce US support for defence programmes and the kingdom’s security and stability through military training and equipment,” Safadi said.","Middle East Eye","")
JO_MEE = s
s = src("reference","pdfcoffee.com (digest of Saguisag v. Executive Secretary, Philippine Supreme Court, G.R. No. 212426, 12 Jan 2016)","Saguisag vs Executive Secretary digest","","https://pdfcoffee.com/saguisag-vs-executive-secretary-digest-pdf-free.html",
 "Accordingly, in June 2014, the Department of Foreign Affairs (DFA) and the U.S. Embassy exchanged diplomatic notes confirming the completion of all necessary internal requirements for the agreement to enter into force in the two countries.","Supreme Court of the Philippines","")
EDCA_DIG = s
s = src("official","Ministry of Defence, Singapore (MINDEF)","Fact Sheet: 2019 Protocol of Amendment to the 1990 Memorandum of Understanding","2019-09-24","https://www.mindef.gov.sg/web/portal/mindef/news-and-events/latest-releases/article-detail/2019/September/24sep19_fs?fbclid=IwAR3sRsQ7h1-wdTKgxrLftBedXMZSIm5HfcCYS6Obju2KOzhWUJbf0hDCgQI",
 "The 2019 Protocol of Amendment to the 1990 Memorandum of Understanding (\"1990 MOU\") Regarding United States Use of Facilities in Singapore (\"2019 AMOU\") was signed between Prime Minister Lee Hsien Loong and US President Donald Trump on 24 Sep 2019 (Singapore time).","","")
SG_MINDEF = s
s = src("official","U.S. Indo-Pacific Command","Lee Kuan Yew (1923-2015) and the Singapore-U.S. Strategic Partnership","2015-04-10","https://www.pacom.mil/Media/News/News-Article-View/Article/583382/lee-kuan-yew-1923-2015-and-the-singapore-us-strategic-partnership/",
 "The shared strategic perspective between Lee Kuan Yew and U.S. leaders led to the 1990 signing of the Memorandum of Understanding for the U.S. Use of Facilities in Singapore. This MOU and its 1998 addendum allow U.S. armed forces, aircraft, and vessels access to military facilities in Singapore.","","")
SG_PACOM = s
s = src("official","University of Athens legal database (legislation.di.uoa.gr), Greek Law 1893/1990","Κύρωση Συµφωνίας Αµοιβαίας Αµυντικής Συνεργασίας µεταξύ των Κυβερνήσεων της Ελληνικής Δηµοκρατίας και των Ηνωµένων Πολιτειών της Αµερικής","1990-08-16","http://legislation.di.uoa.gr/eli/law/1990/18923",
 "Κυρώνεται και έχει την ισχύ που ορίζει το άρθρο 28 παρ. 1 του Συντάγµατος η Συµφωνία Αµοιβαίας Αµυντικής Συνεργασίας µεταξύ των Κυβερνήσεων της Ελληνικής Δηµοκρατίας και των Ηνωµένων Πολιτειών της Αµερικής µετά του Παραρτήµατος και των δύο επιστολών αυτής, που υπογράφηκε στην στις 8 Ιουλίου 1990","Hellenic Republic, Government Gazette (ΦΕΚ Α΄ 106/1990)","")
GR_LAW = s
s = src("official","dsanet.gr (copy of Greek Ministerial Decision 0544/Μ.7458/ΑΣ 49682, ΦΕΚ Α 192 / 15.10.2021)","Παράταση κατά ένα έτος της Συμφωνίας Αμοιβαίας Αμυντικής Συνεργασίας","2021-10-15","http://www.dsanet.gr/Epikairothta/Nomothesia/YA0544_192.htm",
 "ΥΠΟΥΡΓΙΚΗ ΑΠΟΦΑΣΗ 0544/Μ.7458/ΑΣ 49682 / ΦΕΚ Α 192 / 15.10.2021 … Παράταση κατά ένα έτος της Συμφωνίας Αμοιβαίας Αμυντικής Συνεργασίας μεταξύ της Κυβέρνησης της Ελληνικής Δημοκρατίας και της Κυβέρνησης των Ηνωμένων Πολιτειών της Αμερικής.","Hellenic Republic, Government Gazette (ΦΕΚ Α΄ 192/2021)","")
GR_FEK21 = s
s = src("news","mycity.com.gr","(title from URL slug) Στη Βουλή η νέα ελληνοαμερικανική αμυντική συμφωνία","","https://mycity.com.gr/sti-voyli-i-nea-ellinoamerikaniki-amyntiki-symfonia/",
 "Το σχετικό πρωτόκολλο υπογράφηκε στις 5/10/2019 και προβλέπει διεύρυνση των διευκολύνσεων στις ήδη υπάρχουσες στρατιωτικές εγκαταστάσεις.","","")
GR_MYC = s
s = src("news","Los Angeles Times (mirror ukobiw.net)","The World - News from Dec. 2, 1988","1988-12-02","http://ukobiw.net./archives/la-xpm-1988-12-02-mn-945-story.html",
 "Spain and the United States signed a new eight-year defense agreement. Signed in Madrid by Spanish Foreign Ministry official Maximo Cajal and U.S. Ambassador Reginald Bartholomew, the agreement must be ratified by the Spanish Parliament.","Los Angeles Times","https://www.latimes.com/archives/la-xpm-1988-12-02-mn-945-story.html")
ES_LAT = s
s = src("official","BOE via vLex (BOE-A-2003-3595)","PROTOCOLO de enmienda del Convenio de Cooperación para la defensa entre el Reino de España y los Estados Unidos de América, de 1 de diciembre de 1988, hecho en Madrid el 10 de abril de 2002","","https://boe.vlex.es/vid/enmienda-reino-unidos-america-hecho-15499106",
 "PROTOCOLO de enmienda del Convenio de Cooperación para la defensa entre el Reino de España y los Estados Unidos de América, de 1 de diciembre de 1988, hecho en Madrid el 10 de abril de 2002. Fecha de Entrada en Vigor12 de Febrero de 2003","Boletín Oficial del Estado","")
ES_P2002 = s
s = src("reference","continuityafrica.com (copy of a Soviet-era history of Liberia, 1945-1967)","Liberia - 1945-1967: Foreign policy","","http://continuityafrica.com/liberia/69-1945-1967/246-foreign-policy.html",
 "On July 8, 1959, Liberia concluded a military agreement with the United States on consultations between the two countries \"in the event of aggression or threat of aggression against Liberia\". In effect, this was a treaty of military cooperation between the two countries.","unknown (book not named on page)","")
LR_CA = s

# ---------------- rows
# Liberia
row("lr-us-1959","","signed","1959-07-08",LR_CA,"aggregator-only (unnamed Soviet-era history). Place (Monrovia) not in excerpt. EIF, article text and end NOT FOUND.")
# Jordan
row("jo-us-2021","","title","Defense Cooperation Agreement",JO_STATE,"State Dept name ('a 2021 Defense Cooperation Agreement'); Arabic gazette title per Al-Akhbar: «اتفاقية التعاون الدفاعي بين الحكومتَين الأردنية والأميركية». Exact official English title not seen.")
row("jo-us-2021","","signed","2021-01-31",JO_AKH,"also Arabi21 (s-JO_A21). Place not in excerpts.")
row("jo-us-2021","JO","ratified","2021-02-17",JO_AKH,"Cabinet decision no. 1381 of 17/2/2021, approved by royal will (الإرادة الملكية); not submitted to parliament. Royal-will date not in excerpt.")
row("jo-us-2021","","in_force","2021-03-16",JO_A21,"computed: Arabi21 says it 'began in force Tuesday' (بدأ سريانها الثلاثاء) on publication in the Official Gazette; Al-Sharq Today (URL/page date 2021-03-16, via Ammon) says the Gazette published it 'today Tuesday'; 16 Mar 2021 was a Tuesday. The 17 Mar 2021 reading in the brief was NOT found.")
row("jo-us-2021","","term","15 years unless terminated by either party by written notice one year in advance through diplomatic channels",JO_A21,"paraphrase of Arabic: «والاتفاقية مدتها 15 عاما، ما لم يتم إنهاؤها من قبل أي من الطرفين بموجب إخطار خطي قبل عام واحد للطرف الآخر عبر القنوات الدبلوماسية» (article number not in excerpt)")
# Israel
row("il-us-1952","","in_force","1952-07-23",ISR1,"JTA 1952-08-12 reporting State Dept announcement: agreement 'completed … on July 23, 1952'; Israel eligible for reimbursable military assistance under the Mutual Defense Assistance Act of 1949. Exact title/TIAS not seen. Commits no defence of Israel (purchase eligibility only).")
# EDCA
row("ph-us-2014","","title","Agreement on Enhanced Defense Cooperation",EDCA_SIGN,"US Embassy Manila")
row("ph-us-2014","","signed","2014-04-28",EDCA_SIGN,"Signed by Amb. Goldberg and Defense Sec. Gazmin; Camp Aguinaldo per The Diplomat (not recorded as source)")
row("ph-us-2014","","in_force","2014-06",EDCA_DIG,"aggregator-only (case digest of Saguisag v. Ochoa): DFA and US Embassy exchanged notes in June 2014 confirming completion of internal requirements for EIF; Aquino 'ratified EDCA on 6 June 2014'. Day 25 Jun 2014 NOT FOUND.")
# Singapore
row("sg-us-1990","","title","Memorandum of Understanding Regarding United States Use of Facilities in Singapore",SG_MFA,"MFA Singapore name of the 1990 MOU")
row("sg-us-1990","","operative","2019-09-24",SG_MFA,"MFA Singapore: the 1990 MOU 'allows continued U.S. military access'; CNA (s-SG_CNA): under its ambit US littoral combat ships and P-8 aircraft deployed to Singapore since 2013 and 2015 respectively. Earlier dated operative evidence not searched.")
row("sg-us-2019","","title","Protocol of Amendment to the 1990 Memorandum of Understanding Regarding United States Use of Facilities in Singapore",SG_MFA,"short name '2019 AMOU'")
row("sg-us-2019","","signed","2019-09-23",SG_MFA,"New York (InterContinental Barclay), by PM Lee Hsien Loong and President Trump. MINDEF (s-SG_MINDEF) gives 24 Sep 2019 'Singapore time' - same event, time zone.")
row("sg-us-2019","","term","renews the 1990 MOU for another 15 years",SG_MFA,"to 2035 per The New Paper (s-SG_TNP); EIF date of the protocol NOT FOUND")
# Greece
row("gr-us-1990","","title","Mutual Defense Cooperation Agreement",GR_URDU,"Greek: Συμφωνία Αμοιβαίας Αμυντικής Συνεργασίας")
row("gr-us-1990","","signed","1990-07-08",GR_LAW,"Athens (Greek MFA notice, s-GR_ANA: 'υπογράφηκε στην Αθήνα, στις 8 Ιουλίου 1990')")
row("gr-us-1990","GR","ratified","1990-08-16",GR_LAW,"Law 1893/1990 (ΦΕΚ Α΄ 106); 1990-08-16 is the database's publication/signature date of the law. EIF of the agreement NOT FOUND.")
row("gr-us-1990","","operative","2021-09-22",GR_FEK21,"one-year extension by notes verbales 333/POL/21 of 13 Sep 2021 (US Embassy) and 743/48381 of 22 Sep 2021 (Greek MFA), under Art. XII para 1; published ΦΕΚ Α 192 / 15.10.2021")
row("gr-us-1990","","operative","2019-10-05",GR_MYC,"(amendment) Protocol of Amendment signed 5/10/2019 (Athens, Dendias-Pompeo; AP). EIF of protocol NOT FOUND.")
row("gr-us-1990","","operative","2021-10-14",GR_URDU,"(amendment) Second Protocol of Amendment signed in Washington (Blinken-Dendias): 'allow the agreement to remain in force indefinitely'. Reuters (via alliansfriheten copy): renewed for five years, then indefinitely unless a party withdraws. EIF of 2nd protocol NOT FOUND.")
# Spain
row("es-us-1988","","title","Agreement on Defense Cooperation",ES_TXT,"Spanish: Convenio de Cooperación para la Defensa")
row("es-us-1988","","signed","1988-12-01",ES_TXT,"Madrid (LA Times: signed in Madrid by Máximo Cajal and Amb. Reginald Bartholomew; the embassy page names FM Fernández Ordóñez)")
row("es-us-1988","","term","eight years",ES_LAT,"LA Times 1988 'eight-year defense agreement'; El País 1988-09-29 'durará ocho años'. Later protocols: 2002 (EIF 12 Feb 2003), 2012, 2015.")
row("es-us-1988","","operative","2003-02-12",ES_P2002,"(amendment) entry into force of the Protocol of Amendment of 10 Apr 2002 (BOE-A-2003-3595)")
row("es-us-1988","","operative","2015-06-17",ES_MOD,"Third Amendment Protocol to the 1988 Agreement signed in Washington (Ybáñez-Blinken); embassy text dates it 17 June 2015; MoD page dated 18 Jun. 1988 EIF (4 May 1989?) NOT FOUND.")
s = src("news","Los Angeles Times (from Times Wire Services)","U.S., Greece Sign 8-Year Pact on Military Bases","1990-07-09","https://www.latimes.com/archives/la-xpm-1990-07-09-mn-202-story.html",
 "Greek Foreign Minister Antonis Samaras and U.S. Ambassador Michael Sotirhos signed the treaty, which can be extended by mutual agreement on an annual basis after it expires. If the treaty is ratified, it could go into effect by September.","Times Wire Services","")
GR_LAT90 = s
s = src("news","Los Angeles Times (from Reuters)","U.S., Greece Sign Pact on Military Bases","1990-05-31","https://www.latimes.com/archives/la-xpm-1990-05-31-mn-926-story.html",
 "The agreement was signed by U.S. Ambassador Alan Flanigan and Greek Ambassador Christos Zacharakis on Wednesday morning, officials from both sides said.","Reuters","")
GR_LAT90B = s
s = src("news","UrduPoint / Sputnik","Agreement To Set Up US Bases In Greece Will Be Open-Ended - Reports","2019-09-26","https://www.urdupoint.com/en/world/agreement-to-set-up-us-bases-in-greece-will-b-722026.html",
 "Currently, the Greek parliament approves one-year extensions of the agreement every year.","Sputnik (citing Kathimerini)","")
GR_URDU19 = s
row("gr-us-1990","","term","eight years, extendable annually by mutual agreement",GR_LAT90,"LA Times 1990-07-09: 'can be extended by mutual agreement on an annual basis after it expires'; 'U.S., Greece Sign 8-Year Pact'. Art. XII para 1 governs extension (Greek MFA notice).")
row("gr-us-1990","","operative","2019-09-26",GR_URDU19,"'Currently, the Greek parliament approves one-year extensions of the agreement every year.'")
s = src("news","CNN Philippines","U.S., Philippines announce five military bases for EDCA","2016-03-19","https://www.cnnphilippines.com/news/2016/03/19/edca-bases-philippines-us.html",
 "The United States and the Philippines announced on Friday (March 18) the five Philippine military bases that will be utilized by American troops under the Enhanced Defense Cooperation Agreement (EDCA).","","")
EDCA_CNN = s
s = src("news","Xinhua (via sultanseye.com)","Philippines, U.S. eye 4 more projects under Enhanced Defense Cooperation Agreement","2019-01-30","http://www.sultanseye.com/english/2019-01/30/c_137787684.htm",
 "MANILA, Jan. 30 (Xinhua) -- The United States and the Philippines have officially completed the first major project under the new U.S.-Philippines Enhanced Defense Cooperation Agreement (EDCA) signed in 2014.","Xinhua","")
EDCA_XH = s
s = src("news","Daily Press","(title from URL slug) Singapore, US sign base pact","1990-11-14","https://www.dailypress.com/1990/11/14/singapore-us-sign-base-pact/",
 "An accord carrying out the agreement was signed Tuesday afternoon by Vice President Dan Quayle and Prime Minister Lee Kuan Yew of Singapore, as part of a round of diplomatic activity by officials who had come to Tokyo for the enthronement Monday of Emperor Akihito of Japan.","","")
SG_DP = s
s = src("news","radar.gr","(title from URL slug) Βουλή κατατέθηκε η αμυντική συμφωνία Ελλάδας ΗΠΑ","","https://radar.gr/article/vouli-katatethike-i-amyntiki-symfonia-elladas-ipa",
 "Στη Βουλή κατατέθηκε το Δεύτερο Πρωτόκολλο Τροποποίησης της Συμφωνίας Αμοιβαίας Αμυντικής Συνεργασίας μεταξύ της Κυβέρνησης της Ελληνικής Δημοκρατίας και της Κυβέρνησης των Ηνωμένων Πολιτειών της Αμερικής («ΣΑΑΣ»), το οποίο υπογράφηκε στην Ουάσινγκτον, στις 14 Οκτωβρίου 2021, από τους Υπουργούς Εξωτερικών της Ελλάδας και των ΗΠΑ.","","")
GR_RADAR = s
row("ph-us-2014","","operative","2016-03-18",EDCA_CNN,"five Agreed Locations announced at the 6th Bilateral Strategic Dialogue, Washington")
row("ph-us-2014","","operative","2019-01",EDCA_XH,"first major EDCA project (Cesar Basa Air Base) completed; ribbon cut 'Last Tuesday' (per Xinhua 30 Jan 2019)")
s = src("news","El País","(Congreso apoya el protocolo que actualiza el Convenio de Cooperación para la Defensa con EE UU)","2002-09-27","http://web2.edicioneselpais.net/diario/2002/09/27/espana/1033077616_850215.html",
 "El protocolo de enmienda del convenio España-EE UU, firmado en Madrid el 10 de abril pasado, requiere la autorización de las Cortes. El convenio está vigente desde el 1 de diciembre de 1988.","El País","")
ES_PAIS02 = s
row("es-us-1988","","in_force","1988-12-01",ES_PAIS02,"El País (2002): 'El convenio está vigente desde el 1 de diciembre de 1988' - this is the SIGNATURE date; LA Times 1988-12-02 (s-ES_LAT) says the agreement 'must be ratified by the Spanish Parliament', so the reading is doubtful. The 4 May 1989 EIF reading in the brief was NOT found. Treat as disputed.")
row("es-us-1988","","operative","2002-09-27",ES_PAIS02,"Congreso backs the 2002 amendment protocol; 'El convenio está vigente'")

row("sg-us-1990","","signed","1990-11-13",SG_DP,"computed: Daily Press (14 Nov 1990) says the accord was signed 'Tuesday afternoon' in Tokyo by VP Quayle and PM Lee Kuan Yew, after the enthronement 'Monday' (12 Nov 1990); Tuesday = 13 Nov 1990 (Tokyo). The brief's 12 Nov 1990 NOT confirmed. PACOM (s-SG_PACOM) gives only 1990 and a '1998 addendum'.")

