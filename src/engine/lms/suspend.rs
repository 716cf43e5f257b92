//! The learner's progress in a package, as `suspend_data`: the packaged
//! track's step results and the contact left unfinished, if any, or the
//! shift of a shift step in progress with its customer on the line. In an LMS
//! the LMS is the record: nothing personal stays in the browser, so this is
//! all a relaunch has to go on.
//!
//! SCORM 1.2 keeps at most 4,096 characters. When a trainer's long track
//! would not fit with the unfinished contact, the contact is dropped and the
//! track's progress kept (the trainee replays that one contact); a shift's
//! customer on the line is dropped first (the shift takes the same customer
//! from its queue afresh), then the shift itself (the shift step starts
//! again); a track whose results alone cannot fit is refused when it is
//! packaged ([`track_fits`]).

use serde::{Deserialize, Serialize};

use crate::engine::lms::Standard;
use crate::engine::model::track::Track;
use crate::engine::play::contact::ContactRecord;
use crate::engine::play::shift::Shift;
use crate::engine::wire::keyed::Keyed;

pub const SUSPEND_FORMAT: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Suspended {
    pub v: u32,
    /// The packaged track's results so far, keyed by step, in tenths of CSAT.
    #[serde(default)]
    pub results: Keyed<u8>,
    /// The contact the trainee was in when they left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unfinished: Option<ContactRecord>,
    /// The shift of the track's shift step, when the trainee left during it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift: Option<Shift>,
    /// That shift's customer on the line (or the one just finished).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift_contact: Option<ContactRecord>,
}

/// What fits in the standard's `suspend_data`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Everything.
    Whole(String),
    /// The track's progress, without the contact on the line (and without
    /// the shift in progress, if even that was too long).
    WithoutContact(String),
    /// Not even the track's progress: `length` characters.
    TooLong { length: usize },
}

impl Fit {
    /// The data to store, if any fits.
    pub fn data(&self) -> Option<&str> {
        match self {
            Fit::Whole(s) | Fit::WithoutContact(s) => Some(s),
            Fit::TooLong { .. } => None,
        }
    }
}

pub fn encode(suspended: &Suspended, standard: Standard) -> Fit {
    let limit = standard.suspend_limit();
    let whole = to_json(suspended);
    if whole.chars().count() <= limit {
        return Fit::Whole(whole);
    }
    // What is left out, in turn: the contact on the line (a track's or the
    // shift's), then the shift.
    let without_contact = Suspended {
        unfinished: None,
        shift_contact: None,
        ..suspended.clone()
    };
    let without_shift = Suspended {
        shift: None,
        ..without_contact.clone()
    };
    let mut length = 0;
    for smaller in [without_contact, without_shift] {
        let data = to_json(&smaller);
        length = data.chars().count();
        if length <= limit {
            return Fit::WithoutContact(data);
        }
    }
    Fit::TooLong { length }
}

/// The progress a relaunch starts from. An LMS gives an empty string on the
/// first launch; anything unreadable starts afresh rather than stopping the
/// course (the LMS keeps its own record of the attempt).
pub fn decode(raw: &str) -> Result<Suspended, String> {
    if raw.trim().is_empty() {
        return Ok(Suspended {
            v: SUSPEND_FORMAT,
            ..Suspended::default()
        });
    }
    let s: Suspended = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    if s.v > SUSPEND_FORMAT {
        return Err(format!(
            "suspend data format {} is newer than this game's {SUSPEND_FORMAT}",
            s.v
        ));
    }
    Ok(s)
}

/// The longest progress `track` can leave (every step done, with the
/// longest result), in characters, if it fits the standard's limit.
pub fn track_fits(track: &Track, standard: Standard) -> Result<usize, usize> {
    let full = Suspended {
        v: SUSPEND_FORMAT,
        results: track.steps.iter().map(|s| (s.key(), 50u8)).collect(),
        ..Suspended::default()
    };
    let length = to_json(&full).chars().count();
    if length <= standard.suspend_limit() {
        Ok(length)
    } else {
        Err(length)
    }
}

fn to_json(s: &Suspended) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| unreachable!("plain data serialises"))
}
