use std::io::Write;

use super::Failure;
use crate::engine::Scenario;

/// `frontline schema`: the JSON Schema of the scenario format.
pub fn run(out: &mut dyn Write) -> Result<i32, Failure> {
    let _ = writeln!(out, "{}", schema_json());
    Ok(0)
}

pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Scenario);
    serde_json::to_string_pretty(&schema).expect("a schema always serializes")
}
