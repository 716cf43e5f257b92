//! The Yew app: renders engine state and sends the player's intents. No
//! scoring here: every number shown comes from the engine.

mod app;
pub mod author;
mod contact;
mod debrief;
mod dom;
mod i18n;
mod language_switch;
pub(crate) mod library;
mod list;
pub mod manager;
mod scores;
mod shift;
mod shift_rules;
mod start;
mod state;
mod storage;

pub fn start() {
    yew::Renderer::<app::App<app::Game>>::new().render();
}

/// The shift page (`shift.html`): several customers in a row.
pub fn start_shift() {
    yew::Renderer::<app::App<shift::ShiftPage>>::new().render();
}
