//! Reading scenario files: size limits first, then JSON with line and column
//! on every syntax error, then links, then validation.

use crate::engine::check::diagnostic::{Code, Diagnostic, Location};
use crate::engine::check::validation;
use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::Scenario;
use crate::engine::model::text::Lang;
use crate::engine::wire::named::Named;

/// Limits that keep a scenario file from exhausting the browser or the CLI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_nodes: usize,
    pub max_choices_per_node: usize,
    pub max_text_chars: usize,
    /// Deepest nesting of JSON arrays and objects.
    pub max_depth: usize,
}

pub const LIMITS: Limits = Limits {
    max_bytes: 4 * 1024 * 1024,
    max_nodes: 10_000,
    max_choices_per_node: 8,
    max_text_chars: 2_000,
    max_depth: 16,
};

/// Parse a scenario without validating it. Problems here mean the file could
/// not be read as a scenario at all.
pub fn parse_scenario(text: &str) -> Result<Scenario, Diagnostic> {
    parse_with(text, &LIMITS)
}

/// The file-size limit, checked before any parsing, whatever the format.
pub fn check_size(text: &str, limits: &Limits) -> Result<(), Diagnostic> {
    if text.len() <= limits.max_bytes {
        return Ok(());
    }
    Err(Diagnostic::new(Code::FileTooLarge, Location::Scenario)
        .number("size", text.len().div_ceil(1024) as i64)
        .number("limit", (limits.max_bytes / 1024) as i64))
}

pub fn parse_with(text: &str, limits: &Limits) -> Result<Scenario, Diagnostic> {
    check_size(text, limits)?;
    if let Some((line, column)) = too_deep(text, limits.max_depth) {
        return Err(
            Diagnostic::new(Code::NestedTooDeep, Location::File { line, column })
                .number("limit", limits.max_depth as i64),
        );
    }
    let mut scenario: Scenario = crate::engine::wire::json::from_str(text).map_err(|e| {
        let at = Location::File {
            line: e.line().max(1),
            column: e.column().max(1),
        };
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or_default();
        Diagnostic::new(Code::NotAScenario, at).text("detail", detail)
    })?;
    scenario.link();
    Ok(scenario)
}

/// Every diagnostic for a file, warnings included: why it cannot be read,
/// or what validation finds. `frontline lint` prints these.
pub fn check(text: &str, policies: &[Policy]) -> Vec<Diagnostic> {
    match parse_scenario(text) {
        Ok(scenario) => validation::validate(&scenario, policies),
        Err(d) => vec![d],
    }
}

/// Parse and validate: a scenario the game can play (warnings allowed), or
/// every diagnostic found when there is at least one error.
pub fn load_scenario(text: &str, policies: &[Policy]) -> Result<Scenario, Vec<Diagnostic>> {
    load_scenario_in(text, policies, Lang::ALL)
}

/// A scenario file the build or the workshop has checked already, to play:
/// parsed and linked, not validated again. The game does not carry the
/// validation (docs/size.md); what it reads was linted when the library was
/// built (shipped scenarios) or checked when it was imported (a trainer's
/// own), and the engine ends a contact on a broken link rather than fail.
///
/// What the engine itself relies on is still checked, as the first problem
/// found: a start that exists, and every choice leading to a node that
/// exists.
pub fn read_checked(text: &str) -> Result<Scenario, Vec<Diagnostic>> {
    let scenario = parse_scenario(text).map_err(|p| vec![p])?;
    if scenario.start_index.is_none() {
        let d =
            Diagnostic::new(Code::UnknownStart, Location::Scenario).text("start", &scenario.start);
        return Err(vec![d]);
    }
    for node in &scenario.nodes {
        if let Some(choice) = node.choices.iter().find(|c| c.next_index.is_none()) {
            let at = Location::Choice {
                node: node.id.clone(),
                choice: choice.id.clone(),
            };
            return Err(vec![
                Diagnostic::new(Code::UnknownNext, at).text("next", &choice.next)
            ]);
        }
    }
    Ok(scenario)
}

/// Like [`load_scenario`], for a file that carries only the texts in `langs`
/// (the game's per-language shipped library).
pub fn load_scenario_in(
    text: &str,
    policies: &[Policy],
    langs: &[Lang],
) -> Result<Scenario, Vec<Diagnostic>> {
    let scenario = parse_scenario(text).map_err(|p| vec![p])?;
    let problems = validation::validate_in(&scenario, policies, langs);
    if !problems.iter().any(Diagnostic::is_error) {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// The position of the first bracket that nests deeper than `max`, skipping
/// strings, so a hostile file cannot exhaust the parser's stack.
fn too_deep(text: &str, max: usize) -> Option<(usize, usize)> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                depth += 1;
                if depth > max {
                    return Some((line, column));
                }
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}
