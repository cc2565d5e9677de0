//! Dates that carry their precision, and half-open validity periods.
//!
//! A fact known only to the year or the month says so: a [`PartialDate`]
//! is a [`time::Date`] plus a [`Precision`], and prints at that precision
//! ("2015", "Oct 2000", "16 Jul 2001"). In JSON it is an ISO 8601 string at
//! its precision: `"2015"`, `"2000-10"`, `"2001-07-16"`.
//!
//! # Periods are half-open
//!
//! A [`Period`] is `[start, end)`: a country is a member **on** its
//! accession day and is **no longer** a member on its exit day. Two
//! consecutive periods therefore share a boundary without overlapping, and
//! "the day before / the day of / the day after" tests read naturally. An
//! open end (`end: None`) means "still so as of the dataset's as-of date"
//! ([`crate::Dataset::as_of`]), not "forever".
//!
//! A date known only to the month or year takes part in comparisons as its
//! first day (2015 compares as 1 Jan 2015); its precision tells a reader how
//! far to trust the boundary. [`PartialDate`]'s `Ord` (first day, then
//! precision) is a sort order for keys and lists, not a test of "before":
//! compare [`PartialDate::first_day`]s for that.

use core::fmt;
use core::str::FromStr;

use time::{Date, Month};

/// How precisely a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr)]
pub enum Precision {
    /// Known to the year: "2015".
    Year,
    /// Known to the month: "Oct 2000".
    Month,
    /// Known to the day: "16 Jul 2001".
    Day,
}

/// A calendar date with its precision.
///
/// ```
/// use allegiance::PartialDate;
///
/// let signed: PartialDate = "2001-07-16".parse()?;
/// let declared: PartialDate = "2000-10".parse()?;
/// let joined: PartialDate = "2015".parse()?;
/// assert_eq!(signed.to_string(), "16 Jul 2001");
/// assert_eq!(declared.to_string(), "Oct 2000");
/// assert_eq!(joined.to_string(), "2015");
/// assert_eq!(declared.iso().to_string(), "2000-10");
/// # Ok::<(), allegiance::ParseDateError>(())
/// ```
///
/// # Years 0000 to 9999
///
/// Parsing (and JSON) reads years of exactly four digits, `0000` to
/// `9999`: the years whose ISO form reads back as the same date. A date
/// built in code may lie outside them (`time` goes down to year -9999), and
/// queries take it, but a dataset holding one is rejected by
/// [`crate::Dataset::from_facts`], since it could not be saved and loaded
/// again.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    date: Date,
    precision: Precision,
}

impl PartialDate {
    /// A date known to the day.
    #[must_use]
    pub const fn day(date: Date) -> PartialDate {
        PartialDate { date, precision: Precision::Day }
    }

    /// A date known to the month.
    ///
    /// # Panics
    ///
    /// When `month` is not `1..=12` or `year` is outside `time`'s range (at
    /// compile time in a `const`, at run time otherwise). For input you do
    /// not control, parse with [`PartialDate::from_str`], which returns an
    /// error instead.
    #[must_use]
    pub const fn month(year: i32, month: u8) -> PartialDate {
        let m = match month {
            1 => Month::January,
            2 => Month::February,
            3 => Month::March,
            4 => Month::April,
            5 => Month::May,
            6 => Month::June,
            7 => Month::July,
            8 => Month::August,
            9 => Month::September,
            10 => Month::October,
            11 => Month::November,
            12 => Month::December,
            _ => panic!("month out of range"),
        };
        let Ok(date) = Date::from_calendar_date(year, m, 1) else { panic!("year out of range") };
        PartialDate { date, precision: Precision::Month }
    }

    /// A date known to the year.
    ///
    /// # Panics
    ///
    /// When `year` is outside `time`'s range (at compile time in a `const`,
    /// at run time otherwise); [`PartialDate::from_str`] returns an error
    /// instead.
    #[must_use]
    pub const fn year(year: i32) -> PartialDate {
        let Ok(date) = Date::from_calendar_date(year, Month::January, 1) else { panic!("year out of range") };
        PartialDate { date, precision: Precision::Year }
    }

    /// A date known to the day, from its year, month and day (for the
    /// generated tables).
    ///
    /// # Panics
    ///
    /// When the day does not exist (at compile time in a `const`).
    #[must_use]
    pub(crate) const fn ymd(year: i32, month: u8, day: u8) -> PartialDate {
        let m = PartialDate::month(year, month).date.month();
        let Ok(date) = Date::from_calendar_date(year, m, day) else { panic!("no such day") };
        PartialDate { date, precision: Precision::Day }
    }

    /// `date` at `precision`, moved to the first day that precision stands
    /// for.
    pub(crate) fn at_precision(date: Date, precision: Precision) -> Option<PartialDate> {
        let date = match precision {
            Precision::Day => date,
            Precision::Month => date.replace_day(1).ok()?,
            Precision::Year => date.replace_ordinal(1).ok()?,
        };
        Some(PartialDate { date, precision })
    }

    /// The first day this date can stand for (1 Jan for a year, the 1st for
    /// a month); used in every comparison.
    #[must_use]
    pub const fn first_day(self) -> Date {
        self.date
    }

    /// The last day this date can stand for (31 Dec for a year).
    #[must_use]
    pub fn last_day(self) -> Date {
        match self.precision {
            Precision::Day => self.date,
            Precision::Month => {
                let (y, m) = (self.date.year(), self.date.month());
                let days = m.length(y);
                self.date.replace_day(days).unwrap_or(self.date)
            }
            Precision::Year => {
                Date::from_calendar_date(self.date.year(), Month::December, 31).unwrap_or(self.date)
            }
        }
    }

    /// How precisely the date is known.
    #[must_use]
    pub const fn precision(self) -> Precision {
        self.precision
    }

    /// The year.
    #[must_use]
    pub const fn year_number(self) -> i32 {
        self.date.year()
    }

    /// Whether the year is one the ISO form writes and reads back, 0000 to
    /// 9999 (see [the type's docs](PartialDate#years-0000-to-9999)).
    pub(crate) const fn is_writable(self) -> bool {
        matches!(self.date.year(), 0..=9999)
    }

    /// The ISO 8601 form at the date's precision: `"2001-07-16"`,
    /// `"2000-10"`, `"2015"`.
    #[must_use]
    pub fn iso(self) -> IsoDate {
        IsoDate(self)
    }
}

/// A total order for sorting and keys: by first day, then by precision (a
/// year sorts before a day on the same year's January 1st).
///
/// It is a sort order, not "before": `"1948-05"` sorts before
/// `"1948-05-01"`, yet both stand for a first day of 1 May 1948. To ask
/// whether one date falls before another, compare
/// [`PartialDate::first_day`]s, as the dataset's checks, periods and
/// queries do.
///
/// ```
/// use allegiance::PartialDate;
///
/// let (month, day): (PartialDate, PartialDate) = ("1948-05".parse()?, "1948-05-01".parse()?);
/// assert!(month < day); // sorts first
/// assert_eq!(month.first_day(), day.first_day()); // but is not earlier
/// # Ok::<(), allegiance::ParseDateError>(())
/// ```
impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        (self.date, self.precision).cmp(&(other.date, other.precision))
    }
}

impl From<Date> for PartialDate {
    fn from(date: Date) -> PartialDate {
        PartialDate::day(date)
    }
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl fmt::Display for PartialDate {
    /// "16 Jul 2001", "Oct 2000" or "2015".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = (self.date.year(), self.date.month() as usize - 1, self.date.day());
        match self.precision {
            Precision::Day => write!(f, "{d} {} {y:04}", MONTHS[m]),
            Precision::Month => write!(f, "{} {y:04}", MONTHS[m]),
            Precision::Year => write!(f, "{y:04}"),
        }
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.iso())
    }
}

/// The ISO 8601 form of a [`PartialDate`]; see [`PartialDate::iso`].
#[derive(Clone, Copy, Debug)]
pub struct IsoDate(PartialDate);

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0.date;
        match self.0.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day()),
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month() as u8),
            Precision::Year => write!(f, "{:04}", d.year()),
        }
    }
}

/// The error returned when a string is not a date in the form
/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` with a year from 0000 to 9999.
///
/// ```
/// let err = "2022-02-30".parse::<allegiance::PartialDate>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid date "2022-02-30": February 2022 has no day 30 (it has 28 days)"#
/// );
/// let err = "-0050".parse::<allegiance::PartialDate>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid date \"-0050\": a year is written with four digits, from 0000 to 9999 \
///      (the years the ISO form writes and reads back)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDateError {
    input: Box<str>,
    reason: DateProblem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateProblem {
    Shape,
    Year,
    Month(u8),
    Day { year: i32, month: Month, day: u8 },
}

impl ParseDateError {
    /// The input that failed to parse.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid date {:?}: ", &*self.input)?;
        match self.reason {
            DateProblem::Shape => {
                f.write_str("expected YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2022-02-24, 2000-10, 2015)")
            }
            DateProblem::Year => f.write_str(YEAR_RULE),
            DateProblem::Month(m) => write!(f, "there is no month {m} (expected 01 to 12)"),
            DateProblem::Day { year, month, day } => {
                write!(f, "{month} {year} has no day {day} (it has {} days)", month.length(year))
            }
        }
    }
}

impl std::error::Error for ParseDateError {}

/// The rule for years, as error messages state it.
pub(crate) const YEAR_RULE: &str =
    "a year is written with four digits, from 0000 to 9999 (the years the ISO form writes and reads back)";

fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() != n || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl FromStr for PartialDate {
    type Err = ParseDateError;

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (surrounding white space is
    /// ignored). The year has exactly four digits, `0000` to `9999`: the
    /// years [`PartialDate::iso`] writes in a form this parser reads back,
    /// so every date that parses round-trips through its ISO string.
    ///
    /// # Errors
    ///
    /// [`ParseDateError`] naming the input and what is wrong with it.
    fn from_str(input: &str) -> Result<PartialDate, ParseDateError> {
        let trimmed = input.trim();
        if trimmed.bytes().any(|b| b.is_ascii_alphabetic()) {
            return parse_printed(input, trimmed);
        }
        parse_iso(input)
    }
}

/// The form `Display` prints: "16 Jul 2001", "Oct 2000" (the year alone
/// is ISO's form too).
fn parse_printed(input: &str, trimmed: &str) -> Result<PartialDate, ParseDateError> {
    let err = |reason| ParseDateError { input: input.into(), reason };
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let (day, month, year) = match words.as_slice() {
        [d, m, y] => (Some(*d), *m, *y),
        [m, y] => (None, *m, *y),
        _ => return Err(err(DateProblem::Shape)),
    };
    let month =
        MONTHS.iter().position(|n| n.eq_ignore_ascii_case(month)).ok_or_else(|| err(DateProblem::Shape))?;
    let year = digits(year, 4).ok_or_else(|| err(DateProblem::Shape))? as i32;
    let m = Month::try_from(month as u8 + 1).map_err(|_| err(DateProblem::Shape))?;
    match day {
        None => Ok(PartialDate::month(year, month as u8 + 1)),
        Some(d) => {
            let day = match d.len() {
                1 | 2 => d.parse::<u8>().map_err(|_| err(DateProblem::Shape))?,
                _ => return Err(err(DateProblem::Shape)),
            };
            Date::from_calendar_date(year, m, day)
                .map(PartialDate::day)
                .map_err(|_| err(DateProblem::Day { year, month: m, day }))
        }
    }
}

/// The ISO 8601 form at its precision: `2001-07-16`, `2000-10`, `2015`.
fn parse_iso(input: &str) -> Result<PartialDate, ParseDateError> {
    let err = |reason| ParseDateError { input: input.into(), reason };
    let trimmed = input.trim();
    // A sign, or a run of digits that is not four long, is a year out
    // of the format's range: say so rather than "wrong shape".
    let unsigned = trimmed.strip_prefix(['-', '+']).unwrap_or(trimmed);
    let run = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    if run > 0 && (unsigned.len() != trimmed.len() || run != 4) {
        return Err(err(DateProblem::Year));
    }
    let mut parts = trimmed.splitn(3, '-');
    let year = parts.next().and_then(|y| digits(y, 4)).ok_or_else(|| err(DateProblem::Shape))?;
    let year = year as i32;
    let month = match parts.next() {
        None => return Ok(PartialDate::year(year)),
        Some(m) => digits(m, 2).ok_or_else(|| err(DateProblem::Shape))? as u8,
    };
    let m = Month::try_from(month).map_err(|_| err(DateProblem::Month(month)))?;
    let Some(day) = parts.next() else {
        return Ok(PartialDate::month(year, month));
    };
    let day = digits(day, 2).ok_or_else(|| err(DateProblem::Shape))? as u8;
    Date::from_calendar_date(year, m, day)
        .map(PartialDate::day)
        .map_err(|_| err(DateProblem::Day { year, month: m, day }))
}

/// A half-open validity period `[start, end)`; `end: None` is open ("still
/// so as of the dataset's as-of date"). Its `Ord` sorts by start, then end
/// (an open end first), in [`PartialDate`]'s sort order.
///
/// ```
/// use allegiance::{PartialDate, Period};
/// use time::macros::date;
///
/// // Sweden joined NATO on 7 March 2024.
/// let p = Period::from(PartialDate::day(date!(2024-03-07)));
/// assert!(!p.contains(date!(2024-03-06)));
/// assert!(p.contains(date!(2024-03-07)));
///
/// // The United Kingdom's last day in the EU was 31 January 2020.
/// let uk = Period::new(PartialDate::day(date!(1973-01-01)), Some(PartialDate::day(date!(2020-02-01))));
/// assert!(uk.contains(date!(2020-01-31)));
/// assert!(!uk.contains(date!(2020-02-01)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Period {
    /// The first day of the period (inclusive).
    pub start: PartialDate,
    /// The first day after the period (exclusive), or `None` when open.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub end: Option<PartialDate>,
}

impl Period {
    /// A period from `start` to `end` (exclusive).
    #[must_use]
    pub const fn new(start: PartialDate, end: Option<PartialDate>) -> Period {
        Period { start, end }
    }

    /// An open period from `start`.
    #[must_use]
    pub const fn from(start: PartialDate) -> Period {
        Period { start, end: None }
    }

    /// Whether `day` lies in `[start, end)`.
    #[must_use]
    #[inline]
    pub fn contains(&self, day: Date) -> bool {
        self.start.first_day() <= day && self.end.is_none_or(|e| day < e.first_day())
    }

    /// Whether the two periods share at least one day.
    #[must_use]
    pub fn overlaps(&self, other: &Period) -> bool {
        let before = |a: &Period, b: &Period| a.end.is_some_and(|e| e.first_day() <= b.start.first_day());
        !before(self, other) && !before(other, self)
    }

    /// Whether the end lies after the start (an open period always does).
    #[must_use]
    pub fn is_well_formed(&self) -> bool {
        self.end.is_none_or(|e| self.start.first_day() < e.first_day())
    }
}

impl fmt::Display for Period {
    /// "from 1 Jan 2015" or "1 Jan 1973 – 1 Feb 2020".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(e) => write!(f, "{} – {}", self.start, e),
            None => write!(f, "from {}", self.start),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.iso())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for PartialDate {
    /// An ISO 8601 string at its precision (`"2001-07-16"`, `"2000-10"`,
    /// `"2015"`); unlike [`PartialDate::from_str`], not the printed form.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Iso;
        impl serde::de::Visitor<'_> for Iso {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD, YYYY-MM or YYYY")
            }
            // Parsed inside the deserializer, so an error points at the string.
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                parse_iso(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Iso)
    }
}
