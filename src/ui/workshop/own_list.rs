//! The trainer's own scenarios: play, map, export, delete (after a check).

use yew::prelude::*;

use super::files;
use crate::app::workshop::{MapSource, Msg, Workshop};
use crate::engine::check::diagnostic::summary;
use crate::ui::i18n;
use crate::ui::shell::storage;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<Workshop>,
}

#[function_component(OwnList)]
pub fn own_list(props: &Props) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let w = i18n::workshop(lang);
    // The id whose deletion is waiting for a yes.
    let confirming = use_state(|| None::<String>);

    let items = state.own.scenarios.iter().map(|own| {
        let playable = state.own_playable.iter().find(|s| s.id == own.id);
        let title = playable
            .map(|s| s.title.get(lang).to_string())
            .unwrap_or_else(|| own.id.clone());
        let broken = state
            .own_failed
            .iter()
            .find(|f| f.id == own.id)
            .map(|f| html! { <p class="notice error">{w.own_broken}{": "}{summary(&f.why, 3, lang)}</p> });
        let export = {
            let (name, json) = (format!("{}.json", own.id), own.json.clone());
            Callback::from(move |_| files::download(&name, &json))
        };
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
        let delete = {
            let state = state.clone();
            let confirming = confirming.clone();
            let id = own.id.clone();
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
        let asking = confirming.as_deref() == Some(own.id.as_str());
        html! {
            <li class="card" data-testid={format!("own-{}", own.id)}>
                <h3>{&title}</h3>
                <p class="meta"><code>{&own.id}</code>{" · "}{&own.file}</p>
                { for broken }
                { if asking { html! {
                    <div class="confirm" role="group" aria-label={format!("{} {}", w.delete, title)}>
                        <p>{w.delete_confirm}</p>
                        <button type="button" class="danger" data-testid={format!("confirm-delete-{}", own.id)} onclick={delete}>{w.delete}</button>
                        <button type="button" data-testid={format!("cancel-delete-{}", own.id)} onclick={cancel}>{w.cancel}</button>
                    </div>
                } } else { html! {
                    <div class="actions">
                        { if playable.is_some() { html! {
                            <a class="button" href={format!("../#/play/{}", own.id)} data-testid={format!("play-{}", own.id)}>{w.play}</a>
                        } } else { html! {} } }
                        { if playable.is_some() { html! {
                            <button type="button" data-testid={format!("map-{}", own.id)} onclick={show_map}>{w.show_map}</button>
                        } } else { html! {} } }
                        <button type="button" data-testid={format!("export-{}", own.id)} onclick={export}>{w.export}</button>
                        <button type="button" data-testid={format!("delete-{}", own.id)} onclick={ask}>{w.delete}</button>
                    </div>
                } } }
            </li>
        }
    });
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
