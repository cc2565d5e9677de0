# Builds sources.tsv and rows.tsv; checks fields and URL uniqueness.
import csv, sys
B = "fr-africa-old"
S = []  # (key, kind, publisher, title, date, url, quote, orig_pub, orig_url)
def src(key, kind, pub, title, date, url, quote, op="", ou=""):
    S.append((key, kind, pub, title, date, url, quote, op, ou))

BO = "Ministère des Armées – Bulletin officiel des armées (bo.sga.defense.gouv.fr)"
# --- Gabon
src("ga_bo","official",BO,"ACCORD de défense entre la République française et la République gabonaise. Du 17 août 1960","", "https://www.bo.sga.defense.gouv.fr/texte/13707/Sans%20nom.html",
 "ACCORD de défense entre la République française et la République gabonaise. Du 17 août 1960 … Référence de publication : Publiés par décret n° 60-1231 du 23 novembre 1960 (n.i. BO ; JO du 24, p. 10480). … Considérant que si la défense, tant intérieure qu'extérieure, du Gabon dépend de la seule République gabonaise, celle-ci peut, avec l'accord de la République française, faire appel aux forces armées françaises pour sa défense intérieure ou extérieure ; … 2. La République française et la République gabonaise préparent et assurent en commun leur défense et celle de la Communauté dont elles font partie. Elles se prêtent à cet effet aide et assistance et se concertent d'une manière permanente sur les problèmes de défense.")
src("ga_senat","official","Sénat (copy on Scribd)","Projet de loi n° 7 (1960-1961) portant approbation des Accords particuliers, conclus le 17 août 1960 entre le Gouvernement de la République Française et le Gouvernement de la République Gabonaise","1960-10-18","https://fr.scribd.com/document/712293062/Accords-de-cooperation-France-Gabon-post-independance",
 "Ces accords ont été signés à Libre ville le 17 août 1960, après la proclamation de l'indépendance gabonaise.","Sénat, projet de loi n° 7 (1960-1961)","")
src("ga_conv1965","official",BO,"CONVENTION fixant les règles et conditions du concours de la République française au soutien logistique … de la République gabonaise. Du 25 août 1965","1965-08-25","https://www.bo.sga.defense.gouv.fr/texte/200728/Sans%20nom.html",
 "CONVENTION fixant les règles et conditions du concours de la République française au soutien logistique des forces terrestres, des forces aériennes et de la gendarmerie de la République gabonaise. Du 25 août 1965 … Dans le cadre des disposition générales prévues par l'Accord de Défense du 17 août 1960 sont convenus de ce qui suit")
src("ga_thesis","reference","Université Lumière Lyon 2 (thèse, H. Essono-Mezui, 2006)","Les opérations militaires : l'intervention de l'armée française","2006","http://theses.univ-lyon2.fr/documents/getpart.php?id=lyon2.2006.essono-mezui_h&part=112373",
 "Dans la nuit du 17 au 18 février 1964 769 , six jours avant les élections, Léon Mba fut destitué par l'armée. … la France avait décidé d'intervenir au Gabon pour rétablir Léon Mba. Elle le fit sur une décision directe du Général Gaulle. … ‘«  Etant donné les accords que nous avons avec le Gabon, nous ne devons pas laisser quelques militaires mutinés se saisir du Président de la République d")
src("ga_tdm","reference","fringant.net (copy of troupesdemarine.org)","Intervention au Gabon – Libreville (février 1964)","","http://www.fringant.net/articletdm.htm",
 "L'intervention militaire française au Gabon est le seul exemple d'une action menée par la France, en application des accords de défense signés entre les deux Etats en 1961 et après la signature d'une réquisition par un membre responsable du gouvernement gabonais. … Cependant, le vice-président gabonais fait appel au gouvernement français en vertu des accords de défense et de coopération de 1961. La réaction de Paris est rapide et le 18 février, le général Kergaravat, commandant la ZOM n° 2, reçoit l'ordre de délivrer le chef de l'Etat et de rétablir l'ordre.",
 "troupesdemarine.org (Marsouins et Bigors)","www.troupesdemarine.org/index2.htm")
src("ga_2019","official","legal.tricoteuses.fr (copy of the JORF)","Accord sous forme d'échange de lettres prorogeant le traité du 24 février 2010 instituant un partenariat de défense … signées à Libreville les 30 et 31 mai 2019","2019-05-30","https://legal.tricoteuses.fr/articles/JORFARTI000042414220",
 "J'ai l'honneur de me référer au traité instituant un partenariat de défense entre la République française et la République gabonaise (ensemble une annexe) signé à Libreville le 24 février 2010 et entré en vigueur le 1er juin 2014 pour une durée de cinq ans.",
 "Journal officiel de la République française (JORFARTI000042414220)","")
src("ga_memoire","reference","memoireonline.com (mémoire de master)","La coopération franco-gabonaise en matière d'armement … – II. L'adoption d'un nouveau traité de partenariat","2022-06","http://memoireonline.com/06/22/13039/m_La-coopration-franco-gabonaise-en-matire-d-armement-et-d-quipements-des-forces-de-df21.html",
 "fait état des principes généraux du traité, des statuts des membres du personnel engagé dans le partenariat de défense et met en exergue les dispositions finales qui abrogent l'ancien accord de défense, déterminent la durée du parte")
# --- CAR / Congo / Chad
src("cf_bo","official",BO,"AUTRE particuliers conclus les 11, 13 et 15 août 1960 entre le gouvernement de la République française et les gouvernements respectifs de la République centrafricaine, de la République du Congo et de la République du Tchad (extraits)","","https://www.bo.sga.defense.gouv.fr/texte/13703/Sans%20nom.html",
 "Du 15 août 1960 … Référence de publication : Publiés par décret n° 60-1230 du 23 novembre 1960 (JO du 24, p. 10459). … Les dispositions relatives à la République du Congo et à la République du Tchad sont abrogées par celles du 1er janvier 1974 et celles du 6 mars 1976. ACCORDS QUADRIPARTITES. … Désireux de déterminer les modalités de leur coopération en matière de défense, … 3. La République centrafricaine, la République du Congo et la République du Tchad conviennent d'organiser avec la République française un système commun")
src("cf_senat","official","Sénat (copy on Scribd)","Projet de loi n° 6 (1960-1961) portant approbation des Accords particuliers conclus les 11, 13 et 15 août 1960 …","1960-10-18","https://fr.scribd.com/document/718237485/11-accords-coloniaux",
 "Paraphés le 12 juillet à Paris, ces accords ont été signés le 11 août à Fort-Lamy, le 13 à Bangui, le 15, enfin, à Brazzaville, à la suite de la proclama tion de l'indépendance de chacun des Etats.","Sénat, projet de loi n° 6 (1960-1961)","")
src("cf_loi","reference","africa7.blog4ever.com (copy of the JORF)","Les accords de coopération RCA-France de 1960 signés par Dacko …","2016-09-25","https://africa7.blog4ever.com/les-accords-de-cooperation-rca-france-de-1960-signes-par-dacko-enfin-retrouves-et-exposes-par-des-patriotes-centrafricains",
 "Lois n° 60.1225 du 22 novembre 1960 portant approbation des accords particuliers conclus les 11,13 et 15 aout 1960 entre le gouvernement de la République Française, d’une part, et les gouvernements respectifs de la République Centrafricaine, de la République du Congo et de la République du Tchad d’autre part (1). … 1e accord de défense ainsi que l’annexe I sur l’aide et les facilités mutuelles en matière de défense commune",
 "Journal officiel de la République française (loi n° 60-1225)","")
src("cf_amt1966","official",BO,"ACCORD concernant l'assistance militaire technique, signé à Bangui. Du 08 octobre 1966","1966-10-08","https://www.bo.sga.defense.gouv.fr/texte/11749/Sans%20nom.html",
 "Considérant l'existence d'Accords quadripartites de Défense conclus les 11, 13 et 15 août 1960 (1) entre le Gouvernement de la République Française et les Gouvernements respectifs : de la République Centrafricaine, de la République du Congo, et de la République du Tchad,")
src("cf_almandin","official","ECPAD / Ministère des Armées (imagesdefense.gouv.fr)","Opération Almandin 2 en République centrafricaine à la suite à la mutinerie des soldats centrafricains …","","https://imagesdefense.gouv.fr/fr/operation-almandin-2-en-republique-centrafricaine-a-la-suite-a-la-mutinerie-des-soldats-centrafricains-et-aux-emeutes-dans-la-ville-de-bangui.html",
 "Samedi 18 mai 1996: … Le lundi 20 mai, la France déclenche l'opération Almandin 2 dans le cadre de l'accord de défense la liant à la République Centrafricaine, avec pour double objectif d'honorer cet accord et de garantir la sécurité de ses ressortissants.")
src("cf_jdb","news","Journal de Bangui","Ratification de l'Accord de Défense entre la République Centrafricaine et la France","2010-12-20","http://www.journaldebangui.com/article.php?aid=537",
 "Le nouvel accord qui vient d'être revu et ratifié présente trois caractéristiques. Il remplace l’Accord d’Assistance Technique Militaire du 15 Août 1960 ainsi que ses annexes.")
src("cf_gibler","reference","issuhub.com (copy of D. M. Gibler, International Military Alliances 1648-2008)","Defence Agreement among France, the Central African Republic, the Congo, and Chad – Annex I","","https://issuhub.com/view/index?id=23326&pageIndex=481",
 "Annex I Concerning Mutual Assistance and Facilities in the Field of Defence In order to provide the defence assistance and aid they have undertaken to extend to each other, the Contracting Parties have agreed on the following provisions:",
 "Douglas M. Gibler, International Military Alliances, 1648-2008 (CQ Press, 2009)","")
# --- Togo
src("tg_bo","official",BO,"ACCORD de défense entre la république française et la république togolaise. Du 10 juillet 1963","","https://www.bo.sga.defense.gouv.fr/texte/11795/Sans%20nom.html",
 "ACCORD de défense entre la république française et la république togolaise. Du 10 juillet 1963NOR Contenu. Entré en vigueur le 8 février 1964 par l'échange des instruments de ratification qui a eu lieu à Lomé, conformément à l'article 6. | … Art. Ier. La République française et la République togolaise se prêtent aide et assistance pour préparer et assurer leur défense. Art. 2. La République togolaise responsable de sa défense intérieure et extérieure peut demander à la République française une aide dans des conditions définies par des accords spéciaux.")
src("tg_univ","reference","Encyclopædia Universalis","23-29 septembre 1986 – Togo - France. Soutien militaire français au régime du général Eyadema","","https://universalis.fr/evenement/23-29-septembre-1986-togo-france-soutien-militaire-francais-au-regime-du-general-eyadema",
 "Pour faire face à la situation, Gnassingbe Eyadema téléphone à François Mitterrand et, en vertu d'un accord de défense, le Togo obtient de Paris l'envoi de deux cents parachutistes français en provenance de Centrafrique et du Gabon, soutenus par des avions Jaguar.")
src("tg_rot1986","news","republicoftogo.com","« Certains ont voulu changer le cours de l’histoire »","2010-09","http://www.republicoftogo.com/Toutes-les-rubriques/Politique/Certains-ont-voulu-changer-le-cours-de-l-histoire",
 "Le 23 septembre 1986, un commando d'opposants bien armés et infiltrés depuis le Ghana voisin avait pris d'assaut des points stratégiques de la capitale … Cette agression entraînera l'intervention de l'armée française en vertu des accords de défense liant le Togo à la France.")
src("tg_rot2009","news","republicoftogo.com","Le nouveau partenariat de défense adopté","","https://www.republicoftogo.com/Toutes-les-rubriques/Diplomatie/Le-nouveau-partenariat-de-defense-adopte",
 "Les députés ont adopté mardi la loi relative à l’accord de défense entre la France et le Togo signé le 13 mars 2009. Elle remplace celle du 10 juillet 1963 ainsi que la convention relative à la participation des forces armées françaises au maintien de l’ordre au Togo, signé le 5 mars 1958.")
src("tg_mae2009","official","Ministère des Affaires étrangères et européennes (vie-publique.fr)","Communiqué du ministère des affaires étrangères et européennes en date du 16 mars 2009 portant sur la signature d'un accord de défense entre la France et le Togo","2009-03-16","https://www.vie-publique.fr/discours/174582-communique-du-ministere-des-affaires-etrangeres-et-europeennes-en-date-d",
 "L'ambassadeur de France à Lomé et le ministre des Affaires étrangères du Togo ont signé le 13 mars le nouvel accord instituant un partenariat de défense entre nos deux pays. Cet accord est le premier des textes destinés à remplacer les anciens accords de défense … Ce processus aboutira à l'abrogation des accords passés dans ce domaine.")
src("tg_billets","reference","le-blog-sam-la-touch.over-blog.com (copy of Billets d'Afrique, Survie)","France-Togo : coopération sécuritaire avec un régime criminel","2017-08","http://le-blog-sam-la-touch.over-blog.com/2017/08/france-togo.cooperation-securitaire-avec-un-regime-criminel-billets-d-afrique.html",
 "Le nouvel accord de défense France-Togo, signé en 2009, est entré en vigueur en septembre 2011.","Survie, Billets d'Afrique","")
# --- Comoros
src("km_bo","official",BO,"ACCORD DE COOPÉRATION en matière de défense entre le gouvernement de la République française et le gouvernement de la République fédérale islamique des Comores. Du 10 novembre 1978","","https://www.bo.sga.defense.gouv.fr/texte/22699/DE%20COOP%C3%89RATION.html",
 "Du 10 novembre 1978NOR Contenu. Le présent accord est entré en vigueur le 20 octobre 1982. | … Art. 1er. Le gouvernement de la République française et le gouvernement de la République fédérale islamique des Comores peuvent se prêter mutuellement aide et assistance en cas d'agression extérieure dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies.")
src("km_mae1995","official","Ministère des Affaires étrangères (vie-publique.fr)","Communiqués du ministère des affaires étrangères, en date des 4 et 5 octobre 1995, sur l'intervention française aux Comores et la reddition de M. Bob Denard","1995-10-04","https://www.vie-publique.fr/discours/132007-communiques-du-ministere-des-affaires-etrangeres-en-date-des-4-et-5-oct",
 "Communiqué du 4 octobre. - Tôt ce matin, la France a engagé une opération militaire aux Comores à la demande du Premier ministre de ce pays et en application de l'accord de défense franco-comorien du 10 novembre 1978. Ce texte prévoit l'assistance militaire de la France en cas d'agression extérieure.")
src("km_rfi","news","RFI","France-Comores : signature d'un nouvel accord de défense","2010-09-27","https://articles.rfi.fr/fr/afrique/20100927-france-comores-signent-nouvel-accord-defense",
 "La révision de l'accord de défense du 10 novembre 1978 marque aussi le retour d'une coopération militaire suspendue en 1999.")
src("km_legi","official","Légifrance","Décret n° 2013-432 du 27 mai 2013 portant publication de l'accord entre le Gouvernement de la République française et le Gouvernement de l'Union des Comores instituant un partenariat de défense, signé à Paris le 27 septembre 2010","2013-05-27","http://legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000027470020&fastPos=1&fastReqId=2009971417&categorieLien=id&oldAction=rechTexte",
 "Décret n° 2013-432 du 27 mai 2013 portant publication de l'accord entre le Gouvernement de la République française et le Gouvernement de l'Union des Comores instituant un partenariat de défense, signé à Paris le 27 septembre 2010 (1) … JORF n°0122 du 29 mai 2013")
src("km_opex","news","opex360.com","Partenariat de défense « rénové » entre la France et les Comores","2010-09-28","https://www.opex360.com/2010/09/28/partenariat-de-defense-renove-entre-la-france-et-les-comores/",
 "ont signé, le 27 septembre, un accord de défense « rénové », qui prendra désormais le relais de celui qui avait été conclu entre les deux pays en novembre 1978.")
# --- Djibouti
src("dj_bo","official",BO,"PROTOCOLE provisoire fixant les conditions de stationnement des forces françaises sur le territoire de la République de Djibouti après l'indépendance et les principes de la coopération militaire … Du 27 juin 1977","","https://www.bo.sga.defense.gouv.fr/texte/22385/provisoire.html",
 "Abrogé le 14 mai 2014 par : DÉCRET N° 2014-484 portant publication du traité de coopération en matière de défense entre la République française et la République de Djibouti (ensemble trois annexes), signé à Paris le 21 décembre 2011 (1). Du 27 juin 1977NOR Contenu. Le présent protocole est entré en vigueur le 31 octobre 1982. | … Art. 1er. A la demande du gouvernement de la République de Djibouti, dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies, et en cas d'agression par une armée étrangère, le gouvernement de la République française apportera à la République de Djibouti, dans les conditions à fixer d'un commun accord, la participation des forces armées françaises stationnées sur le territoire de celui-ci. Les forces françaises stationnées sur le territoire de la République de Djibouti ne peuvent participer à des opérations de maintien ou de rétablissement de l'ordre.")
src("dj_senat2025","official","Sénat","Exposé des motifs – projet de loi n° 491 (2024-2025), traité de coopération en matière de défense France–Djibouti","","https://senat.fr./leg/exposes-des-motifs/pjl24-491-expose.html",
 "Ce traité, pilier de la relation bilatérale de défense, prend la suite du Traité de coopération en matière de défense entre la République française et la République de Djibouti, signé le 21 décembre 2011 et entré en vigueur le 1er mai 20141(*).")
src("dj_an2013","official","nosdeputes.fr (copy of an Assemblée nationale document)","Avis – traité de coopération en matière de défense France–Djibouti (document 14/930)","","https://2012-2017.nosdeputes.fr/14/document/930",
 "La France et Djibouti ont signé, le 21 décembre 2011, … un traité de coopération en matière de défense appelé à se substituer au protocole provisoire du 27 juin 1977 fixant les conditions de stationnement des forces françaises sur le territoire de la République de Djibouti après l'indépendance","Assemblée nationale (14e législature, document n° 930)","")
src("dj_xinhua","news","afran.ir (copy of Xinhua)","Xinhua, Paris, 21 décembre 2011","2011-12-21","http://afran.ir/francais/modules/news/article.php?storyid=3710",
 "Selon des sources du ministère français des Affaires étrangères, la France est présente à Djibouti dans le cadre du protocole de 1977 fixant les conditions de stationnement des forces françaises, valant accord de défense.","Xinhua","")
src("dj_opex","news","opex360.com","Nouvel accord de défense entre la France et Djibouti","2011-12-22","https://www.opex360.com/2011/12/22/nouvel-accord-de-defense-entre-la-france-et-djibouti/",
 "L’on ignore si cet accord, qui sera soumis au Parlement, peut impliquer une intervention française dans le cas d’une agression extérieure de Djibouti, comme cela avait été le cas en juin 2008 lors d’une incursion de militaires érythréen à Ras Doumeira")
# --- Cameroon
src("cm_bo1974","official",BO,"ACCORD de coopération militaire entre le gouvernement de la République française et le gouvernement de la République unie du Cameroun. Du 21 février 1974","","https://www.bo.sga.defense.gouv.fr/texte/13701/Sans%20nom.html",
 "Du 21 février 1974 … Texte(s) abrogé(s) : Accords du 13 novembre 1960 conclus entre la France et le Cameroun (extraits). … Référence de publication : BOC, 1975, p. 4813 ; publié par décret n° 75-1154 du 8 décembre 1975 (n.i. BO ; JO du 17, p. 12909). … 2. A la demande du gouvernement de la République unie du Cameroun, le Gouvernement de la République française s'engage à apporter, dans la mesure de ses moyens, une assistance en personnels militaires aux forces armées camerounaises.")
src("cm_jdc","news","Journal du Cameroun","Avancée dans le partenariat de défense Cameroun-France","2010-03","http://www.journalducameroun.com/avancee-dans-le-partenariat-de-defense-cameroun-france/",
 "Les textes existants prĂ©voient l’intervention Ă©ventuelle des forces armĂ©es françaises en cas de menace grave ou d’agression, et pouvant contenir des clauses relatives Ă  la possibilitĂ© d’intervention en vue du maintien de l’ordre intĂ©rieur. Avec le Cameroun concrètement, il s’agit d’abroger l’Accord spĂ©cial de dĂ©fense entre le Gouvernement de la RĂ©publique française et le Gouvernement de la RĂ©publique unie du Cameroun, signĂ© Ă  YaoundĂ© le 21 fĂ©vrier 1974 dont le secret est restĂ© bien gardĂ©.")
src("cm_art27","official","legal.tricoteuses.fr (copy of the JORF)","Décret n° 2012-989 du 23 août 2012 portant publication de l'accord … Cameroun instituant un partenariat de défense – Article 27","2012-08-23","https://legal.tricoteuses.fr/articles/JORFARTI000026313880",
 "Article 27 Abrogation des accords conclus antérieurement dans le domaine de la défense l. Le présent Accord abroge les accords et arrangements conclus antérieurement dans les domaines de la défense et de la sécurité entre les deux Parties ou leurs autorités compétentes.","Journal officiel de la République française (JORFARTI000026313880)","")
src("cm_opex","news","opex360.com","Nouvel accord de défense entre la France et le Cameroun","2009-05-25","https://www.opex360.com/2009/05/25/nouvel-accord-de-defense-entre-la-france-et-le-cameroun/",
 "Désormais, ce texte, qui remplace les précédents, qui avaient déjà été revus en 1974, prévoit que la France n’interviendra plus militairement en cas d’agression contre le Cameroun.")
src("cm_bakassi","reference","memoireonline.com (mémoire de master, E. C. Messinga, Université de Yaoundé II, 2007)","Les forces armées camerounaises face aux enjeux militaires dans le golfe de Guinée: le cas du conflit de Bakassi","2007","http://memoireonline.com/02/12/5229/m_Les-forces-armees-camerounaises-face-aux-enjeux-militaires-dans-le-golfe-de-Guinee-le-cas-du-con36.html",
 "D'après ce dernier, lors de l'attaque nigériane du 02 au 07 février 1994, le chef d'État-Major français le général Bentégéat avait été saisi par les autorités militaires camerounaises conformément aux accords militaires. … Mais, la France est restée sourde à cet appel")
src("cm_openafr","reference","openafrique.com (citing Bopika)","Vérité sur le traité de coopération entre le Cameroun et la France de 1960","2020-12-29","https://openafrique.com/2020/12/29/verite-sur-le-traite-de-cooperation-entre-le-cameroun-et-la-france-de-1960/",
 "Le Traité de coopération entre le Cameroun et la France, signé le 13 novembre 1960 … a été rendu public en France le 31 juillet 1961 en Annexe du Décret n° 61-877 du 31 juillet 1961, portant publication des Traités et Accords conclus entre la France et le Cameroun le 13 novembre 1961 (Cf. JORF du 9 août 1961, p. 7429). … Accord concernant l’assistance militaire technique aux Forces armées camerounaises ;","Journal officiel de la République française, 9 août 1961","")
# --- Senegal
src("sn_bo","official",BO,"ACCORD de coopération en matière de défense entre le gouvernement de la République française et le gouvernement de la République du Sénégal. Du 29 mars 1974","","https://www.bo.sga.defense.gouv.fr/texte/13700/Sans%20nom.html",
 "Du 29 mars 1974 … Texte(s) abrogé(s) : Accords particuliers du 22 juin 1960 (extraits). … Référence de publication : Extrait au BOC, 1976, p. 4051 ; publié par décret n° 76-1072 du 17 novembre 1976 (JO (NC) du 30, p. 6254). … 2. Le gouvernement de la République française et le gouvernement de la République du Sénégal se prêtent mutuellement aide et assistance pour leur défense extérieure contre toute menace.")
src("sn_senat","official","Sénat","Rapport n° 221 (2013-2014) – B. Une coopération ancienne qu'il fallait moderniser","","https://senat.fr/rap/l13-221/l13-2211.html",
 "Elle a été formalisée par un accord de coopération en matière de défense signé le 29 mars 1974 entre les deux pays, quoi prévoyait en particulier, dans son article 1 er , que les parties « se prêtent mutuellement aide et assistance pour leur défense extérieure contre toute menace ».")
src("sn_decret","official","doczz.fr (copy of the JORF)","Décret n°76-1072 du 17 novembre 1976 portant publication des accords de coopération … Sénégal, signés à Paris le 29 mars 1974","1976-11-17","http://doczz.fr/doc/2073559/d%C3%A9cret-n%C2%B076-1072-du-17-novembre-1976-portant-publication-des",
 "Vu la loi n° 75-1176 du 19 décembre 1975 autorisant l’approbation de l’accord de coopération en matière de défense (ensemble une annexe), et de la convention sur l’évo lution de la direction des constructions et armes navales (ensemble une annexe) entre le Gouvernement de la République française et le Gouvernement de la République du Sénégal, signée à Paris le 29 mars 1974 ;","Journal officiel de la République française (décret n° 76-1072)","")
src("sn_art20","official","legal.tricoteuses.fr (copy of the JORF)","Traité instituant un partenariat en matière de coopération militaire France–Sénégal (18 avril 2012) – Articles 20-21","","https://legal.tricoteuses.fr/articles/JORFARTI000029558889",
 "Article 20 Abrogation des accords conclus antérieurement dans le domaine de la défense 1. Le présent traité abroge et remplace l'accord de coopération en matière de défense entre le Gouvernement de la République française et le Gouvernement de la République du Sénégal signé à Paris le 29 mars 1974 et les accords et arrangements subséquents, tels que précisés par la voie d'un accord par échange de lettres entre les Parties. 2. Les dispositions de l'accord et des accords et arrangements subséquents visées dans le paragraphe précédent demeurent pleinement applicables tant que le présent traité n'est pas entré en vigueur.","Journal officiel de la République française (JORFARTI000029558889)","")
# --- Côte d'Ivoire
src("ci_senat","official","Sénat (copy on Scribd)","Projet de loi n° 226 (1960-1961) autorisant l'approbation de l'accord de défense conclu le 24 avril 1961 …","1961-05-18","https://fr.scribd.com/document/644123807/Accords-de-defense-du-24-avril-1961-entre-la-France-et-la-Cote-d-Ivoire-le-Benin-et-le-Niger-pdf",
 "PROJET DE LOI autorisant l'approbation de l'accord de défense conclu le 24 avril 1961 entre les Gouvernements de la République française, de la République de Côte-d'lvoire, de la République du Dahomey et de la République du Niger, … Par les accords signés le 24 avril 1961 à Paris, chacun des Etats de l'Entente a conclu avec la République française un traité de coopération et des accords de coopération, dont un accord d'assistance militaire technique.","Sénat, projet de loi n° 226 (1960-1961)","")
src("ci_chatain","reference","gihelbeder-diffusion.org (copy of Aujourd'hui l'Afrique n° 105, J. Chatain)","France-Afrique : à l'aube de l'indépendance, l'ex-métropole dictait sa loi","","https://www.gihelbeder-diffusion.org/afrique/loi_metropole.htm",
 "L’article 2 concède que ces pays ont « la responsabilité de leur défense intérieure et extérieure », mais qu' ils peuvent aussi « demander à la République française une aide dans des conditions définies par des accords spéciaux ».","Aujourd'hui l'Afrique n° 105 (Jean Chatain)","")
src("ci_rfi_accords","news","RFI","Les accords de défense Paris-Abidjan","","http://www1.rfi.fr/actufr/articles/035/article_19215.asp",
 "un accord général de défense d’avril 1961, … Les difficultés ont commencé à surgir en 1990, à l’occasion des mutineries et manifestations qui avaient secoué Abidjan. Pour la première fois, le président Houphouët-Boigny demandait une intervention française dans le cadre des fameux accords de défense. … Ce fut donc une réponse négative. … En décembre 1999, dès le premier jour du putsch, Henri Konan Bédié demandait l’application des accords de défense… qui lui fut refusée.")
src("ci_rfi2002","news","RFI","La France annonce son soutien logistique à la Côte d’Ivoire","2002-09","http://www1.rfi.fr/actufr/articles/033/article_17139.asp",
 "«Mobilisés pour assurer la sécurité de la communauté française en Côte d’Ivoire, nous apportons par ailleurs un soutien logistique aux autorités ivoiriennes», déclare notamment le Quai d’Orsay, répondant ainsi positivement à la demande formulée vendredi soir par le Premier ministre ivoirien, Pascal Affi N’Guessan.")
src("ci_imad","reference","imad.over-blog.net (blog)","Les limites de la « non-ingérence »","","http://imad.over-blog.net/article-1713852.html",
 "Cette fois encore, dix jours après le déclenchement du conflit, et sur demande insistante du gouvernement ivoirien, Paris s’est finalement résolu à faire jouer partiellement l’accord de défense franco-ivoirien, acceptant de fournir à l’armée ivoirienne un soutien en matière de transmissions, transport, et ravitaillement")
src("ci_senat2013","official","Sénat","Rapport n° 223 (2013-2014) – II. Les dispositions du présent accord","","https://senat.fr/rap/l13-223/l13-2232.html",
 "Rappelons que les précédents accords qui liaient nos deux pays contenaient des clauses d'assistance mutuelle ou de maintien de l'ordre, mais elles n'ont jamais été mises en oeuvre.")
src("ci_juppe","official","Ministère des Affaires étrangères (vie-publique.fr)","Déclaration de M. Alain Juppé … sur la Côte-d'Ivoire, Paris le 1er février 2012","2012-02-01","https://www.vie-publique.fr/discours/184390-alain-juppe-01022012-cote-d-ivoire",
 "En matière de sécurité, vous le savez, nous avons signé un nouveau traité de défense qui remplace l’ancien traité de 1961.")
src("ci_an931","official","bernarddeflesselles.com (copy of Assemblée nationale avis n° 931)","Avis de M. Bernard Deflesselles … partenariat de défense … Côte d’Ivoire","2013-04-16","http://www.bernarddeflesselles.com/avis-de-m-bernard-deflesselles-projet-de-loi-autorisant-ratification-traite-instituant-partenariat-de-defense-entre-republique-francaise-republique-de-cote-divoire-16-avri/",
 "Aujourd’hui, la France et la Côte d’Ivoire sont liées par un accord de défense du 24 avril 1961, un accord d’assistance militaire technique du 24 avril 1961 et une convention fixant les règles et conditions du concours de la France au soutien logistique des forces ivoiriennes du 8 avril 1965.","Assemblée nationale, avis n° 931 (14e législature)","https://www.assemblee-nationale.fr/14/rapports/r0931.asp")
src("ci_apa2014","news","abidjan.net (APA)","Côte d’Ivoire : promulgation de la loi sur le partenariat de défense avec la France","2014","https://news.abidjan.net/articles/504042/cote-d8217ivoire-promulguation-de-la-loi-sur-le-partenariat-de-defense-avec-la-france",
 "Cet accord vient remplacer celui de 1961, signé un an après l'accession de la Côte d'Ivoire à l'indépendance.")
src("ci_longuet","news","abidjan.net","Gérard Longuet, ministre français de la défense : « Les frontières ivoiriennes sont protégées »","2011","https://news.abidjan.net/articles/402848/gerard-longuet-ministre-francais-de-la-defense-les-frontieres-ivoiriennes-sont-protegees",
 "Nous avons constaté ensemble qu’ils dataient de plus de 50 ans puisque les accords de défense qui existent aujourd’hui datent de mai 1961.")
# --- Madagascar
src("mg_bo","official",BO,"CONVENTION concernant les affaires militaires. Du 04 juin 1973","1973-06-04","https://www.bo.sga.defense.gouv.fr/texte/11771/Sans%20nom.html",
 "Référence de publication : Publiée par décret n° 75-674 du 22 juillet 1975 (JO du 30, p. 7708). 1. La République française et la République malgache s'accordent pour que, à la date du 1er septembre 1973, les responsabilités de défense commune exercées depuis le 27 juin 1960 par la République française soient désormais totalement prises en charge par la République malgache.")
src("mg_allafrica","news","allAfrica","Madagascar–France : six décennies d'implication (relation et accords militaires)","2025-10-18","https://fr.allafrica.com/stories/202510180142.html",
 "Un Accord de défense signé le 27 juin 1960 autorise la France à conserver des bases, des garnisons, des installations, services de santé, intendance, prévôtés, etc., dans plusieurs villes comme Diégo-Suarez")

ids = {}
for i, s in enumerate(S, 1):
    ids[s[0]] = f"{B}-s{i}"

R = []
def row(t, c, f, v, k, n=""):
    R.append((t, c, f, v, ids[k], n))

# ci-fr-1961
t="ci-fr-1961"
row(t,"","title","accord de défense conclu le 24 avril 1961 entre les Gouvernements de la République française, de la République de Côte-d'Ivoire, de la République du Dahomey et de la République du Niger","ci_senat","as named in the Senate bill n° 226 (1960-1961); the treaty's own heading was not seen")
row(t,"","signed","1961-04-24","ci_senat","Paris ('accords signés le 24 avril 1961 à Paris')")
for cc,nm in (("FR","République française"),("CI","République de Côte-d'Ivoire"),("BJ","République du Dahomey"),("NE","République du Niger")):
    row(t,cc,"party","","ci_senat",nm)
row(t,"","fact","1961-05-18","ci_senat","bill authorising approval laid before the Senate (annexe au procès-verbal de la séance du 18 mai 1961); the law and the décret de publication were not found")
row(t,"","article:2","… la responsabilité de leur défense intérieure et extérieure … demander à la République française une aide dans des conditions définies par des accords spéciaux","ci_chatain","assistance_one_way on request, conditions in secret 'accords spéciaux'; fragments quoted by a press article; aggregator-only")
row(t,"CI","operative","1990","ci_rfi_accords","Houphouët-Boigny asked for a French intervention under the defence agreements during the 1990 mutinies; France refused (internal security); year only")
row(t,"CI","operative","1999-12","ci_rfi_accords","Bédié asked for the application of the defence agreements on the first day of the Dec 1999 coup; refused")
row(t,"","fact","2002-09","ci_rfi2002","Quai d'Orsay announces logistic support to the Ivorian authorities after PM Affi N'Guessan's request; the excerpt does not name the defence agreement")
row(t,"","operative","2002-09","ci_imad","Paris 'faire jouer partiellement l'accord de défense' (logistic support) ten days after the outbreak; blog, aggregator-only")
row(t,"","fact","2013-04-16","ci_an931","AN defence committee: France and Côte d'Ivoire 'sont liées par un accord de défense du 24 avril 1961' (still in force in 2013)")
row(t,"","fact","2012-02-01","ci_juppe","Juppé: the treaty signed 26 Jan 2012 'remplace l'ancien traité de 1961'; the day the replacement took effect was not found")
row(t,"CI","fact","2014","ci_apa2014","Ouattara promulgates the ratification law of the 2012 treaty, which 'vient remplacer celui de 1961'; end date of the 1961 accord = entry into force of the 2012 treaty, not found")
row(t,"","fact","2013","ci_senat2013","year derived from report n° 223 (session 2013-2014), not printed in the excerpt; Senate rapporteur: the earlier accords' mutual-assistance or order-maintenance clauses 'n'ont jamais été mises en oeuvre' (disagrees with the operative rows above: requests were made but refused or only partly met)")
row(t,"","fact","2011","ci_longuet","Longuet (2011): the defence accords in force 'datent de mai 1961' (disagrees with the signature date 24 Apr 1961; May 1961 may be the Senate bill)")
# fr-ga-1960
t="fr-ga-1960"
row(t,"","title","Accord de défense entre la République française et la République gabonaise","ga_bo","")
row(t,"","signed","1960-08-17","ga_senat","Libreville")
row(t,"FR","party","","ga_bo","République française")
row(t,"GA","party","","ga_bo","République gabonaise")
row(t,"","fact","1960-11-23","ga_bo","published by décret n° 60-1231 du 23 novembre 1960 (JO du 24, p. 10480); the entry-into-force date itself is not stated")
row(t,"","article:1","La République française et la République gabonaise préparent et assurent en commun leur défense et celle de la Communauté dont elles font partie. Elles se prêtent à cet effet aide et assistance et se concertent d'une manière permanente sur les problèmes de défense.","ga_bo","mutual_defence (aide et assistance); the site numbers this paragraph '2.' after '1. Contenu' (preamble), so Art. 1 is derived. Preamble: Gabon may, with France's agreement, call on French forces for internal or external defence")
row(t,"","fact","1965-08-25","ga_conv1965","logistic-support convention concluded 'dans le cadre des disposition générales prévues par l'Accord de Défense du 17 août 1960'")
row(t,"GA","operative","1964-02-18","ga_tdm","the Gabonese vice-president appeals to France under the defence agreements; on 18 Feb Gen. Kergaravat ordered to free the head of state (source says 'accords … de 1961', sic); aggregator-only (troupesdemarine copy)")
row(t,"FR","operative","1964-02","ga_thesis","de Gaulle decides to intervene to restore Léon Mba, citing 'les accords que nous avons avec le Gabon'; coup of 17-18 Feb 1964; academic thesis")
row(t,"","superseded","2014-06-01","ga_2019","derived: the 2010 defence partnership treaty entered into force 1 Jun 2014; that it abrogates the 1960 accord rests on ga_memoire (aggregator) and the France-round notes")
row(t,"","fact","2010-02-24","ga_memoire","the 2010 treaty's final provisions 'abrogent l'ancien accord de défense' (master's thesis citing AN report n° 3290); aggregator-only")
# cf-fr-1960
t="cf-fr-1960"
row(t,"","title","Accord de défense entre la République française, la République centrafricaine, la République du Congo et la République du Tchad","cf_amt1966","quadripartite; name as cited in the 1966 AMT accord ('Accord de défense entre la République Française, la République Centrafricaine, la République du Congo et la République du Tchad'); BO lists it among the 'accords particuliers conclus les 11, 13 et 15 août 1960'")
row(t,"","signed","1960-08-15","cf_senat","signed 11 Aug (Fort-Lamy), 13 Aug (Bangui), 15 Aug 1960 (Brazzaville); initialled Paris 12 Jul 1960")
for cc,nm in (("FR","République française"),("CF","République centrafricaine"),("CG","République du Congo"),("TD","République du Tchad")):
    row(t,cc,"party","","cf_bo",nm)
row(t,"FR","ratified","1960-11-22","cf_loi","loi n° 60-1225 du 22 novembre 1960 approves the accord de défense and its annexes; JORF copy on a blog, aggregator-only")
row(t,"","fact","1960-11-23","cf_bo","published by décret n° 60-1230 du 23 novembre 1960 (JO du 24, p. 10459); entry-into-force date not stated")
row(t,"","fact","1960-08-15","cf_gibler","Annex I 'Concerning Mutual Assistance and Facilities in the Field of Defence': 'the defence assistance and aid they have undertaken to extend to each other' (English, Gibler copy); the main assistance article was not printed in any excerpt")
row(t,"CG","superseded","1974-01-01","cf_bo","provisions concerning Congo abrogated by the texts of 1 Jan 1974 (date of the replacing texts; their entry into force not found)")
row(t,"TD","superseded","1976-03-06","cf_bo","provisions concerning Chad abrogated by the texts of 6 Mar 1976 (fr-td-1976; in force 1 Mar 1978 per the crate)")
row(t,"CF","operative","1996-05-20","cf_almandin","France launches Opération Almandin 2 'dans le cadre de l'accord de défense la liant à la République Centrafricaine'")
row(t,"CF","fact","2010-12-14","cf_jdb","CAR deputies ratify the 2010 partnership accord, which replaces the 'Accord d'Assistance Technique Militaire du 15 Août 1960'; replacement's entry into force not found")
# fr-tg-1963
t="fr-tg-1963"
row(t,"","title","Accord de défense entre la République française et la République togolaise","tg_bo","")
row(t,"","signed","1963-07-10","tg_bo","place not shown")
row(t,"FR","party","","tg_bo","République française")
row(t,"TG","party","","tg_bo","République togolaise")
row(t,"","in_force","1964-02-08","tg_bo","exchange of instruments of ratification at Lomé, Art. 6")
row(t,"","article:1","La République française et la République togolaise se prêtent aide et assistance pour préparer et assurer leur défense.","tg_bo","mutual_defence")
row(t,"","article:2","La République togolaise responsable de sa défense intérieure et extérieure peut demander à la République française une aide dans des conditions définies par des accords spéciaux.","tg_bo","assistance_one_way, on request, conditions in 'accords spéciaux'")
row(t,"TG","operative","1986-09-25","tg_univ","day derived (the request follows the Lomé shootings of the morning of 25 Sep); after the 23-24 Sep 1986 attack, Eyadema phones Mitterrand; 'en vertu d'un accord de défense' 200 French paratroopers and Jaguars sent; reference work")
row(t,"","operative","1986-09","tg_rot1986","'l'intervention de l'armée française en vertu des accords de défense liant le Togo à la France' (Togolese portal, 2010)")
row(t,"","fact","2009-03-13","tg_mae2009","new defence partnership accord signed at Lomé, intended to replace the old defence agreements; 'Ce processus aboutira à l'abrogation'")
row(t,"TG","fact","2009-03-13","tg_rot2009","Togo's deputies adopt the law on the 2009 accord, which replaces the accord of 10 Jul 1963 and the convention of 5 Mar 1958")
row(t,"","superseded","2011-09","tg_billets","derived from 'Le nouvel accord de défense France-Togo, signé en 2009, est entré en vigueur en septembre 2011'; aggregator-only (Billets d'Afrique copy)")
# fr-km-1978
t="fr-km-1978"
row(t,"","title","Accord de coopération en matière de défense entre le gouvernement de la République française et le gouvernement de la République fédérale islamique des Comores","km_bo","")
row(t,"","signed","1978-11-10","km_bo","place not shown")
row(t,"FR","party","","km_bo","gouvernement de la République française")
row(t,"KM","party","","km_bo","gouvernement de la République fédérale islamique des Comores")
row(t,"","in_force","1982-10-20","km_bo","as stated by the BO entry; rule not shown")
row(t,"","article:1","Le gouvernement de la République française et le gouvernement de la République fédérale islamique des Comores peuvent se prêter mutuellement aide et assistance en cas d'agression extérieure dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies.","km_bo","mutual_defence (permissive 'peuvent'), external aggression, Art. 51 UNC")
row(t,"KM","operative","1995-10-04","km_mae1995","French military operation at the request of the Comorian PM 'en application de l'accord de défense franco-comorien du 10 novembre 1978' (MFA communiqué)")
row(t,"","fact","1999","km_rfi","military cooperation suspended in 1999 (not reported as a denunciation)")
row(t,"","fact","2010-09-27","km_opex","the renovated accord signed in Paris 'prendra désormais le relais' of the Nov 1978 accord")
row(t,"","fact","2013-05-27","km_legi","décret n° 2013-432 publishes the 2010 accord (JORF 29 May 2013); the day it entered into force, and so the end of the 1978 accord, is not in the excerpt")
# dj-fr-1977
t="dj-fr-1977"
row(t,"","title","Protocole provisoire fixant les conditions de stationnement des forces françaises sur le territoire de la République de Djibouti après l'indépendance et les principes de la coopération militaire entre le gouvernement de la République française et le gouvernement de la République de Djibouti","dj_bo","")
row(t,"","signed","1977-06-27","dj_bo","place not shown")
row(t,"FR","party","","dj_bo","gouvernement de la République française")
row(t,"DJ","party","","dj_bo","gouvernement de la République de Djibouti")
row(t,"","in_force","1982-10-31","dj_bo","as stated by the BO entry; rule not shown")
row(t,"","article:1","A la demande du gouvernement de la République de Djibouti, dans l'exercice du droit de légitime défense reconnu par l'article 51 de la charte des Nations unies, et en cas d'agression par une armée étrangère, le gouvernement de la République française apportera à la République de Djibouti, dans les conditions à fixer d'un commun accord, la participation des forces armées françaises stationnées sur le territoire de celui-ci.","dj_bo","assistance_one_way (FR to DJ), on request, aggression by a foreign army; 2nd paragraph excludes maintenance of order")
row(t,"","operative","2008-06","dj_opex","French intervention on the Eritrean incursion at Ras Doumeira, June 2008 (news blog; the excerpt does not name the protocol)")
row(t,"","fact","2011-12-21","dj_xinhua","French MFA sources: France is present in Djibouti under the 1977 protocol 'valant accord de défense' (Xinhua copy)")
row(t,"","ended","2014-05-14","dj_bo","'Abrogé le 14 mai 2014 par : DÉCRET N° 2014-484' publishing the 2011 treaty")
row(t,"","superseded","2014-05-01","dj_senat2025","alternative: the 2011 treaty, 'appelé à se substituer' to the protocol (dj_an2013), entered into force 1 May 2014; derived")
row(t,"","fact","2011-12-21","dj_an2013","the 2011 treaty is 'appelé à se substituer au protocole provisoire du 27 juin 1977'")
# cameroon
t="cm-fr-1974"
row(t,"","title","Accord spécial de défense entre le Gouvernement de la République française et le Gouvernement de la République unie du Cameroun","cm_jdc","secret text; title as given by Journal du Cameroun, decoded from the page's mis-encoded accents (quote kept verbatim)")
row(t,"","signed","1974-02-21","cm_jdc","Yaoundé")
row(t,"FR","party","","cm_jdc","Gouvernement de la République française")
row(t,"CM","party","","cm_jdc","Gouvernement de la République unie du Cameroun")
row(t,"","fact","2010-03","cm_jdc","month derived (announcement 'hier mercredi 10 mars', bill n° 351 of 10 Mar 2010); existing texts provide for possible French intervention 'en cas de menace grave ou d'agression'; the 2009 accord is to abrogate the secret special defence agreement of 21 Feb 1974")
row(t,"","fact","2009-05-21","cm_opex","the 2009 accord replaces the earlier texts 'déjà revus en 1974' and provides that France will no longer intervene militarily if Cameroon is attacked")
row(t,"","fact","2012-08-23","cm_art27","2009 accord Art. 27 abrogates earlier defence and security accords; published by décret n° 2012-989; the end date (its entry into force) not found")
row(t,"CM","operative","1994-02","cm_bakassi","Cameroonian military say they asked the French chief of staff to act 'conformément aux accords militaires' during the Nigerian attack of 2-7 Feb 1994; France did not respond; master's thesis citing an anonymous officer, aggregator-only")
t="cm-fr-1974-coop"
row(t,"","title","Accord de coopération militaire entre le gouvernement de la République française et le gouvernement de la République unie du Cameroun","cm_bo1974","published; distinct from the secret special defence agreement of the same day")
row(t,"","signed","1974-02-21","cm_bo1974","")
row(t,"","fact","1975-12-08","cm_bo1974","published by décret n° 75-1154 du 8 décembre 1975 (JO du 17, p. 12909); abrogates the 13 Nov 1960 accords (extracts)")
row(t,"","article:1","A la demande du gouvernement de la République unie du Cameroun, le Gouvernement de la République française s'engage à apporter, dans la mesure de ses moyens, une assistance en personnels militaires aux forces armées camerounaises.","cm_bo1974","military_cooperation (personnel), not a defence clause; numbered '2.' on the site, Art. 1 derived")
t="cm-fr-1960"
row(t,"","fact","1961-07-31","cm_openafr","the 13 Nov 1960 treaty and accords (including the 'Accord concernant l'assistance militaire technique aux Forces armées camerounaises') published by décret n° 61-877 (JORF 9 Aug 1961); no defence agreement is listed; aggregator-only")
# senegal
t="fr-sn-1974"
row(t,"","title","Accord de coopération en matière de défense entre le gouvernement de la République française et le gouvernement de la République du Sénégal","sn_bo","")
row(t,"","signed","1974-03-29","sn_art20","Paris")
row(t,"FR","party","","sn_bo","gouvernement de la République française")
row(t,"SN","party","","sn_bo","gouvernement de la République du Sénégal")
row(t,"FR","ratified","1975-12-19","sn_decret","loi n° 75-1176 du 19 décembre 1975 authorises approval (JORF copy)")
row(t,"","fact","1976-11-17","sn_bo","published by décret n° 76-1072 du 17 novembre 1976 (JO (NC) du 30, p. 6254); entry-into-force date not stated")
row(t,"","article:1","Le gouvernement de la République française et le gouvernement de la République du Sénégal se prêtent mutuellement aide et assistance pour leur défense extérieure contre toute menace.","sn_bo","mutual_defence, external defence; article number from the Senate report (sn_senat)")
row(t,"","fact","1974-03-29","sn_senat","Senate: Art. 1 provides that the parties 'se prêtent mutuellement aide et assistance pour leur défense extérieure contre toute menace'")
row(t,"","fact","2012-04-18","sn_art20","2012 treaty Art. 20 abrogates and replaces the 1974 accord, which stays fully applicable until the 2012 treaty enters into force (date not found)")
t="fr-sn-1960"
row(t,"","fact","1960-06-22","sn_bo","'Accords particuliers du 22 juin 1960 (extraits)' abrogated by the 1974 accord; whether they include a defence agreement with Senegal (or the Mali Federation) not shown")
# madagascar
t="fr-mg-1960"
row(t,"","signed","1960-06-27","mg_allafrica","'Un Accord de défense signé le 27 juin 1960'; news")
row(t,"","ended","1973-09-01","mg_bo","convention of 4 Jun 1973 (publ. décret n° 75-674): common-defence responsibilities exercised by France since 27 Jun 1960 taken over entirely by Madagascar from 1 Sep 1973")

# write
def clean(x):
    assert "\t" not in x and "\n" not in x, x
    return x
urls=set()
with open("sources.tsv","w",newline="") as f:
    f.write("id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n")
    for s in S:
        assert s[5] not in urls, s[5]; urls.add(s[5])
        assert s[1] in ("official","treaty_text","news","reference")
        f.write("\t".join(clean(x) for x in (ids[s[0]],)+s[1:])+"\n")
used=set()
with open("rows.tsv","w",newline="") as f:
    f.write("treaty\tcountry\tfact\tvalue\tsource_id\tnote\n")
    for r in R:
        used.add(r[4])
        f.write("\t".join(clean(x) for x in r)+"\n")
unused=[ids[s[0]] for s in S if ids[s[0]] not in used]
print(len(S),"sources",len(R),"rows; unused:",unused)
