//! The agent's own wellbeing. Stress follows job control, monitoring and
//! customer aggression (Holman 2002; Grandey et al. 2004).

use serde::{Deserialize, Serialize};

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{Outcome, Style};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StressReason {
    /// The customer was abusive.
    CustomerAggression,
    /// Leaving a mandatory script while being monitored.
    OffScriptUnderMonitoring,
    /// Seeing the fix but lacking the authority to apply it.
    NoAuthority,
    /// The clock ran past the handle-time target.
    OverTarget,
    /// Solving it on your own authority.
    ActedOnOwnAuthority,
    /// The contact ended with the issue solved.
    ContactResolved,
    /// The contact ended without a solution.
    ContactUnresolved,
    /// The customer gave up.
    CustomerGaveUp,
}

impl StressReason {
    /// Every reason, for documentation checks.
    pub const ALL: [StressReason; 8] = [
        StressReason::CustomerAggression,
        StressReason::OffScriptUnderMonitoring,
        StressReason::NoAuthority,
        StressReason::OverTarget,
        StressReason::ActedOnOwnAuthority,
        StressReason::ContactResolved,
        StressReason::ContactUnresolved,
        StressReason::CustomerGaveUp,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StressEvent {
    pub reason: StressReason,
    pub amount: i32,
}

pub const DEFAULT_START_STRESS: i32 = 20;

/// Stress from the customer's line at a node.
pub fn on_customer_line(aggression: i32) -> Option<StressEvent> {
    event(
        StressReason::CustomerAggression,
        aggression.clamp(0, 100) / 5,
    )
}

/// Stress from the agent's own answer under a policy.
pub fn on_answer(
    policy: &Policy,
    style: Style,
    authority_locked_choices: usize,
    clock_before: u32,
    clock_after: u32,
) -> Vec<StressEvent> {
    let mut out = Vec::new();
    if policy.script_required && style != Style::Scripted {
        out.extend(event(
            StressReason::OffScriptUnderMonitoring,
            policy.monitoring / 20,
        ));
    }
    if authority_locked_choices > 0 {
        out.extend(event(
            StressReason::NoAuthority,
            (100 - policy.job_control) / 25,
        ));
    }
    if style == Style::Autonomous {
        out.extend(event(
            StressReason::ActedOnOwnAuthority,
            -(policy.job_control / 20),
        ));
    }
    if let Some(target) = policy.handle_time_target {
        if clock_after > target {
            let crossed_now = clock_before <= target;
            let minutes_over = (clock_after - clock_before.max(target)) as i32 / 60;
            let amount = if crossed_now {
                policy.monitoring / 10
            } else {
                0
            } + minutes_over * policy.monitoring / 40;
            out.extend(event(StressReason::OverTarget, amount));
        }
    }
    out
}

/// Stress from how the contact ended.
pub fn on_end(outcome: Outcome) -> StressEvent {
    match outcome {
        Outcome::Resolved => StressEvent {
            reason: StressReason::ContactResolved,
            amount: -10,
        },
        Outcome::Unresolved => StressEvent {
            reason: StressReason::ContactUnresolved,
            amount: 5,
        },
        Outcome::GaveUp => StressEvent {
            reason: StressReason::CustomerGaveUp,
            amount: 10,
        },
    }
}

fn event(reason: StressReason, amount: i32) -> Option<StressEvent> {
    (amount != 0).then_some(StressEvent { reason, amount })
}

pub fn apply(stress: i32, events: &[StressEvent]) -> i32 {
    events
        .iter()
        .fold(stress, |s, e| (s + e.amount).clamp(0, 100))
}
