//! "How the scores work", in plain words.

use yew::prelude::*;

use super::i18n;
use crate::engine::Lang;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(Scores)]
pub fn scores(props: &Props) -> Html {
    let t = i18n::s(props.lang);
    html! {
        <section data-testid="screen-scores" class="screen prose">
            <h1>{t.scores_title}</h1>
            { for t.scores_body.iter().map(|(h, p)| html! { <><h2>{*h}</h2><p>{*p}</p></> }) }
        </section>
    }
}
