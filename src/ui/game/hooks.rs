//! The contact screen's behaviour that is not drawing: the customer "typing"
//! before a new line shows, and number keys that pick an answer.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the customer "types" before a new line shows, in milliseconds.
const TYPING_MS: u32 = 700;

/// How many of `total` transcript lines to show: a new line waits while the
/// customer is typing (when `typing` is on). Returns (shown, pending).
#[hook]
pub fn use_typing_reveal(total: usize, typing: bool) -> (usize, bool) {
    let revealed = use_state(|| total);
    {
        let revealed = revealed.clone();
        use_effect_with((total, typing), move |&(total, typing)| {
            let mut timer = None;
            if *revealed < total {
                if typing {
                    timer = Some(Timeout::new(TYPING_MS, move || revealed.set(total)));
                } else {
                    revealed.set(total);
                }
            } else if *revealed > total {
                revealed.set(total);
            }
            move || drop(timer)
        });
    }
    let pending = *revealed < total;
    (if pending { total - 1 } else { total }, pending)
}

/// Keys 1–5 pick the answer with that number while `listening`, unless the
/// answer is unavailable, a modifier is held, or the key goes to a field.
/// `key` says when the listener must be made anew (a new contact).
#[hook]
pub fn use_number_keys(available: Vec<bool>, listening: bool, key: String, pick: Callback<usize>) {
    use_effect_with(
        (available, listening, key),
        move |(available, listening, _)| {
            let (available, listening) = (available.clone(), *listening);
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                EventListener::new(&doc, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !listening || e.ctrl_key() || e.alt_key() || e.meta_key() || in_field(e) {
                        return;
                    }
                    if let Some(n) = e
                        .key()
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=5).contains(n))
                    {
                        if available.get(n - 1).copied().unwrap_or(false) {
                            pick.emit(n - 1);
                        }
                    }
                })
            });
            move || drop(listener)
        },
    );
}

fn in_field(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
