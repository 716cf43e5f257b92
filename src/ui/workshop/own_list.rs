//! The trainer's own scenarios: play, map, export, delete (after a check).

use yew::prelude::*;

use super::files;
use crate::app::workshop::{MapSource, Msg, Workshop};
use crate::engine::check::diagnostic::summary;
use crate::saved::own_scenarios::OwnScenario;
use crate::ui::i18n::{self, Workshop as Words};
use crate::ui::shell::storage;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<Workshop>,
}

#[function_component(OwnList)]
pub fn own_list(props: &Props) -> Html {
    let state = &props.state;
    let w = i18n::workshop(state.lang);
    // The id whose deletion is waiting for a yes.
    let confirming = use_state(|| None::<String>);
    let items = state
        .own
        .scenarios
        .iter()
        .map(|own| item(state, own, &confirming, w));
    let deleted = state.deleted.as_ref().map(|id| {
        html! { <p role="status" tabindex="-1" data-testid="deleted-status">{w.deleted}{": "}<code>{id}</code></p> }
    });
    html! {
        <section aria-labelledby="own-heading">
            <h2 id="own-heading">{w.own_heading}</h2>
            { for deleted }
            { if state.own.scenarios.is_empty() {
                html! { <p data-testid="own-empty">{w.none_yet}</p> }
            } else {
                html! { <ul class="cards" data-testid="own-list">{ for items }</ul> }
            } }
        </section>
    }
}

type Confirming = UseStateHandle<Option<String>>;

/// One own scenario: what it is, what is wrong with it, and what can be
/// done with it (or the question whether to delete it).
fn item(
    state: &UseReducerHandle<Workshop>,
    own: &OwnScenario,
    confirming: &Confirming,
    w: &'static Words,
) -> Html {
    let lang = state.lang;
    let playable = state.own_playable.iter().find(|s| s.id == own.id);
    let title = playable
        .map(|s| s.title.get(lang).to_string())
        .unwrap_or_else(|| own.id.clone());
    let broken = state.own_failed.iter().find(|f| f.id == own.id).map(
        |f| html! { <p class="notice error">{w.own_broken}{": "}{summary(&f.why, 3, lang)}</p> },
    );
    let asking = confirming.as_deref() == Some(own.id.as_str());
    html! {
        <li class="card" data-testid={format!("own-{}", own.id)}>
            <h3>{&title}</h3>
            <p class="meta"><code>{&own.id}</code>{" · "}{&own.file}</p>
            { for broken }
            { if asking {
                confirm_delete(state, &own.id, &title, confirming, w)
            } else {
                actions(state, own, playable.is_some(), confirming, w)
            } }
        </li>
    }
}

/// Play, map, export, delete.
fn actions(
    state: &UseReducerHandle<Workshop>,
    own: &OwnScenario,
    playable: bool,
    confirming: &Confirming,
    w: &'static Words,
) -> Html {
    let export = {
        let (name, json) = (format!("{}.json", own.id), own.json.clone());
        Callback::from(move |_| files::download(&name, &json))
    };
    let export_twee = state.own_playable.iter().find(|s| s.id == own.id).map(|s| {
        let (name, twee) = (
            format!("{}.twee", own.id),
            crate::engine::import::to_twee::to_twee(s),
        );
        Callback::from(move |_| files::download(&name, &twee))
    });
    let show_map = {
        let state = state.clone();
        let id = own.id.clone();
        Callback::from(move |_| state.dispatch(Msg::ShowMap(MapSource::Scenario(id.clone()))))
    };
    let ask = {
        let confirming = confirming.clone();
        let id = own.id.clone();
        Callback::from(move |_| confirming.set(Some(id.clone())))
    };
    html! {
        <div class="actions">
            { if playable { html! {
                <a class="button" href={format!("../#/play/{}", own.id)} data-testid={format!("play-{}", own.id)}>{w.play}</a>
            } } else { html! {} } }
            { if playable { html! {
                <button type="button" data-testid={format!("map-{}", own.id)} onclick={show_map}>{w.show_map}</button>
            } } else { html! {} } }
            <button type="button" data-testid={format!("export-{}", own.id)} onclick={export}>{w.export}</button>
            { match export_twee { Some(export_twee) => html! {
                <button type="button" data-testid={format!("export-twee-{}", own.id)} onclick={export_twee}>{w.export_twee}</button>
            }, None => html! {} } }
            <button type="button" data-testid={format!("delete-{}", own.id)} onclick={ask}>{w.delete}</button>
        </div>
    }
}

/// Delete for good, or not.
fn confirm_delete(
    state: &UseReducerHandle<Workshop>,
    id: &str,
    title: &str,
    confirming: &Confirming,
    w: &'static Words,
) -> Html {
    let delete = {
        let state = state.clone();
        let confirming = confirming.clone();
        let id = id.to_string();
        Callback::from(move |_| {
            let mut own = state.own.clone();
            own.remove(&id);
            // If the browser will not write, the scenario stays, as stored.
            if state.may_save() && storage::save_own(&own).is_ok() {
                state.dispatch(Msg::Deleted(id.clone(), own));
            }
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
            <button type="button" class="danger" data-testid={format!("confirm-delete-{id}")} onclick={delete}>{w.delete}</button>
            <button type="button" data-testid={format!("cancel-delete-{id}")} onclick={cancel}>{w.cancel}</button>
        </div>
    }
}
