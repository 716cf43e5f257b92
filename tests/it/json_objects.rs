//! `engine::wire::json::from_str`: reads exactly what serde_json reads, except that a
//! struct written as an array is refused, wherever it is nested.

use crate::common;

use frontline::engine::model::scenario::{Condition, Meter, MeterBound};
use frontline::engine::{check::load, wire::json, Code, ContactRecord, Lang, Scenario};
use frontline::saved::progress::{decode, encode, Loaded, Saved, SetAsideReason};
use serde::Deserialize;

#[test]
fn every_shipped_scenario_reads_as_serde_json_reads_it() {
    for (path, text) in common::shipped_scenarios() {
        let ours: Scenario = json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let theirs: Scenario =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(ours, theirs, "{path}");
    }
}

#[test]
fn saved_progress_reads_as_serde_json_reads_it() {
    let mut saved = Saved::default();
    saved.add_profile("Sam");
    let text = encode(&saved);
    let ours: Saved = json::from_str(&text).unwrap();
    let theirs: Saved = serde_json::from_str(&text).unwrap();
    assert_eq!(ours, theirs);
    assert_eq!(ours, saved);
}

#[test]
fn a_struct_written_as_an_array_is_refused_at_its_place() {
    // serde_json alone would take `[60, 30, 60, 45]` as the four traits in order.
    let text = with_traits_as_array();
    assert!(serde_json::from_str::<Scenario>(&text).is_ok());
    let problem = load::parse_scenario(&text).expect_err("an array is not a persona's traits");
    assert_eq!(problem.code, Code::NotAScenario);
    assert!(
        problem
            .message(Lang::En)
            .contains("invalid type: sequence, expected struct Traits"),
        "{}",
        problem.message(Lang::En)
    );
    let at = problem.location.to_string();
    assert!(at.contains("line 1"), "{at}");
}

#[test]
fn structs_inside_lists_options_and_enum_variants_must_be_objects_too() {
    let bound: Condition =
        json::from_str(r#"{"at_least": {"meter": "trust", "value": 40}}"#).unwrap();
    assert_eq!(
        bound,
        Condition::AtLeast(MeterBound {
            meter: Meter::Trust,
            value: 40
        })
    );
    let refused = json::from_str::<Condition>(r#"{"at_least": ["trust", 40]}"#).unwrap_err();
    assert!(
        refused.to_string().contains("expected struct MeterBound"),
        "{refused}"
    );

    let records = r#"[{"scenario": "a", "policy": "p", "setup": {"seed": 1}, "choices": []}]"#;
    let list: Vec<ContactRecord> = json::from_str(records).unwrap();
    assert_eq!(list[0].setup.seed, Some(1));
    let in_list = json::from_str::<Vec<ContactRecord>>(r#"[["a", "p", {"seed": 1}, []]]"#);
    assert!(in_list.is_err());
    let in_option = json::from_str::<Option<ContactRecord>>(r#"["a", "p", {"seed": 1}, []]"#);
    assert!(in_option.is_err());
    assert_eq!(
        json::from_str::<Option<ContactRecord>>("null").unwrap(),
        None
    );
}

#[test]
fn borrowed_raw_values_pass_through() {
    #[derive(Deserialize)]
    struct Entry<'a> {
        file: String,
        #[serde(borrow)]
        scenario: &'a serde_json::value::RawValue,
    }
    let text = r#"[{"file": "a.json", "scenario": {"id": "a", "nodes": [1, 2]}}]"#;
    let entries: Vec<Entry> = json::from_str(text).unwrap();
    assert_eq!(entries[0].file, "a.json");
    assert_eq!(entries[0].scenario.get(), r#"{"id": "a", "nodes": [1, 2]}"#);
}

#[test]
fn trailing_text_and_syntax_errors_are_reported_as_serde_json_does() {
    let trailing = json::from_str::<Option<u8>>("1 2").unwrap_err();
    assert_eq!(
        trailing.to_string(),
        serde_json::from_str::<Option<u8>>("1 2")
            .unwrap_err()
            .to_string()
    );
    let ours = json::from_str::<Vec<u8>>("[1,\n 2,").unwrap_err();
    let theirs = serde_json::from_str::<Vec<u8>>("[1,\n 2,").unwrap_err();
    assert_eq!((ours.line(), ours.column()), (2, 3));
    assert_eq!(ours.to_string(), theirs.to_string());
}

#[test]
fn progress_with_a_struct_as_an_array_is_set_aside() {
    let text = r#"{"version": 1, "settings": ["nl", true], "profiles": [], "current": null}"#;
    match decode(Some(text)) {
        Loaded::SetAside { why, raw } => {
            assert_eq!(why, SetAsideReason::WrongShape);
            assert_eq!(raw, text, "kept exactly as it was");
        }
        other => panic!("expected it set aside, got {other:?}"),
    }
}

/// A shipped scenario, on one line, with the persona's traits written as the
/// array of their values in field order.
fn with_traits_as_array() -> String {
    let (_, text) = &common::shipped_scenarios()[0];
    let mut doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let traits = &mut doc["persona"]["traits"];
    let values: Vec<serde_json::Value> = ["speed", "warmth", "expectations", "complexity"]
        .iter()
        .map(|k| traits[*k].clone())
        .collect();
    *traits = serde_json::Value::Array(values);
    serde_json::to_string(&doc).unwrap()
}
