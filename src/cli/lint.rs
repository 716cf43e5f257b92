use std::io::Write;

use super::{read_file, Options, UsageError};
use crate::engine::{builtin_policies, check::load};

/// `frontline lint FILE...`: every problem as `FILE: node/choice: message`.
pub fn run(args: &[String], out: &mut dyn Write, _err: &mut dyn Write) -> Result<i32, UsageError> {
    let options = Options::parse(args, &[])?;
    if options.positional.is_empty() {
        return Err(UsageError("lint needs at least one FILE".into()));
    }
    let policies = builtin_policies();
    let mut any = false;
    for path in &options.positional {
        let text = read_file(path)?;
        if let Err(problems) = load::load_scenario(&text, &policies) {
            any = true;
            for p in problems {
                let _ = writeln!(out, "{path}: {p}");
            }
        }
    }
    Ok(i32::from(any))
}
