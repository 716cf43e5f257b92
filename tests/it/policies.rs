//! The shipped policies are written twice: as Rust values
//! (`engine::model::policies`, what the game carries) and in
//! `assets/policies/policies.json` (what trainers read and the browser tests
//! use). The engine's own reader must find exactly the same policies in
//! the file: every field, both languages, in the same order.

use frontline::engine::model::scenario::Authority;
use frontline::engine::{builtin_policies, wire::json, Policy};

const FILE: &str = include_str!("../../assets/policies/policies.json");

#[test]
fn the_built_in_policies_are_the_ones_in_the_file() {
    let read: Vec<Policy> =
        json::from_str(FILE).unwrap_or_else(|e| panic!("assets/policies/policies.json: {e}"));
    let built = builtin_policies();
    let ids = |ps: &[Policy]| ps.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&built),
        ids(&read),
        "the same policies, in the same order"
    );
    for (rust, file) in built.iter().zip(&read) {
        assert_eq!(
            rust, file,
            "policy {}: engine::model::policies (left) and the file (right) differ",
            rust.id
        );
    }
}

#[test]
fn every_policy_text_is_written_in_both_languages() {
    // A language left out of the file reads as empty; equal on both sides
    // would still be a gap the game shows.
    for p in builtin_policies() {
        for (what, text) in [("name", &p.name), ("summary", &p.summary)] {
            assert!(
                text.missing().is_empty(),
                "policy {}: {what} has no text in {:?}",
                p.id,
                text.missing()
            );
        }
        if let Some(alias) = &p.alias {
            assert!(!alias.trim().is_empty(), "policy {}: empty alias", p.id);
        }
    }
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
