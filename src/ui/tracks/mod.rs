//! The tracks page (`tracks.html`, `dist/tracks/`): a track's steps in
//! order, the contacts played as its steps with their debriefs, and the
//! completion page. Its own page so that the game does not carry it.

pub(crate) mod view;

use yew::prelude::*;

use crate::app::game::{self, Model};
use crate::app::library::Library;
use crate::app::route::Route;
use crate::app::tracks::{self, Msg};
use crate::engine::Lang;
use crate::saved::own_tracks::OWN_TRACKS_KEY;
use crate::ui::game::contact::{seated, FromList, Seat, Seated};
use crate::ui::game::debrief::DebriefScreen;
use crate::ui::i18n::{self, Game, Said};
use crate::ui::shell::app::{Page, Reads};
use crate::ui::shell::storage;
use crate::ui::shell::store::{State, Store};

pub struct TracksPage;

impl Page for TracksPage {
    const HOME: &'static str = "../";
    const LIBRARY: Reads = Reads::IndexWithTracks;
    type Msg = Msg;

    fn route(hash: &str) -> Route {
        Route::parse_tracks(hash)
    }

    /// The library that arrives gets the trainer's own tracks here, not in
    /// the fetch the game shares: so the game's wasm does not carry them.
    fn update(model: &mut Model, msg: Msg) {
        let msg = match msg {
            Msg::Game(game::Msg::Loaded(library)) => {
                Msg::Game(game::Msg::Loaded(with_own_tracks(library)))
            }
            msg => msg,
        };
        tracks::update(model, msg)
    }

    fn screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html {
        match route {
            Route::Play(id) => seated::<InTrack>(state, id),
            Route::Debrief(id) => {
                html! { <DebriefScreen state={state.clone()} scenario={id.clone()} home="../" /> }
            }
            Route::Track(id) if !id.is_empty() => view::track_screen(state, store, id),
            _ => view::track_list(state),
        }
    }
}

/// The library with the trainer's own tracks as stored; ones that cannot be
/// read at all are left for the workshop to set aside, and said so.
fn with_own_tracks(library: Library) -> Library {
    match storage::read_own_tracks() {
        Some(own) => library.with_own_tracks(&own),
        None => {
            let mut library = library;
            let words = i18n::tracks(library.lang.unwrap_or(Lang::En)).own_unreadable;
            library
                .errors
                .push((OWN_TRACKS_KEY.to_string(), words.to_string()));
            library
        }
    }
}

/// A contact played as a step of a track: as from the list, but its way
/// back leads to the track.
pub struct InTrack;

impl Seat for InTrack {
    const FROM_LIST: bool = true;

    fn contact(state: &Model, scenario: &str) -> Seated {
        FromList::contact(state, scenario)
    }

    fn next<'a>(scenario: &str, t: &'static Game, w: Said<'a>) -> (String, &'a str) {
        FromList::next(scenario, t, w)
    }

    fn back(t: &'static Game) -> (&'static str, &'static str) {
        ("../#/", t.back_to_list)
    }
}
