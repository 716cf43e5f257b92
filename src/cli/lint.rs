use std::io::Write;

use super::{print_diagnostics, read_file, Failure};
use crate::engine::analysis::balance;
use crate::engine::{builtin_policies, check::load, check::replay};

/// `frontline lint FILE... [--deny-warnings]`: every diagnostic (the
/// balance check's FL06xx warnings and the replay check's FL0310 included,
/// for files without errors) as
/// `FILE: PLACE: SEVERITY[CODE]: MESSAGE`. Exit 1 on any error (or, with
/// `--deny-warnings`, any warning) or a file that cannot be read.
pub fn run(files: &[String], deny_warnings: bool, out: &mut dyn Write) -> Result<i32, Failure> {
    let policies = builtin_policies();
    let (mut errors, mut warnings) = (0usize, 0usize);
    let mut unreadable = Vec::new();
    for path in files {
        let text = match read_file(path) {
            Ok(text) => text,
            Err(Failure::Input(message)) => {
                unreadable.push(message);
                continue;
            }
            Err(other) => return Err(other),
        };
        let mut diagnostics = load::check(&text, &policies);
        // Balance (FL06xx): only for a scenario that plays at all.
        if !diagnostics.iter().any(|d| d.is_error()) {
            if let Ok(scenario) = load::load_scenario(&text, &policies) {
                diagnostics.extend(balance::diagnostics(&scenario, &policies));
                diagnostics.extend(replay::diagnostics(&scenario));
            }
        }
        print_diagnostics(path, &diagnostics, out);
        for d in &diagnostics {
            if d.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
        }
    }
    if !unreadable.is_empty() {
        // After the diagnostics of the files that could be read.
        return Err(Failure::Input(unreadable.join("; ")));
    }
    Ok(i32::from(errors > 0 || (deny_warnings && warnings > 0)))
}
