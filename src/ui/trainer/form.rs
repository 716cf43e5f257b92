//! Where the statements come from: an LRS (address and read credentials)
//! or files trainees exported.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::load::{self, Known};
use super::state::save_lrs;
use crate::app::trainer::{Failure, Field, Msg, Trainer};
use crate::ui::i18n;

fn field(
    m: &Trainer,
    f: Field,
    label: &'static str,
    kind: &'static str,
    send: &Callback<Msg>,
) -> Html {
    let (id, value, autocomplete) = match f {
        Field::Endpoint => ("lrs-endpoint", &m.lrs.endpoint, "url"),
        Field::Key => ("lrs-key", &m.lrs.key, "username"),
        Field::Secret => ("lrs-secret", &m.lrs.secret, "current-password"),
        Field::Since => ("lrs-since", &m.lrs.since, "off"),
        Field::Until => ("lrs-until", &m.lrs.until, "off"),
    };
    let oninput = send.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Msg::Set(f, input.value())
    });
    html! {
        <p class="field">
            <label for={id}>{label}</label>
            <input {id} type={kind} value={value.clone()} {autocomplete} data-testid={id} {oninput} />
        </p>
    }
}

/// Runs `job` with the scenarios, or says why there are none.
fn with_known(known: &Option<Result<Known, String>>, send: &Callback<Msg>) -> Option<Known> {
    match known {
        Some(Ok(k)) => Some(k.clone()),
        Some(Err(why)) => {
            send.emit(Msg::Failed(Failure::Library(why.clone())));
            None
        }
        None => None,
    }
}

pub fn sources(m: &Trainer, known: Option<Result<Known, String>>, send: &Callback<Msg>) -> Html {
    let w = i18n::trainer(m.lang);
    let busy = m.busy() || known.is_none();
    let onsubmit = {
        let (lrs, send, known) = (m.lrs.clone(), send.clone(), known.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            save_lrs(&lrs);
            if let Some(k) = with_known(&known, &send) {
                wasm_bindgen_futures::spawn_local(load::from_lrs(lrs.clone(), k, send.clone()));
            }
        })
    };
    let onchange = {
        let (send, known) = (send.clone(), known.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files: Vec<web_sys::File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            if files.is_empty() {
                return;
            }
            if let Some(k) = with_known(&known, &send) {
                wasm_bindgen_futures::spawn_local(load::from_files(files, k, send.clone()));
            }
        })
    };
    html! {
        <div class="sources">
            <form class="lrs" {onsubmit} data-testid="lrs-form">
                <fieldset>
                    <legend>{w.from_lrs}</legend>
                    { field(m, Field::Endpoint, w.endpoint, "url", send) }
                    { field(m, Field::Key, w.key, "text", send) }
                    { field(m, Field::Secret, w.secret, "password", send) }
                    { field(m, Field::Since, w.since, "date", send) }
                    { field(m, Field::Until, w.until, "date", send) }
                    <p class="hint">{w.kept}</p>
                    <button type="submit" disabled={busy} data-testid="lrs-load">{w.load}</button>
                </fieldset>
            </form>
            <fieldset class="files">
                <legend>{w.from_files}</legend>
                <p class="field">
                    <label for="statement-files">{w.files}</label>
                    <input id="statement-files" type="file" accept=".json,application/json" multiple=true
                        disabled={busy} data-testid="statement-files" {onchange} />
                </p>
            </fieldset>
        </div>
    }
}
