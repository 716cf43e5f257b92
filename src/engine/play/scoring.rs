//! Scoring, explainable: every score is a sum of named parts, so the debrief
//! can show where it came from. The same formulas are described in plain
//! words on the "How the scores work" page.

use serde::{Deserialize, Serialize};

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{Meters, Outcome};
use crate::engine::play::audience::Reputation;
use crate::engine::play::contact::{End, Situation};

/// Agent time in euros per hour, for the cost of a contact.
pub const AGENT_COST_PER_HOUR: u32 = 30;

/// Mood above this counts half: exceeding expectations adds little over
/// meeting them (Dixon, Freeman & Toman 2010; Dixon, Toman & DeLisi 2013).
pub const DELIGHT_THRESHOLD: i32 = 80;

/// Satisfaction points for the customer's final mood (feeling heard).
pub const CSAT_MOOD_POINTS: i32 = 55;
/// Satisfaction points for low effort (Dixon et al. 2010: effort drives
/// disloyalty more than delight drives loyalty).
pub const CSAT_EFFORT_POINTS: i32 = 20;
/// Satisfaction points for a solved issue.
pub const CSAT_RESOLVED_POINTS: i32 = 25;
/// Satisfaction points lost per whole time budget the contact ran over it,
/// at most twice.
pub const CSAT_SLOW_POINTS: i32 = 10;
/// The time a customer in the greatest hurry gives a contact, in seconds.
pub const TIME_BUDGET_BASE: u32 = 120;
/// Extra seconds of time budget per point of calm (100 − speed).
pub const TIME_BUDGET_PER_CALM_POINT: u32 = 6;
/// Satisfaction points at which CSAT 4 starts; each CSAT step is 22.5 points
/// (CSAT = 1 + (4 × points + 45) / 90).
pub const CSAT_STEP_POINTS_X2: i32 = 45;
/// NPS, in tenths of a point, for a customer at the CSAT 4 threshold: a
/// passive (7). The CSAT 5 threshold maps to 9, a promoter; below CSAT 4 a
/// detractor (≤ 6). Trust then moves the answer by up to half a point.
pub const NPS_AT_CSAT4_TENTHS: i32 = 70;
/// Trust points per tenth of an NPS point, around trust 50 (so trust moves
/// NPS by at most half a point).
pub const NPS_TRUST_DIVISOR: i32 = 20;
/// After-call work: notes, follow-up, wrap-up codes, in seconds per contact.
pub const AFTER_CALL_WORK_SECONDS: u32 = 30;
/// The agent's part of a hand-off (announcing it, putting the customer
/// through); the rest of that leg is another department's time.
pub const TRANSFER_HANDOFF_SECONDS: u32 = 45;
/// Dashboard stars lost for changing money or personal data before the
/// customer's identity was checked (audited as a breach under any policy).
pub const UNVERIFIED_CHANGE_STARS: i32 = 2;
/// What a procedure breach is counted as in the cost of a path, in euros:
/// the expected loss of a fraud route.
pub const UNVERIFIED_CHANGE_RISK_EUROS: u32 = 25;

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
    /// The contact took longer than this customer had time for.
    TooSlow,
    /// The customer gave up or hung up: CSAT 1, whatever came before.
    GaveUp,
    /// Money or personal data changed before an identity check.
    UnverifiedChange,
    /// What the onlookers of a public complaint made of the thread.
    Reputation,
}

impl Factor {
    /// Every score part, for documentation checks.
    pub const ALL: [Factor; 14] = [
        Factor::Mood,
        Factor::LowEffort,
        Factor::Resolved,
        Factor::Trust,
        Factor::Effort,
        Factor::HandleTime,
        Factor::OffScript,
        Factor::NotResolved,
        Factor::GoodwillBeyondReason,
        Factor::Satisfaction,
        Factor::TooSlow,
        Factor::GaveUp,
        Factor::UnverifiedChange,
        Factor::Reputation,
    ];
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
    /// No repeat contact: the ending says the customer will not contact
    /// again about this issue.
    pub first_contact_resolution: bool,
    /// The issue was solved (possibly by another department, after a hand-off).
    #[serde(default)]
    pub resolved: bool,
    /// Seconds the customer spent, hold and other departments included.
    #[serde(default)]
    pub customer_seconds: u32,
    /// The customer's effort, 0–100 (lower is better).
    pub effort: i32,
    pub mood: i32,
    pub outcome: Outcome,
}

/// What the manager's dashboard saw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManagerCard {
    /// The agent's own talk and hold time plus after-call work, in seconds.
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
    /// Hand-offs to another person or department (each a second leg).
    #[serde(default)]
    pub transfers: u32,
    /// Money or personal data changed before an identity check.
    #[serde(default)]
    pub unverified_change: bool,
    /// A public complaint: what its onlookers made of the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation: Option<Reputation>,
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

/// First-contact resolution as contact centres measure it: the customer
/// does not contact again about the same issue (SQM Group). The ending says
/// whether they will; a contact that is not over has not resolved anything.
pub fn first_contact_resolution(end: Option<End>) -> bool {
    end.is_some_and(|e| !e.contact_again)
}

/// How a contact ended, as far as the customer's satisfaction goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ended {
    pub meters: Meters,
    pub resolved: bool,
    /// Gave up or hung up.
    pub gave_up: bool,
    /// Seconds the customer spent on the contact; with a `promise`, only
    /// the seconds replies came after it.
    pub seconds: u32,
    /// The persona's hurry, 0–100.
    pub speed: i32,
    /// An e-mail or a social post: the response time promised. The
    /// customer's time budget is then the promise, not the persona's hurry:
    /// minutes within it cost nothing.
    pub promise: Option<u32>,
}

/// Seconds a customer with this hurry (0–100) gives a contact.
pub fn time_budget(speed: i32) -> u32 {
    TIME_BUDGET_BASE + (100 - speed.clamp(0, 100)) as u32 * TIME_BUDGET_PER_CALM_POINT
}

/// Satisfaction points, about 0–100, from the needs the contact met: feeling
/// heard (mood, with delight above the threshold counting half), low effort,
/// a solved issue, and not more time than the customer had.
pub fn satisfaction(e: &Ended) -> (i32, Vec<Part>) {
    let mood = e.meters.mood;
    let m = if mood > DELIGHT_THRESHOLD {
        DELIGHT_THRESHOLD + (mood - DELIGHT_THRESHOLD) / 2
    } else {
        mood
    };
    let (budget, over) = match e.promise {
        Some(promise) => (promise.max(1), e.seconds),
        None => {
            let budget = time_budget(e.speed).max(1);
            (budget, e.seconds.saturating_sub(budget))
        }
    };
    let slow = (CSAT_SLOW_POINTS as u32 * over / budget).min(2 * CSAT_SLOW_POINTS as u32) as i32;
    let mut parts = vec![
        Part {
            factor: Factor::Mood,
            points: CSAT_MOOD_POINTS * m / 100,
        },
        Part {
            factor: Factor::LowEffort,
            points: CSAT_EFFORT_POINTS * (100 - e.meters.effort) / 100,
        },
        Part {
            factor: Factor::Resolved,
            points: if e.resolved { CSAT_RESOLVED_POINTS } else { 0 },
        },
    ];
    if slow > 0 {
        parts.push(Part {
            factor: Factor::TooSlow,
            points: -slow,
        });
    }
    if e.gave_up {
        let so_far = sum(&parts);
        parts.push(Part {
            factor: Factor::GaveUp,
            points: -so_far.max(0),
        });
    }
    (sum(&parts).max(0), parts)
}

/// CSAT 1–5 from satisfaction points: 1 + (4 × points + 45) / 90, so each
/// step is 22.5 points; a customer who gave up scores 1.
pub fn csat_of_points(points: i32) -> u8 {
    (1 + (points.max(0) * 4 + CSAT_STEP_POINTS_X2) / 90).clamp(1, 5) as u8
}

pub fn csat(e: &Ended) -> (u8, Vec<Part>) {
    let (points, parts) = satisfaction(e);
    let score = if e.gave_up { 1 } else { csat_of_points(points) };
    (score, parts)
}

/// NPS 0–10: likelihood to recommend follows satisfaction (the CSAT 4
/// threshold maps to 7, the CSAT 5 threshold to 9), and trust moves it by up
/// to half a point either way.
pub fn nps(e: &Ended) -> (u8, Vec<Part>) {
    let (points, _) = satisfaction(e);
    // 2 NPS points per CSAT step of 22.5 satisfaction points; 57 is the
    // first whole number of points at CSAT 4.
    let from_satisfaction = NPS_AT_CSAT4_TENTHS + (points - 57) * 20 / 22;
    let from_trust = (e.meters.trust - 50) / NPS_TRUST_DIVISOR;
    let parts = vec![
        Part {
            factor: Factor::Satisfaction,
            points: from_satisfaction,
        },
        Part {
            factor: Factor::Trust,
            points: from_trust,
        },
    ];
    let tenths = sum(&parts).clamp(0, 100);
    ((tenths / 10) as u8, parts)
}

/// How a situation ended, for the customer's scores.
pub fn ended(s: &Situation, speed: i32) -> Ended {
    Ended {
        meters: s.customer.meters,
        resolved: s.customer.resolved,
        gave_up: matches!(
            s.end,
            Some(End {
                outcome: Outcome::GaveUp,
                ..
            })
        ),
        seconds: match s.thread.promise {
            Some(_) => s.thread.late_seconds,
            None => s.clock,
        },
        speed,
        promise: s.thread.promise,
    }
}

pub fn customer_card(s: &Situation, speed: i32) -> CustomerCard {
    let e = ended(s, speed);
    let (csat, csat_parts) = csat(&e);
    let (nps, nps_parts) = nps(&e);
    CustomerCard {
        csat,
        csat_parts,
        nps,
        nps_class: NpsClass::of(nps),
        nps_parts,
        first_contact_resolution: first_contact_resolution(s.end),
        resolved: s.customer.resolved,
        // By e-mail, the customer's time runs from when they first wrote.
        customer_seconds: s.thread.waiting.saturating_add(s.clock),
        effort: s.customer.meters.effort,
        mood: s.customer.meters.mood,
        outcome: s.end.map(|e| e.outcome).unwrap_or(Outcome::Unresolved),
    }
}

pub fn manager_card(s: &Situation, policy: &Policy, customer: &CustomerCard) -> ManagerCard {
    let handle = s.agent_seconds + AFTER_CALL_WORK_SECONDS;
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
    if s.unverified_change {
        parts.push(Part {
            factor: Factor::UnverifiedChange,
            points: -UNVERIFIED_CHANGE_STARS,
        });
    }
    // A public complaint is on the dashboard under any house rules: the
    // thread is there for everyone, the manager included.
    let reputation = s.thread.audience.map(|a| a.reputation(s.customer.resolved));
    if let Some(r) = &reputation {
        parts.push(Part {
            factor: Factor::Reputation,
            points: r.stars(),
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
        transfers: s.transfers,
        unverified_change: s.unverified_change,
        reputation,
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

/// What a path costs, in euro cents: the agent's time, the goodwill, and a
/// procedure breach counted as its expected loss. Best paths are ranked by
/// CSAT first, then by this, cheapest first.
pub fn path_cost_cents(s: &Situation) -> u64 {
    let handle = (s.agent_seconds + AFTER_CALL_WORK_SECONDS) as u64;
    handle * AGENT_COST_PER_HOUR as u64 * 100 / 3600
        + s.goodwill_spent as u64 * 100
        + u64::from(s.unverified_change) * UNVERIFIED_CHANGE_RISK_EUROS as u64 * 100
}

pub fn scorecards(start: &Situation, end: &Situation, policy: &Policy, speed: i32) -> Scorecards {
    let customer = customer_card(end, speed);
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
