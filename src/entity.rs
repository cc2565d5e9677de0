//! [`Entity`]: states and state-like entities with no ISO 3166 code of
//! their own, and [`Polity`], either a [`Country`] or an `Entity`.
//!
//! Two are former states (Zanzibar, 1963–64, a UN Member for four months;
//! the Republic of Vietnam, 1955–75). Six claim statehood that most of the
//! world does not recognise: Abkhazia, South Ossetia, the Donetsk and
//! Luhansk "people's republics", Northern Cyprus and Transnistria. None is
//! counted as a UN member today; Zanzibar's membership of 1963–64 is
//! [`Entity::un_membership`].
//!
//! ```
//! use allegiance::{Entity, Polity, Country};
//!
//! let e: Entity = "Abkhazia".parse()?;
//! assert_eq!(e, Entity::Abkhazia);
//! assert!(e.recognition().contains("Recognised by Russia on 26 Aug 2008"));
//! assert_eq!(e.un_membership(), None);
//!
//! // A polity is either: what people write, read as one or the other.
//! assert_eq!("USSR".parse::<Polity>()?, Polity::Country(Country::SU));
//! assert_eq!("Zanzibar".parse::<Polity>()?, Polity::Entity(Entity::Zanzibar));
//! assert_eq!(Entity::Zanzibar.cow_code(), Some(511));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The facts are in `src/data/vocabulary/entities.tsv`, each row citing
//! sources of the embedded dataset ([`crate::Dataset::source`]).

use core::fmt;
use core::str::FromStr;

use once_cell::sync::Lazy;

use crate::{Country, ParseCountryError, PartialDate, Period, SourceId};

static TSV: &str = include_str!("data/vocabulary/entities.tsv");

/// A state or entity with no ISO 3166 code of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[repr(u8)]
#[non_exhaustive]
pub enum Entity {
    /// Zanzibar (1963–64), which Tanzania continues.
    Zanzibar,
    /// The Republic of Vietnam, South Vietnam (1955–75).
    SouthVietnam,
    /// Abkhazia, claimed by Georgia.
    Abkhazia,
    /// South Ossetia, claimed by Georgia.
    SouthOssetia,
    /// The Donetsk "people's republic", in Ukraine.
    Donetsk,
    /// The Luhansk "people's republic", in Ukraine.
    Luhansk,
    /// The "Turkish Republic of Northern Cyprus", in Cyprus.
    NorthernCyprus,
    /// The "Pridnestrovian Moldavian Republic", in Moldova.
    Transnistria,
}

/// What an [`Entity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A former state, a member of the COW and G&W state lists.
    FormerState,
    /// An entity that claims statehood, recognised by few or no UN members.
    Claimant,
}

/// One row of `entities.tsv`.
#[derive(Clone, Debug)]
struct Row {
    key: &'static str,
    name: &'static str,
    formal_name: &'static str,
    kind: EntityKind,
    period: Period,
    cow: Option<u16>,
    gw: Option<u16>,
    un: Option<Period>,
    sources: Vec<SourceId>,
    recognition: &'static str,
}

/// Reads the table: one row per variant, in variant order, or every
/// problem with its line.
fn parse_table(text: &'static str) -> Result<Vec<Row>, Vec<String>> {
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let want =
        "variant\tkey\tname\tformal_name\tkind\tstart\tend\tcow\tgw\tun_from\tun_to\tsources\trecognition";
    if header != want {
        errors.push(format!("entities.tsv line 1: unexpected columns {header:?}"));
    }
    let mut variants = Entity::iter();
    for (k, line) in lines.enumerate().filter(|(_, l)| !l.is_empty()) {
        let n = k + 2;
        let f: Vec<&'static str> = line.split('\t').collect();
        let [
            variant,
            key,
            name,
            formal_name,
            kind,
            start,
            end,
            cow,
            gw,
            un_from,
            un_to,
            sources,
            recognition,
        ] = f[..]
        else {
            errors.push(format!("entities.tsv line {n}: {} fields, expected 13", f.len()));
            continue;
        };
        let expected = variants.next().map(<&'static str>::from);
        if expected != Some(variant) {
            errors.push(format!("entities.tsv line {n}: {variant:?}, expected {expected:?}"));
        }
        let kind = match kind {
            "FormerState" => EntityKind::FormerState,
            "Claimant" => EntityKind::Claimant,
            other => {
                errors.push(format!("entities.tsv line {n}: unknown kind {other:?}"));
                continue;
            }
        };
        let mut date = |s: &str| -> Option<PartialDate> {
            if s.is_empty() {
                return None;
            }
            s.parse().map_err(|e| errors.push(format!("entities.tsv line {n}: {e}"))).ok()
        };
        let (start, end, un_from, un_to) = (date(start), date(end), date(un_from), date(un_to));
        let Some(start) = start else {
            errors.push(format!("entities.tsv line {n}: no start"));
            continue;
        };
        let mut code = |s: &str| -> Option<u16> {
            if s.is_empty() {
                return None;
            }
            s.parse().map_err(|e| errors.push(format!("entities.tsv line {n}: code {s:?}: {e}"))).ok()
        };
        let (cow, gw) = (code(cow), code(gw));
        rows.push(Row {
            key,
            name,
            formal_name,
            kind,
            period: Period::new(start, end),
            cow,
            gw,
            un: un_from.map(|s| Period::new(s, un_to)),
            sources: sources.split(',').filter(|s| !s.is_empty()).map(SourceId::new).collect(),
            recognition,
        });
    }
    if variants.next().is_some() {
        errors.push("entities.tsv: a variant has no row".to_owned());
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

static TABLE: Lazy<Vec<Row>> = Lazy::new(|| parse_table(TSV).unwrap_or_default());

impl Entity {
    fn row(self) -> Option<&'static Row> {
        TABLE.get(self as usize)
    }

    /// Every entity, in declaration order.
    pub fn iter() -> impl Iterator<Item = Entity> {
        <Entity as strum::IntoEnumIterator>::iter()
    }

    /// The crate's key for it, lower case (`"abkhazia"`, `"south_vietnam"`),
    /// as data files and JSON write it.
    #[must_use]
    pub fn key(self) -> &'static str {
        self.row().map_or("", |r| r.key)
    }

    /// Its common English name: `"Northern Cyprus"`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.row().map_or("", |r| r.name)
    }

    /// The name it gives itself: `"Turkish Republic of Northern Cyprus"`.
    #[must_use]
    pub fn formal_name(self) -> &'static str {
        self.row().map_or("", |r| r.formal_name)
    }

    /// A former state or a claimant.
    #[must_use]
    pub fn kind(self) -> EntityKind {
        self.row().map_or(EntityKind::Claimant, |r| r.kind)
    }

    /// For a former state, when it existed; for a claimant, from its
    /// declaration of independence, open-ended.
    #[must_use]
    pub fn period(self) -> Period {
        self.row().map_or(Period::new(PartialDate::year(0), None), |r| r.period)
    }

    /// Its Correlates of War state code, if the list has it (Zanzibar 511,
    /// the Republic of Vietnam 817).
    #[must_use]
    pub fn cow_code(self) -> Option<u16> {
        self.row().and_then(|r| r.cow)
    }

    /// Its Gleditsch–Ward state code, if the list has it.
    #[must_use]
    pub fn gw_code(self) -> Option<u16> {
        self.row().and_then(|r| r.gw)
    }

    /// When it was a UN Member: only Zanzibar was, from 16 Dec 1963 to the
    /// union of 26 Apr 1964. `None` for every other entity.
    #[must_use]
    pub fn un_membership(self) -> Option<Period> {
        self.row().and_then(|r| r.un)
    }

    /// Who recognises it and what the UN has said, with the dates (for a
    /// former state: its dates and its successor), as the sources give it.
    #[must_use]
    pub fn recognition(self) -> &'static str {
        self.row().map_or("", |r| r.recognition)
    }

    /// The sources (ids of the embedded dataset's sources).
    #[must_use]
    pub fn sources(self) -> &'static [SourceId] {
        self.row().map_or(&[], |r| &r.sources)
    }

    /// Parses the key, the name or the formal name, case-insensitively,
    /// with a few spellings people write ("TRNC", "Pridnestrovie", "DPR",
    /// "LPR", "Lugansk", "Republic of Vietnam").
    ///
    /// # Errors
    ///
    /// [`ParseEntityError`], quoting the input and suggesting the closest
    /// name when one is close.
    pub fn parse(input: &str) -> Result<Entity, ParseEntityError> {
        // Normalized as country names are (case, diacritics, punctuation).
        let key = |s: &str| {
            let mut buf = [0u8; crate::country::MAX_NAME];
            crate::country::normalize(s, &mut buf).map(<[u8]>::to_vec).unwrap_or_default()
        };
        let norm = key(input);
        let aliases: &[(&str, Entity)] = &[
            ("trnc", Entity::NorthernCyprus),
            ("pridnestrovie", Entity::Transnistria),
            ("dpr", Entity::Donetsk),
            ("dnr", Entity::Donetsk),
            ("lpr", Entity::Luhansk),
            ("lnr", Entity::Luhansk),
            ("lugansk", Entity::Luhansk),
            ("luhansk", Entity::Luhansk),
            ("donetsk", Entity::Donetsk),
            ("lugansk peoples republic", Entity::Luhansk),
            ("south vietnam", Entity::SouthVietnam),
        ];
        if !norm.is_empty() {
            let names = Entity::iter().flat_map(|e| [e.key(), e.name(), e.formal_name()].map(|n| (n, e)));
            if let Some((_, e)) = names.chain(aliases.iter().copied()).find(|(n, _)| key(n) == norm) {
                return Ok(e);
            }
        }
        let suggestion = Entity::iter()
            .map(|e| (crate::country::edit_distance(&norm, &key(e.name())), e))
            .min()
            .filter(|&(d, _)| d <= 3)
            .map(|(_, e)| e);
        Err(ParseEntityError { input: input.to_owned(), suggestion })
    }
}

/// An input that names no [`Entity`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEntityError {
    input: String,
    suggestion: Option<Entity>,
}

impl ParseEntityError {
    /// The input, as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest entity, if one is close.
    #[must_use]
    pub fn suggestion(&self) -> Option<Entity> {
        self.suggestion
    }
}

impl fmt::Display for ParseEntityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown entity {:?}", self.input)?;
        match self.suggestion {
            Some(e) => write!(f, "; did you mean {}?", e.name()),
            None => Ok(()),
        }
    }
}

impl std::error::Error for ParseEntityError {}

impl FromStr for Entity {
    type Err = ParseEntityError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Entity::parse(s)
    }
}

impl fmt::Display for Entity {
    /// Prints [`Entity::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// A state or entity: a [`Country`] (today's or a former state) or an
/// [`Entity`]. Two bytes, `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Polity {
    /// A country.
    Country(Country),
    /// An entity with no ISO 3166 code of its own.
    Entity(Entity),
}

impl Polity {
    /// The name: [`Country::name`] or [`Entity::name`].
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Polity::Country(c) => c.name(),
            Polity::Entity(e) => e.name(),
        }
    }

    /// The country, if it is one.
    #[must_use]
    pub fn country(self) -> Option<Country> {
        match self {
            Polity::Country(c) => Some(c),
            Polity::Entity(_) => None,
        }
    }
}

impl From<Country> for Polity {
    fn from(c: Country) -> Polity {
        Polity::Country(c)
    }
}

impl From<Entity> for Polity {
    fn from(e: Entity) -> Polity {
        Polity::Entity(e)
    }
}

impl fmt::Display for Polity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for Polity {
    type Err = ParseCountryError;

    /// A [`Country`] if the input names one, else an [`Entity`]; the error
    /// is the country parser's, which says when the input names an entity.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match Country::parse(s) {
            Ok(c) => Ok(Polity::Country(c)),
            Err(err) => Entity::parse(s).map(Polity::Entity).map_err(|_| err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_whole() {
        let rows = parse_table(TSV).expect("entities.tsv parses");
        assert_eq!(rows.len(), Entity::iter().count());
    }

    #[test]
    fn a_bad_table_reports_every_line() {
        let text = "variant\tkey\tname\tformal_name\tkind\tstart\tend\tcow\tgw\tun_from\tun_to\tsources\trecognition\n\
                    Zanzibar\tz\tZ\tZ\tState\t1963\t\t\t\t\t\t\t\n\
                    SouthVietnam\ts\tS\tS\tClaimant\t1955\t1975-13\tx\t\t\t\t\t\n";
        let errors = parse_table(text).unwrap_err();
        assert!(errors[0].contains("line 2: unknown kind"), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("line 3") && e.contains("1975-13")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("code \"x\"")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("a variant has no row")), "{errors:?}");
    }
}
