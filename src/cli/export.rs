use std::io::Write;

use super::{print_diagnostics, read_file, Failure};
use crate::engine::check::load;
use crate::engine::import::to_twee;

/// `frontline export --twee FILE.json [--out FILE.twee]`: a scenario as a
/// Twee 3 story that Twine opens (Library → Import) and that `frontline
/// import` turns back into the same scenario.
pub fn run(
    path: &str,
    target: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let text = read_file(path)?;
    let scenario = match load::parse_scenario(&text) {
        Ok(s) => s,
        Err(d) => {
            print_diagnostics(path, &[d], err);
            return Ok(1);
        }
    };
    let twee = to_twee::to_twee(&scenario);
    match target {
        Some(target) => std::fs::write(target, &twee)
            .map_err(|e| Failure::Input(format!("cannot write {target}: {e}")))?,
        None => {
            let _ = write!(out, "{twee}");
        }
    }
    Ok(0)
}
