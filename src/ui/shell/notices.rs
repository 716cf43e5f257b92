//! The notices above every screen of the game and the shift page: stored
//! progress set aside, scenario files that failed to load, and own
//! scenarios that could not be read.

use yew::prelude::*;

use super::store::State;
use crate::app::game::Msg;
use crate::engine::check::catalogue::Fetched;
use crate::engine::check::diagnostic::summary_in;
use crate::ui::i18n;

/// `home` is the way to the game's own folder ("" or "../").
pub fn notices(state: &State, home: &str) -> Html {
    let t = i18n::game(state.lang());
    let notice = state.set_aside.as_ref().map(|key| {
        let state = state.clone();
        html! {
            <div class="notice" role="alert" data-testid="storage-notice">
                <p>{t.storage_notice.0}<code>{key}</code>{t.storage_notice.1}</p>
                <button type="button" data-testid="storage-notice-dismiss"
                    onclick={Callback::from(move |_| state.dispatch(Msg::DismissNotice))}>{t.dismiss}</button>
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

    let problems = state.library.problems.iter().map(|(file, problems)| {
        let none = Fetched::default();
        let words = match &state.words {
            Some((lang, words)) if *lang == state.lang() => words,
            _ => &none,
        };
        let worded = summary_in(problems, 3, state.lang(), words);
        html! {
            <div class="notice error" role="alert" data-testid="load-error">
                <p><strong>{t.load_error}{": "}<code>{file}</code></strong></p>
                <p>{worded}</p>
            </div>
        }
    });

    let own_unreadable = state.library.own_unreadable.then(|| {
        html! {
            <div class="notice error" role="alert" data-testid="own-unreadable">
                <p>{t.own_unreadable}{" "}<a href={format!("{home}author/")}>{t.nav_workshop}</a></p>
            </div>
        }
    });
    // Contacts finished while the answer log was full: the trainee's to
    // export and clear, on the scores page.
    let log_full = state.saved.profile().filter(|p| p.log_closed()).map(|_| {
        html! { <p class="notice" role="status" data-testid="log-full">{t.log_full}</p> }
    });
    html! {
        <>
            { for notice }
            { for log_full }
            { for errors }
            { for problems }
            { for own_unreadable }
        </>
    }
}
