#!/usr/bin/env python3
"""Round 1203d, first batch: the Soviet Union's treaties of friendship and
cooperation with Somalia (1974), Angola (1976) and Mozambique (1977), from
the `soviet-africa` round (50 searches). Writes records-sovaf.json and
sources-sovaf.tsv for apply_treaties.py.

Left out (no entry into force and no dated evidence of operation found):
Ethiopia 1978, South Yemen 1979, Congo 1981 (see soviet-africa/NOTES.md).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from research_lib import ev, write  # noqa: E402

S = "soviet-africa-s"
SU_END = "1991-12-26"
records = [
    {
        "id": "so-su-1974",
        "name": "Treaty of Friendship and Cooperation between the Somali Democratic Republic and the Union of Soviet Socialist Republics",
        "short_name": "Soviet–Somali Treaty (1974)",
        "kind": "friendship",
        "parties": [
            {"country": "SO", "period": {"start": "1974-07-11", "end": "1977-11-13"}},
            {"country": "SU", "period": {"start": "1974-07-11", "end": "1977-11-13"}},
        ],
        "signed": "1974-07-11",
        "term": {"rule": "unknown"},
        "events": [
            ev("1974-10-29", "operative", "The official daily October Star publishes the treaty's text (US Embassy Mogadishu, 30 Oct 1974), which Soviet sources had said would be published 'after ratification' (the Embassy on the joint communiqué of 12 Jul 1974): the earliest dated evidence found that the treaty was in operation; its ratification and entry into force were not found", [S + "23", S + "22"]),
            ev("1977-11-13", "terminated", "Somalia formally abrogates the treaty and expels the Soviet advisers (Naval War College Review); Somali radio announced the Central Committee's decision that Sunday (El País, 15 Nov 1977, read on a mirror copy)", [S + "24", S + "25"], party="SO"),
        ],
        "provisions": [],
        "sources": [S + "22", S + "23", S + "24", S + "25", S + "26"],
        "note": "Signed in Mogadishu on 11 Jul 1974 during Podgorny's visit (US Embassy Mogadishu, cables of 13 Jul and 30 Oct 1974). No security article was read: the Embassy's résumé of the published text begins with Art. I ('both pledge lasting peace and friendship'), and its account of the Soviet–Angolan treaty (1976) compares Angola's consultation clause with a 'similar clause in Soviet-Somali treaty', so the kind is friendship with no provision recorded. A 20-year term appears only on a Wikipedia copy, so the term stays unknown. Read in operation from the publication of 29 Oct 1974 (an `operative` event); it ends for both parties with Somalia's abrogation of 13 Nov 1977 (research/alliances/soviet-africa).",
    },
    {
        "id": "ao-su-1976",
        "name": "Treaty of Friendship and Cooperation between the Union of Soviet Socialist Republics and the People's Republic of Angola",
        "short_name": "Soviet–Angolan Treaty (1976)",
        "kind": "friendship",
        "parties": [
            {"country": "AO", "period": {"start": "1976-10"}},
            {"country": "SU", "period": {"start": "1976-10", "end": SU_END}},
        ],
        "signed": "1976-10",
        "term": {"rule": "unknown"},
        "events": [
            ev("1981-08-26", "operative", "A TASS communiqué condemning South Africa's incursion warns that Angola is bound to the USSR by a treaty of cooperation and friendship ('advirtió que ese país africano está ligado a la URSS por un tratado de cooperación y amistad', El País, 27 Aug 1981, 'ayer'): the earliest dated invocation found by a party; the entry into force was not found", [S + "3"], party="SU"),
            ev("1984-01-12", "statement", "TASS reports a Soviet–Cuban–Angolan agreement to help Angola strengthen its defence capacity; El País recalls that 'Angola está ligada desde octubre de 1976 a la URSS por un tratado de amistad y cooperación'", [S + "4"], party="SU"),
        ],
        "provisions": [
            {"obligation": "consultation", "article": "Article 7",
             "text": "PROVISION FOR CONSULTATION IN SITUATION INVOLVING A THREAT TO PEACE (ARTICLE 7). THIS PROVISION, WITH ITS REFERENCE TO THE GOAL OF REACHING AGREEMENT ON THE POSITIONS OF THE TWO COUNTRIES IN SUCH SITUATIONS, SEEM A BIT WATERED DOWN IN COMPARISON WITH SIMILAR CLAUSE IN SOVIET-SOMALI TREATY.",
             "sources": [S + "1"]},
            {"obligation": "military_cooperation", "article": "Article 10",
             "text": "REFERENCE TO MILITARY COOPERATION IN ARTICLE 10. LANGUAGE CONTAINS NO SPECIFIC REFERENCE TO TRAINING, ETC., BUT SIMPLY REFERS TO \"CORRESPONDING AGREEMENTS CONCLUDED BETWEEN\" TWO SIDES.",
             "sources": [S + "1"]},
        ],
        "sources": [S + "1", S + "2", S + "3", S + "4", S + "7"],
        "note": "Signed in October 1976 (CIA, 1978; El País, 1984) in Moscow during Neto's visit; the Soviet central press printed the text on 9 Oct 1976 (US Embassy Moscow). The day, 8 Oct, appears only in a student monograph, so the signature is kept to the month. Provisions are the US Embassy's summary, not treaty text. Gibler prints an Art. 7 ('In the event of a situation arising which constitutes a threat to the peace or a breach of the peace, the High Contracting Parties shall immediately contact each other …') on a page headed for the Mozambique treaty; its place and content fit Angola's, but the attribution is the helper's inference, so it is not used as the text. A 'TWENTY YEAR AGREEMENT' (the Embassy): its extension rule was not found, so the term stays unknown. Read in operation from 26 Aug 1981 (an `operative` event). The Soviet Union's party period ends with the Soviet Union on 26 Dec 1991; whether Russia continued the treaty was not found, so Angola's period is left open and binds no one after that day.",
    },
    {
        "id": "mz-su-1977",
        "name": "Treaty of Friendship and Cooperation between the Union of Soviet Socialist Republics and the People's Republic of Mozambique",
        "short_name": "Soviet–Mozambican Treaty (1977)",
        "kind": "friendship",
        "parties": [
            {"country": "MZ", "period": {"start": "1977-03-31"}},
            {"country": "SU", "period": {"start": "1977-03-31", "end": SU_END}},
        ],
        "signed": "1977-03-31",
        "term": {"rule": "unknown"},
        "events": [
            ev("1981-02", "operative", "The Soviet ambassador, Valentin Vdovin, says at a press conference in Maputo that Soviet warships visit 'en el marco del tratado de amistad y cooperación' (El País, 26 Feb 1981, two days after the ships' arrival): the earliest dated invocation found by a party; the entry into force was not found", [S + "12"], party="SU"),
        ],
        "provisions": [
            {"obligation": "consultation",
             "text": "SIGNED A FRIENSHIP TREATY WITH THE SOVIET UNION THAT PROVIDES FOR MILITARY CON- SULTATION",
             "sources": [S + "11"]},
        ],
        "sources": [S + "9", S + "10", S + "11", S + "12", S + "8"],
        "note": "Dated 31 Mar 1977 in its Russian text (legal-database copy), during Podgorny's official visit to Mozambique of 29 Mar–1 Apr 1977 (the joint statement); the place of signature is not stated in what was read. The provision is the US Embassy Maputo's assessment (1977), not treaty text; its article number was not seen. Term and entry into force not found. Read in operation from February 1981 (an `operative` event). Gibler: 'This agreement effectively ended with the collapse of the Soviet Union.' The Soviet Union's party period ends on 26 Dec 1991; Mozambique's is left open and binds no one after that day.",
    },
]
write(records, HERE, "-sovaf")
