//! Reading and checking a track file (a trainer's own, made in the workshop
//! or imported): the JSON with line and column on every syntax error, then
//! the track's rules ([`Track::problems`]) as diagnostics with FL07xx codes,
//! each named by its step, so a trainer sees where and why.

use crate::engine::check::diagnostic::{Code, Diagnostic, Location, Term};
use crate::engine::check::load::{check_size, LIMITS};
use crate::engine::model::text::{Lang, Text};
use crate::engine::model::track::{StepKind, Track, TrackProblem, TRACK_FORMAT};
use crate::engine::wire::named::Named;

/// What a track is checked against: the scenarios and house rules there
/// are, and the ids of the shipped tracks (an own track may not take one).
#[derive(Clone, Copy, Debug)]
pub struct Known<'a> {
    pub scenarios: &'a [&'a str],
    pub policies: &'a [&'a str],
    pub shipped_tracks: &'a [&'a str],
}

/// Parse a track without checking it: `Err` when the file cannot be read
/// as a track at all (too large, not JSON, not a track's shape).
pub fn parse_track(text: &str) -> Result<Track, Diagnostic> {
    check_size(text, &LIMITS).map_err(|mut d| {
        d.location = Location::Track;
        d
    })?;
    crate::engine::wire::json::from_str(text).map_err(|e| {
        let at = Location::File {
            line: e.line().max(1),
            column: e.column().max(1),
        };
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or_default();
        Diagnostic::new(Code::NotATrack, at).text("detail", detail)
    })
}

/// Every diagnostic for a track file: why it cannot be read, or what its
/// check finds (warnings included).
pub fn check_text(text: &str, known: Known) -> (Option<Track>, Vec<Diagnostic>) {
    match parse_track(text) {
        Ok(track) => {
            let found = diagnostics(&track, known);
            (Some(track), found)
        }
        Err(d) => (None, vec![d]),
    }
}

/// What is wrong with `track`, as diagnostics.
pub fn diagnostics(track: &Track, known: Known) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = track
        .problems(known.scenarios, known.policies)
        .into_iter()
        .flat_map(|p| worded(track, p, known))
        .collect();
    if known.shipped_tracks.contains(&track.id.as_str()) {
        out.push(Diagnostic::new(Code::TrackShippedIdClash, Location::Track).text("id", &track.id));
    }
    out
}

/// Whether a track with these diagnostics can be kept and played.
pub fn playable(found: &[Diagnostic]) -> bool {
    !found.iter().any(Diagnostic::is_error)
}

fn at_step(index: usize) -> Location {
    Location::Step { step: index + 1 }
}

fn worded(track: &Track, problem: TrackProblem, known: Known) -> Vec<Diagnostic> {
    let d = match problem {
        TrackProblem::UnsupportedFormat(format) => {
            Diagnostic::new(Code::TrackFormat, Location::Track)
                .number("format", i64::from(format))
                .number("supported", i64::from(TRACK_FORMAT))
        }
        TrackProblem::BadId(id) => {
            Diagnostic::new(Code::TrackBadId, Location::Track).text("id", id)
        }
        TrackProblem::NoSteps => Diagnostic::new(Code::TrackNoSteps, Location::Track),
        TrackProblem::MissingScenario { index, scenario } => {
            Diagnostic::new(Code::TrackMissingScenario, at_step(index)).text("scenario", scenario)
        }
        TrackProblem::UnknownPolicy { index, policy } => {
            Diagnostic::new(Code::TrackUnknownPolicy, at_step(index))
                .text("policy", policy)
                .text("known", known.policies.join(", "))
        }
        TrackProblem::RepeatedStep { index, key } => {
            Diagnostic::new(Code::TrackRepeatedStep, at_step(index)).text("key", key)
        }
        TrackProblem::NotContactOrShift { index } => {
            Diagnostic::new(Code::TrackNotContactOrShift, at_step(index))
        }
        TrackProblem::ShiftTooShort { index } => {
            let contacts = match track.steps[index].kind() {
                Some(StepKind::Shift(n)) => i64::from(n),
                _ => 0,
            };
            Diagnostic::new(Code::TrackShiftTooShort, at_step(index)).number("contacts", contacts)
        }
        TrackProblem::MasteryPolicyUnused(policy) => {
            Diagnostic::new(Code::TrackMasteryPolicyUnused, Location::Track).text("policy", policy)
        }
        TrackProblem::MasteryOutOfRange(_) => {
            Diagnostic::new(Code::TrackMasteryOutOfRange, Location::Track)
        }
        TrackProblem::MissingTranslation(field) => return untranslated(track, field),
    };
    vec![d]
}

/// A text empty in every language is an error; one empty in some
/// languages only is a warning, as the track shows the other language
/// there (`Text::get`).
fn untranslated(track: &Track, field: &str) -> Vec<Diagnostic> {
    let (text, what): (&Text, Term) = match field {
        "title" => (&track.title, Term::Title),
        _ => (&track.description, Term::Description),
    };
    let missing = text.missing();
    if missing.len() == Lang::ALL.len() {
        return vec![Diagnostic::new(Code::TrackMissingText, Location::Track).term("what", what)];
    }
    missing
        .into_iter()
        .map(|lang| {
            Diagnostic::new(Code::TrackUntranslated, Location::Track)
                .term("what", what)
                .term("language", Term::language(lang))
        })
        .collect()
}
