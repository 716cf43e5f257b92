//! The LMS page (`lms.html`, `dist/lms/`): one track, delivered by a SCORM
//! package (`frontline package`). It is the tracks page for that one track
//! with the contacts and debriefs in the same document, and a shift step's
//! shift too (the shift page's screens, `ui::shift`), because an LMS
//! session lasts as long as the document: a link to another page would end
//! it. In an LMS, progress comes from the LMS and goes back to it
//! (`session`); outside one, it is kept in the browser like the tracks page.

mod api;
mod bar;
pub mod cmi5;
mod session;

use yew::prelude::*;

use self::bar::Cmi5Bar;
use crate::app::game::Model;
use crate::app::lms::{self, Msg};
use crate::app::route::Route;
use crate::app::shift;
use crate::engine::Lang;
use crate::saved::progress::Saved;
use crate::ui::game::contact::{seated, FromList, Seat, Seated};
use crate::ui::game::debrief::DebriefScreen;
use crate::ui::i18n::{Game, Said};
use crate::ui::shell::app::{keep_in_browser, Page, Reads};
use crate::ui::shell::dom;
use crate::ui::shell::storage;
use crate::ui::shell::store::{State, Store};
use crate::ui::shift::{contact_screen, shift_screen, Host, ShiftHost};
use crate::ui::tracks::view;

pub struct LmsPage;

impl Page for LmsPage {
    const HOME: &'static str = "../";
    const LIBRARY: Reads = Reads::IndexWithTracks;
    const NAV: bool = false;
    const SHIFT: &'static str = SHIFT_STATUS;
    type Msg = Msg;

    /// Every route but a contact and its debrief, and a shift step's shift
    /// (`#/shift`) and its customer (`#/play`), is the course's track.
    fn route(hash: &str) -> Route {
        if hash.trim_end_matches('/') == SHIFT_STATUS {
            return Route::ShiftStatus;
        }
        match (Route::parse(hash), Route::parse_shift(hash)) {
            (_, Route::ShiftContact) => Route::ShiftContact,
            (route @ (Route::Play(_) | Route::Debrief(_)), _) => route,
            _ => Route::Track(session::course()),
        }
    }

    /// The scenario on screen, or the shift's customer on the line or next
    /// in its queue: the page reads the index and fetches each scenario.
    fn wanted(model: &Model) -> Option<(String, Lang)> {
        model.wanted().or_else(|| shift::wanted(model))
    }

    fn update(model: &mut Model, msg: Msg) {
        lms::update(model, msg)
    }

    fn load(route: Route) -> (Saved, Option<String>, Route) {
        let course = session::course();
        let (stored, set_aside) = storage::load_for_shifts();
        let lang = stored.settings.lang;
        // A cmi5 launch (its parameters on the URL) was prepared before
        // the page started; else a SCORM API in the frames around it.
        let started = if cmi5::launched() {
            cmi5::start(&course, lang)
        } else {
            session::start(&course, lang)
        };
        match started {
            Some((saved, route)) => {
                // A shift's status is `#/shift` here, not the shift page's
                // `#/` (`Route::hash`): the location says so before the
                // page follows the model's route.
                if route == Route::ShiftStatus {
                    dom::go_to(SHIFT_STATUS);
                }
                (saved, None, route)
            }
            None => (with_profile(stored), set_aside, route),
        }
    }

    /// In an LMS the LMS keeps the record: no times, no answer log.
    fn clock() -> Option<u64> {
        if session::active() {
            None
        } else {
            Some(js_sys::Date::now() as u64)
        }
    }

    fn keep(state: &State) {
        if cmi5::active() {
            cmi5::report(state);
        } else if session::active() {
            session::report(state);
        } else {
            keep_in_browser(state);
        }
    }

    fn screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html {
        let screen = Self::course_screen(route, state, store);
        if cmi5::launched() {
            html! { <><Cmi5Bar lang={state.lang()} />{screen}</> }
        } else {
            screen
        }
    }
}

impl LmsPage {
    fn course_screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html {
        match route {
            Route::Play(id) => seated::<InCourse>(state, id),
            Route::ShiftStatus => shift_screen(state, store),
            Route::ShiftContact => contact_screen(state, store),
            // The debrief's links are `home` and a path; after "#" a path is
            // a route, and every route but a contact and its debrief is the
            // course's track: no link leaves the page.
            Route::Debrief(id) => {
                html! { <DebriefScreen state={state.clone()} scenario={id.clone()} home="#" /> }
            }
            _ => view::track_screen(state, store, &session::course()),
        }
    }
}

/// Where a shift step's shift is shown on this page.
const SHIFT_STATUS: &str = "#/shift";

impl ShiftHost for LmsPage {
    /// A saved shift has done its step: back to the track.
    const HOST: Host = Host {
        status: SHIFT_STATUS,
        contact: "#/play",
        finished: Some("#/"),
    };
}

/// Outside an LMS, a trainee who has no profile yet gets one, so the
/// package can be tried in a browser on its own.
fn with_profile(mut saved: Saved) -> Saved {
    if saved.profile().is_none() {
        let lang: Lang = saved.settings.lang;
        let name = crate::ui::i18n::game(lang).app_name;
        saved.add_profile(name);
    }
    saved
}

/// A contact played as a step of the course: its way back leads to the
/// course's track, on this page.
pub struct InCourse;

impl Seat for InCourse {
    const FROM_LIST: bool = true;

    fn contact(state: &Model, scenario: &str) -> Seated {
        FromList::contact(state, scenario)
    }

    fn next<'a>(scenario: &str, t: &'static Game, w: Said<'a>) -> (String, &'a str) {
        FromList::next(scenario, t, w)
    }

    fn back(t: &'static Game) -> (&'static str, &'static str) {
        ("#/", t.back_to_track)
    }
}
