//! Scoring, explainable: every score is a sum of named parts, so the debrief
//! can show where it came from. The same formulas are described in plain
//! words on the "How the scores work" page.

use serde::{Deserialize, Serialize};

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::Outcome;
use crate::engine::play::contact::{End, Situation};

/// Agent time in euros per hour, for the cost of a contact.
pub const AGENT_COST_PER_HOUR: u32 = 30;

/// Mood above this counts half: exceeding expectations adds little over
/// meeting them (Dixon et al. 2013).
pub const DELIGHT_THRESHOLD: i32 = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NpsClass {
    Detractor,
    Passive,
    Promoter,
}

impl NpsClass {
    pub fn of(score: u8) -> NpsClass {
        match score {
            9..=10 => NpsClass::Promoter,
            7..=8 => NpsClass::Passive,
            _ => NpsClass::Detractor,
        }
    }
}

/// A named part of a score, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub factor: Factor,
    pub points: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    /// The customer's final mood (above 80 counts half).
    Mood,
    /// How little effort the customer had to make.
    LowEffort,
    /// The issue was solved in this contact.
    Resolved,
    /// How much the customer trusts the company now.
    Trust,
    /// Effort the customer had to make.
    Effort,
    /// Handle time against the target.
    HandleTime,
    /// Answers that left the script.
    OffScript,
    /// The contact needs another contact.
    NotResolved,
    /// Goodwill beyond half the budget: "within reason".
    GoodwillBeyondReason,
    /// Customer satisfaction as the dashboard's main figure.
    Satisfaction,
}

/// What the customer felt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerCard {
    /// Customer satisfaction, 1–5.
    pub csat: u8,
    pub csat_parts: Vec<Part>,
    /// Likelihood to recommend, 0–10.
    pub nps: u8,
    pub nps_class: NpsClass,
    pub nps_parts: Vec<Part>,
    pub first_contact_resolution: bool,
    /// The customer's effort, 0–100 (lower is better).
    pub effort: i32,
    pub mood: i32,
    pub outcome: Outcome,
}

/// What the manager's dashboard saw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManagerCard {
    pub handle_time: u32,
    pub handle_time_target: Option<u32>,
    pub within_target: Option<bool>,
    /// Contacts an hour at this handle time.
    pub contacts_per_hour: f64,
    /// Share of answers that followed the script, 0–100.
    pub script_adherence: u8,
    pub goodwill_spent: u32,
    /// Agent time plus goodwill, in euros.
    pub cost: u32,
    /// The dashboard's verdict, 1–5, by the policy's own KPIs.
    pub rating: u8,
    pub rating_parts: Vec<Part>,
}

/// How the agent is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentCard {
    /// Stress 0–100 at the end of the contact.
    pub stress: i32,
    /// Change over this contact.
    pub stress_change: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorecards {
    pub manager: ManagerCard,
    pub customer: CustomerCard,
    pub agent: AgentCard,
}

impl Scorecards {
    /// The manager's dashboard and the customer tell different stories.
    pub fn views_disagree(&self) -> bool {
        (self.manager.rating as i32 - self.customer.csat as i32).abs() >= 2
    }
}

fn sum(parts: &[Part]) -> i32 {
    parts.iter().map(|p| p.points).sum()
}

pub fn first_contact_resolution(end: Option<End>, resolved: bool) -> bool {
    resolved
        || matches!(
            end,
            Some(End {
                outcome: Outcome::Resolved,
                ..
            })
        )
}

/// CSAT 1–5 from a weighted score out of about 95.
pub fn csat(mood: i32, effort: i32, resolved: bool) -> (u8, Vec<Part>) {
    let m = if mood > DELIGHT_THRESHOLD {
        DELIGHT_THRESHOLD + (mood - DELIGHT_THRESHOLD) / 2
    } else {
        mood
    };
    let parts = vec![
        Part {
            factor: Factor::Mood,
            points: 45 * m / 100,
        },
        Part {
            factor: Factor::LowEffort,
            points: 25 * (100 - effort) / 100,
        },
        Part {
            factor: Factor::Resolved,
            points: if resolved { 30 } else { 0 },
        },
    ];
    let base = sum(&parts).max(0);
    let score = (1 + (base * 4 + 45) / 90).clamp(1, 5);
    (score as u8, parts)
}

/// NPS 0–10 from trust, mood and resolution, less effort; the parts add up
/// to at most 110 and are capped at 100.
pub fn nps(trust: i32, mood: i32, effort: i32, resolved: bool) -> (u8, Vec<Part>) {
    let parts = vec![
        Part {
            factor: Factor::Trust,
            points: 45 * trust / 100,
        },
        Part {
            factor: Factor::Mood,
            points: 35 * mood / 100,
        },
        Part {
            factor: Factor::Resolved,
            points: if resolved { 30 } else { 0 },
        },
        Part {
            factor: Factor::Effort,
            points: -(effort / 5),
        },
    ];
    let p = sum(&parts).clamp(0, 100);
    (((p + 5) / 10).clamp(0, 10) as u8, parts)
}

pub fn customer_card(s: &Situation) -> CustomerCard {
    let m = s.customer.meters;
    let resolved = first_contact_resolution(s.end, s.customer.resolved);
    let (csat, csat_parts) = csat(m.mood, m.effort, resolved);
    let (nps, nps_parts) = nps(m.trust, m.mood, m.effort, resolved);
    CustomerCard {
        csat,
        csat_parts,
        nps,
        nps_class: NpsClass::of(nps),
        nps_parts,
        first_contact_resolution: resolved,
        effort: m.effort,
        mood: m.mood,
        outcome: s.end.map(|e| e.outcome).unwrap_or(Outcome::Unresolved),
    }
}

pub fn manager_card(s: &Situation, policy: &Policy, customer: &CustomerCard) -> ManagerCard {
    let handle = s.clock;
    let adherence = (s.scripted * 100).checked_div(s.steps).unwrap_or(100) as u8;
    let within = policy.handle_time_target.map(|t| handle <= t);
    let mut parts = Vec::new();
    if let Some(target) = policy.handle_time_target {
        // Five stars within target, one fewer per quarter of the target over it.
        let over = handle.saturating_sub(target);
        let lost = if over == 0 {
            0
        } else {
            1 + (over * 4 / target.max(1)).min(3) as i32
        };
        parts.push(Part {
            factor: Factor::HandleTime,
            points: 5 - lost,
        });
    } else {
        parts.push(Part {
            factor: Factor::Satisfaction,
            points: customer.csat as i32,
        });
        if !customer.first_contact_resolution {
            parts.push(Part {
                factor: Factor::NotResolved,
                points: -1,
            });
        }
    }
    if policy.script_required && adherence < 100 {
        parts.push(Part {
            factor: Factor::OffScript,
            points: -(((100 - adherence as i32) + 33) / 34),
        });
    }
    if policy.goodwill_budget > 0 && s.goodwill_spent * 2 > policy.goodwill_budget {
        parts.push(Part {
            factor: Factor::GoodwillBeyondReason,
            points: -1,
        });
    }
    let rating = sum(&parts).clamp(1, 5) as u8;
    ManagerCard {
        handle_time: handle,
        handle_time_target: policy.handle_time_target,
        within_target: within,
        contacts_per_hour: contacts_per_hour_tenths(handle).unwrap_or(0) as f64 / 10.0,
        script_adherence: adherence,
        goodwill_spent: s.goodwill_spent,
        cost: handle * AGENT_COST_PER_HOUR / 3600 + s.goodwill_spent,
        rating,
        rating_parts: parts,
    }
}

/// Contacts an hour at this handle time, in tenths, rounded; `None` for a
/// contact that took no time. Integer-only, so the browser needs no float
/// formatting to show it.
pub fn contacts_per_hour_tenths(handle_seconds: u32) -> Option<u32> {
    (36_000 + handle_seconds / 2).checked_div(handle_seconds)
}

pub fn scorecards(start: &Situation, end: &Situation, policy: &Policy) -> Scorecards {
    let customer = customer_card(end);
    let manager = manager_card(end, policy, &customer);
    Scorecards {
        manager,
        customer,
        agent: AgentCard {
            stress: end.stress,
            stress_change: end.stress - start.stress,
        },
    }
}
