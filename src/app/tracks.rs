//! The tracks page's messages and update: taking a step of a track, and the
//! game's messages for the contacts played as its steps. Only the tracks
//! page uses this module, so the game's wasm does not carry it.

use super::game::{self, Model};
use crate::engine::model::track::StepKind;
use crate::engine::play::track::standing;
use crate::saved::progress::TrackStep;

pub enum Msg {
    /// What the tracks page shares with the game.
    Game(game::Msg),
    /// Take step `index` of a track, if it is open: a contact starts afresh
    /// under the step's house rules; a shift step is played on the shift
    /// page, which the step in play tells what to plan.
    StartStep(String, usize),
}

impl From<game::Msg> for Msg {
    fn from(msg: game::Msg) -> Self {
        Msg::Game(msg)
    }
}

pub fn update(m: &mut Model, msg: Msg) {
    match msg {
        Msg::Game(msg) => game::update(m, msg),
        Msg::StartStep(track, index) => {
            m.revision += 1;
            start_step(m, &track, index);
        }
    }
}

fn start_step(m: &mut Model, track_id: &str, index: usize) {
    let Some(track) = m.library.track(track_id) else {
        return;
    };
    let Some(p) = m.saved.profile_mut() else {
        return;
    };
    let results = p.tracks.get(track_id).cloned().unwrap_or_default();
    if !standing(&track, &results).is_open(index) {
        return;
    }
    let step = &track.steps[index];
    p.step = Some(TrackStep {
        track: track.id.clone(),
        step: step.clone(),
    });
    if let Some(StepKind::Contact(scenario)) = step.kind() {
        let (scenario, policy) = (scenario.to_string(), step.policy.clone());
        game::start_contact(m, &scenario, policy);
    }
}
