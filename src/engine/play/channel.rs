//! How the channel shapes the customer's time. On the phone every second
//! of an answer wears on the customer's patience. In a chat both sides type
//! at once and a short wait is normal, so patience wears more slowly. An
//! e-mail or a social post is asynchronous: the customer is not on the line
//! but waiting for a reply against a promised response time (seed 004:
//! Bol.com answers e-mail and chat within the promised time, Independer
//! e-mail within four hours), so only a late reply costs anything. Every
//! constant is on the model card, `docs/model.md`.

use crate::engine::model::scenario::{Channel, Meter, Scenario};
use crate::engine::play::audience::Onlookers;
use crate::engine::play::customer::{Adjustment, Reason};

/// In a chat, the share (percent) of the phone's patience drain an answer
/// costs: the customer does something else while the agent types.
pub const CHAT_DRAIN_PERCENT: u32 = 50;
/// In a chat, the first seconds of each answer cost no patience at all:
/// the customer is typing too.
pub const CHAT_FREE_SECONDS: u32 = 20;
/// The usual promise for an e-mail when the scenario names none, in
/// seconds (seed 004: Independer answers e-mail within four hours).
pub const EMAIL_REPLY_WITHIN: u32 = 4 * 3600;
/// The usual promise for a public social post, in seconds.
pub const SOCIAL_REPLY_WITHIN: u32 = 3600;
/// A reply after the promise ran out: this much mood, …
pub const LATE_MOOD: i32 = 8;
/// … this much trust (a promise was broken, seed 002) …
pub const LATE_TRUST: i32 = 6;
/// … and this much patience, once per late reply.
pub const LATE_PATIENCE: i32 = 10;

/// The promise a channel usually makes, for the asynchronous ones.
pub fn usual_promise(channel: Channel) -> Option<u32> {
    match channel {
        Channel::Email => Some(EMAIL_REPLY_WITHIN),
        Channel::Social => Some(SOCIAL_REPLY_WITHIN),
        Channel::Phone | Channel::Chat => None,
    }
}

/// The response time promised in this scenario; `None` on the phone or in
/// a chat, where the customer is there and waits by the second.
pub fn promise(scenario: &Scenario) -> Option<u32> {
    let usual = usual_promise(scenario.channel)?;
    Some(scenario.reply_within.unwrap_or(usual).max(1))
}

/// The conversation as the channel keeps it: the promise, how long the
/// customer's latest message has waited, the late replies, and who watches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Thread {
    /// The response time promised (asynchronous channels only).
    pub promise: Option<u32>,
    /// Seconds the customer's latest message had waited when the agent
    /// opened it: the scenario's `waiting` for the first one; later ones
    /// arrive as the agent's reply does (the game does not skip ahead), so 0.
    pub waited: u32,
    /// Seconds the customer waited before the contact began.
    pub waiting: u32,
    /// Replies sent after the promise ran out.
    pub late_replies: u32,
    /// Seconds past the promise, summed over the late replies.
    pub late_seconds: u32,
    /// Who watches a public thread.
    pub audience: Option<Onlookers>,
}

impl Thread {
    /// The thread as the agent opens it, `queued` seconds after the
    /// message reached the queue (a shift's; 0 outside one).
    pub fn start(scenario: &Scenario, queued: u32) -> Self {
        let promise = promise(scenario);
        let waiting = if promise.is_some() {
            scenario.waiting.saturating_add(queued)
        } else {
            0
        };
        Thread {
            promise,
            waited: waiting,
            waiting,
            late_replies: 0,
            late_seconds: 0,
            audience: Onlookers::start(scenario),
        }
    }

    /// Seconds of promise left for the message the agent is answering;
    /// `None` where nothing was promised.
    pub fn time_left(&self) -> Option<u32> {
        self.promise.map(|p| p.saturating_sub(self.waited))
    }

    /// How late a reply taking `seconds` is (0 when in time).
    pub fn late_by(&self, seconds: u32) -> u32 {
        self.promise
            .map_or(0, |p| self.waited.saturating_add(seconds).saturating_sub(p))
    }

    /// The thread after a reply taking `seconds`, and what lateness cost.
    pub fn replied(&self, seconds: u32) -> (Thread, Vec<Adjustment>) {
        let late = self.late_by(seconds);
        let mut next = *self;
        next.waited = 0;
        if late == 0 {
            return (next, Vec::new());
        }
        next.late_replies += 1;
        next.late_seconds = next.late_seconds.saturating_add(late);
        let cost = [
            (Meter::Mood, LATE_MOOD),
            (Meter::Trust, LATE_TRUST),
            (Meter::Patience, LATE_PATIENCE),
        ]
        .map(|(meter, amount)| Adjustment {
            reason: Reason::ReplyLate,
            meter,
            amount: -amount,
        });
        (next, cost.to_vec())
    }
}

/// Of an answer's seconds, those that wear on the customer's patience (the
/// phone's rate of drain applies to them): all on the phone, fewer in a
/// chat, none where the customer is not waiting on the line.
pub fn patience_seconds(channel: Channel, seconds: u32) -> u32 {
    match channel {
        Channel::Phone => seconds,
        Channel::Chat => seconds.saturating_sub(CHAT_FREE_SECONDS) * CHAT_DRAIN_PERCENT / 100,
        Channel::Email | Channel::Social => 0,
    }
}
