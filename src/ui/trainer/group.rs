//! The group as a whole: per scenario and house rules the map with each
//! answer's share on its arrow (select a point to list what was answered
//! there) and the paths most people took; CSAT per house rules as a chart;
//! the most common mistakes in words.

use yew::prelude::*;

use super::load::Known;
use crate::app::trainer::{Msg, Trainer};
use crate::engine::analysis::cohort::report::{CohortReport, NodeReport, Pick, ScenarioReport};
use crate::engine::analysis::map::{layout, NODE_HEIGHT, NODE_WIDTH};
use crate::engine::{builtin_policies, Lang, Scenario};
use crate::ui::i18n::{self, Trainer as Words};
use crate::ui::workshop::map_view::edge_path;

fn policy_name(id: &str, lang: Lang) -> String {
    builtin_policies()
        .into_iter()
        .find(|p| p.id == id)
        .map_or_else(|| id.to_string(), |p| p.name.get(lang).to_string())
}

fn short(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n - 1).collect::<String>())
    }
}

/// A scenario of the report, labelled for the picker.
fn label(s: &ScenarioReport, known: &Known, w: &Words, lang: Lang) -> String {
    let title =
        find(known, &s.scenario).map_or(s.scenario.clone(), |sc| sc.title.get(lang).to_string());
    let track = s
        .track
        .clone()
        .unwrap_or_else(|| w.outside_track.to_string());
    format!("{title} — {} ({track})", policy_name(&s.policy, lang))
}

fn find<'a>(known: &'a Known, id: &str) -> Option<&'a Scenario> {
    known.scenarios.iter().find(|s| s.id == id)
}

/// The text of an answer, by ids.
fn choice_text(s: &Scenario, pick: &Pick, lang: Lang) -> String {
    s.nodes
        .iter()
        .find(|n| n.id == pick.node)
        .and_then(|n| n.choices.iter().find(|c| c.id == pick.choice))
        .map_or_else(|| pick.choice.clone(), |c| c.text.get(lang).to_string())
}

pub fn group(m: &Trainer, report: &CohortReport, known: &Known, send: &Callback<Msg>) -> Html {
    let lang = m.lang;
    let w = i18n::trainer(lang);
    let trainees = report.trainees.len();
    let r = &report.read;
    let unknown: u64 = r
        .unknown_scenarios
        .values()
        .chain(r.unknown_policies.values())
        .sum();
    let aside = (unknown + r.not_replayed + r.unreadable > 0)
        .then(|| i18n::left_aside(lang, unknown, r.not_replayed, r.unreadable));
    let onchange = send.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Msg::PickScenario(select.value().parse().unwrap_or(0))
    });
    let picked = report.scenarios.get(m.scenario);
    html! {
        <section aria-labelledby="group-title" data-testid="trainer-group">
            <h2 id="group-title">{w.group}</h2>
            <p data-testid="trainer-loaded">{i18n::loaded(lang, r.statements, r.contacts, trainees)}</p>
            { for aside.map(|a| html! { <p class="hint" data-testid="trainer-aside">{a}</p> }) }
            { csat_chart(report, w, lang) }
            { mistakes(report, known, w, lang) }
            <h3>{w.pick_scenario}</h3>
            <p class="field">
                <label for="trainer-scenario">{w.pick_scenario}</label>
                <select id="trainer-scenario" data-testid="trainer-scenario" {onchange}>
                    { for report.scenarios.iter().enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={i == m.scenario}>{label(s, known, w, lang)}</option>
                    }) }
                </select>
            </p>
            { for picked.and_then(|s| Some((s, find(known, &s.scenario)?))).map(|(s, sc)| html! {
                <>
                    { figures(s, w) }
                    { share_map(m, s, sc, send) }
                    { answers_at(m, s, sc, send) }
                    { common_paths(s, sc, w, lang) }
                </>
            }) }
        </section>
    }
}

fn figures(s: &ScenarioReport, w: &Words) -> Html {
    let num = |v: Option<f64>, unit: &str| v.map_or("–".to_string(), |v| format!("{v:.1}{unit}"));
    html! {
        <dl class="figures" data-testid="trainer-figures">
            <dt>{w.plays}</dt><dd>{s.plays}</dd>
            <dt>{w.completions}</dt><dd>{s.completions}</dd>
            <dt>{w.mean_csat}</dt><dd>{num(s.mean_csat, "")}</dd>
            <dt>{w.handle_time}</dt><dd>{num(s.mean_handle_time, " s")}</dd>
            <dt>{w.goodwill}</dt><dd>{num(s.mean_goodwill, " €")}</dd>
        </dl>
    }
}

/// The map: every arrow as thick as the share of the answers at its point
/// that took it, the share written on it; a point opens its answers.
fn share_map(m: &Trainer, s: &ScenarioReport, sc: &Scenario, send: &Callback<Msg>) -> Html {
    let lang = m.lang;
    let w = i18n::trainer(lang);
    let map = layout(sc);
    let at = |node: &str| s.nodes.iter().find(|n| n.node == node);
    let edges = map.edges.iter().filter_map(|e| {
        let to = e.to?;
        let node = &sc.nodes[e.from];
        let (count, total) = at(&node.id).map_or((0, 0), |n| (n.choices[e.choice].count, n.answers));
        let share = if total == 0 { 0.0 } else { count as f64 / total as f64 };
        let (a, b) = (&map.nodes[e.from], &map.nodes[to]);
        let (x, y) = ((a.centre_x() + b.centre_x()) / 2, (a.y + NODE_HEIGHT + b.y) / 2);
        let choice = &node.choices[e.choice].id;
        Some(html! {
            <g data-testid={format!("share-{}-{choice}", node.id)} data-count={count.to_string()} data-total={total.to_string()}>
                <path class={classes!("edge", "share", (count == 0).then_some("unused"))}
                    style={format!("stroke-width:{:.1}px", 1.0 + 9.0 * share)}
                    d={edge_path(&map, e.from, to, e.back, 0)} marker-end="url(#share-arrow)" />
                { if total > 0 { html! {
                    <text class="share-label" x={x.to_string()} y={y.to_string()} text-anchor="middle">
                        {format!("{:.0}%", share * 100.0)}
                    </text>
                } } else { html! {} } }
            </g>
        })
    });
    let nodes = map.nodes.iter().zip(&sc.nodes).map(|(n, node)| {
        let id = node.id.clone();
        let pick = send.reform(move |_| Msg::PickNode(Some(id.clone())));
        let answered = at(&node.id).is_some();
        html! {
            <g class={classes!("node", n.start.then_some("node-start"), n.ending.map(|_| "node-ending"),
                    (m.node.as_deref() == Some(node.id.as_str())).then_some("node-picked"))}
                data-testid={format!("trainer-node-{}", node.id)} onclick={answered.then_some(pick)}>
                <title>{format!("{}: {}", node.id, short(node.customer.get(lang), 140))}</title>
                <rect x={n.x.to_string()} y={n.y.to_string()} width={NODE_WIDTH.to_string()}
                    height={NODE_HEIGHT.to_string()} rx="6" />
                <text x={n.centre_x().to_string()} y={(n.y + 26).to_string()} text-anchor="middle">{short(&node.id, 20)}</text>
            </g>
        }
    });
    html! {
        <figure class="map share-map">
            <figcaption>{w.map_hint}</figcaption>
            <div class="map-scroll" tabindex="0" role="region" aria-label={sc.title.get(lang).to_string()} data-testid="trainer-map">
                <svg width={map.width.to_string()} height={map.height.to_string()}
                    viewBox={format!("0 0 {} {}", map.width, map.height)} aria-hidden="true" focusable="false">
                    <defs>
                        <marker id="share-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
                            <path d="M0 0L10 5L0 10z" class="arrow" />
                        </marker>
                    </defs>
                    <g>{ for edges }</g>
                    <g>{ for nodes }</g>
                </svg>
            </div>
        </figure>
    }
}

/// The points answered, as buttons (the keyboard's and screen reader's
/// way into the map), and the answers at the one picked.
fn answers_at(m: &Trainer, s: &ScenarioReport, sc: &Scenario, send: &Callback<Msg>) -> Html {
    let lang = m.lang;
    let w = i18n::trainer(lang);
    let buttons = s.nodes.iter().map(|n| {
        let id = n.node.clone();
        let open = m.node.as_deref() == Some(n.node.as_str());
        let onclick = send.reform(move |_| Msg::PickNode((!open).then(|| id.clone())));
        html! {
            <li><button type="button" aria-expanded={open.to_string()} data-testid={format!("trainer-point-{}", n.node)} {onclick}>
                {&n.node}</button></li>
        }
    });
    let picked = m.node.as_deref().and_then(|id| {
        Some((
            s.nodes.iter().find(|n| n.node == id)?,
            sc.nodes.iter().find(|n| n.id == id)?,
        ))
    });
    html! {
        <div class="answers-at">
            <h3>{w.map_list}</h3>
            <ul class="points">{ for buttons }</ul>
            { for picked.map(|(n, node)| answered(n, node, w, lang, send)) }
        </div>
    }
}

fn answered(
    n: &NodeReport,
    node: &crate::engine::model::scenario::Node,
    w: &Words,
    lang: Lang,
    send: &Callback<Msg>,
) -> Html {
    let rows = n.choices.iter().filter_map(|c| {
        let choice = node.choices.iter().find(|x| x.id == c.choice)?;
        Some(html! {
            <tr data-testid={format!("answered-{}", c.choice)}>
                <td>{choice.text.get(lang)}</td>
                <td>{i18n::share(lang, c.count, n.answers)}</td>
            </tr>
        })
    });
    html! {
        <div class="answered" data-testid="trainer-answered" role="region" aria-label={n.node.clone()}>
            <p class="quote">{node.customer.get(lang)}</p>
            <table>
                <tbody>{ for rows }</tbody>
            </table>
            <button type="button" onclick={send.reform(|_| Msg::PickNode(None))}>{w.close}</button>
        </div>
    }
}

fn common_paths(s: &ScenarioReport, sc: &Scenario, w: &Words, lang: Lang) -> Html {
    let items = s.common_paths.iter().take(3).map(|p| {
        let steps: Vec<String> = p.path.iter().map(|pick| format!("“{}”", short(&choice_text(sc, pick, lang), 60))).collect();
        let unfinished = if p.finished { String::new() } else { format!(" ({})", w.unfinished) };
        html! { <li>{format!("{}: {}{unfinished}", i18n::path_taken(lang, p.count), steps.join(" → "))}</li> }
    });
    html! {
        <>
            <h3>{w.common_paths}</h3>
            <ol data-testid="trainer-paths">{ for items }</ol>
        </>
    }
}

/// CSAT per house rules: a bar per score, its share written next to it.
fn csat_chart(report: &CohortReport, w: &Words, lang: Lang) -> Html {
    let charts =
        report.policies.iter().map(|p| {
            let total: u64 = p.csat.iter().sum();
            let bars = p.csat.iter().enumerate().rev().map(|(i, &n)| {
            let pct = if total == 0 { 0.0 } else { n as f64 * 100.0 / total as f64 };
            html! {
                <li data-testid={format!("csat-{}-{}", p.policy, i + 1)} data-count={n.to_string()}>
                    <span class="bar" style={format!("width:{pct:.1}%")} aria-hidden="true"></span>
                    <span class="bar-label">{i18n::csat_bar(lang, i + 1, n, total)}</span>
                </li>
            }
        });
            html! {
                <figure class="csat-chart" data-testid={format!("csat-chart-{}", p.policy)}>
                    <figcaption>{policy_name(&p.policy, lang)}</figcaption>
                    <ul>{ for bars }</ul>
                </figure>
            }
        });
    html! {
        <>
            <h3>{w.csat_chart}</h3>
            <div class="csat-charts">{ for charts }</div>
        </>
    }
}

/// Per scenario, where most contacts first left the best path, in words;
/// the most common first.
fn mistakes(report: &CohortReport, known: &Known, w: &Words, lang: Lang) -> Html {
    let mut found: Vec<(u64, String)> = report
        .scenarios
        .iter()
        .filter_map(|s| {
            let d = s.first_deviations.first()?;
            let sc = find(known, &s.scenario)?;
            let node = sc.nodes.iter().find(|n| n.id == d.node)?;
            let text = |choice: &str| {
                choice_text(
                    sc,
                    &Pick {
                        node: d.node.clone(),
                        choice: choice.to_string(),
                    },
                    lang,
                )
            };
            let sentence = i18n::mistake(
                lang,
                &short(node.customer.get(lang), 90),
                &text(&d.choice),
                &text(&d.best),
                d.count,
                s.plays,
            );
            Some((d.count, format!("{}: {sentence}", label(s, known, w, lang))))
        })
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    html! {
        <>
            <h3>{w.mistakes}</h3>
            { if found.is_empty() { html! { <p>{w.no_mistakes}</p> } } else { html! {
                <ul data-testid="trainer-mistakes">{ for found.iter().take(5).map(|(_, t)| html! { <li>{t}</li> }) }</ul>
            } } }
        </>
    }
}
