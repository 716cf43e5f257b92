//! The manager's view: set up a contact centre, simulate a week (or more)
//! under both house rules, and compare. All figures come from
//! `engine::centre`; the page's rules are in `app::manager`, and this page
//! only collects parameters and shows results.

mod form;
mod results;
mod state;

use yew::prelude::*;

use crate::app::manager::{Manager, Msg};
use crate::ui::i18n;
use crate::ui::shell::frame::frame;
use crate::ui::shell::{dom, storage};

pub fn start() {
    yew::Renderer::<Page>::new().render();
}

#[function_component(Page)]
fn page() -> Html {
    let state = use_reducer(|| Manager::new(storage::load().0.settings.lang));
    let lang = state.lang;
    use_effect_with(lang, |l| dom::set_document_lang(l.code()));
    let w = i18n::manager(lang);
    let send = {
        let state = state.clone();
        Callback::from(move |msg: Msg| state.dispatch(msg))
    };
    let problems = (!state.problems.is_empty()).then(|| html! {
        <div class="notice error" role="alert" data-testid="centre-problems">
            <ul>{ for state.problems.iter().map(|d| html! { <li data-code={d.code.id()}>{d.message(lang)}</li> }) }</ul>
        </div>
    });
    frame! {
        lang: lang,
        pick_lang: send.reform(Msg::SetLang),
        brand: { <a class="brand" href="../">{"Frontline"}</a> },
        nav: { <a href="../" data-testid="nav-game">{i18n::shell(lang).back_to_game}</a> },
        main: { data-testid="screen-manager" },
        content: {
            <h1>{w.title}</h1>
            <p class="lead">{w.intro}</p>
            { form::form(&state, w, &send) }
            { for problems }
            <div aria-live="polite">{ for state.run.as_ref().map(|run| results::results(run, w, lang)) }</div>
        },
    }
}
