use std::io::Write;

use super::{policy_named, Failure};
use crate::engine::builtin_policies;
use crate::engine::centre::week::{simulate, CentreParams};
use crate::engine::Lang;

/// `frontline simulate --policy NAME [--agents N] [--calls N] [--seed N]
/// [--weeks N]`: a simulated week (or more) of a whole contact centre, as
/// JSON. Settings out of range are usage errors.
pub fn run(
    policy: &str,
    agents: Option<u32>,
    calls: Option<u32>,
    seed: Option<u64>,
    weeks: Option<u32>,
    out: &mut dyn Write,
) -> Result<i32, Failure> {
    let policies = builtin_policies();
    let policy = policy_named(&policies, policy)?;
    let defaults = CentreParams::default();
    let params = CentreParams {
        agents: agents.unwrap_or(defaults.agents),
        calls_per_week: calls.unwrap_or(defaults.calls_per_week),
        weeks: weeks.unwrap_or(defaults.weeks),
        seed: seed.unwrap_or(defaults.seed),
        ..defaults
    };
    let problems: Vec<String> = params
        .problems()
        .iter()
        .map(|d| format!("{} [{}]", d.message(Lang::En), d.code.id()))
        .collect();
    if !problems.is_empty() {
        return Err(Failure::Usage(problems.join("; ")));
    }
    let report = simulate(policy, &params);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&report).expect("a report always serializes")
    );
    Ok(0)
}
