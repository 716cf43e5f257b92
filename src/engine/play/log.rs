//! The answer log: every contact a trainee finishes outside an LMS, kept
//! with when each answer was given, so its xAPI statements and a summary
//! for a trainer can be made later by replaying it (`engine::lms::export`).
//! In an LMS the LMS keeps the record, and nothing is logged.

use serde::{Deserialize, Serialize};

use crate::engine::play::contact::ContactRecord;

/// How long the log may grow, in characters of JSON: a megabyte, about
/// 3,000 contacts of six answers (`docs/xapi.md`), a fifth of what a
/// browser keeps for the site. A contact finished when the log is full is
/// not kept but counted, and the trainee is told to export and clear it.
pub const LOG_LIMIT: usize = 1_000_000;

/// One finished contact in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedContact {
    /// The contact as played: scenario, house rules, setup with the seed,
    /// the choices, the revision and model it was played on, and `at`,
    /// when it started and when each answer was given.
    pub contact: ContactRecord,
    /// The track it was a step of, with the step's key (`Step::key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
}
