#!/usr/bin/env python3
"""Writes sources.tsv and rows.tsv for regional-pacts; checks tabs/newlines and duplicate URLs."""
S = []  # (id, kind, publisher, title, date, url, quote, orig_pub, orig_url)
R = []  # (treaty, country, fact, value, source_id, note)
def s(n, kind, pub, title, date, url, quote, op="", ou=""):
    S.append((f"rpac-s{n}", kind, pub, title, date, url, quote, op, ou))
def r(t, c, f, v, sid, note=""):
    R.append((t, c, f, v, sid, note))

# ---------- ICGLR ----------
s(1, "news", "The New Times (Rwanda)", "Regional peace, devt pact comes into force", "2008-06-23",
  "http://www.newtimes.co.rw/article/8920/National/regional-peace-devt-pact-comes-into-force/amp",
  "The Pact on Security, Stability and Development in the Great Lakes Region, which was signed on the December 15, 2006 by Heads of State and Government entered into force on Saturday. … \"The entry into force of the Pact is in line with Article 33, which stipulates that 30 days following receipt of the eighth instruments of ratification by the Conference Secretariat, the Pact will enter into force,” a press statement from the International Conference on the Great Lakes Region (ICGLR) indicated. … The eighth instrument of ratification was received from the Republic of Congo on May 21, the communiqué said. Other member states that had already submitted their instruments of ratification are Burundi, Rwanda, the Democratic Republic of Congo, Kenya, Tanzania, and Central African Republic.",
  "ICGLR Conference Secretariat (press statement)", "")
s(2, "news", "China Daily (Xinhua)", "UN hails startup of security pact in Africa", "2008-06-25",
  "http://www.chinadaily.com.cn/world/2008-06/25/content_6795029.htm",
  "The pact entered into force last Saturday after achieving the necessary number of ratifications from among the 11 core countries of the International Conference on the Great Lakes Region(ICGLR). … The eight countries which have ratified the accord are Burundi, the Central African Republic (CAR), the Democratic Republic of Congo (DR Congo), Kenya, the Republic of Congo, Rwanda, Tanzania and Uganda. The other core members of the ICGLR are Angola, Sudan and Zambia.",
  "Xinhua", "")
s(3, "news", "Scoop (copy of UN News Centre)", "African Great Lakes Region Pact Entry Into Force", "2008-06-24",
  "https://www.scoop.co.nz/stories/WO0806/S00561.htm?from-mobile=bottom-link-01",
  "24 June 2008 - Secretary-General Ban Ki-moon today welcomed the entry into force of the Pact on Security, Stability and Development in the Great Lakes Region after its ratification by eight African countries. The pact entered into force last Saturday after achieving the necessary number of ratifications from among the 11 core countries of the International Conference on the Great Lakes Region (ICGLR).",
  "UN News Centre", "")
s(4, "official", "ICGLR", "The Pact", "",
  "https://www.icglr.org/index.php/en/site-map/pact",
  "It was adopted by the Heads of state and government of the ICGLR member states in Nairobi in December 2006 and entered into force in June 2008. The Pact includes 10 Protocols and 4 programmes of action with 33 priority projects.")
s(5, "reference", "PA-X Peace Agreements Database (University of Edinburgh)", "Protocol of Non-aggression and Mutual Defence in the Great Lakes Region", "",
  "https://pax.peaceagreements.org/agreements/wgg/1062/",
  "Agreement name Protocol of Non-aggression and Mutual Defence in the Great Lakes Region • Date 30 Nov 2006 … Parties Unsigned and unlisted, but parties known to be: Angola; Central African Republic; Congo; Democratic Republic of Congo; Kenya; Rwanda; Sudan; Tanzania; Uganda; Zambia … This protocol is part of the Pact on security, stability and Development in the Great Lakes Region.")
s(6, "treaty_text", "ICGLR Levy Mwanawasa Regional Centre (library)", "Protocol on Non-Aggression and Mutual Defense in the Great Lakes Region", "2006",
  "http://library.icglr-lmrc.org/index.php/publications/2-pact-protocols/3-protocol-on-non-aggression-and-mutual-defense-in-the-great-lakes-region",
  "We, Heads of State and Government of the member States of the International Conference on the Great Lakes Region: … Recalling the African Union Pact of Non-aggression and Common Defence adopted by the Summit of the African Union in Abuja on 31 January 2005;")
s(7, "reference", "PA-X Peace Agreements Database (University of Edinburgh)", "Pact on Security, Stability, and Development in the Great Lakes Region", "",
  "https://test.pax.peaceagreements.org/agreements/wgg/668",
  "Agreement name Pact on Security, Stability, and Development in the Great Lakes Region Date 15 Dec 2006 … Parties H.E. JOSE EDUARDO DOS SANTO, President of the Republic of Angola; H.E. FRANCOIS BOZIZE, President of the Central African Republic; H.E. JOSEPH KABILA, President of the Democratic Republic of Congo; H.E. PAUL KAGAME, President of the Republic of Rwanda; H.E. JAKAYA MRISHO KIKWETE, President of the United Republic of Tanzania; H.E. LEVY MWANAWASA President of the Republic of Zambia; H.E. PIERRE NKURUNZIZA, President of the Republic of Burundi; H.E. DENIS SASSOU-NGUESSO, President of the Republic of Congo; H.E. MWAI KIBAKI, President of the Republic of Kenya; H.E. OMER HASSAN AHMED EL-BASHIR, President of the Republic of the Sudan; H.E. YOWERI KAGUTA MUSEVENI, President of the Republic of Uganda")

T = "icglr-2006"
r(T, "", "title", "Pact on Security, Stability and Development in the Great Lakes Region", "rpac-s1", "Protocol title per ICGLR library (s6): 'Protocol on Non-Aggression and Mutual Defense in the Great Lakes Region'; PA-X (s5) spells 'Protocol of Non-aggression and Mutual Defence'")
r(T, "", "signed", "2006-12-15", "rpac-s1", "Nairobi (place: s4 'adopted … in Nairobi in December 2006'); Pact printed as '14 and 15 December 2006' on its cover (vdocuments copy); Protocol dated 30 Nov 2006 by PA-X (s5) — probably the ministers' text adopted before the summit")
r(T, "", "in_force", "2008-06-21", "rpac-s1", "s1 (Mon 23 Jun 2008) says 'entered into force on Saturday' = 21 Jun 2008; s2/s3 'last Saturday' (24-25 Jun 2008) agree; s4 'June 2008'. Rule: Art. 33, 30 days after the 8th instrument (Congo, 21 May 2008). Protocols are integral parts of the Pact (s5 'part of the Pact')")
for cc in ["BI","CF","CD","KE","CG","RW","TZ","UG"]:
    r(T, cc, "ratified", "2008-06-21", "rpac-s2", "terminus ante quem: one of the eight ratifying states at entry into force (s2 Xinhua; s3 UN News); own ratification date not found" + ("; 8th instrument received 2008-05-21 (s1)" if cc=="CG" else ""))
    r(T, cc, "party", "2008-06-21", "rpac-s2", "party from entry into force")
r(T, "CG", "deposited", "2008-05-21", "rpac-s1", "eighth instrument received by the Conference Secretariat")
s(8, "news", "Observatoire de l'Action Gouvernementale (Burundi)", "Conférence Internationale sur la Région des Grands Lacs : Le pacte est fin prêt.", "2008-07-02",
  "http://www.archives.oag.bi/spip.php?article413",
  "Le huitième pays, en l’occurrence le Congo Brazzaville, a ratifié le pacte sur la sécurité, la stabilité et le développement dans la région des grands lacs. Et comme initialement convenu, le pacte doit être mis en vigueur un mois après le passage de ce cap. Chose faite depuis le 21 juin dernier, car « l’entrée en vigueur de ce pacte est en conformité avec l’article 33 du pacte qui stipule qu’après 30 jours suivant la réception du huitième instrument de ratification par le secrétariat de la conférence, le pacte entre officiellement en vigueur  »")
s(9, "news", "Losako Afrikblog (copy of Radio Okapi)", "Grands Lacs : vers l’application du protocole de non agression et de défense mutuelle dans la région", "2008-12-15",
  "https://losako-afrikblog.canalblog.com/archives/2008/12/15/11756394.html",
  "Les coordonnateurs nationaux des pays membres de la Conférence internationale sur la région des Grands Lacs sont réunis depuis dimanche à Kinshasa, en RDC, pour examiner la situation sécuritaire … Pour le coordonnateur national adjoint de la RDC, Eugène Banyaku, les assises ont la particularité de se rapprocher du protocole de non agression signé entre tous les Etats membres.",
  "Radio Okapi", "")
r(T, "", "in_force", "2008-06-21", "rpac-s8", "second, independent reading: 'Chose faite depuis le 21 juin dernier' (OAG Burundi, 2 Jul 2008) quoting ICGLR Executive Secretary Mulamula")
r(T, "", "operative", "2008-12-14", "rpac-s9", "aggregator-only (blog copy of Radio Okapi): national coordinators meeting in Kinshasa 'vers l'application du protocole de non agression'; after EIF, weak; date = the Sunday before 15 Dec 2008")

# ---------- CEEAC ----------
s(10, "reference", "Mémoire Online (R. J. Nguimbi, IRIC master's thesis 2012)", "La place de l'Afrique centrale dans l'architecture de paix et de sécurité africaine (APSA)", "2012",
  "http://memoireonline.com/11/13/7917/m_La-place-de-l-Afrique-centrale-dans-l-architecture-de-paix-et-de-securite-africaine-APSA26.html",
  "3. Le « Pacte d'assistance mutuelle entre les Etats membres de la CEEAC », le 24 février 2OOO, à Malabo. … L'article 12 du dernier texte adopté est suffisamment instructif. En effet, « tout Etat qui signe et ratifie le présent Pacte ou qui adhère à celui-ci devient également partie au Pacte de non-agression (...) ».")
s(11, "news", "Tchadinfos (Xinhua)", "[Boko Haram: le Cameroun abritera un sommet extraordinaire de la CEEAC le 16 février à Yaoundé]", "2015-02-02",
  "https://tchadinfos.com/tchad/boko-haram-cameroun-abritera-sommet-extraordinaire-de-ceeac-16-fvrier-yaound/?share=jetpack-whatsapp",
  "YAOUNDE, 2 février (Xinhua) — … décidé lors d’ une concertation organisée en marge d’un sommet de l’Union africaine (UA)tenu les 30 et 31 janvier à Addis-Abeba … De cette concertation, il ressort la décision “d’activer les mécanismes appropriés de la Communauté, notamment le Pacte d’ assistance mutuelle entre les Etats membres de la CEEAC et les dispositions pertinentes",
  "Xinhua", "")
s(12, "news", "Le Matin (Maroc)", "[Sommet de la CEEAC : plus de 76 millions d'euros contre Boko Haram]", "2015",
  "https://lematin.ma/express/2015/sommet-de-la-ceeac_plus-de-76-millions-d-euros-contre-boko-haram/217955.html",
  "Une aide en troupes, en soutiens homme, génie et santé, en équipements militaires divers et en appui aérien a, également, été décidée … selon le communiqué final publié à l'issue du Sommet extraordinaire de la Communauté des Etats Economique de l'Afrique Centrale (CEEAC). … Ce soutien intervient dans le cadre des mécanismes prévus par le Protocole relatif au COPAX et le Pacte d'Assistance Mutuelle entre les Etats membres de la CEEAC")
s(13, "reference", "Burundi Forum (copy of COPAX communiqué)", "[Afrique : la lutte contre Boko Haram s'organise]", "2015-02-16",
  "https://burundi-forum.org/2356/afrique-la-lutte-contre-boko-haram-s-organise",
  "il s’est tenu à Yaoundé, République du Cameroun, le 16 février 2015, une session extraordinaire de la Conférence des Chefs d’Etat du COPAX, à l’effet d’adopter une stratégie sous-régionale de lutte contre le groupe terroriste Boko Haram. 2. Cette session extraordinaire a fait suite à la Concertation des Chefs d’Etat et de Gouvernement de la CEEAC qui s’est tenue à Addis-Abeba, le 31 janvier 2015",
  "COPAX Conference of Heads of State (final communiqué)", "")
C = "ceeac-2000"
r(C, "", "title", "Pacte d'assistance mutuelle entre les Etats membres de la CEEAC", "rpac-s10", "title as quoted in a thesis (aggregator-only); official text not seen")
r(C, "", "signed", "2000-02-24", "rpac-s10", "Malabo; aggregator-only (thesis); same day as the COPAX Protocol")
r(C, "", "article:12", "tout Etat qui signe et ratifie le présent Pacte ou qui adhère à celui-ci devient également partie au Pacte de non-agression (...)", "rpac-s10", "aggregator-only (thesis quotation, elided by the thesis); Art. 12(2) links the Non-Aggression Pact and this Pact, rest cut off")
r(C, "", "operative", "2015-01-31", "rpac-s11", "earliest dated evidence found: CEEAC heads of state decide at Addis Ababa (concertation of Sat 31 Jan 2015) to 'activer … le Pacte d' assistance mutuelle' for Cameroon and Chad vs Boko Haram (Xinhua, 2 Feb 2015). Not proof of entry into force")
r(C, "", "operative", "2015-02-16", "rpac-s12", "COPAX extraordinary summit, Yaoundé, 16 Feb 2015 (date: s13): troop/air support 'dans le cadre des mécanismes prévus par … le Pacte d'Assistance Mutuelle' (final communiqué as reported by Le Matin)")

# ---------- TMSD ----------
s(14, "treaty_text", "Organization of American States (Committee on Hemispheric Security)", "Tratado Marco de Seguridad Democrática en Centroamérica", "",
  "http://www.oas.org/CSH/spanish/c&ttratadocentroamerica.asp",
  "Tratado Marco de Seguridad Democrática en Centroamérica Los Gobiernos de las Repúblicas de Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua y Panamá, en adelante denominados 'Las Partes',")
s(15, "official", "U.S. Department of State, Bureau of Western Hemisphere Affairs", "The Central American Democratic Security Treaty", "1996-02-26",
  "https://2009-2017.state.gov/p/wha/rls/50997.htm",
  "The United States supports the Central American Democratic Security Treaty signed December 15, 1995 in San Pedro Sula, Honduras by the Presidents of Costa Rica, Honduras, El Salvador, Guatemala, Nicaragua and Panama.")
s(16, "official", "Ministerio de Relaciones Exteriores de Panamá", "[Panamá avanza en materia de seguridad democrática regional]", "",
  "https://mire.gob.pa/noticias/panama-avanza-en-materia-de-seguridad-democratica-regional/",
  "El proyecto de ley por el cual se aprueba el Tratado Marco de Seguridad Democrática en Centroamérica … fue aprobado en tercer debate por la Asamblea Nacional. Este paso hacia la ratificación del instrumento jurídico contribuirá además a que Panamá participe de pleno derecho en las reuniones de la Comisión de Seguridad de Centroamérica … El Tratado aprobado le fue entregado por el presidente de la Asamblea Nacional, Sergio Gálvez, a Elías Vargas, director de Tratados")
s(17, "official", "Ministerio de Relaciones Exteriores de Panamá", "[Canciller Núñez Fábrega busca ratificación de seguridad democrática en Centroamérica]", "",
  "https://mire.gob.pa/noticias/canciller-nunez-fabrega-busca-ratificacion-de-seguridad-democratica-en-centroamerica/",
  "El Ministro de Relaciones Exteriores, Fernando Núñez Fábrega, presentó este lunes a consideración de la Asamblea Nacional, el proyecto de ley por el cual se ratifica el Tratado de Seguridad Democrática en Centroamérica, suscrito en Honduras, el 15 de diciembre de 1995.")
s(18, "official", "Organization of American States (Special Conference on Security)", "[Declaration on the Framework Treaty on Democratic Security in Central America]", "2003-10-28",
  "http://www.oas.org/documents/eng/DeclaracionCentroAmerica_102803.asp",
  "THE SPECIAL CONFERENCE ON SECURITY, held in Mexico City on October 27 and 28, 2003, … CONSIDERING the substantial progress achieved by the Central American Security Commission in implementing the Central American Democratic Security Model; … That it encourages the Central American states to continue working on implementation of their successful Framework Treaty on Democratic Security.")
M = "tmsd-1995"
r(M, "", "title", "Tratado Marco de Seguridad Democrática en Centroamérica", "rpac-s14", "English (OAS): Framework Treaty on Democratic Security in Central America")
r(M, "", "signed", "1995-12-15", "rpac-s15", "San Pedro Sula, Honduras; signed by the presidents of CR, HN, SV, GT, NI, PA (s15). offnews 2005 article says 'junio de 1995' — error")
r(M, "", "operative", "2003-10-28", "rpac-s18", "weak: OAS Special Conference (not a party) notes the Central American Security Commission 'implementing' the model and encourages 'implementation of their … Framework Treaty'. No EIF date found")
r(M, "PA", "ratified", "", "rpac-s16", "PARTLY: Panama's National Assembly approved the bill in third debate (undated page; Assembly president Sergio Gálvez). Ratification/deposit date not found; value left empty")

import sys
ok = True
for row in S + R:
    for f in row:
        if "\t" in f or "\n" in f:
            print("BAD FIELD", row[0], f[:40]); ok = False
urls = [x[5] for x in S]
if len(urls) != len(set(urls)):
    print("DUP URL"); ok = False
ids = {x[0] for x in S}
for x in R:
    if x[4] not in ids: print("MISSING SRC", x); ok = False
with open("sources.tsv", "w") as f:
    f.write("id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n")
    for x in S: f.write("\t".join(x) + "\n")
with open("rows.tsv", "w") as f:
    f.write("treaty\tcountry\tfact\tvalue\tsource_id\tnote\n")
    for x in R: f.write("\t".join(x) + "\n")
print("ok" if ok else "ERR", len(S), "sources", len(R), "rows")
