//! The agent's own wellbeing. Strain is sized for a shift, not one contact:
//! a compliant agent under close monitoring and little say builds it up
//! contact by contact, while latitude and solved cases let it ease. Every
//! rule, its size and its source is in `docs/model.md`.

use serde::{Deserialize, Serialize};

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{Outcome, Style};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StressReason {
    /// Being watched closely with little say over the work: a chronic
    /// strain felt in every contact, whatever the agent does.
    MonitoringWithoutControl,
    /// Working under a first name and a location that are not your own.
    WorkingUnderAlias,
    /// Showing the emotion the script prescribes rather than the one felt
    /// (surface acting).
    ScriptedEmotion,
    /// The customer was abusive; job control softens how much it hurts.
    CustomerAggression,
    /// Leaving a mandatory script while being monitored.
    OffScriptUnderMonitoring,
    /// Seeing the fix but lacking the authority to apply it.
    NoAuthority,
    /// The clock ran past the handle-time target.
    OverTarget,
    /// Solving it on your own authority.
    ActedOnOwnAuthority,
    /// No clock: the room to take the time a customer needs.
    LatitudeToTakeTime,
    /// The contact ended with the issue solved.
    ContactResolved,
    /// The contact ended without a solution.
    ContactUnresolved,
    /// The customer gave up.
    CustomerGaveUp,
    /// The moment between two customers.
    BetweenContacts,
    /// A short break between contacts.
    Break,
}

impl StressReason {
    /// Every reason, in the order a report lists them: the strains the
    /// house rules put on every contact first, then the contact's own.
    pub const ALL: [StressReason; 14] = [
        StressReason::MonitoringWithoutControl,
        StressReason::WorkingUnderAlias,
        StressReason::ScriptedEmotion,
        StressReason::CustomerAggression,
        StressReason::OffScriptUnderMonitoring,
        StressReason::NoAuthority,
        StressReason::OverTarget,
        StressReason::ActedOnOwnAuthority,
        StressReason::LatitudeToTakeTime,
        StressReason::ContactResolved,
        StressReason::ContactUnresolved,
        StressReason::CustomerGaveUp,
        StressReason::BetweenContacts,
        StressReason::Break,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StressEvent {
    pub reason: StressReason,
    pub amount: i32,
}

pub const DEFAULT_START_STRESS: i32 = 20;
/// Monitoring × (100 − job control) per point of strain at the start of a
/// contact: 85 × 85 / 2,400 = 3 under target-driven, 0 under customer-first.
pub const MONITORING_STRAIN_DIVISOR: i32 = 2_400;
/// Per contact taken under an assumed name.
pub const ALIAS_STRAIN: i32 = 1;
/// Surface acting per contact: a point per scripted answer when the script
/// is mandatory (display rules enforced), at most this many a contact; half
/// that, rounded up, when the agent picked the lines freely.
pub const SCRIPTED_EMOTION_MAX: i32 = 2;
/// Aggression × (200 − job control) per point of strain: job control
/// halves the strain of abuse at most.
pub const AGGRESSION_DIVISOR: i32 = 4_000;
/// (100 − job control) per point of strain when a fix is out of reach.
pub const NO_AUTHORITY_DIVISOR: i32 = 50;
/// Job control per point of relief when the agent solves it themselves.
pub const OWN_AUTHORITY_DIVISOR: i32 = 40;
/// Job control per point of relief from the room to take time (no clock).
pub const LATITUDE_DIVISOR: i32 = 40;
pub const RESOLVED_RELIEF: i32 = 3;
pub const UNRESOLVED_STRAIN: i32 = 2;
pub const GAVE_UP_STRAIN: i32 = 4;
/// Between two customers, stress moves this fraction of the way back to
/// the resting level.
pub const RECOVERY_DIVISOR: i32 = 8;

/// The strain the house rules put on every contact, before a word is said.
pub fn on_start(policy: &Policy) -> Vec<StressEvent> {
    let mut out = Vec::new();
    out.extend(event(
        StressReason::MonitoringWithoutControl,
        policy.monitoring.clamp(0, 100) * (100 - policy.job_control.clamp(0, 100))
            / MONITORING_STRAIN_DIVISOR,
    ));
    if policy.alias.is_some() {
        out.extend(event(StressReason::WorkingUnderAlias, ALIAS_STRAIN));
    }
    out
}

/// Stress from the customer's line at a node.
pub fn on_customer_line(policy: &Policy, aggression: i32) -> Option<StressEvent> {
    event(
        StressReason::CustomerAggression,
        aggression.clamp(0, 100) * (200 - policy.job_control.clamp(0, 100)) / AGGRESSION_DIVISOR,
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
            (100 - policy.job_control) / NO_AUTHORITY_DIVISOR,
        ));
    }
    if style == Style::Autonomous {
        out.extend(event(
            StressReason::ActedOnOwnAuthority,
            -(policy.job_control / OWN_AUTHORITY_DIVISOR),
        ));
    }
    if let Some(target) = policy.handle_time_target {
        if clock_after > target {
            let crossed_now = clock_before <= target;
            let minutes_over = (clock_after - clock_before.max(target)) as i32 / 60;
            let amount = if crossed_now {
                policy.monitoring / 20
            } else {
                0
            } + minutes_over * policy.monitoring / 80;
            out.extend(event(StressReason::OverTarget, amount));
        }
    }
    out
}

/// Stress from how the contact ended: the surface acting of its scripted
/// answers, the outcome, and the relief of having had the time it needed.
pub fn on_end(policy: &Policy, outcome: Outcome, scripted_answers: u32) -> Vec<StressEvent> {
    let mut out = Vec::new();
    let per_two = if policy.script_required { 2 } else { 1 };
    let acting = (scripted_answers as i32 * per_two + 1) / 2;
    out.extend(event(
        StressReason::ScriptedEmotion,
        acting.min(SCRIPTED_EMOTION_MAX * per_two / 2),
    ));
    let (reason, amount) = match outcome {
        Outcome::Resolved => (StressReason::ContactResolved, -RESOLVED_RELIEF),
        Outcome::Unresolved => (StressReason::ContactUnresolved, UNRESOLVED_STRAIN),
        Outcome::GaveUp => (StressReason::CustomerGaveUp, GAVE_UP_STRAIN),
    };
    out.push(StressEvent { reason, amount });
    if policy.handle_time_target.is_none() {
        out.extend(event(
            StressReason::LatitudeToTakeTime,
            -(policy.job_control.clamp(0, 100) / LATITUDE_DIVISOR),
        ));
    }
    out
}

fn event(reason: StressReason, amount: i32) -> Option<StressEvent> {
    (amount != 0).then_some(StressEvent { reason, amount })
}

/// Apply events in order and keep each as it landed: strain stops at 100,
/// and relief brings the agent back to the resting level, not below it (a
/// good contact does not make anyone calmer than a fresh start). Events that
/// came to nothing are dropped, so the sources always add up to the change.
pub fn apply(stress: i32, events: &mut Vec<StressEvent>) -> i32 {
    let mut s = stress.clamp(0, 100);
    for e in events.iter_mut() {
        let next = if e.amount >= 0 {
            (s + e.amount).min(100)
        } else {
            (s + e.amount).max(s.min(DEFAULT_START_STRESS))
        };
        e.amount = next - s;
        s = next;
    }
    events.retain(|e| e.amount != 0);
    s
}

/// The moment between two customers: stress moves a share of the way back
/// to the resting level.
pub fn between_contacts(stress: i32) -> Option<StressEvent> {
    event(
        StressReason::BetweenContacts,
        -((stress - DEFAULT_START_STRESS).max(0) / RECOVERY_DIVISOR),
    )
}

/// Where the strain came from: the events summed per reason, in the order
/// of [`StressReason::ALL`], reasons that came to nothing left out.
pub fn sources<'a>(events: impl IntoIterator<Item = &'a StressEvent>) -> Vec<StressEvent> {
    let mut totals = [0i32; StressReason::ALL.len()];
    for e in events {
        if let Some(i) = StressReason::ALL.iter().position(|r| *r == e.reason) {
            totals[i] += e.amount;
        }
    }
    StressReason::ALL
        .iter()
        .zip(totals)
        .filter_map(|(&reason, amount)| event(reason, amount))
        .collect()
}
