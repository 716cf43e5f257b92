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

fn shift_of(m: &Model) -> &frontline::engine::play::shift::Shift {
    m.saved.profile().unwrap().shift.as_ref().unwrap()
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
        m.saved.profile().unwrap().shift.is_some(),
        "a shift is only finished when it is over"
    );
    update(&mut m, Msg::Break);
    serve_next(&mut m);
    serve_next(&mut m);
    assert!(shift_of(&m).is_over());
    update(&mut m, Msg::Finish);
    let p = m.saved.profile().unwrap();
    assert!(p.shift.is_none() && p.shift_contact.is_none());
    assert_eq!(p.shift_history.len(), 1);
    assert_eq!(p.shift_history[0].contacts, 3);
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
    assert!(m.saved.profile().unwrap().shift.is_none());
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
    let tenths = p.shift_history[0].csat_tenths as u8;
    assert_eq!(p.tracks["onboarding"].get(&key), Some(&tenths));
}
