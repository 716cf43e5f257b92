//! `frontline cohort STATEMENTS.json… [--csv]`: what a group of trainees
//! played, from the xAPI statements an LRS holds or standalone trainees
//! exported (`engine::analysis::cohort`), as JSON or CSV.

use std::io::Write;

use super::{read_file, Failure};
use crate::engine::analysis::cohort::{to_csv, Cohort};
use crate::engine::builtin_policies;
use crate::engine::check::{load, track::parse_track};
use crate::engine::model::track::Track;
use crate::engine::Scenario;

/// What `cohort` is asked.
pub struct Request<'a> {
    pub files: &'a [String],
    pub csv: bool,
    /// Include the per-trainee table in the CSV.
    pub trainees: bool,
    pub pseudonymise: bool,
    pub scenarios: &'a str,
    pub tracks: &'a str,
}

/// The `.json` files of a folder, sorted.
fn json_files(dir: &str) -> Result<Vec<String>, Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::Input(format!("cannot read the folder {dir}: {e}")))?;
    let mut files: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    Ok(files)
}

pub fn run(r: &Request, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, Failure> {
    let policies = builtin_policies();
    let mut scenarios: Vec<Scenario> = Vec::new();
    for path in json_files(r.scenarios)? {
        match load::load_scenario(&read_file(&path)?, &policies) {
            Ok(s) => scenarios.push(s),
            // Not every JSON file in a folder is a scenario (an index): the
            // statements of one that does not load are reported as unknown.
            Err(problems) => {
                let first = problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                let _ = writeln!(err, "{path}: skipped, not a valid scenario: {first}");
            }
        }
    }
    let mut tracks: Vec<Track> = Vec::new();
    for path in json_files(r.tracks)? {
        let track =
            parse_track(&read_file(&path)?).map_err(|d| Failure::Input(format!("{path}: {d}")))?;
        tracks.push(track);
    }
    let texts: Vec<(String, String)> = r
        .files
        .iter()
        .map(|f| Ok((f.clone(), read_file(f)?)))
        .collect::<Result<_, Failure>>()?;
    let pages: Vec<(&str, &str)> = texts
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    let mut report =
        Cohort::analyse(&scenarios, &policies, &tracks, &pages).map_err(Failure::Input)?;
    if r.pseudonymise {
        report = report.pseudonymised();
    }
    for problem in &report.read.problems {
        let _ = writeln!(err, "{problem}");
    }
    if r.csv {
        let _ = write!(out, "{}", to_csv(&report, r.trainees));
    } else {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&report).expect("a report always serializes")
        );
    }
    Ok(0)
}
