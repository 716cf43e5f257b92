//! What the cohort analysis reports: per track, scenario and house rules
//! what the group did; per house rules the CSAT the group got; per trainee
//! what each played. Serialised as the JSON `frontline cohort` prints and
//! the trainer page reads.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The whole analysis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CohortReport {
    pub read: Reading,
    /// One per track (or none: played outside a track), scenario and house
    /// rules, in that order.
    pub scenarios: Vec<ScenarioReport>,
    /// One per house rules: every scenario's contacts together.
    pub policies: Vec<PolicyReport>,
    /// One per trainee, by name.
    pub trainees: Vec<TraineeReport>,
}

/// What was read, and what could not be used.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// Every statement read.
    pub statements: u64,
    /// `answered` statements used.
    pub answers: u64,
    /// Statements with another verb (cmi5's): not answers, left aside.
    pub other_verbs: u64,
    /// Statements that could not be read as an answer (see `problems`).
    pub unreadable: u64,
    /// The same answer read twice (two overlapping exports): counted once.
    pub duplicates: u64,
    /// Answers under house rules this analysis does not know, by name.
    pub unknown_policies: BTreeMap<String, u64>,
    /// Answers in scenarios this analysis does not know, by id.
    pub unknown_scenarios: BTreeMap<String, u64>,
    /// Contacts replayed (finished or not).
    pub contacts: u64,
    /// Runs of answers that do not replay on the scenario as it is (another
    /// version of it, a missing start, an answer that does not exist).
    pub not_replayed: u64,
    /// The first problems met, each saying which statement and why.
    pub problems: Vec<String>,
}

/// An answer: a node and the choice taken there, by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pick {
    pub node: String,
    pub choice: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScenarioReport {
    pub track: Option<String>,
    pub scenario: String,
    pub policy: String,
    /// Contacts started.
    pub plays: u64,
    /// Contacts that reached an end.
    pub completions: u64,
    /// Finished contacts with CSAT 1, 2, 3, 4 and 5.
    pub csat: [u64; 5],
    pub mean_csat: Option<f64>,
    /// Mean handle time of the finished contacts, in seconds.
    pub mean_handle_time: Option<f64>,
    /// Mean goodwill spent by the finished contacts, in euros.
    pub mean_goodwill: Option<f64>,
    /// The scenario's best path under these house rules (the customer as
    /// written, unseeded: `analysis::paths`).
    pub best_path: Vec<Pick>,
    /// Every node answered at least once, in the scenario's order.
    pub nodes: Vec<NodeReport>,
    /// Where contacts first left the best path, most common first.
    pub first_deviations: Vec<Deviation>,
    /// The paths most contacts took, most common first (at most five).
    pub common_paths: Vec<PathCount>,
}

/// The answers given at one node.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeReport {
    pub node: String,
    pub answers: u64,
    /// Every choice of the node, in its order, answered or not.
    pub choices: Vec<ChoiceShare>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceShare {
    pub choice: String,
    pub count: u64,
    /// `count` over the node's answers, 0–1.
    pub share: f64,
}

/// Contacts that followed the best path up to `node` and then answered
/// `choice` where the best path answers `best`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deviation {
    pub node: String,
    pub choice: String,
    pub best: String,
    pub count: u64,
    /// `count` over the contacts played, 0–1.
    pub share: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathCount {
    pub path: Vec<Pick>,
    pub count: u64,
    /// It reached an end.
    pub finished: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PolicyReport {
    pub policy: String,
    pub plays: u64,
    pub completions: u64,
    pub csat: [u64; 5],
    pub mean_csat: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TraineeReport {
    /// A stable code for the trainee (from the actor's identifier), for a
    /// view without names.
    pub code: String,
    /// The actor's name (or account name, or mailbox); the code when
    /// pseudonymised.
    pub name: String,
    pub contacts: u64,
    pub completions: u64,
    /// Every scenario played, per track and house rules.
    pub steps: Vec<TraineeStep>,
    /// Per known track the trainee played in: its contact steps finished.
    pub tracks: Vec<TrackProgress>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TraineeStep {
    pub track: Option<String>,
    pub scenario: String,
    pub policy: String,
    pub plays: u64,
    pub completions: u64,
    /// The best CSAT of a finished contact.
    pub best_csat: Option<u8>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TrackProgress {
    pub track: String,
    /// The track's contact steps (a shift step is not played here).
    pub steps: u64,
    /// Of those, finished at least once.
    pub completed: u64,
}

impl CohortReport {
    /// The report with every name replaced by the trainee's code: what a
    /// view or an export shows when names are not to be seen.
    pub fn pseudonymised(mut self) -> CohortReport {
        for t in &mut self.trainees {
            t.name = t.code.clone();
        }
        self.trainees.sort_by(|a, b| a.name.cmp(&b.name));
        self
    }
}

/// A stable code for a trainee from their identifier: the same person gets
/// the same code in every load and export, and the code does not give the
/// identifier away (a keyed hash would be stronger against someone who can
/// guess identifiers; this only keeps names out of the view).
pub fn pseudonym(key: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    format!("T-{:08X}", h & 0xffff_ffff)
}

/// `sum / n`, none of nothing.
pub(super) fn mean(sum: f64, n: u64) -> Option<f64> {
    (n > 0).then(|| sum / n as f64)
}

/// Mean CSAT of a distribution.
pub(super) fn mean_csat(csat: &[u64; 5]) -> Option<f64> {
    let n: u64 = csat.iter().sum();
    let sum: u64 = csat
        .iter()
        .enumerate()
        .map(|(i, c)| (i as u64 + 1) * c)
        .sum();
    mean(sum as f64, n)
}
