use std::io::Write;

use super::{print_diagnostics, read_file, Failure};
use crate::engine::{builtin_policies, import};

/// `frontline import FILE [--out FILE.json]`: a Twine story (Twee 3, or a
/// published Twine 2 HTML file) as a Frontline scenario. Import errors exit
/// 1; the scenario is still written when only validation finds errors, so
/// the trainer can fix it.
pub fn run(
    path: &str,
    target: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let text = read_file(path)?;
    let imported = import::import(path, &text, &builtin_policies());
    let Some(scenario) = imported.scenario else {
        print_diagnostics(path, &imported.problems, err);
        return Ok(1);
    };
    let json = serde_json::to_string_pretty(&scenario).expect("a scenario always serializes");
    match target {
        Some(target) => std::fs::write(target, json + "\n")
            .map_err(|e| Failure::Input(format!("cannot write {target}: {e}")))?,
        None => {
            let _ = writeln!(out, "{json}");
        }
    }
    let problems = imported.problems;
    print_diagnostics(path, &problems, err);
    Ok(i32::from(problems.iter().any(|d| d.is_error())))
}
