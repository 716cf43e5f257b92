//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use frontline::app::game::Model;
use frontline::engine::{builtin_policies, check::load, Contact, Policy, Scenario};

/// Parse a scenario written inline in a test; panics with the problem.
pub fn scenario(json: &str) -> Scenario {
    load::parse_scenario(json).unwrap_or_else(|p| panic!("test scenario does not parse: {p}"))
}

pub fn policy(id: &str) -> Policy {
    builtin_policies()
        .into_iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no built-in policy {id}"))
}

/// A text in both languages, for building JSON in tests.
pub fn t(s: &str) -> String {
    format!(r#"{{"en": "{s}", "nl": "{s} (nl)"}}"#)
}

/// All shipped scenario files, as (path, text).
pub fn shipped_scenarios() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("assets/scenarios exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "index.json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable scenario");
            (p.display().to_string(), text)
        })
        .collect()
}

/// Run the CLI in-process: (exit code, stdout, stderr).
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = frontline::cli::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).expect("utf-8 output"),
        String::from_utf8(err).expect("utf-8 errors"),
    )
}

/// The whole shipped library as `scenarios/library.<lang>.json` holds it
/// (both languages kept: a page reads the one it asked for).
pub fn shipped_library() -> String {
    let entries: Vec<String> = shipped_scenarios()
        .iter()
        .map(|(path, text)| {
            let file = path.rsplit('/').next().unwrap();
            format!(r#"{{"file": "{file}", "scenario": {text}}}"#)
        })
        .collect();
    format!("[{}]", entries.join(","))
}

/// A shipped track's file, `assets/tracks/NAME.json`.
pub fn shipped_track(name: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/tracks");
    std::fs::read_to_string(format!("{dir}/{name}.json")).unwrap()
}

/// Gives the first answer that can be given, through `answer` (the page's
/// own update), until the contact with `id` is over.
pub fn play_through(m: &mut Model, id: &str, mut answer: impl FnMut(&mut Model, usize)) {
    for _ in 0..40 {
        let Some(record) = m.saved.profile().unwrap().unfinished.get(id).cloned() else {
            return;
        };
        let scenario = m.met(&m.scenario(id).unwrap(), &record);
        let policy = m.policy_by_id(&record.policy).unwrap().clone();
        let contact = Contact::replay(&scenario, &policy, &record).unwrap();
        let pick = contact
            .offers()
            .iter()
            .find(|o| o.available())
            .unwrap()
            .index;
        answer(m, pick);
    }
    panic!("{id} did not end within 40 answers");
}

/// A shipped scenario under another id: a trainer's own, playable.
pub fn own_scenario(id: &str) -> String {
    let (_, text) = &shipped_scenarios()[0];
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["id"] = id.into();
    v.to_string()
}

/// A trainer's track file with these steps (`(scenario, policy)`), texts in
/// both languages and no mastery minimum.
pub fn own_track(id: &str, steps: &[(&str, &str)]) -> String {
    let steps: Vec<serde_json::Value> = steps
        .iter()
        .map(|(s, p)| serde_json::json!({ "scenario": s, "policy": p }))
        .collect();
    serde_json::json!({
        "format": 1,
        "id": id,
        "title": { "en": "Our team", "nl": "Ons team" },
        "description": { "en": "Our own calls", "nl": "Onze eigen gesprekken" },
        "minutes": 20,
        "steps": steps,
        "mastery": {}
    })
    .to_string()
}

/// The complete example scenario in `assets/scenarios/README.md`, as text.
pub fn readme_example() -> &'static str {
    const README: &str = include_str!("../../../assets/scenarios/README.md");
    let start = README
        .find("```json\n")
        .expect("the README has a JSON example")
        + 8;
    let len = README[start..].find("```").expect("the example is closed");
    &README[start..start + len]
}
