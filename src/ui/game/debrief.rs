//! The debrief: two scorecards (`scorecards`), the mood chart, each answer
//! with its feedback (`review`), and where this path stands among all paths.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::game::Msg;
use crate::app::route::Route;
use crate::engine::play::debrief::{debrief, Debrief};
use crate::engine::{Contact, ContactRecord, Scenario};
use crate::ui::game::contact::said;
use crate::ui::game::{lesson, review, scorecards, strain};
use crate::ui::i18n::{self, Said};
use crate::ui::shell::dom;
use crate::ui::shell::store::State;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
    pub scenario: String,
    /// The way from this page to the game's own folder ("" or "../").
    pub home: &'static str,
}

#[function_component(DebriefScreen)]
pub fn debrief_screen(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang();
    let t = i18n::game(lang);
    let (report, scenario, last) = use_debrief_report(state, &props.scenario);
    // Its words are fetched when it is shown.
    let words = said(state);
    let message = match words {
        Err(instead) if report.is_some() && scenario.is_some() => instead,
        _ if state.library.loaded && state.wanted().is_none() => t.no_debrief,
        _ => t.loading,
    };
    let (Some(d), Some(scenario), Ok(w)) = (report, scenario, words) else {
        return html! {
            <section data-testid="screen-debrief" class="screen">
                <h1>{t.debrief_title}</h1>
                <p>{message}</p>
                <p><a href="#/scenarios" data-testid="back-to-list">{t.back_to_list}</a></p>
            </section>
        };
    };
    let policy = state.policy_by_id(&d.policy).cloned();
    let c = &d.scorecards;
    let ending = d
        .ending
        .as_ref()
        .map(|e| e.get(lang).to_string())
        .or_else(|| d.end.map(|e| w.end_reason(e.reason).to_string()));
    let agent_name = policy
        .as_ref()
        .map(|p| state.agent_name(p))
        .unwrap_or_default();
    html! {
        <section data-testid="screen-debrief" class="screen">
            <h1>{t.debrief_title}{": "}{scenario.title.get(lang)}</h1>
            <p class="meta">{w.under_policy()}{": "}{policy.as_ref().map(|p| p.name.get(lang).to_string()).unwrap_or_default()}
                {" · "}{w.outcome(c.customer.outcome)}</p>
            { for ending.map(|e| html! { <p class="lead">{e}</p> }) }
            { if d.views_disagree { html!{ <p class="callout">{w.views_disagree()}</p> } } else { html!{} } }
            <div class="cards two">{scorecards::manager(c, w)}{scorecards::customer(c, w)}</div>
            <div class="card you">
                <p>{w.stress()}{": "}<strong data-testid="stress">{c.agent.stress}{"/100"}
                    {format!(" ({:+})", c.agent.stress_change)}</strong></p>
                { strain::sources(&d.strain, policy.as_ref().and_then(|p| p.alias.as_deref()), w.strain_sources(), state.words()) }
            </div>
            { chart(&d, w) }
            { for d.standing.as_ref().map(|s| scorecards::standing(s, c.customer.csat, w)) }
            { review::review(&d, &agent_name, state.words(), lang, w) }
            { for last.as_ref().map(|record| lesson::after(state, &scenario, record, props.home, w)) }
            { actions(state, &scenario.id, &d.policy, props.home, w) }
        </section>
    }
}

/// The debrief of the last contact with this scenario, the scenario, and
/// the contact's record, as far as they are known: worked out once per
/// finished contact.
#[hook]
fn use_debrief_report(
    state: &State,
    id: &str,
) -> (Option<Debrief>, Option<Rc<Scenario>>, Option<ContactRecord>) {
    let last = state
        .saved
        .profile()
        .and_then(|p| p.last.clone())
        .filter(|r| r.scenario == id);
    let base = state.scenario(id);
    let report = {
        let state = state.clone();
        use_memo((last.clone(), base.clone()), move |(last, base)| {
            let (record, base) = (last.as_ref()?, base.as_ref()?);
            let policy = state.policy_by_id(&record.policy)?;
            let scenario = state.met(base, record);
            let contact = Contact::replay(&scenario, policy, record).ok()?;
            let mut d = debrief(&contact);
            // Worked out by the build for a shipped scenario (no path analysis
            // in the game); a trainer's own has its paths in the workshop's map.
            let csat = d.scorecards.customer.csat;
            d.standing = contact
                .is_over()
                .then(|| {
                    state
                        .library
                        .standing(&record.scenario, &record.policy, csat)
                })
                .flatten();
            Some((d, scenario.clone()))
        })
    };
    match (*report).clone() {
        Some((d, scenario)) => (Some(d), Some(scenario), last),
        None => (None, base, last),
    }
}

/// Play again, under the other house rules, or back to the list.
fn actions(state: &State, id: &str, policy: &str, home: &str, w: Said) -> Html {
    let lang = state.lang();
    let t = i18n::game(lang);
    let again = {
        let state = state.clone();
        let id = id.to_string();
        Callback::from(move |_| {
            state.dispatch(Msg::PlayAgain(id.clone()));
            dom::go(&Route::Play(id.clone()));
        })
    };
    let other = state.policies.iter().find(|p| p.id != policy).map(|o| {
        let state = state.clone();
        let id = id.to_string();
        let pid = o.id.clone();
        html! {
            <button type="button" data-testid="play-other-policy" onclick={Callback::from(move |_| {
                state.dispatch(Msg::SetPolicy(pid.clone()));
                state.dispatch(Msg::PlayAgain(id.clone()));
                dom::go(&Route::Play(id.clone()));
            })}>{w.play_other()}{": "}{o.name.get(lang)}</button>
        }
    });
    html! {
        <p class="actions">
            <button type="button" class="primary" data-testid="play-again" onclick={again}>{t.play_again}</button>
            { for other }
            <a class="button-quiet" href={format!("{}{}", home, Route::Scenarios.hash())} data-testid="back-to-list">{t.back_to_list}</a>
        </p>
    }
}

/// The customer's mood over the contact as an SVG line, described in words.
fn chart(d: &Debrief, said: Said) -> Html {
    let (w, h) = (320, 120);
    let n = d.mood.len().max(2) - 1;
    let points: Vec<String> = d
        .mood
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{},{}", 10 + i * (w - 20) / n, 10 + (100 - m) as usize))
        .collect();
    let first = d.mood.first().copied().unwrap_or(0);
    let last = d.mood.last().copied().unwrap_or(0);
    let low = d.mood.iter().copied().min().unwrap_or(0);
    let high = d.mood.iter().copied().max().unwrap_or(0);
    let label = said.mood_line(first, last, low, high, d.mood.len() - 1);
    html! {
        <section class="card" aria-labelledby="chart-h">
            <h2 id="chart-h">{said.mood_chart()}</h2>
            <svg data-testid="mood-chart" role="img" aria-label={label.clone()} viewBox={format!("0 0 {w} {h}")} class="chart">
                <line x1="10" y1="60" x2={(w - 10).to_string()} y2="60" class="mid" />
                <polyline points={points.join(" ")} class="mood-line" />
                { for d.mood.iter().enumerate().map(|(i, m)| html! {
                    <circle cx={(10 + i * (w - 20) / n).to_string()} cy={(10 + (100 - m) as usize).to_string()} r="3" class="dot" />
                }) }
            </svg>
            <p class="hint">{label}</p>
        </section>
    }
}
