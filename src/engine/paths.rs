//! Path analysis: every way a contact can go under a policy.

use serde::{Deserialize, Serialize};

use super::contact::{Contact, Setup};
use super::debrief::Standing;
use super::policy::Policy;
use super::scenario::Scenario;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathAnalysis {
    pub scenario: String,
    pub policy: String,
}

pub fn analyse(scenario: &Scenario, policy: &Policy, _setup: &Setup) -> PathAnalysis {
    PathAnalysis {
        scenario: scenario.id.clone(),
        policy: policy.id.clone(),
    }
}

/// Where a finished contact's path stands among all paths.
pub fn standing_of(_scenario: &Scenario, _policy: &Policy, _contact: &Contact) -> Option<Standing> {
    None
}
