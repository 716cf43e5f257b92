//! Any file through the import pipeline the workshop and `frontline import`
//! use: format detection, Twine 2 HTML, Twee, JSON, validation, and the map
//! layout of whatever was read. Nothing may panic.
#![no_main]

use frontline::engine::{builtin_policies, import, analysis::map};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The first byte picks the file name, so each format's reader gets turns.
    let name = match data.first().map(|b| b % 4) {
        Some(0) => "story.html",
        Some(1) => "story.twee",
        Some(2) => "scenario.json",
        _ => "pasted",
    };
    let imported = import::import(name, text, &builtin_policies());
    if let Some(scenario) = &imported.scenario {
        let m = map::layout(scenario);
        let _ = map::crossings(&m);
    }
});
