//! One bad file per class of validation problem, each checked for its kind,
//! where it points, and what it says.

use crate::common;

use frontline::engine::check::diagnostic::{Code, Diagnostic, Location};
use frontline::engine::Lang;
use frontline::engine::{builtin_policies, check::load};

fn problems(name: &str) -> Vec<Diagnostic> {
    let path = format!(
        "{}/tests/fixtures/invalid/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    load::load_scenario(&text, &builtin_policies()).expect_err("the file must have problems")
}

fn node(n: &str) -> Location {
    Location::Node { node: n.into() }
}

fn choice(n: &str, c: &str) -> Location {
    Location::Choice {
        node: n.into(),
        choice: c.into(),
    }
}

/// The file has a problem of `kind` at `at` whose message contains `phrase`.
fn assert_problem(name: &str, kind: Code, at: Location, phrase: &str) {
    let found = problems(name);
    assert!(
        found
            .iter()
            .any(|p| p.code == kind && p.location == at && p.message(Lang::En).contains(phrase)),
        "{name}: expected {kind:?} at {at} containing '{phrase}', got {found:#?}"
    );
}

#[test]
fn a_valid_file_has_no_problems() {
    let text = include_str!("../fixtures/valid/minimal.json");
    assert!(load::load_scenario(text, &builtin_policies()).is_ok());
}

#[test]
fn malformed_json_names_line_and_column() {
    let found = problems("malformed");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, Code::NotAScenario);
    assert_eq!(found[0].location, Location::File { line: 4, column: 3 });
    assert!(found[0].message(Lang::En).contains("expected `,`"));
}

#[test]
fn too_deep_nesting_is_refused_before_parsing() {
    assert_problem(
        "too_deep",
        Code::NestedTooDeep,
        Location::File {
            line: 1,
            column: 45,
        },
        "nested deeper than 16",
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let limits = load::Limits {
        max_bytes: 100,
        ..load::LIMITS
    };
    let text = include_str!("../fixtures/valid/minimal.json");
    let p = load::parse_with(text, &limits).unwrap_err();
    assert_eq!(p.code, Code::FileTooLarge);
    assert!(
        p.message(Lang::En).contains("the limit is 0 KB") || p.message(Lang::En).contains("limit")
    );
    // And the real limit: 4 MB.
    let huge = " ".repeat(load::LIMITS.max_bytes + 1);
    assert_eq!(
        load::parse_scenario(&huge).unwrap_err().code,
        Code::FileTooLarge
    );
}

#[test]
fn unsupported_format() {
    assert_problem(
        "unsupported_format",
        Code::UnsupportedFormat,
        Location::Scenario,
        "format 2 is not supported",
    );
}

#[test]
fn bad_id() {
    assert_problem(
        "bad_id",
        Code::BadId,
        choice("middle", "Fix It!"),
        "not a valid id",
    );
}

#[test]
fn duplicate_node_id() {
    assert_problem(
        "duplicate_node",
        Code::DuplicateNode,
        node("done"),
        "more than one node",
    );
    assert!(
        !problems("duplicate_node")
            .iter()
            .any(|p| p.code == Code::Unreachable),
        "a duplicate is not also reported as unreachable"
    );
}

#[test]
fn duplicate_choice_id() {
    assert_problem(
        "duplicate_choice",
        Code::DuplicateChoice,
        choice("open", "help"),
        "more than one choice",
    );
}

#[test]
fn unknown_start() {
    assert_problem(
        "unknown_start",
        Code::UnknownStart,
        Location::Scenario,
        "'begin'",
    );
}

#[test]
fn unknown_next_node() {
    assert_problem(
        "unknown_next",
        Code::UnknownNext,
        choice("open", "help"),
        "leads to 'midle'",
    );
}

#[test]
fn unknown_policy() {
    assert_problem(
        "unknown_policy",
        Code::UnknownPolicyInCondition,
        choice("open", "script"),
        "'customer-frist'",
    );
}

#[test]
fn unreachable_node() {
    assert_problem(
        "unreachable",
        Code::Unreachable,
        node("orphan"),
        "no path from the start",
    );
}

#[test]
fn dead_end() {
    assert_problem(
        "dead_end",
        Code::DeadEnd,
        node("limbo"),
        "no choices and is not an ending",
    );
}

#[test]
fn ending_with_choices() {
    assert_problem(
        "ending_with_choices",
        Code::EndingWithChoices,
        node("done"),
        "cannot have choices",
    );
}

#[test]
fn no_ending_at_all() {
    assert_problem("no_ending", Code::NoEnding, Location::Scenario, "no ending");
}

#[test]
fn a_loop_that_never_ends() {
    assert_problem(
        "never_ends",
        Code::NeverEnds,
        node("spin"),
        "go round forever",
    );
    assert_problem(
        "never_ends",
        Code::NeverEnds,
        node("spin2"),
        "go round forever",
    );
}

#[test]
fn every_choice_locked_under_a_policy() {
    assert_problem(
        "no_choice_under_policy",
        Code::NoChoiceUnderPolicy,
        node("middle"),
        "under the policy 'target-driven' every choice here is locked",
    );
}

#[test]
fn effects_out_of_range() {
    assert_problem(
        "effect_out_of_range",
        Code::OutOfRange,
        choice("open", "help"),
        "effect on mood is 150",
    );
}

#[test]
fn traits_out_of_range() {
    assert_problem(
        "trait_out_of_range",
        Code::OutOfRange,
        Location::Scenario,
        "speed is 120",
    );
}

#[test]
fn missing_translation() {
    assert_problem(
        "missing_translation",
        Code::MissingText,
        choice("middle", "stall"),
        "no Dutch text",
    );
}

#[test]
fn every_shipped_scenario_is_valid() {
    let policies = builtin_policies();
    for (path, text) in common::shipped_scenarios() {
        if let Err(p) = load::load_scenario(&text, &policies) {
            panic!("{path}: {p:#?}");
        }
    }
}

#[test]
fn validation_is_linear_enough_for_ten_thousand_nodes() {
    let s = frontline::engine::analysis::generate::layered(10_000, 1);
    assert!(frontline::engine::check::validation::validate(&s, &builtin_policies()).is_empty());
}
