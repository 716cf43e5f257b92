//! The scores page's messages and update: the game's (the profile, the
//! language, the scenarios fetched for an export) and clearing the answer
//! log once it has been exported. Only the scores page uses this module.

use super::game::{self, Model};

pub enum Msg {
    Game(game::Msg),
    /// Empty the profile's answer log (the page asks first).
    ClearLog,
}

impl From<game::Msg> for Msg {
    fn from(msg: game::Msg) -> Self {
        Msg::Game(msg)
    }
}

pub fn update(m: &mut Model, msg: Msg) {
    match msg {
        Msg::Game(msg) => game::update(m, msg),
        Msg::ClearLog => {
            m.revision += 1;
            m.saved.clear_log();
        }
    }
}
