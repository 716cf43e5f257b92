//! The answers to choose from, numbered, each locked one with the reason.

use yew::prelude::*;

use crate::engine::play::contact::Offer;
use crate::engine::Lang;
use crate::ui::i18n::Said;

/// `say` puts the agent's name in; `choose` gets the index of the answer.
pub fn choices(
    offers: &[Offer],
    say: &dyn Fn(&str) -> String,
    choose: &Callback<usize>,
    lang: Lang,
    locked: &'static str,
    w: Said,
) -> Html {
    html! {
        <div class="choices" role="group" aria-label={w.your_answer().to_string()}>
            <h2 class="sr-only">{w.your_answer()}</h2>
            <p class="hint">{w.keys_hint()}</p>
            <ol>
            { for offers.iter().take(5).map(|o| {
                let n = o.index + 1;
                let lock = o.lock.as_ref().map(|l| (format!("lock-{n}"), w.lock(l)));
                let onclick = {
                    let choose = choose.clone();
                    let ok = o.available();
                    let index = o.index;
                    Callback::from(move |_| if ok { choose.emit(index) })
                };
                html! {
                    <li>
                        <button type="button" class="choice" data-testid={format!("choice-{n}")}
                            aria-disabled={lock.is_some().then_some("true")}
                            aria-describedby={lock.as_ref().map(|(id, _)| id.clone())}
                            onclick={onclick}>
                            <span class="num" aria-hidden="true">{n}</span>
                            <span>{say(o.choice.text.get(lang))}{super::channel::private_marker(o.choice.private, w)}</span>
                        </button>
                        { for lock.map(|(id, l)| html! {
                            <p class="lock" id={id} data-testid={format!("choice-lock-{n}")}>
                                <strong>{locked}{": "}</strong>{l}
                            </p>
                        }) }
                    </li>
                }
            }) }
            </ol>
        </div>
    }
}
