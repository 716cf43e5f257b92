//! Sending the answer log's statements to a trainer's LRS from the scores
//! page: what this endpoint has not acknowledged, in the log's order,
//! through the shared queue (`engine::lms::queue`) and sender
//! (`ui::shell::lrs`), a few at a time so that what is stored is
//! remembered as it goes. On failure it tries again (back-off, the
//! browser's `online` event); a reload starts again from what is still
//! unacknowledged.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use super::settings;
use crate::engine::lms::queue::{self, Failure, Queue};
use crate::engine::lms::standalone::{to_send, Settings};
use crate::ui::shell::lrs::Lrs;

/// How many statements go between two notes of what was stored.
const BATCH: usize = 10;

/// Why statements wait, as far as the page can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Offline,
    /// No answer at all.
    Unreachable,
    /// The LRS answers, but not to this page's origin (CORS).
    Origin,
    Credentials,
    Other(u16),
}

/// What the trainee is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Idle,
    Sending {
        done: usize,
        of: usize,
    },
    /// `count` sent in this attempt; `refused` set aside by the LRS.
    Sent {
        count: usize,
        refused: usize,
    },
    Waiting {
        count: usize,
        why: Why,
    },
}

#[derive(Clone)]
struct Job {
    settings: Settings,
    statements: Rc<Vec<Value>>,
}

#[derive(Default)]
struct Driver {
    job: Option<Job>,
    sending: bool,
    again: bool,
    failures: u32,
    retry: Option<Timeout>,
    online: Option<EventListener>,
    watch: Option<Callback<Status>>,
}

thread_local! {
    static DRIVER: RefCell<Driver> = RefCell::new(Driver::default());
}

/// Who hears of every change of status.
pub fn watch(cb: Callback<Status>) {
    DRIVER.with(|d| d.borrow_mut().watch = Some(cb));
}

fn tell(status: Status) {
    let cb = DRIVER.with(|d| d.borrow().watch.clone());
    if let Some(cb) = cb {
        cb.emit(status);
    }
}

/// Send these statements to this LRS, now and until it has them all.
pub fn start(settings: Settings, statements: Rc<Vec<Value>>) {
    DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        d.job = Some(Job {
            settings,
            statements,
        });
        d.failures = 0;
        if d.online.is_none() {
            if let Some(window) = web_sys::window() {
                d.online = Some(EventListener::new(&window, "online", |_| flush(false)));
            }
        }
    });
    flush(true);
}

/// Stop sending (the settings were forgotten).
pub fn stop() {
    DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        d.job = None;
        d.retry = None;
        d.again = false;
    });
    tell(Status::Idle);
}

/// One attempt, unless one is under way: then another after it when the
/// job changed (`again`); a retry or the `online` event need none.
fn flush(again: bool) {
    let job = DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        if d.sending {
            d.again |= again;
            return None;
        }
        let job = d.job.clone()?;
        d.sending = true;
        d.again = false;
        d.retry = None;
        Some(job)
    });
    if let Some(job) = job {
        wasm_bindgen_futures::spawn_local(attempt(job));
    }
}

async fn attempt(job: Job) {
    let endpoint = &job.settings.endpoint;
    let mut acked = settings::acknowledged(endpoint);
    acked.keep_only(&job.statements);
    let mut queue = Queue::new();
    for s in to_send(&job.statements, &acked) {
        queue.push(s);
    }
    let of = queue.len();
    let lrs = Lrs::new(endpoint, job.settings.authorization());
    let mut failure = None;
    while !queue.is_empty() {
        tell(Status::Sending {
            done: of - queue.len(),
            of,
        });
        let batch = queue.next(BATCH).to_vec();
        let sent = lrs.send(&batch).await;
        queue.acknowledge(&sent.stored);
        for id in &sent.refused {
            queue.refuse(id);
        }
        acked.add(&sent.stored);
        settings::keep_acknowledged(endpoint, &acked);
        if let Some(why) = sent.failure {
            failure = Some(why);
            break;
        }
    }
    let status = match failure {
        None => Status::Sent {
            count: of - queue.refused().len(),
            refused: queue.refused().len(),
        },
        Some(why) => Status::Waiting {
            count: queue.len() + queue.refused().len(),
            why: explain(why, endpoint).await,
        },
    };
    settle(status);
}

/// After an attempt: try again later (not with refused credentials: the
/// trainee has to change them), or now if asked while it ran.
fn settle(status: Status) {
    let again = DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        d.sending = false;
        match status {
            Status::Waiting { why, .. } => {
                d.failures += 1;
                if why != Why::Credentials && d.job.is_some() {
                    d.retry = Some(Timeout::new(queue::retry_after_ms(d.failures), || {
                        flush(false)
                    }));
                }
            }
            _ => d.failures = 0,
        }
        d.again && d.job.is_some()
    });
    tell(status);
    if again {
        flush(false);
    }
}

/// A fetch that gets no answer may have met a network error or an LRS
/// that does not allow this page's origin (CORS): the page is not told
/// which. A `no-cors` request, which needs no permission and reads
/// nothing, tells them apart: it completes if the LRS answers at all.
async fn explain(why: Failure, endpoint: &str) -> Why {
    match why {
        Failure::Offline => Why::Offline,
        Failure::Credentials => Why::Credentials,
        Failure::Other(status) => Why::Other(status),
        Failure::Unreachable => {
            if answers_at_all(&format!("{endpoint}about")).await {
                Why::Origin
            } else {
                Why::Unreachable
            }
        }
    }
}

async fn answers_at_all(url: &str) -> bool {
    let init = web_sys::RequestInit::new();
    let _ = js_sys::Reflect::set(&init, &"mode".into(), &"no-cors".into());
    let _ = js_sys::Reflect::set(&init, &"credentials".into(), &"omit".into());
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .is_ok_and(|r: JsValue| !r.is_undefined())
}
