//! The app's model and its one update function (the Elm architecture):
//! intents come in as actions, the reducer returns the new model, and an
//! effect in `ui/shell/app.rs` saves it.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::model::policy::find_policy;
use crate::engine::play::debrief::debrief;
use crate::engine::{builtin_policies, Contact, ContactRecord, Lang, Policy, Scenario, Setup};
use crate::saved::progress::Saved;
use crate::ui::game::library::Library;

#[derive(Clone, Debug)]
pub struct Model {
    pub saved: Saved,
    /// Where damaged stored data was kept, while the user has not dismissed it.
    pub set_aside: Option<String>,
    pub library: Rc<Library>,
    pub policies: Rc<Vec<Policy>>,
    /// How this page answers the shift's intents: only the shift page
    /// (`ui::shift`) brings them, so the game's own wasm does not carry them.
    pub shift_rules: Option<ShiftRules>,
    /// Counts the actions taken: each makes a new model (see `PartialEq`).
    pub revision: u64,
}

pub type ShiftRules = fn(&mut Model, ShiftAction);

/// The intents of a shift of several contacts (see `ui::shift`).
pub enum ShiftAction {
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
    /// Something in a shift, for the page's shift rules.
    Shift(ShiftAction),
}

/// The model only changes through an action, and every action makes a new
/// revision, so comparing revisions says whether anything may have changed
/// without comparing the progress and every scenario at each re-render (and
/// without carrying a deep comparison of them in the wasm).
impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Model {
    pub fn new(saved: Saved, set_aside: Option<String>, shift_rules: Option<ShiftRules>) -> Self {
        Model {
            saved,
            set_aside,
            library: Rc::new(Library::default()),
            policies: Rc::new(builtin_policies()),
            shift_rules,
            revision: 0,
        }
    }

    pub fn lang(&self) -> Lang {
        self.saved.settings.lang
    }

    pub fn policy(&self) -> Option<&Policy> {
        let id = self.saved.profile()?.policy.as_deref()?;
        self.policy_by_id(id)
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

    /// The name the agent goes by: the policy's alias, else the trainee's own.
    pub fn agent_name(&self, policy: &Policy) -> String {
        policy
            .alias
            .clone()
            .or_else(|| self.saved.current.clone())
            .unwrap_or_default()
    }

    pub fn policy_by_id(&self, id: &str) -> Option<&Policy> {
        find_policy(&self.policies, id)
    }
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut m = (*self).clone();
        m.revision += 1;
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
            Action::Shift(action) => {
                if let Some(rules) = m.shift_rules {
                    rules(&mut m, action);
                }
            }
        }
        Rc::new(m)
    }
}

fn start_fresh(m: &mut Model, scenario: &str) {
    let Some(policy) = m.policy().map(|p| p.id.clone()) else {
        return;
    };
    let seed = crate::ui::shell::dom::random_seed();
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
