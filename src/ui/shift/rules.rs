//! What a shift's intents do to the model. Only the shift page brings these
//! rules (`Page::SHIFT_RULES`), so the game's own wasm does not carry them.

use std::rc::Rc;

use crate::engine::play::debrief::debrief;
use crate::engine::play::shift::{self, Shift};
use crate::engine::{Contact, ContactRecord, Policy, Scenario};
use crate::ui::game::state::{Model, ShiftAction};

/// The handle-time target a shift plans with, in seconds (13 calls an hour).
const PLANNED_HANDLE_TIME: u32 = 270;

pub fn apply(m: &mut Model, action: ShiftAction) {
    match action {
        ShiftAction::Start(count) => start(m, count),
        ShiftAction::Next => next(m),
        ShiftAction::Break => {
            if let Some(shift) = m.saved.profile_mut().and_then(|p| p.shift.as_mut()) {
                shift.take_break();
            }
        }
        ShiftAction::Choose(index) => choose(m, index),
        ShiftAction::Finish => {
            if let Some(p) = m.saved.profile_mut() {
                if let Some(shift) = p.shift.take().filter(|s| s.is_over()) {
                    p.shift_history.push(shift.report());
                    p.shift_contact = None;
                }
            }
        }
    }
}

/// The shift's current contact: the customer as the shift varies them,
/// the policy, and the record to replay.
pub fn current(m: &Model) -> Option<(Rc<Scenario>, Policy, ContactRecord)> {
    let p = m.saved.profile()?;
    let record = p.shift_contact.clone()?;
    let base = m.scenario(&record.scenario)?;
    let policy = m.policy_by_id(&record.policy)?.clone();
    let scenario = shift::vary(&base, record.setup.seed.unwrap_or(0));
    Some((Rc::new(scenario), policy, record))
}

fn start(m: &mut Model, count: usize) {
    let Some(policy) = m.policy().map(|p| p.id.clone()) else {
        return;
    };
    let library: Vec<&Scenario> = m.library.scenarios.iter().map(|s| s.as_ref()).collect();
    let shift = Shift::plan(
        &library,
        &policy,
        count,
        PLANNED_HANDLE_TIME,
        crate::ui::shell::dom::random_seed(),
    );
    if let Some(p) = m.saved.profile_mut() {
        p.shift = Some(shift);
        p.shift_contact = None;
    }
}

fn next(m: &mut Model) {
    let library: Vec<Rc<Scenario>> = m.library.scenarios.clone();
    let refs: Vec<&Scenario> = library.iter().map(|s| s.as_ref()).collect();
    if let Some(p) = m.saved.profile_mut() {
        let next = p.shift.as_ref().and_then(|s| {
            let planned = s.next()?.clone();
            let (_, setup) = s.next_contact(&refs)?;
            Some(ContactRecord {
                scenario: planned.scenario,
                policy: s.policy.clone(),
                setup,
                choices: Vec::new(),
            })
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
    let record = contact.record();
    let finished = contact.is_over().then(|| debrief(&contact));
    if let Some(p) = m.saved.profile_mut() {
        p.shift_contact = Some(record);
        if let (Some(report), Some(shift)) = (finished, p.shift.as_mut()) {
            shift.record(&report);
        }
    }
}
