//! Parsing countries from codes and names, without allocating on success.

use core::fmt;

use super::names::{NAMES, NOTES, Note};
use super::{ALPHA2, ALPHA3, Country, NUMERIC};

/// Longest normalized name the parser considers; longer input cannot match.
pub(crate) const MAX_NAME: usize = 64;

/// `alpha2 letters -> country`, for `26 * 26` letter pairs (`Option<Country>`
/// is one byte: a lookup is one load).
static BY_ALPHA2: [Option<Country>; 26 * 26] = {
    let mut t = [None; 26 * 26];
    let mut i = 0;
    while i < ALPHA2.len() {
        let b = ALPHA2[i].as_bytes();
        t[(b[0] - b'A') as usize * 26 + (b[1] - b'A') as usize] = Some(Country::ALL[i]);
        i += 1;
    }
    t
};

/// `alpha3 letters -> country`, for `26^3` letter triples (17.6 kB).
static BY_ALPHA3: [Option<Country>; 26 * 26 * 26] = {
    let mut t = [None; 26 * 26 * 26];
    let mut i = 0;
    while i < ALPHA3.len() {
        let b = ALPHA3[i].as_bytes();
        t[((b[0] - b'A') as usize * 26 + (b[1] - b'A') as usize) * 26 + (b[2] - b'A') as usize] =
            Some(Country::ALL[i]);
        i += 1;
    }
    t
};

/// `numeric code -> country`, for codes `0..1000` (slot 0 stays empty:
/// Kosovo has no numeric code).
static BY_NUMERIC: [Option<Country>; 1000] = {
    let mut t = [None; 1000];
    let mut i = 0;
    while i < NUMERIC.len() {
        if NUMERIC[i] != 0 {
            t[NUMERIC[i] as usize] = Some(Country::ALL[i]);
        }
        i += 1;
    }
    t
};

#[inline]
const fn letter(b: u8) -> Option<usize> {
    let up = b & !0x20;
    if up.is_ascii_uppercase() { Some((up - b'A') as usize) } else { None }
}

impl Country {
    /// Parses any form a person writes: an alpha-2, alpha-3 or numeric code,
    /// the common or ISO name, or a known alias ("Burma", "Ivory Coast",
    /// "DPRK", "UK"). Case, diacritics (composed, "ô", or decomposed as
    /// Unicode NFD writes them, "o" + U+0302), surrounding white space and
    /// inner spacing and punctuation are forgiven.
    ///
    /// ```
    /// use allegiance::Country;
    ///
    /// assert_eq!(Country::parse("ru")?, Country::RU);
    /// assert_eq!(Country::parse("RUS")?, Country::RU);
    /// assert_eq!(Country::parse("643")?, Country::RU);
    /// assert_eq!(Country::parse("SUHH")?, Country::SU); // ISO 3166-3
    /// assert_eq!(Country::parse("  côte  d'IVOIRE ")?, Country::CI);
    /// assert_eq!(Country::parse("Co\u{302}te d'Ivoire")?, Country::CI); // NFD
    /// assert_eq!(Country::parse("Turkey")?, Country::TR);
    /// # Ok::<(), allegiance::ParseCountryError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ParseCountryError`] when nothing matches; its message quotes the
    /// input and suggests the closest name, if one is close:
    ///
    /// ```
    /// use allegiance::Country;
    ///
    /// let err = Country::parse("Russland").unwrap_err();
    /// assert_eq!(err.to_string(), r#"unknown country "Russland"; did you mean Russia (RU)?"#);
    /// assert_eq!(err.suggestion(), Some(Country::RU));
    /// ```
    #[inline]
    pub fn parse(input: &str) -> Result<Country, ParseCountryError> {
        // Codes as written, first: no trimming, one table load.
        let b = input.as_bytes();
        let code = match b.len() {
            2 => Country::from_alpha2_bytes(b),
            3 if !b[0].is_ascii_digit() => Country::from_alpha3_bytes(b),
            1..=3 => Country::from_numeric_bytes(b),
            _ => None,
        };
        match code {
            Some(c) => Ok(c),
            None => Country::parse_slow(input),
        }
    }

    /// Everything but an exact code: trimmed codes, names and aliases (out
    /// of line, so the code path inlines small).
    #[inline(never)]
    fn parse_slow(input: &str) -> Result<Country, ParseCountryError> {
        // `str::trim` also removes the vertical tab (0x0B), which
        // `is_ascii_whitespace` does not count.
        let untrimmed = |b: u8| b < 0x80 && !b.is_ascii_whitespace() && b != 0x0B;
        let s = match input.as_bytes() {
            [first, .., last] if untrimmed(*first) && untrimmed(*last) => input,
            _ => input.trim(),
        };
        let b = s.as_bytes();
        let found = match b.len() {
            1..=3 if b[0].is_ascii_digit() => Country::from_numeric_bytes(b),
            2 => Country::from_alpha2_bytes(b),
            3 => Country::from_alpha3_bytes(b),
            // ISO 3166-3: "SUHH".
            4 => {
                Country::FORMER.into_iter().find(|c| c.iso3166_3().is_some_and(|k| k.eq_ignore_ascii_case(s)))
            }
            _ => None,
        };
        found.or_else(|| Country::lookup_name(s)).ok_or_else(|| ParseCountryError::new(input, Expected::Any))
    }

    /// Parses an ISO 3166-1 alpha-2 code, in any case: `"RU"`, `"ru"`.
    ///
    /// # Errors
    ///
    /// [`ParseCountryError`] when `code` is not an assigned alpha-2 code.
    pub fn from_alpha2(code: &str) -> Result<Country, ParseCountryError> {
        Country::from_alpha2_bytes(code.trim().as_bytes())
            .ok_or_else(|| ParseCountryError::new(code, Expected::Alpha2))
    }

    /// Parses an ISO 3166-1 alpha-3 code, in any case: `"RUS"`, `"rus"`.
    ///
    /// # Errors
    ///
    /// [`ParseCountryError`] when `code` is not an assigned alpha-3 code.
    pub fn from_alpha3(code: &str) -> Result<Country, ParseCountryError> {
        Country::from_alpha3_bytes(code.trim().as_bytes())
            .ok_or_else(|| ParseCountryError::new(code, Expected::Alpha3))
    }

    /// Parses an ISO 3166-1 numeric code written with or without leading
    /// zeros: `"643"`, `"040"`, `"40"`.
    ///
    /// # Errors
    ///
    /// [`ParseCountryError`] when `code` is not an assigned numeric code.
    pub fn from_numeric_str(code: &str) -> Result<Country, ParseCountryError> {
        Country::from_numeric_bytes(code.trim().as_bytes())
            .ok_or_else(|| ParseCountryError::new(code, Expected::Numeric))
    }

    /// The country with ISO 3166-1 numeric code `code`, if one is assigned.
    #[must_use]
    pub fn from_numeric(code: u16) -> Option<Country> {
        BY_NUMERIC.get(usize::from(code)).copied().flatten()
    }

    /// Parses a name or alias ("Russian Federation", "Burma"); codes are not
    /// accepted here.
    ///
    /// # Errors
    ///
    /// [`ParseCountryError`] when no name matches, with the closest name as
    /// a suggestion when one is close.
    pub fn from_name(name: &str) -> Result<Country, ParseCountryError> {
        Country::lookup_name(name).ok_or_else(|| ParseCountryError::new(name, Expected::Name))
    }

    #[inline]
    fn from_alpha2_bytes(b: &[u8]) -> Option<Country> {
        match *b {
            [x, y] => BY_ALPHA2[letter(x)? * 26 + letter(y)?],
            _ => None,
        }
    }

    #[inline]
    fn from_alpha3_bytes(b: &[u8]) -> Option<Country> {
        match *b {
            // Independent products: no chain of multiplications.
            [x, y, z] => BY_ALPHA3[letter(x)? * 676 + letter(y)? * 26 + letter(z)?],
            _ => None,
        }
    }

    #[inline]
    fn from_numeric_bytes(b: &[u8]) -> Option<Country> {
        let digit = |d: u8| {
            let v = d.wrapping_sub(b'0');
            (v < 10).then_some(usize::from(v))
        };
        // Independent products: no chain of `n * 10 + d`.
        let n = match *b {
            [c] => digit(c)?,
            [c, d] => digit(c)? * 10 + digit(d)?,
            [c, d, e] => digit(c)? * 100 + digit(d)? * 10 + digit(e)?,
            _ => return None,
        };
        BY_NUMERIC[n]
    }

    #[inline]
    fn lookup_name(name: &str) -> Option<Country> {
        if let Some(found) = lookup_plain(name.as_bytes()) {
            return found;
        }
        let mut buf = [0u8; MAX_NAME];
        let n = normalize_hashed(name, &mut buf)?;
        super::names::find_padded(&n.words, n.key.len(), n.hash)
    }
}

/// The little-endian word of the eight bytes of `b` from `at` (in range).
#[inline(always)]
fn le64(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

/// The little-endian word of the four bytes of `b` from `at` (in range).
#[inline(always)]
fn le32(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// The last `len % 8` bytes of `b` (`len = b.len()`, not a multiple of
/// eight) as a zero-padded little-endian word, without a byte loop: one
/// overlapping load, shifted.
#[inline(always)]
fn tail_word(b: &[u8]) -> u64 {
    let len = b.len();
    let tail = len % 8;
    match len {
        // Bytes 0, len/2 and len-1 cover a key of one to three bytes.
        0 => 0,
        1..=3 => {
            u64::from(b[0])
                | u64::from(b[len / 2]) << (8 * (len / 2))
                | u64::from(b[len - 1]) << (8 * (len - 1))
        }
        // Two overlapping four-byte loads: the shared bytes are equal.
        4..=7 => le32(b, 0) | le32(b, len - 4) << (8 * (len - 4)),
        _ => le64(b, len - 8) >> (8 * (8 - tail)),
    }
}

/// The fast path for names already written plainly: ASCII letters and
/// single inner spaces, any case, and not starting with "the ". Their
/// normalized form is the input lower-cased, so it is loaded, checked,
/// lower-cased and hashed eight bytes at a time, straight from the input.
/// `None` when the input is not plain (the general path decides).
#[inline]
fn lookup_plain(b: &[u8]) -> Option<Option<Country>> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HIGH;
    let len = b.len();
    if len == 0 || len > MAX_NAME || b[0] == b' ' || b[len - 1] == b' ' {
        return None;
    }
    let full = len / 8;
    let tail = len % 8;
    let mut key = [0u64; super::names::KEY_WORDS];
    for (k, w) in key[..full].iter_mut().enumerate() {
        *w = le64(b, 8 * k);
    }
    if tail != 0 {
        key[full] = tail_word(b);
    }
    let words = full + usize::from(tail != 0);
    let mut hash = 0u64;
    let mut bad = 0u64;
    let mut carry = 0u64; // the previous word's last byte was a space
    for (k, w) in key[..words].iter_mut().enumerate() {
        let live = if k == full { (1u64 << (8 * tail)) - 1 } else { u64::MAX };
        // Per byte, the high bit set where the byte is a space / a letter
        // (exact per byte: no carry crosses a byte).
        let x = *w ^ (ONES * 0x20);
        let space = !(((x & LOW7) + LOW7) | x) & HIGH & live;
        let lower = *w | (ONES * 0x20);
        let ge_a = (lower | HIGH).wrapping_sub(ONES * 0x61) & HIGH;
        let le_z = ((ONES * 0x7a) | HIGH).wrapping_sub(lower & LOW7) & HIGH;
        let letter = ge_a & le_z & !*w & HIGH & live;
        // Every live byte a space or a letter, no two spaces in a row.
        bad |= ((space | letter) ^ (HIGH & live)) | (space & ((space << 8) | carry));
        carry = space >> 56;
        *w = lower & live; // letters lower-cased; a space stays 0x20
        // Mixed in here, not by `hash_words` after the loop: that measured
        // 36 against 24 ns for "Russian Federation".
        hash = super::names::step(hash, *w);
    }
    if bad != 0 || (len >= 4 && key[0] & 0xFFFF_FFFF == u64::from(u32::from_le_bytes(*b"the "))) {
        return None;
    }
    Some(super::names::find_padded(&key, len, super::names::finish(hash, len)))
}

/// Folds one character to the ASCII letters it stands for, if it is a
/// Latin letter with a diacritic that appears in country names.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'ş' | 'š' | 'ș' | 'Ś' | 'Ş' | 'Š' | 'Ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ț' | 'Ţ' | 'Ť' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return None,
    })
}

/// Whether `c` is a combining diacritical mark, as decomposed (NFD) text
/// writes the diacritic of "ô" (`o` + U+0302): the Combining Diacritical
/// Marks block (U+0300–U+036F, all that decomposing a Latin letter
/// produces) and its Extended, Supplement and Half Marks blocks.
#[inline]
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Writes the normalized form of `input` into `buf` and returns it, or
/// `None` if it does not fit or holds a character no name contains.
///
/// Lower-case ASCII; diacritics folded (upper-case letters through their
/// lower case), composed ("ô") or decomposed ("o" + U+0302, skipped as
/// [`is_combining_mark`]); apostrophes and periods dropped; `&` read as "and"; any
/// other punctuation, symbol or white space run, ASCII or not, becomes one
/// space; no leading or trailing space; a leading "the " removed. A letter
/// no country name can contain (Cyrillic, say) gives `None`.
pub(crate) fn normalize<'b>(input: &str, buf: &'b mut [u8; MAX_NAME]) -> Option<&'b [u8]> {
    normalize_hashed(input, buf).map(|n| n.key)
}

/// The normalized key being written, a byte at a time.
struct Key<'b> {
    buf: &'b mut [u8; MAX_NAME],
    len: usize,
}

/// A normalized key ([`normalize_hashed`]).
pub(super) struct Normalized<'b> {
    /// The key's bytes.
    pub(super) key: &'b [u8],
    /// Its hash, [`super::names::name_hash`].
    pub(super) hash: u64,
    /// The key as zero-padded little-endian words.
    pub(super) words: [u64; super::names::KEY_WORDS],
}

impl Key<'_> {
    #[inline]
    fn byte(&mut self, b: u8) -> Option<()> {
        *self.buf.get_mut(self.len)? = b;
        self.len += 1;
        Some(())
    }

    /// Appends `bytes`, after a space if `space` and the key is not empty.
    #[inline]
    fn push(&mut self, space: bool, bytes: &[u8]) -> Option<()> {
        if space && self.len > 0 {
            self.byte(b' ')?;
        }
        for &b in bytes {
            self.byte(b)?;
        }
        Some(())
    }
}

/// [`normalize`], with the key's hash and words.
#[inline]
pub(super) fn normalize_hashed<'b>(input: &str, buf: &'b mut [u8; MAX_NAME]) -> Option<Normalized<'b>> {
    let bytes = input.as_bytes();
    let mut key = Key { buf, len: 0 };
    let mut pending_space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            // The common case: one byte, no slice copies.
            if pending_space && key.len > 0 {
                key.byte(b' ')?;
            }
            pending_space = false;
            key.byte(LOWER[b as usize])?;
            i += 1;
            continue;
        }
        let folded: &[u8] = if b < 0x80 {
            i += 1;
            match b {
                // dropped: "Côte d'Ivoire" -> "cote divoire", "U.S." -> "us"
                b'\'' | b'`' | b'.' => {}
                b'&' => {
                    key.push(true, b"and")?;
                    pending_space = true;
                }
                _ => pending_space = true,
            }
            continue;
        } else {
            let c = input[i..].chars().next()?;
            i += c.len_utf8();
            if matches!(c, '’' | '‘') {
                continue;
            }
            if let Some(f) = fold(c) {
                f.as_bytes()
            } else if is_combining_mark(c) {
                // A decomposed (NFD) diacritic: its base letter came just
                // before and diacritics fold away, so it adds nothing (and
                // is not a separator: "Co\u{302}te" is "cote").
                continue;
            } else if !c.is_alphanumeric() {
                // White space, dashes, guillemets, zero-width spaces: a
                // separator, as ASCII punctuation is.
                pending_space = true;
                continue;
            } else {
                // Another letter: upper case folds through its lower case; a
                // letter no country name contains (Cyrillic, CJK) rejects
                // the input.
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) if l != c => fold(l)?.as_bytes(),
                    _ => return None,
                }
            }
        };
        key.push(pending_space, folded)?;
        pending_space = false;
    }
    let Key { buf, len } = key;
    let (key, words, hash) = if len >= 4 && buf.starts_with(b"the ") {
        // Rare: the words start mid-word, so they are built byte by byte.
        let rest = &buf[4..len];
        let (words, hash) = super::names::words_and_hash(rest)?;
        (rest, words, hash)
    } else {
        // The key as words, read back once at the end. (Keeping a running
        // word and hash per byte, to spare the one store-forwarding stall
        // of these loads, measured slower: 55 against 46 ns for "Côte
        // d'Ivoire".)
        // The hash is mixed as the words load (`hash_words` after the loop
        // measured 45 against 42 ns).
        let mut words = [0u64; super::names::KEY_WORDS];
        let mut hash = 0;
        for (k, w) in words.iter_mut().enumerate().take(len.div_ceil(8)) {
            *w = le64(&buf[..], 8 * k);
            if 8 * k + 8 > len {
                // Past the key: whatever `buf` held before.
                *w &= (1u64 << (8 * (len - 8 * k))) - 1;
            }
            hash = super::names::step(hash, *w);
        }
        (&buf[..len], words, super::names::finish(hash, len))
    };
    Some(Normalized { key, hash, words })
}

/// ASCII lower-casing table.
static LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).to_ascii_lowercase();
        i += 1;
    }
    t
};

/// What a parse function expected, for the error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expected {
    Any,
    Alpha2,
    Alpha3,
    Numeric,
    Name,
}

/// The error returned when a string names no country.
///
/// Its `Display` quotes the input and, when a known name is close to it,
/// suggests that country:
///
/// ```
/// let err = "Kazakstan".parse::<allegiance::Country>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown country "Kazakstan"; did you mean Kazakhstan (KZ)?"#);
///
/// let err = "Narnia".parse::<allegiance::Country>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown country "Narnia""#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCountryError {
    input: Box<str>,
    expected: Expected,
}

impl ParseCountryError {
    #[cold]
    fn new(input: &str, expected: Expected) -> ParseCountryError {
        ParseCountryError { input: input.into(), expected }
    }

    /// The input that failed to parse, as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest country by name, if one is close enough to suggest.
    ///
    /// Computed when asked for (an edit distance against every name, some
    /// microseconds), so a failed parse that is never shown stays cheap.
    ///
    /// Some inputs name no country but something close to one, and get a
    /// chosen suggestion, not the nearest name: "England", "Scotland",
    /// "Wales" and "Northern Ireland" suggest the United Kingdom, "ROC"
    /// Taiwan; an entity with no ISO code ("Abkhazia", "Zanzibar") suggests
    /// none.
    ///
    /// ```
    /// use allegiance::Country;
    ///
    /// let err = Country::parse("England").unwrap_err();
    /// assert_eq!(err.suggestion(), Some(Country::GB));
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"unknown country "England": part of the United Kingdom; did you mean United Kingdom (GB)?"#
    /// );
    /// assert_eq!(Country::parse("Abkhazia").unwrap_err().suggestion(), None);
    /// ```
    #[must_use]
    pub fn suggestion(&self) -> Option<Country> {
        match self.note() {
            Some(note) => note.suggestion,
            None if matches!(self.expected, Expected::Any | Expected::Name) => suggest(&self.input),
            None => None,
        }
    }

    /// The note on what the input names, when it names something that is
    /// not a country of the table ([`super::names::NOTES`]).
    fn note(&self) -> Option<&'static Note> {
        if !matches!(self.expected, Expected::Any | Expected::Name) {
            return None;
        }
        let mut buf = [0u8; MAX_NAME];
        super::names::note(normalize(&self.input, &mut buf)?)
    }
}

impl fmt::Display for ParseCountryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.expected {
            Expected::Any | Expected::Name => "country",
            Expected::Alpha2 => "ISO 3166-1 alpha-2 code",
            Expected::Alpha3 => "ISO 3166-1 alpha-3 code",
            Expected::Numeric => "ISO 3166-1 numeric code",
        };
        if self.input.trim().is_empty() {
            return write!(f, "empty {what} {:?}: expected a country code or name", &*self.input);
        }
        write!(f, "unknown {what} {:?}", &*self.input)?;
        if let Some(note) = self.note() {
            write!(f, ": {}", note.text)?;
        }
        if let Some(c) = self.suggestion() {
            write!(f, "; did you mean {} ({})?", c.name(), c.alpha2())?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseCountryError {}

/// The country whose normalized name is closest to `input` by edit
/// distance, if the distance is less than half the input's length. The
/// keys of [`NOTES`] compete too, and give their own suggestion (none for
/// a former state): "Englnd" suggests the United Kingdom, not Finland.
fn suggest(input: &str) -> Option<Country> {
    let mut buf = [0u8; MAX_NAME];
    let key = normalize(input, &mut buf)?;
    if key.len() < 3 {
        return None;
    }
    // Smallest distance first; among equals, the longest shared prefix
    // ("Narnia" is as far from "Armenia" as from "Namibia").
    let mut best: Option<(usize, usize, Option<Country>)> = None;
    let names = NAMES.iter().map(|&(name, country)| (name, Some(country)));
    for (name, country) in names.chain(NOTES.iter().map(|(name, note)| (*name, note.suggestion))) {
        // The distance is at least the difference in length: skip names
        // that cannot beat (or tie) the best so far.
        if best.is_some_and(|(bd, _, _)| name.len().abs_diff(key.len()) > bd) {
            continue;
        }
        let d = edit_distance(key, name.as_bytes());
        let prefix = key.iter().zip(name.as_bytes()).take_while(|(a, b)| a == b).count();
        if best.is_none_or(|(bd, bp, _)| d < bd || (d == bd && prefix > bp)) {
            best = Some((d, prefix, country));
        }
    }
    best.filter(|&(d, _, _)| d * 2 < key.len()).and_then(|(_, _, c)| c)
}

/// The candidate whose text is closest to `key` by edit distance, if close
/// enough to suggest: at most half the key's length (and at least 1) edits
/// away. On a tie the first candidate wins. The one rule behind every "did
/// you mean" of the crate (unions, stances, resolution symbols, source and
/// statement ids).
pub(crate) fn closest<T, K: AsRef<[u8]>>(
    key: &[u8],
    candidates: impl IntoIterator<Item = (T, K)>,
) -> Option<T> {
    candidates
        .into_iter()
        .map(|(t, k)| (edit_distance(key, k.as_ref()), t))
        .min_by_key(|&(d, _)| d)
        .filter(|&(d, _)| d * 2 <= key.len().max(2))
        .map(|(_, t)| t)
}

/// Levenshtein distance between two byte strings, for `a` up to 256 bytes
/// and `b` up to [`MAX_NAME`]; longer input gets the longer length (too far
/// for any suggestion).
pub(crate) fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    let (mut x, mut y) = ([0u16; MAX_NAME + 1], [0u16; MAX_NAME + 1]);
    // Swap the two rows by reference, not by copying them.
    let (mut prev, mut cur) = (&mut x, &mut y);
    // Past the bounds no suggestion makes sense: report the distance as
    // the longer length, which no caller's threshold accepts.
    if a.len() > 4 * MAX_NAME || b.len() > MAX_NAME {
        return a.len().max(b.len());
    }
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j as u16;
    }
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i as u16 + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + u16::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        core::mem::swap(&mut prev, &mut cur);
    }
    usize::from(prev[b.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut buf = [0u8; MAX_NAME];
        String::from_utf8(normalize(s, &mut buf).expect("normalizes").to_vec()).unwrap()
    }

    #[test]
    fn the_running_hash_equals_the_const_one() {
        for (k, _) in NAMES {
            let mut buf = [0u8; MAX_NAME];
            let Normalized { key, hash: h, words, .. } = normalize_hashed(k, &mut buf).unwrap();
            assert_eq!(key, k.as_bytes());
            let padded: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
            assert_eq!(&padded[..key.len()], key, "{k}: the words are the key");
            assert!(padded[key.len()..].iter().all(|&b| b == 0), "{k}: zero-padded");
            assert_eq!(h, super::super::names::name_hash(k.as_bytes()), "{k}");
        }
        for s in [
            "The Gambia",
            "the bahamas",
            "Côte d'Ivoire",
            "Bosnia & Herzegovina",
            "a",
            "abcdefgh",
            "abcdefghi",
        ] {
            let mut buf = [0u8; MAX_NAME];
            let Normalized { key, hash: h, .. } = normalize_hashed(s, &mut buf).unwrap();
            assert_eq!(h, super::super::names::name_hash(key), "{s}");
        }
    }

    #[test]
    fn every_name_is_found_through_the_hash_table() {
        use super::super::names::find;
        for &(k, c) in NAMES {
            assert_eq!(find(k.as_bytes()), Some(c), "{k}");
        }
        assert_eq!(find(b"narnia"), None);
    }

    #[test]
    fn name_table_is_sorted_unique_and_normalized() {
        for w in NAMES.windows(2) {
            assert!(w[0].0 < w[1].0, "names table out of order at {:?} / {:?}", w[0].0, w[1].0);
        }
        for (k, _) in NAMES {
            assert_eq!(&norm(k), k, "key {k:?} is not in normalized form");
        }
    }

    #[test]
    fn note_table_is_sorted_unique_normalized_and_apart_from_the_names() {
        use super::super::names::{find, note};
        for w in NOTES.windows(2) {
            assert!(w[0].0 < w[1].0, "notes table out of order at {:?} / {:?}", w[0].0, w[1].0);
        }
        for (k, n) in NOTES {
            assert_eq!(&norm(k), k, "key {k:?} is not in normalized form");
            assert_eq!(find(k.as_bytes()), None, "{k:?} is a name and a note");
            let found = note(k.as_bytes()).expect("found");
            assert_eq!((found.text, found.suggestion), (n.text, n.suggestion), "{k:?}");
        }
        assert!(note(b"narnia").is_none());
    }

    #[test]
    fn every_name_and_official_name_is_in_the_table() {
        for c in Country::iter() {
            assert_eq!(Country::lookup_name(c.name()), Some(c), "{c:?} name");
            assert_eq!(Country::lookup_name(c.official_name()), Some(c), "{c:?} official name");
        }
    }

    #[test]
    fn normalization_rules() {
        assert_eq!(norm("  Côte  d'IVOIRE "), "cote divoire");
        assert_eq!(norm("U.S.A."), "usa");
        assert_eq!(norm("The Gambia"), "gambia");
        assert_eq!(norm("Bosnia & Herzegovina"), "bosnia and herzegovina");
        assert_eq!(norm("Guinea-Bissau"), "guinea bissau");
        assert_eq!(norm("Korea (Republic of)"), "korea republic of");
        assert_eq!(norm("Türkiye"), "turkiye");
        // Non-ASCII separators and upper-case letters outside the table
        // (found in review, 2026-11-29).
        assert_eq!(norm("«Russia»"), "russia");
        assert_eq!(norm("Russia\u{200b}"), "russia");
        assert_eq!(norm("Viet\u{a0}Nam"), "viet nam");
        assert_eq!(norm("ĄLAND ISLANDS"), "aland islands");
        assert_eq!(norm("ÇAD"), "cad");
        // Decomposed (NFD) diacritics: the mark is skipped, not a space.
        assert_eq!(norm("Co\u{302}te d'Ivoire"), "cote divoire");
        assert_eq!(norm("T\u{fc}rkiye"), norm("Tu\u{308}rkiye"));
        assert_eq!(norm("\u{302}Chad\u{301}"), "chad");
        assert_eq!(norm("\u{302}"), "");
        let mut buf = [0u8; MAX_NAME];
        assert_eq!(normalize("Россия", &mut buf), None);
        assert_eq!(normalize(&"a".repeat(65), &mut buf), None);
    }

    #[test]
    fn edit_distance_examples() {
        assert_eq!(edit_distance(b"russland", b"russia"), 3);
        assert_eq!(edit_distance(b"", b"abc"), 3);
        assert_eq!(edit_distance(b"namibia", b"namibia"), 0);
    }
}

#[cfg(test)]
mod plain_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_plain_path_agrees_with_the_general_one_on_every_name() {
        for &(name, c) in NAMES {
            if let Some(found) = lookup_plain(name.as_bytes()) {
                assert_eq!(found, Some(c), "{name}");
            }
            let upper = name.to_uppercase();
            if let Some(found) = lookup_plain(upper.as_bytes()) {
                assert_eq!(found, Some(c), "{upper}");
            }
        }
        // Every length class of the loads: 1-3 bytes, 4-7, a whole word,
        // a word and a tail, whole words.
        for s in [
            "UK",
            "drc",
            "Lao",
            "Chad",
            "Burma",
            "Vietnam",
            "Viet Nam",
            "Kazakhstan",
            "Russian Federation",
            "burma",
            "United States",
            "South Korea",
            "Marshall Islands",
        ] {
            assert!(lookup_plain(s.as_bytes()).is_some_and(|f| f.is_some()), "{s} takes the plain path");
        }
        for s in [
            "the gambia",
            "THE GAMBIA",
            " burma",
            "burma ",
            "south  korea",
            "côte",
            "u.s.",
            "a&b",
            "",
            "russian\0federation",
            "viet\u{7f}nam",
            "chad\0",
            "united  kingdom",
            "Solomon  Islands", // the two spaces straddle a word boundary
        ] {
            assert_eq!(lookup_plain(s.as_bytes()), None, "{s:?} is not plain");
        }
    }

    fn general(s: &str) -> Option<Country> {
        let mut buf = [0u8; MAX_NAME];
        super::super::names::find(normalize(s, &mut buf)?)
    }

    proptest! {
        #[test]
        fn plain_and_general_agree(s in "[A-Za-z @`\\[{\\x00-\\x7f]{0,24}") {
            if let Some(found) = lookup_plain(s.as_bytes()) {
                prop_assert_eq!(found, general(&s));
            }
        }

        #[test]
        fn plain_and_general_agree_on_mangled_names(k in 0usize..400, upper in any::<bool>()) {
            let (name, _) = NAMES[k % NAMES.len()];
            let s = if upper { name.to_uppercase() } else { name.to_owned() };
            if let Some(found) = lookup_plain(s.as_bytes()) {
                prop_assert_eq!(found, general(&s));
            }
        }
    }
}
