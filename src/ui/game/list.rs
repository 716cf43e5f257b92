//! The scenario list: what there is to play, best results, what is new.

use yew::prelude::*;

use crate::app::game::Msg;
use crate::app::route::Route;
use crate::engine::model::scenario::Difficulty;
use crate::saved::progress::best_key;
use crate::ui::i18n;
use crate::ui::shell::dom;
use crate::ui::shell::store::State;

/// A plain view, not a component: it has no hooks of its own, and each
/// component type costs the wasm its own copy of Yew's lifecycle code.
pub fn list(state: &State) -> Html {
    let lang = state.lang();
    let t = i18n::game(lang);
    let profile = state.saved.profile();
    // Easiest first, so a new hire starts with a routine contact.
    let ordered = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
        .into_iter()
        .flat_map(|d| {
            state
                .library
                .listed
                .iter()
                .filter(move |s| s.difficulty == d)
        });
    let items = ordered.map(|s| {
        let played = profile.is_some_and(|p| p.played.contains(&s.id));
        let unfinished = profile
            .and_then(|p| p.unfinished.get(&s.id))
            .is_some_and(|r| !r.choices.is_empty());
        let bests = state.policies.iter().map(|p| {
            let best = profile.and_then(|pr| pr.best.get(&best_key(&s.id, &p.id)).copied());
            html! {
                <li data-testid={format!("best-{}-{}", s.id, p.id)}>
                    {p.name.get(lang)}{": "}
                    { match best { Some(b) => format!("{} {b}/5", t.best_label), None => t.not_played.to_string() } }
                    { if best.is_some() && !state.saved.best_is_current(&s.id, &p.id) { t.best_older } else { "" } }
                </li>
            }
        });
        let open = {
            let state = state.clone();
            let id = s.id.clone();
            Callback::from(move |_| {
                state.dispatch(Msg::Play(id.clone()));
                dom::go(&Route::Play(id.clone()));
            })
        };
        let resume = unfinished.then(|| {
            let id = s.id.clone();
            html! {
                <button type="button" data-testid={format!("resume-{}", s.id)}
                    onclick={Callback::from(move |_| dom::go(&Route::Play(id.clone())))}>{t.resume}</button>
            }
        });
        // Written in another language only: shown in it, and labelled.
        let written = s
            .languages
            .first()
            .filter(|_| !s.is_in(lang))
            .map(|l| l.code());
        html! {
            <li class="card">
                <h2>
                    <button type="button" class="title" lang={written} data-testid={format!("scenario-{}", s.id)} onclick={open}>
                        {s.title.get(lang)}
                    </button>
                    { if played { html!{} } else { html!{ <span class="badge" data-testid={format!("new-{}", s.id)}>{t.new_badge}</span> } } }
                    { if state.library.is_own(&s.id) { html!{ <span class="badge own" data-testid={format!("own-{}", s.id)}>{t.own_badge}</span> } } else { html!{} } }
                    { if written.is_some() { html!{ <span class="badge" data-testid={format!("only-in-{}", s.id)}>{t.other_language}</span> } } else { html!{} } }
                </h2>
                <p class="meta">{i18n::channel(lang, s.channel)}{" · "}{i18n::difficulty(lang, s.difficulty)}</p>
                <p lang={written}>{s.summary.get(lang)}</p>
                <ul class="bests">{ for bests }</ul>
                { for resume }
            </li>
        }
    });
    let loading = (!state.library.loaded).then(|| html! { <p role="status">{t.loading}</p> });
    html! {
        <section data-testid="screen-scenarios" class="screen">
            <h1>{t.list_title}</h1>
            <p class="lead">{t.list_intro}</p>
            <p><a href="shift/" data-testid="nav-shift">{t.shift_link}</a></p>
            <p><a href="author/" data-testid="nav-workshop-list">{t.workshop_link}</a></p>
            { for loading }
            <ul class="cards">{ for items }</ul>
        </section>
    }
}
