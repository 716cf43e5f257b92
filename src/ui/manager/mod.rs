//! The manager's view: set up a contact centre, simulate a week (or more)
//! under both house rules, and compare. All figures come from
//! `engine::centre`; this page only collects parameters and shows results.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::builtin_policies;
use crate::engine::centre::calls::StyleMix;
use crate::engine::centre::week::{simulate, ArrivalShape, CentreParams, CentreReport, Figures};
use crate::engine::{Diagnostic, Lang};
use crate::ui::i18n;
use crate::ui::shell::language_switch::language_switch;
use crate::ui::shell::storage;

pub fn start() {
    yew::Renderer::<Manager>::new().render();
}

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

#[function_component(Manager)]
fn manager() -> Html {
    let lang = use_state(|| storage::load().0.settings.lang);
    let params = use_state(CentreParams::default);
    let reports = use_state(|| None::<(Vec<CentreReport>, u32)>);
    let problems = use_state(Vec::<Diagnostic>::new);
    let shape = use_state(|| ArrivalShape::MorningPeak);
    let mix = use_state(|| 0usize);
    {
        let lang = *lang;
        use_effect_with(lang, |l| crate::ui::shell::dom::set_document_lang(l.code()));
    }
    let w = i18n::manager(*lang);
    let shell = i18n::shell(*lang);
    let field = |label: &'static str,
                 id: &'static str,
                 value: u32,
                 set: fn(&mut CentreParams, u32)| {
        let params = params.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<u32>() {
                let mut p = (*params).clone();
                set(&mut p, v);
                params.set(p);
            }
        });
        html! {
            <label class="field" for={id}>{label}
                <input id={id} data-testid={id} type="number" min="0" inputmode="numeric" value={value.to_string()} {oninput} />
            </label>
        }
    };
    let run = {
        let params = params.clone();
        let reports = reports.clone();
        let problems = problems.clone();
        let shape = shape.clone();
        let mix = mix.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut p = (*params).clone();
            if p.open_hour < p.close_hour && p.close_hour <= 24 {
                p.hourly_pattern = shape.pattern(p.open_hour, p.close_hour);
            }
            p.style_mix = match *mix {
                1 => Some(StyleMix::mostly_scripted()),
                2 => Some(StyleMix::empathetic_and_autonomous()),
                _ => None,
            };
            let found = p.problems();
            if !found.is_empty() {
                problems.set(found);
                return;
            }
            problems.set(Vec::new());
            let now = || {
                web_sys::window()
                    .and_then(|w| w.performance())
                    .map_or(0.0, |p| p.now())
            };
            let started = now();
            let out: Vec<CentreReport> = builtin_policies()
                .iter()
                .map(|policy| simulate(policy, &p))
                .collect();
            reports.set(Some((out, (now() - started) as u32)));
        })
    };
    let pick_lang = {
        let lang = lang.clone();
        Callback::from(move |l| lang.set(l))
    };
    let policies = builtin_policies();
    let results = (*reports).as_ref().map(|(reports, ms)| {
        let head = reports.iter().map(|r| {
            let name = policies.iter().find(|p| p.id == r.policy).map(|p| p.name.get(*lang).to_string()).unwrap_or_default();
            html! { <th scope="col">{name}</th> }
        });
        let rows = rows(w).into_iter().map(|(label, figure)| html! {
            <tr><th scope="row">{label}</th>{ for reports.iter().map(|r| html! { <td>{figure(&r.total)}</td> }) }</tr>
        });
        let extra = html! {
            <>
                <tr><th scope="row">{w.erlang}</th>{ for reports.iter().map(|r| html! { <td>{format!("{}%", r.erlang_c_service_level)}</td> }) }</tr>
                <tr><th scope="row">{w.attrition}</th>{ for reports.iter().map(|r| html! { <td>{format!("{}%", r.attrition_risk)}</td> }) }</tr>
            </>
        };
        html! {
            <section class="card" data-testid="centre-results" aria-labelledby="res-h">
                <h2 id="res-h">{w.results}</h2>
                <p class="hint" data-testid="computed-in">{i18n::computed(*lang, *ms)}</p>
                <div class="table-wrap">
                    <table>
                        <thead><tr><td></td>{ for head }</tr></thead>
                        <tbody>{ for rows }{extra}</tbody>
                    </table>
                </div>
                <h3>{w.per_day}</h3>
                { for reports.iter().map(|r| day_chart(r, w, &policies, *lang)) }
            </section>
        }
    });
    let p = &*params;
    html! {
        <>
            <header class="top">
                <a class="brand" href="../">{"Frontline"}</a>
                <nav aria-label={shell.menu}>
                    <a href="../" data-testid="nav-game">{shell.back_to_game}</a>
                </nav>
                { language_switch(*lang, pick_lang) }
            </header>
            <main id="main" data-testid="screen-manager">
                <h1>{w.title}</h1>
                <p class="lead">{w.intro}</p>
                <form class="panel fields" onsubmit={run}>
                    { field(w.agents, "agents", p.agents, |p, v| p.agents = v) }
                    { field(w.calls, "calls", p.calls_per_week, |p, v| p.calls_per_week = v) }
                    { field(w.hours, "phone-hours", p.phone_hours_per_agent, |p, v| p.phone_hours_per_agent = v) }
                    { field(w.weeks, "weeks", p.weeks, |p, v| p.weeks = v) }
                    { field(w.seed, "seed", p.seed as u32, |p, v| p.seed = v as u64) }
                    { field(w.open_days, "open-days", p.open_days, |p, v| p.open_days = v) }
                    { field(w.open_hour, "open-hour", p.open_hour, |p, v| p.open_hour = v) }
                    { field(w.close_hour, "close-hour", p.close_hour, |p, v| p.close_hour = v) }
                    { select(w.shape, "arrival-shape", &ArrivalShape::ALL.map(|s| i18n::shape_name(*lang, s)), ArrivalShape::ALL.iter().position(|s| *s == *shape).unwrap_or(0), {
                        let shape = shape.clone();
                        Callback::from(move |i: usize| shape.set(ArrivalShape::ALL[i.min(2)]))
                    }) }
                    { select(w.mix, "style-mix", &[w.mix_policy, w.mix_scripted, w.mix_empathetic], *mix, {
                        let mix = mix.clone();
                        Callback::from(move |i: usize| mix.set(i.min(2)))
                    }) }
                    <p><button type="submit" class="primary" data-testid="run-simulation">{w.run}</button></p>
                </form>
                { for (!problems.is_empty()).then(|| html! {
                    <div class="notice error" role="alert" data-testid="centre-problems">
                        <ul>{ for problems.iter().map(|d| html! { <li data-code={d.code.id()}>{d.message(*lang)}</li> }) }</ul>
                    </div>
                }) }
                <div aria-live="polite">{ for results }</div>
            </main>
        </>
    }
}

fn select(
    label: &'static str,
    id: &'static str,
    options: &[&'static str; 3],
    chosen: usize,
    on: Callback<usize>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        on.emit(el.selected_index().max(0) as usize);
    });
    html! {
        <label class="field" for={id}>{label}
            <select id={id} data-testid={id} {onchange}>
                { for options.iter().enumerate().map(|(i, o)| html! { <option value={i.to_string()} selected={i == chosen}>{*o}</option> }) }
            </select>
        </label>
    }
}

/// Service level per day as labelled bars: the number is always written out.
fn day_chart(
    r: &CentreReport,
    w: &i18n::Manager,
    policies: &[crate::engine::Policy],
    lang: Lang,
) -> Html {
    let name = policies
        .iter()
        .find(|p| p.id == r.policy)
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_default();
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
            <figcaption>{name.clone()}</figcaption>
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
