//! Benchmark of the answer log's export (not a test): 1,000 contacts over
//! the shipped scenarios, replayed into xAPI statements and a CSV summary.
//!
//! Run: cargo run --profile bench-native --example bench_export

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use frontline::engine::check::load;
use frontline::engine::lms::export::{self, Trainee};
use frontline::engine::lms::xapi::Profile;
use frontline::engine::play::log::LoggedContact;
use frontline::engine::play::persona;
use frontline::engine::{builtin_policies, Contact, Lang, Scenario, Setup};

fn main() {
    let policies = builtin_policies();
    let mut scenarios: HashMap<String, Rc<Scenario>> = HashMap::new();
    for entry in std::fs::read_dir("assets/scenarios").expect("run from the repository") {
        let path = entry.expect("a file").path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).expect("readable");
            if let Ok(s) = load::load_scenario(&text, &policies) {
                scenarios.insert(s.id.clone(), Rc::new(s));
            }
        }
    }
    let mut ids: Vec<&String> = scenarios.keys().collect();
    ids.sort();
    // 1,000 contacts, as a trainee would log them: each scenario in turn,
    // both house rules, a new seed each, the first open answer each time.
    let start_ms = 1_764_662_400_000u64;
    let log: Vec<LoggedContact> = (0..1_000u64)
        .map(|i| {
            let id = ids[i as usize % ids.len()];
            let policy = &policies[i as usize % policies.len()];
            let met = persona::meet(&scenarios[id.as_str()], Some(i));
            let mut c = Contact::start(&met, policy, Setup::seeded(i));
            while !c.is_over() {
                let pick = c.offers().iter().find(|o| o.available()).map(|o| o.index);
                c.choose(pick.expect("an open answer")).expect("it plays");
            }
            let mut record = c.record();
            let t = start_ms + i * 600_000;
            let times: Vec<String> = (0..=record.choices.len() as u64)
                .map(|k| (t + k * 8_000).to_string())
                .collect();
            record.at = times.join(" ");
            LoggedContact {
                contact: record,
                step: None,
            }
        })
        .collect();
    let log_json = serde_json::to_string(&log).expect("serializes");
    let find = |id: &str| scenarios.get(id).cloned();
    let trainee = Trainee {
        name: "Sam",
        lang: Lang::En,
    };

    let began = Instant::now();
    let played = export::replay_all(&log, &find, &policies);
    let statements = export::statements(&Profile::default(), trainee, &played.made);
    let json = serde_json::to_string_pretty(&statements).expect("serializes");
    let xapi_ms = began.elapsed().as_secs_f64() * 1e3;

    let began = Instant::now();
    let played = export::replay_all(&log, &find, &policies);
    let csv = export::summary_csv(Lang::En, &played.made);
    let csv_ms = began.elapsed().as_secs_f64() * 1e3;

    let compact: Vec<usize> = statements
        .iter()
        .map(|s| serde_json::to_string(s).expect("serializes").len())
        .collect();
    let answered = statements.len() - played.made.len();
    println!(
        "log: {} contacts, {} bytes of JSON ({} per contact), {} skipped",
        log.len(),
        log_json.len(),
        log_json.len() / log.len(),
        played.skipped
    );
    println!(
        "xAPI: {} statements ({:.1} per contact: {:.1} answered + 1 completed), {} bytes pretty, {} bytes compact per statement on average (min {}, max {}), {xapi_ms:.0} ms",
        statements.len(),
        statements.len() as f64 / log.len() as f64,
        answered as f64 / log.len() as f64,
        json.len(),
        compact.iter().sum::<usize>() / compact.len(),
        compact.iter().min().expect("some"),
        compact.iter().max().expect("some"),
    );
    println!("CSV: {} bytes, {csv_ms:.0} ms", csv.len());
}
