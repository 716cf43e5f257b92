//! The contact: transcript, meters, clock, and the answers to choose from.

use yew::prelude::*;

use std::rc::Rc;

use crate::app::game::{Model, Msg};
use crate::app::route::Route;
use crate::engine::{Contact, ContactRecord, Policy, Scenario};
use crate::ui::game::hooks::{use_number_keys, use_typing_reveal};
use crate::ui::game::{channel, choices, lesson, meters, transcript, voice};
use crate::ui::i18n::{self, Said};
use crate::ui::shell::dom;
use crate::ui::shell::store::State;

/// The contact on screen, what it was rebuilt from, as far as it is known.
pub type Seated = (Option<Rc<Scenario>>, Option<Policy>, Option<ContactRecord>);

/// Where the contact on screen comes from: a scenario picked from the list
/// (`FromList`), or the shift's queue (`ui::shift::InShift`).
pub trait Seat: 'static {
    /// Picked from the list: one that no longer replays can be started
    /// afresh. (A link that opens one is followed in `app::game`.)
    const FROM_LIST: bool;
    /// The customer's voice may speak here (`ui::game::voice`). Not on the
    /// LMS page: its budget has no room for it (docs/size.md); a page whose
    /// seats say `false` carries none of it.
    const VOICE: bool = true;
    fn contact(state: &Model, scenario: &str) -> Seated;
    /// Where to go once the contact is over, and the button's words.
    fn next<'a>(scenario: &str, t: &'static i18n::Game, w: Said<'a>) -> (String, &'a str);
    /// The way back when there is no contact to show, and its words.
    fn back(t: &'static i18n::Game) -> (&'static str, &'static str);
}

/// A contact with a scenario from the list.
pub struct FromList;

impl Seat for FromList {
    const FROM_LIST: bool = true;

    fn contact(state: &Model, scenario: &str) -> Seated {
        let record = state.record_for(scenario).cloned();
        let policy = record
            .as_ref()
            .and_then(|r| state.policy_by_id(&r.policy).cloned());
        let scenario = state.scenario(scenario);
        let scenario = match (&scenario, &record) {
            (Some(base), Some(r)) => Some(state.met(base, r)),
            _ => scenario,
        };
        (scenario, policy, record)
    }

    fn next<'a>(scenario: &str, _: &'static i18n::Game, w: Said<'a>) -> (String, &'a str) {
        (Route::Debrief(scenario.to_string()).hash(), w.to_debrief())
    }

    fn back(t: &'static i18n::Game) -> (&'static str, &'static str) {
        ("#/scenarios", t.back_to_list)
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
    /// The scenario's id, for a contact from the list.
    #[prop_or_default]
    pub scenario: String,
    /// Sends the index of the answer picked.
    pub choose: Callback<usize>,
}

#[function_component(ContactScreen)]
pub fn contact_screen<S: Seat>(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang();
    let t = i18n::game(lang);
    let (scenario, policy, record) = S::contact(state, &props.scenario);

    // Rebuild the contact from its record: the record is the model, the
    // contact is derived.
    let contact = match (&scenario, &policy, &record) {
        (Some(s), Some(p), Some(r)) => Contact::replay(s, p, r).ok(),
        _ => None,
    };
    // Revealed, focused and answerable once its words are there too.
    let words = said(state);
    // The customer's newest line, to speak if the voice is on.
    let spoken = |shown| match (&scenario, &policy, &contact) {
        (Some(s), Some(p), Some(c)) if S::VOICE && state.saved.settings.voice && words.is_ok() => {
            let name = state.agent_name(p);
            voice::newest(s, c, shown, lang, &|t: &str| t.replace("{agent}", &name))
        }
        _ => None,
    };
    let (shown, pending) = use_contact_keys(
        contact.as_ref().filter(|_| words.is_ok()),
        props,
        &spoken,
        speak::<S>,
    );

    let (Some(scenario), Some(policy), Some(contact)) =
        (scenario.as_ref(), policy.as_ref(), contact)
    else {
        // A record that no longer replays: the scenario (a trainer's own,
        // re-imported) changed under it. Say so and offer a fresh start.
        let outdated = S::FROM_LIST && scenario.is_some() && record.is_some();
        return unavailable(state, &props.scenario, outdated, None, S::back(t));
    };
    // Its words are fetched when it is shown.
    let w = match words {
        Ok(w) => w,
        Err(instead) => {
            return unavailable(state, &props.scenario, false, Some(instead), S::back(t))
        }
    };

    let agent_name = state.agent_name(policy);
    let say = |text: &str| text.replace("{agent}", &agent_name);
    let on = Contacted {
        scenario,
        contact: &contact,
        lang,
        w,
    };
    let choices = (!pending && !contact.is_over())
        .then(|| choices::choices(&contact.offers(), &say, &props.choose, lang, t.locked, w));
    let to_debrief = (!pending && contact.is_over()).then(|| {
        let (next, label) = S::next(&scenario.id, t, w);
        html! {
            <p><button type="button" class="primary" data-testid="to-debrief"
                onclick={Callback::from(move |_| dom::go_to(&next))}>{label}</button></p>
        }
    });
    html! {
        <section data-testid="screen-contact" class="screen contact">
            <h1>{scenario.title.get(lang)}</h1>
            <p class="meta">{i18n::channel(lang, scenario.channel)}{" · "}{w.under_policy()}{": "}{policy.name.get(lang)}</p>
            { lesson::before(scenario, lang, w) }
            { meters::status(&contact, policy, w) }
            { channel::status(&contact, w) }
            { transcript::transcript(&on, shown, &say) }
            { if pending { html!{ <p class="typing" data-testid="typing">{i18n::fill(w.customer_typing(), &[&scenario.persona.name])}</p> } } else { html!{} } }
            { for choices }
            { for to_debrief }
            <footer class="settings">
                { crate::ui::game::start::typing_toggle(state) }
                { if S::VOICE && crate::engine::play::voice::speaks(scenario) { voice::controls(state, w) } else { html! {} } }
            </footer>
        </section>
    }
}

/// A contact on screen, with what its views need to word it.
pub struct Contacted<'a> {
    pub scenario: &'a Scenario,
    pub contact: &'a Contact<'a>,
    pub lang: crate::engine::Lang,
    pub w: Said<'a>,
}

/// The words of the screens after the start (`i18n::Said`), or what to say
/// instead: that they are on their way, or that they could not be fetched.
pub fn said(state: &Model) -> Result<Said<'_>, &'static str> {
    let t = i18n::game(state.lang());
    match state.screen_words() {
        None => Err(t.loading),
        Some(text) => Said::new(text).ok_or(t.words_failed),
    }
}

/// The customer's lines revealed as they are "typed", focus on what can be
/// done next once they are in, and number keys for the answers. Returns
/// (lines shown, a line pending).
/// The newest line shown is spoken (`spoken` gives it, from the number of
/// lines shown) while it is the newest.
#[hook]
fn use_contact_keys(
    contact: Option<&Contact<'_>>,
    props: &Props,
    spoken: &dyn Fn(usize) -> Option<voice::Spoken>,
    speak: fn(Option<voice::Spoken>, &State) -> Option<voice::Held>,
) -> (usize, bool) {
    let total = contact.map_or(0, |c| c.transcript().len());
    let (shown, pending) = use_typing_reveal(total, props.state.saved.settings.typing);
    let over = contact.is_some_and(|c| c.is_over());
    let (line, state) = (spoken(shown), props.state.clone());
    // When the customer's line is in, focus the first answer you can give
    // (or the way to the debrief), so keyboard users can act at once.
    use_effect_with((pending, total, over), move |(pending, _, over)| {
        if !*pending {
            if *over {
                dom::focus("[data-testid=\"to-debrief\"]");
            } else {
                dom::focus("[data-testid^=\"choice-\"]:not([aria-disabled=\"true\"])");
            }
        }
        let held = speak(line, &state);
        move || drop(held)
    });
    let available: Vec<bool> = contact
        .map(|c| c.offers().iter().map(|o| o.available()).collect())
        .unwrap_or_default();
    use_number_keys(
        available,
        !pending && !over,
        props.scenario.clone(),
        props.choose.clone(),
    );
    (shown, pending)
}

/// How the contact screen of seat `S` speaks: with the customer's voice, or
/// (a page without it) not at all, so that page carries none of the voice.
fn speak<S: Seat>(line: Option<voice::Spoken>, state: &State) -> Option<voice::Held> {
    if S::VOICE {
        voice::speak(line, state)
    } else {
        None
    }
}

/// No contact to show: still loading, gone, or no longer replayable (then
/// it can be started afresh); or `instead`, what to say while its words are
/// not there.
fn unavailable(
    state: &State,
    id: &str,
    outdated: bool,
    instead: Option<&'static str>,
    back: (&'static str, &'static str),
) -> Html {
    let t = i18n::game(state.lang());
    let message = if let Some(instead) = instead {
        instead
    } else if outdated {
        t.contact_outdated
    } else if state.library.loaded && state.wanted().is_none() {
        t.no_debrief
    } else {
        t.loading
    };
    let restart = outdated.then(|| {
        let state = state.clone();
        let id = id.to_string();
        html! {
            <p><button type="button" class="primary" data-testid="start-again"
                onclick={Callback::from(move |_| state.dispatch(Msg::PlayAgain(id.clone())))}>{t.play_again}</button></p>
        }
    });
    html! {
        <section data-testid="screen-contact" class="screen">
            <h1>{t.list_title}</h1>
            <p role="status" data-testid="contact-unavailable">{message}</p>
            { for restart }
            <p><a href={back.0}>{back.1}</a></p>
        </section>
    }
}

/// The contact with scenario `id`, seated as `S` says: its answers go to
/// the model as the game's `Choose`.
pub fn seated<S: Seat>(state: &State, id: &str) -> Html {
    let choose = {
        let (state, id) = (state.clone(), id.to_string());
        Callback::from(move |index| state.dispatch(Msg::Choose(id.clone(), index)))
    };
    html! { <ContactScreen<S> state={state.clone()} scenario={id.to_string()} {choose} /> }
}
