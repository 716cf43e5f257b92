//! The statements waiting for the LRS (issue 19, item 3): every statement
//! goes in here first, and leaves only once the LRS has said it stored it.
//! Pure: the page keeps the queue's document in the browser's storage, asks
//! it what to send next, and tells it what the LRS answered.
//!
//! - order: statements leave in the order they came (an LRS orders by
//!   `stored`, and cmi5 wants `initialized` first and `terminated` last);
//! - no duplicates: a statement whose id is already waiting is not queued
//!   again (ids are deterministic, `xapi::statement_id`), and the LRS keeps
//!   one copy of a statement sent twice;
//! - nothing lost: a statement the LRS refuses for what it is (a 400) is
//!   moved aside, kept in the document, not dropped, and no longer holds
//!   up the others.

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const QUEUE_FORMAT: u32 = 1;

/// The statements not yet stored by the LRS, in order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    pub v: u32,
    #[serde(default)]
    waiting: Vec<Value>,
    /// Refused by the LRS as malformed: kept for whoever looks into it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    refused: Vec<Value>,
}

fn id(statement: &Value) -> Option<&str> {
    statement.get("id").and_then(Value::as_str)
}

impl Queue {
    pub fn new() -> Self {
        Queue {
            v: QUEUE_FORMAT,
            ..Queue::default()
        }
    }

    /// Queue a statement behind the others; `false` (and nothing queued)
    /// when one with the same id is waiting already.
    pub fn push(&mut self, statement: Value) -> bool {
        if let Some(new) = id(&statement) {
            if self.waiting.iter().any(|s| id(s) == Some(new)) {
                return false;
            }
        }
        self.waiting.push(statement);
        true
    }

    /// The next statements to send, oldest first, at most `max`.
    pub fn next(&self, max: usize) -> &[Value] {
        &self.waiting[..self.waiting.len().min(max)]
    }

    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// The LRS stored these (or has them already): they leave the queue.
    pub fn acknowledge(&mut self, stored: &[String]) {
        self.waiting
            .retain(|s| !id(s).is_some_and(|i| stored.iter().any(|x| x == i)));
    }

    /// The LRS refused this statement for what it is: set it aside, so the
    /// ones behind it can go.
    pub fn refuse(&mut self, statement_id: &str) {
        if let Some(at) = self
            .waiting
            .iter()
            .position(|s| id(s) == Some(statement_id))
        {
            let s = self.waiting.remove(at);
            self.refused.push(s);
        }
    }

    /// Take a statement back before it was sent (a session's `terminated`
    /// after a reload that carries the session on); whether it was there.
    pub fn withdraw(&mut self, statement_id: &str) -> bool {
        let before = self.waiting.len();
        self.waiting.retain(|s| id(s) != Some(statement_id));
        self.waiting.len() != before
    }

    /// Statements the LRS refused.
    pub fn refused(&self) -> &[Value] {
        &self.refused
    }

    /// Nothing waiting and nothing refused: the stored copy can go.
    pub fn is_spent(&self) -> bool {
        self.waiting.is_empty() && self.refused.is_empty()
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| unreachable!("plain data serialises"))
    }

    /// The stored queue. Nothing stored is an empty queue; a document that
    /// does not read is an error, and the caller keeps it aside rather than
    /// writing over it.
    pub fn decode(raw: Option<&str>) -> Result<Queue, String> {
        let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
            return Ok(Queue::new());
        };
        let q: Queue = serde_json::from_str(raw).map_err(|e| format!("statement queue: {e}"))?;
        if q.v > QUEUE_FORMAT {
            return Err(format!(
                "statement queue format {} is newer than this game's {QUEUE_FORMAT}",
                q.v
            ));
        }
        Ok(q)
    }
}

/// Where a queue is kept in the browser: one per registration, so two
/// courses (or two learners) on one workstation never mix.
pub fn storage_key(registration: &str) -> String {
    format!("frontline.xapi.queue.{registration}")
}

/// How long to wait before trying again after `failures` failed attempts
/// in a row: 2 s, doubling, at most a minute. The browser's `online` event
/// and the trainee's next action try sooner.
pub fn retry_after_ms(failures: u32) -> u32 {
    2_000u32
        .saturating_mul(1 << failures.saturating_sub(1).min(5))
        .min(60_000)
}

/// Why the last attempt failed, as far as a browser can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The browser says it is offline.
    Offline,
    /// No answer: the LRS is down or unreachable, or refuses this page's
    /// origin (a browser does not tell a CORS refusal from a network error).
    Unreachable,
    /// 401 or 403: the credentials were refused (an expired token).
    Credentials,
    /// Another answer (5xx, or an unexpected one).
    Other(u16),
}

/// What the LRS's answer to one statement means for the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Stored. A 409 counts: the LRS has a statement with that id already,
    /// and sending it again will never change that.
    Stored,
    /// 400: the statement itself is refused (`Queue::refuse`).
    Refused,
    /// Try again later.
    Failed(Failure),
}

impl Outcome {
    pub fn of_status(status: u16) -> Outcome {
        match status {
            200..=299 | 409 => Outcome::Stored,
            400 => Outcome::Refused,
            401 | 403 => Outcome::Failed(Failure::Credentials),
            s => Outcome::Failed(Failure::Other(s)),
        }
    }
}

/// What the trainee is told about the records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Everything sent (or nothing to send).
    Sent,
    /// `count` statements wait; play goes on.
    Waiting { count: usize, why: Failure },
    /// The LMS's session was closed in an earlier load of this page.
    Ended,
}
