//! Player-facing text. Every text exists in each supported language; its
//! stable id is derived from where it sits in a scenario (see `TextId`).

use serde::{Deserialize, Serialize};

use crate::engine::wire::named::{read_by_name, Named};

/// A language the game is played in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Nl,
}

read_by_name!(Lang { En = "en", Nl = "nl" });

impl Lang {
    /// The language's code, as in `lang="nl"` and scenario files.
    pub fn code(self) -> &'static str {
        self.name()
    }
}

/// One text in every language. Missing languages deserialize as empty and are
/// reported by validation, so a trainer sees all gaps at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub nl: String,
}

impl Text {
    pub fn new(en: &str, nl: &str) -> Text {
        Text {
            en: en.to_string(),
            nl: nl.to_string(),
        }
    }

    /// The text as shown in `lang`. Where it is empty there, the other
    /// language's text: the game fetches the shipped scenarios one language
    /// at a time, and a line in the old language beats a blank while the new
    /// one loads (or if it cannot). Validation still flags real gaps.
    pub fn get(&self, lang: Lang) -> &str {
        match self.exact(lang) {
            "" => Lang::ALL
                .iter()
                .map(|&l| self.exact(l))
                .find(|t| !t.is_empty())
                .unwrap_or(""),
            own => own,
        }
    }

    /// The text in `lang`, to write to.
    pub fn slot(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::En => &mut self.en,
            Lang::Nl => &mut self.nl,
        }
    }

    /// The text in `lang` only, empty if it has none.
    pub fn exact(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Nl => &self.nl,
        }
    }

    /// Whether the text is empty in every language.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.nl.is_empty()
    }

    /// Languages in which this text is empty.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL
            .iter()
            .copied()
            .filter(|l| self.exact(*l).trim().is_empty())
            .collect()
    }

    pub fn longest(&self) -> usize {
        Lang::ALL
            .iter()
            .copied()
            .map(|l| self.exact(l).chars().count())
            .max()
            .unwrap_or(0)
    }
}
