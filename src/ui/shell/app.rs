//! The app shell: loads progress and scenarios, follows the hash route, and
//! shows the header, notices and the current screen. The game and the shift
//! page share it; each brings its own screens (`Page`), so neither carries
//! the other's.

use gloo::events::EventListener;
use yew::prelude::*;

use super::store::{State, Store};
use crate::app::game::{self, Model, Msg};
use crate::app::route::Route;
use crate::ui::i18n;
use crate::ui::shell::dom;
use crate::ui::shell::language_switch::language_switch;
use crate::ui::{
    game::contact, game::debrief, game::library, game::list, game::start, shell::storage,
};

/// What a page reads of the library.
pub enum Reads {
    /// The index, and each scenario when it is opened (the game).
    Index,
    /// The same, and every track's steps (the tracks page).
    IndexWithTracks,
    /// Nothing (a page of text).
    Nothing,
    /// Every scenario at once (the shift page).
    Whole,
}

/// One page of the game: its routes, its messages and their rules, and its
/// screens.
pub trait Page: Sized + 'static {
    /// The way from this page to the game's own folder ("" or "../").
    const HOME: &'static str;
    /// What the page reads of the library (a constant per page, so each
    /// page's wasm carries only the reader it uses).
    const LIBRARY: Reads = Reads::Index;
    /// The page's messages: the game's, and any of its own.
    type Msg: From<Msg> + 'static;
    fn route(hash: &str) -> Route;
    fn update(model: &mut Model, msg: Self::Msg);
    fn screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html;
}

/// The game itself: start, the contacts, a contact, its debrief.
pub struct Game;

impl Page for Game {
    const HOME: &'static str = "";
    type Msg = Msg;

    fn route(hash: &str) -> Route {
        Route::parse(hash)
    }

    fn update(model: &mut Model, msg: Msg) {
        game::update(model, msg)
    }

    fn screen(route: &Route, state: &State, _: &UseReducerHandle<Store<Self>>) -> Html {
        match route {
            Route::Play(id) => {
                let choose = {
                    let (state, id) = (state.clone(), id.clone());
                    Callback::from(move |index| state.dispatch(Msg::Choose(id.clone(), index)))
                };
                html! {
                    <contact::ContactScreen<contact::FromList> state={state.clone()} scenario={id.clone()} {choose} />
                }
            }
            Route::Debrief(id) => {
                html! { <debrief::DebriefScreen state={state.clone()} scenario={id.clone()} home="" /> }
            }
            Route::Scenarios => list::list(state),
            _ => html! { <start::Start state={state.clone()} /> },
        }
    }
}

#[function_component(App)]
pub fn app<P: Page>() -> Html {
    // What the model starts from comes from the browser here, once: stored
    // progress, the location, and the seed for everything random after.
    let store = use_reducer(|| {
        let (saved, set_aside) = storage::load();
        let route = P::route(&dom::current_hash());
        Store::<P>::new(Model::new(saved, set_aside, route, dom::random_seed()))
    });
    let state = State::of(&store);

    {
        // After every action: saving unchanged progress again is cheaper
        // than telling whether it changed.
        let state = state.clone();
        use_effect_with(state.revision, move |_| {
            if state.set_aside.as_deref() != Some(crate::saved::progress::STORAGE_KEY) {
                storage::save(&state.saved);
            }
        });
    }
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
                    Reads::Nothing => return,
                };
                state.dispatch(Msg::Loaded(library));
            });
        });
    }
    {
        // A scenario is fetched when a screen needs it, in the language chosen.
        let state = state.clone();
        use_effect_with(state.wanted(), move |wanted| {
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
    let lang = state.lang();
    use_effect_with(lang, |lang| dom::set_document_lang(lang.code()));

    let t = i18n::game(lang);
    let shell = i18n::shell(lang);
    let pick_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Msg::SetLang(l)))
    };
    let notice = state.set_aside.as_ref().map(|key| {
        let state = state.clone();
        html! {
            <div class="notice" role="alert" data-testid="storage-notice">
                <p>{t.storage_notice.0}<code>{key}</code>{t.storage_notice.1}</p>
                <button type="button" data-testid="storage-notice-dismiss"
                    onclick={Callback::from(move |_| state.dispatch(Msg::DismissNotice))}>{t.dismiss}</button>
            </div>
        }
    });
    let errors = state.library.errors.iter().map(|(file, message)| {
        html! {
            <div class="notice error" role="alert" data-testid="load-error">
                <p><strong>{t.load_error}{": "}<code>{file}</code></strong></p>
                <p>{message}</p>
            </div>
        }
    });

    let own_unreadable = state.library.own_unreadable.then(|| {
        html! {
            <div class="notice error" role="alert" data-testid="own-unreadable">
                <p>{t.own_unreadable}{" "}<a href={format!("{}author/", P::HOME)}>{t.nav_workshop}</a></p>
            </div>
        }
    });
    let screen = P::screen(&state.route, &state, &store);
    let home = P::HOME;

    html! {
        <>
            <a class="skip" href="#main">{shell.skip}</a>
            <header class="top">
                <a class="brand" href={format!("{home}#/")} data-testid="nav-home" aria-label={format!("{} — {}", t.app_name, t.nav_home)}>{t.app_name}</a>
                <nav aria-label={shell.menu}>
                    <a href={format!("{home}scores/")} data-testid="nav-scores">{t.nav_scores}</a>
                    <a href={format!("{home}author/")} data-testid="nav-workshop">{t.nav_workshop}</a>
                    <a href={format!("{home}manager/")} data-testid="nav-manager">{t.nav_manager}</a>
                </nav>
                { language_switch(lang, pick_lang) }
            </header>
            <main id="main" tabindex="-1">
                { for notice }
                { for errors }
                { for own_unreadable }
                { screen }
            </main>
        </>
    }
}
