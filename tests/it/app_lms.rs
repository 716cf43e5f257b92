//! The LMS page's rules (`app::lms`, issue 18): a launch starts from what
//! the LMS kept, and after every action the LMS hears each new answer once,
//! the track's standing when it changes, and the progress a relaunch needs.

use crate::common;

use frontline::app::game::{Model, Msg};
use frontline::app::library::Library;
use frontline::app::lms::{resume, Reporter};
use frontline::app::route::Route;
use frontline::app::tracks::{self, Msg as TrackMsg};
use frontline::engine::lms::scorm::Tracker;
use frontline::engine::lms::suspend::{self, Suspended};
use frontline::engine::lms::{Set, Standard};
use frontline::engine::Lang;

fn update(m: &mut Model, msg: Msg) {
    tracks::update(m, msg.into());
}

/// The page as an LMS launch leaves it, with the library and tracks loaded.
fn launched(suspended: &Suspended, lang: Lang) -> Model {
    let (saved, route) = resume("Janssens, An", lang, "rotation", suspended);
    let mut m = Model::new(saved, None, route, 5);
    let mut library = Library::shipped("lib", Ok(common::shipped_library()), lang);
    for name in ["onboarding", "rotation"] {
        let track = frontline::engine::wire::json::from_str(&common::shipped_track(name)).unwrap();
        library.tracks.push(std::rc::Rc::new(track));
    }
    update(&mut m, Msg::Loaded(library));
    m
}

fn values<'a>(calls: &'a [Set], suffix: &str) -> Vec<&'a str> {
    calls
        .iter()
        .filter(|(e, _)| e.ends_with(suffix))
        .map(|(_, v)| v.as_str())
        .collect()
}

fn suspended_in(calls: &[Set]) -> Option<Suspended> {
    calls
        .iter()
        .rev()
        .find(|(e, _)| e == "cmi.suspend_data")
        .map(|(_, v)| suspend::decode(v).unwrap())
}

#[test]
fn a_first_launch_opens_the_track_in_the_learners_name_and_language() {
    let (saved, route) = resume("An Janssens", Lang::Nl, "rotation", &Suspended::default());
    assert_eq!(route, Route::Track("rotation".into()));
    assert_eq!(saved.settings.lang, Lang::Nl);
    assert_eq!(saved.profile().unwrap().name, "An Janssens");
    assert!(saved.profile().unwrap().tracks.is_empty());
}

#[test]
fn every_answer_is_reported_once_then_the_standing_and_the_progress() {
    let mut m = launched(&Suspended::default(), Lang::En);
    let mut r = Reporter::new(
        Tracker::new(Standard::Scorm12, 0),
        "rotation",
        &Suspended::default(),
        1_000,
    );
    let first = r.report(&m, 1_000);
    assert_eq!(values(&first, "lesson_status"), ["incomplete"]);
    assert!(r.report(&m, 2_000).is_empty(), "nothing new, nothing said");

    tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 0));
    let started = r.report(&m, 3_000);
    let kept = suspended_in(&started).expect("the contact in play is kept for a relaunch");
    assert_eq!(kept.unfinished.unwrap().scenario, "hurried-routine");

    common::play_through(&mut m, "hurried-routine", |m, pick| {
        update(m, Msg::Choose("hurried-routine".into(), pick));
    });
    // One report after the whole contact: every answer, in order, once.
    let calls = r.report(&m, 9_000);
    let record = m.saved.profile().unwrap().last.clone().unwrap();
    assert_eq!(values(&calls, ".type").len(), record.choices.len());
    let ids = values(&calls, ".id");
    assert!(
        ids.iter()
            .all(|id| id.starts_with("hurried-routine.") && id.ends_with(".customer-first")),
        "{ids:?}"
    );
    let responses = values(&calls, ".student_response");
    assert!(responses.iter().all(|r| r.len() == 1), "{responses:?}");
    assert_eq!(
        values(&calls, ".latency")[0],
        "00:00:06.00",
        "from the contact's start to the answer"
    );
    assert!(r.report(&m, 10_000).is_empty(), "answers are not repeated");
    let after = suspended_in(&calls).expect("the progress changed");
    assert!(after.unfinished.is_none());
    assert_eq!(after.results.len(), 1);
}

#[test]
fn a_relaunch_resumes_the_contact_and_reports_only_later_answers() {
    let mut m = launched(&Suspended::default(), Lang::En);
    let mut r = Reporter::new(
        Tracker::new(Standard::Scorm2004, 0),
        "rotation",
        &Suspended::default(),
        0,
    );
    tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 0));
    let contact = m.record_for("hurried-routine").unwrap().clone();
    let scenario = m.scenario("hurried-routine").unwrap();
    let policy = m.policy_by_id(&contact.policy).unwrap().clone();
    let first = frontline::engine::Contact::replay(&scenario, &policy, &contact)
        .unwrap()
        .offers()
        .iter()
        .find(|o| o.available())
        .unwrap()
        .index;
    update(&mut m, Msg::Choose("hurried-routine".into(), first));
    let calls = r.report(&m, 4_000);
    assert_eq!(values(&calls, ".learner_response").len(), 1);
    let kept = suspended_in(&calls).unwrap();

    // The LMS launches the course again with what it kept.
    let mut again = launched(&kept, Lang::En);
    assert_eq!(again.route, Route::Play("hurried-routine".into()));
    let resumed = again.record_for("hurried-routine").unwrap();
    assert_eq!(resumed.choices, kept.unfinished.as_ref().unwrap().choices);
    let mut r2 = Reporter::new(Tracker::new(Standard::Scorm2004, 1), "rotation", &kept, 0);
    let relaunch = r2.report(&again, 100);
    assert!(
        values(&relaunch, ".learner_response").is_empty(),
        "the answer before is not sent again"
    );
    common::play_through(&mut again, "hurried-routine", |m, pick| {
        update(m, Msg::Choose("hurried-routine".into(), pick));
    });
    let rest = r2.report(&again, 5_000);
    let ids: Vec<&str> = rest
        .iter()
        .filter(|(e, _)| e.ends_with(".id"))
        .map(|(e, _)| e.as_str())
        .collect();
    assert_eq!(
        ids.first(),
        Some(&"cmi.interactions.1.id"),
        "numbering goes on after the LMS's count"
    );
    assert_eq!(
        values(&rest, "completion_status"),
        ["incomplete"],
        "one of three steps done"
    );
}
