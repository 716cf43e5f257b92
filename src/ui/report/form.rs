//! The LRS settings, typed in: endpoint, key, secret. Labelled, checked on
//! saving, the field at fault marked and described. The secret is never
//! shown again: changing the settings asks for it anew.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::lms::standalone::{Problem, Settings};
use crate::engine::Lang;
use crate::ui::i18n::report::report;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub initial: Option<Settings>,
    pub on_save: Callback<Settings>,
    pub on_cancel: Option<Callback<()>>,
}

#[function_component(SettingsForm)]
pub fn settings_form(props: &Props) -> Html {
    let t = report(props.lang);
    let (endpoint, key, secret) = (use_node_ref(), use_node_ref(), use_node_ref());
    let problem = use_state(|| None::<Problem>);
    let submit = {
        let (endpoint, key, secret) = (endpoint.clone(), key.clone(), secret.clone());
        let (problem, on_save) = (problem.clone(), props.on_save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            match Settings::new(&value(&endpoint), &value(&key), &value(&secret)) {
                Ok(s) => {
                    problem.set(None);
                    on_save.emit(s);
                }
                Err(p) => {
                    let at = match p {
                        Problem::Key => &key,
                        Problem::Secret => &secret,
                        _ => &endpoint,
                    };
                    if let Some(input) = at.cast::<HtmlInputElement>() {
                        let _ = input.focus();
                    }
                    problem.set(Some(p));
                }
            }
        })
    };
    use_starting_text(&endpoint, &key, props.initial.clone());
    let bad = |p: Problem| (*problem == Some(p)).then_some("true");
    let described = |p: Problem, hint: &'static str| {
        if *problem == Some(p) {
            format!("{hint} lrs-problem")
        } else {
            hint.to_string()
        }
    };
    let cancel = props.on_cancel.clone().map(|c| {
        html! {
            <button type="button" data-testid="lrs-cancel" onclick={Callback::from(move |_| c.emit(()))}>{t.cancel}</button>
        }
    });
    html! {
        <form class="panel fields" data-testid="lrs-settings" onsubmit={submit}>
            <label for="lrs-endpoint">{t.endpoint}</label>
            <input id="lrs-endpoint" data-testid="lrs-endpoint" type="url" ref={endpoint} autocomplete="off"
                aria-invalid={bad(Problem::Endpoint)}
                aria-describedby={described(Problem::Endpoint, "lrs-endpoint-hint")} />
            <p id="lrs-endpoint-hint" class="hint">{t.endpoint_hint}</p>
            <label for="lrs-key">{t.key}</label>
            <input id="lrs-key" data-testid="lrs-key" type="text" ref={key} autocomplete="off"
                aria-invalid={bad(Problem::Key)}
                aria-describedby={(*problem == Some(Problem::Key)).then_some("lrs-problem")} />
            <label for="lrs-secret">{t.secret}</label>
            <input id="lrs-secret" data-testid="lrs-secret" type="password" ref={secret} autocomplete="off"
                aria-invalid={bad(Problem::Secret)}
                aria-describedby={(*problem == Some(Problem::Secret)).then_some("lrs-problem")} />
            if let Some(p) = *problem {
                <p id="lrs-problem" class="error" data-testid="lrs-problem">{ super::problem(t, p) }</p>
            }
            <p class="actions">
                <button type="submit" data-testid="lrs-save">{t.save}</button>
                { for cancel }
            </p>
        </form>
    }
}

/// The saved settings, once, as the fields' starting text: a `value`
/// would be put back over what is typed at every render.
#[hook]
fn use_starting_text(endpoint: &NodeRef, key: &NodeRef, initial: Option<Settings>) {
    let (endpoint, key) = (endpoint.clone(), key.clone());
    use_effect_with((), move |_| {
        if let Some(s) = initial {
            for (at, text) in [(&endpoint, &s.endpoint), (&key, &s.key)] {
                if let Some(input) = at.cast::<HtmlInputElement>() {
                    input.set_value(text);
                }
            }
        }
    });
}
