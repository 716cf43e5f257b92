//! What a contact is for: its learning objective and length before it, and
//! after it, the questions to discuss and the way back to the track it was a
//! step of.

use yew::prelude::*;

use crate::app::route::Route;
use crate::engine::model::track::Step;
use crate::engine::{ContactRecord, Lang, Scenario};
use crate::ui::i18n::{self, Said};
use crate::ui::shell::store::State;

/// Before the contact: what it is about, and about how long it takes.
pub fn before(scenario: &Scenario, lang: Lang, w: Said) -> Html {
    let Some(objective) = &scenario.objective else {
        return html! {};
    };
    let minutes = scenario
        .minutes
        .map(|m| format!(" ({})", i18n::minutes(lang, m)));
    html! {
        <p class="objective" data-testid="objective">
            <strong>{w.objective()}{": "}</strong>{objective.get(lang)}{minutes.unwrap_or_default()}
        </p>
    }
}

/// After the contact: what it was about, what to discuss, and the way back
/// to each track this contact counts for.
pub fn after(
    state: &State,
    scenario: &Scenario,
    record: &ContactRecord,
    home: &str,
    w: Said,
) -> Html {
    let lang = state.lang();
    let t = i18n::game(lang);
    let key = Step::contact_key(&record.scenario, &record.policy);
    // The tracks this contact counted for: a result under its key.
    let tracks = state.saved.profile().into_iter().flat_map(|p| {
        p.tracks
            .iter()
            .filter(|(_, results)| results.contains_key(&key))
            .map(|(track, _)| track.clone())
    });
    let back = tracks.map(|track| {
        html! {
            <p><a href={format!("{home}tracks/{}", Route::Track(track.clone()).hash())}
                data-testid={format!("back-to-track-{track}")}>{t.back_to_track}</a></p>
        }
    });
    let questions = (!scenario.discussion.is_empty()).then(|| html! {
        <section class="card" aria-labelledby="discuss-h" data-testid="discussion">
            <h2 id="discuss-h">{t.discussion_heading}</h2>
            { before(scenario, lang, w) }
            <ul>{ for scenario.discussion.iter().map(|q| html! { <li>{q.get(lang)}</li> }) }</ul>
        </section>
    });
    html! { <>{ for questions }{ for back }</> }
}
