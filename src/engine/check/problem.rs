//! A problem found in a scenario file, named precisely enough that a trainer
//! can go straight to it.

use serde::{Deserialize, Serialize};

/// Where a problem sits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Location {
    /// A place in the file text (syntax errors), 1-based.
    File {
        line: usize,
        column: usize,
    },
    /// The scenario as a whole (its title, persona, start…).
    Scenario,
    Node {
        node: String,
    },
    Choice {
        node: String,
        choice: String,
    },
}

/// What kind of problem, so tests and tools can tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    Malformed,
    TooLarge,
    UnsupportedFormat,
    BadId,
    DuplicateId,
    UnknownStart,
    UnknownNextNode,
    UnknownPolicy,
    UnreachableNode,
    DeadEnd,
    NeverEnds,
    EndingWithChoices,
    OutOfRange,
    MissingTranslation,
    NoChoiceUnderPolicy,
    NoEnding,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Problem {
    /// Scenario id, or empty when the file could not be read far enough.
    pub scenario: String,
    pub location: Location,
    pub kind: ProblemKind,
    pub message: String,
}

impl Problem {
    pub fn new(
        scenario: &str,
        location: Location,
        kind: ProblemKind,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            scenario: scenario.to_string(),
            location,
            kind,
            message: message.into(),
        }
    }

    pub fn node(&self) -> Option<&str> {
        match &self.location {
            Location::Node { node } | Location::Choice { node, .. } => Some(node),
            _ => None,
        }
    }

    pub fn choice(&self) -> Option<&str> {
        match &self.location {
            Location::Choice { choice, .. } => Some(choice),
            _ => None,
        }
    }
}

/// The first `n` problems on one line, for a short message.
pub fn summary(problems: &[Problem], n: usize) -> String {
    problems
        .iter()
        .take(n)
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File { line, column } => write!(f, "line {line}, column {column}"),
            Location::Scenario => write!(f, "scenario"),
            Location::Node { node } => write!(f, "{node}"),
            Location::Choice { node, choice } => write!(f, "{node}/{choice}"),
        }
    }
}

impl std::fmt::Display for Problem {
    /// `node/choice: message`, the form `frontline lint` prints after the file name.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}
