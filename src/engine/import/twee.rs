//! Import of Twine stories in Twee 3, the Twine 2 plain-text format.
//!
//! Passages become nodes and links become choices. What Twine has no place
//! for (styles, effects, the Dutch text, endings) travels in a documented
//! convention of `@` lines and passage tags; see `assets/scenarios/README.md`.

use std::collections::HashMap;

use crate::engine::check::diagnostic::{Code, Diagnostic, Location, Term};
use crate::engine::model::scenario::{
    Choice, Condition, Effects, Ending, MeterBound, Node, Outcome, PolicyVariant, Scenario, Style,
};
use crate::engine::model::text::Text;
use crate::engine::wire::named::Named;

/// The passage that carries the scenario's own fields as JSON.
pub const META_PASSAGE: &str = "Frontline";

struct Passage {
    name: String,
    tags: Vec<String>,
    /// Line number of the header, 1-based.
    line: usize,
    body: Vec<(usize, String)>,
}

/// Turn a Twee 3 story into a scenario. The result still goes through
/// validation; problems here are about the Twee text itself.
pub fn import(text: &str) -> Result<Scenario, Vec<Diagnostic>> {
    let passages = passages(text)?;
    let mut problems = Vec::new();
    let at = |line: usize| Location::File { line, column: 1 };

    // Scenario fields come from the Frontline passage; whatever it leaves
    // out gets a default, so any Twine story imports into a skeleton that
    // validation then explains.
    let story_title = passages
        .iter()
        .find(|p| p.name == "StoryTitle")
        .map(|p| {
            p.body
                .iter()
                .map(|(_, l)| l.trim())
                .collect::<Vec<_>>()
                .join(" ")
                .trim()
                .to_string()
        })
        .unwrap_or_default();
    let mut head = serde_json::json!({
        "format": 1,
        "id": slug(if story_title.is_empty() { "imported" } else { &story_title }),
        "title": {"en": story_title, "nl": ""},
        "summary": {"en": "", "nl": ""},
        "channel": "phone",
        "difficulty": "medium",
        "kind": "complex",
        "persona": {
            "name": "Customer",
            "description": {"en": "", "nl": ""},
            "traits": {"speed": 50, "warmth": 50, "expectations": 50, "complexity": 50}
        }
    });
    let meta = passages.iter().find(|p| p.name == META_PASSAGE);
    let meta_line = meta.map_or(1, |m| m.line);
    if let Some(meta) = meta {
        let meta_text: String = meta
            .body
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let given: serde_json::Value = serde_json::from_str(&meta_text).map_err(|e| {
            vec![
                Diagnostic::new(Code::TweeMetaNotJson, at(meta.line + e.line()))
                    .text("passage", META_PASSAGE)
                    .text("detail", strip_position(&e.to_string())),
            ]
        })?;
        let serde_json::Value::Object(given) = given else {
            return Err(vec![Diagnostic::new(
                Code::TweeMetaNotObject,
                at(meta.line),
            )
            .text("passage", META_PASSAGE)]);
        };
        let obj = head.as_object_mut().expect("built as an object");
        for (k, v) in given {
            obj.insert(k, v);
        }
    }
    let story_start = passages
        .iter()
        .find(|p| p.name == "StoryData")
        .and_then(|p| {
            let text: String = p
                .body
                .iter()
                .map(|(_, l)| l.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            serde_json::from_str::<serde_json::Value>(&text).ok()
        })
        .and_then(|v| v.get("start").and_then(|s| s.as_str()).map(str::to_string));

    let story: Vec<&Passage> = passages
        .iter()
        .filter(|p| !matches!(p.name.as_str(), "StoryTitle" | "StoryData" | META_PASSAGE))
        .filter(|p| !p.tags.iter().any(|t| t == "script" || t == "stylesheet"))
        .collect();
    let mut ids: HashMap<&str, String> = HashMap::new();
    let mut seen: HashMap<String, &str> = HashMap::new();
    for p in &story {
        let id = slug(&p.name);
        if let Some(other) = seen.insert(id.clone(), &p.name) {
            problems.push(
                Diagnostic::new(Code::TweePassagesClash, at(p.line))
                    .text("first", other)
                    .text("second", &p.name)
                    .text("node", &id),
            );
        }
        ids.insert(&p.name, id);
    }
    let node_id = |name: &str| ids.get(name).cloned().unwrap_or_else(|| slug(name));

    let mut nodes = Vec::with_capacity(story.len());
    for p in &story {
        match node(p, &node_id) {
            Ok(n) => nodes.push(n),
            Err(mut e) => problems.append(&mut e),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let obj = head.as_object_mut().expect("built as an object");
    let start = obj
        .get("start")
        .and_then(|s| s.as_str())
        .map(&node_id)
        .or_else(|| story_start.as_deref().map(node_id))
        .or_else(|| story.first().map(|p| node_id(&p.name)))
        .unwrap_or_default();
    obj.insert("start".into(), start.into());
    obj.insert(
        "nodes".into(),
        serde_json::to_value(&nodes).expect("nodes serialize"),
    );
    let mut scenario: Scenario = crate::engine::wire::json::from_value(head).map_err(|e| {
        vec![Diagnostic::new(Code::TweeMetaNotScenario, at(meta_line))
            .text("passage", META_PASSAGE)
            .text("detail", e.to_string())]
    })?;
    scenario.link();
    Ok(scenario)
}

fn strip_position(message: &str) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_string()
}

/// Split the file into passages at `::` headers.
fn passages(text: &str) -> Result<Vec<Passage>, Vec<Diagnostic>> {
    let mut out: Vec<Passage> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some(header) = raw.strip_prefix("::") {
            let (name, tags) = header_parts(header.trim());
            if name.is_empty() {
                return Err(vec![Diagnostic::new(
                    Code::TweeHeaderWithoutName,
                    Location::File { line, column: 3 },
                )]);
            }
            out.push(Passage {
                name,
                tags,
                line,
                body: Vec::new(),
            });
        } else if let Some(p) = out.last_mut() {
            // `\::` keeps a line that starts like a header as passage text.
            let raw = raw
                .strip_prefix('\\')
                .filter(|r| r.starts_with("::"))
                .unwrap_or(raw);
            p.body.push((line, raw.to_string()));
        } else if !raw.trim().is_empty() {
            return Err(vec![Diagnostic::new(
                Code::TweeTextBeforeFirstPassage,
                Location::File { line, column: 1 },
            )]);
        }
    }
    if out.is_empty() {
        return Err(vec![Diagnostic::new(
            Code::TweeNoPassages,
            Location::File { line: 1, column: 1 },
        )]);
    }
    Ok(out)
}

/// `Name [tag tag] {"position":"…"}` → name (unescaped) and tags.
fn header_parts(header: &str) -> (String, Vec<String>) {
    let mut name = String::new();
    let mut chars = header.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    name.push(next);
                }
            }
            '[' | '{' => {
                let rest: String = std::iter::once(c).chain(chars).collect();
                let tags = if c == '[' {
                    rest[1..]
                        .split(']')
                        .next()
                        .unwrap_or("")
                        .split_whitespace()
                        .map(str::to_string)
                        .collect()
                } else {
                    Vec::new()
                };
                return (name.trim().to_string(), tags);
            }
            _ => name.push(c),
        }
    }
    (name.trim().to_string(), Vec::new())
}

/// A passage name as a node id: lowercase letters, digits and dashes.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(64);
    if out.is_empty() {
        "passage".to_string()
    } else {
        out
    }
}

/// A link: `[[Text->Target]]`, `[[Target<-Text]]`, `[[Text|Target]]` or `[[Target]]`.
fn link(line: &str) -> Option<(String, String)> {
    let start = line.find("[[")?;
    let end = start + 2 + line[start + 2..].find("]]")?;
    let inner = &line[start + 2..end];
    let (text, target) = if let Some((t, g)) = inner.split_once("->") {
        (t, g)
    } else if let Some((g, t)) = inner.split_once("<-") {
        (t, g)
    } else if let Some((t, g)) = inner.split_once('|') {
        (t, g)
    } else {
        (inner, inner)
    };
    Some((text.trim().to_string(), target.trim().to_string()))
}

fn node(p: &Passage, node_id: &dyn Fn(&str) -> String) -> Result<Node, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut customer = Text::default();
    let mut aggression = 0;
    let mut ending: Option<Ending> = None;
    let mut choices: Vec<Choice> = Vec::new();
    for tag in &p.tags {
        if let Some(outcome) = tag.strip_prefix("ending-") {
            match outcome_named(outcome) {
                Some(o) => {
                    ending = Some(Ending {
                        outcome: o,
                        summary: Text::default(),
                        contact_again: None,
                    })
                }
                None => problems.push(bad(
                    p.line,
                    err(Code::TweeUnknownEndingTag).text("tag", tag),
                )),
            }
        } else if let Some(n) = tag.strip_prefix("aggression-") {
            match n.parse() {
                Ok(v) => aggression = v,
                Err(_) => problems.push(bad(p.line, err(Code::TweeAggressionTag).text("tag", tag))),
            }
        }
    }
    for (line, raw) in &p.body {
        let text = raw.trim();
        if text.is_empty() {
            continue;
        }
        if let Some((label, target)) = link(text) {
            choices.push(Choice {
                id: format!("choice-{}", choices.len() + 1),
                text: Text {
                    en: label,
                    nl: String::new(),
                },
                style: Style::Scripted,
                tone: Vec::new(),
                effects: Effects::default(),
                seconds: 30,
                goodwill: 0,
                requires: Vec::new(),
                under: Default::default(),
                verifies: false,
                changes: None,
                verdict: None,
                private: false,
                next: node_id(&target),
                feedback: Text::default(),
                next_index: None,
            });
            continue;
        }
        let Some(directive) = text.strip_prefix('@') else {
            // Plain text before any link is the customer's line.
            if choices.is_empty() {
                append(&mut customer.en, text);
            } else {
                problems.push(bad(*line, err(Code::TweeTextAfterLink)));
            }
            continue;
        };
        let (key, value) = directive
            .split_once(char::is_whitespace)
            .unwrap_or((directive, ""));
        let value = value.trim();
        let result = match (key, choices.last_mut()) {
            ("nl", None) => {
                append(&mut customer.nl, value);
                Ok(())
            }
            ("nl", Some(c)) => {
                append(&mut c.text.nl, value);
                Ok(())
            }
            ("aggression", None) => value
                .parse()
                .map(|v| aggression = v)
                .map_err(|_| err(Code::TweeAggressionNumber)),
            ("ending", None) => outcome_named(value)
                .map(|o| {
                    ending = Some(Ending {
                        outcome: o,
                        summary: ending.take().map(|e| e.summary).unwrap_or_default(),
                        contact_again: None,
                    })
                })
                .ok_or_else(|| err(Code::TweeUnknownEnding).text("value", value)),
            ("summary", None) | ("summary-nl", None) => {
                let e = ending.get_or_insert(Ending {
                    outcome: Outcome::Resolved,
                    summary: Text::default(),
                    contact_again: None,
                });
                if key == "summary" {
                    append(&mut e.summary.en, value);
                } else {
                    append(&mut e.summary.nl, value);
                }
                Ok(())
            }
            ("feedback", Some(c)) => {
                append(&mut c.feedback.en, value);
                Ok(())
            }
            ("feedback-nl", Some(c)) => {
                append(&mut c.feedback.nl, value);
                Ok(())
            }
            ("choice", Some(c)) => choice_fields(c, value),
            (_, None) if matches!(key, "feedback" | "feedback-nl" | "choice") => {
                Err(err(Code::TweeBelongsUnderLink).text("directive", key))
            }
            (_, Some(_)) if matches!(key, "aggression" | "ending" | "summary" | "summary-nl") => {
                Err(err(Code::TweeBelongsBeforeLinks).text("directive", key))
            }
            _ => Err(err(Code::TweeUnknownDirective).text("directive", key)),
        };
        if let Err(d) = result {
            problems.push(bad(*line, d));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Node {
        wordings: Vec::new(),
        id: node_id(&p.name),
        customer,
        aggression,
        choices,
        ending,
    })
}

fn append(to: &mut String, text: &str) {
    if !to.is_empty() {
        to.push(' ');
    }
    to.push_str(text);
}

/// A diagnostic about the Twee text; [`bad`] says on which line.
fn err(code: Code) -> Diagnostic {
    Diagnostic::new(code, Location::File { line: 1, column: 1 })
}

fn bad(line: usize, mut d: Diagnostic) -> Diagnostic {
    d.location = Location::File { line, column: 1 };
    d
}

fn outcome_named(name: &str) -> Option<Outcome> {
    match name {
        "resolved" => Some(Outcome::Resolved),
        "unresolved" => Some(Outcome::Unresolved),
        "gave-up" | "gave_up" => Some(Outcome::GaveUp),
        _ => None,
    }
}

/// `style=empathetic seconds=60 mood=+5 trust=-2 resolves goodwill=10
/// tone=small_talk requires=authority:goodwill id=offer-help
/// target-driven.seconds=300`.
fn choice_fields(c: &mut Choice, fields: &str) -> Result<(), Diagnostic> {
    for field in fields.split_whitespace() {
        let (key, value) = field.split_once('=').unwrap_or((field, ""));
        let number = || {
            value.trim_start_matches('+').parse::<i32>().map_err(|_| {
                err(Code::TweeNeedsNumber)
                    .text("field", key)
                    .text("value", value)
            })
        };
        match key {
            "id" => c.id = value.to_string(),
            "style" => c.style = named(value, Term::Style)?,
            "seconds" => c.seconds = number()?.max(0) as u32,
            "goodwill" => c.goodwill = number()?.max(0) as u32,
            "mood" => c.effects.mood = number()?,
            "patience" => c.effects.patience = number()?,
            "trust" => c.effects.trust = number()?,
            "effort" => c.effects.effort = number()?,
            "resolves" => c.effects.resolves = true,
            "tone" => c.tone.push(named(value, Term::Tone)?),
            "requires" => c.requires.push(condition(value)?),
            _ => {
                let Some((policy, what)) = key.split_once('.') else {
                    return Err(err(Code::TweeUnknownChoiceField).text("field", key));
                };
                let v: &mut PolicyVariant =
                    c.under.get_or_insert_with(policy, PolicyVariant::default);
                match what {
                    "seconds" => v.seconds = Some(number()?.max(0) as u32),
                    "goodwill" => v.goodwill = Some(number()?.max(0) as u32),
                    _ => return Err(err(Code::TweeNotPerPolicy).text("field", key)),
                }
            }
        }
    }
    Ok(())
}

/// A style, tone, authority or meter by the name the JSON format uses.
fn named<T: Named>(value: &str, what: Term) -> Result<T, Diagnostic> {
    T::NAMES
        .iter()
        .position(|n| *n == value)
        .map(|i| T::ALL[i])
        .ok_or_else(|| {
            err(Code::TweeUnknownName)
                .term("what", what)
                .text("value", value)
                .text("known", T::NAMES.join(", "))
        })
}

/// `authority:goodwill`, `policy:customer-first`, `not_policy:target-driven`,
/// `trust>=40`, `mood<=30`.
fn condition(value: &str) -> Result<Condition, Diagnostic> {
    if let Some((kind, arg)) = value.split_once(':') {
        return match kind {
            "authority" => named(arg, Term::Authority).map(Condition::Authority),
            "policy" => Ok(Condition::Policy(arg.to_string())),
            "not_policy" => Ok(Condition::NotPolicy(arg.to_string())),
            _ => Err(err(Code::TweeUnknownCondition).text("condition", kind)),
        };
    }
    for (op, at_least) in [(">=", true), ("<=", false)] {
        if let Some((m, v)) = value.split_once(op) {
            let meter = named(m, Term::Meter)?;
            let value = v.parse().map_err(|_| {
                err(Code::TweeConditionNumber)
                    .text("condition", value)
                    .text("op", op)
            })?;
            let bound = MeterBound { meter, value };
            return Ok(if at_least {
                Condition::AtLeast(bound)
            } else {
                Condition::AtMost(bound)
            });
        }
    }
    Err(err(Code::TweeUnknownCondition).text("condition", value))
}
