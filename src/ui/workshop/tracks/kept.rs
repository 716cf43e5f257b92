//! The tracks kept in this browser: open on the tracks page, edit, export,
//! delete (after a check); one that cannot be played says why.

use yew::prelude::*;

use super::{store, State};
use crate::app::workshop::Msg;
use crate::app::workshop_tracks::{TrackMsg, TrackOutcome};
use crate::engine::check::diagnostic::Diagnostic;
use crate::saved::own_tracks::OwnTrack;
use crate::ui::i18n::{self, TrackWorkshop};
use crate::ui::workshop::files;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
}

type Confirming = UseStateHandle<Option<String>>;

#[function_component(Kept)]
pub fn kept(props: &Props) -> Html {
    let state = &props.state;
    let tw = i18n::track_workshop(state.lang);
    // The id whose deletion is waiting for a yes.
    let confirming = use_state(|| None::<String>);
    if state.tracks.own.tracks.is_empty() {
        return html! { <p data-testid="own-tracks-empty">{tw.none_yet}</p> };
    }
    let checking = (!state.tracks.checked()).then(|| html! { <p role="status">{tw.checking}</p> });
    html! {
        <>
            { for checking }
            <ul class="cards" data-testid="own-tracks-list">
                { for state.tracks.own.tracks.iter().map(|own| item(state, own, &confirming, tw)) }
            </ul>
        </>
    }
}

fn item(
    state: &State,
    own: &OwnTrack,
    confirming: &Confirming,
    tw: &'static TrackWorkshop,
) -> Html {
    let lang = state.lang;
    let playable = state.tracks.playable.iter().find(|t| t.id == own.id);
    let title = playable.map_or_else(|| own.id.clone(), |t| t.title.get(lang).to_string());
    let broken = state.tracks.broken.iter().find(|b| b.id == own.id).map(|b| html! {
        <p class="notice error" data-testid={format!("own-track-broken-{}", own.id)}>{tw.broken}{": "}{why(&b.why, lang)}</p>
    });
    let steps = playable.map(|t| html! { <>{" · "}{i18n::step_count(lang, t.steps.len())}</> });
    let asking = confirming.as_deref() == Some(own.id.as_str());
    html! {
        <li class="card" data-testid={format!("own-track-{}", own.id)}>
            <h3>{&title}</h3>
            <p class="meta"><code>{&own.id}</code>{ for steps }</p>
            { for broken }
            { if asking { confirm_delete(state, &own.id, &title, confirming) }
              else { actions(state, own, playable.is_some(), confirming, tw) } }
        </li>
    }
}

/// The first problems, each with its place and code.
fn why(found: &[Diagnostic], lang: crate::engine::Lang) -> String {
    let worded: Vec<String> = found
        .iter()
        .map(|d| format!("{}: {} ({})", d.place(lang), d.message(lang), d.code.id()))
        .collect();
    worded.join("; ")
}

fn actions(
    state: &State,
    own: &OwnTrack,
    playable: bool,
    confirming: &Confirming,
    tw: &'static TrackWorkshop,
) -> Html {
    let w = i18n::workshop(state.lang);
    let id = own.id.clone();
    let export = {
        let (name, json) = (format!("{id}.track.json"), own.json.clone());
        Callback::from(move |_| files::download(&name, &json))
    };
    let edit = {
        let (state, id) = (state.clone(), id.clone());
        Callback::from(move |_| state.dispatch(Msg::Tracks(TrackMsg::Edit(id.clone()))))
    };
    let ask = {
        let (confirming, id) = (confirming.clone(), id.clone());
        Callback::from(move |_| confirming.set(Some(id.clone())))
    };
    let open = playable.then(|| html! {
        <a class="button" href={format!("../tracks/#/{id}")} data-testid={format!("open-own-track-{id}")}>{tw.open}</a>
    });
    html! {
        <div class="actions">
            { for open }
            <button type="button" data-testid={format!("edit-track-{id}")} onclick={edit}>{tw.edit}</button>
            <button type="button" data-testid={format!("export-track-{id}")} onclick={export}>{w.export}</button>
            <button type="button" data-testid={format!("delete-track-{id}")} onclick={ask}>{w.delete}</button>
        </div>
    }
}

/// Delete for good, or not.
fn confirm_delete(state: &State, id: &str, title: &str, confirming: &Confirming) -> Html {
    let w = i18n::workshop(state.lang);
    let delete = {
        let (state, confirming, id) = (state.clone(), confirming.clone(), id.to_string());
        Callback::from(move |_| {
            let own = state.without_track(&id);
            store(&state, TrackOutcome::Deleted(id.clone()), Some(own));
            confirming.set(None);
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(None))
    };
    html! {
        <div class="confirm" role="group" aria-label={format!("{} {}", w.delete, title)}>
            <p>{w.delete_confirm}</p>
            <button type="button" class="danger" data-testid={format!("confirm-delete-track-{id}")} onclick={delete}>{w.delete}</button>
            <button type="button" data-testid={format!("cancel-delete-track-{id}")} onclick={cancel}>{w.cancel}</button>
        </div>
    }
}
