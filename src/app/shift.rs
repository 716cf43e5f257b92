//! The shift page's messages and update: a shift's own intents, and the
//! game's messages for what the page shares with the game (profile, language,
//! the library). Only the shift page uses this module, so the game's wasm
//! does not carry the shift's rules.

use std::rc::Rc;

use super::game::{self, Model};
use crate::engine::model::track::{Step, StepKind};
use crate::engine::play::debrief::debrief;
use crate::engine::play::shift::Shift;
use crate::engine::{Contact, ContactRecord, Lang, Policy, Scenario};
use crate::saved::progress::Profile;

/// The handle-time target a shift plans with, in seconds (13 calls an hour).
const PLANNED_HANDLE_TIME: u32 = 270;

pub enum Msg {
    /// What the shift page shares with the game.
    Game(game::Msg),
    /// Start a shift of this many contacts under the profile's policy.
    Start(usize),
    /// Take the next customer from the shift's queue.
    Next,
    /// A short break between contacts.
    Break,
    /// Pick choice `index` in the shift's current contact.
    Choose(usize),
    /// Save the finished shift's report to the history.
    Finish,
}

impl From<game::Msg> for Msg {
    fn from(msg: game::Msg) -> Self {
        Msg::Game(msg)
    }
}

pub fn update(m: &mut Model, msg: Msg) {
    if !matches!(msg, Msg::Game(_)) {
        // A game message counts itself, in `game::update`.
        m.revision += 1;
    }
    match msg {
        Msg::Game(msg) => game::update(m, msg),
        Msg::Start(count) => start(m, count),
        Msg::Next => next(m),
        Msg::Break => {
            if let Some(p) = m.saved.profile_mut() {
                with_shift(p, |shift| {
                    if let Some(shift) = shift {
                        shift.take_break();
                    }
                });
            }
        }
        Msg::Choose(index) => choose(m, index),
        Msg::Finish => {
            // Only a shift that is over: one still running is kept as it is.
            if let Some(p) = m.saved.profile_mut() {
                if let Some(shift) = with_shift(p, |s| s.take_if(|s| s.is_over())) {
                    let report = shift.report();
                    let step = Step::shift_key(report.contacts, &report.policy);
                    let tenths = report.csat_tenths.min(50) as u8;
                    let mut history = p.shift_history.get();
                    history.push(report);
                    p.shift_history.set(&history);
                    p.shift_contact = None;
                    m.saved.record_step(&step, tenths);
                }
            }
        }
    }
}

/// The profile's shift, changed by `change`: read from the progress and
/// written back (the progress keeps it as JSON, `Kept`).
fn with_shift<R>(p: &mut Profile, change: impl FnOnce(&mut Option<Shift>) -> R) -> R {
    let mut shift = p.shift.get();
    let result = change(&mut shift);
    p.shift.set(&shift);
    result
}

/// The shift's current contact: the customer as the seed has them,
/// the policy, and the record to replay.
pub fn current(m: &Model) -> Option<(Rc<Scenario>, Policy, ContactRecord)> {
    let p = m.saved.profile()?;
    let record = p.shift_contact.clone()?;
    let base = m.scenario(&record.scenario)?;
    let policy = m.policy_by_id(&record.policy)?.clone();
    Some((m.met(&base, &record), policy, record))
}

/// A customer is on the line until their contact is over.
pub fn in_contact(m: &Model) -> bool {
    current(m).is_some_and(|(s, p, r)| Contact::replay(&s, &p, &r).is_ok_and(|c| !c.is_over()))
}

/// Whether a shift can start: the library is in, it lists something to
/// plan from, and there are house rules to play under (the profile's, or a
/// track's shift step's).
pub fn can_start(m: &Model) -> bool {
    m.library.loaded
        && !m.library.listed.is_empty()
        && (shift_step(m).is_some() || m.policy().is_some())
}

/// Whether the next customer can be taken: their scenario is at hand (on
/// the LMS page it is fetched first, see `wanted`).
pub fn next_at_hand(m: &Model) -> bool {
    let next = m
        .saved
        .profile()
        .and_then(|p| p.shift.get()?.next().cloned());
    next.is_some_and(|n| m.scenario(&n.scenario).is_some())
}

/// The scenario a shift needs fetched, on a page that fetches each one
/// when it is needed: the customer on the line, else the next in the
/// queue, in the language chosen.
pub fn wanted(m: &Model) -> Option<(String, Lang)> {
    let p = m.saved.profile()?;
    let on_line = p.shift_contact.as_ref().map(|r| r.scenario.clone());
    let next = p
        .shift
        .get()
        .and_then(|s| s.next().map(|n| n.scenario.clone()));
    let lang = m.lang();
    [on_line, next]
        .into_iter()
        .flatten()
        .find(|id| m.library.wanted(id, lang))
        .map(|id| (id, lang))
}

/// A shift step of a track in play, as (contacts, house rules).
fn shift_step(m: &Model) -> Option<(usize, String)> {
    let step = &m.saved.profile()?.step.as_ref()?.step;
    match step.kind()? {
        StepKind::Shift(n) => Some((n as usize, step.policy.clone())),
        StepKind::Contact(_) => None,
    }
}

/// A shift of `count` contacts under the profile's house rules, or the one a
/// track's shift step asks for.
fn start(m: &mut Model, count: usize) {
    let planned = shift_step(m).or_else(|| Some((count, m.policy()?.id.clone())));
    let Some((count, policy)) = planned else {
        return;
    };
    let seed = m.seeds.draw();
    // From what the library lists: every scenario on the shift page, which
    // holds them all; the index on the LMS page, which fetches each
    // customer of the queue when it comes up (`wanted`).
    let library: Vec<&str> = m.library.listed.iter().map(|l| l.id.as_str()).collect();
    let shift = Shift::plan_ids(&library, &policy, count, PLANNED_HANDLE_TIME, seed);
    if let Some(p) = m.saved.profile_mut() {
        p.shift.set(&Some(shift));
        p.shift_contact = None;
    }
}

fn next(m: &mut Model) {
    let library: Vec<Rc<Scenario>> = m.library.scenarios.clone();
    let refs: Vec<&Scenario> = library.iter().map(|s| s.as_ref()).collect();
    let started = game::stamp("", m.clock_ms);
    if let Some(p) = m.saved.profile_mut() {
        let next = p.shift.get().and_then(|s| {
            let planned = s.next()?.clone();
            let (_, setup) = s.next_contact(&refs)?;
            let mut record = ContactRecord::fresh(&planned.scenario, &s.policy, setup);
            record.at = started;
            Some(record)
        });
        if next.is_some() {
            p.shift_contact = next;
        }
    }
}

fn choose(m: &mut Model, index: usize) {
    let Some((scenario, policy, record)) = current(m) else {
        return;
    };
    let Ok(mut contact) = Contact::replay(&scenario, &policy, &record) else {
        return;
    };
    if contact.is_over() || contact.choose(index).is_err() {
        return;
    }
    let record = game::stamped(m, &record, contact.record());
    let finished = contact.is_over().then(|| debrief(&contact));
    if finished.is_some() {
        // A track's shift step: its contacts are logged as that step's.
        let step = m.saved.profile().and_then(|p| p.step.clone());
        let step = step.filter(|s| matches!(s.step.kind(), Some(StepKind::Shift(_))));
        m.saved.log_contact(&record, step);
    }
    if let Some(p) = m.saved.profile_mut() {
        p.shift_contact = Some(record);
        if let Some(report) = finished {
            with_shift(p, |shift| {
                if let Some(shift) = shift {
                    shift.record(&report);
                }
            });
        }
    }
}
