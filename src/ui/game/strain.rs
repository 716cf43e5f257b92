//! Where the agent's stress came from, in words: the debrief's and the
//! shift report's list, so the strain the house rules put on every contact
//! (the monitoring, the alias, the script's friendliness) is named next to
//! the customer's abuse.

use yew::prelude::*;

use crate::engine::check::catalogue::Fetched;
use crate::engine::play::agent::{StressEvent, StressReason};

/// `words`: the names, fetched when the screen is shown; until they arrive
/// (or if they cannot), the amounts show alone.
pub fn sources(
    strain: &[StressEvent],
    alias: Option<&str>,
    heading: &str,
    words: Option<&Fetched>,
) -> Html {
    if strain.is_empty() {
        return html! {};
    }
    let items = strain.iter().map(|e| {
        let name = match (words.and_then(|w| w.stress(e.reason)), e.reason, alias) {
            (Some(name), StressReason::WorkingUnderAlias, Some(a)) => format!("{name} (“{a}”): "),
            (Some(name), _, _) => format!("{name}: "),
            (None, _, _) => String::new(),
        };
        html! { <li>{name}<strong>{format!("{:+}", e.amount)}</strong></li> }
    });
    html! {
        <>
            <h3>{heading}</h3>
            <ul class="strain" data-testid="strain-sources">{ for items }</ul>
        </>
    }
}
