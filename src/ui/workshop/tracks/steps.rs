//! The track's steps in order, each with its way up, down and out, all by
//! keyboard (focus follows the step moved: `super::step_focus`).

use yew::prelude::*;

use super::State;
use crate::app::track_editor::DraftMsg;
use crate::app::workshop::Msg;
use crate::app::workshop_tracks::TrackMsg;
use crate::engine::model::track::{Step, StepKind};
use crate::ui::i18n::{self, TrackWorkshop};

pub fn steps(state: &State, tw: &'static TrackWorkshop) -> Html {
    let d = &state.tracks.draft;
    if d.steps.is_empty() {
        return html! { <p data-testid="draft-no-steps">{tw.no_steps}</p> };
    }
    let last = d.steps.len();
    html! {
        <ol class="draft-steps" data-testid="draft-steps">
            { for d.steps.iter().enumerate().map(|(i, step)| row(state, i, last, step, tw)) }
        </ol>
    }
}

/// A step in words: the scenario's title (or its id, if it is not there)
/// and the house rules' name.
pub fn label(state: &State, step: &Step) -> String {
    let lang = state.lang;
    let policy = state
        .policies
        .iter()
        .find(|p| p.id == step.policy)
        .map_or(step.policy.as_str(), |p| p.name.get(lang));
    match step.kind() {
        Some(StepKind::Contact(id)) => {
            let title = state.find(id).map(|s| s.title.get(lang).to_string());
            i18n::step_contact(lang, title.as_deref().unwrap_or(id), policy)
        }
        Some(StepKind::Shift(n)) => i18n::step_shift(lang, n, policy),
        None => step.key(),
    }
}

fn row(state: &State, i: usize, last: usize, step: &Step, tw: &'static TrackWorkshop) -> Html {
    let n = i + 1;
    let label = label(state, step);
    let button = |which: &str, text: &'static str, msg: fn(usize) -> DraftMsg, disabled: bool| {
        let state = state.clone();
        let onclick = Callback::from(move |_| state.dispatch(Msg::Tracks(TrackMsg::Draft(msg(i)))));
        html! {
            <button type="button" data-testid={format!("draft-{which}-{n}")} {disabled} {onclick}
                aria-label={format!("{text}: {n}. {label}")}>{text}</button>
        }
    };
    html! {
        <li data-testid={format!("draft-step-{n}")} data-key={step.key()}>
            <span>{&label}</span>
            <span class="actions">
                { button("up", tw.move_up, DraftMsg::MoveUp, i == 0) }
                { button("down", tw.move_down, DraftMsg::MoveDown, n == last) }
                { button("remove", tw.remove, DraftMsg::Remove, false) }
            </span>
        </li>
    }
}
