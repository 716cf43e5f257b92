//! A trainer's own tracks as the browser keeps them (`saved::own_tracks`):
//! written and read back unchanged, damaged data set aside rather than
//! overwritten, and a track whose scenario is gone reported, not dropped.

use frontline::engine::check::diagnostic::{Code, Location};
use frontline::engine::check::track::Known;
use frontline::engine::wire::json;
use frontline::saved::own_scenarios::Added;
use frontline::saved::own_tracks::{decode, encode, OwnTracks, OWN_TRACKS_KEY};
use frontline::saved::progress::{set_aside_key_for, Loaded, SetAsideReason, STORAGE_KEY};

use crate::common;

const POLICIES: &[&str] = &["customer-first", "target-driven"];

fn known<'a>(scenarios: &'a [&'a str]) -> Known<'a> {
    Known {
        scenarios,
        policies: POLICIES,
        shipped_tracks: &["onboarding", "rotation"],
    }
}

fn kept(id: &str, steps: &[(&str, &str)]) -> OwnTracks {
    let mut own = OwnTracks::default();
    let track = json::from_str(&common::own_track(id, steps)).unwrap();
    assert_eq!(own.add(&track), Added::New);
    own
}

#[test]
fn own_tracks_are_kept_under_their_own_key_and_read_back_unchanged() {
    assert_ne!(OWN_TRACKS_KEY, STORAGE_KEY);
    assert!(OWN_TRACKS_KEY.starts_with("frontline.v1."));
    let own = kept("our-team", &[("hurried-routine", "customer-first")]);
    let text = encode(&own);
    assert_eq!(decode(Some(&text)), Loaded::Ok(own.clone()));
    assert_eq!(decode(None), Loaded::Fresh);
    let (playable, broken) = own.load(known(&["hurried-routine"]));
    assert_eq!(playable.len(), 1);
    assert_eq!(playable[0].title.nl, "Ons team");
    assert!(broken.is_empty());
}

#[test]
fn saving_a_track_with_the_same_id_replaces_it() {
    let mut own = kept("our-team", &[("a", "customer-first")]);
    let again = json::from_str(&common::own_track("our-team", &[("b", "customer-first")])).unwrap();
    assert_eq!(own.add(&again), Added::Replaced);
    assert_eq!(own.tracks.len(), 1);
    assert!(own.get("our-team").unwrap().json.contains("\"b\""));
    assert!(own.remove("our-team") && !own.remove("our-team"));
}

#[test]
fn unreadable_stored_tracks_are_set_aside_not_read_as_empty() {
    for (raw, why) in [
        ("{not json", SetAsideReason::NotJson),
        (
            r#"{"version": 9, "tracks": []}"#,
            SetAsideReason::UnknownVersion(9),
        ),
        (r#"{"version": 1, "tracks": 3}"#, SetAsideReason::WrongShape),
    ] {
        match decode(Some(raw)) {
            Loaded::SetAside {
                raw: kept,
                why: found,
            } => {
                assert_eq!(kept, raw, "the text is kept as it was");
                assert_eq!(found, why);
            }
            other => panic!("{raw}: {other:?}"),
        }
    }
    let taken = |k: &str| k == "frontline.v1.own-tracks.set-aside.1";
    assert_eq!(
        set_aside_key_for(OWN_TRACKS_KEY, taken),
        "frontline.v1.own-tracks.set-aside.2",
        "an earlier copy is not overwritten"
    );
}

#[test]
fn a_stored_track_whose_scenario_was_deleted_is_reported_and_kept() {
    let mut own = kept("ours", &[("my-call", "customer-first")]);
    let other = json::from_str(&common::own_track(
        "theirs",
        &[("lonely-caller", "customer-first")],
    ))
    .unwrap();
    own.add(&other);
    // One stored track a later engine wrote and this one cannot read.
    own.tracks.push(frontline::saved::own_tracks::OwnTrack {
        id: "future".into(),
        json: r#"{"format": 2}"#.into(),
    });
    let (playable, broken) = own.load(known(&["lonely-caller"]));
    assert_eq!(
        playable.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["theirs"]
    );
    assert_eq!(broken.len(), 2);
    let missing = &broken[0];
    assert_eq!(missing.id, "ours");
    assert_eq!(missing.why[0].code, Code::TrackMissingScenario);
    assert_eq!(missing.why[0].location, Location::Step { step: 1 });
    assert_eq!(broken[1].id, "future");
    assert_eq!(broken[1].why[0].code, Code::NotATrack);
    assert_eq!(own.tracks.len(), 3, "nothing is dropped");
}
