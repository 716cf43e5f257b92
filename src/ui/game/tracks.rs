//! The tracks the start screen offers next to free play: a way to the
//! tracks page, which lists them with their steps (so the game carries no
//! track reader).

use yew::prelude::*;

use crate::ui::i18n;
use crate::ui::shell::store::State;

/// The way to the tracks, for the start screen.
pub fn offer(state: &State) -> Html {
    let t = i18n::game(state.lang());
    let ready = state.saved.profile().is_some();
    html! {
        <section class="panel" aria-labelledby="tracks-h" data-testid="tracks">
            <h2 id="tracks-h">{t.tracks_heading}</h2>
            <p>{t.tracks_intro}</p>
            { if ready {
                html! { <p><a class="button" href="tracks/#/" data-testid="open-tracks">{t.track_open}</a></p> }
            } else {
                html! { <p class="hint">{t.tracks_needs_profile}</p> }
            } }
        </section>
    }
}
