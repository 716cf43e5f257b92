use std::io::Write;

use super::{load_valid, parse_seed, policy_named, Options, UsageError};
use crate::engine::{analysis::paths, builtin_policies, Setup};

/// `frontline paths FILE --policy NAME [--seed N]`: the path analysis as JSON.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, UsageError> {
    let options = Options::parse(args, &["policy", "seed"])?;
    let path = options.one_file()?;
    let policies = builtin_policies();
    let policy = policy_named(&policies, options.require("policy")?)?;
    let setup = Setup {
        seed: options.get("seed").map(parse_seed).transpose()?,
        ..Setup::default()
    };
    let scenario = match load_valid(path, &policies, err)? {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    let analysis = paths::analyse(&scenario, policy, &setup);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&analysis).expect("an analysis always serializes")
    );
    Ok(0)
}
