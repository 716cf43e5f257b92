//! Benchmark of validation and path analysis (not a test).
//!
//! Run: cargo run --profile bench-native --example bench_paths

use std::time::{Duration, Instant};

use frontline::engine::{
    analysis::generate, analysis::paths, builtin_policies, check::validation, Setup,
};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let mut last = None;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            last = Some(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2], last.expect("at least one run"))
}

fn main() {
    let policies = builtin_policies();
    for size in [500, 5_000] {
        let scenario = generate::layered(size, 7);
        let (min, median, problems) = time(9, || validation::validate(&scenario, &policies));
        println!(
            "validate {size:>5} nodes: min {:>7.2} ms, median {:>7.2} ms ({} problems)",
            min.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            problems.len()
        );
        for policy in &policies {
            let (min, median, analysis) =
                time(5, || paths::analyse(&scenario, policy, &Setup::default()));
            println!(
                "paths    {size:>5} nodes, {:<14}: min {:>7.1} ms, median {:>7.1} ms (exact: {}, paths: {:.3e}, explored: {})",
                policy.id,
                min.as_secs_f64() * 1e3,
                median.as_secs_f64() * 1e3,
                analysis.exact,
                analysis.paths,
                analysis.explored
            );
        }
    }
}
