//! Replay value: whether a replay of the scenario reads as a new
//! conversation (`engine::play::persona`). A warning, like the balance
//! check's, and like it run by `frontline lint` on a file that plays: the
//! shipped library is held to it with `--deny-warnings`.

use crate::engine::check::diagnostic::{Code, Diagnostic, Location};
use crate::engine::model::scenario::Scenario;

/// A line at a node with two or more answers, written one way only: there
/// the trainee who plays again reads the same words before the same
/// choice, and can answer from memory instead of from the customer.
pub fn diagnostics(scenario: &Scenario) -> Vec<Diagnostic> {
    scenario
        .nodes
        .iter()
        .filter(|n| n.choices.len() >= 2 && n.wordings.is_empty())
        .map(|n| {
            let at = Location::Node { node: n.id.clone() };
            Diagnostic::new(Code::OneWording, at)
                .number("count", n.choices.len() as i64)
                .in_scenario(&scenario.id)
        })
        .collect()
}
