//! The customer's voice on a phone contact: the newest customer line handed
//! to the browser's speech synthesis, with the voice and rate
//! `engine::play::voice` chooses. The transcript stays the primary channel:
//! nothing here shows or hides a line.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};
use yew::prelude::*;

use crate::app::game::Msg;
use crate::engine::play::contact::Line;
use crate::engine::play::voice::{self, Heard};
use crate::engine::{Contact, Lang, Scenario};
use crate::ui::game::start::check;
use crate::ui::i18n::Said;
use crate::ui::shell::store::State;

/// A customer line to speak: where it is in the transcript (so the same
/// words said twice are spoken twice), its words, the voices to ask for
/// and the rate.
#[derive(Clone, PartialEq)]
pub struct Spoken {
    at: usize,
    text: String,
    wanted: &'static [&'static str],
    rate: f32,
}

/// The newest of the `shown` lines, if it is the customer's on a phone
/// contact; `say` fills in the agent's name as the transcript does.
pub fn newest(
    scenario: &Scenario,
    contact: &Contact,
    shown: usize,
    lang: Lang,
    say: &dyn Fn(&str) -> String,
) -> Option<Spoken> {
    if !voice::speaks(scenario) {
        return None;
    }
    match contact.transcript().get(shown.checked_sub(1)?)? {
        Line::Customer { node } => Some(Spoken {
            at: shown,
            text: say(scenario.nodes[*node].customer.get(lang)),
            wanted: voice::wanted(lang, scenario.region),
            rate: voice::rate(&scenario.persona),
        }),
        _ => None,
    }
}

fn synthesis() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Stops speaking, if anything is spoken.
pub fn hush() {
    if let Some(s) = synthesis() {
        s.cancel();
    }
}

/// What listens while a line is spoken: for its end, for the browser's
/// voices to arrive, for the page to be hidden. Dropped when the line goes
/// (the contact screen's effect), which stops the voice too.
pub struct Held {
    _ends: Rc<RefCell<Option<[EventListener; 2]>>>,
    _listening: [EventListener; 2],
}

impl Drop for Held {
    fn drop(&mut self) {
        hush();
    }
}

/// Speaks `line`, if there is one, in the best voice for it; says so if
/// the browser has none. Voices load asynchronously: while none fits, the
/// line is tried again when the browser's list changes.
pub fn speak(line: Option<Spoken>, state: &State) -> Option<Held> {
    let Some(line) = line else {
        if state.heard != Heard::Quiet {
            state.dispatch(Msg::Heard(Heard::Quiet));
        }
        return None;
    };
    let synthesis = synthesis()?;
    let ends = Rc::new(RefCell::new(None));
    let again = {
        let (ends, state) = (ends.clone(), state.clone());
        move || {
            if ends.borrow().is_none() {
                *ends.borrow_mut() = utter(&line, &state);
            }
        }
    };
    again();
    let d = gloo::utils::document();
    Some(Held {
        _ends: ends,
        _listening: [
            EventListener::new(&synthesis, "voiceschanged", move |_| again()),
            EventListener::new(&d.clone(), "visibilitychange", move |_| {
                if d.hidden() {
                    hush();
                }
            }),
        ],
    })
}

/// Hands `line` to the browser in the voice that fits it best; returns what
/// listens for its end, or `None` (and says so) if no voice fits.
fn utter(line: &Spoken, state: &State) -> Option<[EventListener; 2]> {
    let synthesis = synthesis()?;
    let voices = synthesis.get_voices();
    let tags: Vec<String> = voices
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>().lang())
        .collect();
    let Some(i) = voice::pick(line.wanted, &tags) else {
        state.dispatch(Msg::Heard(Heard::NoVoice));
        return None;
    };
    let utterance = SpeechSynthesisUtterance::new_with_text(&line.text).ok()?;
    utterance.set_lang(line.wanted[0]);
    utterance.set_rate(line.rate);
    utterance.set_voice(Some(voices.get(i as u32).unchecked_ref()));
    let done = |kind| {
        let state = state.clone();
        EventListener::new(&utterance, kind, move |_| {
            state.dispatch(Msg::Heard(Heard::Quiet))
        })
    };
    let ends = [done("end"), done("error")];
    synthesis.cancel();
    synthesis.speak(&utterance);
    state.dispatch(Msg::Heard(Heard::Speaking));
    Some(ends)
}

/// The setting, on phone contacts only, and while a line is spoken, the
/// control that stops it; or that no voice speaks the language.
pub fn controls(state: &State, w: Said) -> Html {
    let on = state.saved.settings.voice;
    let stop = {
        let state = state.clone();
        Callback::from(move |_| {
            hush();
            state.dispatch(Msg::Heard(Heard::Quiet));
        })
    };
    let set = {
        let state = state.clone();
        Callback::from(move |on| {
            hush();
            state.dispatch(Msg::SetVoice(on))
        })
    };
    html! {
        <>
            { check("voice-toggle", on, w.hear_customer(), set) }
            { match state.heard {
                Heard::Speaking => html! { <button type="button" data-testid="voice-stop" onclick={stop}>{w.stop_voice()}</button> },
                Heard::NoVoice => html! { <p role="status" data-testid="voice-none">{w.no_voice()}</p> },
                Heard::Quiet => html! {},
            } }
        </>
    }
}
