//! The customer model: how one answer changes the customer's meters.
//!
//! A choice carries declarative effects; the persona's traits and the kind of
//! contact then modulate them by fixed, explainable rules. The customer
//! remembers the contact so far ([`Memory`]): the same style or tone again is
//! worth less each time, and being brought back to a point the conversation
//! already passed puts the customer back where they were then, a little more
//! tired. Every adjustment is recorded with its reason so the debrief and the
//! "How the scores work" page can show where each point came from. Every
//! constant is listed, with its source or marked an assumption, in
//! `docs/model.md`.

use serde::{Deserialize, Serialize};

use crate::engine::model::scenario::{ContactKind, Effects, Meter, Meters, Style, Tone, Traits};
use crate::engine::wire::named::Named;

/// Returning to a point the conversation already passed costs this much
/// patience ("we are going round in circles").
pub const LOOP_PATIENCE_COST: i32 = 10;
/// … and this much mood.
pub const LOOP_MOOD_COST: i32 = 3;
/// An identity check asks the customer for details: this much effort.
pub const VERIFY_EFFORT: i32 = 3;
/// Where money or personal data is at stake, a check shows the customer
/// their account is guarded: this much trust.
pub const VERIFY_TRUST_AT_STAKE: i32 = 3;
/// The most mood goodwill can ever buy in one contact.
pub const GIFT_MOOD_MAX: i32 = 12;
/// Goodwill, in euros, that buys half of [`GIFT_MOOD_MAX`].
pub const GIFT_HALF_EUROS: i32 = 5;

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
    /// Goodwill pleases, with diminishing returns: the first euros count most.
    Goodwill,
    /// The same style again is worth less than the first time.
    SameStyleAgain,
    /// The same tone again (small talk, brisk) is worth less each time.
    SameToneAgain,
    /// An identity check asks the customer for details.
    IdentityCheck,
    /// With money or personal data at stake, a check reassures.
    IdentityProtects,
    /// Back at a point already passed: what was gained since is gone.
    BackWhereWeWere,
    /// Going round in circles costs patience and mood.
    GoingInCircles,
    /// An e-mail or a social post answered after the promised response
    /// time ran out (`engine::play::channel`).
    ReplyLate,
}

impl Reason {
    /// Every reason, for documentation checks.
    pub const ALL: [Reason; 22] = [
        Reason::Base,
        Reason::PaceMatchesSpeed,
        Reason::RushedComplexIssue,
        Reason::WarmthWelcomed,
        Reason::WarmthTakesTime,
        Reason::ScriptInComplexContact,
        Reason::ScriptInComplaint,
        Reason::AutonomyBuildsTrust,
        Reason::HandOffAddsEffort,
        Reason::DeflectionDisappoints,
        Reason::SmallTalk,
        Reason::SmallTalkCostsPatience,
        Reason::Brisk,
        Reason::TimeDrainsPatience,
        Reason::Goodwill,
        Reason::SameStyleAgain,
        Reason::SameToneAgain,
        Reason::IdentityCheck,
        Reason::IdentityProtects,
        Reason::BackWhereWeWere,
        Reason::GoingInCircles,
        Reason::ReplyLate,
    ];
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

/// What the customer remembers of the contact so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Memory {
    /// Answers given in each style, in `Style::ALL` order.
    pub styles: [u8; 6],
    /// Answers with small talk, and brisk ones.
    pub tones: [u8; 2],
    /// Each node reached so far, with the customer's meters when first
    /// reached and whether the issue was solved by then.
    pub visited: Vec<(u32, Meters, bool)>,
    /// The conversation came back to a node it had passed (a loop).
    pub looped: bool,
}

impl Memory {
    pub fn times_in_style(&self, style: Style) -> u8 {
        self.styles[style_index(style)]
    }

    fn times_in_tone(&self, tone: Tone) -> u8 {
        self.tones[tone_index(tone)]
    }

    /// Remember an answer given.
    pub fn answered(&mut self, style: Style, tones: &[Tone]) {
        let i = style_index(style);
        self.styles[i] = self.styles[i].saturating_add(1);
        for t in tones {
            let i = tone_index(*t);
            self.tones[i] = self.tones[i].saturating_add(1);
        }
    }

    /// The meters the customer had when the conversation first reached
    /// `node`, and whether the issue was solved by then.
    pub fn first_visit(&self, node: usize) -> Option<(Meters, bool)> {
        self.visited
            .iter()
            .find(|(n, _, _)| *n as usize == node)
            .map(|(_, m, solved)| (*m, *solved))
    }
}

fn style_index(style: Style) -> usize {
    Style::ALL.iter().position(|s| *s == style).unwrap_or(0)
}

fn tone_index(tone: Tone) -> usize {
    match tone {
        Tone::SmallTalk => 0,
        Tone::Brisk => 1,
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

/// Whether a change to a meter is good for the customer (effort is the
/// customer's effort, so less is better).
pub fn is_gain(meter: Meter, amount: i32) -> bool {
    match meter {
        Meter::Effort => amount < 0,
        _ => amount > 0,
    }
}

/// Everything the customer model needs to know about an answer.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    pub style: Style,
    pub tone: &'a [Tone],
    pub effects: Effects,
    /// Seconds of this answer that wear on the customer's patience: all of
    /// them on the phone (talk, hold or a second leg), fewer in a chat, none
    /// in an e-mail (`engine::play::channel::patience_seconds`).
    pub seconds: u32,
    /// Goodwill handed out with this answer, in euros.
    pub goodwill: u32,
    /// Goodwill handed out earlier in this contact, in euros.
    pub goodwill_before: u32,
    /// This answer checks the customer's identity.
    pub verifies: bool,
    /// Money or personal data is at stake in this contact.
    pub at_stake: bool,
}

impl<'a> Answer<'a> {
    /// An answer with no goodwill and no procedure.
    pub fn plain(style: Style, tone: &'a [Tone], effects: Effects, seconds: u32) -> Self {
        Answer {
            style,
            tone,
            effects,
            seconds,
            goodwill: 0,
            goodwill_before: 0,
            verifies: false,
            at_stake: false,
        }
    }
}

/// Mood bought by `euros` of goodwill in one contact: rises steeply for the
/// first euros and levels off towards [`GIFT_MOOD_MAX`] (Dixon, Freeman &
/// Toman 2010: exceeding expectations adds little over meeting them).
pub fn gift_mood(euros: u32) -> i32 {
    let e = euros.min(100_000) as i32;
    (GIFT_MOOD_MAX * e + (e + GIFT_HALF_EUROS) / 2) / (e + GIFT_HALF_EUROS).max(1)
}

/// Rules that describe how a style or tone lands with this persona; these are
/// the ones that wear off when repeated.
fn wears_off(reason: Reason) -> Option<Reason> {
    match reason {
        Reason::PaceMatchesSpeed | Reason::WarmthWelcomed | Reason::AutonomyBuildsTrust => {
            Some(Reason::SameStyleAgain)
        }
        Reason::SmallTalk | Reason::Brisk => Some(Reason::SameToneAgain),
        _ => None,
    }
}

/// How the persona, the kind of contact and the customer's memory modulate
/// an answer.
pub fn adjustments(
    traits: &Traits,
    kind: ContactKind,
    answer: &Answer,
    memory: &Memory,
) -> Vec<Adjustment> {
    let mut out = Vec::with_capacity(10);
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
    if answer.goodwill > 0 {
        add(
            Reason::Goodwill,
            Meter::Mood,
            gift_mood(answer.goodwill_before + answer.goodwill) - gift_mood(answer.goodwill_before),
        );
    }
    if answer.verifies {
        add(Reason::IdentityCheck, Meter::Effort, VERIFY_EFFORT);
        if answer.at_stake {
            add(
                Reason::IdentityProtects,
                Meter::Trust,
                VERIFY_TRUST_AT_STAKE,
            );
        }
    }

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
        // An identity check is procedure, the same in any centre: it is not
        // held against the script.
        Style::Scripted if answer.verifies => {}
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
    // Memory: the k-th time in the same style or tone, its pleasant side is
    // worth 1/k of the first time. The unpleasant side does not wear off.
    let worn: Vec<Adjustment> = out
        .iter()
        .filter(|a| is_gain(a.meter, a.amount))
        .filter_map(|a| {
            let again = wears_off(a.reason)?;
            let before = if again == Reason::SameStyleAgain {
                memory.times_in_style(answer.style)
            } else {
                answer
                    .tone
                    .iter()
                    .map(|t| memory.times_in_tone(*t))
                    .max()
                    .unwrap_or(0)
            } as i32;
            let kept = a.amount / (before + 1);
            (kept != a.amount).then_some(Adjustment {
                reason: again,
                meter: a.meter,
                amount: kept - a.amount,
            })
        })
        .collect();
    out.extend(worn);
    let drain = (answer.seconds as i64 * speed.clamp(0, 100) as i64 / 600) as i32;
    if drain != 0 {
        out.push(Adjustment {
            reason: Reason::TimeDrainsPatience,
            meter: Meter::Patience,
            amount: -drain,
        });
    }
    out
}

/// Arriving at a node the conversation already passed: whatever the customer
/// gained since then is gone (they are back where they were), and going
/// round in circles costs patience and mood. Nothing on a first visit.
pub fn on_arrival(now: &Meters, first_visit: Option<Meters>) -> Vec<Adjustment> {
    let Some(then) = first_visit else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for meter in Meter::ALL {
        let (a, b) = (now.get(*meter), then.get(*meter));
        let gained = if *meter == Meter::Effort {
            b - a
        } else {
            a - b
        };
        if gained > 0 {
            let amount = if *meter == Meter::Effort {
                gained
            } else {
                -gained
            };
            out.push(Adjustment {
                reason: Reason::BackWhereWeWere,
                meter: *meter,
                amount,
            });
        }
    }
    out.push(Adjustment {
        reason: Reason::GoingInCircles,
        meter: Meter::Patience,
        amount: -LOOP_PATIENCE_COST,
    });
    out.push(Adjustment {
        reason: Reason::GoingInCircles,
        meter: Meter::Mood,
        amount: -LOOP_MOOD_COST,
    });
    out
}

/// Apply adjustments to a state, clamping every meter to 0–100.
pub fn apply(state: CustomerState, adjustments: &[Adjustment], resolves: bool) -> CustomerState {
    let mut m = state.meters;
    for a in adjustments {
        let slot = match a.meter {
            Meter::Mood => &mut m.mood,
            Meter::Patience => &mut m.patience,
            Meter::Trust => &mut m.trust,
            Meter::Effort => &mut m.effort,
        };
        *slot = slot.saturating_add(a.amount);
    }
    CustomerState {
        meters: clamp_meters(m),
        resolved: state.resolved || resolves,
    }
}

/// Apply an answer to the customer: the new state and the adjustments made.
pub fn respond(
    state: CustomerState,
    traits: &Traits,
    kind: ContactKind,
    answer: &Answer,
    memory: &Memory,
) -> (CustomerState, Vec<Adjustment>) {
    let adj = adjustments(traits, kind, answer, memory);
    (apply(state, &adj, answer.effects.resolves), adj)
}
