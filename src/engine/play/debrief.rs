//! The debrief: what a finished contact means, in a form both the UI and the
//! command-line tool can show.

use serde::{Deserialize, Serialize};

use crate::engine::model::scenario::Style;
use crate::engine::model::text::Text;
use crate::engine::play::agent::StressEvent;
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
        standing: None,
    }
}
