//! Shift mode, a page of its own (`shift.html`, `dist/shift/`): several
//! customers in a row, with a queue that keeps filling while you talk, and
//! the end-of-shift report. Its own page so that the game, which most
//! trainees open first, does not carry it.

use std::marker::PhantomData;

use yew::prelude::*;

use crate::app::game::Model;
use crate::app::route::Route;
use crate::app::shift::{self, Msg};
use crate::engine::check::catalogue::Fetched;
use crate::engine::model::policy::{builtin_policies, find_policy};
use crate::engine::play::shift::{Shift, ShiftReport};
use crate::engine::Lang;
use crate::saved::progress::Saved;
use crate::ui::game::contact::{ContactScreen, Seat, Seated};
use crate::ui::game::strain;
use crate::ui::i18n;
use crate::ui::shell::app::{Page, Reads};
use crate::ui::shell::dom;
use crate::ui::shell::storage;
use crate::ui::shell::store::{State, Store};

pub struct ShiftPage;

impl Page for ShiftPage {
    const HOME: &'static str = "../";
    const LIBRARY: Reads = Reads::Whole;
    type Msg = Msg;

    fn route(hash: &str) -> Route {
        Route::parse_shift(hash)
    }

    fn update(model: &mut Model, msg: Msg) {
        shift::update(model, msg)
    }

    /// The other pages pass the shift through unread; a shift this page
    /// cannot read is set aside with the progress it came in, and the
    /// trainee told, before the page starts without it.
    fn load(route: Route) -> (Saved, Option<String>, Route) {
        let (saved, set_aside) = storage::load_for_shifts();
        (saved, set_aside, route)
    }

    fn screen(route: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html {
        match route {
            Route::ShiftContact => contact_screen(state, store),
            _ => shift_screen(state, store),
        }
    }
}

impl ShiftHost for ShiftPage {
    const HOST: Host = Host {
        status: "#/",
        contact: "#/play",
        finished: None,
    };
}

/// A page a shift is played on: the shift page, or the LMS page (a track's
/// shift step, in the LMS's one document). Its messages take the shift's.
pub trait ShiftHost: Page<Msg: From<Msg>> {
    const HOST: Host;
    /// The customer's voice may speak in its shift (`Seat::VOICE`).
    const VOICE: bool = true;
}

/// Where the shift's screens are on a page (hashes).
pub struct Host {
    /// The shift's status and report.
    pub status: &'static str,
    /// Its customer on the line.
    pub contact: &'static str,
    /// Where the trainee goes once a finished shift is saved, if elsewhere.
    pub finished: Option<&'static str>,
}

/// The shift's messages, sent to page `H`'s store.
fn sender<H: ShiftHost>(store: &UseReducerHandle<Store<H>>) -> Callback<Msg> {
    let store = store.clone();
    Callback::from(move |msg: Msg| store.dispatch(msg.into()))
}

/// The shift's customer on the line.
pub fn contact_screen<H: ShiftHost>(state: &State, store: &UseReducerHandle<Store<H>>) -> Html {
    let choose = sender(store).reform(Msg::Choose);
    html! { <ContactScreen<InShift<H>> state={state.clone()} {choose} /> }
}

/// The shift's current customer, on page `H`.
pub struct InShift<H>(PhantomData<H>);

impl<H: ShiftHost> Seat for InShift<H> {
    const FROM_LIST: bool = false;
    const VOICE: bool = H::VOICE;

    fn contact(state: &Model, _: &str) -> Seated {
        match shift::current(state) {
            Some((s, p, r)) => (Some(s), Some(p), Some(r)),
            None => (None, None, None),
        }
    }

    fn next<'a>(_: &str, t: &'static i18n::Game, _: i18n::Said<'a>) -> (String, &'a str) {
        (H::HOST.status.into(), t.back_to_shift)
    }

    fn back(t: &'static i18n::Game) -> (&'static str, &'static str) {
        (H::HOST.status, t.back_to_shift)
    }
}

/// The shift under way: how far, who is waiting, and the next customer
/// (or the one on the line) or a break.
fn in_progress(
    state: &State,
    send: &Callback<Msg>,
    host: &Host,
    shift: &Shift,
    w: &'static i18n::Shift,
) -> Html {
    let in_contact = shift::in_contact(state);
    let next = {
        let (send, contact) = (send.clone(), host.contact);
        Callback::from(move |_| {
            if !in_contact {
                send.emit(Msg::Next);
            }
            dom::go_to(contact);
        })
    };
    let take_break = send.reform(|_| Msg::Break);
    // A page that fetches each customer when it comes up (the LMS page)
    // has the next one in a moment.
    if !in_contact && !shift::next_at_hand(state) {
        return html! {
            <p role="status" data-testid="shift-loading">{i18n::game(state.lang()).loading}</p>
        };
    }
    html! {
        <>
            <dl class="card" data-testid="shift-status">
                <dt>{w.progress}</dt><dd data-testid="shift-progress">{format!("{} / {}", shift.handled.len(), shift.queue.len())}</dd>
                <dt>{w.waiting}</dt><dd>{shift.waiting()}</dd>
                <dt>{w.next_wait}</dt><dd>{i18n::clock(shift.next_wait())}</dd>
                <dt>{w.stress}</dt><dd>{shift.stress}{"/100"}</dd>
            </dl>
            <p class="actions">
                <button type="button" class="primary" data-testid="shift-next" onclick={next}>
                    { if in_contact { w.resume } else { w.next } }</button>
                { if in_contact { html!{} } else { html! {
                    <button type="button" data-testid="shift-break" onclick={take_break}>{w.take_break}</button>
                } } }
            </p>
        </>
    }
}

/// The shifts done before, one line each.
fn history(done: &[ShiftReport], w: &'static i18n::Shift) -> Option<Html> {
    (!done.is_empty()).then(|| html! {
        <section class="card" data-testid="shift-history" aria-labelledby="hist-h">
            <h2 id="hist-h">{w.history}</h2>
            <ol>{ for done.iter().map(|r| html! {
                <li>{format!("{} × · CSAT {}.{} · NPS {} · {}%", r.contacts, r.csat_tenths / 10, r.csat_tenths % 10, r.nps, r.first_contact_resolution)}</li>
            }) }</ol>
        </section>
    })
}

/// Contacts in a shift.
const SHIFT_LENGTH: usize = 6;

/// The shift's status, or its report once over, or the start of one.
pub fn shift_screen<H: ShiftHost>(state: &State, store: &UseReducerHandle<Store<H>>) -> Html {
    status_screen(state, &sender(store), &H::HOST, H::NAV)
}

/// The same, sending the shift's messages to `send`; `nav`: whether the page
/// may be left (`Page::NAV`).
fn status_screen(state: &State, send: &Callback<Msg>, host: &Host, nav: bool) -> Html {
    let lang = state.lang();
    let w = i18n::shift(lang);
    let t = i18n::game(lang);
    // The way out: the list on the game's page, or the track on a page that
    // must not be left.
    let back = if nav {
        html! { <p><a href="../#/scenarios" data-testid="back-to-list">{t.back_to_list}</a></p> }
    } else {
        html! { <p><a href="#/" data-testid="back-to-track">{t.back_to_track}</a></p> }
    };
    let Some(profile) = state.saved.profile() else {
        return html! {
            <section data-testid="screen-shift" class="screen">
                <h1>{w.title}</h1><p>{w.needs_policy}</p>
                { back }
            </section>
        };
    };
    let on = |msg: fn() -> Msg, then: Option<&'static str>| {
        let send = send.clone();
        Callback::from(move |_| {
            send.emit(msg());
            if let Some(hash) = then {
                dom::go_to(hash);
            }
        })
    };
    let body = match &profile.shift.get() {
        None => {
            html! {
                <>
                    <p class="lead">{w.intro}</p>
                    { if shift::can_start(state) {
                        html! { <p><button type="button" class="primary" data-testid="start-shift"
                            onclick={on(|| Msg::Start(SHIFT_LENGTH), None)}>{w.start}</button></p> }
                    } else {
                        html! { <p>{w.needs_policy}</p> }
                    } }
                </>
            }
        }
        Some(shift) if shift.is_over() => {
            let report = shift.report();
            html! {
                <>
                    { report_card(&report, w, lang, state.words()) }
                    <p><button type="button" class="primary" data-testid="finish-shift"
                        onclick={on(|| Msg::Finish, host.finished)}>{w.finish}</button></p>
                </>
            }
        }
        Some(shift) => in_progress(state, send, host, shift, w),
    };
    let history = history(&profile.shift_history.get(), w);
    html! {
        <section data-testid="screen-shift" class="screen">
            <h1>{w.title}</h1>
            { body }
            { for history }
            { back }
        </section>
    }
}

fn report_card(r: &ShiftReport, w: &i18n::Shift, lang: Lang, words: Option<&Fetched>) -> Html {
    let rows = [
        (w.contacts_handled, r.contacts.to_string()),
        (w.average_handle_time, i18n::clock(r.average_handle_time)),
        (w.average_wait, i18n::clock(r.average_wait)),
        (
            w.csat,
            format!("{}.{}", r.csat_tenths / 10, r.csat_tenths % 10),
        ),
        (w.nps, r.nps.to_string()),
        (w.first_time, format!("{}%", r.first_contact_resolution)),
        (w.repeat_contacts, r.repeat_contacts_caused.to_string()),
        (w.goodwill, format!("€{}", r.goodwill)),
    ];
    let n = r.stress.len().max(2) - 1;
    let points: Vec<String> = r
        .stress
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{},{}", 10 + i * 300 / n, 110 - s))
        .collect();
    let values = r
        .stress
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let label = i18n::stress_summary(lang, &values);
    let alias = find_policy(&builtin_policies(), &r.policy).and_then(|p| p.alias.clone());
    html! {
        <section class="card" data-testid="shift-report" aria-labelledby="rep-h">
            <h2 id="rep-h">{w.report}</h2>
            <dl>{ for rows.into_iter().map(|(k, v)| html! { <><dt>{k}</dt><dd>{v}</dd></> }) }</dl>
            <h3>{w.stress_chart}</h3>
            <svg role="img" aria-label={label.clone()} viewBox="0 0 320 120" class="chart">
                <polyline points={points.join(" ")} class="mood-line" />
            </svg>
            <p class="hint">{label}</p>
            { strain::sources(&r.strain, alias.as_deref(), w.strain_sources, words) }
            <h3>{w.csat_chart}</h3>
            <svg role="img" aria-label={format!("{}: {}", w.csat_chart, r.csat.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "))}
                viewBox={format!("0 0 {} 80", r.csat.len() * 40 + 10)} class="chart csat-bars">
                { for r.csat.iter().enumerate().map(|(i, c)| {
                    let h = *c as usize * 12;
                    let x = 10 + i * 40;
                    html! {
                        <g>
                            <rect x={x.to_string()} y={(75 - h).to_string()} width="28" height={h.to_string()} class="bar-fill" />
                            <text x={(x + 14).to_string()} y={(70 - h).to_string()} text-anchor="middle" class="bar-value">{c.to_string()}</text>
                        </g>
                    }
                }) }
            </svg>
        </section>
    }
}
