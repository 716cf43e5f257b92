//! The LMS page's rules in a cmi5 launch (issue 19): after every action,
//! the statements the LRS has not had yet (each new answer, then
//! `completed`/`passed`/`failed` as `moveOn` wants, once per registration)
//! and the progress document a relaunch resumes from, when it changed.
//! Pure, tested natively; the page passes the clock in, queues the
//! statements (`engine::lms::queue`) and writes the document to the State
//! API.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::game::Model;
use super::lms::{course_standing, suspended_now, Follower};
use crate::engine::lms::cmi5::{self, Launch, LaunchMode, Move, Reported};
use crate::engine::lms::suspend::{self, Suspended};
use crate::engine::lms::xapi::{self, Answered, Profile, Session};
use crate::engine::lms::Standard;

/// The AU's own State API document (cmi5 section 10 leaves every stateId
/// but `LMS.LaunchData` to the AU): the learner's progress in the suspend
/// encoding of the SCORM packages, and what was reported in this
/// registration.
pub const PROGRESS_STATE: &str = "frontline.progress";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    #[serde(default)]
    pub suspend_data: String,
    #[serde(default)]
    pub reported: Reported,
}

impl Kept {
    /// The document as the State API returns it; none, or one that does
    /// not read, starts afresh (the LRS keeps the statements either way).
    pub fn parse(raw: Option<&str>) -> Kept {
        raw.and_then(|r| serde_json::from_str(r).ok())
            .unwrap_or_default()
    }

    pub fn suspended(&self) -> Suspended {
        suspend::decode(&self.suspend_data).unwrap_or_default()
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| unreachable!("plain data serialises"))
    }
}

/// What the LRS has been sent in this session.
#[derive(Clone, Debug)]
pub struct Reporter {
    follower: Follower,
    pub reported: Reported,
    kept: String,
    started_ms: u64,
    profile: Profile,
}

/// What one action calls for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Update {
    /// To queue, in this order.
    pub statements: Vec<Value>,
    /// The progress document, when it changed.
    pub state: Option<String>,
}

impl Reporter {
    /// A session that starts at `now_ms` in `course`, from the progress
    /// document the State API gave.
    pub fn new(course: &str, kept: &Kept, now_ms: u64) -> Self {
        Reporter {
            follower: Follower::new(course, &kept.suspended(), now_ms),
            reported: kept.reported.new_session(),
            kept: kept.encode(),
            started_ms: now_ms,
            profile: Profile::default(),
        }
    }

    /// The same session with the organisation's IRIs (a package's
    /// `--xapi-base`) instead of the default.
    pub fn with_profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// The session's first statement.
    pub fn initialized(&self, launch: &Launch) -> Value {
        cmi5::initialized(launch, self.started_ms)
    }

    /// The session's last statement.
    pub fn terminated(&self, launch: &Launch, now_ms: u64) -> Value {
        cmi5::terminated(launch, now_ms, now_ms.saturating_sub(self.started_ms))
    }

    /// What brings the LRS up to date with `m`, at `now_ms`. A Review
    /// launch records nothing (the learner looks back at an attempt); a
    /// Browse launch records answers but no completion or success (cmi5
    /// section 10, `launchMode`).
    pub fn report(&mut self, m: &Model, launch: &Launch, now_ms: u64) -> Update {
        let mut out = Update::default();
        let review = launch.data.launch_mode == LaunchMode::Review;
        let Some(p) = m.saved.profile() else {
            return out;
        };
        let course = self.follower.course.clone();
        let session = Session {
            actor: launch.actor,
            registration: launch.registration,
            track: Some(&course),
        };
        for a in self.follower.answers(m, now_ms) {
            if review {
                continue;
            }
            let statement = xapi::answered(
                &self.profile,
                &session,
                &Answered {
                    scenario: &a.scenario,
                    node: &a.node,
                    prompt: &a.prompt,
                    offered: a
                        .offered
                        .iter()
                        .map(|(id, text)| (id.as_str(), text.as_str()))
                        .collect(),
                    choice: &a.choice,
                    style: a.style,
                    policy: &a.policy,
                    lang: a.lang,
                    seed: a.seed,
                    step: a.step,
                    at_ms: a.at_ms,
                    latency_ms: a.latency_ms,
                    before: a.before,
                    after: a.after,
                },
            );
            out.statements.push(cmi5::allowed(launch, statement));
        }
        if let Some(standing) = course_standing(m, &course) {
            let judged = m
                .library
                .track(&course)
                .is_some_and(|t| t.mastery.min_average_csat_tenths.is_some());
            let took = now_ms.saturating_sub(self.started_ms);
            let scaled = cmi5::scaled(&standing);
            for step in cmi5::moves(&standing, judged, launch.data, &mut self.reported) {
                out.statements.push(match step {
                    Move::Completed => cmi5::completed(launch, now_ms, took),
                    Move::Passed => cmi5::passed(launch, now_ms, took, scaled),
                    Move::Failed => cmi5::failed(launch, now_ms, took, scaled),
                });
            }
        }
        if review {
            return out;
        }
        // The State API has no limit of its own; SCORM 2004's keeps the
        // document the size of the packages' (and leaves out a contact
        // that would not fit, as there).
        let kept = Kept {
            suspend_data: suspend::encode(&suspended_now(p, &course), Standard::Scorm2004)
                .data()
                .unwrap_or_default()
                .to_string(),
            reported: self.reported,
        }
        .encode();
        if kept != self.kept {
            self.kept = kept.clone();
            out.state = Some(kept);
        }
        out
    }
}
