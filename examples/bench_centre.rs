//! Benchmark of the centre simulation (not a test): how long a week and a
//! year take, and how the cost grows with calls and agents.
//!
//! Run: cargo run --profile bench-native --example bench_centre

use std::time::{Duration, Instant};

use frontline::engine::builtin_policies;
use frontline::engine::centre::week::{simulate, CentreParams};

fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}

fn main() {
    let policies = builtin_policies();
    println!(
        "{:<16} {:>8} {:>7} {:>6} {:>10} {:>10}",
        "policy", "calls", "agents", "weeks", "min ms", "median ms"
    );
    for policy in &policies {
        let cases = [
            (12_500, 65, 1),
            (25_000, 130, 1),
            (50_000, 260, 1),
            (12_500, 130, 1),
            (12_500, 65, 52),
        ];
        for (calls, agents, weeks) in cases {
            let params = CentreParams {
                calls_per_week: calls,
                agents,
                weeks,
                ..CentreParams::default()
            };
            let runs = if weeks > 1 { 3 } else { 11 };
            let (min, median) = time(runs, || {
                std::hint::black_box(simulate(policy, &params));
            });
            println!(
                "{:<16} {:>8} {:>7} {:>6} {:>10.1} {:>10.1}",
                policy.id,
                calls,
                agents,
                weeks,
                min.as_secs_f64() * 1e3,
                median.as_secs_f64() * 1e3
            );
        }
    }
}
