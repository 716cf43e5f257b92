//! The LMS page in a cmi5 launch (`app::cmi5`, issue 19): after every
//! action, one `answered` per new answer in the launch's context, then
//! `completed`/`passed`/`failed` as moveOn wants, once per registration
//! (also across a relaunch, through the AU's state document), and the
//! progress document when it changed.

use serde_json::{json, Value};

use crate::app_lms::launched;
use crate::common;
use frontline::app::cmi5::{Kept, Reporter};
use frontline::app::game::Msg;
use frontline::app::tracks::{self, Msg as TrackMsg};
use frontline::engine::lms::cmi5::{
    preferred_language, terminated_id, Launch, LaunchData, COMPLETED, INITIALIZED, PASSED,
    SESSION_ID, TERMINATED,
};
use frontline::engine::lms::suspend::{self, Suspended};
use frontline::engine::lms::xapi::ANSWERED;
use frontline::engine::lms::Standard;
use frontline::engine::Lang;

const REGISTRATION: &str = "1f1e4c2a-8d0b-4f53-9a43-6d1c2b7e9a10";
const ACTIVITY: &str = "https://frontline.invalid/xapi/tracks/rotation";

fn data(mode: &str, move_on: &str) -> LaunchData {
    LaunchData::parse(
        &json!({
            "contextTemplate": { "extensions": { SESSION_ID: "s-1" } },
            "launchMode": mode,
            "moveOn": move_on,
            "returnURL": "https://lms.example/course/12"
        })
        .to_string(),
    )
    .unwrap()
}

fn launch<'a>(actor: &'a Value, data: &'a LaunchData) -> Launch<'a> {
    Launch {
        actor,
        registration: REGISTRATION,
        activity_id: ACTIVITY,
        session_id: data.session_id().unwrap(),
        data,
    }
}

fn verbs(statements: &[Value]) -> Vec<&str> {
    statements
        .iter()
        .map(|s| s["verb"]["id"].as_str().unwrap())
        .collect()
}

fn all_steps_done() -> Kept {
    let results = [
        "hurried-routine",
        "cancel-subscription",
        "late-delivery-goodwill",
    ]
    .iter()
    .map(|s| (format!("{s}@customer-first"), 40u8))
    .collect();
    let s = Suspended {
        v: 1,
        results,
        ..Suspended::default()
    };
    Kept {
        suspend_data: suspend::encode(&s, Standard::Scorm2004)
            .data()
            .unwrap()
            .to_string(),
        ..Kept::default()
    }
}

#[test]
fn one_answered_per_answer_with_the_response_picked_then_the_progress() {
    let actor = json!({ "mbox": "mailto:an@example.org" });
    let d = data("Normal", "Completed");
    let l = launch(&actor, &d);
    let mut m = launched(&Suspended::default(), Lang::En);
    let mut r = Reporter::new("rotation", &Kept::default(), 1_000);
    assert_eq!(verbs(&[r.initialized(&l)]), [INITIALIZED]);
    let first = r.report(&m, &l, 1_000);
    assert!(first.statements.is_empty());
    assert!(r.report(&m, &l, 1_500).state.is_none(), "nothing changed");

    tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 0));
    let started = r.report(&m, &l, 2_000);
    let kept = Kept::parse(started.state.as_deref());
    assert_eq!(
        kept.suspended().unfinished.unwrap().scenario,
        "hurried-routine"
    );
    common::play_through(&mut m, "hurried-routine", |m, pick| {
        tracks::update(m, Msg::Choose("hurried-routine".into(), pick).into());
    });
    let played = r.report(&m, &l, 9_000);
    let record = m.saved.profile().unwrap().last.clone().unwrap();
    let answered: Vec<&Value> = played
        .statements
        .iter()
        .filter(|s| s["verb"]["id"] == ANSWERED)
        .collect();
    assert_eq!(answered.len(), record.choices.len());
    for (s, choice) in answered.iter().zip(&record.choices) {
        assert_eq!(s["result"]["response"], json!(choice));
        assert_eq!(s["actor"], actor);
        assert_eq!(s["context"]["registration"], REGISTRATION);
        assert_eq!(s["context"]["extensions"][SESSION_ID], "s-1");
        let offered = s["object"]["definition"]["choices"].as_array().unwrap();
        assert!(offered.iter().any(|c| c["id"] == json!(choice)));
    }
    let mut ids: Vec<&str> = answered.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.dedup();
    assert_eq!(ids.len(), answered.len(), "every answer its own id");
    assert!(
        r.report(&m, &l, 10_000).statements.is_empty(),
        "answers are not repeated"
    );
    let after = Kept::parse(played.state.as_deref()).suspended();
    assert_eq!(after.results.len(), 1);
    assert!(after.unfinished.is_none());
    let t = r.terminated(&l, 12_000);
    assert_eq!(t["verb"]["id"], TERMINATED);
    assert_eq!(t["id"], json!(terminated_id(&l)));
    assert_eq!(t["result"]["duration"], "PT11.00S", "the session's length");
}

#[test]
fn completed_and_passed_go_once_per_registration_across_relaunches() {
    let actor = json!({ "mbox": "mailto:an@example.org" });
    let d = data("Normal", "CompletedAndPassed");
    let l = launch(&actor, &d);
    let done = all_steps_done();
    let m = launched(&done.suspended(), Lang::En);
    let mut r = Reporter::new("rotation", &done, 0);
    let first = r.report(&m, &l, 5_000);
    // No mastery rule of its own: it passes by being done, as moveOn
    // needs a pass.
    assert_eq!(verbs(&first.statements), [COMPLETED, PASSED]);
    assert!(r.report(&m, &l, 6_000).statements.is_empty());
    // The LMS launches it again in the same registration: the state
    // document says both were sent.
    let kept = Kept::parse(first.state.as_deref());
    assert!(kept.reported.completed && kept.reported.passed);
    let mut again = Reporter::new("rotation", &kept, 0);
    assert!(again.report(&m, &l, 1_000).statements.is_empty());
}

#[test]
fn a_review_launch_records_nothing_and_a_browse_launch_its_answers() {
    let actor = json!({ "mbox": "mailto:an@example.org" });
    for mode in ["Review", "Browse"] {
        let d = data(mode, "Completed");
        let l = launch(&actor, &d);
        let mut m = launched(&Suspended::default(), Lang::En);
        let mut r = Reporter::new("rotation", &Kept::default(), 0);
        tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 0));
        // The page reports after every action: the contact's start too.
        let started = r.report(&m, &l, 1_000);
        assert_eq!(started.state.is_some(), mode == "Browse", "{mode}");
        common::play_through(&mut m, "hurried-routine", |m, pick| {
            tracks::update(m, Msg::Choose("hurried-routine".into(), pick).into());
        });
        let u = r.report(&m, &l, 5_000);
        if mode == "Review" {
            assert!(u.statements.is_empty() && u.state.is_none());
        } else {
            assert!(verbs(&u.statements).iter().all(|v| *v == ANSWERED));
            assert!(!u.statements.is_empty());
        }
    }
}

#[test]
fn the_learners_language_comes_from_their_cmi5_preferences() {
    assert_eq!(
        preferred_language(r#"{"languagePreference": "fr-FR, nl-BE,en-US"}"#),
        Some(Lang::Nl)
    );
    assert_eq!(
        preferred_language(r#"{"languagePreference": "en-GB"}"#),
        Some(Lang::En)
    );
    assert_eq!(preferred_language(r#"{"audioPreference": "on"}"#), None);
    assert_eq!(preferred_language("not json"), None);
}
