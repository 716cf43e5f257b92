//! The shift page's rules (`app::shift`): a run of customers, played natively.

use crate::common;

use frontline::app::game::{self, Model};
use frontline::app::library::Library;
use frontline::app::route::Route;
use frontline::app::shift::{current, in_contact, update, Msg};
use frontline::engine::{Contact, Lang};
use frontline::saved::progress::Saved;

fn ready(policy: &str, seed: u64) -> Model {
    let library = Library::shipped("lib", Ok(common::shipped_library()), Lang::En);
    let mut m = Model::new(Saved::default(), None, Route::ShiftStatus, seed);
    // The page's shared messages go through the shift's update too.
    update(&mut m, game::Msg::AddProfile("Sam".into()).into());
    update(&mut m, game::Msg::SetPolicy(policy.into()).into());
    update(&mut m, game::Msg::Loaded(library).into());
    m
}

/// Takes the next customer and gives the first answer that can be given
/// until their contact is over.
fn serve_next(m: &mut Model) {
    update(m, Msg::Next);
    assert!(in_contact(m));
    for _ in 0..40 {
        let (scenario, policy, record) = current(m).unwrap();
        let contact = Contact::replay(&scenario, &policy, &record).unwrap();
        if contact.is_over() {
            return;
        }
        let pick = contact
            .offers()
            .iter()
            .find(|o| o.available())
            .unwrap()
            .index;
        update(m, Msg::Choose(pick));
    }
    panic!("a shift contact did not end within 40 answers");
}

fn shift_of(m: &Model) -> frontline::engine::play::shift::Shift {
    m.saved.profile().unwrap().shift.get().unwrap()
}

#[test]
fn a_shift_plans_its_customers_under_the_profiles_house_rules() {
    let mut m = ready("target-driven", 9);
    update(&mut m, Msg::Start(6));
    let shift = shift_of(&m);
    assert_eq!(shift.queue.len(), 6);
    assert_eq!(shift.policy, "target-driven");
    assert!(!in_contact(&m));
}

#[test]
fn the_same_seed_plans_the_same_shift() {
    let plan = |seed| {
        let mut m = ready("customer-first", seed);
        update(&mut m, Msg::Start(6));
        shift_of(&m).clone()
    };
    assert_eq!(plan(4), plan(4));
}

#[test]
fn each_contact_served_is_recorded_and_the_report_goes_to_the_history() {
    let mut m = ready("customer-first", 2);
    update(&mut m, Msg::Start(3));
    serve_next(&mut m);
    assert!(!in_contact(&m));
    assert_eq!(shift_of(&m).handled.len(), 1);
    update(&mut m, Msg::Finish);
    assert!(
        m.saved.profile().unwrap().shift.get().is_some(),
        "a shift is only finished when it is over"
    );
    update(&mut m, Msg::Break);
    serve_next(&mut m);
    serve_next(&mut m);
    assert!(shift_of(&m).is_over());
    update(&mut m, Msg::Finish);
    let p = m.saved.profile().unwrap();
    assert!(p.shift.get().is_none() && p.shift_contact.is_none());
    assert_eq!(p.shift_history.get().len(), 1);
    assert_eq!(p.shift_history.get()[0].contacts, 3);
}

#[test]
fn an_answer_while_no_customer_is_on_the_line_changes_nothing() {
    let mut m = ready("customer-first", 2);
    update(&mut m, Msg::Start(2));
    let saved = m.saved.clone();
    update(&mut m, Msg::Choose(0));
    assert_eq!(m.saved, saved);
}

#[test]
fn no_shift_starts_without_house_rules() {
    let mut m = Model::new(Saved::default(), None, Route::ShiftStatus, 1);
    update(&mut m, game::Msg::AddProfile("Sam".into()).into());
    update(&mut m, Msg::Start(6));
    assert!(m.saved.profile().unwrap().shift.get().is_none());
}

#[test]
fn a_tracks_shift_step_plans_its_own_length_and_house_rules_and_counts_when_finished() {
    let mut m = ready("target-driven", 30);
    let text = common::shipped_track("onboarding");
    let track: frontline::engine::model::track::Track =
        frontline::engine::wire::json::from_str(&text).unwrap();
    let last = track.steps.len() - 1;
    let step = track.steps[last].clone();
    let key = step.key();
    // As if every step before the shift were done and the game had opened
    // this one: the shift page does not read the tracks, the step says it all.
    m.saved.profile_mut().unwrap().step = Some(frontline::saved::progress::TrackStep {
        track: "onboarding".into(),
        step,
    });
    update(&mut m, Msg::Start(6));
    let shift = shift_of(&m);
    assert_eq!(
        shift.queue.len(),
        4,
        "onboarding's shift step has four customers"
    );
    assert_eq!(shift.policy, "customer-first");
    for _ in 0..4 {
        serve_next(&mut m);
    }
    update(&mut m, Msg::Finish);
    let p = m.saved.profile().unwrap();
    let tenths = p.shift_history.get()[0].csat_tenths as u8;
    assert_eq!(p.tracks["onboarding"].get(&key), Some(&tenths));
}

/// The shift and its reports are kept in the progress as the JSON the shift
/// page wrote (`Kept`), so a page that never looks at a shift (the game)
/// carries no reader or writer for them: stored and read again, they are
/// written back unchanged, and read as the shift page wrote them.
#[test]
fn a_shift_and_its_reports_are_kept_in_the_progress_as_written() {
    use frontline::engine::play::shift::{Shift, ShiftReport};
    use frontline::engine::wire::kept::Kept;
    use frontline::saved::progress::{decode, encode, Loaded};

    let mut m = ready("customer-first", 5);
    update(&mut m, Msg::Start(2));
    serve_next(&mut m);
    serve_next(&mut m);
    update(&mut m, Msg::Finish);
    update(&mut m, Msg::Start(3));
    serve_next(&mut m);
    let p = m.saved.profile().unwrap();
    let (shift, history) = (p.shift.get().unwrap(), p.shift_history.get());
    assert_eq!(history.len(), 1);
    assert_eq!(shift.handled.len(), 1);
    // Written as the types would be written.
    assert_eq!(
        p.shift.json(),
        serde_json::to_string(&Some(&shift)).unwrap()
    );
    assert_eq!(
        p.shift_history.json(),
        serde_json::to_string(&history).unwrap()
    );

    let stored = encode(&m.saved);
    let Loaded::Ok(back) = decode(Some(&stored)) else {
        panic!("progress with a shift reads");
    };
    assert_eq!(back, m.saved);
    assert_eq!(encode(&back), stored, "written back as read");
    let p = back.profile().unwrap();
    assert_eq!(p.shift.get(), Some(shift.clone()));
    assert_eq!(p.shift_history.get(), history);

    // New, they are written as the types' empty values were.
    assert_eq!(Kept::<Option<Shift>>::default().json(), "null");
    assert_eq!(Kept::<Vec<ShiftReport>>::default().json(), "[]");
    assert_eq!(Kept::new(&Some(shift.clone())).get(), Some(shift));
}

/// A shift the shift page cannot read no longer makes the whole progress
/// unreadable: the rest is read. The shift page sees it cannot read it
/// (`shifts_readable`), sets the progress aside as stored and tells the
/// trainee (`ShiftPage::load`), then starts without it.
#[test]
fn a_shift_that_cannot_be_read_leaves_the_rest_of_the_progress() {
    use frontline::saved::progress::{decode, Loaded};
    let raw = r#"{"version":1,"profiles":[{"name":"Sam","policy":"customer-first","best":{"double-charged/customer-first":4},"shift":{"version":"odd"},"shift_history":[{"policy":3}]}],"current":"Sam"}"#;
    let Loaded::Ok(saved) = decode(Some(raw)) else {
        panic!("the rest of the progress is read");
    };
    let p = saved.profile().unwrap();
    assert_eq!(p.best["double-charged/customer-first"], 4);
    assert_eq!(p.shift.get(), None);
    assert!(p.shift_history.get().is_empty());
    assert!(
        !saved.shifts_readable(),
        "the shift page sets it aside first"
    );
    let mut saved = saved;
    saved.clear_unreadable_shifts();
    assert!(saved.shifts_readable());
    assert_eq!(
        saved.profile().unwrap().best["double-charged/customer-first"],
        4
    );
    let fresh = decode(Some(
        r#"{"version":1,"profiles":[{"name":"Sam"}],"current":"Sam"}"#,
    ));
    let Loaded::Ok(fresh) = fresh else { panic!() };
    assert!(fresh.shifts_readable(), "no shift at all reads as none");
    let mut m = Model::new(saved, None, Route::ShiftStatus, 3);
    let library = Library::shipped("lib", Ok(common::shipped_library()), Lang::En);
    update(&mut m, game::Msg::Loaded(library).into());
    update(&mut m, Msg::Start(2));
    assert_eq!(shift_of(&m).queue.len(), 2, "a new shift replaces it");
}
