//! `engine::wire::keyed`: the small name-keyed maps and sets read and write JSON
//! exactly as the `BTreeMap<String, V>` and `BTreeSet<String>` they replace.

use std::collections::{BTreeMap, BTreeSet};

use frontline::engine::wire::keyed::{Keyed, Names};
use frontline::engine::{model::scenario::PolicyVariant, wire::json};
use frontline::saved::progress::{decode, encode, Loaded, Saved};

#[test]
fn a_map_reads_and_writes_as_a_btreemap_does() {
    let text = r#"{"b": 2, "a": 1, "c": 3}"#;
    let ours: Keyed<u8> = serde_json::from_str(text).unwrap();
    let theirs: BTreeMap<String, u8> = serde_json::from_str(text).unwrap();
    assert_eq!(
        serde_json::to_value(&ours).unwrap(),
        serde_json::to_value(&theirs).unwrap()
    );
    assert_eq!(ours.get("a"), Some(&1));
    assert_eq!(ours["c"], 3);
    assert_eq!(ours.len(), 3);
    // A repeated key keeps its last value, as in a BTreeMap.
    let twice: Keyed<u8> = serde_json::from_str(r#"{"a": 1, "a": 9}"#).unwrap();
    let twice_theirs: BTreeMap<String, u8> = serde_json::from_str(r#"{"a": 1, "a": 9}"#).unwrap();
    assert_eq!((twice.len(), twice.get("a")), (1, Some(&9)));
    assert_eq!(twice_theirs["a"], 9);
}

#[test]
fn a_set_reads_and_writes_as_a_btreeset_does() {
    let text = r#"["late-delivery", "angry-after-wait", "late-delivery"]"#;
    let ours: Names = serde_json::from_str(text).unwrap();
    let theirs: BTreeSet<String> = serde_json::from_str(text).unwrap();
    assert_eq!(ours.len(), theirs.len(), "a repeated name counts once");
    assert!(theirs.iter().all(|n| ours.contains(n)));
    let written: BTreeSet<String> =
        serde_json::from_str(&serde_json::to_string(&ours).unwrap()).unwrap();
    assert_eq!(written, theirs);
}

#[test]
fn wrong_shapes_give_serdes_own_messages() {
    let ours = serde_json::from_str::<Keyed<u8>>("[1]")
        .unwrap_err()
        .to_string();
    let theirs = serde_json::from_str::<BTreeMap<String, u8>>("[1]")
        .unwrap_err()
        .to_string();
    assert_eq!(ours, theirs);
    let ours = serde_json::from_str::<Names>("{}").unwrap_err().to_string();
    let theirs = serde_json::from_str::<BTreeSet<String>>("{}")
        .unwrap_err()
        .to_string();
    assert_eq!(ours, theirs);
    assert!(json::from_str::<Keyed<PolicyVariant>>(r#"{"target-driven": [30]}"#).is_err());
}

#[test]
fn equal_whatever_the_order_things_were_added_in() {
    let mut one = Keyed::new();
    one.insert("a".to_string(), 1);
    one.insert("b".to_string(), 2);
    let mut other = Keyed::new();
    other.insert("b".to_string(), 2);
    other.insert("a".to_string(), 1);
    assert_eq!(one, other);
    other.insert("a".to_string(), 5);
    assert_ne!(one, other);
    other.remove("a");
    assert_ne!(one, other, "a missing key is a difference");
    let mut names = Names::default();
    assert!(names.insert("x".into()));
    assert!(!names.insert("x".into()), "already there");
}

#[test]
fn insert_remove_and_get_or_insert_with() {
    let mut best: Keyed<u8> = Keyed::new();
    assert_eq!(best.insert("s/p".into(), 3), None);
    assert_eq!(best.insert("s/p".into(), 4), Some(3));
    *best.get_or_insert_with("s/p", || 0) += 1;
    *best.get_or_insert_with("t/p", || 2) += 1;
    assert_eq!((best["s/p"], best["t/p"]), (5, 3));
    assert_eq!(best.remove("s/p"), Some(5));
    assert_eq!(best.remove("s/p"), None);
    assert!(!best.contains_key("s/p") && best.contains_key("t/p"));
    assert_eq!(
        best.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        ["t/p"]
    );
}

/// Progress as the earlier, BTreeMap-based version wrote it (keys sorted).
const STORED_BEFORE: &str = r#"{"version":1,"settings":{"lang":"nl","typing":false},"profiles":[{"name":"Sam","policy":"customer-first","best":{"double-charged/customer-first":4,"lonely-caller/target-driven":2},"played":["double-charged","lonely-caller"],"unfinished":{"hurried-routine":{"scenario":"hurried-routine","policy":"customer-first","setup":{"seed":7,"meters":null,"stress":null},"choices":["greet"]}},"last":null,"shift":null,"shift_contact":null,"shift_history":[]}],"current":"Sam"}"#;

#[test]
fn progress_stored_by_the_earlier_version_still_reads_and_round_trips() {
    let Loaded::Ok(saved) = decode(Some(STORED_BEFORE)) else {
        panic!("earlier progress must still read");
    };
    let p = saved.profile().expect("Sam");
    assert_eq!(p.best["double-charged/customer-first"], 4);
    assert!(p.played.contains("lonely-caller"));
    assert_eq!(p.unfinished["hurried-routine"].choices, ["greet"]);
    let again: Saved = match decode(Some(&encode(&saved))) {
        Loaded::Ok(s) => s,
        _ => panic!("written progress must read back"),
    };
    assert_eq!(again, saved);
    let as_written: serde_json::Value = serde_json::from_str(&encode(&saved)).unwrap();
    let before: serde_json::Value = serde_json::from_str(STORED_BEFORE).unwrap();
    assert_eq!(as_written, before, "the same document, field for field");
}
