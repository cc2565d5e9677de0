//! [`CountrySet`]: a `Copy` set of countries in 256 bits.

use core::fmt;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Sub, SubAssign};

use crate::Country;

/// A set of countries: 256 bits, `Copy`, with set operations that cost a few
/// machine instructions.
///
/// Iteration is in ascending [`Country`] order (alpha-2 order). `Debug`
/// prints the alpha-2 codes.
///
/// ```
/// use allegiance::{Country, CountrySet};
///
/// let founders: CountrySet = [Country::BY, Country::KZ, Country::RU].into_iter().collect();
/// let joined_2015 = CountrySet::from([Country::AM, Country::KG]);
/// let eaeu = founders | joined_2015;
/// assert_eq!(eaeu.len(), 5);
/// assert!(eaeu.contains(Country::AM));
/// assert_eq!(format!("{eaeu:?}"), "{AM, BY, KG, KZ, RU}");
/// assert_eq!((eaeu - founders), joined_2015);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct CountrySet {
    bits: [u64; 4],
}

impl CountrySet {
    /// The empty set.
    pub const EMPTY: CountrySet = CountrySet { bits: [0; 4] };

    /// The empty set (deprecated: [`CountrySet::EMPTY`] is the one way to
    /// write it).
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use `CountrySet::EMPTY`")]
    pub const fn new() -> CountrySet {
        CountrySet::EMPTY
    }

    /// Every country.
    #[must_use]
    pub const fn all() -> CountrySet {
        let mut s = CountrySet::EMPTY;
        let mut i = 0;
        while i < Country::ALL.len() {
            s = s.with(Country::ALL[i]);
            i += 1;
        }
        s
    }

    /// A copy of `self` with `c` added (usable in `const` items).
    #[must_use]
    pub const fn with(mut self, c: Country) -> CountrySet {
        let i = c as usize;
        self.bits[i / 64] |= 1 << (i % 64);
        self
    }

    /// Adds `c`; returns whether it was absent.
    pub fn insert(&mut self, c: Country) -> bool {
        let (word, bit) = (c as usize / 64, 1u64 << (c as usize % 64));
        let absent = self.bits[word] & bit == 0;
        self.bits[word] |= bit;
        absent
    }

    /// Removes `c`; returns whether it was present.
    pub fn remove(&mut self, c: Country) -> bool {
        let present = self.contains(c);
        let i = c as usize;
        self.bits[i / 64] &= !(1 << (i % 64));
        present
    }

    /// Whether `c` is in the set.
    #[must_use]
    #[inline]
    pub const fn contains(&self, c: Country) -> bool {
        let i = c as usize;
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }

    /// The number of countries in the set.
    #[must_use]
    pub const fn len(&self) -> usize {
        (self.bits[0].count_ones()
            + self.bits[1].count_ones()
            + self.bits[2].count_ones()
            + self.bits[3].count_ones()) as usize
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.bits[0] | self.bits[1] | self.bits[2] | self.bits[3] == 0
    }

    /// The countries in either set.
    #[must_use]
    pub const fn union(self, other: CountrySet) -> CountrySet {
        let (a, b) = (self.bits, other.bits);
        CountrySet { bits: [a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3]] }
    }

    /// The countries in both sets.
    #[must_use]
    pub const fn intersection(self, other: CountrySet) -> CountrySet {
        let (a, b) = (self.bits, other.bits);
        CountrySet { bits: [a[0] & b[0], a[1] & b[1], a[2] & b[2], a[3] & b[3]] }
    }

    /// The countries in `self` but not in `other`.
    #[must_use]
    pub const fn difference(self, other: CountrySet) -> CountrySet {
        let (a, b) = (self.bits, other.bits);
        CountrySet { bits: [a[0] & !b[0], a[1] & !b[1], a[2] & !b[2], a[3] & !b[3]] }
    }

    /// The countries in exactly one of the sets.
    #[must_use]
    pub const fn symmetric_difference(self, other: CountrySet) -> CountrySet {
        let (a, b) = (self.bits, other.bits);
        CountrySet { bits: [a[0] ^ b[0], a[1] ^ b[1], a[2] ^ b[2], a[3] ^ b[3]] }
    }

    /// Whether every country of `self` is in `other`.
    #[must_use]
    pub const fn is_subset(&self, other: &CountrySet) -> bool {
        self.difference(*other).is_empty()
    }

    /// The countries in ascending order.
    #[must_use]
    pub fn iter(&self) -> Iter {
        Iter { bits: self.bits, word: 0 }
    }
}

/// An iterator over a [`CountrySet`], in ascending order.
#[derive(Clone, Debug)]
pub struct Iter {
    bits: [u64; 4],
    word: usize,
}

impl Iterator for Iter {
    type Item = Country;

    fn next(&mut self) -> Option<Country> {
        while self.word < 4 {
            let w = self.bits[self.word];
            if w != 0 {
                let bit = w.trailing_zeros() as usize;
                self.bits[self.word] = w & (w - 1);
                // Only bits of real countries are ever set.
                return Country::at_index((self.word * 64 + bit) as u8);
            }
            self.word += 1;
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits[self.word.min(4)..].iter().map(|w| w.count_ones() as usize).sum();
        (n, Some(n))
    }
}

impl ExactSizeIterator for Iter {}
impl core::iter::FusedIterator for Iter {}

impl IntoIterator for CountrySet {
    type Item = Country;
    type IntoIter = Iter;
    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl IntoIterator for &CountrySet {
    type Item = Country;
    type IntoIter = Iter;
    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl FromIterator<Country> for CountrySet {
    fn from_iter<I: IntoIterator<Item = Country>>(iter: I) -> CountrySet {
        let mut s = CountrySet::EMPTY;
        s.extend(iter);
        s
    }
}

impl Extend<Country> for CountrySet {
    fn extend<I: IntoIterator<Item = Country>>(&mut self, iter: I) {
        for c in iter {
            *self = self.with(c);
        }
    }
}

impl<const N: usize> From<[Country; N]> for CountrySet {
    fn from(arr: [Country; N]) -> CountrySet {
        arr.into_iter().collect()
    }
}

impl From<Country> for CountrySet {
    fn from(c: Country) -> CountrySet {
        CountrySet::EMPTY.with(c)
    }
}

impl fmt::Debug for CountrySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for CountrySet {
    /// Alpha-2 codes separated by ", ".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(c.alpha2())?;
        }
        Ok(())
    }
}

macro_rules! set_ops {
    ($($tr:ident $m:ident $atr:ident $am:ident => $f:ident;)*) => {$(
        impl $tr for CountrySet {
            type Output = CountrySet;
            fn $m(self, rhs: CountrySet) -> CountrySet {
                self.$f(rhs)
            }
        }
        impl $atr for CountrySet {
            fn $am(&mut self, rhs: CountrySet) {
                *self = self.$f(rhs);
            }
        }
    )*};
}

set_ops! {
    BitOr bitor BitOrAssign bitor_assign => union;
    BitAnd bitand BitAndAssign bitand_assign => intersection;
    Sub sub SubAssign sub_assign => difference;
    BitXor bitxor BitXorAssign bitxor_assign => symmetric_difference;
}

#[cfg(feature = "serde")]
impl serde::Serialize for CountrySet {
    /// A list of alpha-2 codes, in ascending order.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CountrySet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: Vec<Country> = serde::Deserialize::deserialize(d)?;
        Ok(v.into_iter().collect())
    }
}
