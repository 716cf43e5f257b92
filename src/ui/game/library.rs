//! Loading the scenarios: the shipped ones (`scenarios/library.<lang>.json`,
//! one file per language, built by the post-build hook) and the trainer's own
//! from this browser. Each is validated by the engine before it can be played.

use std::rc::Rc;

use gloo::net::http::Request;

use crate::engine::{builtin_policies, check::load, Lang, Scenario};

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
}

impl Library {
    pub fn find(&self, id: &str) -> Option<Rc<Scenario>> {
        self.scenarios.iter().find(|s| s.id == id).cloned()
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

async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// The shipped scenarios in `lang` from `base` (`scenarios/` from the game's
/// page), then the trainer's own.
pub async fn fetch_library(base: &str, lang: Lang) -> Library {
    let mut library = fetch_shipped(base, lang).await;
    let shipped: Vec<String> = library.scenarios.iter().map(|s| s.id.clone()).collect();
    let shipped: Vec<&str> = shipped.iter().map(String::as_str).collect();
    match crate::ui::shell::storage::read_own() {
        Some(own) => {
            let (playable, failed) = own.load(&builtin_policies(), &shipped);
            for s in playable {
                library.own.push(s.id.clone());
                library.scenarios.push(Rc::new(s));
            }
            library
                .errors
                .extend(failed.into_iter().map(|f| (f.file, f.why)));
        }
        None => library.own_unreadable = true,
    }
    library
}

/// One shipped scenario in `scenarios/library.<lang>.json`, left as raw JSON so that
/// one the engine rejects is reported by its file name and the rest still load.
#[derive(serde::Deserialize)]
struct Entry<'a> {
    file: String,
    #[serde(borrow)]
    scenario: &'a serde_json::value::RawValue,
}

pub async fn fetch_shipped(base: &str, lang: Lang) -> Library {
    let mut library = Library {
        loaded: true,
        lang: Some(lang),
        ..Library::default()
    };
    let url = format!("{base}library.{}.json", lang.code());
    let text = match text(&url).await {
        Ok(t) => t,
        Err(e) => {
            library.errors.push((url, e));
            library.shipped_failed = true;
            return library;
        }
    };
    let entries: Vec<Entry> = match crate::engine::wire::json::from_str(&text) {
        Ok(entries) => entries,
        Err(e) => {
            library.errors.push((url, e.to_string()));
            library.shipped_failed = true;
            return library;
        }
    };
    let policies = builtin_policies();
    for entry in entries {
        match load::load_scenario_in(entry.scenario.get(), &policies, &[lang]) {
            Ok(s) => library.scenarios.push(Rc::new(s)),
            Err(problems) => library.errors.push((
                entry.file,
                crate::engine::check::problem::summary(&problems, 3),
            )),
        }
    }
    library
}
