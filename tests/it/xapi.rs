//! An answer as an xAPI statement (`engine::lms::xapi`): what an LRS keeps
//! of a played contact, checked against the xAPI 1.0.3 statement rules the
//! mapping must meet.

use std::collections::HashSet;

use serde_json::{json, Value};

use crate::common::{policy, shipped_scenarios};
use frontline::engine::check::load;
use frontline::engine::lms::xapi::{self, Answered, Profile, Session, ANSWERED, INTERACTION};
use frontline::engine::play::persona::meet;
use frontline::engine::{builtin_policies, Contact, Lang, Setup};

const REGISTRATION: &str = "1f1e4c2a-8d0b-4f53-9a43-6d1c2b7e9a10";

fn actor() -> Value {
    json!({ "objectType": "Agent", "account": { "homePage": "https://lms.example", "name": "an.janssens" } })
}

/// Plays `id` under `policy_id` with `seed`, taking the first open answer,
/// and returns each answer's statement.
pub(crate) fn played(
    id: &str,
    policy_id: &str,
    seed: u64,
    profile: &Profile,
    track: Option<&str>,
) -> Vec<Value> {
    let policies = builtin_policies();
    let (_, text) = shipped_scenarios()
        .into_iter()
        .find(|(f, _)| f.ends_with(&format!("/{id}.json")))
        .unwrap();
    let scenario = meet(&load::load_scenario(&text, &policies).unwrap(), Some(seed));
    let p = policy(policy_id);
    let mut contact = Contact::start(&scenario, &p, Setup::seeded(seed));
    let actor = actor();
    let session = Session {
        actor: &actor,
        registration: REGISTRATION,
        track,
    };
    let mut statements = Vec::new();
    let mut at_ms = 1_764_650_000_000;
    while !contact.is_over() {
        let node = contact.node();
        let offers = contact.offers();
        let pick = offers.iter().find(|o| o.available()).unwrap();
        let (choice, style, index) = (pick.choice.id.clone(), pick.choice.style, pick.index);
        let offered: Vec<(&str, &str)> = offers
            .iter()
            .map(|o| (o.choice.id.as_str(), o.choice.text.get(Lang::Nl)))
            .collect();
        let before = contact.customer().meters;
        let step = contact.steps().len();
        contact.choose(index).unwrap();
        at_ms += 9_500;
        statements.push(xapi::answered(
            profile,
            &session,
            &Answered {
                scenario: &scenario.id,
                node: &node.id,
                prompt: node.customer.get(Lang::Nl),
                offered,
                choice: &choice,
                style,
                policy: policy_id,
                lang: Lang::Nl,
                seed: Some(seed),
                step,
                at_ms,
                latency_ms: 9_500,
                before,
                after: contact.customer().meters,
            },
        ));
    }
    statements
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && groups.iter().all(|g| {
            g.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        })
}

#[test]
fn every_answer_is_one_answered_statement_with_what_was_offered_and_picked() {
    let profile = Profile::default();
    let statements = played(
        "double-charged",
        "customer-first",
        7,
        &profile,
        Some("onboarding"),
    );
    assert!(statements.len() >= 2, "a contact of several answers");
    for s in &statements {
        assert!(is_uuid(s["id"].as_str().unwrap()), "{}", s["id"]);
        assert_eq!(s["actor"], actor());
        assert_eq!(s["verb"]["id"], ANSWERED);
        let object = &s["object"];
        assert_eq!(object["objectType"], "Activity");
        assert!(object["id"].as_str().unwrap().starts_with(&format!(
            "{}/scenarios/double-charged/nodes/",
            xapi::DEFAULT_BASE
        )));
        let definition = &object["definition"];
        assert_eq!(definition["type"], INTERACTION);
        assert_eq!(definition["interactionType"], "choice");
        assert!(!definition["description"]["nl"].as_str().unwrap().is_empty());
        let offered: Vec<&str> = definition["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        let response = s["result"]["response"].as_str().unwrap();
        assert!(offered.contains(&response), "{response} among {offered:?}");
        assert_eq!(s["result"]["duration"], "PT9.50S");
        let style = &s["result"]["extensions"][profile.extension("style")];
        assert!(style.is_string(), "{s}");
        assert_eq!(s["context"]["registration"], REGISTRATION);
        assert_eq!(s["context"]["language"], "nl");
        assert_eq!(
            s["context"]["extensions"][profile.extension("house-rules")],
            "customer-first"
        );
        assert_eq!(s["context"]["extensions"][profile.extension("seed")], 7);
        assert_eq!(
            s["context"]["contextActivities"]["parent"][0]["id"],
            profile.scenario("double-charged")
        );
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            profile.track("onboarding")
        );
        assert!(s["timestamp"].as_str().unwrap().ends_with('Z'));
    }
}

#[test]
fn the_customers_changes_add_up_to_where_the_contact_ends() {
    let profile = Profile::default();
    let seed = 3;
    let statements = played("hurried-routine", "target-driven", seed, &profile, None);
    let key = profile.extension("customer-change");
    let total: i64 = statements
        .iter()
        .map(|s| s["result"]["extensions"][&key]["mood"].as_i64().unwrap())
        .sum();
    // The same contact again, to read its start and end.
    let policies = builtin_policies();
    let (_, text) = shipped_scenarios()
        .into_iter()
        .find(|(f, _)| f.ends_with("/hurried-routine.json"))
        .unwrap();
    let scenario = meet(&load::load_scenario(&text, &policies).unwrap(), Some(seed));
    let p = policy("target-driven");
    let mut c = Contact::start(&scenario, &p, Setup::seeded(seed));
    let start = c.customer().meters.mood;
    while !c.is_over() {
        let i = c.offers().iter().find(|o| o.available()).unwrap().index;
        c.choose(i).unwrap();
    }
    assert_eq!(total, i64::from(c.customer().meters.mood - start));
    for s in &statements {
        assert!(
            s["context"]["contextActivities"].get("grouping").is_none(),
            "no track, no grouping"
        );
    }
}

#[test]
fn ids_are_the_same_for_the_same_event_and_differ_between_events() {
    let profile = Profile::default();
    let a = played("chat-two-issues", "customer-first", 11, &profile, None);
    let b = played("chat-two-issues", "customer-first", 11, &profile, None);
    assert_eq!(a, b, "a retry sends the same statements");
    let mut ids = HashSet::new();
    for seed in 1..=20 {
        for s in played("chat-two-issues", "customer-first", seed, &profile, None) {
            assert!(
                ids.insert(s["id"].as_str().unwrap().to_string()),
                "a duplicate id"
            );
        }
    }
    let other = xapi::statement_id("another-registration", &["chat-two-issues", "11", "0"]);
    assert_ne!(other, a[0]["id"]);
    // Version 8 and the RFC's variant.
    let id = a[0]["id"].as_str().unwrap();
    assert_eq!(&id[14..15], "8");
    assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
}

#[test]
fn an_organisation_sets_its_own_base_for_every_iri_of_the_project() {
    let profile = Profile {
        base: "https://learning.example.org/frontline/".into(),
    };
    let s = &played(
        "meter-reading",
        "customer-first",
        2,
        &profile,
        Some("rotation"),
    )[0];
    let text = s.to_string();
    assert!(!text.contains(xapi::DEFAULT_BASE));
    assert!(s["object"]["id"]
        .as_str()
        .unwrap()
        .starts_with("https://learning.example.org/frontline/scenarios/meter-reading/nodes/"));
    assert!(s["result"]["extensions"]
        .as_object()
        .unwrap()
        .keys()
        .all(|k| k.starts_with("https://learning.example.org/frontline/extensions/")));
}

#[test]
fn play_with_xapi_prints_one_statement_per_answer_and_the_same_ids_each_run() {
    let file = format!(
        "{}/assets/scenarios/hurried-routine.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let args = [
        "play",
        &file,
        "--policy",
        "customer-first",
        "--seed",
        "4",
        "--choices",
        "2,2",
        "--xapi",
    ];
    let (code, out, err) = crate::common::run_cli(&args);
    assert_eq!((code, err.as_str()), (0, ""));
    let statements: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(statements.len(), 2);
    assert_eq!(
        statements[0]["context"]["extensions"][Profile::default().extension("house-rules")],
        "customer-first"
    );
    let (_, again, _) = crate::common::run_cli(&args);
    assert_eq!(out, again, "the same run, the same statements");
    let other = [
        "play",
        &file,
        "--policy",
        "target-driven",
        "--seed",
        "4",
        "--choices",
        "2,2",
        "--xapi",
    ];
    let (_, other, _) = crate::common::run_cli(&other);
    let other: Vec<Value> = serde_json::from_str(&other).unwrap();
    assert_ne!(
        other[0]["id"], statements[0]["id"],
        "other house rules, another registration"
    );
}
