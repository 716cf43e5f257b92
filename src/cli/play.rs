use std::io::Write;

use super::{load_valid, policy_named, Failure};
use crate::engine::{builtin_policies, play::debrief, play::persona, Contact, Setup};

/// `frontline play FILE --policy NAME --seed N --choices 1,3,2`: play a
/// contact without interaction and print the debrief as JSON.
pub fn run(
    path: &str,
    policy: &str,
    seed: u64,
    choices: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, Failure> {
    let policies = builtin_policies();
    let policy = policy_named(&policies, policy)?;
    let numbers = parse_choices(choices)?;
    let scenario = match load_valid(path, &policies, err)? {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    // The customer a trainee with this seed meets (another name, wording).
    let scenario = persona::meet(&scenario, Some(seed));
    let mut contact = Contact::start(&scenario, policy, Setup::seeded(seed));
    for (turn, number) in numbers.iter().enumerate() {
        if let Err(e) = contact.choose(number - 1) {
            let _ = writeln!(
                err,
                "{path}: {}: answer {} ({number}): {e}",
                contact.node().id,
                turn + 1
            );
            return Ok(1);
        }
    }
    let mut report = debrief::debrief(&contact);
    report.standing = crate::engine::analysis::paths::standing_of(&scenario, policy, &contact);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&report).expect("a debrief always serializes")
    );
    Ok(0)
}

fn parse_choices(text: &str) -> Result<Vec<usize>, Failure> {
    text.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| match s.trim().parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(Failure::Usage(format!(
                "--choices must be numbers from 1 up, separated by commas; '{s}' is not"
            ))),
        })
        .collect()
}
