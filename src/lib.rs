//! Who stands with whom, on which day, and on what evidence.
//!
//! `allegiance` answers questions such as "who were the members of the
//! Eurasian Economic Union on 24 February 2022?", "was the China–Russia
//! treaty of 2001 in force today, and on what basis?", "where did Myanmar
//! stand on the invasion of Ukraine, in whose words?", "how did India vote
//! on ES-11/1?" and "who were Russia's allies on 1 March 2022, and why?",
//! from a typed model of countries, unions, treaties, stances and UN votes
//! and a sourced dataset shipped in the crate. Every answer can be traced
//! to the sources behind it.
//!
//! ```
//! use allegiance::{Country, Dataset, Role, TreatyStatus, Union};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//!
//! // Countries: every ISO 3166-1 entry and five former states, parsed from
//! // what people write.
//! let ru: Country = "Russian Federation".parse()?;
//! assert_eq!((ru.alpha2(), ru.alpha3(), ru.numeric()), ("RU", "RUS", 643));
//!
//! // Former states are countries too, and the UN a union of its Members.
//! let un_1960 = kb.members(Union::Un, date!(1960-01-01));
//! assert_eq!(un_1960.len(), 82);
//! assert!(un_1960.contains(Country::SU) && !un_1960.contains(Country::RU));
//! // A code that depends on the date: Germany's COW code, 260 for West
//! // Germany in 1980, 255 for Germany in 1995.
//! assert_eq!(Country::DE.cow_code(date!(1980-01-01)), Some(260));
//! assert_eq!(Country::DE.cow_code(date!(1995-01-01)), Some(255));
//!
//! // Unions on a day.
//! let eaeu = kb.members(Union::Eaeu, date!(2022-02-24));
//! assert_eq!(eaeu.len(), 5);
//! assert_eq!(kb.role(Country::UZ, Union::Eaeu, date!(2022-03-01)), Some(Role::Observer));
//! assert_eq!(kb.role(Country::AM, Union::Csto, date!(2024-06-01)), Some(Role::Frozen));
//!
//! // Treaties, with their status and the evidence.
//! let pact = kb.treaty("cn-ru-2001").ok_or("the 2001 treaty is in the dataset")?;
//! let status = pact.status_at(date!(2026-11-28));
//! assert!(matches!(status, TreatyStatus::InForce { end_disputed: true, .. }));
//! for id in pact.sources.iter() {
//!     let source = kb.source(id).ok_or("every cited source is in the dataset")?;
//!     println!("{source}");
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Data and sources
//!
//! [`Dataset::embedded`] is a snapshot whose facts were checked up to its
//! as-of date ([`Dataset::as_of`], 28 Nov 2026); an open period means "still
//! so on that day". Each record cites one or more [`Source`]s by id
//! (publisher, title, date, URL and the supporting passage); the seed
//! article, Metro's "Russia-Ukraine war: Which countries are Russia's
//! allies?" (March 2022, known to the month), is [`SEED`]. Dates carry their
//! [`Precision`]. Where sources disagree, the record keeps the reading the
//! queries use and lists the others as [`Reading`]s (`alternatives`).
//!
//! The facts live in data files in the crate's `src/data/` (TSV for flat
//! records, JSON for nested ones; see [`files`] for their columns), from
//! which a generator kept in the test suite writes the static tables the
//! crate compiles in; change a fact by editing its line and running
//! `ALLEGIANCE_REGENERATE=1 cargo test --all-features --test generate`.
//! With the `serde` feature, `Dataset::from_dir` and `Dataset::from_files`
//! load your own files through the same loader and checks.
//!
//! What the dataset covers is declared ([`coverage`], [`Dataset::coverage`]):
//! a question outside it is answered [`Covered::No`] (or `Partly`, `Before`)
//! rather than with an empty list that reads as "none"; see
//! [`Dataset::allies_coverage`].
//!
//! | union | coverage | notable readings |
//! |---|---|---|
//! | EAEU | founders, Armenia and Kyrgyzstan (2015), observers Moldova, Uzbekistan, Cuba, Iran | Kyrgyzstan 6 Aug 2015 (alt. 12 Aug) |
//! | CSTO | the 1992 treaty's parties from signature, the 1999 departures, Uzbekistan 2006–2012, Armenia's 2024 freeze | Uzbekistan's 2012 suspension treated as an exit |
//! | CIS | the 1991 founders, Georgia (1993–2009), Turkmenistan (associate), Ukraine (participant until 2018) | Ukraine's status |
//! | Union State | Russia and Belarus from 26 Jan 2000 | |
//! | SCO | founders, India and Pakistan (2017), Iran (2023), Belarus (2024), observers, dialogue partners | some observer days derived from summit dates |
//! | BRICS | founders (2009), South Africa (2010), the 2024 and 2025 enlargements, partner countries | Saudi Arabia: invited, membership disputed |
//! | NATO | all 32 members with accession days | West Germany 6 May 1955 (alt. 9 May) |
//! | EU | the European Communities from 1958, every accession, the UK's exit, candidates | candidate days ±1 |
//! | G7 | the members since 1975–77 and Russia in the G8 (1998–2014) | Russia from 1997 or 1998 |
//! | Council of Europe | every member from its accession, Russia suspended (25 Feb 2022) and expelled (16 Mar 2022), Greece 1969–74, five observers | 17 accessions dated to the year |
//! | OSCE | the 35 of 1973, the later participating States, the Partners for Co-operation | the Czech Republic and Slovakia not recorded |
//! | OAS | the 21 founders from 30 Apr 1948, the later members, Cuba (excluded 1962, frozen from 2009), Honduras 2009–11, Venezuela and Nicaragua's exits | Venezuela's exit disputed |
//! | Arab League | founders (1945), later members, Egypt 1979–89, Libya 2011, Syria 2011–23 suspended | Syria's UAR years; Democratic Yemen not recorded |
//! | ASEAN | the five founders (1967), later members, Timor-Leste (observer 2022, member 2025) | Brunei 7 Jan 1984 (alt. 8 Jan) |
//! | GCC | the six founders (1981) | |
//! | AU | 45 of 55 members from 26 May 2001, 21 suspensions | ten members not recorded |
//! | ECOWAS | the 15 founders (1975), Cabo Verde, Mauritania's exit (2000), the suspensions from 2012, the exit of Mali, Burkina Faso and Niger (29 Jan 2025) | earlier suspensions not recorded |
//! | SADC, EAC | their members from 1992 and 2000, Seychelles's exit and return, Madagascar's suspension (2009–14) | South Africa and Mauritius by year |
//! | OIC | its 57 members by year of joining, Egypt 1979–84, Afghanistan 1980–89, Syria 2012–25 suspended, four observers | years only |
//! | UNASUR, ALBA, CELAC | their members, UNASUR's exits of 2019–20 and returns of 2023, ALBA's exits and Bolivia's suspension (2025), Brazil frozen in CELAC (2020–23) | some UNASUR exits by month or year |
//! | G20 | its 19 states from 15 Dec 1999 | the EU and the AU are not states |
//! | Commonwealth | its 56 members, Zimbabwe (to 2003), the years out of South Africa, Pakistan, Fiji, The Gambia and the Maldives, five suspensions | founders by year; Ireland not recorded |
//! | Quad, AUKUS | their members from 2017 and 2021 | forums: no ally |
//!
//! Treaties: see [`treaty`] for how a treaty's life is modelled and the
//! disputed end of the China–Russia treaty's extension. Diplomatic
//! relations with Russia (or the USSR) are recorded for the countries the
//! seed article discusses, with breaks and restorations.
//!
//! # Stances, claims and votes
//!
//! See [`stance`] for the scale and its criteria, and for how an
//! *assessment* (a [`StanceRecord`], who placed a country on the scale) differs
//! from a *claim* (a [`Claim`], what a source asserted, kept verbatim). The seed
//! article's quotations are [`Statement`]s whose words are the article's,
//! cited to it and to the original report with its exact date:
//!
//! ```
//! use allegiance::{Country, Dataset, SEED, Stance};
//! use time::macros::date;
//!
//! let kb = Dataset::embedded();
//! let mm = kb.stance(Country::MM, date!(2022-03-01)).unwrap();
//! assert_eq!(mm.stance, Stance::Endorses);
//! let said = kb.statements(Country::MM).next().unwrap();
//! assert_eq!(said.sources[0], SEED);
//! println!("{} ({}, {}): \u{201c}{}\u{201d}", said.speaker, said.office, said.date, said.words);
//! for claim in kb.claims(Country::TJ) {
//!     println!("the seed: {}", claim.wording);
//! }
//! ```
//!
//! UN General Assembly roll calls: A/RES/ES-11/1 (2 March 2022), ES-11/6
//! and 68/262 in full; ES-11/4 in part (marked incomplete). Each roll call
//! was assembled from press lists that add up to the announced totals; the
//! official UN voting records were not available to check against (see
//! each [`Resolution`]'s note).
//!
//! # Allies
//!
//! [`Dataset::relation`] lists every [`Tie`] between two countries on a day,
//! strongest first, each with its sources; [`Dataset::allies`] the countries
//! with at least one alliance-grade tie. The rule, with the seed article's
//! examples, is in [`tie`]. [`Dataset::changes`] lists what changed between
//! two days.
//!
//! # Research tables
//!
//! [`Dataset::dyad_years`] and [`Dataset::state_years`] give the facts as
//! dyad-year and state-year tables of the COW or Gleditsch–Ward state
//! system, in `peacesciencer`'s conventions and with a coverage column per
//! family of facts, as rows or CSV: see [`tables`].
//!
//! # Crate features
//!
//! - `serde` (off by default): `Serialize` and `Deserialize` for the public
//!   types (countries as alpha-2 codes, unions as acronyms, dates as ISO 8601
//!   strings at their precision), `Dataset::from_json`, `Dataset::to_json`,
//!   and the `serde` modules for other country code forms. Turns on
//!   `time/serde` and pulls in `serde_json`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The README's tour, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod country;
mod country_set;
pub mod coverage;
mod data;
pub mod dataset;
pub mod date;
pub mod entity;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod files;
pub mod former;
mod index;
#[cfg(feature = "serde")]
mod json;
mod parse;
mod query;
pub mod source;
pub mod stance;
pub mod state_system;
pub use query::tables;
pub mod tie;
pub mod treaty;
pub mod unga;
pub mod union;
mod validate;
pub mod vote;

/// serde support: `with`-modules for other country code forms.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde {
    pub use crate::serde_impls::{alpha3, numeric};
}
#[cfg(feature = "serde")]
mod answers_serde;
#[cfg(feature = "serde")]
mod serde_impls;

pub use country::{Country, ParseCountryError, UnStatus};
pub use country_set::{CountrySet, Iter as CountrySetIter};
pub use coverage::{Covered, FactKind, Scope};
pub use data::{AS_OF, DATA_VERSION, SEED};
pub use dataset::{Dataset, Facts, Problem, ProblemKind, ValidationError};
pub use date::{ParseDateError, PartialDate, Period, Precision};
pub use entity::{Entity, EntityKind, ParseEntityError, Polity};
pub use former::{FormerState, former_states};
pub use parse::ParseNameError;
#[allow(deprecated)]
pub use query::allies::ALIGNED_VOTES_WINDOW;
pub use query::allies::{ALIGNED_VOTES, ALIGNED_VOTES_MIN, ALIGNED_VOTES_MONTHS};
pub use query::changes::{Change, ChangeKind};
pub use query::membership::Founding;
pub use source::{Original, Reading, Source, SourceId, SourceKind};
pub use stance::{Claim, Evidence, ParseStanceError, Stance, StanceRecord, Statement};
pub use state_system::{Spell, StateList};
pub use tie::{Allies, AlliesIter, Ally, EntityTie, Relation, RollCalls, Tie, TieKind, Via};
pub use treaty::{
    Basis, NoticeDeadline, Obligation, PartyStatus, Provision, Term, Treaty, TreatyEvent, TreatyKind,
    TreatyStatus, Validities, Validity,
};
pub use union::{Membership, ParseUnionError, Role, Union, UnionKind};
pub use vote::{Agreement, Organ, PERMANENT_MEMBERS, Resolution, Tally, UnknownResolution, Vote};
