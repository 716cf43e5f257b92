//! Scenario validation. Every problem names the scenario, node and choice,
//! says what is wrong in plain words, and where it helps, how to fix it.
//! All checks are linear in the size of the scenario.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::engine::check::load::LIMITS;
use crate::engine::check::problem::{Location, Problem, ProblemKind};
use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{Choice, Condition, Effects, Scenario, FORMAT_VERSION};
use crate::engine::model::text::{Lang, Text};
use crate::engine::wire::named::Named;

const MAX_ID: usize = 64;
const MAX_SECONDS: u32 = 36_000;
const MAX_GOODWILL: u32 = 10_000;

struct Report<'a> {
    scenario: &'a str,
    /// The languages whose texts must be there.
    langs: &'a [Lang],
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn add(&mut self, location: Location, kind: ProblemKind, message: impl Into<String>) {
        self.problems
            .push(Problem::new(self.scenario, location, kind, message));
    }

    fn text(&mut self, location: &Location, field: &str, text: &Text) {
        for lang in text.missing() {
            if !self.langs.contains(&lang) {
                continue;
            }
            self.add(
                location.clone(),
                ProblemKind::MissingTranslation,
                format!("{field} has no {} text", language_name(lang.code())),
            );
        }
        for &lang in Lang::ALL {
            let chars = text.exact(lang).chars().count();
            if chars > LIMITS.max_text_chars {
                self.add(
                    location.clone(),
                    ProblemKind::TooLarge,
                    format!(
                        "{field} ({}) is {chars} characters; the limit is {}",
                        language_name(lang.code()),
                        LIMITS.max_text_chars
                    ),
                );
            }
        }
    }

    fn range(&mut self, location: &Location, what: &str, value: i64, min: i64, max: i64) {
        if value < min || value > max {
            self.add(
                location.clone(),
                ProblemKind::OutOfRange,
                format!("{what} is {value}; it must be between {min} and {max}"),
            );
        }
    }

    fn effects(&mut self, location: &Location, prefix: &str, e: &Effects) {
        for (name, v) in [
            ("mood", e.mood),
            ("patience", e.patience),
            ("trust", e.trust),
            ("effort", e.effort),
        ] {
            self.range(
                location,
                &format!("{prefix}effect on {name}"),
                v as i64,
                -100,
                100,
            );
        }
    }

    fn id(&mut self, location: Location, what: &str, id: &str) {
        if !is_good_id(id) {
            self.add(
                location,
                ProblemKind::BadId,
                format!(
                    "{what} '{id}' is not a valid id: use 1–{MAX_ID} lowercase letters, digits, '-' or '_'"
                ),
            );
        }
    }
}

fn language_name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "nl" => "Dutch",
        _ => "translated",
    }
}

fn is_good_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Every problem in a parsed scenario, checked against the known policies.
pub fn validate(scenario: &Scenario, policies: &[Policy]) -> Vec<Problem> {
    validate_in(scenario, policies, Lang::ALL)
}

/// Like [`validate`], but texts need only be there in `langs`: the game
/// receives the shipped scenarios one language at a time, each checked in
/// full (both languages) by the test suite before it ships.
pub fn validate_in(scenario: &Scenario, policies: &[Policy], langs: &[Lang]) -> Vec<Problem> {
    let mut r = Report {
        scenario: &scenario.id,
        langs,
        problems: Vec::new(),
    };
    let top = Location::Scenario;
    if scenario.format != FORMAT_VERSION {
        r.add(
            top.clone(),
            ProblemKind::UnsupportedFormat,
            format!(
                "format {} is not supported; this version of Frontline reads format {FORMAT_VERSION}",
                scenario.format
            ),
        );
    }
    r.id(top.clone(), "the scenario id", &scenario.id);
    r.text(&top, "the title", &scenario.title);
    r.text(&top, "the summary", &scenario.summary);
    r.text(
        &top,
        "the persona's description",
        &scenario.persona.description,
    );
    if scenario.persona.name.trim().is_empty() {
        r.add(
            top.clone(),
            ProblemKind::MissingTranslation,
            "the persona has no name",
        );
    }
    let t = scenario.persona.traits;
    for (name, v) in [
        ("speed", t.speed),
        ("warmth", t.warmth),
        ("expectations", t.expectations),
        ("complexity", t.complexity),
    ] {
        r.range(&top, &format!("the persona's {name}"), v as i64, 0, 100);
    }
    let m = scenario.persona.start;
    for (name, v) in [
        ("mood", m.mood),
        ("patience", m.patience),
        ("trust", m.trust),
        ("effort", m.effort),
    ] {
        r.range(&top, &format!("the starting {name}"), v as i64, 0, 100);
    }
    if scenario.nodes.len() > LIMITS.max_nodes {
        r.add(
            top.clone(),
            ProblemKind::TooLarge,
            format!(
                "the scenario has {} nodes; the limit is {}",
                scenario.nodes.len(),
                LIMITS.max_nodes
            ),
        );
    }
    let known_policies: HashSet<&str> = policies.iter().map(|p| p.id.as_str()).collect();
    // In the order the policies are given, which is stable.
    let policy_list = || {
        let ids: Vec<&str> = policies.iter().map(|p| p.id.as_str()).collect();
        ids.join(", ")
    };

    let mut seen_nodes: HashMap<&str, usize> = HashMap::new();
    for node in &scenario.nodes {
        let here = Location::Node {
            node: node.id.clone(),
        };
        r.id(here.clone(), "the node id", &node.id);
        if seen_nodes.insert(&node.id, 0).is_some() {
            r.add(
                here.clone(),
                ProblemKind::DuplicateId,
                format!("there is more than one node with the id '{}'", node.id),
            );
        }
        r.text(&here, "the customer's line", &node.customer);
        r.range(&here, "aggression", node.aggression as i64, 0, 100);
        if node.choices.len() > LIMITS.max_choices_per_node {
            r.add(
                here.clone(),
                ProblemKind::TooLarge,
                format!(
                    "this node has {} choices; the limit is {}",
                    node.choices.len(),
                    LIMITS.max_choices_per_node
                ),
            );
        }
        match (&node.ending, node.choices.is_empty()) {
            (Some(_), false) => r.add(
                here.clone(),
                ProblemKind::EndingWithChoices,
                "an ending cannot have choices: remove the choices or the ending",
            ),
            (None, true) => r.add(
                here.clone(),
                ProblemKind::DeadEnd,
                "this node has no choices and is not an ending: the contact would get stuck here; add choices or an ending",
            ),
            _ => {}
        }
        if let Some(ending) = &node.ending {
            r.text(&here, "the ending's summary", &ending.summary);
        }
        let mut seen_choices: HashSet<&str> = HashSet::new();
        for choice in &node.choices {
            let at = Location::Choice {
                node: node.id.clone(),
                choice: choice.id.clone(),
            };
            r.id(at.clone(), "the choice id", &choice.id);
            if !seen_choices.insert(&choice.id) {
                r.add(
                    at.clone(),
                    ProblemKind::DuplicateId,
                    format!(
                        "node '{}' has more than one choice with the id '{}'",
                        node.id, choice.id
                    ),
                );
            }
            r.text(&at, "the agent's answer", &choice.text);
            r.text(&at, "the feedback", &choice.feedback);
            r.effects(&at, "the ", &choice.effects);
            r.range(&at, "seconds", choice.seconds as i64, 1, MAX_SECONDS as i64);
            r.range(
                &at,
                "goodwill",
                choice.goodwill as i64,
                0,
                MAX_GOODWILL as i64,
            );
            if choice.next_index.is_none() {
                r.add(
                    at.clone(),
                    ProblemKind::UnknownNextNode,
                    format!(
                        "leads to '{}', which is not a node in this scenario",
                        choice.next
                    ),
                );
            }
            for condition in &choice.requires {
                match condition {
                    Condition::Policy(p) | Condition::NotPolicy(p)
                        if !known_policies.contains(p.as_str()) =>
                    {
                        r.add(
                            at.clone(),
                            ProblemKind::UnknownPolicy,
                            format!(
                                "a condition names the policy '{p}', which does not exist; known policies: {}",
                                policy_list()
                            ),
                        );
                    }
                    Condition::AtLeast(b) | Condition::AtMost(b) => {
                        r.range(&at, "a condition's value", b.value as i64, 0, 100)
                    }
                    _ => {}
                }
            }
            for (policy, variant) in &choice.under {
                if !known_policies.contains(policy.as_str()) {
                    r.add(
                        at.clone(),
                        ProblemKind::UnknownPolicy,
                        format!(
                            "'under' names the policy '{policy}', which does not exist; known policies: {}",
                            policy_list()
                        ),
                    );
                }
                let prefix = format!("under {policy}, the ");
                if let Some(e) = &variant.effects {
                    r.effects(&at, &prefix, e);
                }
                if let Some(s) = variant.seconds {
                    r.range(
                        &at,
                        &format!("{prefix}seconds"),
                        s as i64,
                        1,
                        MAX_SECONDS as i64,
                    );
                }
                if let Some(g) = variant.goodwill {
                    r.range(
                        &at,
                        &format!("{prefix}goodwill"),
                        g as i64,
                        0,
                        MAX_GOODWILL as i64,
                    );
                }
                if let Some(f) = &variant.feedback {
                    r.text(&at, &format!("the feedback under {policy}"), f);
                }
            }
        }
    }

    if scenario.start_index.is_none() {
        r.add(
            top.clone(),
            ProblemKind::UnknownStart,
            format!(
                "the start is '{}', which is not a node in this scenario",
                scenario.start
            ),
        );
    }
    if !scenario.nodes.iter().any(|n| n.ending.is_some()) {
        r.add(
            top.clone(),
            ProblemKind::NoEnding,
            "the scenario has no ending: mark at least one node with an \"ending\"",
        );
    }
    graph_checks(scenario, policies, &mut r);
    r.problems
}

/// Reachability and termination, in general and under each policy.
fn graph_checks(scenario: &Scenario, policies: &[Policy], r: &mut Report) {
    let Some(start) = scenario.start_index else {
        return;
    };
    let all = |_: &Choice| true;
    let reachable = reach_from(scenario, start, &all);
    // A duplicated id already has its own problem; links can reach only one
    // of the copies, so do not also call the others unreachable.
    let mut seen = HashSet::new();
    let duplicated: HashSet<&str> = scenario
        .nodes
        .iter()
        .filter(|n| !seen.insert(n.id.as_str()))
        .map(|n| n.id.as_str())
        .collect();
    for (i, node) in scenario.nodes.iter().enumerate() {
        if !reachable[i] && !duplicated.contains(node.id.as_str()) {
            r.add(
                Location::Node {
                    node: node.id.clone(),
                },
                ProblemKind::UnreachableNode,
                "no path from the start leads here",
            );
        }
    }
    let ends = reaches_ending(scenario, &all);
    let has_ending = scenario.nodes.iter().any(|n| n.ending.is_some());
    for (i, node) in scenario.nodes.iter().enumerate() {
        if reachable[i] && !ends[i] && !node.choices.is_empty() && has_ending {
            r.add(
                Location::Node {
                    node: node.id.clone(),
                },
                ProblemKind::NeverEnds,
                "no ending can be reached from here: the contact would go round forever; add a way out",
            );
        }
    }
    for policy in policies {
        let allowed = |c: &Choice| allowed_by(policy, c);
        let reachable_here = reach_from(scenario, start, &allowed);
        let ends_here = reaches_ending(scenario, &allowed);
        for (i, node) in scenario.nodes.iter().enumerate() {
            if !reachable_here[i] || node.choices.is_empty() {
                continue;
            }
            let here = Location::Node {
                node: node.id.clone(),
            };
            if !node.choices.iter().any(allowed) {
                r.add(
                    here,
                    ProblemKind::NoChoiceUnderPolicy,
                    format!(
                        "under the policy '{}' every choice here is locked; add one that policy allows",
                        policy.id
                    ),
                );
            } else if ends[i] && !ends_here[i] && has_ending {
                r.add(
                    here,
                    ProblemKind::NeverEnds,
                    format!(
                        "under the policy '{}' no ending can be reached from here",
                        policy.id
                    ),
                );
            }
        }
    }
}

/// Whether a policy allows a choice, ignoring conditions on the customer's
/// meters (those depend on how the contact goes).
fn allowed_by(policy: &Policy, c: &Choice) -> bool {
    let conditions_hold = c.requires.iter().all(|condition| match condition {
        Condition::Authority(a) => policy.allows(*a),
        Condition::Policy(p) => *p == policy.id,
        Condition::NotPolicy(p) => *p != policy.id,
        Condition::AtLeast(_) | Condition::AtMost(_) => true,
    });
    conditions_hold && c.goodwill_under(&policy.id) <= policy.goodwill_budget
}

fn reach_from(scenario: &Scenario, start: usize, follow: &dyn Fn(&Choice) -> bool) -> Vec<bool> {
    let mut seen = vec![false; scenario.nodes.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(i) = queue.pop_front() {
        for c in scenario.nodes[i].choices.iter().filter(|c| follow(c)) {
            if let Some(n) = c.next_index {
                if !seen[n] {
                    seen[n] = true;
                    queue.push_back(n);
                }
            }
        }
    }
    seen
}

/// Nodes from which an ending can be reached, by a search backwards from
/// the endings.
fn reaches_ending(scenario: &Scenario, follow: &dyn Fn(&Choice) -> bool) -> Vec<bool> {
    let n = scenario.nodes.len();
    let mut into: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, node) in scenario.nodes.iter().enumerate() {
        for c in node.choices.iter().filter(|c| follow(c)) {
            if let Some(next) = c.next_index {
                into[next].push(i);
            }
        }
    }
    let mut ok = vec![false; n];
    let mut queue: VecDeque<usize> = VecDeque::new();
    for (i, node) in scenario.nodes.iter().enumerate() {
        if node.ending.is_some() {
            ok[i] = true;
            queue.push_back(i);
        }
    }
    while let Some(i) = queue.pop_front() {
        for &from in &into[i] {
            if !ok[from] {
                ok[from] = true;
                queue.push_back(from);
            }
        }
    }
    ok
}
