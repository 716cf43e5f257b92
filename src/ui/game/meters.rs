//! What a contact's status bar shows: the customer's mood and patience,
//! the handle-time clock, and the name the house rules make you use.

use yew::prelude::*;

use crate::engine::{Contact, Policy};
use crate::ui::i18n::{self, Said};

pub fn status(contact: &Contact, policy: &Policy, w: Said) -> Html {
    let m = contact.customer().meters;
    let clock = policy.handle_time_target.map(|target| {
        let over_target = contact.clock() > target;
        html! {
            <p class="clock" data-testid="clock" data-over={over_target.to_string()}>
                {w.clock()}{": "}<strong>{i18n::clock(contact.clock())}</strong>{" / "}{i18n::clock(target)}{" "}{w.target()}
                { if over_target { " — " } else { "" } }{ if over_target { w.over_target() } else { "" } }
            </p>
        }
    });
    let alias = policy.alias.as_ref().map(|a| {
        let (before, after) = i18n::around(w.alias());
        html! {
            <p class="alias" data-testid="alias">{before}<strong>{a}</strong>{after}</p>
        }
    });
    html! {
        <div class="status">
            { meter("meter-mood", w.mood(), m.mood, w.mood_word(m.mood)) }
            { meter("meter-patience", w.patience(), m.patience, w.patience_word(m.patience)) }
            { for clock }
            { for alias }
        </div>
    }
}

fn meter(id: &'static str, label: &str, value: i32, word: &str) -> Html {
    html! {
        <div class="meter" data-testid={id} role="meter" aria-valuenow={value.to_string()}
            aria-valuemin="0" aria-valuemax="100" aria-label={label.to_string()} aria-valuetext={format!("{value}/100, {word}")}>
            <span class="meter-label">{label}{" "}<strong>{value}{"/100"}</strong>{" — "}{word}</span>
            <span class="bar" aria-hidden="true"><span class="fill" style={format!("width:{value}%")}></span></span>
        </div>
    }
}
