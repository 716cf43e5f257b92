//! The contact: transcript, meters, clock, and the answers to choose from.

use yew::prelude::*;

use std::rc::Rc;

use crate::app::game::{Model, Msg};
use crate::app::route::Route;
use crate::engine::play::contact::Line;
use crate::engine::{Contact, ContactRecord, Policy, Scenario};
use crate::ui::game::hooks::{use_number_keys, use_typing_reveal};
use crate::ui::game::lesson;
use crate::ui::i18n;
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
    fn contact(state: &Model, scenario: &str) -> Seated;
    /// Where to go once the contact is over, and the button's words.
    fn next(scenario: &str, t: &'static i18n::Game) -> (String, &'static str);
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
        (state.scenario(scenario), policy, record)
    }

    fn next(scenario: &str, t: &'static i18n::Game) -> (String, &'static str) {
        (Route::Debrief(scenario.to_string()).hash(), t.to_debrief)
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
    let choose = props.choose.clone();

    // Rebuild the contact from its record: the record is the model, the
    // contact is derived.
    let contact = match (&scenario, &policy, &record) {
        (Some(s), Some(p), Some(r)) => Contact::replay(s, p, r).ok(),
        _ => None,
    };
    let total = contact.as_ref().map_or(0, |c| c.transcript().len());
    let (shown, pending) = use_typing_reveal(total, state.saved.settings.typing);
    let over = contact.as_ref().is_some_and(|c| c.is_over());
    // When the customer's line is in, focus the first answer you can give
    // (or the way to the debrief), so keyboard users can act at once.
    use_effect_with((pending, total, over), |(pending, _, over)| {
        if !*pending {
            if *over {
                dom::focus("[data-testid=\"to-debrief\"]");
            } else {
                dom::focus("[data-testid^=\"choice-\"]:not([aria-disabled=\"true\"])");
            }
        }
    });
    let available: Vec<bool> = contact
        .as_ref()
        .map(|c| c.offers().iter().map(|o| o.available()).collect())
        .unwrap_or_default();
    use_number_keys(
        available,
        !pending && !over,
        props.scenario.clone(),
        choose.clone(),
    );

    let (Some(scenario), Some(policy), Some(contact)) =
        (scenario.as_ref(), policy.as_ref(), contact)
    else {
        // A record that no longer replays: the scenario (a trainer's own,
        // re-imported) changed under it. Say so and offer a fresh start.
        let outdated = S::FROM_LIST && scenario.is_some() && record.is_some();
        let message = if outdated {
            t.contact_outdated
        } else if state.library.loaded && state.wanted().is_none() {
            t.no_debrief
        } else {
            t.loading
        };
        let restart = outdated.then(|| {
            let state = state.clone();
            let id = props.scenario.clone();
            html! {
                <p><button type="button" class="primary" data-testid="start-again"
                    onclick={Callback::from(move |_| state.dispatch(Msg::PlayAgain(id.clone())))}>{t.play_again}</button></p>
            }
        });
        let back = S::back(t);
        return html! {
            <section data-testid="screen-contact" class="screen">
                <h1>{t.list_title}</h1>
                <p role="status" data-testid="contact-unavailable">{message}</p>
                { for restart }
                <p><a href={back.0}>{back.1}</a></p>
            </section>
        };
    };

    let agent_name = state.agent_name(policy);
    let say = |text: &str| text.replace("{agent}", &agent_name);
    let lines = contact.transcript().into_iter().take(shown).map(|line| match line {
        Line::Customer { node } => html! {
            <div class="line customer" data-testid="line-customer">
                <span class="who">{&scenario.persona.name}</span>
                <span class="said">{say(scenario.nodes[node].customer.get(lang))}</span>
            </div>
        },
        Line::Agent { node, choice } => html! {
            <div class="line agent" data-testid="line-agent">
                <span class="who">{t.you}</span>
                <span class="said">{say(scenario.nodes[node].choices[choice].text.get(lang))}</span>
            </div>
        },
        Line::CustomerLeft | Line::Stuck => html! {
            <div class="line system" data-testid="line-system">
                {contact.end().map(|e| t.end_reason(e.reason)).unwrap_or("")}
            </div>
        },
    });
    let m = contact.customer().meters;
    let meter = |id: &str, label: &str, value: i32, word: &str| {
        html! {
            <div class="meter" data-testid={id.to_string()} role="meter" aria-valuenow={value.to_string()}
                aria-valuemin="0" aria-valuemax="100" aria-label={label.to_string()} aria-valuetext={format!("{value}/100, {word}")}>
                <span class="meter-label">{label}{" "}<strong>{value}{"/100"}</strong>{" — "}{word}</span>
                <span class="bar" aria-hidden="true"><span class="fill" style={format!("width:{value}%")}></span></span>
            </div>
        }
    };
    let clock = policy.handle_time_target.map(|target| {
        let over_target = contact.clock() > target;
        html! {
            <p class="clock" data-testid="clock" data-over={over_target.to_string()}>
                {t.clock}{": "}<strong>{i18n::clock(contact.clock())}</strong>{" / "}{i18n::clock(target)}{" "}{t.target}
                { if over_target { " — " } else { "" } }{ if over_target { t.over_target } else { "" } }
            </p>
        }
    });
    let alias = policy.alias.as_ref().map(|a| {
        html! {
            <p class="alias" data-testid="alias">{t.alias.0}<strong>{a}</strong>{t.alias.1}</p>
        }
    });
    let choices = (!pending && !contact.is_over()).then(|| {
        let offers = contact.offers();
        html! {
            <div class="choices" role="group" aria-label={t.your_answer}>
                <h2 class="sr-only">{t.your_answer}</h2>
                <p class="hint">{t.keys_hint}</p>
                <ol>
                { for offers.iter().take(5).map(|o| {
                    let n = o.index + 1;
                    let lock = o.lock.as_ref().map(|l| i18n::lock(lang, l));
                    let onclick = {
                        let choose = choose.clone();
                        let ok = o.available();
                        let index = o.index;
                        Callback::from(move |_| if ok { choose.emit(index) })
                    };
                    html! {
                        <li>
                            <button type="button" class="choice" data-testid={format!("choice-{n}")}
                                aria-disabled={lock.is_some().then_some("true")}
                                aria-describedby={lock.is_some().then(|| format!("lock-{n}"))}
                                onclick={onclick}>
                                <span class="num" aria-hidden="true">{n}</span>
                                <span>{say(o.choice.text.get(lang))}</span>
                            </button>
                            { for lock.map(|l| html! {
                                <p class="lock" id={format!("lock-{n}")} data-testid={format!("choice-lock-{n}")}>
                                    <strong>{t.locked}{": "}</strong>{l}
                                </p>
                            }) }
                        </li>
                    }
                }) }
                </ol>
            </div>
        }
    });
    let to_debrief = (!pending && contact.is_over()).then(|| {
        let (next, label) = S::next(&scenario.id, t);
        html! {
            <p><button type="button" class="primary" data-testid="to-debrief"
                onclick={Callback::from(move |_| dom::go_to(&next))}>{label}</button></p>
        }
    });
    html! {
        <section data-testid="screen-contact" class="screen contact">
            <h1>{scenario.title.get(lang)}</h1>
            <p class="meta">{i18n::channel(lang, scenario.channel)}{" · "}{t.under_policy}{": "}{policy.name.get(lang)}</p>
            { lesson::before(scenario, lang) }
            <div class="status">
                { meter("meter-mood", t.mood, m.mood, i18n::mood_word(lang, m.mood)) }
                { meter("meter-patience", t.patience, m.patience, i18n::patience_word(lang, m.patience)) }
                { for clock }
                { for alias }
            </div>
            <div class="transcript" data-testid="transcript" role="log" aria-live="polite" aria-label={scenario.persona.name.clone()}>
                { for lines }
            </div>
            { if pending { html!{ <p class="typing" data-testid="typing">{t.customer_typing.0}{&scenario.persona.name}{t.customer_typing.1}</p> } } else { html!{} } }
            { for choices }
            { for to_debrief }
            <footer class="settings">{ crate::ui::game::start::typing_toggle(state) }</footer>
        </section>
    }
}
