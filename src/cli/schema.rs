use std::io::Write;

use super::UsageError;
use crate::engine::Scenario;

/// `frontline schema`: the JSON Schema of the scenario format.
pub fn run(args: &[String], out: &mut dyn Write) -> Result<i32, UsageError> {
    if !args.is_empty() {
        return Err(UsageError("schema takes no arguments".into()));
    }
    let _ = writeln!(out, "{}", schema_json());
    Ok(0)
}

pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Scenario);
    serde_json::to_string_pretty(&schema).expect("a schema always serializes")
}
