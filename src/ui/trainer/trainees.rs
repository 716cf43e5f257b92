//! Per trainee, only behind an explicit switch: a table of trainees and the
//! scenarios they played, with codes for names when pseudonymising.

use yew::prelude::*;

use super::load::Known;
use crate::app::trainer::{Msg, Trainer};
use crate::engine::analysis::cohort::report::CohortReport;
use crate::ui::i18n;

fn switch(
    label: &'static str,
    id: &'static str,
    on: bool,
    msg: fn(bool) -> Msg,
    send: &Callback<Msg>,
) -> Html {
    let onchange = send.reform(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        msg(input.checked())
    });
    html! {
        <p class="field-check">
            <input type="checkbox" {id} data-testid={id} checked={on} {onchange} />
            <label for={id}>{label}</label>
        </p>
    }
}

pub fn trainees(m: &Trainer, report: &CohortReport, known: &Known, send: &Callback<Msg>) -> Html {
    let lang = m.lang;
    let w = i18n::trainer(lang);
    let mut columns: Vec<(Option<String>, String, String)> = report
        .scenarios
        .iter()
        .map(|s| (s.track.clone(), s.scenario.clone(), s.policy.clone()))
        .collect();
    // A track's steps in the track's order; what is outside a track after.
    let step_of = |(track, sc, p): &(Option<String>, String, String)| {
        let steps = &known
            .tracks
            .iter()
            .find(|t| Some(&t.id) == track.as_ref())?
            .steps;
        steps
            .iter()
            .position(|s| s.scenario.as_deref() == Some(sc.as_str()) && &s.policy == p)
    };
    columns.sort_by_cached_key(|c| (c.0.is_none(), c.0.clone(), step_of(c), c.1.clone()));
    let title = |id: &str| {
        known
            .scenarios
            .iter()
            .find(|s| s.id == id)
            .map_or(id.to_string(), |s| s.title.get(lang).to_string())
    };
    let table = m.per_trainee.then(|| {
        let rows = report.trainees.iter().map(|t| {
            let cells = columns.iter().map(|(track, sc, p)| {
                let step = t.steps.iter().find(|s| &s.track == track && &s.scenario == sc && &s.policy == p);
                let text = match step {
                    None => w.not_played.to_string(),
                    Some(s) => s.best_csat.map_or(w.started.to_string(), |c| i18n::best_csat(lang, c)),
                };
                html! { <td>{text}</td> }
            });
            html! { <tr><th scope="row">{&t.name}</th>{ for cells }</tr> }
        });
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={w.per_trainee}>
                <table data-testid="trainer-trainees">
                    <thead><tr><th scope="col">{w.trainee}</th>
                        { for columns.iter().map(|(track, sc, _)| html! {
                            <th scope="col">{title(sc)}<br /><span class="meta">{track.clone().unwrap_or_else(|| w.outside_track.to_string())}</span></th>
                        }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        }
    });
    html! {
        <section aria-labelledby="trainees-title">
            <h2 id="trainees-title">{w.per_trainee}</h2>
            <p class="hint">{w.per_trainee_note}</p>
            { switch(w.per_trainee, "trainer-per-trainee", m.per_trainee, Msg::PerTrainee, send) }
            { switch(w.pseudonymise, "trainer-pseudonymise", m.pseudonymise, Msg::Pseudonymise, send) }
            { for table }
        </section>
    }
}
