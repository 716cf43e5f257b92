//! The debrief: what a finished contact means, in a form both the UI and the
//! command-line tool can show.

use serde::{Deserialize, Serialize};

use crate::engine::model::scenario::Style;
use crate::engine::model::text::Text;
use crate::engine::play::agent::{self, StressEvent};
use crate::engine::play::contact::{Contact, End};
use crate::engine::play::customer::Adjustment;
use crate::engine::play::scoring::{self, Scorecards};

/// One answer the trainee gave, with what it taught.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceReview {
    pub node: String,
    pub choice: String,
    /// 1-based position, as the trainee saw it.
    pub number: usize,
    pub text: Text,
    pub style: Style,
    pub seconds: u32,
    pub goodwill: u32,
    pub mood_after: i32,
    pub feedback: Text,
    pub adjustments: Vec<Adjustment>,
    pub stress: Vec<StressEvent>,
}

/// Where the trainee's path stands among all paths of the scenario.
/// Where paths end, in a form small enough to ship with a scenario: the
/// build works it out for each shipped scenario and house rules
/// (`frontline spreads`), so the game shows a path's standing without
/// carrying the path analysis. Whole numbers only: shares in per mille.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spread {
    /// Per mille of the loop-free paths ending with CSAT 1, 2, 3, 4 and 5.
    pub shares: [u16; 5],
    pub best_csat: u8,
    pub worst_csat: u8,
    pub all_script_csat: u8,
    /// Loop-free paths counted (or sampled, when `exact` is false).
    pub paths: u64,
    pub exact: bool,
}

impl Spread {
    /// Where a path ending with `csat` stands: the share of paths with a
    /// lower CSAT, plus half of those with the same.
    pub fn standing(&self, csat: u8) -> Standing {
        let idx = (csat.clamp(1, 5) - 1) as usize;
        let total: u32 = self.shares.iter().map(|&s| u32::from(s)).sum();
        let below: u32 = self.shares[..idx].iter().map(|&s| u32::from(s)).sum();
        let same = u32::from(self.shares[idx]);
        let percentile = match total {
            0 => 0,
            total => ((below * 2 + same) * 100 + total) / (total * 2),
        };
        Standing {
            percentile: percentile.min(100) as u8,
            best_csat: self.best_csat,
            worst_csat: self.worst_csat,
            all_script_csat: Some(self.all_script_csat),
            paths: self.paths,
            exact: self.exact,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    /// Share of loop-free paths with a lower CSAT, plus half of those with
    /// the same, 0–100.
    pub percentile: u8,
    pub best_csat: u8,
    pub worst_csat: u8,
    pub all_script_csat: Option<u8>,
    /// Loop-free paths counted (or sampled, when `exact` is false).
    pub paths: u64,
    pub exact: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    pub scenario: String,
    pub policy: String,
    pub seed: Option<u64>,
    pub end: Option<End>,
    /// The ending's own summary, if an ending node was reached.
    pub ending: Option<Text>,
    pub scorecards: Scorecards,
    pub views_disagree: bool,
    /// Mood at the start and after every answer.
    pub mood: Vec<i32>,
    pub choices: Vec<ChoiceReview>,
    /// Where the agent's strain came from over the whole contact, per
    /// reason (the house rules' opening strain included).
    #[serde(default)]
    pub strain: Vec<StressEvent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<Standing>,
}

pub fn debrief(contact: &Contact) -> Debrief {
    let scenario = contact.scenario();
    let policy = contact.policy();
    let scorecards = scoring::scorecards(
        contact.start_situation(),
        contact.situation(),
        policy,
        scenario.persona.traits.speed,
    );
    let choices = contact
        .steps()
        .iter()
        .map(|step| {
            let node = &scenario.nodes[step.node];
            let choice = &node.choices[step.choice];
            ChoiceReview {
                node: node.id.clone(),
                choice: choice.id.clone(),
                number: step.choice + 1,
                text: choice.text.clone(),
                style: step.style,
                seconds: step.seconds,
                goodwill: step.goodwill,
                mood_after: step.customer.meters.mood,
                feedback: choice.feedback_under(&policy.id).clone(),
                adjustments: step.adjustments.clone(),
                stress: step.stress.clone(),
            }
        })
        .collect();
    let ending = contact.node().ending.as_ref().map(|e| e.summary.clone());
    Debrief {
        scenario: scenario.id.clone(),
        policy: policy.id.clone(),
        seed: contact.setup().seed,
        end: contact.end(),
        ending: if contact.is_over() { ending } else { None },
        views_disagree: scorecards.views_disagree(),
        scorecards,
        mood: contact.mood_series(),
        choices,
        strain: agent::sources(
            contact
                .opening_stress()
                .iter()
                .chain(contact.steps().iter().flat_map(|s| &s.stress)),
        ),
        standing: None,
    }
}
