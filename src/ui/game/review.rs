//! The debrief's review of the contact: each answer given, with its
//! feedback and what it did to the customer's mood and the agent's stress.

use yew::prelude::*;

use crate::engine::check::catalogue::Fetched;
use crate::engine::model::scenario::Meter;
use crate::engine::play::customer::Reason;
use crate::engine::play::debrief::Debrief;
use crate::engine::Lang;
use crate::ui::i18n::Said;

/// `words`: the rules' names, fetched when the debrief is shown; until they
/// arrive (or if they cannot), each change shows as its amount alone.
pub fn review(d: &Debrief, agent_name: &str, words: Option<&Fetched>, lang: Lang, w: Said) -> Html {
    let named = |name: Option<&str>, amount: i32| match name {
        Some(name) => format!("{name} ({amount:+})"),
        None => format!("{amount:+}"),
    };
    let items = d.choices.iter().map(|r| {
        let why = r
            .adjustments
            .iter()
            .filter(|a| a.reason != Reason::Base && a.meter == Meter::Mood)
            .map(|a| named(words.and_then(|w| w.reason(a.reason)), a.amount))
            .collect::<Vec<_>>()
            .join(", ");
        let strain = r
            .stress
            .iter()
            .map(|e| named(words.and_then(|w| w.stress(e.reason)), e.amount))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <li>
                <p class="said">{"“"}{r.text.get(lang).replace("{agent}", agent_name)}{"”"}</p>
                <p>{r.feedback.get(lang)}</p>
                { if why.is_empty() { html!{} } else { html!{ <p class="hint">{w.mood()}{": "}{why}</p> } } }
                { if strain.is_empty() { html!{} } else { html!{ <p class="hint">{w.stress()}{": "}{strain}</p> } } }
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="rev-h">
            <h2 id="rev-h">{w.your_choices()}</h2>
            <ol class="review" data-testid="choice-review">{ for items }</ol>
        </section>
    }
}
