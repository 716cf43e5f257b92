use std::io::Write;

use super::{load_valid, policy_named, Failure};
use crate::engine::{analysis::paths, builtin_policies, Setup};

/// `frontline paths FILE --policy NAME [--seed N]`: the path analysis as JSON.
pub fn run(
    path: &str,
    policy: &str,
    seed: Option<u64>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let policies = builtin_policies();
    let policy = policy_named(&policies, policy)?;
    let setup = Setup {
        seed,
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
