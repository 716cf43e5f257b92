//! The game's model as a page holds it, with what keeps it in step with
//! the browser: progress saved after every action, the scenarios fetched in
//! the language chosen, and the location followed both ways.

use gloo::events::EventListener;
use yew::prelude::*;

use super::app::{Page, Reads};
use super::store::{State, Store};
use crate::app::game::{Model, Msg};
use crate::ui::game::library;
use crate::ui::shell::dom;

/// The page's store, kept in step with the browser, and the state the
/// screens are given.
#[hook]
pub fn use_page_store<P: Page>() -> (UseReducerHandle<Store<P>>, State) {
    // What the model starts from comes from the browser here, once: stored
    // progress, the location, and the seed for everything random after.
    let store = use_reducer(|| {
        let (saved, set_aside, route) = P::load(P::route(&dom::current_hash()));
        Store::<P>::new(Model::new(saved, set_aside, route, dom::random_seed()))
    });
    let state = State::of(&store);

    {
        // After every action: saving unchanged progress again is cheaper
        // than telling whether it changed.
        let state = state.clone();
        use_effect_with(state.revision, move |_| P::keep(&state));
    }
    use_fetches::<P>(&state);
    use_words::<P>(&state);
    use_location::<P>(&state);
    use_effect_with(state.lang(), |lang| dom::set_document_lang(lang.code()));
    (store, state)
}

/// The shipped scenarios (the index, or the whole library) whenever the
/// language changes, and each scenario when a screen wants it.
#[hook]
fn use_fetches<P: Page>(state: &State) {
    {
        // The shipped scenarios come one language at a time: again whenever
        // the language changes (texts show in the old one until then).
        let state = state.clone();
        use_effect_with(state.lang(), move |&lang| {
            yew::platform::spawn_local(async move {
                let base = format!("{}scenarios/", P::HOME);
                let library = match P::LIBRARY {
                    Reads::Index => library::fetch_index(&base, lang, false).await,
                    Reads::IndexWithTracks => library::fetch_index(&base, lang, true).await,
                    Reads::Whole => library::fetch_library(&base, lang).await,
                };
                state.dispatch(Msg::Loaded(library));
            });
        });
    }
    {
        // A scenario is fetched when a screen needs it, in the language chosen.
        let state = state.clone();
        use_effect_with(P::wanted(&state), move |wanted| {
            if let Some((id, lang)) = wanted.clone() {
                yew::platform::spawn_local(async move {
                    let base = format!("{}scenarios/", P::HOME);
                    let (url, fetched) = library::fetch_scenario(&base, &id, lang).await;
                    state.dispatch(Msg::ScenarioArrived {
                        id,
                        lang,
                        url,
                        fetched,
                    });
                });
            }
        });
    }
}

/// The wording of scenario files' problems, when there is one to show.
#[hook]
fn use_words<P: Page>(state: &State) {
    let state = state.clone();
    use_effect_with(state.words_wanted(), move |&wanted| {
        if let Some(lang) = wanted {
            yew::platform::spawn_local(async move {
                let base = format!("{}words/", P::HOME);
                let words = library::fetch_words(&base, lang).await;
                state.dispatch(Msg::Words(lang, words));
            });
        }
    });
}

/// The location: followed when it changes, and made to follow the model.
#[hook]
fn use_location<P: Page>(state: &State) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    state.dispatch(Msg::Routed(P::route(&dom::current_hash())))
                })
            });
            move || drop(listener)
        });
    }
    // Where the model itself moved on (a link that needs a profile first),
    // the location follows.
    use_effect_with(state.route.clone(), |route| {
        if P::route(&dom::current_hash()) != *route {
            dom::go(route);
        }
    });
}
