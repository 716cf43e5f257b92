//! Any text through the Twee importer and the validator: nothing may panic.
#![no_main]

use frontline::engine::{builtin_policies, import::twee, check::validation};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(scenario) = twee::import(text) {
        let _ = validation::validate(&scenario, &builtin_policies());
    }
});
