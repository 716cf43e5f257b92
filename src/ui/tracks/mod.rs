//! The tracks page (`tracks.html`, `dist/tracks/`): a track's steps in
//! order, the contacts played as its steps with their debriefs, and the
//! completion page. Its own page so that the game does not carry it.

pub(crate) mod view;

use yew::prelude::*;

use crate::app::game::Model;
use crate::app::route::Route;
use crate::app::tracks::{self, Msg};
use crate::ui::game::contact::{ContactScreen, FromList, Seat, Seated};
use crate::ui::game::debrief::DebriefScreen;
use crate::ui::i18n::Game;
use crate::ui::shell::app::{Page, Reads};
use crate::ui::shell::store::{State, Store};

pub struct TracksPage;

impl Page for TracksPage {
    const HOME: &'static str = "../";
    const LIBRARY: Reads = Reads::IndexWithTracks;
    type Msg = Msg;

    fn route(hash: &str) -> Route {
        Route::parse_tracks(hash)
    }

    fn update(model: &mut Model, msg: Msg) {
        tracks::update(model, msg)
    }

    fn screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html {
        match route {
            Route::Play(id) => {
                let choose = {
                    let (state, id) = (state.clone(), id.clone());
                    Callback::from(move |index| {
                        state.dispatch(crate::app::game::Msg::Choose(id.clone(), index))
                    })
                };
                html! {
                    <ContactScreen<InTrack> state={state.clone()} scenario={id.clone()} {choose} />
                }
            }
            Route::Debrief(id) => {
                html! { <DebriefScreen state={state.clone()} scenario={id.clone()} home="../" /> }
            }
            Route::Track(id) if !id.is_empty() => view::track_screen(state, store, id),
            _ => view::track_list(state),
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

    fn next(scenario: &str, t: &'static Game) -> (String, &'static str) {
        FromList::next(scenario, t)
    }

    fn back(t: &'static Game) -> (&'static str, &'static str) {
        ("../#/", t.back_to_list)
    }
}
