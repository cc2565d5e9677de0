#!/usr/bin/env python3
"""Writes sources.tsv and rows.tsv for gulf-africa-op. Quotes are excerpt text, line breaks joined, '…' marks elisions."""
import os
B = "gulf-africa-op"
D = os.path.dirname(os.path.abspath(__file__))

S = [
 # id-suffix, kind, publisher, title, date, url, quote, original_publisher, original_url
 ("s1","news","Islamweb & News Agencies (AFP copy)","Gulf Arab leaders sign up for economic union, expand defense force","",
  "https://islamweb.net/amp/en/article/3091",
  "The Gulf Arab leaders also agreed to set up a supreme defense council and to boost their joint forces to 20,000 men. They gave no details about that decision, but a delegate told AFP the council would oversee the implementation of a joint defense pact, signed by the leaders a year ago, which commits the GCC countries to defend any member state against an outside threat.",
  "AFP",""),
 ("s2","news","Al Bawaba","[title from URL slug] gcc-set-supreme-defense-council","",
  "https://www.albawaba.com/news/gcc-set-supreme-defense-council",
  "At the 22nd summit meeting of the Gulf Cooperation Council (GCC) agreement was reached to set up a Supreme Defense Council for the six member countries. The role of the new council will be to oversee the implementation of the GCC’s joint defense pact, which was signed in January 2001. The Supreme Defense Council was recommended earlier this year by the chiefs of staff of the Gulf countries, and approved in October by the GCC defense ministers at their 20th annual meeting, held in Manama, Bahrain.",
  "",""),
 ("s3","official","GCC Secretariat-General (gcc-sg.org)","The Closing Statement of the Twenty Second Session","2001-12-31",
  "https://www.gcc-sg.org/en-us/Statements/SupremeCouncil/Pages/TwentySecondSession-.aspx",
  "The Closing Statement of the Twenty Second Session of the GCC Supreme Council Sultanate of Oman - Muscat 16 Shawwal 1422 AH / 31 December 2001 AD … held its 22nd session in Muscat, Sultanate of Oman on 15-16 (Sunday and Monday) Shawwal 1422 AH corresponding to 30-31 December 2001 AD",
  "",""),
 ("s4","news","DNA News Agency (Pakistan)","Pakistan, Saudi Arabia vow to deepen defence ties","2025-11-14",
  "https://dnanews.com.pk/pakistan-saudi-arabia-vow-to-deepen-defence-ties/?utm_source=rss&utm_medium=rss&utm_campaign=pakistan-saudi-arabia-vow-to-deepen-defence-ties",
  "RIYADH, NOV 14: /DNA/ – Lieutenant General Syed Aamer Raza, Chief of General Staff (CGS) Pakistan Army, called on General Fayyadh Bin Hameed Al-Rowaily, Chief of General Staff, Royal Saudi Armed Forces, at Riyadh. During the meeting, matters of mutual strategic interest were discussed, with a special focus on strengthening bilateral defence cooperation, enhancing interoperability and advancing collaboration under the Strategic Mutual Defence Agreement (SMDA).",
  "Inter-Services Public Relations (ISPR), Pakistan",""),
 ("s5","news","Geo News (geo.tv)","[title from URL slug] Pakistan, Saudi Arabia vow to bolster cooperation under strategic defence pact","",
  "https://www.geo.tv/amp/633654-pakistan-saudi-arabia-vow-to-bolster-cooperation-under-strategic-defence-pact",
  "The military leadership of Pakistan and Saudi Arabia on Friday resolved to strengthen bilateral defence cooperation under the Strategic Mutual Defence Agreement (SMDA). In a statement, the Inter-Services Public Relations (ISPR) said that Chief of General Staff (CGS) Lieutenant General Syed Aamer Raza called on Royal Saudi Armed Forces Chief of General Staff General Fayyadh Bin Hameed Al-Rowaily in Riyadh.",
  "Inter-Services Public Relations (ISPR), Pakistan",""),
 ("s6","reference","Hospitality Plus (hospitalityplus.com.pk)","[title not shown in excerpt] report of PM Office joint statement on SMDA signing","",
  "https://www.hospitalityplus.com.pk/?p=12322",
  "Prime Minister Muhammad Shehbaz Sharif and Crown Prince and Prime Minister Mohammed bin Salman bin Abdulaziz Al Saud exchanged the signed documents at Al-Yamamah Palace in Riyadh during PM Sharif’s state visit to the Kingdom. According to a joint statement issued by the PM Office Media Wing, the agreement reflects the shared resolve of both nations to strengthen defense cooperation",
  "Prime Minister's Office Media Wing, Pakistan",""),
 ("s7","news","The Economist (Namibia)","[title from URL slug] SADC has responsibility to help member states under terrorist threat","2021-04-26",
  "https://economist.com.na/61058/special-focus/sadc-has-responsibility-to-help-member-states-under-terrorist-threat/?utm_source=rss&utm_medium=rss&utm_campaign=sadc-has-responsibility-to-help-member-states-under-terrorist-threat",
  "In his remarks at the opening of the Extraordinary Ministerial Meeting of the SADC Organ on Politics, Defence and Security Cooperation in Maputo, Mozambique, on 28 April 2021, Dr Kwape said … As we deliberate on the Report and course of action, we should also take into consideration that our way forward, as the Region, should be guided by the SADC Mutual Defence Pact, which entered into force in August 2008. As we are aware, the Pact provides for collective self-defence and collective action.",
  "SADC Secretariat (statement posted on the SADC website, per defenceWeb)",""),
 ("s8","news","defenceWeb","SADC has “responsibility” to help Mozambique","",
  "https://www.defenceweb.co.za/featured/sadc-has-responsibility-to-help-mozambique/",
  "A statement posted on the SADC website yesterday (Thursday, 29 April) attributes this comment to Botswana Minister of International Affairs and Co-operation Dr Lemogang Kwape. … “as we deliberate on the report and course of action, we should take into consideration the way forward, as the region, should be guided by the SADC Mutual Defence Pact. The pact provides for collective self-defence and collective action. In particular, Article 6 states ‘an armed attack against a state party shall be considered a threat to regional peace and security and such an attack shall be met with immediate action’”.",
  "SADC Secretariat (statement on the SADC website)",""),
 ("s9","news","African News Agency (ANA)","SADC approves anti-terrorism Standby Force for Mozambique","2021-06-23",
  "https://www.africannewsagency.com/south-africa/sadc-approves-anti-terrorism-standby-force-for-mozambique-33958a2d-5511-4150-8f45-8fe29cdd9409/",
  "PRETORIA, June 23 (ANA) – The extraordinary summit of the Southern African Development Community which met on Wednesday has approved sending a SADC Standby Force in Mozambique to counter terrorism and extremism in Cabo Delgado. “Summit endorsed the recommendations of the report of the chairperson on politics, defence and security co-operation and approved the mandate for the SADC Force Mission to the Republic of Mozambique, to be deployed under the SADC Standby Force in support of Mozambique to combat terrorism and acts of extremism in Cabo Delgado,” according to the the communiqué of the high level meeting.",
  "SADC (communiqué of the Extraordinary Summit, Maputo, 23 Jun 2021)",""),
 ("s10","news","The Nation (Malawi)","Malawi yet to ratify 24 Sadc agreements","",
  "https://mwnation.com/malawi-yet-to-ratify-24-sadc-agreements/",
  "Sadc documents which The Nation has seen, showing the status of the region’s protocols as at July 30 2013, indicate that 20 of the agreements yet to be ratified by Malawi are already in force while the other four are yet to enter into force. … Some of the agreements Malawi is yet to ratify include the Charter of the Fundamental Social Rights, Mutual Defence Pact, Protocol on Forestry",
  "SADC Secretariat (status document as at 30 Jul 2013, not seen)",""),
 ("s11","reference","Parliamentary Monitoring Group (South Africa)","SADC Mutual Defence Pact, Protocol on the Rights of the Child: Proposed Ratification","2005-02-15",
  "https://pmg.org.za/committee-meeting/4784/",
  "The Department briefed the Committee on the SADC Mutual Defence Pact … The Committee agreed to ratify the Pact with reservation on Article 8. … Mr Motumi initiated the briefing by noting that SA had signed the Pact but had not yet ratified it. Mr Sendel pointed out that the Seychelles and Angola as SADC member states had not signed the Pact.",
  "Parliament of South Africa, Defence Portfolio Committee",""),
 ("s12","news","Agência Panafricana de Notícias (PANA)","Angola ratifica Pacto de Não Agressão da União Africana","2016-04-21",
  "https://www.panapress.com/Angola-ratifica-Pacto-de-Nao-Agr-a_630477620-lang4-free_news.html",
  "O Parlamento angolano aprovou esta quinta-feira, com 168 votos a favor, nenhum contra e nenhuma abstenção, a resolução que aprova a ratificação do Pacto de Não Agressão e Defesa Comum da União Africana (UA), adotado a 31 de janeiro de 2005. … Georges Chikoti, que lembrou que o Pacto em causa, em vigor desde 31 de janeiro de 2009, resultou da necessidade de se desenvolver uma cultura de paz … Deu a conhecer que o documento já foi ratificado por países como a Argélia, o Burkina Faso, o Tchad, o Congo, o Gabão, a Gâmbia, o Gana, a Guiné-Conakry, a Guiné-Bissau, a Líbia, o Mali, a Mauritânia, Moçambique, Níger, Rwanda, Senegal e Togo de um total de 34 Estados signatários. … -0- PANA ANGOP/IZ 21abril2016",
  "ANGOP (Angola Press Agency)",""),
 ("s13","reference","Bissau Resiste (blog)","[title from URL slug] Angola vai ratificar pacto de não…","2016-04",
  "https://bissauresiste.blogspot.com/2016/04/angola-vai-ratificar-pacto-de-nao.html",
  "Georges Chikoti disse que a referência do documento foi adotada pela Quarta Sessão Ordinária da Conferência dos Chefes de Estado e de Governo, em 31 de janeiro de 2005, em Abuja, Nigéria, que entrou em vigor em 31 de Janeiro de 2009. … Ele deu ainda anunciou que a Argélia, Burkina Faso, Chade, Congo, Gabão, Gâmbia, Gana, Guiné Conakry, Guiné-Bissau, Líbia, Mali, Mauritânia, Moçambique, Níger, Ruanda, Senegal e Togo ratificaram o pacto. Ele disse, entretanto, que 34 Estados membros assinaram o acordo e 12 não foram respeitadas, nem rubricado.",
  "ANGOP / PANA (original not named on the blog)","https://www.panapress.com/Angola-ratifica-Pacto-de-Nao-Agr-a_630477620-lang4-free_news.html"),
 ("s14","news","Tchadactuel (AFP copy)","Le Tchad ratifie le pacte de \"non-agression\" de l’Union africaine – Afp","",
  "http://www.tchadactuel.com/?p=2546",
  "Le Tchad a ratifié le « Pacte de non-agression et de défense commune » de l’Union africaine (UA), a annoncé samedi l’organisation continentale dans un communiqué. … « Le président de la Commission de l’UA, Jean Ping, se félicite du dépôt auprès de la Commission de l’UA, par les autorités tchadiennes, des instruments de ratification du +Pacte de non-agression et de défense commune de l’Union africaine+ adopté le 31 janvier 2005 à Abuja », indique l’organisation.",
  "AFP (reporting an African Union Commission communiqué)",""),
 ("s15","reference","AfricanLII","Decision on Elections of Chairperson and Deputy Chairperson Doc.assembly/AU/2 (XI)","2008-02-02",
  "https://africanlii.org/akn/aa-au/statement/statement/AU-Assembly/2008/189/eng@2008-02-02",
  "The Assembly: 1. ELECTS the following persons as follows: 1. Mr. Jean PING as Chairperson of the AU Commission;",
  "Assembly of the African Union",""),
 ("s16","news","Al-Qarn (alqarn.dj)","[title not shown in excerpt] Ethiopia to ratify AU defence pact","",
  "https://www.alqarn.dj/regional/2457",
  "ذكرت صحيفة «ريبورتر» الأسبوعية الإثيوبية أن أديس أبابا تعتزم التصديق على اتفاقية الاتحاد الأفريقي للدفاع المشترك وعدم الاعتداء، وذلك بعد مرور ثمانية أعوام على إقرار هذه الاتفاقية والتوقيع عليها من جانب الدول الأعضاء في الاتحاد بما فيها إثيوبيا.",
  "The Reporter (Ethiopia)",""),
]

AU17 = [("DZ","Argélia"),("BF","Burkina Faso"),("TD","Tchad"),("CG","Congo"),("GA","Gabão"),("GM","Gâmbia"),
        ("GH","Gana"),("GN","Guiné-Conakry"),("GW","Guiné-Bissau"),("LY","Líbia"),("ML","Mali"),("MR","Mauritânia"),
        ("MZ","Moçambique"),("NE","Níger"),("RW","Rwanda"),("SN","Senegal"),("TG","Togo")]

R = [
 ("gcc-defence-2000","","operative","2001-10","s2",
  "EARLIEST DATED OPERATIVE STEP FOUND, NOT an entry-into-force date: the GCC defence ministers' 20th meeting (Manama) 'approved in October' the Supreme (Joint) Defence Council whose role is 'to oversee the implementation' of the pact. Year 2001 from context (article reports the 22nd summit, Muscat, Dec 2001; 'earlier this year'). Page date not shown; article misdates signature to 'January 2001' (signed 31 Dec 2000)."),
 ("gcc-defence-2000","","operative","2001-12-31","s1",
  "STATEMENT ONLY, NOT an entry-into-force date: at the 22nd Supreme Council session (Muscat, 30-31 Dec 2001, dated by gulf-africa-op-s3) leaders agreed to set up a supreme defence council; a delegate told AFP it 'would oversee the implementation of a joint defense pact'. Earlier than gulf2's Oct 2002 row. The page's own 'Publish date' field (03/06/2001) does not fit its content and is ignored."),
 ("pk-sa-2025","","operative","2025-11-14","s4",
  "EARLIEST DATED OPERATIVE EVIDENCE FOUND (earlier than gulf2's Mar 2026 rows): ISPR statement of a CGS-level meeting in Riyadh with 'a special focus on … advancing collaboration under the Strategic Mutual Defence Agreement (SMDA)'. Pakistani source; no 'in force' wording; not an invocation."),
 ("pk-sa-2025","","operative","2025-11-14","s5",
  "Same ISPR statement via Geo: both militaries 'on Friday resolved to strengthen bilateral defence cooperation under' the SMDA. Friday = 14 Nov 2025 (dateline of gulf-africa-op-s4). Corroboration."),
 ("sadc-mdp-2003","","in_force","2008-08","s7",
  "STATEMENT, month precision only: Chair of the SADC Ministerial Committee of the Organ (Botswana FM Kwape), opening remarks 28 Apr 2021, text from a SADC statement: the Pact 'entered into force in August 2008'. Not a depositary record; day and the deposits that triggered it not found. Page date field 2021-04-26 precedes the 28 Apr meeting (metadata error)."),
 ("sadc-mdp-2003","","operative","2021-04-28","s8",
  "Invocation-type statement, not a Summit decision: Kwape (SADC statement posted 29 Apr 2021) said the regional response to Cabo Delgado 'should be guided by the SADC Mutual Defence Pact' and cited Article 6. The Summit that approved SAMIM (23 Jun 2021, gulf-africa-op-s9) is quoted as deploying it 'under the SADC Standby Force', without citing the Pact."),
]
for cc, name in AU17:
    R.append(("au-nacdp-2005", cc, "party", "2016-04-21", "s12",
      f"TERMINUS ANTE QUEM, not a ratification date: '{name}' is named by Angola's FM Chikoti (ANGOP/PANA, 21 Apr 2016) among states that had ratified the Pact by then; ratification/deposit date not found. The list is introduced by 'países como' (countries such as), so it may be incomplete. Also in the blog copy gulf-africa-op-s13 (aggregator)." + (" 'Congo' read as Republic of the Congo (CG); DR Congo not meant unless stated." if cc=="CG" else "")))
R += [
 ("au-nacdp-2005","TD","deposited","","s14",
  "DATE NOT SHOWN: AFP reports an AU Commission communiqué (issued on a Saturday) in which Chairperson Jean Ping welcomes Chad's deposit of its instruments of ratification. Ping was elected 2 Feb 2008 (gulf-africa-op-s15), so the deposit is not earlier than 2008; exact date not found. Consistent with TD in gulf-africa-op-s12."),
 ("au-nacdp-2005","AO","ratified","2016-04-21","s12",
  "PARLIAMENTARY APPROVAL ONLY, not ratification or deposit: Angola's National Assembly adopted, 'esta quinta-feira' (Thursday 21 Apr 2016), 168-0-0, the resolution approving ratification; ratification by the President and deposit not found. Do not start an AO party period from this."),
 ("au-nacdp-2005","","in_force","2009-01-31","s12",
  "ALTERNATIVE READING, conflicts with AfricanLII 'Commenced on 18 December 2009' (collective-s51): Angola's FM says the Pact is 'em vigor desde 31 de janeiro de 2009' (blog copy s13 same date). 31 Jan 2009 may confuse the AU summit calendar; keep 18 Dec 2009 as primary."),
]

def clean(x):
    assert "\t" not in x and "\n" not in x, x
    return x

with open(os.path.join(D,"sources.tsv"),"w",encoding="utf-8") as f:
    f.write("id\tkind\tpublisher\ttitle\tdate\turl\tquote\toriginal_publisher\toriginal_url\n")
    urls=set()
    for sid,kind,pub,title,date,url,quote,op,ou in S:
        assert url not in urls, url; urls.add(url)
        assert kind in ("official","treaty_text","news","reference")
        f.write("\t".join(clean(v) for v in (f"{B}-{sid}",kind,pub,title,date,url,quote,op,ou))+"\n")
ids={f"{B}-{s[0]}" for s in S}
with open(os.path.join(D,"rows.tsv"),"w",encoding="utf-8") as f:
    f.write("treaty\tcountry\tfact\tvalue\tsource_id\tnote\n")
    for t,c,fa,v,sid,n in R:
        assert f"{B}-{sid}" in ids
        f.write("\t".join(clean(x) for x in (t,c,fa,v,f"{B}-{sid}",n))+"\n")
print(len(S),"sources;",len(R),"rows")
