//! The track editor's rules (`app::track_editor`): a trainer adds steps,
//! moves them up and down, removes them, and sets the mastery rule; the
//! track that comes of it is what gets saved.

use frontline::app::track_editor::{id_from, update, Draft, DraftMsg, Moved, StepFocus};
use frontline::engine::model::track::{Step, StepKind};
use frontline::engine::Lang;

fn contact(scenario: &str, policy: &str) -> DraftMsg {
    DraftMsg::AddContact {
        scenario: scenario.into(),
        policy: policy.into(),
    }
}

fn keys(d: &Draft) -> Vec<String> {
    d.steps.iter().map(Step::key).collect()
}

fn three_steps() -> Draft {
    let mut d = Draft::default();
    update(&mut d, contact("a", "customer-first"));
    update(&mut d, contact("b", "target-driven"));
    update(
        &mut d,
        DraftMsg::AddShift {
            contacts: 3,
            policy: "customer-first".into(),
        },
    );
    d
}

#[test]
fn steps_are_added_in_order_contacts_and_a_short_shift() {
    let d = three_steps();
    assert_eq!(
        keys(&d),
        [
            "a@customer-first",
            "b@target-driven",
            "shift:3@customer-first"
        ]
    );
    assert_eq!(d.steps[2].kind(), Some(StepKind::Shift(3)));
}

#[test]
fn a_step_moves_up_and_down_and_focus_follows_it() {
    let mut d = three_steps();
    update(&mut d, DraftMsg::MoveDown(0));
    assert_eq!(keys(&d)[..2], ["b@target-driven", "a@customer-first"]);
    assert_eq!(
        d.focus,
        Some(StepFocus {
            index: 1,
            after: Moved::Down
        })
    );
    let moves = d.moves;
    update(&mut d, DraftMsg::MoveUp(2));
    assert_eq!(keys(&d)[1], "shift:3@customer-first");
    assert_eq!(
        d.focus,
        Some(StepFocus {
            index: 1,
            after: Moved::Up
        })
    );
    assert_eq!(
        d.moves,
        moves + 1,
        "each move is counted, so focus moves again"
    );

    // Past either end nothing moves and focus stays put.
    let before = d.clone();
    update(&mut d, DraftMsg::MoveUp(0));
    update(&mut d, DraftMsg::MoveDown(2));
    update(&mut d, DraftMsg::Remove(7));
    assert_eq!(d, before);
}

#[test]
fn removing_a_step_leaves_focus_on_the_one_that_took_its_place() {
    let mut d = three_steps();
    update(&mut d, DraftMsg::Remove(1));
    assert_eq!(keys(&d), ["a@customer-first", "shift:3@customer-first"]);
    assert_eq!(d.focus.unwrap().index, 1);
    update(&mut d, DraftMsg::Remove(1));
    assert_eq!(
        d.focus.unwrap().index,
        0,
        "the last one gone: the one before"
    );
    update(&mut d, DraftMsg::Remove(0));
    assert!(d.steps.is_empty());
    assert_eq!(d.focus, None, "none left: focus goes to adding a step");
}

#[test]
fn the_track_saved_has_the_texts_minutes_steps_and_mastery_rule() {
    let mut d = three_steps();
    update(
        &mut d,
        DraftMsg::Title(Lang::En, "  Our helpdesk team ".into()),
    );
    update(&mut d, DraftMsg::Title(Lang::Nl, "Onze helpdesk".into()));
    update(
        &mut d,
        DraftMsg::Description(Lang::En, "Three calls".into()),
    );
    update(&mut d, DraftMsg::Minutes(25));
    update(&mut d, DraftMsg::MasteryAverage(Some(35)));
    update(
        &mut d,
        DraftMsg::MasteryPolicy(Some("customer-first".into())),
    );
    let t = d.track();
    assert_eq!(t.id, "our-helpdesk-team");
    assert_eq!(t.title.en, "Our helpdesk team", "texts are trimmed");
    assert_eq!(t.title.nl, "Onze helpdesk");
    assert_eq!(t.description.nl, "", "an empty language stays empty");
    assert_eq!(t.minutes, 25);
    assert_eq!(t.steps.len(), 3);
    assert_eq!(t.mastery.min_average_csat_tenths, Some(35));
    assert_eq!(t.mastery.on_policy.as_deref(), Some("customer-first"));

    update(&mut d, DraftMsg::MasteryAverage(None));
    update(&mut d, DraftMsg::MasteryPolicy(None));
    assert_eq!(d.track().mastery, Default::default());
    update(&mut d, DraftMsg::Minutes(0));
    assert_eq!(d.minutes, 1, "a track takes at least a minute");
}

#[test]
fn an_edited_track_keeps_its_id_and_what_the_editor_does_not_show() {
    let text = crate::common::own_track("our-team", &[("a", "customer-first")]);
    let mut track: frontline::engine::model::track::Track =
        frontline::engine::wire::json::from_str(&text).unwrap();
    track.learned = vec![frontline::engine::Text::new("Listen", "Luister")];
    let mut d = Draft::default();
    update(&mut d, DraftMsg::Edit(track.clone()));
    update(&mut d, DraftMsg::Title(Lang::En, "A new name".into()));
    let saved = d.track();
    assert_eq!(saved.id, "our-team", "results stay with the track");
    assert_eq!(saved.learned, track.learned);
    update(&mut d, DraftMsg::Clear);
    assert_eq!(d, Draft::default());
}

#[test]
fn an_id_is_made_from_the_title() {
    assert_eq!(id_from("Één klacht, twee keer!"), "een-klacht-twee-keer");
    assert_eq!(id_from("  Phone duty 2 "), "phone-duty-2");
    assert_eq!(id_from("???"), "");
    let mut d = Draft::default();
    update(
        &mut d,
        DraftMsg::Title(Lang::Nl, "Alleen Nederlands".into()),
    );
    assert_eq!(
        d.id(),
        "alleen-nederlands",
        "the Dutch title when there is no English one"
    );
}
