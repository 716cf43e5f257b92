//! The documentation of the scenario format stays true: its example loads,
//! and the committed JSON Schema is what `frontline schema` prints.

use frontline::engine::{builtin_policies, check::load, Contact, Setup};

use crate::common::readme_example as example;

#[test]
fn the_readme_example_is_a_valid_playable_scenario() {
    let policies = builtin_policies();
    let scenario = load::load_scenario(example(), &policies)
        .unwrap_or_else(|p| panic!("README example has problems: {p:?}"));
    for policy in &policies {
        let mut c = Contact::start(&scenario, policy, Setup::seeded(1));
        c.choose(0).unwrap();
        assert!(c.is_over());
    }
}

#[test]
fn the_committed_schema_is_up_to_date() {
    let committed = include_str!("../../docs/scenario.schema.json");
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = frontline::cli::run(&["schema".to_string()], &mut out, &mut err);
    assert_eq!(code, 0);
    assert_eq!(
        String::from_utf8(out).unwrap().trim(),
        committed.trim(),
        "run `cargo run --bin frontline -- schema > docs/scenario.schema.json`"
    );
}

#[test]
fn the_schema_describes_ranges_and_required_fields() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/scenario.schema.json")).unwrap();
    let required = schema["required"].as_array().unwrap();
    assert!(required.iter().any(|v| v == "nodes"));
    let speed = &schema["definitions"]["Traits"]["properties"]["speed"];
    assert_eq!(speed["maximum"], 100.0);
}

#[test]
fn the_shipped_policies_include_both_house_rules() {
    let policies = builtin_policies();
    let target = policies.iter().find(|p| p.id == "target-driven").unwrap();
    assert!(target.script_required);
    assert_eq!(target.handle_time_target, Some(270));
    assert_eq!(target.goodwill_budget, 0);
    assert!(target.authorities.is_empty());
    assert!(target.alias.is_some());
    let free = policies.iter().find(|p| p.id == "customer-first").unwrap();
    assert!(!free.script_required);
    assert_eq!(free.handle_time_target, None);
    assert!(free.goodwill_budget > 0);
    for p in &policies {
        assert!(p.name.missing().is_empty() && p.summary.missing().is_empty());
    }
}
