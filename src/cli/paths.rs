use std::io::Write;

use super::{load_valid, policy_named, Failure};
use crate::engine::{analysis::paths, builtin_policies, play::persona, Setup};

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
    // With a seed, the customer a trainee with that seed meets.
    let scenario = match seed {
        Some(_) => persona::meet(&scenario, seed),
        None => scenario,
    };
    let analysis = paths::analyse(&scenario, policy, &setup);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&analysis).expect("an analysis always serializes")
    );
    Ok(0)
}

/// `frontline spreads FILE...`: for each scenario, per house rules, where
/// its paths end (`Spread`), as one JSON object keyed by scenario id.
pub fn spreads(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, Failure> {
    let policies = builtin_policies();
    let mut all = serde_json::Map::new();
    for path in files {
        let scenario = match load_valid(path, &policies, err)? {
            Ok(s) => s,
            Err(code) => return Ok(code),
        };
        let per_policy: serde_json::Map<String, serde_json::Value> = policies
            .iter()
            .map(|p| {
                let spread = paths::analyse(&scenario, p, &Setup::default()).spread();
                let value = serde_json::to_value(spread).expect("a spread always serializes");
                (p.id.clone(), value)
            })
            .collect();
        all.insert(scenario.id.clone(), per_policy.into());
    }
    let _ = writeln!(out, "{}", serde_json::Value::Object(all));
    Ok(0)
}
