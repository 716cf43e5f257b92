//! What an ordinary Twine story's passage says, under its story format's
//! code: links anywhere in the prose, Markdown and Harlowe emphasis, lists,
//! line breaks, Harlowe `(set:)`/`(if:)`, SugarCube `<<set>>`/`<<if>>`,
//! Chapbook vars sections and `[if]` modifiers, Snowman `<% %>`.
//!
//! Harmless markup becomes plain text. Code on the variables that map to
//! Frontline's state is translated: a change of `$mood`, `$patience`,
//! `$trust` or `$effort` (or `$resolved` set to true) when a passage is
//! reached becomes an effect of every answer leading there; a condition on
//! a meter (`$trust >= 40`), the house rules (`$policy is "customer-first"`)
//! or an authority (`$authority contains "goodwill"`) around a link becomes
//! a condition of that answer. Everything else is stripped, and each
//! construct stripped is noted with its line, so the importer can name it.

use crate::engine::model::scenario::{Authority, Condition, Effects, Meter, MeterBound};
use crate::engine::wire::named::Named;

/// One line of a passage, as the importer reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Logical {
    /// An `@` line of Frontline's convention, as written.
    Directive(String),
    /// Prose (maybe empty) and the links in it.
    Content { text: String, links: Vec<FoundLink> },
    /// Prose that is clearly not the customer speaking ([`narration`]).
    Narration(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FoundLink {
    pub label: String,
    pub target: String,
    pub requires: Vec<Condition>,
    /// From a SugarCube setter link, `[[Text|Target][$mood += 5]]`.
    pub effects: Effects,
}

/// What was done with a piece of story-format code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Removed: Frontline has nothing it could become.
    Stripped(String),
    /// A condition that could not be translated: what it guards is kept
    /// unconditionally.
    ConditionIgnored(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scanned {
    pub lines: Vec<(usize, Logical)>,
    /// Changes when the passage is reached (sets outside any condition).
    pub arrive: Effects,
    pub notes: Vec<(usize, Note)>,
}

/// An open block: a Harlowe hook, a SugarCube `<<if>>`, a Chapbook `[if]`.
#[derive(Clone, Debug)]
struct Block {
    kind: BlockKind,
    /// The conditions that hold inside, if translatable (`None`: not).
    holds: Option<Vec<Condition>>,
    /// An `else` branch: its text is not shown (only the first branch's is).
    else_branch: bool,
    /// The first branch's conditions, to negate for `else`.
    first: Option<Vec<Condition>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Hook,
    SugarIf,
    ChapbookIf,
}

struct Scanner<'a> {
    src: &'a str,
    at: usize,
    /// The first line number of `src`.
    line: usize,
    blocks: Vec<Block>,
    out: Scanned,
    text: String,
    /// Where the links' text sits in `text`.
    spans: Vec<(usize, usize)>,
    links: Vec<FoundLink>,
    /// A Harlowe `(if:)` whose hook has not opened yet.
    pending: Option<Pending>,
    /// The last closed Harlowe `(if:)` hook's conditions, for `(else:)`.
    last_if: Option<Option<Vec<Condition>>>,
    /// The line is set in italics as a whole ([`narration`]).
    italic_line: bool,
}

#[derive(Clone, Debug)]
struct Pending {
    holds: Option<Vec<Condition>>,
    else_branch: bool,
    first: Option<Vec<Condition>>,
}

/// Read one passage's lines (line number, text).
pub fn scan(body: &[(usize, String)]) -> Scanned {
    let first_line = body.first().map_or(1, |(l, _)| *l);
    let mut lines: Vec<&str> = body.iter().map(|(_, t)| t.as_str()).collect();
    let mut out = Scanned::default();
    // A Chapbook vars section: `name: value` lines above a `--` line.
    let mut skip = 0;
    if let Some(sep) = lines.iter().position(|l| l.trim() == "--") {
        let vars = &lines[..sep];
        if !vars.is_empty() && vars.iter().all(|l| chapbook_var(l).is_some()) {
            for (i, l) in vars.iter().enumerate() {
                let (name, value) = chapbook_var(l).unwrap_or_default();
                let line = first_line + i;
                if !set_one(&mut out.arrive, name, value) {
                    out.notes.push((line, Note::Stripped(l.trim().to_string())));
                }
            }
            skip = sep + 1;
        }
    }
    lines.drain(..skip);
    let src = lines.join("\n");
    let mut s = Scanner {
        src: &src,
        at: 0,
        line: first_line + skip,
        blocks: Vec::new(),
        out,
        text: String::new(),
        spans: Vec::new(),
        links: Vec::new(),
        pending: None,
        last_if: None,
        italic_line: false,
    };
    s.run();
    s.out
}

fn chapbook_var(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    let simple = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    (simple && !value.trim().is_empty()).then_some((name, value.trim()))
}

impl Scanner<'_> {
    fn rest(&self) -> &str {
        &self.src[self.at..]
    }

    fn hidden(&self) -> bool {
        self.blocks.iter().any(|b| b.else_branch)
    }

    fn conditional(&self) -> bool {
        !self.blocks.is_empty()
    }

    fn note(&mut self, note: Note) {
        if !self.out.notes.iter().any(|(_, n)| *n == note) {
            self.out.notes.push((self.line, note));
        }
    }

    fn push_text(&mut self, s: &str) {
        if !self.hidden() {
            self.text.push_str(s);
        }
    }

    /// A link's text, in its place in the line's prose.
    fn push_label(&mut self, s: &str) {
        if !self.hidden() {
            let start = self.text.len();
            self.text.push_str(s);
            self.spans.push((start, self.text.len()));
        }
    }

    fn run(&mut self) {
        let mut line_start = true;
        while self.at < self.src.len() {
            if line_start {
                line_start = false;
                if self.line_start() {
                    line_start = true;
                    continue;
                }
            }
            let rest = self.rest();
            let c = rest.chars().next().unwrap_or('\n');
            if c == '\n' {
                self.end_line();
                self.at += 1;
                self.line += 1;
                line_start = true;
                continue;
            }
            if rest.starts_with("[[") {
                self.link();
            } else if rest.starts_with('(') && harlowe_macro(rest).is_some() {
                self.harlowe();
            } else if rest.starts_with('[') && self.pending.is_some() {
                let p = self.pending.take().expect("checked");
                self.blocks.push(Block {
                    kind: BlockKind::Hook,
                    holds: p.holds,
                    else_branch: p.else_branch,
                    first: p.first,
                });
                self.at += 1;
            } else if rest.starts_with(']') && self.top_is(BlockKind::Hook) {
                let b = self.blocks.pop().expect("checked");
                self.last_if = Some(b.first);
                self.at += 1;
            } else if rest.starts_with("<<") {
                self.sugarcube();
            } else if rest.starts_with("<!--") || rest.starts_with("/*") {
                // The author's comments, for the author only.
                let close = if rest.starts_with("<!--") {
                    "-->"
                } else {
                    "*/"
                };
                let end = rest.find(close).map_or(rest.len(), |e| e + close.len());
                self.skip(end);
            } else if rest.starts_with("<%") {
                let end = rest.find("%>").map_or(rest.len(), |e| e + 2);
                let code = rest[..end].to_string();
                self.note(Note::Stripped(short(&code)));
                self.skip(end);
            } else if rest.starts_with('<')
                && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
            {
                self.html_tag();
            } else if rest.starts_with('{') {
                self.brace();
            } else if rest.starts_with('$')
                && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic())
            {
                let name: String = rest[1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                match name.as_str() {
                    "customer" | "agent" | "detail" => self.push_text(&format!("{{{name}}}")),
                    _ => self.note(Note::Stripped(format!("${name}"))),
                }
                self.at += 1 + name.len();
            } else if let Some(len) = emphasis(rest, self.text.chars().last()) {
                self.at += len;
            } else {
                if self.pending.is_some() && !c.is_whitespace() {
                    // A changer without its hook: nothing is conditional.
                    self.pending = None;
                }
                let mut buf = [0u8; 4];
                let s = c.encode_utf8(&mut buf).to_string();
                self.push_text(&s);
                self.at += c.len_utf8();
            }
        }
        self.end_line();
    }

    fn skip(&mut self, len: usize) {
        let skipped = &self.src[self.at..self.at + len];
        self.line += skipped.matches('\n').count();
        self.at += len;
    }

    /// Closes the open block of `kind` an `else` belongs to, giving its
    /// first branch's conditions; a block of another kind stays open.
    fn close_for_else(&mut self, kind: BlockKind) -> Option<Vec<Condition>> {
        match self.blocks.pop() {
            Some(b) if b.kind == kind => b.first,
            Some(b) => {
                self.blocks.push(b);
                None
            }
            None => None,
        }
    }

    fn top_is(&self, kind: BlockKind) -> bool {
        self.blocks.last().is_some_and(|b| b.kind == kind)
    }

    /// Whole-line forms: `@` directives, Chapbook modifiers, headings,
    /// lists, rules. True when the line was consumed.
    fn line_start(&mut self) -> bool {
        let end = self.rest().find('\n').unwrap_or(self.rest().len());
        let line = self.rest()[..end].to_string();
        let trimmed = line.trim();
        self.italic_line = italic(trimmed);
        if trimmed.starts_with('@') && self.blocks.is_empty() {
            self.out
                .lines
                .push((self.line, Logical::Directive(trimmed.to_string())));
            self.at += end;
            return true;
        }
        if trimmed.starts_with('[')
            && !trimmed.starts_with("[[")
            && trimmed.ends_with(']')
            && !trimmed.ends_with("]]")
            && self.pending.is_none()
            && !trimmed[1..trimmed.len() - 1].contains(['[', ']'])
        {
            self.chapbook_modifier(&trimmed[1..trimmed.len() - 1]);
            self.at += end;
            return true;
        }
        let rule = trimmed.len() >= 3
            && (trimmed.chars().all(|c| c == '-') || trimmed.chars().all(|c| c == '*'));
        if rule {
            self.at += end;
            return true;
        }
        let lead = line.len() - line.trim_start().len();
        let body = &line[lead..];
        if let Some(h) = body.strip_prefix('#') {
            let hashes = 1 + h.len() - h.trim_start_matches('#').len();
            self.at += lead + hashes;
        } else if body.starts_with("* ") || body.starts_with("- ") || body.starts_with("+ ") {
            self.push_text("• ");
            self.at += lead + 2;
        } else if body.starts_with("> ") {
            self.at += lead + 2;
        }
        false
    }

    fn chapbook_modifier(&mut self, m: &str) {
        let m = m.trim();
        let (word, expr) = m.split_once(char::is_whitespace).unwrap_or((m, ""));
        match word.to_ascii_lowercase().as_str() {
            "if" | "unless" => {
                if self.top_is(BlockKind::ChapbookIf) {
                    self.blocks.pop();
                }
                let mut holds = condition(expr);
                if word.eq_ignore_ascii_case("unless") {
                    holds = holds.and_then(|h| negate(&h));
                }
                if holds.is_none() {
                    self.note(Note::ConditionIgnored(format!("[{m}]")));
                }
                self.blocks.push(Block {
                    kind: BlockKind::ChapbookIf,
                    first: holds.clone(),
                    holds,
                    else_branch: false,
                });
            }
            "else" => {
                let first = self.close_for_else(BlockKind::ChapbookIf);
                let holds = first.as_ref().and_then(|f| negate(f));
                self.blocks.push(Block {
                    kind: BlockKind::ChapbookIf,
                    holds,
                    else_branch: true,
                    first,
                });
            }
            "continue" | "cont" | "cont'd" | "continued" => {
                if self.top_is(BlockKind::ChapbookIf) {
                    self.blocks.pop();
                }
            }
            _ => self.note(Note::Stripped(format!("[{m}]"))),
        }
    }

    fn end_line(&mut self) {
        let text = std::mem::take(&mut self.text);
        let links = std::mem::take(&mut self.links);
        let spans = std::mem::take(&mut self.spans);
        if std::mem::take(&mut self.italic_line) && links.is_empty() {
            let text = collapse(&text);
            if !text.is_empty() {
                self.out.lines.push((self.line, Logical::Narration(text)));
            }
            return;
        }
        // A sentence that holds a link is about the answers ("You could
        // [[apologise]] or [[explain]]."): left out. The line's other
        // sentences are the customer's.
        let text = if spans.is_empty() {
            collapse(&text)
        } else {
            let kept: Vec<&str> = sentences(&text)
                .into_iter()
                .filter(|&(a, b)| !spans.iter().any(|&(s, e)| s < b && a < e))
                .map(|(a, b)| &text[a..b])
                .collect();
            collapse(&kept.join(" "))
        };
        if !text.is_empty() || !links.is_empty() {
            self.out
                .lines
                .push((self.line, Logical::Content { text, links }));
        }
    }

    fn requires(&mut self) -> Vec<Condition> {
        let mut out = Vec::new();
        for b in &self.blocks {
            if let Some(h) = &b.holds {
                out.extend(h.iter().cloned());
            }
        }
        out
    }

    fn link(&mut self) {
        let rest = self.rest();
        let Some(close) = rest.find("]]") else {
            self.push_text("[[");
            self.at += 2;
            return;
        };
        let inner = rest[2..close].to_string();
        let len = close + 2;
        // SugarCube's setter: `[[Text|Target][$mood += 5]]`.
        let (inner, setter) = match inner.split_once("][") {
            Some((i, s)) => (i.to_string(), Some(s.to_string())),
            None => (inner, None),
        };
        let (label, target) = split_link(&inner);
        let mut effects = Effects::default();
        if let Some(setter) = setter {
            for part in setter.split([';', ',']) {
                if !set_expr(&mut effects, part) {
                    self.note(Note::Stripped(format!("[{}]", part.trim())));
                }
            }
        }
        let requires = self.requires();
        self.push_label(&label);
        self.links.push(FoundLink {
            label: clean_label(&label),
            target,
            requires,
            effects,
        });
        self.skip(len);
    }

    fn harlowe(&mut self) {
        let (name, args, len) = harlowe_macro(self.rest()).expect("checked by the caller");
        let name = name.replace(['-', '_'], "").to_ascii_lowercase();
        let whole = short(&self.rest()[..len]);
        self.skip(len);
        match name.as_str() {
            "if" | "unless" | "elseif" => {
                let mut holds = condition(&args);
                if name == "unless" {
                    holds = holds.and_then(|h| negate(&h));
                }
                if holds.is_none() {
                    self.note(Note::ConditionIgnored(whole));
                }
                let first = if name == "elseif" {
                    self.last_if.clone().flatten()
                } else {
                    holds.clone()
                };
                self.pending = Some(Pending {
                    holds,
                    else_branch: name == "elseif",
                    first,
                });
                self.skip_space();
            }
            "else" => {
                let first = self.last_if.clone().flatten();
                self.pending = Some(Pending {
                    holds: first.as_ref().and_then(|f| negate(f)),
                    else_branch: true,
                    first,
                });
                self.skip_space();
            }
            "set" | "put" => {
                let parts = split_top(&args);
                for part in parts {
                    let translated = !self.conditional() && set_expr(&mut self.out.arrive, &part);
                    if !translated {
                        self.note(Note::Stripped(short(&format!("(set: {})", part.trim()))));
                    }
                }
            }
            "linkgoto" | "linkrevealgoto" => {
                let strings = quoted(&args);
                if let Some(label) = strings.first() {
                    let target = strings.get(1).unwrap_or(label).clone();
                    let requires = self.requires();
                    self.push_label(label);
                    self.links.push(FoundLink {
                        label: label.clone(),
                        target,
                        requires,
                        effects: Effects::default(),
                    });
                } else {
                    self.note(Note::Stripped(whole));
                }
            }
            _ => {
                self.note(Note::Stripped(whole));
                // A changer's hook keeps its text, unconditionally.
                if self.rest().starts_with('[') && !self.rest().starts_with("[[") {
                    self.pending = Some(Pending {
                        holds: None,
                        else_branch: false,
                        first: None,
                    });
                }
            }
        }
    }

    fn skip_space(&mut self) {
        let ws = self.rest().len() - self.rest().trim_start().len();
        if self.rest()[ws..].starts_with('[') && !self.rest()[ws..].starts_with("[[") {
            self.skip(ws);
        }
    }

    fn sugarcube(&mut self) {
        let rest = self.rest();
        let end = rest.find(">>").map_or(rest.len(), |e| e + 2);
        let inner = rest[2..end.saturating_sub(2).max(2)].trim().to_string();
        let whole = short(&rest[..end]);
        self.skip(end);
        let (name, args) = inner
            .split_once(char::is_whitespace)
            .map_or((inner.as_str(), ""), |(n, a)| (n, a.trim()));
        match name {
            "if" => {
                let holds = condition(args);
                if holds.is_none() {
                    self.note(Note::ConditionIgnored(whole));
                }
                self.blocks.push(Block {
                    kind: BlockKind::SugarIf,
                    first: holds.clone(),
                    holds,
                    else_branch: false,
                });
            }
            "elseif" | "else" => {
                let first = self.close_for_else(BlockKind::SugarIf);
                let holds = if name == "else" {
                    first.as_ref().and_then(|f| negate(f))
                } else {
                    None
                };
                if name == "elseif" {
                    self.note(Note::ConditionIgnored(whole));
                }
                self.blocks.push(Block {
                    kind: BlockKind::SugarIf,
                    holds,
                    else_branch: true,
                    first,
                });
            }
            "/if" | "endif" => {
                if self.top_is(BlockKind::SugarIf) {
                    self.blocks.pop();
                }
            }
            "set" => {
                for part in split_top(args) {
                    let translated = !self.conditional() && set_expr(&mut self.out.arrive, &part);
                    if !translated {
                        self.note(Note::Stripped(short(&format!("<<set {}>>", part.trim()))));
                    }
                }
            }
            "link" | "button" if args.starts_with("[[") => {
                // `<<link [[Text|Target]]>>`: the link inside is the link.
                let link_src = args.to_string();
                let mut inner = Scanner {
                    src: &link_src,
                    at: 0,
                    line: self.line,
                    blocks: self.blocks.clone(),
                    out: Scanned::default(),
                    text: String::new(),
                    spans: Vec::new(),
                    links: Vec::new(),
                    pending: None,
                    last_if: None,
                    italic_line: false,
                };
                inner.link();
                self.push_label(&inner.text);
                self.links.extend(inner.links);
            }
            n if n.starts_with('/') => {}
            _ => self.note(Note::Stripped(whole)),
        }
    }

    fn html_tag(&mut self) {
        let rest = self.rest();
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = rest[1..end.saturating_sub(1).max(1)].trim_start_matches('/');
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let whole = rest[..end].to_string();
        self.skip(end);
        match name.as_str() {
            "br" | "p" | "div" | "li" => self.push_text(" "),
            "b" | "i" | "em" | "strong" | "u" | "span" | "s" | "small" | "ul" | "ol" | "mark" => {}
            _ => self.note(Note::Stripped(short(&whole))),
        }
    }

    fn brace(&mut self) {
        let rest = self.rest();
        let line_end = rest.find('\n').unwrap_or(rest.len());
        match rest[..line_end].find('}') {
            Some(close) if !rest[1..].starts_with(char::is_whitespace) => {
                let inner = &rest[1..close];
                if matches!(inner, "agent" | "customer" | "detail") {
                    let kept = rest[..=close].to_string();
                    self.push_text(&kept);
                } else {
                    let whole = short(&rest[..=close]);
                    self.note(Note::Stripped(whole));
                }
                self.at += close + 1;
            }
            // Harlowe's whitespace-collapsing braces: harmless.
            _ => self.at += 1,
        }
    }
}

/// Split a passage's prose (its lines without links, italic lines left
/// out: those are narration already) into narration and what the customer
/// says, by the rule in `assets/scenarios/README.md` ("Narration"): when
/// the prose is made of whole sentences, some in double quotes (speech),
/// the quoted sentences without their quotes are the customer's and the
/// others (maybe none) are narration. `None` otherwise: then all of it is
/// the customer's, as written (a customer may well quote a letter inside a sentence: `It said
/// "next day" and nothing came.`).
pub fn speech(prose: &[&str]) -> Option<(String, String)> {
    let whole = |s: &str| s.ends_with(['.', '?', '!', '…']);
    let mut told = Vec::new();
    let mut said = Vec::new();
    for line in prose {
        // Alternating pieces outside and inside quotes; any quote mark
        // closes an open quote (Dutch opens with „ and closes with ” or “).
        let mut pieces: Vec<(bool, String)> = vec![(false, String::new())];
        for c in line.chars() {
            if matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
                let quoted = !pieces.last().is_some_and(|p| p.0);
                pieces.push((quoted, String::new()));
            } else if let Some(p) = pieces.last_mut() {
                p.1.push(c);
            }
        }
        if pieces.last().is_some_and(|p| p.0) {
            return None;
        }
        for (quoted, text) in pieces {
            let text = text.trim().to_string();
            if text.is_empty() {
                continue;
            }
            if !whole(&text) {
                return None;
            }
            if quoted { &mut said } else { &mut told }.push(text);
        }
    }
    (!said.is_empty()).then(|| (told.join(" "), said.join(" ")))
}

/// Whether a line is set in italics as a whole: Markdown `*…*` or `_…_`,
/// Harlowe `//…//`, HTML `<i>`/`<em>`, with no link in it.
fn italic(line: &str) -> bool {
    if line.contains("[[") {
        return false;
    }
    let wrapped = |open: &str, close: &str| {
        line.len() > open.len() + close.len()
            && line.starts_with(open)
            && line.ends_with(close)
            && !line[open.len()..line.len() - close.len()].contains(close)
    };
    (wrapped("*", "*") && !line.starts_with("**") && !line.starts_with("* "))
        || (wrapped("_", "_") && !line.starts_with("__"))
        || wrapped("//", "//")
        || wrapped("<i>", "</i>")
        || wrapped("<em>", "</em>")
}

/// Byte ranges of the sentences in `text`: each ends after `.`, `?`, `!`
/// or `…` and any closing quotes or brackets, before a space or the end.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, q)) = chars.peek() {
            if matches!(
                q,
                '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '.' | '?' | '!'
            ) {
                end = j + q.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if chars.peek().is_none_or(|&(_, n)| n.is_whitespace()) {
            out.push((start, end));
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// `(name: args)` at the start of `s`: the name, the arguments and the
/// length, with parentheses and quotes balanced.
fn harlowe_macro(s: &str) -> Option<(String, String, usize)> {
    let body = s.strip_prefix('(')?;
    let colon = body.find(':')?;
    let name = &body[..colon];
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return None;
    }
    let mut depth = 1;
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth == 0 {
                    let args = s[colon + 2..i].trim().to_string();
                    return Some((name.to_string(), args, i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// Emphasis markers at the start of `s`, to drop: `**`, `''`, `//`, `__`,
/// `~~`, `^^`, and a lone `*` or `_` at one end of a word.
fn emphasis(s: &str, before: Option<char>) -> Option<usize> {
    for m in ["**", "''", "__", "~~", "^^"] {
        if s.starts_with(m) {
            return Some(2);
        }
    }
    if s.starts_with("//") && before != Some(':') {
        return Some(2);
    }
    let next = s.chars().nth(1);
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // Against a word on one side only, or against anything on one side
    // only: `*Hi*`, `"*Hi*"`, `the end.*` (but not `2*3` or `a * b`).
    let ink = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
    if (s.starts_with('*') || s.starts_with('_'))
        && (word(before) != word(next) || ink(before) != ink(next))
    {
        return Some(1);
    }
    None
}

/// A link's text and target: `Text->Target`, `Target<-Text`,
/// `Text|Target` or `Target`.
pub(super) fn split_link(inner: &str) -> (String, String) {
    let (text, target) = if let Some((t, g)) = inner.split_once("->") {
        (t, g)
    } else if let Some((g, t)) = inner.split_once("<-") {
        (t, g)
    } else if let Some((t, g)) = inner.split_once('|') {
        (t, g)
    } else {
        (inner, inner)
    };
    (text.trim().to_string(), target.trim().to_string())
}

/// A link's text without emphasis markers.
fn clean_label(label: &str) -> String {
    let mut out = String::new();
    let mut rest = label;
    while let Some(c) = rest.chars().next() {
        match emphasis(rest, out.chars().last()) {
            Some(len) => rest = &rest[len..],
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    collapse(&out)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most 60 characters of a construct, for a message.
fn short(code: &str) -> String {
    let one = collapse(code);
    match one.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &one[..i]),
        None => one,
    }
}

/// Split macro arguments at top-level commas and semicolons.
fn split_top(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut quote = None;
    let mut cur = String::new();
    for c in args.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, ',' | ';') if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

fn quoted(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = args;
    while let Some(i) = rest.find(['"', '\'']) {
        let q = rest[i..].chars().next().unwrap_or('"');
        let after = &rest[i + 1..];
        let Some(end) = after.find(q) else { break };
        out.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    out
}

/// A variable's bare name: `$mood`, `_mood`, `State.variables.mood`,
/// `s.mood`, `mood`.
fn var_name(v: &str) -> String {
    let v = v.trim();
    let v = v
        .strip_prefix("State.variables.")
        .or_else(|| v.strip_prefix("s."))
        .unwrap_or(v);
    v.trim_start_matches(['$', '_']).to_ascii_lowercase()
}

fn meter(name: &str) -> Option<Meter> {
    Meter::NAMES
        .iter()
        .position(|n| *n == name)
        .map(|i| Meter::ALL[i])
}

fn add(e: &mut Effects, m: Meter, by: i32) {
    let slot = match m {
        Meter::Mood => &mut e.mood,
        Meter::Patience => &mut e.patience,
        Meter::Trust => &mut e.trust,
        Meter::Effort => &mut e.effort,
    };
    *slot += by;
}

/// One assignment, `$mood to it + 10`, `$mood += 10`, `$mood = $mood - 5`,
/// `$resolved to true`; false when it does not map to Frontline's state.
fn set_expr(e: &mut Effects, expr: &str) -> bool {
    let expr = expr.trim();
    for op in [" to ", "+=", "-=", "="] {
        if let Some((var, value)) = expr.split_once(op) {
            let value = value.trim();
            let value = match op {
                "+=" => format!("it + {value}"),
                "-=" => format!("it - {value}"),
                _ => value.to_string(),
            };
            return set_one(e, var, &value);
        }
    }
    false
}

/// `name` set to `value`, where `value` is `it + 10`, `$name - 5`, `true`.
fn set_one(e: &mut Effects, name: &str, value: &str) -> bool {
    let name = var_name(name);
    if matches!(name.as_str(), "resolved" | "solved") {
        if value.trim() == "true" {
            e.resolves = true;
            return true;
        }
        return false;
    }
    let Some(m) = meter(&name) else {
        return false;
    };
    let value = value.trim();
    for (op, sign) in [("+", 1), ("-", -1)] {
        if let Some((base, n)) = value.split_once(op) {
            let base = base.trim();
            let same = base == "it" || var_name(base) == name;
            if let (true, Ok(n)) = (same, n.trim().parse::<i32>()) {
                add(e, m, sign * n);
                return true;
            }
        }
    }
    false
}

/// A condition in Harlowe, SugarCube or Chapbook, as Frontline conditions
/// that must all hold; `None` when any part does not map.
pub fn condition(expr: &str) -> Option<Vec<Condition>> {
    let expr = expr.trim().trim_start_matches('(').trim_end_matches(')');
    let mut out = Vec::new();
    for part in expr.split(" and ").flat_map(|p| p.split("&&")) {
        out.push(one_condition(part.trim())?);
    }
    (!out.is_empty()).then_some(out)
}

fn one_condition(c: &str) -> Option<Condition> {
    if c.contains(" or ") || c.contains("||") {
        return None;
    }
    let ops: [(&str, &str); 16] = [
        (" is not ", "!="),
        (" isnot ", "!="),
        ("!==", "!="),
        ("!=", "!="),
        (" neq ", "!="),
        (">=", ">="),
        (" gte ", ">="),
        ("<=", "<="),
        (" lte ", "<="),
        (" gt ", ">"),
        (" lt ", "<"),
        ("===", "=="),
        ("==", "=="),
        (" eq ", "=="),
        (" is ", "=="),
        (" contains ", "has"),
    ];
    let (left, op, right) = ops
        .iter()
        .find_map(|(text, op)| c.split_once(text).map(|(l, r)| (l, *op, r)))
        .or_else(|| {
            [(">", ">"), ("<", "<")]
                .iter()
                .find_map(|(text, op)| c.split_once(text).map(|(l, r)| (l, *op, r)))
        })?;
    let name = var_name(left);
    let value = right.trim().trim_matches(['"', '\'']).to_string();
    if let Some(meter) = meter(&name) {
        let n: i32 = value.parse().ok()?;
        return match op {
            ">=" => Some(Condition::AtLeast(MeterBound { meter, value: n })),
            ">" => Some(Condition::AtLeast(MeterBound {
                meter,
                value: n + 1,
            })),
            "<=" => Some(Condition::AtMost(MeterBound { meter, value: n })),
            "<" => Some(Condition::AtMost(MeterBound {
                meter,
                value: n - 1,
            })),
            _ => None,
        };
    }
    match (name.as_str(), op) {
        ("policy" | "rules" | "houserules" | "house_rules", "==") => Some(Condition::Policy(value)),
        ("policy" | "rules" | "houserules" | "house_rules", "!=") => {
            Some(Condition::NotPolicy(value))
        }
        ("authority" | "authorities", "has") => Authority::NAMES
            .iter()
            .position(|n| *n == value)
            .map(|i| Condition::Authority(Authority::ALL[i])),
        _ => None,
    }
}

/// The opposite of conditions that must all hold, when it is one
/// condition Frontline can state.
fn negate(c: &[Condition]) -> Option<Vec<Condition>> {
    let [one] = c else { return None };
    let n = match one {
        Condition::AtLeast(b) => Condition::AtMost(MeterBound {
            meter: b.meter,
            value: b.value - 1,
        }),
        Condition::AtMost(b) => Condition::AtLeast(MeterBound {
            meter: b.meter,
            value: b.value + 1,
        }),
        Condition::Policy(p) => Condition::NotPolicy(p.clone()),
        Condition::NotPolicy(p) => Condition::Policy(p.clone()),
        Condition::Authority(_) => return None,
    };
    Some(vec![n])
}
