//! The app shell: loads progress and scenarios, follows the hash route, and
//! shows the header, notices and the current screen.

use gloo::events::EventListener;
use yew::prelude::*;

use super::dom::{self, Route};
use super::i18n;
use super::language_switch::language_switch;
use super::state::{Action, Model};
use super::{contact, debrief, library, list, scores, shift, start, storage};
use crate::engine::Lang;

#[function_component(App)]
pub fn app() -> Html {
    // Loading happens in the initialiser so the reducer itself stays pure.
    let state = use_reducer(|| {
        let (saved, set_aside) = storage::load();
        Model::new(saved, set_aside)
    });
    let route = use_state(dom::current_route);

    {
        let saved = state.saved.clone();
        let blocked = state.set_aside.as_deref() == Some(crate::progress::STORAGE_KEY);
        use_effect_with(saved, move |saved| {
            if !blocked {
                storage::save(saved);
            }
        });
    }
    {
        // The shipped scenarios come one language at a time: again whenever
        // the language changes (texts show in the old one until then).
        let state = state.clone();
        use_effect_with(state.lang(), move |&lang| {
            yew::platform::spawn_local(async move {
                let library = library::fetch_library("scenarios/", lang).await;
                state.dispatch(Action::Loaded(library));
            });
        });
    }
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| route.set(dom::current_route()))
            });
            move || drop(listener)
        });
    }
    let lang = state.lang();
    use_effect_with(lang, |lang| dom::set_document_lang(lang.code()));

    let t = i18n::s(lang);
    let pick_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };
    let notice = state.set_aside.as_ref().map(|key| {
        let state = state.clone();
        html! {
            <div class="notice" role="alert" data-testid="storage-notice">
                <p>{t.storage_notice}{" "}<code>{key}</code>{"."}</p>
                <button type="button" data-testid="storage-notice-dismiss"
                    onclick={Callback::from(move |_| state.dispatch(Action::DismissNotice))}>{t.dismiss}</button>
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
                <p>{t.own_unreadable}{" "}<a href="author/">{t.nav_workshop}</a></p>
            </div>
        }
    });
    let screen = match &*route {
        Route::Start => html! { <start::Start state={state.clone()} /> },
        Route::Scenarios => html! { <list::List state={state.clone()} /> },
        Route::Play(id) => {
            html! { <contact::ContactScreen state={state.clone()} scenario={id.clone()} /> }
        }
        Route::Debrief(id) => {
            html! { <debrief::DebriefScreen state={state.clone()} scenario={id.clone()} /> }
        }
        Route::Scores => html! { <scores::Scores lang={lang} /> },
        Route::Shift => html! { <shift::ShiftScreen state={state.clone()} /> },
        Route::ShiftPlay => {
            html! { <contact::ContactScreen state={state.clone()} scenario={String::new()} shift={true} /> }
        }
    };

    html! {
        <>
            <a class="skip" href="#main">{ if lang == Lang::Nl { "Naar de inhoud" } else { "Skip to content" } }</a>
            <header class="top">
                <a class="brand" href="#/" data-testid="nav-home" aria-label={format!("{} — {}", t.app_name, t.nav_home)}>{t.app_name}</a>
                <nav aria-label={t.menu}>
                    <a href="#/scores" data-testid="nav-scores">{t.nav_scores}</a>
                    <a href="author/" data-testid="nav-workshop">{t.nav_workshop}</a>
                    <a href="manager/" data-testid="nav-manager">{t.nav_manager}</a>
                </nav>
                { language_switch(lang, t.language, pick_lang) }
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
