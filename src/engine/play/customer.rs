//! The customer model: how one answer changes the customer's meters.
//!
//! A choice carries declarative effects; the persona's traits and the kind of
//! contact then modulate them by fixed, explainable rules. Every adjustment
//! is recorded with its reason so the debrief and the "How the scores work"
//! page can show where each point came from.

use serde::{Deserialize, Serialize};

use crate::engine::model::scenario::{ContactKind, Effects, Meter, Meters, Style, Tone, Traits};

/// Why the persona changed the effect of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The effects written on the choice itself.
    Base,
    /// A hurried customer likes a quick answer; an unhurried one less so.
    PaceMatchesSpeed,
    /// Rushing a complex problem leaves the customer unsure it is solved.
    RushedComplexIssue,
    /// Empathy lands in proportion to how much the customer wants warmth.
    WarmthWelcomed,
    /// A hurried customer loses patience with long empathetic answers.
    WarmthTakesTime,
    /// Scripts are neutral in routine contacts and hurt in complex ones.
    ScriptInComplexContact,
    /// Scripts hurt most in complaint contacts.
    ScriptInComplaint,
    /// Acting on your own authority builds trust, more so in complex cases.
    AutonomyBuildsTrust,
    /// Being handed on makes the customer explain things again.
    HandOffAddsEffort,
    /// Deflecting disappoints, more so when expectations are high.
    DeflectionDisappoints,
    /// Small talk delights a warm customer and annoys a hurried one.
    SmallTalk,
    /// Small talk costs a hurried customer patience.
    SmallTalkCostsPatience,
    /// Getting to the point suits a hurried, business-like customer.
    Brisk,
    /// Time passing drains the patience of customers in a hurry.
    TimeDrainsPatience,
}

/// One change to one meter, with its reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adjustment {
    pub reason: Reason,
    pub meter: Meter,
    pub amount: i32,
}

/// The customer's state during a contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CustomerState {
    pub meters: Meters,
    pub resolved: bool,
}

impl CustomerState {
    pub fn new(meters: Meters) -> Self {
        CustomerState {
            meters: clamp_meters(meters),
            resolved: false,
        }
    }

    pub fn gave_up(&self) -> bool {
        self.meters.patience <= 0
    }
}

fn clamp_meters(m: Meters) -> Meters {
    Meters {
        mood: m.mood.clamp(0, 100),
        patience: m.patience.clamp(0, 100),
        trust: m.trust.clamp(0, 100),
        effort: m.effort.clamp(0, 100),
    }
}

/// Everything the customer model needs to know about an answer.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    pub style: Style,
    pub tone: &'a [Tone],
    pub effects: Effects,
    pub seconds: u32,
}

/// How the persona and the kind of contact modulate an answer.
pub fn adjustments(traits: &Traits, kind: ContactKind, answer: &Answer) -> Vec<Adjustment> {
    let mut out = Vec::with_capacity(8);
    let mut add = |reason, meter, amount: i32| {
        if amount != 0 {
            out.push(Adjustment {
                reason,
                meter,
                amount,
            });
        }
    };
    let e = answer.effects;
    add(Reason::Base, Meter::Mood, e.mood);
    add(Reason::Base, Meter::Patience, e.patience);
    add(Reason::Base, Meter::Trust, e.trust);
    add(Reason::Base, Meter::Effort, e.effort);

    let (speed, warmth, expectations, complexity) = (
        traits.speed,
        traits.warmth,
        traits.expectations,
        traits.complexity,
    );
    match answer.style {
        Style::Efficient => {
            add(Reason::PaceMatchesSpeed, Meter::Mood, (speed - 50) / 10);
            if complexity > 50 {
                add(
                    Reason::RushedComplexIssue,
                    Meter::Mood,
                    -(complexity - 50) / 10,
                );
                add(
                    Reason::RushedComplexIssue,
                    Meter::Trust,
                    -(complexity - 50) / 10,
                );
            }
        }
        Style::Empathetic => {
            add(Reason::WarmthWelcomed, Meter::Mood, (warmth - 30) / 10);
            if speed > 60 {
                add(Reason::WarmthTakesTime, Meter::Patience, -(speed - 60) / 5);
            }
        }
        Style::Scripted => match kind {
            ContactKind::Routine => {}
            ContactKind::Complex => {
                add(
                    Reason::ScriptInComplexContact,
                    Meter::Mood,
                    -(3 + complexity / 20 + expectations / 25),
                );
                add(Reason::ScriptInComplexContact, Meter::Trust, -3);
            }
            ContactKind::Complaint => {
                add(
                    Reason::ScriptInComplaint,
                    Meter::Mood,
                    -(5 + complexity / 20 + expectations / 25),
                );
                add(Reason::ScriptInComplaint, Meter::Trust, -4);
            }
        },
        Style::Autonomous => {
            add(
                Reason::AutonomyBuildsTrust,
                Meter::Trust,
                2 + complexity / 20,
            );
        }
        Style::Escalate => {
            add(
                Reason::HandOffAddsEffort,
                Meter::Effort,
                3 + complexity / 25,
            );
        }
        Style::Deflect => {
            add(
                Reason::DeflectionDisappoints,
                Meter::Mood,
                -(expectations / 10),
            );
            add(Reason::DeflectionDisappoints, Meter::Trust, -3);
        }
    }
    for tone in answer.tone {
        match tone {
            Tone::SmallTalk => {
                add(Reason::SmallTalk, Meter::Mood, (warmth - speed) / 8);
                add(
                    Reason::SmallTalkCostsPatience,
                    Meter::Patience,
                    -(speed / 10),
                );
            }
            Tone::Brisk => add(Reason::Brisk, Meter::Mood, (speed - warmth) / 10),
        }
    }
    let drain = (answer.seconds as i64 * speed.clamp(0, 100) as i64 / 600) as i32;
    add(Reason::TimeDrainsPatience, Meter::Patience, -drain);
    out
}

/// Apply an answer to the customer: the new state and the adjustments made.
pub fn respond(
    state: CustomerState,
    traits: &Traits,
    kind: ContactKind,
    answer: &Answer,
) -> (CustomerState, Vec<Adjustment>) {
    let adj = adjustments(traits, kind, answer);
    let mut m = state.meters;
    for a in &adj {
        let slot = match a.meter {
            Meter::Mood => &mut m.mood,
            Meter::Patience => &mut m.patience,
            Meter::Trust => &mut m.trust,
            Meter::Effort => &mut m.effort,
        };
        *slot = slot.saturating_add(a.amount);
    }
    let next = CustomerState {
        meters: clamp_meters(m),
        resolved: state.resolved || answer.effects.resolves,
    };
    (next, adj)
}
