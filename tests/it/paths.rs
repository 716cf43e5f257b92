//! Path analysis: counting, loops, best/worst/all-script, locks, standing.

use crate::common;

use common::{policy, scenario, t};
use frontline::engine::analysis::paths::{analyse, standing_of};
use frontline::engine::model::scenario::Style;
use frontline::engine::{analysis::generate, Contact, Setup};

/// Start → (script | care | rival[competitor order]) → middle → (fix | stall) → endings.
/// `care` loops back to the start once the customer is calm (a loop).
fn branching() -> String {
    let l = t("Line");
    format!(
        r#"{{ "format": 1, "id": "branching", "title": {l}, "summary": {l}, "channel": "chat",
  "difficulty": "medium", "kind": "complaint",
  "persona": {{ "name": "Kim", "description": {l},
    "traits": {{ "speed": 40, "warmth": 60, "expectations": 60, "complexity": 60 }} }},
  "start": "start",
  "nodes": [
    {{ "id": "start", "customer": {l}, "choices": [
      {{ "id": "script", "text": {l}, "style": "scripted", "seconds": 30, "next": "middle", "feedback": {l} }},
      {{ "id": "care", "text": {l}, "style": "empathetic", "effects": {{ "mood": 10 }}, "seconds": 60, "next": "again", "feedback": {l} }},
      {{ "id": "rival", "text": {l}, "style": "autonomous", "requires": [{{ "authority": "competitor_order" }}],
         "effects": {{ "mood": 25, "trust": 20, "resolves": true }}, "seconds": 120, "next": "happy", "feedback": {l} }}
    ] }},
    {{ "id": "again", "customer": {l}, "choices": [
      {{ "id": "back", "text": {l}, "style": "empathetic", "seconds": 60, "next": "start", "feedback": {l} }},
      {{ "id": "on", "text": {l}, "style": "efficient", "seconds": 30, "next": "middle", "feedback": {l} }}
    ] }},
    {{ "id": "middle", "customer": {l}, "choices": [
      {{ "id": "fix", "text": {l}, "style": "efficient", "effects": {{ "mood": 10, "resolves": true }}, "seconds": 40, "next": "happy", "feedback": {l} }},
      {{ "id": "stall", "text": {l}, "style": "scripted", "effects": {{ "mood": -20 }}, "seconds": 40, "next": "angry", "feedback": {l} }}
    ] }},
    {{ "id": "happy", "customer": {l}, "ending": {{ "outcome": "resolved", "summary": {l} }} }},
    {{ "id": "angry", "customer": {l}, "ending": {{ "outcome": "unresolved", "summary": {l} }} }}
  ] }}"#
    )
}

#[test]
fn every_path_of_a_looping_scenario_is_counted_and_ends() {
    let s = scenario(&branching());
    let a = analyse(&s, &policy("customer-first"), &Setup::default());
    assert!(a.exact);
    // The loop start → again → start repeats until patience runs out, so the
    // count is finite but larger than the loop-free 2 + 1 + 2 paths.
    assert!(a.paths > 5.0, "paths: {}", a.paths);
    assert_eq!(a.csat_distribution.iter().sum::<f64>(), a.paths);
    assert!(a.best.csat >= a.all_script.csat);
    assert!(a.all_script.csat >= a.worst.csat);
    assert!((1.0..=5.0).contains(&a.mean_csat));
}

#[test]
fn a_tree_without_loops_is_counted_exactly() {
    let text = branching().replace(r#""next": "start""#, r#""next": "middle""#);
    let s = scenario(&text);
    let free = analyse(&s, &policy("customer-first"), &Setup::default());
    // script→{fix,stall}, care→back→{fix,stall}, care→on→{fix,stall}, rival.
    assert_eq!(free.paths, 7.0);
    let strict = analyse(&s, &policy("target-driven"), &Setup::default());
    assert_eq!(
        strict.paths, 6.0,
        "the competitor order is locked under target-driven"
    );
}

#[test]
fn a_locked_choice_is_never_on_a_path_of_that_policy() {
    let s = scenario(&branching());
    let strict = analyse(&s, &policy("target-driven"), &Setup::default());
    for path in [&strict.best, &strict.worst, &strict.all_script] {
        assert!(!path.choices.contains(&"start/rival".to_string()));
    }
    let free = analyse(&s, &policy("customer-first"), &Setup::default());
    assert_eq!(free.best.choices, vec!["start/rival"]);
    assert_eq!(free.best.numbers, vec![3]);
}

#[test]
fn the_all_script_path_takes_scripted_answers_first() {
    let s = scenario(&branching());
    let a = analyse(&s, &policy("target-driven"), &Setup::default());
    assert_eq!(a.all_script.choices, vec!["start/script", "middle/stall"]);
    for choice in &a.all_script.choices {
        let (node, id) = choice.split_once('/').unwrap();
        let c = s
            .node(node)
            .unwrap()
            .choices
            .iter()
            .find(|c| c.id == id)
            .unwrap();
        assert_eq!(c.style, Style::Scripted);
    }
}

#[test]
fn the_best_path_stands_high_and_the_worst_low() {
    let s = scenario(&branching());
    let p = policy("customer-first");
    let a = analyse(&s, &p, &Setup::seeded(4));
    let play = |numbers: &[usize]| {
        let mut c = Contact::start(&s, &p, Setup::seeded(4));
        for n in numbers {
            c.choose(n - 1).unwrap();
        }
        standing_of(&s, &p, &c).expect("the contact is over")
    };
    let best = play(&a.best.numbers);
    let worst = play(&a.worst.numbers);
    assert!(best.percentile > worst.percentile);
    assert!(best.percentile >= 50, "{best:?}");
    assert_eq!(best.best_csat, a.best.csat);
    let c = Contact::start(&s, &p, Setup::seeded(4));
    assert!(standing_of(&s, &p, &c).is_none(), "not over yet");
}

#[test]
fn the_same_seed_gives_the_same_analysis() {
    let s = scenario(&branching());
    let p = policy("customer-first");
    assert_eq!(
        analyse(&s, &p, &Setup::seeded(9)),
        analyse(&s, &p, &Setup::seeded(9))
    );
}

#[test]
fn a_huge_scenario_is_sampled_and_says_so() {
    let s = generate::layered(2_000, 3);
    let a = analyse(&s, &policy("customer-first"), &Setup::default());
    assert!(!a.exact);
    assert!(a.best.csat >= a.worst.csat);
    assert_eq!(a.csat_distribution.iter().sum::<f64>(), a.paths);
}

#[test]
fn the_cli_prints_the_analysis_as_json() {
    let dir = std::env::temp_dir().join(format!("frontline-paths-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("branching.json");
    std::fs::write(&file, branching()).unwrap();
    let path = file.to_str().unwrap().to_string();
    let run = |args: &[&str]| {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = frontline::cli::run(&args, &mut out, &mut err);
        (code, String::from_utf8(out).unwrap())
    };
    let (code, out) = run(&["paths", &path, "--policy", "customer-first"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["exact"], true);
    assert_eq!(json["best"]["choices"][0], "start/rival");
    assert_eq!(run(&["paths", &path, "--policy", "no-such"]).0, 2);
    assert_eq!(run(&["paths", &path]).0, 2);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_spread_the_build_ships_gives_the_same_standing_as_the_analysis() {
    let policies = frontline::engine::builtin_policies();
    for (path, text) in common::shipped_scenarios() {
        let scenario = frontline::engine::check::load::parse_scenario(&text).unwrap();
        for policy in &policies {
            let analysis =
                frontline::engine::analysis::paths::analyse(&scenario, policy, &Setup::default());
            let spread = analysis.spread();
            let total: u32 = spread.shares.iter().map(|&s| u32::from(s)).sum();
            assert!(total.abs_diff(1000) <= 3, "{path}: {total}");
            for csat in 1..=5 {
                let (exact, shipped) = (analysis.standing(csat), spread.standing(csat));
                assert!(
                    exact.percentile.abs_diff(shipped.percentile) <= 1,
                    "{path} {} CSAT {csat}: {} vs {}",
                    policy.id,
                    exact.percentile,
                    shipped.percentile
                );
                assert_eq!(
                    (
                        exact.best_csat,
                        exact.worst_csat,
                        exact.all_script_csat,
                        exact.paths,
                        exact.exact
                    ),
                    (
                        shipped.best_csat,
                        shipped.worst_csat,
                        shipped.all_script_csat,
                        shipped.paths,
                        shipped.exact
                    )
                );
            }
        }
    }
}

#[test]
fn frontline_spreads_prints_each_scenario_under_each_policy() {
    let files: Vec<String> = common::shipped_scenarios()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let mut args = vec!["spreads".to_string()];
    args.extend(files.iter().cloned());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        frontline::cli::run(&args, &mut out, &mut err),
        0,
        "{}",
        String::from_utf8_lossy(&err)
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v.as_object().unwrap().len(), files.len());
    let one = &v["hurried-routine"]["customer-first"];
    assert!(
        one["shares"].as_array().unwrap().len() == 5 && one["best_csat"].as_u64().unwrap() >= 1
    );
}
