//! One way in for a trainer's file, whatever tool wrote it: Frontline JSON,
//! Twee 3, or a published Twine 2 story. The browser and the CLI both use
//! this, so a file gets the same verdict wherever it is checked.

pub mod story;
pub mod to_twee;
pub mod twee;
pub mod twine_html;

use crate::engine::check::diagnostic::{Arg, Code, Diagnostic, Location};
use crate::engine::check::load::{self, LIMITS};
use crate::engine::check::validation;
use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::Scenario;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    Json,
    Twee,
    TwineHtml,
}

impl SourceFormat {
    /// By the file's extension, else by what the text looks like.
    pub fn detect(file_name: &str, text: &str) -> SourceFormat {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".twee") || lower.ends_with(".tw") {
            SourceFormat::Twee
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            SourceFormat::TwineHtml
        } else if lower.ends_with(".json") {
            SourceFormat::Json
        } else if twine_html::is_twine_html(text) {
            SourceFormat::TwineHtml
        } else if text.trim_start().starts_with("::") {
            SourceFormat::Twee
        } else {
            SourceFormat::Json
        }
    }
}

/// What came of reading a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub format: SourceFormat,
    /// The scenario, when the file could be read as one, even if it has
    /// problems: a map of it shows the trainer where they are.
    pub scenario: Option<Scenario>,
    /// Every diagnostic; the scenario can be played when none is an error.
    pub problems: Vec<Diagnostic>,
}

impl Imported {
    pub fn playable(&self) -> Option<&Scenario> {
        self.scenario
            .as_ref()
            .filter(|_| !self.problems.iter().any(Diagnostic::is_error))
    }
}

/// Read, convert and validate a file.
pub fn import(file_name: &str, text: &str, policies: &[Policy]) -> Imported {
    import_named(file_name, text, policies, None)
}

/// Like [`import`], for a Twine library archive holding several stories:
/// the one called `story` (without a name, the first, with a warning
/// naming the others).
pub fn import_named(
    file_name: &str,
    text: &str,
    policies: &[Policy],
    story: Option<&str>,
) -> Imported {
    let format = SourceFormat::detect(file_name, text);
    let failed = |problems: Vec<Diagnostic>| Imported {
        format,
        scenario: None,
        problems,
    };
    // The size limit holds for every format, before any parsing.
    if let Err(p) = load::check_size(text, &LIMITS) {
        return failed(vec![p]);
    }
    let parsed = match format {
        SourceFormat::Json => load::parse_scenario(text)
            .map(|s| (s, Vec::new()))
            .map_err(|p| vec![p]),
        SourceFormat::Twee => twee::import_story(text),
        SourceFormat::TwineHtml => match twine_html::to_twee_named(text, story) {
            Ok(as_twee) => match twee::import_story(&as_twee.twee) {
                Ok((s, notes)) => {
                    let mut notes: Vec<Diagnostic> =
                        notes.into_iter().map(|p| as_twee.locate(p)).collect();
                    let names = twine_html::story_names(text);
                    if story.is_none() && names.len() > 1 {
                        notes.insert(
                            0,
                            Diagnostic::new(
                                Code::TwineSeveralStories,
                                Location::File { line: 1, column: 1 },
                            )
                            .number("count", names.len() as i64)
                            .text("story", &names[0])
                            .text("others", names[1..].join(", ")),
                        );
                    }
                    Ok((s, notes))
                }
                Err(ps) => Err(ps.into_iter().map(|p| as_twee.locate(p)).collect()),
            },
            Err(p) => Err(vec![p]),
        },
    };
    match parsed {
        Ok((mut scenario, mut problems)) => {
            scenario.link();
            let mut found = validation::validate(&scenario, policies);
            // A story in one language that does not say so has one error
            // for it, not one per text.
            let absent: Vec<Option<&Arg>> = problems
                .iter()
                .filter(|p| p.code == Code::TwineOneLanguage)
                .map(|p| p.arg("lang"))
                .collect();
            found.retain(|p| !(p.code == Code::MissingText && absent.contains(&p.arg("lang"))));
            problems.extend(found);
            Imported {
                format,
                scenario: Some(scenario),
                problems,
            }
        }
        Err(problems) => failed(problems),
    }
}
