//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use frontline::engine::{builtin_policies, check::load, Policy, Scenario};

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
