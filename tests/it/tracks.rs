//! Tracks: the shipped ones check out against the library, steps open in
//! order, and mastery follows the track's own rule.

use crate::common;

use frontline::engine::model::track::{Step, StepKind, Track, TrackProblem};
use frontline::engine::play::track::{standing, StepState};
use frontline::engine::wire::{json, keyed::Keyed};
use frontline::engine::{builtin_policies, check::load};

fn shipped_tracks() -> Vec<Track> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/tracks");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

fn track(name: &str) -> Track {
    shipped_tracks().into_iter().find(|t| t.id == name).unwrap()
}

fn ids() -> (Vec<String>, Vec<String>) {
    let scenarios = common::shipped_scenarios()
        .iter()
        .map(|(_, text)| load::parse_scenario(text).unwrap().id)
        .collect();
    let policies = builtin_policies().into_iter().map(|p| p.id).collect();
    (scenarios, policies)
}

fn problems(t: &Track) -> Vec<TrackProblem> {
    let (s, p) = ids();
    let s: Vec<&str> = s.iter().map(String::as_str).collect();
    let p: Vec<&str> = p.iter().map(String::as_str).collect();
    t.problems(&s, &p)
}

#[test]
fn the_shipped_tracks_check_out_against_the_library() {
    let tracks = shipped_tracks();
    assert!(tracks.iter().any(|t| t.id == "onboarding"));
    assert!(tracks.iter().any(|t| t.id == "rotation"));
    for t in &tracks {
        assert_eq!(problems(t), vec![], "{}", t.id);
        assert!(
            !t.learned.is_empty() && !t.discussion.is_empty(),
            "{}",
            t.id
        );
    }
}

#[test]
fn onboarding_goes_from_routine_to_complaint_under_both_house_rules_and_ends_with_a_shift() {
    let t = track("onboarding");
    let kinds: Vec<String> = t
        .steps
        .iter()
        .filter_map(|s| match s.kind().unwrap() {
            StepKind::Contact(scenario) => {
                let (_, text) = common::shipped_scenarios()
                    .into_iter()
                    .find(|(path, _)| path.ends_with(&format!("/{scenario}.json")))
                    .unwrap();
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                Some(v["kind"].as_str().unwrap().to_string())
            }
            StepKind::Shift(_) => None,
        })
        .collect();
    assert_eq!(kinds.first().map(String::as_str), Some("routine"));
    assert!(kinds.contains(&"complex".to_string()));
    assert!(kinds.contains(&"complaint".to_string()));
    assert!(matches!(
        t.steps.last().unwrap().kind(),
        Some(StepKind::Shift(4))
    ));
    for policy in ["target-driven", "customer-first"] {
        assert!(t.steps.iter().any(|s| s.policy() == policy), "{policy}");
    }
    assert!((45..=75).contains(&t.minutes));
}

#[test]
fn rotation_is_three_contacts_in_about_a_quarter_of_an_hour() {
    let t = track("rotation");
    assert_eq!(t.steps.len(), 3);
    assert!(t
        .steps
        .iter()
        .all(|s| matches!(s.kind(), Some(StepKind::Contact(_)))));
    assert!(t.minutes <= 20);
}

#[test]
fn steps_open_in_order() {
    let t = track("onboarding");
    let fresh = standing(&t, &Keyed::new());
    assert_eq!(fresh.next(), Some(0));
    assert!(fresh.is_open(0) && !fresh.is_open(1));
    assert!(fresh.steps[1..].iter().all(|s| *s == StepState::Locked));

    // A later step played out of order does not open the ones before it.
    let mut results = Keyed::new();
    results.insert(t.steps[2].key(), 40);
    let s = standing(&t, &results);
    assert_eq!(s.next(), Some(0));
    assert_eq!(s.steps[2], StepState::Locked);

    results.insert(t.steps[0].key(), 50);
    results.insert(t.steps[1].key(), 30);
    let s = standing(&t, &results);
    assert_eq!(s.steps[0], StepState::Done(50));
    assert_eq!(s.steps[2], StepState::Done(40));
    assert_eq!(s.next(), Some(3));
    assert!(!s.complete && !s.mastered);
}

#[test]
fn mastery_needs_every_step_and_the_average_on_the_named_house_rules() {
    let t = track("onboarding");
    let all = |customer_first: u8, target_driven: u8| {
        let mut r = Keyed::new();
        for step in &t.steps {
            let tenths = if step.policy() == "customer-first" {
                customer_first
            } else {
                target_driven
            };
            r.insert(step.key(), tenths);
        }
        standing(&t, &r)
    };
    // Target-driven results do not count towards onboarding's average.
    let low = all(30, 50);
    assert!(low.complete && !low.mastered);
    assert_eq!(low.average_tenths, Some(30));
    let high = all(35, 10);
    assert!(high.complete && high.mastered);
    assert_eq!(high.average_tenths, Some(35));

    // Rotation asks only that every step is done.
    let r = track("rotation");
    let mut results = Keyed::new();
    for step in &r.steps {
        results.insert(step.key(), 10);
    }
    assert!(standing(&r, &results).mastered);
}

#[test]
fn a_trainers_track_with_a_missing_scenario_is_reported_not_crashed() {
    let text = r#"{
        "format": 1, "id": "my-team",
        "title": {"en": "Our team", "nl": "Ons team"},
        "description": {"en": "Ours", "nl": "Van ons"},
        "minutes": 10,
        "steps": [
            {"scenario": "hurried-routine", "policy": "customer-first"},
            {"scenario": "deleted-long-ago", "policy": "customer-first"},
            {"scenario": "hurried-routine", "policy": "customer-first"},
            {"shift": 1, "policy": "no-such-rules"}
        ],
        "mastery": {"min_average_csat_tenths": 60, "on_policy": "target-driven"}
    }"#;
    let t: Track = json::from_str(text).unwrap();
    let found = problems(&t);
    assert!(found.contains(&TrackProblem::MissingScenario {
        index: 1,
        scenario: "deleted-long-ago".into()
    }));
    assert!(found.contains(&TrackProblem::RepeatedStep {
        index: 2,
        key: "hurried-routine@customer-first".into()
    }));
    assert!(found.contains(&TrackProblem::ShiftTooShort { index: 3 }));
    assert!(found.contains(&TrackProblem::UnknownPolicy {
        index: 3,
        policy: "no-such-rules".into()
    }));
    assert!(found.contains(&TrackProblem::MasteryPolicyUnused("target-driven".into())));
    assert!(found.contains(&TrackProblem::MasteryOutOfRange(60)));
    // Its standing can still be computed: nothing is played half.
    assert_eq!(standing(&t, &Keyed::new()).next(), Some(0));
}

#[test]
fn a_step_is_a_contact_or_a_shift_and_nothing_else() {
    let contact: Step = json::from_str(r#"{"scenario": "a", "policy": "b"}"#).unwrap();
    assert_eq!(contact.key(), "a@b");
    assert_eq!(contact, Step::contact("a", "b"));
    let shift: Step = json::from_str(r#"{"shift": 4, "policy": "b"}"#).unwrap();
    assert_eq!(shift.key(), "shift:4@b");
    assert_eq!(shift.kind(), Some(StepKind::Shift(4)));
    let mut t = track("rotation");
    t.steps
        .push(json::from_str(r#"{"policy": "customer-first"}"#).unwrap());
    t.steps.push(
        json::from_str(r#"{"scenario": "lonely-caller", "shift": 3, "policy": "customer-first"}"#)
            .unwrap(),
    );
    let found = problems(&t);
    assert!(found.contains(&TrackProblem::NotContactOrShift { index: 3 }));
    assert!(found.contains(&TrackProblem::NotContactOrShift { index: 4 }));
}
