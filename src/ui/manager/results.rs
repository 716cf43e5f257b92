//! The results of a run: a table of figures per policy, and the service
//! level per day as labelled bars.

use yew::prelude::*;

use crate::app::manager::Run;
use crate::engine::builtin_policies;
use crate::engine::centre::week::{CentreReport, Figures};
use crate::engine::{Lang, Policy};
use crate::ui::i18n;

/// A row of the results table: its label, and the figure it shows.
type Row = (&'static str, fn(&Figures) -> String);

/// The results table's rows, each label with its own figure.
fn rows(w: &i18n::Manager) -> [Row; 13] {
    [
        (w.offered, |f| f.offered.to_string()),
        (w.answered, |f| f.answered.to_string()),
        (w.service_level, |f| format!("{}%", f.service_level)),
        (w.average_speed_of_answer, |f| {
            format!("{} s", f.average_speed_of_answer)
        }),
        (w.abandoned, |f| format!("{}%", f.abandonment)),
        (w.average_handle_time, |f| {
            format!("{} s", f.average_handle_time)
        }),
        (w.csat, |f| format!("{}", f.csat)),
        (w.nps, |f| format!("{}", f.nps)),
        (w.first_contact_resolution, |f| {
            format!("{}%", f.first_contact_resolution)
        }),
        (w.repeat_contacts, |f| format!("{}%", f.repeat_contacts)),
        (w.goodwill, |f| format!("€{}", f.goodwill)),
        (w.cost, |f| format!("€{}", f.cost)),
        (w.agent_stress, |f| format!("{}/100", f.agent_stress)),
    ]
}

fn policy_name(policies: &[Policy], r: &CentreReport, lang: Lang) -> String {
    policies
        .iter()
        .find(|p| p.id == r.policy)
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_default()
}

/// A row of one figure per report.
fn row(
    label: &'static str,
    reports: &[CentreReport],
    figure: impl Fn(&CentreReport) -> String,
) -> Html {
    html! {
        <tr><th scope="row">{label}</th>{ for reports.iter().map(|r| html! { <td>{figure(r)}</td> }) }</tr>
    }
}

pub fn results(run: &Run, w: &'static i18n::Manager, lang: Lang) -> Html {
    let policies = builtin_policies();
    let reports = &run.reports;
    let head = reports
        .iter()
        .map(|r| html! { <th scope="col">{policy_name(&policies, r, lang)}</th> });
    let rows = rows(w)
        .into_iter()
        .map(|(label, figure)| row(label, reports, |r| figure(&r.total)));
    html! {
        <section class="card" data-testid="centre-results" aria-labelledby="res-h">
            <h2 id="res-h">{w.results}</h2>
            <p class="hint" data-testid="computed-in">{i18n::computed(lang, run.ms)}</p>
            <div class="table-wrap">
                <table>
                    <thead><tr><td></td>{ for head }</tr></thead>
                    <tbody>
                        { for rows }
                        { row(w.erlang, reports, |r| format!("{}%", r.erlang_c_service_level)) }
                        { row(w.attrition, reports, |r| format!("{}%", r.attrition_risk)) }
                    </tbody>
                </table>
            </div>
            <h3>{w.per_day}</h3>
            { for reports.iter().map(|r| day_chart(r, w, &policy_name(&policies, r, lang))) }
        </section>
    }
}

/// Service level per day as labelled bars: the number is always written out.
fn day_chart(r: &CentreReport, w: &i18n::Manager, name: &str) -> Html {
    let days: Vec<(String, f64)> = r
        .per_day
        .iter()
        .enumerate()
        .filter(|(_, d)| d.offered > 0)
        .map(|(i, d)| (format!("{} {}", w.days[i % 7], i / 7 + 1), d.service_level))
        .take(14)
        .collect();
    let label = days
        .iter()
        .map(|(d, v)| format!("{d}: {v}%"))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <figure class="days">
            <figcaption>{name.to_string()}</figcaption>
            <svg role="img" aria-label={format!("{name}: {label}")} viewBox={format!("0 0 {} 145", days.len() * 44 + 10)} class="chart">
                { for days.iter().enumerate().map(|(i, (d, v))| {
                    let h = (*v).clamp(0.0, 100.0) as usize;
                    let x = 10 + i * 44;
                    html! {
                        <g>
                            <rect x={x.to_string()} y={(125 - h).to_string()} width="30" height={h.to_string()} class="bar-fill" />
                            <text x={(x + 15).to_string()} y={(119 - h).to_string()} text-anchor="middle" class="bar-value">{format!("{}", *v as u32)}</text>
                            <text x={(x + 15).to_string()} y="140" text-anchor="middle" class="bar-label">{d.clone()}</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
