//! Import of Twine stories in Twee 3, the Twine 2 plain-text format.
//!
//! Passages become nodes and links become choices. What Twine has no place
//! for (styles, effects, the Dutch text, endings) travels in a documented
//! convention of `@` lines and passage tags; see `assets/scenarios/README.md`.

use std::collections::HashMap;

use crate::engine::check::diagnostic::{Code, Diagnostic, Location, Term};
use crate::engine::import::story;
use crate::engine::model::scenario::{
    Choice, Condition, Effects, Ending, MeterBound, Node, Outcome, PolicyVariant, Scenario, Style,
};
use crate::engine::model::text::{Lang, Text};
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

/// Turn a Twee 3 story written to Frontline's convention into a scenario.
/// The result still goes through validation; problems here are about the
/// Twee text itself.
pub fn import(text: &str) -> Result<Scenario, Vec<Diagnostic>> {
    convert(text, false).map(|(s, _)| s)
}

/// Turn any Twine 2 story in Twee 3 into a scenario: one in Frontline's
/// convention exactly as [`import`] does, and an ordinary one by the rules
/// of `story.rs` (links in prose, link-less passages as endings, markup as
/// plain text, story-format code translated or stripped) with defaults for
/// what Twine has no place for. Returns the scenario with what the trainer
/// should know: warnings, and the one error of a story in one language that
/// does not say so.
pub fn import_story(text: &str) -> Result<(Scenario, Vec<Diagnostic>), Vec<Diagnostic>> {
    convert(text, true)
}

/// How an ordinary story is read: in which languages, and what the
/// trainer is told.
struct Lenient {
    /// The language of plain text and link text.
    primary: Lang,
    /// The languages the story is written in.
    langs: Vec<Lang>,
    notes: Vec<Diagnostic>,
    /// Answers that got the default style.
    unstyled: usize,
}

/// Passages that are story-format code, not story: by name (SugarCube)
/// or by tag (Harlowe, SugarCube).
fn is_special(p: &Passage) -> bool {
    const NAMES: [&str; 12] = [
        "StoryInit",
        "StoryCaption",
        "StoryMenu",
        "StoryBanner",
        "StorySubtitle",
        "StoryAuthor",
        "StoryInterface",
        "StoryShare",
        "PassageReady",
        "PassageDone",
        "PassageHeader",
        "PassageFooter",
    ];
    const TAGS: [&str; 8] = [
        "header",
        "footer",
        "startup",
        "debug-header",
        "debug-footer",
        "debug-startup",
        "widget",
        "init",
    ];
    NAMES.contains(&p.name.as_str()) || p.tags.iter().any(|t| TAGS.contains(&t.as_str()))
}

fn convert(text: &str, lenient: bool) -> Result<(Scenario, Vec<Diagnostic>), Vec<Diagnostic>> {
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
    let given: Vec<String> = meta
        .and_then(|m| {
            let t: String = m
                .body
                .iter()
                .map(|(_, l)| l.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&t).ok()
        })
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let mut lenient = lenient.then(|| {
        let langs: Vec<Lang> = head
            .get("languages")
            .and_then(|l| l.as_array())
            .map(|l| {
                l.iter()
                    .filter_map(|v| v.as_str())
                    .filter_map(|v| {
                        Lang::NAMES
                            .iter()
                            .position(|n| *n == v)
                            .map(|i| Lang::ALL[i])
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut notes = Vec::new();
        // A story that names no language and has no '@nl' lines is written
        // in one language: which one, its words say.
        let one = langs.is_empty() && !has_dutch_lines(&passages);
        let langs = if one {
            let guessed = guess_language(&passages);
            notes.push(
                Diagnostic::new(Code::TwineLanguageGuessed, Location::Scenario)
                    .term("lang", Term::language(guessed))
                    .text("code", guessed.code()),
            );
            vec![guessed]
        } else {
            langs
        };
        if one {
            head["languages"] = serde_json::json!([langs[0].code()]);
        }
        Lenient {
            primary: langs.first().copied().unwrap_or(Lang::En),
            langs: if langs.is_empty() {
                Lang::ALL.to_vec()
            } else {
                langs
            },
            notes,
            unstyled: 0,
        }
    });
    let defaults = match &mut lenient {
        Some(l) => story_defaults(&mut head, &given, &story_title, l),
        None => Vec::new(),
    };
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
        .filter(|p| match &mut lenient {
            // The author's notes to themselves.
            Some(_) if p.tags.iter().any(|t| t == "note") => false,
            Some(l) if is_special(p) => {
                l.notes.push(
                    Diagnostic::new(Code::TwineSpecialPassage, at(p.line)).text("passage", &p.name),
                );
                false
            }
            _ => true,
        })
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
    let mut arrivals = Vec::new();
    for p in &story {
        match node(p, &node_id, lenient.as_mut()) {
            Ok((n, arrive)) => {
                if arrive != Effects::default() {
                    arrivals.push((n.id.clone(), arrive, p));
                }
                nodes.push(n);
            }
            Err(mut e) => problems.append(&mut e),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if let Some(l) = &mut lenient {
        // A change when a passage is reached belongs to every answer
        // that leads there.
        for (id, arrive, p) in arrivals {
            let mut led = false;
            for c in nodes.iter_mut().flat_map(|n| n.choices.iter_mut()) {
                if c.next == id {
                    led = true;
                    add_effects(&mut c.effects, &arrive);
                }
            }
            if !led {
                l.notes.push(
                    Diagnostic::new(Code::TwineCodeStripped, at(p.line))
                        .text("passage", &p.name)
                        .text("construct", "(set:)"),
                );
            }
        }
        one_language(&nodes, &head, l);
        let mut defaults = defaults;
        if l.unstyled > 0 {
            defaults.push("style scripted, 30 seconds".to_string());
        }
        if !defaults.is_empty() {
            l.notes.insert(
                0,
                Diagnostic::new(Code::TwineDefaults, at(meta_line))
                    .text("defaults", defaults.join(", ")),
            );
        }
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
    Ok((scenario, lenient.map(|l| l.notes).unwrap_or_default()))
}

fn add_effects(to: &mut Effects, e: &Effects) {
    to.mood += e.mood;
    to.patience += e.patience;
    to.trust += e.trust;
    to.effort += e.effort;
    to.resolves |= e.resolves;
}

/// Whether a text is empty in every language.
fn blank(t: &serde_json::Value) -> bool {
    t.as_object().is_none_or(|o| {
        o.values()
            .all(|v| v.as_str().is_none_or(|s| s.trim().is_empty()))
    })
}

fn text_in(langs: &[Lang], en: &str, nl: &str) -> serde_json::Value {
    let mut t = serde_json::Map::new();
    for &l in langs {
        let words = match l {
            Lang::En => en,
            Lang::Nl => nl,
        };
        t.insert(l.code().to_string(), words.into());
    }
    serde_json::Value::Object(t)
}

/// What Twine has no place for, filled in and reported once.
fn story_defaults(
    head: &mut serde_json::Value,
    given: &[String],
    story_title: &str,
    l: &Lenient,
) -> Vec<String> {
    let obj = head.as_object_mut().expect("built as an object");
    let mut used = Vec::new();
    for field in ["channel", "kind", "difficulty"] {
        if !given.iter().any(|g| g == field) {
            let value = obj.get(field).and_then(|v| v.as_str()).unwrap_or_default();
            used.push(format!("{field} {value}"));
        }
    }
    if !given.iter().any(|g| g == "title") {
        let title = if story_title.is_empty() {
            "Twine"
        } else {
            story_title
        };
        obj.insert("title".into(), text_in(&l.langs, title, title));
    }
    if obj.get("summary").is_none_or(blank) {
        let title = obj.get("title").cloned().unwrap_or_default();
        obj.insert("summary".into(), title);
        used.push("summary = title".to_string());
    }
    if !given.iter().any(|g| g == "persona") {
        used.push("persona \"Customer\"".to_string());
    }
    if let Some(persona) = obj.get_mut("persona").and_then(|p| p.as_object_mut()) {
        if persona.get("description").is_none_or(blank) {
            persona.insert(
                "description".into(),
                text_in(&l.langs, "A customer.", "Een klant."),
            );
        }
    }
    used
}

/// Whether any passage has a line in the convention's second language.
fn has_dutch_lines(passages: &[Passage]) -> bool {
    passages.iter().any(|p| {
        p.body
            .iter()
            .any(|(_, l)| l.trim_start().starts_with("@nl"))
    })
}

/// The language a one-language story is written in, from how often each
/// language's commonest short words occur in it (a documented rule, not a
/// detector: a trainer who wants to be sure says so in the Frontline
/// passage). English when it is a tie.
fn guess_language(passages: &[Passage]) -> Lang {
    const EN: [&str; 16] = [
        "the", "and", "you", "your", "to", "of", "is", "it", "i", "my", "that", "this", "what",
        "for", "with", "have",
    ];
    const NL: [&str; 16] = [
        "de", "het", "een", "en", "ik", "je", "u", "uw", "niet", "van", "dat", "wat", "mijn",
        "voor", "met", "heb",
    ];
    let (mut en, mut nl) = (0usize, 0usize);
    for p in passages
        .iter()
        .filter(|p| !is_special(p) && p.name != META_PASSAGE)
    {
        for (_, line) in &p.body {
            for word in line
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let w = word.to_lowercase();
                en += usize::from(EN.contains(&w.as_str()));
                nl += usize::from(NL.contains(&w.as_str()));
            }
        }
    }
    if nl > en {
        Lang::Nl
    } else {
        Lang::En
    }
}

/// A story that says nothing of its languages and has no text at all in
/// one of them: one error, instead of one per text.
fn one_language(nodes: &[Node], head: &serde_json::Value, l: &mut Lenient) {
    if head.get("languages").is_some() {
        return;
    }
    for &lang in Lang::ALL {
        let any = nodes.iter().any(|n| {
            !n.customer.exact(lang).is_empty()
                || n.choices.iter().any(|c| !c.text.exact(lang).is_empty())
        });
        if !any && !nodes.is_empty() {
            let other = Lang::ALL
                .iter()
                .copied()
                .find(|&o| o != lang)
                .unwrap_or(lang);
            l.notes.push(
                Diagnostic::new(Code::TwineOneLanguage, Location::Scenario)
                    .term("lang", Term::language(lang))
                    .text("code", other.code()),
            );
        }
    }
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
    Some(story::split_link(&line[start + 2..end]))
}

fn node(
    p: &Passage,
    node_id: &dyn Fn(&str) -> String,
    mut lenient: Option<&mut Lenient>,
) -> Result<(Node, Effects), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut customer = Text::default();
    let mut narration = Text::default();
    // An ordinary story's prose, split into narration and speech once the
    // whole passage is read (`story::speech`).
    let mut prose: Vec<String> = Vec::new();
    let mut aggression = 0;
    let mut ending: Option<Ending> = None;
    let mut choices: Vec<Choice> = Vec::new();
    // The line of each choice's link, and whether `@choice` gave a style.
    let mut choice_lines: Vec<(usize, bool)> = Vec::new();
    // `@frontline {json}` lines for the node, merged into it at the end.
    let mut more_node: Vec<(usize, String)> = Vec::new();
    let primary = lenient.as_ref().map_or(Lang::En, |l| l.primary);
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
    let (lines, arrive) = match &mut lenient {
        Some(l) => {
            let scanned = story::scan(&p.body);
            for (line, note) in scanned.notes {
                let (code, construct) = match note {
                    story::Note::Stripped(c) => (Code::TwineCodeStripped, c),
                    story::Note::ConditionIgnored(c) => (Code::TwineConditionIgnored, c),
                };
                l.notes.push(
                    Diagnostic::new(code, Location::File { line, column: 1 })
                        .text("passage", &p.name)
                        .text("construct", construct),
                );
            }
            (scanned.lines, scanned.arrive)
        }
        None => (strict_lines(&p.body), Effects::default()),
    };
    for (line, logical) in &lines {
        let text = match logical {
            story::Logical::Content { text, links } => {
                for found in links {
                    let mut label = Text::default();
                    *label.slot(primary) = found.label.clone();
                    choices.push(Choice {
                        id: format!("choice-{}", choices.len() + 1),
                        text: label,
                        style: Style::Scripted,
                        tone: Vec::new(),
                        effects: found.effects,
                        seconds: 30,
                        goodwill: 0,
                        requires: found.requires.clone(),
                        under: Default::default(),
                        verifies: false,
                        changes: None,
                        verdict: None,
                        private: false,
                        next: node_id(&found.target),
                        feedback: Text::default(),
                        next_index: None,
                    });
                    choice_lines.push((*line, false));
                }
                if text.is_empty() {
                    continue;
                }
                if links.is_empty() && !choices.is_empty() && lenient.is_none() {
                    problems.push(bad(*line, err(Code::TweeTextAfterLink)));
                } else if lenient.is_some() {
                    prose.push(text.clone());
                } else {
                    append(customer.slot(primary), text);
                }
                continue;
            }
            story::Logical::Narration(text) => {
                append(narration.slot(primary), text);
                continue;
            }
            story::Logical::Directive(text) => text.as_str(),
        };
        let directive = &text[1..];
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
            ("en", None) if lenient.is_some() => {
                append(&mut customer.en, value);
                Ok(())
            }
            ("en", Some(c)) if lenient.is_some() => {
                append(&mut c.text.en, value);
                Ok(())
            }
            ("narration", None) => {
                append(narration.slot(primary), value);
                Ok(())
            }
            ("narration-nl", None) => {
                append(&mut narration.nl, value);
                Ok(())
            }
            ("narration-en", None) if lenient.is_some() => {
                append(&mut narration.en, value);
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
                    append(e.summary.slot(primary), value);
                } else {
                    append(&mut e.summary.nl, value);
                }
                Ok(())
            }
            ("summary-en", None) if lenient.is_some() => {
                let e = ending.get_or_insert(Ending {
                    outcome: Outcome::Resolved,
                    summary: Text::default(),
                    contact_again: None,
                });
                append(&mut e.summary.en, value);
                Ok(())
            }
            ("feedback", Some(c)) => {
                append(c.feedback.slot(primary), value);
                Ok(())
            }
            ("feedback-nl", Some(c)) => {
                append(&mut c.feedback.nl, value);
                Ok(())
            }
            ("feedback-en", Some(c)) if lenient.is_some() => {
                append(&mut c.feedback.en, value);
                Ok(())
            }
            ("frontline", None) if lenient.is_some() => {
                more_node.push((*line, value.to_string()));
                Ok(())
            }
            ("frontline", Some(c)) if lenient.is_some() => merge(c, value, &p.name),
            ("choice", Some(c)) => {
                if value.split_whitespace().any(|f| f.starts_with("style=")) {
                    if let Some(last) = choice_lines.last_mut() {
                        last.1 = true;
                    }
                }
                choice_fields(c, value)
            }
            (_, None) if matches!(key, "feedback" | "feedback-nl" | "choice") => {
                Err(err(Code::TweeBelongsUnderLink).text("directive", key))
            }
            (_, Some(_))
                if matches!(
                    key,
                    "aggression"
                        | "ending"
                        | "summary"
                        | "summary-nl"
                        | "narration"
                        | "narration-nl"
                        | "narration-en"
                ) =>
            {
                Err(err(Code::TweeBelongsBeforeLinks).text("directive", key))
            }
            _ => Err(err(Code::TweeUnknownDirective).text("directive", key)),
        };
        if let Err(d) = result {
            problems.push(bad(*line, d));
        }
    }
    if !prose.is_empty() {
        let lines: Vec<&str> = prose.iter().map(String::as_str).collect();
        let said = match story::speech(&lines) {
            Some((told, said)) => {
                if !told.is_empty() {
                    append(narration.slot(primary), &told);
                }
                said
            }
            None => lines.join(" "),
        };
        let directives = std::mem::take(customer.slot(primary));
        append(customer.slot(primary), &said);
        if !directives.is_empty() {
            append(customer.slot(primary), &directives);
        }
    }
    let mut node = Node {
        wordings: Vec::new(),
        narration,
        id: node_id(&p.name),
        customer,
        aggression,
        choices,
        ending,
    };
    for (line, json) in more_node {
        if let Err(d) = merge(&mut node, &json, &p.name) {
            problems.push(bad(line, d));
        }
    }
    // A passage of narration only (a pause, the line going quiet) still
    // needs something on the customer's side of the transcript: the
    // narration is shown as it, as written.
    if node.customer.is_empty() && !node.narration.is_empty() {
        node.customer = std::mem::take(&mut node.narration);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if let Some(l) = lenient {
        story_node(
            p,
            &mut node.choices,
            &choice_lines,
            &mut node.ending,
            arrive.resolves,
            l,
        );
    }
    Ok((node, arrive))
}

/// `@frontline {json}`: fields of the node or choice that the convention
/// has no line for, as in the JSON format, over what the lines gave.
fn merge<T>(into: &mut T, json: &str, passage: &str) -> Result<(), Diagnostic>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let fail = |detail: String| {
        err(Code::TweeMetaNotScenario)
            .text("passage", passage)
            .text("detail", detail)
    };
    let given: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(json).map_err(|e| fail(strip_position(&e.to_string())))?;
    let mut value = serde_json::to_value(&*into).map_err(|e| fail(e.to_string()))?;
    if let Some(obj) = value.as_object_mut() {
        obj.extend(given);
    }
    *into = crate::engine::wire::json::from_value(value).map_err(|e| fail(e.to_string()))?;
    Ok(())
}

/// A convention story's lines, read as they always were: a line with a
/// link is that link, an `@` line a directive, anything else prose.
fn strict_lines(body: &[(usize, String)]) -> Vec<(usize, story::Logical)> {
    let mut out = Vec::new();
    for (line, raw) in body {
        let text = raw.trim();
        if text.is_empty() {
            continue;
        }
        let logical = if let Some((label, target)) = link(text) {
            story::Logical::Content {
                text: String::new(),
                links: vec![story::FoundLink {
                    label,
                    target,
                    requires: Vec::new(),
                    effects: Effects::default(),
                }],
            }
        } else if text.starts_with('@') {
            story::Logical::Directive(text.to_string())
        } else {
            story::Logical::Content {
                text: text.to_string(),
                links: Vec::new(),
            }
        };
        out.push((*line, logical));
    }
    out
}

/// An ordinary story's passage: a passage without links is an ending (by
/// default unresolved), and what the debrief needs and Twine has no place
/// for gets a general wording, each told to the trainer.
fn story_node(
    p: &Passage,
    choices: &mut [Choice],
    choice_lines: &[(usize, bool)],
    ending: &mut Option<Ending>,
    resolved: bool,
    l: &mut Lenient,
) {
    let at = |line| Location::File { line, column: 1 };
    if choices.is_empty() && ending.is_none() {
        // Reaching it sets `$resolved`: the story says how it ends.
        let outcome = if resolved {
            Outcome::Resolved
        } else {
            l.notes.push(
                Diagnostic::new(Code::TwineEndingAssumed, at(p.line)).text("passage", &p.name),
            );
            Outcome::Unresolved
        };
        *ending = Some(Ending {
            outcome,
            summary: Text::default(),
            contact_again: None,
        });
    }
    if let Some(e) = ending {
        if e.summary.missing().len() == Lang::ALL.len() {
            let (en, nl) = match e.outcome {
                Outcome::Resolved => (
                    "The contact ended with the customer's issue solved.",
                    "Het contact eindigde met de vraag van de klant opgelost.",
                ),
                Outcome::Unresolved => (
                    "The contact ended without a solution.",
                    "Het contact eindigde zonder oplossing.",
                ),
                Outcome::GaveUp => ("The customer gave up.", "De klant haakte af."),
            };
            e.summary = general(&l.langs, en, nl);
            l.notes
                .push(Diagnostic::new(Code::TwineNoSummary, at(p.line)).text("passage", &p.name));
        }
    }
    for (c, (line, styled)) in choices.iter_mut().zip(choice_lines) {
        if !styled {
            l.unstyled += 1;
        }
        if c.feedback.missing().len() == Lang::ALL.len() {
            c.feedback = general(
                &l.langs,
                "No feedback was written for this answer.",
                "Voor dit antwoord is geen feedback geschreven.",
            );
            l.notes.push(
                Diagnostic::new(Code::TwineNoFeedback, at(*line))
                    .text("passage", &p.name)
                    .text("answer", c.text.get(l.primary)),
            );
        }
    }
}

/// A text in the given languages, from its English and Dutch wording.
fn general(langs: &[Lang], en: &str, nl: &str) -> Text {
    let mut t = Text::default();
    for &lang in langs {
        *t.slot(lang) = match lang {
            Lang::En => en,
            Lang::Nl => nl,
        }
        .to_string();
    }
    t
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
