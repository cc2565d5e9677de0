//! Every source the embedded facts cite, sorted by id after the hand-written
//! ones (the seed article, ISO, the UN). Publisher, title and date are as the
//! page gave them; "-" dates are omitted. Where a page was read through a
//! copy (a Wikipedia mirror), the quote names the canonical address.

use std::borrow::Cow;

use crate::date::day;
use crate::{PartialDate, Source, SourceId};

/// The id of the seed article the project started from: Metro's
/// "Russia-Ukraine war: Which countries are Russia's allies?" (2022).
pub const SEED: SourceId = SourceId::new(SEED_ID);

/// The seed's id as a string, for the data tables' macros.
pub(crate) const SEED_ID: &str = "metro-2022-russia-allies";

const fn src(
    id: &'static str,
    publisher: &'static str,
    title: &'static str,
    date: Option<PartialDate>,
    url: Option<&'static str>,
    quote: Option<&'static str>,
) -> Source {
    Source {
        id: SourceId::new(id),
        publisher: Cow::Borrowed(publisher),
        title: Cow::Borrowed(title),
        date,
        url: match url {
            Some(u) => Some(Cow::Borrowed(u)),
            None => None,
        },
        quote: match quote {
            Some(q) => Some(Cow::Borrowed(q)),
            None => None,
        },
    }
}

pub(crate) const SOURCES: &[Source] = &[
    src(
        "metro-2022-russia-allies",
        "Metro",
        "Russia-Ukraine war: Which countries are Russia's allies?",
        Some(PartialDate::month(2022, 3)),
        None,
        None,
    ),
    src(
        "iso-3166-1",
        "ISO",
        "ISO 3166-1: Codes for the representation of names of countries and their subdivisions",
        None,
        Some("https://www.iso.org/obp/ui/#search/code/"),
        None,
    ),
    src(
        "un-member-states",
        "United Nations",
        "Member States",
        None,
        Some("https://www.un.org/en/about-us/member-states"),
        None,
    ),
    src(
        "east-s1",
        "Russian Embassy in Thailand (mid.ru)",
        "About Eurasian Economic Union",
        None,
        Some("https://thailand.mid.ru/en/press-centre/news/about_eurasian_economic_union"),
        Some(
            "was signed by the leaders of Belarus, Kazakhstan, and Russia on this day in 2014 and came into force on 1 January 2015 … Armenia’s accession came into effect on 2 January 2015.",
        ),
    ),
    src(
        "east-s10",
        "TASS",
        "(EAEU summit in Minsk with observers and guests)",
        Some(day!(2025 - 06 - 27)),
        Some("https://tass.com/world/1982051"),
        Some(
            "The leaders of observer states, namely Cuba and Uzbekistan, as well as guest countries - Mongolia and the United Arab Emirates - have joined the leaders of the EAEU countries",
        ),
    ),
    src(
        "east-s13",
        "Windows to Russia",
        "One Eurasian Union, please. And hold the imperialism! (tag page)",
        None,
        Some("https://news.windowstorussia.com/tag/labor-migration"),
        Some(
            "On October 4, Vladimir Putin caused some waves in political and economic circles when he announced an ambitious […]",
        ),
    ),
    src(
        "east-s14",
        "rhizzone forum (quoting Reuters, orig. af.reuters.com/article/worldNews/idAFTRE7926ZK20111003)",
        "(Putin Eurasian Union article)",
        Some(day!(2011 - 10 - 03)),
        Some("https://rhizzone.net/forum/post/6808/"),
        Some("Putin wrote in an article which will be published in Izvestia newspaper on October 4."),
    ),
    src(
        "east-s15",
        "Союзное вече (newspaper of the Union State Parliamentary Assembly)",
        "26 лет назад был подписан Договор о создании Союзного государства Беларуси и России",
        Some(day!(2025 - 12 - 08)),
        Some("https://www.souzveche.ru/news/98699/?sphrase_id=16174792"),
        Some(
            "8 декабря 1999 года в Москве лидеры Беларуси и России подписали исторический документ … Договор о создании Союзного государства вступил в силу 26 января 2000 года.",
        ),
    ),
    src(
        "east-s16",
        "Liquisearch (Wikipedia mirror; canonical https://en.wikipedia.org/wiki/Union_State)",
        "Union State - Creation",
        None,
        Some("https://liquisearch.com/union_state/creation"),
        Some(
            "the National Assembly of Belarus on January 26, 2000. The latter is the date the Treaty and the Union officially came into effect.",
        ),
    ),
    src(
        "east-s17a",
        "Wikipedia (old revision 2006-05-28, via amansaja.com proxy; canonical https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization)",
        "Collective Security Treaty Organization",
        Some(day!(2006 - 05 - 28)),
        Some(
            "https://amansaja.com/index.php?q=Mfv0Kfa6bO9BLE53MqTXKgrCMqiSL3dZb3KRMq5CnpGSKgFQx3vXJgPBxszRLgPBo3vXJArHs2rDJpdXJfBHrfdBopv5p09On2hSMpXFJgBRLEnFLpm7L2PCMqw9zts1zNoNzNe%3D",
        ),
        Some(
            "Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.",
        ),
    ),
    src(
        "east-s17b",
        "Wikipedia (old revision 2006-05-28, via amansaja.com proxy, the same page as east-s17a)",
        "Collective Security Treaty Organization",
        Some(day!(2006 - 05 - 28)),
        Some(
            "https://amansaja.com/index.php?q=Mfv0Kfa6bO9BLE53MqTXKgrCMqiSL3dZb3KRMq5CnpGSKgFQx3vXJgPBxszRLgPBo3vXJArHs2rDJpdXJfBHrfdBopv5p09On2hSMpXFJgBRLEnFLpm7L2PCMqw9zts1zNoNzNe%3D",
        ),
        Some(
            "the CIS Collective Security Treaty (CST) was signed on May 15, 1992, by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan, in the city of Tashkent.",
        ),
    ),
    src(
        "east-s17c",
        "Wikipedia (old revision 2006-05-28, via amansaja.com proxy, the same page as east-s17a)",
        "Collective Security Treaty Organization",
        Some(day!(2006 - 05 - 28)),
        Some(
            "https://amansaja.com/index.php?q=Mfv0Kfa6bO9BLE53MqTXKgrCMqiSL3dZb3KRMq5CnpGSKgFQx3vXJgPBxszRLgPBo3vXJArHs2rDJpdXJfBHrfdBopv5p09On2hSMpXFJgBRLEnFLpm7L2PCMqw9zts1zNoNzNe%3D",
        ),
        Some(
            "signed a protocol renewing the treaty for another five year period -- however Azerbaijan, Georgia and Uzbekistan refused to sign and withdrew from the treaty instead",
        ),
    ),
    src(
        "east-s18",
        "blogen.wiki (translation of ru-Wikipedia; canonical https://ru.wikipedia.org/wiki/Организация_Договора_о_коллективной_безопасности)",
        "Organization of the Collective Security Treaty",
        Some(day!(2022 - 01 - 24)),
        Some(
            "https://www.blogen.wiki/blog/ru/%D0%9E%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F_%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D0%B0_%D0%BE_%D0%BA%D0%BE%D0%BB%D0%BB%D0%B5%D0%BA%D1%82%D0%B8%D0%B2%D0%BD%D0%BE%D0%B9_%D0%B1%D0%B5%D0%B7%D0%BE%D0%BF%D0%B0%D1%81%D0%BD%D0%BE%D1%81%D1%82%D0%B8",
        ),
        Some(
            "Azerbaijan signed the treaty on September 24, 1993, Georgia on September 9, 1993, Belarus - December 31, 1993.",
        ),
    ),
    src(
        "east-s19",
        "Jamestown Foundation (Monitor vol. 5 issue 79, 1999)",
        "Collective Security Treaty shrinks, GUAM set to grow",
        None,
        Some("https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow"),
        Some(
            "held in Moscow on April 20–the treaty’s expiration date … those three countries declined to attend the Moscow meeting and are now–officially and unambiguously–outside the framework of the treaty.",
        ),
    ),
    src(
        "east-s2",
        "commonspace.eu",
        "Armenia becomes 4th member of EEU which came into being on 1 January 2015",
        Some(day!(2015 - 01 - 02)),
        Some(
            "https://www.commonspace.eu/commentary/armenia-becomes-4th-member-eeu-which-came-being-1-january-2015",
        ),
        Some(
            "Armenia on Friday (2 January 2015) became the 4th member of the Eurasian Economic Union (EEU). The Union officially came into being the day before with three member states",
        ),
    ),
    src(
        "east-s21",
        "zakonpravo.kz (Kazakh law database)",
        "On the ratification of the Charter of the Collective Security Treaty Organization",
        Some(day!(2003 - 07 - 01)),
        Some(
            "http://www.zakonpravo.kz/en/on-the-ratification-of-the-charter-of-the-collective-security-treaty-organization",
        ),
        Some(
            "Charter of the Collective Security Treaty Organization (Entered into force on September 18, 2003 - Bulletin of International Treaties of the Republic of Kazakhstan, 2004, No. 8, art. 46)",
        ),
    ),
    src(
        "east-s22",
        "PanARMENIAN.Net",
        "Uzbekistan Restored CSTO Membership",
        Some(day!(2006 - 06 - 24)),
        Some("https://panarmenian.net/m/eng/news/18523"),
        Some(
            "Uzbekistan has cancelled moratorium on active work within the Collective Security Treaty Organization (CSTO) and became a full member … it was announced at the CSTO Summit held in Minsk on Friday.",
        ),
    ),
    src(
        "east-s23",
        "Obozrevatel",
        "Узбекистан вернулся под крыло Путина",
        Some(day!(2006 - 12 - 14)),
        Some("https://www.obozrevatel.com/news/2006/12/14/148879.htm"),
        Some("Протокол о восстановлении членства республики в ОДКБ был подписан в Сочи 16 августа 2006 г."),
    ),
    src(
        "east-s24",
        "TASS (Itar-Tass)",
        "CSTO confirms getting note from Uzbekistan on suspension of membership",
        Some(day!(2012 - 06 - 28)),
        Some("http://tass.com/archive/678014"),
        Some(
            "“I confirm the CSTO Secretariat has received a note on suspension of Uzbekistan’s activity … The decision was reaffirmed in a protocol dated August 16, 2006.",
        ),
    ),
    src(
        "east-s25",
        "TASS (Itar-Tass)",
        "CSTO leaders suspend Uzbekistan's membership",
        Some(day!(2012 - 12 - 19)),
        Some("http://tass.com/russia/687141"),
        Some(
            "We've made the decision today; /we've/ agreed to their request and suspended Uzbekistan's CSTO membership,\" the president stated.",
        ),
    ),
    src(
        "east-s26",
        "The Moscow Times",
        "Uzbekistan Exits Collective Security Treaty Organization",
        Some(day!(2012 - 06 - 28)),
        Some(
            "https://www.themoscowtimes.com/2012/06/28/uzbekistan-exits-collective-security-treaty-organization-a15862",
        ),
        Some(
            "A note stating the decision and explaining the country's reasons for exiting the group was sent to the CSTO Secretariat on June 20",
        ),
    ),
    src(
        "east-s28",
        "RT",
        "(Armenia suspends pact with Russia)",
        Some(day!(2024 - 02 - 22)),
        Some("https://www.rt.com/russia/592986-armenian-suspends-pact-russia/"),
        Some(
            "In an interview with France 24 that was published on Thursday, Pashinyan said that his country has grown dissatisfied with the Collective Security Treaty Organization (CSTO)",
        ),
    ),
    src(
        "east-s29",
        "Asbarez",
        "Armenia Has ‘Frozen’ Participation in CSTO, Angering Moscow",
        Some(day!(2024 - 02 - 23)),
        Some("https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/"),
        Some(
            "And the consequence is that in practice we have basically frozen our participation in the CSTO,” Pashinyan told France24.",
        ),
    ),
    src(
        "east-s3",
        "TASS",
        "(Kyrgyzstan will become a full-fledged member of the EEU on Thursday, August 6)",
        Some(day!(2015 - 08 - 06)),
        Some("https://tass.com/economy/812859"),
        Some(
            "The treaty on Kyrgyzstan’s joining the Eurasian Economic Union comes into force from August 6, 2015,\" the Eurasian Economic Commission said in a statement on Wednesday.",
        ),
    ),
    src(
        "east-s30",
        "PanARMENIAN.Net",
        "Armenia will leave Russian-led military bloc, says Pashinyan",
        Some(day!(2024 - 06 - 13)),
        Some("https://panarmenian.net/m/eng/news/314664"),
        Some(
            "Armenia will leave the Russian-led Collective Security Organization (CSTO), Prime Minister Nikol Pashinyan said on Wednesday, June 12, without giving any dates.",
        ),
    ),
    src(
        "east-s31",
        "EADaily",
        "Russia has set a deadline for Armenia: \"We will not expel, but please decide\"",
        Some(day!(2025 - 03 - 08)),
        Some(
            "https://eadaily.com./en/news/2025/03/08/russia-has-set-a-deadline-for-armenia-we-will-not-expel-but-please-decide",
        ),
        Some(
            "Yerevan has not notified us about the withdrawal. They (the Armenian authorities) are not going to leave, they have frozen their activities, but at the same time they remain a member of the CSTO,",
        ),
    ),
    src(
        "east-s32",
        "AzerNews",
        "(Armenia will not participate in CSTO summit in Bishkek)",
        Some(day!(2025 - 11 - 25)),
        Some("https://www.azernews.az/region/250740.html"),
        Some(
            "Armenia will not participate in the Collective Security Treaty Organization (CSTO) summit scheduled to take place in Bishkek on November 27",
        ),
    ),
    src(
        "east-s34a",
        "President of Russia (kremlin.ru)",
        "Commonwealth of Independent States (glossary)",
        None,
        Some("http://en.kremlin.ru/catalog/glossary/38"),
        Some(
            "Georgia joined the Commonwealth in December 1993, but terminated its CIS membership on August 18, 2009.",
        ),
    ),
    src(
        "east-s34b",
        "President of Russia (kremlin.ru)",
        "Commonwealth of Independent States (glossary)",
        None,
        Some("http://en.kremlin.ru/catalog/glossary/38"),
        Some(
            "On December 21, 1991, in Almaty, Kazakhstan, the leaders of eleven of the post-Soviet sovereign states (all except the three Baltic states and Georgia) signed the Protocol to this Agreement.",
        ),
    ),
    src(
        "east-s35a",
        "Wikipedia (IPFS mirror; canonical https://en.wikipedia.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States)",
        "Member states of the Commonwealth of Independent States",
        None,
        Some("https://en.wikipedia-on-ipfs.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States"),
        Some(
            "Turkmenistan changed its CIS standing to associate member as of 26 August 2005 in order to be consistent with its UN-recognised international neutrality status",
        ),
    ),
    src(
        "east-s35c",
        "Wikipedia (IPFS mirror, the same page as east-s35a)",
        "Member states of the CIS — table \"Country Signed Ratified Charter ratified\"",
        None,
        Some("https://en.wikipedia-on-ipfs.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States"),
        Some(
            "Azerbaijan1991-12-211993-09-241993-12-14official member … Moldova1991-12-211994-04-081994-06-27official member … Russia1991-12-081991-12-121993-07-20official member",
        ),
    ),
    src(
        "east-s36",
        "UPI",
        "Georgia joins CIS; Kremlin summit discuss Caucasus conflicts",
        Some(day!(1993 - 10 - 08)),
        Some(
            "https://www.upi.com/Archives/1993/10/08/Georgia-joins-CIS-Kremlin-summit-discuss-Caucasus-conflicts/1325750052800/",
        ),
        Some(
            "Georgian head of state Eduard Shevardnadze emerged from a Kremlin meeting Friday with President Boris Yeltsin … to announce that Georgia would join the Commonwealth of Independent States.",
        ),
    ),
    src(
        "east-s37",
        "politikforum.ru (forum post quoting ru-Wikipedia; canonical https://ru.wikipedia.org/wiki/Содружество_Независимых_Государств)",
        "(forum post)",
        None,
        Some("https://www.politikforum.ru/showpost.php?p=1627431&postcount=15"),
        Some(
            "3 декабря 1993 года Грузия ратифицировала Протокол к Соглашению о создании СНГ, 19 апреля 1994 года - устав СНГ.",
        ),
    ),
    src(
        "east-s38",
        "Window on Eurasia (Paul Goble)",
        "Leaving the CIS, Georgia Becomes Part of Russia’s ‘Far Abroad’",
        Some(day!(2009 - 08 - 17)),
        Some("http://windowoneurasia.blogspot.com/2009/08/window-on-eurasia-leaving-cis-georgia.html"),
        Some("Tbilisi was the last of the former Soviet republics to join, doing so in March 1994"),
    ),
    src(
        "east-s4",
        "EUobserver (copy on denederlandsegrondwet.nl)",
        "Kyrgyzstan joins Russian-led Eurasian Union",
        Some(day!(2015 - 08 - 13)),
        Some("https://denederlandsegrondwet.nl/id/vjwfd4pu6rxc/nieuws/kyrgyzstan_joins_russian_led_eurasian"),
        Some("Kyrgyzstan officially joined the Eurasian Economic Union on Wednesday (12 August)."),
    ),
    src(
        "east-s40",
        "PanARMENIAN.Net",
        "Georgia to quit CIS August 18, 2009",
        Some(day!(2008 - 10 - 23)),
        Some("https://www.panarmenian.net/eng/world/news/27321/"),
        Some(
            "Georgia notified (on August 18, 2008) the CIS executive organs of the unanimous decision of its parliament to leave the regional organization",
        ),
    ),
    src(
        "east-s41",
        "Civil.ge",
        "Lavrov: Georgia’s CIS Membership Suspended",
        Some(day!(2008 - 10 - 09)),
        Some("https://civil.ge/archives/117660"),
        Some(
            "“A technical decision was made to suspend Georgia’s membership of the CIS in accordance with its request,” Interfax news agency quoted Lavrov as saying.",
        ),
    ),
    src(
        "east-s42",
        "Civil.ge",
        "Georgia Finalizes Quitting CIS",
        Some(day!(2009 - 08 - 18)),
        Some("https://civil.ge/archives/119287"),
        Some(
            "Georgia formally quit the organization on August 18. President Saakashvili announced about Georgia’s intention to withdraw from CIS on August 12, 2008",
        ),
    ),
    src(
        "east-s43",
        "Parliament of Georgia (via rrc.ge)",
        "Resolution \"On Termination regarding Georgia the Agreement of 8 December 1991 on Establishing the CIS\"",
        Some(day!(2008 - 08 - 14)),
        Some("http://rrc.ge/law/SaqParlRez2_2008_14_08_E.htm?lawid=1781&lng_3=en"),
        Some(
            "To terminate the validity of the Agreement of 8 December 1991 on Establishing the Commonwealth of Independent States.",
        ),
    ),
    src(
        "east-s44",
        "turkmenistan.ru (ITAR-TASS 27.08.2005)",
        "(Turkmenistan’s participation in the CIS)",
        Some(day!(2005 - 08 - 28)),
        Some("http://www.turkmenistan.ru/en/node/4271"),
        Some(
            "This document was discussed by the CIS leaders at their meeting on Friday and provided the basis for the decision on Turkmenistan’s accession to the CIS as an associated member.",
        ),
    ),
    src(
        "east-s45",
        "TASS",
        "(Poroshenko signs decree recalling Ukrainian representatives from CIS bodies)",
        Some(day!(2018 - 05 - 19)),
        Some("http://tass.com/world/1005227"),
        Some(
            "In December 1991, Ukraine ratified the treaty on establishing the CIS and the protocol to the treaty but did not ratify the CIS Charter and, therefore, de jure it did not become a CIS member state.",
        ),
    ),
    src(
        "east-s45b",
        "TASS",
        "(Poroshenko signs decree recalling Ukrainian representatives from CIS bodies)",
        Some(day!(2018 - 05 - 19)),
        Some("http://tass.com/world/1005227"),
        Some(
            "Ukrainian President Pyotr Poroshenko announced on Saturday he had signed a decree on recalling Ukrainian representatives from all the CIS statutory bodies.",
        ),
    ),
    src(
        "east-s46",
        "Concorde Capital",
        "(Ukraine NSDC decisions of March 19)",
        Some(day!(2014 - 03 - 20)),
        Some("https://concorde.ua/?p=34943"),
        Some(
            "Ukraine will begin the procedure of leaving the Commonwealth of Independent States (CIS), … as decided by a meeting of Ukraine’s National Security and Defense Council on March 19.",
        ),
    ),
    src(
        "east-s47",
        "CIA World Factbook (mirror on relief.unboundmedicine.com)",
        "Commonwealth of Independent States (CIS)",
        None,
        Some(
            "https://relief.unboundmedicine.com/relief/view/The-World-Factbook/563540/all/Commonwealth_of_Independent_States__CIS_",
        ),
        Some(
            "Ukraine has not formally withdrawn from the organization, but did formally end its participation in CIS statutory bodies in May 2018",
        ),
    ),
    src(
        "east-s48",
        "Lexology",
        "(Ukraine recalls representatives from CIS statutory bodies)",
        None,
        Some("https://www.lexology.com/library/detail.aspx?g=a875ffd5-64f4-4d2e-9506-e3c9af48f203"),
        Some(
            "On 19 May 2018, the President of Ukraine signed a decree (the “Decree”) recalling all the Ukrainian representatives from all statutory bodies of the Commonwealth of Independent States",
        ),
    ),
    src(
        "east-s49",
        "TASS",
        "(Moldova intends to withdraw from the CIS)",
        Some(day!(2026 - 01 - 19)),
        Some("https://tass.com/world/2073381"),
        Some(
            "Moldova has begun the procedure of denouncing three key agreements laying the groundwork for its membership in the Commonwealth of Independent States",
        ),
    ),
    src(
        "east-s5",
        "Eurasian Economic Commission",
        "Observer state status at the EAEU",
        None,
        Some(
            "https://eec.eaeunion.org/en/comission/department/dep_razv_integr/mezhdunarodnoe-sotrudnichestvo/o-statuse-gosudarstva-nablyudatelya.php",
        ),
        Some(
            "The Observer State status was first granted to the Republic of Moldova (Decision No. 8 of the Supreme Eurasian Council dated May 14, 2018).",
        ),
    ),
    src(
        "east-s50",
        "TASS",
        "(Moldovan government approves withdrawal from CIS core treaties)",
        Some(day!(2026 - 03 - 11)),
        Some("https://tass.com/world/2099803"),
        Some(
            "CHISINAU, March 11. /TASS/. The Moldovan government has approved the withdrawal from the CIS’s core treaties",
        ),
    ),
    src(
        "east-s51",
        "TASS",
        "Moldova’s withdrawal from CIS to take more than one year",
        Some(day!(2026 - 01 - 20)),
        Some("https://tass.com/world/2074299/amp"),
        Some(
            "The resolution on quitting the CIS will enter into force 12 months after an official notification by the Moldovan foreign ministry,\" it said.",
        ),
    ),
    src(
        "east-s52",
        "news.nikk.co.il",
        "Chisinau cuts the last link",
        None,
        Some("https://news.nikk.co.il/en/chisinau-cuts-the-last-link/"),
        Some(
            "On March 21, 2026, the Parliament of Moldova supported in the first reading the denunciation of the basic CIS documents",
        ),
    ),
    src(
        "east-s53",
        "Perspecta (search results page)",
        "(Commonwealth of Independent States news list)",
        None,
        Some("https://www.perspecta.news/search?q=Commonwealth+of+Independent+States+%28CIS%29"),
        Some(
            "Moldova's Parliament has approved the denunciation of key agreements establishing the Commonwealth of Independent States (CIS), formalizing the country's exit from the Russia-dominated organization.",
        ),
    ),
    src(
        "east-s54",
        "Eastside Insights (TV BRICS)",
        "Iran receives observer status at the EAEU",
        Some(day!(2024 - 12 - 26)),
        Some("https://eastsideinsights.live/2024/12/26/iran-receives-observer-status-at-the-eaeu"),
        Some(
            "The meeting of the Supreme Eurasian Economic Council has concluded in the Leningrad Region, Russia. During the meeting, it was decided to grant Iran observer status at the Eurasian Economic Union",
        ),
    ),
    src(
        "east-s55",
        "Ragmamoul",
        "Armenia Becomes Member of the Eurasian Economic Union",
        Some(day!(2015 - 01 - 02)),
        Some(
            "https://ragmamoul.net/news-in-english/2015/01/02/armenia-becomes-member-of-the-eurasian-economic-union/",
        ),
        Some(
            "The treaty creating the Eurasian Economic Union was signed on May 29, 2014 in Astana by the presidents of Russia, Belarus and Kazakhstan",
        ),
    ),
    src(
        "east-s56",
        "IRNA",
        "Russia welcomes Iran's request to join Eurasian Economic Union",
        Some(day!(2024 - 06 - 04)),
        Some(
            "https://en.irna.ir/news/85498880/Russia-welcomes-Iran-s-request-to-join-Eurasian-Economic-Union",
        ),
        Some("The current observer members of the EAEU are Uzbekistan, Moldova, and Cuba."),
    ),
    src(
        "east-s58",
        "Kazinform",
        "Uzbekistan, Cuba granted observer status at Eurasian Economic Union",
        Some(day!(2020 - 12 - 11)),
        Some(
            "https://www.inform.kz/en/uzbekistan-cuba-granted-observer-status-at-eurasian-economic-union_a3729258",
        ),
        Some(
            "Uzbekistan and Cuba have been granted observer status at the Eurasian Economic Union (EAEU). The relevant decision was made at a meeting of the Supreme Eurasian Economic Council on 11 December",
        ),
    ),
    src(
        "east-s6",
        "EURACTIV",
        "Moldova granted observer status in Eurasian Union",
        None,
        Some(
            "https://www.euractiv.com/section/europe-s-east/news/moldova-granted-observer-status-in-eurasian-union/",
        ),
        Some(
            "President Igor Dodon revealed on Friday (14 April) that the five member states of the EAEU, Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, agreed to bring Moldova into the fold",
        ),
    ),
    src(
        "east-s60",
        "Asia-Plus (news.tj)",
        "Issue of Tajikistan’s entry into EAEU submitted for consideration to government",
        Some(day!(2016 - 07 - 19)),
        Some("https://news.tj/en/news/issue-tajikistan-s-entry-eaeu-submitted-consideration-government"),
        Some(
            "Kyrgyzstan''s accession treaty came into effect on August 6, 2015. It participated in the EAEU from the day of its establishment as an acceding state.",
        ),
    ),
    src(
        "east-s62",
        "Standing Committee of the Union State (postkomsg.com)",
        "History of Formation and Development of the Union State",
        None,
        Some("http://www.postkomsg.com/en/historysg/"),
        Some("In Moscow, on 8 December 1999, the Treaty on the Creation of a Union State was signed"),
    ),
    src(
        "east-s63",
        "news-pravda.com (Armenian edition)",
        "(15 May 1992 anniversary note)",
        Some(day!(2025 - 05 - 15)),
        Some("https://armenia.news-pravda.com/world/2025/05/15/16722.html"),
        Some(
            "Հետագայում պայմանագրին միացան Ադրբեջանը (1993թ. սեպտեմբերի 24), Վրաստանը (1993թ.դեկտեմբերի 9) և Բելառուսը (1993թ. դեկտեմբերի 31)",
        ),
    ),
    src(
        "east-s64",
        "Novaya Gazeta Europe",
        "Armenia suspends participation in Russian-led Collective Security Treaty Organisation",
        Some(day!(2024 - 02 - 23)),
        Some(
            "https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news",
        ),
        Some(
            "Russian state news agency RIA Novosti reported that the CSTO Secretariat in Moscow had not received notification of Armenia’s suspension of its participation in the alliance",
        ),
    ),
    src(
        "east-s65",
        "Hürriyet Daily News (AP)",
        "Armenian plans to leave key security alliance",
        None,
        Some("https://hurriyetdailynews.com/amp/armenian-plans-to-leave-key-security-alliance-197419"),
        Some(
            "“Those who assert that the prime minister said that Armenia is withdrawing from the CSTO are mistaken,” Mirzoyan said.",
        ),
    ),
    src(
        "east-s69",
        "info-news.com.ua (citing Ministry of Justice of Ukraine)",
        "Ukraine and the Commonwealth of Independent States",
        Some(day!(2009 - 11 - 21)),
        Some("http://www.info-news.com.ua/?m=200911&lang=en"),
        Some(
            "December 8, 1991, the President of Ukraine signed an Agreement on Establishing the Commonwealth of Independent States, according to this Agreement Ukraine became one of the founding-states of the CIS.",
        ),
    ),
    src(
        "east-s7",
        "Європейська правда (eurointegration.com.ua)",
        "Молдова получила статус наблюдателя при ЕАЭС",
        Some(day!(2018 - 05 - 14)),
        Some("https://www.eurointegration.com.ua/rus/news/2018/05/14/7081680/"),
        Some(
            "Высший Евразийский экономический совет проголосовал за предоставление Молдове статуса государственного наблюдателя в Евразийском экономическом союзе.",
        ),
    ),
    src(
        "east-s70",
        "News.mail.ru",
        "(Moldovan cabinet approves denunciation of CIS documents)",
        Some(day!(2026 - 03 - 12)),
        Some("https://news.mail.ru/politics/70121777/"),
        Some("Молдавский кабмин одобрил денонсацию ключевых документов о членстве страны в СНГ."),
    ),
    src(
        "east-s73",
        "Zeit Online (AFP)",
        "Kirgistan wird offiziell Mitglied der Eurasischen Wirtschaftsunion",
        Some(day!(2015 - 08 - 06)),
        Some(
            "https://www.zeit.de/news/2015-08/06/kirgistan-kirgistan-wird-offiziell-mitglied-der-eurasischen-wirtschaftsunion-06153003",
        ),
        Some("Kirgistan ist nun offiziell das fünfte Mitglied der Eurasischen Wirtschaftsunion"),
    ),
    src(
        "east-s75",
        "RIA Novosti (Sputnik)",
        "Uzbekistan returns to post-Soviet security body",
        Some(day!(2006 - 12 - 13)),
        Some("http://en.rian.ru/world/20061213/56848596.html"),
        Some(
            "Uzbek President Islam Karimov signed a bill Wednesday on restoring the Central Asian country's membership in a security alliance of former Soviet republics.",
        ),
    ),
    src(
        "east-s76",
        "RIA Novosti",
        "(Turkmenistan associate membership, Kazan)",
        Some(day!(2005 - 08 - 27)),
        Some("https://ria.ru/20050827/41237040.html"),
        Some(
            "Туркменистан в пятницу на саммите СНГ объявил о своем ассоциированном членстве в Содружестве, сообщил в субботу на пресс-конференции президент Грузии Михаил Саакашвили.",
        ),
    ),
    src(
        "east-s8",
        "Trend News Agency",
        "(Iran granted observer status in the EAEU)",
        Some(day!(2024 - 12 - 26)),
        Some("https://en.trend.az/iran/3987157.html"),
        Some(
            "Iran has been granted observer status in the Eurasian Economic Union (EAEU) … The decision was made today during today's meeting of the Supreme Eurasian Economic Council in Russian St. Petersburg.",
        ),
    ),
    src(
        "east-s80",
        "Library of Congress, Federal Research Division (Country Studies, via country-data.com)",
        "Azerbaijan: Relations with Former Soviet Republics",
        None,
        Some("http://www.country-data.com/cgi-bin/query/r-996.html"),
        Some(
            "After Azerbaijan signed the Alma-Ata Declaration as a founding member of the CIS in December 1991, the legislature voted in October 1992 against ratifying this membership. However, Azerbaijan retained observer status, and its representatives attended some CIS functions.",
        ),
    ),
    src(
        "east-s81",
        "Azerbaijan.az (official portal)",
        "AZERBAIJAN \u{2013} CIS",
        None,
        Some("https://azerbaijan.az/en/related-information/197"),
        Some(
            "On September 24, 1993, at the meeting of the CIS Council heads of State, a decision was adopted on the accession of the Republic of Azerbaijan to the CIS.",
        ),
    ),
    src(
        "east-s82",
        "Moldpres",
        "Foreign affairs minister says Moldova initiates denunciation of 3 agreements on country’s membership in Commonwealth of Independent States; to no longer be part of CIS",
        None,
        Some(
            "https://www.moldpres.md/eng/politics/moldovan-foreign-affairs-minister-says-moldova-initiates-denunciation-of-3-agreements-on-country-s-membership-in-commonwealth-of-independent-states-to-no-longer-be-part-of-cis-process-started",
        ),
        Some(
            "De facto, we suspended our participation some time ago, but legally we were still there,” the minister also said.",
        ),
    ),
    src(
        "east-s9",
        "RIA Novosti",
        "(Moldova and the CIS)",
        Some(day!(2026 - 01 - 19)),
        Some("https://ria.ru/20260119/modlaviya-2068899051.html"),
        Some(
            "Молдавия с 2022 года игнорирует заседания Содружества, а также ЕАЭС , при котором имеет статус наблюдателя.",
        ),
    ),
    src(
        "forums-k01",
        "TASS",
        "(Kazan Declaration outlines partner-country modalities)",
        Some(day!(2024 - 10 - 23)),
        Some("https://tass.com/world/1860721"),
        Some(
            "KAZAN, October 23. /TASS/. The leaders of BRICS countries outlined the modalities of the category of a partner country in the Kazan Declaration adopted at the summit.",
        ),
    ),
    src(
        "forums-k02",
        "4men.news (citing RIA Novosti)",
        "Расширение БРИКС будет проходить через определенный фильтр, заявил Ушаков",
        Some(day!(2024 - 10 - 23)),
        Some(
            "https://4men.news/news/obshchestvo/rasshirenie-briks-budet-prokhodit-cherez-opredelennyy-filtr-zayavil-ushakov",
        ),
        Some("Был составлен список из 13 государств, названия которых на данный момент не разглашаются."),
    ),
    src(
        "forums-k03",
        "Rossiyskaya Gazeta",
        "Путин: В БРИКС согласовали список стран-партнеров",
        Some(day!(2024 - 10 - 24)),
        Some("https://rg.ru/2024/10/24/reg-pfo/putin-v-briks-soglasovali-spisok-stran-partnerov.html"),
        Some(
            "\"Дальше ситуация будет развиваться следующим образом: мы направим приглашения и предложения будущим странам-партнерам участвовать в нашей работе вот в таком качестве, и по получении положительного ответа объявим уже о том, кто находится в этом списке\", - объяснил российский лидер.",
        ),
    ),
    src(
        "forums-k16",
        "Bernama (Sputnik/RIA Novosti)",
        "Nine countries to officially become BRICS partners from Jan 1, 2025 - Kremlin aide",
        Some(day!(2024 - 12 - 24)),
        Some("https://bernama.com/tv/news.php?id=2376603"),
        Some(
            "“To date, Belarus, Bolivia, Indonesia, Kazakhstan, Cuba, Thailand, Malaysia, Uganda and Uzbekistan have confirmed their readiness to become BRICS partner states,\" Ushakov told a briefing",
        ),
    ),
    src(
        "forums-k22",
        "Sputnik Armenia",
        "(Kazakhstan confirms it will be a BRICS partner from 1 Jan 2025)",
        Some(day!(2024 - 12 - 24)),
        Some(
            "https://arm.sputniknews.ru/amp/20241224/ghazakhstany-hastatel-e-vor-2025-tvakani-hunvari-1-ic-kdarna-briks-i-gvortsynker-84263824.html",
        ),
        Some(
            "ԵՐԵՎԱՆ, 24 դեկտեմբերի – Sputnik. Ղազախստանի ԱԳՆ–ն հաստատել է, որ երկիրը ԲՐԻԿՍ-ի գործընկերոջ կարգավիճակ է ստացել։",
        ),
    ),
    src(
        "forums-k26",
        "Head-Post (quoting the Belarusian foreign ministry)",
        "Belarus officially becomes BRICS partner",
        None,
        Some("https://head-post.com/belarus-officially-becomes-brics-partner"),
        Some(
            "On November 5, 2024, President of the Republic of Belarus Alexander Lukashenko signed a letter addressed to President of the Russian Federation Vladimir Putin on the readiness of our country to join BRICS as a partner.",
        ),
    ),
    src(
        "forums-k34",
        "The Nation (Thailand)",
        "(Thailand accepts BRICS partner invitation)",
        Some(day!(2024 - 12 - 27)),
        Some("https://www.nationthailand.com/news/politics/40044560"),
        Some(
            "Ministry spokesman Nikorndej Balankura said Thailand had received an invitation from Russia, this year’s BRICS chairman, on October 31 to become a BRICS partner country.",
        ),
    ),
    src(
        "forums-k45",
        "Turkish Minute (Reuters)",
        "BRICS offered Turkey partner country status, Turkish trade minister says",
        Some(day!(2024 - 11 - 14)),
        Some(
            "https://turkishminute.com/2024/11/14/brics-offered-turkey-partner-country-status-turkish-trade-minister-says",
        ),
        Some(
            "“As for Turkey’s status regarding [BRICS] membership, they offered Turkey the status of partner membership,” Bolat said in an interview with private broadcaster TVNet on Wednesday.",
        ),
    ),
    src(
        "forums-k48",
        "Turknews.com",
        "Türkiye signals continued interest in BRICS, calls for reform in global order",
        Some(day!(2025 - 07 - 08)),
        Some(
            "https://turknews.com/2025/07/08/turkiye-signals-continued-interest-in-brics-calls-for-reform-in-global-order",
        ),
        Some(
            "offered Türkiye a “partner country” status instead of full membership. Ankara has not yet responded formally to the offer.",
        ),
    ),
    src(
        "forums-s1",
        "Wikipedia (mirror via movatter.jp)",
        "Shanghai Cooperation Organisation",
        None,
        Some(
            "http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FShanghai_Cooperation_Organisation",
        ),
        Some(
            "The Shanghai Five group was created on 26 April 1996 when the heads of states of China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed the Treaty on Deepening Military Trust\" [canonical: https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation]",
        ),
    ),
    src(
        "forums-s10",
        "TASS",
        "India and Pakistan join SCO",
        Some(day!(2017 - 06 - 09)),
        Some("http://tass.com/world/950697"),
        Some(
            "ASTANA, June 9. /TASS/. Leaders of the Shanghai Cooperation Organization have signed the Astana Declaration ... and also confirmed membership of India and Pakistan in the group.",
        ),
    ),
    src(
        "forums-s11",
        "Pajhwok Afghan News",
        "SCO accepts Afghanistan as observer",
        Some(day!(2012 - 06 - 07)),
        Some(
            "https://pajhwok.com/2012/06/07/sco-accepts-afghanistan-observer/?noamp=mobile&rcp_action=lostpassword",
        ),
        Some(
            "observer status and accept Turkey as a dialogue partner, Chinese President Hu Jintao said on Thursday.",
        ),
    ),
    src(
        "forums-s12",
        "Zee News",
        "SCO admits Afghanistan as observer, Turkey as dialogue partner",
        None,
        Some(
            "http://zeenews.india.com/news/world/sco-admits-afghanistan-as-observer-turkey-as-dialogue-partner_780323.html",
        ),
        Some(
            "The Shanghai Cooperation Organization (SCO) has decided to grant Afghanistan observer status, and accept Turkey as a dialogue partner, Chinese President Hu Jintao said on Thursday.",
        ),
    ),
    src(
        "forums-s13",
        "teleSUR English",
        "Shanghai Cooperation Organization Formalizes Iran's Membership",
        Some(day!(2023 - 07 - 04)),
        Some(
            "https://www.telesurenglish.net/news/Shanghai-Cooperation-Organization-Formalizes-Irans-Membership-20230704-0009.html",
        ),
        Some(
            "Currently, the SCO has nine members: Russia, China, India, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, and Iran.",
        ),
    ),
    src(
        "forums-s14",
        "Lokmat Times (ANI)",
        "Iran formally becomes full member of SCO",
        Some(day!(2023 - 07 - 04)),
        Some(
            "https://www.lokmattimes.com/international/iran-formally-becomes-full-member-of-sco-pm-modi-conveys-best-wishes-to-president-ebrahim-raisi/",
        ),
        Some(
            "New Delhi [India], July 4 : Iran, one of India's neighbours in its extended neighbourhood, has formally become a full member of Shanghai Cooperation Organization (SCO).",
        ),
    ),
    src(
        "forums-s15",
        "Kazinform",
        "Belarus officially joins SCO, becoming its 10th member state",
        Some(day!(2024 - 07 - 04)),
        Some("https://en.inform.kz/news/belarus-officially-joins-sco-becoming-its-10th-member-state-bbfe88/"),
        Some(
            "Today at the summit of the Shanghai Cooperation Organization in Astana, the Republic of Belarus was officially accepted as a full member of the organization",
        ),
    ),
    src(
        "forums-s15b",
        "Head Post",
        "Belarus joins SCO, becomes its 10th member state",
        None,
        Some("https://head-post.com/belarus-joins-sco-becomes-its-10th-member-state"),
        Some(
            "On June 9 2017, India and Pakistan joined the association on equal rights, and Iran joined on July 4 2023.",
        ),
    ),
    src(
        "forums-s16",
        "News.az",
        "Belarus officially becomes SCO member",
        Some(day!(2024 - 07 - 04)),
        Some("https://news.az/news/belarus-officially-becomes-sco-member"),
        Some(
            "Belarus has been participating in the SCO since 2010 as a dialogue partner and since 2015 as an observer.",
        ),
    ),
    src(
        "forums-s17",
        "Regnum",
        "(article on Belarus's upgraded SCO status, July 2015)",
        None,
        Some("https://regnum.ru/article/1943754"),
        Some(
            "на прошедшем в Уфе саммите ШОС Белоруссии был предоставлен статус наблюдателя\" (= at the Ufa summit Belarus got observer status)",
        ),
    ),
    src(
        "forums-s17b",
        "TASS",
        "Economic issues taking backseat to regional security at SCO, says Belarusian president",
        Some(day!(2023 - 07 - 04)),
        Some("https://tass.com/world/1642375/amp"),
        Some("Belarus became an SCO dialogue partner in 2010 and obtained observer status in 2015"),
    ),
    src(
        "forums-s18",
        "Massis Post",
        "Armenia joins Shanghai Cooperation Organization as partner in dialogue",
        Some(PartialDate::month(2015, 7)),
        Some(
            "https://massispost.com/2015/07/armenia-joins-shanghai-cooperation-organization-as-partner-in-dialogue/",
        ),
        Some(
            "At the one-day summit held on July 10, the SCO leaders also signed a declaration\"; \"Azerbaijan, Armenia, Cambodia, and Nepal have joined the SCO family as partners in dialogue",
        ),
    ),
    src(
        "forums-s19",
        "Gazeta.uz",
        "(Armenia dialogue-partner memorandum)",
        Some(day!(2016 - 04 - 16)),
        Some("https://www.gazeta.uz/ru/2016/04/16/sco/"),
        Some(
            "Меморандум вступил в силу с даты подписания.\" ... \"решения Совета глав государств-членов ШОС от 10 июля 2015 года",
        ),
    ),
    src(
        "forums-s2",
        "China.org.cn",
        "(SCO feature)",
        None,
        Some("http://english.china.org.cn/english/features/38183.htm"),
        Some(
            "On June 15, 2001, the Shanghai Cooperation Organization (SCO) was established in Shanghai by the heads of state of the six countries",
        ),
    ),
    src(
        "forums-s20",
        "Trend News Agency",
        "(SCO merges observer and dialogue partner statuses)",
        Some(day!(2025 - 09 - 01)),
        Some("https://www.trend.az/world/4085750.html"),
        Some(
            "Member states of the Shanghai Cooperation Organization (SCO) have decided to merge the statuses of \"observer\" and \"dialogue partner\" into a single status of \"SCO Partner,\"",
        ),
    ),
    src(
        "forums-s20b",
        "TASS",
        "With admission of Laos as partner SCO grows to 27 like-minded countries \u{2014} Chinese MFA",
        Some(day!(2025 - 09 - 01)),
        Some("https://tass.com/world/2010381"),
        Some(
            "A decision was made to unify the SCO observer states and dialogue partners into a single category of SCO partners. We also decided to welcome Laos as a new partner, thereby expanding the SCO family.",
        ),
    ),
    src(
        "forums-s21",
        "Sputnik",
        "Tianjin Summit to Be Largest Since SCO Founding - Chinese Ambassador in Russia",
        Some(day!(2025 - 08 - 25)),
        Some(
            "https://sputnikglobe.com/20250825/tianjin-summit-to-be-largest-since-sco-founding---chinese-ambassador-in-russia-1122670702.html",
        ),
        Some(
            "Belarus officially joined the organization at the summit in Astana on July 4, 2024. Observer countries are Afghanistan and Mongolia",
        ),
    ),
    src(
        "forums-s22b",
        "News Central Asia",
        "SCO summit concludes in China with adoption of Tianjin Declaration and 24 documents",
        Some(day!(2025 - 09 - 01)),
        Some(
            "https://www.newscentralasia.net/2025/09/01/sco-summit-concludes-in-china-with-adoption-of-tianjin-declaration-and-24-documents/",
        ),
        Some("Laos was granted the status of an SCO dialogue partner."),
    ),
    src(
        "forums-s23",
        "Wikipedia (mirror via wikiclassic.com)",
        "1st BRIC summit",
        None,
        Some("https://wikiclassic.com/wiki/2009_BRIC_summit"),
        Some(
            "The inaugural BRIC summit took place in Yekaterinburg, Russia on June 16, 2009.\" (mirror text garbled \"teh inaugural\") [canonical: https://en.wikipedia.org/wiki/1st_BRIC_summit]",
        ),
    ),
    src(
        "forums-s24",
        "Wikipedia (mirror via wikipedia-on-ipfs.org)",
        "1st BRIC summit",
        None,
        Some("https://en.wikipedia-on-ipfs.org/wiki/1st_BRIC_summit"),
        Some(
            "Political dialogue between the BRIC countries began in New York in September 2006, with a meeting of the BRIC foreign ministers.\" [canonical: https://en.wikipedia.org/wiki/1st_BRIC_summit]",
        ),
    ),
    src(
        "forums-s25",
        "China Daily (Xinhua)",
        "South Africa joins BRIC as full member",
        Some(day!(2010 - 12 - 24)),
        Some("http://europe.chinadaily.com.cn/world/2010-12/24/content_11749036.htm"),
        Some(
            "Chinese Foreign Minister Yang Jiechi Thursday said BRIC has accepted South Africa as a full member of the group",
        ),
    ),
    src(
        "forums-s26",
        "Mail & Guardian",
        "South Africa invited to join Bric group",
        Some(day!(2010 - 12 - 24)),
        Some("http://mg.co.za/print/2010-12-24-south-africa-invited-to-join-bric-group"),
        Some(
            "South Africa has received a formal invitation to join the ... (Bric) group of large emerging economies, International Relations and Cooperation Minister Maite Nkoana-Mashabane said on Friday.",
        ),
    ),
    src(
        "forums-s27",
        "domain-b.com",
        "Its BRICS now, as S.Africa gets the invite",
        Some(day!(2010 - 12 - 25)),
        Some("https://domain-b.com/amp/economy/world-economy/its-brics-now-as-s-africa-gets-the-invite"),
        Some(
            "This was announced Friday in South Africa, which said it had been formally invited to join the Brazil, Russia, India and China (BRIC) group",
        ),
    ),
    src(
        "forums-s29",
        "Sowetan Live",
        "Brics is expanding - here are the six countries joining the bloc",
        Some(day!(2023 - 08 - 24)),
        Some(
            "https://www.sowetanlive.co.za/news/south-africa/2023-08-24-brics-is-expanding-here-are-the-six-countries-joining-the-bloc/",
        ),
        Some(
            "On January 1 2024, Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the UAE will be full members of the Brics bloc. This announcement was made on Thursday by President Cyril Ramaphosa",
        ),
    ),
    src(
        "forums-s3",
        "Wikipedia (old copy via piglix.com)",
        "Shanghai Cooperation Organisation (page titled Peace Mission 2009)",
        None,
        Some("http://piglix.com/piglix/Peace_Mission_2009"),
        Some(
            "India and Pakistan joined SCO as full members on 9 June 2017 at a summit in Astana, Kazakhstan.\" [canonical: https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation]",
        ),
    ),
    src(
        "forums-s30",
        "i24NEWS",
        "BRICS welcomes 6 new members including Iran, Saudi Arabia",
        Some(day!(2023 - 08 - 24)),
        Some(
            "https://www.i24news.tv/en/news/international/1692864407-brics-welcomes-6-new-members-including-iran-saudi-arabia",
        ),
        Some(
            "\"...to become full members of BRICS. The membership will take effect from the first of January 2024,\" Ramaphosa told the summit.",
        ),
    ),
    src(
        "forums-s31",
        "TASS",
        "(Five new members formally become full-fledged members of BRICS)",
        Some(day!(2024 - 01 - 01)),
        Some("https://tass.com/politics/1728509?utm_referrer=google.com"),
        Some(
            "Five new members (Egypt, Iran, the United Arab Emirates, Saudi Arabia and Ethiopia) formally become full-fledged members of the BRICS group ... on January 1",
        ),
    ),
    src(
        "forums-s32",
        "The Indian Awaaz",
        "Russia assumes BRICS chairmanship",
        Some(day!(2024 - 01 - 02)),
        Some(
            "https://theindianawaaz.com/russia-assumes-brics-chairmanship-focuses-on-multilateral-cooperation/",
        ),
        Some(
            "Egypt, Ethiopia, Iran, Saudi Arabia, and the United Arab Emirates have joined BRICS as new full members",
        ),
    ),
    src(
        "forums-s33",
        "Scoop TV (Reuters)",
        "Exclusive: Saudi Arabia still considering BRICS membership, sources say",
        Some(PartialDate::month(2024, 1)),
        Some(
            "https://www.scoontv.com/exclusive-saudi-arabia-still-considering-brics-membership-sources-say/",
        ),
        Some(
            "Saudi Arabia is still considering an invitation to become a member of the BRICS bloc ... two sources with direct knowledge of the matter told Reuters on Thursday.",
        ),
    ),
    src(
        "forums-s33b",
        "Al Siasi",
        "Saudi Arabia not yet responded to BRICS invitation, Saudi official source says",
        Some(PartialDate::month(2024, 2)),
        Some(
            "https://english.alsiasi.com/saudi-arabia-not-yet-responded-to-brics-invitation-saudi-official-source-says/",
        ),
        Some(
            "\"Saudi Arabia has not yet responded to the invitation to join BRICS. It is still under consideration,\" the Saudi official source said",
        ),
    ),
    src(
        "forums-s34",
        "The New Indian",
        "Saudi Arabia's BRICS membership officially activated",
        Some(day!(2024 - 02 - 01)),
        Some("https://www.newindian.in/saudi-arabias-brics-membership-officially-activated/"),
        Some(
            "South Africa's Foreign Minister, Naledi Pandor, has officially announced the inclusion of Saudi Arabia and the four other invited nations.",
        ),
    ),
    src(
        "forums-s35",
        "MENAFN",
        "Saudi Arabia joins BRICS group officially",
        Some(day!(2024 - 01 - 03)),
        Some(
            "https://menafn.com/1107679597/Saudi-Arabia-joins-BRICS-group-officially-increasing-global-diplomatic-footprint",
        ),
        Some(
            "Saudi Arabia has formally commenced its full membership within the BRICS group, as reported by Saudi television today.",
        ),
    ),
    src(
        "forums-s36",
        "UNN (citing Bloomberg)",
        "Saudi Arabia is still evaluating the possibility of joining BRICS",
        Some(PartialDate::month(2025, 1)),
        Some(
            "https://unn.ua/en/news/saudi-arabia-is-still-evaluating-the-possibility-of-joining-brics-minister-of-economy",
        ),
        Some(
            "his country's membership in the BRICS bloc is still being assessed, more than a year after the kingdom was invited to join the alliance.",
        ),
    ),
    src(
        "forums-s37",
        "Sputnik",
        "Indonesia Joins BRICS as Full Member",
        Some(day!(2025 - 01 - 06)),
        Some(
            "https://sputnikglobe.com/20250106/brazil-announces-indonesia-joined-brics-as-full-member-1121370949.html",
        ),
        Some(
            "admitting Egypt, Ethiopia, Iran, the United Arab Emirates, and Saudi Arabia. The latter has reportedly not formalized its membership but has been taking part in BRICS meetings.",
        ),
    ),
    src(
        "forums-s38",
        "Portal do Holanda (Folhapress)",
        "Vietnã sinaliza que deve aceitar ser parceiro do Brics",
        Some(PartialDate::month(2025, 6)),
        Some(
            "https://www.portaldoholanda.com.br/mundo/vietna-sinaliza-que-deve-aceitar-ser-parceiro-do-brics",
        ),
        Some(
            "A Arábia Saudita, convidada em 2023, nunca oficializou seu ingresso, mas tem escalado representantes para as reuniões.",
        ),
    ),
    src(
        "forums-s39",
        "TRT World",
        "(Milei letters reject BRICS invitation)",
        Some(day!(2023 - 12 - 29)),
        Some("https://www.trtworld.com:443/article/16449151"),
        Some(
            "Argentine President Javier Milei has sent letters to BRICS leaders to formalise his decision to reject an invitation to join the grouping",
        ),
    ),
    src(
        "forums-s4",
        "Kazinform",
        "President of Mongolia lands in Astana",
        Some(day!(2017 - 06 - 08)),
        Some("https://en.inform.kz/news/president-of-mongolia-lands-in-astana_a3034124/"),
        Some(
            "Mongolia was the first country to be granted observer status at the Tashkent Summit back in 2004.",
        ),
    ),
    src(
        "forums-s40",
        "RL em Foco",
        "Milei mantém recusa ao Brics",
        None,
        Some("https://rlemfoco.com.br/noticia/238/milei-mantem-recusa-ao-brics.amp"),
        Some(
            "A correspondência, recebida em Brasília no dia 22 de dezembro, foi enviada também aos líderes dos países membros do Brics.",
        ),
    ),
    src(
        "forums-s41",
        "The Independent (Uganda) / TASS",
        "Uganda, 8 other countries to become BRICS partners from today",
        Some(day!(2025 - 01 - 01)),
        Some("https://www.independent.co.ug/uganda-8-other-countries-to-become-brics-partners-from-today/"),
        Some(
            "“From January 1, 2025, Belarus, Bolivia, Cuba, Indonesia, Kazakhstan, Malaysia, Thailand, Uganda, Uzbekistan will become BRICS partner states.",
        ),
    ),
    src(
        "forums-s42",
        "Malay Mail (Bernama-Sputnik)",
        "Kremlin: Malaysia among nine countries to officially become Brics partners from January 1, 2025",
        Some(day!(2024 - 12 - 24)),
        Some(
            "https://www.malaymail.com/news/malaysia/2024/12/24/kremlin-malaysia-among-nine-countries-to-officially-become-brics-partners-from-january-1-2025/160914",
        ),
        Some(
            "the establishment of the category of Brics partner countries and agreement on a list of 13 countries. Proposals were sent to these countries.",
        ),
    ),
    src(
        "forums-s43",
        "News.az",
        "Nigeria officially joins BRICS as partner country",
        Some(day!(2025 - 01 - 18)),
        Some("https://news.az/news/nigeria-officially-joins-brics-as-partner-country"),
        Some(
            "Indonesia was also initially named as a BRICS partner, but on January 6, Brazil announced that the Asian country had been given a status of full member.",
        ),
    ),
    src(
        "forums-s44",
        "Sputnik",
        "Indonesia Joins BRICS as Full Member",
        Some(day!(2025 - 01 - 06)),
        Some(
            "https://sputnikglobe.com/20250106/brazil-announces-indonesia-joined-brics-as-full-member-1121370949.html",
        ),
        Some(
            "the Brazilian government announced today, on January 6, the official admission of the Republic of Indonesia as a full member of the BRICS",
        ),
    ),
    src(
        "forums-s45",
        "Daily Sabah (AFP)",
        "Indonesia officially becomes BRICS member: Brazil",
        Some(day!(2025 - 01 - 06)),
        Some(
            "https://www.dailysabah.com/world/asia-pacific/indonesia-officially-becomes-brics-member-brazil",
        ),
        Some("Brazil announced on Monday that Indonesia has officially joined BRICS"),
    ),
    src(
        "forums-s46",
        "Mehr News",
        "Nigeria becomes BRICS partner country",
        Some(day!(2025 - 01 - 18)),
        Some("https://en.mehrnews.com/news/227057/Nigeria-becomes-BRICS-partner-country"),
        Some(
            "\"The Brazilian government announces today, January 17, 2025, the official accession of Nigeria as a partner country of the group,\"",
        ),
    ),
    src(
        "forums-s47",
        "BOL/UOL (Reuters)",
        "Itamaraty anuncia ingresso da Nigéria como país parceiro do Brics",
        Some(day!(2025 - 01 - 17)),
        Some(
            "https://www.bol.uol.com.br/noticias/2025/01/17/itamaraty-anuncia-ingresso-da-nigeria-como-pais-parceiro-do-brics.htm",
        ),
        Some(
            "O Ministério das Relações Exteriores anunciou nesta sexta-feira o ingresso formal da Nigéria no Brics como país parceiro",
        ),
    ),
    src(
        "forums-s48",
        "Xinhua (Portuguese)",
        "(Nigéria é o mais novo país parceiro do BRICS)",
        Some(day!(2025 - 01 - 17)),
        Some("http://portuguese.news.cn/20250119/8c3361a83d4040f29566c70e056cd695/c.html"),
        Some(
            "Rio de Janeiro, 17 jan (Xinhua) -- O Ministério das Relações Exteriores do Brasil anunciou nesta sexta-feira que a República Federal da Nigéria é o mais novo país parceiro do BRICS",
        ),
    ),
    src(
        "forums-s49",
        "Portal Terra da Luz",
        "Vietnã é o novo país parceiro do Brics",
        Some(day!(2025 - 06 - 13)),
        Some(
            "https://portalterradaluz.com.br/economia-negocios/internacional-vietna-e-o-novo-pais-parceiro-do-brics-e-reforca-compromisso-com-desenvolvimento-sustentavel",
        ),
        Some(
            "13 de junho de 2025 — O Vietnã é o mais novo integrante da categoria de país parceiro do Brics, conforme anúncio feito nesta sexta-feira (13) pela presidência brasileira do grupo",
        ),
    ),
    src(
        "forums-s5",
        "CIS Legislation (SojuzPravoInform)",
        "Tashkent Declaration of heads of SCO member states of June 17, 2004",
        Some(day!(2004 - 06 - 17)),
        Some("https://cis-legislation.com/document.fwx?rgn=6905"),
        Some(
            "having gathered in Tashkent on meeting of Council of heads of states - members of SCO on June 17, 2004",
        ),
    ),
    src(
        "forums-s50",
        "MENAFN",
        "BRICS Admits Vietnam as Tenth Partner",
        Some(day!(2025 - 06 - 14)),
        Some("https://menafn.com/1109673587/BRICS-Admits-Vietnam-as-Tenth-Partner"),
        Some(
            "Brazil on Friday confirmed that Vietnam has officially joined the BRICS group of emerging economies as a \"partner country.\"",
        ),
    ),
    src(
        "forums-s51",
        "RT Brasil",
        "Vietnã se junta ao BRICS como décimo país parceiro",
        None,
        Some("https://rtbrasil.com/noticias/14033-vietna-junta-brics-decimo-pais/amp"),
        Some(
            "O governo brasileiro anunciou nesta quinta-feira (13) o ingresso formal do Vietnã como país parceiro do BRICS.\" (weekday wrong: 13 Jun 2025 was a Friday)",
        ),
    ),
    src(
        "forums-s52",
        "Vietnam News",
        "PM's participation at BRICS Summit affirms Việt Nam's rising global standing: ambassador",
        Some(day!(2025 - 07 - 04)),
        Some(
            "https://vietnamnews.vn/politics-laws/1720835/pm-s-participation-at-brics-summit-affirms-viet-nam-s-rising-global-standing-ambassador.html",
        ),
        Some(
            "Ambassador Nghị noted that on June 14, Brazil, which is holding the rotating chair of BRICS for 2025, officially announced Việt Nam as a BRICS partner country",
        ),
    ),
    src(
        "forums-s53b",
        "People's Public Security (cand.com.vn)",
        "Vietnam's development orientation aligns with BRICS' strategic priorities",
        None,
        Some(
            "https://en.cand.com.vn/politics/vietnams-development-orientation-aligns-with-brics-strategic-priorities-i606687/",
        ),
        Some(
            "On June 13, the country currently holdind the rotting presidency of BRICS – announced that Viet Nam has oficially become a Partner Country of the group.\" (typos in original)",
        ),
    ),
    src(
        "forums-s54",
        "Kursiv Media",
        "Kazakhstan stays out of BRICS due to pragmatism, President Tokayev says",
        Some(day!(2025 - 05 - 30)),
        Some(
            "https://kz.kursiv.media/en/2025-05-30/engk-tank-kazakhstan-stays-out-of-brics-due-to-pragmatism-president-tokayev-says",
        ),
        Some("The country has been a BRICS partner since Jan. 1, 2025."),
    ),
    src(
        "forums-s55",
        "TVC News",
        "Nigeria, 12 others join BRICS as partner countries",
        Some(day!(2024 - 10 - 24)),
        Some("https://www.tvcnews.tv/2024/10/nigeria-12-others-join-brics-as-partner-countries/"),
        Some(
            "The remaining 12 countries are: Algeria, Belarus, Bolivia, Cuba, Indonesia, Kazakhstan, Malaysia, Thailand, Turkey, Uganda, Uzbekistan, and Vietnam.",
        ),
    ),
    src(
        "forums-s56",
        "Geo TV",
        "Pakistan, Russia mark 70 years of diplomatic relations",
        Some(day!(2018 - 05 - 01)),
        Some("https://www.geo.tv/latest/193643-pakistan-russia-mark-70-years-of-diplomatic-relations"),
        Some(
            "Pakistan and the Russian Federation marked 70th anniversary of establishment of diplomatic relations on Tuesday, May 1, 2018.",
        ),
    ),
    src(
        "forums-s57",
        "The Nation (Pakistan)",
        "Pakistan, Russia mark 75th anniversary of diplomatic relations",
        Some(day!(2023 - 05 - 02)),
        Some(
            "https://www.nation.com.pk/02-May-2023/pakistan-russia-mark-75th-anniversary-of-diplomatic-relations",
        ),
        Some(
            "Diplomatic relations between Pakistan and Russia were established on 1st May 1948,” the statement added.",
        ),
    ),
    src(
        "forums-s6",
        "ISSI (Institute of Strategic Studies Islamabad)",
        "The Expanding Role of SCO: Strengthening Pakistan's Regional Integration",
        None,
        Some("https://issi.org.pk/the-expanding-role-of-sco-strengthening-pakistans-regional-integration/"),
        Some(
            "Earlier, Pakistan, India and Iran acquired Observer status at the CHS meeting in Astana on 5 July 2005.",
        ),
    ),
    src(
        "forums-s62",
        "Business Standard",
        "Brazil admits Indonesia as new member of Brics bloc of developing nations",
        Some(day!(2025 - 01 - 07)),
        Some(
            "https://www.business-standard.com/amp/world-news/brazil-admits-indonesia-as-new-member-of-brics-bloc-of-developing-nations-125010700094_1.html",
        ),
        Some(
            "The first BRIC Summit was held in Russia's Yekaterinburg in 2009.\"; \"South Africa attended the 3rd Brics Summit in Sanya in 2011.",
        ),
    ),
    src(
        "forums-s64",
        "Daily Trust",
        "BRICS to welcome five new members in January",
        Some(PartialDate::month(2023, 12)),
        Some("https://dailytrust.com/brics-to-welcome-five-new-members-in-january"),
        Some(
            "Five countries, Saudi Arabia, Iran, the United Arab Emirates, Ethiopia, and Egypt will join the BRICS group of emerging-market states on January 1, 2024.",
        ),
    ),
    src(
        "forums-s66",
        "SperoForum (AsiaNews)",
        "Shanghai Cooperation Organization opens to India and Pakistan, not Iran",
        Some(day!(2010 - 06 - 12)),
        Some(
            "https://www.speroforum.com/a/34725/Shanghai-Cooperation-Organization-opens-to-India-and-Pakistan-not-Iran",
        ),
        Some(
            "India, Pakistan, Afghanistan, Iran and Mongolia have had observer status for a number of years. Belarus and Sri Lanka are dialogue partners.",
        ),
    ),
    src(
        "forums-s67",
        "InfoSCO (infoshos.ru)",
        "MFA of Russia: the Summit in Yekaterinburg was Fruitful",
        Some(day!(2009 - 06 - 22)),
        Some("http://www.infoshos.ru/en/print.php?idn=4424"),
        Some(
            "He also informed that a decision was made in Yekaterinburg on granting the dialogue partner status to Byelorussia and Sri Lanka. The SCO Secretariat is assigned to prepare and sign with these countries the corresponding memorandums",
        ),
    ),
    src(
        "forums-s68",
        "Sri Lanka Presidential Secretariat, Policy Research & Information Unit",
        "SL gains partnership in SCO",
        Some(day!(2009 - 06 - 17)),
        Some(
            "http://www.priu.gov.lk/news_update/Current_Affairs/ca200906/20090617sl_gains_partnership_in_sco.htm",
        ),
        Some(
            "Sri Lanka has been granted the status of Dialogue Partner of the Shanghai Cooperation Organization (SCO). The Russian President Dmitry Medvedev announced this at the conclusion of the SCO Summit at Yekaterinburg, Russia.",
        ),
    ),
    src(
        "forums-s69",
        "Asharq Al-Awsat (English)",
        "Saudi Arabia, Egypt, Qatar to Become SCO Dialogue Partners",
        None,
        Some(
            "https://english.aawsat.com/home/article/3195761/saudi-arabia-egypt-qatar-become-sco-dialogue-partners",
        ),
        Some(
            "The Shanghai Cooperation Organization (SCO), which concluded its 21st summit in Dushanbe, Tajikistan on Friday, approved the launch of the formal accession for Iran’s full membership in the organization and granting of dialogue partner status to Saudi Arabia, Egypt and Qatar.",
        ),
    ),
    src(
        "forums-s7",
        "The World and Japan Database (GRIPS / Univ. of Tokyo)",
        "Declaration by the Heads of the Member States of the SCO (Astana)",
        Some(day!(2005 - 07 - 05)),
        Some("https://worldjpn.net/documents/texts/SCO/20050705.D1E.html"),
        Some(
            "having met on July 5, 2005 in Astana at a session of the Council of Heads of State of the SCO members",
        ),
    ),
    src(
        "forums-s70",
        "SCO Secretariat (eng.sectsco.org)",
        "(Zhang Ming meets Saudi chargé d'affaires)",
        Some(day!(2022 - 02 - 16)),
        Some("https://eng.sectsco.org/20220216/818341.html"),
        Some(
            "They conducted an interested exchange of opinions in the context of the September 2021 decision by the SCO Heads of State Council to grant dialogue partner status to the Kingdom of Saudi Arabia.",
        ),
    ),
    src(
        "forums-s71",
        "News Ghana",
        "Egypt and Qatar granted status of SCO dialogue partner",
        None,
        Some("https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/"),
        Some(
            "Egypt and Qatar have been granted the status of dialogue partner of the Shanghai Cooperation Organization (SCO) following the admission procedure launched in September 2021 at the Dushanbe summit, the Uzbek Foreign Ministry said on Wednesday.",
        ),
    ),
    src(
        "forums-s72",
        "Ministry of Foreign Affairs of Qatar",
        "Qatar Signs MoU on Accession to SCO as Dialogue Partner",
        Some(day!(2022 - 09 - 14)),
        Some(
            "https://www.mofa.gov.qa/en/qatar/latest-articles/latest-news/details/1444/02/18/qatar-signs-mou-on-accession-to-sco-as-dialogue-partner",
        ),
        Some(
            "The State of Qatar signed Wednesday in Tashkent a memorandum of understanding (MoU) concerning its accession to the Shanghai Cooperation Organization (SCO) as a Dialogue Partner.",
        ),
    ),
    src(
        "forums-s73",
        "EIN Presswire (Uzbekistan government release)",
        "Documents signed following the Samarkand summit",
        Some(day!(2022 - 09 - 18)),
        Some(
            "https://www.einpresswire.com/article/591637267/documents-signed-following-the-samarkand-summit",
        ),
        Some(
            "On September 16, Samarkand hosted a meeting of the Council of Heads of State of the Shanghai Cooperation Organization. … – on granting the Republic of Maldives, Bahrain, the United Arab Emirates, the Republic of the Union of Myanmar, the State of Kuwait the status of an SCO dialogue partner;",
        ),
    ),
    src(
        "forums-s74",
        "TASS",
        "(Procedure of granting Belarus full SCO membership started, Mirziyoyev)",
        Some(day!(2022 - 09 - 16)),
        Some("https://tass.com/world/1508467"),
        Some(
            "We welcome the signing of memorandums granting the status of dialogue partners to the Arab Republic of Egypt and the State of Qatar,\" he added. Mirziyoyev also announced the beginning of procedures for granting the status of dialogue partners to Bahrain, Kuwait, Maldives, the UAE and Myanmar.",
        ),
    ),
    src(
        "forums-s75",
        "UrduPoint (Sputnik)",
        "(Saudi king approves Riyadh's dialogue partner memorandum)",
        Some(day!(2023 - 03 - 29)),
        Some("https://www.urdupoint.com/en/world/saudi-king-approves-riyadhs-dialogue-partner-1667578.html"),
        Some(
            "Saudi King Salman bin Abdulaziz Al Saud has given a final approval to the memorandum conferring the status of a dialogue partner on the kingdom at the Shanghai Cooperation Organisation (SCO), following a document signed in September 2022 at the SCO summit in Uzbekistan's Samarkand, the state-run Saudi Press Agency (SPA) reported on Wednesday",
        ),
    ),
    src(
        "forums-s76",
        "Libyan News Wire (Bahrain News Agency)",
        "Bahrain granted the status of SCO dialogue partner",
        Some(day!(2023 - 07 - 15)),
        Some("https://libyannewswire.com/bahrain-granted-the-status-of-sco-dialogue-partner/"),
        Some(
            "Bahrain’s Ambassador to the People’s Republic of China Dr. Mohammed Ghassan Mohammed Adnan Sheikho signed a memorandum of understanding in this regard with SCO Secretary General Zhang Ming, in the presence of representatives of SCO permanent member countries.",
        ),
    ),
    src(
        "forums-s77",
        "A News (Anadolu)",
        "Kuwait to join Shanghai regional bloc as dialogue partner",
        Some(day!(2023 - 05 - 06)),
        Some(
            "https://anews.com.tr/middle-east/2023/05/06/kuwait-to-join-shanghai-regional-bloc-as-dialogue-partner",
        ),
        Some(
            "The document was inked on the sidelines of a meeting of the SCO foreign ministers on May 4-5 in Panaji city, India, the state news agency KUNA reported.",
        ),
    ),
    src(
        "forums-s78",
        "Khaleej Times (WAM)",
        "UAE granted Dialogue Partner Status in Shanghai Cooperation Organisation",
        Some(day!(2023 - 05 - 06)),
        Some(
            "https://www.khaleejtimes.com/uae/uae-granted-dialogue-partner-status-in-shanghai-cooperation-organisation",
        ),
        Some(
            "Dr Abdulnasser Alshaali, UAE Ambassador to India, signed the Memorandum of Understanding (MoU) concerning its accession to the SCO as a Dialogue Partner with Zhang Ming, Secretary-General of the Shanghai Cooperation Organisation.",
        ),
    ),
    src(
        "forums-s79",
        "Financial Express",
        "SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners",
        Some(day!(2023 - 05 - 06)),
        Some(
            "https://www.financialexpress.com/business/defence-sco-adds-kuwait-uae-myanmar-and-maldives-as-dialogue-partners-3076846/",
        ),
        Some(
            "Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners. This was signed at the end of two day Council of Foreign Ministers meeting under India’s presidency",
        ),
    ),
    src(
        "forums-s8",
        "The Hindu",
        "India to join Shanghai group as observer",
        None,
        Some(
            "https://www.thehindu.com/todays-paper/tp-national/india-to-join-shanghai-group-as-observer/article27381151.ece",
        ),
        Some(
            "The three countries will be granted observer status in the Shanghai Cooperation Organisation at its summit in Astana, capital of Kazakhstan, on July 5-6.",
        ),
    ),
    src(
        "forums-s80",
        "People's Daily Online (Xinhua)",
        "Memorandum of obligations on Iran's SCO membership signed at Samarkand summit",
        Some(day!(2022 - 09 - 16)),
        Some("http://en.people.cn/n3/2022/0916/c90000-10148236.html"),
        Some(
            "The meeting also started the procedure for Belarus' accession, granted Egypt, Saudi Arabia and Qatar the status of SCO dialogue partners, reached agreement on admitting Bahrain, the Maldives, the United Arab Emirates, Kuwait and Myanmar as new dialogue partners",
        ),
    ),
    src(
        "forums-s81",
        "Times of Addu",
        "SCO dialogue partner status granted to Maldives",
        Some(day!(2022 - 09 - 18)),
        Some("https://timesofaddu.com/2022/09/18/sco-dialogue-partner-status-granted-to-maldives"),
        Some(
            "Maldives was granted the status in the Samarkand Declaration adopted by the member states in the 22nd meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) held in the city of Samarkand, Uzbekistan on September 15, 2022.",
        ),
    ),
    src(
        "forums-s9",
        "Indian Express",
        "India, Pakistan become full members of SCO",
        Some(day!(2017 - 06 - 09)),
        Some(
            "http://indianexpress.com/article/india/india-pakistan-become-full-members-of-sco-shanghai-cooperation-organisation-summit-astana-4696286/",
        ),
        Some(
            "India and Pakistan on Friday became full members of the Shanghai Cooperation Organisation (SCO) summit at Astana.",
        ),
    ),
    src(
        "treaty-s1",
        "Wikipedia",
        "2001 Sino-Russian Treaty of Friendship",
        None,
        Some("https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship"),
        Some(
            "On 28 June 2021, Russia and China extended the treaty for another 5 years after its expiration in February 2022.",
        ),
    ),
    src(
        "treaty-s100",
        "nuclearforces.org (Pavel Podvig)",
        "New START",
        None,
        Some("http://nuclearforces.org/new-start"),
        Some(
            "They will be in force for ten years, until 5 February 2021, with an option to extend the treaty, if both sides agree, by no more than five years.",
        ),
    ),
    src(
        "treaty-s101",
        "Sputnik",
        "New START Extension Agreement Comes Into Force, to Remain in Effect Until 5 February 2026",
        Some(day!(2021 - 02 - 03)),
        Some(
            "https://sputniknews.com/world/202102031081969204-new-start-extension-agreement-comes-into-force-to-remain-in-effect-until-2026/",
        ),
        Some(
            "the Treaty will remain in effect exactly as it had been signed, without any amendments or additions, until 5 February 2026",
        ),
    ),
    src(
        "treaty-s102",
        "Russian Strategic Nuclear Forces blog (Podvig)",
        "Russia suspends participation in New START",
        Some(PartialDate::month(2023, 2)),
        Some("https://russianforces.org/blog/2023/02/russia_suspends_participation_.shtml"),
        Some(
            "The Federal Law on the suspension was approved by the State Duma and the Federation Council on 22 February 2023 and signed by the president on 28 February 2023.",
        ),
    ),
    src(
        "treaty-s103",
        "Interfax",
        "Putin signs law suspending Russia's participation in New START",
        Some(day!(2023 - 02 - 28)),
        Some("https://interfax.com/newsroom/top-stories/88325/"),
        Some(
            "Russian President Vladimir Putin has signed a law suspending Russia's participation in the Strategic Arms Reduction Treaty (New START)",
        ),
    ),
    src(
        "treaty-s104",
        "TASS",
        "(Peskov: New START idea not pre-arranged with US)",
        Some(day!(2025 - 09 - 23)),
        Some("https://tass.com/politics/2020033"),
        Some(
            "Putin stated that Russia is prepared to continue observing the core tenets of the Strategic Arms Reduction Treaty (START) for one year after it expires in February 2026.",
        ),
    ),
    src(
        "treaty-s105",
        "news-pravda (Italy edition, quoting Kremlin)",
        "Vladimir Putin ha tenuto una riunione con i membri permanenti del Consiglio di Sicurezza (22 settembre 2025)",
        Some(day!(2025 - 09 - 23)),
        Some("https://italy.news-pravda.com/russia/2025/09/23/286563.html"),
        Some(
            "La Russia è pronta, dopo il 5 febbraio 2026, a continuare per un anno a rispettare le limitazioni quantitative centrali del Trattato New START.",
        ),
    ),
    src(
        "treaty-s106",
        "TASS",
        "(New START expired)",
        Some(day!(2026 - 02 - 05)),
        Some("https://tass.com/politics/2082091"),
        Some(
            "The last agreement between Russia and the United States on strategic stability, the New Strategic Arms Reduction Treaty (New START), expired on February 5.",
        ),
    ),
    src(
        "treaty-s107",
        "CGTN",
        "Russia responds amid New START expiration",
        Some(day!(2026 - 02 - 05)),
        Some(
            "https://news.cgtn.com/news/2026-02-05/Russia-responds-amid-New-START-expiration-1KvJIJBBwXK/p.html",
        ),
        Some(
            "we assume that the parties to the New START are no longer bound by any obligations or symmetrical declarations in the context of the treaty",
        ),
    ),
    src(
        "treaty-s108",
        "NY Morning (Reuters)",
        "Russia announces new steps as nuclear arms control limits expire",
        Some(day!(2026 - 02 - 05)),
        Some("https://www.nymorning.com/world/news/2334"),
        Some(
            "Today (Thursday) the treaty will expire, and with it (the treaty) will completely lose its effectiveness.",
        ),
    ),
    src(
        "treaty-s120",
        "elib (I. Serenko article)",
        "Russia and Pakistan on the path to mutually beneficial cooperation",
        None,
        Some(
            "https://elib.jp/blogs/entry/RUSSIA-AND-PAKISTAN-ON-THE-PATH-TO-MUTUALLY-BENEFICIAL-COOPERATION",
        ),
        Some(
            "On May 1, 1948, the Ministries of Foreign Affairs of the USSR and Pakistan exchanged notes on the establishment of diplomatic relations",
        ),
    ),
    src(
        "treaty-s121",
        "Great Soviet Encyclopedia (via mdict)",
        "Soviet-Pakistani Agreements",
        None,
        Some("http://ed.mdict.net/k2349053.html"),
        Some(
            "Diplomatic relations were established between the USSR and Pakistan by an exchange of notes from Apr. 27 to May 1, 1948.",
        ),
    ),
    src(
        "treaty-s13",
        "GRIPS / Univ. of Tokyo \"The World and Japan\" database",
        "China-Russia Treaty of Good-Neighborliness and Friendly Cooperation (full text)",
        Some(day!(2001 - 07 - 16)),
        Some("https://worldjpn.grips.ac.jp/documents/texts/docs/20010716.T1E.html"),
        Some(
            "The contracting parties reaffirm their commitment that they will not be the first to use nuclear weapons against each other nor target strategic nuclear missiles against each other.",
        ),
    ),
    src(
        "treaty-s14",
        "John Garver, China's Quest (book page via issuhub)",
        "China's Quest ... p.548",
        None,
        Some("https://issuhub.com/view/index?id=23628&pageIndex=569"),
        Some(
            "Article IX provided: If a situation emerges which, according to one of the agreeing sides, poses a danger to peace, violates peace or infringes on interests of its security",
        ),
    ),
    src(
        "treaty-s15",
        "Frontline (The Hindu)",
        "Strengthening stability (treaty excerpts)",
        Some(day!(2001 - 08 - 04)),
        Some("https://frontline.thehindu.com/world-affairs/article30159756.ece"),
        Some(
            "Military and military technical cooperation between the agreeing sides, carried out on the basis of the corresponding agreements, is not aimed against third countries.",
        ),
    ),
    src(
        "treaty-s15b",
        "Ministry of Foreign Affairs of the PRC (embassy in Norway)",
        "(details of the treaty)",
        None,
        Some("https://www.mfa.gov.cn/ce/ceno/eng/dtxw/t110017.htm"),
        Some(
            "Russia declares that there is only one China in the world ... and that Taiwan is an inalienable part of China. Russia is opposed to any form of independence of Taiwan.",
        ),
    ),
    src(
        "treaty-s17",
        "World Bulletin (Anadolu)",
        "Putin, Xi hail 'exemplary' relations between Russia, China",
        Some(day!(2021 - 06 - 28)),
        Some(
            "https://worldbulletin.dunyabulteni.net/world/putin-xi-hail-exemplary-relations-between-russia-china-h209593.html",
        ),
        Some("the two leaders agreed to extend the pact for another five years."),
    ),
    src(
        "treaty-s18",
        "Vestnik Kavkaza",
        "Russia and China to extend Treaty of Good-Neighborliness",
        None,
        Some(
            "https://vestnikkavkaza.net/news/Russia-and-China-to-extend%C2%A0Treaty-of-Good-Neighborliness.html",
        ),
        Some("We have agreed to extend this treaty automatically"),
    ),
    src(
        "treaty-s19",
        "Oreanda-News",
        "Russia and China decided to extend the good-neighborliness agreement",
        None,
        Some(
            "https://www.oreanda.ru/en/gosudarstvo/russia-and-china-decided-to-extend-the-good-neighborliness-agreement/article1364812/",
        ),
        Some("The agreement provides for its automatic extension for a five-year period."),
    ),
    src(
        "treaty-s2",
        "TASS",
        "Russia-China Friendship Treaty to be automatically extended for 5 years",
        Some(day!(2021 - 03 - 22)),
        Some(
            "https://tass.com/politics/1268537?utm_source=newsletter&utm_medium=email&utm_campaign=kremlin_watch_briefing_bulgaria_breaks_up_russian_spy_ring&utm_term=2024-07-17",
        ),
        Some(
            "We are confident that when the treaty marks 20 years in February 2022, it will be automatically extended for another five year period in line with Article 25",
        ),
    ),
    src(
        "treaty-s20",
        "Prime Minister's Office of India (archive)",
        "Opening Statement by PM Vajpayee at the Joint Press Conference (Putin visit)",
        Some(day!(2000 - 10 - 03)),
        Some("https://archivepmo.nic.in/abv/speech-details.php?nodeid=9096"),
        Some(
            "The President and I signed the Declaration on Strategic Partnership between India and the Russian Federation.",
        ),
    ),
    src(
        "treaty-s21",
        "The Moscow Times (archive on vedomosti)",
        "Russia, India Sign Partnership Pact",
        Some(PartialDate::month(2000, 10)),
        Some(
            "http://oldtmt.vedomosti.ru/sitemap/free/2000/10/article/russia-india-sign-partnership-pact/258373.html",
        ),
        Some(
            "the two countries agreed not to participate in any military-political alliance, associations or armed conflict directed against each other.",
        ),
    ),
    src(
        "treaty-s22",
        "Kremlin",
        "(Putin letter to Vajpayee)",
        None,
        Some("http://en.kremlin.ru/d/41336"),
        Some(
            "The Declaration of Strategic Partnership between Russia and India, signed in October 2000, laid a solid foundation for our constructive relations in all fields.",
        ),
    ),
    src(
        "treaty-s3",
        "Xinhua",
        "Xi, Putin announce extension of China-Russia friendly cooperation treaty",
        Some(day!(2021 - 06 - 28)),
        Some("http://xinhuanet.com/english/2021-06/28/c_1310032632.htm"),
        Some(
            "Xi Jinping and Russian President Vladimir Putin issued a joint statement Monday, officially deciding to extend the China-Russia Treaty of Good-Neighborliness and Friendly Cooperation.",
        ),
    ),
    src(
        "treaty-s30",
        "Permanent Committee of the Union State",
        "History of Formation and Development of the Union State",
        None,
        Some("http://www.postkomsg.com/en/historysg/"),
        Some("In Moscow, on 8 December 1999, the Treaty on the Creation of a Union State was signed"),
    ),
    src(
        "treaty-s31",
        "Soyuznoe Veche (Parliamentary Assembly newspaper)",
        "26 лет назад был подписан Договор о создании Союзного государства Беларуси и России",
        Some(day!(2025 - 12 - 08)),
        Some("https://www.souzveche.ru/news/98699/?sphrase_id=16174792"),
        Some(
            "После ратификации парламентами Беларуси и России Договор о создании Союзного государства вступил в силу 26 января 2000 года.",
        ),
    ),
    src(
        "treaty-s32",
        "News.mail.ru (Sputnik Belarus)",
        "РФ и Беларусь 26 лет назад подписали договор о создании Союзного государства",
        Some(day!(2025 - 12 - 08)),
        Some("https://news.mail.ru/politics/69007603/"),
        Some(
            "Подписание Договора о создании Союзного государства прошло в Георгиевском зале Кремля. В последствии он был ратифицирован парламентами двух стран. Документ вступил в силу 26 января 2000 года.",
        ),
    ),
    src(
        "treaty-s40",
        "Ragmamoul (Armenian news)",
        "Armenia Becomes Member of the Eurasian Economic Union",
        Some(day!(2015 - 01 - 02)),
        Some(
            "https://ragmamoul.net/news-in-english/2015/01/02/armenia-becomes-member-of-the-eurasian-economic-union/",
        ),
        Some(
            "On October 10, Armenia signed the agreement to become a full member of the EEU in Minsk, the capital of Belarus.",
        ),
    ),
    src(
        "treaty-s41",
        "Russian MFA (Embassy in Thailand)",
        "About Eurasian Economic Union",
        None,
        Some("https://thailand.mid.ru/en/press-centre/news/about_eurasian_economic_union"),
        Some(
            "Armenia's accession came into effect on 2 January 2015. Kyrgyzstan's accession came into effect on 6 August 2015.",
        ),
    ),
    src(
        "treaty-s42",
        "TASS",
        "(Kyrgyzstan becomes full EEU member)",
        Some(day!(2015 - 08 - 06)),
        Some("https://tass.com/economy/812859"),
        Some(
            "The treaty on Kyrgyzstan's joining the Eurasian Economic Union comes into force from August 6, 2015,",
        ),
    ),
    src(
        "treaty-s44",
        "Wikipedia",
        "Member states of the Eurasian Economic Union",
        None,
        Some("https://en.wikipedia.org/wiki/Member_states_of_the_Eurasian_Economic_Union"),
        Some(
            "Kyrgyzstan signed an accession treaty on 23 December 2014, which came into force on 6 August 2015.",
        ),
    ),
    src(
        "treaty-s5",
        "Kant.kg (citing RIA Novosti)",
        "Россия и Китай продлили Договор о добрососедстве",
        Some(day!(2021 - 03 - 23)),
        Some("https://kant.kg/2021-03-23/rossiya-i-kitaj-prodlili-dogovor-o-dobrososedstve"),
        Some(
            "Россия и Китай продлили Договор о добрососедстве, дружбе и сотрудничестве на очередной пятилетний срок. Об этом заявил глава МИД КНР Ван И",
        ),
    ),
    src(
        "treaty-s50",
        "CSTO (odkb.gov.ru)",
        "TREATY on Collective Security",
        None,
        Some("http://www.odkb.gov.ru/b/azbengl.htm"),
        Some(
            "The States Parties will not enter any military alliances or take part in any groupings of states as well as in actions directed against some other State Party.",
        ),
    ),
    src(
        "treaty-s51",
        "pavlodar.com (legal text)",
        "ДОГОВОР О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ, Статья 4",
        None,
        Some("https://pavlodar.com/zakon/?dok=00542&uro=080004"),
        Some(
            "Если одно из государств - участников подвергнется агрессии со стороны какого - либо государства или группы государств, то это будет рассматриваться как агрессия против всех",
        ),
    ),
    src(
        "treaty-s52",
        "blogen.wiki (translation of ru.wikipedia ОДКБ)",
        "Organization of the Collective Security Treaty",
        Some(day!(2022 - 01 - 24)),
        Some(
            "https://www.blogen.wiki/blog/ru/%D0%9E%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F_%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D0%B0_%D0%BE_%D0%BA%D0%BE%D0%BB%D0%BB%D0%B5%D0%BA%D1%82%D0%B8%D0%B2%D0%BD%D0%BE%D0%B9_%D0%B1%D0%B5%D0%B7%D0%BE%D0%BF%D0%B0%D1%81%D0%BD%D0%BE%D1%81%D1%82%D0%B8",
        ),
        Some(
            "The treaty entered into force on April 20, 1994. The contract was for 5 years and could be extended. On April 2, 1999, the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan",
        ),
    ),
    src(
        "treaty-s53",
        "Wikipedia (old revision, 28 May 2006, via amansaja.com proxy; canonical https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization)",
        "Collective Security Treaty Organization",
        Some(day!(2006 - 05 - 28)),
        Some(
            "https://amansaja.com/index.php?q=Mfv0Kfa6bO9BLE53MqTXKgrCMqiSL3dZb3KRMq5CnpGSKgFQx3vXJgPBxszRLgPBo3vXJArHs2rDJpdXJfBHrfdBopv5p09On2hSMpXFJgBRLEnFLpm7L2PCMqw9zts1zNoNzNe%3D",
        ),
        Some(
            "Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.",
        ),
    ),
    src(
        "treaty-s54",
        "24.kg",
        "Nikol Pashinyan announces suspension of Armenia's participation in CSTO",
        Some(PartialDate::month(2024, 2)),
        Some(
            "https://24.kg/english/287523__Nikol_Pashinyan_announces_suspension_of_Armenias_participation_in_CSTO",
        ),
        Some(
            "Until 1999, Georgia, Uzbekistan and Azerbaijan also participated in the treaty, but they decided not to extend the partnership. Uzbekistan temporarily returned to the CSTO in 2006-2012.",
        ),
    ),
    src(
        "treaty-s55",
        "Novaya Gazeta Europe",
        "Armenia suspends participation in Russian-led Collective Security Treaty Organisation",
        Some(day!(2024 - 02 - 23)),
        Some(
            "https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news",
        ),
        Some(
            "Armenia has \"frozen\" its participation in the Russian-dominated Collective Security Treaty Organisation (CSTO), Prime Minister Nikol Pashinyan told French television channel France 24 on Thursday.",
        ),
    ),
    src(
        "treaty-s55b",
        "RT",
        "(Armenia de facto suspends participation in CSTO)",
        Some(day!(2024 - 02 - 22)),
        Some("https://www.rt.com/russia/592986-armenian-suspends-pact-russia/"),
        Some("We have suspended our participation in this treaty. We'll see what happens next."),
    ),
    src(
        "treaty-s6",
        "TASS",
        "(Lavrov on treaty expiry date)",
        Some(day!(2025 - 11 - 11)),
        Some("https://tass.com/politics/2042125"),
        Some("I assure you the date of July 16, 2026 will not go unexpected."),
    ),
    src(
        "treaty-s60",
        "Interfax",
        "Russia-N. Korea Treaty of Comprehensive Strategic Partnership takes effect - KCNA",
        Some(day!(2024 - 12 - 05)),
        Some("https://interfax.com/newsroom/top-stories/108291/"),
        Some(
            "The treaty has an effect from December 4, 2024 when the ratification instruments were exchanged according to Article 22 of the treaty,\" KCNA said.",
        ),
    ),
    src(
        "treaty-s61",
        "TASS",
        "(Zakharova: treaty takes effect on exchange of ratifications)",
        Some(day!(2024 - 10 - 26)),
        Some("https://tass.com/politics/1862721"),
        Some("The term of the treaty is of indefinite duration,\" Zakharova added."),
    ),
    src(
        "treaty-s62",
        "NHK World",
        "North Korea-Russia treaty pledges mutual military assistance against invasion",
        Some(day!(2024 - 06 - 20)),
        Some("https://www3.nhk.or.jp/nhkworld/en/news/20240620_09"),
        Some(
            "Article 4 stipulates that if either of them is invaded and placed under a state of war, the other will deploy all means in its possession to provide military and other assistance, without delay.",
        ),
    ),
    src(
        "treaty-s62b",
        "Korea Herald (Yonhap)",
        "N. Korea, Russia agree to offer military assistance 'without delay' if either is attacked: KCNA",
        Some(day!(2024 - 06 - 20)),
        Some("https://m.koreaherald.com/view.php?ud=20240620050298"),
        Some(
            "the other side provides military and other assistance without delay by mobilizing all means in its possession in line with Article 51 of the UN Charter",
        ),
    ),
    src(
        "treaty-s63",
        "TASS",
        "(Russia-DPRK treaty enters force)",
        Some(day!(2024 - 12 - 05)),
        Some("https://tass.com/world/1882445"),
        Some(
            "He signed the ratification document on November 9, while North Korean leader Kim Jong Un did so on November 11.",
        ),
    ),
    src(
        "treaty-s64",
        "TASS",
        "(Kim: Kursk participation a sacred mission)",
        Some(day!(2025 - 04 - 28)),
        Some("https://tass.com/world/1950153"),
        Some(
            "Kim decided that the situation required the enactment of Article 4 of the Treaty on Comprehensive Strategic Partnership between North Korea and Russia",
        ),
    ),
    src(
        "treaty-s65",
        "KBS World",
        "(N. Korea confirms troops sent to Russia under treaty)",
        Some(day!(2025 - 04 - 28)),
        Some("http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=192675"),
        Some(
            "Kim Jong-un, made the decision to deploy troops under the comprehensive strategic partnership treaty he signed with Russian President Vladimir Putin last year.",
        ),
    ),
    src(
        "treaty-s66",
        "TASS",
        "Russian-North Korean partnership treaty called to stabilize region — Russian diplomat",
        Some(day!(2024 - 11 - 04)),
        Some("https://tass.com/world/1866905/amp"),
        Some(
            "The treaty's provisions, including article 4 on mutual support in case of an armed incursion, will be fully implemented, if need be,\" she stressed.",
        ),
    ),
    src(
        "treaty-s7",
        "Kommersant",
        "(Lavrov interview: treaty remains relevant)",
        Some(day!(2025 - 11 - 11)),
        Some("https://www.kommersant.ru/doc/8194246"),
        Some(
            "дата 16 июля 2026 года (день окончания действия договоренностей. — «Ъ») «не пройдет незамеченной»",
        ),
    ),
    src(
        "treaty-s70",
        "TASS",
        "(Rudenko: Russia-Iran treaty contains no military commitments)",
        Some(day!(2025 - 04 - 08)),
        Some("https://tass.com/politics/1940345"),
        Some(
            "Article 3 says that Russia and Iran will not provide military or any other assistance to an aggressor in case either of them comes under attack",
        ),
    ),
    src(
        "treaty-s71",
        "News Arena India",
        "Russia-Iran strategic partnership treaty comes into force",
        Some(day!(2025 - 10 - 02)),
        Some(
            "https://www.newsarenaindia.com/international/russia-iran-strategic-partnership-treaty-comes-into-force/58150",
        ),
        Some(
            "The treaty was signed by Russian President Vladimir Putin and Iranian President Masoud Pezeshkian in Moscow on January 17, 2025 and became effective today, October 2.",
        ),
    ),
    src(
        "treaty-s72",
        "bne IntelliNews",
        "Iranian ambassador confirms Russia-Iran partnership treaty has entered into force",
        Some(day!(2025 - 07 - 18)),
        Some(
            "https://www.intellinews.com/iranian-ambassador-confirms-russia-iran-partnership-treaty-has-entered-into-force-391815",
        ),
        Some("Consequently, the treaty has \"naturally entered into force\" in both countries, Jalali said."),
    ),
    src(
        "treaty-s74",
        "OpsIntels",
        "Russia-Iran strategic partnership treaty comes into effect",
        None,
        Some("https://opsintels.com/russia-iran-strategic-partnership-treaty-comes-into-effect"),
        Some("officially came into force on October 2"),
    ),
    src(
        "treaty-s75",
        "City Reporter (IRNA text)",
        "Text of Iran-Russia joint comprehensive strategic agreement",
        Some(day!(2025 - 01 - 18)),
        Some(
            "https://en.cityreporter.net/index.php/2025/01/18/text-of-iran-russia-joint-comprehensive-strategic-agreement",
        ),
        Some(
            "signed by the presidents of the two countries, Masoud Pezeshkian and Vladimir Putin, on Friday, January 17, 2025 , in a ceremony in the Kremlin",
        ),
    ),
    src(
        "treaty-s77",
        "ABC Media (Armenia)",
        "Russian Foreign Ministry: The agreement between Russia and Tehran does not provide for mutual military assistance",
        None,
        Some("https://abcmedia.am/en/politics/144888"),
        Some(
            "the signing of the agreement does not mean the creation of a military alliance with Iran and does not provide for mutual military assistance",
        ),
    ),
    src(
        "treaty-s8",
        "TASS",
        "(Ushakov after Putin–Xi video call)",
        Some(day!(2026 - 02 - 04)),
        Some("https://tass.com/politics/2081713"),
        Some(
            "This document, fundamental in terms of international relations, fully relevant and consistent with the spirit of the times, has been automatically extended for another five years,\" Ushakov observed.",
        ),
    ),
    src(
        "treaty-s80",
        "Wikipedia (read through an Outlook safelinks redirect; canonical address given)",
        "Minsk agreements",
        None,
        Some("https://en.wikipedia.org/wiki/Minsk_agreements"),
        Some(
            "the agreement was signed on 5 September 2014 by representatives of the Trilateral Contact Group and, without recognition of their status, by the then-leaders of the self-proclaimed",
        ),
    ),
    src(
        "treaty-s81",
        "freeukrainenow.org (UNSC text reproduced)",
        "Minsk-2 Package of Measures ... adopted by UN Security Council",
        None,
        Some("https://freeukrainenow.org/tag/package-of-measures/"),
        Some(
            "Adopted by the Security Council at its 7384th meeting, on 17 February 2015 Annex 1 Package of Measures for the Implementation of the Minsk Agreements Minsk, 12 February 2015",
        ),
    ),
    src(
        "treaty-s81b",
        "wordscope.be (European Parliament resolution text)",
        "Trilateral Contact Group",
        None,
        Some("http://wordscope.be/anglais/francais/Trilateral+Contact+Group.html"),
        Some(
            "the Trilateral Contact Group agreed on 5 September 2014 in Minsk on a ceasefire which entered into force the same day",
        ),
    ),
    src(
        "treaty-s82",
        "UA Position",
        "UN Security Council adopted Resolution 2202 (2015)",
        None,
        Some(
            "https://uaposition.com/video/un-security-council-adopted-resolution-2202-2015-that-calls-to-settle-peace-in-eastern-ukraine-2/",
        ),
        Some("On February 17, 2015, UN Security Council unanimously adopted Resolution 2202 (2015)."),
    ),
    src(
        "treaty-s83",
        "Pravda.ru",
        "Putin ends Minsk agreements and dots all i's on Donbass borders",
        Some(day!(2022 - 02 - 22)),
        Some("https://english.pravda.ru/news/russia/150401-putin_minsk/"),
        Some(
            "The decree recognising the Donetsk and Luhansk People's Republics as independent states was signed by the President of Russia on February 21.",
        ),
    ),
    src(
        "treaty-s84",
        "National Post (Reuters)",
        "Putin says Ukraine's Minsk peace process is finished, blames Kyiv",
        Some(day!(2022 - 02 - 22)),
        Some(
            "https://nationalpost.com/pmn/news-pmn/crime-pmn/putin-says-ukraines-minsk-peace-process-is-finished-blames-kyiv",
        ),
        Some(
            "Russian President Vladimir Putin said on Tuesday that the Minsk peace agreement on Ukraine no longer existed",
        ),
    ),
    src(
        "treaty-s85",
        "RUA.gr",
        "Putin: Minsk agreements no longer exist",
        Some(day!(2022 - 02 - 22)),
        Some("https://en.rua.gr/2022/02/22/putin-minsk-agreements-no-longer-exist/"),
        Some(
            "Yes, of course, now the Minsk agreements do not exist, why should they be implemented if we recognized the independence of these entities,\" the president replied.",
        ),
    ),
    src(
        "treaty-s86",
        "Noticias Latam (Sputnik)",
        "ONU cree que los Acuerdos de Minsk aún son válidos ...",
        Some(day!(2022 - 02 - 22)),
        Some(
            "https://noticiaslatam.lat/amp/20220222/onu-cree-que-los-acuerdos-de-minsk-aun-son-validos-y-deben-utilizarse-para-reducir-tensiones-1122081401.html",
        ),
        Some(
            "Para nosotros, son marcos diplomáticos que existen, que permanecen, y deben ser utilizados como una vía de reducción de tensiones\", dijo Dujarric",
        ),
    ),
    src(
        "treaty-s9",
        "Gazeta.ru",
        "Ушаков: договор о сотрудничестве России и КНР был автоматически продлен на 5 лет",
        Some(day!(2026 - 02 - 04)),
        Some("https://www.gazeta.ru/politics/news/2026/02/04/27777997.shtml"),
        Some("был автоматически продлен на очередной пятилетний период"),
    ),
    src(
        "treaty-s90",
        "Wikipedia",
        "Budapest Memorandum on Security Assurances",
        None,
        Some("https://en.wikipedia.org/wiki/Budapest_Memorandum_on_Security_Assurances"),
        Some("signed at the OSCE conference in Budapest, Hungary, on 5 December 1994"),
    ),
    src(
        "treaty-s91",
        "impertinencias (blog reproducing memorandum text)",
        "Pro memoria: recalling what ...",
        Some(PartialDate::month(2022, 3)),
        Some("https://impertinencias.blogspot.com/2022/03/pro-memoria-420-recalling-what.html?m=1"),
        Some(
            "reaffirm their obligation to refrain from the threat or use of force against the territorial integrity or political independence of Ukraine",
        ),
    ),
    src(
        "treaty-s92",
        "EADaily",
        "Leaders of Russia, Ukraine, France, and Germany pass declaration on series of measures to fulfill Minsk agreements",
        Some(day!(2015 - 02 - 12)),
        Some(
            "https://eadaily.com/en/news/2015/02/12/leaders-of-russia-ukraine-france-and-germany-pass-declaration-on-series-of-measures-to-fulfill-minsk-agreements",
        ),
        Some(
            "In this context, the leaders approve the comprehensive set of measures to fulfill the Minsk agreements adopted and signed in Minsk on February 12, 2015 by all the parties who signed also the Minsk Protocol dated September 5, 2014 and the Minsk Memorandum dated September 19, 2014. The leaders will be contributing to this process and using their influence on the relevant parties to help fulfill that set of measures.",
        ),
    ),
    src(
        "treaty-s93",
        "France, Ministry for Europe and Foreign Affairs",
        "Ukraine - Declaration of French Foreign Minister about the Normandie format ministerial meeting (Paris, 24 February 2015)",
        Some(day!(2015 - 02 - 24)),
        Some(
            "https://www.diplomatie.gouv.fr/en/country-files/ukraine/news/article/ukraine-declaration-of-french?debut_ssra=50&page_courante=6",
        ),
        Some(
            "This meeting followed on from the signing of a \u{201c}Package of Measures for the implementation of the Minsk agreements\u{201d} in Minsk and from the Declaration of the Leaders of France, Germany, Russia and Ukraine adopted on 12 February 2015",
        ),
    ),
    src(
        "treaty-s94",
        "Xinhua (via China.org.cn)",
        "Russia stands for implementation of latest Minsk accord on Ukraine",
        Some(day!(2015 - 02 - 13)),
        Some("http://en.chinagate.cn/2015-02/13/content_34821689.htm"),
        Some(
            "Putin has been in constant contact with other participants in the latest round of Minsk talks under various formats, said the spokesman, stressing that Russia is only a \"guarantor\" of the settlement, but not a party in the conflict.",
        ),
    ),
    src(
        "treaty-s95",
        "Sputnik",
        "(Peskov: the Minsk agreements leave no room for interpretation)",
        Some(day!(2017 - 05 - 11)),
        Some("https://sputnikglobe.com/20170511/russia-ukraine-donbass-minsk-deal-1053495138.html"),
        Some(
            "The Kremlin spokesman stressed that Russia was not one of the parties to the Minsk agreements, but a guarantor state, alongside France and Germany.",
        ),
    ),
    src(
        "treaty-s96",
        "Kazinform",
        "It is natural that Eurasian Union idea was voiced by Yelbasy, says Moscow State University rector",
        Some(day!(2019 - 04 - 11)),
        Some(
            "https://en.inform.kz/news/it-is-natural-that-eurasian-union-idea-was-voiced-by-yelbasy-says-moscow-state-university-rector_a3516252/",
        ),
        Some(
            "25 years ago, on 29th March 1994, President of the Republic of Kazakhstan Nursultan Nazarbayev, at Moscow State University's Academic Council Hall, came up with the historic initiative to create the Eurasian Union.",
        ),
    ),
    src(
        "treaty-s97",
        "Adilet (Kazakhstan's legal information system)",
        "О ратификации Протокола о продлении Договора о коллективной безопасности от 15 мая 1992 года",
        Some(day!(1999 - 12 - 30)),
        Some("https://adilet.zan.kz/rus/docs/Z990000004_/compare"),
        Some(
            "1. Действие Договора продлевается на пять лет. 2. В дальнейшем действие Договора будет автоматически продлеваться на очередные пятилетние периоды без ущерба для положений части второй его статьи 11.",
        ),
    ),
    src(
        "treaty-s98",
        "ipLex360 (Ukrainian legal database)",
        "Протокол о внесении изменений в Договор о коллективной безопасности от 15 мая 1992 года (Москва, 10 декабря 2010 года)",
        Some(day!(2010 - 12 - 10)),
        Some("https://iplex360.com.ua/npa.php?code=997_o25"),
        Some(
            "Протокола о продлении Договора о коллективной безопасности от 15 мая 1992 года, подписанного в Москве 2 апреля 1999 года и вступившего в силу 22 марта 2000 года",
        ),
    ),
    src(
        "treaty-s99a",
        "Life.ru",
        "Путин и Си Цзиньпин продлили договор о дружбе между Россией и КНР",
        Some(day!(2021 - 06 - 28)),
        Some("https://life.ru/p/1406295/amp"),
        Some(
            "он автоматически продлевается на последующие пятилетние периоды, если ни одна из стран не заявила о желании его расторгнуть не менее чем за один год до истечения периода действия",
        ),
    ),
    src(
        "treaty-s99b",
        "Pacific Forum, Comparative Connections (Yu Bin)",
        "A \"Nice\" Treaty in a Precarious World",
        Some(PartialDate::month(2001, 10)),
        Some("http://cc.pacforum.org/2001/10/nice-treaty-precarious-world/"),
        Some(
            "The 25-article treaty, which covers almost every aspect of bilateral relations in the past 10 years",
        ),
    ),
    src(
        "treaty-s99c",
        "CNSNews",
        "Russia, China Sign 'Unique' Friendship Pact",
        None,
        Some("http://www.cnsnews.com/news/article/russia-china-sign-unique-friendship-pact"),
        Some(
            "Losyukov said this stopped short of being a military alliance with each side agreeing to come automatically to the other's aid.",
        ),
    ),
    src(
        "treaty-s99d",
        "soyuz.by (Union State portal)",
        "Устав к Договору о Союзе Беларуси и России от 2 апреля 1997 года (утратил силу ...)",
        None,
        Some(
            "https://soyuz.by/ustav-k-dogovoru-o-soyuze-belarusi-i-rossii-ot-2-aprelya-1997-goda-utratil-silu-v-sootvetstvii-so-statey-70-chast-1-dogovora-o-sozdanii-soyuznogo-gosudarstva",
        ),
        Some("утратил силу в соответствии со статьей 70 часть 1 Договора о создании Союзного государства"),
    ),
    src(
        "west-e01a",
        "European Parliament",
        "40 years of EU enlargements",
        None,
        Some("https://www.europarl.europa.eu/external/html/euenlargement/default_en.htm"),
        Some(
            "Treaty of Rome: 1 January 1958 (It came into effect) Countries • Belgium • Germany • France • Italy • Luxembourg • Netherlands",
        ),
    ),
    src(
        "west-e01b",
        "European Parliament",
        "40 years of EU enlargements",
        None,
        Some("https://www.europarl.europa.eu/external/html/euenlargement/default_en.htm"),
        Some(
            "1973: First enlargement Date of accession 1 January 1973 Countries • Denmark • Ireland • United Kingdom",
        ),
    ),
    src(
        "west-e01c",
        "European Parliament",
        "40 years of EU enlargements",
        None,
        Some("https://www.europarl.europa.eu/external/html/euenlargement/default_en.htm"),
        Some("1981: Greece joins Date of accession 1 January 1981 Countries • Greece"),
    ),
    src(
        "west-e02a",
        "European Commission",
        "How enlargement positively changes the EU (Together in the EU)",
        None,
        Some("https://commission.europa.eu/topics/enlargement/together-eu_en"),
        Some(
            "Forty years ago, Spain and Portugal became members of the EU. On 1 January 1986, they made the European Union their home, helping the Union grow from 10 to 12 countries.",
        ),
    ),
    src(
        "west-e02b",
        "European Commission",
        "How enlargement positively changes the EU (Together in the EU)",
        None,
        Some("https://commission.europa.eu/topics/enlargement/together-eu_en"),
        Some(
            "On 1 January 1995, Austria, Finland and Sweden joined the EU, deepening political and economic integration in Northern Europe.",
        ),
    ),
    src(
        "west-e02c",
        "European Commission",
        "How enlargement positively changes the EU (Together in the EU)",
        None,
        Some("https://commission.europa.eu/topics/enlargement/together-eu_en"),
        Some(
            "On 1 May 2004, citizens of 10 countries - Cyprus, Czechia, Estonia, Hungary, Latvia, Lithuania, Malta, Poland, Slovakia and Slovenia became citizens of the EU.",
        ),
    ),
    src(
        "west-e03",
        "European Commission (DG Enlargement archive)",
        "Past Enlargements",
        None,
        Some("http://ec.europa.eu/enlargement/archives/enlargement_process/past_enlargements/index_en.htm"),
        Some(
            "The accession of Romania and Bulgaria on the 1 January 2007 completed the fifth enlargement of the EU that had started in May 2004.",
        ),
    ),
    src(
        "west-e04a",
        "EU ABC (euabc.com glossary)",
        "Applicant countries",
        None,
        Some("http://en.euabc.com/word/51"),
        Some("Romania and Bulgaria entered the EU on 1 January 2007, Croatia on 1 July 2013."),
    ),
    src(
        "west-e05",
        "Lexology",
        "(Brexit: withdrawal agreement concluded)",
        None,
        Some("https://www.lexology.com/library/detail.aspx?g=227f4f5d-d153-4b68-8448-7fb256f17b54"),
        Some(
            "On 31 January 2020, at midnight in Brussels (11 p.m. in the UK), the United Kingdom officially left the European Union, after having been a member for 47 years.",
        ),
    ),
    src(
        "west-e06",
        "Government of the Netherlands",
        "When did the United Kingdom leave the European Union?",
        None,
        Some(
            "https://www.government.nl/topics/brexit/question-and-answer/when-will-the-united-kingdom-leave-the-european-union",
        ),
        Some("The United Kingdom left the European Union on 31 January 2020, at midnight (Dutch time)."),
    ),
    src(
        "west-e07",
        "CNMV (Spanish securities regulator)",
        "Brexit",
        None,
        Some("http://cnmv.es/PORTAL/Brexit/Index.aspx?lang=en"),
        Some(
            "The withdrawal agreement will enter into force upon the UK's exit from the EU, on 31 January 2020 at midnight CET. From that time on, the UK will no longer be an EU member state",
        ),
    ),
    src(
        "west-e10",
        "stason.org (European Union FAQ by Siebelink & Schelfhout, 1990s)",
        "What countries are members of the EU?",
        None,
        Some("https://stason.org/TULARC/travel/european-union-eu/What-countries-are-members-of-the-EU.html"),
        Some("Germany (DE), the 5 new Ldnder of the former GDR joined in 1991;"),
    ),
    src(
        "west-e11",
        "LegalFlip",
        "This Day in the Law: German Reunification Occurs (1990)",
        None,
        Some("http://www.legalflip.com/ThisDayInTheLaw.aspx?id=284"),
        Some(
            "West Germany remained a party to all its treaties and memberships, such as the United Nations, NATO, and other European organizations.",
        ),
    ),
    src(
        "west-e12",
        "Finnish Government (Prime Minister's Office)",
        "European Council granted candidate status to Ukraine and Moldova",
        Some(day!(2022 - 06 - 24)),
        Some(
            "https://vnk.fi/sv/-/europeiska-radet-beslutade-att-ge-ukraina-och-moldavien-status-som-kandidatlander?languageId=en_US",
        ),
        Some(
            "On 23 June, the European Council discussed the membership applications from Ukraine, Moldova and Georgia",
        ),
    ),
    src(
        "west-e13",
        "N1 (Croatia)",
        "EU grants candidate status to Ukraine and Moldova",
        Some(day!(2022 - 06 - 23)),
        Some("https://n1info.hr/english/news/eu-grants-candidate-status-to-ukraine-and-moldova/"),
        Some(
            "Twenty-seven European Union member states on Thursday granted Ukraine and Moldova candidate status",
        ),
    ),
    src(
        "west-e14",
        "Civil.ge",
        "BREAKING: Georgia Granted EU Candidate Status",
        Some(day!(2023 - 12 - 14)),
        Some("https://civil.ge/archives/574502"),
        Some("The European Council has decided to grant EU candidate status to Georgia."),
    ),
    src(
        "west-e15",
        "French Ministry for Europe and Foreign Affairs",
        "Bosnia-Herzegovina – European Council decision to grant candidate country status to Bosnia-Herzegovina (15 December 2022)",
        Some(day!(2022 - 12 - 15)),
        Some(
            "https://www.diplomatie.gouv.fr/en/country-files/bosnia-herzegovina/news/article/bosnia-herzegovina-european-council-decision-to-grant-candidate-country-status",
        ),
        Some(
            "France welcomes the European Council's December 15th decision to grant Bosnia-Herzegovina EU candidate country status.",
        ),
    ),
    src(
        "west-e16",
        "RFE/RL",
        "EU: Turkey Takes Its Place in Line For Membership",
        Some(day!(1999 - 12 - 10)),
        Some("https://www.rferl.org/a/1092863.html"),
        Some(
            "Helsinki, 10 December 1999 (RFE/RL) -- Turkey had been preparing itself for another rebuff. But EU leaders meeting in Helsinki today finally gave Ankara what it wanted",
        ),
    ),
    src(
        "west-e17",
        "IKV (Economic Development Foundation, Turkey)",
        "Candidacy process 1999-2005",
        None,
        Some("https://www.ikv.org.tr/ikv.asp?lng=en&ust_id=36&id=446"),
        Some(
            "The Helsinki European Council held on the 10th -11th December 1999 marked a breakthrough in Turkey-EU relations.",
        ),
    ),
    src(
        "west-e18",
        "Ministry of Foreign Affairs of Türkiye",
        "Statement of Prime Minister Bülent Ecevit in Helsinki on Turkey's Candidacy to the EU, December 11, 1999",
        Some(day!(1999 - 12 - 11)),
        Some(
            "http://www.mfa.gov.tr/statement-of-prime-minister-bulent-ecevit-in-helsinki-on-turkey_s-candidacy-to-the-eu_br_december-11_-1999-.en.mfa",
        ),
        Some(
            "The official recognition of Turkey's candidate status for full-membership to the European Union is a landmark event",
        ),
    ),
    src(
        "west-e19",
        "MIC News (Macedonian Information Centre)",
        "(EU candidate status for Macedonia)",
        Some(day!(2005 - 12 - 17)),
        Some("http://micnews.com.mk/node/2094"),
        Some("European leaders granted Macedonia the EU candidate status in Brussels early on Saturday."),
    ),
    src(
        "west-e20",
        "Macedonian EU resource platform (eu.org.1300webski.com.au host)",
        "Статус држава кандидат",
        None,
        Some("https://eu.org.1300webski.com.au/status-drzhava-kandidat/"),
        Some(
            "На 16/17 декември 2005 година- Европскиот совет ја прифати препораката на Европската комисија и додели статус држава кандидат",
        ),
    ),
    src(
        "west-e21",
        "European Commission statement (republished by denederlandsegrondwet.nl)",
        "Commissaris Füle feliciteert Montenegro met status kandidaat-lidstaat",
        Some(day!(2010 - 12 - 17)),
        Some(
            "https://denederlandsegrondwet.nl/id/vil7em6baowf/nieuws/commissaris_fule_uitbreiding_en_europees",
        ),
        Some(
            "I welcome today's decision of the European Council to grant Montenegro the status of candidate country, as recommended by the Commission in its Opinion of 9 November 2010.",
        ),
    ),
    src(
        "west-e21b",
        "AFP (via kosovareport blog)",
        "Macedonia wins green light to be EU membership candidate",
        Some(day!(2005 - 12 - 17)),
        Some("http://kosovareport.blogspot.com/2005/12/macedonia-wins-green-light-to-be-eu.html"),
        Some(
            "BRUSSELS, Dec 17 (AFP) - One-time Balkan tinderbox Macedonia moved a step closer Saturday to realising its dream of European Union membership",
        ),
    ),
    src(
        "west-e22",
        "bne IntelliNews",
        "Serbia finally granted EU candidate status",
        Some(day!(2012 - 03 - 02)),
        Some("http://www.intellinews.com/serbia-finally-granted-eu-candidate-status-500016084/?archive=bne"),
        Some(
            "EU's leaders on March 1 unanimously agreed to offer Serbia its long-coveted status of being an EU candidate country",
        ),
    ),
    src(
        "west-e22b",
        "EUobserver",
        "Serbia gets EU candidate status, Romania gets nothing",
        Some(day!(2012 - 03 - 02)),
        Some("https://euobserver.com/eu-and-the-world/ar587f87fd"),
        Some(
            "The European Council today agreed to grant Serbia the status of candidate country,\" they said in a formal communique at a summit in Brussels.",
        ),
    ),
    src(
        "west-e23",
        "FIIA (Finnish Institute of International Affairs)",
        "Will the EU road open for Kosovo as well?",
        None,
        Some("https://www.fiia.fi/sv/publikation/will-the-eu-road-open-for-kosovo-as-well"),
        Some("Serbia was granted EU candidate status on 2 March 2012."),
    ),
    src(
        "west-e24",
        "Agence Europe",
        "(Albania candidate status)",
        Some(day!(2014 - 06 - 27)),
        Some("https://agenceurope.eu/en/bulletin/article/11110/4"),
        Some(
            "On Friday 27 June, the EU heads of state and government decided to grant EU accession candidate status to Albania",
        ),
    ),
    src(
        "west-e25",
        "American Chamber of Commerce in the Czech Republic (czechcompete.cz)",
        "Albania gets EU candidacy status",
        Some(day!(2014 - 06 - 27)),
        Some("http://www.czechcompete.cz/pipeline/albania-gets-eu-candidacy-status"),
        Some("The decision came into effect after formal endorsement by the European Council on 27 June."),
    ),
    src(
        "west-e26a",
        "Wikipedia (everything.explained.today mirror; canonical https://en.wikipedia.org/wiki/Enlargement_of_the_European_Union)",
        "Enlargement of the European Union",
        None,
        Some("https://everything.explained.today/%2F%2F/Enlargement_of_the_European_Union"),
        Some(
            "Negotiations with Turkey were opened in October 2005,[2] but have been effectively frozen by the EU since December 2016",
        ),
    ),
    src(
        "west-g01a",
        "Taylor & Francis (P. Hajnal, \"Summit meetings\", book chapter)",
        "Summit meetings",
        None,
        Some(
            "https://uat.taylorfrancis.com/chapters/edit/10.4324/9780429436406-2/summit-meetings-peter-hajnal",
        ),
        Some(
            "The first summit was held in Rambouillet, France, on 15-17 November 1975. The participants were the Five (France, the US, the UK, Germany, and Japan) plus Italy.",
        ),
    ),
    src(
        "west-g01b",
        "Taylor & Francis (P. Hajnal, \"Summit meetings\", book chapter)",
        "Summit meetings",
        None,
        Some(
            "https://uat.taylorfrancis.com/chapters/edit/10.4324/9780429436406-2/summit-meetings-peter-hajnal",
        ),
        Some(
            "That summit, with Canada joining for the first time, met in San Juan, Puerto Rico, on 27-28 June 1976.",
        ),
    ),
    src(
        "west-g02",
        "Wikipedia",
        "2nd G7 summit",
        None,
        Some("https://en.m.wikipedia.org/wiki/2nd_G7_summit"),
        Some(
            "the Group of Seven (G7), meeting for the first time this year, was formed with the addition of Canada.",
        ),
    ),
    src(
        "west-g05a",
        "Government of Japan (G7 Hiroshima Summit 2023 site)",
        "FAQ",
        None,
        Some("https://www.g7hiroshima.go.jp/en/summit/about/faq/"),
        Some(
            "since the Denver Summit in 1997, joined most sessions except a few on global economy and finance. From the Birmingham Summit in 1998, the term G8 Summit was used instead of the traditional G7.",
        ),
    ),
    src(
        "west-g05b",
        "Government of Japan (G7 Hiroshima Summit 2023 site)",
        "FAQ",
        None,
        Some("https://www.g7hiroshima.go.jp/en/summit/about/faq/"),
        Some(
            "a decision was made to suspend Russia's participation in the G8 at an emergency G7 Summit during the Nuclear Security Summit in Hague, Netherlands, held in the same month.",
        ),
    ),
    src(
        "west-g07",
        "UK Government (official Birmingham G8 Summit site, archived by the Wayback Machine)",
        "1998 The Birmingham G8 Summit",
        Some(PartialDate::year(1998)),
        Some("http://web.archive.org/web/19981212012854/http:/birmingham.g8summit.gov.uk/"),
        Some(
            "The United Kingdom is hosting the 1998 meeting of the group, now renamed 'G8' following the inclusion of Russia as a full member",
        ),
    ),
    src(
        "west-g08",
        "The Ukrainian Weekly",
        "March 24, 2014",
        Some(day!(2018 - 03 - 16)),
        Some("https://ukrweekly.com/uwwp/march-24-2014"),
        Some(
            "on March 24, 2014, the leaders from the Group of Seven (G-7) major industrial powers (Canada, Britain, France, Germany, Italy, Japan and the U.S.), issued a statement suspending their participation",
        ),
    ),
    src(
        "west-g09",
        "CBC News",
        "G7 leaders put G8 on hold 'until Russia changes course'",
        None,
        Some(
            "https://www.cbc.ca/news/politics/g7-leaders-put-g8-on-hold-until-russia-changes-course-1.2584653",
        ),
        Some(
            "G7 leaders jointly issued The Hague Declaration on Monday, in which they have agreed to hold their own summit in Brussels in June instead of attending the G8 summit with Russia in Sochi.",
        ),
    ),
    src(
        "west-g10",
        "TASS",
        "(G7 suspends participation in G8)",
        Some(day!(2014 - 03 - 25)),
        Some("https://tass.com/world/725147"),
        Some(
            "Leaders of the Group of Seven have suspended participation of their respective countries in the Group of Eight, says a statement that the leaders … issued here Monday night",
        ),
    ),
    src(
        "west-g12",
        "PRWeek",
        "Hit or Miss: World leaders exclude Russia and meet as the G7",
        None,
        Some("https://www.prweek.com/article/1287237/hit-miss-world-leaders-exclude-russia-meet-g7"),
        Some(
            "For the first time since Russia was brought into the group in 1998, leaders from the US, UK, France, Germany, Italy, Canada and Japan met in The Hague as the G7.",
        ),
    ),
    src(
        "west-g13",
        "Council on Foreign Relations backgrounder text (copy on a translation site; original CFR page not seen)",
        "The Group of Seven (G7)",
        None,
        Some("https://th4.ilovetranslation.com/5tgl39qY8Vu=d"),
        Some(
            "Russia belonged to the forum from 1998 through 2014--then the Group of Eight (G8)--but was suspended after its annexation of Crimea in March of that year.",
        ),
    ),
    src(
        "west-g14",
        "Wikipedia",
        "23rd G8 summit",
        None,
        Some("https://en.wikipedia.org/wiki/23rd_G8_summit"),
        Some("The G8, meeting for the first time in 1997, was formed with the addition of Russia."),
    ),
    src(
        "west-g15",
        "Alchetron (copy of Wikipedia; canonical https://en.wikipedia.org/wiki/1st_G6_summit)",
        "1st G6 summit",
        None,
        Some("https://alchetron.com/1st-G6-summit"),
        Some("The 1st G6 summit took place on 15–17 November 1975, in Rambouillet, France."),
    ),
    src(
        "west-n01",
        "NATO",
        "Marking 60 years of membership",
        Some(day!(2012 - 02 - 18)),
        Some("https://www.nato.int/cps/en/natohq/news_84445.htm"),
        Some(
            "became members on the date of deposit of the instruments of accession with the Government of the United States of America, 18 February 1952.",
        ),
    ),
    src(
        "west-n02",
        "NATO",
        "German reunification (NATO Declassified)",
        None,
        Some("https://www.nato.int/cps/en/natohq/declassified_136311.htm"),
        Some(
            "NATO welcomed West Germany as a member on 6 May 1955, a day after its status as an occupied country came to an end",
        ),
    ),
    src(
        "west-n03",
        "News Alayham (republishing a NATO news item)",
        "Potsdam Agreement Notwithstanding, NATO Celebrates 60 Years Of German Membership",
        Some(day!(2015 - 06 - 04)),
        Some(
            "https://news.alayham.com/content/potsdam-agreement-notwithstanding-nato-celebrates-60-years-german-membership",
        ),
        Some(
            "Germany became NATO's fifteenth member on 6 May 1955, when the German instrument of accession to the Washington Treaty was officially deposited with the Government of the United States.",
        ),
    ),
    src(
        "west-n04",
        "zeitklicks.de",
        "Beitritt der Bundesrepublik zur NATO",
        None,
        Some("https://zeitklicks.de/zeitstrahl/1955/beitritt-der-bundesrepublik-zur-nato"),
        Some("Beitritt der Bundesrepublik zur NATO 09.05.1955"),
    ),
    src(
        "west-n05a",
        "Wikipedia (copy on blogspot; canonical https://en.wikipedia.org/wiki/Member_states_of_NATO)",
        "Member states of NATO",
        Some(PartialDate::month(2011, 11)),
        Some("https://billcolitsas74.blogspot.com/2011/11/member-states-of-nato.html"),
        Some(
            "France withdrew from the integrated military command in 1966 to pursue an independent defence system but returned to full membership on April 4, 2009.",
        ),
    ),
    src(
        "west-n06",
        "Wikipedia (en-academic mirror; canonical https://en.wikipedia.org/wiki/North_Atlantic_Treaty)",
        "North Atlantic Treaty",
        Some(PartialDate::year(2010)),
        Some("https://en-academic.com/dic.nsf/enwiki/13419"),
        Some("Signed 4 April 1949 Location Washington, D.C. Effective 24 August 1949"),
    ),
    src(
        "west-n07",
        "Jagran Josh",
        "List of NATO Member States",
        Some(day!(2022 - 01 - 28)),
        Some("https://www.jagranjosh.com/general-knowledge/list-of-nato-member-states-1643364720-1"),
        Some(
            "The founding members of NATO are-- Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, United Kingdom and the United States.",
        ),
    ),
    src(
        "west-n08",
        "Associated Press (via The Atlanta Journal-Constitution)",
        "NATO looks to historic Madrid summit with Sweden, Finland",
        Some(day!(2022 - 05 - 30)),
        Some(
            "https://www.ajc.com/news/nation-world/nato-looks-to-historic-madrid-summit-with-sweden-finland/7J5VYXBDPVDOVOAIEAOWRZIJVU/",
        ),
        Some("Spain became the 16th member of NATO on May 30, 1982."),
    ),
    src(
        "west-n09",
        "Hi-story Lessons (EU-funded history portal)",
        "12 March: Poland, the Czech Republic and Hungary become NATO members",
        None,
        Some(
            "https://hi-storylessons.eu/events/12_march_poland_the_czech_republic_and_hungary_become_nato_members/",
        ),
        Some(
            "On 12 March 1999, three countries of the former 'Warsaw Pact' – Poland, the Czech Republic and Hungary – joined NATO.",
        ),
    ),
    src(
        "west-n10",
        "TVP World",
        "Seven CEE nations mark 20 years in NATO",
        None,
        Some("https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato"),
        Some(
            "On March 29, 2004, Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia were inducted into the Alliance, increasing its total membership to 26.",
        ),
    ),
    src(
        "west-n11a",
        "Scribd (uploaded copy of a NATO member-countries text)",
        "NATOs Member Countries",
        None,
        Some("https://pl.scribd.com/document/313777419/Nato-Member-s"),
        Some("on 12 March 1999, the Czech Republic, Hungary and Poland formally became members of NATO."),
    ),
    src(
        "west-n11b",
        "Scribd (uploaded copy of a NATO member-countries text)",
        "NATOs Member Countries",
        None,
        Some("https://pl.scribd.com/document/313777419/Nato-Member-s"),
        Some(
            "Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia. These countries formally joined the Alliance on 29 March 2004.",
        ),
    ),
    src(
        "west-n12a",
        "Embassy of Albania (republishing NATO news)",
        "Montenegro joins NATO as 29th Ally",
        Some(day!(2017 - 06 - 05)),
        Some("https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally"),
        Some(
            "Montenegro became NATO's newest member on Monday (5 June 2017), upon depositing its instrument of accession to the North Atlantic Treaty with the US State Department in Washington DC.",
        ),
    ),
    src(
        "west-n12b",
        "Embassy of Albania (republishing NATO news)",
        "Montenegro joins NATO as 29th Ally",
        Some(day!(2017 - 06 - 05)),
        Some("https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally"),
        Some(
            "Today marks NATO's first enlargement since 1 April 2009, when Albania and Croatia joined the Alliance.",
        ),
    ),
    src(
        "west-n13",
        "China.org.cn",
        "Albania, Croatia join NATO",
        Some(day!(2009 - 04 - 02)),
        Some("http://english.china.org.cn/international/2009-04/02/content_17541787.htm"),
        Some(
            "Albania and Croatia formally joined NATO on Wednesday, bringing the total number of member states of the alliance to 28.",
        ),
    ),
    src(
        "west-n14",
        "MIA (Macedonian Information Agency)",
        "Pompeo: North Macedonia becomes NATO's 30th Ally",
        Some(day!(2020 - 03 - 27)),
        Some("https://mia.mk/pompeo-north-macedonia-becomes-nato-s-30th-ally/?lang=en"),
        Some(
            "The United States, as a treaty depositary, received the Republic of North Macedonia's instrument of accession to the North Atlantic Treaty, making North Macedonia the 30th NATO Ally",
        ),
    ),
    src(
        "west-n15",
        "Ministry for Foreign Affairs of Finland (STT Info)",
        "Minister for Foreign Affairs Haavisto to deposit Finland's instrument of accession and attend NATO foreign ministers' meeting in Brussels",
        Some(day!(2023 - 04 - 03)),
        Some(
            "https://www.sttinfo.fi/tiedote/ulkoministeri-haavisto-tallettaa-suomen-liittymiskirjan-ja-osallistuu-naton-ulkoministerikokoukseen-brysselissa?publisherId=1797&releaseId=69971998",
        ),
        Some(
            "On 4 April, Minister for Foreign Affairs Pekka Haavisto will deposit Finland's instrument of accession … Finland will become a NATO member country at the moment of the deposit.",
        ),
    ),
    src(
        "west-n16",
        "Sputnik Globe",
        "Finland Officially Becomes 31st Member of NATO",
        Some(day!(2023 - 04 - 04)),
        Some(
            "https://sputnikglobe.com/20230404/finland-officially-becomes-31st-member-of-nato-1109117229.html",
        ),
        Some(
            "Finnish Foreign Minister Pekka Haavisto on Tuesday handed over the document on the country's accession to NATO, making it the 31 member of the alliance.",
        ),
    ),
    src(
        "west-n17",
        "Difesa Online",
        "NATO now has 32 countries",
        None,
        Some("https://en.difesaonline.it/evidenza/eventi/la-nato-conta-ora-32-paesi"),
        Some(
            "Sweden became NATO's newest member on Thursday (7 March 2024), depositing its accession to the North Atlantic Treaty with the US government in Washington DC.",
        ),
    ),
    src(
        "west-n18",
        "Censor.NET",
        "Sweden officially becomes 32nd member of NATO",
        Some(day!(2024 - 03 - 07)),
        Some("https://censor.net/en/news/3477410/sweden_officially_becomes_32nd_member_of_nato"),
        Some(
            "On Thursday, 7 March, Sweden officially joined the North Atlantic Alliance. It became the 32nd member of NATO.",
        ),
    ),
    src(
        "west-n19",
        "Air Force Academy \"Henri Coandă\" (Romania), course page \"Military Powers\"",
        "The role of France",
        None,
        Some("http://ns.afahc.ro/ro/erasmus/DDHE/Courses/Military%20Powers/the_role_of_france.html"),
        Some(
            "In July 1966 France formally withdrew from the military command structure of NATO and required NATO forces and headquarters to leave French soil",
        ),
    ),
    src(
        "west-n22",
        "World History Commons (speech by NATO Sec.-Gen. Manfred Wörner)",
        "NATO celebrates German Reunification",
        None,
        Some("https://worldhistorycommons.org/nato-celebrates-german-reunification"),
        Some("Today, the 3rd of October 1990, is a decisive landmark in the history of our Alliance."),
    ),
    src(
        "west-n23",
        "Estonian Atlantic Treaty Association",
        "NATO Member Countries",
        None,
        Some("https://www.eata.ee/en/nato/nato-member-countries/"),
        Some("1955 Germany (West Germany at the time of accession)"),
    ),
    // Stances (research notes: stances.md) and UN votes (votes.md).
    src(
        "stance-s01",
        "e-classifieds.me (copy of Metro text)",
        "RussiaUkraine War Which Countries Are Russias Allies",
        None,
        Some("https://e-classifieds.me/russiaukraine-war-which-countries-are-russias-allies/"),
        Some(
            "After Russia ordered full scale invasion of Ukraine on February 24, world leaders across the globe were swift in condemning the actions of Russian President Vladimir Putin.",
        ),
    ),
    src(
        "stance-s02",
        "The Independent",
        "Putin has turned to 'war of attrition' in Ukraine, warns UK intelligence chief",
        Some(day!(2022 - 03 - 18)),
        Some(
            "https://www.independent.co.uk/news/uk/vladimir-putin-kremlin-ukraine-ministry-of-defence-american-b2039202.html",
        ),
        Some(
            "Vladimir Putin has embarked on a deadly war of attrition as Russia's advance in Ukraine continues to stall in the face of fierce resistance, Britain's chief of defence intelligence has warned.",
        ),
    ),
    src(
        "stance-s03",
        "7NEWS (AAP/Reuters)",
        "Russia unleashes hypersonic missiles",
        Some(day!(2022 - 03 - 19)),
        Some("https://7news.com.au/news/conflict/russia-unleashes-hypersonic-missiles-c-6128004"),
        Some(
            "Russia has used hypersonic Kinzhal (Dagger) missiles to destroy a large weapons depot in Ukraine's western Ivano-Frankivsk region, the Kremlin's Interfax news agency says.",
        ),
    ),
    src(
        "stance-s04",
        "The Independent",
        "(live report) Kyiv mayor Klitschko calls Russian invasion a 'war against civilians'",
        Some(day!(2022 - 03 - 19)),
        Some(
            "https://www.independent.co.uk/news/world/europe/ukraine-russia-putin-moscow-rally-b2039462.html?src=rss",
        ),
        Some(
            "The \"dagger\" missiles, that can evade defence systems, were deployed for the first time during Russia's invasion",
        ),
    ),
    src(
        "stance-s05",
        "Republic World",
        "China asserts it will not send weapons, ammo to Russia as war with Ukraine continues",
        Some(day!(2022 - 03 - 21)),
        Some(
            "https://www.republicworld.com/world-news/china/china-asserts-it-will-not-send-weapons-ammo-to-russia-as-war-with-ukraine-continues-articleshow.html",
        ),
        Some(
            "China has assured that it will not send weapons or ammunition to Russia as the war continued in Ukraine for the 26th day, Russian state media reported quoting Beijing's envoy in the United States.",
        ),
    ),
    src(
        "stance-s06",
        "Business Standard (PTI)",
        "PM Modi speaks to Putin, calls for immediate cessation of violence",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.business-standard.com/amp/article/current-affairs/pm-modi-speaks-to-putin-calls-for-immediate-cessation-of-violence-122022401730_1.html",
        ),
        Some(
            "Prime Minister Modi appealed for an immediate cessation of violence, and called for concerted efforts from all sides to return to the path of diplomatic negotiations and dialogue, it said.",
        ),
    ),
    src(
        "stance-s07",
        "OpIndia (quoting PMO/PIB release)",
        "PM Modi and Russian President Putin talked on phone over Ukraine issue",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.opindia.com/2022/02/pm-modi-and-russian-president-putin-talked-on-phone-over-ukraine-issue/",
        ),
        Some(
            "Prime Minister appealed for an immediate cessation of violence and called for concerted efforts from all sides to return to the path of diplomatic negotiations and dialogue.",
        ),
    ),
    src(
        "stance-s08",
        "Ministry of Foreign Affairs of the PRC",
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on March 14, 2022",
        Some(day!(2022 - 03 - 14)),
        Some(
            "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202203/t20220314_10651590.html",
        ),
        Some("Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on March 14, 2022"),
    ),
    src(
        "stance-s09",
        "liveactioneating.com (copy of MFA transcript)",
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on March 14, 2022",
        Some(day!(2022 - 03 - 14)),
        Some(
            "https://liveactioneating.com/2022/03/14/foreign-ministry-spokesperson-zhao-lijians-regular-press-conference-on-march-14-2022/",
        ),
        Some(
            "Zhao Lijian: In my previous answer to Bloomberg, I already made it clear that the US has been spreading disinformation.",
        ),
    ),
    src(
        "stance-s10",
        "The New Indian Express (AFP)",
        "Beijing accuses US of spreading 'disinformation' over China's Ukraine role",
        Some(day!(2022 - 03 - 14)),
        Some(
            "https://www.newindianexpress.com/world/2022/mar/14/beijing-accuses-us-of-spreading-disinformation-over-chinas-ukraine-role-2429972.html",
        ),
        Some(
            "\"The US has been spreading disinformation targeting China on the Ukraine issue, with malicious intentions.\"",
        ),
    ),
    src(
        "stance-s11",
        "India Today",
        "Russia-Ukraine war not good for China: ambassador to US",
        Some(day!(2022 - 03 - 17)),
        Some(
            "https://www.indiatoday.in/world/russia-ukraine-war/story/russia-ukraine-war-not-good-for-china-ambassador-to-us-1926331-2022-03-17",
        ),
        Some(
            "\"The United States has been spreading false information against China on the Ukraine issue recently with sinister intentions,\" Chinese foreign ministry spokesperson Zhao Lijian said.",
        ),
    ),
    src(
        "stance-s12",
        "Wikipedia (mirror wikizero.com; canonical https://en.wikipedia.org/wiki/Zhao_Lijian)",
        "Zhao Lijian",
        None,
        Some("https://wikizero.com/www/Zhao_Lijian"),
        Some(
            "From 2019 and 2023, he served as deputy director of the Information Department at the Ministry of Foreign Affairs and the 31st spokesperson of the Ministry.",
        ),
    ),
    src(
        "stance-s13",
        "frontpageghana.com (text of PRC MFA readout)",
        "Wang Yi Expounds China's Five-Point Position on the Current Ukraine Issue",
        None,
        Some(
            "https://frontpageghana.com/wang-yi-expounds-chinas-five-point-position-on-the-current-ukraine-issue/",
        ),
        Some("This position of China is consistent and clear-cut, and applies equally to the Ukraine issue."),
    ),
    src(
        "stance-s13b",
        "Teller Report (translation of the same readout)",
        "Wang Yi expounds China's five-point position on the current Ukraine issue",
        Some(day!(2022 - 02 - 25)),
        Some(
            "https://www.tellerreport.com/news/2022-02-25-wang-yi-expounds-china-s-five-point-position-on-the-current-ukraine-issue.BJrmNtsIl5.html",
        ),
        Some(
            "China welcomes direct dialogue and negotiation between Russia and Ukraine as soon as possible.",
        ),
    ),
    src(
        "stance-s14",
        "People's Daily Online (Xinhua)",
        "Chinese FM elaborates China's basic position on Ukrainian issue",
        Some(day!(2022 - 02 - 26)),
        Some("http://en.people.cn/n3/2022/0226/c90000-9963152.html"),
        Some(
            "BEIJING, Feb. 25 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi on Friday elaborated China's basic position on the Ukrainian issue.",
        ),
    ),
    src(
        "stance-s15",
        "Devdiscourse",
        "China says it respects Ukraine's sovereignty and Russia's security concerns",
        Some(day!(2022 - 02 - 26)),
        Some(
            "https://www.devdiscourse.com/article/law-order/1938197-china-says-it-respects-ukraines-sovereignty-and-russias-security-concerns",
        ),
        Some(
            "China's Foreign Minister Wang Yi told senior European officials that China respects countries' territorial integrity and sovereignty, including Ukraine's",
        ),
    ),
    src(
        "stance-s16",
        "Israel Today",
        "(Israel condemns Russian attack)",
        None,
        Some("https://www.israeltoday.co.il/?p=1095211"),
        Some(
            "\"The Russian attack on Ukraine is a serious violation of the international order. Israel condemns the attack, and is ready and prepared to provide humanitarian assistance to the citizens of Ukraine.",
        ),
    ),
    src(
        "stance-s17",
        "kdppress.org (Reuters)",
        "Israel condemns Russian attack on Ukraine",
        None,
        Some("https://kdppress.org/index.php/israel-condemns-russian-attack-on-ukraine/"),
        Some(
            "\"Russia's attack on Ukraine is a grave breach of international order. Israel condemns the attack,\" Foreign Minister Yair Lapid said in a televised statement.",
        ),
    ),
    src(
        "stance-s18",
        "Ynetnews",
        "Breaking neutrality, Israel condemns Russia's attack on Ukraine",
        None,
        Some("https://ynetnews.com/article/byc8trng5"),
        Some(
            "Foreign Minister Yair Lapid on Thursday condemned Russia's full-scale invasion of Ukraine, which began hours earlier, calling it a \"severe violation of international order\".",
        ),
    ),
    src(
        "stance-s19",
        "Turkish Minute (AFP)",
        "Turkey calls on Russia to stop 'unjust and unlawful' war",
        Some(day!(2022 - 02 - 24)),
        Some("https://turkishminute.com/2022/02/24/key-calls-on-russia-to-stop-unjust-and-unlawful-war/amp"),
        Some(
            "\"We reject Russia's military operation,\" Erdoğan said in a televised speech, calling it a \"heavy blow to regional peace and stability\".",
        ),
    ),
    src(
        "stance-s20",
        "Daily Sabah",
        "Turkey to preserve ties with Russia, Ukraine to de-escalate tensions",
        None,
        Some(
            "https://dailysabah.com/politics/diplomacy/turkey-to-preserve-ties-with-russia-ukraine-to-de-escalate-tensions/amp",
        ),
        Some(
            "\"We have political, military and economic relations with Russia. Same with Ukraine. We cannot give this up if you ask me because our country has high interests in this regard,\" Erdoğan said.",
        ),
    ),
    src(
        "stance-s21",
        "Business Recorder (Reuters)",
        "Turkey's Erdogan says cannot abandon ties with Russia or Ukraine",
        Some(day!(2022 - 02 - 23)),
        Some(
            "https://www.brecorder.com/news/40156566/turkeys-erdogan-says-cannot-abandon-ties-with-russia-or-ukraine",
        ),
        Some(
            "\"It is not possible for us to abandon either (country),\" he was cited as saying by Turkish broadcasters.",
        ),
    ),
    src(
        "stance-s22",
        "sawjo.com",
        "Erdogan: \"NATO must now determine its stance on Russia-Ukraine\"",
        None,
        Some("https://sawjo.com/erdogan-nato-must-now-determine-its-stance-on-russia-ukraine/"),
        Some(
            "Erdogan, \"We have political, military and economic relations with both Russia and Ukraine. We can't give up on both.\"",
        ),
    ),
    src(
        "stance-s23",
        "TRT World",
        "Pakistan PM meets Putin amid Russia-Ukraine tensions",
        Some(day!(2022 - 02 - 24)),
        Some("https://www.trtworld.com/article/12791998"),
        Some(
            "The meeting came hours after Putin announced a special military operation in Ukraine, drawing international condemnation and vows of tougher sanctions on Moscow.",
        ),
    ),
    src(
        "stance-s24",
        "Gadget Clock (Fox News/VOA)",
        "Putin hosts Pakistan prime minister amid Russia's Ukraine invasion",
        Some(day!(2022 - 02 - 25)),
        Some(
            "https://www.gadgetclock.com/putin-hosts-pakistan-prime-minister-amid-russias-ukraine-invasion/",
        ),
        Some(
            "\"The Prime Minister has expressed regret over the recent situation between Russia and Ukraine and said that Pakistan hoped that diplomacy could avert a military confrontation,\"",
        ),
    ),
    src(
        "stance-s25",
        "Daily Pakistan",
        "PM Imran begins key meeting with Russian President Putin at Kremlin",
        Some(day!(2022 - 02 - 24)),
        Some("https://en.dailypakistan.com.pk/24-Feb-2022/pm-imran-meets-russian-president-putin-at-kremlin"),
        Some(
            "The one-on-one meeting between Prime Minister Imran Khan and Russian President Vladimir Putin is underway to discuss bilateral relations and other key matters.",
        ),
    ),
    src(
        "stance-s26",
        "The Independent",
        "Ukraine claims Belarus troops have crossed border after Lukashenko denied plans to join Putin's war",
        None,
        Some(
            "https://www.independent.co.uk/news/world/europe/belarus-ukraine-russia-war-putin-b2025596.html",
        ),
        Some(
            "The official Verkhovna Rada of Ukraine Twitter account posted: \"Belarusian troops entered Chernihiv region.",
        ),
    ),
    src(
        "stance-s27",
        "wlkp112.pl (embedded tweet)",
        "Białoruskie wojska weszły na Ukrainę",
        None,
        Some("https://wlkp112.pl/bialoruskie-wojska-weszly-na-ukraine"),
        Some("— Верховна Рада України (@verkhovna_rada) March 1, 2022"),
    ),
    src(
        "stance-s28",
        "Ukrainska Pravda",
        "(Belarusian troops have entered the territory of the Chernihiv Region)",
        Some(day!(2022 - 03 - 01)),
        Some("https://www.pravda.com.ua/eng/news/2022/03/1/7327083/"),
        Some(
            "Source: spokesperson of the Regional Territorial Defence Forces Department \"North\" Vitaliy Kyrylov, in a comment to Suspilne",
        ),
    ),
    src(
        "stance-s28b",
        "Ukrainska Pravda",
        "Lukashenko tells how Putin justified attacking Ukraine from Belarus",
        Some(day!(2022 - 03 - 01)),
        Some("https://www.pravda.com.ua/eng/news/2022/03/1/7327079/"),
        Some(
            "at 5am on 24 February the President of the Russian Federation, Vladimir Putin, informed him that Russian troops stationed in Belarus would attack Ukraine.",
        ),
    ),
    src(
        "stance-s29",
        "Politico Europe",
        "UK issues sanctions against Belarus",
        Some(day!(2022 - 03 - 01)),
        Some("https://www.politico.eu/article/uk-issues-first-set-of-sanctions-against-belarus/"),
        Some(
            "The move comes on the same day that Ukraine's parliament claimed Belarusian troops were on Ukrainian soil, although the U.S. said later in the day it had \"no indication\" the claim was correct.",
        ),
    ),
    src(
        "stance-s30",
        "Conservative Post (text of FCDO press release)",
        "UK imposes sanctions on Belarus for its role in the Russian invasion of Ukraine",
        None,
        Some(
            "https://conservativepost.co.uk/uk-imposes-sanctions-on-belarus-for-its-role-in-the-russian-invasion-of-ukraine/",
        ),
        Some(
            "Gulevich is responsible for directing the actions of the Belarusian armed forces, which have supported and enabled the Russian invasion of Ukraine.",
        ),
    ),
    src(
        "stance-s31",
        "Free America Network (Fox News copy)",
        "UK sanctions Belarus over its role in Russia's invasion of Ukraine",
        None,
        Some(
            "http://freeamericanetwork.com/uk-sanctions-belarus-over-its-role-in-russias-invasion-of-ukraine/",
        ),
        Some(
            "\"We are inflicting economic pain on Putin and those closest to him,\" U.K. Foreign Secretary Liz Truss said in a statement.",
        ),
    ),
    src(
        "stance-s32",
        "WorldECR",
        "More UK sanctions for Belarus to punish 'facilitation' of invasion",
        None,
        Some("https://worldecr.com/news/more-uk-sanctions-for-belarus-to-punish-facilitation-of-invasion"),
        Some(
            "On 1 March, the UK government announced 'a first tranche of sanctions against Belarusian individuals and organisations",
        ),
    ),
    src(
        "stance-s33",
        "Digital Journal (AFP)",
        "Russian invasion of Ukraine 'justified', says Myanmar junta",
        None,
        Some(
            "https://www.digitaljournal.com/world/russian-invasion-of-ukraine-justified-says-myanmar-junta/article",
        ),
        Some(
            "But junta spokesman Zaw Min Tun said Moscow's military had \"carried out what is justified for the sustainability of their country's sovereignty\".",
        ),
    ),
    src(
        "stance-s34",
        "VOA",
        "Myanmar's Military Council Supports Russia's Invasion of Ukraine",
        None,
        Some(
            "https://www.voanews.com/a/myanmar-s-military-council-supports-russia-s-invasion-0f-ukraine/6458527.html",
        ),
        Some(
            "\"No. 1 is that Russia has worked to consolidate its sovereignty,\" he said. \"I think this is the right thing to do. No. 2 is to show the world that Russia is a world power.\"",
        ),
    ),
    src(
        "stance-s35",
        "Myanmar Now",
        "Myanmar junta reiterates support for Putin's war on Ukraine",
        None,
        Some("https://myanmar-now.org/en/news/myanmar-junta-reiterates-support-for-putins-war-on-ukraine/"),
        Some(
            "The commentary comes just two days after junta spokesperson Zaw Min Tun defended Putin's actions in an interview with the Burmese-language service of Voice of America (VOA).",
        ),
    ),
    src(
        "stance-s36",
        "Sputnik",
        "Myanmar Supports Russian Actions in Ukraine",
        Some(day!(2022 - 02 - 28)),
        Some(
            "https://sputniknews.com/20220228/myanmar-supports-russian-actions-with-respect-to-ukraine-1093435534.html",
        ),
        Some("a spokesman for the Myanmar military Maj. Gen. Zaw Min Tun, told Sputnik."),
    ),
    src(
        "stance-s37",
        "Reuters (read via a link.vox.com redirect; canonical https://www.reuters.com/world/americas/venezuela-blames-us-nato-ukraine-conflict-2022-02-25/)",
        "Venezuela blames U.S., NATO for Ukraine conflict",
        Some(day!(2022 - 02 - 25)),
        Some(
            "https://link.vox.com/click/26838857.25892/aHR0cHM6Ly93d3cucmV1dGVycy5jb20vd29ybGQvYW1lcmljYXMvdmVuZXp1ZWxhLWJsYW1lcy11cy1uYXRvLXVrcmFpbmUtY29uZmxpY3QtMjAyMi0wMi0yNS8/608c70797e3ba002de9dc537Bede0409d",
        ),
        Some(
            "Venezuela's foreign ministry said late on Thursday that NATO and the United States had violated the Minsk agreements",
        ),
    ),
    src(
        "stance-s38",
        "Radio Fe y Alegría Noticias",
        "Gobierno venezolano culpa a la OTAN por crisis en Ucrania",
        None,
        Some(
            "https://www.radiofeyalegrianoticias.com/gobierno-venezolano-culpa-a-la-otan-por-crisis-en-ucrania/",
        ),
        Some("— Alfred Nazareth (@luchaalmada) February 24, 2022"),
    ),
    src(
        "stance-s39",
        "Al Jazeera (CDN mirror 1-e8259.azureedge.net; canonical aljazeera.com/news/2022/2/25/syrias-assad-praises-russias-ukraine-invasion-as-correction)",
        "'Correction of history': Syria president praises Ukraine invasion",
        Some(day!(2022 - 02 - 25)),
        Some(
            "https://1-e8259.azureedge.net/news/2022/2/25/syrias-assad-praises-russias-ukraine-invasion-as-correction",
        ),
        Some(
            "Al-Assad told Putin on Friday what was happening in Ukraine was a \"correction of history and restoration of balance which was lost in the world after the breakup of the Soviet Union\"",
        ),
    ),
    src(
        "stance-s40",
        "Syria Times (state media)",
        "President al-Assad makes a phone call with President Putin about the Russian military operation to protect civilians in Donbas",
        None,
        Some("http://syriatimes.sy/?p=120270"),
        Some(
            "President al-Assad stressed that what is happening today is a correction of history and a restoration of balance to the world that it lost after the dissolution of the Soviet Union",
        ),
    ),
    src(
        "stance-s41",
        "Al-Ahed News (SANA)",
        "Russia Does Not Only Defend Itself, But the World and Humanity – Assad",
        Some(day!(2022 - 02 - 25)),
        Some("https://www.english.alahednews.com.lb/essaydetails.php?eid=64229&cid=390"),
        Some(
            "Syrian President Bashar al-Assad made a phone call on Friday with his Russian ounterpart Vladimir Putin.",
        ),
    ),
    src(
        "stance-s42",
        "The New Arab",
        "Syrian dictator, Moscow ally Assad endorses Russian invasion of Ukraine",
        Some(day!(2022 - 02 - 25)),
        Some("https://english.alaraby.co.uk/news/syrian-dictator-moscow-ally-assad-endorses-russia-invasion"),
        Some(
            "\"President Assad stressed that what is happening today is a correction of history and a restoration of balance in the global order after the fall of the Soviet Union,\" said a statement from the Syrian presidency.",
        ),
    ),
    src(
        "stance-s43",
        "Sputnik",
        "Imran Khan Ousted as Prime Minister of Pakistan - Reports",
        Some(day!(2022 - 04 - 09)),
        Some(
            "https://sputniknews.com/20220409/imran-khan-ousted-as-prime-minister-of-pakistan---reports-1094627061.html",
        ),
        Some(
            "He also said foreign powers wanted to oust him due to his visit to Russia on 24 February, when Moscow launched a special military operation in Ukraine.",
        ),
    ),
    src(
        "stance-s44",
        "RallyPoint (NPR excerpt)",
        "Imran Khan has been ousted as Pakistan's prime minister",
        None,
        Some(
            "https://rallypoint.com/shared-links/7616692.imran-khan-has-been-ousted-as-pakistan-s-prime-minister?loc=similar_main&pos=2",
        ),
        Some(
            "Imran Khan was ousted from his position as prime minister of Pakistan after 174 legislators voted against him in a no-confidence motion early on Sunday morning.",
        ),
    ),
    src(
        "stance-s45",
        "Dawn",
        "Russian invasion of Ukraine must be stopped immediately: COAS Bajwa",
        Some(day!(2022 - 04 - 02)),
        Some(
            "https://www.dawn.com/news/1683055/russian-invasion-of-ukraine-must-be-stopped-immediately-coas-bajwa",
        ),
        Some(
            "Chief of Army Staff (COAS) Gen Qamar Bajwa on Saturday said that Russia's invasion of Ukraine must be \"stopped immediately\", terming it a great tragedy.",
        ),
    ),
    src(
        "stance-s46",
        "Newshour Today",
        "Imran Khan explains why Pakistan remained neutral on Russia Ukraine",
        None,
        Some(
            "https://newshourtoday.com/imran-khan-explains-why-pakistan-remained-neutral-on-russia-ukraine/",
        ),
        Some(
            "On my return from Russia visit (a year ago being premier), Gen Bajwa asked me to condemn Russia's invasion of Ukraine.",
        ),
    ),
    src(
        "stance-s47",
        "Pakistan Today",
        "PM stresses need for ceasefire in Ukraine",
        Some(day!(2022 - 03 - 07)),
        Some("https://pakistantoday.com.pk/2022/03/07/pm-stresses-need-for-ceasefire-in-ukraine"),
        Some(
            "\"What do you think of us? Are we your slaves … that whatever you say, we will do?\" Khan said while addressing a political rally.",
        ),
    ),
    src(
        "stance-s48",
        "Artsakhpress (RFE/RL)",
        "Ukraine cut diplomatic ties with Syria",
        Some(day!(2022 - 06 - 30)),
        Some("https://www.artsakhpress.am/eng/news/165896/"),
        Some(
            "Ukraine cut diplomatic ties with Syria on June 29 after Damascus recognized the independence of the eastern regions of Luhansk and Donetsk, RFE/RL's Ukrainian Service reported.",
        ),
    ),
    src(
        "stance-s49",
        "The Kyiv Independent",
        "Ukraine cuts diplomatic ties with Syria",
        Some(day!(2022 - 06 - 30)),
        Some("https://kyivindependent.com/uncategorized/ukraine-cuts-diplomatic-ties-with-syria"),
        Some(
            "The Foreign Ministry announced that Ukraine cut the diplomatic ties with Syria after Damascus recognized the Russian-occupied areas of eastern Ukraine as independent states.",
        ),
    ),
    src(
        "stance-s50",
        "Al Arabiya",
        "Ukraine's Zelenskyy cuts ties with Syria after it recognized separatist republics",
        Some(day!(2022 - 06 - 30)),
        Some(
            "https://english.alarabiya.net/News/world/2022/06/30/Ukraine-s-Zelenskyy-cuts-ties-with-Syria-after-it-recognized-separatist-republics",
        ),
        Some(
            "\"Syria has decided to recognize the independence and sovereignty of both the Lugansk People's Republic and the Donetsk People's Republic.\"",
        ),
    ),
    src(
        "stance-s51",
        "The Media Line",
        "Syria cuts diplomatic ties with Ukraine",
        Some(day!(2022 - 07 - 20)),
        Some("https://themedialine.org/headlines/syria-cuts-diplomatic-ties-with-ukraine/"),
        Some(
            "Syria's Foreign Ministry on Wednesday announced that Damascus was cutting off diplomatic ties with Ukraine.",
        ),
    ),
    src(
        "stance-s52",
        "The Kyiv Independent",
        "Ukraine and Syria officially re-establish diplomatic relations after leaders meet at UN",
        None,
        Some(
            "https://kyivindependent.com/ukraine-and-syria-officially-re-establish-diplomatic-relations-after-leaders-meet-at-un",
        ),
        Some(
            "Kyiv had cut ties with Damascus on June 30, 2022, after the then-Bashar al-Assad regime recognized the Russian-occupied regions of Donetsk and Luhansk as \"independent.\"",
        ),
    ),
    src(
        "stance-s53",
        "Ukrainska Pravda",
        "Ukraine and Syria restore diplomatic relations – Zelenskyy",
        Some(day!(2025 - 09 - 25)),
        Some("https://www.pravda.com.ua/eng/news/2025/09/25/7532390/"),
        Some(
            "Ukrainian President Volodymyr Zelenskyy has announced that Ukraine and Syria have signed a joint communiqué on the restoration of diplomatic relations.",
        ),
    ),
    src(
        "stance-s53b",
        "Babel",
        "Ukraine and Syria have restored diplomatic relations",
        Some(day!(2025 - 09 - 25)),
        Some("https://babel.ua/en/news/121689-ukraine-and-syria-have-restored-diplomatic-relations"),
        Some(
            "On December 8, 2024, the Syrian opposition entered the Syrian capital — Damascus — and overthrew the regime of President Bashar al-Assad",
        ),
    ),
    src(
        "stance-s54",
        "Anadolu (copy at ukraine.appsfornexus.com)",
        "Syria and Ukraine restore ties as presidents meet in New York",
        None,
        Some("https://ukraine.appsfornexus.com/?p=164622"),
        Some(
            "Syria and Ukraine restored diplomatic relations Wednesday, as Syrian President Ahmed Al-Sharaa held talks with his Ukrainian counterpart Volodymyr Zelenskyy",
        ),
    ),
    src(
        "stance-s55",
        "Dawn (Reuters)",
        "Syria's Sharaa tells Putin at Kremlin meeting he will respect all past deals with Moscow",
        Some(day!(2025 - 10 - 15)),
        Some(
            "https://www.dawn.com/news/1949114/syrias-sharaa-tells-putin-at-kremlin-meeting-he-will-respect-all-past-deals-with-moscow",
        ),
        Some(
            "\"There are bilateral relations and shared interests that bind us with Russia, and we respect all agreements made with it. We are working on redefining the nature of relations with Russia,\"",
        ),
    ),
    src(
        "stance-s56",
        "The Kyiv Independent",
        "Syria's al-Sharaa meets Putin during his first Russia visit",
        None,
        Some("https://kyivindependent.com/syrias-al-sharaa-to-meet-putin-in-his-first-russia-visit"),
        Some(
            "Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin for talks on Oct. 15 as part of his first official trip to Russia.",
        ),
    ),
    src(
        "stance-s57",
        "Interfax",
        "Russia was forced to launch several missiles at Ukraine from Belarusian territory at start of operation - Lukashenko",
        Some(day!(2022 - 02 - 27)),
        Some("https://interfax.com/newsroom/top-stories/74581/"),
        Some(
            "Russian troops were forced to launch several rockets at Ukraine from the territory of Belarus, Belarusian President Alexander Lukashenko said.",
        ),
    ),
    src(
        "stance-s58",
        "Ukrainska Pravda",
        "Lukashenko admits that part of Russian troops invaded Ukraine from Belarus",
        Some(day!(2023 - 08 - 17)),
        Some("https://www.pravda.com.ua/eng/news/2023/08/17/7416020/"),
        Some(
            "\"Yes, some units [of the Russian troops – ed.] crossed the border of Ukraine from the territory of Belarus [on 24 February – ed.].\"",
        ),
    ),
    src(
        "stance-s59",
        "WKZO (Reuters)",
        "Britain steps up sanctions against Belarus for its support of Russia",
        Some(day!(2023 - 06 - 08)),
        Some(
            "https://wkzo.com/2023/06/08/britain-steps-up-sanctions-against-belarus-for-its-support-of-russia/",
        ),
        Some(
            "allowed its territory to be used to launch the Kremlin's invasion of Ukraine in February 2022.",
        ),
    ),
    src(
        "stance-s60",
        "The Business Standard (TBS News)",
        "Belarusian forces not taking part in invasion, Lukashenko claims",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.tbsnews.net/worldbiz/europe/belarusian-forces-not-taking-part-invasion-lukashenko-claims-375343",
        ),
        Some(
            "\"Our troops are taking no part in this operation,\" Lukashenko, who is a close ally of Putin, was quoted as saying",
        ),
    ),
    src(
        "stance-s61",
        "KBS World",
        "(NIS: North Korea decided to send some 12,000 troops)",
        Some(PartialDate::month(2024, 10)),
        Some("http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188549"),
        Some(
            "South Korean intelligence authorities say North Korea has recently decided to send some 12-thousand troops in support of Russia's war effort against Ukraine.",
        ),
    ),
    src(
        "stance-s62",
        "Online.ua",
        "The first 1,500 soldiers from the DPRK have already arrived in Russia",
        Some(day!(2024 - 10 - 18)),
        Some(
            "https://news.online.ua/en/the-first-1500-soldiers-from-the-dprk-have-already-arrived-in-russia-886147/",
        ),
        Some(
            "On October 18, South Korea's intelligence agency confirmed that North Korea has decided to send about 10,000 troops to support Russia",
        ),
    ),
    src(
        "stance-s63",
        "The Moscow Times",
        "(NATO chief confirms North Korean troops in Kursk)",
        Some(day!(2024 - 10 - 28)),
        Some(
            "https://www.themoscowtimes.com/2024/10/28/nato-secretary-general-mark-rutte-decried-the-deployment-as-a-sign-ofrussian-president-vladimir-putins-growing-desperation-a86832",
        ),
        Some(
            "Speaking in Brussels after a briefing with South Korean intelligence officials, Rutte said he could confirm that North Korean military units had been sent to southwestern Russia's Kursk region.",
        ),
    ),
    src(
        "stance-s64",
        "Ogres Ziņas (Politico)",
        "NATO confirms North Korean troops are in Kursk to help Russia",
        None,
        Some("https://ogreszinas.news/nato-confirms-north-korean-troops-are-in-kursk-to-help-russia"),
        Some(
            "\"I can confirm that North Korean troops have been sent to Russia and that North Korean military units are deployed in the Kursk region,\" Rutte told reporters",
        ),
    ),
    src(
        "stance-s65",
        "KBS World",
        "(Rutte confirms North Korean troops in Kursk)",
        Some(day!(2024 - 10 - 18)),
        Some("http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188735"),
        Some(
            "NATO Secretary-General Mark Rutte says he can confirm that North Korean troops have been deployed to Kursk, Russia.",
        ),
    ),
    src(
        "stance-s66",
        "Politico Europe",
        "North Korea confirms it sent troops to fight for Russia",
        Some(day!(2025 - 04 - 28)),
        Some("https://www.politico.eu/article/north-korea-sent-troops-fight-russia-ukraine/"),
        Some(
            "North Korea confirmed for the first time Monday that it sent troops to fight alongside Russian forces in the Kremlin's war against Ukraine.",
        ),
    ),
    src(
        "stance-s67",
        "Business Recorder (Reuters)",
        "North Korea confirms troop deployment to Russia, hails 'heroes'",
        Some(day!(2025 - 04 - 28)),
        Some(
            "https://www.brecorder.com/news/40359871/north-korea-confirms-troop-deployment-to-russia-hails-heroes",
        ),
        Some(
            "The Central Military Commission of the North's ruling Workers' Party said leader Kim Jong Un made the decision to deploy troops under the comprehensive strategic partnership treaty",
        ),
    ),
    src(
        "stance-s68",
        "Al Arabiya (AP)",
        "Iran acknowledges supplying Russia with drones, insists transfer happened before war",
        Some(day!(2022 - 11 - 05)),
        Some(
            "https://english.alarabiya.net/News/middle-east/2022/11/05/Iran-acknowledges-supplying-Russia-with-drones-insists-transfer-happened-before-war",
        ),
        Some(
            "\"We gave a limited number of drones to Russia months before the Ukraine war,\" Amirabdollahian told reporters after a meeting in Tehran.",
        ),
    ),
    src(
        "stance-s69",
        "Babel",
        "Iran admitted for the first time that it supplied Russia with drones",
        Some(day!(2022 - 11 - 05)),
        Some(
            "https://babel.ua/en/news/86645-iran-admitted-for-the-first-time-that-it-supplied-russia-with-drones-but-allegedly-even-before-its-invasion-of-ukraine",
        ),
        Some(
            "Iranʼs Foreign Minister Hossein Amirabdollakhian made a corresponding statement on November 14.",
        ),
    ),
    src(
        "stance-s70",
        "Arms Control Association",
        "Iran Said to Ship Missiles to Russia",
        Some(PartialDate::month(2024, 10)),
        Some("https://armscontrol.org/node/14319"),
        Some(
            "the Sept. 10 announcement was the first time that the United States confirmed that Iran shipped any missile systems to Russia.",
        ),
    ),
    src(
        "stance-s71",
        "The Tribune (India)",
        "'Not an era of war': Modi talks to Putin, Xi",
        Some(day!(2022 - 09 - 17)),
        Some("https://www.tribuneindia.com/news/nation/not-an-era-of-war-modi-talks-to-putin-xi-432465"),
        Some(
            "\"I know that today's era is not an era of war, and I have spoken to you on the phone about this.",
        ),
    ),
    src(
        "stance-s72",
        "The Diplomat",
        "In Moscow Meeting, Myanmar Junta Chief Praises 'King' Putin",
        Some(PartialDate::month(2025, 3)),
        Some("https://thediplomat.com/2025/03/in-moscow-meeting-myanmar-junta-chief-praises-king-putin"),
        Some(
            "\"I believe that victory must be yours under your strong and decisive leadership,\" he told Putin, according to the AFP news agency.",
        ),
    ),
    src(
        "stance-s73",
        "The Moscow Times",
        "Russia backs Venezuela's interim leader after US ousts Maduro",
        Some(day!(2026 - 01 - 06)),
        Some(
            "https://www.themoscowtimes.com/2026/01/06/russia-backs-venezuelas-interim-leader-after-us-ousts-maduro-a91620",
        ),
        Some(
            "Russia has voiced support for Venezuela's interim leader Delcy Rodríguez after the United States seized leader Nicolás Maduro in a shock military raid on the capital city of Caracas.",
        ),
    ),
    src(
        "stance-s74",
        "Zambian Observer",
        "Russia declares support for Venezuelan interim leader Delcy Rodriguez",
        Some(day!(2026 - 01 - 07)),
        Some(
            "https://zambianobserver.com/russia-declares-support-for-venezuelan-interim-leader-delcy-rodriguez/",
        ),
        Some(
            "following her swearing-in on January 5, 2026, amid dramatic U.S. intervention that saw former leader Nicolás Maduro captured and extradited.",
        ),
    ),
    src(
        "stance-s75",
        "UNN",
        "Venezuelan Vice President visits Russia after US statement on Maduro's capture",
        Some(day!(2026 - 01 - 03)),
        Some(
            "https://unn.ua/en/news/venezuelan-vice-president-visits-russia-after-us-statement-on-maduros-capture",
        ),
        Some(
            "Delcy Rodriguez arrived in Russia after the US President announced the capture of Nicolas Maduro.",
        ),
    ),
    src(
        "stance-s76",
        "Infocom.am (tert.am, citing The Economist)",
        "The Economist published the rating of Russia's allies: Armenia is in the second place",
        Some(day!(2023 - 03 - 16)),
        Some("https://infocom.am/en/article/98880"),
        Some("Belarus provides only its territory as a military base,\" The Economist's article reads."),
    ),
    src(
        "stance-s77",
        "The Christian Science Monitor (AP)",
        "China approves Russian wheat imports as West raises sanctions",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.csmonitor.com/World/Asia-Pacific/2022/0224/China-approves-Russian-wheat-imports-as-West-raises-sanctions",
        ),
        Some(
            "China called Thursday for talks to resolve the Ukraine crisis and avoided criticizing President Vladimir Putin's attack while, in a step that could blunt the impact of Western sanctions, Beijing also approved imports of Russian wheat.",
        ),
    ),
    src(
        "vote-s01",
        "The London Economic",
        "countries vote motion condemning Russia's invasion",
        Some(day!(2022 - 03 - 03)),
        Some(
            "https://www.thelondoneconomic.com/news/countries-vote-motion-condemning-russias-invasion-ukraine-314563/",
        ),
        Some("Abstained: - Algeria - Angola - Armenia ... - Equatorial Guinea - India ..."),
    ),
    src(
        "vote-s02",
        "allAfrica (Renee Moodie)",
        "UN Resolution Demands Russian Withdrawal from Ukraine - How Africa Voted",
        Some(day!(2022 - 03 - 03)),
        Some("https://allafrica.com/stories/202203030068.html"),
        Some(
            "Burkina Faso, Cameroon, Ethiopia, Eswatini, Guinea, Guinea-Bissau, Morocco and Togo were absent.",
        ),
    ),
    src(
        "vote-s03",
        "Legit.ng",
        "UN Resolution: full list countries voted against/support Russia Ukraine",
        Some(day!(2022 - 03 - 02)),
        Some(
            "https://www.legit.ng/world/europe/1458290-un-resolution-full-list-countries-voted-against-support-russia-ukraine/",
        ),
        None,
    ),
    src(
        "vote-s04",
        "az24saat",
        "Azerbaijan did not participate in the Ukrainian vote again",
        Some(day!(2022 - 03 - 24)),
        Some(
            "https://eng.az24saat.org/2022/03/24/azerbaijan-did-not-participate-in-the-ukrainian-vote-again/",
        ),
        Some(
            "Russian aggression on March 2 snowAzerbaijan did not take part in the voting ... Turkmenistan and Several other countries did not comment on the resolution at all.",
        ),
    ),
    src(
        "vote-s05",
        "Bright Uzbekistan",
        "The UN General Assembly has adopted a resolution on Aggression against Ukraine",
        None,
        Some(
            "https://brightuzbekistan.uz/en/the-un-general-assembly-has-adopted-a-resolution-on-aggression-against-ukraine/",
        ),
        Some("Uzbekistan did not take part in the voting."),
    ),
    src(
        "vote-s06",
        "smallcapnews.co.uk",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some(
            "https://smallcapnews.co.uk/the-united-nations-overwhelmingly-condemns-the-russian-invasion-of-ukraine-cuba-abstains-from-voting-video",
        ),
        Some(
            "12 countries that decided not to participate in the vote. Including Venezuela, Morocco and Ethiopia).",
        ),
    ),
    src(
        "vote-s07",
        "move2turkey",
        "A conflicting number of countries abstaining on Ukraine",
        None,
        Some("https://move2turkey.com/a-conflicting-number-of-countries-abstaining-on-ukraine/"),
        Some(
            "The electronic board in the General Assembly hall showed that the number of countries that abstained from voting was 34.",
        ),
    ),
    src(
        "vote-s08",
        "GitHub (HarukiKinoshita/ukraine-viz)",
        "src/voting.js (secondary dataset of UNGA Ukraine votes)",
        None,
        Some(
            "https://github.com/HarukiKinoshita/ukraine-viz/blob/11e58585a113fe56e9cc81337a1be8fd38bb905e/src/voting.js",
        ),
        None,
    ),
    src(
        "vote-s09",
        "The Africa Report",
        "UN: Africa splits over Russian invasion of Ukraine",
        None,
        Some("https://www.theafricareport.com/181222/un-africa-splits-over-russian-invasion-of-ukraine/"),
        Some(
            "Another eight African nations — Burkina Faso, Cameroon, eSwatini, Ethiopia, Guinea, Guinea-Bissau, Morocco and Togo — did not participate in the vote.",
        ),
    ),
    src(
        "vote-s10",
        "inews",
        "Which countries abstained from UN vote on Ukraine?",
        None,
        Some(
            "https://inews.co.uk/news/un-vote-ukraine-russia-countries-abstained-general-assembly-result-resolution-explained-1495346",
        ),
        Some(
            "141 of the 193 member states voted for the resolution, while 35 abstained, five voted against and 12 didn't vote at all.",
        ),
    ),
    src(
        "vote-s11",
        "Interfax-Ukraine",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(day!(2022 - 10 - 13)),
        Some("https://en.interfax.com.ua/news/general/865264.html"),
        Some(
            "35 countries abstained (Algeria, Armenia, Bolivia, Burundi, the Central African Republic, China, Congo, Cuba, Eritrea, Eswatini, Ethiopia, Guinea, Honduras, ...",
        ),
    ),
    src(
        "vote-s12",
        "Glavcom (Ukrainian)",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(PartialDate::month(2022, 10)),
        Some(
            "https://glavcom.ua/world/world-politics/promoviste-holosuvannja-jak-rozpodililisja-holosi-za-antirosijsku-rezoljutsiju-oon-881756.html",
        ),
        Some(
            "Водночас 35 країни країн утрималися. Серед них: Китай, Індія, Пакистан, Південна Африка, Алжир, ...",
        ),
    ),
    src(
        "vote-s13",
        "EADaily (Russian)",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(day!(2022 - 10 - 13)),
        Some(
            "https://eadaily.com/ru/ampnews/2022/10/13/antirossiyskoe-edinoglasie-v-oon-sorvano-erevan-vozderzhalsya-baku-uklonilsya",
        ),
        Some("Азербайджан, Иран, Туркменистан и Венесуэла не участвовали в голосовании вовсе."),
    ),
    src(
        "vote-s14",
        "Guinee28",
        "Ukraine : quels sont les pays africains qui se sont abstenus ...",
        None,
        Some(
            "https://guinee28.info/ukraine-quels-sont-les-pays-africains-qui-se-sont-abstenus-de-condamner-lannexion-russe/",
        ),
        Some(
            "Cinq n'ont pas pris part au vote dont : Burkina Faso, Cameroun, Guinée équatoriale, Djibouti, Sao Tomé & Principe.",
        ),
    ),
    src(
        "vote-s15",
        "Thiès Info",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(PartialDate::month(2022, 10)),
        Some(
            "https://www.thiesinfo.com/onu-19-pays-africains-se-sont-abstenus-de-condamner-lannexion-de-territoires-ukrainiens-par-la-russie%EF%BF%BC/",
        ),
        None,
    ),
    src(
        "vote-s16",
        "Presse Côte d'Ivoire",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some(
            "https://pressecotedivoire.ci/article/14881-onu-le-mali-et-18-pays-africains-sabstiennent-de-voter-une-resolution-condamnant-les-annexions-de-territoires-de-lukraine-par-la-russie",
        ),
        Some("Sur les 54 pays africains membres de l'Onu, 30 ont voté en faveur de la résolution"),
    ),
    src(
        "vote-s17",
        "aredonews (Arabic)",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some("https://aredonews.com/archives/28607"),
        Some("وكانت بعثة إيران غائبة عن التصويت على القرار"),
    ),
    src(
        "vote-s18",
        "The Epoch Times",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some(
            "https://theepochtimes.com/world/4-countries-joined-russia-in-un-vote-on-ukraine-annexations-4793942",
        ),
        Some(
            "The close Russian allies of Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan abstained, while Moscow ally Turkmenistan didn't vote.",
        ),
    ),
    src(
        "vote-s19",
        "Arab News",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(day!(2022 - 10 - 13)),
        Some("https://arabnews.com/node/2180166/world"),
        Some("143 voted in favor of the resolution, including Saudi Arabia and the other GCC countries."),
    ),
    src(
        "vote-s20",
        "B92/Tanjug",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(day!(2022 - 10 - 13)),
        Some("https://www.b92.net/eng/news/world.php?yyyy=2022&mm=10&dd=13&nav_id=114645"),
        Some(
            "143 member countries of the United Nations General Assembly (out of 193), including Serbia, voted in favor",
        ),
    ),
    src(
        "vote-s21",
        "Luxtoday",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some(
            "https://luxtoday.lu/en/world-en/the-un-did-not-acknowledge-russian-annexation-of-4-new-territories",
        ),
        Some(
            "142 other countries voted for the adoption of the resolution, including Hungary and Serbia … Luxembourg was among the countries voting in favor",
        ),
    ),
    src(
        "vote-s22",
        "Conakry Planète",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some("https://conakryplanete.info/?p=20382"),
        Some(
            "Le Sénégal, le Bangladesh et l'Irak ont changé leurs positions ... ont voté en faveur … 10 pays [5 d'Afrique] dont le Burkina Faso n'ont pas pris part au vote.",
        ),
    ),
    src(
        "vote-s23",
        "Caribbean Times (CMC)",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some(
            "https://caribbeantimes.com/st-vincent-pm-defends-countrys-abstention-from-un-vote-condemning-russia",
        ),
        Some("Kingstown voted in support of each of those four."),
    ),
    src(
        "vote-s24",
        "The Chronicle (Ghana)",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some("https://thechronicle.com.gh/un-general-assembly-condemns-russia-annexation"),
        Some("Ghana, Ivory Coast, Kenya and Senegal – voted at the UN to condemn Russia."),
    ),
    src(
        "vote-s30",
        "Al Jazeera",
        "UN tells Russia to leave Ukraine: How did countries vote?",
        Some(day!(2023 - 02 - 24)),
        Some(
            "https://www.aljazeera.com/news/2023/2/24/un-tells-russia-to-leave-ukraine-how-did-countries-vote",
        ),
        Some(
            "For (141): A: Afghanistan, Albania, Andorra, Antigua and Barbuda, Argentina, Australia, Austria ...",
        ),
    ),
    src(
        "vote-s31",
        "newzsnoop (copy of S30)",
        "(report on the UN General Assembly vote; title not recorded)",
        None,
        Some(
            "https://www.newzsnoop.com/breaking-news/un-tells-russia-to-depart-ukraine-how-did-international-locations-vote-russia-ukraine-conflict-information/02/",
        ),
        None,
    ),
    src(
        "vote-s32",
        "Wikipedia mirror",
        "United Nations General Assembly Resolution ES-11/6",
        None,
        Some("https://hessslslslsls.azureedge.net/wiki/United_Nations_General_Assembly_Resolution_ES-11/6"),
        None,
    ),
    src(
        "vote-s33",
        "abcdiamond.com blog",
        "U.N. Russia – Ukraine vote February 2023",
        None,
        Some("http://abcdiamond.com.dream.website/?p=56118"),
        None,
    ),
    src(
        "vote-s34",
        "GhanaWeb",
        "Eritrea, Mali vote against UN resolution ...",
        Some(day!(2023 - 02 - 24)),
        Some(
            "https://mobile.ghanaweb.com/GhanaHomePage/africa/Eritrea-Mali-vote-against-UN-resolution-demanding-Russia-leaves-Ukraine-1720337",
        ),
        Some(
            "Senegal, Burkina Faso, Cameroon, Equatorial Guinea, Eswatini and Guinea-Bissau did not take part in the voting.",
        ),
    ),
    src(
        "vote-s35",
        "Cameroun Actu",
        "Sanction contre la Russie à l'ONU : le Cameroun poursuit la politique de la chaise vide",
        None,
        Some(
            "https://camerounactuonline.com/sanction-contre-la-russie-a-lonu-le-cameroun-poursuit-la-politique-de-la-chaise-vide-comme-beaucoup-dautres-pays/amp",
        ),
        Some("En Afrique, Tanzanie et le Sénégal ont rejoint le groupe des absents."),
    ),
    src(
        "vote-s36",
        "1lurer.am (citing AP)",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(day!(2023 - 02 - 24)),
        Some(
            "https://1lurer.am/en/2023/02/24/United-Nations-passed-resolution-calling-on-Russia-to-withdraw-its-troops-from-Ukraine-and-end-war/886953",
        ),
        Some(
            "Thirteen countries, including Azerbaijan, Turkmenistan and Venezuela, simply did not participate in the vote.",
        ),
    ),
    src(
        "vote-s37",
        "DW",
        "Ukraine: UN members endorse resolution to end war",
        Some(day!(2023 - 02 - 23)),
        Some("https://www.dw.com/en/ukraine-un-members-endorse-resolution-to-end-war/a-64799465"),
        Some(
            "South Sudan, however, moved from past abstentions on the conflict to voting in favor of the motion",
        ),
    ),
    src(
        "vote-s38",
        "UPI",
        "(report on the UN General Assembly vote; title not recorded)",
        Some(day!(2023 - 02 - 23)),
        Some(
            "https://www.upi.com/Top_News/US/2023/02/23/un-emergency-session-ukraine-russia-cease-fire/2341677186300/",
        ),
        Some("Ambassador Akuei Bona Malwal added his vote in favor of the resolution."),
    ),
    src(
        "vote-s39",
        "icilome",
        "ONU/Vote contre la Russie : le Togo s'abstient",
        Some(PartialDate::month(2023, 2)),
        Some("https://icilome.com/2023/02/onu-vote-contre-la-russie-le-togo-sabstient"),
        None,
    ),
    src(
        "vote-s40",
        "UN Watch",
        "UNGA adopts resolution calling on states not to recognize changes in status of Crimea",
        None,
        Some(
            "https://unwatch.org/unga-adopts-resolution-calling-on-states-not-to-recognize-changes-in-status-of-crimea/",
        ),
        Some(
            "Countries that were absent: Belize, Bosnia-Herzegovina, Congo, Cote d'Ivoire, Equatorial Guinea, Ghana, Grenada, ...",
        ),
    ),
    src(
        "vote-s41",
        "before-war-after.com (appears to reproduce the UN press release)",
        "27 march 2014 - General Assembly Adopts Resolution Calling upon States Not to Recognize Changes in Status of Crimea Region",
        None,
        Some(
            "https://before-war-after.com/en/news/27-march-2014-general-assembly-adopts-resolution-calling-upon-states-not-to-recognize-changes-in-status-of-crimea-region",
        ),
        Some(
            "By a recorded vote of 100 in favour to 11 against, with 58 abstentions, the Assembly adopted a resolution titled \"Territorial integrity of Ukraine\"",
        ),
    ),
    src(
        "vote-s42",
        "iPress.ua",
        "Хто не підтримав резолюцію ООН про територіальну цілісність України. Список",
        None,
        Some(
            "https://ipress.ua/news/hto_ne_pidtrymav_rezolyutsiyu_oon_pro_terytorialnu_tsilisnist_ukrainy_spysok_56788.html",
        ),
        None,
    ),
    src(
        "vote-s43",
        "NBC SVG",
        "St.Vincent And The Grenadines U.N. Vote",
        Some(day!(2014 - 04 - 02)),
        Some("https://www.nbcsvg.com/2014/04/02/st-vincent-grenadines-u-n-vote/"),
        Some("St. Vincent and the Grenadines and Jamaica were among the 58 countries that abstained"),
    ),
    src(
        "stance-x01",
        "The Independent",
        "Boris Johnson imposes new sanctions on over 100 Russian oligarchs and entities",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.independent.co.uk/news/uk/politics/russia-sanctions-ukraine-boris-johnson-b2022608.html",
        ),
        Some(
            "Mr Johnson said Mr Putin’s “hideous and barbarous venture” must “end in failure”, adding: “Now we see him for what is – a blood-stained aggressor who believes in imperial conquest.”",
        ),
    ),
    src(
        "stance-x02",
        "Devdiscourse (Reuters)",
        "UK PM Johnson unveils 'severe' sanctions against Russia",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.devdiscourse.com/article/politics/1936167-uk-pm-johnson-unveils-severe-sanctions-against-russia",
        ),
        Some(
            "The government said it would impose an asset freeze on some major Russian banks, including state-owned VTB, its second-biggest bank, and stop major Russian companies from raising finance in Britain.",
        ),
    ),
    src(
        "stance-x03",
        "The Guardian",
        "‘Putin chose this war,’ Biden says as he announces new sanctions – US politics as it happened",
        None,
        Some(
            "https://www.theguardian.com/us-news/live/2022/feb/24/biden-ukraine-us-russia-invasion-latest-news-g7-leaders-updates",
        ),
        Some(
            "In a speech at the White House this afternoon, Biden told the nation:“Putin is the aggressor. Putin chose this war. And now he and his country will bear the consequences.”",
        ),
    ),
    src(
        "stance-x04",
        "KXL",
        "Biden: ‘Putin Chose This War’ In Ukraine, And He And Russia ‘Will Bear The Consequences’ Of New Sanctions",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.kxl.com/biden-putin-chose-this-war-in-ukraine-and-he-and-russia-will-bear-the-consequences-of-new-sanctions/",
        ),
        Some(
            "Speaking from the White House, Biden unveiled another round of sweeping economic sanctions against Russia.",
        ),
    ),
    src(
        "stance-x05",
        "CNAS (reposting The New York Times)",
        "‘Putin Chose This War’: Biden Denounces Russia’s Actions in Ukraine",
        Some(day!(2022 - 02 - 24)),
        Some(
            "https://www.cnas.org/press/in-the-news/putin-chose-this-war-biden-denounces-russias-actions-in-ukraine",
        ),
        Some(
            "“Putin is the aggressor. Putin chose this war,” Mr. Biden said in brief remarks from the White House. “And now he and his country will bear the consequences.”",
        ),
    ),
    src(
        "stance-x06",
        "Yonhap News Agency",
        "N. Korea blames U.S. 'hegemonic policy' for Ukraine crisis",
        Some(day!(2022 - 02 - 28)),
        Some("https://en.yna.co.kr/view/AEN20220228010351325"),
        Some(
            "\"The root cause of the Ukraine crisis totally lies in the hegemonic policy of the U.S. and the West, which indulge themselves in high-handedness and arbitrariness toward other countries,\" the North's Korean Central News Agency quoted an unnamed ministry spokesperson as saying.",
        ),
    ),
    src(
        "stance-x07",
        "South China Morning Post",
        "Ukraine crisis: Asian countries explain their positions after historic United Nations resolution",
        Some(day!(2022 - 03 - 03)),
        Some(
            "https://www.scmp.com/news/asia/east-asia/article/3169138/ukraine-crisis-asian-countries-explain-their-positions-after",
        ),
        Some(
            "In Asia, Australia, Bhutan, Cambodia, Indonesia, Japan, Malaysia, the Maldives, Myanmar, Nepal, New Zealand, the Philippines, Singapore, South Korea and Thailand voted in favour of the resolution.",
        ),
    ),
    src(
        "stance-x08",
        "National Unity Government of Myanmar, Ministry of Foreign Affairs",
        "Statement by Ambassador Kyaw Moe Tun, Permanent Representative of the Republic of the Union of Myanmar to the United Nations at the Emergency Special Session of the United Nations General Assembly on the Situation in Ukraine",
        Some(day!(2022 - 03 - 02)),
        Some(
            "https://mofa.nugmyanmar.org/2022/03/02/statement-by-ambassador-kyaw-moe-tun-permanent-representative-of-the-republic-of-the-union-of-myanmar-to-the-united-nations-at-the-emergency-special-session-of-the-united-nations-general-assembly-on/",
        ),
        Some(
            "Therefore, Myanmar condemns the invasion of Ukraine and unprovoked attacks against the people of Ukraine.",
        ),
    ),
    src(
        "stance-x09",
        "Journal De Bruxelles (AFP)",
        "Afghanistan, Myanmar to vote against Russia at UN",
        None,
        Some(
            "https://www.journaldebruxelles.be/en/Politics/14453-afghanistan-myanmar-to-vote-against-russia-at-un.html",
        ),
        Some(
            "Afghanistan -- ruled by the Taliban -- and Myanmar, which is run by a military junta, are represented at the UN by ambassadors appointed by the countries' previous democratically elected governments that were overthrown last year.",
        ),
    ),
    src(
        "stance-x10",
        "Yahoo News (Ukrainska Pravda)",
        "Tokayev says in front of Putin he does not recognise… (title truncated)",
        Some(day!(2022 - 06 - 17)),
        Some("https://news.yahoo.com/tokayev-says-front-putin-does-171706009.html"),
        Some(
            "For this reason, we do not recognise Taiwan, Kosovo, South Ossetia, or Abkhazia. Obviously, this principle will apply to quasi-state associations, which, in our opinion, is what Luhansk and Donetsk are (the so-called DPR and LPR - UP).",
        ),
    ),
    src(
        "stance-x11",
        "India Today",
        "Russia ally Kazakhstan refuses to recognise Donetsk, Luhansk as 'independent republics'",
        None,
        Some(
            "https://indiatoday.in/world/story/kazakhstan-refuses-recognise-donetsk-luhansk-independent-republics-1964091-2022-06-18",
        ),
        Some(
            "Kazakhstan doesn’t recognize “quasi-state territories which, in our view, is what Luhansk and Donetsk are,” Tokayev said.",
        ),
    ),
    src(
        "stance-x12",
        "news.am",
        "We are not Russia's ally in war with Ukraine",
        None,
        Some("https://news.am/eng/news/763297.html"),
        Some(
            "You said that we are Russia's ally. Of course, this was never said out loud, but I think it is visible. We are not Russia's ally in the war with Ukraine.",
        ),
    ),
    src(
        "stance-x13",
        "Close the Sky over Ukraine",
        "Pashinyan: Armenia is not Russia's ally in the war against Ukraine",
        Some(day!(2023 - 06 - 02)),
        Some(
            "https://closetheskyoverukraine.com/latest-news/pashinyan-armenia-is-not-russia-s-ally-in-the-war-against-ukraine",
        ),
        Some(
            "He said this in an interview with the Czech TV channel CNN Prima News during his visit to the Czech Republic on May 4, but it was published only on Wednesday and posted by Pashinyan himself on Facebook on Thursday.",
        ),
    ),
    src(
        "stance-x14",
        "Taipei Times",
        "(Pashinyan tells the Daily Telegraph Armenia is not Russia's ally on Ukraine)",
        None,
        Some("https://www.taipeitimes.com/News/world/archives/2024/02/13/2003813490"),
        Some(
            "“I said, in the Ukraine situation, we are not Russia’s ally, and that’s the reality,” Pashinyan told the newspaper.",
        ),
    ),
    src(
        "stance-x15",
        "RBC-Ukraine",
        "Armenia's PM: 'We are not Russia's ally in war against Ukraine'",
        None,
        Some("https://newsukraine.rbc.ua/news/armenia-s-pm-we-are-not-russia-s-ally-in-1707728146.html"),
        Some(
            "\"I said, in the Ukraine situation, we are not Russia’s ally. And that’s the reality,\" Pashinyan told the British newspaper Daily Telegraph.",
        ),
    ),
    // Diplomatic relations (notes/diplomatic.md).
    src(
        "dipl-il-1",
        "Interfax",
        "Interfax \"30 years\" archive item on the restoration of USSR–Israel relations",
        None,
        Some("https://interfax.ru/30years/793148"),
        Some(
            "Давид Леви и Борис Панкин подписали совместное заявление о восстановлении с 18 октября дипломатических отношений между двумя странами.",
        ),
    ),
    src(
        "dipl-il-2",
        "JTA",
        "Restoration of Soviet-Israeli Ties Ends 24 Years of Abnormal Relations",
        Some(day!(1991 - 10 - 21)),
        Some(
            "http://www.jta.org/1991/10/21/archive/restoration-of-soviet-israeli-ties-ends-24-years-of-abnormal-relations",
        ),
        Some("the Soviet Union restored full diplomatic relations with the Jewish state on Friday."),
    ),
    src(
        "dipl-il-3",
        "Los Angeles Times",
        "Soviets, Israel Renew Full Ties After 24 Years",
        Some(day!(1991 - 10 - 19)),
        Some("https://www.latimes.com/archives/la-xpm-1991-10-19-mn-510-story.html"),
        Some(
            "the Soviet Union on Friday reopened full diplomatic relations with Israel after a hostile lapse of 24 years.",
        ),
    ),
    src(
        "dipl-il-4",
        "Embassy of Israel in Russia",
        "Israel-Russia Bilateral relations",
        None,
        Some("https://new.embassies.gov.il/russia/en/the-embassy/bilateral-relations"),
        Some(
            "The relations were severed by the Soviet Union following the Six-Day War in June 1967 and were renewed in October 1991. With the dissolution of the Soviet Union, diplomatic relations between Israel and Russia were established in December 1991",
        ),
    ),
    src(
        "dipl-il-5",
        "Embassy of Israel in Russia",
        "Israel-Russia Bilateral relations",
        None,
        Some("https://new.embassies.gov.il/russia/en/the-embassy/bilateral-relations"),
        Some(
            "May 1948,The Soviet Union recognizes the independence of the State of Israel and in September the Israeli foreign mission was opened in Moscow.",
        ),
    ),
    src(
        "dipl-il-6",
        "Embassy of Israel in Russia",
        "Israel-Russia Bilateral relations",
        None,
        Some("https://new.embassies.gov.il/russia/en/the-embassy/bilateral-relations"),
        Some(
            "June 1954, The Israeli mission in Moscow, and the Soviet mission in Tel Aviv, were upgraded to the status of embassies.",
        ),
    ),
    src(
        "dipl-il-7",
        "RIA Novosti (reference note)",
        "Премьер-министр Израиля ... прибыл в Россию",
        Some(day!(2010 - 02 - 16)),
        Some("https://ria.ru/20100216/209418584.html"),
        Some(
            "Дипломатические отношения между СССР и Израилем были установлены в мае 1948 года. В июне 1967 года дипотношения были прерваны. В 1987 году возобновлены отношения по консульской линии, а в октябре 1991 года восстановлены в полном объеме.",
        ),
    ),
    src(
        "dipl-il-8",
        "PRIME (RIA group)",
        "СПРАВКА: Межгосударственные отношения России и Израиля",
        Some(day!(2016 - 06 - 07)),
        Some("https://1prime.ru/20160607/825827924.html"),
        Some("Дипломатические отношения между СССР и Израилем установлены в мае 1948 года."),
    ),
    src(
        "dipl-il-9",
        "TASS-Dossier text (mirror; original tass.ru not returned)",
        "Израильско-российские отношения",
        None,
        Some("https://coppershop.ru/fashion/izrailsko-rossiiskie-otnosheniya-istoriya-diplomaticheskih.html"),
        Some(
            "18 мая 1948 года Советский Союз первым признал де-юре государство Израиль и уже 26 мая установил с ним дипломатические отношения.",
        ),
    ),
    src(
        "dipl-il-10",
        "TASS-Dossier text (English mirror)",
        "Russian-Israeli relations. Dossier",
        Some(day!(2019 - 07 - 31)),
        Some("https://grumy.ru/en/rossiisko-izrailskie-otnosheniya-dose-mezhgosudarstvennye.html"),
        Some(
            "In February 1953, on the initiative of the USSR, diplomatic relations were interrupted. … In July of the same year, diplomatic relations were restored. … Diplomatic relations were restored in full on October 18, 1991. In December 1991, Israel recognized Russia as the legal successor of the USSR.",
        ),
    ),
    src(
        "dipl-il-11",
        "Center for Israel Education (israeled.org)",
        "Soviet Union Recognizes Israel",
        None,
        Some("https://israeled.org/soviet-union-recognizes-israel/"),
        Some(
            "The Soviet Union officially recognizes the state of Israel, three days after Israel declared independence",
        ),
    ),
    src(
        "dipl-il-12",
        "Jewish Currents",
        "February 11: The USSR Breaks Off Relations with Israel",
        Some(day!(2013 - 02 - 11)),
        Some("https://jewishcurrents.org/february-11-the-ussr-breaks-off-relations-with-israel"),
        Some("The Soviet Union broke off diplomatic relations with Israel on this date in 1953"),
    ),
    src(
        "dipl-il-13",
        "JTA",
        "Moscow and Israel Announce Resumption of Diplomatic Relations",
        Some(day!(1953 - 07 - 21)),
        Some(
            "https://www.jta.org/1953/07/21/archive/moscow-and-israel-announce-resumption-of-diplomatic-relations",
        ),
        Some(
            "The immediate resumption of diplomatic relations between Israel and the Soviet Union was announced simultaneously here and in Moscow this evening.",
        ),
    ),
    src(
        "dipl-il-14",
        "Yosef Govrin (book excerpt on a forum)",
        "(book excerpt: Israeli-Soviet Relations 1953-1967)",
        None,
        Some("https://theinfounderground.com/tiunew/index.php?prev_next=next&topic=685.0"),
        Some(
            "the Soviet government informed the government of Israel, on Saturday 10 June 1967, of its decision to sever diplomatic and consular relations with Israel",
        ),
    ),
    src(
        "dipl-il-15",
        "JTA",
        "Israeli Consular Delegation to Go to Moscow After Summit",
        Some(day!(1988 - 05 - 26)),
        Some(
            "http://www.jta.org/1988/05/26/archive/israeli-consular-delegation-to-go-to-moscow-after-summit",
        ),
        Some("A Soviet consular delegation has been in Israel since June 1987"),
    ),
    src(
        "dipl-il-16",
        "JTA",
        "Israel and Soviet Union Agree to Establish Consular Relations",
        Some(day!(1990 - 10 - 01)),
        Some(
            "https://www.jta.org/1990/10/01/archive/israel-and-soviet-union-agree-to-establish-consular-relations",
        ),
        Some(
            "Since July 1988, Israel has had a six-member consular delegation in Moscow. … announced after meeting here Sunday that the two countries had established full consular relations.",
        ),
    ),
    src(
        "dipl-il-17",
        "The JC (outlier on the Russia date)",
        "On this day: The Soviet Union cuts ties with Israel",
        Some(day!(2011 - 02 - 11)),
        Some("http://www.thejc.com/news/on-day/44893/on-day-the-soviet-union-cuts-ties-israel"),
        Some("post-communist Russia restored full recognition of the Jewish state in January 1992"),
    ),
    src(
        "dipl-tr-1",
        "Russian MFA statement as carried by pronews.am (Russian text)",
        "Россия и Турция отмечают 100-летие установления дипотношений",
        Some(day!(2020 - 06 - 03)),
        Some(
            "http://pronews.am/2020/06/03/%d1%80%d0%be%d1%81%d1%81%d0%b8%d1%8f-%d0%b8-%d1%82%d1%83%d1%80%d1%86%d0%b8%d1%8f-%d0%be%d1%82%d0%bc%d0%b5%d1%87%d0%b0%d1%8e%d1%82-100-%d0%bb%d0%b5%d1%82%d0%b8%d0%b5-%d1%83%d1%81%d1%82%d0%b0%d0%bd/",
        ),
        Some(
            "3 июня 1920 г. Народный комиссар по иностранным делам РСФСР Г.В.Чичерин направил Председателю ВНСТ Мустафе Кемалю (Ататюрку) телеграмму с предложением «немедленно установить дипломатические и консульские представительства». Этот день и считается официальной точкой отчета в дипотношениях между Советской Россией и Правительством ВНСТ.",
        ),
    ),
    src(
        "dipl-tr-2",
        "Daily Sabah",
        "Russia celebrates 100th year of diplomatic relations with Turkey",
        None,
        Some(
            "https://www.dailysabah.com/politics/diplomacy/russia-celebrates-100th-year-of-diplomatic-relations-with-turkey/amp",
        ),
        Some(
            "This day is considered the official start point in diplomatic relations between Soviet Russia and the government of the Grand National Assembly of Turkey",
        ),
    ),
    src(
        "dipl-tr-3",
        "TRT World",
        "(Russia congratulates Turkey on centennial of ties)",
        Some(day!(2020 - 06 - 03)),
        Some("https://trt.global/world/article/12739392"),
        Some(
            "On April 26, 1920, Mustafa Kemal Pasha, later took surname as Ataturk, the founder of the Turkish Republic, sent a letter to Vladimir Lenin, head of the Russian Bolsheviks, to develop relations. This event is seen as the Republic of Turkey's official recognition of Russia.",
        ),
    ),
    src(
        "dipl-tr-4",
        "TASS",
        "interview with Ambassador Alexei Yerkhov",
        Some(day!(2020 - 06 - 03)),
        Some("https://tass.com/politics/1163517"),
        Some(
            "The date of the response letter is considered to be the starting point. It was right when work began to legally formalize relations between the two countries, and the Soviet embassy was unveiled on November 7, 1920",
        ),
    ),
    src(
        "dipl-tr-5",
        "Ministry of Foreign Affairs of Türkiye",
        "Turkey´s Political Relations With Russian Federation",
        None,
        Some("https://www.mfa.gov.tr/turkey_s-political-relations-with-russian-federation.en.mfa"),
        Some(
            "Turkey recognized the USSR in 1920 and the Soviet Union was the first Great Power that recognized the Government of Ankara during the Turkish War of Liberation.",
        ),
    ),
    src(
        "dipl-tr-6",
        "Ministry of Foreign Affairs of Türkiye",
        "Turkey´s Political Relations With Russian Federation",
        None,
        Some("https://www.mfa.gov.tr/turkey_s-political-relations-with-russian-federation.en.mfa"),
        Some("Turkey recognized the Russian Federation, successor of the USSR"),
    ),
    src(
        "dipl-tr-7",
        "European Proceedings (academic paper)",
        "Turkey And Russia In The Context Of Diplomatic Relations: Historical Aspect",
        None,
        Some("https://www.europeanproceedings.com/article/10.15405/epsbs.2021.05.239"),
        Some(
            "since the signing of the Treaty of Friendship and Brotherhood Between the RSFSR and Turkey in Moscow on March 16, 1921.",
        ),
    ),
    src(
        "dipl-in-1",
        "ANI via Lokmat Times",
        "Russia, India celebrate 75th anniversary of diplomatic relations",
        Some(day!(2022 - 04 - 14)),
        Some(
            "https://www.lokmattimes.com/international/russia-india-celebrate-75th-anniversary-of-diplomatic-relations/amp",
        ),
        Some("This very day, 75 years ago, the Soviet Union and India established diplomatic relations."),
    ),
    src(
        "dipl-in-2",
        "ANI via Lokmat Times",
        "Russia, India celebrate 75th anniversary of diplomatic relations",
        Some(day!(2022 - 04 - 14)),
        Some(
            "https://www.lokmattimes.com/international/russia-india-celebrate-75th-anniversary-of-diplomatic-relations/amp",
        ),
        Some(
            "Soviet Union was among the first countries to establish diplomatic ties with India, even before the Indian independence.",
        ),
    ),
    src(
        "dipl-in-3",
        "BigAsia (citing TASS)",
        "Посол Индии рассказал о роли Владимира Путина ...",
        Some(day!(2022 - 08 - 23)),
        Some(
            "https://bigasia.ru/posol-indii-rasskazal-o-roli-vladimira-putina-v-ukreplenii-sotrudnichestva-dvuh-stran",
        ),
        Some("Индия и СССР установили дипломатические отношения 13 апреля 1947 года."),
    ),
    src(
        "dipl-in-4",
        "Indostan.ru (citing RIA Novosti)",
        "Дипломатическим отношениям между Россией и Индией - 60 лет",
        Some(day!(2007 - 04 - 13)),
        Some("https://www.indostan.ru/novosti/91_2026_0.html"),
        Some(
            "Сегодня исполняется 60 лет со дня установления дипломатических отношений между СССР и Индией, передает РИА Новости.",
        ),
    ),
    src(
        "dipl-in-5",
        "Diplomatist magazine (via Magzter)",
        "The Journey So Far (Amit Cowshish)",
        Some(PartialDate::month(2019, 10)),
        Some(
            "https://www.magzter.com/article/News/Extraordinary-and-Plenipotentiary-Diplomatist/The-Journey-So-Far",
        ),
        Some(
            "The foundations of this bond were laid on April 13, 1947, when India’s Congress-led interim government and the Soviet Union’s Communist Party opted to establish official missions in each other’s capitals.",
        ),
    ),
    src(
        "dipl-in-6",
        "Great Soviet Encyclopedia (1979), via TheFreeDictionary",
        "Soviet-Indian Agreements",
        None,
        Some("https://encyclopedia2.thefreedictionary.com/Soviet-Indian+Agreements"),
        Some("Diplomatic relations were established between the USSR and India on Apr. 2–7,1947."),
    ),
    src(
        "dipl-in-7",
        "EverybodyWiki (low reliability)",
        "Republic of India – USSR relations",
        None,
        Some("https://en.everybodywiki.com/Republic_of_India_%E2%80%93_USSR_relations"),
        Some(
            "Successor India's official diplomatic relations with the Soviet Union were established on 15th of April in 1947",
        ),
    ),
    src(
        "dipl-cn-1",
        "Sputnik via UrduPoint",
        "Russia, People's Republic Of China Mark 70th Anniversary Of Diplomatic Ties On Wednesday",
        Some(day!(2019 - 10 - 02)),
        Some("https://www.urdupoint.com/en/world/russia-peoples-republic-of-china-mark-70th-726198.html"),
        Some(
            "Russia and the People's Republic of China will mark on Wednesday the 70th anniversary of establishing diplomatic relations.",
        ),
    ),
    src(
        "dipl-cn-2",
        "Russian MFA post as reproduced by news-pravda.com",
        "(75th anniversary)",
        Some(day!(2024 - 10 - 02)),
        Some("https://news-pravda.com/world/2024/10/02/770214.html"),
        Some(
            "On October 2, 1949, the day after the founding of the People's Republic of China, the Soviet Union became the first country to establish diplomatic relations with the fledgling state.",
        ),
    ),
    src(
        "dipl-cn-3",
        "China Radio International (Russian)",
        "(China ABC chapter)",
        None,
        Some("https://russian.cri.cn/chinaabc/chapter4/chapter40303.htm"),
        Some("2 октября 1949 года Китай установил дипломатические отношения с СССР."),
    ),
    src(
        "dipl-cn-4",
        "dbw.cn (Heilongjiang, bilingual)",
        "(70 years of PRC–RF relations)",
        Some(day!(2019 - 06 - 10)),
        Some("https://russian.dbw.cn/system/2019/06/10/001332585.shtml"),
        Some(
            "На следующий день КНР и СССР установили дипломатические отношения … 27 декабря 1991 года представители Китая и России подписали в Москве протокол переговоров, заявив о пролонгации дипотношений между КНР и СССР.",
        ),
    ),
    src(
        "dipl-cn-5",
        "CGTN",
        "70 Years of Diplomacy: China finding its feet",
        Some(day!(2019 - 09 - 21)),
        Some(
            "https://news.cgtn.com/news/2019-09-21/70-Years-of-Diplomacy-China-finding-its-feet-Ka6166RVxC/index.html",
        ),
        Some(
            "On October 3, 1949, just two days after the founding of New China, the Soviet Union became the first country to establish diplomatic relations with it.",
        ),
    ),
    src(
        "dipl-cn-6",
        "Our China Story",
        "(On October 3, 1949, China established diplomatic relations with the Soviet Union)",
        Some(day!(2024 - 10 - 03)),
        Some("https://ourchinastory.com/en/13126"),
        Some(
            "After receiving the telegram from the Soviet Union, Zhou Enlai (周恩來), who had just become China's Prime Minister and Foreign Minister, immediately replied on October 3",
        ),
    ),
    src(
        "dipl-cn-7",
        "zhzky.com (reprint of Xinhua, 3 Oct 1949, from People's Daily, 4 Oct 1949)",
        "(Gromyko note)",
        Some(day!(1949 - 10 - 03)),
        Some("http://www.zhzky.com/news/?4427.html"),
        Some("一九四九年十月二日二十一时四十五分钟"),
    ),
    src(
        "dipl-ve-1",
        "International Affairs (Moscow) via East View",
        "Diplomatic Relations Resumed (V. Vanin)",
        None,
        Some("https://dlib.eastview.com/browse/doc/19447317"),
        Some(
            "On April 16, 1970, a communiqué on the resumption of diplomatic relations between the Soviet Union and Venezuela was issued simultaneously in Moscow and Caracas.",
        ),
    ),
    src(
        "dipl-ve-2",
        "International Affairs (Moscow) via East View",
        "Diplomatic Relations Resumed (V. Vanin)",
        None,
        Some("https://dlib.eastview.com/browse/doc/19447317"),
        Some("Diplomatic relations between the USSR and Venezuela were first established on March 14, 1945"),
    ),
    src(
        "dipl-ve-3",
        "International Affairs (Moscow) via East View",
        "Diplomatic Relations Resumed (V. Vanin)",
        None,
        Some("https://dlib.eastview.com/browse/doc/19447317"),
        Some(
            "the Venezuelan police allowed provocative acts against the Soviet Embassy in June 1952, the Soviet government was obliged to recall its diplomats from Caracas and break off diplomatic relations with Venezuela.",
        ),
    ),
    src(
        "dipl-ve-4",
        "Prensa Latina (citing Venezuelan MFA)",
        "Venezuela rememora 78 años de relaciones con Rusia",
        Some(day!(2023 - 03 - 14)),
        Some(
            "https://archivo.prensa-latina.cu/2023/03/14/venezuela-rememora-78-anos-de-relaciones-con-rusia",
        ),
        Some(
            "los vínculos entre los dos países se establecieron el 14 de marzo de 1945, cuando sus embajadores en Washington, Diógenes Escalante y Andrei Gromiko, respectivamente, firmaron las notas",
        ),
    ),
    src(
        "dipl-ve-5",
        "Ciudad CCS (quoting FM Yván Gil)",
        "Venezuela y Rusia cumplen 79 años de sólidas relaciones diplomáticas",
        Some(day!(2024 - 03 - 14)),
        Some("https://ciudadccs.info/index.php/publicacion/15799-0"),
        Some(
            "Las relaciones diplomáticas entre la Federación de Rusia y la República Bolivariana de Venezuela se establecieron el 14 de marzo de 1945",
        ),
    ),
    src(
        "dipl-ve-6",
        "Газета «Ра» (Venezuelan embassy in Moscow event)",
        "Венесуэла – Россия: 80 лет дружбы и взаимопонимания",
        Some(day!(2025 - 04 - 01)),
        Some("https://gazeta-ra.info/politika/item/2788-venesuela-rossiya-80-let-druzhby-i-vzaimoponimaniya"),
        Some("Документ, закрепляющий эти отношения, подписан 14 марта 1945 года"),
    ),
    src(
        "dipl-ve-7",
        "redradiove.com (text attributed to Russian side; quotes Gromyko note)",
        "78 años de relaciones diplomáticas entre Rusia y Venezuela",
        None,
        Some("https://redradiove.com/78-anos-de-relaciones-diplomaticas-entre-rusia-y-venezuela"),
        Some(
            "en junio de 1952 las relaciones diplomáticas entre nuestros países fueron interrumpidas por decisión del Gobierno de URSS",
        ),
    ),
    src(
        "dipl-ve-8",
        "WIKI 2 mirror of es.wikipedia (low reliability; \"cita requerida\")",
        "Relaciones Unión Soviética-Venezuela",
        None,
        Some("https://es.wiki2.org/wiki/Relaciones_Uni%C3%B3n_Sovi%C3%A9tica-Venezuela"),
        Some(
            "La Unión Soviética estableció relaciones diplomáticas con Venezuela el 3 de marzo de 1945. Se rompieron el 13 de junio de 1952 y se restablecieron luego el 16 de abril de 1970.",
        ),
    ),
    src(
        "dipl-mm-1",
        "TASS",
        "Лавров и глава МИД Мьянмы обменялись посланиями по случаю 75-летия дипотношений",
        Some(day!(2023 - 02 - 18)),
        Some("https://tass.ru/politika/17083265"),
        Some(
            "Министр иностранных дел России Сергей Лавров и глава МИД Мьянмы Тан Све обменялись поздравительными посланиями по случаю 75-летия со дня установления двусторонних дипломатических отношений.",
        ),
    ),
    src(
        "dipl-mm-2",
        "International Affairs (Международная жизнь)",
        "(Russia–Myanmar 60 years)",
        None,
        Some("https://interaffairs.ru/jauthor/material/1277"),
        Some(
            "18 ФЕВРАЛЯ 1948 ГОДА в Лондоне состоялся обмен нотами между советским послом в Великобритании Г.Н.Зарубиным и главой представительства Бирманского Союза в Соединенном Королевстве Маунг Чжи.",
        ),
    ),
    src(
        "dipl-mm-3",
        "Global New Light of Myanmar",
        "Preserve long-lasting Russia-Myanmar diplomatic relations",
        None,
        Some("https://www.gnlm.com.mm/preserve-long-lasting-russia-myanmar-diplomatic-relations/"),
        Some(
            "The day ‘18 February 2023’ turned the 75th anniversary of founding the diplomatic relations between Myanmar and the Russian Federation",
        ),
    ),
    src(
        "dipl-mm-4",
        "Myanmar Digital News",
        "Goodwill visits of Myanmar-Russia leaders in 1955 ...",
        None,
        Some(
            "https://www.myanmardigitalnewspaper.com/en/goodwill-visits-myanmar-russia-leaders-1955-paved-gold-and-silver-road-between-two-countries",
        ),
        Some(
            "Myanmar and Russian Federation (Soviet Union) established diplomatic relations on 18 February 1948",
        ),
    ),
    src(
        "dipl-mm-5",
        "Great Soviet Encyclopedia text via mdict mirror",
        "Soviet-Burmese Agreements",
        None,
        Some("http://ed.mdict.net/k2345616.html"),
        Some("Diplomatic relations were established between the USSR and Burma on Feb. 18,1948."),
    ),
    src(
        "dipl-mm-6",
        "Historical Dictionary of Burma (outlier)",
        "Russia (Soviet Union), Relations with",
        None,
        Some("https://hist_burma.enacademic.com/593/Russia_%28Soviet_Union%29%2C_Relations_with"),
        Some("Diplomatic relations with the Soviet Union were established in 1949"),
    ),
    src(
        "dipl-sy-1",
        "TASS",
        "(Lavrov and Mekdad exchange telegrams on 80th anniversary)",
        Some(day!(2024 - 07 - 21)),
        Some("https://tass.com/politics/1819447"),
        Some("Diplomatic relations between the USSR and Syria were established on July 21, 1944."),
    ),
    src(
        "dipl-sy-2",
        "TASS",
        "Russia, Syria stay committed to their principles, despite pressure — Assad",
        None,
        Some("https://tass.com/world/1819457/amp"),
        Some(
            "Diplomatic relations between the former Soviet Union and Syria were established on July 21, 1944.",
        ),
    ),
    src(
        "dipl-sy-3",
        "Russian MFA Q&A as reproduced by news-pravda.com",
        "(80th anniversary)",
        Some(day!(2024 - 07 - 21)),
        Some("https://news-pravda.com/world/2024/07/21/645729.html"),
        Some(
            "On July 21, 1944, diplomatic relations with Syria were established. Embassies were opened in 1946.",
        ),
    ),
    src(
        "dipl-sy-4",
        "Great Soviet Encyclopedia text via newdu mirror",
        "Soviet-Syrian Agreements",
        None,
        Some("http://ed.newdu.com/k2349091.html"),
        Some("Diplomatic relations were established between the USSR and Syria on July 22, 1944."),
    ),
    src(
        "dipl-sy-5",
        "Syria news-pravda (Putin–al-Sharaa talks)",
        "Putin holds talks with Syrian President Ahmed al-Sharaa",
        Some(day!(2025 - 10 - 15)),
        Some("https://syria.news-pravda.com/en/russia/2025/10/15/30348.html"),
        Some(
            "We have maintained diplomatic relations for over 80 years, and they were established during the most difficult times for Russia and the Soviet Union - in 1944.",
        ),
    ),
    src(
        "dipl-pk-1",
        "Geo News (citing Pakistan Foreign Office)",
        "Pakistan, Russia celebrate 75th anniversary of diplomatic ties",
        Some(day!(2023 - 05 - 01)),
        Some("https://www.geo.tv/latest/484967-pak-russia-celebrate75th-anniversary-of-diplomatic-ties"),
        Some("the diplomatic relations between Pakistan and Russia were established on May 1, 1948."),
    ),
    src(
        "dipl-pk-2",
        "The Nation (quoting Pakistan Foreign Office statement)",
        "Pakistan, Russia mark 75th anniversary of diplomatic relations",
        Some(day!(2023 - 05 - 02)),
        Some(
            "https://www.nation.com.pk/02-May-2023/pakistan-russia-mark-75th-anniversary-of-diplomatic-relations",
        ),
        Some(
            "Diplomatic relations between Pakistan and Russia were established on 1st May 1948,” the statement added.",
        ),
    ),
    src(
        "dipl-pk-3",
        "RIA Novosti (reference note)",
        "Межгосударственные отношения России и Пакистана",
        Some(day!(2025 - 08 - 31)),
        Some("https://ria.ru/20250831/pakistan-1956992752.html"),
        Some(
            "Дипломатические отношения между СССР и Исламской Республикой Пакистан (ИРП) установлены 1 мая 1948 года. Россия была признана пакистанским правительством как государство-продолжатель СССР 20 декабря 1991 года.",
        ),
    ),
    src(
        "dipl-pk-4",
        "I. Serenko (article, via elib.jp)",
        "Russia and Pakistan on the path to mutually beneficial cooperation",
        None,
        Some(
            "https://elib.jp/blogs/entry/RUSSIA-AND-PAKISTAN-ON-THE-PATH-TO-MUTUALLY-BENEFICIAL-COOPERATION",
        ),
        Some(
            "On May 1, 1948, the Ministries of Foreign Affairs of the USSR and Pakistan exchanged notes on the establishment of diplomatic relations and the establishment of representative offices with the rank of embassies.",
        ),
    ),
    src(
        "dipl-pk-5",
        "Great Soviet Encyclopedia text via mdict mirror",
        "Soviet-Pakistani Agreements",
        None,
        Some("http://ed.mdict.net/k2349053.html"),
        Some(
            "Diplomatic relations were established between the USSR and Pakistan by an exchange of notes from Apr. 27 to May 1, 1948.",
        ),
    ),
    src(
        "dipl-by-1",
        "Ministry of Foreign Affairs of Belarus",
        "Joint Statement of the Ministers of Foreign Affairs ... on the occasion of 20th Anniversary ...",
        None,
        Some("https://mfa.gov.by/en/press/statements/e0ed9cc4e0dc68b2.html"),
        Some(
            "June 25, 2012 marks the 20th anniversary from the day of the establishment of diplomatic relations between the Republic of Belarus and the Russian Federation.",
        ),
    ),
    src(
        "dipl-by-2",
        "Красная весна (quoting Russian MFA Telegram)",
        "МИД России отметил ценность координации Москвы и Минска",
        None,
        Some("https://rossaprimavera.ru/news/ad97e12a"),
        Some(
            "«25 июня отмечается 30 лет с момента установления дипломатических отношений между Россией и Белоруссией. Именно в этот день в 1992 году в Минске был подписан Протокол",
        ),
    ),
    src(
        "dipl-kz-1",
        "Zakon.kz (citing Russian embassy in Kazakhstan)",
        "(33 years of diplomatic relations)",
        Some(day!(2025 - 10 - 22)),
        Some("https://www.zakon.kz/politika/6495188-vazhnuyu-datu-otmechayut-kazakhstan-i-rossiya.html"),
        Some(
            "Сегодня, 22 октября 2025 года, исполняется 33 года с момента установления дипломатических отношений между Россией и Казахстаном",
        ),
    ),
    src(
        "dipl-kz-2",
        "Profile.ru",
        "Стратегические партнёры и вечные соседи",
        None,
        Some("https://profile.ru/politics/strategicheskie-partnjory-i-vechnye-sosedi-946504/"),
        Some(
            "22 октября – очередная годовщина со дня подписания «Протокола об обмене полномочными представительствами между Республикой Казахстан и Российской Федерацией».",
        ),
    ),
    src(
        "dipl-kz-3",
        "Vestnik Kavkaza",
        "Russia and Kazakhstan celebrate 30th anniversary of diplomatic relations",
        Some(day!(2022 - 10 - 22)),
        Some("https://en.vestikavkaza.ru/material/156256"),
        Some(
            "On October 22, 2022, Russia and Kazakhstan celebrate the 30th anniversary of the establishment of diplomatic relations.",
        ),
    ),
    src(
        "dipl-am-1",
        "Sputnik factbox via armenianclub.com",
        "FACTBOX – Russia-Armenia Relations",
        None,
        Some("https://armenianclub.com/?p=397882"),
        Some("Diplomatic relations between Russia and Armenia were established on April 3, 1992."),
    ),
    src(
        "dipl-am-2",
        "Aurora News (Russian embassy statement)",
        "Russian Embassy in Armenia Calls on Yerevan",
        Some(day!(2024 - 04 - 03)),
        Some("https://en.auroranews.am/news/2024-04-03-russian-embassy-in-armenia-calls-on-yerevan"),
        Some(
            "This was stated on Wednesday, April 3, the day of the establishment of diplomatic relations between the Russian Federation and Armenia, by the Russian Embassy in Armenia.",
        ),
    ),
    src(
        "dipl-kg-1",
        "embassylife.ru (reproduces Russian MFA pre-visit note)",
        "(Kulubaev visit to Moscow)",
        Some(day!(2025 - 01 - 22)),
        Some("https://embassylife.ru/en/2025/01/22/70618/"),
        Some(
            "Diplomatic relations between the Russian Federation and the Kyrgyz Republic were established on March 20, 1992.",
        ),
    ),
    src(
        "dipl-kg-2",
        "embassylife.ru",
        "(joint statement of the foreign ministers on the 30th anniversary; confirms the year only)",
        None,
        Some(
            "https://embassylife.ru/en/%D1%81%D0%BE%D0%B2%D0%BC%D0%B5%D1%81%D1%82%D0%BD%D0%BE%D0%B5-%D0%B7%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5-%D0%BC%D0%B8%D0%BD%D0%B8%D1%81%D1%82%D1%80%D0%B0-%D0%B8%D0%BD%D0%BE%D1%81%D1%82/",
        ),
        Some(
            "attaching historical significance to the 30th anniversary of the establishment of diplomatic relations between the Russian Federation and the Kyrgyz Republic",
        ),
    ),
    src(
        "dipl-tj-1",
        "President of Tajikistan press release via EIN Presswire",
        "Exchange of congratulatory telegrams between ... Emomali Rahmon and ... Vladimir Putin",
        Some(day!(2022 - 04 - 08)),
        Some(
            "https://www.einpresswire.com/article/567988306/exchange-of-congratulatory-telegrams-between-the-president-of-the-republic-of-tajikistan-emomali-rahmon-and-the-president-of-the-russian-federation",
        ),
        Some(
            "exchanged congratulatory telegrams on the occasion of the 30th anniversary of the establishment of diplomatic relations between the two countries.",
        ),
    ),
    src(
        "dipl-tj-2",
        "Embassy of Tajikistan in Russia",
        "Встреча министров иностранных дел Таджикистана и России",
        Some(day!(2016 - 04 - 08)),
        Some(
            "https://www.tajembassy.ru/ru/press/news/364-vstrecha-ministrov-inostrannykh-del-tadzhikistana-i-rossii",
        ),
        Some(
            "Стороны высоко оценили достигнутый за истекшие 24 года со дня установления дипломатических отношений уровень межгосударственных отношений.",
        ),
    ),
    src(
        "dipl-tj-3",
        "it.abcdef.wiki (mirror of Wikipedia list; low reliability)",
        "Relazioni estere del Tagikistan",
        None,
        Some("https://it.abcdef.wiki/wiki/Foreign_relations_of_Tajikistan"),
        Some("27.  Russia – 8 aprile 1992"),
    ),
    src(
        "dipl-tj-4",
        "perceptiopt.com (mirror of ru-wiki; low reliability)",
        "Relações russo-tajique",
        None,
        Some("https://perceptiopt.com/Российско-таджикистанские_отношения"),
        Some(
            "As relações diplomáticas entre a República do Tajiquistão e a Rússia foram estabelecidas em 8 de abril de 1992.",
        ),
    ),
    // Found by the data audit (notes/stances_extra.md).
    src(
        "stance-x16",
        "i24news",
        "(Erdogan: Turkey can't abandon ties with Ukraine, Russia)",
        Some(day!(2022 - 02 - 28)),
        Some(
            "https://www.i24news.tv/en/news/middle-east/levant-turkey/1646074965-erdogan-turkey-can-t-abandon-ties-with-ukraine-russia",
        ),
        Some(
            "Turkey’s President Tayyip Erdogan on Monday said that he could not abandon ties with Russia or Ukraine",
        ),
    ),
    src(
        "stance-x17",
        "RFE/RL",
        "(Erdogan: Russian invasion unacceptable)",
        None,
        Some("https://www.rferl.org/amp/erdogan-russian-invasion-unacceptable-ukraine/31728802.html"),
        Some(
            "Speaking after a cabinet meeting on February 28 … his country will not turn its back on either state",
        ),
    ),
    src(
        "stance-x18",
        "Hürriyet Daily News",
        "(Turkey to hold security summit over Ukrainian crisis)",
        Some(day!(2022 - 02 - 24)),
        Some("https://www.hurriyetdailynews.com/turkey-to-hold-security-summit-over-ukrainian-crisis-171762"),
        Some(
            "We want the problems between these two countries, with whom we have very good relations, should be resolved in the context of the Minsk agreements.",
        ),
    ),
    // Titles of the resolutions (checked 2026-11-29).
    src(
        "vote-t1",
        "United Nations (press release GA/12458, read via an Outlook safe-links redirect; canonical https://press.un.org/en/2022/ga12458.doc.htm)",
        "With 143 Votes in Favour, 5 Against, General Assembly Adopts Resolution Condemning Russian Federation's Annexation of Four Eastern Ukraine Regions",
        Some(day!(2022 - 10 - 12)),
        Some("https://press.un.org/en/2022/ga12458.doc.htm"),
        Some(
            "By the terms of the text, titled “Territorial integrity of Ukraine:  defending the principles of the Charter of the United Nations” — adopted by a recorded vote of 143 in favour to 5 against (Belarus, Democratic People’s Republic of Korea, Nicaragua, Russian Federation, Syria) with 35 abstentions",
        ),
    ),
    src(
        "vote-t2",
        "Interfax-Ukraine",
        "UNGA adopts resolution 'Principles of Charter of United Nations underlying comprehensive, just and lasting peace in Ukraine'",
        Some(day!(2023 - 02 - 24)),
        Some("https://en.interfax.com.ua/news/general/893606.html"),
        Some(
            "The UN General Assembly voted for the resolution \"Principles of the Charter of the United Nations underlying a comprehensive, just and lasting peace in Ukraine\" the draft of which was submitted by 57 countries, including Ukraine.",
        ),
    ),
];
