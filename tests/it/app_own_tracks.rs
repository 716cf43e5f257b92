//! A trainer's own tracks on the tracks page (`app::own_tracks_held`):
//! listed after the shipped ones, played like them step by step, including
//! steps with the trainer's own scenarios, and reported when they cannot be.

use std::rc::Rc;

use crate::common;

use frontline::app::game::{Model, Msg};
use frontline::app::library::Library;
use frontline::app::own_tracks_held::is_own_track;
use frontline::app::route::Route;
use frontline::app::tracks::{self, Msg as TrackMsg};
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
        .with_own_tracks(&own_tracks(tracks))
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
    let stored = own_tracks(&[ours(), gone.clone()]);
    let library = library(&[ours(), gone]);
    let ids: Vec<&str> = library.tracks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["onboarding", "rotation", "ours"]);
    assert!(is_own_track(&stored, &library.tracks[2]));
    assert!(!is_own_track(&stored, &library.tracks[1]));
    // The track whose scenario is gone is reported by its file, with where and why.
    let (file, why) = library.errors.last().unwrap();
    assert_eq!(file, "gone.track.json");
    assert!(
        why.starts_with("step 1: the scenario 'deleted-call'"),
        "{why}"
    );
    assert!(why.ends_with("(FL0706)"), "{why}");
}

#[test]
fn an_own_track_with_a_shipped_tracks_id_is_not_offered_nor_taken_for_it() {
    let clash = common::own_track("rotation", &[("my-call", "customer-first")]);
    let stored = own_tracks(std::slice::from_ref(&clash));
    let library = library(&[clash]);
    let rotation: Vec<_> = library
        .tracks
        .iter()
        .filter(|t| t.id == "rotation")
        .collect();
    assert_eq!(rotation.len(), 1);
    assert!(
        !is_own_track(&stored, rotation[0]),
        "the shipped one stays the shipped one"
    );
    assert!(library.errors.last().unwrap().1.contains("FL0704"));
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
