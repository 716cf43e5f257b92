//! Reading the engine's plain enums (`"phone"`, `"scripted"`, …) by name.
//!
//! serde's derive gives every enum its own visitor, about 1 KB of wasm each;
//! these all share one small reader instead. Writing still uses the derived
//! `Serialize` (and the schema its attributes), and a test checks that every
//! name read here is the name written there. The Twee importer and the
//! engine's own messages take names from here too, so each list exists once.

use serde::de::{Deserializer, Error, Visitor};
use std::fmt;

/// An enum whose variants are read from fixed names.
pub trait Named: Copy + 'static {
    /// Every variant, in the order of `NAMES`.
    const ALL: &'static [Self];
    const NAMES: &'static [&'static str];
    fn name(self) -> &'static str;
}

/// The position in `names` of the string `deserializer` holds.
pub fn read_index<'de, D: Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    struct ByName(&'static [&'static str]);
    impl Visitor<'_> for ByName {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            // Like serde's own message, without Debug's string escaping.
            f.write_str("one of ")?;
            for (i, name) in self.0.iter().enumerate() {
                let sep = if i == 0 { "" } else { ", " };
                write!(f, "{sep}`{name}`")?;
            }
            Ok(())
        }
        fn visit_str<E: Error>(self, s: &str) -> Result<usize, E> {
            self.0
                .iter()
                .position(|n| *n == s)
                .ok_or_else(|| E::unknown_variant(s, self.0))
        }
    }
    deserializer.deserialize_str(ByName(names))
}

/// Implements [`Named`] and `Deserialize` for a plain enum from its variants
/// and their names. Leaving a variant out does not compile.
macro_rules! read_by_name {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $crate::engine::wire::named::Named for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const NAMES: &'static [&'static str] = &[$($name),+];
            fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use $crate::engine::wire::named::Named;
                $crate::engine::wire::named::read_index(d, Self::NAMES).map(|i| Self::ALL[i])
            }
        }
    };
}
pub(crate) use read_by_name;
