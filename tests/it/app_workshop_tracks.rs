//! The workshop's own tracks (`app::workshop_tracks`): a trainer builds a
//! track from shipped and own scenarios and saves it, imports and exports
//! track files, and sees at once when a track's scenario is deleted.

use crate::common;

use frontline::app::library::Library;
use frontline::app::track_editor::DraftMsg;
use frontline::app::workshop::{update, Msg, Workshop};
use frontline::app::workshop_tracks::{TrackMsg, TrackOutcome};
use frontline::engine::check::diagnostic::{Code, Location};
use frontline::engine::Lang;
use frontline::saved::own_scenarios::{Added, OwnScenarios};
use frontline::saved::own_tracks::{track_file, OwnTracks, OWN_TRACKS_KEY};

/// A workshop with the shipped library and tracks in, and the trainer's
/// own scenario `my-call` kept.
fn workshop() -> Workshop {
    let mut w = Workshop::new(Lang::En, OwnScenarios::default(), None, Vec::new())
        .with_tracks(OwnTracks::default(), None);
    update(
        &mut w,
        Msg::ShippedLoaded(Library::shipped(
            "lib",
            Ok(common::shipped_library()),
            Lang::En,
        )),
    );
    let ids = vec!["onboarding".to_string(), "rotation".to_string()];
    update(&mut w, Msg::Tracks(TrackMsg::ShippedTracks(ids)));
    let (result, own) = w.import("mine.json", &common::own_scenario("my-call"));
    update(&mut w, Msg::Imported(result, own.unwrap()));
    w
}

fn draft(w: &mut Workshop, msg: DraftMsg) {
    update(w, Msg::Tracks(TrackMsg::Draft(msg)));
}

/// Saves as the page does: store what is to be kept, then record it.
fn done(w: &mut Workshop, (outcome, own): (TrackOutcome, Option<OwnTracks>)) {
    let own = own.unwrap_or_else(|| w.tracks.own.clone());
    update(w, Msg::Tracks(TrackMsg::Done(outcome, own)));
}

fn two_step_draft(w: &mut Workshop) {
    draft(w, DraftMsg::Title(Lang::En, "Our team".into()));
    draft(w, DraftMsg::Title(Lang::Nl, "Ons team".into()));
    draft(w, DraftMsg::Description(Lang::En, "Two calls".into()));
    draft(w, DraftMsg::Description(Lang::Nl, "Twee gesprekken".into()));
    for (scenario, policy) in [
        ("hurried-routine", "target-driven"),
        ("my-call", "customer-first"),
    ] {
        let (scenario, policy) = (scenario.into(), policy.into());
        draft(w, DraftMsg::AddContact { scenario, policy });
    }
    draft(w, DraftMsg::MasteryAverage(Some(30)));
}

#[test]
fn a_track_from_shipped_and_own_scenarios_is_saved_and_the_editor_starts_afresh() {
    let mut w = workshop();
    two_step_draft(&mut w);
    let saved = w.save_track();
    assert!(
        matches!(&saved.0, TrackOutcome::Kept { added: Added::New, file: None, warnings, .. } if warnings.is_empty())
    );
    done(&mut w, saved);
    assert_eq!(w.tracks.outcomes, 1);
    assert_eq!(w.tracks.own.tracks.len(), 1);
    let track = &w.tracks.playable[0];
    assert_eq!(track.id, "our-team");
    assert_eq!(track.steps[1].key(), "my-call@customer-first");
    assert_eq!(track.mastery.min_average_csat_tenths, Some(30));
    assert!(w.tracks.draft.steps.is_empty(), "the editor starts afresh");

    // Edited and saved again: the same id, replaced.
    update(&mut w, Msg::Tracks(TrackMsg::Edit("our-team".into())));
    assert_eq!(w.tracks.draft.steps.len(), 2);
    draft(&mut w, DraftMsg::Title(Lang::En, "Our whole team".into()));
    draft(&mut w, DraftMsg::MoveUp(1));
    let again = w.save_track();
    assert!(matches!(
        again.0,
        TrackOutcome::Kept {
            added: Added::Replaced,
            ..
        }
    ));
    done(&mut w, again);
    assert_eq!(w.tracks.own.tracks.len(), 1);
    assert_eq!(
        w.tracks.playable[0].steps[0].key(),
        "my-call@customer-first"
    );
}

#[test]
fn a_track_with_errors_is_not_kept_and_says_why() {
    let mut w = workshop();
    draft(&mut w, DraftMsg::Title(Lang::En, "Nothing yet".into()));
    let (outcome, own) = w.save_track();
    assert!(own.is_none(), "nothing to store");
    let TrackOutcome::Problems {
        file: None,
        problems,
    } = outcome
    else {
        panic!("{outcome:?}");
    };
    let codes: Vec<Code> = problems.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::TrackNoSteps), "{codes:?}");
    assert!(
        codes.contains(&Code::TrackMissingText),
        "the description: {codes:?}"
    );
    assert!(
        codes.contains(&Code::TrackUntranslated),
        "the Dutch title: {codes:?}"
    );
}

#[test]
fn a_track_file_is_exported_and_imported_back_unchanged() {
    let mut w = workshop();
    two_step_draft(&mut w);
    let saved = w.save_track();
    done(&mut w, saved);
    let exported = w.tracks.own.get("our-team").unwrap().json.clone();
    assert_eq!(exported, track_file(&w.tracks.playable[0]));

    let mut elsewhere = workshop();
    let imported = elsewhere.import_track("our-team.track.json", &exported);
    assert!(
        matches!(&imported.0, TrackOutcome::Kept { file: Some(f), .. } if f == "our-team.track.json")
    );
    done(&mut elsewhere, imported);
    assert_eq!(elsewhere.tracks.playable[0], w.tracks.playable[0]);
}

#[test]
fn an_imported_track_naming_a_scenario_not_here_is_reported_not_kept() {
    let mut w = workshop();
    let text = common::own_track("theirs", &[("their-own-call", "customer-first")]);
    let (outcome, own) = w.import_track("theirs.json", &text);
    assert!(own.is_none());
    let TrackOutcome::Problems {
        file: Some(_),
        problems,
    } = &outcome
    else {
        panic!("{outcome:?}");
    };
    assert_eq!(problems[0].code, Code::TrackMissingScenario);
    assert_eq!(problems[0].location, Location::Step { step: 1 });
    done(&mut w, (outcome, own));
    assert!(w.tracks.own.tracks.is_empty());

    let (bad, _) = w.import_track("bad.json", "{ nope");
    assert!(
        matches!(bad, TrackOutcome::Problems { problems, .. } if problems[0].code == Code::NotATrack)
    );
}

#[test]
fn deleting_a_scenario_a_track_uses_reports_the_track_at_once() {
    let mut w = workshop();
    two_step_draft(&mut w);
    let saved = w.save_track();
    done(&mut w, saved);
    assert_eq!(w.tracks.playable.len(), 1);
    let mut own = w.own.clone();
    own.remove("my-call");
    update(&mut w, Msg::Deleted("my-call".into(), own));
    assert!(w.tracks.playable.is_empty());
    let broken = &w.tracks.broken[0];
    assert_eq!(broken.id, "our-team");
    assert_eq!(broken.why[0].code, Code::TrackMissingScenario);
    assert_eq!(broken.why[0].location, Location::Step { step: 2 });
    assert_eq!(w.tracks.own.tracks.len(), 1, "kept, to fix or export");
}

#[test]
fn a_track_is_deleted_and_damaged_stored_tracks_block_saving_until_set_aside() {
    let mut w = workshop();
    two_step_draft(&mut w);
    let saved = w.save_track();
    done(&mut w, saved);
    let own = w.without_track("our-team");
    done(
        &mut w,
        (TrackOutcome::Deleted("our-team".into()), Some(own)),
    );
    assert!(w.tracks.own.tracks.is_empty() && w.tracks.playable.is_empty());

    let stuck = Workshop::new(Lang::En, OwnScenarios::default(), None, Vec::new())
        .with_tracks(OwnTracks::default(), Some(OWN_TRACKS_KEY.into()));
    assert!(
        !stuck.tracks.may_save(),
        "the damaged document is still under its key"
    );
    let copied = Workshop::new(Lang::En, OwnScenarios::default(), None, Vec::new()).with_tracks(
        OwnTracks::default(),
        Some(format!("{OWN_TRACKS_KEY}.set-aside.1")),
    );
    assert!(copied.tracks.may_save());
}
