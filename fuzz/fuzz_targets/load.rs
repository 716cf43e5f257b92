//! Any bytes through the loader, the validator and, when they load, a walk
//! through the contact and the path analysis: nothing may panic.
#![no_main]

use frontline::engine::{builtin_policies, check::load, analysis::paths, Contact, Setup};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let policies = builtin_policies();
    let Ok(scenario) = load::load_scenario(text, &policies) else {
        return;
    };
    for policy in &policies {
        let mut contact = Contact::start(&scenario, policy, Setup::seeded(data.len() as u64));
        let mut turn = 0;
        while !contact.is_over() && turn < 50 {
            let pick = contact.offers().iter().position(|o| o.available());
            match pick {
                Some(i) => {
                    let _ = contact.choose(i);
                }
                None => break,
            }
            turn += 1;
        }
        let _ = paths::analyse(&scenario, policy, &Setup::default());
    }
});
