//! The app shell: holds the game's model (`page_store`: progress, the
//! scenarios, the hash route) and shows the page frame, the notices and the
//! current screen. The game and the shift
//! page share it; each brings its own screens (`Page`), so neither carries
//! the other's.

use yew::prelude::*;

use super::frame::frame;
use super::notices::notices;
use super::page_store::use_page_store;
use super::storage;
use super::store::{State, Store};
use crate::app::game::{self, Model, Msg};
use crate::app::route::Route;
use crate::saved::progress::Saved;
use crate::ui::i18n;
use crate::ui::{game::contact, game::debrief, game::list, game::start};

/// What a page reads of the library.
pub enum Reads {
    /// The index, and each scenario when it is opened (the game).
    Index,
    /// The same, and every track's steps (the tracks page).
    IndexWithTracks,
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
    /// Whether the header leads to the other pages. A page that must not be
    /// left (the LMS page: a new document would end the LMS session) says no.
    const NAV: bool = true;
    /// Where a track's shift step is played: the shift page, or a route of
    /// this page (a hash: the LMS page, which must not be left).
    const SHIFT: &'static str = "../shift/";
    /// The page's messages: the game's, and any of its own.
    type Msg: From<Msg> + 'static;
    /// Where progress comes from at start-up, and the route to begin with:
    /// the browser's storage, or what the page says instead (the LMS page:
    /// the LMS).
    fn load(route: Route) -> (Saved, Option<String>, Route) {
        let (saved, set_aside) = storage::load();
        (saved, set_aside, route)
    }
    /// After every action: keep the progress (in the browser's storage,
    /// unless the page says where else).
    fn keep(state: &State) {
        keep_in_browser(state)
    }
    /// The time for the model's next update (`Model::clock_ms`): now, where
    /// progress and its answer log are kept in the browser.
    fn clock() -> Option<u64> {
        Some(js_sys::Date::now() as u64)
    }
    fn route(hash: &str) -> Route;
    /// The shipped scenario the page needs fetched now, in the language
    /// chosen: the one the screen shows, unless the page says what else.
    fn wanted(model: &Model) -> Option<(String, crate::engine::Lang)> {
        model.wanted()
    }
    fn update(model: &mut Model, msg: Self::Msg);
    fn screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html;
}

/// Keep the progress in the browser's storage, unless what was stored could
/// not be read and has not been set aside (then it must not be overwritten).
pub fn keep_in_browser(state: &State) {
    if state.set_aside.as_deref() != Some(crate::saved::progress::STORAGE_KEY) {
        storage::save(&state.saved);
    }
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
            Route::Play(id) => contact::seated::<contact::FromList>(state, id),
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
    let (store, state) = use_page_store::<P>();
    let lang = state.lang();
    let t = i18n::game(lang);
    let home = P::HOME;
    let pick_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Msg::SetLang(l)))
    };
    frame! {
        lang: lang,
        pick_lang: pick_lang,
        brand: {
            <a class="brand" href={if P::NAV { format!("{home}#/") } else { "#/".into() }} data-testid="nav-home" aria-label={format!("{} — {}", t.app_name, t.nav_home)}>{t.app_name}</a>
        },
        nav: {
            if P::NAV { <>
                <a href={format!("{home}scores/")} data-testid="nav-scores">{t.nav_scores}</a>
                <a href={format!("{home}author/")} data-testid="nav-workshop">{t.nav_workshop}</a>
                <a href={format!("{home}manager/")} data-testid="nav-manager">{t.nav_manager}</a>
            </> }
        },
        main: {},
        content: {
            { notices(&state, home) }
            { P::screen(&state.route, &state, &store) }
        },
    }
}
