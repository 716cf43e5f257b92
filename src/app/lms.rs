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
use crate::engine::model::scenario::{Meters, Style};
use crate::engine::model::track::{Step, StepKind};
use crate::engine::play::track::{standing, Standing};
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

/// One answer the trainee gave, with all an LMS or an LRS records of it
/// (SCORM's interaction, xAPI's `answered`).
#[derive(Clone, Debug, PartialEq)]
pub struct Given {
    pub scenario: String,
    pub node: String,
    pub policy: String,
    /// The choice's id in the scenario.
    pub choice: String,
    /// Its 1-based position in the node's choices.
    pub number: usize,
    /// The customer's line answered, in the trainee's language.
    pub prompt: String,
    /// The answers offered, as shown: (choice id, text).
    pub offered: Vec<(String, String)>,
    pub style: Style,
    pub seed: Option<u64>,
    /// Which answer of the contact this is, from 0.
    pub step: usize,
    pub lang: Lang,
    pub at_ms: u64,
    pub latency_ms: u64,
    pub before: Meters,
    pub after: Meters,
}

/// Follows the course's contacts: which answers have been reported, so
/// that each is reported once, in order, however often it is asked.
#[derive(Clone, Debug)]
pub struct Follower {
    pub course: String,
    /// The contact whose answers are being reported (scenario and seed),
    /// and how many of its answers are out.
    contact: Option<(String, Option<u64>)>,
    answered: usize,
    /// When the last answer was given, or the contact shown.
    since_ms: u64,
}

impl Follower {
    /// A follower for a session that starts at `now_ms`, resumed from
    /// `suspended` (its unfinished contact's answers are already out).
    pub fn new(course: &str, suspended: &Suspended, now_ms: u64) -> Self {
        let contact = [&suspended.unfinished, &suspended.shift_contact]
            .into_iter()
            .flatten()
            .next()
            .map(|r| ((r.scenario.clone(), r.setup.seed), r.choices.len()));
        Follower {
            course: course.to_string(),
            answered: contact.as_ref().map_or(0, |c| c.1),
            contact: contact.map(|c| c.0),
            since_ms: now_ms,
        }
    }

    /// Each answer not reported yet: the rest of the contact followed so
    /// far (it may have ended since: then it is the last one played), then
    /// those of a new contact in play.
    pub fn answers(&mut self, m: &Model, now_ms: u64) -> Vec<Given> {
        let Some(p) = m.saved.profile() else {
            return Vec::new();
        };
        let key = |r: &ContactRecord| (r.scenario.clone(), r.setup.seed);
        // The shift's customer on the line stays its record until the next
        // one is taken, finished or not.
        let on_line = shift_in_play(p, &self.course).and(p.shift_contact.as_ref());
        let current = in_play(p, &self.course).or(on_line);
        let followed = [current, p.last.as_ref()]
            .into_iter()
            .flatten()
            .find(|r| Some(key(r)) == self.contact);
        let mut out = followed.map_or_else(Vec::new, |r| self.answers_in(m, r, now_ms));
        if let Some(new) = current.filter(|r| Some(key(r)) != self.contact) {
            self.contact = Some(key(new));
            self.answered = 0;
            self.since_ms = now_ms;
            out.extend(self.answers_in(m, new, now_ms));
        }
        out
    }

    /// The answers in `record` after the first `answered`.
    fn answers_in(&mut self, m: &Model, record: &ContactRecord, now_ms: u64) -> Vec<Given> {
        if record.choices.len() <= self.answered {
            return Vec::new();
        }
        let (Some(scenario), Some(policy)) =
            (m.scenario(&record.scenario), m.policy_by_id(&record.policy))
        else {
            return Vec::new();
        };
        let scenario = m.met(&scenario, record);
        if !record.fits(&scenario) {
            return Vec::new();
        }
        let lang = m.lang();
        let mut contact = Contact::start(&scenario, policy, record.setup);
        let mut out = Vec::new();
        for (step, id) in record.choices.iter().enumerate() {
            let node = contact.node();
            let offered = (step >= self.answered).then(|| {
                contact
                    .offers()
                    .iter()
                    .map(|o| (o.choice.id.clone(), o.choice.text.get(lang).to_string()))
                    .collect()
            });
            let before = contact.customer().meters;
            let Ok(taken) = contact.choose_id(id) else {
                return out;
            };
            let Some(offered) = offered else { continue };
            let choice = &node.choices[taken.choice];
            out.push(Given {
                scenario: scenario.id.clone(),
                node: node.id.clone(),
                policy: policy.id.clone(),
                choice: choice.id.clone(),
                number: taken.choice + 1,
                prompt: node.customer.get(lang).to_string(),
                offered,
                style: choice.style,
                seed: record.setup.seed,
                step,
                lang,
                at_ms: now_ms,
                latency_ms: now_ms.saturating_sub(self.since_ms),
                before,
                after: contact.customer().meters,
            });
            self.since_ms = now_ms;
        }
        self.answered = record.choices.len();
        out
    }
}

/// What the LMS has been told so far in this session.
#[derive(Clone, Debug)]
pub struct Reporter {
    pub tracker: Tracker,
    pub course: String,
    follower: Follower,
    status: Vec<Set>,
    complete: bool,
    suspended: String,
}

impl Reporter {
    /// A reporter for a session that starts at `now_ms`, resumed from
    /// `suspended` (its unfinished contact's answers are already recorded).
    pub fn new(tracker: Tracker, course: &str, suspended: &Suspended, now_ms: u64) -> Self {
        Reporter {
            tracker,
            course: course.to_string(),
            follower: Follower::new(course, suspended, now_ms),
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
        let mut calls = Vec::new();
        for a in self.follower.answers(m, now_ms) {
            calls.extend(self.tracker.answer(&Answer {
                scenario: &a.scenario,
                node: &a.node,
                policy: &a.policy,
                choice: &a.choice,
                number: a.number,
                prompt: &a.prompt,
                lang: a.lang,
                at_ms: a.at_ms,
                latency_ms: a.latency_ms,
            }));
        }
        if let Some(now) = course_standing(m, &self.course) {
            self.complete = now.complete;
            let status = self.tracker.standing(&now);
            if status != self.status {
                calls.extend(status.iter().cloned());
                self.status = status;
            }
        }
        let data = suspend::encode(&suspended_now(p, &self.course), self.tracker.standard);
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
}

/// Where the trainee stands in the course's track, once the track is known.
pub fn course_standing(m: &Model, course: &str) -> Option<Standing> {
    let p = m.saved.profile()?;
    let track = m.library.track(course)?;
    let none = Keyed::new();
    let results = p.tracks.get(course).unwrap_or(&none);
    Some(standing(&track, results))
}

/// What a relaunch needs: the track's results and the course's contact in
/// play, or its shift in progress, if any.
pub fn suspended_now(p: &Profile, course: &str) -> Suspended {
    let shift = shift_in_play(p, course);
    Suspended {
        v: SUSPEND_FORMAT,
        results: p.tracks.get(course).cloned().unwrap_or_default(),
        unfinished: in_play(p, course).cloned(),
        shift_contact: shift.as_ref().and(p.shift_contact.clone()),
        shift,
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
