//! Benchmark of the scenario map: layout and crossings for generated
//! scenarios of a few hundred to thousands of nodes (not a test).
//!
//! Run: cargo run --profile bench-native --example bench_map

use std::time::Instant;

use frontline::engine::{analysis::generate, analysis::map};

fn main() {
    for size in [100, 300, 1_000, 5_000] {
        let scenario = generate::layered(size, 7);
        let mut times: Vec<f64> = (0..7)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(map::layout(&scenario));
                start.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let m = map::layout(&scenario);
        let rows = m.nodes.iter().map(|n| n.row).max().unwrap_or(0) + 1;
        let crossings = if size <= 1_000 {
            let unordered = map::crossings(&map::layout_with_sweeps(&scenario, 0));
            format!("{} crossings (unordered: {unordered})", map::crossings(&m))
        } else {
            "crossings not counted".into()
        };
        println!(
            "layout {size:>5} nodes, {:>5} choices: min {:>7.2} ms, median {:>7.2} ms; {rows} rows, {} x {} px, {crossings}",
            m.edges.len(),
            times[0],
            times[3],
            m.width,
            m.height
        );
    }
}
