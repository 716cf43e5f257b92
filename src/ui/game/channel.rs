//! What the channel adds to a contact on screen: for an e-mail or a post,
//! how long ago the customer wrote and the reply time promised (and when it
//! has run out); for a public post, how its onlookers react; a marker on
//! replies that go to direct messages. Words and numbers, never colour alone.

use yew::prelude::*;

use crate::engine::play::audience::Onlookers;
use crate::engine::play::channel::Thread;
use crate::engine::Contact;
use crate::ui::i18n::{self, Said};

/// Kept out of line: the contact screen is the game's largest function, and
/// phone calls never need this.
#[inline(never)]
pub fn status(contact: &Contact, w: Said) -> Html {
    let thread = &contact.situation().thread;
    let promise = thread.promise.map(|p| promise(thread, p, w));
    let audience = thread.audience.map(|a| onlookers(&a, w));
    html! { <>{ for promise }{ for audience }</> }
}

/// One sentence, built as one string: fewer nodes, a smaller game.
fn promise(thread: &Thread, promise: u32, w: Said) -> Html {
    let left = promise.saturating_sub(thread.waited);
    let mut line = format!("{}: ", w.wrote());
    match thread.waited {
        0 => line += w.just_now(),
        waited => line += &format!("{} {}", span(waited, w), w.ago()),
    }
    line += &format!(" · {} {}: ", w.reply_within(), span(promise, w));
    match left {
        0 => line += w.promise_run_out(),
        l => line += &i18n::fill(w.left(), &[&span(l, w)]),
    }
    if thread.late_replies > 0 {
        line += &format!(" · {}: {}", w.late_replies(), thread.late_replies);
    }
    html! { <p class="promise" data-testid="promise" data-run-out={(left == 0).to_string()}>{line}</p> }
}

/// The onlookers' net reactions as a number and a word; a status region,
/// so a change is announced politely.
fn onlookers(a: &Onlookers, w: Said) -> Html {
    let net = a.reactions();
    let line = format!(
        "{} ({} {}): {net:+} — {}",
        w.onlookers(),
        a.watching,
        w.watching(),
        w.onlookers_word(net)
    );
    html! { <p class="audience" data-testid="audience" role="status" data-net={net.to_string()}>{line}</p> }
}

/// A duration as "3 h 50 min", "4 h" or "10 min".
fn span(seconds: u32, w: Said) -> String {
    let (h, m) = (seconds / 3600, seconds % 3600 / 60);
    match (h, m) {
        (0, m) => format!("{} min", m.max(1)),
        (h, 0) => format!("{h} {}", w.hours()),
        (h, m) => format!("{h} {} {m} min", w.hours()),
    }
}

/// On a reply that goes to direct messages, out of the onlookers' view.
pub fn private_marker(private: bool, w: Said) -> Html {
    if !private {
        return html! {};
    }
    html! { <span class="badge" data-testid="private">{w.private_reply()}</span> }
}
