//! The scores page's sending to a trainer's LRS (issue 19, item 4): the
//! settings (from a trainer's link or typed in), what is sent and where,
//! and "Send my answers". Nothing leaves before the trainee presses it;
//! after that, in this tab, what is still to send goes by itself (a retry,
//! a reload, contacts played since). The game page itself sends nothing.

mod form;
pub mod sending;
pub mod settings;

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::engine::lms::export::{self, Trainee};
use crate::engine::lms::standalone::{Problem, Settings, Tab};
use crate::engine::lms::xapi::Profile;
use crate::engine::Lang;
use crate::ui::i18n::report::{fill, report, Report};
use crate::ui::shell::store::State;
use form::SettingsForm;
use sending::{Status, Why};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
}

/// What the live region says.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Plain(Note),
    Status(Status),
}

#[derive(Clone, Copy, PartialEq)]
enum Note {
    FromLink,
    BadLink,
    Saved,
    Forgotten,
}

impl Note {
    fn text(self, t: &Report) -> &'static str {
        match self {
            Note::FromLink => t.from_link,
            Note::BadLink => t.bad_link,
            Note::Saved => t.saved,
            Note::Forgotten => t.forgotten,
        }
    }
}

/// The log's statements, made once per log, library and language.
struct Made {
    statements: Rc<Vec<Value>>,
    contacts: usize,
}

fn made(state: &State) -> Made {
    let Some(p) = state.saved.profile() else {
        return Made {
            statements: Rc::default(),
            contacts: 0,
        };
    };
    let log = p.log.get();
    let find = |id: &str| state.scenario(id);
    let played = export::replay_all(&log, &find, &state.policies);
    let trainee = Trainee {
        name: &p.name,
        lang: state.lang(),
    };
    Made {
        statements: Rc::new(export::statements(
            &Profile::default(),
            trainee,
            &played.made,
        )),
        contacts: played.made.len(),
    }
}

#[function_component(LrsReport)]
pub fn lrs_report(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang();
    let t = report(lang);
    let tab = use_state(settings::load);
    let editing = use_state(|| tab.is_none());
    let said = use_state(|| match settings::arrived() {
        Some(Ok(())) => Said::Plain(Note::FromLink),
        Some(Err(_)) => Said::Plain(Note::BadLink),
        None => Said::Nothing,
    });
    {
        let said = said.clone();
        use_effect_with((), move |_| {
            sending::watch(Callback::from(move |s| said.set(Said::Status(s))));
        });
    }
    let loaded = state.library.loaded;
    let key = (
        state
            .saved
            .profile()
            .map(|p| (p.name.clone(), p.log.get().len())),
        loaded,
        lang,
    );
    let made = {
        let state = state.clone();
        use_memo(key, move |_| made(&state))
    };
    // Once the trainee asked, in this tab: whatever is still to send goes.
    {
        let job = tab
            .as_ref()
            .filter(|t| t.consented && loaded)
            .map(|t| t.settings.clone());
        let statements = made.statements.clone();
        use_effect_with((job, statements.len()), move |(job, _)| {
            if let Some(settings) = job.clone() {
                sending::start(settings, statements);
            }
        });
    }
    let body = match (&*tab, *editing) {
        (Some(current), false) => target(state, current, &made, &tab, &editing, &said),
        (current, _) => {
            let initial = current.as_ref().map(|c| c.settings.clone());
            let on_save = {
                let (tab, editing, said) = (tab.clone(), editing.clone(), said.clone());
                Callback::from(move |settings: Settings| {
                    sending::stop();
                    let new = Tab {
                        settings,
                        consented: false,
                    };
                    settings::store(&new);
                    tab.set(Some(new));
                    editing.set(false);
                    said.set(Said::Plain(Note::Saved));
                })
            };
            let on_cancel = current.is_some().then(|| {
                let editing = editing.clone();
                Callback::from(move |()| editing.set(false))
            });
            html! { <SettingsForm {lang} {initial} {on_save} {on_cancel} /> }
        }
    };
    html! {
        <section data-testid="lrs-report" class="screen prose" aria-labelledby="lrs-heading">
            <h2 id="lrs-heading">{t.heading}</h2>
            <p>{t.about}</p>
            { body }
            <p role="status" aria-live="polite" data-testid="lrs-status">{ say(lang, *said, tab.as_ref()) }</p>
        </section>
    }
}

/// Where the answers go, what goes, and the buttons.
fn target(
    state: &State,
    current: &Tab,
    made: &Made,
    tab: &UseStateHandle<Option<Tab>>,
    editing: &UseStateHandle<bool>,
    said: &UseStateHandle<Said>,
) -> Html {
    let t = report(state.lang());
    let s = &current.settings;
    let acked = settings::acknowledged(&s.endpoint);
    let done = made
        .statements
        .iter()
        .filter(|st| st["id"].as_str().is_some_and(|i| acked.has(i)))
        .count();
    let count = made.statements.len() - done;
    let name = state.saved.profile().map_or("", |p| p.name.as_str());
    let busy = matches!(**said, Said::Status(Status::Sending { .. }));
    let send = {
        let (tab, current) = (tab.clone(), current.clone());
        let statements = made.statements.clone();
        // The first press gives consent, and the effect above starts; a
        // press after that (new settings need a new one) tries now.
        Callback::from(move |_| {
            if current.consented {
                sending::start(current.settings.clone(), statements.clone());
                return;
            }
            let consented = Tab {
                consented: true,
                ..current.clone()
            };
            settings::store(&consented);
            tab.set(Some(consented));
        })
    };
    let change = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let forget = {
        let (tab, editing, said) = (tab.clone(), editing.clone(), said.clone());
        Callback::from(move |_| {
            sending::stop();
            settings::forget();
            tab.set(None);
            editing.set(true);
            said.set(Said::Plain(Note::Forgotten));
        })
    };
    let values = [
        ("host", s.host()),
        ("endpoint", s.endpoint.as_str()),
        ("key", s.key.as_str()),
        ("name", name),
    ];
    let counts = fill(
        t.counts,
        &[
            ("contacts", &made.contacts.to_string()),
            ("count", &count.to_string()),
            ("done", &done.to_string()),
        ],
    );
    html! {
        <>
            <p data-testid="lrs-target">{ fill(t.target, &values) }</p>
            <p>{ fill(t.what, &values) }</p>
            if !state.library.loaded {
                <p data-testid="lrs-counts">{crate::ui::i18n::scores(state.lang()).export.loading}</p>
            } else if made.statements.is_empty() {
                <p data-testid="lrs-counts">{t.nothing}</p>
            } else {
                <p data-testid="lrs-counts">{counts}</p>
            }
            if current.consented {
                <p>{t.automatic}</p>
            }
            <p class="actions">
                <button type="button" data-testid="lrs-send" onclick={send}
                    disabled={busy || count == 0 || !state.library.loaded}>{t.send}</button>
                <button type="button" data-testid="lrs-change" onclick={change}>{t.change}</button>
                <button type="button" data-testid="lrs-forget" onclick={forget}>{t.forget}</button>
            </p>
        </>
    }
}

/// The live region's text.
fn say(lang: Lang, said: Said, tab: Option<&Tab>) -> String {
    let t = report(lang);
    let host = tab.map_or("", |t| t.settings.host());
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let status = match said {
        Said::Nothing | Said::Status(Status::Idle) => return String::new(),
        Said::Plain(note) => return note.text(t).to_string(),
        Said::Status(s) => s,
    };
    let (text, count, done, code) = match status {
        Status::Idle => unreachable!("handled above"),
        Status::Sending { done, of } => (t.sending, of, done, 0),
        Status::Sent {
            count: 0,
            refused: 0,
        } => (t.all_there, 0, 0, 0),
        Status::Sent { count, refused } => {
            let mut text = fill(t.sent, &[("count", &count.to_string()), ("host", host)]);
            if refused > 0 {
                text.push(' ');
                text.push_str(&fill(t.refused, &[("count", &refused.to_string())]));
            }
            return text;
        }
        Status::Waiting { count, why } => match why {
            Why::Offline => (t.offline, count, 0, 0),
            Why::Unreachable => (t.unreachable, count, 0, 0),
            Why::Origin => (t.origin, count, 0, 0),
            Why::Credentials => (t.credentials, count, 0, 0),
            Why::Other(status) => (t.other, count, 0, status),
        },
    };
    fill(
        text,
        &[
            ("count", &count.to_string()),
            ("done", &done.to_string()),
            ("host", host),
            ("origin", &origin),
            ("status", &code.to_string()),
        ],
    )
}

/// The message for a problem with the settings.
pub fn problem(t: &Report, p: Problem) -> &'static str {
    match p {
        Problem::Endpoint => t.bad_endpoint,
        Problem::Key => t.bad_key,
        Problem::Secret => t.bad_secret,
        Problem::Link => t.bad_link,
    }
}
