//! Loading the scenarios: the shipped ones (`scenarios/library.json`, built
//! by the post-build hook) and the trainer's own from this browser. Each is
//! validated by the engine before it can be played.

use std::rc::Rc;

use gloo::net::http::Request;

use crate::engine::{builtin_policies, load, Scenario};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub scenarios: Vec<Rc<Scenario>>,
    /// (file, what is wrong), shown to the user.
    pub errors: Vec<(String, String)>,
    pub loaded: bool,
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
}

async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// The shipped scenarios from `base` (`scenarios/` from the game's page),
/// then the trainer's own.
pub async fn fetch_library(base: &str) -> Library {
    let mut library = fetch_shipped(base).await;
    let shipped: Vec<String> = library.scenarios.iter().map(|s| s.id.clone()).collect();
    let shipped: Vec<&str> = shipped.iter().map(String::as_str).collect();
    match super::storage::read_own() {
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

/// One shipped scenario in `scenarios/library.json`, left as raw JSON so that
/// one the engine rejects is reported by its file name and the rest still load.
#[derive(serde::Deserialize)]
struct Entry<'a> {
    file: String,
    #[serde(borrow)]
    scenario: &'a serde_json::value::RawValue,
}

pub async fn fetch_shipped(base: &str) -> Library {
    let mut library = Library {
        loaded: true,
        ..Library::default()
    };
    let url = format!("{base}library.json");
    let text = match text(&url).await {
        Ok(t) => t,
        Err(e) => {
            library.errors.push((url, e));
            return library;
        }
    };
    let entries: Vec<Entry> = match serde_json::from_str(&text) {
        Ok(entries) => entries,
        Err(e) => {
            library.errors.push((url, e.to_string()));
            return library;
        }
    };
    let policies = builtin_policies();
    for entry in entries {
        match load::load_scenario(entry.scenario.get(), &policies) {
            Ok(s) => library.scenarios.push(Rc::new(s)),
            Err(problems) => library
                .errors
                .push((entry.file, crate::engine::problem::summary(&problems, 3))),
        }
    }
    library
}
