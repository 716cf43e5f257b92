//! The tracks page's rules (`app::tracks`): steps open in order, play under
//! their own house rules, and count when finished.

use crate::common;

use frontline::app::game::{Model, Msg};
use frontline::app::library::Library;
use frontline::app::route::Route;
use frontline::app::tracks::{self, Msg as TrackMsg};
use frontline::engine::Lang;
use frontline::saved::progress::{best_key, Saved};

fn update(m: &mut Model, msg: Msg) {
    tracks::update(m, msg.into());
}

fn library(lang: Lang) -> Library {
    Library::shipped("lib", Ok(common::shipped_library()), lang)
}

fn ready(policy: &str, seed: u64) -> Model {
    let mut m = Model::new(
        Saved::default(),
        None,
        Route::Track("rotation".into()),
        seed,
    );
    update(&mut m, Msg::AddProfile("Sam".into()));
    update(&mut m, Msg::SetPolicy(policy.into()));
    update(&mut m, Msg::Loaded(library(Lang::En)));
    m
}

/// Plays the first answer that can be given until the contact is over.
fn play_through(m: &mut Model, id: &str) {
    common::play_through(m, id, |m, pick| update(m, Msg::Choose(id.into(), pick)));
}

/// The library with the shipped tracks on offer.
fn with_tracks(mut library: Library) -> Library {
    for name in ["onboarding", "rotation"] {
        let track = frontline::engine::wire::json::from_str(&common::shipped_track(name)).unwrap();
        library.tracks.push(std::rc::Rc::new(track));
    }
    library
}

#[test]
fn a_track_step_plays_under_its_own_house_rules_and_counts_when_finished() {
    let mut m = ready("target-driven", 21);
    update(&mut m, Msg::Loaded(with_tracks(library(Lang::En))));
    // Rotation's steps are under customer-first, whatever the profile says.
    tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 1));
    assert!(
        m.record_for("shoes-out-of-stock").is_none(),
        "step 2 is locked"
    );
    tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 0));
    let record = m.record_for("hurried-routine").unwrap();
    assert_eq!(record.policy, "customer-first");
    assert_eq!(
        m.policy().unwrap().id,
        "target-driven",
        "the profile keeps its own"
    );

    play_through(&mut m, "hurried-routine");
    let p = m.saved.profile().unwrap();
    let csat = p.best[&best_key("hurried-routine", "customer-first")];
    assert_eq!(
        p.tracks["rotation"].get("hurried-routine@customer-first"),
        Some(&(csat * 10))
    );
    assert!(p.step.is_none());

    // The next step is open now.
    tracks::update(&mut m, TrackMsg::StartStep("rotation".into(), 1));
    assert!(m.record_for("cancel-subscription").is_some());
}

#[test]
fn a_contact_played_outside_its_track_does_not_count_for_it() {
    let mut m = ready("customer-first", 22);
    update(&mut m, Msg::Loaded(with_tracks(library(Lang::En))));
    update(&mut m, Msg::Play("hurried-routine".into()));
    play_through(&mut m, "hurried-routine");
    assert!(m.saved.profile().unwrap().tracks.is_empty());
}

#[test]
fn the_game_skips_the_tracks_in_the_index_and_the_tracks_page_reads_their_steps() {
    let tracks: Vec<serde_json::Value> = ["onboarding", "rotation"]
        .iter()
        .map(|n| serde_json::from_str(&common::shipped_track(n)).unwrap())
        .collect();
    let index = serde_json::json!({ "scenarios": [], "tracks": tracks }).to_string();
    let game = Library::index("i", Ok(index.clone()), Lang::En);
    assert!(game.tracks.is_empty() && game.errors.is_empty());
    let page = Library::index_with_tracks("i", Ok(index), Lang::En);
    assert_eq!(page.tracks.len(), 2);
    assert_eq!(page.track("onboarding").unwrap().steps.len(), 7);
}
