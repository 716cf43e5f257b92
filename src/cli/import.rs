use std::io::Write;

use super::{read_file, Options, UsageError};
use crate::engine::{builtin_policies, twee, validation};

/// `frontline import FILE.twee [--out FILE.json]`: a Twine story (Twee 3) as
/// a Frontline scenario. Import problems exit 1; the scenario is still
/// written when only validation finds problems, so the trainer can fix it.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, UsageError> {
    let options = Options::parse(args, &["out"])?;
    let path = options.one_file()?;
    let text = read_file(path)?;
    let scenario = match twee::import(&text) {
        Ok(s) => s,
        Err(problems) => {
            for p in problems {
                let _ = writeln!(err, "{path}: {p}");
            }
            return Ok(1);
        }
    };
    let json = serde_json::to_string_pretty(&scenario).expect("a scenario always serializes");
    match options.get("out") {
        Some(target) => std::fs::write(target, json + "\n")
            .map_err(|e| UsageError(format!("cannot write {target}: {e}")))?,
        None => {
            let _ = writeln!(out, "{json}");
        }
    }
    let problems = validation::validate(&scenario, &builtin_policies());
    for p in &problems {
        let _ = writeln!(err, "{path}: {p}");
    }
    Ok(i32::from(!problems.is_empty()))
}
