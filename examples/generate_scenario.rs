//! Print a generated, valid scenario of N nodes as Frontline JSON, for
//! benchmarks of the workshop (not a test).
//!
//! Run: cargo run --profile bench-native --example generate_scenario -- 300 [SEED]

use frontline::engine::analysis::generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let nodes = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(7);
    let scenario = generate::layered(nodes, seed);
    println!(
        "{}",
        serde_json::to_string(&scenario).expect("a scenario always serializes")
    );
}
