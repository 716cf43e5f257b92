//! The debrief: two scorecards, the mood chart, each answer with its
//! feedback, and where this path stands among all paths.

use yew::prelude::*;

use crate::app::game::Msg;
use crate::app::route::Route;
use crate::engine::play::debrief::{debrief, Debrief};
use crate::engine::{Contact, Lang};
use crate::ui::game::lesson;
use crate::ui::i18n;
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
    let last = state
        .saved
        .profile()
        .and_then(|p| p.last.clone())
        .filter(|r| r.scenario == props.scenario);
    let scenario = state.scenario(&props.scenario);
    // Path analysis is the one costly step: do it once per finished contact.
    let report = use_memo((last.clone(), scenario.clone()), |(last, scenario)| {
        let (record, scenario) = (last.as_ref()?, scenario.as_ref()?);
        let policy = state.policy_by_id(&record.policy)?;
        let contact = Contact::replay(scenario, policy, record).ok()?;
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
        Some(d)
    });
    let (Some(d), Some(scenario)) = ((*report).clone(), scenario) else {
        return html! {
            <section data-testid="screen-debrief" class="screen">
                <h1>{t.debrief_title}</h1>
                <p>{ if state.library.loaded && state.wanted().is_none() { t.no_debrief } else { t.loading } }</p>
                <p><a href="#/scenarios" data-testid="back-to-list">{t.back_to_list}</a></p>
            </section>
        };
    };
    let policy = state.policy_by_id(&d.policy).cloned();
    let other = state.policies.iter().find(|p| p.id != d.policy).cloned();
    let c = &d.scorecards;
    let yes_no = |b: bool| if b { t.yes } else { t.no };
    let manager = html! {
        <section class="card scorecard" data-testid="scorecard-manager" aria-labelledby="mgr-h">
            <h2 id="mgr-h">{t.manager_card}</h2>
            <dl>
                <dt>{t.handle_time}</dt>
                <dd data-testid="handle-time">{i18n::clock(c.manager.handle_time)}
                    { for c.manager.handle_time_target.map(|target| format!(" / {} {}", i18n::clock(target), t.target)) }</dd>
                { term(t.adherence, format!("{}%", c.manager.script_adherence)) }
                { term(t.per_hour, per_hour(c.manager.handle_time)) }
                <dt>{t.goodwill}</dt><dd data-testid="goodwill">{"€"}{c.manager.goodwill_spent}</dd>
                <dt>{t.rating}</dt><dd><strong>{stars(c.manager.rating)}</strong>{format!(" {}/5", c.manager.rating)}</dd>
                { for (c.manager.transfers > 0).then(|| term(t.transfers, c.manager.transfers.to_string())) }
                { for c.manager.unverified_change.then(|| term(t.unverified_change, t.yes.to_string())) }
            </dl>
        </section>
    };
    let customer = html! {
        <section class="card scorecard" data-testid="scorecard-customer" aria-labelledby="cust-h">
            <h2 id="cust-h">{t.customer_card}</h2>
            <dl>
                <dt>{t.csat}</dt><dd data-testid="csat"><strong>{stars(c.customer.csat)}</strong>{format!(" {}/5", c.customer.csat)}</dd>
                <dt>{t.nps}</dt><dd data-testid="nps">{format!("{}/10 — {}", c.customer.nps, i18n::nps_class(lang, c.customer.nps_class))}</dd>
                <dt>{t.fcr}</dt><dd data-testid="fcr">{yes_no(c.customer.first_contact_resolution)}</dd>
                { term(t.effort, format!("{}/100", c.customer.effort)) }
            </dl>
        </section>
    };
    let ending = d
        .ending
        .as_ref()
        .map(|e| e.get(lang).to_string())
        .or_else(|| d.end.map(|e| t.end_reason(e.reason).to_string()));
    let agent_name = policy
        .as_ref()
        .map(|p| state.agent_name(p))
        .unwrap_or_default();
    let review = d.choices.iter().map(|r| {
        let why = r
            .adjustments
            .iter()
            .filter(|a| a.reason != crate::engine::play::customer::Reason::Base && a.meter == crate::engine::model::scenario::Meter::Mood)
            .map(|a| format!("{} ({:+})", i18n::reason(lang, a.reason), a.amount))
            .collect::<Vec<_>>()
            .join(", ");
        let strain = r
            .stress
            .iter()
            .map(|e| format!("{} ({:+})", i18n::stress_reason(lang, e.reason), e.amount))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <li>
                <p class="said">{"“"}{r.text.get(lang).replace("{agent}", &agent_name)}{"”"}</p>
                <p>{r.feedback.get(lang)}</p>
                { if why.is_empty() { html!{} } else { html!{ <p class="hint">{t.mood}{": "}{why}</p> } } }
                { if strain.is_empty() { html!{} } else { html!{ <p class="hint">{t.stress}{": "}{strain}</p> } } }
            </li>
        }
    });
    let standing = d.standing.as_ref().map(|s| html! {
        <section class="card" data-testid="standing" aria-labelledby="stand-h">
            <h2 id="stand-h">{t.standing}</h2>
            <p>{i18n::standing(lang, c.customer.csat, s.percentile, s.paths, s.exact)}</p>
            <dl>
                { term(t.best_path, format!("CSAT {}/5", s.best_csat)) }
                { term(t.script_path, s.all_script_csat.map(|v| format!("CSAT {v}/5")).unwrap_or_default()) }
                { term(t.worst_path, format!("CSAT {}/5", s.worst_csat)) }
            </dl>
        </section>
    });
    let again = {
        let state = state.clone();
        let id = scenario.id.clone();
        Callback::from(move |_| {
            state.dispatch(Msg::PlayAgain(id.clone()));
            dom::go(&Route::Play(id.clone()));
        })
    };
    let other_button = other.map(|o| {
        let state = state.clone();
        let id = scenario.id.clone();
        let pid = o.id.clone();
        html! {
            <button type="button" data-testid="play-other-policy" onclick={Callback::from(move |_| {
                state.dispatch(Msg::SetPolicy(pid.clone()));
                state.dispatch(Msg::PlayAgain(id.clone()));
                dom::go(&Route::Play(id.clone()));
            })}>{t.play_other}{": "}{o.name.get(lang)}</button>
        }
    });
    html! {
        <section data-testid="screen-debrief" class="screen">
            <h1>{t.debrief_title}{": "}{scenario.title.get(lang)}</h1>
            <p class="meta">{t.under_policy}{": "}{policy.as_ref().map(|p| p.name.get(lang).to_string()).unwrap_or_default()}
                {" · "}{i18n::outcome(lang, c.customer.outcome)}</p>
            { for ending.map(|e| html! { <p class="lead">{e}</p> }) }
            { if d.views_disagree { html!{ <p class="callout">{t.views_disagree}</p> } } else { html!{} } }
            <div class="cards two">{manager}{customer}</div>
            <p class="card you">{t.stress}{": "}<strong data-testid="stress">{c.agent.stress}{"/100"}
                {format!(" ({:+})", c.agent.stress_change)}</strong></p>
            { chart(&d, lang, t.mood_chart) }
            { for standing }
            <section class="card" aria-labelledby="rev-h">
                <h2 id="rev-h">{t.your_choices}</h2>
                <ol class="review" data-testid="choice-review">{ for review }</ol>
            </section>
            { for last.as_ref().map(|record| lesson::after(state, &scenario, record, props.home)) }
            <p class="actions">
                <button type="button" class="primary" data-testid="play-again" onclick={again}>{t.play_again}</button>
                { for other_button }
                <a class="button-quiet" href={format!("{}{}", props.home, Route::Scenarios.hash())} data-testid="back-to-list">{t.back_to_list}</a>
            </p>
        </section>
    }
}

#[inline(never)]
fn term(label: &'static str, value: String) -> Html {
    html! { <><dt>{label}</dt><dd>{value}</dd></> }
}

/// Contacts an hour at this handle time, one decimal.
fn per_hour(handle_time: u32) -> String {
    match crate::engine::play::scoring::contacts_per_hour_tenths(handle_time) {
        Some(tenths) => format!("{}.{}", tenths / 10, tenths % 10),
        None => "–".into(),
    }
}

fn stars(n: u8) -> String {
    let n = n.min(5) as usize;
    format!("{}{}", "★".repeat(n), "☆".repeat(5 - n))
}

/// The customer's mood over the contact as an SVG line, described in words.
fn chart(d: &Debrief, lang: Lang, title: &str) -> Html {
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
    let label = i18n::mood_summary(lang, first, last, low, high, d.mood.len() - 1);
    html! {
        <section class="card" aria-labelledby="chart-h">
            <h2 id="chart-h">{title}</h2>
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
