use std::io::Write;

use super::{read_file, Failure};
use crate::engine::check::diagnostic::{grouped, Diagnostic};
use crate::engine::{builtin_policies, import, Lang};

/// `frontline import FILE [--out FILE.json]`: a Twine story (Twee 3, or a
/// published Twine 2 HTML file) as a Frontline scenario. Import errors exit
/// 1; the scenario is still written when only validation finds errors, so
/// the trainer can fix it.
pub fn run(
    path: &str,
    target: Option<&str>,
    story: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let text = read_file(path)?;
    let imported = import::import_named(path, &text, &builtin_policies(), story);
    let Some(scenario) = imported.scenario else {
        print_grouped(path, &imported.problems, err);
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
    print_grouped(path, &problems, err);
    Ok(i32::from(problems.iter().any(|d| d.is_error())))
}

/// Errors, then warnings, one line per kind: the first of the kind, how
/// many more there are and where, and how to fix it; then the verdict.
pub(crate) fn print_grouped(path: &str, problems: &[Diagnostic], err: &mut dyn Write) {
    let lang = Lang::En;
    for g in grouped(problems) {
        let _ = writeln!(err, "{path}: {}", g.first);
        if g.count > 1 {
            let places: Vec<String> = g.places.iter().map(|p| p.to_string()).collect();
            let _ = writeln!(
                err,
                "  {} in all ({}), the first at {}",
                g.count,
                g.first.code.id(),
                places.join("; ")
            );
        }
        let _ = writeln!(err, "  hint: {}", g.first.hint(lang));
    }
    let errors = problems.iter().filter(|d| d.is_error()).count();
    let warnings = problems.len() - errors;
    let verdict = if errors == 0 {
        "it plays"
    } else {
        "it does not play yet"
    };
    let _ = writeln!(
        err,
        "{path}: {errors} error{}, {warnings} warning{}: {verdict}",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
}
