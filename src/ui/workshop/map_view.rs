//! The map of a scenario: a drawn graph, and the same map as a list for the
//! keyboard and screen readers. Problems are marked; the best, all-script and
//! last played paths can be drawn over it.

use std::collections::HashSet;
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::engine::analysis::map::{self, layout, Map, MapNode, GAP_Y, NODE_HEIGHT, NODE_WIDTH};
use crate::engine::analysis::paths::{self, PathAnalysis};
use crate::engine::check::diagnostic::Diagnostic;
use crate::engine::model::scenario::Node;
use crate::engine::{ContactRecord, Lang, Policy, Scenario, Setup};
use crate::ui::i18n::{self, Workshop as Words};
use crate::ui::shell::dom;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scenario: Rc<Scenario>,
    pub problems: Rc<Vec<Diagnostic>>,
    pub lang: Lang,
    pub policies: Rc<Vec<Policy>>,
    pub played: Rc<Vec<ContactRecord>>,
}

#[derive(Clone, Copy, PartialEq)]
enum View {
    Graph,
    List,
}

/// A path drawn over the map: its CSS class, its name, its edges.
struct Overlay {
    class: &'static str,
    label: String,
    edges: HashSet<(usize, usize)>,
}

#[function_component(MapView)]
pub fn map_view(props: &Props) -> Html {
    let w = i18n::workshop(props.lang);
    let view = use_state(|| View::Graph);
    // Paths the trainer has switched off, by their CSS class.
    let hidden = use_state(Vec::<&'static str>::new);
    let policy = use_state(|| {
        props
            .policies
            .first()
            .map(|p| p.id.clone())
            .unwrap_or_default()
    });
    let map = use_memo(props.scenario.clone(), |s| layout(s));
    let playable = !props.problems.iter().any(Diagnostic::is_error);
    let analysis = use_memo(
        (props.scenario.clone(), (*policy).clone(), playable),
        |(s, policy, playable)| {
            let p = props.policies.iter().find(|p| &p.id == policy)?;
            playable.then(|| paths::analyse(s, p, &Setup::default()))
        },
    );

    let overlays = (*analysis)
        .as_ref()
        .map(|a| overlays(props, a, w))
        .unwrap_or_default();
    let marks = Marks::of(&props.problems);

    let shown: Vec<&Overlay> = overlays
        .iter()
        .filter(|o| !hidden.contains(&o.class))
        .collect();
    let view_button = |v: View, label: &'static str, testid: &'static str| {
        let view = view.clone();
        html! {
            <button type="button" data-testid={testid} aria-pressed={(*view == v).to_string()}
                onclick={Callback::from(move |_| view.set(v))}>{label}</button>
        }
    };
    let on_policy = {
        let policy = policy.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            policy.set(select.value());
        })
    };
    let endings = map.nodes.iter().filter(|n| n.ending.is_some()).count();
    let summary = i18n::map_summary(
        props.lang,
        props.scenario.title.get(props.lang),
        map.nodes.len(),
        endings,
        props.problems.len(),
    );

    html! {
        <div class="map" data-testid="map">
            <p data-testid="map-summary">{&summary}</p>
            <div class="map-controls">
                <span role="group" aria-label={w.view}>
                    { view_button(View::Graph, w.graph, "map-view-graph") }
                    { view_button(View::List, w.list, "map-view-list") }
                </span>
                <label>{w.overlay_policy}{" "}
                    <select data-testid="map-policy" onchange={on_policy}>
                        { for props.policies.iter().map(|p| html! {
                            <option value={p.id.clone()} selected={p.id == *policy}>{p.name.get(props.lang)}</option>
                        }) }
                    </select>
                </label>
            </div>
            { legend(w, &overlays, playable, &hidden) }
            { match *view {
                View::Graph => graph(&props.scenario, &map, &marks, &shown, w, &summary, props.lang),
                View::List => list(&props.scenario, &map, &marks, &shown, w, props.lang),
            } }
        </div>
    }
}

struct Marks<'a> {
    problem_nodes: HashSet<&'a str>,
    problem_choices: HashSet<(&'a str, &'a str)>,
}

impl<'a> Marks<'a> {
    fn of(problems: &'a [Diagnostic]) -> Self {
        Marks {
            problem_nodes: problems.iter().filter_map(|p| p.node()).collect(),
            problem_choices: problems
                .iter()
                .filter_map(|p| Some((p.node()?, p.choice()?)))
                .collect(),
        }
    }
}

/// The paths drawn over the map: the best, all-script, and the one the
/// trainee last played with this scenario.
fn overlays(props: &Props, a: &PathAnalysis, w: &Words) -> Vec<Overlay> {
    let mut overlays = Vec::new();
    let picks = |numbers: &[usize]| numbers.iter().map(|n| n - 1).collect::<Vec<_>>();
    overlays.push(Overlay {
        class: "path-best",
        label: format!("{} (CSAT {}/5)", w.best_path, a.best.csat),
        edges: map::walk(&props.scenario, &picks(&a.best.numbers))
            .into_iter()
            .collect(),
    });
    overlays.push(Overlay {
        class: "path-script",
        label: format!("{} (CSAT {}/5)", w.script_path, a.all_script.csat),
        edges: map::walk(&props.scenario, &picks(&a.all_script.numbers))
            .into_iter()
            .collect(),
    });
    // The finished contact comes first in `played`, then unfinished ones.
    let played = props
        .played
        .iter()
        .find(|r| r.scenario == props.scenario.id);
    let policy_name = |id: &str| {
        props
            .policies
            .iter()
            .find(|p| p.id == id)
            .map_or(id.to_string(), |p| p.name.get(props.lang).to_string())
    };
    overlays.push(Overlay {
        class: "path-played",
        label: match played {
            Some(r) => format!("{} ({})", w.played_path, policy_name(&r.policy)),
            None => format!("{}: {}", w.played_path, w.no_played_path),
        },
        edges: played
            .map(|r| {
                map::walk_ids(&props.scenario, &r.choices)
                    .into_iter()
                    .collect()
            })
            .unwrap_or_default(),
    });
    overlays
}

fn legend(
    w: &Words,
    overlays: &[Overlay],
    playable: bool,
    hidden: &UseStateHandle<Vec<&'static str>>,
) -> Html {
    let toggle = |class: &'static str| {
        let hidden = hidden.clone();
        Callback::from(move |_: Event| {
            let mut now = (*hidden).clone();
            match now.iter().position(|c| *c == class) {
                Some(i) => {
                    now.remove(i);
                }
                None => now.push(class),
            }
            hidden.set(now);
        })
    };
    html! {
        <div class="map-legend">
            <p class="legend-title">{w.legend}</p>
            <ul>
                <li><span class="key key-start" aria-hidden="true">{"▶"}</span>{w.start}</li>
                <li><span class="key key-ending" aria-hidden="true">{"■"}</span>{w.ending}</li>
                <li><span class="key key-problem" aria-hidden="true">{"!"}</span>{w.problem}</li>
                { for overlays.iter().map(|o| html! {
                    <li data-testid={format!("legend-{}", o.class)}>
                        <label>
                            <input type="checkbox" data-testid={format!("show-{}", o.class)}
                                checked={!hidden.contains(&o.class)} onchange={toggle(o.class)} />
                            <svg class="key-line" width="36" height="10" aria-hidden="true" focusable="false">
                                <line class={o.class} x1="0" y1="5" x2="36" y2="5" />
                            </svg>
                            {&o.label}
                        </label>
                    </li>
                }) }
            </ul>
            { if playable { html! {} } else { html! { <p class="hint">{w.overlay_needs_valid}</p> } } }
        </div>
    }
}

fn short(id: &str) -> String {
    if id.chars().count() <= 20 {
        id.to_string()
    } else {
        let cut: String = id.chars().take(19).collect();
        format!("{cut}…")
    }
}

/// One node of the map: its box, its id and what it is (start, ending…).
fn node_view(node: &Node, n: &MapNode, marks: &Marks, w: &Words, lang: Lang) -> Html {
    let problem = marks.problem_nodes.contains(node.id.as_str());
    let mark = if problem {
        "! "
    } else if n.start {
        "▶ "
    } else if n.ending.is_some() {
        "■ "
    } else {
        ""
    };
    let second = match (n.ending, n.reachable) {
        (_, false) => w.unreachable.to_string(),
        (Some(o), _) => i18n::outcome(lang, o).to_string(),
        (None, _) if n.start => w.start.to_string(),
        (None, _) => String::new(),
    };
    let customer: String = node.customer.get(lang).chars().take(140).collect();
    html! {
        <g class={classes!("node", n.start.then_some("node-start"), n.ending.map(|_| "node-ending"),
                problem.then_some("node-problem"), (!n.reachable).then_some("node-unreachable"))}
            data-testid={format!("map-node-{}", node.id)}>
            <title>{format!("{}: {customer}", node.id)}</title>
            <rect x={n.x.to_string()} y={n.y.to_string()} width={NODE_WIDTH.to_string()}
                height={NODE_HEIGHT.to_string()} rx="6" />
            <text x={n.centre_x().to_string()} y={(n.y + 18).to_string()} text-anchor="middle">
                {format!("{mark}{}", short(&node.id))}
            </text>
            <text class="sub" x={n.centre_x().to_string()} y={(n.y + 35).to_string()} text-anchor="middle">{second}</text>
        </g>
    }
}

/// The SVG path of an edge from node `from` to `to`: down to the next row,
/// sideways within a row, or curving back up on the right (`back`);
/// `shift` moves it aside so drawn paths do not hide one another.
pub(crate) fn edge_path(map: &Map, from: usize, to: usize, back: bool, shift: i64) -> String {
    let half_gap = GAP_Y as i64 / 2;
    let (a, b) = (&map.nodes[from], &map.nodes[to]);
    if a.row == b.row && from != to {
        // Sideways within a row: side to facing side.
        let y = (a.y + NODE_HEIGHT / 2) as i64 + shift;
        let (x1, x2) = if b.x > a.x {
            ((a.x + NODE_WIDTH) as i64, b.x as i64)
        } else {
            (a.x as i64, (b.x + NODE_WIDTH) as i64)
        };
        return format!("M{x1} {y}L{x2} {y}");
    }
    if back {
        let (x1, y1) = (
            (a.x + NODE_WIDTH) as i64,
            (a.y + NODE_HEIGHT / 2) as i64 + shift,
        );
        let (x2, y2) = (
            (b.x + NODE_WIDTH) as i64,
            (b.y + NODE_HEIGHT / 2) as i64 + shift,
        );
        let bulge = 40 + 8 * (a.row.abs_diff(b.row) as i64);
        format!(
            "M{x1} {y1}C{} {y1} {} {y2} {x2} {y2}",
            x1 + bulge,
            x2 + bulge
        )
    } else {
        let (x1, y1) = (a.centre_x() as i64 + shift, (a.y + NODE_HEIGHT) as i64);
        let (x2, y2) = (b.centre_x() as i64 + shift, b.y as i64);
        format!(
            "M{x1} {y1}C{x1} {} {x2} {} {x2} {y2}",
            y1 + half_gap,
            y2 - half_gap
        )
    }
}

fn graph(
    scenario: &Scenario,
    map: &Map,
    marks: &Marks,
    overlays: &[&Overlay],
    w: &Words,
    summary: &str,
    lang: Lang,
) -> Html {
    let edge_path = |from, to, back, shift| edge_path(map, from, to, back, shift);
    let edges = map.edges.iter().map(|e| {
        let node = &scenario.nodes[e.from];
        let choice = &node.choices[e.choice];
        let problem = marks
            .problem_choices
            .contains(&(node.id.as_str(), choice.id.as_str()));
        match e.to {
            Some(to) => html! {
                <path class={classes!("edge", problem.then_some("edge-problem"))}
                    d={edge_path(e.from, to, e.back, 0)} marker-end="url(#map-arrow)" />
            },
            None => {
                let a = &map.nodes[e.from];
                let (x, y) = (a.centre_x() + 10 * e.choice as u32, a.y + NODE_HEIGHT);
                html! {
                    <g class="edge-problem">
                        <path class="edge edge-problem" d={format!("M{x} {y}l0 {}", GAP_Y / 2)} />
                        <text x={(x + 4).to_string()} y={(y + GAP_Y / 2).to_string()}>{"?"}</text>
                    </g>
                }
            }
        }
    });
    let overlay_paths = overlays.iter().enumerate().map(|(k, o)| {
        let shift = (k as i64 - 1) * 4;
        let parts = map.edges.iter().filter(|e| o.edges.contains(&(e.from, e.choice))).filter_map(|e| {
            let to = e.to?;
            Some(html! { <path class={classes!("overlay", o.class)} d={edge_path(e.from, to, e.back, shift)} /> })
        });
        html! { <g data-testid={format!("overlay-{}", o.class)}>{ for parts }</g> }
    });
    let nodes =
        (map.nodes.iter().zip(&scenario.nodes)).map(|(n, node)| node_view(node, n, marks, w, lang));
    html! {
        <div class="map-scroll" tabindex="0" role="region" aria-label={summary.to_string()} data-testid="map-graph">
            <svg width={map.width.to_string()} height={map.height.to_string()}
                viewBox={format!("0 0 {} {}", map.width, map.height)} role="img" aria-labelledby="map-title map-desc">
                <title id="map-title">{summary}</title>
                <desc id="map-desc">{w.graph_desc}</desc>
                <defs>
                    <marker id="map-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" class="arrow" />
                    </marker>
                </defs>
                <g>{ for edges }</g>
                <g>{ for overlay_paths }</g>
                <g>{ for nodes }</g>
            </svg>
        </div>
    }
}

fn list(
    scenario: &Scenario,
    map: &Map,
    marks: &Marks,
    overlays: &[&Overlay],
    w: &Words,
    lang: Lang,
) -> Html {
    // Reading order follows the drawing: row by row from the start.
    let mut order: Vec<usize> = (0..map.nodes.len()).collect();
    order.sort_by_key(|&i| (map.nodes[i].row, map.nodes[i].x));
    let items = order.into_iter().map(|i| {
        let n = &map.nodes[i];
        let node = &scenario.nodes[i];
        let mut tags = Vec::new();
        if n.start {
            tags.push(w.start.to_string());
        }
        if let Some(o) = n.ending {
            tags.push(format!("{}: {}", w.ending, i18n::outcome(lang, o)));
        }
        if !n.reachable {
            tags.push(w.unreachable.to_string());
        }
        if marks.problem_nodes.contains(node.id.as_str()) {
            tags.push(w.problem.to_string());
        }
        let choices = node.choices.iter().enumerate().map(|(c, choice)| {
            let on: Vec<&str> = overlays
                .iter()
                .filter(|o| o.edges.contains(&(i, c)))
                .map(|o| o.label.split(" (").next().unwrap_or(""))
                .collect();
            let problem = marks.problem_choices.contains(&(node.id.as_str(), choice.id.as_str()));
            let target = match choice.next_index {
                Some(to) => {
                    let selector = format!("[data-map-item=\"{to}\"]");
                    html! {
                        <button type="button" class="link" onclick={Callback::from(move |_| { dom::focus(&selector); })}>
                            {&scenario.nodes[to].id}
                        </button>
                    }
                }
                None => html! { <strong>{format!("'{}', {}", choice.next, w.missing_node)}</strong> },
            };
            html! {
                <li class={classes!(problem.then_some("problem"))}>
                    <span class="choice-id">{&choice.id}</span>{" ("}{i18n::style(lang, choice.style)}{"): "}
                    {choice.text.get(lang)}{" — "}{w.leads_to}{" "}{target}
                    { if problem { html! { <strong>{format!(" — {}", w.problem)}</strong> } } else { html! {} } }
                    { for on.iter().map(|label| html! { <span class="badge">{*label}</span> }) }
                </li>
            }
        });
        html! {
            <li tabindex="-1" data-map-item={i.to_string()} data-testid={format!("map-item-{}", node.id)}>
                <p><strong>{&node.id}</strong>
                    { if tags.is_empty() { html! {} } else { html! { <span class="meta">{format!(" — {}", tags.join(", "))}</span> } } }
                </p>
                if !node.narration.is_empty() {
                    <p class="narration"><em>{node.narration.get(lang)}</em></p>
                }
                <p class="quote">{node.customer.get(lang)}</p>
                { if node.choices.is_empty() { html! {} } else { html! { <ul>{ for choices }</ul> } } }
            </li>
        }
    });
    html! { <ol class="map-list" data-testid="map-list">{ for items }</ol> }
}
