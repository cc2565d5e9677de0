//! Every source the embedded facts cite.

use std::borrow::Cow;

use crate::date::day;
use crate::{PartialDate, Source, SourceId};

/// The id of the seed article the project started from: Metro's
/// "Russia-Ukraine war: Which countries are Russia's allies?" (2022).
pub const SEED: SourceId = SourceId::new("metro-2022-russia-allies");

const fn src(
    id: &'static str,
    publisher: &'static str,
    title: &'static str,
    date: Option<PartialDate>,
    url: Option<&'static str>,
    quote: Option<&'static str>,
) -> Source {
    Source {
        id: SourceId::new(id),
        publisher: Cow::Borrowed(publisher),
        title: Cow::Borrowed(title),
        date,
        url: match url {
            Some(u) => Some(Cow::Borrowed(u)),
            None => None,
        },
        quote: match quote {
            Some(q) => Some(Cow::Borrowed(q)),
            None => None,
        },
    }
}

pub(crate) const SOURCES: &[Source] = &[
    src(
        "metro-2022-russia-allies",
        "Metro",
        "Russia-Ukraine war: Which countries are Russia's allies?",
        Some(PartialDate::month(2022, 3)),
        None,
        None,
    ),
    src(
        "iso-3166-1",
        "ISO",
        "ISO 3166-1: Codes for the representation of names of countries and their subdivisions",
        None,
        Some("https://www.iso.org/obp/ui/#search/code/"),
        None,
    ),
    src(
        "un-member-states",
        "United Nations",
        "Member States",
        None,
        Some("https://www.un.org/en/about-us/member-states"),
        None,
    ),
];

#[allow(dead_code)]
const _DAY: PartialDate = day!(2022 - 03 - 01);
