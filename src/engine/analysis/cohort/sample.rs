//! Statements of made-up cohorts, made with the game's own mapping
//! (`lms::xapi::answered`): for the tests, which need contacts with known
//! answers, and the benchmark, which needs millions of statements.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use serde_json::{json, Value};

use crate::engine::lms::xapi::{self, Answered, Profile, Session};
use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::Scenario;
use crate::engine::play::persona;
use crate::engine::{Contact, Lang, Setup};

/// Who played, in which attempt and track, from when.
#[derive(Clone, Debug)]
pub struct Played<'a> {
    pub actor: &'a Value,
    pub registration: &'a str,
    pub track: Option<&'a str>,
    /// When the first answer was given, milliseconds since 1970.
    pub from_ms: u64,
}

/// An Agent identified by an account on `home`.
pub fn agent(home: &str, account: &str, name: &str) -> Value {
    json!({ "objectType": "Agent", "name": name, "account": { "homePage": home, "name": account } })
}

/// The statements of one contact with `seed`, answering the 0-based
/// `picks` in turn (stopping at the first that cannot be taken, or when the
/// contact ends), ten seconds apart.
pub fn contact(
    base: &Scenario,
    policy: &Policy,
    seed: Option<u64>,
    picks: &[usize],
    who: &Played,
) -> Vec<Value> {
    let scenario = persona::meet(base, seed);
    let setup = seed.map_or_else(Setup::default, Setup::seeded);
    let mut contact = Contact::start(&scenario, policy, setup);
    let session = Session {
        actor: who.actor,
        registration: who.registration,
        track: who.track,
    };
    let profile = Profile::default();
    let mut out = Vec::with_capacity(picks.len());
    for (step, &pick) in picks.iter().enumerate() {
        if contact.is_over() {
            break;
        }
        let node = contact.node();
        let offers = contact.offers();
        let Some(offer) = offers.get(pick).filter(|o| o.available()) else {
            break;
        };
        let offered: Vec<(&str, &str)> = offers
            .iter()
            .map(|o| (o.choice.id.as_str(), o.choice.text.get(Lang::En)))
            .collect();
        let (choice, style) = (offer.choice.id.as_str(), offer.choice.style);
        let before = contact.customer().meters;
        if contact.choose(pick).is_err() {
            break;
        }
        out.push(xapi::answered(
            &profile,
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
                seed,
                step,
                at_ms: who.from_ms + 10_000 * step as u64,
                latency_ms: 10_000,
                before,
                after: contact.customer().meters,
            },
        ));
    }
    out
}

/// A contact answered at random among the open answers, until it ends:
/// the 0-based picks.
pub fn random_picks(base: &Scenario, policy: &Policy, seed: u64, rng: &mut Pcg64Mcg) -> Vec<usize> {
    let scenario = persona::meet(base, Some(seed));
    let mut contact = Contact::start(&scenario, policy, Setup::seeded(seed));
    let mut picks = Vec::new();
    while !contact.is_over() {
        let open: Vec<usize> = contact
            .offers()
            .iter()
            .filter(|o| o.available())
            .map(|o| o.index)
            .collect();
        if open.is_empty() {
            break;
        }
        let pick = open[rng.random_range(0..open.len())];
        if contact.choose(pick).is_err() {
            break;
        }
        picks.push(pick);
    }
    picks
}

/// `trainees` trainees, each playing `contacts` contacts (scenarios and
/// house rules taken in turn, answers at random), as statements: trainee by
/// trainee, one `Vec` per trainee. Deterministic for a `seed`.
pub fn cohort(
    scenarios: &[Scenario],
    policies: &[Policy],
    trainees: usize,
    contacts: usize,
    seed: u64,
    mut each: impl FnMut(Vec<Value>),
) {
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    for t in 0..trainees {
        let actor = agent(
            "https://lms.example",
            &format!("trainee-{t:05}"),
            &format!("Trainee {t}"),
        );
        let registration = xapi::statement_id("cohort sample", &[&t.to_string()]);
        let mut statements = Vec::new();
        for c in 0..contacts {
            let scenario = &scenarios[(t + c) % scenarios.len()];
            let policy = &policies[(t / scenarios.len() + c) % policies.len()];
            let contact_seed = rng.random::<u32>().into();
            let picks = random_picks(scenario, policy, contact_seed, &mut rng);
            statements.extend(contact(
                scenario,
                policy,
                Some(contact_seed),
                &picks,
                &Played {
                    actor: &actor,
                    registration: &registration,
                    track: None,
                    from_ms: 1_764_650_000_000 + (t * 10_000 + c * 1_000) as u64 * 1_000,
                },
            ));
        }
        each(statements);
    }
}
