//! What the channel adds to a contact on screen: for an e-mail or a post,
//! how long ago the customer wrote and the reply time promised (and when it
//! has run out); for a public post, how its onlookers react; a marker on
//! replies that go to direct messages. Words and numbers, never colour alone.

use yew::prelude::*;

use crate::engine::play::audience::Onlookers;
use crate::engine::play::channel::Thread;
use crate::engine::{Contact, Lang};
use crate::ui::i18n;

/// Kept out of line: the contact screen is the game's largest function, and
/// phone calls never need this.
#[inline(never)]
pub fn status(contact: &Contact, lang: Lang, t: &'static i18n::Game) -> Html {
    let thread = &contact.situation().thread;
    let promise = thread.promise.map(|p| promise(thread, p, t));
    let audience = thread.audience.map(|a| onlookers(&a, lang, t));
    html! { <>{ for promise }{ for audience }</> }
}

/// One sentence, built as one string: fewer nodes, a smaller game.
fn promise(thread: &Thread, promise: u32, t: &'static i18n::Game) -> Html {
    let left = promise.saturating_sub(thread.waited);
    let mut line = format!("{}: ", t.wrote);
    match thread.waited {
        0 => line += t.just_now,
        w => line += &format!("{} {}", span(w, t), t.ago),
    }
    line += &format!(" · {} {}: ", t.reply_within, span(promise, t));
    match left {
        0 => line += t.promise_run_out,
        l => line += &format!("{}{}{}", t.left.0, span(l, t), t.left.1),
    }
    if thread.late_replies > 0 {
        line += &format!(" · {}: {}", t.late_replies, thread.late_replies);
    }
    html! { <p class="promise" data-testid="promise" data-run-out={(left == 0).to_string()}>{line}</p> }
}

/// The onlookers' net reactions as a number and a word; a status region,
/// so a change is announced politely.
fn onlookers(a: &Onlookers, lang: Lang, t: &'static i18n::Game) -> Html {
    let net = a.reactions();
    let line = format!(
        "{} ({} {}): {net:+} — {}",
        t.onlookers,
        a.watching,
        t.watching,
        i18n::onlookers_word(lang, net)
    );
    html! { <p class="audience" data-testid="audience" role="status" data-net={net.to_string()}>{line}</p> }
}

/// A duration as "3 h 50 min", "4 h" or "10 min".
fn span(seconds: u32, t: &'static i18n::Game) -> String {
    let (h, m) = (seconds / 3600, seconds % 3600 / 60);
    match (h, m) {
        (0, m) => format!("{} min", m.max(1)),
        (h, 0) => format!("{h} {}", t.hours),
        (h, m) => format!("{h} {} {m} min", t.hours),
    }
}

/// On a reply that goes to direct messages, out of the onlookers' view.
pub fn private_marker(private: bool, t: &'static i18n::Game) -> Html {
    if !private {
        return html! {};
    }
    html! { <span class="badge" data-testid="private">{t.private_reply}</span> }
}
