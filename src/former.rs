//! Former states: the five [`Country`] values that no longer exist, when
//! each existed, who succeeded it, and which successor, if any, continues it.
//!
//! `Country` holds the 249 ISO 3166-1 entries, Kosovo, and the five former
//! states with ISO 3166-3 codes that the dataset's unions, treaties and
//! roll calls need: the Soviet Union (`SU`, ISO 3166-3 `SUHH`), Yugoslavia
//! (`YU`, `YUCS`), Czechoslovakia (`CS`, `CSHH`), East Germany (`DD`,
//! `DDDE`) and South Yemen (`YD`, `YDYE`). That is 255 values, one short of
//! what a byte holds, so `Country` stays one byte and a
//! [`crate::CountrySet`] 256 bits.
//!
//! Three former states need no value of their own, because today's code
//! continues them and ISO kept the code: West Germany is `DE` (ISO kept DE;
//! only the GDR moved to ISO 3166-3), North Yemen is `YE`, North Vietnam is
//! `VN`. The Federal Republic of Yugoslavia and Serbia and Montenegro
//! (1992–2006) are filed as Serbia (`RS`), which continues them. States and
//! entities with no ISO 3166 code of their own (Zanzibar, the Republic of
//! Vietnam, Abkhazia, …) are [`crate::Entity`] values.
//!
//! # Continuity
//!
//! A *continuator* is the successor that is the same state in law, holding
//! its seat and its treaties: Russia for the Soviet Union. The queries keep
//! the two apart: the USSR's UN membership, roll-call votes and treaties
//! until its end are the USSR's (`SU`), and Russia's from its continuation.
//! To ask about "Russia" over the whole period, follow
//! [`Country::continues`]:
//!
//! ```
//! use allegiance::{Country, Dataset, Union};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! let day = date!(1960-01-01);
//! assert!(kb.role(Country::RU, Union::Un, day).is_none());
//! assert_eq!(Country::RU.continues(), Some(Country::SU));
//! let seat = Country::RU.continues().unwrap_or(Country::RU);
//! assert!(kb.role(seat, Union::Un, day).is_some());
//!
//! let su = Country::SU.former_state().unwrap();
//! assert_eq!(su.continuator, Some(Country::RU));
//! assert_eq!(su.period.end.map(|d| d.to_string()), Some("26 Dec 1991".to_owned()));
//! assert_eq!(su.successors.len(), 15);
//! // Yugoslavia and Czechoslovakia have successors but no continuator.
//! assert_eq!(Country::YU.former_state().unwrap().continuator, None);
//! assert!(Country::CS.former_state().unwrap().successors.contains(Country::SK));
//! ```
//!
//! The facts are in `src/data/vocabulary/former_states.tsv`, each row citing
//! sources of the embedded dataset ([`crate::Dataset::source`]).

use once_cell::sync::Lazy;

use crate::{Country, CountrySet, PartialDate, Period, SourceId};

/// The facts, one line per former state.
static TSV: &str = include_str!("data/vocabulary/former_states.tsv");

/// A former state: its period, its successors and its continuator.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormerState {
    /// The state.
    pub country: Country,
    /// When it existed, half-open: the end is the first day it no longer
    /// did (the Soviet Union: 30 Dec 1922 to 26 Dec 1991).
    pub period: Period,
    /// The states on its former territory that succeeded it.
    pub successors: CountrySet,
    /// The successor that continues it in law (its seat and treaties):
    /// Russia for the Soviet Union; `None` where no successor does.
    pub continuator: Option<Country>,
    /// The sources (ids of the embedded dataset's sources).
    pub sources: Vec<SourceId>,
    /// What the sources say, with the readings where they differ.
    pub note: &'static str,
}

impl FormerState {
    /// Whether the state existed on `day`.
    #[must_use]
    pub fn existed_on(&self, day: time::Date) -> bool {
        self.period.contains(day)
    }
}

/// A problem in `former_states.tsv`: the line and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TableError {
    /// The 1-based line.
    pub(crate) line: usize,
    /// What is wrong.
    pub(crate) problem: String,
}

/// Reads the table; every problem found, with its line.
pub(crate) fn parse_table(text: &'static str) -> Result<Vec<FormerState>, Vec<TableError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut lines = text.lines().enumerate();
    let header = lines.next().map(|(_, l)| l).unwrap_or_default();
    if header != "country\tstart\tend\tsuccessors\tcontinuator\tsources\tnote" {
        errors.push(TableError { line: 1, problem: format!("unexpected columns {header:?}") });
    }
    for (k, line) in lines.filter(|(_, l)| !l.is_empty()) {
        let n = k + 1;
        let mut bad = |problem: String| errors.push(TableError { line: n, problem });
        let f: Vec<&'static str> = line.split('\t').collect();
        let [country, start, end, successors, continuator, sources, note] = f[..] else {
            bad(format!("{} fields, expected 7", f.len()));
            continue;
        };
        let country = match Country::parse(country) {
            Ok(c) if c.is_former() => c,
            Ok(c) => {
                bad(format!("{c:?} is not a former state"));
                continue;
            }
            Err(e) => {
                bad(e.to_string());
                continue;
            }
        };
        let date = |s: &str| s.parse::<PartialDate>().map_err(|e| e.to_string());
        let (start, end) = match (date(start), date(end)) {
            (Ok(s), Ok(e)) => (s, e),
            (Err(e), _) | (_, Err(e)) => {
                bad(e);
                continue;
            }
        };
        let mut set = CountrySet::EMPTY;
        for code in successors.split_whitespace() {
            match Country::parse(code) {
                Ok(c) => {
                    set.insert(c);
                }
                Err(e) => bad(e.to_string()),
            }
        }
        let continuator = match continuator {
            "" => None,
            code => match Country::parse(code) {
                Ok(c) if set.contains(c) => Some(c),
                Ok(c) => {
                    bad(format!("continuator {c:?} is not among the successors"));
                    None
                }
                Err(e) => {
                    bad(e.to_string());
                    None
                }
            },
        };
        let sources = sources.split(',').filter(|s| !s.is_empty()).map(SourceId::new).collect();
        let period = Period::new(start, Some(end));
        if !period.is_well_formed() {
            bad(format!("{country:?} ends before it starts"));
        }
        out.push(FormerState { country, period, successors: set, continuator, sources, note });
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

static TABLE: Lazy<Vec<FormerState>> = Lazy::new(|| parse_table(TSV).unwrap_or_default());

/// The five former states, in [`Country`] order.
#[must_use]
pub fn former_states() -> &'static [FormerState] {
    &TABLE
}

impl Country {
    /// The facts of a former state; `None` for a country of today.
    #[must_use]
    pub fn former_state(self) -> Option<&'static FormerState> {
        TABLE.iter().find(|f| f.country == self)
    }

    /// The former state this country continues in law: `Some(SU)` for
    /// Russia. `None` for every other country: successors that do not
    /// continue a state (Czechia, Slovakia, Yugoslavia's five) and the
    /// states that continue one without a value of its own (Germany, Yemen,
    /// Viet Nam, Serbia; see the module docs).
    #[must_use]
    pub fn continues(self) -> Option<Country> {
        TABLE.iter().find(|f| f.continuator == Some(self)).map(|f| f.country)
    }

    /// The former states this country succeeded: `{SU}` for Ukraine,
    /// `{CS}` for Slovakia, `{DD}` for Germany.
    #[must_use]
    pub fn predecessors(self) -> CountrySet {
        TABLE.iter().filter(|f| f.successors.contains(self)).map(|f| f.country).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_whole() {
        let t = parse_table(TSV).expect("former_states.tsv parses");
        let countries: Vec<Country> = t.iter().map(|f| f.country).collect();
        assert_eq!(countries, Country::FORMER);
    }

    #[test]
    fn a_bad_table_reports_every_line() {
        let text = "country\tstart\tend\tsuccessors\tcontinuator\tsources\tnote\n\
                    RU\t1922\t1991\t\t\t\t\n\
                    SU\t1922-13\t1991\tRU\t\t\t\n\
                    CS\t1918\t1993\tCZ SK\tRU\t\t\n";
        let errors = parse_table(text).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4], "{errors:?}");
        assert!(errors[0].problem.contains("not a former state"));
        assert!(errors[2].problem.contains("not among the successors"));
    }
}
