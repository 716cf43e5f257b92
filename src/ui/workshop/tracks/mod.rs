//! The workshop's own tracks: the tracks kept in this browser, a track file
//! to import, and the editor to make or change one. The rules are in
//! `app::workshop_tracks` and `app::track_editor`; this only shows them,
//! writes storage, and moves focus to what an action left.

mod add_step;
mod editor;
mod kept;
mod outcome;
mod steps;

use yew::prelude::*;

use crate::app::track_editor::Moved;
use crate::app::workshop::{Msg, Workshop};
use crate::app::workshop_tracks::{TrackMsg, TrackOutcome};
use crate::saved::own_tracks::OwnTracks;
use crate::ui::game::library;
use crate::ui::i18n::{self, TrackWorkshop};
use crate::ui::shell::{dom, storage};

use super::files;

type State = UseReducerHandle<Workshop>;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
}

#[function_component(OwnTracksSection)]
pub fn own_tracks_section(props: &Props) -> Html {
    let state = &props.state;
    use_track_effects(state);
    let tw = i18n::track_workshop(state.lang);
    html! {
        <section aria-labelledby="tracks-heading" data-testid="own-tracks">
            <h2 id="tracks-heading">{tw.heading}</h2>
            <p>{tw.intro}</p>
            { set_aside(state, tw) }
            { outcome::outcome(state, tw) }
            <kept::Kept state={state.clone()} />
            { import_input(state, tw) }
            { editor::editor(state, tw) }
        </section>
    }
}

/// The shipped tracks' ids (an own track may not take one), and focus
/// moved to what a save, import or deletion left, or to where a step went.
#[hook]
fn use_track_effects(state: &State) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let index = library::fetch_index("../scenarios/", state.lang, true).await;
                let ids = index.tracks.iter().map(|t| t.id.clone()).collect();
                state.dispatch(Msg::Tracks(TrackMsg::ShippedTracks(ids)));
            });
        });
    }
    use_effect_with(state.tracks.outcomes, |n| {
        if *n > 0 {
            dom::focus("[data-testid=\"track-outcome\"]");
        }
    });
    let draft = &state.tracks.draft;
    // Only a move or removal moves focus, not adding a step after one.
    let target = step_focus(draft.focus, draft.steps.len());
    use_effect_with(draft.moves, move |n| {
        if *n > 0 {
            dom::focus(&target);
        }
    });
    use_effect_with(draft.editing.clone(), |editing| {
        if editing.is_some() {
            dom::focus("#track-title-en");
        }
    });
}

/// The control that keeps the keyboard user with the step just moved: the
/// same button where it still works, else the one beside it.
fn step_focus(at: Option<crate::app::track_editor::StepFocus>, len: usize) -> String {
    let Some(at) = at else {
        return "#track-add-scenario".to_string();
    };
    let n = at.index + 1;
    let which = match at.after {
        Moved::Up if at.index > 0 => "up",
        Moved::Up => "down",
        Moved::Down if n < len => "down",
        Moved::Down => "up",
        Moved::Removed => "remove",
    };
    format!("[data-testid=\"draft-{which}-{n}\"]")
}

/// Writes the tracks to keep, then says what came of it: not kept when the
/// browser refuses, or when damaged stored tracks could not be set aside.
pub fn store(state: &State, outcome: TrackOutcome, own: Option<OwnTracks>) {
    let msg = match own {
        Some(own) if state.tracks.may_save() && storage::save_own_tracks(&own).is_ok() => {
            TrackMsg::Done(outcome, own)
        }
        Some(_) => TrackMsg::Done(TrackOutcome::NotStored, state.tracks.own.clone()),
        None => TrackMsg::Done(outcome, state.tracks.own.clone()),
    };
    state.dispatch(Msg::Tracks(msg));
}

fn import_input(state: &State, tw: &'static TrackWorkshop) -> Html {
    let on_change = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let state = state.clone();
                yew::platform::spawn_local(async move {
                    let (name, text) = files::read_text(file).await;
                    match text {
                        Ok(text) => {
                            let (outcome, own) = state.import_track(&name, &text);
                            store(&state, outcome, own);
                        }
                        Err(why) => {
                            store(&state, TrackOutcome::Unreadable { file: name, why }, None)
                        }
                    }
                });
            }
            // The same file can be picked again after it is fixed.
            input.set_value("");
        })
    };
    html! {
        <div class="track-import">
            <label for="track-file">{tw.import_label}</label>{" "}
            <input id="track-file" type="file" data-testid="track-import-file" accept=".json,application/json"
                aria-describedby="track-file-hint" onchange={on_change} />
            <p class="hint" id="track-file-hint">{tw.import_hint}</p>
        </div>
    }
}

fn set_aside(state: &State, tw: &'static TrackWorkshop) -> Html {
    let Some(key) = state.tracks.set_aside.clone() else {
        return html! {};
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Msg::Tracks(TrackMsg::DismissSetAside)))
    };
    html! {
        <div class="notice" role="alert" data-testid="own-tracks-set-aside">
            <p>{tw.set_aside}{" "}<code>{key}</code></p>
            <button type="button" onclick={dismiss}>{i18n::workshop(state.lang).dismiss}</button>
        </div>
    }
}
