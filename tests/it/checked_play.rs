//! The pages that play scenarios read them without validating them again
//! (`load::read_checked`; docs/size.md): the build lints the shipped ones
//! and the workshop checks a trainer's own before it keeps them. What the
//! engine relies on is still checked, and a scenario that validation would
//! refuse for any other reason plays to an end without failing.

use serde_json::{json, Value};

use crate::common::policy;
use frontline::engine::check::load;
use frontline::engine::play::contact::Line;
use frontline::engine::play::debrief::debrief;
use frontline::engine::{Code, Contact, Setup};

fn example() -> Value {
    serde_json::from_str(crate::common::readme_example()).unwrap()
}

fn first_node_choices(s: &mut Value) -> &mut Vec<Value> {
    s["nodes"][0]["choices"].as_array_mut().unwrap()
}

#[test]
fn a_start_or_a_link_that_leads_nowhere_is_refused_with_its_code() {
    let mut no_start = example();
    no_start["start"] = json!("nowhere");
    let problems = load::read_checked(&no_start.to_string()).unwrap_err();
    assert_eq!(problems[0].code, Code::UnknownStart);

    let mut dangling = example();
    first_node_choices(&mut dangling)[0]["next"] = json!("nowhere");
    let problems = load::read_checked(&dangling.to_string()).unwrap_err();
    assert_eq!(problems[0].code, Code::UnknownNext);
    assert!(load::read_checked(&example().to_string()).is_ok());
}

#[test]
fn scenarios_validation_would_refuse_still_play_to_an_end() {
    let mut broken = Vec::new();
    // A dead end: a node with neither choices nor an ending.
    let mut dead_end = example();
    let next = first_node_choices(&mut dead_end)[0]["next"]
        .as_str()
        .unwrap()
        .to_string();
    for node in dead_end["nodes"].as_array_mut().unwrap() {
        if node["id"] == next.as_str() {
            node["choices"] = json!([]);
            node.as_object_mut().unwrap().remove("ending");
        }
    }
    broken.push(dead_end);
    // Every choice locked to house rules that do not exist.
    let mut locked = example();
    for choice in first_node_choices(&mut locked) {
        choice["requires"] = json!([{ "policy": "no-such-rules" }]);
    }
    broken.push(locked);
    // Texts missing, numbers out of range.
    let mut odd = example();
    odd["nodes"][0]["customer"] = json!({ "en": "" });
    odd["nodes"][0]["aggression"] = json!(400);
    first_node_choices(&mut odd)[0]["seconds"] = json!(0);
    broken.push(odd);

    for (i, scenario) in broken.iter().enumerate() {
        let text = scenario.to_string();
        assert!(
            load::load_scenario(&text, &frontline::engine::builtin_policies()).is_err(),
            "case {i} is one validation refuses"
        );
        let s = load::read_checked(&text).unwrap_or_else(|e| panic!("case {i}: {e:?}"));
        for id in ["target-driven", "customer-first"] {
            let p = policy(id);
            let mut c = Contact::start(&s, &p, Setup::seeded(3));
            for _ in 0..40 {
                if c.is_over() {
                    break;
                }
                let Some(o) = c.offers().into_iter().find(|o| o.available()) else {
                    break;
                };
                let index = o.index;
                if c.choose(index).is_err() {
                    break;
                }
            }
            assert!(c.is_over(), "case {i} under {id} ends");
            let d = debrief(&c);
            assert!((1..=5).contains(&d.scorecards.customer.csat));
            // What the transcript view looks up exists.
            assert!(!c.node().id.is_empty());
            for line in c.transcript() {
                match line {
                    Line::Customer { node } => assert!(node < s.nodes.len()),
                    Line::Agent { node, choice } => assert!(choice < s.nodes[node].choices.len()),
                    _ => {}
                }
            }
        }
    }
}
