//! Start: profile, house rules, settings; then free play or a track.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::game::Msg;
use crate::app::route::Route;
use crate::ui::game::tracks;
use crate::ui::i18n;
use crate::ui::shell::dom;
use crate::ui::shell::store::State;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
}

#[function_component(Start)]
pub fn start(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang();
    let t = i18n::game(lang);
    let name = use_state(String::new);
    let confirming = use_state(|| None::<String>);

    let on_input = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let on_create = {
        let name = name.clone();
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !name.trim().is_empty() {
                state.dispatch(Msg::AddProfile((*name).clone()));
                name.set(String::new());
            }
        })
    };
    let profiles = profile_list(state, &confirming);
    html! {
        <section data-testid="screen-start" class="screen">
            <h1>{t.start_title}</h1>
            <p class="tagline">{t.tagline}</p>
            <p class="lead">{t.start_intro}</p>
            <div class="panel">
                <h2>{t.profile_heading}</h2>
                <form onsubmit={on_create} class="row">
                    <label for="profile-name">{t.profile_name}</label>
                    <input id="profile-name" data-testid="profile-name" type="text" maxlength="40" autocomplete="off"
                        value={(*name).clone()} oninput={on_input} aria-describedby="profile-hint" />
                    <button type="submit" data-testid="profile-create">{t.profile_create}</button>
                </form>
                <p id="profile-hint" class="hint">{t.profile_hint}</p>
                <ul class="profiles">{ profiles }</ul>
            </div>
            { policy_choice(state) }
            <div class="panel">
                <h2>{t.settings_heading}</h2>
                { typing_toggle(state) }
            </div>
            { free_play(state) }
            { tracks::offer(state) }
        </section>
    }
}

/// The profiles in this browser: pick one, or delete it after a confirmation.
fn profile_list(state: &State, confirming: &UseStateHandle<Option<String>>) -> Html {
    let t = i18n::game(state.lang());
    let current = state.saved.current.clone();
    let profiles = state.saved.profiles.iter().map(|p| {
        let select = {
            let state = state.clone();
            let n = p.name.clone();
            Callback::from(move |_| state.dispatch(Msg::SelectProfile(n.clone())))
        };
        let ask = {
            let confirming = confirming.clone();
            let n = p.name.clone();
            Callback::from(move |_| confirming.set(Some(n.clone())))
        };
        let is_current = current.as_deref() == Some(p.name.as_str());
        let confirm = (confirming.as_deref() == Some(p.name.as_str())).then(|| {
            let state = state.clone();
            let confirming_yes = confirming.clone();
            let confirming_no = confirming.clone();
            let n = p.name.clone();
            html! {
                <span class="confirm">
                    <button type="button" class="danger" data-testid="confirm-delete"
                        onclick={Callback::from(move |_| { state.dispatch(Msg::DeleteProfile(n.clone())); confirming_yes.set(None); })}>
                        {t.confirm_delete}</button>
                    <button type="button" onclick={Callback::from(move |_| confirming_no.set(None))}>{t.cancel}</button>
                </span>
            }
        });
        html! {
            <li>
                <button type="button" class="profile" aria-pressed={is_current.to_string()}
                    data-testid={format!("profile-select-{}", p.name)} onclick={select}>
                    {&p.name}{ if is_current { html!{ <span class="tag">{" · "}{t.profile_current}</span> } } else { html!{} } }
                </button>
                <button type="button" class="quiet" data-testid={format!("profile-delete-{}", p.name)}
                    aria-label={format!("{} {}", t.profile_delete, p.name)} onclick={ask}>{t.profile_delete}</button>
                { for confirm }
            </li>
        }
    });
    profiles.collect::<Html>()
}

/// The house rules to work under.
fn policy_choice(state: &State) -> Html {
    let lang = state.lang();
    let t = i18n::game(lang);
    let chosen_policy = state.saved.profile().and_then(|p| p.policy.clone());
    let has_profile = state.saved.profile().is_some();
    let policies = state.policies.iter().map(|p| {
        let state = state.clone();
        let id = p.id.clone();
        let checked = chosen_policy.as_deref() == Some(p.id.as_str());
        html! {
            <label class="policy" data-testid={format!("policy-{}", p.id)}>
                <input type="radio" name="policy" value={p.id.clone()} checked={checked} disabled={!has_profile}
                    onchange={Callback::from(move |_| state.dispatch(Msg::SetPolicy(id.clone())))} />
                <span><strong>{p.name.get(lang)}</strong><br />{p.summary.get(lang)}</span>
            </label>
        }
    });
    html! {
        <fieldset class="panel">
            <legend><h2>{t.policy_heading}</h2></legend>
            { for policies }
        </fieldset>
    }
}

/// Free play: on to the contacts, once there is a profile and house rules.
fn free_play(state: &State) -> Html {
    let t = i18n::game(state.lang());
    let profile = state.saved.profile();
    let ready = profile.is_some_and(|p| p.policy.is_some());
    html! {
        <p>
            <button type="button" class="primary" data-testid="start-button" disabled={!ready}
                aria-describedby={(!ready).then_some("start-needs")}
                onclick={Callback::from(|_| dom::go(&Route::Scenarios))}>{t.start_button}</button>
            { if ready { html!{} } else { html!{ <span id="start-needs" class="hint">{" "}{t.start_needs}</span> } } }
        </p>
    }
}

/// The setting for the customer's typing delay, on the start and contact
/// screens. A plain view: it has no hooks of its own.
pub fn typing_toggle(state: &State) -> Html {
    let t = i18n::game(state.lang());
    let set = {
        let state = state.clone();
        Callback::from(move |on| state.dispatch(Msg::SetTyping(on)))
    };
    check(
        "typing-toggle",
        state.saved.settings.typing,
        t.typing_toggle,
        set,
    )
}

/// A setting that is on or off: a check box labelled `label`, which sends
/// `set` its new state.
pub fn check(id: &'static str, on: bool, label: &str, set: Callback<bool>) -> Html {
    html! {
        <label class="check">
            <input type="checkbox" data-testid={id} checked={on} onchange={set.reform(move |_| !on)} />
            {label}
        </label>
    }
}
