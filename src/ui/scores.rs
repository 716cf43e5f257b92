//! "How the scores work", in plain words, and the trainee's answer log to
//! take to a trainer: a page of its own (`scores.html`, `dist/scores/`), so
//! the game carries neither its text nor the export.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::game::Model;
use crate::app::route::Route;
use crate::app::scores::{self, Msg};
use crate::engine::lms::export::{self, Trainee};
use crate::engine::lms::xapi::Profile;
use crate::engine::play::log::LoggedContact;
use crate::engine::Lang;
use crate::ui::i18n;
use crate::ui::shell::app::{Page, Reads};
use crate::ui::shell::store::{State, Store};
use crate::ui::workshop::files::download_typed;

pub struct ScoresPage;

impl Page for ScoresPage {
    const HOME: &'static str = "../";
    /// Every scenario, to replay the logged contacts for an export.
    const LIBRARY: Reads = Reads::Whole;
    type Msg = Msg;

    fn route(_: &str) -> Route {
        Route::Scores
    }

    fn update(model: &mut Model, msg: Msg) {
        scores::update(model, msg)
    }

    fn screen(_: &Route, state: &State, store: &UseReducerHandle<Store<Self>>) -> Html {
        let store = store.clone();
        let clear = Callback::from(move |_| store.dispatch(Msg::ClearLog));
        html! {
            <>
                { scores(state.lang()) }
                <AnswerExport state={state.clone()} {clear} />
                <crate::ui::report::LrsReport state={state.clone()} />
            </>
        }
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

#[derive(Properties, PartialEq)]
struct ExportProps {
    state: State,
    clear: Callback<()>,
}

/// The export of the answer log: what is in it, the two downloads, and
/// clearing it (asked first). What a download made is announced.
#[function_component(AnswerExport)]
fn answer_export(props: &ExportProps) -> Html {
    let state = &props.state;
    let lang = state.lang();
    let t = &i18n::scores(lang).export;
    let said = use_state(String::new);
    let asking = use_state(|| false);
    let body = match state.saved.profile() {
        None => html! { <p>{t.needs_profile}</p> },
        Some(p) => {
            let log: Rc<Vec<LoggedContact>> = Rc::new(p.log.get());
            let full = p.log_closed().then(|| {
                html! { <p class="notice" data-testid="log-full">{t.full}</p> }
            });
            let ready = state.library.loaded;
            let button = |kind: Kind, label: &'static str, id: &'static str| {
                let disabled = !ready || log.is_empty();
                let (state, log, said) = (state.clone(), log.clone(), said.clone());
                let onclick = Callback::from(move |_| said.set(save(&state, &log, kind)));
                html! {
                    <button type="button" data-testid={id} {disabled} {onclick}>{label}</button>
                }
            };
            let clear = if *asking {
                let (yes, no) = (props.clear.clone(), asking.clone());
                let (said, done) = (said.clone(), asking.clone());
                html! {
                    <div role="group" aria-label={t.clear} data-testid="log-clear-confirm">
                        <p>{t.clear_confirm}</p>
                        <button type="button" data-testid="log-clear-yes" onclick={Callback::from(move |_| {
                            yes.emit(());
                            done.set(false);
                            said.set(t.cleared.to_string());
                        })}>{t.clear_yes}</button>
                        <button type="button" onclick={Callback::from(move |_| no.set(false))}>{t.cancel}</button>
                    </div>
                }
            } else {
                let ask = asking.clone();
                html! {
                    <button type="button" data-testid="log-clear" disabled={p.log.is_blank()}
                        onclick={Callback::from(move |_| ask.set(true))}>{t.clear}</button>
                }
            };
            html! {
                <>
                    if log.is_empty() {
                        <p data-testid="log-count">{t.empty}</p>
                    } else {
                        <p data-testid="log-count">{t.count}{log.len()}</p>
                    }
                    { for full }
                    if !ready {
                        <p>{t.loading}</p>
                    }
                    <p class="actions">
                        { button(Kind::Xapi, t.xapi, "export-xapi") }
                        { button(Kind::Csv, t.csv, "export-csv") }
                    </p>
                    <p class="actions">{ clear }</p>
                </>
            }
        }
    };
    html! {
        <section data-testid="answer-export" class="prose" aria-labelledby="export-heading">
            <h2 id="export-heading">{t.heading}</h2>
            <p>{t.about}</p>
            { body }
            <p role="status" data-testid="export-status">{(*said).clone()}</p>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Xapi,
    Csv,
}

/// Make the file, offer it for saving, and say what was saved.
fn save(state: &State, log: &[LoggedContact], kind: Kind) -> String {
    let lang = state.lang();
    let t = &i18n::scores(lang).export;
    let find = |id: &str| state.scenario(id);
    let played = export::replay_all(log, &find, &state.policies);
    let name = state.saved.profile().map_or("", |p| p.name.as_str());
    let (file, text, mime) = match kind {
        Kind::Xapi => {
            let statements =
                export::statements(&Profile::default(), Trainee { name, lang }, &played.made);
            // Compact: a thousand contacts make 7 MB so, 10 MB indented.
            let text = serde_json::to_string(&statements)
                .unwrap_or_else(|_| unreachable!("statements always serialize"));
            ("frontline-answers.json", text, "application/json")
        }
        Kind::Csv => {
            // The byte order mark tells a spreadsheet the file is UTF-8.
            let text = format!("\u{feff}{}", export::summary_csv(lang, &played.made));
            ("frontline-summary.csv", text, "text/csv;charset=utf-8")
        }
    };
    download_typed(file, &text, mime);
    let mut said = format!("{}{file}", t.saved);
    if played.skipped > 0 {
        said.push_str(&format!(
            " {}{}{}",
            t.skipped.0, played.skipped, t.skipped.1
        ));
    }
    said
}
