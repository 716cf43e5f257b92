//! The game fetches the shipped scenarios one language at a time: each file
//! keeps every text object but only one language in it. These tests strip a
//! language the way the build's post-build hook does and check what the
//! engine makes of the result.

use crate::common;

use common::shipped_scenarios;
use frontline::engine::builtin_policies;
use frontline::engine::check::diagnostic::Code;
use frontline::engine::check::load::{load_scenario, load_scenario_in};
use frontline::engine::model::text::{Lang, Text};
use serde_json::Value;

/// Every `{"en": …, "nl": …}` object keeps only `keep`'s key, like
/// `scripts/minify-scenarios.mjs`.
fn only(value: &mut Value, keep: &str) {
    match value {
        Value::Object(map) => {
            let is_text = !map.is_empty()
                && map.keys().all(|k| k == "en" || k == "nl")
                && map.values().all(Value::is_string);
            if is_text {
                map.retain(|k, _| k == keep);
            } else {
                map.values_mut().for_each(|v| only(v, keep));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| only(v, keep)),
        _ => {}
    }
}

fn stripped(text: &str, keep: &str) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    only(&mut value, keep);
    value.to_string()
}

#[test]
fn each_shipped_scenario_loads_from_one_language_and_shows_it() {
    let policies = builtin_policies();
    for (path, text) in shipped_scenarios() {
        let full = load_scenario(&text, &policies).unwrap();
        for lang in [Lang::En, Lang::Nl] {
            let one = load_scenario_in(&stripped(&text, lang.code()), &policies, &[lang])
                .unwrap_or_else(|p| panic!("{path} in {lang:?} only: {p:#?}"));
            assert_eq!(one.title.exact(lang), full.title.exact(lang), "{path}");
            for (a, b) in one.nodes.iter().zip(&full.nodes) {
                assert_eq!(
                    a.customer.get(lang),
                    b.customer.get(lang),
                    "{path}: {}",
                    a.id
                );
                assert_eq!(a.choices.len(), b.choices.len(), "{path}: {}", a.id);
            }
            let other = if lang == Lang::En { Lang::Nl } else { Lang::En };
            assert_eq!(
                one.title.exact(other),
                "",
                "{path}: the other language is not shipped"
            );
        }
    }
}

#[test]
fn a_one_language_file_still_fails_full_validation() {
    // The shortcut is only for the shipped library: a trainer's scenario
    // still has to be complete in both languages.
    let policies = builtin_policies();
    let (path, text) = &shipped_scenarios()[0];
    let problems = load_scenario(&stripped(text, "en"), &policies).unwrap_err();
    assert!(
        problems.iter().all(|p| p.code == Code::MissingText),
        "{path}: {problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message(Lang::En).contains("Dutch")),
        "{problems:#?}"
    );
}

#[test]
fn a_gap_in_the_language_shipped_is_still_reported() {
    let policies = builtin_policies();
    let (_, text) = &shipped_scenarios()[0];
    let mut value: Value = serde_json::from_str(&stripped(text, "nl")).unwrap();
    value["title"]["nl"] = Value::String(String::new());
    let problems = load_scenario_in(&value.to_string(), &policies, &[Lang::Nl]).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].code, Code::MissingText);
    assert!(
        problems[0].message(Lang::En).contains("the title"),
        "{}",
        problems[0].message(Lang::En)
    );
}

#[test]
fn a_text_missing_in_one_language_shows_the_other() {
    let only_en = Text::new("Hello", "");
    assert_eq!(only_en.get(Lang::Nl), "Hello");
    assert_eq!(only_en.exact(Lang::Nl), "");
    assert_eq!(only_en.missing(), vec![Lang::Nl]);
    let both = Text::new("Hello", "Hallo");
    assert_eq!(both.get(Lang::Nl), "Hallo");
    assert_eq!(both.get(Lang::En), "Hello");
    assert_eq!(Text::default().get(Lang::En), "");
}

#[test]
fn a_scenario_that_declares_one_language_needs_its_texts_only_in_that_one() {
    let policies = builtin_policies();
    let (path, text) = &shipped_scenarios()[0];
    let mut value: Value = serde_json::from_str(&stripped(text, "nl")).unwrap();
    value["languages"] = serde_json::json!(["nl"]);
    let s =
        load_scenario(&value.to_string(), &policies).unwrap_or_else(|p| panic!("{path}: {p:#?}"));
    assert_eq!(s.languages, vec![Lang::Nl]);
    assert!(s.is_in(Lang::Nl) && !s.is_in(Lang::En));
    // A gap in the declared language is still an error.
    value["title"]["nl"] = Value::String(String::new());
    let problems = load_scenario(&value.to_string(), &policies).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message(Lang::En).contains("no Dutch text"));
    // Without the declaration, both languages are expected, as before.
    let full = load_scenario(text, &policies).unwrap();
    assert!(full.languages.is_empty() && full.is_in(Lang::En) && full.is_in(Lang::Nl));
}

#[test]
fn a_one_language_own_scenario_is_listed_in_both_languages_and_labelled_in_the_other() {
    use frontline::app::library::Library;
    use frontline::engine::import::import;
    use frontline::saved::own_scenarios::OwnScenarios;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stories/snowman-nl.twee"
    );
    let imported = import(
        "verhuizing.twee",
        &std::fs::read_to_string(path).unwrap(),
        &builtin_policies(),
    );
    let s = imported.playable().unwrap();
    let mut own = OwnScenarios::default();
    own.add(s, "verhuizing.twee");
    for lang in [Lang::En, Lang::Nl] {
        let url = format!("scenarios/library.{}.json", lang.code());
        let lib =
            Library::shipped(&url, Ok(common::shipped_library()), lang).with_own(Some(own.clone()));
        let listed = lib.listed.iter().find(|l| l.id == s.id).expect("listed");
        assert_eq!(listed.is_in(lang), lang == Lang::Nl, "{lang:?}");
        assert_eq!(
            listed.title.get(lang),
            "Verhuizing doorgeven",
            "shown in Dutch"
        );
        assert!(lib.find(&s.id).is_some(), "and playable in {lang:?}");
        // The shipped scenarios are in every language.
        assert!(lib
            .listed
            .iter()
            .filter(|l| l.id != s.id)
            .all(|l| l.is_in(lang)));
    }
}

#[test]
fn an_unknown_language_is_refused_with_the_known_ones() {
    let policies = builtin_policies();
    let (_, text) = &shipped_scenarios()[0];
    let mut value: Value = serde_json::from_str(text).unwrap();
    value["languages"] = serde_json::json!(["nl", "de"]);
    let problems = load_scenario(&value.to_string(), &policies).unwrap_err();
    assert_eq!(problems[0].code, Code::NotAScenario);
    let message = problems[0].message(Lang::En);
    assert!(
        message.contains("unknown variant `de`") && message.contains("`nl`"),
        "{message}"
    );
}
