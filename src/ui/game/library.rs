//! Fetching the scenarios, one language at a time (the files are written by
//! the post-build hook): the game fetches the index and then each scenario
//! when it is opened; the shift page and the workshop fetch them all in one
//! file. The trainer's own come from this browser. What is made of them is
//! decided in `app::library`.

use gloo::net::http::Request;

use crate::app::library::Library;
use crate::engine::Lang;
use crate::ui::shell::storage::read_own;

async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// What there is in `lang`, from `base` (`scenarios/` from the game's page):
/// the shipped scenarios' index (with every track's steps when `tracks`),
/// then the trainer's own.
pub async fn fetch_index(base: &str, lang: Lang, tracks: bool) -> Library {
    let url = format!("{base}index.{}.json", lang.code());
    let fetched = text(&url).await;
    let index = if tracks {
        Library::index_with_tracks(&url, fetched, lang)
    } else {
        Library::index(&url, fetched, lang)
    };
    index.with_own(read_own())
}

/// Every shipped scenario in `lang`, then the trainer's own: for the pages
/// that need them all at hand (the shift page).
pub async fn fetch_library(base: &str, lang: Lang) -> Library {
    fetch_shipped(base, lang).await.with_own(read_own())
}

/// One shipped scenario's file in `lang`: its url, and its text or why not.
pub async fn fetch_scenario(base: &str, id: &str, lang: Lang) -> (String, Result<String, String>) {
    let url = format!("{base}{id}.{}.json", lang.code());
    let fetched = text(&url).await;
    (url, fetched)
}

/// The occasional wording in `lang` (the rules' names, a scenario file's
/// problems), from `base` (`words/` from the game's page), fetched when a
/// screen shows some; `None` if it cannot be had (the debrief then shows
/// the amounts, a problem its code).
pub async fn fetch_words(base: &str, lang: Lang) -> Option<String> {
    text(&format!("{base}{}.txt", lang.code())).await.ok()
}

pub async fn fetch_shipped(base: &str, lang: Lang) -> Library {
    let url = format!("{base}library.{}.json", lang.code());
    let fetched = text(&url).await;
    Library::shipped(&url, fetched, lang)
}
