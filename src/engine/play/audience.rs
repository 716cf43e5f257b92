//! The onlookers of a public complaint (a social post with an `audience`).
//! Customers now reach companies on Twitter, Facebook and blogs, in front of
//! everyone who follows them (seed 002), so what the company writes there
//! is read by more people than the customer. Their reactions are one net
//! figure, −100 (all against the company) to 100 (all for it): they start
//! from how aggressive the post is and move with each public reply by its
//! style; a reply in direct messages is out of their view. At the end, a
//! complaint never answered in public counts against the company, and one
//! acknowledged in public and then solved lets the customer close the
//! thread. Every constant and rule is on the model card, `docs/model.md`.

use serde::{Deserialize, Serialize};

use crate::engine::model::scenario::{Channel, Scenario, Style};

/// A public reply in each style moves the onlookers this much: empathy …
pub const APPROVAL_EMPATHETIC: i32 = 20;
/// … acting on it in front of everyone …
pub const APPROVAL_AUTONOMOUS: i32 = 25;
/// … a quick, to-the-point reply …
pub const APPROVAL_EFFICIENT: i32 = 5;
/// … the template everyone recognises (against) …
pub const BACKLASH_SCRIPTED: i32 = 10;
/// … passing it to another department in public (against) …
pub const BACKLASH_ESCALATE: i32 = 10;
/// … and a defensive answer, which invites a pile-on (against).
pub const BACKLASH_DEFLECT: i32 = 25;
/// A complaint with no public reply at all stays visibly unanswered.
pub const UNANSWERED_IN_PUBLIC: i32 = 25;
/// Acknowledged in public, then solved: the customer closes the thread.
pub const CLOSED_IN_PUBLIC: i32 = 20;
/// Net reactions per star on the manager's rating (at most one star up,
/// two down).
pub const REPUTATION_PER_STAR: i32 = 40;

/// The rules that move the onlookers, as the debrief names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AudienceRule {
    /// The post itself: the angrier, the more onlookers take the
    /// customer's side (−aggression of the opening post).
    AngryPost,
    /// Public replies that onlookers approve of (empathetic, autonomous,
    /// efficient).
    PublicApproval,
    /// Public replies that draw backlash (scripted, escalate, deflect).
    PublicBacklash,
    /// No public reply at all: the complaint stays up unanswered.
    LeftUnanswered,
    /// Acknowledged in public, then solved: the customer closes the thread.
    ClosedInPublic,
}

impl AudienceRule {
    /// Every rule, for documentation checks.
    pub const ALL: [AudienceRule; 5] = [
        AudienceRule::AngryPost,
        AudienceRule::PublicApproval,
        AudienceRule::PublicBacklash,
        AudienceRule::LeftUnanswered,
        AudienceRule::ClosedInPublic,
    ];
}

/// How a public reply in this style moves the onlookers.
pub fn public_reaction(style: Style) -> i32 {
    match style {
        Style::Empathetic => APPROVAL_EMPATHETIC,
        Style::Autonomous => APPROVAL_AUTONOMOUS,
        Style::Efficient => APPROVAL_EFFICIENT,
        Style::Scripted => -BACKLASH_SCRIPTED,
        Style::Escalate => -BACKLASH_ESCALATE,
        Style::Deflect => -BACKLASH_DEFLECT,
    }
}

/// The onlookers of a public thread during a contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Onlookers {
    pub watching: u32,
    /// Where they started: −aggression of the opening post.
    pub post: i32,
    /// Summed approval and backlash of the public replies so far.
    pub approval: i32,
    pub backlash: i32,
    pub public_replies: u32,
    /// A public reply has owned the complaint (empathetic or autonomous).
    pub acknowledged: bool,
    /// The issue was solved before anything was acknowledged in public: the
    /// thread never saw the company own it.
    pub fixed_unseen: bool,
}

impl Onlookers {
    /// The onlookers of a social scenario with an audience; none otherwise.
    pub fn start(scenario: &Scenario) -> Option<Self> {
        let audience = scenario
            .audience
            .filter(|_| scenario.channel == Channel::Social)?;
        let opening = scenario
            .start_index
            .and_then(|i| scenario.nodes.get(i))
            .map_or(0, |n| n.aggression.clamp(0, 100));
        Some(Onlookers {
            watching: audience.watching,
            post: -opening,
            approval: 0,
            backlash: 0,
            public_replies: 0,
            acknowledged: false,
            fixed_unseen: false,
        })
    }

    /// Their net reactions now, −100…100.
    pub fn reactions(&self) -> i32 {
        (self.post + self.approval - self.backlash).clamp(-100, 100)
    }

    /// After a reply: a public one moves them by its style, a private one
    /// not at all. `resolves`: the reply solves the customer's issue.
    pub fn replied(&self, style: Style, private: bool, resolves: bool) -> Onlookers {
        let mut next = *self;
        if !private {
            let moved = public_reaction(style);
            if moved > 0 {
                next.approval += moved;
            } else {
                next.backlash -= moved;
            }
            next.public_replies += 1;
            next.acknowledged |= matches!(style, Style::Empathetic | Style::Autonomous);
        }
        next.fixed_unseen |= resolves && !next.acknowledged;
        next
    }

    /// Where the thread ends, by rule: `resolved`, the customer's issue
    /// was solved in this contact.
    pub fn reputation(&self, resolved: bool) -> Reputation {
        let end = if self.public_replies == 0 {
            -UNANSWERED_IN_PUBLIC
        } else if resolved && self.acknowledged && !self.fixed_unseen {
            CLOSED_IN_PUBLIC
        } else {
            0
        };
        let parts = [
            (AudienceRule::AngryPost, self.post),
            (AudienceRule::PublicApproval, self.approval),
            (AudienceRule::PublicBacklash, -self.backlash),
            (AudienceRule::LeftUnanswered, end.min(0)),
            (AudienceRule::ClosedInPublic, end.max(0)),
        ];
        let net = parts.iter().map(|(_, p)| p).sum::<i32>().clamp(-100, 100);
        Reputation {
            net,
            watching: self.watching,
            parts,
        }
    }
}

/// What the onlookers made of the thread at the end of the contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reputation {
    /// Net reactions, −100…100.
    pub net: i32,
    /// How many people saw the thread.
    pub watching: u32,
    /// Where the net figure comes from, rule by rule (0 where a rule did
    /// not apply). An array, not a list: the game builds it on every
    /// debrief, and a fixed size costs its wasm less.
    pub parts: [(AudienceRule, i32); 5],
}

impl Reputation {
    /// Stars this is worth on the manager's rating: one per
    /// [`REPUTATION_PER_STAR`] of net reactions, at most one up and two down.
    pub fn stars(&self) -> i32 {
        (self.net / REPUTATION_PER_STAR).clamp(-2, 1)
    }
}
