//! A link a trainer hands to trainees who play without an LMS: it points
//! their scores page at the trainer's LRS (`engine::lms::standalone`). The
//! settings travel after the `#`, so they never reach a web server's log;
//! the scores page keeps them in that tab only and asks before sending.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::lms::standalone::{Problem, Settings};
use crate::engine::Lang;
use crate::ui::i18n::report::{invite as words, Invite as Words};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

/// The scores page's address, next to this page's (`../scores/`).
fn scores_page() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base("../scores/", &href)
        .map_or_else(|_| "../scores/".to_string(), |u| u.href())
}

/// One labelled input of the form, marked when its value is the problem.
fn field(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    value: &str,
    oninput: Callback<InputEvent>,
    wrong: bool,
) -> Html {
    html! {
        <p class="field">
            <label for={id}>{label}</label>
            <input {id} type={kind} {autocomplete} data-testid={id} value={value.to_string()} {oninput}
                aria-invalid={wrong.then_some("true")} aria-describedby={wrong.then_some("invite-problem")} />
        </p>
    }
}

fn problem_text(w: &Words, p: Problem) -> &'static str {
    match p {
        Problem::Endpoint | Problem::Link => w.bad_endpoint,
        Problem::Key => w.bad_key,
        Problem::Secret => w.bad_secret,
    }
}

#[function_component(Invite)]
pub fn invite(props: &Props) -> Html {
    let w = words(props.lang);
    let fields = use_state(|| (String::new(), String::new(), String::new()));
    let made = use_state(|| None::<Result<String, Problem>>);
    let input = |which: usize| {
        let fields = fields.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut f = (*fields).clone();
            match which {
                0 => f.0 = value,
                1 => f.1 = value,
                _ => f.2 = value,
            }
            fields.set(f);
        })
    };
    let onsubmit = {
        let (fields, made) = (fields.clone(), made.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (endpoint, key, secret) = &*fields;
            made.set(Some(
                Settings::new(endpoint, key, secret)
                    .map(|s| format!("{}#{}", scores_page(), s.fragment())),
            ));
        })
    };
    let problem = match &*made {
        Some(Err(p)) => Some(*p),
        _ => None,
    };
    let result = match &*made {
        Some(Ok(link)) => html! {
            <p class="field">
                <label for="invite-link">{w.link}</label>
                <input id="invite-link" type="text" readonly=true value={link.clone()}
                    data-testid="invite-link" aria-describedby="invite-link-hint"
                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
                <span class="hint" id="invite-link-hint">{w.link_hint}</span>
            </p>
        },
        Some(Err(p)) => html! {
            <p class="notice error" role="alert" id="invite-problem" data-testid="invite-problem">{problem_text(w, *p)}</p>
        },
        None => html! {},
    };
    html! {
        <section class="invite" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{w.heading}</h2>
            <p>{w.about}</p>
            <form {onsubmit} novalidate=true>
                { field("invite-endpoint", w.endpoint, "url", "off", &fields.0, input(0), problem == Some(Problem::Endpoint)) }
                { field("invite-key", w.key, "text", "off", &fields.1, input(1), problem == Some(Problem::Key)) }
                { field("invite-secret", w.secret, "password", "new-password", &fields.2, input(2), problem == Some(Problem::Secret)) }
                <p><button type="submit" data-testid="invite-make">{w.make}</button></p>
            </form>
            <div aria-live="polite">{ result }</div>
        </section>
    }
}
