//! The LMS page in a cmi5 launch (issue 19): the launch URL's `endpoint`,
//! `fetch`, `actor`, `registration` and `activityId` say so. Before the
//! page shows anything, the token is fetched, `LMS.LaunchData`, the
//! learner's preferences and the AU's own progress document are read; then
//! every statement goes into the queue (`engine::lms::queue`), kept in
//! localStorage under the registration, and leaves for the LRS in order
//! (`ui::shell::lrs`), retried with back-off, on the browser's `online`
//! and on the trainee's next action, until the LRS has it.
//!
//! What is kept where: the queue (statements only) in localStorage until
//! sent, so that a reload or a relaunch on this computer sends what an
//! outage held back, first; the launch (token, launch data, last progress)
//! in this tab's sessionStorage, so that a reload of the AU (whose fetch
//! URL works once) carries the session on, and gone when the tab closes.

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use yew::Callback;

use crate::app::cmi5::{Kept, Reporter, PROGRESS_STATE};
use crate::app::game::Model;
use crate::app::lms::resume;
use crate::app::route::Route;
use crate::engine::lms::cmi5::{self, Launch, LaunchData};
use crate::engine::lms::queue::{self, Delivery, Queue};
use crate::engine::lms::scorm::display_name;
use crate::engine::lms::xapi::Profile;
use crate::engine::Lang;
use crate::saved::progress::Saved;
use crate::ui::shell::lrs::{self, Lrs, StateKey};

/// The launch parameters (cmi5 section 8.1).
pub struct Params {
    endpoint: String,
    fetch: String,
    actor: String,
    registration: String,
    activity_id: String,
}

/// The launch URL's cmi5 parameters, if it has them all.
pub fn params() -> Option<Params> {
    let search = web_sys::window()?.location().search().ok()?;
    let q = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Some(Params {
        endpoint: q.get("endpoint")?,
        fetch: q.get("fetch")?,
        actor: q.get("actor")?,
        registration: q.get("registration")?,
        activity_id: q.get("activityId")?,
    })
}

/// The organisation's IRIs: the package puts `base=` on the AU's URL
/// (`frontline package --xapi-base`); without it, or unreadable, the
/// documented default.
fn profile_of() -> Profile {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|q| q.get("base"))
        .and_then(|b| Profile::new(&b).ok())
        .unwrap_or_default()
}

/// What this tab keeps of a launch for a reload.
#[derive(Clone, Default, Serialize, Deserialize)]
struct Tab {
    fetch: String,
    token: String,
    launch_data: String,
    lang: Option<Lang>,
    kept: String,
}

fn tab_key(registration: &str) -> String {
    format!("frontline.cmi5.{registration}")
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The AU, as launched.
struct Au {
    actor: Value,
    actor_json: String,
    registration: String,
    activity_id: String,
    session_id: String,
    data: LaunchData,
}

impl Au {
    fn launch(&self) -> Launch<'_> {
        Launch {
            actor: &self.actor,
            registration: &self.registration,
            activity_id: &self.activity_id,
            session_id: &self.session_id,
            data: &self.data,
        }
    }

    fn state_key(&self) -> StateKey<'_> {
        StateKey {
            activity_id: &self.activity_id,
            agent: &self.actor_json,
            registration: &self.registration,
            state_id: PROGRESS_STATE,
        }
    }
}

struct Session {
    au: Au,
    lrs: Lrs,
    tab: Tab,
    reporter: Reporter,
    /// Filled in by `start`, from the progress document.
    kept: Kept,
    queue: Queue,
    /// The progress document not yet stored by the LRS.
    state: Option<String>,
    sending: bool,
    /// Another attempt was asked for while one was under way.
    again: bool,
    failures: u32,
    retry: Option<Timeout>,
    delivery: Delivery,
    /// `terminated` is queued: nothing more is sent in this session.
    ended: bool,
}

/// The launch could not be completed (no token, no launch data).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    Launch,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static TROUBLE: RefCell<Option<Trouble>> = const { RefCell::new(None) };
    static WATCH: RefCell<Option<Callback<Delivery>>> = const { RefCell::new(None) };
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Launch: the token, the launch data, the learner's language and
/// progress. On failure the page runs as outside an LMS, and says so.
pub async fn launch(p: Params) {
    match prepare(p).await {
        Some(session) => SESSION.with(|s| *s.borrow_mut() = Some(session)),
        None => TROUBLE.with(|t| *t.borrow_mut() = Some(Trouble::Launch)),
    }
}

/// Section 8.2: the fetch URL answers a POST, once, with the token.
async fn token(fetch: &str) -> Option<String> {
    let (status, body) = lrs::request("POST", fetch, &[], None, false).await.ok()?;
    let answer: Value = serde_json::from_str(&body).ok()?;
    answer
        .get("auth-token")
        .and_then(Value::as_str)
        .filter(|_| status == 200)
        .map(str::to_string)
}

async fn prepare(p: Params) -> Option<Session> {
    let tab_key = tab_key(&p.registration);
    let stored = session_storage().and_then(|s| s.get_item(&tab_key).ok().flatten());
    // The same launch as before in this tab: a reload.
    let tab = stored
        .and_then(|raw| serde_json::from_str::<Tab>(&raw).ok())
        .filter(|t| t.fetch == p.fetch);
    let reload = tab.is_some();
    let mut tab = tab.unwrap_or_default();
    if !reload {
        tab.token = token(&p.fetch).await?;
        tab.fetch = p.fetch.clone();
    }
    let lrs = Lrs::new(&p.endpoint, format!("Basic {}", tab.token));
    let actor: Value = serde_json::from_str(&p.actor).ok()?;
    let key = StateKey {
        activity_id: &p.activity_id,
        agent: &p.actor,
        registration: &p.registration,
        state_id: "LMS.LaunchData",
    };
    // Read again on a reload; what this tab read before if the LRS is
    // unreachable now.
    match lrs.state(&key).await {
        Ok(Some(doc)) => tab.launch_data = doc,
        _ if reload => {}
        _ => return None,
    }
    let data = LaunchData::parse(&tab.launch_data).ok()?;
    let session_id = data.session_id()?.to_string();
    if let Ok(Some(prefs)) = lrs.agent_profile(&p.actor, "cmi5LearnerPreferences").await {
        tab.lang = cmi5::preferred_language(&prefs);
    }
    let au = Au {
        actor,
        actor_json: p.actor,
        registration: p.registration,
        activity_id: p.activity_id,
        session_id,
        data,
    };
    // A reload goes on from this tab's copy: it is never older than the
    // LRS's, which waits while the LRS is unreachable.
    if !reload {
        tab.kept = lrs.state(&au.state_key()).await.ok()?.unwrap_or_default();
    }
    let kept = Kept::parse(Some(&tab.kept));
    let mut queue = stored_queue(&au.registration);
    let ended = reload && over(&au, &lrs, &mut queue).await;
    let reporter = Reporter::new(&course_of(), &kept, now_ms()).with_profile(profile_of());
    if !ended {
        queue.push(reporter.initialized(&au.launch()));
    }
    let session = Session {
        au,
        lrs,
        tab,
        reporter,
        kept,
        queue,
        state: None,
        sending: false,
        again: false,
        failures: 0,
        retry: None,
        delivery: if ended {
            Delivery::Ended
        } else {
            Delivery::Sent
        },
        ended,
    };
    session.keep_tab();
    session.keep_queue();
    Some(session)
}

/// After a reload: the unload before queued `terminated`; the session
/// goes on unless the LRS has it already (then it is over).
async fn over(au: &Au, lrs: &Lrs, queue: &mut Queue) -> bool {
    let terminated = cmi5::terminated_id(&au.launch());
    !queue.withdraw(&terminated) || lrs.has_statement(&terminated).await == Ok(true)
}

/// The queue a load before left. One that does not read is copied aside
/// (`KEY.set-aside`) before a new one takes its key: nothing is lost.
fn stored_queue(registration: &str) -> Queue {
    let key = queue::storage_key(registration);
    let Some(store) = local_storage() else {
        return Queue::new();
    };
    let raw = store.get_item(&key).ok().flatten();
    Queue::decode(raw.as_deref()).unwrap_or_else(|_| {
        if let Some(raw) = raw {
            let _ = store.set_item(&format!("{key}.set-aside"), &raw);
        }
        Queue::new()
    })
}

fn course_of() -> String {
    super::session::course()
}

impl Session {
    fn keep_tab(&self) {
        if let (Some(s), Ok(raw)) = (session_storage(), serde_json::to_string(&self.tab)) {
            let _ = s.set_item(&tab_key(&self.au.registration), &raw);
        }
    }

    /// The queue in localStorage while it holds anything; gone once spent,
    /// so a shared workstation keeps no statement longer than it must.
    fn keep_queue(&self) {
        if let Some(s) = local_storage() {
            let key = queue::storage_key(&self.au.registration);
            let _ = if self.queue.is_spent() {
                s.remove_item(&key)
            } else {
                s.set_item(&key, &self.queue.encode())
            };
        }
    }

    fn tell(&mut self, delivery: Delivery) {
        if self.delivery != delivery {
            self.delivery = delivery;
            WATCH.with(|w| {
                if let Some(cb) = w.borrow().as_ref() {
                    cb.emit(delivery)
                }
            });
        }
    }
}

/// Whether a cmi5 launch was made (the page shows its bar).
pub fn launched() -> bool {
    SESSION.with(|s| s.borrow().is_some()) || trouble().is_some()
}

pub fn trouble() -> Option<Trouble> {
    TROUBLE.with(|t| *t.borrow())
}

/// Whether a cmi5 session is running.
pub fn active() -> bool {
    SESSION.with(|s| s.borrow().is_some())
}

/// The progress to start from, in the learner's name and language.
pub fn start(course: &str, fallback: Lang) -> Option<(Saved, Route)> {
    let (name, lang, suspended) = SESSION.with(|s| {
        let s = s.borrow();
        let s = s.as_ref()?;
        let actor = &s.au.actor;
        let name = actor["name"]
            .as_str()
            .or_else(|| actor["account"]["name"].as_str())
            .map(display_name)
            .unwrap_or_default();
        Some((name, s.tab.lang.unwrap_or(fallback), s.kept.suspended()))
    })?;
    let (saved, route) = resume(
        if name.is_empty() { "…" } else { &name },
        lang,
        course,
        &suspended,
    );
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "pagehide", |_| leave()).forget();
        EventListener::new(&window, "online", |_| flush()).forget();
    }
    flush();
    Some((saved, route))
}

/// After every action: queue what the LRS has not had, and send.
pub fn report(model: &Model) {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(s) = s.as_mut().filter(|s| !s.ended) else {
            return;
        };
        let update = s.reporter.report(model, &s.au.launch(), now_ms());
        let queued = !update.statements.is_empty();
        for statement in update.statements {
            s.queue.push(statement);
        }
        if let Some(state) = update.state {
            s.kept = Kept::parse(Some(&state));
            // This tab's copy, for a reload while the LRS is unreachable.
            s.tab.kept = state.clone();
            s.keep_tab();
            s.state = Some(state);
        }
        if queued {
            s.keep_queue();
        }
    });
    // The trainee's action is also a chance to try again.
    flush();
}

/// Which progress document: owned, for a request that outlives a borrow.
#[derive(Clone)]
struct Place {
    activity_id: String,
    agent: String,
    registration: String,
}

impl Place {
    fn of(au: &Au) -> Place {
        Place {
            activity_id: au.activity_id.clone(),
            agent: au.actor_json.clone(),
            registration: au.registration.clone(),
        }
    }

    fn key(&self) -> StateKey<'_> {
        StateKey {
            activity_id: &self.activity_id,
            agent: &self.agent,
            registration: &self.registration,
            state_id: PROGRESS_STATE,
        }
    }
}

/// Send what waits, in order, one attempt at a time.
pub fn flush() {
    let job = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let s = s.as_mut()?;
        if s.sending {
            s.again = true;
            return None;
        }
        if s.queue.is_empty() && s.state.is_none() {
            return None;
        }
        s.sending = true;
        s.again = false;
        s.retry = None;
        Some((
            s.lrs.clone(),
            s.queue.next(usize::MAX).to_vec(),
            s.state.clone(),
            Place::of(&s.au),
        ))
    });
    let Some((lrs, statements, state, place)) = job else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let sent = lrs.send(&statements).await;
        // The document may live elsewhere than the statements (an LMS's
        // State API in front of its LRS): tried whatever they met.
        let kept = match &state {
            Some(doc) => lrs.put_state(&place.key(), doc, false).await,
            None => Ok(()),
        };
        if settle(&sent, kept.is_ok(), state) {
            flush();
        }
    });
}

/// What an attempt achieved: acknowledged, refused, retried later; whether
/// to go again now (an action queued more while it ran).
fn settle(sent: &lrs::Sent, kept: bool, state: Option<String>) -> bool {
    let failure = sent.failure;
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(s) = s.as_mut() else {
            return false;
        };
        s.sending = false;
        s.queue.acknowledge(&sent.stored);
        for id in &sent.refused {
            s.queue.refuse(id);
        }
        if kept && s.state == state {
            s.state = None;
        }
        s.keep_queue();
        match failure {
            None => {
                s.failures = 0;
                if !s.ended {
                    s.tell(Delivery::Sent);
                }
                if !kept {
                    s.retry = Some(Timeout::new(queue::retry_after_ms(1), flush));
                }
                s.again && kept
            }
            Some(why) => {
                s.failures += 1;
                let count = s.queue.len();
                s.tell(Delivery::Waiting { count, why });
                s.retry = Some(Timeout::new(queue::retry_after_ms(s.failures), flush));
                false
            }
        }
    })
}

/// `terminated` into the queue, once; the session sends nothing after it.
fn terminate() -> bool {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(s) = s.as_mut().filter(|s| !s.ended) else {
            return false;
        };
        s.ended = true;
        let t = s.reporter.terminated(&s.au.launch(), now_ms());
        s.queue.push(t);
        s.keep_queue();
        true
    })
}

/// The page goes away (closed, reloaded, navigated): `terminated` last,
/// and whatever waits, on requests that outlive the page.
fn leave() {
    terminate();
    SESSION.with(|s| {
        if let Some(s) = s.borrow().as_ref() {
            s.lrs.send_on_leave(s.queue.next(usize::MAX));
            if let Some(doc) = s.state.clone() {
                let (lrs, place) = (s.lrs.clone(), Place::of(&s.au));
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = lrs.put_state(&place.key(), &doc, true).await;
                });
            }
        }
    });
}

/// The trainee's "Save and exit": `terminated`, sent (or kept for the next
/// launch on this computer when the LRS cannot be reached), then back to
/// the LMS's return URL; without one, the page says the window may close.
pub fn exit(done: Callback<()>) {
    terminate();
    flush();
    wasm_bindgen_futures::spawn_local(async move {
        // Give the sending a moment to finish (a handful of requests).
        for _ in 0..50 {
            let busy = SESSION.with(|s| s.borrow().as_ref().is_some_and(|s| s.sending));
            if !busy {
                break;
            }
            sleep(100).await;
        }
        let url = SESSION.with(|s| s.borrow().as_ref()?.au.data.return_url.clone());
        match (url, web_sys::window()) {
            (Some(url), Some(w)) => {
                let _ = w.location().assign(&url);
            }
            _ => done.emit(()),
        }
    });
}

/// The bar's view of the records, told of every change.
pub fn watch(cb: Callback<Delivery>) -> Delivery {
    WATCH.with(|w| *w.borrow_mut() = Some(cb));
    SESSION.with(|s| s.borrow().as_ref().map_or(Delivery::Sent, |s| s.delivery))
}

async fn sleep(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}
