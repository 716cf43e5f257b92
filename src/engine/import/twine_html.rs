//! The Twine 2 published HTML format, read as Twee so the one importer in
//! `twee.rs` does the real work. A published story keeps its passages in
//! `<tw-passagedata>` elements inside `<tw-storydata>`, with the passage text
//! HTML-escaped; see the Twine 2 HTML output specification.

use crate::engine::check::diagnostic::{Code, Diagnostic, Location};

/// A Twine story as Twee 3 text, with the HTML line each Twee line came
/// from, so problems can point into the file the trainer has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsTwee {
    pub twee: String,
    /// `html_line[i]` is the HTML line of Twee line `i + 1`.
    pub html_line: Vec<usize>,
}

impl AsTwee {
    /// Move a problem found in the Twee text to the HTML it came from.
    pub fn locate(&self, mut problem: Diagnostic) -> Diagnostic {
        if let Location::File { line, .. } = problem.location {
            let html = self
                .html_line
                .get(line.saturating_sub(1))
                .copied()
                .unwrap_or(1);
            problem.location = Location::File {
                line: html,
                column: 1,
            };
        }
        problem
    }
}

/// Whether this text looks like a published Twine 2 story.
pub fn is_twine_html(text: &str) -> bool {
    text.contains("<tw-storydata")
}

pub fn to_twee(html: &str) -> Result<AsTwee, Diagnostic> {
    to_twee_named(html, None)
}

/// The names of the stories in a file: one for a published story, one or
/// more for a Twine library archive.
pub fn story_names(html: &str) -> Vec<String> {
    html.match_indices("<tw-storydata")
        .filter_map(|(at, _)| tag_at(html, at))
        .map(|tag| attribute(tag, "name").unwrap_or_default())
        .collect()
}

/// The story called `name` (the first one without a name) as Twee.
pub fn to_twee_named(html: &str, name: Option<&str>) -> Result<AsTwee, Diagnostic> {
    let lines = LineIndex::new(html);
    let fail = |offset: usize, code: Code| {
        let (line, column) = lines.position(html, offset);
        Diagnostic::new(code, Location::File { line, column })
    };
    let first = html
        .find("<tw-storydata")
        .ok_or_else(|| fail(0, Code::TwineNoStory))?;
    let story_at = match name {
        None => first,
        Some(name) => html
            .match_indices("<tw-storydata")
            .map(|(at, _)| at)
            .find(|&at| {
                tag_at(html, at)
                    .and_then(|t| attribute(t, "name"))
                    .as_deref()
                    == Some(name)
            })
            .ok_or_else(|| {
                fail(first, Code::TwineNoSuchStory)
                    .text("story", name)
                    .text("known", story_names(html).join(", "))
            })?,
    };
    // A library archive holds more stories: this one's passages end where
    // the next story begins.
    let story_end = html[story_at + 1..]
        .find("<tw-storydata")
        .map_or(html.len(), |i| story_at + 1 + i);
    let html = &html[..story_end];
    let story_tag =
        tag_at(html, story_at).ok_or_else(|| fail(story_at, Code::TwineStoryTagOpen))?;
    let title = attribute(story_tag, "name").unwrap_or_default();
    let start_pid = attribute(story_tag, "startnode").unwrap_or_default();
    let story_line = lines.line(story_at);

    let mut passages = Vec::new();
    let mut at = story_at;
    while let Some(found) = html[at..].find("<tw-passagedata") {
        let open = at + found;
        let tag = tag_at(html, open).ok_or_else(|| fail(open, Code::TwinePassageTagOpen))?;
        let body_start = open + tag.len();
        let close = html[body_start..]
            .find("</tw-passagedata>")
            .map(|i| body_start + i)
            .ok_or_else(|| fail(open, Code::TwinePassageNotClosed))?;
        passages.push(Passage {
            pid: attribute(tag, "pid").unwrap_or_default(),
            name: attribute(tag, "name").unwrap_or_default(),
            tags: attribute(tag, "tags").unwrap_or_default(),
            line: lines.line(open),
            body_line: lines.line(body_start),
            text: unescape(&html[body_start..close]),
        });
        at = close;
    }
    if passages.is_empty() {
        return Err(fail(story_at, Code::TwineNoPassages));
    }

    let mut out = AsTwee {
        twee: String::new(),
        html_line: Vec::new(),
    };
    out.push("::StoryTitle", story_line);
    out.push(&title, story_line);
    out.push("", story_line);
    if let Some(start) = passages.iter().find(|p| p.pid == start_pid) {
        out.push("::StoryData", story_line);
        let data = serde_json::json!({ "start": start.name }).to_string();
        out.push(&data, story_line);
        out.push("", story_line);
    }
    for p in &passages {
        let tags = p.tags.split_whitespace().collect::<Vec<_>>().join(" ");
        let header = if tags.is_empty() {
            format!("::{}", escape_name(&p.name))
        } else {
            format!("::{} [{tags}]", escape_name(&p.name))
        };
        out.push(&header, p.line);
        for (i, line) in p.text.lines().enumerate() {
            // A passage line that starts like a header stays passage text.
            if line.starts_with("::") {
                out.push(&format!("\\{line}"), p.body_line + i);
            } else {
                out.push(line, p.body_line + i);
            }
        }
        out.push("", p.line);
    }
    Ok(out)
}

struct Passage {
    pid: String,
    name: String,
    tags: String,
    line: usize,
    body_line: usize,
    text: String,
}

impl AsTwee {
    fn push(&mut self, text: &str, html_line: usize) {
        self.twee.push_str(text);
        self.twee.push('\n');
        self.html_line.push(html_line);
    }
}

/// Byte offsets of line starts, so each lookup is a binary search.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex(starts)
    }

    /// 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }

    fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.0[line - 1];
        let column = text[start..offset.min(text.len())].chars().count() + 1;
        (line, column)
    }
}

/// The opening tag starting at `at`, up to and including its `>`, skipping
/// `>` inside quoted attribute values.
fn tag_at(html: &str, at: usize) -> Option<&str> {
    let mut quote = None;
    for (i, c) in html[at..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(&html[at..at + i + 1]),
            _ => {}
        }
    }
    None
}

/// The unescaped value of attribute `name` in an opening tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before = rest[..i].chars().last();
        let after = &rest[i + name.len()..];
        let standalone = before.is_some_and(char::is_whitespace);
        if let (true, Some(value)) = (standalone, after.trim_start().strip_prefix('=')) {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            if quote == '"' || quote == '\'' {
                let end = value[1..].find(quote)?;
                return Some(unescape(&value[1..1 + end]));
            }
            let end = value
                .find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(value.len());
            return Some(unescape(&value[..end]));
        }
        rest = &rest[i + name.len()..];
    }
    None
}

/// Decode the character references Twine writes, plus numeric ones.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let entity = &rest[1..e];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Twee 3 escapes the characters that would end a passage name.
fn escape_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if matches!(c, '\\' | '[' | ']' | '{' | '}') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
