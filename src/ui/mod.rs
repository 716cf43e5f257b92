//! The Yew app: renders engine state and sends the player's intents. No
//! scoring here: every number shown comes from the engine.
//!
//! - `shell`: what every page shares (the page frame, storage, the DOM);
//! - `i18n`: the words, one table per language;
//! - `game`: the game's screens (start, the contacts, a contact, its debrief);
//! - `shift`: the shift page, several customers in a row;
//! - `scores`: how the scores work, a page of text, and the answer log;
//! - `report`: the scores page's sending to a trainer's LRS;
//! - `tracks`: the tracks page, a track's steps and its completion page;
//! - `lms`: the LMS page, one track in an LMS (SCORM);
//! - `manager`: the manager page, a simulated contact centre;
//! - `workshop`: the trainers' scenario workshop.
//! - `trainer`: the trainer page, a group's results from an LRS or files.

// Views stay small enough to read at once (threshold in clippy.toml).
#![deny(clippy::too_many_lines)]

mod game;
mod i18n;
mod lms;
pub mod manager;
mod report;
mod scores;
mod shell;
mod shift;
mod tracks;
pub mod trainer;
pub mod workshop;

pub fn start() {
    yew::Renderer::<shell::app::App<shell::app::Game>>::new().render();
}

/// How the scores work (`scores.html`).
pub fn start_scores() {
    // A trainer's settings link leaves the address bar before anything else.
    report::settings::take_link();
    report::settings::watch_link();
    yew::Renderer::<shell::app::App<scores::ScoresPage>>::new().render();
}

/// The tracks page (`tracks.html`): onboarding and phone duty, step by step.
pub fn start_tracks() {
    yew::Renderer::<shell::app::App<tracks::TracksPage>>::new().render();
}

/// The LMS page (`lms.html`): one track, reported to an LMS.
pub fn start_lms() {
    let render = || {
        yew::Renderer::<shell::app::App<lms::LmsPage>>::new().render();
    };
    // A cmi5 launch reads the LRS before the page can show the learner's
    // progress: the page starts once that is done.
    match lms::cmi5::params() {
        Some(params) => wasm_bindgen_futures::spawn_local(async move {
            lms::cmi5::launch(params).await;
            render();
        }),
        None => render(),
    }
}

/// The shift page (`shift.html`): several customers in a row.
pub fn start_shift() {
    yew::Renderer::<shell::app::App<shift::ShiftPage>>::new().render();
}
