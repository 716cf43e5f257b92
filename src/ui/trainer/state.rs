//! The trainer page's model as Yew holds it (a thin adapter over
//! `app::trainer`), and the LRS's address and credentials kept for the
//! session: typed once, gone when the tab closes.

use std::rc::Rc;

use yew::Reducible;

use crate::app::trainer::{update, Lrs, Msg, Trainer};

const KEYS: [&str; 5] = [
    "frontline-trainer-endpoint",
    "frontline-trainer-key",
    "frontline-trainer-secret",
    "frontline-trainer-since",
    "frontline-trainer-until",
];

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The LRS as typed earlier in this tab.
pub fn saved_lrs() -> Lrs {
    let Some(s) = session() else {
        return Lrs::default();
    };
    let get = |k: &str| s.get_item(k).ok().flatten().unwrap_or_default();
    Lrs {
        endpoint: get(KEYS[0]),
        key: get(KEYS[1]),
        secret: get(KEYS[2]),
        since: get(KEYS[3]),
        until: get(KEYS[4]),
    }
}

/// Kept for this tab only (session storage), never in local storage.
pub fn save_lrs(lrs: &Lrs) {
    if let Some(s) = session() {
        let values = [&lrs.endpoint, &lrs.key, &lrs.secret, &lrs.since, &lrs.until];
        for (k, v) in KEYS.iter().zip(values) {
            let _ = s.set_item(k, v);
        }
    }
}

impl Reducible for Trainer {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut m = (*self).clone();
        update(&mut m, msg);
        Rc::new(m)
    }
}
