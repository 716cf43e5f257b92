//! A trainer's own tracks on the tracks page (`app::own_tracks_held`):
//! listed after the shipped ones, played like them step by step, including
//! steps with the trainer's own scenarios, and reported when they cannot be.

use std::rc::Rc;

use crate::common;

use frontline::app::game::{Model, Msg};
use frontline::app::library::Library;
use frontline::app::route::Route;
use frontline::app::tracks::{self, Msg as TrackMsg};
use frontline::engine::check::diagnostic::Code;
use frontline::engine::play::track::{standing, StepState};
use frontline::engine::wire::json;
use frontline::engine::Lang;
use frontline::saved::own_scenarios::OwnScenarios;
use frontline::saved::own_tracks::OwnTracks;
use frontline::saved::progress::Saved;

fn own_scenarios() -> OwnScenarios {
    let mut own = OwnScenarios::default();
    let scenario = common::scenario(&common::own_scenario("my-call"));
    own.add(&scenario, "mine.json");
    own
}

fn own_tracks(tracks: &[String]) -> OwnTracks {
    let mut own = OwnTracks::default();
    for text in tracks {
        own.add(&json::from_str(text).unwrap());
    }
    own
}

/// The tracks page's library: shipped scenarios and tracks, then the
/// trainer's own scenarios, then their own tracks.
fn library(tracks: &[String]) -> Library {
    let mut library = Library::shipped("lib", Ok(common::shipped_library()), Lang::En);
    for name in ["onboarding", "rotation"] {
        library.tracks.push(Rc::new(
            json::from_str(&common::shipped_track(name)).unwrap(),
        ));
    }
    library
        .with_own(Some(own_scenarios()))
        .with_own_tracks(Some(own_tracks(tracks)))
}

fn ours() -> String {
    common::own_track(
        "ours",
        &[
            ("my-call", "customer-first"),
            ("hurried-routine", "target-driven"),
        ],
    )
}

#[test]
fn own_tracks_are_listed_after_the_shipped_ones_and_marked_own() {
    let gone = common::own_track("gone", &[("deleted-call", "customer-first")]);
    let library = library(&[ours(), gone]);
    let ids: Vec<&str> = library.tracks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["onboarding", "rotation", "ours"]);
    assert!(library.is_own_track("ours") && !library.is_own_track("rotation"));
    let held = library.own_tracks.as_ref().unwrap();
    assert_eq!(
        held.broken.len(),
        1,
        "the track whose scenario is gone is reported"
    );
    assert_eq!(held.broken[0].id, "gone");
    assert_eq!(held.broken[0].why[0].code, Code::TrackMissingScenario);

    let unreadable = Library::default().with_own_tracks(None);
    assert!(unreadable.own_tracks.unwrap().unreadable);
}

#[test]
fn an_own_track_with_a_shipped_tracks_id_is_not_offered() {
    let clash = common::own_track("rotation", &[("my-call", "customer-first")]);
    let library = library(&[clash]);
    assert_eq!(
        library.tracks.iter().filter(|t| t.id == "rotation").count(),
        1
    );
    assert!(!library.is_own_track("rotation"));
    let why = &library.own_tracks.unwrap().broken[0].why[0];
    assert_eq!(why.code, Code::TrackShippedIdClash);
}

#[test]
fn an_own_track_plays_like_a_shipped_one_own_scenario_and_all() {
    let mut m = Model::new(Saved::default(), None, Route::Track("ours".into()), 31);
    let send = |m: &mut Model, msg: Msg| tracks::update(m, msg.into());
    send(&mut m, Msg::AddProfile("Sam".into()));
    send(&mut m, Msg::SetPolicy("target-driven".into()));
    send(&mut m, Msg::Loaded(library(&[ours()])));
    let track = m.library.track("ours").unwrap();

    tracks::update(&mut m, TrackMsg::StartStep("ours".into(), 1));
    assert!(
        m.record_for("hurried-routine").is_none(),
        "step 2 is locked"
    );
    tracks::update(&mut m, TrackMsg::StartStep("ours".into(), 0));
    assert_eq!(m.record_for("my-call").unwrap().policy, "customer-first");
    common::play_through(&mut m, "my-call", |m, pick| {
        send(m, Msg::Choose("my-call".into(), pick))
    });
    let results = m.saved.profile().unwrap().tracks["ours"].clone();
    let s = standing(&track, &results);
    assert!(matches!(s.steps[0], StepState::Done(_)));
    assert_eq!(s.steps[1], StepState::Open);

    tracks::update(&mut m, TrackMsg::StartStep("ours".into(), 1));
    common::play_through(&mut m, "hurried-routine", |m, pick| {
        send(m, Msg::Choose("hurried-routine".into(), pick))
    });
    let results = &m.saved.profile().unwrap().tracks["ours"];
    let s = standing(&track, results);
    assert!(
        s.complete && s.mastered,
        "no minimum: every step done is enough"
    );
}
