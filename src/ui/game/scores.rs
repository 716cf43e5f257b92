//! "How the scores work", in plain words.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::i18n;

/// A plain view: it has no hooks, and a component type costs its own copy of
/// Yew's lifecycle code.
pub fn scores(lang: Lang) -> Html {
    let t = i18n::scores(lang);
    html! {
        <section data-testid="screen-scores" class="screen prose">
            <h1>{t.title}</h1>
            { for t.body.iter().map(|(h, p)| html! { <><h2>{*h}</h2><p>{*p}</p></> }) }
        </section>
    }
}
