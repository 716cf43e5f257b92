//! Stored progress: damaged or unknown data is set aside, never lost.

use frontline::engine::{ContactRecord, Lang, Setup};
use frontline::saved::progress::{decode, encode, set_aside_key, Loaded, Saved, SetAsideReason};

#[test]
fn nothing_stored_starts_fresh() {
    assert_eq!(decode(None), Loaded::Fresh);
}

#[test]
fn saved_progress_round_trips() {
    let mut saved = Saved::default();
    saved.settings.lang = Lang::Nl;
    assert!(saved.add_profile("  Sam "));
    let record = ContactRecord {
        scenario: "double-charged".into(),
        policy: "customer-first".into(),
        setup: Setup::seeded(3),
        choices: vec!["care".into()],
        revision: None,
        model: None,
        at: String::new(),
    };
    saved
        .profile_mut()
        .unwrap()
        .unfinished
        .insert(record.scenario.clone(), record.clone());
    saved.record_result(&record, 4);
    saved.record_result(&record, 2);
    let back = decode(Some(&encode(&saved)));
    assert_eq!(back, Loaded::Ok(saved.clone()));
    let p = saved.profile().unwrap();
    assert_eq!(p.name, "Sam");
    assert_eq!(
        p.best["double-charged/customer-first"], 4,
        "the best result stays"
    );
    assert!(
        p.unfinished.is_empty(),
        "finishing clears the unfinished contact"
    );
}

#[test]
fn invalid_json_is_set_aside() {
    let raw = r#"{"version":1, "profiles": [ this is not json"#;
    assert_eq!(
        decode(Some(raw)),
        Loaded::SetAside {
            raw: raw.into(),
            why: SetAsideReason::NotJson
        }
    );
}

#[test]
fn an_unknown_version_is_set_aside() {
    let raw = r#"{"version":99,"profiles":[{"name":"FromTheFuture"}]}"#;
    assert_eq!(
        decode(Some(raw)),
        Loaded::SetAside {
            raw: raw.into(),
            why: SetAsideReason::UnknownVersion(99)
        }
    );
}

#[test]
fn the_wrong_shape_is_set_aside() {
    for raw in [
        r#"{"profiles":[]}"#,
        r#"{"version":1,"profiles":"Sam"}"#,
        "[1,2]",
    ] {
        assert!(
            matches!(
                decode(Some(raw)),
                Loaded::SetAside {
                    why: SetAsideReason::WrongShape,
                    ..
                }
            ),
            "{raw}"
        );
    }
}

#[test]
fn set_aside_keys_never_overwrite_earlier_ones() {
    let taken = ["frontline.v1.set-aside.1", "frontline.v1.set-aside.2"];
    assert_eq!(
        set_aside_key(|k| taken.contains(&k)),
        "frontline.v1.set-aside.3"
    );
    assert_eq!(set_aside_key(|_| false), "frontline.v1.set-aside.1");
}

#[test]
fn deleting_a_profile_removes_its_data() {
    let mut saved = Saved::default();
    saved.add_profile("A");
    saved.add_profile("B");
    saved.delete_profile("B");
    assert_eq!(saved.profiles.len(), 1);
    assert_eq!(saved.current, None);
    assert!(!saved.add_profile("   "), "an empty name is refused");
}

#[test]
fn track_results_round_trip_and_progress_without_them_is_written_as_before() {
    let mut saved = Saved::default();
    saved.add_profile("Sam");
    let before = encode(&saved);
    assert!(!before.contains("tracks") && !before.contains("\"step\""));

    let p = saved.profile_mut().unwrap();
    p.step = Some(frontline::saved::progress::TrackStep {
        track: "rotation".into(),
        step: frontline::engine::model::track::Step::contact("hurried-routine", "customer-first"),
    });
    saved.record_step("lonely-caller@customer-first", 40);
    assert!(
        saved.profile().unwrap().tracks.is_empty(),
        "not the step in play"
    );
    saved.record_step("hurried-routine@customer-first", 30);
    saved.profile_mut().unwrap().step = Some(frontline::saved::progress::TrackStep {
        track: "rotation".into(),
        step: frontline::engine::model::track::Step::contact("hurried-routine", "customer-first"),
    });
    saved.record_step("hurried-routine@customer-first", 20);
    let p = saved.profile().unwrap();
    assert_eq!(
        p.tracks["rotation"]["hurried-routine@customer-first"], 30,
        "the best is kept"
    );
    assert!(p.step.is_none());
    assert_eq!(decode(Some(&encode(&saved))), Loaded::Ok(saved.clone()));
}

#[test]
fn a_best_result_from_an_older_model_is_kept_and_marked() {
    use frontline::engine::play::contact::MODEL_VERSION;
    // Stored before model versions were kept: a best of 5 and no mark.
    let raw = r#"{"version":1,"profiles":[{"name":"Sam","best":{"double-charged/customer-first":5}}],"current":"Sam"}"#;
    let Loaded::Ok(mut saved) = decode(Some(raw)) else {
        panic!("older progress still reads");
    };
    let mut record = ContactRecord::fresh("double-charged", "customer-first", Setup::seeded(1));
    record.model = Some(MODEL_VERSION);
    saved.record_result(&record, 4);
    let p = saved.profile().unwrap();
    assert_eq!(p.best["double-charged/customer-first"], 5, "kept");
    assert!(
        !p.best_model
            .contains(&format!("double-charged/customer-first@{MODEL_VERSION}")),
        "and still marked as from before model versions"
    );
    saved.record_result(
        &ContactRecord::fresh("lonely-caller", "customer-first", Setup::seeded(1)),
        5,
    );
    assert!(saved
        .profile()
        .unwrap()
        .best_model
        .contains(&format!("lonely-caller/customer-first@{MODEL_VERSION}")));
    // What the list shows: the older best marked as such, the new one not.
    assert!(!saved.best_is_current("double-charged", "customer-first"));
    assert!(saved.best_is_current("lonely-caller", "customer-first"));
    assert!(!saved.best_is_current("hurried-routine", "customer-first"));
}
