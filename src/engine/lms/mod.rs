//! Reporting to a learning management system: what the game tells an LMS
//! when a trainee answers, finishes a step or a track, and leaves. Pure:
//! the page that talks to the LMS's API passes in the clock and calls the
//! `SetValue`s this module works out, in order.
//!
//! - `scorm`: the data model calls of SCORM 1.2 and SCORM 2004 4th edition;
//! - `time`: the two standards' time and duration formats;
//! - `suspend`: the learner's progress as `suspend_data`, within each
//!   standard's limit;
//! - `manifest`: the package's `imsmanifest.xml`;
//! - `xapi`: an answer as an xAPI statement, for an LRS;
//! - `queue`: the statements waiting for the LRS, in order, once each;
//! - `standalone`: standalone play's LRS settings and what an LRS still lacks;
//! - `cmi5`: the cmi5 launch data, the statements an AU sends about itself
//!   and when, and the answers' statements in the LMS's context template.

pub mod cmi5;
pub mod export;
pub mod manifest;
pub mod queue;
pub mod scorm;
pub mod standalone;
pub mod suspend;
pub mod time;
pub mod xapi;

/// Which SCORM the LMS speaks: found at start-up from the API object in the
/// parent or opener chain (`API_1484_11` first, then `API`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standard {
    Scorm12,
    Scorm2004,
}

impl Standard {
    /// The most `suspend_data` the standard lets a course keep, in
    /// characters (SCORM 1.2 `CMIString4096`; SCORM 2004 4th edition
    /// `characterstring (SPM: 64000)`).
    pub fn suspend_limit(self) -> usize {
        match self {
            Standard::Scorm12 => 4_096,
            Standard::Scorm2004 => 64_000,
        }
    }

    /// The name the package command and the manifest use.
    pub fn name(self) -> &'static str {
        match self {
            Standard::Scorm12 => "scorm12",
            Standard::Scorm2004 => "scorm2004",
        }
    }
}

/// One `SetValue(element, value)` call.
pub type Set = (String, String);
