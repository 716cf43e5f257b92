//! A scenario drawn as a graph: where each node goes on the page, so the
//! author page only has to turn positions into SVG.
//!
//! Layered drawing: a node's row is its distance from the start, so the
//! contact reads top to bottom; within a row, nodes are ordered by where
//! their parents sit (barycentre sweeps) to keep lines from crossing.
//! Choices that go back up, or sideways, are loops and are drawn curved.

use std::collections::VecDeque;

use crate::engine::model::scenario::{Outcome, Scenario};

pub const NODE_WIDTH: u32 = 156;
pub const NODE_HEIGHT: u32 = 44;
pub const GAP_X: u32 = 28;
pub const GAP_Y: u32 = 64;
pub const MARGIN: u32 = 24;

#[derive(Clone, Debug, PartialEq)]
pub struct Map {
    /// In the scenario's node order.
    pub nodes: Vec<MapNode>,
    pub edges: Vec<MapEdge>,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapNode {
    pub id: String,
    pub row: usize,
    /// Top-left corner.
    pub x: u32,
    pub y: u32,
    pub start: bool,
    pub ending: Option<Outcome>,
    /// False when no path from the start reaches it.
    pub reachable: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapEdge {
    pub from: usize,
    /// Index of the choice within its node.
    pub choice: usize,
    /// `None` when the choice names a node that does not exist.
    pub to: Option<usize>,
    /// Goes to the same row or back up: a loop.
    pub back: bool,
}

impl MapNode {
    pub fn centre_x(&self) -> u32 {
        self.x + NODE_WIDTH / 2
    }
}

pub fn layout(scenario: &Scenario) -> Map {
    layout_with_sweeps(scenario, 8)
}

/// The layout with a given number of ordering sweeps (0: rows in the order
/// the nodes were found), so the effect of ordering can be measured.
pub fn layout_with_sweeps(scenario: &Scenario, sweeps: usize) -> Map {
    let n = scenario.nodes.len();
    let children: Vec<Vec<usize>> = scenario
        .nodes
        .iter()
        .map(|node| node.choices.iter().filter_map(|c| c.next_index).collect())
        .collect();

    // Rows: distance from the start; then anything unreachable, each part
    // laid out from its first node so it still reads top to bottom.
    let mut row = vec![usize::MAX; n];
    let mut reachable = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut roots: Vec<usize> = scenario.start_index.into_iter().collect();
    roots.extend(0..n);
    let mut first_root = true;
    for root in roots {
        if row[root] != usize::MAX {
            continue;
        }
        row[root] = 0;
        let mut queue = VecDeque::from([root]);
        while let Some(at) = queue.pop_front() {
            reachable[at] = first_root && scenario.start_index.is_some();
            order.push(at);
            for &next in &children[at] {
                if row[next] == usize::MAX {
                    row[next] = row[at] + 1;
                    queue.push_back(next);
                }
            }
        }
        first_root = false;
    }

    let rows = row.iter().copied().max().map_or(0, |r| r + 1);
    let mut by_row: Vec<Vec<usize>> = vec![Vec::new(); rows];
    for &i in &order {
        by_row[row[i]].push(i);
    }
    order_rows(&mut by_row, &children, &row, sweeps);

    let widest = by_row.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let width = 2 * MARGIN
        + widest
            .saturating_mul(NODE_WIDTH + GAP_X)
            .saturating_sub(GAP_X);
    let height = 2 * MARGIN
        + (rows as u32)
            .saturating_mul(NODE_HEIGHT + GAP_Y)
            .saturating_sub(GAP_Y);
    let mut pos = vec![(0u32, 0u32); n];
    for (r, members) in by_row.iter().enumerate() {
        let used = (members.len() as u32 * (NODE_WIDTH + GAP_X)).saturating_sub(GAP_X);
        let left = MARGIN + (width - 2 * MARGIN - used) / 2;
        for (k, &i) in members.iter().enumerate() {
            pos[i] = (
                left + k as u32 * (NODE_WIDTH + GAP_X),
                MARGIN + r as u32 * (NODE_HEIGHT + GAP_Y),
            );
        }
    }

    let nodes = scenario
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| MapNode {
            id: node.id.clone(),
            row: row[i],
            x: pos[i].0,
            y: pos[i].1,
            start: scenario.start_index == Some(i),
            ending: node.ending.as_ref().map(|e| e.outcome),
            reachable: reachable[i],
        })
        .collect();
    let edges = scenario
        .nodes
        .iter()
        .enumerate()
        .flat_map(|(from, node)| {
            let row = &row;
            node.choices
                .iter()
                .enumerate()
                .map(move |(choice, c)| MapEdge {
                    from,
                    choice,
                    to: c.next_index,
                    back: c.next_index.is_some_and(|to| row[to] <= row[from]),
                })
        })
        .collect();
    Map {
        nodes,
        edges,
        width,
        height,
    }
}

/// Order each row by the mean position of the node's neighbours in the
/// rows above (going down) and below (going up), alternating, and keep the
/// ordering with the fewest crossings seen (the heuristic can make it worse).
fn order_rows(by_row: &mut [Vec<usize>], children: &[Vec<usize>], row: &[usize], sweeps: usize) {
    let n = row.len();
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (from, kids) in children.iter().enumerate() {
        for &to in kids {
            if row[to] > row[from] {
                parents[to].push(from);
            }
        }
    }
    let mut place = vec![0f64; n];
    let set_places = |members: &[usize], place: &mut [f64]| {
        let half = members.len() as f64 / 2.0;
        for (k, &i) in members.iter().enumerate() {
            place[i] = k as f64 - half;
        }
    };
    for members in by_row.iter() {
        set_places(members, &mut place);
    }
    let mut best = (
        row_crossings(by_row, children, row, &place),
        by_row.to_vec(),
    );
    for sweep in 0..sweeps {
        let down = sweep % 2 == 0;
        let rows: Vec<usize> = if down {
            (1..by_row.len()).collect()
        } else {
            (0..by_row.len().saturating_sub(1)).rev().collect()
        };
        for r in rows {
            let key = |i: usize| -> f64 {
                let near: Vec<f64> = if down {
                    parents[i].iter().map(|&p| place[p]).collect()
                } else {
                    children[i]
                        .iter()
                        .filter(|&&c| row[c] > row[i])
                        .map(|&c| place[c])
                        .collect()
                };
                if near.is_empty() {
                    place[i]
                } else {
                    near.iter().sum::<f64>() / near.len() as f64
                }
            };
            let mut keyed: Vec<(f64, usize, usize)> = by_row[r]
                .iter()
                .enumerate()
                .map(|(k, &i)| (key(i), k, i))
                .collect();
            // Ties keep their order, so the drawing is stable.
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            by_row[r] = keyed.into_iter().map(|(_, _, i)| i).collect();
            set_places(&by_row[r], &mut place);
        }
        let now = row_crossings(by_row, children, row, &place);
        if now < best.0 {
            best = (now, by_row.to_vec());
        }
    }
    by_row.clone_from_slice(&best.1);
}

/// Crossings between edges joining adjacent rows, by place within the row.
fn row_crossings(
    by_row: &[Vec<usize>],
    children: &[Vec<usize>],
    row: &[usize],
    place: &[f64],
) -> usize {
    let mut count = 0;
    for members in by_row {
        let spans: Vec<(f64, f64)> = members
            .iter()
            .flat_map(|&i| {
                children[i]
                    .iter()
                    .filter(move |&&c| row[c] == row[i] + 1)
                    .map(move |&c| (place[i], place[c]))
            })
            .collect();
        for (k, a) in spans.iter().enumerate() {
            for b in &spans[k + 1..] {
                if (a.0 - b.0) * (a.1 - b.1) < 0.0 {
                    count += 1;
                }
            }
        }
    }
    count
}

/// The edges a path takes: `(node, choice)` for each pick, from the start,
/// stopping where a pick does not exist.
pub fn walk(scenario: &Scenario, picks: &[usize]) -> Vec<(usize, usize)> {
    let mut at = scenario.start_index;
    let mut edges = Vec::with_capacity(picks.len());
    for &pick in picks {
        let Some(node) = at else { break };
        let Some(choice) = scenario.nodes[node].choices.get(pick) else {
            break;
        };
        edges.push((node, pick));
        at = choice.next_index;
    }
    edges
}

/// Number of pairs of forward edges that cross, between adjacent rows: how
/// readable the drawing is (tests keep it low).
pub fn crossings(map: &Map) -> usize {
    let spans: Vec<(usize, u32, u32)> = map
        .edges
        .iter()
        .filter(|e| !e.back)
        .filter_map(|e| {
            let to = e.to?;
            let (a, b) = (&map.nodes[e.from], &map.nodes[to]);
            (b.row == a.row + 1).then(|| (a.row, a.centre_x(), b.centre_x()))
        })
        .collect();
    let mut count = 0;
    for (i, x) in spans.iter().enumerate() {
        for y in &spans[i + 1..] {
            if x.0 == y.0 && ((x.1 < y.1 && x.2 > y.2) || (x.1 > y.1 && x.2 < y.2)) {
                count += 1;
            }
        }
    }
    count
}

/// The edges of a recorded contact, whose answers are choice ids.
pub fn walk_ids(scenario: &Scenario, ids: &[String]) -> Vec<(usize, usize)> {
    let mut at = scenario.start_index;
    let mut edges = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(node) = at else { break };
        let Some(pick) = scenario.nodes[node]
            .choices
            .iter()
            .position(|c| &c.id == id)
        else {
            break;
        };
        edges.push((node, pick));
        at = scenario.nodes[node].choices[pick].next_index;
    }
    edges
}
