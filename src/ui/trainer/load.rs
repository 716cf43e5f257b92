//! Getting statements into the cohort analysis: the LRS's pages one by one
//! (following `more`), or the files trainees exported; then the replay, in
//! steps. Between pages and steps the page yields to the browser, so it
//! stays responsive and shows its progress.

use std::rc::Rc;

use gloo::net::http::Request;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCredentials, RequestMode};
use yew::Callback;

use crate::app::trainer::{failure_of, first_page, next_page, Failure, Lrs, Msg};
use crate::engine::analysis::cohort::Cohort;
use crate::engine::model::track::Track;
use crate::engine::{builtin_policies, Scenario};

/// Contacts replayed between two looks at the browser.
const REPLAY_STEP: usize = 2_000;

/// What the analysis needs to know: the scenarios and tracks played.
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    pub scenarios: Rc<Vec<Scenario>>,
    pub tracks: Rc<Vec<Track>>,
}

/// Let the browser draw and handle input (a zero timeout: a macrotask,
/// after rendering and events).
async fn breathe() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(wait).await;
}

/// One page from the LRS, or what went wrong. A request the browser
/// refuses before any answer is either CORS or no server: a second,
/// opaque (`no-cors`) request tells them apart, since it succeeds whenever
/// something answers.
async fn fetch_page(url: &str, auth: &str) -> Result<String, Failure> {
    // The key and secret go in the header; no cookies (an LRS that allows
    // every origin, `*`, refuses a request that sends them).
    let sent = Request::get(url)
        .credentials(RequestCredentials::Omit)
        .header("Authorization", auth)
        .header("X-Experience-API-Version", "1.0.3")
        .send()
        .await;
    let response = match sent {
        Ok(r) => r,
        Err(_) => {
            let probe = Request::get(url)
                .credentials(RequestCredentials::Omit)
                .mode(RequestMode::NoCors)
                .send()
                .await;
            return Err(if probe.is_ok() {
                Failure::Cors
            } else {
                Failure::Unreachable
            });
        }
    };
    if !response.ok() {
        return Err(failure_of(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| Failure::Unreadable(format!("{url}: {e}")))
}

/// Replays what was read, in steps, and reports the analysis.
async fn finish(cohort: Cohort<'_>, send: &Callback<Msg>) {
    let mut replaying = cohort.finish();
    loop {
        let done = replaying.step(REPLAY_STEP);
        let (at, total) = replaying.progress();
        send.emit(Msg::Replayed { done: at, total });
        if done {
            break;
        }
        breathe().await;
    }
    send.emit(Msg::Loaded(Rc::new(replaying.report())));
}

/// Every page of answers the LRS holds for `lrs`'s dates.
pub async fn from_lrs(lrs: Lrs, known: Known, send: Callback<Msg>) {
    send.emit(Msg::Start);
    let policies = builtin_policies();
    let mut cohort = Cohort::new(&known.scenarios, &policies, &known.tracks);
    let mut url = match first_page(&lrs) {
        Ok(url) => url,
        Err(f) => return send.emit(Msg::Failed(f)),
    };
    let auth = crate::engine::lms::standalone::basic_authorization(lrs.key.trim(), &lrs.secret);
    let mut pages = 0;
    loop {
        let text = match fetch_page(&url, &auth).await {
            Ok(text) => text,
            Err(f) => return send.emit(Msg::Failed(f)),
        };
        let page = match cohort.add_page(&url, &text) {
            Ok(page) => page,
            Err(why) => return send.emit(Msg::Failed(Failure::Unreadable(why))),
        };
        pages += 1;
        send.emit(Msg::Read {
            statements: cohort.statements(),
            pages,
        });
        match page.more {
            Some(more) => url = next_page(&lrs.endpoint, &more),
            None => break,
        }
        breathe().await;
    }
    finish(cohort, &send).await;
}

/// The statements in files trainees exported (or an LRS's pages saved).
pub async fn from_files(files: Vec<web_sys::File>, known: Known, send: Callback<Msg>) {
    send.emit(Msg::Start);
    let policies = builtin_policies();
    let mut cohort = Cohort::new(&known.scenarios, &policies, &known.tracks);
    for (i, file) in files.into_iter().enumerate() {
        let name = file.name();
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let Some(text) = text else {
            let why = format!("{name}: not a text file");
            return send.emit(Msg::Failed(Failure::Unreadable(why)));
        };
        if let Err(why) = cohort.add_page(&name, &text) {
            return send.emit(Msg::Failed(Failure::Unreadable(why)));
        }
        send.emit(Msg::Read {
            statements: cohort.statements(),
            pages: i + 1,
        });
        breathe().await;
    }
    finish(cohort, &send).await;
}
