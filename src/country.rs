//! [`Country`]: every ISO 3166-1 country, its codes and names, and parsing.
//!
//! The table below is the single source of the country facts: one row per
//! country with its alpha-2 code (the variant name), alpha-3 code, numeric
//! code, the common English short name ([`Country::name`]), the ISO 3166-1
//! English short name ([`Country::official_name`]), and its status at the
//! United Nations ([`UnStatus`]).
//!
//! Codes and ISO names follow ISO 3166-1 as published on the ISO Online
//! Browsing Platform (<https://www.iso.org/obp/ui/#search/code/>); the ISO
//! name's trailing "(the)" is omitted ("Bahamas", not "Bahamas (the)").
//! A test cross-checks every code against the independent table of the
//! `rust_iso3166` crate. UN status follows the UN's list of Member States
//! (<https://www.un.org/en/about-us/member-states>): 193 members, and the
//! Holy See and the State of Palestine as non-member observer States.
//!
//! Kosovo (`XK`) is not in ISO 3166-1: `XK` is a user-assigned code that the
//! European Commission, the IMF and many data sets use, and `XKX` is the
//! matching user-assigned alpha-3 code. Kosovo has no numeric code:
//! [`Country::numeric`] returns `0` and [`Country::numeric_code`] `None`.
//!
//! The five former states (`SU`, `YU`, `CS`, `DD`, `YD`) carry the alpha-2,
//! alpha-3 and numeric codes ISO 3166-1 gave them before they were
//! withdrawn, and their ISO 3166-3 codes ([`Country::iso3166_3`]), as the
//! Vietnamese adoption of ISO 3166-3 (TCVN 7217-3:2013), ISO's own pages and
//! the FOTW code index give them (sources `fs-s3` to `fs-s7`; Yugoslavia's
//! numeric is 891 as ISO wrote it in 2003, 890 in the FOTW index). The
//! alpha-3 and numeric codes of Czechoslovakia (CSK, 200) and East Germany
//! (DDR, 278) rest on the FOTW index alone (read in a copy that names it),
//! and East Germany's ISO 3166-3 code on it and on laenderdaten.de. With
//! them `Country` has 255 values, one short of what a byte holds. Their
//! dates, successors and continuators are in [`crate::former`].

use core::fmt;
use core::str::FromStr;

mod names;
mod parse;

pub use parse::ParseCountryError;
pub(crate) use parse::{MAX_NAME, closest, edit_distance, normalize};

/// A country's status at the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum UnStatus {
    /// A UN Member State (193 of them).
    Member,
    /// A non-member observer State: the Holy See and the State of Palestine.
    Observer,
    /// Not a UN member or observer State: a territory, Taiwan, Kosovo, ...
    NonMember,
    /// A former state that was a UN Member until it ceased to exist: the
    /// Soviet Union, Yugoslavia, Czechoslovakia, East Germany and South
    /// Yemen. When its seat ended, and who continued it, is in
    /// [`crate::FormerState`] and the UN memberships of the dataset.
    FormerMember,
}

macro_rules! countries {
    ($($a2:ident $a3:ident $num:literal $name:literal $official:literal $un:ident;)*) => {
        /// A country or territory: one variant per ISO 3166-1 entry, named
        /// by its alpha-2 code, plus Kosovo (`XK`, user-assigned) and five
        /// former states (`SU`, `YU`, `CS`, `DD`, `YD`).
        ///
        /// `Country` is a one-byte `Copy` value; its order is the order of
        /// the alpha-2 codes. Every accessor is a `const fn` lookup in a
        /// static table.
        ///
        /// ```
        /// use allegiance::Country;
        ///
        /// assert_eq!(Country::RU.alpha3(), "RUS");
        /// assert_eq!(Country::RU.numeric(), 643);
        /// assert_eq!(Country::RU.name(), "Russia");
        /// assert_eq!("Russian Federation".parse::<Country>()?, Country::RU);
        /// assert_eq!(Country::TR.to_string(), "Türkiye");
        /// # Ok::<(), allegiance::ParseCountryError>(())
        /// ```
        ///
        /// # Names and aliases
        ///
        /// [`Country::parse`] reads the codes, [`Country::name`],
        /// [`Country::official_name`] and aliases. An alias names the same
        /// state as the code it gives:
        ///
        /// - other English names and spellings: "Ivory Coast", "Cape
        ///   Verde", "East Timor", "Turkey", "Czech Republic", "Britain",
        ///   "Republic of Ireland", "Republic of China" (Taiwan), "Holland"
        ///   (strictly two of the Netherlands' twelve provinces, but the
        ///   common English name of the state);
        /// - initialisms: "UK", "US", "USA", "UAE", "DRC", "PRC" (the
        ///   People's Republic of China), "ROK" (the Republic of Korea,
        ///   South Korea), "DPRK" (the Democratic People's Republic of
        ///   Korea, North Korea);
        /// - former names of the same state, renamed: "Burma" (Myanmar
        ///   since 1989), "Ceylon" (Sri Lanka, 1972), "Zaire" (DR Congo,
        ///   1997), "Swaziland" (Eswatini, 2018), "Macedonia" (North
        ///   Macedonia, 2019), "Persia" (Iran, 1935), "Siam" (Thailand,
        ///   1939), "Dahomey" (Benin, 1975), "Upper Volta" (Burkina Faso,
        ///   1984), "Abyssinia" (the Ethiopian Empire's common English
        ///   name). A name whose state is in doubt is not one of them:
        ///   "Kampuchea" and "Rhodesia" are errors.
        ///
        /// A name that names something else, even something close, is not
        /// an alias: the parse fails, the message says what the input
        /// names, and the suggestion is chosen, not the nearest name:
        ///
        /// - parts of a country: "England", "Scotland", "Wales" and
        ///   "Northern Ireland" are countries within the United Kingdom,
        ///   with their own teams and devolved governments; reading them as
        ///   `GB` would state a wrong fact. The error suggests `GB`;
        /// - an ambiguous initialism: "ROC" is the Republic of China
        ///   (Taiwan, suggested), and also the Russian Olympic Committee,
        ///   Russia's team at the 2020 and 2022 Olympic Games;
        /// - states and entities with no ISO 3166 code of their own
        ///   ("Zanzibar", "South Vietnam", "Abkhazia", "Transnistria"): the
        ///   error says to parse them as an [`crate::Entity`];
        /// - names of states that a code of today continues but that mean
        ///   less than it: "West Germany" (Germany before 1990), "North
        ///   Yemen", "North Vietnam", "Serbia and Montenegro": the error
        ///   suggests the continuing country.
        ///
        /// # Former states
        ///
        /// Five former states with ISO 3166-3 codes are values too, under
        /// the alpha-2 codes ISO 3166-1 gave them before withdrawing them:
        /// [`Country::SU`] (the Soviet Union, "USSR"), [`Country::YU`]
        /// (Yugoslavia, "SFRY"), [`Country::CS`] (Czechoslovakia),
        /// [`Country::DD`] (East Germany, "GDR") and [`Country::YD`] (South
        /// Yemen). See [`Country::is_former`] and [`crate::former`].
        ///
        /// ```
        /// use allegiance::Country;
        ///
        /// assert_eq!("Ceylon".parse::<Country>()?, Country::LK);
        /// let err = "Scotland".parse::<Country>().unwrap_err();
        /// assert_eq!(err.suggestion(), Some(Country::GB));
        /// assert_eq!(
        ///     err.to_string(),
        ///     r#"unknown country "Scotland": part of the United Kingdom; did you mean United Kingdom (GB)?"#
        /// );
        /// assert_eq!("USSR".parse::<Country>()?, Country::SU);
        /// assert_eq!("Abkhazia".parse::<Country>().unwrap_err().suggestion(), None);
        /// # Ok::<(), allegiance::ParseCountryError>(())
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr)]
        #[repr(u8)]
        #[allow(clippy::upper_case_acronyms)]
        #[non_exhaustive]
        pub enum Country {
            $(
                #[doc = concat!($name, " (", stringify!($a3), ", ", stringify!($num), "; ISO name: ", $official, ").")]
                $a2,
            )*
        }

        impl Country {
            /// Every country, in alpha-2 order.
            pub const ALL: &'static [Country] = &[$(Country::$a2),*];
        }

        const ALPHA2: &[&str] = &[$(stringify!($a2)),*];
        const ALPHA3: &[&str] = &[$(stringify!($a3)),*];
        const NUMERIC: &[u16] = &[$($num),*];
        const NAME: &[&str] = &[$($name),*];
        const OFFICIAL: &[&str] = &[$($official),*];
        const UN: &[UnStatus] = &[$(UnStatus::$un),*];
    };
}

countries! {
    AD AND  20 "Andorra" "Andorra" Member;
    AE ARE 784 "United Arab Emirates" "United Arab Emirates" Member;
    AF AFG   4 "Afghanistan" "Afghanistan" Member;
    AG ATG  28 "Antigua and Barbuda" "Antigua and Barbuda" Member;
    AI AIA 660 "Anguilla" "Anguilla" NonMember;
    AL ALB   8 "Albania" "Albania" Member;
    AM ARM  51 "Armenia" "Armenia" Member;
    AO AGO  24 "Angola" "Angola" Member;
    AQ ATA  10 "Antarctica" "Antarctica" NonMember;
    AR ARG  32 "Argentina" "Argentina" Member;
    AS ASM  16 "American Samoa" "American Samoa" NonMember;
    AT AUT  40 "Austria" "Austria" Member;
    AU AUS  36 "Australia" "Australia" Member;
    AW ABW 533 "Aruba" "Aruba" NonMember;
    AX ALA 248 "Åland Islands" "Åland Islands" NonMember;
    AZ AZE  31 "Azerbaijan" "Azerbaijan" Member;
    BA BIH  70 "Bosnia and Herzegovina" "Bosnia and Herzegovina" Member;
    BB BRB  52 "Barbados" "Barbados" Member;
    BD BGD  50 "Bangladesh" "Bangladesh" Member;
    BE BEL  56 "Belgium" "Belgium" Member;
    BF BFA 854 "Burkina Faso" "Burkina Faso" Member;
    BG BGR 100 "Bulgaria" "Bulgaria" Member;
    BH BHR  48 "Bahrain" "Bahrain" Member;
    BI BDI 108 "Burundi" "Burundi" Member;
    BJ BEN 204 "Benin" "Benin" Member;
    BL BLM 652 "Saint Barthélemy" "Saint Barthélemy" NonMember;
    BM BMU  60 "Bermuda" "Bermuda" NonMember;
    BN BRN  96 "Brunei" "Brunei Darussalam" Member;
    BO BOL  68 "Bolivia" "Bolivia (Plurinational State of)" Member;
    BQ BES 535 "Caribbean Netherlands" "Bonaire, Sint Eustatius and Saba" NonMember;
    BR BRA  76 "Brazil" "Brazil" Member;
    BS BHS  44 "Bahamas" "Bahamas" Member;
    BT BTN  64 "Bhutan" "Bhutan" Member;
    BV BVT  74 "Bouvet Island" "Bouvet Island" NonMember;
    BW BWA  72 "Botswana" "Botswana" Member;
    BY BLR 112 "Belarus" "Belarus" Member;
    BZ BLZ  84 "Belize" "Belize" Member;
    CA CAN 124 "Canada" "Canada" Member;
    CC CCK 166 "Cocos (Keeling) Islands" "Cocos (Keeling) Islands" NonMember;
    CD COD 180 "DR Congo" "Congo (Democratic Republic of the)" Member;
    CF CAF 140 "Central African Republic" "Central African Republic" Member;
    CG COG 178 "Congo" "Congo" Member;
    CH CHE 756 "Switzerland" "Switzerland" Member;
    CI CIV 384 "Côte d'Ivoire" "Côte d'Ivoire" Member;
    CK COK 184 "Cook Islands" "Cook Islands" NonMember;
    CL CHL 152 "Chile" "Chile" Member;
    CM CMR 120 "Cameroon" "Cameroon" Member;
    CN CHN 156 "China" "China" Member;
    CO COL 170 "Colombia" "Colombia" Member;
    CR CRI 188 "Costa Rica" "Costa Rica" Member;
    CS CSK 200 "Czechoslovakia" "Czechoslovakia" FormerMember;
    CU CUB 192 "Cuba" "Cuba" Member;
    CV CPV 132 "Cabo Verde" "Cabo Verde" Member;
    CW CUW 531 "Curaçao" "Curaçao" NonMember;
    CX CXR 162 "Christmas Island" "Christmas Island" NonMember;
    CY CYP 196 "Cyprus" "Cyprus" Member;
    CZ CZE 203 "Czechia" "Czechia" Member;
    DD DDR 278 "East Germany" "German Democratic Republic" FormerMember;
    DE DEU 276 "Germany" "Germany" Member;
    DJ DJI 262 "Djibouti" "Djibouti" Member;
    DK DNK 208 "Denmark" "Denmark" Member;
    DM DMA 212 "Dominica" "Dominica" Member;
    DO DOM 214 "Dominican Republic" "Dominican Republic" Member;
    DZ DZA  12 "Algeria" "Algeria" Member;
    EC ECU 218 "Ecuador" "Ecuador" Member;
    EE EST 233 "Estonia" "Estonia" Member;
    EG EGY 818 "Egypt" "Egypt" Member;
    EH ESH 732 "Western Sahara" "Western Sahara" NonMember;
    ER ERI 232 "Eritrea" "Eritrea" Member;
    ES ESP 724 "Spain" "Spain" Member;
    ET ETH 231 "Ethiopia" "Ethiopia" Member;
    FI FIN 246 "Finland" "Finland" Member;
    FJ FJI 242 "Fiji" "Fiji" Member;
    FK FLK 238 "Falkland Islands" "Falkland Islands (Malvinas)" NonMember;
    FM FSM 583 "Micronesia" "Micronesia (Federated States of)" Member;
    FO FRO 234 "Faroe Islands" "Faroe Islands" NonMember;
    FR FRA 250 "France" "France" Member;
    GA GAB 266 "Gabon" "Gabon" Member;
    GB GBR 826 "United Kingdom" "United Kingdom of Great Britain and Northern Ireland" Member;
    GD GRD 308 "Grenada" "Grenada" Member;
    GE GEO 268 "Georgia" "Georgia" Member;
    GF GUF 254 "French Guiana" "French Guiana" NonMember;
    GG GGY 831 "Guernsey" "Guernsey" NonMember;
    GH GHA 288 "Ghana" "Ghana" Member;
    GI GIB 292 "Gibraltar" "Gibraltar" NonMember;
    GL GRL 304 "Greenland" "Greenland" NonMember;
    GM GMB 270 "Gambia" "Gambia" Member;
    GN GIN 324 "Guinea" "Guinea" Member;
    GP GLP 312 "Guadeloupe" "Guadeloupe" NonMember;
    GQ GNQ 226 "Equatorial Guinea" "Equatorial Guinea" Member;
    GR GRC 300 "Greece" "Greece" Member;
    GS SGS 239 "South Georgia and the South Sandwich Islands" "South Georgia and the South Sandwich Islands" NonMember;
    GT GTM 320 "Guatemala" "Guatemala" Member;
    GU GUM 316 "Guam" "Guam" NonMember;
    GW GNB 624 "Guinea-Bissau" "Guinea-Bissau" Member;
    GY GUY 328 "Guyana" "Guyana" Member;
    HK HKG 344 "Hong Kong" "Hong Kong" NonMember;
    HM HMD 334 "Heard Island and McDonald Islands" "Heard Island and McDonald Islands" NonMember;
    HN HND 340 "Honduras" "Honduras" Member;
    HR HRV 191 "Croatia" "Croatia" Member;
    HT HTI 332 "Haiti" "Haiti" Member;
    HU HUN 348 "Hungary" "Hungary" Member;
    ID IDN 360 "Indonesia" "Indonesia" Member;
    IE IRL 372 "Ireland" "Ireland" Member;
    IL ISR 376 "Israel" "Israel" Member;
    IM IMN 833 "Isle of Man" "Isle of Man" NonMember;
    IN IND 356 "India" "India" Member;
    IO IOT  86 "British Indian Ocean Territory" "British Indian Ocean Territory" NonMember;
    IQ IRQ 368 "Iraq" "Iraq" Member;
    IR IRN 364 "Iran" "Iran (Islamic Republic of)" Member;
    IS ISL 352 "Iceland" "Iceland" Member;
    IT ITA 380 "Italy" "Italy" Member;
    JE JEY 832 "Jersey" "Jersey" NonMember;
    JM JAM 388 "Jamaica" "Jamaica" Member;
    JO JOR 400 "Jordan" "Jordan" Member;
    JP JPN 392 "Japan" "Japan" Member;
    KE KEN 404 "Kenya" "Kenya" Member;
    KG KGZ 417 "Kyrgyzstan" "Kyrgyzstan" Member;
    KH KHM 116 "Cambodia" "Cambodia" Member;
    KI KIR 296 "Kiribati" "Kiribati" Member;
    KM COM 174 "Comoros" "Comoros" Member;
    KN KNA 659 "Saint Kitts and Nevis" "Saint Kitts and Nevis" Member;
    KP PRK 408 "North Korea" "Korea (Democratic People's Republic of)" Member;
    KR KOR 410 "South Korea" "Korea (Republic of)" Member;
    KW KWT 414 "Kuwait" "Kuwait" Member;
    KY CYM 136 "Cayman Islands" "Cayman Islands" NonMember;
    KZ KAZ 398 "Kazakhstan" "Kazakhstan" Member;
    LA LAO 418 "Laos" "Lao People's Democratic Republic" Member;
    LB LBN 422 "Lebanon" "Lebanon" Member;
    LC LCA 662 "Saint Lucia" "Saint Lucia" Member;
    LI LIE 438 "Liechtenstein" "Liechtenstein" Member;
    LK LKA 144 "Sri Lanka" "Sri Lanka" Member;
    LR LBR 430 "Liberia" "Liberia" Member;
    LS LSO 426 "Lesotho" "Lesotho" Member;
    LT LTU 440 "Lithuania" "Lithuania" Member;
    LU LUX 442 "Luxembourg" "Luxembourg" Member;
    LV LVA 428 "Latvia" "Latvia" Member;
    LY LBY 434 "Libya" "Libya" Member;
    MA MAR 504 "Morocco" "Morocco" Member;
    MC MCO 492 "Monaco" "Monaco" Member;
    MD MDA 498 "Moldova" "Moldova (Republic of)" Member;
    ME MNE 499 "Montenegro" "Montenegro" Member;
    MF MAF 663 "Saint Martin" "Saint Martin (French part)" NonMember;
    MG MDG 450 "Madagascar" "Madagascar" Member;
    MH MHL 584 "Marshall Islands" "Marshall Islands" Member;
    MK MKD 807 "North Macedonia" "North Macedonia" Member;
    ML MLI 466 "Mali" "Mali" Member;
    MM MMR 104 "Myanmar" "Myanmar" Member;
    MN MNG 496 "Mongolia" "Mongolia" Member;
    MO MAC 446 "Macao" "Macao" NonMember;
    MP MNP 580 "Northern Mariana Islands" "Northern Mariana Islands" NonMember;
    MQ MTQ 474 "Martinique" "Martinique" NonMember;
    MR MRT 478 "Mauritania" "Mauritania" Member;
    MS MSR 500 "Montserrat" "Montserrat" NonMember;
    MT MLT 470 "Malta" "Malta" Member;
    MU MUS 480 "Mauritius" "Mauritius" Member;
    MV MDV 462 "Maldives" "Maldives" Member;
    MW MWI 454 "Malawi" "Malawi" Member;
    MX MEX 484 "Mexico" "Mexico" Member;
    MY MYS 458 "Malaysia" "Malaysia" Member;
    MZ MOZ 508 "Mozambique" "Mozambique" Member;
    NA NAM 516 "Namibia" "Namibia" Member;
    NC NCL 540 "New Caledonia" "New Caledonia" NonMember;
    NE NER 562 "Niger" "Niger" Member;
    NF NFK 574 "Norfolk Island" "Norfolk Island" NonMember;
    NG NGA 566 "Nigeria" "Nigeria" Member;
    NI NIC 558 "Nicaragua" "Nicaragua" Member;
    NL NLD 528 "Netherlands" "Netherlands (Kingdom of the)" Member;
    NO NOR 578 "Norway" "Norway" Member;
    NP NPL 524 "Nepal" "Nepal" Member;
    NR NRU 520 "Nauru" "Nauru" Member;
    NU NIU 570 "Niue" "Niue" NonMember;
    NZ NZL 554 "New Zealand" "New Zealand" Member;
    OM OMN 512 "Oman" "Oman" Member;
    PA PAN 591 "Panama" "Panama" Member;
    PE PER 604 "Peru" "Peru" Member;
    PF PYF 258 "French Polynesia" "French Polynesia" NonMember;
    PG PNG 598 "Papua New Guinea" "Papua New Guinea" Member;
    PH PHL 608 "Philippines" "Philippines" Member;
    PK PAK 586 "Pakistan" "Pakistan" Member;
    PL POL 616 "Poland" "Poland" Member;
    PM SPM 666 "Saint Pierre and Miquelon" "Saint Pierre and Miquelon" NonMember;
    PN PCN 612 "Pitcairn Islands" "Pitcairn" NonMember;
    PR PRI 630 "Puerto Rico" "Puerto Rico" NonMember;
    PS PSE 275 "Palestine" "Palestine (State of)" Observer;
    PT PRT 620 "Portugal" "Portugal" Member;
    PW PLW 585 "Palau" "Palau" Member;
    PY PRY 600 "Paraguay" "Paraguay" Member;
    QA QAT 634 "Qatar" "Qatar" Member;
    RE REU 638 "Réunion" "Réunion" NonMember;
    RO ROU 642 "Romania" "Romania" Member;
    RS SRB 688 "Serbia" "Serbia" Member;
    RU RUS 643 "Russia" "Russian Federation" Member;
    RW RWA 646 "Rwanda" "Rwanda" Member;
    SA SAU 682 "Saudi Arabia" "Saudi Arabia" Member;
    SB SLB  90 "Solomon Islands" "Solomon Islands" Member;
    SC SYC 690 "Seychelles" "Seychelles" Member;
    SD SDN 729 "Sudan" "Sudan" Member;
    SE SWE 752 "Sweden" "Sweden" Member;
    SG SGP 702 "Singapore" "Singapore" Member;
    SH SHN 654 "Saint Helena, Ascension and Tristan da Cunha" "Saint Helena, Ascension and Tristan da Cunha" NonMember;
    SI SVN 705 "Slovenia" "Slovenia" Member;
    SJ SJM 744 "Svalbard and Jan Mayen" "Svalbard and Jan Mayen" NonMember;
    SK SVK 703 "Slovakia" "Slovakia" Member;
    SL SLE 694 "Sierra Leone" "Sierra Leone" Member;
    SM SMR 674 "San Marino" "San Marino" Member;
    SN SEN 686 "Senegal" "Senegal" Member;
    SO SOM 706 "Somalia" "Somalia" Member;
    SR SUR 740 "Suriname" "Suriname" Member;
    SS SSD 728 "South Sudan" "South Sudan" Member;
    ST STP 678 "São Tomé and Príncipe" "Sao Tome and Principe" Member;
    SU SUN 810 "Soviet Union" "Union of Soviet Socialist Republics" FormerMember;
    SV SLV 222 "El Salvador" "El Salvador" Member;
    SX SXM 534 "Sint Maarten" "Sint Maarten (Dutch part)" NonMember;
    SY SYR 760 "Syria" "Syrian Arab Republic" Member;
    SZ SWZ 748 "Eswatini" "Eswatini" Member;
    TC TCA 796 "Turks and Caicos Islands" "Turks and Caicos Islands" NonMember;
    TD TCD 148 "Chad" "Chad" Member;
    TF ATF 260 "French Southern Territories" "French Southern Territories" NonMember;
    TG TGO 768 "Togo" "Togo" Member;
    TH THA 764 "Thailand" "Thailand" Member;
    TJ TJK 762 "Tajikistan" "Tajikistan" Member;
    TK TKL 772 "Tokelau" "Tokelau" NonMember;
    TL TLS 626 "Timor-Leste" "Timor-Leste" Member;
    TM TKM 795 "Turkmenistan" "Turkmenistan" Member;
    TN TUN 788 "Tunisia" "Tunisia" Member;
    TO TON 776 "Tonga" "Tonga" Member;
    TR TUR 792 "Türkiye" "Türkiye" Member;
    TT TTO 780 "Trinidad and Tobago" "Trinidad and Tobago" Member;
    TV TUV 798 "Tuvalu" "Tuvalu" Member;
    TW TWN 158 "Taiwan" "Taiwan (Province of China)" NonMember;
    TZ TZA 834 "Tanzania" "Tanzania (United Republic of)" Member;
    UA UKR 804 "Ukraine" "Ukraine" Member;
    UG UGA 800 "Uganda" "Uganda" Member;
    UM UMI 581 "U.S. Minor Outlying Islands" "United States Minor Outlying Islands" NonMember;
    US USA 840 "United States" "United States of America" Member;
    UY URY 858 "Uruguay" "Uruguay" Member;
    UZ UZB 860 "Uzbekistan" "Uzbekistan" Member;
    VA VAT 336 "Vatican City" "Holy See" Observer;
    VC VCT 670 "Saint Vincent and the Grenadines" "Saint Vincent and the Grenadines" Member;
    VE VEN 862 "Venezuela" "Venezuela (Bolivarian Republic of)" Member;
    VG VGB  92 "British Virgin Islands" "Virgin Islands (British)" NonMember;
    VI VIR 850 "U.S. Virgin Islands" "Virgin Islands (U.S.)" NonMember;
    VN VNM 704 "Vietnam" "Viet Nam" Member;
    VU VUT 548 "Vanuatu" "Vanuatu" Member;
    WF WLF 876 "Wallis and Futuna" "Wallis and Futuna" NonMember;
    WS WSM 882 "Samoa" "Samoa" Member;
    XK XKX   0 "Kosovo" "Kosovo" NonMember;
    YD YMD 720 "South Yemen" "People's Democratic Republic of Yemen" FormerMember;
    YE YEM 887 "Yemen" "Yemen" Member;
    YT MYT 175 "Mayotte" "Mayotte" NonMember;
    YU YUG 891 "Yugoslavia" "Socialist Federal Republic of Yugoslavia" FormerMember;
    ZA ZAF 710 "South Africa" "South Africa" Member;
    ZM ZMB 894 "Zambia" "Zambia" Member;
    ZW ZWE 716 "Zimbabwe" "Zimbabwe" Member;
}

impl Country {
    /// The number of countries: 249 ISO 3166-1 entries, Kosovo, and five
    /// former states with ISO 3166-3 codes (255; a byte holds 256).
    pub const COUNT: usize = Country::ALL.len();

    /// The five former states: the Soviet Union (`SU`), Yugoslavia (`YU`),
    /// Czechoslovakia (`CS`), East Germany (`DD`) and South Yemen (`YD`).
    pub const FORMER: [Country; 5] = [Country::CS, Country::DD, Country::SU, Country::YD, Country::YU];

    /// Whether this is a former state (one of [`Country::FORMER`]): it has
    /// an ISO 3166-3 code, and its alpha-2, alpha-3 and numeric codes are
    /// the ones ISO 3166-1 gave it before they were withdrawn.
    #[must_use]
    pub const fn is_former(self) -> bool {
        self.iso3166_3().is_some()
    }

    /// The ISO 3166-3 code of a former state: `"SUHH"` for the Soviet Union;
    /// `None` for a country of today.
    ///
    /// ```
    /// use allegiance::Country;
    ///
    /// assert_eq!(Country::SU.iso3166_3(), Some("SUHH"));
    /// assert_eq!(Country::RU.iso3166_3(), None);
    /// ```
    #[must_use]
    pub const fn iso3166_3(self) -> Option<&'static str> {
        match self {
            Country::CS => Some("CSHH"),
            Country::DD => Some("DDDE"),
            Country::SU => Some("SUHH"),
            Country::YD => Some("YDYE"),
            Country::YU => Some("YUCS"),
            _ => None,
        }
    }

    /// Today's countries: every country but the [former](Country::is_former)
    /// ones, in alpha-2 order (250: the 249 ISO 3166-1 entries and Kosovo).
    pub fn current() -> impl DoubleEndedIterator<Item = Country> + Clone {
        Country::ALL.iter().copied().filter(|c| !c.is_former())
    }

    /// The ISO 3166-1 alpha-2 code: `"RU"`.
    #[must_use]
    pub const fn alpha2(self) -> &'static str {
        ALPHA2[self as usize]
    }

    /// The ISO 3166-1 alpha-3 code: `"RUS"` (`"XKX"`, user-assigned, for Kosovo).
    #[must_use]
    pub const fn alpha3(self) -> &'static str {
        ALPHA3[self as usize]
    }

    /// The ISO 3166-1 numeric code: `643` for Russia.
    ///
    /// Kosovo has no numeric code and returns `0`; use
    /// [`Country::numeric_code`] to tell that case apart.
    #[must_use]
    pub const fn numeric(self) -> u16 {
        NUMERIC[self as usize]
    }

    /// The ISO 3166-1 numeric code, or `None` for Kosovo, which has none.
    #[must_use]
    pub const fn numeric_code(self) -> Option<u16> {
        match NUMERIC[self as usize] {
            0 => None,
            n => Some(n),
        }
    }

    /// The UN M49 code (Standard country or area codes for statistical
    /// use), as the UN Statistics Division's overview table gives it: the
    /// ISO 3166-1 numeric code for each of the 248 countries and areas the
    /// table lists, `None` for Taiwan and Kosovo, which it does not list,
    /// and for the former states (source `m49-overview`; `tests/country.rs`
    /// checks every row of the table).
    ///
    /// ```
    /// use allegiance::Country;
    ///
    /// assert_eq!(Country::DZ.m49(), Some(12));
    /// assert_eq!(Country::TW.m49(), None);
    /// assert_eq!(Country::SU.m49(), None);
    /// ```
    #[must_use]
    pub const fn m49(self) -> Option<u16> {
        if self.is_former() || matches!(self, Country::TW | Country::XK) { None } else { self.numeric_code() }
    }

    /// The common English short name: `"Russia"`, `"Syria"`, `"North Korea"`, `"Türkiye"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        NAME[self as usize]
    }

    /// The ISO 3166-1 English short name: `"Russian Federation"`,
    /// `"Korea (Democratic People's Republic of)"`; for a former state, its
    /// formal name at its end (`"Union of Soviet Socialist Republics"`).
    #[must_use]
    pub const fn official_name(self) -> &'static str {
        OFFICIAL[self as usize]
    }

    /// The country's status at the United Nations today
    /// ([`UnStatus::FormerMember`] for the five former states).
    #[must_use]
    pub const fn un_status(self) -> UnStatus {
        UN[self as usize]
    }

    /// Whether the country is a UN Member State.
    #[must_use]
    pub const fn is_un_member(self) -> bool {
        matches!(self.un_status(), UnStatus::Member)
    }

    /// The country at `index` in [`Country::ALL`].
    ///
    /// Deprecated: a country's position (and its `as u8` value) is not
    /// part of the API and changes when states are added; identify a
    /// country by [`Country::alpha2`] or another code.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "positions change as states are added: use a code (`alpha2`, `numeric`)"
    )]
    pub const fn from_index(index: u8) -> Option<Country> {
        Country::at_index(index)
    }

    /// The country at `index` in [`Country::ALL`], for the crate's tables.
    #[must_use]
    pub(crate) const fn at_index(index: u8) -> Option<Country> {
        if (index as usize) < Country::ALL.len() { Some(Country::ALL[index as usize]) } else { None }
    }

    /// Every country, in alpha-2 order.
    pub fn iter() -> impl DoubleEndedIterator<Item = Country> + ExactSizeIterator + Clone {
        Country::ALL.iter().copied()
    }
}

impl fmt::Display for Country {
    /// Prints [`Country::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl fmt::Debug for Country {
    /// Prints the alpha-2 code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.alpha2())
    }
}

impl FromStr for Country {
    type Err = ParseCountryError;

    /// Parses an alpha-2, alpha-3 or numeric code, or a name; see
    /// [`Country::parse`].
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Country::parse(s)
    }
}

impl TryFrom<&str> for Country {
    type Error = ParseCountryError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Country::parse(s)
    }
}
