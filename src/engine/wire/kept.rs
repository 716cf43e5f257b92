//! A part of a stored document that only some pages read, kept as the JSON
//! it is.
//!
//! The progress every page stores holds the shift page's shift and its
//! reports. Read and written as their types, they cost every page that
//! stores progress their readers and writers (6.3 KB of the game's app,
//! gzipped, though the game never looks at a shift: docs/size.md). As
//! `Kept`, a page passes them through as they were read; the shift page,
//! which uses them, reads them with `get` and writes them with `set`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// `T` as the JSON it was read as (or, new, as `T`'s empty value is
/// written: `Blank`).
pub struct Kept<T> {
    json: Box<RawValue>,
    of: PhantomData<T>,
}

/// How an empty `T` is written, so a new `Kept<T>` is written as `T` would
/// have been without a page needing `T`'s writer.
pub trait Blank {
    const JSON: &'static str;
}

impl<T> Blank for Option<T> {
    const JSON: &'static str = "null";
}

impl<T> Blank for Vec<T> {
    const JSON: &'static str = "[]";
}

impl<T> Kept<T> {
    fn of(json: Box<RawValue>) -> Self {
        Kept {
            json,
            of: PhantomData,
        }
    }

    /// The JSON as kept.
    pub fn json(&self) -> &str {
        self.json.get()
    }
}

impl<T: DeserializeOwned + Serialize + Default> Kept<T> {
    /// The value, read as `T`; `T`'s empty value if what was kept is not a
    /// `T` (the page then starts without it, and the rest of the progress
    /// is still read).
    pub fn get(&self) -> T {
        self.read().unwrap_or_default()
    }

    /// The value, if what was kept is a `T`.
    pub fn read(&self) -> Option<T> {
        super::json::from_str(self.json()).ok()
    }

    /// Keep `value` instead.
    pub fn set(&mut self, value: &T) {
        *self = Kept::new(value);
    }

    /// `value`, kept.
    pub fn new(value: &T) -> Self {
        Kept::of(
            serde_json::value::to_raw_value(value)
                .unwrap_or_else(|_| unreachable!("a progress part always serializes")),
        )
    }
}

impl<T: Blank> Kept<T> {
    /// Whether what is kept is `T`'s empty value, as a new one is written.
    pub fn is_blank(&self) -> bool {
        self.json() == T::JSON
    }
}

impl<T: Serialize> Kept<Vec<T>> {
    /// Add `item` at the end, without reading what is kept (a page that
    /// only adds to a list need not carry its reader). Nothing changes if
    /// what is kept does not end as a list does (damaged; the lists kept
    /// are written without spaces).
    pub fn push(&mut self, item: &T) {
        self.push_as(item);
    }
}

impl<T> Kept<Vec<T>> {
    /// `push`, of `item` written as a `T` is (a borrowed form of it, say).
    pub fn push_as(&mut self, item: &impl Serialize) {
        let Some(head) = self.json().strip_suffix(']') else {
            return;
        };
        let item = serde_json::to_string(item)
            .unwrap_or_else(|_| unreachable!("a progress part always serializes"));
        let comma = if head == "[" { "" } else { "," };
        if let Ok(json) = RawValue::from_string(format!("{head}{comma}{item}]")) {
            *self = Kept::of(json);
        }
    }
}

impl<T: Blank> Default for Kept<T> {
    fn default() -> Self {
        let json = RawValue::from_string(T::JSON.to_string())
            .unwrap_or_else(|_| unreachable!("Blank::JSON is JSON"));
        Kept::of(json)
    }
}

impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        Kept::of(self.json.clone())
    }
}

/// Equal when kept as the same JSON text.
impl<T> PartialEq for Kept<T> {
    fn eq(&self, other: &Self) -> bool {
        self.json() == other.json()
    }
}

impl<T> fmt::Debug for Kept<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.json())
    }
}

impl<T> Serialize for Kept<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for Kept<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(Kept::of)
    }
}
