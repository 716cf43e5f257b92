//! The LMS page's rules (`app::lms`, issue 18): a launch starts from what
//! the LMS kept, and after every action the LMS hears each new answer once,
//! the track's standing when it changes, and the progress a relaunch needs.

use crate::common;

use frontline::app::game::{Model, Msg};
use frontline::app::library::Library;
use frontline::app::lms::{self, resume, Reporter};
use frontline::app::route::Route;
use frontline::app::shift::{self, Msg as ShiftMsg};
use frontline::app::tracks::{self, Msg as TrackMsg};
use frontline::engine::lms::scorm::Tracker;
use frontline::engine::lms::suspend::{self, Suspended};
use frontline::engine::lms::{Set, Standard};
use frontline::engine::Lang;

fn update(m: &mut Model, msg: Msg) {
    tracks::update(m, msg.into());
}

/// The page as an LMS launch leaves it, with the library and tracks loaded.
pub(crate) fn launched(suspended: &Suspended, lang: Lang) -> Model {
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

// A track's shift step, played on the LMS page (the shipped onboarding:
// six contacts, then a shift of four).

/// The LMS page's update, for any of its messages.
fn lms_update(m: &mut Model, msg: impl Into<lms::Msg>) {
    lms::update(m, msg.into());
}

/// The LMS page launched on `course`, as the page has it: the index read,
/// each scenario to be fetched when it is wanted (`deliver`).
fn launched_on_index(course: &str, suspended: &Suspended) -> Model {
    let (saved, route) = resume("Janssens, An", Lang::En, course, suspended);
    let mut m = Model::new(saved, None, route, 11);
    let mut library = Library::shipped("lib", Ok(common::shipped_library()), Lang::En);
    library.scenarios.clear();
    library.fetched.clear();
    let track = frontline::engine::wire::json::from_str(&common::shipped_track(course)).unwrap();
    library.tracks.push(std::rc::Rc::new(track));
    lms_update(&mut m, Msg::Loaded(library));
    m
}

/// The scenario file `id` arrives, as the page fetches it.
fn deliver(m: &mut Model, id: &str) {
    let (_, text) = common::shipped_scenarios()
        .into_iter()
        .find(|(path, _)| path.ends_with(&format!("/{id}.json")))
        .unwrap();
    lms_update(
        m,
        Msg::ScenarioArrived {
            id: id.into(),
            lang: Lang::En,
            url: format!("scenarios/{id}.en.json"),
            fetched: Ok(text),
        },
    );
}

/// Everything the shift wants fetched arrives.
fn deliver_wanted(m: &mut Model) {
    while let Some((id, _)) = shift::wanted(m) {
        deliver(m, &id);
    }
}

/// The first answer that can be given to the shift's customer on the line,
/// if their contact is not over.
fn shift_pick(m: &Model) -> Option<usize> {
    let (scenario, policy, record) = shift::current(m)?;
    let contact = frontline::engine::Contact::replay(&scenario, &policy, &record).unwrap();
    if contact.is_over() {
        return None;
    }
    Some(
        contact
            .offers()
            .iter()
            .find(|o| o.available())
            .unwrap()
            .index,
    )
}

/// What the LMS has heard: every call, and the longest suspend data.
#[derive(Default)]
struct Lms {
    calls: Vec<Set>,
    longest_suspend: usize,
}

impl Lms {
    fn hear(&mut self, calls: Vec<Set>) {
        for (e, v) in &calls {
            if e == "cmi.suspend_data" {
                self.longest_suspend = self.longest_suspend.max(v.chars().count());
            }
        }
        self.calls.extend(calls);
    }

    fn interaction_ids(&self) -> Vec<String> {
        self.calls
            .iter()
            .filter(|(e, _)| e.starts_with("cmi.interactions.") && e.ends_with(".id"))
            .map(|(_, v)| v.clone())
            .collect()
    }
}

fn onboarding() -> frontline::engine::model::track::Track {
    frontline::engine::wire::json::from_str(&common::shipped_track("onboarding")).unwrap()
}

#[test]
fn onboarding_plays_through_with_its_shift_every_answer_reported_once() {
    let mut m = launched_on_index("onboarding", &Suspended::default());
    let mut r = Reporter::new(
        Tracker::new(Standard::Scorm12, 0),
        "onboarding",
        &Suspended::default(),
        0,
    );
    let mut lms = Lms::default();
    let mut now = 0;
    let mut answers = 0;
    let track = onboarding();
    // The six contacts.
    for (index, step) in track.steps.iter().enumerate().take(6) {
        let id = step.scenario.clone().unwrap();
        lms_update(&mut m, TrackMsg::StartStep("onboarding".into(), index));
        if !m.library.fetched.iter().any(|(f, _)| *f == id) {
            deliver(&mut m, &id);
        }
        common::play_through(&mut m, &id, |m, pick| {
            lms_update(m, Msg::Choose(id.clone(), pick));
            now += 1_000;
            lms.hear(r.report(m, now));
            answers += 1;
        });
        assert_eq!(
            lms.interaction_ids().len(),
            answers,
            "{id}: each answer, once"
        );
    }
    assert_eq!(lms.interaction_ids().len(), answers);
    assert!(values(&lms.calls, "lesson_status")
        .iter()
        .all(|s| *s == "incomplete"));

    // The shift step: chosen on the track, started on the shift's screen.
    lms_update(&mut m, TrackMsg::StartStep("onboarding".into(), 6));
    assert!(shift::can_start(&m));
    lms_update(&mut m, ShiftMsg::Start(6));
    let planned = m.saved.profile().unwrap().shift.get().unwrap();
    assert_eq!(planned.queue.len(), 4, "the step's four contacts, not six");
    assert_eq!(
        planned.policy, "customer-first",
        "under the step's house rules"
    );
    assert!(
        !shift::next_at_hand(&m),
        "the page read the index: the first customer's scenario is fetched first"
    );
    lms.hear(r.report(&m, now));
    let kept = suspended_in(&lms.calls).unwrap();
    assert_eq!(
        kept.shift.as_ref(),
        Some(&planned),
        "a relaunch gets the shift"
    );

    let before_shift = lms.interaction_ids().len();
    let mut shift_answers = 0;
    for customer in &planned.queue {
        deliver_wanted(&mut m);
        assert!(shift::next_at_hand(&m));
        lms_update(&mut m, ShiftMsg::Next);
        let on_line = m.saved.profile().unwrap().shift_contact.clone().unwrap();
        assert_eq!(on_line.scenario, customer.scenario);
        while let Some(pick) = shift_pick(&m) {
            lms_update(&mut m, ShiftMsg::Choose(pick));
            now += 1_000;
            lms.hear(r.report(&m, now));
            shift_answers += 1;
        }
        // Nothing new: nothing said again.
        assert!(r.report(&m, now).is_empty());
    }
    let ids = lms.interaction_ids();
    assert_eq!(ids.len(), before_shift + shift_answers, "each answer once");
    assert!(shift_answers >= 4, "{shift_answers}");
    for id in &ids[before_shift..] {
        let scenario = id.split('.').next().unwrap();
        assert!(
            planned.queue.iter().any(|c| c.scenario == scenario),
            "a customer of the queue: {id}"
        );
        assert!(id.ends_with(".customer-first"), "{id}");
    }
    let numbered: Vec<&str> = lms
        .calls
        .iter()
        .filter(|(e, _)| e.ends_with(".id"))
        .map(|(e, _)| e.as_str())
        .collect();
    assert_eq!(
        numbered.last().copied(),
        Some(format!("cmi.interactions.{}.id", ids.len() - 1).as_str())
    );
    assert_eq!(
        values(&lms.calls, "lesson_status").last(),
        Some(&"incomplete"),
        "the shift is over, its report not yet saved"
    );

    // The report saved: the step is done, the track complete.
    lms_update(&mut m, ShiftMsg::Finish);
    let done = r.report(&m, now);
    let status = values(&done, "lesson_status");
    assert!(status == ["passed"] || status == ["failed"], "{status:?}");
    assert!(r.complete());
    lms.hear(done);
    let last = suspended_in(&lms.calls).unwrap();
    assert_eq!(last.results.len(), 7, "every step done");
    assert!(last.shift.is_none() && last.shift_contact.is_none());
    println!(
        "onboarding played through: {} answers, {shift_answers} in the shift; largest suspend_data {} characters",
        ids.len(),
        lms.longest_suspend
    );
    assert!(lms.longest_suspend <= 4_096, "{}", lms.longest_suspend);
}

#[test]
fn a_relaunch_mid_shift_resumes_the_same_customer_and_reports_only_later_answers() {
    let track = onboarding();
    let six_done = Suspended {
        v: frontline::engine::lms::suspend::SUSPEND_FORMAT,
        results: track
            .steps
            .iter()
            .take(6)
            .map(|s| (s.key(), 40u8))
            .collect(),
        ..Suspended::default()
    };
    let mut m = launched_on_index("onboarding", &six_done);
    assert_eq!(m.route, Route::Track("onboarding".into()));
    let mut r = Reporter::new(
        Tracker::new(Standard::Scorm12, 0),
        "onboarding",
        &six_done,
        0,
    );
    lms_update(&mut m, TrackMsg::StartStep("onboarding".into(), 6));
    lms_update(&mut m, ShiftMsg::Start(6));
    deliver_wanted(&mut m);
    lms_update(&mut m, ShiftMsg::Next);
    let first = shift_pick(&m).unwrap();
    lms_update(&mut m, ShiftMsg::Choose(first));
    let calls = r.report(&m, 3_000);
    assert_eq!(values(&calls, ".student_response").len(), 1);
    let kept = suspended_in(&calls).unwrap();
    let on_line = kept
        .shift_contact
        .clone()
        .expect("the customer on the line");
    assert_eq!(on_line.choices.len(), 1);

    // The LMS launches the course again with what it kept.
    let mut again = launched_on_index("onboarding", &kept);
    assert_eq!(again.route, Route::ShiftContact, "the customer on the line");
    let p = again.saved.profile().unwrap();
    assert_eq!(p.shift.get(), kept.shift);
    assert_eq!(p.shift_contact.as_ref(), Some(&on_line));
    assert_eq!(
        shift::wanted(&again).map(|(id, _)| id),
        Some(on_line.scenario.clone()),
        "their scenario is fetched"
    );
    deliver_wanted(&mut again);
    let (_, _, record) = shift::current(&again).unwrap();
    assert_eq!(record, on_line, "the same customer, the same answers");
    assert!(shift::in_contact(&again));
    let mut r2 = Reporter::new(Tracker::new(Standard::Scorm12, 1), "onboarding", &kept, 0);
    assert!(
        values(&r2.report(&again, 100), ".student_response").is_empty(),
        "the answer before is not sent again"
    );
    let next = shift_pick(&again).unwrap();
    lms_update(&mut again, ShiftMsg::Choose(next));
    let later = r2.report(&again, 4_000);
    assert_eq!(
        later
            .iter()
            .filter(|(e, _)| e.ends_with(".id"))
            .map(|(e, _)| e.as_str())
            .collect::<Vec<_>>(),
        ["cmi.interactions.1.id"],
        "numbering goes on after the LMS's count"
    );
    // The shift's step is still the one in play: finishing it counts.
    let step = &again.saved.profile().unwrap().step.as_ref().unwrap().step;
    assert_eq!(step.key(), track.steps[6].key());
}
