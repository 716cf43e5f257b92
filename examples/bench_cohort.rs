//! Benchmark of the cohort analysis (not a test): a generated cohort of
//! trainees, each playing contacts of the shipped scenarios with answers at
//! random, as LRS pages of statements made by the game's own mapping; each
//! page is parsed and folded into the analysis, then the contacts are
//! replayed. Prints the time spent reading pages and replaying (generating
//! the statements is not counted), statements per second and the peak
//! resident memory (VmHWM).
//!
//! Run: cargo run --profile bench-native --example bench_cohort -- \
//!        [--trainees 10000] [--contacts 20] [--page 1000] [--write DIR]
//! With `--write DIR` it writes the pages instead (DIR/1.json, 2.json, …,
//! each `{"statements": [...], "more": "/lrs/2.json"}`) for the browser run
//! (scripts/bench-cohort.sh).

use std::time::{Duration, Instant};

use frontline::engine::analysis::cohort::{sample, Cohort};
use frontline::engine::check::{load, track::parse_track};
use frontline::engine::{builtin_policies, Scenario};
use serde_json::{json, Value};

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map_or(default, |v| v.parse().expect("a number"))
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let trainees = arg("--trainees", 10_000);
    let contacts = arg("--contacts", 20);
    let page_size = arg("--page", 1_000);
    let args: Vec<String> = std::env::args().collect();
    let write = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1).cloned());
    let policies = builtin_policies();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let scenarios: Vec<Scenario> = files
        .iter()
        .map(|p| load::load_scenario(&std::fs::read_to_string(p).unwrap(), &policies).unwrap())
        .collect();
    let tracks = ["onboarding", "rotation"].map(|t| {
        let path = format!("{}/assets/tracks/{t}.json", env!("CARGO_MANIFEST_DIR"));
        parse_track(&std::fs::read_to_string(path).unwrap()).unwrap()
    });
    let mut cohort = Cohort::new(&scenarios, &policies, &tracks);
    let mut reading = Duration::ZERO;
    let mut bytes = 0usize;
    let mut pending: Vec<Value> = Vec::new();
    let mut pages = 0usize;
    let mut flush = |page: Vec<Value>, last: bool| {
        pages += 1;
        let more = if last {
            String::new()
        } else {
            format!("{}.json", pages + 1)
        };
        let text = json!({ "statements": page, "more": more }).to_string();
        bytes += text.len();
        if let Some(dir) = &write {
            std::fs::write(format!("{dir}/{pages}.json"), &text).unwrap();
        } else {
            let start = Instant::now();
            cohort.add_page("generated", &text).unwrap();

            reading += start.elapsed();
        }
    };
    if let Some(dir) = &write {
        std::fs::create_dir_all(dir).unwrap();
    }
    let mut left = trainees;
    sample::cohort(
        &scenarios,
        &policies,
        trainees,
        contacts,
        2026,
        |statements| {
            left -= 1;
            pending.extend(statements);
            while pending.len() >= page_size {
                let rest = pending.split_off(page_size);
                let page = std::mem::replace(&mut pending, rest);
                let last = left == 0 && pending.is_empty();
                flush(page, last);
            }
            if left == 0 && !pending.is_empty() {
                flush(std::mem::take(&mut pending), true);
            }
        },
    );
    if write.is_some() {
        println!("{pages} pages, {:.1} MB", bytes as f64 / 1e6);
        return;
    }
    let statements = cohort.statements();
    let after_reading = peak_kib();
    let start = Instant::now();
    let mut replaying = cohort.finish();
    while !replaying.step(10_000) {}
    let report = replaying.report();
    let replay = start.elapsed();
    let total = reading + replay;
    println!("trainees {trainees}, contacts each {contacts}, pages of {page_size}: {pages} pages, {:.0} MB of JSON", bytes as f64 / 1e6);
    println!(
        "statements {statements}, answers {}, contacts {}, not replayed {}, unreadable {}",
        report.read.answers, report.read.contacts, report.read.not_replayed, report.read.unreadable
    );
    println!(
        "reading pages {:.2} s ({:.0} statements/s, {:.0} MB/s), replaying {:.2} s ({:.0} contacts/s), total {:.2} s ({:.0} statements/s)",
        reading.as_secs_f64(),
        statements as f64 / reading.as_secs_f64(),
        bytes as f64 / 1e6 / reading.as_secs_f64(),
        replay.as_secs_f64(),
        report.read.contacts as f64 / replay.as_secs_f64(),
        total.as_secs_f64(),
        statements as f64 / total.as_secs_f64()
    );
    println!(
        "peak resident memory (VmHWM): {:.0} MB after reading, {:.0} MB at the end",
        after_reading as f64 / 1024.0,
        peak_kib() as f64 / 1024.0
    );
}
