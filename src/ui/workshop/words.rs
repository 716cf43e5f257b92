//! How the workshop words a problem, in English and Dutch. Every other word
//! of the workshop is in `ui::i18n`.

use crate::engine::check::diagnostic::Location;
use crate::engine::Lang;

/// Where a problem is, in words.
pub fn location(lang: Lang, at: &Location) -> String {
    match (lang, at) {
        (Lang::En, Location::File { line, column }) => format!("Line {line}, column {column}"),
        (Lang::Nl, Location::File { line, column }) => format!("Regel {line}, kolom {column}"),
        (Lang::En, Location::Scenario) => "The scenario".into(),
        (Lang::Nl, Location::Scenario) => "Het scenario".into(),
        (Lang::En, Location::Node { node }) => format!("Node '{node}'"),
        (Lang::Nl, Location::Node { node }) => format!("Knoop '{node}'"),
        (Lang::En, Location::Choice { node, choice }) => {
            format!("Node '{node}', choice '{choice}'")
        }
        (Lang::Nl, Location::Choice { node, choice }) => {
            format!("Knoop '{node}', keuze '{choice}'")
        }
        (Lang::En, Location::Centre) => "The centre".into(),
        (Lang::Nl, Location::Centre) => "Het centrum".into(),
    }
}
