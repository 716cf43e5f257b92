//! Adding a step: a contact with any scenario at hand (shipped or the
//! trainer's own) under chosen house rules, or a short shift.

use yew::prelude::*;

use super::State;
use crate::app::track_editor::DraftMsg;
use crate::app::workshop::Msg;
use crate::app::workshop_tracks::TrackMsg;
use crate::ui::i18n::{self, TrackWorkshop};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
}

fn value(select: &NodeRef) -> String {
    select
        .cast::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

#[function_component(AddStep)]
pub fn add_step(props: &Props) -> Html {
    let state = &props.state;
    let tw = i18n::track_workshop(state.lang);
    let (scenario, policy) = (use_node_ref(), use_node_ref());
    let (contacts, shift_policy) = (use_node_ref(), use_node_ref());
    let add_contact = {
        let (state, scenario, policy) = (state.clone(), scenario.clone(), policy.clone());
        Callback::from(move |_| {
            let scenario = value(&scenario);
            if !scenario.is_empty() {
                let policy = value(&policy);
                let msg = DraftMsg::AddContact { scenario, policy };
                state.dispatch(Msg::Tracks(TrackMsg::Draft(msg)));
            }
        })
    };
    let add_shift = {
        let (state, contacts, policy) = (state.clone(), contacts.clone(), shift_policy.clone());
        Callback::from(move |_| {
            let contacts = value(&contacts).parse().unwrap_or(2);
            let msg = DraftMsg::AddShift {
                contacts,
                policy: value(&policy),
            };
            state.dispatch(Msg::Tracks(TrackMsg::Draft(msg)));
        })
    };
    html! {
        <div class="add-steps">
            <fieldset data-testid="track-add-contact">
                <legend>{tw.add_contact_heading}</legend>
                <p class="field"><label for="track-add-scenario">{tw.scenario}</label>
                    { scenario_select(state, tw, scenario) }</p>
                { policy_select(state, "track-add-policy", tw, policy) }
                <button type="button" data-testid="track-add-contact-button" onclick={add_contact}>{tw.add_contact}</button>
            </fieldset>
            <fieldset data-testid="track-add-shift">
                <legend>{tw.add_shift_heading}</legend>
                <p class="field"><label for="track-shift-contacts">{tw.shift_contacts}</label>
                    <select id="track-shift-contacts" ref={contacts}>
                        { for (2..=6).map(|n| html! { <option value={n.to_string()} selected={n == 4}>{n}</option> }) }
                    </select></p>
                { policy_select(state, "track-shift-policy", tw, shift_policy) }
                <button type="button" data-testid="track-add-shift-button" onclick={add_shift}>{tw.add_shift}</button>
            </fieldset>
        </div>
    }
}

/// Every scenario at hand, shipped and own in groups of their own.
fn scenario_select(state: &State, tw: &'static TrackWorkshop, node: NodeRef) -> Html {
    let lang = state.lang;
    let option = |id: &str, title: &str| html! { <option value={id.to_string()}>{title.to_string()}</option> };
    let shipped = state
        .shipped
        .scenarios
        .iter()
        .map(|s| option(&s.id, s.title.get(lang)));
    let own = state
        .own_playable
        .iter()
        .map(|s| option(&s.id, s.title.get(lang)));
    html! {
        <select id="track-add-scenario" data-testid="track-add-scenario" ref={node}>
            <optgroup label={tw.shipped_group}>{ for shipped }</optgroup>
            { if state.own_playable.is_empty() { html! {} } else { html! {
                <optgroup label={tw.own_group}>{ for own }</optgroup>
            } } }
        </select>
    }
}

fn policy_select(
    state: &State,
    id: &'static str,
    tw: &'static TrackWorkshop,
    node: NodeRef,
) -> Html {
    let lang = state.lang;
    html! {
        <p class="field"><label for={id}>{tw.house_rules}</label>
            <select id={id} data-testid={id} ref={node}>
                { for state.policies.iter().map(|p| html! { <option value={p.id.clone()}>{p.name.get(lang)}</option> }) }
            </select></p>
    }
}
