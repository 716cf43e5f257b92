//! The SCORM data model calls for what happens in the game. Each function
//! returns the `SetValue` calls to make, in the order the standards want
//! them (an interaction's `id` before anything else about it, its `type`
//! before its response).

use crate::engine::lms::time;
use crate::engine::lms::{Set, Standard};
use crate::engine::model::text::Lang;
use crate::engine::play::track::{Standing, StepState};

/// An answer the trainee gave, as an LMS records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer<'a> {
    pub scenario: &'a str,
    pub node: &'a str,
    pub policy: &'a str,
    /// The choice's id in the scenario.
    pub choice: &'a str,
    /// 1-based position the trainee saw it at.
    pub number: usize,
    /// The customer's line the trainee answered, in the trainee's language.
    pub prompt: &'a str,
    pub lang: Lang,
    /// When the answer was given, milliseconds since 1970 (UTC).
    pub at_ms: u64,
    /// How long the trainee took to answer, in milliseconds.
    pub latency_ms: u64,
}

/// Keeps count of the interactions recorded, so that a relaunch carries on
/// after the ones the LMS already has (`cmi.interactions._count`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracker {
    pub standard: Standard,
    pub interactions: u32,
}

/// The most answer positions a SCORM 1.2 `choice` response can name: it is
/// one character, `a` to `z`.
pub const MAX_CHOICES_12: usize = 26;

impl Tracker {
    pub fn new(standard: Standard, interactions_so_far: u32) -> Self {
        Tracker {
            standard,
            interactions: interactions_so_far,
        }
    }

    /// The element holding the learner's name, which the LMS fills in.
    pub fn learner_name_element(&self) -> &'static str {
        match self.standard {
            Standard::Scorm12 => "cmi.core.student_name",
            Standard::Scorm2004 => "cmi.learner_name",
        }
    }

    /// The element holding the learner's preferred language.
    pub fn language_element(&self) -> &'static str {
        match self.standard {
            Standard::Scorm12 => "cmi.student_preference.language",
            Standard::Scorm2004 => "cmi.learner_preference.language",
        }
    }

    /// One interaction per answer: a `choice`, with no right answer (the
    /// lesson is in the debrief, not in a mark), the answer given, when and
    /// how quickly.
    pub fn answer(&mut self, a: &Answer) -> Vec<Set> {
        let n = self.interactions;
        self.interactions += 1;
        let at = |field: &str| format!("cmi.interactions.{n}.{field}");
        match self.standard {
            Standard::Scorm12 => {
                let position = a.number.clamp(1, MAX_CHOICES_12) as u8;
                let response = char::from(b'a' + position - 1);
                vec![
                    (at("id"), interaction_id_12(a)),
                    (at("type"), "choice".into()),
                    (at("student_response"), response.to_string()),
                    (at("result"), "neutral".into()),
                    (at("time"), time::time_of_day_12(a.at_ms)),
                    (at("latency"), time::timespan_12(a.latency_ms)),
                ]
            }
            Standard::Scorm2004 => vec![
                (at("id"), interaction_id_2004(a)),
                (at("type"), "choice".into()),
                (at("description"), description(a)),
                (at("timestamp"), time::timestamp_2004(a.at_ms)),
                (at("learner_response"), identifier(a.choice)),
                (at("result"), "neutral".into()),
                (at("latency"), time::duration_2004(a.latency_ms)),
            ],
        }
    }

    /// Where the trainee stands in the packaged track: complete or not,
    /// mastered or not by the track's own rule, and the score once the
    /// track is complete (before that, an LMS comparing it with the mastery
    /// score could mark a half-done track as passed).
    pub fn standing(&self, standing: &Standing) -> Vec<Set> {
        let done = standing
            .steps
            .iter()
            .filter(|s| matches!(s, StepState::Done(_)))
            .count();
        let total = standing.steps.len().max(1);
        let score = standing
            .average_tenths
            .filter(|_| standing.complete)
            .map(score_percent);
        match self.standard {
            Standard::Scorm12 => {
                let status = match (standing.complete, standing.mastered) {
                    (false, _) => "incomplete",
                    (true, true) => "passed",
                    (true, false) => "failed",
                };
                let mut out = Vec::new();
                if let Some(raw) = score {
                    out.push(("cmi.core.score.min".into(), "0".into()));
                    out.push(("cmi.core.score.max".into(), "100".into()));
                    out.push(("cmi.core.score.raw".into(), raw.to_string()));
                }
                out.push(("cmi.core.lesson_status".into(), status.into()));
                out
            }
            Standard::Scorm2004 => {
                let mut out = vec![(
                    "cmi.progress_measure".to_string(),
                    decimal(done as u64 * 100 / total as u64),
                )];
                if let Some(raw) = score {
                    out.push(("cmi.score.min".into(), "0".into()));
                    out.push(("cmi.score.max".into(), "100".into()));
                    out.push(("cmi.score.raw".into(), raw.to_string()));
                    out.push(("cmi.score.scaled".into(), decimal(u64::from(raw))));
                }
                let completion = if standing.complete {
                    "completed"
                } else {
                    "incomplete"
                };
                out.push(("cmi.completion_status".into(), completion.into()));
                let success = match (standing.complete, standing.mastered) {
                    (false, _) => "unknown",
                    (true, true) => "passed",
                    (true, false) => "failed",
                };
                out.push(("cmi.success_status".into(), success.into()));
                out
            }
        }
    }

    /// The learner's progress, kept by the LMS for the next launch.
    pub fn suspend(&self, data: &str) -> Set {
        ("cmi.suspend_data".into(), data.into())
    }

    /// Leaving: the session's time, and whether the LMS should resume
    /// (`suspend`) or treat the attempt as over.
    pub fn leave(&self, session_ms: u64, finished: bool) -> Vec<Set> {
        match self.standard {
            Standard::Scorm12 => vec![
                (
                    "cmi.core.session_time".into(),
                    time::timespan_12(session_ms),
                ),
                (
                    "cmi.core.exit".into(),
                    if finished { "" } else { "suspend" }.into(),
                ),
            ],
            Standard::Scorm2004 => vec![
                ("cmi.session_time".into(), time::duration_2004(session_ms)),
                (
                    "cmi.exit".into(),
                    if finished { "normal" } else { "suspend" }.into(),
                ),
            ],
        }
    }
}

/// A track's average CSAT (in tenths, 10–50) as a percentage of the scale,
/// 0–100, rounded half up: 1.0 is 0, 3.5 is 63, 5.0 is 100. Strictly
/// increasing, so comparing percentages agrees with comparing averages.
pub fn score_percent(average_tenths: u8) -> u8 {
    let above = u32::from(average_tenths.clamp(10, 50) - 10);
    ((above * 25 + 5) / 10) as u8
}

/// A percentage as a 0–1 decimal with two places, as SCORM 2004 reals.
fn decimal(percent: u64) -> String {
    match percent.min(100) {
        100 => "1".into(),
        p => format!("0.{p:02}"),
    }
}

/// Letters, digits, `-`, `_` and `.` only: what both standards' identifiers
/// accept everywhere.
fn identifier(raw: &str) -> String {
    raw.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn interaction_id_12(a: &Answer) -> String {
    let id = format!(
        "{}.{}.{}",
        identifier(a.scenario),
        identifier(a.node),
        identifier(a.policy)
    );
    id.chars().take(255).collect()
}

fn interaction_id_2004(a: &Answer) -> String {
    let id = format!(
        "urn:frontline:{}:{}:{}",
        identifier(a.scenario),
        identifier(a.node),
        identifier(a.policy)
    );
    id.chars().take(4_000).collect()
}

/// SCORM 2004's `localized_string_type`: the language, then the text, at
/// most 250 characters.
fn description(a: &Answer) -> String {
    let lang = match a.lang {
        Lang::En => "en",
        Lang::Nl => "nl",
    };
    let text: String = a.prompt.chars().take(240).collect();
    format!("{{lang={lang}}}{text}")
}

/// The learner's language as the LMS gives it (`nl`, `nl-BE`, `en-GB`…),
/// if the game speaks it.
pub fn language(preference: &str) -> Option<Lang> {
    let primary = preference.split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "nl" => Some(Lang::Nl),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The learner's name as people write it: SCORM 1.2 LMSs give `Last, First`.
pub fn display_name(lms_name: &str) -> String {
    match lms_name.split_once(',') {
        Some((last, first)) if !first.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => lms_name.trim().to_string(),
    }
}
