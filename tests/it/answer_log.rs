//! The answer log (`engine::play::log`, `Saved::log_contact`) and its
//! export (`engine::lms::export`): every contact finished outside an LMS is
//! kept with its times, and replays into the xAPI statements and the
//! trainer's summary its play made.

use std::collections::HashSet;
use std::rc::Rc;

use serde_json::Value;

use crate::common;

use frontline::app::game::{self, Model, Msg};
use frontline::app::library::Library;
use frontline::app::route::Route;
use frontline::app::{scores, shift};
use frontline::engine::lms::export::{self, Trainee, COMPLETED};
use frontline::engine::lms::xapi::{self, Profile, ANSWERED};
use frontline::engine::play::debrief::debrief;
use frontline::engine::play::log::{times, LoggedContact, LOG_LIMIT};
use frontline::engine::wire::csv::cell as csv_cell;
use frontline::engine::wire::kept::Kept;
use frontline::engine::{builtin_policies, Contact, ContactRecord, Lang, Scenario};
use frontline::saved::progress::{decode, encode, Loaded, Saved};

const T0: u64 = 1_764_662_400_000; // 2025-12-02 08:00 UTC

fn library(lang: Lang) -> Library {
    Library::shipped("lib", Ok(common::shipped_library()), lang)
}

/// Sam, under `policy`, the library in, the page's clock at `T0`.
fn ready(policy: &str, seed: u64) -> Model {
    let mut m = Model::new(Saved::default(), None, Route::Start, seed);
    game::update(&mut m, Msg::AddProfile("Sam".into()));
    game::update(&mut m, Msg::SetPolicy(policy.into()));
    game::update(&mut m, Msg::Loaded(library(Lang::En)));
    m.clock_ms = Some(T0);
    m
}

/// Plays `id` to the end, taking the first open answer, each 7.5 s after
/// the one before.
fn play(m: &mut Model, id: &str) {
    game::update(m, Msg::Play(id.into()));
    common::play_through(m, id, |m, pick| {
        m.clock_ms = m.clock_ms.map(|t| t + 7_500);
        game::update(m, Msg::Choose(id.into(), pick))
    });
}

fn log_of(m: &Model) -> Vec<LoggedContact> {
    m.saved
        .profile()
        .unwrap()
        .log
        .read()
        .expect("the log reads")
}

fn find(m: &Model) -> impl Fn(&str) -> Option<Rc<Scenario>> + '_ {
    |id| m.scenario(id)
}

fn sam() -> Trainee<'static> {
    Trainee {
        name: "Sam",
        lang: Lang::En,
    }
}

#[test]
fn a_finished_contact_is_logged_with_when_it_started_and_each_answer() {
    let mut m = ready("customer-first", 4);
    play(&mut m, "double-charged");
    let log = log_of(&m);
    assert_eq!(log.len(), 1);
    let c = &log[0].contact;
    assert_eq!(c.scenario, "double-charged");
    assert_eq!(c.policy, "customer-first");
    assert!(c.setup.seed.is_some() && c.revision.is_some() && c.model.is_some());
    let expected: Vec<u64> = (0..=c.choices.len() as u64)
        .map(|i| T0 + i * 7_500)
        .collect();
    let written: Vec<String> = expected.iter().map(u64::to_string).collect();
    assert_eq!(c.at, written.join(" "), "the start, then each answer");
    assert_eq!(times(&c.at, c.choices.len()), expected);
    assert_eq!(log[0].step, None);
    // The last contact is the logged one, the same record.
    assert_eq!(m.saved.profile().unwrap().last.as_ref(), Some(c));

    play(&mut m, "lonely-caller");
    assert_eq!(log_of(&m).len(), 2, "oldest first");
    assert_eq!(log_of(&m)[1].contact.scenario, "lonely-caller");
}

#[test]
fn without_a_clock_as_in_an_lms_nothing_is_logged_or_stamped() {
    let mut m = ready("customer-first", 4);
    m.clock_ms = None;
    game::update(&mut m, Msg::Play("double-charged".into()));
    common::play_through(&mut m, "double-charged", |m, pick| {
        game::update(m, Msg::Choose("double-charged".into(), pick))
    });
    let p = m.saved.profile().unwrap();
    assert!(p.log.is_blank());
    assert!(p.last.as_ref().unwrap().at.is_empty());
    assert!(!encode(&m.saved).contains("\"log\""));
}

#[test]
fn a_tracks_contact_step_and_a_shifts_contacts_are_logged_with_their_step() {
    // A contact step of the onboarding track, on the tracks page.
    let mut m = Model::new(Saved::default(), None, Route::Start, 9);
    game::update(&mut m, Msg::AddProfile("Sam".into()));
    let mut lib = library(Lang::En);
    let track = frontline::engine::wire::json::from_str(&common::shipped_track("onboarding"));
    lib.tracks.push(Rc::new(track.unwrap()));
    game::update(&mut m, Msg::Loaded(lib));
    m.clock_ms = Some(T0);
    frontline::app::tracks::update(
        &mut m,
        frontline::app::tracks::Msg::StartStep("onboarding".into(), 0),
    );
    let step = m.saved.profile().unwrap().step.clone().unwrap();
    let scenario = step.step.scenario.clone().unwrap();
    common::play_through(&mut m, &scenario, |m, pick| {
        game::update(m, Msg::Choose(scenario.clone(), pick))
    });
    let log = log_of(&m);
    assert_eq!(log[0].step.as_ref(), Some(&step));

    // A shift's contacts, on the shift page.
    let mut m = ready("target-driven", 5);
    shift::update(&mut m, shift::Msg::Start(2));
    for _ in 0..2 {
        shift::update(&mut m, shift::Msg::Next);
        for _ in 0..40 {
            let (s, p, r) = shift::current(&m).unwrap();
            let c = Contact::replay(&s, &p, &r).unwrap();
            if c.is_over() {
                break;
            }
            let pick = c.offers().iter().find(|o| o.available()).unwrap().index;
            m.clock_ms = m.clock_ms.map(|t| t + 1_000);
            shift::update(&mut m, shift::Msg::Choose(pick));
        }
    }
    let log = log_of(&m);
    assert_eq!(log.len(), 2);
    for l in &log {
        assert_eq!(l.step, None, "not a track's");
        assert_eq!(l.contact.at.split(' ').count(), l.contact.choices.len() + 1);
    }
}

#[test]
fn progress_from_before_the_log_loads_and_is_written_as_before() {
    let old = r#"{"version":1,"settings":{"lang":"nl","typing":true},"profiles":[{"name":"Sam","policy":"customer-first","best":{},"played":[],"unfinished":{},"last":{"scenario":"double-charged","policy":"customer-first","setup":{"seed":3,"meters":null,"stress":null},"choices":["care"],"revision":12,"model":5},"shift":null,"shift_contact":null,"shift_history":[]}],"current":"Sam"}"#;
    let Loaded::Ok(saved) = decode(Some(old)) else {
        panic!("old progress loads");
    };
    let p = saved.profile().unwrap();
    assert!(p.log.is_blank());
    assert!(p.last.as_ref().unwrap().at.is_empty());
    assert_eq!(encode(&saved), old, "nothing new is written");
}

#[test]
fn at_its_limit_the_log_keeps_what_it_has_and_the_trainee_is_told() {
    let mut m = ready("customer-first", 4);
    play(&mut m, "double-charged");
    let one = log_of(&m).remove(0);
    // Fill the log to its limit with copies of that contact.
    let per = serde_json::to_string(&one).unwrap().len() + 1;
    let copies = vec![one.clone(); LOG_LIMIT / per + 1];
    let full = Kept::new(&copies);
    assert!(full.json().len() >= LOG_LIMIT);
    m.saved.profile_mut().unwrap().log = full.clone();
    play(&mut m, "lonely-caller");
    let p = m.saved.profile().unwrap();
    assert_eq!(p.log, full, "nothing dropped, nothing added");
    assert!(p.log_closed(), "the game says so");
    // Exported and cleared: logging goes on.
    scores::update(&mut m, scores::Msg::ClearLog);
    assert!(m.saved.profile().unwrap().log.is_blank());
    assert!(!m.saved.profile().unwrap().log_closed());
    play(&mut m, "lonely-caller");
    assert_eq!(log_of(&m).len(), 1);
}

#[test]
fn a_damaged_log_is_kept_as_it_is_and_closed() {
    let mut m = ready("customer-first", 4);
    let damaged: Kept<Vec<LoggedContact>> = serde_json::from_str(r#"{"not":"a list"}"#).unwrap();
    m.saved.profile_mut().unwrap().log = damaged.clone();
    play(&mut m, "double-charged");
    let p = m.saved.profile().unwrap();
    assert_eq!(p.log, damaged);
    assert!(p.log_closed());
}

#[test]
fn kept_lists_grow_without_being_read() {
    let mut k: Kept<Vec<u32>> = Kept::default();
    k.push(&1);
    k.push(&2);
    assert_eq!(k.json(), "[1,2]");
    assert_eq!(k.get(), vec![1, 2]);
    let mut not: Kept<Vec<u32>> = serde_json::from_str("null").unwrap();
    not.push(&3);
    assert_eq!(not.json(), "null");
}

/// What xAPI 1.0.3 asks of every statement an LRS accepts, as far as a
/// file of statements can be checked without one.
fn assert_valid(s: &Value) {
    let id = s["id"].as_str().expect("an id");
    let groups: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
    assert_eq!(s["actor"]["objectType"], "Agent");
    assert_eq!(s["actor"]["account"]["homePage"], xapi::DEFAULT_BASE);
    assert_eq!(s["actor"]["account"]["name"], "Sam");
    assert!(s["verb"]["id"].as_str().unwrap().starts_with("http://"));
    assert!(s["object"]["id"].as_str().unwrap().starts_with("https://"));
    assert_eq!(s["object"]["objectType"], "Activity");
    let registration = s["context"]["registration"].as_str().unwrap();
    assert_eq!(registration, export::registration("Sam"));
    let stamp = s["timestamp"].as_str().unwrap();
    assert!(stamp.len() >= 20 && stamp.ends_with('Z'), "{stamp}");
    for (key, _) in s["result"]["extensions"].as_object().unwrap() {
        assert!(key.starts_with("https://"), "{key}");
    }
}

#[test]
fn a_log_replays_into_an_answered_per_answer_and_a_completed_with_the_outcome() {
    let mut m = ready("customer-first", 4);
    play(&mut m, "double-charged");
    play(&mut m, "lonely-caller");
    let log = log_of(&m);
    let policies = builtin_policies();
    let played = export::replay_all(&log, &find(&m), &policies);
    assert_eq!(played.skipped, 0);
    let statements = export::statements(&Profile::default(), sam(), &played.made);
    let answers: usize = log.iter().map(|l| l.contact.choices.len()).sum();
    assert_eq!(statements.len(), answers + log.len());
    statements.iter().for_each(assert_valid);

    // Contact by contact: its answers in order, then its outcome.
    let mut rest = statements.as_slice();
    for logged in &log {
        let n = logged.contact.choices.len();
        let (answered, after) = rest.split_at(n);
        for (i, s) in answered.iter().enumerate() {
            assert_eq!(s["verb"]["id"], ANSWERED);
            assert_eq!(s["result"]["response"], logged.contact.choices[i]);
            assert_eq!(s["result"]["duration"], "PT7.50S");
            assert_eq!(
                s["timestamp"],
                frontline::engine::lms::time::timestamp_2004(times(&logged.contact.at, n)[i + 1])
            );
        }
        let done = &after[0];
        assert_eq!(done["verb"]["id"], COMPLETED);
        // The outcome is the debrief's, as the game showed it.
        let scenario = m.met(
            &m.scenario(&logged.contact.scenario).unwrap(),
            &logged.contact,
        );
        let policy = m.policy_by_id(&logged.contact.policy).unwrap().clone();
        let d = debrief(&Contact::replay(&scenario, &policy, &logged.contact).unwrap());
        let result = &done["result"];
        assert_eq!(
            result["score"]["raw"],
            f64::from(d.scorecards.customer.csat)
        );
        let scaled = result["score"]["scaled"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&scaled));
        let ext = |n: &str| &result["extensions"][Profile::default().extension(n)];
        assert_eq!(ext("handle-time"), d.scorecards.manager.handle_time);
        assert_eq!(ext("goodwill"), d.scorecards.manager.goodwill_spent);
        assert_eq!(
            ext("first-contact-resolution"),
            d.scorecards.customer.first_contact_resolution
        );
        assert_eq!(ext("styles").as_array().unwrap().len(), n);
        rest = &after[1..];
    }
    assert!(rest.is_empty());

    // Ids are stable across exports, and never shared.
    let again = export::statements(
        &Profile::default(),
        sam(),
        &export::replay_all(&log, &find(&m), &policies).made,
    );
    assert_eq!(again, statements);
    let ids: HashSet<&str> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), statements.len());
}

#[test]
fn a_known_play_gives_its_known_outcome() {
    // double-charged under customer-first, seed 4, first open answer each
    // time: as `frontline play` plays it.
    let mut m = ready("customer-first", 4);
    play(&mut m, "double-charged");
    let log = log_of(&m);
    let policies = builtin_policies();
    let played = export::replay_all(&log, &find(&m), &policies);
    let csv = export::summary_csv(Lang::En, &played.made);
    let record = &log[0].contact;
    let seed = record.setup.seed.unwrap().to_string();
    let choices: Vec<String> = {
        let s = m.met(&m.scenario("double-charged").unwrap(), record);
        let p = m.policy_by_id("customer-first").unwrap().clone();
        let mut c = Contact::start(&s, &p, record.setup);
        record
            .choices
            .iter()
            .map(|id| {
                let n = c.node().choices.iter().position(|x| &x.id == id).unwrap();
                c.choose(n).unwrap();
                (n + 1).to_string()
            })
            .collect()
    };
    let (code, out, _) = common::run_cli(&[
        "play",
        "assets/scenarios/double-charged.json",
        "--policy",
        "customer-first",
        "--seed",
        &seed,
        "--choices",
        &choices.join(","),
    ]);
    assert_eq!(code, 0);
    let cli: Value = serde_json::from_str(&out).unwrap();
    let card = &cli["scorecards"];
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(row[1], "Charged twice", "{csv}");
    assert_eq!(row[4], card["customer"]["csat"].to_string());
    assert_eq!(row[7], card["manager"]["handle_time"].to_string());
    assert_eq!(row[8], card["manager"]["goodwill_spent"].to_string());
    assert_eq!(row[0], "2025-12-02 08:00");
}

#[test]
fn the_summary_has_a_header_in_the_trainees_language_and_plain_text_cells() {
    let mut m = ready("customer-first", 4);
    play(&mut m, "double-charged");
    let log = log_of(&m);
    let policies = builtin_policies();
    let played = export::replay_all(&log, &find(&m), &policies).made;
    let en = export::summary_csv(Lang::En, &played);
    let nl = export::summary_csv(Lang::Nl, &played);
    assert!(en.starts_with("Started (UTC),Scenario,Channel,House rules,CSAT (1-5)"));
    assert!(nl.starts_with("Begonnen (UTC),Scenario,Kanaal,Huisregels,CSAT (1-5)"));
    assert_eq!(en.lines().count(), 2);
    assert!(en.ends_with("\r\n"));
    for cell in ["=1+2", "+31 6", "-5", "@SUM(A1)"] {
        assert_eq!(csv_cell(cell), format!("'{cell}"));
    }
    assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
    assert_eq!(
        csv_cell("=HYPERLINK(\"x\",\"y\")"),
        "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
    );
    assert_eq!(csv_cell("plain"), "plain");
}

#[test]
fn a_contact_whose_scenario_changed_or_went_is_left_out_and_counted() {
    let mut m = ready("customer-first", 4);
    play(&mut m, "double-charged");
    play(&mut m, "lonely-caller");
    let mut log = log_of(&m);
    log[0].contact.revision = Some(1);
    log.push(LoggedContact {
        contact: ContactRecord {
            scenario: "gone".into(),
            ..log[1].contact.clone()
        },
        step: None,
    });
    let policies = builtin_policies();
    let played = export::replay_all(&log, &find(&m), &policies);
    assert_eq!(played.skipped, 2);
    assert_eq!(played.made.len(), 1);
    assert_eq!(played.made[0].logged.contact.scenario, "lonely-caller");
    let statements = export::statements(&Profile::default(), sam(), &played.made);
    assert_eq!(statements.len(), log[1].contact.choices.len() + 1);
}

#[test]
fn a_record_stamped_part_way_takes_its_first_time_for_the_times_it_lacks() {
    assert_eq!(times("1 2 3", 2), vec![1, 2, 3]);
    assert_eq!(
        times("5 9", 3),
        vec![5, 5, 5, 9],
        "resumed after the log came in"
    );
    assert_eq!(
        times("1 2 3 4", 2),
        vec![2, 3, 4],
        "the last ones are the answers'"
    );
    assert_eq!(times("", 1), vec![0, 0]);
}
