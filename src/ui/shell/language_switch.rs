//! The English/Nederlands switch in the header of every page.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::i18n;

/// A labelled group of toggle buttons, one per language, each named in its
/// own language.
pub fn language_switch(current: Lang, pick: Callback<Lang>) -> Html {
    let button = |l: Lang| {
        let pick = pick.clone();
        html! {
            <button type="button" class="lang" data-testid={format!("lang-{}", l.code())}
                aria-pressed={(current == l).to_string()} lang={l.code()}
                onclick={Callback::from(move |_| pick.emit(l))}>{i18n::shell(l).name}</button>
        }
    };
    html! {
        <span class="langs" role="group" aria-label={i18n::shell(current).language}>
            { for i18n::LANGS.into_iter().map(button) }
        </span>
    }
}
