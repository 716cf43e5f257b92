//! The scenarios a page can play: the shipped ones in one language and the
//! trainer's own. Fetching them is the browser's business (`ui::game::library`);
//! what is made of the bytes that arrive, and of a library that arrives late,
//! is decided here.

use std::rc::Rc;

use crate::engine::check::diagnostic::summary;
use crate::engine::check::load;
use crate::engine::model::track::Track;
use crate::engine::{builtin_policies, Lang, Scenario};
use crate::saved::own_scenarios::OwnScenarios;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub scenarios: Vec<Rc<Scenario>>,
    /// (file, what is wrong), shown to the user.
    pub errors: Vec<(String, String)>,
    pub loaded: bool,
    /// The language asked for; the shipped scenarios carry only its texts.
    pub lang: Option<Lang>,
    /// The shipped library file itself could not be fetched or read.
    pub shipped_failed: bool,
    /// Ids of the scenarios the trainer imported.
    pub own: Vec<String>,
    /// The stored own scenarios could not be read at all.
    pub own_unreadable: bool,
    /// The tracks on offer.
    pub tracks: Vec<Rc<Track>>,
}

/// One shipped scenario in `scenarios/library.<lang>.json`, left as raw JSON so that
/// one the engine rejects is reported by its file name and the rest still load.
#[derive(serde::Deserialize)]
struct Entry<'a> {
    file: String,
    #[serde(borrow)]
    scenario: &'a serde_json::value::RawValue,
}

impl Library {
    /// The shipped library in `lang` from what fetching `url` gave: its text,
    /// or why there is none.
    pub fn shipped(url: &str, fetched: Result<String, String>, lang: Lang) -> Library {
        let mut library = Library {
            loaded: true,
            lang: Some(lang),
            ..Library::default()
        };
        let entries: Result<Vec<Entry>, String> = match &fetched {
            Ok(text) => crate::engine::wire::json::from_str(text).map_err(|e| e.to_string()),
            Err(e) => Err(e.clone()),
        };
        let entries = match entries {
            Ok(entries) => entries,
            Err(e) => {
                library.errors.push((url.to_string(), e));
                library.shipped_failed = true;
                return library;
            }
        };
        let policies = builtin_policies();
        for entry in entries {
            match load::load_scenario_in(entry.scenario.get(), &policies, &[lang]) {
                Ok(s) => library.scenarios.push(Rc::new(s)),
                Err(problems) => library
                    .errors
                    .push((entry.file, summary(&problems, 3, lang))),
            }
        }
        library
    }

    /// Adds the trainer's own scenarios as stored (`None`: unreadable, left
    /// for the workshop to set aside); one whose id a shipped scenario has
    /// is not played.
    pub fn with_own(mut self, own: Option<OwnScenarios>) -> Library {
        let Some(own) = own else {
            self.own_unreadable = true;
            return self;
        };
        let shipped: Vec<String> = self.scenarios.iter().map(|s| s.id.clone()).collect();
        let shipped: Vec<&str> = shipped.iter().map(String::as_str).collect();
        let (playable, failed) = own.load(&builtin_policies(), &shipped);
        for s in playable {
            self.own.push(s.id.clone());
            self.scenarios.push(Rc::new(s));
        }
        // Worded in the library's language (English until one is asked for).
        let lang = self.lang.unwrap_or(Lang::En);
        self.errors.extend(
            failed
                .into_iter()
                .map(|f| (f.file, summary(&f.why, 3, lang))),
        );
        self
    }

    pub fn find(&self, id: &str) -> Option<Rc<Scenario>> {
        self.scenarios.iter().find(|s| s.id == id).cloned()
    }

    pub fn track(&self, id: &str) -> Option<Rc<Track>> {
        self.tracks.iter().find(|t| t.id == id).cloned()
    }

    pub fn is_own(&self, id: &str) -> bool {
        self.own.iter().any(|o| o == id)
    }

    /// The library to hold once `self` arrives while `old` is held and `lang`
    /// is chosen. One fetched for a language already switched away from is
    /// stale and changes nothing. If the new language's file could not be
    /// fetched (offline, say), the shipped scenarios already held stay
    /// playable, their texts in the old language, next to the error.
    pub fn arrived(self, old: &Rc<Library>, lang: Lang) -> Rc<Library> {
        if self.lang.is_some_and(|l| l != lang) {
            return old.clone();
        }
        Rc::new(self.replacing(old))
    }

    fn replacing(mut self, old: &Library) -> Library {
        if self.shipped_failed {
            let own = std::mem::take(&mut self.scenarios);
            self.scenarios = old
                .scenarios
                .iter()
                .filter(|s| !old.is_own(&s.id) && !self.is_own(&s.id))
                .cloned()
                .chain(own)
                .collect();
        }
        self
    }
}
