//! The English/Nederlands switch in the header of every page.

use yew::prelude::*;

use crate::engine::Lang;

/// A labelled group of two toggle buttons, each named in its own language.
pub fn language_switch(current: Lang, label: &'static str, pick: Callback<Lang>) -> Html {
    let button = |l: Lang, name: &'static str| {
        let pick = pick.clone();
        html! {
            <button type="button" class="lang" data-testid={format!("lang-{}", l.code())}
                aria-pressed={(current == l).to_string()} lang={l.code()}
                onclick={Callback::from(move |_| pick.emit(l))}>{name}</button>
        }
    };
    html! {
        <span class="langs" role="group" aria-label={label}>
            { button(Lang::En, "English") }
            { button(Lang::Nl, "Nederlands") }
        </span>
    }
}
