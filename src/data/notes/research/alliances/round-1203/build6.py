#!/usr/bin/env python3
"""Batch 6 of the 2026-12-03 round: Vietnam's and Serbia's strategic
partnerships (research/alliances/vn-rs-partnerships). Each declaration or
joint statement is effective from its date, as the dataset's other
declarations are; an upgrade of an existing partnership is an event on its
record. Writes records6.json and sources6.tsv.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402


def decl(cid, a, b, name, short, day, sources, note, events=(), alternatives=()):
    r = {
        "id": cid,
        "name": name,
        "short_name": short,
        "kind": "strategic_partnership",
        "parties": [{"country": c, "period": {"start": day}} for c in sorted([a, b])],
        "signed": day,
        "in_force": day,
        "term": {"rule": "not_applicable"},
        "events": list(events),
        "sources": sources,
        "note": note,
    }
    if alternatives:
        r["alternatives"] = list(alternatives)
    return r


EARLIER = " An earlier, lesser partnership it upgraded is not recorded, so the tie starts here."
records = [
    {
        "id": "ru-vn-1994",
        "name": "Treaty on the Basic Principles of Friendly Relations between the Socialist Republic of Vietnam and the Russian Federation",
        "short_name": "Russia–Vietnam Treaty on the Basic Principles of Friendly Relations (1994)",
        "kind": "basic_relations",
        "parties": [{"country": "RU", "period": {"start": "1994-06-16"}}, {"country": "VN", "period": {"start": "1994-06-16"}}],
        "signed": "1994-06-16",
        "term": {"rule": "unknown"},
        "events": [ev("2024-06", "operative", "On the treaty's 30th anniversary a deputy director of the Russian Academy of Sciences' Institute of Oriental Studies says it has been automatically extended four times (VOV): the only dated evidence found that it is in operation, not the earliest; its entry into force was not found", ["vnrs-s3"])],
        "sources": ["vnrs-s1", "vnrs-s2", "vnrs-s3"],
        "note": "Signed in Moscow on 16 Jun 1994 during Prime Minister Vo Van Kiet's visit (VOV; Tạp chí Cộng sản, which calls it the legal instrument replacing the 1978 treaty); an older VOV article gives 14 Jun 1994. Its entry into force and term were not found, so the record reads it in operation only from June 2024 (an `operative` event): the tie is missing before then, never added early.",
    },
    decl("ru-vn-2001", "RU", "VN", "Declaration on Strategic Partnership between the Russian Federation and the Socialist Republic of Vietnam", "Russia–Vietnam Declaration on Strategic Partnership (2001)", "2001-03-01",
         ["vnrs-s4", "vnrs-s5", "vnrs-s38"],
         "Signed in Hanoi on 1 Mar 2001 by Presidents Putin and Tran Duc Luong (RIA Novosti, Reuters; the Russian foreign ministry on its 20th anniversary via Nhân Dân).",
         [ev("2012-07-27", "statement", "A joint statement after Presidents Truong Tan Sang's and Putin's talks in Sochi raises the partnership to a comprehensive strategic partnership (Tuổi Trẻ/VNA; VOVworld)", ["vnrs-s7", "vnrs-s8"])]),
    decl("cn-vn-2008", "CN", "VN", "Joint Statement between China and Vietnam (comprehensive strategic cooperative partnership)", "China–Vietnam comprehensive strategic cooperative partnership (2008)", "2008-06-01",
         ["vnrs-s10", "vnrs-s11", "vnrs-s15", "vnrs-s16"],
         "The joint statement released on 1 Jun 2008 at the end of General Secretary Nong Duc Manh's visit of 30 May\u20132 Jun (VNA; the PRC consulate's text); Xinhua and SGGP say the comprehensive strategic cooperative partnership was agreed during the visit in May 2008, kept as a reading. The sentence establishing it was not seen in the excerpt.",
         alternatives=[{"says": "agreed in May 2008, during the visit (Xinhua feature, 2023; SGGP)", "date": "2008-05", "sources": ["vnrs-s15", "vnrs-s16"]}]),
    decl("us-vn-2023", "US", "VN", "Joint Leaders' Statement: Elevating United States-Vietnam Relations to a Comprehensive Strategic Partnership", "US–Vietnam Comprehensive Strategic Partnership (2023)", "2023-09-10",
         ["vnrs-s13", "vnrs-s14"],
         "Adopted in Hanoi on 10 Sep 2023 by General Secretary Nguyen Phu Trong and President Biden (VNA's full text; the White House original was not seen)." + EARLIER),
    decl("in-vn-2016", "IN", "VN", "India–Vietnam Comprehensive Strategic Partnership (joint statement of 3 Sep 2016)", "India–Vietnam Comprehensive Strategic Partnership (2016)", "2016-09-03",
         ["vnrs-s40", "vnrs-s39", "vnrs-s18", "vnrs-s17"],
         "Prime Ministers Modi and Nguyen Xuan Phuc elevated the strategic partnership to a comprehensive one at their talks in Hanoi on 3 Sep 2016 (IANS; VNA); the joint statement's title was not found." + EARLIER),
    decl("jp-vn-2023", "JP", "VN", "Joint Statement on the Elevation of Relations to a Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World", "Japan–Vietnam Comprehensive Strategic Partnership (2023)", "2023-11-27",
         ["vnrs-s19", "vnrs-s20", "vnrs-s41"],
         "Issued in Tokyo on 27 Nov 2023 by President Vo Van Thuong and Prime Minister Kishida (VNA; VOV); the title is Việt Nam News's rendering, Japan's original not seen." + EARLIER),
    decl("kr-vn-2022", "KR", "VN", "Vietnam - Korea Joint Statement on Comprehensive Strategic Partnership", "South Korea–Vietnam Comprehensive Strategic Partnership (2022)", "2022-12-05",
         ["vnrs-s21", "vnrs-s22"],
         "Agreed by Presidents Yoon Suk-yeol and Nguyen Xuan Phuc at their summit in Seoul on 5 Dec 2022 (Yonhap); the title as the Vietnamese Government Portal renders it." + EARLIER),
    decl("au-vn-2024", "AU", "VN", "Australia–Vietnam Comprehensive Strategic Partnership (joint statement of 7 Mar 2024)", "Australia–Vietnam Comprehensive Strategic Partnership (2024)", "2024-03-07",
         ["vnrs-s23", "vnrs-s42"],
         "Announced by Prime Ministers Albanese and Pham Minh Chinh at their Annual Leaders' Meeting in Canberra on 7 Mar 2024 (the joint statement via VNA; Reuters); its title was not found." + EARLIER),
    decl("fr-vn-2024", "FR", "VN", "Déclaration conjointe sur l'établissement d'un partenariat stratégique global entre la France et le Vietnam", "France–Vietnam Comprehensive Strategic Partnership (2024)", "2024-10-07",
         ["vnrs-s24", "vnrs-s25", "vnrs-s43"],
         "Announced by General Secretary and President To Lam and President Macron at the Élysée on 7 Oct 2024 (VNA; the Vietnamese foreign ministry via Tuoi Tre); VNA gives the title in more than one wording." + EARLIER),
    decl("rs-ru-2013", "RS", "RU", "Declaration on Strategic Partnership between Russia and Serbia", "Russia–Serbia Declaration on Strategic Partnership (2013)", "2013-05-24",
         ["vnrs-s27", "vnrs-s29", "vnrs-s26", "vnrs-s28"],
         "Signed in Sochi on 24 May 2013 by Presidents Putin and Nikolić (a same-day report citing the Kremlin; Sputnik; the Kremlin's remarks). No later treaty was found."),
    decl("cn-rs-2016", "CN", "RS", "Joint Statement of the People's Republic of China and the Republic of Serbia on Establishing a Comprehensive Strategic Partnership", "China–Serbia Comprehensive Strategic Partnership (2016)", "2016-06-18",
         ["vnrs-s31", "vnrs-s30", "vnrs-s33"],
         "Signed in Belgrade on 18 Jun 2016 by Presidents Xi and Nikolić (Xinhua; China Daily); the title from the 2024 joint statement, translated.",
         [ev("2024-05-08", "statement", "Presidents Xi and Vučić sign in Belgrade a joint statement deepening the partnership and building a China–Serbia community with a shared future in the new era (Xinhua)", ["vnrs-s32", "vnrs-s34"])]),
]
write(records, HERE, "6")
