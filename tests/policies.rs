//! The shipped policies: `build.rs` turns `assets/policies/policies.json` into
//! Rust; the engine's own reader must find the same policies in the file.

use frontline::engine::model::scenario::Authority;
use frontline::engine::{builtin_policies, wire::json, Policy};

const FILE: &str = include_str!("../assets/policies/policies.json");

#[test]
fn the_built_in_policies_are_the_ones_in_the_file() {
    let read: Vec<Policy> =
        json::from_str(FILE).unwrap_or_else(|e| panic!("assets/policies/policies.json: {e}"));
    assert_eq!(builtin_policies(), read);
}

#[test]
fn both_house_rules_come_through_with_every_field() {
    let policies = builtin_policies();
    let target = policies
        .iter()
        .find(|p| p.id == "target-driven")
        .expect("target-driven");
    assert!(target.script_required);
    assert_eq!(target.handle_time_target, Some(270));
    assert_eq!(target.alias.as_deref(), Some("Sarah"));
    assert!(target.authorities.is_empty());
    assert!(target.summary.nl.contains("4,5 minuut"));
    let first = policies
        .iter()
        .find(|p| p.id == "customer-first")
        .expect("customer-first");
    assert_eq!(first.handle_time_target, None);
    assert_eq!(first.goodwill_budget, 50);
    assert!(first.allows(Authority::CompetitorOrder));
    assert!(first.job_control > target.job_control);
}
