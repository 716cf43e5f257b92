//! The track being made or edited: its texts in each language, how long it
//! takes, its steps and the mastery rule, and saving it.

use yew::prelude::*;

use super::{add_step::AddStep, steps, store, State};
use crate::app::track_editor::{DraftMsg, MINUTES};
use crate::app::workshop::Msg;
use crate::app::workshop_tracks::TrackMsg;
use crate::engine::Lang;
use crate::ui::i18n::{self, TrackWorkshop};

fn send(state: &State, msg: DraftMsg) {
    state.dispatch(Msg::Tracks(TrackMsg::Draft(msg)));
}

pub fn editor(state: &State, tw: &'static TrackWorkshop) -> Html {
    let d = &state.tracks.draft;
    let heading = if d.editing.is_some() {
        tw.edit_heading
    } else {
        tw.new_heading
    };
    let save = {
        let state = state.clone();
        Callback::from(move |_| {
            let (outcome, own) = state.save_track();
            store(&state, outcome, own);
        })
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |_| send(&state, DraftMsg::Clear))
    };
    html! {
        <section class="track-editor" aria-labelledby="track-editor-heading" data-testid="track-editor">
            <h3 id="track-editor-heading">{heading}</h3>
            <p class="hint" id="track-languages-hint">{tw.one_language}</p>
            { texts(state, tw) }
            <p class="meta">{tw.id}{": "}<code data-testid="draft-id">{d.id()}</code></p>
            <h4>{tw.steps_heading}</h4>
            { steps::steps(state, tw) }
            <AddStep state={state.clone()} />
            { mastery(state, tw) }
            <div class="actions">
                <button type="button" class="primary" data-testid="track-save" onclick={save}>{tw.save}</button>
                <button type="button" data-testid="track-clear" onclick={clear}>{tw.clear}</button>
            </div>
        </section>
    }
}

/// A text field that sends what is typed.
fn field(
    state: &State,
    id: &str,
    label: &str,
    value: &str,
    msg: fn(String) -> DraftMsg,
    long: bool,
) -> Html {
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let value = if long {
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value()
            } else {
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
            };
            send(&state, msg(value));
        })
    };
    let input = if long {
        html! { <textarea id={id.to_string()} data-testid={id.to_string()} rows="2" value={value.to_string()} aria-describedby="track-languages-hint" {oninput} /> }
    } else {
        html! { <input id={id.to_string()} data-testid={id.to_string()} type="text" value={value.to_string()} aria-describedby="track-languages-hint" {oninput} /> }
    };
    html! { <p class="field"><label for={id.to_string()}>{label}</label>{input}</p> }
}

fn texts(state: &State, tw: &'static TrackWorkshop) -> Html {
    let d = &state.tracks.draft;
    let minutes = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(n) = value.trim().parse() {
                send(&state, DraftMsg::Minutes(n));
            }
        })
    };
    html! {
        <>
            { field(state, "track-title-en", tw.title.0, &d.title.en, |v| DraftMsg::Title(Lang::En, v), false) }
            { field(state, "track-title-nl", tw.title.1, &d.title.nl, |v| DraftMsg::Title(Lang::Nl, v), false) }
            { field(state, "track-description-en", tw.description.0, &d.description.en, |v| DraftMsg::Description(Lang::En, v), true) }
            { field(state, "track-description-nl", tw.description.1, &d.description.nl, |v| DraftMsg::Description(Lang::Nl, v), true) }
            <p class="field"><label for="track-minutes">{tw.minutes}</label>
                <input id="track-minutes" data-testid="track-minutes" type="number" min={MINUTES.0.to_string()} max={MINUTES.1.to_string()}
                    value={d.minutes.to_string()} oninput={minutes} /></p>
        </>
    }
}

/// The lowest average (none, or 2.0 to 5.0 by halves) and the house rules
/// it is taken over, the same rule the shipped tracks use.
fn mastery(state: &State, tw: &'static TrackWorkshop) -> Html {
    let lang = state.lang;
    let m = &state.tracks.draft.mastery;
    let on_average = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            send(&state, DraftMsg::MasteryAverage(value.parse().ok()));
        })
    };
    let on_policy = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            send(
                &state,
                DraftMsg::MasteryPolicy((!value.is_empty()).then_some(value)),
            );
        })
    };
    let average = m.min_average_csat_tenths;
    let averages = (20..=50u8).step_by(5).map(|t| html! {
        <option value={t.to_string()} selected={average == Some(t)}>{i18n::csat_tenths(lang, t)}</option>
    });
    let policies = state.policies.iter().map(|p| html! {
        <option value={p.id.clone()} selected={m.on_policy.as_deref() == Some(p.id.as_str())}>{p.name.get(lang)}</option>
    });
    html! {
        <fieldset data-testid="track-mastery">
            <legend>{tw.mastery_heading}</legend>
            <p class="field"><label for="track-mastery-average">{tw.mastery_average}</label>
                <select id="track-mastery-average" data-testid="track-mastery-average" onchange={on_average}>
                    <option value="" selected={average.is_none()}>{tw.mastery_no_minimum}</option>
                    { for averages }
                </select></p>
            <p class="field"><label for="track-mastery-policy">{tw.mastery_on}</label>
                <select id="track-mastery-policy" data-testid="track-mastery-policy" onchange={on_policy}>
                    <option value="" selected={m.on_policy.is_none()}>{tw.mastery_all}</option>
                    { for policies }
                </select></p>
        </fieldset>
    }
}
