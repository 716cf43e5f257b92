//! The workshop's rules (`app::workshop`): importing, keeping, deleting and
//! mapping a trainer's scenarios, run natively.

use crate::common;

use frontline::app::library::Library;
use frontline::app::workshop::{update, ImportOutcome, MapSource, Msg, ReadFailure, Workshop};
use frontline::engine::Lang;
use frontline::saved::own_scenarios::{Added, OwnScenarios, OWN_KEY};

fn shipped() -> Library {
    Library::shipped("lib", Ok(common::shipped_library()), Lang::En)
}

fn workshop() -> Workshop {
    let mut w = Workshop::new(Lang::En, OwnScenarios::default(), None, Vec::new());
    update(&mut w, Msg::ShippedLoaded(shipped()));
    w
}

/// A shipped scenario under another id: a trainer's own, playable.
fn own_text(id: &str) -> String {
    let (_, text) = &common::shipped_scenarios()[0];
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["id"] = id.into();
    v.to_string()
}

/// Imports as the page does: store what is to be kept, then record it.
fn import(w: &mut Workshop, file: &str, text: &str) {
    let (result, own) = w.import(file, text);
    let own = own.unwrap_or_else(|| w.own.clone());
    update(w, Msg::Imported(result, own));
}

#[test]
fn a_playable_file_is_kept_mapped_and_counted() {
    let mut w = workshop();
    import(&mut w, "mine.json", &own_text("my-call"));
    let result = w.last_import.as_ref().unwrap();
    assert_eq!(result.outcome, ImportOutcome::Kept(Added::New));
    assert!(result.problems.is_empty());
    assert_eq!(w.map, MapSource::LastImport);
    assert_eq!(w.imports, 1);
    assert_eq!(w.own_playable.len(), 1);
    assert!(w.find("my-call").is_some());

    import(&mut w, "mine-again.json", &own_text("my-call"));
    let again = w.last_import.as_ref().unwrap();
    assert_eq!(again.outcome, ImportOutcome::Kept(Added::Replaced));
    assert_eq!(w.own_playable.len(), 1, "same id replaces, not duplicates");
    assert_eq!(w.imports, 2);
}

#[test]
fn a_file_with_problems_is_reported_and_not_kept() {
    let mut w = workshop();
    let mut broken: serde_json::Value = serde_json::from_str(&own_text("broken")).unwrap();
    broken["start"] = "nowhere".into();
    import(&mut w, "broken.json", &broken.to_string());
    let result = w.last_import.as_ref().unwrap();
    assert_eq!(result.outcome, ImportOutcome::Problems);
    assert!(!result.problems.is_empty());
    assert!(w.own.scenarios.is_empty());
}

#[test]
fn an_own_scenario_may_not_take_a_shipped_id() {
    let mut w = workshop();
    let (_, text) = &common::shipped_scenarios()[0];
    import(&mut w, "copy.json", text);
    let result = w.last_import.as_ref().unwrap();
    assert_eq!(result.outcome, ImportOutcome::Problems);
    assert!(w.own.scenarios.is_empty());
}

#[test]
fn an_unreadable_file_says_why_and_keeps_the_map() {
    let mut w = workshop();
    update(
        &mut w,
        Msg::ShowMap(MapSource::Scenario("lonely-caller".into())),
    );
    let result =
        frontline::app::workshop::ImportResult::unreadable("big.json".into(), ReadFailure::TooBig);
    let own = w.own.clone();
    update(&mut w, Msg::Imported(result, own));
    assert_eq!(
        w.last_import.as_ref().unwrap().outcome,
        ImportOutcome::Unreadable(ReadFailure::TooBig)
    );
    assert_eq!(w.map, MapSource::Scenario("lonely-caller".into()));
}

#[test]
fn deleting_the_scenario_on_the_map_clears_the_map() {
    let mut w = workshop();
    import(&mut w, "mine.json", &own_text("my-call"));
    update(&mut w, Msg::ShowMap(MapSource::Scenario("my-call".into())));
    let mut own = w.own.clone();
    own.scenarios.retain(|s| s.id != "my-call");
    update(&mut w, Msg::Deleted("my-call".into(), own));
    assert_eq!(w.map, MapSource::Nothing);
    assert_eq!(w.deleted.as_deref(), Some("my-call"));
    assert_eq!(w.deletions, 1);
    assert!(w.own_playable.is_empty());
}

#[test]
fn damaged_scenarios_that_could_not_be_set_aside_are_never_saved_over() {
    let mut w = Workshop::new(
        Lang::En,
        OwnScenarios::default(),
        Some(OWN_KEY.into()),
        Vec::new(),
    );
    assert!(!w.may_save());
    update(&mut w, Msg::DismissSetAside);
    assert_eq!(w.set_aside.as_deref(), Some(OWN_KEY), "the notice stays");

    let mut w = Workshop::new(
        Lang::En,
        OwnScenarios::default(),
        Some(format!("{OWN_KEY}.set-aside.1")),
        Vec::new(),
    );
    assert!(w.may_save());
    update(&mut w, Msg::DismissSetAside);
    assert_eq!(w.set_aside, None);
}

#[test]
fn the_shipped_scenarios_of_a_language_switched_away_from_are_ignored() {
    let mut w = workshop();
    update(&mut w, Msg::SetLang(Lang::Nl));
    let held = w.shipped.clone();
    update(&mut w, Msg::ShippedLoaded(shipped()));
    assert!(std::rc::Rc::ptr_eq(&w.shipped, &held));
}

#[test]
fn the_workshop_shows_balance_warnings_and_still_keeps_the_scenario() {
    use frontline::engine::check::diagnostic::Code;
    let mut w = workshop();
    // A shipped complaint whose scripted answers carry their own penalty on
    // top of the engine's script penalty.
    let (_, text) = &common::shipped_scenarios()[0];
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(v["kind"], "complaint");
    v["id"] = "flat-call".into();
    for node in v["nodes"].as_array_mut().unwrap() {
        if let Some(choices) = node.get_mut("choices").and_then(|c| c.as_array_mut()) {
            for c in choices.iter_mut().filter(|c| c["style"] == "scripted") {
                c["effects"] = serde_json::json!({ "mood": -5 });
            }
        }
    }
    import(&mut w, "flat.json", &v.to_string());
    let result = w.last_import.as_ref().unwrap();
    assert_eq!(result.outcome, ImportOutcome::Kept(Added::New));
    assert!(
        result
            .problems
            .iter()
            .any(|d| d.code.id().starts_with("FL06")),
        "{:?}",
        result
            .problems
            .iter()
            .map(|d| d.code)
            .collect::<Vec<Code>>()
    );
    assert!(result.problems.iter().all(|d| !d.is_error()));
}

/// A scenario file whose lines before a choice have one wording is kept,
/// and the trainer told where a replay will read the same (FL0310), as
/// `frontline lint` tells it; a Twine story, which has no way to write
/// other wordings, is not.
#[test]
fn a_line_written_one_way_is_a_warning_for_a_scenario_file_not_a_twine_story() {
    use frontline::engine::check::diagnostic::Code;
    let mut w = workshop();
    let mut v: serde_json::Value = serde_json::from_str(&own_text("one-way")).unwrap();
    let start = v["start"].as_str().unwrap().to_string();
    for node in v["nodes"].as_array_mut().unwrap() {
        if node["id"] == start.as_str() {
            node.as_object_mut().unwrap().remove("wordings");
        }
    }
    import(&mut w, "one-way.json", &v.to_string());
    let result = w.last_import.as_ref().unwrap();
    assert_eq!(result.outcome, ImportOutcome::Kept(Added::New));
    let replay: Vec<_> = result
        .problems
        .iter()
        .filter(|p| p.code == Code::OneWording)
        .collect();
    assert_eq!(replay.len(), 1, "{:?}", result.problems);
    assert_eq!(replay[0].node(), Some(start.as_str()));

    let story = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stories/harlowe-broadband.twee"
    ))
    .unwrap();
    import(&mut w, "broadband.twee", &story);
    let result = w.last_import.as_ref().unwrap();
    assert!(matches!(result.outcome, ImportOutcome::Kept(_)));
    assert!(result.problems.iter().all(|p| p.code != Code::OneWording));
}

/// A Twine library archive holding several stories: the first is imported,
/// and the file is kept so the trainer can take another of its stories
/// instead, as `frontline import --story` does.
#[test]
fn another_story_of_a_twine_archive_can_be_imported_without_picking_the_file_again() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stories/library-archive.html"
    ))
    .unwrap();
    let mut w = workshop();
    import(&mut w, "library.html", &text);
    let first = w.last_import.clone().unwrap();
    let archive = first.archive.clone().expect("an archive");
    assert!(archive.stories.len() > 1, "{:?}", archive.stories);
    assert_eq!(archive.picked, archive.stories[0]);
    let other = archive.stories[1].clone();

    let (result, own) = w.import_story("library.html", &archive.text, Some(&other));
    assert_eq!(result.archive.as_ref().unwrap().picked, other);
    assert!(
        matches!(result.outcome, ImportOutcome::Kept(_)),
        "{:#?}",
        result.problems
    );
    let title = result
        .scenario
        .as_ref()
        .unwrap()
        .title
        .get(Lang::Nl)
        .to_string();
    assert_eq!(title, other, "the story asked for, by its name");
    update(&mut w, Msg::Imported(result, own.unwrap()));
    assert_eq!(w.own_playable.len(), 2, "both stories are kept");

    // A file that is not an archive has nothing to pick from.
    import(&mut w, "mine.json", &own_text("my-call"));
    assert!(w.last_import.as_ref().unwrap().archive.is_none());
}
