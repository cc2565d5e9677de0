//! Memberships of unions and blocs, one record per period.
//!
//! Transcribed from research notes that cite each source; every record
//! names its sources by id (see `sources.rs`).

use super::{UZ_CSTO_RETURN_ANNOUNCED, ids, m, reading};
use crate::Country::*;
use crate::Role::*;
use crate::Union::*;
use crate::date::day;
use crate::{Membership, PartialDate};

/// The reading every Kazan invitee carries: the list of 13 was agreed on
/// 23 Oct 2024 and first announced, without names, the next day.
const KAZAN_LIST_ANNOUNCED: crate::Reading = reading!(
    "the list was first announced, without names, by Putin on 24 Oct 2024; invitations were sent afterwards",
    Some(day!(2024 - 10 - 24)),
    ids!["forums-k03"]
);

pub(crate) const MEMBERSHIPS: &[Membership] = &[
    m!(
        BY,
        Eaeu,
        Member,
        day!(2015 - 01 - 01),
        None,
        ids!["east-s1", "east-s55", "east-s2"],
        Some("Founder. Treaty on the EAEU signed 2014-05-29 in Astana; in force 2015-01-01."),
        &[]
    ),
    m!(
        KZ,
        Eaeu,
        Member,
        day!(2015 - 01 - 01),
        None,
        ids!["east-s1", "east-s55", "east-s2"],
        Some("Founder. Treaty signed 2014-05-29 in Astana; in force 2015-01-01."),
        &[]
    ),
    m!(
        RU,
        Eaeu,
        Member,
        day!(2015 - 01 - 01),
        None,
        ids!["east-s1", "east-s55", "east-s2"],
        Some("Founder. Treaty signed 2014-05-29 in Astana; in force 2015-01-01."),
        &[]
    ),
    m!(
        AM,
        Eaeu,
        Member,
        day!(2015 - 01 - 02),
        None,
        ids!["east-s1", "east-s2", "east-s55"],
        Some(
            "Accession treaty signed 2014-10-09 (S1) or 2014-10-10 in Minsk (S55), see Disagreements; in force 2015-01-02, so not a founder (S2)."
        ),
        &[]
    ),
    m!(
        KG,
        Eaeu,
        Member,
        day!(2015 - 08 - 06),
        None,
        ids!["east-s3", "east-s1", "east-s60", "east-s73"],
        Some(
            "Accession treaty in force 2015-08-06 (EEC statement via TASS). EUobserver gives 2015-08-12 (customs-border opening day), see Disagreements."
        ),
        &[reading!(
            "joined on 12 Aug 2015, the day the customs border opened (EUobserver)",
            Some(day!(2015 - 08 - 12)),
            ids!["east-s4"]
        )]
    ),
    m!(
        MD,
        Eaeu,
        Observer,
        day!(2018 - 05 - 14),
        None,
        ids!["east-s5", "east-s7", "east-s56", "east-s9"],
        Some(
            "First ever EAEU observer (Decision No. 8 of the Supreme Council, 2018-05-14). Endorsed in principle 2017-04-14 (S6). Moldova has ignored EAEU meetings since 2022 but RIA (2026-01-19) still says it holds observer status; no revocation seen."
        ),
        &[reading!("approved in principle on 14 Apr 2017", Some(day!(2017 - 04 - 14)), ids!["east-s6"])]
    ),
    m!(
        UZ,
        Eaeu,
        Observer,
        day!(2020 - 12 - 11),
        None,
        ids!["east-s58", "east-s5", "east-s10"],
        Some(
            "Granted by the Supreme Eurasian Economic Council on 2020-12-11. No membership application seen."
        ),
        &[]
    ),
    m!(
        CU,
        Eaeu,
        Observer,
        day!(2020 - 12 - 11),
        None,
        ids!["east-s58", "east-s5", "east-s10"],
        Some("Granted with Uzbekistan on 2020-12-11."),
        &[]
    ),
    m!(
        IR,
        Eaeu,
        Observer,
        day!(2024 - 12 - 26),
        None,
        ids!["east-s8", "east-s54"],
        Some(
            "Granted at the Supreme Eurasian Economic Council in St Petersburg / Leningrad Region on 2024-12-26 (request filed 2024-08)."
        ),
        &[]
    ),
    m!(
        RU,
        UnionState,
        Member,
        day!(2000 - 01 - 26),
        None,
        ids!["east-s15", "east-s16", "east-s62"],
        Some("Treaty on the Creation of a Union State signed 1999-12-08 in Moscow; in force 2000-01-26."),
        &[]
    ),
    m!(
        BY,
        UnionState,
        Member,
        day!(2000 - 01 - 26),
        None,
        ids!["east-s15", "east-s16", "east-s62"],
        Some(
            "Treaty signed 1999-12-08 in Moscow; in force 2000-01-26 (date of Belarusian ratification, S16)."
        ),
        &[]
    ),
    m!(
        AM,
        Csto,
        Member,
        day!(1992 - 05 - 15),
        Some(day!(2024 - 02 - 22)),
        ids!["east-s17b", "east-s21"],
        Some(
            "Original CST signatory (Tashkent, 1992-05-15; treaty in force 1994-04-20). Signed the 1999 extension protocol and the 2002 CSTO Charter."
        ),
        &[]
    ),
    m!(
        AM,
        Csto,
        Frozen,
        day!(2024 - 02 - 22),
        None,
        ids!["east-s28", "east-s29", "east-s64", "east-s30", "east-s65", "east-s31", "east-s32"],
        Some(
            "Pashinyan said in a France 24 interview (published Thu 2024-02-22, widely reported 2024-02-23) that Armenia had \"frozen\" its participation. On 2024-06-12 he said \"we will leave\" (no date). Per Russia (2025-03-07) no withdrawal notice was filed and AM \"remains a member\". It skipped the 2025-11-27 Bishkek summit but did not block its documents. No formal withdrawal seen."
        ),
        &[]
    ),
    m!(
        KZ,
        Csto,
        Member,
        day!(1992 - 05 - 15),
        None,
        ids!["east-s17b", "east-s21"],
        Some("Original CST signatory; CSTO Charter founder (signed 2002-10-07, in force 2003-09-18)."),
        &[]
    ),
    m!(
        KG,
        Csto,
        Member,
        day!(1992 - 05 - 15),
        None,
        ids!["east-s17b", "east-s21"],
        Some("Original CST signatory; CSTO Charter founder."),
        &[]
    ),
    m!(
        RU,
        Csto,
        Member,
        day!(1992 - 05 - 15),
        None,
        ids!["east-s17b", "east-s21"],
        Some("Original CST signatory; CSTO Charter founder."),
        &[]
    ),
    m!(
        TJ,
        Csto,
        Member,
        day!(1992 - 05 - 15),
        None,
        ids!["east-s17b", "east-s21"],
        Some("Original CST signatory; CSTO Charter founder."),
        &[]
    ),
    m!(
        UZ,
        Csto,
        Member,
        day!(1992 - 05 - 15),
        Some(day!(1999 - 04 - 20)),
        ids!["east-s17b", "east-s17c", "east-s19"],
        Some(
            "Original CST signatory. Did not sign the 1999-04-02 extension protocol; CST's first 5-year term ended 1999-04-20 (S19). Uzbekistan says it only suspended and never denounced (S27, S22). Two sources say \"1998\" (S23, S74), see Disagreements."
        ),
        &[]
    ),
    m!(
        AZ,
        Csto,
        Member,
        day!(1993 - 09 - 24),
        Some(day!(1999 - 04 - 20)),
        ids!["east-s17a", "east-s63", "east-s19"],
        Some(
            "Acceded to the CST 1993-09-24. Did not sign the 1999 extension protocol; outside the treaty from its expiry on 1999-04-20."
        ),
        &[]
    ),
    m!(
        GE,
        Csto,
        Member,
        day!(1993 - 12 - 09),
        Some(day!(1999 - 04 - 20)),
        ids!["east-s17a", "east-s63", "east-s19"],
        Some(
            "Acceded 1993-12-09 (S18 says 1993-09-09, see Disagreements). Did not sign the 1999 protocol; outside from 1999-04-20."
        ),
        &[reading!(
            "acceded to the Collective Security Treaty on 9 Sep 1993",
            Some(day!(1993 - 09 - 09)),
            ids!["east-s18"]
        )]
    ),
    m!(
        BY,
        Csto,
        Member,
        day!(1993 - 12 - 31),
        None,
        ids!["east-s17a", "east-s63", "east-s21"],
        Some("Acceded to the CST 1993-12-31; CSTO Charter founder."),
        &[]
    ),
    m!(
        UZ,
        Csto,
        Member,
        day!(2006 - 08 - 16),
        Some(day!(2012 - 06 - 28)),
        ids!["east-s23", "east-s24", "east-s75", "east-s22"],
        Some(
            "Return announced at the CSTO summit in Minsk on Fri 2006-06-23 (S22). Protocol restoring membership signed in Sochi 2006-08-16 (S23, S24); ratification law signed 2006-12-13 (S75). 2006-08-16 chosen as the legal start."
        ),
        &[
            UZ_CSTO_RETURN_ANNOUNCED,
            reading!(
                "Uzbekistan sent a note suspending its participation on 20 Jun 2012 (confirmed received 28 Jun 2012); the membership ends there in this reading, and the dataset records it as frozen until the CSTO's Collective Security Council suspended it on 19 Dec 2012",
                Some(day!(2012 - 12 - 19)),
                ids!["east-s24", "east-s25", "east-s26"]
            )
        ]
    ),
    m!(
        UZ,
        Csto,
        Frozen,
        day!(2012 - 06 - 28),
        Some(day!(2012 - 12 - 19)),
        ids!["east-s24", "east-s26", "east-s25"],
        Some(
            "Suspension note sent 2012-06-20, confirmed received 2012-06-28 (S24, S26). The Charter allows no unilateral withdrawal: still a member in law until the Collective Security Council suspended its membership on 2012-12-19 (S25), never restored; most sources call Uzbekistan a former member since then."
        ),
        &[]
    ),
    m!(
        BY,
        Cis,
        Member,
        day!(1991 - 12 - 08),
        None,
        ids!["east-s34a", "east-s35c"],
        Some("Belovezha founder (Agreement signed 1991-12-08). Charter ratified 1994-01-18 (S35c)."),
        &[]
    ),
    m!(
        RU,
        Cis,
        Member,
        day!(1991 - 12 - 08),
        None,
        ids!["east-s34a", "east-s35c"],
        Some("Belovezha founder. Charter ratified 1993-07-20 (S35c)."),
        &[]
    ),
    m!(
        UA,
        Cis,
        Participant,
        day!(1991 - 12 - 08),
        Some(day!(2018 - 05 - 19)),
        ids!["east-s34a", "east-s69", "east-s45", "east-s45b", "east-s47", "east-s48", "east-s46"],
        Some(
            "Belovezha founder; ratified the Agreement in Dec 1991 but never the 1993 Charter, so legally a \"founding state\", not a member. The NSDC decided on 2014-03-19 to begin leaving (S46). The decree recalling all representatives from CIS statutory bodies was signed 2018-05-19. No formal withdrawal (S47)."
        ),
        &[
            reading!(
                "Ukraine's National Security and Defence Council decided on 19 Mar 2014 to begin leaving the CIS; some sources end its participation then",
                Some(day!(2014 - 03 - 19)),
                ids!["east-s46"]
            ),
            reading!(
                "Ukraine has not formally withdrawn from the CIS (CIA World Factbook)",
                None,
                ids!["east-s47"]
            )
        ]
    ),
    m!(
        AM,
        Cis,
        Member,
        day!(1991 - 12 - 21),
        None,
        ids!["east-s34b", "east-s35c"],
        Some("Alma-Ata Protocol signatory 1991-12-21; Charter ratified 1994-03-16."),
        &[]
    ),
    m!(
        AZ,
        Cis,
        Participant,
        day!(1991 - 12 - 21),
        Some(day!(1993 - 09 - 24)),
        ids!["east-s34b", "east-s80"],
        Some(
            "Alma-Ata signatory 1991-12-21; the legislature voted in October 1992 against ratifying membership, and Azerbaijan kept observer status (Library of Congress country study)."
        ),
        &[reading!(
            "after its legislature voted against ratifying membership in October 1992, Azerbaijan retained observer status",
            Some(PartialDate::month(1992, 10)),
            ids!["east-s80"]
        )]
    ),
    m!(
        AZ,
        Cis,
        Member,
        day!(1993 - 09 - 24),
        None,
        ids!["east-s81", "east-s35c", "east-s80"],
        Some(
            "The CIS Council of Heads of State decided Azerbaijan's accession on 1993-09-24, the day the Agreement was ratified; the Charter followed on 1993-12-14 (S35c)."
        ),
        &[]
    ),
    m!(
        KZ,
        Cis,
        Member,
        day!(1991 - 12 - 21),
        None,
        ids!["east-s34b", "east-s35c"],
        Some("Alma-Ata signatory; Charter ratified 1994-04-20."),
        &[]
    ),
    m!(
        KG,
        Cis,
        Member,
        day!(1991 - 12 - 21),
        None,
        ids!["east-s34b", "east-s35c"],
        Some("Alma-Ata signatory; Charter ratified 1994-04-12."),
        &[]
    ),
    m!(
        MD,
        Cis,
        Member,
        day!(1991 - 12 - 21),
        Some(day!(2026 - 01 - 19)),
        ids![
            "east-s34b",
            "east-s35c",
            "east-s49",
            "east-s50",
            "east-s70",
            "east-s51",
            "east-s52",
            "east-s53"
        ],
        Some(
            "Alma-Ata signatory; ratified the Agreement 1994-04-08 and the Charter 1994-06-27. Exit under way: announced 2026-01-19, government approved denunciation 2026-03-11, parliament first reading about 2026-03-20/21, later approved (S53, undated). Exit takes effect 12 months after official notice (S51). No notice date seen, so MD is still legally a member in late 2026."
        ),
        &[]
    ),
    m!(
        MD,
        Cis,
        Frozen,
        day!(2026 - 01 - 19),
        None,
        ids!["east-s82", "east-s49", "east-s51", "east-s50", "east-s70", "east-s52", "east-s53"],
        Some(
            "The foreign minister, announcing the denunciation on 2026-01-19: 'De facto, we suspended our participation some time ago, but legally we were still there' (S82, S49). Frozen from that statement, as Armenia in the CSTO from its prime minister's; the suspension itself is undated. Still a member in law until the exit takes effect, 12 months after official notice (S51); no notice date seen."
        ),
        &[reading!(
            "participation was suspended de facto before the foreign minister said so (undated)",
            None,
            ids!["east-s82"]
        )]
    ),
    m!(
        TJ,
        Cis,
        Member,
        day!(1991 - 12 - 21),
        None,
        ids!["east-s34b", "east-s35c"],
        Some("Alma-Ata signatory; Charter ratified 1993-08-04."),
        &[]
    ),
    m!(
        UZ,
        Cis,
        Member,
        day!(1991 - 12 - 21),
        None,
        ids!["east-s34b", "east-s35c"],
        Some("Alma-Ata signatory; Charter ratified 1994-02-09."),
        &[]
    ),
    m!(
        TM,
        Cis,
        Participant,
        day!(1991 - 12 - 21),
        Some(day!(2005 - 08 - 26)),
        ids!["east-s34b", "east-s35a"],
        Some(
            "Alma-Ata signatory; never ratified the Charter, so never formally a member (S35a), but took part as if it were one."
        ),
        &[]
    ),
    m!(
        TM,
        Cis,
        Associate,
        day!(2005 - 08 - 26),
        None,
        ids!["east-s35a", "east-s44", "east-s76"],
        Some(
            "Associate member from the Kazan summit on Fri 2005-08-26, citing its UN-recognised permanent neutrality."
        ),
        &[]
    ),
    m!(
        GE,
        Cis,
        Member,
        PartialDate::month(1993, 12),
        Some(day!(2008 - 10 - 09)),
        ids!["east-s34a", "east-s36", "east-s37", "east-s38"],
        Some(
            "Accession announced 1993-10-08 (S36). Kremlin: \"joined ... in December 1993\"; a forum post quoting ru-Wikipedia gives Protocol ratification on 1993-12-03 (S37); Goble says March 1994 (S38). Left in 2008-2009, see next row."
        ),
        &[]
    ),
    m!(
        GE,
        Cis,
        Frozen,
        day!(2008 - 10 - 09),
        Some(day!(2009 - 08 - 18)),
        ids!["east-s41", "east-s43", "east-s40", "east-s42", "east-s34a"],
        Some(
            "Saakashvili announced the exit 2008-08-12; parliament resolution 2008-08-14; note delivered 2008-08-18. The CIS foreign ministers suspended Georgia's membership 2008-10-09 \"in accordance with its request\". Exit effective 2009-08-18 (12 months after the note)."
        ),
        &[]
    ),
    m!(
        BE,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some(
            "Founder; signed North Atlantic Treaty 4 Apr 1949; treaty in force 1949-08-24 (N06). See Disagreements #2 for the signing vs entry-into-force start."
        ),
        &[]
    ),
    m!(
        CA,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        DK,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        FR,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07", "west-n19", "west-n05a"],
        Some(
            "Founder; treaty in force 1949-08-24. NOTE ONLY (not a change of membership): left the integrated military command in 1966 (July 1966 per N19) and returned in 2009 (N05a: 4 Apr 2009; Sarkozy announced it in March 2009). Stayed a member throughout."
        ),
        &[]
    ),
    m!(
        IS,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        IT,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        LU,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        NL,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        NO,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        PT,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        GB,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24."),
        &[]
    ),
    m!(
        US,
        Nato,
        Member,
        day!(1949 - 04 - 04),
        None,
        ids!["west-n06", "west-n07"],
        Some("Founder; treaty in force 1949-08-24; US government is the depositary."),
        &[]
    ),
    m!(
        GR,
        Nato,
        Member,
        day!(1952 - 02 - 18),
        None,
        ids!["west-n01"],
        Some(
            "First enlargement; members from the day their instruments of accession were deposited. NOTE ONLY: left NATO's integrated military structure Aug 1974 and came back in Oct 1980 (N20;N21;N05b). It stayed an Alliance member the whole time."
        ),
        &[]
    ),
    m!(
        TR,
        Nato,
        Member,
        day!(1952 - 02 - 18),
        None,
        ids!["west-n01"],
        Some("First enlargement, together with Greece."),
        &[]
    ),
    m!(
        DE,
        Nato,
        Member,
        day!(1955 - 05 - 06),
        None,
        ids!["west-n02", "west-n03", "west-n23", "west-n22"],
        Some(
            "Joined as the Federal Republic of Germany (West Germany) when its instrument of accession was deposited on 6 May 1955. From 1990-10-03 the reunified Germany carries on the same membership, and the former GDR territory joins the Alliance area. No new accession (N22). See Disagreements #1 (9 May 1955)."
        ),
        &[reading!(
            "joined on 9 May 1955, the day of the welcome ceremony and first North Atlantic Council session",
            Some(day!(1955 - 05 - 09)),
            ids!["west-n04"]
        )]
    ),
    m!(
        ES,
        Nato,
        Member,
        day!(1982 - 05 - 30),
        None,
        ids!["west-n08"],
        Some("16th member. See Disagreements #3 (one page says 29 May 1982)."),
        &[]
    ),
    m!(
        CZ,
        Nato,
        Member,
        day!(1999 - 03 - 12),
        None,
        ids!["west-n09", "west-n11a"],
        Some("Czech Republic."),
        &[]
    ),
    m!(HU, Nato, Member, day!(1999 - 03 - 12), None, ids!["west-n09", "west-n11a"], None, &[]),
    m!(PL, Nato, Member, day!(1999 - 03 - 12), None, ids!["west-n09", "west-n11a"], None, &[]),
    m!(BG, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(EE, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(LV, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(LT, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(RO, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(SK, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(SI, Nato, Member, day!(2004 - 03 - 29), None, ids!["west-n10", "west-n11b"], None, &[]),
    m!(
        AL,
        Nato,
        Member,
        day!(2009 - 04 - 01),
        None,
        ids!["west-n12b", "west-n13"],
        Some(
            "Instruments deposited at the State Department on Wednesday 1 Apr 2009. Formally welcomed at the Strasbourg/Kehl summit on 3–4 Apr 2009. Flags raised 7 Apr 2009."
        ),
        &[]
    ),
    m!(
        HR,
        Nato,
        Member,
        day!(2009 - 04 - 01),
        None,
        ids!["west-n12b", "west-n13"],
        Some("Same day as Albania."),
        &[]
    ),
    m!(
        ME,
        Nato,
        Member,
        day!(2017 - 06 - 05),
        None,
        ids!["west-n12a"],
        Some("29th member; instrument of accession deposited in Washington."),
        &[]
    ),
    m!(
        MK,
        Nato,
        Member,
        day!(2020 - 03 - 27),
        None,
        ids!["west-n14"],
        Some("North Macedonia, 30th member; instrument deposited with the US."),
        &[]
    ),
    m!(
        FI,
        Nato,
        Member,
        day!(2023 - 04 - 04),
        None,
        ids!["west-n15", "west-n16"],
        Some(
            "31st member; \"member country at the moment of the deposit\" on 4 Apr 2023 (deposited in Brussels)."
        ),
        &[]
    ),
    m!(
        SE,
        Nato,
        Member,
        day!(2024 - 03 - 07),
        None,
        ids!["west-n17", "west-n18"],
        Some(
            "32nd member; instrument deposited in Washington on 7 Mar 2024. Flag-raising on 11 Mar 2024 was ceremonial."
        ),
        &[]
    ),
    m!(
        BE,
        Eu,
        Member,
        day!(1958 - 01 - 01),
        None,
        ids!["west-e01a"],
        Some(
            "Founder of the EEC/Euratom (Treaty of Rome in force 1 Jan 1958). It was already in the ECSC (1952). The EU proper exists from 1993-11-01 (Maastricht, E08); the membership runs on without a break."
        ),
        &[]
    ),
    m!(
        DE,
        Eu,
        Member,
        day!(1958 - 01 - 01),
        None,
        ids!["west-e01a", "west-e10", "west-e11"],
        Some(
            "Founder as the Federal Republic of Germany (West Germany). The former GDR territory became part of the Communities when Germany reunified on 1990-10-03, with no accession treaty. See Disagreements #5."
        ),
        &[]
    ),
    m!(
        FR,
        Eu,
        Member,
        day!(1958 - 01 - 01),
        None,
        ids!["west-e01a"],
        Some("Founder. EU from 1993-11-01 (E08)."),
        &[]
    ),
    m!(
        IT,
        Eu,
        Member,
        day!(1958 - 01 - 01),
        None,
        ids!["west-e01a"],
        Some("Founder. EU from 1993-11-01 (E08)."),
        &[]
    ),
    m!(
        LU,
        Eu,
        Member,
        day!(1958 - 01 - 01),
        None,
        ids!["west-e01a"],
        Some("Founder. EU from 1993-11-01 (E08)."),
        &[]
    ),
    m!(
        NL,
        Eu,
        Member,
        day!(1958 - 01 - 01),
        None,
        ids!["west-e01a"],
        Some("Founder. EU from 1993-11-01 (E08)."),
        &[]
    ),
    m!(
        DK,
        Eu,
        Member,
        day!(1973 - 01 - 01),
        None,
        ids!["west-e01b"],
        Some(
            "First enlargement. (Greenland, part of the Kingdom of Denmark, left the EC in 1985 (E26b). That is a territorial change: DK stays a member.)"
        ),
        &[]
    ),
    m!(IE, Eu, Member, day!(1973 - 01 - 01), None, ids!["west-e01b"], Some("First enlargement."), &[]),
    m!(
        GB,
        Eu,
        Member,
        day!(1973 - 01 - 01),
        Some(day!(2020 - 02 - 01)),
        ids!["west-e01b", "west-e05", "west-e06", "west-e07"],
        Some(
            "First enlargement. Withdrawal took effect at 23:00 GMT on 31 Jan 2020 (= midnight CET). So 31 Jan 2020 is the last day as a member and the end is 2020-02-01. The transition period to 31 Dec 2020 applied EU law but the UK was no longer a member state (E05;E07)."
        ),
        &[]
    ),
    m!(GR, Eu, Member, day!(1981 - 01 - 01), None, ids!["west-e01c"], None, &[]),
    m!(ES, Eu, Member, day!(1986 - 01 - 01), None, ids!["west-e02a"], None, &[]),
    m!(PT, Eu, Member, day!(1986 - 01 - 01), None, ids!["west-e02a"], None, &[]),
    m!(AT, Eu, Member, day!(1995 - 01 - 01), None, ids!["west-e02b"], None, &[]),
    m!(FI, Eu, Member, day!(1995 - 01 - 01), None, ids!["west-e02b"], None, &[]),
    m!(SE, Eu, Member, day!(1995 - 01 - 01), None, ids!["west-e02b"], None, &[]),
    m!(CY, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(CZ, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], Some("Czechia."), &[]),
    m!(EE, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(HU, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(LV, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(LT, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(MT, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(PL, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(SK, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(SI, Eu, Member, day!(2004 - 05 - 01), None, ids!["west-e02c"], None, &[]),
    m!(BG, Eu, Member, day!(2007 - 01 - 01), None, ids!["west-e03", "west-e04a"], None, &[]),
    m!(RO, Eu, Member, day!(2007 - 01 - 01), None, ids!["west-e03", "west-e04a"], None, &[]),
    m!(
        HR,
        Eu,
        Member,
        day!(2013 - 07 - 01),
        None,
        ids!["west-e04a"],
        Some("28th member state (27 after Brexit)."),
        &[]
    ),
    m!(
        TR,
        Eu,
        Candidate,
        day!(1999 - 12 - 10),
        None,
        ids!["west-e16", "west-e17", "west-e18", "west-e26a"],
        Some(
            "Helsinki European Council (10–11 Dec 1999). EU leaders decided on 10 Dec; Turkey accepted late on 10 Dec; conclusions/Ecevit statement 11 Dec. The month 1999-12 is certain (Disagreements #7). Negotiations opened Oct 2005 and have been effectively frozen since Dec 2016 (E26a). Still formally a candidate."
        ),
        &[reading!(
            "candidate status dated 11 Dec 1999, the date of the Helsinki conclusions",
            Some(day!(1999 - 12 - 11)),
            ids!["west-e17", "west-e18"]
        )]
    ),
    m!(
        MK,
        Eu,
        Candidate,
        day!(2005 - 12 - 17),
        None,
        ids!["west-e19", "west-e20", "west-e21b"],
        Some(
            "North Macedonia (then \"former Yugoslav Republic of Macedonia\"). European Council of 15–16 Dec 2005; decision announced early on Saturday 17 Dec 2005 (E19). One Macedonian source gives \"16/17 December\" (E20). The month 2005-12 is certain (Disagreements #8)."
        ),
        &[reading!("candidate status on 16/17 Dec 2005", Some(day!(2005 - 12 - 16)), ids!["west-e20"])]
    ),
    m!(
        ME,
        Eu,
        Candidate,
        day!(2010 - 12 - 17),
        None,
        ids!["west-e21"],
        Some("Montenegro; European Council decision of 17 Dec 2010."),
        &[]
    ),
    m!(
        RS,
        Eu,
        Candidate,
        day!(2012 - 03 - 01),
        None,
        ids!["west-e22", "west-e22b"],
        Some(
            "Serbia; European Council of 1 Mar 2012 (Van Rompuy tweet on the evening of 1 Mar). See Disagreements #9 (2 Mar / \"by February\")."
        ),
        &[reading!("candidate status on 2 Mar 2012", Some(day!(2012 - 03 - 02)), ids!["west-e23"])]
    ),
    m!(
        AL,
        Eu,
        Candidate,
        day!(2014 - 06 - 27),
        None,
        ids!["west-e24", "west-e25"],
        Some(
            "Albania; the General Affairs Council agreed on 24 Jun 2014 \"subject to endorsement\"; the European Council endorsed it on 27 Jun 2014, which is when it took effect (E25)."
        ),
        &[]
    ),
    m!(
        UA,
        Eu,
        Candidate,
        day!(2022 - 06 - 23),
        None,
        ids!["west-e12", "west-e13"],
        Some("Ukraine; European Council decision of 23 Jun 2022."),
        &[]
    ),
    m!(
        MD,
        Eu,
        Candidate,
        day!(2022 - 06 - 23),
        None,
        ids!["west-e12", "west-e13"],
        Some("Moldova; same decision."),
        &[]
    ),
    m!(
        BA,
        Eu,
        Candidate,
        day!(2022 - 12 - 15),
        None,
        ids!["west-e15", "west-e26a"],
        Some(
            "Bosnia and Herzegovina; European Council decision of 15 Dec 2022 (the General Affairs Council recommended it on 13 Dec)."
        ),
        &[]
    ),
    m!(
        GE,
        Eu,
        Candidate,
        day!(2023 - 12 - 14),
        None,
        ids!["west-e14", "west-e26a"],
        Some(
            "Georgia; European Council decision of 14 Dec 2023. Status since 2024 not researched (see UNCONFIRMED)."
        ),
        &[]
    ),
    m!(
        FR,
        G7,
        Member,
        day!(1975 - 11 - 15),
        None,
        ids!["west-g01a", "west-g15"],
        Some(
            "G6 founder: first summit at Rambouillet, 15–17 Nov 1975. Informal forum with no treaty, so \"membership\" = core summit participant."
        ),
        &[]
    ),
    m!(
        DE,
        G7,
        Member,
        day!(1975 - 11 - 15),
        None,
        ids!["west-g01a", "west-g15"],
        Some("G6 founder as West Germany (Federal Republic). Reunified Germany continues from 1990-10-03."),
        &[]
    ),
    m!(
        IT,
        G7,
        Member,
        day!(1975 - 11 - 15),
        None,
        ids!["west-g01a", "west-g15"],
        Some(
            "G6 founder; Italy was added at Rambouillet as the sixth participant (\"the Five … plus Italy\")."
        ),
        &[]
    ),
    m!(JP, G7, Member, day!(1975 - 11 - 15), None, ids!["west-g01a", "west-g15"], Some("G6 founder."), &[]),
    m!(GB, G7, Member, day!(1975 - 11 - 15), None, ids!["west-g01a", "west-g15"], Some("G6 founder."), &[]),
    m!(US, G7, Member, day!(1975 - 11 - 15), None, ids!["west-g01a", "west-g15"], Some("G6 founder."), &[]),
    m!(
        CA,
        G7,
        Member,
        day!(1976 - 06 - 27),
        None,
        ids!["west-g01b", "west-g02"],
        Some(
            "Joined at the 2nd summit (Dorado/San Juan, Puerto Rico, 27–28 Jun 1976); G6 became G7. The start is the first day of that summit. There was no separate accession act."
        ),
        &[]
    ),
    m!(
        RU,
        G7,
        Member,
        day!(1998 - 05 - 15),
        Some(day!(2014 - 03 - 25)),
        ids![
            "west-g05a",
            "west-g07",
            "west-g12",
            "west-g13",
            "west-g05b",
            "west-g08",
            "west-g09",
            "west-g10"
        ],
        Some(
            "G8 period. Russia was a \"full member\" and the group was renamed G8 at the Birmingham summit (15–17 May 1998) (G07). It took part partially from 1994 (political talks) and in most sessions from the Denver \"Summit of the Eight\" (20–22 Jun 1997) (G05a;G06;G14). See Disagreements #10. End: the G7 Hague Declaration of Mon 24 Mar 2014 suspended participation in the G8, issued that night (G10), so 24 Mar is the last day in the G8 and the end is 2014-03-25, as for the UK's EU exit at the end of 31 Jan 2020. See Disagreements #11."
        ),
        &[
            reading!(
                "the G8 ended for Russia on 24 Mar 2014, the date of the Hague Declaration",
                Some(day!(2014 - 03 - 24)),
                ids!["west-g08", "west-g09"]
            ),
            reading!(
                "the G8 met for the first time at the Denver 'Summit of the Eight', 20-22 Jun 1997",
                Some(day!(1997 - 06 - 20)),
                ids!["west-g05a", "west-g14"]
            )
        ]
    ),
    m!(
        CN,
        Sco,
        Member,
        day!(2001 - 06 - 15),
        None,
        ids!["forums-s1", "forums-s2", "forums-s3"],
        Some(
            "founding member (Declaration on the establishment of SCO, Shanghai). Precursor Shanghai Five 1996-04-26 (CN,KZ,KG,RU,TJ) - note only, not an SCO period (S1,S3)"
        ),
        &[]
    ),
    m!(
        KZ,
        Sco,
        Member,
        day!(2001 - 06 - 15),
        None,
        ids!["forums-s1", "forums-s2", "forums-s3"],
        Some("founding member; in Shanghai Five since 1996-04-26 (note only)"),
        &[]
    ),
    m!(
        KG,
        Sco,
        Member,
        day!(2001 - 06 - 15),
        None,
        ids!["forums-s1", "forums-s2", "forums-s3"],
        Some("founding member; in Shanghai Five since 1996-04-26 (note only)"),
        &[]
    ),
    m!(
        RU,
        Sco,
        Member,
        day!(2001 - 06 - 15),
        None,
        ids!["forums-s1", "forums-s2", "forums-s3"],
        Some("founding member; in Shanghai Five since 1996-04-26 (note only)"),
        &[]
    ),
    m!(
        TJ,
        Sco,
        Member,
        day!(2001 - 06 - 15),
        None,
        ids!["forums-s1", "forums-s2", "forums-s3"],
        Some("founding member; in Shanghai Five since 1996-04-26 (note only)"),
        &[]
    ),
    m!(
        UZ,
        Sco,
        Member,
        day!(2001 - 06 - 15),
        None,
        ids!["forums-s1", "forums-s2", "forums-s3"],
        Some("founding member; was NOT in Shanghai Five"),
        &[]
    ),
    m!(
        MN,
        Sco,
        Observer,
        day!(2004 - 06 - 17),
        Some(day!(2025 - 09 - 01)),
        ids!["forums-s4", "forums-s5", "forums-s21", "forums-s20"],
        Some(
            "derived day: \"first observer, at the Tashkent Summit 2004\" (S4) + Tashkent summit held 2004-06-17 (S5). Still listed as observer Aug 2025 (S21). The Tianjin summit of 2025-09-01 merged observer and dialogue-partner status into a single \"SCO partner\" status (S20, TASS)."
        ),
        &[]
    ),
    m!(
        MN,
        Sco,
        Partner,
        day!(2025 - 09 - 01),
        None,
        ids!["forums-s20", "forums-s20b"],
        Some(
            "Observer status merged into \"SCO partner\" by the Tianjin decision of 2025-09-01; TASS counts the two former observers among the 17 partners."
        ),
        &[]
    ),
    m!(
        IN,
        Sco,
        Observer,
        day!(2005 - 07 - 05),
        Some(day!(2017 - 06 - 09)),
        ids!["forums-s6", "forums-s7", "forums-s8"],
        Some("granted at Astana CHS meeting 2005-07-05 (S6); Astana declaration dated 2005-07-05 (S7)"),
        &[]
    ),
    m!(
        PK,
        Sco,
        Observer,
        day!(2005 - 07 - 05),
        Some(day!(2017 - 06 - 09)),
        ids!["forums-s6", "forums-s7", "forums-s8"],
        Some("as IN"),
        &[]
    ),
    m!(
        IR,
        Sco,
        Observer,
        day!(2005 - 07 - 05),
        Some(day!(2023 - 07 - 04)),
        ids!["forums-s6", "forums-s7", "forums-s8", "forums-s14"],
        Some("as IN; ended when IR became member"),
        &[]
    ),
    m!(
        IN,
        Sco,
        Member,
        day!(2017 - 06 - 09),
        None,
        ids!["forums-s9", "forums-s10", "forums-s3", "forums-s6"],
        Some(
            "Astana summit (8-9 Jun 2017); admission on Friday 9 Jun. Accession procedure launched Ufa 2015-07-10, memoranda signed Tashkent 2016-06 (S10,S69)"
        ),
        &[]
    ),
    m!(
        PK,
        Sco,
        Member,
        day!(2017 - 06 - 09),
        None,
        ids!["forums-s9", "forums-s10", "forums-s3", "forums-s6"],
        Some("as IN"),
        &[]
    ),
    m!(
        AF,
        Sco,
        Observer,
        day!(2012 - 06 - 07),
        Some(day!(2025 - 09 - 01)),
        ids!["forums-s11", "forums-s12", "forums-s21", "forums-s20"],
        Some(
            "Beijing summit 6-7 Jun 2012, announced by Hu Jintao Thursday 7 Jun. Still listed Aug 2025 (S21); see Tianjin merge note under MN; status after Aug 2021 takeover not verified (UNCONFIRMED)"
        ),
        &[]
    ),
    m!(
        AF,
        Sco,
        Partner,
        day!(2025 - 09 - 01),
        None,
        ids!["forums-s20", "forums-s20b"],
        Some(
            "Observer status merged into \"SCO partner\" by the Tianjin decision of 2025-09-01 (TASS counts Afghanistan among the former observers); its participation since the Taliban takeover of August 2021 was not verified."
        ),
        &[]
    ),
    m!(
        IR,
        Sco,
        Member,
        day!(2023 - 07 - 04),
        None,
        ids!["forums-s13", "forums-s14", "forums-s15b"],
        Some("23rd CHS meeting (virtual, chaired by India), Tuesday 4 Jul 2023"),
        &[]
    ),
    m!(
        BY,
        Sco,
        Partner,
        PartialDate::month(2009, 6),
        Some(day!(2015 - 07 - 10)),
        ids!["forums-s67", "forums-s68", "forums-s16", "forums-s17b", "forums-s66"],
        Some(
            "dialogue partner by decision of the Yekaterinburg summit (15-16 Jun 2009; day of the decision not found), the memorandum to follow; ended on upgrade to observer"
        ),
        &[reading!(
            "Belarus has been a dialogue partner since 2010 (probably the memorandum's year)",
            Some(PartialDate::year(2010)),
            ids!["forums-s16", "forums-s17b"]
        )]
    ),
    m!(
        LK,
        Sco,
        Partner,
        PartialDate::month(2009, 6),
        None,
        ids!["forums-s68", "forums-s67", "forums-s20b"],
        Some(
            "dialogue partner by decision of the Yekaterinburg summit (15-16 Jun 2009), with Belarus; listed among the dialogue partners before the Tianjin merge of 2025-09-01, and a \"SCO partner\" since"
        ),
        &[]
    ),
    m!(
        EG,
        Sco,
        Partner,
        day!(2021 - 09 - 17),
        None,
        ids!["forums-s69", "forums-s71", "forums-s80", "forums-s20b"],
        Some(
            "Dushanbe summit (16-17 Sep 2021; heads of state met on 17 Sep) approved granting dialogue-partner status; the memorandum was signed in Tashkent on 14 Sep 2022. Dated from the decision, as the other SCO partners; a \"SCO partner\" since the Tianjin merge of 2025-09-01."
        ),
        &[reading!(
            "granted the status by the memorandum signed in Tashkent on 14 Sep 2022, 'following the admission procedure launched in September 2021' (Uzbek foreign ministry)",
            Some(day!(2022 - 09 - 14)),
            ids!["forums-s71"]
        )]
    ),
    m!(
        QA,
        Sco,
        Partner,
        day!(2021 - 09 - 17),
        None,
        ids!["forums-s69", "forums-s71", "forums-s80", "forums-s20b"],
        Some(
            "As Egypt: Dushanbe decision 17 Sep 2021; memorandum signed in Tashkent on 14 Sep 2022 (Qatar's foreign ministry)."
        ),
        &[reading!(
            "granted the status by the memorandum signed in Tashkent on 14 Sep 2022",
            Some(day!(2022 - 09 - 14)),
            ids!["forums-s72", "forums-s71"]
        )]
    ),
    m!(
        SA,
        Sco,
        Partner,
        day!(2021 - 09 - 17),
        None,
        ids!["forums-s69", "forums-s70", "forums-s80", "forums-s20b"],
        Some(
            "Dushanbe decision of 17 Sep 2021 (the SCO Secretariat: 'the September 2021 decision by the SCO Heads of State Council to grant dialogue partner status'). The memorandum's signing day is not confirmed: Sputnik says September 2022 at Samarkand; the Saudi cabinet approved it on 28 Mar 2023."
        ),
        &[reading!(
            "the memorandum was signed in September 2022 at the Samarkand summit (Sputnik, citing the Saudi Press Agency)",
            Some(PartialDate::month(2022, 9)),
            ids!["forums-s75"]
        )]
    ),
    m!(
        BH,
        Sco,
        Partner,
        day!(2022 - 09 - 16),
        None,
        ids!["forums-s73", "forums-s80", "forums-s74", "forums-s20b"],
        Some(
            "Samarkand summit, heads of state on 16 Sep 2022: 'granting' the status (Uzbek government release), 'the beginning of procedures for granting' it (Mirziyoyev, TASS). Memorandum signed on 15 Jul 2023 by Bahrain's ambassador to China. Dated from the decision, as the other SCO partners."
        ),
        &[reading!(
            "the memorandum granting the status was signed on 15 Jul 2023",
            Some(day!(2023 - 07 - 15)),
            ids!["forums-s76"]
        )]
    ),
    m!(
        KW,
        Sco,
        Partner,
        day!(2022 - 09 - 16),
        None,
        ids!["forums-s73", "forums-s80", "forums-s74", "forums-s20b"],
        Some(
            "Samarkand decision of 16 Sep 2022 (see BH); memorandum signed at the foreign ministers' meeting in India on 4-5 May 2023 (KUNA)."
        ),
        &[reading!(
            "the memorandum was signed at the SCO foreign ministers' meeting in India, 4-5 May 2023",
            Some(PartialDate::month(2023, 5)),
            ids!["forums-s77", "forums-s79"]
        )]
    ),
    m!(
        MV,
        Sco,
        Partner,
        day!(2022 - 09 - 16),
        None,
        ids!["forums-s73", "forums-s80", "forums-s74", "forums-s20b"],
        Some(
            "Samarkand decision of 16 Sep 2022 (see BH), prepared by the foreign ministers in Tashkent, 27-28 Jul 2022; memorandum signed in May 2023."
        ),
        &[
            reading!(
                "the memorandum was signed at the SCO foreign ministers' meeting in India in May 2023",
                Some(PartialDate::month(2023, 5)),
                ids!["forums-s79"]
            ),
            reading!(
                "granted in the Samarkand Declaration on 15 Sep 2022 (Times of Addu)",
                Some(day!(2022 - 09 - 15)),
                ids!["forums-s81"]
            )
        ]
    ),
    m!(
        MM,
        Sco,
        Partner,
        day!(2022 - 09 - 16),
        None,
        ids!["forums-s73", "forums-s80", "forums-s74", "forums-s20b"],
        Some("Samarkand decision of 16 Sep 2022 (see BH); memorandum signed in May 2023."),
        &[reading!(
            "the memorandum was signed at the SCO foreign ministers' meeting in India in May 2023",
            Some(PartialDate::month(2023, 5)),
            ids!["forums-s79"]
        )]
    ),
    m!(
        AE,
        Sco,
        Partner,
        day!(2022 - 09 - 16),
        None,
        ids!["forums-s73", "forums-s80", "forums-s74", "forums-s20b"],
        Some(
            "Samarkand decision of 16 Sep 2022 (see BH); memorandum signed by the UAE's ambassador to India at the foreign ministers' meeting in Goa, May 2023 (WAM)."
        ),
        &[reading!(
            "the memorandum was signed at the SCO foreign ministers' meeting in Goa in May 2023",
            Some(PartialDate::month(2023, 5)),
            ids!["forums-s78", "forums-s79"]
        )]
    ),
    m!(
        BY,
        Sco,
        Observer,
        day!(2015 - 07 - 10),
        Some(day!(2024 - 07 - 04)),
        ids!["forums-s16", "forums-s17", "forums-s18"],
        Some(
            "derived day: \"at the Ufa summit Belarus was granted observer status\" (S17) + one-day summit held 10 Jul 2015 (S18); \"since 2015 as an observer\" (S16)"
        ),
        &[]
    ),
    m!(
        BY,
        Sco,
        Member,
        day!(2024 - 07 - 04),
        None,
        ids!["forums-s15", "forums-s16", "forums-s21"],
        Some("Astana CHS meeting, Thursday 4 Jul 2024; 10th member"),
        &[]
    ),
    m!(
        TR,
        Sco,
        Partner,
        day!(2012 - 06 - 07),
        None,
        ids!["forums-s11", "forums-s12"],
        Some("dialogue partner, Beijing summit (optional item)"),
        &[]
    ),
    m!(
        AM,
        Sco,
        Partner,
        day!(2015 - 07 - 10),
        None,
        ids!["forums-s18", "forums-s19"],
        Some(
            "dialogue partner by CHS decision Ufa 2015-07-10; memorandum signed 2016-04-16 and in force from signature (S19) - if the memorandum date is preferred use 2016-04-16 (optional item)"
        ),
        &[]
    ),
    m!(
        AZ,
        Sco,
        Partner,
        day!(2015 - 07 - 10),
        None,
        ids!["forums-s18", "forums-s19"],
        Some("dialogue partner by Ufa decision; memorandum signed later (date not captured) (optional item)"),
        &[]
    ),
    m!(
        KH,
        Sco,
        Partner,
        day!(2015 - 07 - 10),
        None,
        ids!["forums-s18", "forums-s19"],
        Some("dialogue partner by Ufa decision; memorandum date not captured (optional item)"),
        &[]
    ),
    m!(
        NP,
        Sco,
        Partner,
        day!(2015 - 07 - 10),
        None,
        ids!["forums-s18", "forums-s19"],
        Some("dialogue partner by Ufa decision; memorandum date not captured (optional item)"),
        &[]
    ),
    m!(
        LA,
        Sco,
        Partner,
        day!(2025 - 09 - 01),
        None,
        ids!["forums-s22b"],
        Some("Laos granted dialogue partner status at Tianjin summit (optional item)"),
        &[]
    ),
    m!(
        BR,
        Brics,
        Member,
        day!(2009 - 06 - 16),
        None,
        ids!["forums-s23", "forums-s24"],
        Some(
            "first BRIC leaders' summit, Yekaterinburg. Alternative reading: grouping dates from BRIC FM meeting, New York, Sept 2006 (S24,S62) - see Disagreements"
        ),
        &[reading!(
            "the grouping dates from the BRIC foreign ministers' meeting in New York, Sep 2006",
            Some(PartialDate::month(2006, 9)),
            ids!["forums-s24", "forums-s62"]
        )]
    ),
    m!(
        RU,
        Brics,
        Member,
        day!(2009 - 06 - 16),
        None,
        ids!["forums-s23", "forums-s24"],
        Some("as BR"),
        &[reading!(
            "the grouping dates from the BRIC foreign ministers' meeting in New York, Sep 2006",
            Some(PartialDate::month(2006, 9)),
            ids!["forums-s24", "forums-s62"]
        )]
    ),
    m!(
        IN,
        Brics,
        Member,
        day!(2009 - 06 - 16),
        None,
        ids!["forums-s23", "forums-s24"],
        Some("as BR"),
        &[reading!(
            "the grouping dates from the BRIC foreign ministers' meeting in New York, Sep 2006",
            Some(PartialDate::month(2006, 9)),
            ids!["forums-s24", "forums-s62"]
        )]
    ),
    m!(
        CN,
        Brics,
        Member,
        day!(2009 - 06 - 16),
        None,
        ids!["forums-s23", "forums-s24"],
        Some("as BR"),
        &[reading!(
            "the grouping dates from the BRIC foreign ministers' meeting in New York, Sep 2006",
            Some(PartialDate::month(2006, 9)),
            ids!["forums-s24", "forums-s62"]
        )]
    ),
    m!(
        ZA,
        Brics,
        Member,
        day!(2010 - 12 - 24),
        None,
        ids!["forums-s25", "forums-s26", "forums-s27", "forums-s62"],
        Some(
            "South Africa. Publicly announced in Pretoria Fri 2010-12-24 (S26); Xinhua: Yang Jiechi said Thu (2010-12-23) BRIC \"has accepted South Africa as a full member\" (S25). First summit attended: Sanya, 2011-04-14 (S62,S28). See Disagreements"
        ),
        &[reading!(
            "accepted as a full member on 23 Dec 2010, per China's foreign minister Yang Jiechi",
            Some(day!(2010 - 12 - 23)),
            ids!["forums-s25"]
        )]
    ),
    m!(
        EG,
        Brics,
        Invitee,
        day!(2023 - 08 - 24),
        Some(day!(2024 - 01 - 01)),
        ids!["forums-s29", "forums-s30"],
        Some("invited at Johannesburg summit (announced Thu 24 Aug 2023), effective 1 Jan 2024"),
        &[]
    ),
    m!(
        ET,
        Brics,
        Invitee,
        day!(2023 - 08 - 24),
        Some(day!(2024 - 01 - 01)),
        ids!["forums-s29", "forums-s30"],
        Some("as EG"),
        &[]
    ),
    m!(
        IR,
        Brics,
        Invitee,
        day!(2023 - 08 - 24),
        Some(day!(2024 - 01 - 01)),
        ids!["forums-s29", "forums-s30"],
        Some("as EG"),
        &[]
    ),
    m!(
        AE,
        Brics,
        Invitee,
        day!(2023 - 08 - 24),
        Some(day!(2024 - 01 - 01)),
        ids!["forums-s29", "forums-s30"],
        Some("as EG"),
        &[]
    ),
    m!(
        EG,
        Brics,
        Member,
        day!(2024 - 01 - 01),
        None,
        ids!["forums-s31", "forums-s32", "forums-s64"],
        Some("formally full member from 1 Jan 2024 (start of Russian chairmanship)"),
        &[]
    ),
    m!(
        ET,
        Brics,
        Member,
        day!(2024 - 01 - 01),
        None,
        ids!["forums-s31", "forums-s32", "forums-s64"],
        Some("as EG"),
        &[]
    ),
    m!(
        IR,
        Brics,
        Member,
        day!(2024 - 01 - 01),
        None,
        ids!["forums-s31", "forums-s32", "forums-s64"],
        Some("as EG"),
        &[]
    ),
    m!(
        AE,
        Brics,
        Member,
        day!(2024 - 01 - 01),
        None,
        ids!["forums-s31", "forums-s32", "forums-s64"],
        Some("as EG"),
        &[]
    ),
    m!(
        SA,
        Brics,
        Invitee,
        day!(2023 - 08 - 24),
        None,
        ids![
            "forums-s29",
            "forums-s30",
            "forums-s33",
            "forums-s33b",
            "forums-s36",
            "forums-s37",
            "forums-s38"
        ],
        Some(
            "Saudi Arabia. Reading B (recommended for \"who is a member\"): invited, never formalised - still \"evaluating\" Jan 2025 (S36), \"never officialised its entry\" Jun 2025 (S38). See Disagreements"
        ),
        &[reading!(
            "a full member since 1 Jan 2024: so listed by Russia's BRICS chairmanship and TASS, a Saudi state TV report and South Africa's foreign minister; Saudi officials said in 2024 and Jan 2025 that membership was still under consideration, so this dataset keeps Saudi Arabia as invited",
            Some(day!(2024 - 01 - 01)),
            ids!["forums-s31", "forums-s32", "forums-s35", "forums-s34"]
        )]
    ),
    m!(
        AR,
        Brics,
        Invitee,
        day!(2023 - 08 - 24),
        Some(day!(2023 - 12 - 29)),
        ids!["forums-s29", "forums-s30", "forums-s39", "forums-s40"],
        Some(
            "Argentina invited; declined by Milei letters (published/notified 29 Dec 2023; letter received in Brasilia 22 Dec per S40). Never a member"
        ),
        &[reading!(
            "Milei's letter declining the invitation reached Brasília on 22 Dec 2023",
            Some(day!(2023 - 12 - 22)),
            ids!["forums-s40"]
        )]
    ),
    m!(
        BY,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16", "forums-k26"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted by Lukashenko's letter of 5 Nov 2024; partner from 1 Jan 2025."
        ),
        &[
            KAZAN_LIST_ANNOUNCED,
            reading!(
                "Belarus's foreign ministry counts Belarus a partner from its reply of 5 Nov 2024",
                Some(day!(2024 - 11 - 05)),
                ids!["forums-k26"]
            )
        ]
    ),
    m!(
        BY,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some(
            "partner-country category created Kazan summit Oct 2024; partners from 1 Jan 2025 (Russian MFA / Ushakov)"
        ),
        &[]
    ),
    m!(
        BO,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted (day not confirmed); partner from 1 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        BO,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some("as BY"),
        &[]
    ),
    m!(
        KZ,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16", "forums-k22"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted; partner from 1 Jan 2025 (its foreign ministry confirmed on 24 Dec 2024)."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        KZ,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-k22", "forums-s54"],
        Some(
            "as BY; Kazakhstan did not decline partner status: its statement of Oct 2024 was that it would not apply for membership (S53); its foreign ministry confirmed the partner status on 24 Dec 2024 (K22); Tokayev in 2025 calls KZ status \"observer\" (S54)"
        ),
        &[]
    ),
    m!(
        CU,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted (day not confirmed); partner from 1 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        CU,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some("as BY"),
        &[]
    ),
    m!(
        MY,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); formal invitation in mid-November 2024, accepted (day not confirmed); partner from 1 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        MY,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some("as BY"),
        &[]
    ),
    m!(
        TH,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16", "forums-k34"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); formal invitation received on 31 Oct 2024, accepted on 24 Dec 2024; partner from 1 Jan 2025."
        ),
        &[
            KAZAN_LIST_ANNOUNCED,
            reading!(
                "Thailand received its formal invitation on 31 Oct 2024",
                Some(day!(2024 - 10 - 31)),
                ids!["forums-k34"]
            )
        ]
    ),
    m!(
        TH,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some("as BY"),
        &[]
    ),
    m!(
        UG,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted (day not confirmed); partner from 1 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        UG,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some("as BY"),
        &[]
    ),
    m!(
        UZ,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted (day not confirmed); partner from 1 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        UZ,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        None,
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some("as BY"),
        &[]
    ),
    m!(
        ID,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 01)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); accepted (day not confirmed); partner from 1 Jan 2025, member from 6 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        ID,
        Brics,
        Partner,
        day!(2025 - 01 - 01),
        Some(day!(2025 - 01 - 06)),
        ids!["forums-s41", "forums-s42", "forums-s43"],
        Some(
            "Indonesia was in the Russian MFA list of partners from 1 Jan 2025 and \"initially named as a BRICS partner\" (S43) before being made a full member"
        ),
        &[]
    ),
    m!(
        ID,
        Brics,
        Member,
        day!(2025 - 01 - 06),
        None,
        ids!["forums-s44", "forums-s45", "forums-s43"],
        Some("announced by Brazil (chair) Monday 6 Jan 2025; candidacy approved at Johannesburg 2023"),
        &[]
    ),
    m!(
        NG,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 01 - 17)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); still without an answer on 23 Dec 2024; partner from 17 Jan 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        NG,
        Brics,
        Partner,
        day!(2025 - 01 - 17),
        None,
        ids!["forums-s46", "forums-s47", "forums-s48"],
        Some("announced by Brazilian MFA Friday 17 Jan 2025"),
        &[]
    ),
    m!(
        VN,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        Some(day!(2025 - 06 - 13)),
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16"],
        Some(
            "On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); partner from 13 Jun 2025."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        VN,
        Brics,
        Partner,
        day!(2025 - 06 - 13),
        None,
        ids!["forums-s49", "forums-s50", "forums-s51", "forums-s52", "forums-s53b"],
        Some(
            "announced by Brazilian chair Friday 13 Jun 2025 (Brasilia date); Vietnamese sources date it 14 Jun (Hanoi time). See Disagreements"
        ),
        &[reading!(
            "partner from 14 Jun 2025, the Hanoi date of the same announcement",
            Some(day!(2025 - 06 - 14)),
            ids!["forums-s52"]
        )]
    ),
    m!(
        DZ,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        None,
        ids!["forums-k01", "forums-k02", "forums-k03", "forums-k16", "forums-s55", "forums-s42"],
        Some(
            "Algeria: On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); no answer found (as of the sources checked, to July 2025); the invitation is to partner status, not membership."
        ),
        &[KAZAN_LIST_ANNOUNCED]
    ),
    m!(
        TR,
        Brics,
        Invitee,
        day!(2024 - 10 - 23),
        None,
        ids![
            "forums-k01",
            "forums-k02",
            "forums-k03",
            "forums-k16",
            "forums-s55",
            "forums-s42",
            "forums-k45",
            "forums-k48"
        ],
        Some(
            "Türkiye: On the list of 13 countries the leaders agreed at Kazan on 23 Oct 2024 to invite to the new partner-country category (the names were not published officially); the trade minister confirmed the offer on 13 Nov 2024; 'Ankara has not yet responded formally to the offer' (8 Jul 2025). The invitation is to partner status, not membership."
        ),
        &[
            KAZAN_LIST_ANNOUNCED,
            reading!(
                "the offer was first confirmed by Türkiye's trade minister on 13 Nov 2024",
                Some(day!(2024 - 11 - 13)),
                ids!["forums-k45"]
            )
        ]
    ),
];
