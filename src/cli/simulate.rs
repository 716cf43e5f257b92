use std::io::Write;

use super::{parse_seed, policy_named, Options, UsageError};
use crate::engine::builtin_policies;
use crate::engine::centre::week::{simulate, CentreParams};

/// `frontline simulate --policy NAME --agents N --calls N --seed N [--weeks N]`:
/// a simulated week (or more) of a whole contact centre, as JSON.
pub fn run(args: &[String], out: &mut dyn Write) -> Result<i32, UsageError> {
    let options = Options::parse(args, &["policy", "agents", "calls", "seed", "weeks"])?;
    if !options.positional.is_empty() {
        return Err(UsageError("simulate takes no FILE".into()));
    }
    let policies = builtin_policies();
    let policy = policy_named(&policies, options.require("policy")?)?;
    let number = |name: &str, default: u32| -> Result<u32, UsageError> {
        options.get(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| UsageError(format!("--{name} must be a whole number, not '{v}'")))
        })
    };
    let defaults = CentreParams::default();
    let params = CentreParams {
        agents: number("agents", defaults.agents)?,
        calls_per_week: number("calls", defaults.calls_per_week)?,
        weeks: number("weeks", defaults.weeks)?,
        seed: options
            .get("seed")
            .map(parse_seed)
            .transpose()?
            .unwrap_or(defaults.seed),
        ..defaults
    };
    let problems: Vec<String> = params
        .problems()
        .iter()
        .map(|d| d.message(crate::engine::Lang::En))
        .collect();
    if !problems.is_empty() {
        return Err(UsageError(problems.join("; ")));
    }
    let report = simulate(policy, &params);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&report).expect("a report always serializes")
    );
    Ok(0)
}
