use std::io::Write;

use super::{load_valid, policy_named, Failure};
use crate::engine::lms::xapi::{self, Answered, Profile, Session};
use crate::engine::{builtin_policies, play::debrief, play::persona, Contact, Lang, Setup};

/// What `play` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Report {
    /// The debrief, as JSON.
    Debrief,
    /// The xAPI statement of each answer, as a JSON array (`--xapi`), under
    /// the organisation's IRIs (`--xapi-base`).
    Xapi(Profile),
}

/// The trainee the statements of `play --xapi` name: no one in particular.
fn cli_actor() -> serde_json::Value {
    serde_json::json!({
        "objectType": "Agent",
        "account": { "homePage": xapi::DEFAULT_BASE, "name": "frontline-play" }
    })
}

/// `frontline play FILE --policy NAME --seed N --choices 1,3,2 [--xapi]`:
/// play a contact without interaction and print the debrief as JSON, or
/// the xAPI statements its answers make.
pub fn run(
    path: &str,
    policy: &str,
    seed: u64,
    choices: &str,
    report: Report,
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
    let actor = cli_actor();
    // One registration per scenario, house rules and seed: the same run,
    // the same ids.
    let registration = xapi::statement_id(
        "frontline play",
        &[&scenario.id, &policy.id, &seed.to_string()],
    );
    let session = Session {
        actor: &actor,
        registration: &registration,
        track: None,
    };
    let profile = match &report {
        Report::Xapi(p) => Some(p),
        Report::Debrief => None,
    };
    let mut statements = Vec::new();
    for (turn, number) in numbers.iter().enumerate() {
        let node = contact.node();
        // What was offered matters only to the statements.
        let offers = if profile.is_some() {
            contact.offers()
        } else {
            Vec::new()
        };
        let offered: Vec<(&str, &str)> = offers
            .iter()
            .map(|o| (o.choice.id.as_str(), o.choice.text.get(Lang::En)))
            .collect();
        let picked = offers
            .get(number - 1)
            .map(|o| (o.choice.id.as_str(), o.choice.style));
        let before = contact.customer().meters;
        if let Err(e) = contact.choose(number - 1) {
            let _ = writeln!(
                err,
                "{path}: {}: answer {} ({number}): {e}",
                contact.node().id,
                turn + 1
            );
            return Ok(1);
        }
        if let (Some((choice, style)), Some(profile)) = (picked, profile) {
            statements.push(xapi::answered(
                profile,
                &session,
                &Answered {
                    scenario: &scenario.id,
                    node: &node.id,
                    prompt: node.customer.get(Lang::En),
                    offered,
                    choice,
                    style,
                    policy: &policy.id,
                    lang: Lang::En,
                    seed: Some(seed),
                    step: turn,
                    // No clock and no trainee: the contact's own time.
                    at_ms: u64::from(contact.clock()) * 1000,
                    latency_ms: 0,
                    before,
                    after: contact.customer().meters,
                },
            ));
        }
    }
    if profile.is_some() {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&statements).expect("statements always serialize")
        );
        return Ok(0);
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
