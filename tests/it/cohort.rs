//! The trainer's view of a cohort (`engine::analysis::cohort`), fed with
//! statements made by the game's own mapping (`lms::xapi::answered`, through
//! `cohort::sample`): shares, outcomes and deviations known in advance come
//! back exactly, whatever order or shape the statements arrive in.

use serde_json::{json, Value};

use crate::common::{policy, shipped_scenarios, shipped_track};
use frontline::engine::analysis::cohort::report::CohortReport;
use frontline::engine::analysis::cohort::sample::{self, Played};
use frontline::engine::analysis::cohort::{epoch_ms, pseudonym, to_csv, Cohort};
use frontline::engine::analysis::paths;
use frontline::engine::check::{load, track::parse_track};
use frontline::engine::model::track::Track;
use frontline::engine::play::persona::meet;
use frontline::engine::{builtin_policies, Contact, Policy, Scenario, Setup};

fn library() -> Vec<Scenario> {
    let policies = builtin_policies();
    shipped_scenarios()
        .iter()
        .map(|(_, text)| load::load_scenario(text, &policies).unwrap())
        .collect()
}

fn tracks() -> Vec<Track> {
    ["onboarding", "rotation"]
        .iter()
        .map(|t| parse_track(&shipped_track(t)).unwrap())
        .collect()
}

fn find<'a>(scenarios: &'a [Scenario], id: &str) -> &'a Scenario {
    scenarios.iter().find(|s| s.id == id).unwrap()
}

/// The best path's 0-based picks under `p`, as the analysis finds it.
fn best_picks(s: &Scenario, p: &Policy) -> Vec<usize> {
    paths::analyse(s, p, &Setup::default())
        .best
        .numbers
        .iter()
        .map(|n| n - 1)
        .collect()
}

/// The first open answer at every node from `from` on, after `prefix`.
fn first_open_after(s: &Scenario, p: &Policy, seed: u64, prefix: &[usize]) -> Vec<usize> {
    let met = meet(s, Some(seed));
    let mut c = Contact::start(&met, p, Setup::seeded(seed));
    let mut picks = prefix.to_vec();
    for &i in prefix {
        c.choose(i).unwrap();
    }
    while !c.is_over() {
        let i = c.offers().iter().find(|o| o.available()).unwrap().index;
        c.choose(i).unwrap();
        picks.push(i);
    }
    picks
}

fn analyse(scenarios: &[Scenario], pages: &[String]) -> CohortReport {
    let policies = builtin_policies();
    let tracks = tracks();
    let pages: Vec<(&str, &str)> = pages.iter().map(|p| ("test", p.as_str())).collect();
    Cohort::analyse(scenarios, &policies, &tracks, &pages).unwrap()
}

fn trainee(n: usize) -> Value {
    sample::agent(
        "https://lms.example",
        &format!("t{n}"),
        &format!("Trainee {n}"),
    )
}

/// Ten trainees on `double-charged` under target-driven: six take the best
/// path, four leave it at its first answer and then take the first open one.
fn ten_contacts(s: &Scenario, p: &Policy) -> (Vec<Value>, Vec<usize>, Vec<usize>) {
    let best = best_picks(s, p);
    let other = (0..s.nodes[s.start_index.unwrap()].choices.len())
        .find(|&i| i != best[0])
        .unwrap();
    let mut statements = Vec::new();
    let mut deviating = Vec::new();
    for n in 0..10 {
        let seed = 100 + n as u64;
        let picks = if n < 6 {
            best.clone()
        } else {
            first_open_after(s, p, seed, &[other])
        };
        if n == 6 {
            deviating = picks.clone();
        }
        let actor = trainee(n);
        statements.extend(sample::contact(
            s,
            p,
            Some(seed),
            &picks,
            &Played {
                actor: &actor,
                registration: &format!("reg-{n}"),
                track: Some("onboarding"),
                from_ms: 1_764_650_000_000 + n as u64 * 3_600_000,
            },
        ));
    }
    (statements, best, deviating)
}

#[test]
fn known_shares_and_first_deviations_come_back_exactly() {
    let scenarios = library();
    let s = find(&scenarios, "double-charged");
    let p = policy("target-driven");
    let (statements, best, _) = ten_contacts(s, &p);
    let report = analyse(&scenarios, &[Value::Array(statements).to_string()]);
    assert_eq!(report.read.unreadable, 0, "{:?}", report.read.problems);
    assert_eq!(report.read.not_replayed, 0, "{:?}", report.read.problems);
    assert_eq!(report.scenarios.len(), 1);
    let g = &report.scenarios[0];
    assert_eq!(
        (g.track.as_deref(), g.scenario.as_str(), g.policy.as_str()),
        (Some("onboarding"), "double-charged", "target-driven")
    );
    assert_eq!((g.plays, g.completions), (10, 10));
    let start = &s.nodes[s.start_index.unwrap()];
    let first = g.nodes.iter().find(|n| n.node == start.id).unwrap();
    assert_eq!(first.answers, 10);
    let best_choice = &start.choices[best[0]].id;
    for c in &first.choices {
        let expected = if &c.choice == best_choice {
            0.6
        } else if c.count > 0 {
            0.4
        } else {
            0.0
        };
        assert_eq!(c.share, expected, "{}", c.choice);
    }
    let d = &g.first_deviations[0];
    assert_eq!(
        (d.node.as_str(), d.best.as_str(), d.count, d.share),
        (start.id.as_str(), best_choice.as_str(), 4, 0.4)
    );
    assert_eq!(g.first_deviations.len(), 1);
    assert_eq!(g.best_path.len(), best.len());
    assert_eq!(g.common_paths[0].count, 6);
}

#[test]
fn outcomes_are_the_engines_replay_of_each_contact() {
    let scenarios = library();
    let s = find(&scenarios, "double-charged");
    let p = policy("target-driven");
    let (statements, best, deviating) = ten_contacts(s, &p);
    let report = analyse(&scenarios, &[Value::Array(statements).to_string()]);
    let mut csat = [0u64; 5];
    let mut handle = 0.0;
    let mut goodwill = 0.0;
    for n in 0..10u64 {
        let picks = if n < 6 {
            &best
        } else {
            &first_open_after(s, &p, 100 + n, &deviating[..1])
        };
        let met = meet(s, Some(100 + n));
        let summary = paths::summarise_path(&met, &p, &Setup::seeded(100 + n), picks);
        csat[usize::from(summary.csat - 1)] += 1;
        handle += f64::from(summary.handle_time);
        goodwill += f64::from(summary.goodwill);
    }
    let g = &report.scenarios[0];
    assert_eq!(g.csat, csat);
    assert_eq!(g.mean_handle_time, Some(handle / 10.0));
    assert_eq!(g.mean_goodwill, Some(goodwill / 10.0));
    assert_eq!(report.policies.len(), 1);
    assert_eq!(report.policies[0].csat, csat);
}

#[test]
fn order_shape_and_paging_do_not_change_the_report() {
    let scenarios = library();
    let s = find(&scenarios, "double-charged");
    let p = policy("customer-first");
    let (statements, _, _) = ten_contacts(s, &p);
    let as_file = analyse(&scenarios, &[Value::Array(statements.clone()).to_string()]);
    // An LRS answers newest first, in pages with a `more` link.
    let mut newest_first = statements.clone();
    newest_first.reverse();
    let pages: Vec<String> = newest_first
        .chunks(7)
        .enumerate()
        .map(|(i, c)| {
            json!({ "statements": c, "more": format!("/xapi/statements?page={}", i + 1) })
                .to_string()
        })
        .collect();
    assert_eq!(analyse(&scenarios, &pages), as_file);
    // Two exports that overlap: every answer counted once.
    let twice = analyse(
        &scenarios,
        &[
            Value::Array(statements.clone()).to_string(),
            Value::Array(statements[..9].to_vec()).to_string(),
        ],
    );
    assert_eq!(twice.read.duplicates, 9);
    assert_eq!(twice.scenarios, as_file.scenarios);
}

#[test]
fn a_page_reports_its_more_link_and_a_non_json_page_is_refused_with_where() {
    let scenarios = library();
    let policies = builtin_policies();
    let tracks = tracks();
    let mut cohort = Cohort::new(&scenarios, &policies, &tracks);
    let page = cohort
        .add_page(
            "lrs",
            r#"{"statements": [], "more": "/xapi/statements?cursor=2"}"#,
        )
        .unwrap();
    assert_eq!(page.more.as_deref(), Some("/xapi/statements?cursor=2"));
    assert_eq!(
        cohort
            .add_page("lrs", r#"{"statements": [], "more": ""}"#)
            .unwrap()
            .more,
        None
    );
    let err = cohort.add_page("export.json", "<html>").unwrap_err();
    assert!(err.starts_with("export.json: not JSON statements"), "{err}");
    let err = cohort.add_page("export.json", "[{\"id\": 1,").unwrap_err();
    assert!(
        err.starts_with("export.json: not a JSON array of statements"),
        "{err}"
    );
}

#[test]
fn what_cannot_be_used_is_counted_and_described_never_a_crash() {
    let scenarios = library();
    let s = find(&scenarios, "double-charged");
    let p = policy("target-driven");
    let (statements, _, _) = ten_contacts(s, &p);
    let mut odd = statements[..3].to_vec(); // trainee 0's first answers
                                            // A scenario this analysis does not know, house rules it does not know.
    let mut unknown = statements[3].clone();
    unknown["object"]["id"] =
        json!("https://frontline.invalid/xapi/scenarios/not-here/nodes/start");
    let mut rules = statements[4].clone();
    rules["context"]["extensions"]["https://frontline.invalid/xapi/extensions/house-rules"] =
        json!("our-own");
    // A contact on the best path whose first answer is missing (cut off by
    // `since`).
    let cut: Vec<Value> = statements
        .iter()
        .filter(|s| s["actor"]["account"]["name"] == "t5")
        .skip(1)
        .take(2)
        .cloned()
        .collect();
    assert_eq!(cut.len(), 2);
    // An answer the node does not have.
    let mut wrong = statements[0].clone();
    wrong["result"]["response"] = json!("no-such-answer");
    wrong["actor"] = trainee(50);
    let no_actor = json!({ "verb": { "id": "http://adlnet.gov/expapi/verbs/answered" } });
    let cmi5 = json!({ "verb": { "id": "http://adlnet.gov/expapi/verbs/initialized" } });
    odd.extend([unknown, rules, wrong, no_actor, cmi5, json!(42)]);
    odd.extend(cut);
    let report = analyse(&scenarios, &[Value::Array(odd).to_string()]);
    let r = &report.read;
    assert_eq!(r.statements, 11);
    assert_eq!(r.other_verbs, 1);
    assert_eq!(r.unreadable, 2, "{:?}", r.problems);
    assert_eq!(r.unknown_scenarios.get("not-here"), Some(&1));
    assert_eq!(r.unknown_policies.get("our-own"), Some(&1));
    assert_eq!(r.not_replayed, 2, "{:?}", r.problems);
    assert_eq!(r.contacts, 1, "trainee 0's contact");
    assert!(
        r.problems
            .iter()
            .any(|p| p == "test: statement 7: it has no object id"),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems
            .iter()
            .any(|p| p.contains("Trainee 50")
                && p.contains("names an answer the node does not have")),
        "{:?}",
        r.problems
    );
    let g = &report.scenarios[0];
    assert_eq!(g.plays, 1);
}

#[test]
fn per_trainee_progress_through_a_track_and_best_results() {
    let scenarios = library();
    let tracks = tracks();
    let onboarding = tracks.iter().find(|t| t.id == "onboarding").unwrap();
    let actor = trainee(1);
    let mut statements = Vec::new();
    let mut csats = Vec::new();
    // The first two contact steps of the track, the first one twice.
    let steps: Vec<_> = onboarding
        .steps
        .iter()
        .filter(|s| s.scenario.is_some())
        .take(2)
        .collect();
    for (i, step) in [steps[0], steps[0], steps[1]].iter().enumerate() {
        let s = find(&scenarios, step.scenario.as_deref().unwrap());
        let p = policy(&step.policy);
        let seed = 7 + i as u64;
        let picks = first_open_after(s, &p, seed, &[]);
        csats.push(
            paths::summarise_path(&meet(s, Some(seed)), &p, &Setup::seeded(seed), &picks).csat,
        );
        statements.extend(sample::contact(
            s,
            &p,
            Some(seed),
            &picks,
            &Played {
                actor: &actor,
                registration: "reg-1",
                track: Some("onboarding"),
                from_ms: 1_764_650_000_000 + i as u64 * 3_600_000,
            },
        ));
    }
    let report = analyse(&scenarios, &[Value::Array(statements).to_string()]);
    assert_eq!(report.trainees.len(), 1);
    let t = &report.trainees[0];
    assert_eq!(
        (t.name.as_str(), t.contacts, t.completions),
        ("Trainee 1", 3, 3)
    );
    assert_eq!(t.code, pseudonym("account:https://lms.example|t1"));
    let contact_steps = onboarding
        .steps
        .iter()
        .filter(|s| s.scenario.is_some())
        .count() as u64;
    assert_eq!(t.tracks[0].track, "onboarding");
    assert_eq!(
        (t.tracks[0].steps, t.tracks[0].completed),
        (contact_steps, 2)
    );
    let first = t
        .steps
        .iter()
        .find(|s| Some(s.scenario.as_str()) == steps[0].scenario.as_deref())
        .unwrap();
    assert_eq!(
        (first.plays, first.best_csat),
        (2, Some(csats[0].max(csats[1])))
    );
    let hidden = report.clone().pseudonymised();
    assert_eq!(hidden.trainees[0].name, t.code);
    assert!(!serde_json::to_string(&hidden)
        .unwrap()
        .contains("Trainee 1"));
}

#[test]
fn csv_defuses_formulas_and_leaves_trainees_out_unless_asked() {
    let scenarios = library();
    let s = find(&scenarios, "hurried-routine");
    let p = policy("target-driven");
    let actor = sample::agent(
        "https://lms.example",
        "x",
        "=HYPERLINK(\"http://evil\",\"a, b\")",
    );
    let picks = first_open_after(s, &p, 1, &[]);
    let statements = sample::contact(
        s,
        &p,
        Some(1),
        &picks,
        &Played {
            actor: &actor,
            registration: "r",
            track: None,
            from_ms: 1_764_650_000_000,
        },
    );
    let report = analyse(&scenarios, &[Value::Array(statements).to_string()]);
    let without = to_csv(&report, false);
    assert!(!without.contains("HYPERLINK"));
    assert!(without.starts_with("track,scenario,house rules,plays,completions,csat 1"));
    assert!(
        without.contains(",hurried-routine,target-driven,1,1,"),
        "{without}"
    );
    let with = to_csv(&report, true);
    assert!(
        with.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"a, b\"\")\""),
        "{with}"
    );
    let hidden = to_csv(&report.pseudonymised(), true);
    assert!(
        !hidden.contains("HYPERLINK")
            && hidden.contains(&pseudonym("account:https://lms.example|x"))
    );
}

#[test]
fn timestamps_in_every_zone_xapi_allows() {
    assert_eq!(epoch_ms("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(epoch_ms("2026-12-02T06:55:58.1Z"), Some(1_796_194_558_100));
    assert_eq!(
        epoch_ms("2026-12-02T07:55:58.123456+01:00"),
        Some(1_796_194_558_123)
    );
    assert_eq!(
        epoch_ms("2026-12-02T01:55:58-0500"),
        Some(1_796_194_558_000)
    );
    assert_eq!(epoch_ms("2026-12-02T06:55:58"), None, "no zone");
    assert_eq!(epoch_ms("2026-13-02T06:55:58Z"), None);
    assert_eq!(epoch_ms("yesterday"), None);
}

#[test]
fn a_generated_cohort_adds_up() {
    let scenarios = library();
    let policies = builtin_policies();
    let mut pages = Vec::new();
    sample::cohort(&scenarios, &policies, 30, 4, 9, |s| {
        pages.push(Value::Array(s).to_string())
    });
    let report = analyse(&scenarios, &pages);
    assert_eq!(report.read.not_replayed, 0, "{:?}", report.read.problems);
    assert_eq!(report.read.contacts, 120);
    assert_eq!(report.trainees.len(), 30);
    assert_eq!(report.scenarios.iter().map(|s| s.plays).sum::<u64>(), 120);
    assert_eq!(
        report.scenarios.iter().map(|s| s.completions).sum::<u64>(),
        120
    );
    for s in &report.scenarios {
        for n in &s.nodes {
            let total: f64 = n.choices.iter().map(|c| c.share).sum();
            assert!((total - 1.0).abs() < 1e-9);
        }
    }
}

#[test]
fn the_command_reads_what_frontline_play_xapi_writes() {
    let dir = std::env::temp_dir().join(format!("frontline-cohort-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/double-charged.json"
    );
    let mut files = Vec::new();
    for (i, choices) in ["1,2", "1,2", "1,1"].iter().enumerate() {
        let seed = (i + 1).to_string();
        let (code, out, err) = crate::common::run_cli(&[
            "play",
            scenario,
            "--policy",
            "target-driven",
            "--seed",
            &seed,
            "--choices",
            choices,
            "--xapi",
        ]);
        assert_eq!(code, 0, "{err}");
        let file = dir.join(format!("{i}.json"));
        std::fs::write(&file, out).unwrap();
        files.push(file.display().to_string());
    }
    let scenarios = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/scenarios");
    let tracks = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/tracks");
    let mut args = vec!["cohort", "--scenarios", scenarios, "--tracks", tracks];
    args.extend(files.iter().map(String::as_str));
    let (code, out, err) = crate::common::run_cli(&args);
    assert_eq!(code, 0, "{err}");
    let report: CohortReport = serde_json::from_str(&out).unwrap();
    let g = &report.scenarios[0];
    assert_eq!(g.plays, 3);
    let verify = g.nodes.iter().find(|n| n.node == "verify").unwrap();
    let shares: Vec<(&str, u64)> = verify
        .choices
        .iter()
        .map(|c| (c.choice.as_str(), c.count))
        .collect();
    assert_eq!(shares, [("standard-term", 1), ("thanks-found", 2)]);
    args.push("--csv");
    let (code, csv, _) = crate::common::run_cli(&args);
    assert_eq!(code, 0);
    assert!(
        csv.contains(",double-charged,target-driven,verify,thanks-found,2,0.6667\n"),
        "{csv}"
    );
    let (code, _, err) =
        crate::common::run_cli(&["cohort", "--scenarios", scenarios, "/no/such.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read /no/such.json"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
