//! Replaying the cohort's contacts with the engine, and folding what they
//! did into the report's counts. Done in steps of a number of contacts, so
//! a page can draw its progress in between.

use std::collections::HashMap;
use std::rc::Rc;

use super::report::{
    mean, mean_csat, pseudonym, ChoiceShare, CohortReport, Deviation, NodeReport, PathCount, Pick,
    PolicyReport, Reading, ScenarioReport, TrackProgress, TraineeReport, TraineeStep,
};
use super::{Cohort, Counts, Kept, MISSING};
use crate::engine::analysis::{map, paths};
use crate::engine::model::scenario::Scenario;
use crate::engine::play::contact::{advance, begin, Setup, Situation};
use crate::engine::play::{persona, scoring};

/// A path as (node, choice) indices.
type Path = Rc<[(u16, u16)]>;

/// Track, scenario and house rules, as indices.
type GroupKey = (u32, u32, u32);

/// What the contacts of one track, scenario and house rules did.
#[derive(Default)]
struct Group {
    plays: u64,
    completions: u64,
    csat: [u64; 5],
    handle_time: f64,
    goodwill: f64,
    /// Per node, per choice: answers.
    answers: Vec<Vec<u64>>,
    /// (node, choice taken) → contacts that left the best path there.
    deviations: Counts<(u16, u16)>,
    /// Path → (contacts, finished).
    paths: HashMap<Vec<(u16, u16)>, (u64, bool)>,
}

/// One trainee's contacts of one track, scenario and house rules.
#[derive(Default)]
struct Tried {
    plays: u64,
    completions: u64,
    best_csat: Option<u8>,
}

/// A contact being replayed.
struct Live {
    start: Situation,
    now: Situation,
    path: Vec<(u16, u16)>,
}

/// The contacts being replayed.
pub struct Replaying<'a> {
    cohort: Cohort<'a>,
    /// Where each contact's answers start in the sorted answers, and the end.
    bounds: Vec<usize>,
    next: usize,
    /// Per scenario: a copy whose customer's traits are set to the seeded
    /// customer's before each contact (the only part of the customer met
    /// that changes an outcome; the wording does not).
    working: Vec<Option<Scenario>>,
    /// Per scenario: only its persona, to draw a seed's traits from cheaply.
    persona_only: Vec<Option<Scenario>>,
    /// Per scenario and house rules, the best path.
    best: HashMap<(u32, u32), Path>,
    groups: HashMap<GroupKey, Group>,
    tried: HashMap<(u32, GroupKey), Tried>,
}

impl<'a> Replaying<'a> {
    pub(super) fn new(mut cohort: Cohort<'a>) -> Self {
        // By contact, then time; the same answer twice sits side by side.
        cohort.answers.sort_unstable();
        let before = cohort.answers.len();
        cohort.answers.dedup_by(|b, a| {
            (a.contact, a.at_ms, a.node, a.choice) == (b.contact, b.at_ms, b.node, b.choice)
        });
        cohort.reading.duplicates += (before - cohort.answers.len()) as u64;
        cohort.reading.answers -= (before - cohort.answers.len()) as u64;
        let mut bounds = Vec::with_capacity(cohort.keys.len() + 1);
        for (i, a) in cohort.answers.iter().enumerate() {
            if i == 0 || cohort.answers[i - 1].contact != a.contact {
                bounds.push(i);
            }
        }
        bounds.push(cohort.answers.len());
        let n = cohort.known.len();
        Replaying {
            cohort,
            bounds,
            next: 0,
            working: (0..n).map(|_| None).collect(),
            persona_only: (0..n).map(|_| None).collect(),
            best: HashMap::new(),
            groups: HashMap::new(),
            tried: HashMap::new(),
        }
    }

    /// (answer runs replayed, answer runs in all).
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.bounds.len().saturating_sub(1))
    }

    /// Replays up to `runs` more runs of answers (one trainee's attempt at
    /// one scenario with one customer); true when all are done.
    pub fn step(&mut self, runs: usize) -> bool {
        let total = self.bounds.len().saturating_sub(1);
        let until = self.next.saturating_add(runs).min(total);
        while self.next < until {
            let (from, to) = (self.bounds[self.next], self.bounds[self.next + 1]);
            self.replay_run(from, to);
            self.next += 1;
        }
        self.next >= total
    }

    fn best_path(&mut self, scenario: u32, policy: u32) -> Path {
        let (known, policies) = (&self.cohort.known, self.cohort.policies);
        self.best
            .entry((scenario, policy))
            .or_insert_with(|| {
                let s = known[scenario as usize].scenario;
                let analysis = paths::analyse(s, &policies[policy as usize], &Setup::default());
                let picks: Vec<usize> = analysis.best.numbers.iter().map(|n| n - 1).collect();
                map::walk(s, &picks)
                    .into_iter()
                    .map(|(n, c)| (n as u16, c as u16))
                    .collect()
            })
            .clone()
    }

    /// The scenario as the customer with `seed` plays it, taken out of
    /// `working` for the run (put back after).
    fn met(&mut self, scenario: u32, seed: Option<u64>) -> Scenario {
        let base = self.cohort.known[scenario as usize].scenario;
        let persona_only = self.persona_only[scenario as usize].get_or_insert_with(|| {
            let mut p = base.clone();
            p.nodes.clear();
            p.persona.names.clear();
            p.persona.details.clear();
            p.persona.description = Default::default();
            p.discussion.clear();
            p
        });
        // `meet` draws the traits first, before anything that depends on
        // the nodes: the same traits as the whole scenario's.
        let traits = persona::meet(persona_only, seed).persona.traits;
        let mut working = self.working[scenario as usize]
            .take()
            .unwrap_or_else(|| base.clone());
        working.persona.traits = traits;
        working
    }

    fn replay_run(&mut self, from: usize, to: usize) {
        let mut run: Vec<Kept> = self.cohort.answers[from..to].to_vec();
        let key = self.cohort.keys[run[0].contact as usize];
        let policies = self.cohort.policies;
        let policy = &policies[key.policy as usize];
        let setup = key.seed.map_or_else(Setup::default, Setup::seeded);
        let scenario = self.met(key.scenario, key.seed);
        let start_node = scenario.start_index.unwrap_or(0);
        let mut live: Option<Live> = None;
        let mut broken = false;
        let mut played: Vec<Live> = Vec::new();
        for i in 0..run.len() {
            // Answers in the same millisecond: the one that follows on.
            if let Some(l) = live.as_ref().filter(|l| l.now.end.is_none()) {
                let expected = l.now.node as u16;
                if run[i].node != expected {
                    if let Some(j) = (i + 1..run.len())
                        .take_while(|&j| run[j].at_ms == run[i].at_ms)
                        .find(|&j| run[j].node == expected)
                    {
                        run.swap(i, j);
                    }
                }
            }
            let a = run[i];
            let continues = live
                .as_ref()
                .is_some_and(|l| l.now.end.is_none() && l.now.node == usize::from(a.node));
            if !continues {
                played.extend(live.take());
                if a.node == MISSING || usize::from(a.node) != start_node {
                    if !broken {
                        self.not_replayed(&scenario, a, "does not follow from an answer before it");
                        broken = true;
                    }
                    continue;
                }
                broken = false;
                let (start, _) = begin(&scenario, policy, &setup);
                live = Some(Live {
                    now: start.clone(),
                    start,
                    path: Vec::new(),
                });
            }
            let Some(l) = live.as_mut() else { continue };
            let outcome = if a.choice == MISSING {
                Err("names an answer the node does not have".to_string())
            } else {
                advance(&scenario, policy, &l.now, usize::from(a.choice)).map_err(|e| e.to_string())
            };
            match outcome {
                Ok((next, _)) => {
                    l.path.push((a.node, a.choice));
                    l.now = next;
                }
                Err(why) => {
                    live = None;
                    broken = true;
                    self.not_replayed(&scenario, a, &why);
                }
            }
        }
        played.extend(live);
        let group_key = (key.track, key.scenario, key.policy);
        let best = self.best_path(key.scenario, key.policy);
        for contact in played {
            self.cohort.reading.contacts += 1;
            let csat = contact.now.end.is_some().then(|| {
                scoring::scorecards(
                    &contact.start,
                    &contact.now,
                    policy,
                    paths::speed_of(&scenario),
                )
            });
            let group = self.groups.entry(group_key).or_insert_with(|| Group {
                answers: scenario
                    .nodes
                    .iter()
                    .map(|n| vec![0; n.choices.len()])
                    .collect(),
                ..Group::default()
            });
            group.plays += 1;
            let tried = self.tried.entry((key.actor, group_key)).or_default();
            tried.plays += 1;
            if let Some(cards) = &csat {
                let c = cards.customer.csat.clamp(1, 5);
                group.completions += 1;
                group.csat[usize::from(c - 1)] += 1;
                group.handle_time += f64::from(cards.manager.handle_time);
                group.goodwill += f64::from(cards.manager.goodwill_spent);
                tried.completions += 1;
                tried.best_csat = tried.best_csat.max(Some(c));
            }
            for &(n, c) in &contact.path {
                group.answers[usize::from(n)][usize::from(c)] += 1;
            }
            if let Some(at) = contact
                .path
                .iter()
                .zip(best.iter())
                .position(|(taken, best)| taken != best)
            {
                *group.deviations.entry(contact.path[at]).or_default() += 1;
            }
            let entry = group.paths.entry(contact.path).or_default();
            entry.0 += 1;
            entry.1 = csat.is_some();
        }
        self.working[key.scenario as usize] = Some(scenario);
    }

    fn not_replayed(&mut self, scenario: &Scenario, a: Kept, why: &str) {
        self.cohort.reading.not_replayed += 1;
        let node = scenario
            .nodes
            .get(usize::from(a.node))
            .map_or("(a node it does not have)", |n| n.id.as_str());
        let who = &self.cohort.actor_names[self.cohort.keys[a.contact as usize].actor as usize];
        let text = format!(
            "{}: an answer of {who} at node {node} does not replay: it {why}",
            scenario.id
        );
        self.cohort.problem(text);
    }

    /// The analysis, once every run is replayed.
    pub fn report(mut self) -> CohortReport {
        while !self.step(usize::MAX) {}
        let c = &self.cohort;
        let track_name = |t: u32| (t != u32::MAX).then(|| c.track_names.names[t as usize].clone());
        let pick = |s: &Scenario, (n, ch): (u16, u16)| {
            let node = &s.nodes[usize::from(n)];
            Pick {
                node: node.id.clone(),
                choice: node.choices[usize::from(ch)].id.clone(),
            }
        };
        let mut scenarios: Vec<ScenarioReport> = self
            .groups
            .iter()
            .map(|(&(track, sc, policy), g)| {
                let s = c.known[sc as usize].scenario;
                let best = &self.best[&(sc, policy)];
                let mut deviations: Vec<_> = g.deviations.iter().collect();
                deviations.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let mut common: Vec<_> = g.paths.iter().collect();
                common.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
                ScenarioReport {
                    track: track_name(track),
                    scenario: s.id.clone(),
                    policy: c.policies[policy as usize].id.clone(),
                    plays: g.plays,
                    completions: g.completions,
                    csat: g.csat,
                    mean_csat: mean_csat(&g.csat),
                    mean_handle_time: mean(g.handle_time, g.completions),
                    mean_goodwill: mean(g.goodwill, g.completions),
                    best_path: best.iter().map(|&p| pick(s, p)).collect(),
                    nodes: g
                        .answers
                        .iter()
                        .enumerate()
                        .filter_map(|(n, counts)| {
                            let answers: u64 = counts.iter().sum();
                            (answers > 0).then(|| NodeReport {
                                node: s.nodes[n].id.clone(),
                                answers,
                                choices: counts
                                    .iter()
                                    .zip(&s.nodes[n].choices)
                                    .map(|(&count, ch)| ChoiceShare {
                                        choice: ch.id.clone(),
                                        count,
                                        share: count as f64 / answers as f64,
                                    })
                                    .collect(),
                            })
                        })
                        .collect(),
                    first_deviations: deviations
                        .into_iter()
                        .take(10)
                        .map(|(&(n, ch), &count)| {
                            let on_best = best.iter().find(|(bn, _)| *bn == n);
                            Deviation {
                                node: s.nodes[usize::from(n)].id.clone(),
                                choice: s.nodes[usize::from(n)].choices[usize::from(ch)].id.clone(),
                                best: on_best.map_or_else(String::new, |&p| pick(s, p).choice),
                                count,
                                share: count as f64 / g.plays.max(1) as f64,
                            }
                        })
                        .collect(),
                    common_paths: common
                        .into_iter()
                        .take(5)
                        .map(|(path, &(count, finished))| PathCount {
                            path: path.iter().map(|&p| pick(s, p)).collect(),
                            count,
                            finished,
                        })
                        .collect(),
                }
            })
            .collect();
        scenarios.sort_by(|a, b| {
            (&a.track, &a.scenario, &a.policy).cmp(&(&b.track, &b.scenario, &b.policy))
        });
        let mut policies: Vec<PolicyReport> = Vec::new();
        for s in &scenarios {
            let at = match policies.iter().position(|p| p.policy == s.policy) {
                Some(at) => at,
                None => {
                    policies.push(PolicyReport {
                        policy: s.policy.clone(),
                        ..PolicyReport::default()
                    });
                    policies.len() - 1
                }
            };
            let p = &mut policies[at];
            p.plays += s.plays;
            p.completions += s.completions;
            for (total, n) in p.csat.iter_mut().zip(s.csat) {
                *total += n;
            }
        }
        for p in &mut policies {
            p.mean_csat = mean_csat(&p.csat);
        }
        policies.sort_by(|a, b| a.policy.cmp(&b.policy));
        let trainees = self.trainees();
        CohortReport {
            read: std::mem::take(&mut self.cohort.reading),
            scenarios,
            policies,
            trainees,
        }
    }

    fn trainees(&self) -> Vec<TraineeReport> {
        let c = &self.cohort;
        let mut by_actor: HashMap<u32, Vec<TraineeStep>> = HashMap::new();
        for (&(actor, (track, sc, policy)), t) in &self.tried {
            by_actor.entry(actor).or_default().push(TraineeStep {
                track: (track != u32::MAX).then(|| c.track_names.names[track as usize].clone()),
                scenario: c.known[sc as usize].scenario.id.clone(),
                policy: c.policies[policy as usize].id.clone(),
                plays: t.plays,
                completions: t.completions,
                best_csat: t.best_csat,
            });
        }
        let mut trainees: Vec<TraineeReport> = by_actor
            .into_iter()
            .map(|(actor, mut steps)| {
                steps.sort_by(|a, b| {
                    (&a.track, &a.scenario, &a.policy).cmp(&(&b.track, &b.scenario, &b.policy))
                });
                let mut tracks: Vec<TrackProgress> = Vec::new();
                for track in c.tracks {
                    if !steps.iter().any(|s| s.track.as_deref() == Some(&track.id)) {
                        continue;
                    }
                    let contact_steps: Vec<_> = track
                        .steps
                        .iter()
                        .filter_map(|s| Some((s.scenario.as_deref()?, s.policy.as_str())))
                        .collect();
                    let completed = contact_steps
                        .iter()
                        .filter(|(sc, p)| {
                            steps.iter().any(|s| {
                                s.track.as_deref() == Some(&track.id)
                                    && s.scenario == *sc
                                    && s.policy == *p
                                    && s.completions > 0
                            })
                        })
                        .count();
                    tracks.push(TrackProgress {
                        track: track.id.clone(),
                        steps: contact_steps.len() as u64,
                        completed: completed as u64,
                    });
                }
                let key = &c.actors.names[actor as usize];
                TraineeReport {
                    code: pseudonym(key),
                    name: c.actor_names[actor as usize].clone(),
                    contacts: steps.iter().map(|s| s.plays).sum(),
                    completions: steps.iter().map(|s| s.completions).sum(),
                    steps,
                    tracks,
                }
            })
            .collect();
        trainees.sort_by(|a, b| a.name.cmp(&b.name).then(a.code.cmp(&b.code)));
        trainees
    }
}

impl Reading {
    /// Nothing could be used.
    pub fn is_empty(&self) -> bool {
        self.answers == 0
    }
}
