//! Fetching the scenarios: the shipped ones (`scenarios/library.<lang>.json`,
//! one file per language, built by the post-build hook) and the trainer's own
//! from this browser. What is made of them is decided in `app::library`.

use gloo::net::http::Request;

use crate::app::library::Library;
use crate::engine::Lang;

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
    fetch_shipped(base, lang)
        .await
        .with_own(crate::ui::shell::storage::read_own())
}

pub async fn fetch_shipped(base: &str, lang: Lang) -> Library {
    let url = format!("{base}library.{}.json", lang.code());
    let fetched = text(&url).await;
    Library::shipped(&url, fetched, lang)
}
