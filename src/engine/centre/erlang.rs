//! Erlang C: the textbook steady state of a queue with `agents` servers,
//! Poisson arrivals and exponential handle times. The centre simulation is
//! checked against it.

/// Offered traffic in Erlangs: arrivals per second times handle time in seconds.
pub fn traffic(calls_per_hour: f64, handle_seconds: f64) -> f64 {
    calls_per_hour * handle_seconds / 3600.0
}

/// Erlang B (blocking probability), by the stable recurrence
/// B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
pub fn erlang_b(agents: u32, traffic: f64) -> f64 {
    (1..=agents).fold(1.0, |b, n| traffic * b / (n as f64 + traffic * b))
}

/// Probability that a call has to wait. 1 when the centre is overloaded
/// (traffic at or above the number of agents): the queue grows without end.
pub fn erlang_c(agents: u32, traffic: f64) -> f64 {
    let n = agents as f64;
    if traffic <= 0.0 {
        return 0.0;
    }
    if traffic >= n {
        return 1.0;
    }
    let b = erlang_b(agents, traffic);
    n * b / (n - traffic * (1.0 - b))
}

/// Average speed of answer in seconds (infinite when overloaded).
pub fn average_speed_of_answer(agents: u32, traffic: f64, handle_seconds: f64) -> f64 {
    let n = agents as f64;
    if traffic >= n {
        return f64::INFINITY;
    }
    erlang_c(agents, traffic) * handle_seconds / (n - traffic)
}

/// Share of calls answered within `within` seconds.
pub fn service_level(agents: u32, traffic: f64, handle_seconds: f64, within: f64) -> f64 {
    let n = agents as f64;
    if traffic >= n {
        return 0.0;
    }
    1.0 - erlang_c(agents, traffic) * (-(n - traffic) * within / handle_seconds).exp()
}

/// The fewest agents that reach `target` service level within `within` seconds.
pub fn agents_needed(traffic: f64, handle_seconds: f64, within: f64, target: f64) -> u32 {
    let mut n = traffic.floor().max(0.0) as u32 + 1;
    while service_level(n, traffic, handle_seconds, within) < target && n < 100_000 {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn two_erlangs_on_three_agents_wait_four_ninths_of_the_time() {
        // Worked by hand: B(3, 2) = 4/19, C = 3·B / (3 − 2·(1 − B)) = 4/9.
        assert!(close(erlang_b(3, 2.0), 4.0 / 19.0, 1e-12));
        assert!(close(erlang_c(3, 2.0), 4.0 / 9.0, 1e-12));
    }

    #[test]
    fn matches_published_table_values() {
        // Erlang C tables: P(wait) for 10 Erlangs on 11–14 agents.
        assert!(close(erlang_c(11, 10.0), 0.6821, 5e-4));
        assert!(close(erlang_c(12, 10.0), 0.4494, 5e-4));
        assert!(close(erlang_c(13, 10.0), 0.2853, 5e-4));
        assert!(close(erlang_c(14, 10.0), 0.1741, 5e-4));
    }

    #[test]
    fn the_classic_staffing_example() {
        // The usual worked example: 100 calls per half hour at 180 s is
        // 10 Erlangs; 80 % answered within 20 s needs 14 agents (13 reach
        // only 79.6 %), with an average speed of answer of about 8 s.
        let a = traffic(200.0, 180.0);
        assert!(close(a, 10.0, 1e-9));
        assert!(close(service_level(13, a, 180.0, 20.0), 0.7956, 5e-4));
        assert!(close(service_level(14, a, 180.0, 20.0), 0.8884, 5e-4));
        assert_eq!(agents_needed(a, 180.0, 20.0, 0.8), 14);
        let asa = average_speed_of_answer(14, a, 180.0);
        assert!(close(asa, 7.84, 0.01), "ASA was {asa}");
    }

    #[test]
    fn overload_waits_forever() {
        assert_eq!(erlang_c(10, 10.0), 1.0);
        assert_eq!(service_level(10, 12.0, 180.0, 20.0), 0.0);
        assert!(average_speed_of_answer(5, 6.0, 180.0).is_infinite());
    }

    #[test]
    fn more_agents_never_worsen_the_steady_state() {
        let a = 37.5;
        let mut last = 0.0;
        for n in 38..60 {
            let sl = service_level(n, a, 270.0, 20.0);
            assert!(sl >= last);
            last = sl;
        }
    }
}
