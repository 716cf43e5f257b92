//! A track file that is bad says where and why (`engine::check::track`):
//! each of the track's problems as an FL07xx diagnostic at the track or at
//! its step, worded in English and Dutch.

use frontline::engine::check::diagnostic::{Code, Diagnostic, Location, Severity};
use frontline::engine::check::track::{check_text, playable, Known};
use frontline::engine::Lang;

use crate::common;

fn check(text: &str) -> Vec<Diagnostic> {
    let known = Known {
        scenarios: &["hurried-routine", "lonely-caller", "my-call"],
        policies: &["customer-first", "target-driven"],
        shipped_tracks: &["onboarding", "rotation"],
    };
    check_text(text, known).1
}

fn codes(found: &[Diagnostic]) -> Vec<(Code, Location)> {
    found.iter().map(|d| (d.code, d.location.clone())).collect()
}

fn edited(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&common::own_track(
        "ours",
        &[
            ("hurried-routine", "customer-first"),
            ("my-call", "target-driven"),
        ],
    ))
    .unwrap();
    f(&mut v);
    v.to_string()
}

#[test]
fn a_good_track_file_has_no_diagnostics() {
    assert_eq!(check(&edited(|_| {})), vec![]);
}

#[test]
fn a_missing_scenario_is_named_at_its_step_in_both_languages() {
    let found = check(&edited(|v| {
        v["steps"][1]["scenario"] = "deleted-call".into()
    }));
    assert_eq!(
        codes(&found),
        [(Code::TrackMissingScenario, Location::Step { step: 2 })]
    );
    let d = &found[0];
    assert_eq!(d.code.id(), "FL0706");
    assert_eq!(d.place(Lang::En), "step 2");
    assert_eq!(d.place(Lang::Nl), "stap 2");
    assert!(
        d.message(Lang::En).contains("'deleted-call'"),
        "{}",
        d.message(Lang::En)
    );
    assert!(
        d.message(Lang::Nl)
            .starts_with("het scenario 'deleted-call'"),
        "{}",
        d.message(Lang::Nl)
    );
    assert!(!playable(&found));
}

#[test]
fn bad_json_is_placed_by_line_and_column() {
    let found = check("{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"title\": {}\n}\n");
    assert_eq!(
        codes(&found),
        [(Code::NotATrack, Location::File { line: 4, column: 3 })]
    );
    // The right JSON in the wrong shape: the place and the field named.
    let found = check(&edited(|v| v["steps"][0]["policy"] = 3.into()));
    assert_eq!(found[0].code, Code::NotATrack);
    assert!(matches!(found[0].location, Location::File { line: 1, .. }));
    assert!(
        found[0].message(Lang::En).contains("expected a string"),
        "{}",
        found[0].message(Lang::En)
    );
    // A scenario file is not a track.
    let (_, scenario) = &common::shipped_scenarios()[0];
    assert_eq!(check(scenario)[0].code, Code::NotATrack);
}

#[test]
fn an_id_a_shipped_track_has_is_refused() {
    let found = check(&edited(|v| v["id"] = "rotation".into()));
    assert_eq!(
        codes(&found),
        [(Code::TrackShippedIdClash, Location::Track)]
    );
    let found = check(&edited(|v| v["id"] = "Our Team".into()));
    assert_eq!(codes(&found), [(Code::TrackBadId, Location::Track)]);
}

#[test]
fn empty_repeated_and_odd_steps_are_each_reported() {
    let found = check(&edited(|v| v["steps"] = serde_json::json!([])));
    assert_eq!(codes(&found), [(Code::TrackNoSteps, Location::Track)]);
    let found = check(&edited(|v| {
        v["steps"] = serde_json::json!([
            {"scenario": "lonely-caller", "policy": "customer-first"},
            {"scenario": "lonely-caller", "policy": "customer-first"},
            {"shift": 1, "policy": "customer-first"},
            {"policy": "customer-first"},
            {"scenario": "my-call", "policy": "no-such-rules"}
        ])
    }));
    assert_eq!(
        codes(&found),
        [
            (Code::TrackRepeatedStep, Location::Step { step: 2 }),
            (Code::TrackShiftTooShort, Location::Step { step: 3 }),
            (Code::TrackNotContactOrShift, Location::Step { step: 4 }),
            (Code::TrackUnknownPolicy, Location::Step { step: 5 }),
        ]
    );
    assert!(
        found[1].message(Lang::En).ends_with("not 1"),
        "{}",
        found[1].message(Lang::En)
    );
    assert!(found[3]
        .message(Lang::En)
        .contains("customer-first, target-driven"));
}

#[test]
fn a_mastery_rule_that_cannot_be_met_is_reported() {
    let found = check(&edited(
        |v| {
            v["mastery"] =
                serde_json::json!({"min_average_csat_tenths": 55, "on_policy": "no-such-rules"})
        },
    ));
    assert_eq!(
        codes(&found),
        [
            (Code::TrackMasteryPolicyUnused, Location::Track),
            (Code::TrackMasteryOutOfRange, Location::Track)
        ]
    );
}

#[test]
fn a_text_in_one_language_is_a_warning_and_in_none_an_error() {
    let found = check(&edited(|v| v["title"]["nl"] = "".into()));
    assert_eq!(codes(&found), [(Code::TrackUntranslated, Location::Track)]);
    assert_eq!(found[0].severity(), Severity::Warning);
    assert_eq!(
        found[0].message(Lang::En),
        "the title has no Dutch text; the track shows the other language there"
    );
    assert_eq!(
        found[0].message(Lang::Nl),
        "de titel ontbreekt in het Nederlands; het traject toont daar de andere taal"
    );
    assert!(playable(&found), "a warning does not stop the track");

    let found = check(&edited(|v| {
        v["description"] = serde_json::json!({"en": " ", "nl": ""})
    }));
    assert_eq!(codes(&found), [(Code::TrackMissingText, Location::Track)]);
    assert_eq!(found[0].message(Lang::Nl), "de beschrijving is leeg");
    assert!(!playable(&found));
}
