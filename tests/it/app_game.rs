//! The game page's rules (`app::game`, `app::library`, `app::route`): what
//! each message does to the model, run natively without a browser.

use crate::common;

use frontline::app::game::{update, Model, Msg};
use frontline::app::library::Library;
use frontline::app::route::Route;
use frontline::app::seeds::Seeds;
use frontline::engine::check::catalogue;
use frontline::engine::check::diagnostic::{summary, summary_in};
use frontline::engine::Lang;
use frontline::saved::own_scenarios::OwnScenarios;
use frontline::saved::progress::{best_key, Saved};

fn library(lang: Lang) -> Library {
    let url = format!("scenarios/library.{}.json", lang.code());
    Library::shipped(&url, Ok(common::shipped_library()), lang)
}

/// Plays the first answer that can be given until the contact is over.
fn play_through(m: &mut Model, id: &str) {
    common::play_through(m, id, |m, pick| update(m, Msg::Choose(id.into(), pick)));
}

/// A model with a profile named Sam working under `policy`, library loaded.
fn ready(policy: &str, seed: u64) -> Model {
    let mut m = Model::new(Saved::default(), None, Route::Start, seed);
    update(&mut m, Msg::AddProfile("Sam".into()));
    update(&mut m, Msg::SetPolicy(policy.into()));
    update(&mut m, Msg::Loaded(library(Lang::En)));
    m
}

#[test]
fn routes_read_back_from_their_hash() {
    for route in [
        Route::Start,
        Route::Scenarios,
        Route::Play("lonely-caller".into()),
        Route::Debrief("lonely-caller".into()),
        Route::Scores,
    ] {
        assert_eq!(Route::parse(&route.hash()), route);
    }
    for route in [
        Route::Track("onboarding".into()),
        Route::Play("lonely-caller".into()),
        Route::Debrief("lonely-caller".into()),
    ] {
        assert_eq!(Route::parse_tracks(&route.hash()), route);
    }
    for route in [Route::ShiftStatus, Route::ShiftContact] {
        assert_eq!(Route::parse_shift(&route.hash()), route);
    }
    assert_eq!(Route::parse(""), Route::Start);
    assert_eq!(Route::parse("#/play/"), Route::Start);
    assert_eq!(Route::parse("#/nowhere"), Route::Start);
}

#[test]
fn seeds_replay_from_the_first_and_stay_below_two_to_the_32() {
    let (mut a, mut b) = (Seeds::new(7), Seeds::new(7));
    let drawn: Vec<u64> = (0..100).map(|_| a.draw()).collect();
    assert_eq!(drawn, (0..100).map(|_| b.draw()).collect::<Vec<_>>());
    assert!(drawn.iter().all(|&s| s < 1 << 32));
    let mut distinct = drawn.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), drawn.len(), "consecutive seeds differ");
    assert_ne!(Seeds::new(8).draw(), drawn[0]);
}

#[test]
fn the_customers_voice_is_off_until_chosen_kept_in_the_settings_and_quiet_when_switched_off_or_left(
) {
    use frontline::engine::play::voice::Heard;
    use frontline::saved::progress::{decode, encode, Loaded};
    let mut m = ready("customer-first", 3);
    assert!(!m.saved.settings.voice, "off until chosen");
    let before = encode(&m.saved);
    assert!(
        !before.contains("voice"),
        "settings without it are written as before: {before}"
    );
    update(&mut m, Msg::SetVoice(true));
    update(&mut m, Msg::Heard(Heard::Speaking));
    assert_eq!(m.heard, Heard::Speaking);
    let Loaded::Ok(kept) = decode(Some(&encode(&m.saved))) else {
        panic!("the progress reads back")
    };
    assert!(kept.settings.voice, "the choice is kept");
    update(&mut m, Msg::SetVoice(false));
    assert_eq!(m.heard, Heard::Quiet, "switching off stops it");
    update(&mut m, Msg::SetVoice(true));
    update(&mut m, Msg::Heard(Heard::NoVoice));
    update(&mut m, Msg::Routed(Route::Scenarios));
    assert_eq!(
        m.heard,
        Heard::Quiet,
        "leaving the contact forgets what the voice did"
    );
}

#[test]
fn every_message_makes_a_new_revision() {
    let mut m = Model::new(Saved::default(), None, Route::Start, 1);
    let before = m.clone();
    update(&mut m, Msg::SetTyping(true));
    assert_ne!(m, before);
    assert!(m.saved.settings.typing);
    update(&mut m, Msg::SetLang(Lang::Nl));
    assert_eq!(m.lang(), Lang::Nl);
    assert_eq!(m.revision, 2);
}

#[test]
fn play_starts_a_contact_under_the_profiles_house_rules_with_a_seed_from_the_model() {
    let mut m = ready("target-driven", 42);
    let mut seeds = m.seeds.clone();
    update(&mut m, Msg::Play("hurried-routine".into()));
    let record = m.record_for("hurried-routine").unwrap().clone();
    assert_eq!(record.policy, "target-driven");
    assert_eq!(record.setup.seed, Some(seeds.draw()));
    assert!(record.choices.is_empty());

    // Opening it again resumes it as it was, even under other house rules.
    update(&mut m, Msg::Choose("hurried-routine".into(), 0));
    let played = m.record_for("hurried-routine").unwrap().clone();
    update(&mut m, Msg::SetPolicy("customer-first".into()));
    update(&mut m, Msg::Play("hurried-routine".into()));
    assert_eq!(m.record_for("hurried-routine"), Some(&played));

    // Playing again starts afresh, under the house rules chosen now.
    update(&mut m, Msg::PlayAgain("hurried-routine".into()));
    let fresh = m.record_for("hurried-routine").unwrap();
    assert_eq!(fresh.policy, "customer-first");
    assert!(fresh.choices.is_empty());
    assert_eq!(fresh.setup.seed, Some(seeds.draw()));
}

#[test]
fn no_contact_starts_without_house_rules() {
    let mut m = Model::new(Saved::default(), None, Route::Start, 1);
    update(&mut m, Msg::AddProfile("Sam".into()));
    update(&mut m, Msg::Loaded(library(Lang::En)));
    update(&mut m, Msg::Play("hurried-routine".into()));
    assert!(m.record_for("hurried-routine").is_none());
}

#[test]
fn a_finished_contact_is_recorded_with_its_best_result() {
    let mut m = ready("customer-first", 3);
    update(&mut m, Msg::Play("double-charged".into()));
    play_through(&mut m, "double-charged");
    let p = m.saved.profile().unwrap();
    assert!(!p.unfinished.contains_key("double-charged"));
    assert_eq!(p.last.as_ref().unwrap().scenario, "double-charged");
    let best = p.best.get(&best_key("double-charged", "customer-first"));
    assert!(best.is_some_and(|&csat| (1..=5).contains(&csat)));
    // The finished contact stays on the play screen, so its ending can be read.
    assert!(m.record_for("double-charged").is_some());
}

#[test]
fn an_answer_for_no_running_contact_changes_nothing_but_the_revision() {
    let mut m = ready("customer-first", 3);
    let saved = m.saved.clone();
    update(&mut m, Msg::Choose("double-charged".into(), 0));
    update(&mut m, Msg::Choose("no-such-scenario".into(), 0));
    assert_eq!(m.saved, saved);
}

#[test]
fn a_link_to_a_contact_starts_it_once_the_library_is_in() {
    let mut m = Model::new(Saved::default(), None, Route::Start, 5);
    update(&mut m, Msg::AddProfile("Sam".into()));
    update(&mut m, Msg::SetPolicy("customer-first".into()));
    update(&mut m, Msg::Routed(Route::Play("lonely-caller".into())));
    assert!(
        m.record_for("lonely-caller").is_none(),
        "nothing to start yet"
    );
    update(&mut m, Msg::Loaded(library(Lang::En)));
    assert_eq!(m.route, Route::Play("lonely-caller".into()));
    assert!(m.record_for("lonely-caller").is_some());
}

#[test]
fn a_link_to_a_contact_without_house_rules_goes_to_the_start_screen() {
    let mut m = Model::new(
        Saved::default(),
        None,
        Route::Play("lonely-caller".into()),
        5,
    );
    update(&mut m, Msg::Loaded(library(Lang::En)));
    assert_eq!(m.route, Route::Start);
    assert!(m.record_for("lonely-caller").is_none());
}

#[test]
fn a_link_to_an_unknown_scenario_stays_put_and_starts_nothing() {
    let mut m = ready("customer-first", 5);
    update(&mut m, Msg::Routed(Route::Play("no-such-scenario".into())));
    assert_eq!(m.route, Route::Play("no-such-scenario".into()));
    assert!(m.saved.profile().unwrap().unfinished.is_empty());
}

#[test]
fn the_same_seed_and_messages_give_the_same_session() {
    let run = || {
        let mut m = ready("target-driven", 11);
        update(&mut m, Msg::Play("lonely-caller".into()));
        play_through(&mut m, "lonely-caller");
        update(&mut m, Msg::PlayAgain("lonely-caller".into()));
        m.saved
    };
    assert_eq!(run(), run());
}

#[test]
fn a_library_for_a_language_switched_away_from_is_ignored() {
    let mut m = ready("customer-first", 1);
    update(&mut m, Msg::SetLang(Lang::Nl));
    let held = m.library.clone();
    update(&mut m, Msg::Loaded(library(Lang::En)));
    assert!(
        std::rc::Rc::ptr_eq(&m.library, &held),
        "stale library ignored"
    );
    update(&mut m, Msg::Loaded(library(Lang::Nl)));
    assert_eq!(m.library.lang, Some(Lang::Nl));
}

#[test]
fn a_library_that_cannot_be_fetched_keeps_the_scenarios_held_and_says_why() {
    let mut m = ready("customer-first", 1);
    let held = m.library.scenarios.len();
    assert!(held >= 9);
    update(&mut m, Msg::SetLang(Lang::Nl));
    let failed = Library::shipped(
        "scenarios/library.nl.json",
        Err("HTTP 404".into()),
        Lang::Nl,
    );
    assert!(failed.shipped_failed);
    update(&mut m, Msg::Loaded(failed));
    assert_eq!(m.library.scenarios.len(), held);
    assert_eq!(
        m.library.errors,
        vec![(
            "scenarios/library.nl.json".to_string(),
            "HTTP 404".to_string()
        )]
    );
}

#[test]
fn a_damaged_library_file_is_named_and_a_broken_entry_does_not_stop_the_rest() {
    let broken = Library::shipped("lib.json", Ok("[{\"file\": 1".into()), Lang::En);
    assert!(broken.shipped_failed && broken.loaded);
    assert_eq!(broken.errors[0].0, "lib.json");

    let one_bad = format!(
        "[{{\"file\": \"bad.json\", \"scenario\": {{\"id\": \"x\"}}}}, {}",
        &common::shipped_library()[1..]
    );
    let lib = Library::shipped("lib.json", Ok(one_bad), Lang::En);
    assert!(!lib.shipped_failed);
    assert!(lib.errors.is_empty());
    assert_eq!(lib.problems.len(), 1);
    assert_eq!(lib.problems[0].0, "bad.json");
    assert_eq!(lib.scenarios.len(), common::shipped_scenarios().len());
}

#[test]
fn own_scenarios_join_the_library_unless_unreadable_or_clashing() {
    let unreadable = library(Lang::En).with_own(None);
    assert!(unreadable.own_unreadable);

    let (_, text) = &common::shipped_scenarios()[0];
    let mut shipped_id: serde_json::Value = serde_json::from_str(text).unwrap();
    let clash_id = shipped_id["id"].as_str().unwrap().to_string();
    let mut own = OwnScenarios::default();
    own.add(
        &frontline::engine::check::load::parse_scenario(text).unwrap(),
        "clash.json",
    );
    shipped_id["id"] = "my-own".into();
    own.add(
        &frontline::engine::check::load::parse_scenario(&shipped_id.to_string()).unwrap(),
        "mine.json",
    );
    let lib = library(Lang::En).with_own(Some(own));
    assert!(lib.is_own("my-own") && lib.find("my-own").is_some());
    assert!(!lib.is_own(&clash_id));
    assert!(lib.problems.iter().any(|(file, _)| file == "clash.json"));
}

/// A scenario file's problems are kept as diagnostics and worded when shown,
/// in words fetched then (the game carries no catalogue): asked for once per
/// language and only when there is a problem; a failed fetch leaves the
/// codes.
#[test]
fn the_wording_of_problems_is_fetched_only_when_there_is_one_to_show() {
    let mut m = ready_with_index("customer-first");
    assert_eq!(m.words_wanted(), None, "no problem, nothing to fetch");
    let broken = r#"{"format": 1, "id": "double-charged", "nodes": []}"#;
    update(
        &mut m,
        Msg::ScenarioArrived {
            id: "double-charged".into(),
            lang: Lang::En,
            url: "scenarios/double-charged.en.json".into(),
            fetched: Ok(broken.into()),
        },
    );
    assert!(m.library.errors.is_empty());
    update(&mut m, Msg::Routed(Route::Scenarios));
    let (file, problems) = m.library.problems[0].clone();
    assert_eq!(file, "scenarios/double-charged.en.json");
    assert_eq!(m.words_wanted(), Some(Lang::En));
    update(
        &mut m,
        Msg::Words(Lang::En, Some(catalogue::Fetched::of(Lang::En).0)),
    );
    assert_eq!(m.words_wanted(), None, "fetched once");
    let (lang, words) = m.words.as_ref().unwrap();
    assert_eq!(*lang, Lang::En);
    let shown = summary_in(&problems, 3, Lang::En, words);
    assert_eq!(shown, summary(&problems, 3, Lang::En));
    assert!(
        shown.contains("cannot be read as a scenario") && shown.ends_with("(FL0103)"),
        "{shown}"
    );

    // Another language needs its own words; a failed fetch is not repeated
    // and leaves the codes.
    update(&mut m, Msg::SetLang(Lang::Nl));
    assert_eq!(m.words_wanted(), Some(Lang::Nl));
    update(&mut m, Msg::Words(Lang::Nl, None));
    assert_eq!(m.words_wanted(), None);
    let (_, words) = m.words.as_ref().unwrap();
    let (_, problems) = &m.library.problems[0];
    assert!(summary_in(problems, 3, Lang::Nl, words).ends_with(": FL0103"));
}

/// `scenarios/index.<lang>.json` as the post-build hook writes it (both
/// languages kept: the game reads the one it asked for).
fn index_text() -> String {
    let listed: Vec<serde_json::Value> = common::shipped_scenarios()
        .iter()
        .map(|(_, text)| {
            let s: serde_json::Value = serde_json::from_str(text).unwrap();
            let keep = [
                "id",
                "title",
                "summary",
                "channel",
                "kind",
                "difficulty",
                "objective",
                "minutes",
            ];
            keep.iter()
                .map(|k| (k.to_string(), s[*k].clone()))
                .collect()
        })
        .collect();
    let tracks: Vec<serde_json::Value> = ["onboarding", "rotation"]
        .iter()
        .map(|n| serde_json::from_str(&common::shipped_track(n)).unwrap())
        .collect();
    serde_json::json!({ "scenarios": listed, "tracks": tracks }).to_string()
}

fn scenario_text(id: &str) -> String {
    common::shipped_scenarios()
        .into_iter()
        .find(|(path, _)| path.ends_with(&format!("/{id}.json")))
        .unwrap()
        .1
}

/// Delivers what the shell would fetch for the model, as it asks for it.
fn deliver(m: &mut Model, ok: bool) {
    if let Some((id, lang)) = m.wanted() {
        let url = format!("scenarios/{id}.{}.json", lang.code());
        let fetched = if ok {
            Ok(scenario_text(&id))
        } else {
            Err("HTTP 404".to_string())
        };
        update(
            m,
            Msg::ScenarioArrived {
                id,
                lang,
                url,
                fetched,
            },
        );
    }
}

fn ready_with_index(policy: &str) -> Model {
    let mut m = Model::new(Saved::default(), None, Route::Start, 4);
    update(&mut m, Msg::AddProfile("Sam".into()));
    update(&mut m, Msg::SetPolicy(policy.into()));
    let index = Library::index("scenarios/index.en.json", Ok(index_text()), Lang::En);
    update(&mut m, Msg::Loaded(index));
    m
}

#[test]
fn the_index_lists_every_scenario_without_fetching_one() {
    let m = ready_with_index("customer-first");
    assert_eq!(m.library.listed.len(), common::shipped_scenarios().len());
    assert!(m.library.scenarios.is_empty());
    assert_eq!(m.wanted(), None, "nothing is opened yet");
}

#[test]
fn a_scenario_is_fetched_when_opened_and_then_played() {
    let mut m = ready_with_index("customer-first");
    update(&mut m, Msg::Play("lonely-caller".into()));
    update(&mut m, Msg::Routed(Route::Play("lonely-caller".into())));
    assert_eq!(m.wanted(), Some(("lonely-caller".to_string(), Lang::En)));
    deliver(&mut m, true);
    assert_eq!(m.wanted(), None);
    assert!(m.scenario("lonely-caller").is_some());
    play_through(&mut m, "lonely-caller");
    assert!(m.saved.profile().unwrap().played.contains("lonely-caller"));
}

#[test]
fn a_deep_link_starts_the_contact_once_its_file_is_in() {
    let mut m = ready_with_index("customer-first");
    update(&mut m, Msg::Routed(Route::Play("double-charged".into())));
    assert!(m.record_for("double-charged").is_none());
    deliver(&mut m, true);
    assert!(m.record_for("double-charged").is_some());
}

#[test]
fn a_scenario_that_cannot_be_fetched_is_named_and_not_asked_for_again() {
    let mut m = ready_with_index("customer-first");
    update(&mut m, Msg::Routed(Route::Play("double-charged".into())));
    deliver(&mut m, false);
    assert_eq!(
        m.library.errors,
        vec![(
            "scenarios/double-charged.en.json".to_string(),
            "HTTP 404".to_string()
        )]
    );
    assert_eq!(m.wanted(), None);
    assert!(m.record_for("double-charged").is_none());
}

#[test]
fn a_language_switch_mid_contact_keeps_the_contact_and_fetches_the_other_file() {
    let mut m = ready_with_index("customer-first");
    update(&mut m, Msg::Routed(Route::Play("lonely-caller".into())));
    deliver(&mut m, true);
    update(&mut m, Msg::Choose("lonely-caller".into(), 0));
    let record = m.record_for("lonely-caller").unwrap().clone();

    update(&mut m, Msg::SetLang(Lang::Nl));
    let index = Library::index("scenarios/index.nl.json", Ok(index_text()), Lang::Nl);
    update(&mut m, Msg::Loaded(index));
    assert!(
        m.scenario("lonely-caller").is_some(),
        "the texts stay at hand meanwhile"
    );
    assert_eq!(m.wanted(), Some(("lonely-caller".to_string(), Lang::Nl)));
    deliver(&mut m, true);
    assert_eq!(m.wanted(), None);
    assert_eq!(
        m.record_for("lonely-caller"),
        Some(&record),
        "the same contact"
    );
}

#[test]
fn an_index_that_cannot_be_fetched_keeps_the_list() {
    let mut m = ready_with_index("customer-first");
    update(&mut m, Msg::SetLang(Lang::Nl));
    let failed = Library::index("scenarios/index.nl.json", Err("offline".into()), Lang::Nl);
    update(&mut m, Msg::Loaded(failed));
    assert_eq!(m.library.listed.len(), common::shipped_scenarios().len());
    assert_eq!(m.library.errors[0].0, "scenarios/index.nl.json");
}

/// The words file as the build ships it: the catalogue's wording, then the
/// words of the screens after the start (`tests/it/diagnostics.rs`).
fn words_file(lang: Lang) -> String {
    let mut text = catalogue::Fetched::of(lang).0;
    for line in frontline::i18n::play(lang).lines() {
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[test]
fn the_rules_names_are_fetched_for_a_debrief_once_per_language() {
    use frontline::engine::play::agent::StressReason;
    let mut m = ready_with_index("customer-first");
    update(&mut m, Msg::Routed(Route::Debrief("double-charged".into())));
    assert_eq!(m.words_wanted(), Some(Lang::En), "the debrief names them");
    assert!(m.words().is_none());
    update(&mut m, Msg::Words(Lang::En, Some(words_file(Lang::En))));
    assert_eq!(m.words_wanted(), None, "fetched once");
    assert_eq!(
        m.words()
            .and_then(|w| w.stress(StressReason::WorkingUnderAlias)),
        Some("working under a name that is not your own")
    );
    update(&mut m, Msg::SetLang(Lang::Nl));
    assert_eq!(m.words_wanted(), Some(Lang::Nl));
    assert!(
        m.words().is_none(),
        "the English names are not shown in Dutch"
    );
}

/// The words of a contact and its debrief are not in the game: they are
/// fetched when one of those screens is shown, once per language. After a
/// switch the screen keeps the words it had until the new ones arrive; a
/// failed fetch is not repeated, and the screens then say so
/// (`ui::game::contact::said`).
#[test]
fn the_words_of_the_screens_after_the_start_are_fetched_when_one_shows() {
    use frontline::i18n::{play, Said};
    let mut m = ready_with_index("customer-first");
    assert_eq!(
        m.words_wanted(),
        None,
        "the start and the list carry their own"
    );
    assert_eq!(m.screen_words(), None);
    update(&mut m, Msg::Routed(Route::Play("double-charged".into())));
    assert_eq!(m.words_wanted(), Some(Lang::En), "a contact shows them");
    assert_eq!(m.screen_words(), None, "on their way: the screen waits");
    update(&mut m, Msg::Words(Lang::En, Some(words_file(Lang::En))));
    assert_eq!(m.words_wanted(), None, "fetched once");
    let said = Said::new(m.screen_words().unwrap()).unwrap();
    assert_eq!(said.every(), play(Lang::En).lines());
    assert_eq!(said.mood(), "Mood");
    update(&mut m, Msg::Routed(Route::Debrief("double-charged".into())));
    assert_eq!(m.words_wanted(), None, "the debrief's come with them");

    update(&mut m, Msg::SetLang(Lang::Nl));
    assert_eq!(m.words_wanted(), Some(Lang::Nl));
    let said = Said::new(m.screen_words().unwrap()).unwrap();
    assert_eq!(
        said.mood(),
        "Mood",
        "the words before, until the new arrive"
    );
    update(&mut m, Msg::Words(Lang::Nl, Some(words_file(Lang::Nl))));
    let said = Said::new(m.screen_words().unwrap()).unwrap();
    assert_eq!(said.every(), play(Lang::Nl).lines());
    assert_eq!(said.mood(), "Stemming");

    update(&mut m, Msg::SetLang(Lang::En));
    update(&mut m, Msg::Words(Lang::En, None));
    assert_eq!(m.words_wanted(), None, "a failed fetch is not repeated");
    assert!(Said::new(m.screen_words().unwrap()).is_none(), "failed");

    for route in [Route::ShiftContact, Route::ShiftStatus] {
        let mut m = ready_with_index("customer-first");
        update(&mut m, Msg::Routed(route.clone()));
        assert_eq!(m.words_wanted(), Some(Lang::En), "{route:?}");
    }
}
