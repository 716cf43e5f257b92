//! cmi5 (`engine::lms::cmi5`, issue 19): the launch data, the "cmi5
//! defined" statements with what the quartz edition of the spec requires of
//! each, the moveOn evaluator, the answers as "cmi5 allowed" statements,
//! and `frontline package --format cmi5`.

use std::collections::HashSet;

use serde_json::{json, Value};

use crate::package::{entries, fake_dist, package, shipped, trainers_track};
use crate::xapi::played;
use frontline::engine::lms::cmi5::{
    self, Launch, LaunchData, LaunchMode, Move, MoveOn, Reported, CATEGORY_CMI5, CATEGORY_MOVEON,
    COMPLETED, FAILED, INITIALIZED, MASTERY_SCORE, PASSED, SESSION_ID, TERMINATED,
};
use frontline::engine::lms::xapi::Profile;
use frontline::engine::play::track::{Standing, StepState};

const REGISTRATION: &str = "1f1e4c2a-8d0b-4f53-9a43-6d1c2b7e9a10";
const ACTIVITY: &str = "https://lms.example/aus/7f3a/frontline-rotation";
const SESSION: &str = "c7d9a7b1-5a5e-4c3c-9d1b-2e8f0a6b4d21";
const PUBLISHER: &str = "https://frontline.invalid/xapi/tracks/rotation";
const AT: u64 = 1_764_650_000_000;

fn actor() -> Value {
    json!({ "objectType": "Agent", "account": { "homePage": "https://lms.example", "name": "an.janssens" } })
}

/// An `LMS.LaunchData` document as an LMS writes it (section 10).
fn launch_data(move_on: &str, mastery: Option<f64>) -> LaunchData {
    let mut doc = json!({
        "contextTemplate": {
            "contextActivities": {
                "grouping": [{ "objectType": "Activity", "id": PUBLISHER }]
            },
            "extensions": { SESSION_ID: SESSION }
        },
        "launchMode": "Normal",
        "moveOn": move_on,
        "returnURL": "https://lms.example/course/12",
        "launchParameters": "",
        "entitlementKey": { "courseStructure": "xyz" }
    });
    if let Some(m) = mastery {
        doc["masteryScore"] = json!(m);
    }
    LaunchData::parse(&doc.to_string()).unwrap()
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

fn categories(s: &Value) -> Vec<&str> {
    s["context"]["contextActivities"]["category"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["id"].as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn the_launch_data_document_is_read_with_its_session_id() {
    let data = launch_data("CompletedAndPassed", Some(0.63));
    assert_eq!(data.launch_mode, LaunchMode::Normal);
    assert_eq!(data.move_on, MoveOn::CompletedAndPassed);
    assert_eq!(data.mastery_score, Some(0.63));
    assert_eq!(
        data.return_url.as_deref(),
        Some("https://lms.example/course/12")
    );
    assert_eq!(data.session_id(), Some(SESSION));
    // Section 10: moveOn and masteryScore are not required of an AU.
    let bare = LaunchData::parse(r#"{"contextTemplate": {}, "launchMode": "Review"}"#).unwrap();
    assert_eq!(bare.move_on, MoveOn::NotApplicable);
    assert_eq!(bare.mastery_score, None);
    assert_eq!(bare.session_id(), None);
    for bad in [
        r#"{"launchMode": "Normal"}"#,
        r#"{"contextTemplate": {}, "launchMode": "Sideways"}"#,
        r#"{"contextTemplate": {}, "launchMode": "Normal", "moveOn": "Whenever"}"#,
        r#"{"contextTemplate": {}, "launchMode": "Normal", "masteryScore": 63}"#,
    ] {
        assert!(LaunchData::parse(bad).is_err(), "{bad}");
    }
}

/// Every statement of a session, in order, in a launch with a mastery
/// score and one without.
fn session(data: &LaunchData) -> Vec<Value> {
    let actor = actor();
    let l = launch(&actor, data);
    vec![
        cmi5::initialized(&l, AT),
        cmi5::completed(&l, AT + 60_000, 60_000),
        cmi5::passed(&l, AT + 60_000, 60_000, Some(0.75)),
        cmi5::failed(&l, AT + 60_000, 60_000, Some(0.5)),
        cmi5::terminated(&l, AT + 90_000, 90_000),
    ]
}

#[test]
fn every_defined_statement_has_what_the_spec_requires() {
    let data = launch_data("CompletedAndPassed", Some(0.63));
    let statements = session(&data);
    let verbs = [INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED];
    for (s, verb) in statements.iter().zip(verbs) {
        // 9.1: a UUID id; 9.2: the launch's Agent with an account.
        assert_eq!(s["id"].as_str().unwrap().len(), 36, "{s}");
        assert_eq!(s["actor"], actor());
        assert_eq!(s["verb"]["id"], verb);
        // 9.4: the object is the AU, by the launch's activityId.
        assert_eq!(
            s["object"],
            json!({ "objectType": "Activity", "id": ACTIVITY })
        );
        // 9.6.1: the registration; 9.6.2.1: the cmi5 category; 9.6.3.1 and
        // 10: the session id and the template's publisher id grouping.
        assert_eq!(s["context"]["registration"], REGISTRATION);
        assert!(categories(s).contains(&CATEGORY_CMI5), "{s}");
        assert_eq!(s["context"]["extensions"][SESSION_ID], SESSION);
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            PUBLISHER
        );
        // 9.7: a UTC timestamp.
        assert!(s["timestamp"].as_str().unwrap().ends_with('Z'));
        // 9.5.1: a score only in passed and failed.
        let judged = verb == PASSED || verb == FAILED;
        assert_eq!(s["result"].get("score").is_some(), judged, "{s}");
        // 9.5.2: success true in passed, false in failed, absent elsewhere.
        assert_eq!(
            s["result"].get("success"),
            match verb {
                PASSED => Some(&json!(true)),
                FAILED => Some(&json!(false)),
                _ => None,
            }
        );
        // 9.5.3: completion true in completed only.
        assert_eq!(
            s["result"].get("completion"),
            (verb == COMPLETED).then_some(&json!(true))
        );
        // 9.5.4.1: a duration in completed, passed, failed and terminated.
        assert_eq!(
            s["result"].get("duration").is_some(),
            verb != INITIALIZED,
            "{s}"
        );
        // 9.6.2.2: the moveOn category exactly where success or completion is.
        assert_eq!(
            categories(s).contains(&CATEGORY_MOVEON),
            verb == COMPLETED || judged,
            "{s}"
        );
        // 9.6.3.2: the mastery score from the launch data on passed/failed.
        assert_eq!(
            s["context"]["extensions"].get(MASTERY_SCORE),
            judged.then_some(&json!(0.63)),
            "{s}"
        );
    }
    assert!(statements[0].get("result").is_none(), "initialized: none");
    assert_eq!(statements[1]["result"]["duration"], "PT1M0.00S");
    assert_eq!(statements[2]["result"]["score"], json!({ "scaled": 0.75 }));
    assert_eq!(statements[4]["result"]["duration"], "PT1M30.00S");
}

#[test]
fn the_mastery_score_extension_only_when_the_launch_data_has_one() {
    let data = launch_data("Completed", None);
    for s in session(&data) {
        let extensions = s["context"]["extensions"].as_object().unwrap();
        assert!(!extensions.contains_key(MASTERY_SCORE), "{s}");
        assert_eq!(extensions.len(), 1, "the session id only: {s}");
    }
    // And a judgement without a score has no score (9.5.1: optional).
    let actor = actor();
    let passed = cmi5::passed(&launch(&actor, &data), AT, 1_000, None);
    assert!(passed["result"].get("score").is_none());
}

#[test]
fn statement_ids_are_deterministic_and_distinct() {
    let data = launch_data("CompletedAndPassed", Some(0.63));
    let first = session(&data);
    let again = session(&data);
    assert_eq!(first, again, "the same events, the same statements");
    let ids: HashSet<&str> = first.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), first.len());
    // Another session of the same registration: other ids.
    let mut other = data.clone();
    other.context_template["extensions"][SESSION_ID] = json!("another-session");
    for (a, b) in first.iter().zip(session(&other)) {
        assert_ne!(a["id"], b["id"]);
    }
}

fn standing(complete: bool, average: Option<u8>, mastered: bool) -> Standing {
    let step = if complete {
        StepState::Done(average.unwrap_or(40))
    } else {
        StepState::Open
    };
    Standing {
        steps: vec![StepState::Done(40), step],
        complete,
        average_tenths: average,
        mastered,
    }
}

#[test]
fn move_on_each_value_and_track_state() {
    use Move::{Completed, Failed, Passed};
    let unfinished = standing(false, Some(40), false);
    let mastered = standing(true, Some(40), true);
    let not_mastered = standing(true, Some(30), false);
    // A track without a rule of its own: mastered once complete.
    let unruled = standing(true, Some(20), true);
    let cases: [(&str, &Standing, bool, &[Move]); 20] = [
        ("Passed", &unfinished, true, &[]),
        ("Passed", &mastered, true, &[Completed, Passed]),
        ("Passed", &not_mastered, true, &[Completed, Failed]),
        ("Passed", &unruled, false, &[Completed, Passed]),
        ("Completed", &unfinished, true, &[]),
        ("Completed", &mastered, true, &[Completed, Passed]),
        ("Completed", &not_mastered, true, &[Completed, Failed]),
        ("Completed", &unruled, false, &[Completed]),
        ("CompletedAndPassed", &unfinished, true, &[]),
        ("CompletedAndPassed", &mastered, true, &[Completed, Passed]),
        (
            "CompletedAndPassed",
            &not_mastered,
            true,
            &[Completed, Failed],
        ),
        ("CompletedAndPassed", &unruled, false, &[Completed, Passed]),
        ("CompletedOrPassed", &unfinished, true, &[]),
        ("CompletedOrPassed", &mastered, true, &[Completed, Passed]),
        (
            "CompletedOrPassed",
            &not_mastered,
            true,
            &[Completed, Failed],
        ),
        ("CompletedOrPassed", &unruled, false, &[Completed, Passed]),
        ("NotApplicable", &unfinished, true, &[]),
        ("NotApplicable", &mastered, true, &[Completed, Passed]),
        ("NotApplicable", &not_mastered, true, &[Completed, Failed]),
        ("NotApplicable", &unruled, false, &[Completed]),
    ];
    for (move_on, standing, judged, expected) in cases {
        let data = launch_data(move_on, None);
        let mut reported = Reported::default();
        let got = cmi5::moves(standing, judged, &data, &mut reported);
        assert_eq!(got, expected, "{move_on}, {standing:?}, judged {judged}");
    }
}

#[test]
fn move_on_with_the_lms_mastery_score_judges_by_the_score() {
    // The track's own bar is 3.5 (63 %); this LMS asks for 0.8.
    let data = launch_data("CompletedAndPassed", Some(0.8));
    let at_75 = standing(true, Some(40), true);
    assert_eq!(cmi5::scaled(&at_75), Some(0.75));
    let mut reported = Reported::default();
    assert_eq!(
        cmi5::moves(&at_75, true, &data, &mut reported),
        [Move::Completed, Move::Failed]
    );
    let at_88 = standing(true, Some(45), true);
    assert_eq!(
        cmi5::moves(&at_88, true, &data, &mut reported.new_session()),
        [Move::Passed]
    );
    // A mastery score makes even a track without a rule judged.
    let data = launch_data("Completed", Some(0.5));
    let mut reported = Reported::default();
    assert_eq!(
        cmi5::moves(&standing(true, Some(20), true), false, &data, &mut reported),
        [Move::Completed, Move::Failed]
    );
}

#[test]
fn move_on_failed_then_passed_once_per_registration() {
    let data = launch_data("CompletedAndPassed", None);
    let mut reported = Reported::default();
    let not_mastered = standing(true, Some(30), false);
    let mastered = standing(true, Some(40), true);
    assert_eq!(
        cmi5::moves(&not_mastered, true, &data, &mut reported),
        [Move::Completed, Move::Failed]
    );
    // Again in the same session, or a later one: nothing new to say.
    assert_eq!(cmi5::moves(&not_mastered, true, &data, &mut reported), []);
    reported = reported.new_session();
    assert_eq!(cmi5::moves(&not_mastered, true, &data, &mut reported), []);
    // Mastered after a failure in this session: one of passed/failed per
    // session (9.3), so the pass waits for the next session.
    reported.judged_this_session = true;
    assert_eq!(cmi5::moves(&mastered, true, &data, &mut reported), []);
    reported = reported.new_session();
    assert_eq!(
        cmi5::moves(&mastered, true, &data, &mut reported),
        [Move::Passed]
    );
    // Once passed, never again in the registration, and no failed after it.
    for _ in 0..2 {
        reported = reported.new_session();
        assert_eq!(cmi5::moves(&mastered, true, &data, &mut reported), []);
        assert_eq!(cmi5::moves(&not_mastered, true, &data, &mut reported), []);
    }
    assert_eq!(
        reported,
        Reported {
            completed: true,
            passed: true,
            failed: true,
            judged_this_session: false
        }
    );
}

#[test]
fn browse_and_review_launches_send_no_completion_or_judgement() {
    for mode in ["Browse", "Review"] {
        let mut doc = json!({ "contextTemplate": {}, "launchMode": mode, "moveOn": "Passed" });
        doc["masteryScore"] = json!(0.5);
        let data = LaunchData::parse(&doc.to_string()).unwrap();
        let mut reported = Reported::default();
        let done = standing(true, Some(40), true);
        assert_eq!(cmi5::moves(&done, true, &data, &mut reported), [], "{mode}");
        assert_eq!(reported, Reported::default());
    }
}

#[test]
fn answers_become_allowed_statements_keeping_the_template_and_their_own_context() {
    let profile = Profile::default();
    let answered = played(
        "double-charged",
        "customer-first",
        7,
        &profile,
        Some("rotation"),
    );
    let mut data = launch_data("CompletedAndPassed", Some(0.63));
    // An LMS may add more to the template; its values are never overwritten.
    data.context_template["contextActivities"]["grouping"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "objectType": "Activity", "id": "https://lms.example/courses/12" }));
    data.context_template["extensions"][profile.extension("seed")] = json!("the LMS's");
    data.context_template
        .insert("platform".into(), json!("An LMS"));
    let actor = actor();
    let l = launch(&actor, &data);
    for a in &answered {
        let s = cmi5::allowed(&l, a.clone());
        assert_eq!(s["id"], a["id"], "the answer's id stays deterministic");
        assert_eq!(s["verb"], a["verb"]);
        assert_eq!(s["object"], a["object"]);
        assert_eq!(s["result"], a["result"]);
        let c = &s["context"];
        assert_eq!(c["registration"], REGISTRATION);
        assert_eq!(c["language"], "nl");
        assert_eq!(c["platform"], "An LMS");
        let grouping: Vec<&str> = c["contextActivities"]["grouping"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["id"].as_str().unwrap())
            .collect();
        // The template's publisher id is our track's IRI: listed once.
        assert_eq!(grouping, [PUBLISHER, "https://lms.example/courses/12"]);
        assert_eq!(
            c["contextActivities"]["parent"][0]["id"],
            profile.scenario("double-charged")
        );
        assert_eq!(c["extensions"][SESSION_ID], SESSION);
        assert_eq!(c["extensions"][profile.extension("seed")], "the LMS's");
        assert_eq!(
            c["extensions"][profile.extension("house-rules")],
            "customer-first"
        );
        // 7.1.3: allowed statements carry no cmi5 category.
        assert!(categories(&s).is_empty(), "{s}");
    }
    // A template with the cmi5 category does not put it on them either.
    data.context_template["contextActivities"]["category"] =
        json!([{ "id": CATEGORY_CMI5 }, { "id": "https://lms.example/tag" }]);
    let s = cmi5::allowed(&launch(&actor, &data), answered[0].clone());
    assert_eq!(categories(&s), ["https://lms.example/tag"]);
}

fn cmi5_xml(entries: &[(String, String)]) -> &str {
    assert_eq!(entries[0].0, "cmi5.xml", "the course structure at the root");
    &entries[0].1
}

fn well_formed(xml: &str) {
    let path = std::env::temp_dir().join(format!("frontline-cmi5-{}.xml", std::process::id()));
    std::fs::write(&path, xml).unwrap();
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet"])
        .arg(&path)
        .output()
        .expect("xmllint is installed (Debian libxml2-utils; `. scripts/setup.sh --browser`)");
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{}\n{xml}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_cmi5_package_has_the_course_structure_and_the_scorm_packages_files() {
    let dist = fake_dist(&shipped());
    let (code, stdout, stderr, bytes) = package(&dist, "cmi5", "rotation");
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("cmi5 package of track 'rotation'"),
        "{stdout}"
    );
    let entries = entries(&bytes);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    let (_, _, _, scorm) = package(&dist, "scorm2004", "rotation");
    let scorm = crate::package::entries(&scorm);
    let scorm_names: Vec<&str> = scorm.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[1..], scorm_names[1..], "the same files");
    let xml = cmi5_xml(&entries);
    well_formed(xml);
    assert!(xml.contains(
        r#"<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">"#
    ));
    assert!(xml.contains(r#"<course id="https://frontline.invalid/xapi/courses/rotation">"#));
    // Rotation has no mastery rule: completed is enough, and no score.
    assert!(
        xml.contains(&format!(
            r#"<au id="{PUBLISHER}" moveOn="Completed" launchMethod="AnyWindow">"#
        )),
        "{xml}"
    );
    assert!(!xml.contains("masteryScore"));
    assert!(xml.contains("<url>lms/index.html?track=rotation</url>"));
    // Titles and descriptions in both languages, for the course and the AU.
    assert_eq!(
        xml.matches(r#"<langstring lang="en">Frontline: Phone duty: three customers</langstring>"#)
            .count(),
        2
    );
    assert_eq!(
        xml.matches(
            r#"<langstring lang="nl">Frontline: Aan de telefoon: drie klanten</langstring>"#
        )
        .count(),
        2
    );
    assert_eq!(
        xml.matches(r#"<langstring lang="nl">Voor iedereen die een keer"#)
            .count(),
        2
    );
    assert_eq!(xml.matches("<au ").count(), 1, "one AU: the track");
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn a_track_with_a_mastery_rule_needs_completed_and_passed_at_its_score() {
    let dist = fake_dist(&shipped());
    let file = dist.join("billing-basics.track.json");
    std::fs::write(
        &file,
        trainers_track(r#"{"scenario": "hurried-routine", "policy": "target-driven"}"#),
    )
    .unwrap();
    let (code, stdout, stderr, bytes) = package(&dist, "cmi5", file.to_str().unwrap());
    assert_eq!(code, 0, "{stdout}{stderr}");
    let entries = entries(&bytes);
    let xml = cmi5_xml(&entries);
    well_formed(xml);
    // 3.5 of 1–5 is 63 %: the same scale as SCORM 2004's scaled score.
    assert!(
        xml.contains(r#"moveOn="CompletedAndPassed" masteryScore="0.63" launchMethod="AnyWindow""#),
        "{xml}"
    );
    assert!(xml.contains(r#"<langstring lang="nl">Frontline: Facturen de baas</langstring>"#));
    assert!(xml.contains("<url>lms/index.html?track=billing-basics</url>"));
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn the_cmi5_package_is_deterministic() {
    let dist = fake_dist(&shipped());
    let (_, _, _, first) = package(&dist, "cmi5", "rotation");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    std::fs::write(
        dist.join("lms/index.html"),
        "<!doctype html><title>Frontline</title>",
    )
    .unwrap();
    let (_, _, _, second) = package(&dist, "cmi5", "rotation");
    assert!(!first.is_empty());
    assert_eq!(first, second);
    let _ = std::fs::remove_dir_all(&dist);
}

/// An organisation's base IRI (`frontline package --xapi-base`): the
/// course and the AU are named under it, and the AU's URL carries it for
/// the LMS page to name the statements' activities and extensions under it
/// too. A base that is not an http(s) IRI, or asked of a SCORM package, is
/// refused with a reason.
#[test]
fn an_organisations_base_iri_names_the_course_and_travels_to_the_lms_page() {
    let dist = fake_dist(&shipped());
    let out = dist.join("based.zip");
    let args = |format: &str, base: &str| {
        vec![
            "package".to_string(),
            "--format".into(),
            format.into(),
            "--track".into(),
            "rotation".into(),
            "--dist".into(),
            dist.to_str().unwrap().into(),
            "--out".into(),
            out.to_str().unwrap().into(),
            "--xapi-base".into(),
            base.into(),
        ]
    };
    let run = |a: Vec<String>| {
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        crate::common::run_cli(&refs)
    };
    let (code, _, stderr) = run(args("cmi5", "https://training.example.org/xapi/"));
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&out).unwrap();
    let xml = entries(&bytes)
        .into_iter()
        .find(|(n, _)| n == "cmi5.xml")
        .unwrap()
        .1;
    assert!(
        xml.contains(r#"id="https://training.example.org/xapi/courses/rotation""#),
        "{xml}"
    );
    assert!(
        xml.contains(
            "lms/index.html?track=rotation&amp;base=https%3A%2F%2Ftraining.example.org%2Fxapi"
        ),
        "{xml}"
    );
    assert!(!xml.contains("frontline.invalid"), "{xml}");

    let (code, _, stderr) = run(args("cmi5", "ftp://training.example.org/xapi"));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is not a base IRI"), "{stderr}");
    let (code, _, stderr) = run(args("scorm12", "https://training.example.org/xapi"));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("for cmi5 packages"), "{stderr}");

    // `frontline play --xapi` names the answers under the same base.
    let scenario = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/double-charged.json"
    );
    let (code, stdout, stderr) = crate::common::run_cli(&[
        "play",
        scenario,
        "--policy",
        "customer-first",
        "--seed",
        "7",
        "--choices",
        "1",
        "--xapi",
        "--xapi-base",
        "https://training.example.org/xapi",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let statements: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let id = statements[0]["object"]["id"].as_str().unwrap();
    assert!(
        id.starts_with("https://training.example.org/xapi/scenarios/double-charged/nodes/"),
        "{id}"
    );
}

#[test]
fn a_base_iri_is_an_http_address_without_query_or_fragment() {
    use frontline::engine::lms::xapi::Profile;
    assert_eq!(
        Profile::new(" https://lrs.example/xapi/ ").unwrap().base,
        "https://lrs.example/xapi"
    );
    assert!(Profile::new("http://intranet/x").is_ok());
    for bad in [
        "",
        "https://",
        "lrs.example/xapi",
        "https://a/b?c=1",
        "https://a/#b",
        "https://a b/c",
    ] {
        assert!(Profile::new(bad).is_err(), "{bad}");
    }
}
