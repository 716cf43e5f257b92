//! Checks the scenario library must pass (issue 4): structure, and the
//! lessons the model must teach across the shipped scenarios.

use crate::common;

use std::collections::HashSet;

use common::{policy, shipped_scenarios};
use frontline::engine::analysis::paths::analyse;
use frontline::engine::model::scenario::{Channel, ContactKind, Outcome};
use frontline::engine::play::contact::{advance, begin, offers, Situation};
use frontline::engine::play::scoring::scorecards;
use frontline::engine::{builtin_policies, check::load, Policy, Scenario, Setup};

fn library() -> Vec<Scenario> {
    let policies = builtin_policies();
    shipped_scenarios()
        .iter()
        .map(|(path, text)| {
            load::load_scenario(text, &policies)
                .unwrap_or_else(|p| panic!("{path} has problems: {p:#?}"))
        })
        .collect()
}

#[test]
fn the_library_has_at_least_eight_scenarios_on_several_channels() {
    let lib = library();
    assert!(lib.len() >= 8, "{} scenarios", lib.len());
    let channels: HashSet<Channel> = lib.iter().map(|s| s.channel).collect();
    assert!(channels.contains(&Channel::Chat), "a chat contact");
    assert!(channels.contains(&Channel::Email), "an e-mail contact");
    let ids: HashSet<&str> = lib.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), lib.len(), "scenario ids are unique");
}

#[test]
fn every_scenario_is_big_enough_and_varied() {
    for s in library() {
        assert!(s.nodes.len() >= 12, "{}: {} nodes", s.id, s.nodes.len());
        let endings: Vec<Outcome> = s
            .nodes
            .iter()
            .filter_map(|n| n.ending.as_ref().map(|e| e.outcome))
            .collect();
        assert!(endings.len() >= 3, "{}: {} endings", s.id, endings.len());
        assert!(
            endings.contains(&Outcome::GaveUp),
            "{}: needs an ending where the customer gives up",
            s.id
        );
        let with_choices: Vec<_> = s.nodes.iter().filter(|n| !n.choices.is_empty()).collect();
        let varied = with_choices
            .iter()
            .filter(|n| {
                n.choices
                    .iter()
                    .map(|c| c.style)
                    .collect::<HashSet<_>>()
                    .len()
                    >= 2
            })
            .count();
        assert!(
            varied * 2 > with_choices.len(),
            "{}: most nodes should offer several styles ({varied} of {})",
            s.id,
            with_choices.len()
        );
        let differs_under_target = s.nodes.iter().flat_map(|n| &n.choices).any(|c| {
            !c.requires.is_empty() || c.goodwill > 0 || c.under.contains_key("target-driven")
        });
        assert!(
            differs_under_target,
            "{}: some choice should be locked or cost differently under target-driven",
            s.id
        );
    }
}

#[test]
fn in_complex_and_complaint_contacts_the_script_scores_clearly_lower() {
    let free = policy("customer-first");
    for s in library().iter().filter(|s| s.kind != ContactKind::Routine) {
        let a = analyse(s, &free, &Setup::default());
        assert!(
            a.best.csat >= a.all_script.csat + 2,
            "{}: best CSAT {} vs all-script {}",
            s.id,
            a.best.csat,
            a.all_script.csat
        );
    }
}

#[test]
fn in_the_routine_contact_the_script_is_no_worse() {
    let lib = library();
    let routine: Vec<&Scenario> = lib
        .iter()
        .filter(|s| s.kind == ContactKind::Routine)
        .collect();
    assert!(!routine.is_empty(), "the library needs a routine contact");
    for s in routine {
        for p in builtin_policies() {
            let a = analyse(s, &p, &Setup::default());
            assert!(
                a.best.csat <= a.all_script.csat + 1,
                "{} under {}: best {} vs all-script {}",
                s.id,
                p.id,
                a.best.csat,
                a.all_script.csat
            );
        }
    }
}

#[test]
fn under_target_driven_the_dashboard_and_the_customer_disagree_in_most_scenarios() {
    let strict = policy("target-driven");
    let lib = library();
    let disagreeing: Vec<&str> = lib
        .iter()
        .filter(|s| {
            let a = analyse(s, &strict, &Setup::default());
            (a.all_script.manager_rating as i32 - a.all_script.csat as i32).abs() >= 2
        })
        .map(|s| s.id.as_str())
        .collect();
    assert!(
        disagreeing.len() * 2 > lib.len(),
        "only {disagreeing:?} of {} disagree",
        lib.len()
    );
}

/// Final (goodwill, manager rating, CSAT) of every path, up to a limit.
fn endings_of(s: &Scenario, p: &Policy, limit: usize) -> Vec<(u32, u8, u8)> {
    let (start, _) = begin(s, p, &Setup::default());
    let mut out = Vec::new();
    let mut stack: Vec<Situation> = vec![start.clone()];
    while let Some(now) = stack.pop() {
        if out.len() >= limit {
            break;
        }
        if now.end.is_some() {
            let cards = scorecards(&start, &now, p, s.persona.traits.speed);
            out.push((
                now.goodwill_spent,
                cards.manager.rating,
                cards.customer.csat,
            ));
            continue;
        }
        for o in offers(s, p, &now).iter().filter(|o| o.available()) {
            if let Ok((next, _)) = advance(s, p, &now, o.index) {
                stack.push(next);
            }
        }
    }
    out
}

#[test]
fn somewhere_excessive_goodwill_costs_the_manager_without_pleasing_the_customer_more() {
    let free = policy("customer-first");
    let half = free.goodwill_budget / 2;
    let found = library().iter().any(|s| {
        let ends = endings_of(s, &free, 200_000);
        let best = |f: &dyn Fn(u32) -> bool| {
            let rated = ends.iter().filter(|e| f(e.0));
            let rating = rated.clone().map(|e| e.1).max();
            let csat = rated.map(|e| e.2).max();
            rating.zip(csat)
        };
        let reasonable = best(&|g| g > 0 && g <= half);
        let excessive = best(&|g| g > half);
        match (reasonable, excessive) {
            (Some((r_rating, r_csat)), Some((x_rating, x_csat))) => {
                x_rating < r_rating && x_csat <= r_csat
            }
            _ => false,
        }
    });
    assert!(
        found,
        "no scenario shows that goodwill beyond reason does not pay"
    );
}

#[test]
fn every_path_of_every_scenario_ends_with_scores_in_range() {
    for s in library() {
        for p in builtin_policies() {
            let a = analyse(&s, &p, &Setup::default());
            assert_eq!(a.csat_distribution.iter().sum::<f64>(), a.paths, "{}", s.id);
            for path in [&a.best, &a.worst, &a.all_script] {
                assert!((1..=5).contains(&path.csat) && path.nps <= 10);
                assert!((1..=5).contains(&path.manager_rating));
            }
        }
    }
}

#[test]
fn every_shipped_scenario_says_what_it_teaches_how_long_it_takes_and_what_to_discuss() {
    for (path, text) in common::shipped_scenarios() {
        let s = frontline::engine::check::load::parse_scenario(&text).unwrap();
        let objective = s
            .objective
            .as_ref()
            .unwrap_or_else(|| panic!("{path}: no objective"));
        assert!(
            objective.missing().is_empty(),
            "{path}: objective in both languages"
        );
        assert!(
            s.minutes.is_some_and(|m| (2..=15).contains(&m)),
            "{path}: minutes"
        );
        assert!(
            (2..=3).contains(&s.discussion.len()),
            "{path}: two or three questions"
        );
        assert!(
            s.discussion.iter().all(|q| q.missing().is_empty()),
            "{path}: questions in both languages"
        );
    }
}

/// What the "done" says, through the trainer's own tool: every
/// shipped scenario lints clean with `--deny-warnings` (validation, the
/// balance check under both house rules, the replay check).
#[test]
fn every_shipped_scenario_lints_clean_with_deny_warnings() {
    let files: Vec<String> = common::shipped_scenarios()
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    assert!(files.len() >= 18, "{} scenarios", files.len());
    let mut args = vec!["lint", "--deny-warnings"];
    args.extend(files.iter().map(String::as_str));
    let (code, out, err) = common::run_cli(&args);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}

#[test]
fn at_least_half_the_library_is_routine_on_every_channel() {
    let lib = library();
    let routine = lib
        .iter()
        .filter(|s| s.kind == ContactKind::Routine)
        .count();
    assert!(
        routine * 2 >= lib.len(),
        "{routine} of {} routine",
        lib.len()
    );
    for channel in [
        Channel::Phone,
        Channel::Chat,
        Channel::Email,
        Channel::Social,
    ] {
        assert!(lib.iter().any(|s| s.channel == channel), "{channel:?}");
    }
}
