//! The LMS session of the LMS page: started once at launch, told of every
//! action, ended when the page goes away. Outside an LMS there is none, and
//! the page keeps progress in the browser like the tracks page. In an LMS,
//! nothing goes to the browser's storage: the workstation may be shared.

use std::cell::RefCell;

use gloo::events::EventListener;

use super::api::Api;
use crate::app::game::Model;
use crate::app::lms::{resume, Reporter};
use crate::app::route::Route;
use crate::engine::lms::scorm::{display_name, language, Tracker};
use crate::engine::lms::suspend;
use crate::engine::Lang;
use crate::saved::progress::Saved;

struct Session {
    api: Api,
    reporter: Reporter,
    started_ms: f64,
    ended: bool,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The track the package delivers: `?track=ID` on the launch URL.
pub fn course() -> String {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("track="))
        .filter(|id| !id.is_empty())
        .unwrap_or("onboarding")
        .to_string()
}

/// Start the session if an LMS is there: the learner, their language and
/// where they left off come from it. `None` outside an LMS.
pub fn start(course: &str, fallback_lang: Lang) -> Option<(Saved, Route)> {
    let api = Api::find()?;
    if !api.initialize() {
        return None;
    }
    let recorded = api
        .get_value("cmi.interactions._count")
        .parse()
        .unwrap_or(0);
    let tracker = Tracker::new(api.standard, recorded);
    let name = display_name(&api.get_value(tracker.learner_name_element()));
    let lang = language(&api.get_value(tracker.language_element())).unwrap_or(fallback_lang);
    // Unreadable suspend data starts the track afresh; the LMS keeps its own
    // record of the attempt.
    let suspended = suspend::decode(&api.get_value("cmi.suspend_data")).unwrap_or_default();
    let (saved, route) = resume(
        if name.is_empty() { "…" } else { &name },
        lang,
        course,
        &suspended,
    );
    let started_ms = now_ms();
    let reporter = Reporter::new(tracker, course, &suspended, started_ms as u64);
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            api,
            reporter,
            started_ms,
            ended: false,
        })
    });
    if let Some(window) = web_sys::window() {
        // Leaving the page ends the session: pagehide fires on close,
        // reload and navigation, also where unload no longer does.
        EventListener::new(&window, "pagehide", |_| end()).forget();
    }
    Some((saved, route))
}

/// Whether an LMS session is running.
pub fn active() -> bool {
    SESSION.with(|s| s.borrow().is_some())
}

/// Tell the LMS what it does not know yet, and commit it.
pub fn report(model: &Model) {
    SESSION.with(|s| {
        if let Some(session) = s.borrow_mut().as_mut().filter(|s| !s.ended) {
            let calls = session.reporter.report(model, now_ms() as u64);
            if calls.is_empty() {
                return;
            }
            for (element, value) in &calls {
                session.api.set_value(element, value);
            }
            session.api.commit();
        }
    });
}

/// The session's time, suspend or a normal exit, and the end of it.
fn end() {
    SESSION.with(|s| {
        if let Some(session) = s.borrow_mut().as_mut().filter(|s| !s.ended) {
            session.ended = true;
            let ms = (now_ms() - session.started_ms).max(0.0) as u64;
            let finished = session.reporter.complete();
            for (element, value) in session.reporter.tracker.leave(ms, finished) {
                session.api.set_value(&element, &value);
            }
            session.api.commit();
            session.api.terminate();
        }
    });
}
