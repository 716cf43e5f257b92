//! Path analysis: every way a contact can go under a policy, so a debrief
//! can say where a trainee's path stands.
//!
//! The runtime is a pure function of the [`Situation`], so the analysis
//! memoises on it: loops and paths that meet again are counted without being
//! walked twice. Counts are `f64` because the number of paths grows
//! exponentially (they are exact integers up to 2^53). When the distinct
//! situations exceed [`EXPLORE_BUDGET`], the analysis falls back to seeded
//! random walks and says so (`exact: false`).
//!
//! The best path is the one with the highest CSAT, then (for a public
//! complaint) the best reputation with its onlookers, then the lowest cost
//! (agent time and goodwill): the cheapest way to a satisfied customer. A
//! path that changes money or personal data before anyone checked who was
//! calling is a fraud route and never ranks best. Percentiles count
//! loop-free paths only, so a perfect play is not diluted by thousands of
//! detours through the same nodes.

use std::cmp::Reverse;
use std::collections::HashMap;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use serde::{Deserialize, Serialize};

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{Outcome, Scenario, Style};
use crate::engine::play::contact::{advance, begin, offers, Contact, Setup, Situation};
use crate::engine::play::debrief::{Spread, Standing};
use crate::engine::play::scoring::{self, NpsClass};

/// Distinct situations explored before switching to sampling.
pub const EXPLORE_BUDGET: usize = 100_000;
/// Random walks when sampling.
pub const SAMPLES: usize = 10_000;

/// One complete path and how it scores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathSummary {
    /// `node/choice` for each answer.
    pub choices: Vec<String>,
    /// 1-based choice numbers, as `frontline play --choices` takes them.
    pub numbers: Vec<usize>,
    pub csat: u8,
    pub nps: u8,
    pub nps_class: NpsClass,
    pub handle_time: u32,
    pub outcome: Outcome,
    pub first_contact_resolution: bool,
    /// The manager's dashboard rating, 1–5.
    pub manager_rating: u8,
    pub goodwill: u32,
    /// The issue was solved (possibly after a hand-off).
    #[serde(default)]
    pub resolved: bool,
    /// The path never came back to a node it had passed.
    #[serde(default)]
    pub loop_free: bool,
    /// Money or personal data changed before an identity check.
    #[serde(default)]
    pub unverified_change: bool,
    /// Agent time, goodwill and procedure risk, in euro cents.
    #[serde(default)]
    pub cost_cents: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathAnalysis {
    pub scenario: String,
    pub policy: String,
    pub seed: Option<u64>,
    /// True when every path was counted; false when sampled.
    pub exact: bool,
    /// Number of paths (or of random walks when sampling).
    pub paths: f64,
    /// Distinct situations the analysis visited.
    pub explored: usize,
    /// Paths ending with CSAT 1, 2, 3, 4 and 5.
    pub csat_distribution: [f64; 5],
    /// Loop-free paths (never back at a node already passed).
    #[serde(default)]
    pub loop_free_paths: f64,
    /// Loop-free paths ending with CSAT 1, 2, 3, 4 and 5.
    #[serde(default)]
    pub loop_free_distribution: [f64; 5],
    /// Paths on which the customer's issue gets solved.
    #[serde(default)]
    pub resolving_paths: f64,
    pub mean_csat: f64,
    /// Highest CSAT among paths without a procedure breach (if any); ties:
    /// lower cost (time, goodwill), then higher NPS.
    pub best: PathSummary,
    /// A procedure breach first, then lowest CSAT; ties: higher cost, then
    /// lower NPS.
    pub worst: PathSummary,
    /// At every node the first available scripted choice, else the first
    /// available choice: what a trainee who always follows the script does.
    pub all_script: PathSummary,
}

impl PathAnalysis {
    /// Share of loop-free paths with a lower CSAT plus half of those with the
    /// same, 0–100.
    pub fn percentile(&self, csat: u8) -> u8 {
        let idx = (csat.clamp(1, 5) - 1) as usize;
        let dist = if self.loop_free_paths > 0.0 {
            &self.loop_free_distribution
        } else {
            &self.csat_distribution
        };
        let below: f64 = dist[..idx].iter().sum();
        let same = dist[idx];
        let total: f64 = dist.iter().sum();
        if total == 0.0 {
            return 0;
        }
        ((below + same / 2.0) * 100.0 / total)
            .round()
            .clamp(0.0, 100.0) as u8
    }

    /// The part of this analysis a debrief needs, to ship with a scenario.
    pub fn spread(&self) -> Spread {
        let dist = if self.loop_free_paths > 0.0 {
            &self.loop_free_distribution
        } else {
            &self.csat_distribution
        };
        let total: f64 = dist.iter().sum();
        let shares = dist.map(|n| {
            if total > 0.0 {
                (n * 1000.0 / total).round() as u16
            } else {
                0
            }
        });
        let standing = self.standing(1);
        Spread {
            shares,
            best_csat: standing.best_csat,
            worst_csat: standing.worst_csat,
            all_script_csat: self.all_script.csat,
            paths: standing.paths,
            exact: standing.exact,
        }
    }

    pub fn standing(&self, csat: u8) -> Standing {
        Standing {
            percentile: self.percentile(csat),
            best_csat: self.best.csat,
            worst_csat: self.worst.csat,
            all_script_csat: Some(self.all_script.csat),
            paths: if self.loop_free_paths > 0.0 {
                self.loop_free_paths
            } else {
                self.paths
            }
            .min(u64::MAX as f64) as u64,
            exact: self.exact,
        }
    }
}

/// Ranking key: no procedure breach, then CSAT, then the onlookers' net
/// reactions (0 without an audience), then lower cost, then NPS. A path
/// that changes money or personal data before an identity check is a fraud
/// route: never the best, whatever the customer felt. Between equally
/// satisfied customers, a public complaint left unanswered in public is not
/// the best way just because it is cheaper.
type Key = (bool, u8, i32, Reverse<u64>, u8);

fn key_of(start: &Situation, end: &Situation, policy: &Policy, speed: i32) -> Key {
    let cards = scoring::scorecards(start, end, policy, speed);
    (
        !end.unverified_change,
        cards.customer.csat,
        cards.manager.reputation.map_or(0, |r| r.net),
        Reverse(scoring::path_cost_cents(end)),
        cards.customer.nps,
    )
}

/// The worst path is the lowest CSAT, breach or not.
fn worst_key(key: Key) -> Key {
    (true, key.1, key.2, key.3, key.4)
}

#[derive(Clone, Copy)]
struct Leaf {
    key: Key,
}

#[derive(Clone, Copy)]
struct Summary {
    count: f64,
    hist: [f64; 5],
    loop_free: f64,
    loop_free_hist: [f64; 5],
    resolving: f64,
    /// Best and worst final keys below this situation, and the choice taken.
    best: (Key, Option<usize>),
    worst: (Key, Option<usize>),
}

struct Walker<'a> {
    scenario: &'a Scenario,
    policy: &'a Policy,
    start: Situation,
    memo: HashMap<Situation, Summary>,
    over_budget: bool,
}

impl Walker<'_> {
    fn leaf(&self, s: &Situation) -> Leaf {
        Leaf {
            key: key_of(&self.start, s, self.policy, speed_of(self.scenario)),
        }
    }

    fn available(&self, s: &Situation) -> Vec<usize> {
        offers(self.scenario, self.policy, s)
            .iter()
            .filter(|o| o.available())
            .map(|o| o.index)
            .collect()
    }

    fn summarise(&mut self, s: &Situation) -> Option<Summary> {
        if let Some(found) = self.memo.get(s) {
            return Some(*found);
        }
        if self.memo.len() >= EXPLORE_BUDGET {
            self.over_budget = true;
            return None;
        }
        let choices = if s.end.is_some() {
            Vec::new()
        } else {
            self.available(s)
        };
        let summary = if choices.is_empty() {
            let leaf = self.leaf(s);
            let mut hist = [0.0; 5];
            hist[(leaf.key.1.clamp(1, 5) - 1) as usize] = 1.0;
            let free = !s.memory.looped;
            Summary {
                count: 1.0,
                hist,
                loop_free: if free { 1.0 } else { 0.0 },
                loop_free_hist: if free { hist } else { [0.0; 5] },
                resolving: if s.customer.resolved { 1.0 } else { 0.0 },
                best: (leaf.key, None),
                worst: (worst_key(leaf.key), None),
            }
        } else {
            let mut acc: Option<Summary> = None;
            for index in choices {
                let Ok((next, _)) = advance(self.scenario, self.policy, s, index) else {
                    continue;
                };
                let sub = self.summarise(&next)?;
                acc = Some(match acc {
                    None => Summary {
                        count: sub.count,
                        hist: sub.hist,
                        loop_free: sub.loop_free,
                        loop_free_hist: sub.loop_free_hist,
                        resolving: sub.resolving,
                        best: (sub.best.0, Some(index)),
                        worst: (sub.worst.0, Some(index)),
                    },
                    Some(mut a) => {
                        a.count += sub.count;
                        for (h, v) in a.hist.iter_mut().zip(sub.hist) {
                            *h += v;
                        }
                        a.loop_free += sub.loop_free;
                        a.resolving += sub.resolving;
                        for (h, v) in a.loop_free_hist.iter_mut().zip(sub.loop_free_hist) {
                            *h += v;
                        }
                        if sub.best.0 > a.best.0 {
                            a.best = (sub.best.0, Some(index));
                        }
                        if sub.worst.0 < a.worst.0 {
                            a.worst = (sub.worst.0, Some(index));
                        }
                        a
                    }
                });
            }
            acc?
        };
        self.memo.insert(s.clone(), summary);
        Some(summary)
    }

    /// Follow the memoised best or worst choices from the start.
    fn follow(&self, best: bool) -> Vec<usize> {
        let mut s = self.start.clone();
        let mut picks = Vec::new();
        while let Some(summary) = self.memo.get(&s) {
            let pick = if best {
                summary.best.1
            } else {
                summary.worst.1
            };
            let Some(index) = pick else { break };
            let Ok((next, _)) = advance(self.scenario, self.policy, &s, index) else {
                break;
            };
            picks.push(index);
            s = next;
        }
        picks
    }
}

/// Play a path of 0-based choice indices and summarise it.
pub fn summarise_path(
    scenario: &Scenario,
    policy: &Policy,
    setup: &Setup,
    picks: &[usize],
) -> PathSummary {
    let (start, _) = begin(scenario, policy, setup);
    let mut s = start.clone();
    let mut choices = Vec::with_capacity(picks.len());
    for &index in picks {
        let node = &scenario.nodes[s.node];
        match advance(scenario, policy, &s, index) {
            Ok((next, _)) => {
                choices.push(format!("{}/{}", node.id, node.choices[index].id));
                s = next;
            }
            Err(_) => break,
        }
    }
    let cards = scoring::scorecards(&start, &s, policy, speed_of(scenario));
    PathSummary {
        numbers: picks[..choices.len()].iter().map(|i| i + 1).collect(),
        choices,
        csat: cards.customer.csat,
        nps: cards.customer.nps,
        nps_class: cards.customer.nps_class,
        handle_time: cards.manager.handle_time,
        outcome: cards.customer.outcome,
        first_contact_resolution: cards.customer.first_contact_resolution,
        manager_rating: cards.manager.rating,
        goodwill: cards.manager.goodwill_spent,
        resolved: cards.customer.resolved,
        loop_free: !s.memory.looped,
        unverified_change: s.unverified_change,
        cost_cents: scoring::path_cost_cents(&s),
    }
}

/// The persona's hurry, which sets how much time the customer gives.
pub fn speed_of(scenario: &Scenario) -> i32 {
    scenario.persona.traits.speed
}

/// The path of a trainee who always takes the first available scripted
/// answer, or the first available answer where there is none.
pub fn all_script_picks(scenario: &Scenario, policy: &Policy, setup: &Setup) -> Vec<usize> {
    let (mut s, _) = begin(scenario, policy, setup);
    let mut picks = Vec::new();
    while s.end.is_none() {
        let offered = offers(scenario, policy, &s);
        let pick = offered
            .iter()
            .find(|o| o.available() && o.choice.style == Style::Scripted)
            .or_else(|| offered.iter().find(|o| o.available()));
        let Some(o) = pick else { break };
        let Ok((next, _)) = advance(scenario, policy, &s, o.index) else {
            break;
        };
        picks.push(o.index);
        s = next;
    }
    picks
}

/// Analyse every path of a scenario under a policy.
pub fn analyse(scenario: &Scenario, policy: &Policy, setup: &Setup) -> PathAnalysis {
    let (start, _) = begin(scenario, policy, setup);
    let mut walker = Walker {
        scenario,
        policy,
        start: start.clone(),
        memo: HashMap::new(),
        over_budget: false,
    };
    let exact = walker.summarise(&start);
    let all_script = summarise_path(
        scenario,
        policy,
        setup,
        &all_script_picks(scenario, policy, setup),
    );
    match exact {
        Some(summary) if !walker.over_budget => {
            let best = summarise_path(scenario, policy, setup, &walker.follow(true));
            let worst = summarise_path(scenario, policy, setup, &walker.follow(false));
            let mean = summary
                .hist
                .iter()
                .enumerate()
                .map(|(i, n)| (i + 1) as f64 * n)
                .sum::<f64>()
                / summary.count.max(1.0);
            PathAnalysis {
                scenario: scenario.id.clone(),
                policy: policy.id.clone(),
                seed: setup.seed,
                exact: true,
                paths: summary.count,
                explored: walker.memo.len(),
                csat_distribution: summary.hist,
                loop_free_paths: summary.loop_free,
                loop_free_distribution: summary.loop_free_hist,
                resolving_paths: summary.resolving,
                mean_csat: (mean * 100.0).round() / 100.0,
                best,
                worst,
                all_script,
            }
        }
        _ => {
            let explored = walker.memo.len();
            drop(walker);
            sample(scenario, policy, setup, start, explored, all_script)
        }
    }
}

/// Seeded random walks, when there are too many situations to count.
fn sample(
    scenario: &Scenario,
    policy: &Policy,
    setup: &Setup,
    start: Situation,
    explored: usize,
    all_script: PathSummary,
) -> PathAnalysis {
    let mut rng = Pcg64Mcg::seed_from_u64(setup.seed.unwrap_or(0) ^ 0xF00D);
    let mut hist = [0.0; 5];
    let mut free_hist = [0.0; 5];
    let mut resolving = 0.0;
    let mut best: Option<(Key, Vec<usize>)> = None;
    let mut worst: Option<(Key, Vec<usize>)> = None;
    for _ in 0..SAMPLES {
        let mut s = start.clone();
        let mut picks = Vec::new();
        while s.end.is_none() {
            let available: Vec<usize> = offers(scenario, policy, &s)
                .iter()
                .filter(|o| o.available())
                .map(|o| o.index)
                .collect();
            if available.is_empty() {
                break;
            }
            let index = available[rng.random_range(0..available.len())];
            let Ok((next, _)) = advance(scenario, policy, &s, index) else {
                break;
            };
            picks.push(index);
            s = next;
        }
        let key = key_of(&start, &s, policy, speed_of(scenario));
        hist[(key.1.clamp(1, 5) - 1) as usize] += 1.0;
        if !s.memory.looped {
            free_hist[(key.1.clamp(1, 5) - 1) as usize] += 1.0;
        }
        if s.customer.resolved {
            resolving += 1.0;
        }
        if best.as_ref().is_none_or(|(k, _)| key > *k) {
            best = Some((key, picks.clone()));
        }
        if worst.as_ref().is_none_or(|(k, _)| worst_key(key) < *k) {
            worst = Some((worst_key(key), picks));
        }
    }
    let mean = hist
        .iter()
        .enumerate()
        .map(|(i, n)| (i + 1) as f64 * n)
        .sum::<f64>()
        / SAMPLES as f64;
    let summarise = |picks: &[usize]| summarise_path(scenario, policy, setup, picks);
    PathAnalysis {
        scenario: scenario.id.clone(),
        policy: policy.id.clone(),
        seed: setup.seed,
        exact: false,
        paths: SAMPLES as f64,
        explored,
        csat_distribution: hist,
        loop_free_paths: free_hist.iter().sum(),
        loop_free_distribution: free_hist,
        resolving_paths: resolving,
        mean_csat: (mean * 100.0).round() / 100.0,
        best: summarise(&best.map(|b| b.1).unwrap_or_default()),
        worst: summarise(&worst.map(|w| w.1).unwrap_or_default()),
        all_script,
    }
}

/// Where a finished contact's path stands among all paths, analysed with the
/// contact's own setup so the trainee's path is one of those counted.
pub fn standing_of(scenario: &Scenario, policy: &Policy, contact: &Contact) -> Option<Standing> {
    if !contact.is_over() {
        return None;
    }
    let analysis = analyse(scenario, policy, &contact.setup());
    let cards = scoring::scorecards(
        contact.start_situation(),
        contact.situation(),
        policy,
        speed_of(scenario),
    );
    Some(analysis.standing(cards.customer.csat))
}
