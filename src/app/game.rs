//! The game's model, its messages and its update function (the Elm
//! architecture). Everything the page learns from the browser arrives as a
//! message: the route, a library that was fetched, the player's intents;
//! randomness arrives once, as the seed the model starts with. No storage,
//! clock or DOM here, so the rules are tested natively (`tests/app_game.rs`).

use std::rc::Rc;

use super::library::Library;
use super::route::Route;
use super::seeds::Seeds;
use crate::engine::check::catalogue::Fetched;
use crate::engine::model::policy::find_policy;
use crate::engine::model::track::Step;
use crate::engine::play::debrief::debrief;
use crate::engine::play::persona;
use crate::engine::{builtin_policies, Contact, ContactRecord, Lang, Policy, Scenario, Setup};
use crate::saved::progress::Saved;

#[derive(Clone, Debug)]
pub struct Model {
    pub saved: Saved,
    /// Where damaged stored data was kept, while the user has not dismissed it.
    pub set_aside: Option<String>,
    pub library: Rc<Library>,
    pub policies: Rc<Vec<Policy>>,
    pub route: Route,
    pub seeds: Seeds,
    /// Counts the messages handled: each makes a new model (see `PartialEq`).
    pub revision: u64,
    /// The wording of scenario files' problems in a language, once fetched
    /// (`Msg::Words`; empty when that failed).
    pub words: Option<(Lang, Fetched)>,
    /// When the message being handled arrived, in milliseconds since 1970:
    /// set by the page before each update where it keeps an answer log
    /// (`Page::clock`), `None` in an LMS. Contacts are stamped with it.
    pub clock_ms: Option<u64>,
}

pub enum Msg {
    SetLang(Lang),
    SetTyping(bool),
    AddProfile(String),
    SelectProfile(String),
    DeleteProfile(String),
    SetPolicy(String),
    Loaded(Library),
    DismissNotice,
    /// The location changed (a link, the back button, a deep link).
    Routed(Route),
    /// Start (or resume) a contact with this scenario under the profile's policy.
    Play(String),
    /// Start a fresh contact, dropping any unfinished one.
    PlayAgain(String),
    /// Pick choice `index` (0-based) in the running contact with this scenario.
    Choose(String, usize),
    /// A shipped scenario's file arrived for `lang`, or could not be fetched
    /// from the url.
    ScenarioArrived {
        id: String,
        lang: Lang,
        url: String,
        fetched: Result<String, String>,
    },
    /// The wording of scenario files' problems arrived for `lang`, or could
    /// not be fetched (`None`: the problems show their codes).
    Words(Lang, Option<String>),
}

/// The model only changes through a message, and every message makes a new
/// revision, so comparing revisions says whether anything may have changed
/// without comparing the progress and every scenario at each re-render (and
/// without carrying a deep comparison of them in the wasm).
impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Model {
    pub fn new(saved: Saved, set_aside: Option<String>, route: Route, seed: u64) -> Self {
        Model {
            saved,
            set_aside,
            library: Rc::new(Library::default()),
            words: None,
            policies: Rc::new(builtin_policies()),
            route,
            seeds: Seeds::new(seed),
            revision: 0,
            clock_ms: None,
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

    /// The scenario as the contact in `record` plays it: the customer its
    /// seed has them meet (`persona::meet`). Every replay of a record goes
    /// through here, so the screen, the debrief and the LMS agree.
    pub fn met(&self, base: &Scenario, record: &ContactRecord) -> Rc<Scenario> {
        Rc::new(persona::meet(base, record.setup.seed))
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

    /// The shipped scenario the screen shown needs fetched, in the language
    /// chosen: scenarios are fetched when they are opened.
    pub fn wanted(&self) -> Option<(String, Lang)> {
        let (Route::Play(id) | Route::Debrief(id)) = &self.route else {
            return None;
        };
        let lang = self.lang();
        self.library.wanted(id, lang).then(|| (id.clone(), lang))
    }
}

impl Model {
    /// The language to fetch the occasional wording in (`words/<lang>.txt`:
    /// the words of the screens after the start, the rules' names, a
    /// problem's wording): only when a screen shows some, once per language.
    pub fn words_wanted(&self) -> Option<Lang> {
        let lang = self.lang();
        let held = self.words.as_ref().is_some_and(|(l, _)| *l == lang);
        // A problem to word, a contact or a debrief (their words), or a
        // shift report to say where the stress went.
        let shown = !self.library.problems.is_empty()
            || matches!(
                self.route,
                Route::Play(_) | Route::Debrief(_) | Route::ShiftStatus | Route::ShiftContact
            );
        (shown && !held).then_some(lang)
    }

    /// The wording the screens after the start are worded in (`i18n::Said`):
    /// the current language's, or after a switch of language, the one
    /// before's until the new arrives (as the scenario on screen stays in
    /// it until then). `None` while none arrived; empty if the fetch failed.
    pub fn screen_words(&self) -> Option<&str> {
        self.words.as_ref().map(|(_, w)| w.0.as_str())
    }

    /// The wording fetched for the current language, if it arrived.
    pub fn words(&self) -> Option<&Fetched> {
        self.words
            .as_ref()
            .filter(|(l, _)| *l == self.lang())
            .map(|(_, w)| w)
    }
}

pub fn update(m: &mut Model, msg: Msg) {
    m.revision += 1;
    match msg {
        Msg::SetLang(lang) => m.saved.settings.lang = lang,
        Msg::SetTyping(on) => m.saved.settings.typing = on,
        Msg::AddProfile(name) => {
            m.saved.add_profile(&name);
        }
        Msg::SelectProfile(name) => {
            if m.saved.profiles.iter().any(|p| p.name == name) {
                m.saved.current = Some(name);
            }
        }
        Msg::DeleteProfile(name) => m.saved.delete_profile(&name),
        Msg::SetPolicy(id) => {
            if let Some(p) = m.saved.profile_mut() {
                p.policy = Some(id);
            }
        }
        Msg::Loaded(library) => m.library = library.arrived(&m.library, m.lang()),
        Msg::Words(lang, words) => m.words = Some((lang, Fetched(words.unwrap_or_default()))),
        Msg::ScenarioArrived {
            id,
            lang,
            url,
            fetched,
        } => {
            let mut library = (*m.library).clone();
            library.scenario_arrived(&id, lang, &url, fetched);
            m.library = Rc::new(library);
        }
        Msg::DismissNotice => m.set_aside = None,
        Msg::Routed(route) => m.route = route,
        Msg::Play(id) => {
            // An unfinished contact is resumed as it was, under the house
            // rules it started with, rather than silently replaced.
            let resumable = m
                .saved
                .profile()
                .is_some_and(|p| p.unfinished.contains_key(&id));
            if !resumable {
                start_fresh(m, &id);
            }
        }
        Msg::PlayAgain(id) => start_fresh(m, &id),
        Msg::Choose(scenario, index) => choose(m, &scenario, index),
    }
    follow_link(m);
}

/// A link straight to a scenario (from the workshop, say) starts it once the
/// library is in, or asks for a profile and house rules first.
fn follow_link(m: &mut Model) {
    let Route::Play(id) = &m.route else {
        return;
    };
    if m.record_for(id).is_some() || m.scenario(id).is_none() {
        return;
    }
    if m.policy().is_some() {
        let id = id.clone();
        start_fresh(m, &id);
    } else {
        m.route = Route::Start;
    }
}

fn start_fresh(m: &mut Model, scenario: &str) {
    if let Some(policy) = m.policy().map(|p| p.id.clone()) {
        start_contact(m, scenario, policy);
    }
}

/// A fresh contact with `scenario` under `policy`, replacing any unfinished one.
pub fn start_contact(m: &mut Model, scenario: &str, policy: String) {
    let seed = m.seeds.draw();
    let mut record = ContactRecord::fresh(scenario, &policy, Setup::seeded(seed));
    record.at = stamp("", m.clock_ms);
    if let Some(p) = m.saved.profile_mut() {
        p.unfinished.insert(scenario.to_string(), record);
    }
}

/// The record after `before` and one more answer: its times so far and
/// this answer's, at the model's clock. Without a clock (in an LMS), none.
pub fn stamped(m: &Model, before: &ContactRecord, mut after: ContactRecord) -> ContactRecord {
    after.at = stamp(&before.at, m.clock_ms);
    after
}

/// `at` (a record's times) with `now` added, if there is a clock.
pub fn stamp(at: &str, now: Option<u64>) -> String {
    match now {
        Some(now) if at.is_empty() => now.to_string(),
        Some(now) => format!("{at} {now}"),
        None => at.to_string(),
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
    let scenario = m.met(&scenario, &record);
    let Ok(mut contact) = Contact::replay(&scenario, &policy, &record) else {
        return;
    };
    if contact.choose(index).is_err() {
        return;
    }
    let record = stamped(m, &record, contact.record());
    if contact.is_over() {
        let csat = debrief(&contact).scorecards.customer.csat;
        m.saved.record_result(&record, csat);
        let step = Step::contact_key(&record.scenario, &record.policy);
        let step = m.saved.record_step(&step, csat * 10);
        m.saved.log_contact(&record, step);
    } else if let Some(p) = m.saved.profile_mut() {
        p.unfinished.insert(record.scenario.clone(), record);
    }
}
