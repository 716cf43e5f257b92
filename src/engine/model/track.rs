//! A track: an ordered run of steps a trainee works through, such as
//! onboarding for new hires or a short rotation for all staff. A step is a
//! scenario under given house rules, or a short shift. The track says what
//! counts as mastered, so a training department can mark it complete.

use serde::{Deserialize, Serialize};

use super::text::Text;

/// Tracks are data, like scenarios; this is their format version.
pub const TRACK_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Track {
    /// Format version; must be 1.
    pub format: u32,
    /// Stable id, lowercase letters, digits and dashes (e.g. `onboarding`).
    pub id: String,
    pub title: Text,
    /// Who it is for and what it teaches, shown before the first step.
    pub description: Text,
    /// About how long the whole track takes, in minutes.
    pub minutes: u32,
    pub steps: Vec<Step>,
    pub mastery: Mastery,
    /// What the trainee has learned, shown on the completion page.
    #[serde(default)]
    pub learned: Vec<Text>,
    /// Questions a team lead can discuss with the trainee afterwards.
    #[serde(default)]
    pub discussion: Vec<Text>,
}

/// One step: a scenario under given house rules, or a short shift. Written
/// `{"scenario": ID, "policy": P}` or `{"shift": N, "policy": P}`; a struct
/// rather than an untagged enum, whose reader would cost the game's wasm
/// serde's buffering of every value (`docs/size.md`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Step {
    /// The scenario to play, for a contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<String>,
    /// How many contacts, for a shift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift: Option<u32>,
    pub policy: String,
}

/// What a step asks the trainee to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind<'a> {
    Contact(&'a str),
    Shift(u32),
}

impl Step {
    pub fn contact(scenario: &str, policy: &str) -> Step {
        Step {
            scenario: Some(scenario.to_string()),
            shift: None,
            policy: policy.to_string(),
        }
    }

    /// A contact or a shift; `None` for a step that names both or neither
    /// (reported by [`Track::problems`]).
    pub fn kind(&self) -> Option<StepKind<'_>> {
        match (&self.scenario, self.shift) {
            (Some(s), None) => Some(StepKind::Contact(s)),
            (None, Some(n)) => Some(StepKind::Shift(n)),
            _ => None,
        }
    }

    /// A stable key for the step's result: `scenario@policy`, or
    /// `shift:N@policy`.
    pub fn key(&self) -> String {
        match self.kind() {
            Some(StepKind::Shift(n)) => Step::shift_key(n, &self.policy),
            _ => Step::contact_key(self.scenario.as_deref().unwrap_or(""), &self.policy),
        }
    }

    /// The key of a contact step, from a contact played.
    pub fn contact_key(scenario: &str, policy: &str) -> String {
        format!("{scenario}@{policy}")
    }

    /// The key of a shift step, from a shift played.
    pub fn shift_key(contacts: u32, policy: &str) -> String {
        format!("shift:{contacts}@{policy}")
    }

    pub fn policy(&self) -> &str {
        &self.policy
    }
}

/// When a track counts as mastered: every step done, and (optionally) an
/// average CSAT of at least this many tenths on the steps under one policy
/// (or all steps, when no policy is named).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Mastery {
    /// Average CSAT in tenths: 35 means 3.5 (whole numbers keep the file
    /// exact and the game free of float parsing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_average_csat_tenths: Option<u8>,
    /// The policy whose steps the average is taken over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_policy: Option<String>,
}

/// Something wrong with a track, named by its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrackProblem {
    UnsupportedFormat(u32),
    BadId(String),
    NoSteps,
    /// Step `index` (0-based) names a scenario that is not there.
    MissingScenario {
        index: usize,
        scenario: String,
    },
    /// Step `index` names house rules that do not exist.
    UnknownPolicy {
        index: usize,
        policy: String,
    },
    /// The same step twice: its result could not tell them apart.
    RepeatedStep {
        index: usize,
        key: String,
    },
    /// A shift step needs at least two contacts.
    /// A step names a scenario and a shift, or neither.
    NotContactOrShift {
        index: usize,
    },
    ShiftTooShort {
        index: usize,
    },
    /// The mastery rule names house rules no step is played under.
    MasteryPolicyUnused(String),
    /// An average CSAT above 5.0 can never be reached.
    MasteryOutOfRange(u8),
    MissingTranslation(&'static str),
}

impl Track {
    /// Problems with this track, given the scenarios and policies there are.
    /// A track naming a missing scenario is reported, never played half.
    pub fn problems(&self, scenarios: &[&str], policies: &[&str]) -> Vec<TrackProblem> {
        let mut out = Vec::new();
        if self.format != TRACK_FORMAT {
            out.push(TrackProblem::UnsupportedFormat(self.format));
        }
        let id_ok = !self.id.is_empty()
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            out.push(TrackProblem::BadId(self.id.clone()));
        }
        if self.steps.is_empty() {
            out.push(TrackProblem::NoSteps);
        }
        for (field, text) in [("title", &self.title), ("description", &self.description)] {
            if !text.missing().is_empty() {
                out.push(TrackProblem::MissingTranslation(field));
            }
        }
        let mut keys: Vec<String> = Vec::new();
        for (index, step) in self.steps.iter().enumerate() {
            match step.kind() {
                Some(StepKind::Contact(scenario)) if !scenarios.contains(&scenario) => {
                    out.push(TrackProblem::MissingScenario {
                        index,
                        scenario: scenario.to_string(),
                    })
                }
                Some(StepKind::Shift(n)) if n < 2 => {
                    out.push(TrackProblem::ShiftTooShort { index })
                }
                None => out.push(TrackProblem::NotContactOrShift { index }),
                _ => {}
            }
            if !policies.contains(&step.policy()) {
                out.push(TrackProblem::UnknownPolicy {
                    index,
                    policy: step.policy().to_string(),
                });
            }
            let key = step.key();
            if keys.contains(&key) {
                out.push(TrackProblem::RepeatedStep { index, key });
            } else {
                keys.push(key);
            }
        }
        if let Some(p) = &self.mastery.on_policy {
            if !self.steps.iter().any(|s| s.policy() == p) {
                out.push(TrackProblem::MasteryPolicyUnused(p.clone()));
            }
        }
        if let Some(t) = self.mastery.min_average_csat_tenths.filter(|&t| t > 50) {
            out.push(TrackProblem::MasteryOutOfRange(t));
        }
        out
    }
}
