//! The statement queue (`engine::lms::queue`, issue 19 item 3): in order,
//! once per id, nothing lost when the LRS refuses one, and the same queue
//! after a reload.

use serde_json::{json, Value};

use frontline::engine::lms::queue::{retry_after_ms, storage_key, Failure, Outcome, Queue};

fn statement(id: &str, verb: &str) -> Value {
    json!({ "id": id, "verb": { "id": verb }, "actor": { "mbox": "mailto:an@example.org" } })
}

fn ids(statements: &[Value]) -> Vec<&str> {
    statements
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect()
}

#[test]
fn statements_leave_in_the_order_they_came_and_only_once_acknowledged() {
    let mut q = Queue::new();
    for id in ["a", "b", "c"] {
        assert!(q.push(statement(id, "answered")));
    }
    assert_eq!(ids(q.next(2)), ["a", "b"]);
    assert_eq!(ids(q.next(10)), ["a", "b", "c"]);
    // The LRS stored the first; the second failed: the rest waits, in order.
    q.acknowledge(&["a".to_string()]);
    assert_eq!(ids(q.next(10)), ["b", "c"]);
    q.push(statement("d", "terminated"));
    assert_eq!(ids(q.next(10)), ["b", "c", "d"]);
    q.acknowledge(&["b".into(), "c".into(), "d".into()]);
    assert!(q.is_empty());
    assert!(q.is_spent());
}

#[test]
fn a_statement_already_waiting_is_not_queued_twice() {
    let mut q = Queue::new();
    assert!(q.push(statement("a", "initialized")));
    // A reload works the session's `initialized` out again: same id.
    assert!(!q.push(statement("a", "initialized")));
    assert_eq!(q.len(), 1);
}

#[test]
fn the_queue_survives_a_reload_as_stored() {
    let mut q = Queue::new();
    q.push(statement("a", "initialized"));
    q.push(statement("b", "answered"));
    q.refuse("b");
    q.push(statement("c", "answered"));
    let raw = q.encode();
    let back = Queue::decode(Some(&raw)).unwrap();
    assert_eq!(back, q);
    assert_eq!(ids(back.next(10)), ["a", "c"]);
    assert_eq!(ids(back.refused()), ["b"], "refused, kept, not sent again");
    assert!(!back.is_spent());
    assert_eq!(Queue::decode(None).unwrap(), Queue::new());
    assert!(Queue::decode(Some("{ not json")).is_err());
    let newer = r#"{"v": 2, "waiting": []}"#;
    assert!(Queue::decode(Some(newer)).unwrap_err().contains("newer"));
}

#[test]
fn a_terminated_not_yet_sent_can_be_taken_back() {
    let mut q = Queue::new();
    q.push(statement("a", "answered"));
    q.push(statement("t", "terminated"));
    assert!(q.withdraw("t"));
    assert!(!q.withdraw("t"));
    assert_eq!(ids(q.next(10)), ["a"]);
}

#[test]
fn each_registration_has_its_own_queue() {
    assert_ne!(storage_key("r1"), storage_key("r2"));
    assert!(storage_key("r1").ends_with("r1"));
}

#[test]
fn what_the_lrs_answered_means_for_the_queue() {
    assert_eq!(Outcome::of_status(200), Outcome::Stored);
    assert_eq!(Outcome::of_status(204), Outcome::Stored);
    // Ralph answers 409 to an id it has with other content: sending it
    // again will never store it, and the LRS has that statement.
    assert_eq!(Outcome::of_status(409), Outcome::Stored);
    assert_eq!(Outcome::of_status(400), Outcome::Refused);
    assert_eq!(
        Outcome::of_status(401),
        Outcome::Failed(Failure::Credentials)
    );
    assert_eq!(
        Outcome::of_status(403),
        Outcome::Failed(Failure::Credentials)
    );
    assert_eq!(
        Outcome::of_status(502),
        Outcome::Failed(Failure::Other(502))
    );
}

#[test]
fn retries_back_off_to_a_minute() {
    let waits: Vec<u32> = (1..=8).map(retry_after_ms).collect();
    assert_eq!(
        waits,
        [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]
    );
    assert_eq!(retry_after_ms(0), 2_000);
}
