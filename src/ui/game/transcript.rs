//! A contact's transcript: what the customer and the agent said, and how
//! it ended.

use yew::prelude::*;

use super::contact::Contacted;
use crate::engine::play::contact::Line;

/// The first `shown` lines; `say` puts the agent's name in.
pub fn transcript(on: &Contacted, shown: usize, say: &dyn Fn(&str) -> String) -> Html {
    let Contacted {
        scenario,
        contact,
        lang,
        w,
    } = *on;
    let lines = contact.transcript().into_iter().take(shown).map(|line| match line {
        Line::Customer { node } => {
            let node = &scenario.nodes[node];
            // Narration is set apart in italics, not in the customer's
            // bubble: a screen reader reads it as plain text before the line.
            let told = node.narration.get(lang);
            html! {
                <>
                if !told.is_empty() {
                    <p class="narration" data-testid="narration"><em>{say(told)}</em></p>
                }
                <div class="line customer" data-testid="line-customer">
                    <span class="who">{&scenario.persona.name}</span>
                    <span class="said">{say(node.customer.get(lang))}</span>
                </div>
                </>
            }
        }
        Line::Agent { node, choice } => {
            let choice = &scenario.nodes[node].choices[choice];
            html! {
                <div class="line agent" data-testid="line-agent">
                    <span class="who">{w.you()}</span>
                    <span class="said">{say(choice.text.get(lang))}{super::channel::private_marker(choice.private, w)}</span>
                </div>
            }
        }
        Line::CustomerLeft | Line::Stuck => html! {
            <div class="line system" data-testid="line-system">
                {contact.end().map(|e| w.end_reason(e.reason)).unwrap_or("")}
            </div>
        },
    });
    html! {
        <div class="transcript" data-testid="transcript" role="log" aria-live="polite" aria-label={scenario.persona.name.clone()}>
            { for lines }
        </div>
    }
}
