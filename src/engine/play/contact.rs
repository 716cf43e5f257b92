//! The conversation runtime: one contact between the trainee and a customer,
//! played under a policy. Like ink's story runtime it knows nothing of how it
//! is shown; the UI asks for the choices and sends the one picked.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{
    Authority, Choice, Condition, Meter, Meters, Node, Outcome, Scenario, Style,
};
use crate::engine::play::agent::{self, StressEvent};
use crate::engine::play::channel::{self, Thread};
use crate::engine::play::customer::{self, Adjustment, Answer, CustomerState, Memory};
use crate::engine::play::scoring::TRANSFER_HANDOFF_SECONDS;
use crate::engine::wire::named::Named;

/// A contact never runs longer than this many answers; a scenario that loops
/// forever ends as unresolved rather than hanging the game.
pub const MAX_STEPS: u32 = 400;

/// How far a seeded customer's starting mood and patience may vary.
pub const START_JITTER: i32 = 5;

/// The version of the customer and scoring model. A saved contact carries
/// it; a contact played under another version is not replayed into numbers
/// it was never played with. 1: before the customer had a memory (issue 14);
/// 2: before channels had their own mechanics (issue 15); 3: before coming
/// back to a node undid a fix given since; 4: before a seeded contact met a
/// varied customer (`persona::meet`).
pub const MODEL_VERSION: u32 = 5;

/// Why a choice cannot be picked right now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "lock", rename_all = "snake_case")]
pub enum Lock {
    /// The policy does not grant this authority.
    NeedsAuthority { authority: Authority },
    /// Only possible under another policy.
    OnlyUnderPolicy { policy: String },
    /// Not possible under this policy.
    NotUnderPolicy { policy: String },
    /// A customer meter is too low (e.g. not enough trust yet).
    MeterTooLow { meter: Meter, min: i32 },
    /// A customer meter is too high.
    MeterTooHigh { meter: Meter, max: i32 },
    /// The goodwill this costs exceeds what is left of the budget.
    OverGoodwillBudget { cost: u32, left: u32 },
}

impl Lock {
    /// The reason in plain English, for the command-line tool (the game has
    /// its own wording in both languages).
    pub fn describe(&self) -> String {
        match self {
            Lock::NeedsAuthority { authority } => {
                format!(
                    "the policy does not grant the authority '{}'",
                    authority.name()
                )
            }
            Lock::OnlyUnderPolicy { policy } => {
                format!("only possible under the policy '{policy}'")
            }
            Lock::NotUnderPolicy { policy } => format!("not possible under the policy '{policy}'"),
            Lock::MeterTooLow { meter, min } => {
                format!("needs the customer's {meter:?} at {min} or more").to_lowercase()
            }
            Lock::MeterTooHigh { meter, max } => {
                format!("needs the customer's {meter:?} at {max} or less").to_lowercase()
            }
            Lock::OverGoodwillBudget { cost, left } => {
                format!("costs €{cost} in goodwill with €{left} left in the budget")
            }
        }
    }

    /// A lock that comes from the policy rather than the customer's state.
    pub fn is_policy_lock(&self) -> bool {
        matches!(
            self,
            Lock::NeedsAuthority { .. }
                | Lock::OnlyUnderPolicy { .. }
                | Lock::NotUnderPolicy { .. }
                | Lock::OverGoodwillBudget { .. }
        )
    }
}

/// A choice as offered at this moment.
#[derive(Clone, Debug)]
pub struct Offer<'s> {
    /// Position in the node's choices (0-based); players see it 1-based.
    pub index: usize,
    pub choice: &'s Choice,
    pub seconds: u32,
    pub goodwill: u32,
    pub lock: Option<Lock>,
}

impl Offer<'_> {
    pub fn available(&self) -> bool {
        self.lock.is_none()
    }
}

/// Why the contact ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// An ending node was reached.
    Ending,
    /// The customer's patience ran out: they hung up or left.
    PatienceRanOut,
    /// Every choice was locked: the agent could not go on.
    NoWayForward,
    /// The contact went on past [`MAX_STEPS`].
    TooLong,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct End {
    pub outcome: Outcome,
    pub reason: EndReason,
    /// The customer will contact again about the same issue (a repeat
    /// contact): the ending says so, and a contact that broke off always does.
    #[serde(default)]
    pub contact_again: bool,
}

/// The smallest state that determines what happens next. Path analysis works
/// on this directly; [`Contact`] adds the history for the transcript.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Situation {
    pub node: usize,
    pub customer: CustomerState,
    /// What the customer remembers: styles and tones so far, nodes passed.
    pub memory: Memory,
    /// Seconds since the contact started, as the customer lives them
    /// (including time on hold for or with another department).
    pub clock: u32,
    /// The agent's own talk and hold time: a hand-off ends it early, the
    /// rest of that leg is another department's.
    pub agent_seconds: u32,
    /// Hand-offs to another person or department (each a second leg).
    pub transfers: u32,
    /// Someone checked who the customer is.
    pub verified: bool,
    /// Money or personal data was changed before anyone checked who was
    /// calling: a procedure breach, a fraud route.
    pub unverified_change: bool,
    pub goodwill_spent: u32,
    pub stress: i32,
    pub steps: u32,
    pub scripted: u32,
    pub end: Option<End>,
    /// What the channel keeps: the promised response time and how long the
    /// customer's message has waited (e-mail, social), the onlookers of a
    /// public thread.
    pub thread: Thread,
}

/// How a contact starts: the seed varies the customer a little; a shift can
/// override the customer's starting meters, carry the agent's stress over
/// and say how long a written message waited in its queue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    pub seed: Option<u64>,
    pub meters: Option<Meters>,
    pub stress: Option<i32>,
    /// Seconds an e-mail or a post waited in a shift's queue before the
    /// agent opened it: counted against the promise, on top of the
    /// scenario's own `waiting` (a caller's wait shows in `meters`).
    /// Left out when there is none, so records are written as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queued: Option<u32>,
}

impl Setup {
    pub fn seeded(seed: u64) -> Self {
        Setup {
            seed: Some(seed),
            ..Setup::default()
        }
    }
}

/// What happened on one answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub node: usize,
    pub choice: usize,
    pub style: Style,
    pub seconds: u32,
    pub goodwill: u32,
    pub adjustments: Vec<Adjustment>,
    pub stress: Vec<StressEvent>,
    pub customer: CustomerState,
    pub clock: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    Over,
    NoSuchChoice {
        number: usize,
        available: usize,
    },
    Locked(Lock),
    BrokenLink {
        node: String,
        choice: String,
    },
    /// The record was played on another revision of the scenario, or under
    /// another version of the model: replaying it would tell another story.
    OtherRevision,
}

impl std::fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChoiceError::Over => write!(f, "the contact is over"),
            ChoiceError::NoSuchChoice { number, available } => {
                write!(f, "there is no choice {number}; this node has {available}")
            }
            ChoiceError::Locked(lock) => write!(f, "that choice is locked: {}", lock.describe()),
            ChoiceError::BrokenLink { node, choice } => {
                write!(f, "{node}/{choice}: leads to a node that does not exist")
            }
            ChoiceError::OtherRevision => write!(
                f,
                "the contact was played on another version of the scenario or the model"
            ),
        }
    }
}

impl std::error::Error for ChoiceError {}

/// Starting customer state for a scenario and setup.
pub fn starting_customer(scenario: &Scenario, setup: &Setup) -> CustomerState {
    let mut meters = setup.meters.unwrap_or(scenario.persona.start);
    if let Some(seed) = setup.seed {
        let mut rng = Pcg32::seed_from_u64(seed);
        meters.mood += rng.random_range(-START_JITTER..=START_JITTER);
        meters.patience += rng.random_range(-START_JITTER..=START_JITTER);
    }
    CustomerState::new(meters)
}

/// The situation at the start of a contact (before any answer).
pub fn begin(scenario: &Scenario, policy: &Policy, setup: &Setup) -> (Situation, Vec<StressEvent>) {
    let node = scenario.start_index.unwrap_or(0);
    let mut s = Situation {
        node,
        customer: starting_customer(scenario, setup),
        memory: Memory::default(),
        clock: 0,
        agent_seconds: 0,
        transfers: 0,
        verified: false,
        unverified_change: false,
        goodwill_spent: 0,
        stress: setup
            .stress
            .unwrap_or(agent::DEFAULT_START_STRESS)
            .clamp(0, 100),
        steps: 0,
        scripted: 0,
        end: None,
        thread: Thread::start(scenario, setup.queued.unwrap_or(0)),
    };
    let mut events = agent::on_start(policy);
    s.stress = agent::apply(s.stress, &mut events);
    let (arrival, _) = enter(scenario, policy, &mut s);
    events.extend(arrival);
    // Validation keeps this from shipped and checked scenarios; the game
    // does not validate again, so a start with nothing to say ends here.
    if s.end.is_none() && !offers(scenario, policy, &s).iter().any(Offer::available) {
        let mut end = Vec::new();
        finish(
            &mut s,
            policy,
            Outcome::Unresolved,
            EndReason::NoWayForward,
            true,
            &mut end,
        );
        s.stress = agent::apply(s.stress, &mut end);
        events.extend(end);
    }
    (s, events)
}

/// Arrive at `s.node`: the customer's memory of it, stress from the
/// customer's line, and the ending if any. Returns the stress events and the
/// customer adjustments of arriving (non-empty only when coming back).
fn enter(
    scenario: &Scenario,
    policy: &Policy,
    s: &mut Situation,
) -> (Vec<StressEvent>, Vec<Adjustment>) {
    let mut events = Vec::new();
    let Some(node) = scenario.nodes.get(s.node) else {
        s.end = Some(End {
            outcome: Outcome::Unresolved,
            reason: EndReason::NoWayForward,
            contact_again: true,
        });
        return (events, Vec::new());
    };
    let first = s.memory.first_visit(s.node);
    let arrival = customer::on_arrival(&s.customer.meters, first.map(|(m, _)| m));
    if let Some((_, solved_then)) = first {
        s.memory.looped = true;
        s.customer = customer::apply(s.customer, &arrival, false);
        // Back where we were: a fix given since this point is undone with
        // the rest, or a loop could collect it and then take a branch that
        // no path through the fix reaches.
        s.customer.resolved = solved_then;
    } else {
        s.memory
            .visited
            .push((s.node as u32, s.customer.meters, s.customer.resolved));
    }
    events.extend(agent::on_customer_line(policy, node.aggression));
    if let Some(ending) = &node.ending {
        let again = ending.contacts_again();
        finish(
            s,
            policy,
            ending.outcome,
            EndReason::Ending,
            again,
            &mut events,
        );
    }
    s.stress = agent::apply(s.stress, &mut events);
    (events, arrival)
}

/// Whether anything in the scenario changes money or personal data.
pub fn at_stake(scenario: &Scenario) -> bool {
    scenario
        .nodes
        .iter()
        .flat_map(|n| &n.choices)
        .any(|c| c.changes.is_some())
}

fn finish(
    s: &mut Situation,
    policy: &Policy,
    outcome: Outcome,
    reason: EndReason,
    contact_again: bool,
    events: &mut Vec<StressEvent>,
) {
    if outcome == Outcome::Resolved {
        s.customer.resolved = true;
    }
    s.end = Some(End {
        outcome,
        reason,
        contact_again,
    });
    events.extend(agent::on_end(policy, outcome, s.scripted));
}

/// Why a choice is locked in this situation, if it is.
pub fn lock_of(choice: &Choice, policy: &Policy, s: &Situation) -> Option<Lock> {
    for condition in &choice.requires {
        let lock = match condition {
            Condition::Authority(a) if !policy.allows(*a) => {
                Some(Lock::NeedsAuthority { authority: *a })
            }
            Condition::Policy(p) if *p != policy.id => {
                Some(Lock::OnlyUnderPolicy { policy: p.clone() })
            }
            Condition::NotPolicy(p) if *p == policy.id => {
                Some(Lock::NotUnderPolicy { policy: p.clone() })
            }
            Condition::AtLeast(b) if s.customer.meters.get(b.meter) < b.value => {
                Some(Lock::MeterTooLow {
                    meter: b.meter,
                    min: b.value,
                })
            }
            Condition::AtMost(b) if s.customer.meters.get(b.meter) > b.value => {
                Some(Lock::MeterTooHigh {
                    meter: b.meter,
                    max: b.value,
                })
            }
            _ => None,
        };
        if lock.is_some() {
            return lock;
        }
    }
    let cost = choice.goodwill_under(&policy.id);
    let left = policy.goodwill_budget.saturating_sub(s.goodwill_spent);
    (cost > left).then_some(Lock::OverGoodwillBudget { cost, left })
}

/// The choices at the current node, locked ones included.
pub fn offers<'s>(scenario: &'s Scenario, policy: &Policy, s: &Situation) -> Vec<Offer<'s>> {
    if s.end.is_some() {
        return Vec::new();
    }
    let Some(node) = scenario.nodes.get(s.node) else {
        return Vec::new();
    };
    node.choices
        .iter()
        .enumerate()
        .map(|(index, choice)| Offer {
            index,
            choice,
            seconds: choice.seconds_under(&policy.id),
            goodwill: choice.goodwill_under(&policy.id),
            lock: lock_of(choice, policy, s),
        })
        .collect()
}

/// Apply the choice at `index` (0-based) of the current node.
pub fn advance(
    scenario: &Scenario,
    policy: &Policy,
    s: &Situation,
    index: usize,
) -> Result<(Situation, Step), ChoiceError> {
    if s.end.is_some() {
        return Err(ChoiceError::Over);
    }
    let node: &Node = scenario.nodes.get(s.node).ok_or(ChoiceError::Over)?;
    let choice = node.choices.get(index).ok_or(ChoiceError::NoSuchChoice {
        number: index + 1,
        available: node.choices.len(),
    })?;
    if let Some(lock) = lock_of(choice, policy, s) {
        return Err(ChoiceError::Locked(lock));
    }
    let next_node = choice.next_index.ok_or_else(|| ChoiceError::BrokenLink {
        node: node.id.clone(),
        choice: choice.id.clone(),
    })?;
    let authority_locked = node
        .choices
        .iter()
        .filter(|c| {
            matches!(
                lock_of(c, policy, s),
                Some(Lock::NeedsAuthority { .. }) | Some(Lock::OverGoodwillBudget { .. })
            )
        })
        .count();

    let seconds = choice.seconds_under(&policy.id);
    let goodwill = choice.goodwill_under(&policy.id);
    let effects = choice.effects_under(&policy.id);
    let answer = Answer {
        style: choice.style,
        tone: &choice.tone,
        effects,
        seconds: channel::patience_seconds(scenario.channel, seconds),
        goodwill,
        goodwill_before: s.goodwill_spent,
        verifies: choice.verifies,
        at_stake: choice.verifies && at_stake(scenario),
    };
    let (customer, mut adjustments) = customer::respond(
        s.customer,
        &scenario.persona.traits,
        scenario.kind,
        &answer,
        &s.memory,
    );
    // An e-mail or a post answered after the promise ran out: the customer
    // minds once per late reply. Public replies move the onlookers.
    let (mut thread, late) = s.thread.replied(seconds);
    let customer = customer::apply(customer, &late, false);
    adjustments.extend(late);
    thread.audience = s
        .thread
        .audience
        .map(|a| a.replied(choice.style, choice.private, effects.resolves));
    let mut memory = s.memory.clone();
    memory.answered(choice.style, &choice.tone);
    let clock = s.clock.saturating_add(seconds);
    // A hand-off ends the agent's part of this leg: the rest is hold time
    // for, or talk with, another department.
    let handoff = choice.style == Style::Escalate;
    let agent_part = if handoff {
        seconds.min(TRANSFER_HANDOFF_SECONDS)
    } else {
        seconds
    };
    let agent_seconds = s.agent_seconds.saturating_add(agent_part);
    let mut stress_events = agent::on_answer(
        policy,
        choice.style,
        authority_locked,
        s.agent_seconds,
        agent_seconds,
    );

    let mut next = Situation {
        node: next_node,
        customer,
        memory,
        clock,
        agent_seconds,
        transfers: s.transfers + u32::from(handoff),
        verified: s.verified || choice.verifies,
        unverified_change: s.unverified_change
            || (choice.changes.is_some() && !s.verified && !choice.verifies),
        goodwill_spent: s.goodwill_spent + goodwill,
        stress: agent::apply(s.stress, &mut stress_events),
        steps: s.steps + 1,
        scripted: s.scripted + u32::from(choice.style == Style::Scripted),
        end: None,
        thread,
    };
    let arrives_at_ending = scenario
        .nodes
        .get(next_node)
        .is_some_and(|n| n.ending.is_some());
    // The contact may end here without reaching an ending node.
    let forced_end = if next.customer.gave_up() && !arrives_at_ending {
        Some((Outcome::GaveUp, EndReason::PatienceRanOut))
    } else {
        let (events, arrival) = enter(scenario, policy, &mut next);
        stress_events.extend(events);
        adjustments.extend(arrival);
        if next.customer.gave_up() && next.end.is_none() {
            Some((Outcome::GaveUp, EndReason::PatienceRanOut))
        } else if next.end.is_some() {
            None
        } else if next.steps >= MAX_STEPS {
            Some((Outcome::Unresolved, EndReason::TooLong))
        } else if !offers(scenario, policy, &next).iter().any(Offer::available) {
            Some((Outcome::Unresolved, EndReason::NoWayForward))
        } else {
            None
        }
    };
    if let Some((outcome, reason)) = forced_end {
        let mut events = Vec::new();
        finish(&mut next, policy, outcome, reason, true, &mut events);
        next.stress = agent::apply(next.stress, &mut events);
        stress_events.extend(events);
    }
    let step = Step {
        node: s.node,
        choice: index,
        style: choice.style,
        seconds,
        goodwill,
        adjustments,
        stress: stress_events,
        customer: next.customer,
        clock: next.clock,
    };
    Ok((next, step))
}

/// A line of the transcript, pointing into the scenario so it can be shown in
/// whatever language is current.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "speaker", rename_all = "snake_case")]
pub enum Line {
    Customer {
        node: usize,
    },
    Agent {
        node: usize,
        choice: usize,
    },
    /// The customer hung up or left.
    CustomerLeft,
    /// The agent could not go on.
    Stuck,
}

/// What is saved to resume or replay a contact: the choices are enough,
/// because everything else follows from the seed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRecord {
    pub scenario: String,
    pub policy: String,
    pub setup: Setup,
    /// Choice ids, in order.
    pub choices: Vec<String>,
    /// The scenario's revision it was played on ([`Scenario::revision`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<u64>,
    /// The model version it was played under ([`MODEL_VERSION`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<u32>,
    /// When the contact started, then when each answer was given, in
    /// milliseconds since 1970 (UTC), separated by spaces: stamped by the
    /// app as it is played outside an LMS, for the answer log (read by
    /// `engine::play::log::times`). Text, so the game adds a time without
    /// carrying a reader for lists of numbers (docs/size.md). The engine
    /// plays without it; left out when empty, so a record without times
    /// is written as before (and an LMS's `suspend_data` stays as short).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub at: String,
}

impl ContactRecord {
    /// A contact about to start: no choices yet, so it fits any revision.
    pub fn fresh(scenario: &str, policy: &str, setup: Setup) -> Self {
        ContactRecord {
            scenario: scenario.to_string(),
            policy: policy.to_string(),
            setup,
            choices: Vec::new(),
            revision: None,
            model: None,
            at: String::new(),
        }
    }

    /// Whether this record can be replayed on `scenario` under this model:
    /// a record with choices must carry this model version and, if it names
    /// one, this revision of the scenario.
    pub fn fits(&self, scenario: &Scenario) -> bool {
        self.choices.is_empty()
            || (self.model == Some(MODEL_VERSION)
                && self
                    .revision
                    .as_ref()
                    .is_none_or(|r| *r == scenario.revision()))
    }
}

/// One contact in progress or finished.
#[derive(Clone, Debug)]
pub struct Contact<'s> {
    scenario: &'s Scenario,
    policy: &'s Policy,
    setup: Setup,
    start: Situation,
    opening_stress: Vec<StressEvent>,
    now: Situation,
    steps: Vec<Step>,
}

impl<'s> Contact<'s> {
    pub fn start(scenario: &'s Scenario, policy: &'s Policy, setup: Setup) -> Self {
        let (now, opening_stress) = begin(scenario, policy, &setup);
        // The agent card counts the opening strain (the house rules, the
        // customer's first words) as part of the contact.
        let mut start = now.clone();
        start.stress = setup
            .stress
            .unwrap_or(agent::DEFAULT_START_STRESS)
            .clamp(0, 100);
        Contact {
            scenario,
            policy,
            setup,
            start,
            opening_stress,
            now,
            steps: Vec::new(),
        }
    }

    /// Rebuild a contact from its record; fails if a choice no longer fits
    /// (the scenario changed since it was saved).
    pub fn replay(
        scenario: &'s Scenario,
        policy: &'s Policy,
        record: &ContactRecord,
    ) -> Result<Self, ChoiceError> {
        if !record.fits(scenario) {
            return Err(ChoiceError::OtherRevision);
        }
        let mut contact = Contact::start(scenario, policy, record.setup);
        for id in &record.choices {
            contact.choose_id(id)?;
        }
        Ok(contact)
    }

    pub fn scenario(&self) -> &'s Scenario {
        self.scenario
    }

    pub fn policy(&self) -> &'s Policy {
        self.policy
    }

    pub fn setup(&self) -> Setup {
        self.setup
    }

    pub fn situation(&self) -> &Situation {
        &self.now
    }

    pub fn start_situation(&self) -> &Situation {
        &self.start
    }

    pub fn opening_stress(&self) -> &[StressEvent] {
        &self.opening_stress
    }

    pub fn node(&self) -> &'s Node {
        &self.scenario.nodes[self.now.node]
    }

    pub fn customer(&self) -> &CustomerState {
        &self.now.customer
    }

    /// Seconds since the contact started.
    pub fn clock(&self) -> u32 {
        self.now.clock
    }

    pub fn stress(&self) -> i32 {
        self.now.stress
    }

    pub fn goodwill_spent(&self) -> u32 {
        self.now.goodwill_spent
    }

    pub fn is_over(&self) -> bool {
        self.now.end.is_some()
    }

    pub fn end(&self) -> Option<End> {
        self.now.end
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn offers(&self) -> Vec<Offer<'s>> {
        offers(self.scenario, self.policy, &self.now)
    }

    /// Pick a choice by its 0-based position in the current node.
    pub fn choose(&mut self, index: usize) -> Result<&Step, ChoiceError> {
        let (next, step) = advance(self.scenario, self.policy, &self.now, index)?;
        self.now = next;
        self.steps.push(step);
        Ok(self.steps.last().expect("just pushed"))
    }

    /// Pick a choice by its id.
    pub fn choose_id(&mut self, id: &str) -> Result<&Step, ChoiceError> {
        let node = self.node();
        let index =
            node.choices
                .iter()
                .position(|c| c.id == id)
                .ok_or(ChoiceError::NoSuchChoice {
                    number: 0,
                    available: node.choices.len(),
                })?;
        self.choose(index)
    }

    pub fn record(&self) -> ContactRecord {
        ContactRecord {
            scenario: self.scenario.id.clone(),
            policy: self.policy.id.clone(),
            setup: self.setup,
            choices: self
                .steps
                .iter()
                .map(|s| self.scenario.nodes[s.node].choices[s.choice].id.clone())
                .collect(),
            revision: Some(self.scenario.revision()),
            model: Some(MODEL_VERSION),
            at: String::new(),
        }
    }

    pub fn transcript(&self) -> Vec<Line> {
        let mut lines = Vec::with_capacity(self.steps.len() * 2 + 2);
        lines.push(Line::Customer {
            node: self.start.node,
        });
        for step in &self.steps {
            lines.push(Line::Agent {
                node: step.node,
                choice: step.choice,
            });
            if let Some(next) = self.scenario.nodes[step.node].choices[step.choice].next_index {
                let last = std::ptr::eq(step, self.steps.last().expect("non-empty"));
                let left_early = last
                    && matches!(
                        self.now.end,
                        Some(End {
                            reason: EndReason::PatienceRanOut,
                            ..
                        })
                    );
                if !left_early {
                    lines.push(Line::Customer { node: next });
                }
            }
        }
        match self.now.end.map(|e| e.reason) {
            Some(EndReason::PatienceRanOut) => lines.push(Line::CustomerLeft),
            Some(EndReason::NoWayForward) | Some(EndReason::TooLong) => lines.push(Line::Stuck),
            _ => {}
        }
        lines
    }

    /// Mood after the start and after every answer, for the debrief chart.
    pub fn mood_series(&self) -> Vec<i32> {
        std::iter::once(self.start.customer.meters.mood)
            .chain(self.steps.iter().map(|s| s.customer.meters.mood))
            .collect()
    }
}
