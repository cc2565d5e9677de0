//! Stances on Russia's 2022 invasion of Ukraine: the [`Stance`] scale,
//! [`Statement`]s in the speakers' own words, dated [`StanceRecord`]s, and
//! the [`Claim`]s a source made that are not stances.
//!
//! # The scale
//!
//! [`Stance`] is ordered from most supportive of the invasion to most
//! opposed (`Stance::AssistsMilitarily < … < Stance::OpposesWithMeasures`),
//! so "at least as supportive as neutral" is `..=Stance::Neutral`. A country
//! is placed by its government's own acts or words, on the evidence listed
//! in the record: on the first of the three supportive levels whose
//! criterion they meet (`assists-militarily`, then `endorses`, then
//! `sympathises`); failing those, on the most opposed level whose criterion
//! they meet (`opposes-with-measures`, then `condemns`, then `critical`);
//! and on `neutral` when they go no further than calls for an end to
//! violence, for dialogue or negotiations, or a declared neutrality. (A
//! government that condemns and imposes sanctions meets the criteria of
//! `condemns` and of `opposes-with-measures`; it goes on the second.)
//!
//! | level | criterion |
//! |---|---|
//! | `invader` | Russia: invaded Ukraine on 24 February 2022, a party to the war |
//! | `assists-militarily` | sends troops or weapons to Russia, or lets Russian forces attack from its territory |
//! | `endorses` | calls the invasion justified, right or a "correction of history" |
//! | `sympathises` | blames NATO, the United States or "the West" for the war without endorsing the invasion |
//! | `neutral` | calls for an end to violence, for dialogue or negotiations, without condemning Russia |
//! | `critical` | calls the invasion unacceptable, rejects it or voices concern, short of condemning it |
//! | `condemns` | condemns the invasion in those words, or as a breach of international law |
//! | `opposes-with-measures` | condemns and acts: sanctions on Russia or its helpers, weapons or aid to Ukraine |
//! | `invaded` | Ukraine: invaded, and defending itself, a party to the war |
//!
//! ## How the evidence is read
//!
//! - **Words count only when they are the government's own and verbatim**
//!   (a [`Statement`]): a reporter's summary of a speech never decides a
//!   level, nor does a readout by another government.
//! - **Within a government, evidence accumulates**: a later, milder
//!   statement retracts nothing, so the level is the one all the evidence
//!   so far meets. A record changes when an act moves it (sanctions joined,
//!   arms sent), when the government retracts, or when a later
//!   government's own evidence meets another level.
//! - **An election does not end a record.** The stance is the state's;
//!   it stands until the new government's own words or acts place it
//!   elsewhere (the record's summary says when it continued across a
//!   change of government). **A coup or a regime's fall does**: the record
//!   gets an `until` and the country is not placed until the new
//!   authorities' own evidence is found.
//! - **Concern is `critical` only when it is concern at Russia's act.**
//!   Concern about "the situation" or "the escalation", with Russia's act
//!   unnamed, is `neutral` (India's, Pakistan's and China's words of
//!   February 2022); "grave concern at the military operations of the
//!   Russian Federation" is `critical`.
//! - **Words and acts from before the invasion do not place a country**
//!   (those of 21–23 February 2022, on the recognition of the "republics"):
//!   a record starts with the first evidence from 24 February 2022, and
//!   `opposes-with-measures` from the day both its halves, the
//!   condemnation and the act, are met.
//! - **Generic words decide less.** "Condemns any violation of
//!   sovereignty" with Russia unnamed is `critical`; naming Russia's act, or
//!   calling it a breach of international law or of the UN Charter, is
//!   `condemns`. "Russia has the right to defend itself" presents the
//!   invasion as right: `endorses`.
//! - **Where no words or acts were found, the vote places the country**,
//!   and the record says so: its only evidence is [`Evidence::Vote`]
//!   ([`StanceRecord::rests_on_votes_alone`]) and its `assessed_by` is
//!   "allegiance, by its vote alone". The votes used are the two complete
//!   roll calls, A/RES/ES-11/1 (2 March 2022) and A/RES/ES-11/6
//!   (23 February 2023), and the recorded part of A/RES/ES-11/7
//!   (24 February 2025), each demanding Russia's withdrawal: voting for
//!   such a text (ES-11/1 "deplores", not condemns, the aggression) is
//!   `critical`; an abstention or not voting is `neutral`; a vote against
//!   places nothing by itself (in 2025 the United States voted against
//!   ES-11/7 too) and is noted in the record in force. A vote never
//!   overrides words or acts.
//!
//! The two **parties to the war** are not third states taking a position
//! and are not placed by these criteria: Russia is [`Stance::Invader`] and
//! Ukraine [`Stance::Invaded`], at the two ends of the order so that one
//! range expresses every question. `Stance::AssistsMilitarily..=
//! Stance::OpposesWithMeasures` is every third state;
//! [`Stance::is_supportive`] and [`Stance::is_party`] tell them apart.
//!
//! The names in the table are the levels' `Display` form; in JSON (feature
//! `serde`) they are written in `snake_case` like every enum value
//! (`"assists_militarily"`), and the kebab-case names are read too.
//! [`Stance`]'s `FromStr` accepts both, ignoring case, spaces and
//! punctuation.
//!
//! The levels refine the usual three-way split (for, neutral, against)
//! because the seed article distinguishes exactly these cases: Belarus
//! "sent help", Myanmar called the invasion "justified", Venezuela blamed
//! NATO "without openly supporting", India called for "an immediate
//! cessation of violence", Israel "condemned", the United Kingdom levied
//! sanctions. How they map onto the Economist Intelligence Unit's three
//! groups is in `src/data/notes/stances_2026.md`.
//!
//! # Assessments and claims
//!
//! A [`StanceRecord`] is an *assessment*: someone placed a country on the
//! scale, from a day, on stated evidence, and the record says who
//! ([`StanceRecord::assessed_by`]). Where the seed article classifies a
//! country ("Turkey have taken something of a neutral stance") the record
//! is the article's assessment, cited to it; where a reading by this
//! crate's criteria differs, it is listed in
//! [`StanceRecord::alternatives`]. A [`Claim`] is what a source asserted
//! about a country that is not a stance ("a strong ally of Russia",
//! "tipped to join"): kept verbatim so it can be compared with the
//! structured facts, never used by the queries.

use core::fmt;
use core::str::FromStr;
use std::borrow::Cow;

use strum::IntoEnumIterator;

use crate::{Country, PartialDate, Reading, SourceId};

/// The day Russia's full-scale invasion of Ukraine began: no stance record
/// applies before it.
pub const INVASION_DAY: time::Date = time::macros::date!(2022 - 02 - 24);

/// Where a country stands on Russia's 2022 invasion of Ukraine, from most
/// supportive (`AssistsMilitarily`) to most opposed (`OpposesWithMeasures`).
/// See the [module docs](crate::stance) for each level's criterion.
///
/// ```
/// use allegiance::Stance;
///
/// assert!(Stance::Endorses < Stance::Neutral);
/// assert_eq!(Stance::Neutral.to_string(), "neutral");
/// assert_eq!("opposes with measures".parse(), Ok(Stance::OpposesWithMeasures));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "kebab-case")]
#[repr(u8)]
#[non_exhaustive]
pub enum Stance {
    /// The party that invaded: Russia. Not a third state's stance: it sits
    /// at the supportive end so that the scale stays one order.
    Invader,
    /// Sends troops or weapons to Russia, or lets Russian forces attack
    /// from its territory.
    #[cfg_attr(feature = "serde", serde(alias = "assists-militarily"))]
    AssistsMilitarily,
    /// Calls the invasion justified or praises it.
    Endorses,
    /// Blames NATO, the United States or the West without endorsing.
    Sympathises,
    /// Calls for peace, dialogue or an end to violence without condemning.
    Neutral,
    /// Calls the invasion unacceptable or voices concern, short of condemning.
    Critical,
    /// Condemns the invasion.
    Condemns,
    /// Condemns and acts: sanctions, weapons or aid to Ukraine.
    #[cfg_attr(feature = "serde", serde(alias = "opposes-with-measures"))]
    OpposesWithMeasures,
    /// The party invaded: Ukraine. Not a third state's stance: it sits at
    /// the opposed end so that the scale stays one order.
    Invaded,
}

impl Stance {
    /// The level's name, as `Display` prints it: `"assists-militarily"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The criterion that places a country on this level, in a sentence.
    #[must_use]
    pub const fn criterion(self) -> &'static str {
        match self {
            Stance::Invader => "invaded Ukraine on 24 February 2022: a party to the war",
            Stance::AssistsMilitarily => {
                "sends troops or weapons to Russia, or lets Russian forces attack from its territory"
            }
            Stance::Endorses => "calls the invasion justified, right or a correction of history",
            Stance::Sympathises => {
                "blames NATO, the United States or the West for the war without endorsing the invasion"
            }
            Stance::Neutral => {
                "calls for an end to violence, dialogue or negotiations without condemning Russia"
            }
            Stance::Critical => {
                "calls the invasion unacceptable, rejects it or voices concern, short of condemning it"
            }
            Stance::Condemns => "condemns the invasion, or calls it a breach of international law",
            Stance::OpposesWithMeasures => {
                "condemns and acts: sanctions on Russia or its helpers, weapons or aid to Ukraine"
            }
            Stance::Invaded => "was invaded on 24 February 2022 and defends itself: a party to the war",
        }
    }

    /// Whether this level is a third state's support for the invasion
    /// (`AssistsMilitarily`, `Endorses` or `Sympathises`). The invader
    /// itself is a party, not a supporter: `false`.
    #[must_use]
    pub const fn is_supportive(self) -> bool {
        !self.is_party() && (self as u8) <= (Stance::Sympathises as u8)
    }

    /// Whether this is one of the two parties to the war (`Invader`,
    /// `Invaded`) rather than a third state's stance.
    ///
    /// ```
    /// use allegiance::Stance;
    ///
    /// assert!(Stance::Invader.is_party() && Stance::Invaded.is_party());
    /// assert!(!Stance::Neutral.is_party());
    /// // Third states only:
    /// let third = Stance::AssistsMilitarily..=Stance::OpposesWithMeasures;
    /// assert!(!third.contains(&Stance::Invader) && !third.contains(&Stance::Invaded));
    /// ```
    #[must_use]
    pub const fn is_party(self) -> bool {
        matches!(self, Stance::Invader | Stance::Invaded)
    }
}

impl FromStr for Stance {
    type Err = ParseStanceError;

    /// Parses a level's name ignoring case, spaces and punctuation:
    /// `"neutral"`, `"assists-militarily"`, `"Opposes with measures"`.
    ///
    /// # Errors
    ///
    /// [`ParseStanceError`] quoting the input and suggesting the closest level.
    fn from_str(s: &str) -> Result<Stance, ParseStanceError> {
        Stance::iter().find(|v| crate::union::squashed_eq(s, v.as_str())).ok_or_else(|| {
            let key: Vec<u8> = crate::union::squash(s).collect();
            let names = Stance::iter().map(|v| (v, crate::union::squash(v.as_str()).collect::<Vec<u8>>()));
            let suggestion = crate::country::closest(&key, names);
            ParseStanceError { input: s.into(), suggestion }
        })
    }
}

/// The error returned when a string names no [`Stance`].
///
/// ```
/// let err = "nuetral".parse::<allegiance::Stance>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown stance "nuetral"; did you mean neutral?"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseStanceError {
    input: Box<str>,
    suggestion: Option<Stance>,
}

impl ParseStanceError {
    /// The input that failed to parse.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The closest level, if one is close enough to suggest.
    #[must_use]
    pub fn suggestion(&self) -> Option<Stance> {
        self.suggestion
    }
}

impl fmt::Display for ParseStanceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown stance {:?}", &*self.input)?;
        match self.suggestion {
            Some(s) => write!(f, "; did you mean {s}?"),
            None => {
                f.write_str("; expected one of ")?;
                for (i, s) in Stance::iter().enumerate() {
                    write!(f, "{}{s}", if i == 0 { "" } else { ", " })?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ParseStanceError {}

/// Words someone said or wrote, verbatim, with who, when and where it was
/// reported.
///
/// `words` are exactly as the first source prints them; for a quotation in
/// the seed article that is the article's wording, and the original report
/// (with its exact date) is the second source. Other renderings (another
/// translation) are listed in `alternatives`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Statement {
    /// A stable id (`"in-modi-2022-02-24"`) that stance records cite.
    pub id: Cow<'static, str>,
    /// The speaker's country (for a government, the government's).
    pub country: Country,
    /// The country the statement is evidence about, when not the speaker's
    /// own (the UK Foreign Office on Belarus).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub about: Option<Country>,
    /// Who spoke: a person, or a body ("Ministry of Foreign Affairs").
    pub speaker: Cow<'static, str>,
    /// The speaker's office on that day.
    pub office: Cow<'static, str>,
    /// When it was said, at the precision known.
    pub date: PartialDate,
    /// The words, verbatim as the first source prints them.
    pub words: Cow<'static, str>,
    /// The sources: the one whose wording `words` copies first.
    pub sources: Cow<'static, [SourceId]>,
    /// A remark: the context, what could not be confirmed.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<Cow<'static, str>>,
    /// Other renderings or dates that sources give.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub alternatives: Cow<'static, [Reading]>,
}

/// One piece of evidence behind a [`StanceRecord`].
///
/// In JSON, an object with exactly one key: `{"statement": "pl-2022-02-24"}`,
/// `{"vote": "A/RES/ES-11/1"}` or `{"measure": "sent aid"}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Evidence {
    /// A [`Statement`], by id.
    Statement(Cow<'static, str>),
    /// A UN General Assembly vote, by resolution symbol (the country's vote
    /// in it: [`crate::Dataset::vote`]).
    Vote(Cow<'static, str>),
    /// An act, described in a sentence ("let Russian forces fire missiles
    /// from its territory"), sourced by the record.
    Measure(Cow<'static, str>),
}

/// Read as a struct so that any other key, or a second one, is an error
/// with its path (an externally tagged enum reports a syntax error there).
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Evidence {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Evidence, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Fields {
            statement: Option<Cow<'static, str>>,
            vote: Option<Cow<'static, str>>,
            measure: Option<Cow<'static, str>>,
        }
        let expecting = "a piece of evidence: an object with one of `statement`, `vote` and `measure`";
        crate::serde_impls::via_map(d, expecting, |f: Fields| match f {
            Fields { statement: Some(id), vote: None, measure: None } => Ok(Evidence::Statement(id)),
            Fields { statement: None, vote: Some(symbol), measure: None } => Ok(Evidence::Vote(symbol)),
            Fields { statement: None, vote: None, measure: Some(what) } => Ok(Evidence::Measure(what)),
            _ => Err(crate::serde_impls::Invalid::Other(
                "a piece of evidence has exactly one of the fields `statement`, `vote` and `measure`".into(),
            )),
        })
    }
}

/// A country's stance from a day, with the evidence and who assessed it.
///
/// A country can have several records; the one in force on a day is the
/// latest whose `since` is at or before it, unless its `until` has passed
/// (the government that held the stance fell and no later stance is
/// sourced). `since` is the day of the earliest evidence, not a guess at
/// when the conduct began.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct StanceRecord {
    /// The country.
    pub country: Country,
    /// Its place on the scale.
    pub stance: Stance,
    /// From when, at the precision known.
    pub since: PartialDate,
    /// When the record stopped applying with no later record to replace it
    /// (a change of government); `None` while it applies.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub until: Option<PartialDate>,
    /// Why, in a sentence.
    pub summary: Cow<'static, str>,
    /// The evidence: statements, votes, measures.
    pub evidence: Cow<'static, [Evidence]>,
    /// Who placed the country on the scale: "Metro (seed article)" for
    /// the article's classifications, "allegiance, by the scale's criteria"
    /// for this crate's reading of the evidence.
    pub assessed_by: Cow<'static, str>,
    /// The sources of the assessment and the evidence.
    pub sources: Cow<'static, [SourceId]>,
    /// Other placements that sources or the criteria give.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub alternatives: Cow<'static, [Reading]>,
}

impl StanceRecord {
    /// The day the record starts to apply: the first day of `since`, but
    /// not before the invasion (24 February 2022). A record whose evidence
    /// is dated only to the year 2022 ("since": "2022") so applies from
    /// the invasion, not from 1 January.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let by = kb.stance(Country::BY, date!(2022-03-02)).unwrap();
    /// assert_eq!(by.starts(), date!(2022-02-24));
    /// ```
    #[must_use]
    pub fn starts(&self) -> time::Date {
        self.since.first_day().max(INVASION_DAY)
    }

    /// Whether the record rests on UN votes alone: no statement and no act
    /// was found, so the country's vote placed it (see the
    /// [module docs](crate::stance#how-the-evidence-is-read)). A reader who
    /// wants placements by words and acts only filters these out.
    ///
    /// ```
    /// use allegiance::{Country, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let by = kb.stance(Country::BY, date!(2022-03-02)).unwrap();
    /// assert!(!by.rests_on_votes_alone());
    /// ```
    #[must_use]
    pub fn rests_on_votes_alone(&self) -> bool {
        !self.evidence.is_empty() && self.evidence.iter().all(|e| matches!(e, Evidence::Vote(_)))
    }
}

/// What a source asserted about a country that is not a stance: "a strong
/// ally of Russia", "tipped to join". Kept verbatim so a reader can compare
/// it with the structured facts; the queries never use it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Claim {
    /// The country the claim is about.
    pub subject: Country,
    /// The words of the claim, verbatim from the source.
    pub wording: Cow<'static, str>,
    /// When the source made it.
    pub date: PartialDate,
    /// The source of the claim (for the seed's claims, [`crate::SEED`]).
    pub sources: Cow<'static, [SourceId]>,
    /// How the claim compares with the structured facts, and what other
    /// sources say.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<Cow<'static, str>>,
}
