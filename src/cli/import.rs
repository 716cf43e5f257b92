use std::io::Write;

use super::{read_file, Options, UsageError};
use crate::engine::{builtin_policies, import};

/// `frontline import FILE [--out FILE.json]`: a Twine story (Twee 3, or a
/// published Twine 2 HTML file) as a Frontline scenario. Import problems exit
/// 1; the scenario is still written when only validation finds problems, so
/// the trainer can fix it.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, UsageError> {
    let options = Options::parse(args, &["out"])?;
    let path = options.one_file()?;
    let text = read_file(path)?;
    let imported = import::import(path, &text, &builtin_policies());
    let Some(scenario) = imported.scenario else {
        for p in imported.problems {
            let _ = writeln!(err, "{path}: {p}");
        }
        return Ok(1);
    };
    let json = serde_json::to_string_pretty(&scenario).expect("a scenario always serializes");
    match options.get("out") {
        Some(target) => std::fs::write(target, json + "\n")
            .map_err(|e| UsageError(format!("cannot write {target}: {e}")))?,
        None => {
            let _ = writeln!(out, "{json}");
        }
    }
    let problems = imported.problems;
    for p in &problems {
        let _ = writeln!(err, "{path}: {p}");
    }
    Ok(i32::from(!problems.is_empty()))
}
