//! What a contact's status bar shows: the customer's mood and patience,
//! the handle-time clock, and the name the house rules make you use.

use yew::prelude::*;

use crate::engine::{Contact, Lang, Policy};
use crate::ui::i18n;

pub fn status(contact: &Contact, policy: &Policy, lang: Lang, t: &'static i18n::Game) -> Html {
    let m = contact.customer().meters;
    let clock = policy.handle_time_target.map(|target| {
        let over_target = contact.clock() > target;
        html! {
            <p class="clock" data-testid="clock" data-over={over_target.to_string()}>
                {t.clock}{": "}<strong>{i18n::clock(contact.clock())}</strong>{" / "}{i18n::clock(target)}{" "}{t.target}
                { if over_target { " — " } else { "" } }{ if over_target { t.over_target } else { "" } }
            </p>
        }
    });
    let alias = policy.alias.as_ref().map(|a| {
        html! {
            <p class="alias" data-testid="alias">{t.alias.0}<strong>{a}</strong>{t.alias.1}</p>
        }
    });
    html! {
        <div class="status">
            { meter("meter-mood", t.mood, m.mood, i18n::mood_word(lang, m.mood)) }
            { meter("meter-patience", t.patience, m.patience, i18n::patience_word(lang, m.patience)) }
            { for clock }
            { for alias }
        </div>
    }
}

fn meter(id: &'static str, label: &'static str, value: i32, word: &str) -> Html {
    html! {
        <div class="meter" data-testid={id} role="meter" aria-valuenow={value.to_string()}
            aria-valuemin="0" aria-valuemax="100" aria-label={label} aria-valuetext={format!("{value}/100, {word}")}>
            <span class="meter-label">{label}{" "}<strong>{value}{"/100"}</strong>{" — "}{word}</span>
            <span class="bar" aria-hidden="true"><span class="fill" style={format!("width:{value}%")}></span></span>
        </div>
    }
}
