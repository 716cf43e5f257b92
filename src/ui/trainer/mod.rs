//! The trainer page: a group's results, read from the statements in an LRS
//! or in files trainees exported. The group as a whole comes first (the
//! map of each scenario with the share of each answer, CSAT per house
//! rules, the most common mistakes); per trainee only behind a switch, and
//! with codes for names when asked. A separate page and binary, so the game
//! does not carry it. Rules in `app::trainer`, figures from
//! `engine::analysis::cohort`.

mod form;
mod group;
mod invite;
mod load;
mod state;
mod trainees;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::trainer::{csv_name, Failure, Msg, Status, Trainer};
use crate::engine::analysis::cohort::to_csv;
use crate::engine::Lang;
use crate::ui::game::library;
use crate::ui::i18n;
use crate::ui::shell::frame::frame;
use crate::ui::shell::{dom, storage};
use crate::ui::workshop::files::download_typed;

pub use load::Known;

pub fn start() {
    yew::Renderer::<Page>::new().render();
}

/// The scenarios and tracks, in the page's language (their texts are
/// shown; their rules are the same in every language).
async fn fetch_known(lang: Lang) -> Result<Known, String> {
    let library = library::fetch_library("../scenarios/", lang).await;
    if library.shipped_failed || library.scenarios.is_empty() {
        let why = library.errors.first().map(|(u, e)| format!("{u}: {e}"));
        return Err(why.unwrap_or_else(|| "no scenarios".into()));
    }
    let index = library::fetch_index("../scenarios/", lang, true).await;
    Ok(Known {
        scenarios: Rc::new(library.scenarios.iter().map(|s| (**s).clone()).collect()),
        tracks: Rc::new(index.tracks.iter().map(|t| (**t).clone()).collect()),
    })
}

fn status_line(m: &Trainer, origin: &str) -> Html {
    let lang = m.lang;
    let w = i18n::trainer(lang);
    let failure = |text: String, kind: &'static str| {
        html! { <p class="notice error" role="alert" data-testid="trainer-failure" data-failure={kind}>{text}</p> }
    };
    match &m.status {
        Status::Idle => html! { <p data-testid="trainer-status">{w.none_yet}</p> },
        Status::Reading { statements, pages } => html! {
            <p data-testid="trainer-status" data-busy="true">{i18n::reading(lang, *statements, *pages)}</p>
        },
        Status::Replaying { done, total } => html! {
            <p data-testid="trainer-status" data-busy="true">
                {i18n::replaying(lang, *done, *total)}{" "}
                <progress max={total.to_string()} value={done.to_string()}></progress>
            </p>
        },
        Status::Done => html! {},
        Status::Failed(f) => match f {
            Failure::NoEndpoint => failure(w.fail_endpoint.into(), "endpoint"),
            Failure::Credentials => failure(w.fail_credentials.into(), "credentials"),
            Failure::Cors => failure(i18n::fail_cors(lang, origin), "cors"),
            Failure::Unreachable => failure(w.fail_unreachable.into(), "unreachable"),
            Failure::Status(s) => failure(i18n::fail_status(lang, *s), "status"),
            Failure::Unreadable(why) => failure(i18n::fail_unreadable(lang, why), "unreadable"),
            Failure::Library(why) => failure(i18n::fail_library(lang, why), "library"),
        },
    }
}

#[function_component(Page)]
fn page() -> Html {
    let state = use_reducer(|| Trainer::new(storage::load().0.settings.lang, state::saved_lrs()));
    let known = use_state(|| None::<Result<Known, String>>);
    let lang = state.lang;
    use_effect_with(lang, |l| dom::set_document_lang(l.code()));
    {
        let known = known.clone();
        use_effect_with(lang, move |&lang| {
            wasm_bindgen_futures::spawn_local(
                async move { known.set(Some(fetch_known(lang).await)) },
            );
        });
    }
    let w = i18n::trainer(lang);
    let send = {
        let state = state.clone();
        Callback::from(move |msg: Msg| state.dispatch(msg))
    };
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let shown = state.shown();
    let export = shown.clone().map(|report| {
        let per_trainee = state.per_trainee;
        let name = csv_name(state.pseudonymise);
        let onclick = Callback::from(move |_| {
            download_typed(name, &to_csv(&report, per_trainee), "text/csv");
        });
        html! { <button type="button" data-testid="trainer-export" {onclick}>{w.export}</button> }
    });
    let known_now = (*known).clone();
    frame! {
        lang: lang,
        pick_lang: send.reform(Msg::SetLang),
        brand: { <a class="brand" href="../">{"Frontline"}</a> },
        nav: { <a href="../" data-testid="nav-game">{i18n::shell(lang).back_to_game}</a> },
        main: { data-testid="screen-trainer" },
        content: {
            <h1>{w.title}</h1>
            <p class="lead">{w.intro}</p>
            { form::sources(&state, known_now.clone(), &send) }
            <div aria-live="polite">{ status_line(&state, &origin) }</div>
            { for shown.zip(known_now.and_then(Result::ok)).map(|(report, known)| html! {
                <>
                    { group::group(&state, &report, &known, &send) }
                    { trainees::trainees(&state, &report, &known, &send) }
                    <p>{ for export }</p>
                </>
            }) }
            <invite::Invite lang={lang} />
        },
    }
}
