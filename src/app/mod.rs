//! The pages' rules, apart from the browser: each page's model, messages and
//! update function (the Elm architecture, one module per page as in
//! elm-spa-example). The route, fetched files, seeds and the player's intents
//! all arrive as messages; nothing here touches storage, the clock or the
//! DOM, so it compiles for every target and is tested natively. The Yew
//! pages in `ui` hold these models and turn events into messages.

pub mod cmi5;
pub mod game;
pub mod library;
pub mod lms;
pub mod manager;
pub mod own_tracks_held;
pub mod route;
pub mod scores;
pub mod seeds;
pub mod shift;
pub mod track_editor;
pub mod tracks;
pub mod workshop;
pub mod workshop_tracks;
