# builds sources.tsv and rows.tsv (helper script; data below copied from search excerpts)
S = []  # id kind publisher title date url quote orig_pub orig_url
R = []  # treaty country fact value source_id note
def s(i,kind,pub,title,date,url,quote,op="",ou=""):
    S.append((f"pac-s{i}",kind,pub,title,date,url,quote,op,ou))
def r(t,c,f,v,sid,note=""):
    R.append((t,c,f,v,f"pac-s{sid}" if sid else "",note))

# ---------------- Tuvalu ----------------
s(1,"treaty_text","uplink7.com proxy of web.archive.org copy (12 Nov 2023) of DFAT page","Australia-Tuvalu Falepili Union treaty | Australian Government Department of Foreign Affairs and Trade","2023-11-12",
  "https://www.uplink7.com:443/index.php?url=https%3A%2F%2Fweb.archive.org%2Fweb%2F20231112015202%2Fhttps%3A%2F%2Fwww.dfat.gov.au%2Fgeo%2Ftuvalu%2Faustralia-tuvalu-falepili-union-treaty",
  "Australia-Tuvalu Falepili Union treaty The Government of Tuvalu (“Tuvalu”) and the Government of Australia (“Australia”) (together, “the Parties”) RESOLUTE in reaffirming the Parties' sovereignty, territorial integrity, and political independence; … HAVE AGREED as follows: Article 1: Purpose",
  "Australian Government Department of Foreign Affairs and Trade","https://www.dfat.gov.au/geo/tuvalu/australia-tuvalu-falepili-union-treaty")
s(2,"news","AAP via Daily Mail (wires)","[title not shown in excerpt; URL slug: Australia-Tuvalu pact comes force PIF summit]","2024-08-28",
  "https://www.dailymail.co.uk/wires/aap/article-13786679/Australia-Tuvalu-pact-comes-force-PIF-summit.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
  "The trailblazing treaty between Australia and Tuvalu - the Falepili Union - has entered into force, on the sidelines of the Pacific Islands Forum Leaders Meeting in Tonga. Anthony Albanese and Feleti Teo held a signing ceremony on Wednesday to mark the occasion",
  "Australian Associated Press (AAP)","")
s(3,"official","waterproof-coating.com (copy of Australian PM joint media release)","[title not shown in excerpt; URL slug: entry into force of historic australia tuvalu falepili union]","",
  "http://waterproof-coating.com/entry-into-force-of-historic-australia-tuvalu-falepili-union",
  "Prime Minister Anthony Albanese and the Prime Minister of Tuvalu, the Hon Feleti Teo OBE, today announced the entry into force of the Australia-Tuvalu Falepili Union Treaty. … From today, and for the first time ever, Australia is obliged to respond when Tuvalu calls for assistance in the face of a major natural disaster, health pandemic or military aggression. Tuvalu, in turn, will mutually agree any new third-party engagement on defence and security-related matters with Australia.",
  "Prime Minister of Australia (pm.gov.au media release)","")
s(4,"official","Australian Government Department of Foreign Affairs and Trade","Joint Statement on commitment to the Falepili Union","",
  "https://dfat.gov.au/node/153743",
  "Parliamentary scrutiny and consultation is underway, and will inform our work to operationalise our special union. We share an intention for the treaty to enter into force as soon as possible in 2024. … We reaffirm the commitments made through the treaty and joint statement by Prime Minister Anthony Albanese and former Prime Minister Kausea Natano on 9 November 2023.")
s(5,"official","Parliament of Australia, Joint Standing Committee on Treaties","Chapter 3 - Australia-Tuvalu Falepili Union","",
  "https://aph.gov.au/Parliamentary_Business/Committees/Joint/Treaties/AmendmentstoCITESAppen/Report/Chapter_3_-_Australia-Tuvalu_Falepili_Union",
  "The Australia-Tuvalu Falepili Union was referred to the Committee on 26 March 2024. … The proposed treaty (Category 1) action is the entry into force of the Australia-Tuvalu Falepili Union (the Agreement) which was signed by Prime Minister Albanese and then Prime Minister Natano in Rarotonga on 9 November 2023.")
s(6,"reference","De Maribus (blog)","Tuvalu-Australia Falepili Union Treaty","2023-11-13",
  "https://demaribus.net/2023/11/13/tuvalu-australia-falepili-union-treaty",
  "Article 4: Cooperation for security and stability (1) Australia shall, in accordance with its international law obligations, international commitments, domestic processes and capacity, and following a request from Tuvalu, provide assistance to Tuvalu in response to: (a) a major natural disaster; (b) a public health emergency of international concern; (c) military aggression against Tuvalu. … (4) Tuvalu shall mutually agree with Australia any partnership, arrangement or engagement wi",
  "Australian Government Department of Foreign Affairs and Trade (treaty text)","https://www.dfat.gov.au/geo/tuvalu/australia-tuvalu-falepili-union-treaty")
s(7,"news","FBC News (AAP)","[title not shown in excerpt; URL slug: australia tuvalu pact to be ratified at pacific summit]","2024-08-28",
  "https://www.fbcnews.com.fj/world/pacific-islands/australia-tuvalu-pact-to-be-ratified-at-pacific-summit/",
  "Australia and Tuvalu will announce their trailblazing treaty, the Falepili Union, has entered into force on the sidelines of the Pacific Islands Forum Leaders Meeting in Tonga. … “Yes, we have indicated on both sides readiness to ratify that,” he said.",
  "Australian Associated Press (AAP)","")
s(8,"reference","American Journal of International Law (Cambridge University Press)","The Australia-Tuvalu Falepili Union Treaty: Statehood and Security in the Face of Anthropogenic Climate Change","2024-11-15",
  "https://core-prod.cambridgecore.org/core/journals/american-journal-of-international-law/article/australiatuvalu-falepili-union-treaty-statehood-and-security-in-the-face-of-anthropogenic-climate-change/8507F3DC6E01DB1D2156FC6EB98AEC4E",
  "On November 9, 2023, Prime Minister Albanese of Australia and then Prime Minister Natano of Tuvalu signed the Australia-Tuvalu Falepili Union Treaty in Rarotonga (Falepili Union Treaty or the Treaty). … despite its subsequent entry into force on August 28, 2024, it has not been without controversy")
s(9,"official","OpenAustralia (copy of House of Representatives Hansard)","House debates, Tuesday, 26 March 2024, Documents: Tuvalu; Presentation","2024-03-26",
  "https://openaustralia.org.au/debates/?id=2024-03-26.90.1",
  "I present National interest analysis,2024 ATNIA 5; and Australia-Tuvalu Falepili Union,2024 ATNIF 8. … The new government of Tuvalu has confirmed its desire to proceed with the Falepili Union.",
  "Parliament of Australia (Hansard)","")
s(10,"reference","Right to Know (FOI request to DFAT)","Australia-Tuvalu Falepili Union Treaty: \"diplomatic notes\" on entry into force & \"full powers\" for signature","",
  "https://www.righttoknow.org.au/request/australia_tuvalu_falepili_union_3",
  "- diplomatic notes exchanged between Australia and Tuvalu on their completion of \"respective requirements\" and the entry into force of the treaty? (This is said in Article 8 paragraph 1, of the treaty)")
s(11,"official","Prime Minister of Australia","[title not shown in excerpt; URL slug: joint statement falepili union between tuvalu and australia]","",
  "https://www2.pm.gov.au/media/joint-statement-falepili-union-between-tuvalu-and-australia",
  "Today, we, the Prime Minister of Tuvalu and the Prime Minister of Australia, are pleased to announce an elevation of our bilateral relationship to a more advanced, integrated and comprehensive partnership – the Falepili Union. … We have today signed a new bilateral Treaty to give effect to our closer relationship.")
s(12,"news","Bangladesh Sangbad Sangstha / AFP via newssummedup.com","Australia, Tuvalu to launch climate and security pact this year","2024-05-09",
  "https://newssummedup.com/summary/Australia-Tuvalu-to-launch-climate-and-security-pact-this-year-b91ttq",
  "The pact also commits Australia to defending Tuvalu in the face of natural disasters, health pandemics and \"military aggression\", but only upon its request for aid. … But Tuvalu's government had raised concerns about a clause saying it must \"mutually agree\" with Australia on any security or defence deal with other countries.",
  "Agence France-Presse (AFP) / BSS","")
s(13,"reference","Verfassungsblog","Limited Success: Reflections on the Falepili Union Treaty","2023-11-21",
  "https://verfassungsblog.de/limited-success",
  "On November 11 Australia and Tuvalu concluded a treaty on establishing the ‘Falepili Union,’ which deals with three pressing matters (art.1): climate change adaptation, collective security, and a new human mobility pathway.")

T="au-tv-2023"
r(T,"","title","Australia-Tuvalu Falepili Union Treaty",1,"pm.gov.au release (copy s3) and AJIL (s8) use this form; DFAT's page heading (s1) 'Australia-Tuvalu Falepili Union treaty'; JSCOT (s5) and Hansard (s9) list it as 'Australia-Tuvalu Falepili Union' (2024 ATNIF 8). The treaty's own title line was not seen in an excerpt.")
r(T,"","signed","2023-11-09",5,"Rarotonga, Cook Islands (PIF Leaders' Meeting); by PM Albanese and then PM Kausea Natano. Also s8, s4, s11. Disagreement: Verfassungsblog (s13) says 'November 11' - not used.")
r(T,"","in_force","2024-08-28",2,"announced by Albanese and Teo at the PIF Leaders Meeting in Tonga on Wednesday 28 Aug 2024 (AAP s2, s7; PM release copy s3; AJIL s8 'entry into force on August 28, 2024'). Mechanism: exchange of diplomatic notes on completion of requirements, Art. 8(1) — rests only on an FOI requester's paraphrase (s10), aggregator-only; note dates/places of the notes not seen.")
r(T,"AU","party","",2,"")
r(T,"TV","party","",2,"")
r(T,"","article:4","(1) Australia shall, in accordance with its international law obligations, international commitments, domestic processes and capacity, and following a request from Tuvalu, provide assistance to Tuvalu in response to: (a) a major natural disaster; (b) a public health emergency of international concern; (c) military aggression against Tuvalu.",6,"paragraph (1). AGGREGATOR-ONLY verbatim (De Maribus blog quoting the DFAT text; the blog then elides paras 2-3 and begins para (4), whose full sentence is in the next article:4 row from s40). Substance corroborated by the PM's entry-into-force release (s3): 'Australia is obliged to respond when Tuvalu calls for assistance in the face of a major natural disaster, health pandemic or military aggression. Tuvalu, in turn, will mutually agree any new third-party engagement on defence and security-related matters with Australia.' and by AFP (s12).")
r(T,"","operative","2024-08-28",3,"PM release (copy): 'From today, and for the first time ever, Australia is obliged to respond when Tuvalu calls for assistance…' — same day as entry into force.")

# ---------------- Nauru ----------------
s(14,"treaty_text","Australian Government Department of Foreign Affairs and Trade","Nauru-Australia treaty between Australia and Nauru","",
  "https://dfat.gov.au/geo/nauru/nauru-australia-treaty",
  "Nauru-Australia treaty between Australia and Nauru RECOGNISING the Parties’ family connection, shared history, cultural affinity and close geography entwine our past, present and future; … RECOGNISING the Parties’ longstanding cooperation, mutual respect and shared interest in the stability and security of each other, embodied in Australia’s role as Nauru’s closest security, enduring economic and development partner;")
s(15,"official","Prime Minister of Australia","[title not shown in excerpt; URL slug: nauru-australia-treaty]","",
  "https://www2.pm.gov.au/media/nauru-australia-treaty",
  "Today we are pleased to announce that our two nations have elevated our long-standing relationship to an integrated economic, social and security partnership by signing the Nauru–Australia Treaty. … We will do this by expanding and deepening our security cooperation and committing to consult on developments th")
s(16,"news","PerthNow (AAP)","[title not shown in excerpt; URL slug: australia gains effective veto over nauru security pact]","2024-12-09",
  "https://www.perthnow.com.au/politics/australia-gains-effective-veto-over-nauru-security-pact-c-17023099",
  "The two countries will have to mutually agree to any engagement in Nauru's security, banking and telecommunications sectors and consult on outside engagement in other critical infrastructure. … he told a joint press conference in Canberra on Monday after the agreement was signed. … The treaty will come into force in 2025 following domestic requirements for both nations.",
  "Australian Associated Press (AAP)","")
s(17,"news","Defence Connect","Nauru-Australia Treaty signed to strengthen bilateral ties, improve security","",
  "https://defenceconnect.com.au/geopolitics-and-policy/15227-nauru-australia-treaty-signed-to-strengthen-bilateral-ties-improve-security",
  "Prime Minister Anthony Albanese and the President of Nauru, His Excellency David Waiau Ranibok Adeang, signed the Treaty in Canberra this week. … under the treaty, Nauru and Australia have committed to mutually agree to any engagement in Nauru’s security, banking and telecommunications sectors and to consult on any engagement in other critical infrastructure.")
s(18,"news","NewsCop","[title not shown in excerpt; URL slug: nauru signs australia into vetting its security deals under new treaty]","2024-12-09",
  "https://newscop.com.au/2024/12/09/nauru-signs-australia-into-vetting-its-security-deals-under-new-treaty",
  "“ …. Both countries will mutually agree on any engagement by others in Nauru’s security and key critical infrastructure sectors and have agreed that critical infrastructure shall not be used by any third party for security purposes,” he says. Article five of the treaty states that Nauru will consult with Australia before signing a third party deal with another state or company on infrastructure like ports, airports and energy networks.")
s(19,"official","OpenAustralia (copy of House of Representatives Hansard)","House debates, Wednesday, 3 September 2025, Treaties Joint Committee; Report (Lisa Chesters)","2025-09-03",
  "https://www.openaustralia.org.au/debates/?id=2025-09-03.9.1",
  "On behalf of the Joint Standing Committee on Treaties, I present the committee's report entitled Report 227: Nauru-Australia Treaty; radio regulations WRC-23.",
  "Parliament of Australia (Hansard)","")
s(20,"official","OpenAustralia (copy of House of Representatives Hansard)","House debates, Wednesday, 3 September 2025, Treaties Joint Committee; Report (Zoe McKenzie)","2025-09-03",
  "https://www.openaustralia.org.au/debate/?id=2025-09-03.10.1",
  "our report makes two recommendations: to support both major treaty actions reviewed and to recommend that binding treaty actions be taken. However, as members can read in the report, the committee members raised concerns in the context of the prospective Nauru-Australia Treaty",
  "Parliament of Australia (Hansard)","")
s(21,"news","The Diplomat","The Nauru-Australia Security Treaty: Win-Win or Trouble Ahead?","2024-12",
  "https://thediplomat.com/2024/12/the-nauru-australia-security-treaty-win-win-or-trouble-ahead",
  "Nauru President David Adeang (left) and Australian Prime Minister Anthony Albanese sign the Nauru-Australia Treaty in Canberra, Australia, Dec. 8, 2024. … At first blush, the December 8 announcement that Australia and Nauru have signed a security treaty",
  "The Conversation (Joanne Wallis)","https://theconversation.com/at-first-glance-australias-new-treaty-with-nauru-seems-to-be-a-win-win-but-questions-remain-245562")
s(22,"reference","Lowy Institute, The Interpreter","[title not shown in excerpt; URL slug: new treaty ties nauru australia banks security telecommunications]","",
  "https://www.lowyinstitute.org/the-interpreter/new-treaty-ties-nauru-australia-banks-security-telecommunications",
  "There’s also no security guarantee that Australia would respond to Nauru in the event of a disaster or attack, but there is a guarantee from Nauru that no third party will use its critical infrastructure for security purposes.")
s(23,"news","Michael West Media (AAP copy)","[title not shown in excerpt; URL slug: australia to probe 1b chinese company deal with nauru]","",
  "https://michaelwest.com.au/news/australia-to-probe-1b-chinese-company-deal-with-nauru",
  "Pacific Minister Pat Conroy said the Australian government was working with Nauru to determine whether a development deal with the China Rural Revitalisation and Development Corporation, signed on August 5, activated treaty obligations.",
  "Australian Associated Press (AAP)","")

N="au-nr-2024"
r(N,"","title","Nauru-Australia Treaty",15,"PM joint statement (s15), AAP (s16), Hansard (s19). DFAT text page heading (s14): 'Nauru-Australia treaty between Australia and Nauru'. No source calls it the 'Nakamura Treaty' (brief's '?'); not found.")
r(N,"","signed","2024-12-09",16,"Canberra, by PM Albanese and President David Adeang (AAP s16: 'joint press conference in Canberra on Monday' in a 2024-12-09 story; Defence Connect s17). Disagreement: The Diplomat (s21) says 'Dec. 8, 2024' (caption/announcement) — probably US date; not used.")
r(N,"AU","party","",15,"")
r(N,"NR","party","",15,"")

# ---------------- Solomon Islands ----------------
s(24,"official","Australian Government Department of Foreign Affairs and Trade","Solomon Islands — Summary of publication [full title not shown in excerpt]","",
  "https://dfat.gov.au/node/109989",
  "On 14 August 2017 former Foreign Minister Julie Bishop and former Solomon Islands Foreign Minister Milner Tozaka signed a new security treaty between Australia and Solomon Islands. … The treaty was tabled in Australia's Parliament on 16 October 2017, and entered into force on 13 June 2018. Our Bilateral Security Treaty was activated for the first time in November 2021 following civil unrest in Honiara. … SIAF concluded on 18 August 2024.")
s(25,"treaty_text","hoonting.blogspot.com (copy of Australian Treaty Series text)","[title not shown in excerpt]","2022-04",
  "https://hoonting.blogspot.com/2022/04/20170814-australia-solomon-security.html",
  "Agreement between the Government of Australia and the Government of Solomon Islands Concerning the Basis for Deployment of Police, Armed Forces, and other Personnel to Solomon Islands (Canberra, 14 August 2017) Entry into force for Australia: 13 June 2018 AUSTRALIAN TREATY SERIES [2018] ATS 14",
  "Australian Government Department of Foreign Affairs and Trade (Australian Treaty Series)","")
s(26,"official","Parliament of Australia, Joint Standing Committee on Treaties","3. Deployment of Personnel - Solomon Islands (JSCOT Report 176)","",
  "https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/Treaties/AirForce-Singapore/Report_176/Section?id=committees%2Freportjnt%2F024129%2F25455",
  "This Chapter reviews the Agreement between the Government of Australia and the Government of Solomon Islands Concerning the Basis for Deployment of Police, Armed Forces and Other Personnel to Solomon Islands. The Agreement was signed in Canberra on 14 October 2017 and tabled in the Parliament on 16 October 2017.")
s(27,"reference","ASPI The Strategist","What’s the significance of Australia’s new security treaty with Solomon Islands?","2017-12-06",
  "https://www.aspistrategist.org.au/whats-the-significance-of-australias-new-security-treaty-with-solomon-islands/printni/36099/",
  "That deliberate open-endedness about the circumstances under which the treaty might come into effect is echoed in Article 2, which outlines the scope of any Australian response. Australia may provide: • assistance in ‘the")
s(28,"news","RNZ","Australia and Solomon Islands sign new security treaty","2017-08",
  "https://www.rnz.co.nz/international/pacific-news/337331/australia-and-solomon-islands-sign-new-security-treaty",
  "The deal was signed this week by the prime ministers of both nations and comes after the withdrawal of the Regional Assistance Mission (RAMSI) from the Solomons in June. … Australia's Malcolm Turnbull told parliament the treaty allowed defence and civilian personnel to provide security or humanitarian assistance if sought by the Solomons' government.")
s(29,"news","Island Sun (Solomon Islands)","AFP here to assist local police","2021-11-25",
  "https://theislandsun.com.sb/afp-here-to-assist-local-police/",
  "The meeting was convened after his Solomon Islands counterpart, Manasseh Sogavare urged Australia to help under a security treaty both countries signed in 2017.")
s(30,"news","Defence Connect","ADF answers call for aid from Solomon Islands","2021-11",
  "https://defenceconnect.com.au/joint-capabilities/9159-adf-answers-call-for-aid-from-solomon-islands",
  "The Commonwealth government has accepted a formal request for assistance from the Solomon Islands government under the 2017 Bilateral Security Treaty, agreeing to provide urgent military assistance.")
s(31,"official","Island Sun (op-ed by Roderick Brazier, Australia's High Commissioner to Solomon Islands)","Solomon Islands Security Treaty – Putting words into action in the Pacific","",
  "https://theislandsun.com.sb/solomon-islands-security-treaty-putting-words-into-action-in-the-pacific/",
  "Backing up these words with action, just two days later, on August 14, 2017, she signed a new security treaty with Solomon Islands Foreign Minister, Milner Tozaka.")
s(32,"news","Colombo Gazette (BBC copy)","Australia and Solomon Islands sign new security deal","2017-08-15",
  "https://colombogazette.com/2017/08/15/australia-and-solomon-islands-sign-new-security-deal/",
  "Australia and the Solomon Islands have signed a deal allowing Canberra to deploy security forces to its Pacific neighbour in the event of civil unrest. The agreement was signed amid a week-long Australian visit by Solomon Islands PM Manasseh Sogavare.",
  "BBC","")

B="au-sb-2017"
r(B,"","title","Agreement between the Government of Australia and the Government of Solomon Islands Concerning the Basis for Deployment of Police, Armed Forces, and other Personnel to Solomon Islands",25,"ATS copy (s25, aggregator copy of [2018] ATS 14); JSCOT (s26) writes 'Armed Forces and Other Personnel' (no comma). Known as the Bilateral Security Treaty (DFAT s24).")
r(B,"","signed","2017-08-14",24,"Canberra (ATS heading s25); signed by Foreign Ministers Julie Bishop and Milner Tozaka (DFAT s24; High Commissioner s31) during PM Sogavare's visit (BBC s32). Disagreements: JSCOT Report 176 (s26) says 'signed in Canberra on 14 October 2017' (tabled 16 Oct 2017); RNZ (s28) says signed 'by the prime ministers of both nations'. Followed DFAT + ATS.")
r(B,"","in_force","2018-06-13",24,"DFAT (s24) 'entered into force on 13 June 2018'; ATS copy (s25) 'Entry into force for Australia: 13 June 2018'.")
r(B,"AU","party","",24,"")
r(B,"SB","party","",24,"")
r(B,"","operative","2021-11-25",29,"first activation: Sogavare 'urged Australia to help under a security treaty both countries signed in 2017'; AFP officers arrived Honiara 25 Nov 2021 (Island Sun s29); Defence Connect (s30) 'formal request for assistance … under the 2017 Bilateral Security Treaty'. DFAT (s24): 'activated for the first time in November 2021'.")

# ---------------- China-Solomon ----------------
s(33,"news","CGTN","China, Solomon Islands sign deal on security cooperation framework","2022-03-31",
  "https://news.cgtn.com/news/2022-03-31/China-Solomon-Islands-sign-draft-of-security-pact-18QVy7ZL4XK/index.html",
  "Chinese Ambassador to the Solomon Islands Li Ming and Colin Beck, permanent secretary of the Ministry of Foreign Affairs and External Trade of the Solomon Islands, \"initialed the Framework Agreement Between the Government of the PRC and the Government of Solomon Islands on security cooperation\" on Wednesday, according to the Chinese Embassy.")
s(34,"news","Taipei Times","[title not shown in excerpt]","2022-04-20",
  "https://www.taipeitimes.com/News/front/archives/2022/04/20/2003776902",
  "Chinese Minister of Foreign Affairs Wang Yi (王毅) and Solomon Islands Minister of Foreign Affairs Jeremiah Manele “officially signed an intergovernmental framework agreement on security cooperation the other day,” Chinese Ministry of Foreign Affairs spokesman Wang Wenbin (汪文斌) said yesterday at a regular news briefing in Beijing. “The two sides will conduct cooperation, including maintenance of social order, protection and safety of people’s lives and property, humanitarian assistance and natural disaster response, to help the Solomon Islands strengthen capacity-building and safeguard its own security,” Wang Wenbin said.")
s(35,"news","China Daily via China Military Online (PLA Daily)","China signs security pact with Solomons","2022-04-20",
  "http://english.pladaily.com.cn/view/2022-04/20/content_10149249.htm",
  "China confirmed on Tuesday the official signing of a security pact with the Solomon Islands … Foreign Ministry spokesman Wang Wenbin said at a daily news briefing that the foreign ministers of the two countries had officially signed an intergovernmental framework agreement on security cooperation",
  "China Daily","")
s(36,"news","The Nation (Thailand)","[title not shown in excerpt]","2022-05-27",
  "https://www.nationthailand.com/international/40016001",
  "When asked about the framework agreement on security cooperation signed between the two countries last month, Wang said it is a cooperation deal by two sovereign countries that aims to assist the Solomon Islands in boosting its law enforcement capabilities.")

C="cn-sb-2022"
r(C,"","title","Framework Agreement Between the Government of the PRC and the Government of Solomon Islands on security cooperation",33,"title as quoted by CGTN from the Chinese Embassy statement; Chinese MFA calls it an 'intergovernmental framework agreement on security cooperation' (s34, s35).")
r(C,"","signed","2022-04",34,"(initialled earlier, 'on Wednesday' per CGTN s33 story of Thu 31 Mar 2022 = 30 Mar 2022, by Ambassador Li Ming and Permanent Secretary Colin Beck.) Signed by Wang Yi and Jeremiah Manele 'the other day' (Wang Wenbin at 19 Apr 2022 briefing; Taipei Times 20 Apr; China Daily s35 'confirmed on Tuesday'); exact day and place not stated in any excerpt. Nation (s36, 27 May 2022) 'signed … last month'.")
r(C,"CN","party","",34,"")
r(C,"SB","party","",34,"")

# ---------------- additions (round 2) ----------------
s(37,"official","Prime Minister of Australia","Joint press conference - Pacific Islands Forum (Transcript, Tonga)","",
  "https://pm.gov.au/media/joint-press-conference-pacific-islands-forum",
  "FELETI TEO, PRIME MINISTER OF TUVALU: … Today marks the entry into force of the ground-breaking Falepili Union Treaty between Tuvalu and Australia. … So it is my enormous pleasure on this occasion, on behalf of the government and people of Tuvalu to publicly announce the entry into force of the Falepili Union Treaty after confirmation of ratification by both countries. … For the first time there is a country, Australia, that has committed legally to come to the aid of Tuvalu upon request when Tuvalu encounters a major natural disasters, when Tuvalu is experiencing a major public health, a pandemic, or when Tuvalu is subjected to")
s(38,"official","Department of the Prime Minister and Cabinet (Australia)","53rd Pacific Islands Forum Leaders Meeting","",
  "https://pmc.gov.au/news/53rd-pacific-islands-forum-leaders-meeting",
  "From 27 to 29 August, Prime Minister Anthony Albanese attended the 53rd Pacific Islands Forum (PIF) Leaders’ Meeting in Tonga. … Australia and Tuvalu also held an event to announce the entry into force of the historic Falepili Union Treaty.")
s(39,"news","SBS News (AAP image caption)","Strong demand from Tuvalu for Australian residency as visa lottery closes","",
  "https://www.sbs.com.au/news/podcast-episode/strong-demand-from-tuvalu-for-australian-residency-as-visa-lottery-closes/b9jbdn5wc?mc_cid=c7d72a6cf8&mc_eid=9f8b16a6b8",
  "Australian Prime Minister Anthony Albanese and Prime Minister of Tuvalu Feleti Teo cut a cake after signing agreements for the Australia-Tuvalu Falepili Union to come into force at the 53rd Pacific Islands Forum Leaders Meeting in Nuku'alofa, Tonga, Wednesday, August 28, 2024. (AAP Image/Lukas Coch)")
s(40,"reference","Center for Security Policy","Australia: neo-imperialist or climate change savior? [title from URL slug]","",
  "https://centerforsecuritypolicy.org/australia-neo-imperialist-or-climate-change-savior/",
  "The Australia-Tuvalu Falepili Union treaty reads in part: “Tuvalu shall mutually agree with Australia any partnership, arrangement or engagement with any other State or entity on security and defence-related matters. Such matters include but are not limited to defence, policing, border protection, cyber security and critical infrastructure, including ports, telecommunications and energy infrastructure.”",
  "Australian Government Department of Foreign Affairs and Trade (treaty text)","https://www.dfat.gov.au/geo/tuvalu/australia-tuvalu-falepili-union-treaty")
s(41,"official","Minister for International Development and the Pacific (ministers.dfat.gov.au)","Supporting stronger relationships in the Pacific through opening of Falepili Mobility Pathway ballot [title from URL slug]","",
  "https://ministers.dfat.gov.au/minister/pat-conroy-mp/media-release/supporting-stronger-relationships-pacific-through-opening-falepili-mobility-pathway-ballot",
  "The inaugural ballot for the Falepili Mobility Pathway will open to registrations from Tuvaluan citizens on 16 June, enabling up to 280 Tuvaluans each year to live, work and study in Australia. … The opening of the mobility pathway is an important milestone in the delivery of the groundbreaking Falepili Union Treaty, which was signed in 2023")
s(42,"news","Devdiscourse (Reuters-based)","Australia fast-tracks Nauru treaty amid Chinese investment concerns [title from URL slug]","2025-08-25",
  "https://www.devdiscourse.com/article/headlines/3601893-australia-fast-tracks-nauru-treaty-amid-chinese-investment-concerns",
  "Australia is racing to ratify a significant security and economic treaty with Nauru by next month, Australian officials announced on Monday. … The treaty awaits ratification by Australia, delayed due to parliamentary dissolution for a national election. … Australia plans to announce the ratification at a Pacific Island leaders meeting next month",
  "Reuters","")
# PNG 2023 framework agreement
s(43,"treaty_text","Australian Government Department of Foreign Affairs and Trade","Agreement between the Government of Australia and the Government of Papua New Guinea on a Framework for Closer Security Relations","",
  "https://www.dfat.gov.au/countries/papua-new-guinea/australia-papua-new-guinea-bilateral-security-agreement",
  "Agreement between the Government of Australia and the Government of Papua New Guinea on a Framework for Closer Security Relations The Government of Australia (\"Australia\") and the Government of Papua New Guinea (\"Papua New Guinea\"), referred to individually as a \"Party\", and collectively as \"the Parties\", … HAVE AGREED as follows; Article 1: Principles The Parties shall implement this Agreement consistent with the following principles:")
s(44,"official","Parliament of Australia, Joint Standing Committee on Treaties","Chapter 2 - PNG Security Relations","",
  "https://aph.gov.au/Parliamentary_Business/Committees/Joint/Treaties/ILO187/Report/Chapter_2_-_PNG_Security_Relations",
  "The Agreement Between the Government of Australia and the Government of Papua New Guinea on a Framework for Closer Security Relations was referred to the Committee on 15 May 2024. … The proposed treaty-action (Category 1) is entry into force of the Agreement Between the Government of Australia and the Government of Papua New Guinea on a Framework for Closer Security Relations (the Agreement), signed on 7 December 2023.[1]")
s(45,"reference","Lowy Institute, The Interpreter","Australia–PNG security agreement: A revamp for Pacific partnerships","2023-12",
  "https://www.lowyinstitute.org/the-interpreter/australia-png-security-agreement-revamp-pacific-partnerships",
  "Known formally as the Agreement between the Government of Australia and the Government of Papua New Guinea on a Framework for Closer Security Relations, it was signed in Canberra on 7 December.")
s(46,"news","PNG Haus Bung","[title not shown in excerpt]","",
  "https://pnghausbung.com/?p=59546",
  "Apart from the big announcement on Thursday confirming PNG’s inclusion in the NRL, Australian Prime Minister Anthony Albanese and his counterpart Prime Minister James Marape in a joint statement announced the entry into force of the Australia – Papua New Guinea Bilateral Security Agreement. … Since signing the Agreement in December 2023,")
s(47,"official","Mirage News (copy of Australian PM transcript)","Australian Prime Minister Press Conference - Sydney 12 December","",
  "https://miragenews.com/australian-prime-minister-press-conference-1376715",
  "Australian Prime Minister Press Conference - Sydney 12 December … And that's why I'm delighted to announce the Australian Government is supporting a PNG team to join the National Rugby League competition from 2028.",
  "Prime Minister of Australia","")
s(48,"news","TRT World (agency report)","[title not shown in excerpt]","2023-12-07",
  "https://www.trtworld.com:443/article/16135180",
  "Australia and neighbouring Papua New Guinea have signed a bilateral security agreement that Prime Minister Anthony Albanese and counterpart James Marape said showed the closeness of the two nations. The deal signed on Thursday is designed to bolster Papua New Guinea's internal security through more assistance in policing, defence and the judiciary")
s(49,"official","Office of the Prime Minister of Papua New Guinea (pmjamesmarape.com)","[title not shown in excerpt]","2023-12-07",
  "https://pmjamesmarape.com/?p=3963",
  "Canberra, Australia, December 7, 2023 – … This was evident during the historic signing of the Australia-Papua New Guinea Bilateral Security Agreement")
# Vanuatu (not in force) and Fiji
s(50,"news","EconoTimes","Australia Delays Security Agreement with Vanuatu Amid Regional Tensions","",
  "https://www.econotimes.com/Australia-Delays-Security-Agreement-with-Vanuatu-Amid-Regional-Tensions-1720052",
  "Australian Prime Minister Anthony Albanese confirmed that a landmark security and development agreement with Vanuatu will not be signed as originally planned. … A 2022 security pact between Australia and Vanuatu was previously blocked after failing to gain domestic approval")

r(T,"","in_force","2024-08-28",37,"second official source: joint press conference in Tonga, Teo: 'Today marks the entry into force … after confirmation of ratification by both countries' (transcript date not shown in excerpt; PM&C s38 places the event at the 53rd PIF, 27-29 Aug; SBS/AAP caption s39: Nuku'alofa, Wednesday, August 28, 2024).")
r(T,"","article:4","Tuvalu shall mutually agree with Australia any partnership, arrangement or engagement with any other State or entity on security and defence-related matters. Such matters include but are not limited to defence, policing, border protection, cyber security and critical infrastructure, including ports, telecommunications and energy infrastructure.",40,"paragraph (4). AGGREGATOR-ONLY verbatim (Center for Security Policy quoting the treaty; paragraph number (4) from De Maribus s6 whose excerpt begins the same sentence). Meaning confirmed by PM release (s3).")
r(T,"","operative","2025-06-16",51,"later act in implementation: Falepili Mobility Pathway ballot opens 16 June 2025 (The New Atoll s51; minister s41); minister calls it 'an important milestone in the delivery of the groundbreaking Falepili Union Treaty'. Earlier operative evidence is the EIF day itself.")
P="au-pg-2023"
r(P,"","title","Agreement between the Government of Australia and the Government of Papua New Guinea on a Framework for Closer Security Relations",43,"DFAT text heading; JSCOT (s44) same with capital 'Between'. Commonly 'Australia – Papua New Guinea Bilateral Security Agreement'. Distinct from the 2025 Pukpuk Mutual Defence Treaty (au-pg-2025, not repeated).")
r(P,"","signed","2023-12-07",44,"Canberra (Lowy s45; PNG PM office s49 'Canberra, Australia, December 7, 2023'); by PMs Albanese and Marape (TRT s48).")
r(P,"","in_force","2024-12",46,"entry into force announced in an Albanese–Marape joint statement on the Thursday of the PNG NRL announcement (PNG Haus Bung s46); the PM's NRL press conference is headed 'Sydney 12 December' (s47, year not shown; after the Dec 2023 signing, and 12 Dec is a Thursday in 2024). Legal date of entry into force not stated in any excerpt; recorded at month precision.")
r(P,"AU","party","",43,"")
r(P,"PG","party","",43,"")

s(51,"news","The New Atoll (Tuvalu)","Falepili mobility pathway ballot to open for Tuvaluans on June 16 [title from URL slug]","2025-06-13",
  "https://thenewatoll.com/2025/06/13/falepili-mobility-pathway-ballot-to-open-for-tuvaluans-on-june-16",
  "The Australian High Commission and the Government of Tuvalu have announced that the inaugural ballot for the Falepili Mobility Pathway will officially open to Tuvaluan citizens on 16 June 2025. … As part of the broader cooperation under the Falepili Union, Australia will provide an estimated AUD $47 million from 2025–2026")

import csv
with open("sources.tsv","w",newline="") as f:
    f.write("id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n")
    urls=set()
    for row in S:
        assert row[5] not in urls or row[5]=="", row[0]; urls.add(row[5])
        for x in row: assert "\t" not in x and "\n" not in x, row[0]
        f.write("\t".join(row)+"\n")
with open("rows.tsv","w") as f:
    f.write("treaty\tcountry\tfact\tvalue\tsource_id\tnote\n")
    for row in R:
        for x in row: assert "\t" not in x and "\n" not in x
        f.write("\t".join(row)+"\n")
print(len(S),len(R))
