//! Where a file comes in: a file picker, and the same area as a drop target.

use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::i18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub on_file: Callback<web_sys::File>,
}

#[function_component(ImportZone)]
pub fn import_zone(props: &Props) -> Html {
    let w = i18n::workshop(props.lang);
    let hover = use_state(|| false);
    let on_change = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            // The same file can be picked again after it is fixed.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let hover = hover.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            hover.set(true);
        })
    };
    let on_drag_leave = {
        let hover = hover.clone();
        Callback::from(move |_: DragEvent| hover.set(false))
    };
    let on_drop = {
        let hover = hover.clone();
        let on_file = props.on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            hover.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                on_file.emit(file);
            }
        })
    };
    html! {
        <div class={classes!("drop-zone", hover.then_some("hover"))} data-testid="drop-zone"
            ondragover={on_drag_over} ondragenter={Callback::from(|e: DragEvent| e.prevent_default())}
            ondragleave={on_drag_leave} ondrop={on_drop}>
            <label for="scenario-file">{w.choose_file}</label>
            <input id="scenario-file" type="file" data-testid="import-file"
                accept=".json,.twee,.tw,.html,.htm,application/json,text/html,text/plain"
                aria-describedby="scenario-file-formats" onchange={on_change} />
            <p class="hint">{w.drop_hint}</p>
            <p class="hint" id="scenario-file-formats">{w.formats}</p>
        </div>
    }
}
