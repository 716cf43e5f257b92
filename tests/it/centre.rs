//! The contact-centre simulation: determinism, the queue against Erlang C,
//! staffing, and repeat contacts.

use crate::common;

use common::policy;
use frontline::engine::centre::erlang;
use frontline::engine::centre::queue::{self, Arrival, Fate};
use frontline::engine::centre::week::{simulate, CentreParams};
use frontline::engine::Lang;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

#[test]
fn the_same_seed_gives_the_same_week() {
    let p = policy("target-driven");
    let params = CentreParams::default();
    assert_eq!(simulate(&p, &params), simulate(&p, &params));
    let other = CentreParams {
        seed: 2,
        ..CentreParams::default()
    };
    assert_ne!(simulate(&p, &params).total, simulate(&p, &other).total);
}

/// Poisson arrivals at a constant rate and exponential handle times, nobody
/// hangs up: the steady state Erlang C describes.
#[test]
fn the_queue_matches_erlang_c_in_the_steady_state() {
    let (agents, traffic, handle) = (12u32, 10.0f64, 180.0f64);
    let rate = traffic / handle; // calls per second
    let mut rng = Pcg64Mcg::seed_from_u64(42);
    let mut t = 0.0f64;
    let mut arrivals = Vec::new();
    let mut services = Vec::new();
    for seq in 0..200_000u64 {
        t += -(1.0 - rng.random::<f64>()).ln() / rate;
        arrivals.push(Arrival {
            time: t as u64,
            seq,
            tolerance: u32::MAX,
            call: seq,
        });
        services.push(
            (-(1.0 - rng.random::<f64>()).ln() * handle)
                .round()
                .max(1.0) as u32,
        );
    }
    let hours = (t / 3600.0) as usize + 2;
    let staffing = vec![agents; hours];
    let fates = queue::run(
        arrivals,
        &staffing,
        |a, _, _| services[a.call as usize],
        |_, _, _| {},
    );
    // Skip the first tenth: the queue starts empty, not in its steady state.
    let settled = &fates[fates.len() / 10..];
    let waits: Vec<u32> = settled
        .iter()
        .map(|(_, f)| match f {
            Fate::Answered { wait, .. } => *wait,
            Fate::Abandoned { .. } => panic!("nobody hangs up here"),
        })
        .collect();
    let waited = waits.iter().filter(|w| **w > 0).count() as f64 / waits.len() as f64;
    let asa = waits.iter().map(|w| *w as f64).sum::<f64>() / waits.len() as f64;
    let within_20 = waits.iter().filter(|w| **w <= 20).count() as f64 / waits.len() as f64;

    let c = erlang::erlang_c(agents, traffic);
    assert!(
        (waited - c).abs() < 0.03,
        "P(wait) simulated {waited:.4}, Erlang C {c:.4}"
    );
    let expected_asa = erlang::average_speed_of_answer(agents, traffic, handle);
    assert!(
        (asa - expected_asa).abs() / expected_asa < 0.12,
        "ASA simulated {asa:.1}, Erlang C {expected_asa:.1}"
    );
    let sl = erlang::service_level(agents, traffic, handle, 20.0);
    assert!(
        (within_20 - sl).abs() < 0.03,
        "SL simulated {within_20:.4}, Erlang C {sl:.4}"
    );
}

#[test]
fn more_agents_never_worsen_the_service_level_on_average() {
    let p = policy("target-driven");
    let mean_sl = |agents| {
        let seeds = 1..=4u64;
        let n = seeds.clone().count() as f64;
        seeds
            .map(|seed| {
                simulate(
                    &p,
                    &CentreParams {
                        agents,
                        seed,
                        ..CentreParams::default()
                    },
                )
                .total
                .service_level
            })
            .sum::<f64>()
            / n
    };
    let levels: Vec<f64> = [45, 55, 65, 75].into_iter().map(mean_sl).collect();
    for pair in levels.windows(2) {
        assert!(pair[1] >= pair[0], "service levels by staffing: {levels:?}");
    }
    assert!(levels[3] > levels[0]);
}

#[test]
fn a_policy_that_resolves_more_causes_fewer_repeat_contacts() {
    let params = CentreParams::default();
    let strict = simulate(&policy("target-driven"), &params).total;
    let free = simulate(&policy("customer-first"), &params).total;
    assert!(free.first_contact_resolution > strict.first_contact_resolution);
    assert!(free.repeat_contacts < strict.repeat_contacts);
    // And the trade-off is visible: longer calls, more goodwill.
    assert!(free.average_handle_time > strict.average_handle_time);
    assert!(free.goodwill > strict.goodwill);
}

#[test]
fn the_report_is_consistent() {
    let report = simulate(&policy("customer-first"), &CentreParams::default());
    let t = &report.total;
    assert_eq!(report.per_day.len(), 7);
    assert_eq!(t.offered, t.answered + t.abandoned);
    assert_eq!(
        t.offered,
        report.per_day.iter().map(|d| d.offered).sum::<u32>()
    );
    // Closed on Sunday by default.
    assert_eq!(report.per_day[6].offered, 0);
    assert!((0.0..=100.0).contains(&t.service_level));
    assert!((1.0..=5.0).contains(&t.csat));
    assert!((-100.0..=100.0).contains(&t.nps));
    assert!(
        t.offered >= 12_000,
        "about 12,500 first contacts plus repeats"
    );
}

#[test]
fn bad_parameters_are_reported_in_words() {
    let params = CentreParams {
        agents: 0,
        open_hour: 20,
        close_hour: 8,
        ..CentreParams::default()
    };
    let problems = params.problems();
    let english: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
    assert!(english.iter().any(|p| p.contains("agents")));
    assert!(english.iter().any(|p| p.contains("opening hours")));
    let dutch: Vec<String> = problems.iter().map(|p| p.message(Lang::Nl)).collect();
    assert!(dutch.iter().any(|p| p.contains("medewerkers")), "{dutch:?}");
    assert!(CentreParams::default().problems().is_empty());
}

#[test]
fn the_cli_prints_a_week_as_json() {
    let args: Vec<String> = [
        "simulate",
        "--policy",
        "target-driven",
        "--agents",
        "65",
        "--calls",
        "12500",
        "--seed",
        "3",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(frontline::cli::run(&args, &mut out, &mut err), 0);
    let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["policy"], "target-driven");
    assert_eq!(report["params"]["agents"], 65);

    let bad: Vec<String> = ["simulate", "--policy", "target-driven", "--agents", "0"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(
        frontline::cli::run(&bad, &mut Vec::new(), &mut Vec::new()),
        2
    );
}

#[test]
fn arrival_shapes_fit_any_opening_hours() {
    use frontline::engine::centre::week::ArrivalShape;
    for shape in ArrivalShape::ALL {
        let p = shape.pattern(9, 21);
        assert_eq!(p.len(), 12);
        assert!(p.iter().all(|w| *w > 0));
        let params = CentreParams {
            open_hour: 9,
            close_hour: 21,
            hourly_pattern: p,
            ..CentreParams::default()
        };
        assert!(params.problems().is_empty());
    }
    let morning = ArrivalShape::MorningPeak.pattern(8, 20);
    assert_eq!(morning.iter().max(), Some(&morning[2]), "busiest at ten");
    let evening = ArrivalShape::EveningPeak.pattern(8, 20);
    assert!(evening[11] > evening[0]);
}

#[test]
fn agents_who_stick_to_the_script_resolve_less() {
    use frontline::engine::centre::calls::StyleMix;
    let p = policy("customer-first");
    let scripted = simulate(
        &p,
        &CentreParams {
            style_mix: Some(StyleMix::mostly_scripted()),
            ..CentreParams::default()
        },
    )
    .total;
    let free = simulate(
        &p,
        &CentreParams {
            style_mix: Some(StyleMix::empathetic_and_autonomous()),
            ..CentreParams::default()
        },
    )
    .total;
    assert!(free.first_contact_resolution > scripted.first_contact_resolution);
    assert!(free.csat > scripted.csat);
}
