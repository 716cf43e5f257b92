//! Scenario validation. Every problem names the scenario, node and choice,
//! says what is wrong in plain words, and where it helps, how to fix it.
//! All checks are linear in the size of the scenario.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::engine::check::diagnostic::{Arg, Code, Diagnostic, Location, Term};
use crate::engine::check::load::LIMITS;
use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{
    Channel, Choice, Condition, Effects, Scenario, FORMAT_VERSION,
};
use crate::engine::model::text::{Lang, Text};
use crate::engine::wire::named::Named;

const MAX_ID: usize = 64;
const MAX_SECONDS: u32 = 36_000;
const MAX_GOODWILL: u32 = 10_000;
/// Texts of at least this many words that are the same in every language
/// get a warning.
const UNTRANSLATED_WORDS: usize = 4;

struct Report<'a> {
    scenario: &'a str,
    /// The languages whose texts must be there.
    langs: &'a [Lang],
    /// Written in one language: no text is expected to differ between
    /// languages.
    one_language: bool,
    /// Whether the persona has `details` to fill `{detail}` with.
    has_details: bool,
    problems: Vec<Diagnostic>,
}

impl Report<'_> {
    fn add(&mut self, d: Diagnostic) {
        self.problems.push(d.in_scenario(self.scenario));
    }

    fn text(&mut self, location: &Location, field: Term, policy: Option<&str>, text: &Text) {
        let at = |code| {
            let d = Diagnostic::new(code, location.clone()).term("field", field);
            match policy {
                Some(p) => d.text("policy", p),
                None => d,
            }
        };
        if !self.has_details
            && Lang::ALL
                .iter()
                .any(|&l| text.exact(l).contains("{detail}"))
        {
            self.add(at(Code::NoDetails).text("placeholder", "{detail}"));
        }
        for lang in text.missing() {
            if !self.langs.contains(&lang) {
                continue;
            }
            self.add(at(Code::MissingText).term("lang", Term::language(lang)));
        }
        for &lang in Lang::ALL {
            let chars = text.exact(lang).chars().count();
            if chars > LIMITS.max_text_chars {
                self.add(
                    at(Code::TextTooLong)
                        .term("lang", Term::language(lang))
                        .number("chars", chars as i64)
                        .number("limit", LIMITS.max_text_chars as i64),
                );
            }
        }
        // A longer text the same in every language was most likely copied
        // and not translated; short ones ("OK", a name) may well be equal.
        let first = text.exact(Lang::ALL[0]).trim();
        if !self.one_language
            && first.split_whitespace().count() >= UNTRANSLATED_WORDS
            && Lang::ALL.iter().all(|&l| text.exact(l).trim() == first)
        {
            self.add(at(Code::Untranslated));
        }
    }

    /// `what` is a term, with its own arguments in `with`.
    fn range(
        &mut self,
        location: &Location,
        what: Term,
        with: &[(&'static str, Arg)],
        value: i64,
        min: i64,
        max: i64,
    ) {
        if value < min || value > max {
            let mut d = Diagnostic::new(Code::OutOfRange, location.clone())
                .term("what", what)
                .number("value", value)
                .number("min", min)
                .number("max", max);
            d.args.extend(with.iter().cloned());
            self.add(d);
        }
    }

    fn effects(&mut self, location: &Location, policy: Option<&str>, e: &Effects) {
        for (meter, v) in [
            (Term::Mood, e.mood),
            (Term::Patience, e.patience),
            (Term::Trust, e.trust),
            (Term::Effort, e.effort),
        ] {
            let mut with = vec![("meter", Arg::Term(meter))];
            let what = match policy {
                Some(p) => {
                    with.push(("policy", Arg::Text(p.to_string())));
                    Term::EffectUnder
                }
                None => Term::Effect,
            };
            self.range(location, what, &with, v as i64, -100, 100);
        }
    }

    fn id(&mut self, location: Location, what: Term, id: &str) {
        if !is_good_id(id) {
            self.add(
                Diagnostic::new(Code::BadId, location)
                    .term("what", what)
                    .text("id", id)
                    .number("max", MAX_ID as i64),
            );
        }
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
pub fn validate(scenario: &Scenario, policies: &[Policy]) -> Vec<Diagnostic> {
    validate_in(scenario, policies, Lang::ALL)
}

/// Like [`validate`], but texts need only be there in `langs`: the game
/// receives the shipped scenarios one language at a time, each checked in
/// full (both languages) by the test suite before it ships.
pub fn validate_in(scenario: &Scenario, policies: &[Policy], langs: &[Lang]) -> Vec<Diagnostic> {
    // A text need only be there in the languages the scenario declares.
    let declared: Vec<Lang> = langs
        .iter()
        .copied()
        .filter(|&l| scenario.is_in(l))
        .collect();
    let mut r = Report {
        scenario: &scenario.id,
        langs: &declared,
        one_language: scenario.written_in().len() < 2,
        has_details: !scenario.persona.details.is_empty(),
        problems: Vec::new(),
    };
    let top = Location::Scenario;
    if scenario.format != FORMAT_VERSION {
        r.add(
            Diagnostic::new(Code::UnsupportedFormat, top.clone())
                .number("format", scenario.format as i64)
                .number("supported", FORMAT_VERSION as i64),
        );
    }
    r.id(top.clone(), Term::ScenarioId, &scenario.id);
    r.text(&top, Term::Title, None, &scenario.title);
    r.text(&top, Term::Summary, None, &scenario.summary);
    if let Some(objective) = &scenario.objective {
        r.text(&top, Term::Objective, None, objective);
    }
    for question in &scenario.discussion {
        r.text(&top, Term::DiscussionQuestion, None, question);
    }
    r.text(
        &top,
        Term::PersonaDescription,
        None,
        &scenario.persona.description,
    );
    for detail in &scenario.persona.details {
        r.text(&top, Term::PersonaDetail, None, detail);
    }
    let names = std::iter::once(&scenario.persona.name).chain(&scenario.persona.names);
    if names.into_iter().any(|n| n.trim().is_empty()) {
        r.add(Diagnostic::new(Code::NoPersonaName, top.clone()));
    }
    let t = scenario.persona.traits;
    for (name, v) in [
        (Term::Speed, t.speed),
        (Term::Warmth, t.warmth),
        (Term::Expectations, t.expectations),
        (Term::Complexity, t.complexity),
    ] {
        let with = [("trait", Arg::Term(name))];
        r.range(&top, Term::PersonaTrait, &with, v as i64, 0, 100);
    }
    let m = scenario.persona.start;
    for (name, v) in [
        (Term::Mood, m.mood),
        (Term::Patience, m.patience),
        (Term::Trust, m.trust),
        (Term::Effort, m.effort),
    ] {
        let with = [("meter", Arg::Term(name))];
        r.range(&top, Term::StartingMeter, &with, v as i64, 0, 100);
    }
    channel_fields(scenario, &mut r);
    if scenario.nodes.len() > LIMITS.max_nodes {
        r.add(
            Diagnostic::new(Code::TooManyNodes, top.clone())
                .number("count", scenario.nodes.len() as i64)
                .number("limit", LIMITS.max_nodes as i64),
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
        r.id(here.clone(), Term::NodeId, &node.id);
        if seen_nodes.insert(&node.id, 0).is_some() {
            r.add(Diagnostic::new(Code::DuplicateNode, here.clone()).text("node", &node.id));
        }
        r.text(&here, Term::CustomerLine, None, &node.customer);
        for wording in &node.wordings {
            r.text(&here, Term::CustomerLine, None, wording);
        }
        if !node.narration.is_empty() {
            r.text(&here, Term::Narration, None, &node.narration);
        }
        r.range(&here, Term::Aggression, &[], node.aggression as i64, 0, 100);
        if node.choices.len() > LIMITS.max_choices_per_node {
            r.add(
                Diagnostic::new(Code::TooManyChoices, here.clone())
                    .number("count", node.choices.len() as i64)
                    .number("limit", LIMITS.max_choices_per_node as i64),
            );
        }
        match (&node.ending, node.choices.is_empty()) {
            (Some(_), false) => r.add(Diagnostic::new(Code::EndingWithChoices, here.clone())),
            (None, true) => r.add(Diagnostic::new(Code::DeadEnd, here.clone())),
            _ => {}
        }
        if let Some(ending) = &node.ending {
            r.text(&here, Term::EndingSummary, None, &ending.summary);
        }
        let mut seen_choices: HashSet<&str> = HashSet::new();
        for choice in &node.choices {
            let at = Location::Choice {
                node: node.id.clone(),
                choice: choice.id.clone(),
            };
            r.id(at.clone(), Term::ChoiceId, &choice.id);
            if !seen_choices.insert(&choice.id) {
                r.add(
                    Diagnostic::new(Code::DuplicateChoice, at.clone())
                        .text("node", &node.id)
                        .text("choice", &choice.id),
                );
            }
            if choice.private && scenario.channel != Channel::Social {
                r.add(only_social(at.clone(), "private", scenario.channel));
            }
            r.text(&at, Term::AgentAnswer, None, &choice.text);
            r.text(&at, Term::Feedback, None, &choice.feedback);
            r.effects(&at, None, &choice.effects);
            let max_seconds = MAX_SECONDS as i64;
            let max_goodwill = MAX_GOODWILL as i64;
            r.range(
                &at,
                Term::Seconds,
                &[],
                choice.seconds as i64,
                1,
                max_seconds,
            );
            r.range(
                &at,
                Term::Goodwill,
                &[],
                choice.goodwill as i64,
                0,
                max_goodwill,
            );
            if choice.next_index.is_none() {
                r.add(Diagnostic::new(Code::UnknownNext, at.clone()).text("next", &choice.next));
            }
            for condition in &choice.requires {
                match condition {
                    Condition::Policy(p) | Condition::NotPolicy(p)
                        if !known_policies.contains(p.as_str()) =>
                    {
                        r.add(
                            Diagnostic::new(Code::UnknownPolicyInCondition, at.clone())
                                .text("policy", p)
                                .text("known", policy_list()),
                        );
                    }
                    Condition::AtLeast(b) | Condition::AtMost(b) => {
                        r.range(&at, Term::ConditionValue, &[], b.value as i64, 0, 100)
                    }
                    _ => {}
                }
            }
            for (policy, variant) in &choice.under {
                if !known_policies.contains(policy.as_str()) {
                    r.add(
                        Diagnostic::new(Code::UnknownPolicyInUnder, at.clone())
                            .text("policy", policy)
                            .text("known", policy_list()),
                    );
                }
                let with = [("policy", Arg::Text(policy.clone()))];
                if let Some(e) = &variant.effects {
                    r.effects(&at, Some(policy), e);
                }
                if let Some(s) = variant.seconds {
                    r.range(&at, Term::SecondsUnder, &with, s as i64, 1, max_seconds);
                }
                if let Some(g) = variant.goodwill {
                    r.range(&at, Term::GoodwillUnder, &with, g as i64, 0, max_goodwill);
                }
                if let Some(f) = &variant.feedback {
                    r.text(&at, Term::FeedbackUnder, Some(policy), f);
                }
            }
        }
    }

    if scenario.start_index.is_none() {
        r.add(Diagnostic::new(Code::UnknownStart, top.clone()).text("start", &scenario.start));
    }
    if !scenario.nodes.iter().any(|n| n.ending.is_some()) {
        r.add(Diagnostic::new(Code::NoEnding, top.clone()));
    }
    graph_checks(scenario, policies, &mut r);
    r.problems
}

/// The longest a promise or a wait may be: a week, in seconds.
const MAX_ASYNC_SECONDS: i64 = 7 * 24 * 3600;

/// The scenario's fields that belong to a channel: each in its range, and
/// none on a channel where it means nothing.
fn channel_fields(scenario: &Scenario, r: &mut Report) {
    let top = Location::Scenario;
    let channel = scenario.channel;
    let misplaced = |field: &str| {
        Diagnostic::new(Code::OnlyAsynchronous, Location::Scenario)
            .text("field", field)
            .text("channel", channel.name())
    };
    if let Some(p) = scenario.reply_within {
        r.range(
            &top,
            Term::ReplyWithin,
            &[],
            p as i64,
            60,
            MAX_ASYNC_SECONDS,
        );
        if !channel.is_asynchronous() {
            r.add(misplaced("reply_within"));
        }
    }
    if scenario.waiting > 0 {
        let waiting = scenario.waiting as i64;
        r.range(&top, Term::Waiting, &[], waiting, 0, MAX_ASYNC_SECONDS);
        if !channel.is_asynchronous() {
            r.add(misplaced("waiting"));
        }
    }
    if let Some(a) = scenario.audience {
        r.range(&top, Term::Watching, &[], a.watching as i64, 1, 100_000_000);
        if channel != Channel::Social {
            r.add(only_social(top.clone(), "audience", channel));
        }
    }
}

fn only_social(at: Location, field: &str, channel: Channel) -> Diagnostic {
    Diagnostic::new(Code::OnlySocial, at)
        .text("field", field)
        .text("channel", channel.name())
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
    let at = |node: &crate::engine::model::scenario::Node| Location::Node {
        node: node.id.clone(),
    };
    for (i, node) in scenario.nodes.iter().enumerate() {
        if !reachable[i] && !duplicated.contains(node.id.as_str()) {
            r.add(Diagnostic::new(Code::Unreachable, at(node)));
        }
    }
    let ends = reaches_ending(scenario, &all);
    let has_ending = scenario.nodes.iter().any(|n| n.ending.is_some());
    for (i, node) in scenario.nodes.iter().enumerate() {
        if reachable[i] && !ends[i] && !node.choices.is_empty() && has_ending {
            r.add(Diagnostic::new(Code::NeverEnds, at(node)));
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
            if !node.choices.iter().any(allowed) {
                r.add(
                    Diagnostic::new(Code::NoChoiceUnderPolicy, at(node)).text("policy", &policy.id),
                );
            } else if ends[i] && !ends_here[i] && has_ending {
                r.add(
                    Diagnostic::new(Code::NeverEndsUnderPolicy, at(node))
                        .text("policy", &policy.id),
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
