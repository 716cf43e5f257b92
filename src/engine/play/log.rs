//! The answer log: every contact a trainee finishes outside an LMS, kept
//! with when each answer was given, so its xAPI statements and a summary
//! for a trainer can be made later by replaying it (`engine::lms::export`).
//! In an LMS the LMS keeps the record, and nothing is logged.

use serde::{Deserialize, Serialize};

use crate::engine::model::track::Step;
use crate::engine::play::contact::ContactRecord;

/// How long the log may grow, in characters of JSON: a megabyte, about
/// 3,000 contacts of six answers (`docs/xapi.md`), a fifth of what a
/// browser keeps for the site. When it is full, contacts finished are not
/// kept, and the trainee is told to export and clear it.
pub const LOG_LIMIT: usize = 1_000_000;

/// One finished contact in the log, written as the pair
/// `[contact, step]` (`Entry`: the game writes it without naming fields).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    from = "(ContactRecord, Option<TrackStep>)",
    into = "(ContactRecord, Option<TrackStep>)"
)]
pub struct LoggedContact {
    /// The contact as played: scenario, house rules, setup with the seed,
    /// the choices, the revision and model it was played on, and `at`,
    /// when it started and when each answer was given.
    pub contact: ContactRecord,
    /// The track step it was, if any.
    pub step: Option<TrackStep>,
}

/// A log entry as the game writes it: the record and the step, borrowed.
pub type Entry<'a> = (&'a ContactRecord, &'a Option<TrackStep>);

impl From<(ContactRecord, Option<TrackStep>)> for LoggedContact {
    fn from((contact, step): (ContactRecord, Option<TrackStep>)) -> Self {
        LoggedContact { contact, step }
    }
}

impl From<LoggedContact> for (ContactRecord, Option<TrackStep>) {
    fn from(l: LoggedContact) -> Self {
        (l.contact, l.step)
    }
}

/// A step of a track in play: the track's id and the step itself (so the
/// shift page, which does not read the tracks, knows what to plan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackStep {
    pub track: String,
    pub step: Step,
}

/// The times in a record's `at` (`ContactRecord::at`), in milliseconds
/// since 1970: the contact's start and each answer. A record stamped only
/// from some answer on (resumed after the log came in) lacks the first
/// times: they are taken as the first one there is.
pub fn times(at: &str, answers: usize) -> Vec<u64> {
    let known: Vec<u64> = at.split(' ').filter_map(|t| t.parse().ok()).collect();
    let wanted = answers + 1;
    let missing = wanted.saturating_sub(known.len());
    let extra = known.len().saturating_sub(wanted);
    let first = known.get(extra).copied().unwrap_or(0);
    std::iter::repeat_n(first, missing)
        .chain(known.into_iter().skip(extra))
        .collect()
}
