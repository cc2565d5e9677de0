//! serde support (feature `serde`): countries as alpha-2 codes, unions as
//! acronyms, dates as ISO 8601 strings at their precision.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Country, Union};

impl Serialize for Country {
    /// The alpha-2 code: `"RU"`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.alpha2())
    }
}

struct CountryVisitor;

impl Visitor<'_> for CountryVisitor {
    type Value = Country;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a country code or name, such as \"RU\", \"RUS\", \"643\" or \"Russia\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Country, E> {
        v.parse().map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Country, E> {
        u16::try_from(v)
            .ok()
            .and_then(Country::from_numeric)
            .ok_or_else(|| E::custom(format_args!("unknown ISO 3166-1 numeric code {v}")))
    }
}

impl<'de> Deserialize<'de> for Country {
    /// Any form [`Country::parse`] accepts, or a numeric code as a number.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        d.deserialize_any(CountryVisitor)
    }
}

/// Serialize a [`Country`] as its alpha-3 code (`#[serde(with = "allegiance::serde::alpha3")]`).
/// Deserializing accepts every form, like the default.
pub mod alpha3 {
    use super::*;

    /// Writes the alpha-3 code.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    pub fn serialize<S: Serializer>(c: &Country, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(c.alpha3())
    }

    /// Reads any form [`Country::parse`] accepts.
    ///
    /// # Errors
    ///
    /// When the value names no country.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        Country::deserialize(d)
    }
}

/// Serialize a [`Country`] as its numeric code, a number (`#[serde(with = "allegiance::serde::numeric")]`).
/// Kosovo, which has none, is an error.
pub mod numeric {
    use super::*;

    /// Writes the numeric code.
    ///
    /// # Errors
    ///
    /// For Kosovo, which has no numeric code, and those of the serializer.
    pub fn serialize<S: Serializer>(c: &Country, s: S) -> Result<S::Ok, S::Error> {
        match c.numeric_code() {
            Some(n) => s.serialize_u16(n),
            None => {
                Err(serde::ser::Error::custom(format_args!("{} has no ISO 3166-1 numeric code", c.name())))
            }
        }
    }

    /// Reads a number or any form [`Country::parse`] accepts.
    ///
    /// # Errors
    ///
    /// When the value names no country.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        Country::deserialize(d)
    }
}

impl Serialize for Union {
    /// The acronym: `"EAEU"`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.acronym())
    }
}

impl<'de> Deserialize<'de> for Union {
    /// An acronym or name, as [`Union`]'s `FromStr` accepts.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Union, D::Error> {
        struct Name;
        impl Visitor<'_> for Name {
            type Value = Union;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a union's acronym or name, such as \"EAEU\" or \"European Union\"")
            }
            // Parsed inside the deserializer, so an error points at the string.
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Union, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Name)
    }
}

/// What [`via_map`]'s conversion found wrong.
pub(crate) enum Invalid {
    /// A field is missing.
    Missing(&'static str),
    /// Anything else, in a sentence.
    Other(String),
}

/// Reads an object as `F` (a private struct of its fields), then converts
/// it. The conversion runs inside the deserializer's `visit_map`, so that an
/// error it returns is located at the object (for JSON, at its closing
/// brace), like serde's own errors; an error made after `deserialize`
/// returned would be located wherever the enclosing list or object ends.
pub(crate) fn via_map<'de, D, F, T>(
    d: D,
    expecting: &'static str,
    convert: impl FnOnce(F) -> Result<T, Invalid>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: Deserialize<'de>,
{
    struct Object<F, C>(&'static str, C, std::marker::PhantomData<F>);

    impl<'de, F, T, C> Visitor<'de> for Object<F, C>
    where
        F: Deserialize<'de>,
        C: FnOnce(F) -> Result<T, Invalid>,
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }

        fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let fields = F::deserialize(de::value::MapAccessDeserializer::new(map))?;
            (self.1)(fields).map_err(|e| match e {
                Invalid::Missing(field) => de::Error::missing_field(field),
                Invalid::Other(message) => de::Error::custom(message),
            })
        }
    }

    d.deserialize_map(Object(expecting, convert, std::marker::PhantomData))
}
