//! The sorted table of normalized country names and aliases.
//!
//! Keys are in the form [`super::parse::normalize`] produces: lower-case
//! ASCII, diacritics folded, apostrophes and periods dropped, other
//! punctuation and runs of white space collapsed to one space, a leading
//! "the " removed. The table is sorted by key bytes and has no duplicate
//! keys; unit tests check both, and that every [`Country::name`] and
//! [`Country::official_name`] is in it.

use super::Country;

/// `(normalized name, country)`, sorted by name.
pub(super) const NAMES: &[(&str, Country)] = &[
    ("abyssinia", Country::ET), // the Ethiopian Empire's common English name
    ("afghanistan", Country::AF),
    ("aland islands", Country::AX),
    ("albania", Country::AL),
    ("algeria", Country::DZ),
    ("america", Country::US),
    ("american samoa", Country::AS),
    ("andorra", Country::AD),
    ("angola", Country::AO),
    ("anguilla", Country::AI),
    ("antarctica", Country::AQ),
    ("antigua and barbuda", Country::AG),
    ("argentina", Country::AR),
    ("armenia", Country::AM),
    ("aruba", Country::AW),
    ("australia", Country::AU),
    ("austria", Country::AT),
    ("azerbaijan", Country::AZ),
    ("bahamas", Country::BS),
    ("bahrain", Country::BH),
    ("bangladesh", Country::BD),
    ("barbados", Country::BB),
    ("belarus", Country::BY),
    ("belgium", Country::BE),
    ("belize", Country::BZ),
    ("belorussia", Country::BY),
    ("benin", Country::BJ),
    ("bermuda", Country::BM),
    ("bhutan", Country::BT),
    ("bolivarian republic of venezuela", Country::VE),
    ("bolivia", Country::BO),
    ("bolivia plurinational state of", Country::BO),
    ("bonaire sint eustatius and saba", Country::BQ),
    ("bosnia", Country::BA),
    ("bosnia and herzegovina", Country::BA),
    ("botswana", Country::BW),
    ("bouvet island", Country::BV),
    ("brazil", Country::BR),
    ("britain", Country::GB),
    ("british indian ocean territory", Country::IO),
    ("british virgin islands", Country::VG),
    ("brunei", Country::BN),
    ("brunei darussalam", Country::BN),
    ("bulgaria", Country::BG),
    ("burkina faso", Country::BF),
    ("burma", Country::MM), // renamed Myanmar in 1989
    ("burundi", Country::BI),
    ("byelorussia", Country::BY),
    ("cabo verde", Country::CV),
    ("cambodia", Country::KH),
    ("cameroon", Country::CM),
    ("canada", Country::CA),
    ("cape verde", Country::CV),
    ("caribbean netherlands", Country::BQ),
    ("cayman islands", Country::KY),
    ("central african republic", Country::CF),
    ("ceylon", Country::LK), // renamed Sri Lanka in 1972
    ("chad", Country::TD),
    ("chile", Country::CL),
    ("china", Country::CN),
    ("chinese taipei", Country::TW),
    ("christmas island", Country::CX),
    ("cocos keeling islands", Country::CC),
    ("colombia", Country::CO),
    ("comoros", Country::KM),
    ("congo", Country::CG),
    ("congo brazzaville", Country::CG),
    ("congo democratic republic of the", Country::CD),
    ("congo kinshasa", Country::CD),
    ("cook islands", Country::CK),
    ("costa rica", Country::CR),
    ("cote divoire", Country::CI),
    ("croatia", Country::HR),
    ("cuba", Country::CU),
    ("curacao", Country::CW),
    ("cyprus", Country::CY),
    ("czech and slovak federal republic", Country::CS), // Czechoslovakia's name from 1990
    ("czech republic", Country::CZ),
    ("czechia", Country::CZ),
    ("czechoslovak socialist republic", Country::CS), // Czechoslovakia's name, 1960–1990
    ("czechoslovakia", Country::CS),
    ("dahomey", Country::BJ), // renamed Benin in 1975
    ("democratic peoples republic of korea", Country::KP),
    ("democratic republic of congo", Country::CD),
    ("democratic republic of the congo", Country::CD),
    ("democratic yemen", Country::YD), // the UN's name for it
    ("denmark", Country::DK),
    ("djibouti", Country::DJ),
    ("dominica", Country::DM),
    ("dominican republic", Country::DO),
    ("dprk", Country::KP),
    ("dr congo", Country::CD),
    ("drc", Country::CD),
    ("east germany", Country::DD),
    ("east timor", Country::TL),
    ("ecuador", Country::EC),
    ("egypt", Country::EG),
    ("el salvador", Country::SV),
    ("emirates", Country::AE),
    ("equatorial guinea", Country::GQ),
    ("eritrea", Country::ER),
    ("estonia", Country::EE),
    ("eswatini", Country::SZ),
    ("ethiopia", Country::ET),
    ("falkland islands", Country::FK),
    ("falkland islands malvinas", Country::FK),
    ("faroe islands", Country::FO),
    ("federated states of micronesia", Country::FM),
    ("fiji", Country::FJ),
    ("finland", Country::FI),
    ("former yugoslav republic of macedonia", Country::MK),
    ("france", Country::FR),
    ("french guiana", Country::GF),
    ("french polynesia", Country::PF),
    ("french southern territories", Country::TF),
    ("fyrom", Country::MK), // its provisional UN name, 1993-2019
    ("gabon", Country::GA),
    ("gambia", Country::GM),
    ("gdr", Country::DD),
    ("georgia", Country::GE),
    ("german democratic republic", Country::DD),
    ("germany", Country::DE),
    ("ghana", Country::GH),
    ("gibraltar", Country::GI),
    ("great britain", Country::GB),
    ("greece", Country::GR),
    ("greenland", Country::GL),
    ("grenada", Country::GD),
    ("guadeloupe", Country::GP),
    ("guam", Country::GU),
    ("guatemala", Country::GT),
    ("guernsey", Country::GG),
    ("guinea", Country::GN),
    ("guinea bissau", Country::GW),
    ("guyana", Country::GY),
    ("haiti", Country::HT),
    ("heard island and mcdonald islands", Country::HM),
    ("holland", Country::NL), // two of its provinces; the common English name of the state
    ("holy see", Country::VA),
    ("honduras", Country::HN),
    ("hong kong", Country::HK),
    ("hungary", Country::HU),
    ("iceland", Country::IS),
    ("india", Country::IN),
    ("indonesia", Country::ID),
    ("iran", Country::IR),
    ("iran islamic republic of", Country::IR),
    ("iraq", Country::IQ),
    ("ireland", Country::IE),
    ("islamic republic of iran", Country::IR),
    ("isle of man", Country::IM),
    ("israel", Country::IL),
    ("italy", Country::IT),
    ("ivory coast", Country::CI),
    ("jamaica", Country::JM),
    ("japan", Country::JP),
    ("jersey", Country::JE),
    ("jordan", Country::JO),
    ("kazakhstan", Country::KZ),
    ("kenya", Country::KE),
    ("kingdom of eswatini", Country::SZ),
    ("kingdom of the netherlands", Country::NL),
    ("kirghizia", Country::KG),
    ("kiribati", Country::KI),
    ("korea democratic peoples republic of", Country::KP),
    ("korea republic of", Country::KR),
    ("kosovo", Country::XK),
    ("kuwait", Country::KW),
    ("kyrgyz republic", Country::KG),
    ("kyrgyzstan", Country::KG),
    ("lao", Country::LA),
    ("lao pdr", Country::LA),
    ("lao peoples democratic republic", Country::LA),
    ("laos", Country::LA),
    ("latvia", Country::LV),
    ("lebanon", Country::LB),
    ("lesotho", Country::LS),
    ("liberia", Country::LR),
    ("libya", Country::LY),
    ("liechtenstein", Country::LI),
    ("lithuania", Country::LT),
    ("luxembourg", Country::LU),
    ("macao", Country::MO),
    ("macau", Country::MO),
    ("macedonia", Country::MK), // renamed North Macedonia in 2019
    ("madagascar", Country::MG),
    ("malawi", Country::MW),
    ("malaysia", Country::MY),
    ("maldives", Country::MV),
    ("mali", Country::ML),
    ("malta", Country::MT),
    ("marshall islands", Country::MH),
    ("martinique", Country::MQ),
    ("mauritania", Country::MR),
    ("mauritius", Country::MU),
    ("mayotte", Country::YT),
    ("mexico", Country::MX),
    ("micronesia", Country::FM),
    ("micronesia federated states of", Country::FM),
    ("moldova", Country::MD),
    ("moldova republic of", Country::MD),
    ("monaco", Country::MC),
    ("mongolia", Country::MN),
    ("montenegro", Country::ME),
    ("montserrat", Country::MS),
    ("morocco", Country::MA),
    ("mozambique", Country::MZ),
    ("myanmar", Country::MM),
    ("namibia", Country::NA),
    ("nauru", Country::NR),
    ("nepal", Country::NP),
    ("netherlands", Country::NL),
    ("netherlands kingdom of the", Country::NL),
    ("new caledonia", Country::NC),
    ("new zealand", Country::NZ),
    ("nicaragua", Country::NI),
    ("niger", Country::NE),
    ("nigeria", Country::NG),
    ("niue", Country::NU),
    ("norfolk island", Country::NF),
    ("north korea", Country::KP),
    ("north macedonia", Country::MK),
    ("northern mariana islands", Country::MP),
    ("norway", Country::NO),
    ("oman", Country::OM),
    ("pakistan", Country::PK),
    ("palau", Country::PW),
    ("palestine", Country::PS),
    ("palestine state of", Country::PS),
    ("panama", Country::PA),
    ("papua new guinea", Country::PG),
    ("paraguay", Country::PY),
    ("peoples democratic republic of yemen", Country::YD),
    ("peoples republic of china", Country::CN),
    ("persia", Country::IR), // called Iran abroad since 1935
    ("peru", Country::PE),
    ("philippines", Country::PH),
    ("pitcairn", Country::PN),
    ("pitcairn islands", Country::PN),
    ("plurinational state of bolivia", Country::BO),
    ("poland", Country::PL),
    ("portugal", Country::PT),
    ("prc", Country::CN),
    ("puerto rico", Country::PR),
    ("qatar", Country::QA),
    ("republic of china", Country::TW), // the official name of the state on Taiwan
    ("republic of congo", Country::CG),
    ("republic of ireland", Country::IE), // the description of the state (Republic of Ireland Act 1948)
    ("republic of korea", Country::KR),
    ("republic of kosovo", Country::XK),
    ("republic of moldova", Country::MD),
    ("republic of north macedonia", Country::MK),
    ("republic of the congo", Country::CG),
    ("republic of the union of myanmar", Country::MM),
    ("republic of turkey", Country::TR),
    ("republic of turkiye", Country::TR),
    ("reunion", Country::RE),
    ("rok", Country::KR),
    ("romania", Country::RO),
    ("russia", Country::RU),
    ("russian federation", Country::RU),
    ("rwanda", Country::RW),
    ("saint barthelemy", Country::BL),
    ("saint helena ascension and tristan da cunha", Country::SH),
    ("saint kitts", Country::KN),
    ("saint kitts and nevis", Country::KN),
    ("saint lucia", Country::LC),
    ("saint martin", Country::MF),
    ("saint martin french part", Country::MF),
    ("saint pierre and miquelon", Country::PM),
    ("saint vincent and the grenadines", Country::VC),
    ("samoa", Country::WS),
    ("san marino", Country::SM),
    ("sao tome", Country::ST),
    ("sao tome and principe", Country::ST),
    ("saudi arabia", Country::SA),
    ("senegal", Country::SN),
    ("serbia", Country::RS),
    ("seychelles", Country::SC),
    ("sfry", Country::YU),
    ("siam", Country::TH), // renamed Thailand in 1939, Siam again 1945-1949 (notes/country_names.md)
    ("sierra leone", Country::SL),
    ("singapore", Country::SG),
    ("sint maarten", Country::SX),
    ("sint maarten dutch part", Country::SX),
    ("slovakia", Country::SK),
    ("slovenia", Country::SI),
    ("socialist federal republic of yugoslavia", Country::YU),
    ("socialist republic of vietnam", Country::VN),
    ("solomon islands", Country::SB),
    ("somalia", Country::SO),
    ("south africa", Country::ZA),
    ("south georgia and the south sandwich islands", Country::GS),
    ("south korea", Country::KR),
    ("south sudan", Country::SS),
    ("south yemen", Country::YD),
    ("soviet union", Country::SU),
    ("spain", Country::ES),
    ("sri lanka", Country::LK),
    ("st kitts and nevis", Country::KN),
    ("st lucia", Country::LC),
    ("st vincent and the grenadines", Country::VC),
    ("state of palestine", Country::PS),
    ("sudan", Country::SD),
    ("suriname", Country::SR),
    ("svalbard and jan mayen", Country::SJ),
    ("swaziland", Country::SZ), // renamed Eswatini in 2018
    ("sweden", Country::SE),
    ("switzerland", Country::CH),
    ("syria", Country::SY),
    ("syrian arab republic", Country::SY),
    ("taiwan", Country::TW),
    ("taiwan province of china", Country::TW),
    ("tajikistan", Country::TJ),
    ("tanzania", Country::TZ),
    ("tanzania united republic of", Country::TZ),
    ("thailand", Country::TH),
    ("timor leste", Country::TL),
    ("togo", Country::TG),
    ("tokelau", Country::TK),
    ("tonga", Country::TO),
    ("trinidad and tobago", Country::TT),
    ("tunisia", Country::TN),
    ("turkey", Country::TR),
    ("turkiye", Country::TR),
    ("turkmenistan", Country::TM),
    ("turks and caicos islands", Country::TC),
    ("tuvalu", Country::TV),
    ("uae", Country::AE),
    ("uganda", Country::UG),
    ("uk", Country::GB),
    ("ukraine", Country::UA),
    ("union of soviet socialist republics", Country::SU),
    ("united arab emirates", Country::AE),
    ("united kingdom", Country::GB),
    ("united kingdom of great britain and northern ireland", Country::GB),
    ("united republic of tanzania", Country::TZ),
    ("united states", Country::US),
    ("united states minor outlying islands", Country::UM),
    ("united states of america", Country::US),
    ("upper volta", Country::BF), // renamed Burkina Faso in 1984
    ("uruguay", Country::UY),
    ("us", Country::US),
    ("us minor outlying islands", Country::UM),
    ("us virgin islands", Country::VI),
    ("usa", Country::US),
    ("ussr", Country::SU),
    ("uzbekistan", Country::UZ),
    ("vanuatu", Country::VU),
    ("vatican", Country::VA),
    ("vatican city", Country::VA),
    ("vatican city state", Country::VA),
    ("venezuela", Country::VE),
    ("venezuela bolivarian republic of", Country::VE),
    ("viet nam", Country::VN),
    ("vietnam", Country::VN),
    ("virgin islands british", Country::VG),
    ("virgin islands us", Country::VI),
    ("wallis and futuna", Country::WF),
    ("western sahara", Country::EH),
    ("yemen", Country::YE),
    ("yemen democratic", Country::YD),
    ("yugoslavia", Country::YU),
    ("zaire", Country::CD), // renamed the Democratic Republic of the Congo in 1997
    ("zambia", Country::ZM),
    ("zimbabwe", Country::ZW),
];

/// What a refused input is, when "unknown" alone would mislead, and which
/// country to suggest in place of the closest name by edit distance.
pub(super) struct Note {
    /// Said after the quoted input: `unknown country "England": {text}`.
    pub(super) text: &'static str,
    /// The suggestion, if any (none for a former state).
    pub(super) suggestion: Option<Country>,
}

const PART_OF_UK: Note = Note { text: "part of the United Kingdom", suggestion: Some(Country::GB) };
const ENTITY: Note = Note {
    text: "not a Country: it has no ISO 3166 code of its own; parse it as an allegiance::Entity",
    suggestion: None,
};

/// Inputs that name no country of [`NAMES`] but get an explanation in the
/// error (keys normalized and sorted as in [`NAMES`], none of them in it;
/// unit tests check both):
///
/// - the constituent countries of the United Kingdom: countries of their
///   own in sport and devolved government, so reading them as `GB` would
///   state a wrong fact; the error suggests the United Kingdom;
/// - "ROC": the Republic of China (Taiwan), but also the name Russia's
///   team competed under at the 2020 and 2022 Olympic Games (the Russian
///   Olympic Committee), so it is not an alias, unlike "PRC", "ROK" and
///   "DPRK"; the error suggests Taiwan;
/// - former states, which no code of today names: no suggestion, rather
///   than the nearest name ("Czechoslovakia" is not Slovakia);
/// - "West Germany": the same state as Germany today, but Germany before
///   1990, without the East, so not an alias; the error suggests Germany;
/// - a former colony whose name is close to another country's ("Gold
///   Coast" is not Côte d'Ivoire).
pub(super) const NOTES: &[(&str, Note)] = &[
    ("abkhazia", ENTITY),
    ("donetsk peoples republic", ENTITY),
    ("england", PART_OF_UK),
    (
        "federal republic of yugoslavia",
        Note {
            text: "the state of 1992–2006 (Serbia and Montenegro from 2003), which Serbia continues",
            suggestion: Some(Country::RS),
        },
    ),
    (
        "gold coast",
        Note {
            text: "a former British colony, independent as Ghana since 1957",
            suggestion: Some(Country::GH),
        },
    ),
    ("lugansk peoples republic", ENTITY),
    ("luhansk peoples republic", ENTITY),
    (
        "north vietnam",
        Note {
            text: "the Democratic Republic of Vietnam, which Viet Nam continues",
            suggestion: Some(Country::VN),
        },
    ),
    (
        "north yemen",
        Note { text: "the Yemen Arab Republic, which Yemen continues", suggestion: Some(Country::YE) },
    ),
    ("northern cyprus", ENTITY),
    ("northern ireland", PART_OF_UK),
    ("pridnestrovian moldavian republic", ENTITY),
    ("republic of vietnam", ENTITY),
    (
        "roc",
        Note {
            text: "ambiguous, the Republic of China (Taiwan) or the Russian Olympic Committee \
                   at the 2020 and 2022 Olympic Games",
            suggestion: Some(Country::TW),
        },
    ),
    ("scotland", PART_OF_UK),
    (
        "serbia and montenegro",
        Note {
            text: "the state union of 2003–2006, which Serbia continues", suggestion: Some(Country::RS)
        },
    ),
    ("south ossetia", ENTITY),
    ("south vietnam", ENTITY),
    ("transnistria", ENTITY),
    ("turkish republic of northern cyprus", ENTITY),
    ("wales", PART_OF_UK),
    (
        "west germany",
        Note { text: "the Federal Republic of Germany before 1990", suggestion: Some(Country::DE) },
    ),
    ("zanzibar", ENTITY),
];

/// The note for a normalized key, if it has one.
pub(super) fn note(key: &[u8]) -> Option<&'static Note> {
    let i = NOTES.binary_search_by(|(k, _)| k.as_bytes().cmp(key)).ok()?;
    Some(&NOTES[i].1)
}

/// A key of at most 64 bytes as little-endian words, zero-padded (usable
/// in `const` context); `None` for a longer key, which no name matches.
pub(super) const fn pad(bytes: &[u8]) -> Option<[u64; KEY_WORDS]> {
    if bytes.len() > 8 * KEY_WORDS {
        return None;
    }
    let mut w = [0u64; KEY_WORDS];
    let mut j = 0;
    while j < bytes.len() {
        w[j / 8] |= (bytes[j] as u64) << (8 * (j % 8));
        j += 1;
    }
    Some(w)
}

/// A 64-bit hash of a key `len` bytes long from its padded words: each
/// word is mixed in with a multiply and a rotation, then the length.
pub(super) const fn hash_words(words: &[u64; KEY_WORDS], len: usize) -> u64 {
    let mut h: u64 = 0;
    let mut k = 0;
    while k < len.div_ceil(8) {
        h = step(h, words[k]);
        k += 1;
    }
    finish(h, len)
}

/// A key's padded words and hash, built byte by byte: for the rare key
/// that does not start at a word boundary (after "the "). Out of line.
#[cold]
#[inline(never)]
pub(super) fn words_and_hash(key: &[u8]) -> Option<([u64; KEY_WORDS], u64)> {
    let words = pad(key)?;
    Some((words, hash_words(&words, key.len())))
}

/// The hash of a key of at most 64 bytes ([`pad`], then [`hash_words`]).
pub(super) const fn name_hash(bytes: &[u8]) -> u64 {
    match pad(bytes) {
        Some(words) => hash_words(&words, bytes.len()),
        None => panic!("a key is at most 64 bytes"),
    }
}

/// Mixes one little-endian word of the key into the running hash.
#[inline]
pub(super) const fn step(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
}

/// The hash of a key from its running hash and its length.
#[inline]
pub(super) const fn finish(h: u64, len: usize) -> u64 {
    mix(h ^ len as u64)
}

/// The final mix (MurmurHash3's `fmix64`): every input bit reaches every
/// output bit, so the table's slots (the top bits) spread evenly.
#[inline]
const fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The table slot of a hash: its top bits.
#[inline]
const fn slot_of(h: u64) -> usize {
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// Slots of [`BY_HASH`]: a power of two, about three times the keys.
const SLOTS: usize = 1024;

/// An open-addressing hash table over [`NAMES`], built at compile time:
/// slot `slot_of(name_hash(key))`, the hash's top bits (probing linearly),
/// holds the key's index + 1,
/// or 0 when empty. A lookup hashes once and compares one key.
pub(super) static BY_HASH: [u16; SLOTS] = {
    assert!(NAMES.len() * 2 < SLOTS);
    let mut t = [0u16; SLOTS];
    let mut i = 0;
    while i < NAMES.len() {
        let mut k = slot_of(name_hash(NAMES[i].0.as_bytes()));
        while t[k] != 0 {
            k = (k + 1) & (SLOTS - 1);
        }
        t[k] = i as u16 + 1;
        i += 1;
    }
    t
};

/// Words in a padded key: normalized names are at most 64 bytes.
pub(super) const KEY_WORDS: usize = 8;

/// Every key of [`NAMES`] as little-endian words, zero-padded: a lookup
/// compares whole words, with no byte loop over a short last word.
static PADDED: [[u64; KEY_WORDS]; NAMES.len()] = {
    let mut t = [[0u64; KEY_WORDS]; NAMES.len()];
    let mut i = 0;
    while i < NAMES.len() {
        t[i] = match pad(NAMES[i].0.as_bytes()) {
            Some(words) => words,
            None => panic!("a name is at most 64 bytes"),
        };
        i += 1;
    }
    t
};

/// The country whose normalized name, `len` bytes long, hashes to `h` and
/// is `key` as zero-padded little-endian words.
#[inline]
pub(super) fn find_padded(key: &[u64; KEY_WORDS], len: usize, h: u64) -> Option<Country> {
    let mut k = slot_of(h);
    loop {
        let slot = BY_HASH[k];
        if slot == 0 {
            return None;
        }
        let i = usize::from(slot - 1);
        let (name, country) = NAMES[i];
        // All words, padding included (zero on both sides): no call to
        // `memcmp`, no branch per word.
        if name.len() == len && PADDED[i].iter().zip(key).fold(0, |d, (a, b)| d | (a ^ b)) == 0 {
            return Some(country);
        }
        k = (k + 1) & (SLOTS - 1);
    }
}

/// The country whose normalized name is `key` (any length; none over 64
/// bytes matches): the reference the parser's paths are tested against.
#[cfg(test)]
pub(super) fn find(key: &[u8]) -> Option<Country> {
    let (words, hash) = words_and_hash(key)?;
    find_padded(&words, key.len(), hash)
}

#[cfg(test)]
mod probe_tests {
    use super::*;

    #[test]
    fn probe_lengths_are_short() {
        let mut worst = 0;
        for (key, _) in NAMES {
            let mut k = slot_of(name_hash(key.as_bytes()));
            let mut n = 1;
            while NAMES[usize::from(BY_HASH[k] - 1)].0 != *key {
                k = (k + 1) & (SLOTS - 1);
                n += 1;
            }
            worst = worst.max(n);
            if *key == "russian federation" || *key == "burma" {
                eprintln!("{key}: {n} probes");
            }
        }
        eprintln!("worst {worst}");
        assert!(worst <= 6, "worst probe length {worst}");
    }
}
