//! Where the agent's stress came from, in words: the debrief's and the
//! shift report's list, so the strain the house rules put on every contact
//! (the monitoring, the alias, the script's friendliness) is named next to
//! the customer's abuse.

use yew::prelude::*;

use crate::engine::play::agent::{StressEvent, StressReason};
use crate::engine::Lang;
use crate::ui::i18n;

pub fn sources(strain: &[StressEvent], alias: Option<&str>, heading: &str, lang: Lang) -> Html {
    if strain.is_empty() {
        return html! {};
    }
    let items = strain.iter().map(|e| {
        let reason = i18n::stress_reason(lang, e.reason);
        let name = match (e.reason, alias) {
            (StressReason::WorkingUnderAlias, Some(a)) => format!("{reason} (“{a}”)"),
            _ => reason.to_string(),
        };
        html! { <li>{name}{": "}<strong>{format!("{:+}", e.amount)}</strong></li> }
    });
    html! {
        <>
            <h3>{heading}</h3>
            <ul class="strain" data-testid="strain-sources">{ for items }</ul>
        </>
    }
}
