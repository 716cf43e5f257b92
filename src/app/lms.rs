//! The LMS page's rules (issue 18): progress as the LMS gives it back at
//! launch, and after every action, what to tell the LMS that it does not
//! know yet (each new answer, the track's standing, the suspend data). Pure,
//! so it is tested natively; the page only passes the clock in and makes
//! the calls.

use super::game::{self, Model};
use super::route::Route;
use super::{shift, tracks};
use crate::engine::lms::scorm::{Answer, Tracker};
use crate::engine::lms::suspend::{self, Suspended, SUSPEND_FORMAT};
use crate::engine::lms::Set;
use crate::engine::model::track::{Step, StepKind};
use crate::engine::play::track::standing;
use crate::engine::wire::keyed::Keyed;
use crate::engine::{Contact, ContactRecord, Lang};
use crate::saved::progress::{Profile, Saved, TrackStep};

/// The LMS page's messages: the tracks page's (taking a step, and the
/// game's for its contacts) and the shift page's (a track's shift step is
/// played on the LMS page too: a link to the shift page would end the LMS
/// session).
pub enum Msg {
    Track(tracks::Msg),
    Shift(shift::Msg),
}

impl From<game::Msg> for Msg {
    fn from(msg: game::Msg) -> Self {
        Msg::Track(msg.into())
    }
}

impl From<tracks::Msg> for Msg {
    fn from(msg: tracks::Msg) -> Self {
        Msg::Track(msg)
    }
}

impl From<shift::Msg> for Msg {
    fn from(msg: shift::Msg) -> Self {
        Msg::Shift(msg)
    }
}

/// Each message goes to the rules of the page it comes from.
pub fn update(m: &mut Model, msg: Msg) {
    match msg {
        Msg::Track(msg) => tracks::update(m, msg),
        Msg::Shift(msg) => shift::update(m, msg),
    }
}

/// The progress a launch starts from: one profile in the learner's name, in
/// their language, with the track's results and the contact they left, and
/// the screen to open (that contact, the shift of its shift step, or the
/// track).
pub fn resume(name: &str, lang: Lang, course: &str, suspended: &Suspended) -> (Saved, Route) {
    let mut saved = Saved::default();
    saved.settings.lang = lang;
    let mut profile = Profile {
        name: name.to_string(),
        ..Profile::default()
    };
    if !suspended.results.is_empty() {
        profile
            .tracks
            .insert(course.to_string(), suspended.results.clone());
    }
    let mut route = Route::Track(course.to_string());
    if let Some(record) = &suspended.unfinished {
        profile.step = Some(TrackStep {
            track: course.to_string(),
            step: crate::engine::model::track::Step::contact(&record.scenario, &record.policy),
        });
        profile
            .unfinished
            .insert(record.scenario.clone(), record.clone());
        route = Route::Play(record.scenario.clone());
    } else if let Some(shift) = &suspended.shift {
        profile.step = Some(TrackStep {
            track: course.to_string(),
            step: Step {
                scenario: None,
                shift: Some(shift.queue.len() as u32),
                policy: shift.policy.clone(),
            },
        });
        profile.shift.set(&Some(shift.clone()));
        profile.shift_contact = suspended.shift_contact.clone();
        route = if profile.shift_contact.is_some() && !shift.is_over() {
            Route::ShiftContact
        } else {
            Route::ShiftStatus
        };
    }
    saved.current = Some(profile.name.clone());
    saved.profiles.push(profile);
    (saved, route)
}

/// What the LMS has been told so far in this session.
#[derive(Clone, Debug)]
pub struct Reporter {
    pub tracker: Tracker,
    pub course: String,
    /// The contact whose answers are being reported (scenario and seed),
    /// and how many of its answers the LMS has.
    contact: Option<(String, Option<u64>)>,
    answered: usize,
    /// When the last answer was given, or the contact shown.
    since_ms: u64,
    status: Vec<Set>,
    complete: bool,
    suspended: String,
}

impl Reporter {
    /// A reporter for a session that starts at `now_ms`, resumed from
    /// `suspended` (its unfinished contact's answers are already recorded).
    pub fn new(tracker: Tracker, course: &str, suspended: &Suspended, now_ms: u64) -> Self {
        let contact = [&suspended.unfinished, &suspended.shift_contact]
            .into_iter()
            .flatten()
            .next()
            .map(|r| ((r.scenario.clone(), r.setup.seed), r.choices.len()));
        Reporter {
            tracker,
            course: course.to_string(),
            answered: contact.as_ref().map_or(0, |c| c.1),
            contact: contact.map(|c| c.0),
            since_ms: now_ms,
            status: Vec::new(),
            complete: false,
            suspended: String::new(),
        }
    }

    /// The calls that bring the LMS up to date with `m`, at `now_ms`.
    pub fn report(&mut self, m: &Model, now_ms: u64) -> Vec<Set> {
        let Some(p) = m.saved.profile() else {
            return Vec::new();
        };
        let mut calls = self.answers(m, p, now_ms);
        if let Some(track) = m.library.track(&self.course) {
            let none = Keyed::new();
            let results = p.tracks.get(&self.course).unwrap_or(&none);
            let now = standing(&track, results);
            self.complete = now.complete;
            let status = self.tracker.standing(&now);
            if status != self.status {
                calls.extend(status.iter().cloned());
                self.status = status;
            }
        }
        let data = suspend::encode(&self.suspended_now(p), self.tracker.standard);
        if let Some(data) = data.data() {
            if data != self.suspended {
                calls.push(self.tracker.suspend(data));
                self.suspended = data.to_string();
            }
        }
        calls
    }

    /// Whether the track was complete when last reported: leaving then is a
    /// normal exit, not a suspend.
    pub fn complete(&self) -> bool {
        self.complete
    }

    /// What a relaunch needs: the track's results and the course's contact
    /// in play, or its shift in progress, if any.
    fn suspended_now(&self, p: &Profile) -> Suspended {
        let shift = shift_in_play(p, &self.course);
        Suspended {
            v: SUSPEND_FORMAT,
            results: p.tracks.get(&self.course).cloned().unwrap_or_default(),
            unfinished: in_play(p, &self.course).cloned(),
            shift_contact: shift.as_ref().and(p.shift_contact.clone()),
            shift,
        }
    }

    /// One interaction per answer the LMS does not have yet: the rest of
    /// the contact followed so far (it may have ended since: then it is the
    /// last one played), then those of a new contact in play.
    fn answers(&mut self, m: &Model, p: &Profile, now_ms: u64) -> Vec<Set> {
        let key = |r: &ContactRecord| (r.scenario.clone(), r.setup.seed);
        // The shift's customer on the line stays its record until the next
        // one is taken, finished or not.
        let on_line = shift_in_play(p, &self.course).and(p.shift_contact.as_ref());
        let current = in_play(p, &self.course).or(on_line);
        let followed = [current, p.last.as_ref()]
            .into_iter()
            .flatten()
            .find(|r| Some(key(r)) == self.contact);
        let mut calls = followed.map_or_else(Vec::new, |r| self.answers_in(m, r, now_ms));
        if let Some(new) = current.filter(|r| Some(key(r)) != self.contact) {
            self.contact = Some(key(new));
            self.answered = 0;
            self.since_ms = now_ms;
            calls.extend(self.answers_in(m, new, now_ms));
        }
        calls
    }

    /// The answers in `record` after the first `answered`.
    fn answers_in(&mut self, m: &Model, record: &ContactRecord, now_ms: u64) -> Vec<Set> {
        if record.choices.len() <= self.answered {
            return Vec::new();
        }
        let (Some(scenario), Some(policy)) =
            (m.scenario(&record.scenario), m.policy_by_id(&record.policy))
        else {
            return Vec::new();
        };
        let scenario = m.met(&scenario, record);
        let Ok(contact) = Contact::replay(&scenario, policy, record) else {
            return Vec::new();
        };
        let mut calls = Vec::new();
        for step in &contact.steps()[self.answered..] {
            let node = &scenario.nodes[step.node];
            calls.extend(self.tracker.answer(&Answer {
                scenario: &scenario.id,
                node: &node.id,
                policy: &policy.id,
                choice: &node.choices[step.choice].id,
                number: step.choice + 1,
                prompt: node.customer.get(m.lang()),
                lang: m.lang(),
                at_ms: now_ms,
                latency_ms: now_ms.saturating_sub(self.since_ms),
            }));
            self.since_ms = now_ms;
        }
        self.answered = record.choices.len();
        calls
    }
}

/// The contact of the course's step in play, if one is under way.
fn in_play<'p>(p: &'p Profile, course: &str) -> Option<&'p ContactRecord> {
    let step = p.step.as_ref().filter(|s| s.track == course)?;
    p.unfinished.get(step.step.scenario.as_deref()?)
}

/// The shift of the course's shift step, if one is under way.
fn shift_in_play(p: &Profile, course: &str) -> Option<crate::engine::play::shift::Shift> {
    let step = p.step.as_ref().filter(|s| s.track == course)?;
    matches!(step.step.kind(), Some(StepKind::Shift(_)))
        .then(|| p.shift.get())
        .flatten()
}
