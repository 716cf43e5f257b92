//! "How the scores work", in plain words: a page of its own
//! (`scores.html`, `dist/scores/`), so the game does not carry its text.

use yew::prelude::*;

use crate::app::game::{self, Model, Msg};
use crate::app::route::Route;
use crate::engine::Lang;
use crate::ui::i18n;
use crate::ui::shell::app::{Page, Reads};
use crate::ui::shell::store::{State, Store};

pub struct ScoresPage;

impl Page for ScoresPage {
    const HOME: &'static str = "../";
    const LIBRARY: Reads = Reads::Nothing;
    type Msg = Msg;

    fn route(_: &str) -> Route {
        Route::Scores
    }

    fn update(model: &mut Model, msg: Msg) {
        game::update(model, msg)
    }

    fn screen(_: &Route, state: &State, _: &UseReducerHandle<Store<Self>>) -> Html {
        scores(state.lang())
    }
}

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
