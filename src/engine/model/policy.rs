//! Company policy ("house rules") as data: the game's central variable.

use serde::{Deserialize, Serialize};

use crate::engine::model::scenario::Authority;
use crate::engine::model::text::Text;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Stable id, e.g. `target-driven`.
    pub id: String,
    pub name: Text,
    /// A short explanation shown when choosing a policy.
    pub summary: Text,
    /// Agents must follow the script; leaving it is noticed.
    pub script_required: bool,
    /// Handle-time target in seconds, shown as a running clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle_time_target: Option<u32>,
    /// Goodwill an agent may hand out per contact, in euros.
    pub goodwill_budget: u32,
    /// What agents may do on their own.
    #[serde(default)]
    pub authorities: Vec<Authority>,
    /// The first name agents must use instead of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// How closely agents are monitored, 0–100 (call listening, live dashboards).
    pub monitoring: i32,
    /// How much say agents have over their own work, 0–100.
    pub job_control: i32,
}

impl Policy {
    pub fn allows(&self, authority: Authority) -> bool {
        self.authorities.contains(&authority)
    }
}

/// The policies that ship with the game (as Rust values; the same policies are
/// in `assets/policies/policies.json`, and a test keeps the two equal).
pub use crate::engine::model::policies::builtin_policies;

pub fn find_policy<'a>(policies: &'a [Policy], id: &str) -> Option<&'a Policy> {
    policies.iter().find(|p| p.id == id)
}
