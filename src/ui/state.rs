//! The app's model and its one update function (the Elm architecture):
//! intents come in as actions, the reducer returns the new model, and an
//! effect in `app.rs` saves it.

use std::rc::Rc;

use yew::Reducible;

use super::library::Library;
use crate::engine::debrief::debrief;
use crate::engine::shift::Shift;
use crate::engine::{builtin_policies, Contact, ContactRecord, Lang, Policy, Scenario, Setup};
use crate::progress::Saved;

#[derive(Clone, Debug)]
pub struct Model {
    pub saved: Saved,
    /// Where damaged stored data was kept, while the user has not dismissed it.
    pub set_aside: Option<String>,
    pub library: Rc<Library>,
    pub policies: Rc<Vec<Policy>>,
}

pub enum Action {
    SetLang(Lang),
    SetTyping(bool),
    AddProfile(String),
    SelectProfile(String),
    DeleteProfile(String),
    SetPolicy(String),
    Loaded(Library),
    DismissNotice,
    /// Start (or resume) a contact with this scenario under the profile's policy.
    Play(String),
    /// Start a fresh contact, dropping any unfinished one.
    PlayAgain(String),
    /// Pick choice `index` (0-based) in the running contact with this scenario.
    Choose(String, usize),
    /// Start a shift of this many contacts under the profile's policy.
    StartShift(usize),
    /// Take the next customer from the shift's queue.
    ShiftNext,
    /// A short break between contacts.
    ShiftBreak,
    /// Pick choice `index` in the shift's current contact.
    ChooseShift(usize),
    /// Save the finished shift's report to the history.
    FinishShift,
}

/// The library and the policies are only ever replaced whole, so comparing
/// them by pointer says the same as comparing every scenario, text by text,
/// at each re-render.
impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.saved == other.saved
            && self.set_aside == other.set_aside
            && Rc::ptr_eq(&self.library, &other.library)
            && Rc::ptr_eq(&self.policies, &other.policies)
    }
}

impl Model {
    pub fn new(saved: Saved, set_aside: Option<String>) -> Self {
        Model {
            saved,
            set_aside,
            library: Rc::new(Library::default()),
            policies: Rc::new(builtin_policies()),
        }
    }

    pub fn lang(&self) -> Lang {
        self.saved.settings.lang
    }

    pub fn policy(&self) -> Option<&Policy> {
        let id = self.saved.profile()?.policy.as_deref()?;
        self.policies.iter().find(|p| p.id == id)
    }

    pub fn scenario(&self, id: &str) -> Option<Rc<Scenario>> {
        self.library.find(id)
    }

    /// The contact shown on the play screen for `scenario`: the unfinished
    /// one, or the one just finished (so its ending can be read).
    pub fn record_for(&self, scenario: &str) -> Option<&ContactRecord> {
        let p = self.saved.profile()?;
        p.unfinished
            .get(scenario)
            .or_else(|| p.last.as_ref().filter(|r| r.scenario == scenario))
    }

    /// The shift's current contact: the customer as the shift varies them,
    /// the policy, and the record to replay.
    pub fn shift_contact(&self) -> Option<(Rc<Scenario>, Policy, ContactRecord)> {
        let p = self.saved.profile()?;
        let record = p.shift_contact.clone()?;
        let base = self.scenario(&record.scenario)?;
        let policy = self.policy_by_id(&record.policy)?.clone();
        let scenario = crate::engine::shift::vary(&base, record.setup.seed.unwrap_or(0));
        Some((Rc::new(scenario), policy, record))
    }

    /// The name the agent goes by: the policy's alias, else the trainee's own.
    pub fn agent_name(&self, policy: &Policy) -> String {
        policy
            .alias
            .clone()
            .or_else(|| self.saved.current.clone())
            .unwrap_or_default()
    }

    fn policy_by_id(&self, id: &str) -> Option<&Policy> {
        self.policies.iter().find(|p| p.id == id)
    }
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut m = (*self).clone();
        match action {
            Action::SetLang(lang) => m.saved.settings.lang = lang,
            Action::SetTyping(on) => m.saved.settings.typing = on,
            Action::AddProfile(name) => {
                m.saved.add_profile(&name);
            }
            Action::SelectProfile(name) => {
                if m.saved.profiles.iter().any(|p| p.name == name) {
                    m.saved.current = Some(name);
                }
            }
            Action::DeleteProfile(name) => m.saved.delete_profile(&name),
            Action::SetPolicy(id) => {
                if let Some(p) = m.saved.profile_mut() {
                    p.policy = Some(id);
                }
            }
            Action::Loaded(library) => m.library = library.arrived(&m.library, m.lang()),
            Action::DismissNotice => m.set_aside = None,
            Action::Play(id) => {
                // An unfinished contact is resumed as it was, under the house
                // rules it started with, rather than silently replaced.
                let resumable = m
                    .saved
                    .profile()
                    .is_some_and(|p| p.unfinished.contains_key(&id));
                if !resumable {
                    start_fresh(&mut m, &id);
                }
            }
            Action::PlayAgain(id) => start_fresh(&mut m, &id),
            Action::Choose(scenario, index) => choose(&mut m, &scenario, index),
            Action::StartShift(count) => {
                let policy = m.policy().map(|p| p.id.clone());
                let library: Vec<&Scenario> =
                    m.library.scenarios.iter().map(|s| s.as_ref()).collect();
                if let Some(policy) = policy {
                    let shift =
                        Shift::plan(&library, &policy, count, 270, super::dom::random_seed());
                    if let Some(p) = m.saved.profile_mut() {
                        p.shift = Some(shift);
                        p.shift_contact = None;
                    }
                }
            }
            Action::ShiftNext => {
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
            Action::ShiftBreak => {
                if let Some(shift) = m.saved.profile_mut().and_then(|p| p.shift.as_mut()) {
                    shift.take_break();
                }
            }
            Action::ChooseShift(index) => choose_in_shift(&mut m, index),
            Action::FinishShift => {
                if let Some(p) = m.saved.profile_mut() {
                    if let Some(shift) = p.shift.take().filter(|s| s.is_over()) {
                        p.shift_history.push(shift.report());
                        p.shift_contact = None;
                    }
                }
            }
        }
        Rc::new(m)
    }
}

fn choose_in_shift(m: &mut Model, index: usize) {
    let Some((scenario, policy, record)) = m.shift_contact() else {
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

fn start_fresh(m: &mut Model, scenario: &str) {
    let Some(policy) = m.policy().map(|p| p.id.clone()) else {
        return;
    };
    let seed = super::dom::random_seed();
    if let Some(p) = m.saved.profile_mut() {
        p.unfinished.insert(
            scenario.to_string(),
            ContactRecord {
                scenario: scenario.to_string(),
                policy,
                setup: Setup::seeded(seed),
                choices: Vec::new(),
            },
        );
    }
}

fn choose(m: &mut Model, scenario: &str, index: usize) {
    let Some(record) = m
        .saved
        .profile()
        .and_then(|p| p.unfinished.get(scenario).cloned())
    else {
        return;
    };
    let (Some(scenario), Some(policy)) = (
        m.scenario(&record.scenario),
        m.policy_by_id(&record.policy).cloned(),
    ) else {
        return;
    };
    let Ok(mut contact) = Contact::replay(&scenario, &policy, &record) else {
        return;
    };
    if contact.choose(index).is_err() {
        return;
    }
    let record = contact.record();
    if contact.is_over() {
        let csat = debrief(&contact).scorecards.customer.csat;
        m.saved.record_result(&record, csat);
    } else if let Some(p) = m.saved.profile_mut() {
        p.unfinished.insert(record.scenario.clone(), record);
    }
}
