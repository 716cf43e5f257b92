//! The manager's settings: a number field for each of the centre's figures,
//! how calls arrive over the day and how agents answer, and the button that
//! runs the simulation.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::manager::{Answering, Field, Manager, Msg};
use crate::engine::centre::week::ArrivalShape;
use crate::ui::i18n;

pub fn form(m: &Manager, w: &'static i18n::Manager, send: &Callback<Msg>) -> Html {
    let shapes = ArrivalShape::ALL.map(|s| (s, i18n::shape_name(m.lang, s)));
    let answering = Answering::ALL.map(|a| (a, answering_label(a, w)));
    let run = send.reform(|e: SubmitEvent| {
        e.prevent_default();
        Msg::Run
    });
    html! {
        <form class="panel fields" onsubmit={run}>
            { for Field::ALL.into_iter().map(|f| field(f, field_label(f, w), f.get(&m.params), send)) }
            { select(w.shape, "arrival-shape", &shapes, m.shape, send.reform(Msg::Shape)) }
            { select(w.mix, "style-mix", &answering, m.answering, send.reform(Msg::Answering)) }
            <p><button type="submit" class="primary" data-testid="run-simulation">{w.run}</button></p>
        </form>
    }
}

fn field_label(f: Field, w: &'static i18n::Manager) -> &'static str {
    match f {
        Field::Agents => w.agents,
        Field::Calls => w.calls,
        Field::PhoneHours => w.hours,
        Field::Weeks => w.weeks,
        Field::Seed => w.seed,
        Field::OpenDays => w.open_days,
        Field::OpenHour => w.open_hour,
        Field::CloseHour => w.close_hour,
    }
}

fn answering_label(a: Answering, w: &'static i18n::Manager) -> &'static str {
    match a {
        Answering::AsPolicyPushes => w.mix_policy,
        Answering::MostlyScripted => w.mix_scripted,
        Answering::EmpatheticAndAutonomous => w.mix_empathetic,
    }
}

/// A number field; text that is no number is not sent.
fn field(f: Field, label: &'static str, value: u32, send: &Callback<Msg>) -> Html {
    let id = f.id();
    let send = send.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(v) = input.value().parse::<u32>() {
            send.emit(Msg::Edit(f, v));
        }
    });
    html! {
        <label class="field" for={id}>{label}
            <input id={id} data-testid={id} type="number" min="0" inputmode="numeric" value={value.to_string()} {oninput} />
        </label>
    }
}

/// A choice from a named list: each option its value and its words.
fn select<T: Copy + PartialEq + 'static>(
    label: &'static str,
    id: &'static str,
    options: &[(T, &'static str)],
    chosen: T,
    on: Callback<T>,
) -> Html {
    let values: Vec<T> = options.iter().map(|(v, _)| *v).collect();
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let picked = usize::try_from(el.selected_index()).ok();
        if let Some(v) = picked.and_then(|i| values.get(i).copied()) {
            on.emit(v);
        }
    });
    html! {
        <label class="field" for={id}>{label}
            <select id={id} data-testid={id} {onchange}>
                { for options.iter().enumerate().map(|(i, (v, words))| html! {
                    <option value={i.to_string()} selected={*v == chosen}>{*words}</option>
                }) }
            </select>
        </label>
    }
}
