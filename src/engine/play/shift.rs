//! A shift: a run of contacts with a queue behind them. Long contacts make
//! the next customers wait, and waiting customers arrive with less patience
//! and a worse mood; the agent's stress carries from one contact to the next.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

use crate::engine::centre::calls::starting_meters;
use crate::engine::model::scenario::{Outcome, Scenario};
use crate::engine::play::agent::{self, StressEvent, StressReason};
use crate::engine::play::contact::Setup;
use crate::engine::play::debrief::Debrief;
use crate::engine::play::persona;
use crate::engine::play::scoring::NpsClass;

/// Stress the agent sheds in a short break.
pub const BREAK_RELIEF: i32 = 12;
pub const BREAK_SECONDS: u32 = 600;

/// One contact waiting in the shift's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planned {
    pub scenario: String,
    /// Seconds after the shift started that this customer joins the queue.
    pub arrives: u32,
    /// Seed for this customer's variation.
    pub seed: u64,
}

/// What the trainee did with one contact of the shift.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handled {
    pub scenario: String,
    pub waited: u32,
    pub handle_time: u32,
    pub csat: u8,
    pub nps: u8,
    pub resolved: bool,
    pub gave_up: bool,
    pub goodwill: u32,
    pub stress_after: i32,
}

/// A shift in progress; saved as it is, so a shift survives a reload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shift {
    pub version: u32,
    pub policy: String,
    pub seed: u64,
    pub queue: Vec<Planned>,
    pub handled: Vec<Handled>,
    /// Seconds since the shift started: when the agent is next free.
    pub clock: u32,
    pub stress: i32,
    /// Stress after each contact and break, for the report's chart.
    pub stress_curve: Vec<i32>,
    /// Where the strain came from so far, per reason (breaks included).
    #[serde(default)]
    pub strain: Vec<StressEvent>,
}

impl Shift {
    /// Plan a shift of `count` contacts from the library, one arriving about
    /// every `interval` seconds (270 s fits 13 calls an hour).
    pub fn plan(
        library: &[&Scenario],
        policy: &str,
        count: usize,
        interval: u32,
        seed: u64,
    ) -> Shift {
        let ids: Vec<&str> = library.iter().map(|s| s.id.as_str()).collect();
        Shift::plan_ids(&ids, policy, count, interval, seed)
    }

    /// The same plan from the library's scenario ids alone: a page that
    /// fetches each scenario when it is needed (the LMS page) plans from
    /// its index, and fetches only the customers in the queue.
    pub fn plan_ids(
        library: &[&str],
        policy: &str,
        count: usize,
        interval: u32,
        seed: u64,
    ) -> Shift {
        let mut rng = Pcg32::seed_from_u64(seed);
        let mut queue = Vec::with_capacity(count);
        let mut at = 0u32;
        for _ in 0..count {
            if library.is_empty() {
                break;
            }
            let scenario = library[rng.random_range(0..library.len())];
            queue.push(Planned {
                scenario: scenario.to_string(),
                arrives: at,
                seed: rng.random(),
            });
            at += rng.random_range(interval / 2..=interval + interval / 2);
        }
        Shift {
            version: 1,
            policy: policy.to_string(),
            seed,
            queue,
            handled: Vec::new(),
            clock: 0,
            stress: crate::engine::play::agent::DEFAULT_START_STRESS,
            stress_curve: vec![crate::engine::play::agent::DEFAULT_START_STRESS],
            strain: Vec::new(),
        }
    }

    pub fn is_over(&self) -> bool {
        self.handled.len() >= self.queue.len()
    }

    pub fn next(&self) -> Option<&Planned> {
        self.queue.get(self.handled.len())
    }

    /// How long the next customer has been waiting by the time the agent is free.
    pub fn next_wait(&self) -> u32 {
        self.next()
            .map_or(0, |p| self.clock.saturating_sub(p.arrives))
    }

    /// Customers still waiting when the agent is free.
    pub fn waiting(&self) -> usize {
        self.queue[self.handled.len().min(self.queue.len())..]
            .iter()
            .filter(|p| p.arrives <= self.clock)
            .count()
    }

    /// The next customer as this shift has them: met with the seed
    /// (`persona::meet`). A caller or a chatter waited on the line, so they
    /// start with less mood and patience; an e-mail or a post waited in the
    /// inbox, so its wait counts against the reply promised instead
    /// (`Setup::queued`), as the channel's own rules count it.
    pub fn next_contact(&self, library: &[&Scenario]) -> Option<(Scenario, Setup)> {
        let planned = self.next()?;
        let base = library.iter().find(|s| s.id == planned.scenario)?;
        let scenario = persona::meet(base, Some(planned.seed));
        let wait = self.next_wait();
        let mut meters = scenario.persona.start;
        let queued = if scenario.channel.is_asynchronous() {
            Some(wait)
        } else {
            let waited = starting_meters(wait, 0);
            let fresh = starting_meters(0, 0);
            meters.mood += waited.mood - fresh.mood;
            meters.patience += waited.patience - fresh.patience;
            meters.effort += waited.effort - fresh.effort;
            None
        };
        let setup = Setup {
            seed: Some(planned.seed),
            meters: Some(meters),
            stress: Some(self.stress),
            queued,
        };
        Some((scenario, setup))
    }

    /// Record a finished contact from its debrief.
    pub fn record(&mut self, debrief: &Debrief) {
        let Some(planned) = self.next().cloned() else {
            return;
        };
        let waited = self.next_wait();
        let card = &debrief.scorecards;
        self.clock = self.clock.max(planned.arrives) + card.manager.handle_time;
        let mut recovery: Vec<StressEvent> = agent::between_contacts(card.agent.stress)
            .into_iter()
            .collect();
        self.stress = agent::apply(card.agent.stress, &mut recovery);
        self.stress_curve.push(self.stress);
        self.strain = agent::sources(self.strain.iter().chain(&debrief.strain).chain(&recovery));
        self.handled.push(Handled {
            scenario: planned.scenario,
            waited,
            handle_time: card.manager.handle_time,
            csat: card.customer.csat,
            nps: card.customer.nps,
            resolved: card.customer.first_contact_resolution,
            gave_up: card.customer.outcome == Outcome::GaveUp,
            goodwill: card.manager.goodwill_spent,
            stress_after: self.stress,
        });
    }

    /// A short break: stress goes down, the queue keeps growing.
    pub fn take_break(&mut self) {
        self.clock += BREAK_SECONDS;
        let mut relief = vec![StressEvent {
            reason: StressReason::Break,
            amount: -BREAK_RELIEF,
        }];
        self.stress = agent::apply(self.stress, &mut relief);
        self.stress_curve.push(self.stress);
        self.strain = agent::sources(self.strain.iter().chain(&relief));
    }

    pub fn report(&self) -> ShiftReport {
        let n = self.handled.len() as u32;
        let mean = |sum: u32| sum.checked_div(n).unwrap_or(0);
        let promoters = self
            .handled
            .iter()
            .filter(|h| NpsClass::of(h.nps) == NpsClass::Promoter)
            .count() as i32;
        let detractors = self
            .handled
            .iter()
            .filter(|h| NpsClass::of(h.nps) == NpsClass::Detractor)
            .count() as i32;
        let resolved = self.handled.iter().filter(|h| h.resolved).count() as u32;
        ShiftReport {
            policy: self.policy.clone(),
            contacts: n,
            average_handle_time: mean(self.handled.iter().map(|h| h.handle_time).sum()),
            average_wait: mean(self.handled.iter().map(|h| h.waited).sum()),
            csat_tenths: (self.handled.iter().map(|h| h.csat as u32).sum::<u32>() * 10)
                .checked_div(n)
                .unwrap_or(0),
            nps: if n == 0 {
                0
            } else {
                (promoters - detractors) * 100 / n as i32
            },
            first_contact_resolution: (resolved * 100).checked_div(n).unwrap_or(0),
            repeat_contacts_caused: n - resolved,
            goodwill: self.handled.iter().map(|h| h.goodwill).sum(),
            stress: self.stress_curve.clone(),
            strain: self.strain.clone(),
            csat: self.handled.iter().map(|h| h.csat).collect(),
            shift_length: self.clock,
        }
    }
}

/// The end-of-shift report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftReport {
    pub policy: String,
    pub contacts: u32,
    pub average_handle_time: u32,
    /// How long customers waited on average before the agent picked up.
    pub average_wait: u32,
    /// Mean CSAT times ten (42 = 4.2), to keep the report integral.
    pub csat_tenths: u32,
    /// Promoters minus detractors, −100…100.
    pub nps: i32,
    /// Percent resolved in the first contact.
    pub first_contact_resolution: u32,
    /// Unresolved contacts: each one comes back to the queue.
    pub repeat_contacts_caused: u32,
    pub goodwill: u32,
    pub stress: Vec<i32>,
    /// Where the shift's strain came from, per reason.
    #[serde(default)]
    pub strain: Vec<StressEvent>,
    /// CSAT of each contact, in order.
    #[serde(default)]
    pub csat: Vec<u8>,
    pub shift_length: u32,
}
