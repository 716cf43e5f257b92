//! A week (or more) of a whole contact centre under one policy, built from
//! the same customer model as a single contact.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use serde::{Deserialize, Serialize};

use super::calls::{self, Caller, StyleMix};
use super::erlang;
use super::queue::{self, Arrival, Fate};
use crate::engine::check::diagnostic::{Code, Diagnostic, Location};
use crate::engine::model::policy::Policy;
use crate::engine::play::agent;
use crate::engine::play::scoring::AGENT_COST_PER_HOUR;

/// What a manager sets. Defaults are the Wehkamp figures from the brief:
/// 65 agents answering about 12,500 calls a week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CentreParams {
    pub agents: u32,
    pub calls_per_week: u32,
    /// Hours each agent spends on the phones per week (the rest is e-mail,
    /// training, breaks). 15 fits Wehkamp: 12,500 calls at about 13 an hour
    /// is some 960 agent-hours, shared by 65 agents.
    pub phone_hours_per_agent: u32,
    /// Days open per week, from Monday.
    pub open_days: u32,
    pub open_hour: u32,
    pub close_hour: u32,
    /// Relative call volume per open hour of the day (morning and early
    /// afternoon peaks by default); its length must be close − open.
    pub hourly_pattern: Vec<u32>,
    /// Share (percent) of customers left unresolved who contact again.
    pub repeat_percent: u32,
    /// Share (percent) of callers who hung up in the queue who try again.
    pub retry_percent: u32,
    /// Answered within this many seconds counts towards the service level.
    pub service_level_seconds: u32,
    /// Styles agents use; by default the mix the policy pushes them to.
    pub style_mix: Option<StyleMix>,
    pub weeks: u32,
    pub seed: u64,
}

impl Default for CentreParams {
    fn default() -> Self {
        CentreParams {
            agents: 65,
            calls_per_week: 12_500,
            phone_hours_per_agent: 15,
            open_days: 6,
            open_hour: 8,
            close_hour: 20,
            hourly_pattern: vec![6, 10, 11, 10, 8, 8, 9, 9, 8, 7, 7, 7],
            repeat_percent: 80,
            retry_percent: 50,
            service_level_seconds: 20,
            style_mix: None,
            weeks: 1,
            seed: 1,
        }
    }
}

/// How calls spread over the opening hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArrivalShape {
    /// Busiest mid-morning, a second bump after lunch (the usual pattern).
    MorningPeak,
    /// The same volume every hour.
    Even,
    /// Building up to the evening, when people are home from work.
    EveningPeak,
}

impl ArrivalShape {
    pub const ALL: [ArrivalShape; 3] = [
        ArrivalShape::MorningPeak,
        ArrivalShape::Even,
        ArrivalShape::EveningPeak,
    ];

    /// Relative call volume for each opening hour from `open` to `close`.
    pub fn pattern(self, open: u32, close: u32) -> Vec<u32> {
        (open..close)
            .map(|h| {
                let h = h as i32;
                match self {
                    ArrivalShape::MorningPeak => {
                        let morning = 12 - 2 * (h - 10).abs();
                        let afternoon = 9 - 2 * (h - 14).abs();
                        morning.max(afternoon).max(4) as u32
                    }
                    ArrivalShape::Even => 8,
                    ArrivalShape::EveningPeak => (4 + (h - 8).max(0) * 8 / 11).clamp(3, 12) as u32,
                }
            })
            .collect()
    }
}

impl CentreParams {
    /// What is wrong with the parameters, for the manager page and the CLI
    /// to word in their language.
    pub fn problems(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let d = |code| Diagnostic::new(code, Location::Centre);
        if self.agents == 0 || self.agents > 5_000 {
            out.push(d(Code::CentreAgents).number("max", 5_000));
        }
        if self.calls_per_week > 1_000_000 {
            out.push(d(Code::CentreCalls).number("max", 1_000_000));
        }
        if !(1..=7).contains(&self.open_days) {
            out.push(d(Code::CentreOpenDays));
        }
        if self.open_hour >= self.close_hour || self.close_hour > 24 {
            out.push(d(Code::CentreHours));
        } else if self.hourly_pattern.len() != (self.close_hour - self.open_hour) as usize {
            out.push(
                d(Code::CentrePatternLength)
                    .number("hours", (self.close_hour - self.open_hour) as i64)
                    .number("given", self.hourly_pattern.len() as i64),
            );
        } else if self.hourly_pattern.iter().all(|w| *w == 0) {
            out.push(d(Code::CentrePatternEmpty));
        }
        if !(1..=52).contains(&self.weeks) {
            out.push(d(Code::CentreWeeks));
        }
        if self.phone_hours_per_agent == 0 || self.phone_hours_per_agent > 60 {
            out.push(d(Code::CentrePhoneHours));
        }
        if self.repeat_percent > 100 || self.retry_percent > 100 {
            out.push(d(Code::CentrePercent));
        }
        out
    }
}

/// Figures for one day or for the whole run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub offered: u32,
    pub answered: u32,
    pub abandoned: u32,
    /// Percent answered within the service-level time, of all offered.
    pub service_level: f64,
    pub average_speed_of_answer: f64,
    pub abandonment: f64,
    pub average_handle_time: f64,
    pub csat: f64,
    /// Promoters minus detractors, −100…100.
    pub nps: f64,
    /// Percent of answered calls after which the customer does not contact
    /// again about the same issue (SQM Group's definition of FCR).
    pub first_contact_resolution: f64,
    /// Percent of answered calls with CSAT 1, 2, 3, 4 and 5.
    #[serde(default)]
    pub csat_distribution: [f64; 5],
    /// Percent of answered calls that were a repeat contact.
    pub repeat_contacts: f64,
    pub goodwill: u32,
    /// Agent time on the phones plus goodwill, in euros.
    pub cost: u32,
    /// Mean agent stress at the end of each call, 0–100.
    pub agent_stress: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreReport {
    pub policy: String,
    pub params: CentreParams,
    pub total: Figures,
    pub per_day: Vec<Figures>,
    /// Yearly attrition risk of an agent in percent, from the agents' mean
    /// stress, which carries the monitoring and job control of the house
    /// rules (Holman 2002; Holman, Batt & Holtgrewe 2007).
    pub attrition_risk: f64,
    /// The service level Erlang C predicts for the same offered load and
    /// staffing, hour by hour, weighted by calls (no abandonment, no repeats
    /// beyond those simulated).
    pub erlang_c_service_level: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Call {
    previous_contacts: u32,
    caller_seed: u64,
}

#[derive(Default)]
struct Tally {
    offered: u32,
    answered: u32,
    abandoned: u32,
    within: u32,
    wait: u64,
    handle: u64,
    csat: u64,
    promoters: u32,
    detractors: u32,
    resolved: u32,
    repeats: u32,
    goodwill: u32,
    stress: u64,
    csat_counts: [u32; 5],
}

impl Tally {
    fn figures(&self, agent_seconds: u64) -> Figures {
        let pct = |n: u32, d: u32| {
            if d == 0 {
                0.0
            } else {
                round1(100.0 * n as f64 / d as f64)
            }
        };
        let mean = |n: u64, d: u32| {
            if d == 0 {
                0.0
            } else {
                round1(n as f64 / d as f64)
            }
        };
        Figures {
            offered: self.offered,
            answered: self.answered,
            abandoned: self.abandoned,
            service_level: pct(self.within, self.offered),
            average_speed_of_answer: mean(self.wait, self.answered),
            abandonment: pct(self.abandoned, self.offered),
            average_handle_time: mean(self.handle, self.answered),
            csat: if self.answered == 0 {
                0.0
            } else {
                (self.csat as f64 / self.answered as f64 * 100.0).round() / 100.0
            },
            nps: pct(self.promoters, self.answered) - pct(self.detractors, self.answered),
            first_contact_resolution: pct(self.resolved, self.answered),
            csat_distribution: self.csat_counts.map(|n| pct(n, self.answered)),
            repeat_contacts: pct(self.repeats, self.answered),
            goodwill: self.goodwill,
            cost: (agent_seconds * AGENT_COST_PER_HOUR as u64 / 3600) as u32 + self.goodwill,
            agent_stress: mean(self.stress, self.answered),
        }
    }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

const DAY: u64 = 86_400;
/// Yearly attrition of an agent at no strain, and per point of mean stress.
const ATTRITION_BASE_PERCENT: f64 = 5.0;
const ATTRITION_PER_STRESS_POINT: f64 = 0.4;
const WEEK: u64 = 7 * DAY;

/// Simulate the centre. Same parameters and seed, same report.
pub fn simulate(policy: &Policy, params: &CentreParams) -> CentreReport {
    let mut rng = Pcg64Mcg::seed_from_u64(params.seed);
    let hours = (params.weeks as u64 * WEEK / 3600) as usize;
    let days = params.weeks as usize * 7;
    let pattern_total: u32 = params.hourly_pattern.iter().sum::<u32>().max(1);
    let per_day = params.calls_per_week as f64 / params.open_days.max(1) as f64;

    // Forecast per hour, and staffing planned to the forecast.
    let mut forecast = vec![0.0f64; hours];
    for day in 0..days {
        if (day % 7) as u32 >= params.open_days {
            continue;
        }
        for (i, w) in params.hourly_pattern.iter().enumerate() {
            let h = day * 24 + params.open_hour as usize + i;
            forecast[h] = per_day * *w as f64 / pattern_total as f64;
        }
    }
    let agent_hours = params.agents as f64 * params.phone_hours_per_agent as f64;
    let week_forecast: f64 = params.calls_per_week as f64;
    let staffing: Vec<u32> = forecast
        .iter()
        .map(|f| {
            if *f <= 0.0 {
                0
            } else {
                ((agent_hours * f / week_forecast).round() as u32).clamp(1, params.agents)
            }
        })
        .collect();

    let mut seq = 0u64;
    let mut arrivals = Vec::with_capacity(params.calls_per_week as usize * params.weeks as usize);
    for (h, f) in forecast.iter().enumerate() {
        // A whole number of calls per hour with the right mean.
        let n = f.floor() as u32 + u32::from(rng.random_bool(f.fract()));
        for _ in 0..n {
            let caller_seed = rng.random::<u64>();
            arrivals.push(arrival(
                h as u64 * 3600 + rng.random_range(0..3600),
                &mut seq,
                caller_seed,
                0,
            ));
        }
    }

    let mix = params
        .style_mix
        .unwrap_or_else(|| StyleMix::for_policy(policy));
    let mut stress = vec![agent::DEFAULT_START_STRESS; params.agents as usize];
    let mut stress_day = vec![0usize; params.agents as usize];
    let mut tallies: Vec<Tally> = (0..days).map(|_| Tally::default()).collect();
    let mut weighted_erlang = 0.0;
    let mut weighted_calls = 0.0;
    let sl_seconds = params.service_level_seconds;
    let repeat_percent = params.repeat_percent;
    let retry_percent = params.retry_percent;

    let fates = queue::run(
        arrivals,
        &staffing,
        |a, pickup, follow| {
            let mut call_rng = Pcg64Mcg::seed_from_u64(a.call.caller_seed);
            let mut caller = Caller::random(&mut call_rng);
            caller.previous_contacts = a.call.previous_contacts;
            let result = calls::handle(&caller, pickup.wait, policy, &mix, &mut call_rng);
            // Each seat is one agent for the day; stress recovers overnight.
            let day = (a.time / DAY) as usize;
            let agent_index = pickup.seat % stress.len().max(1);
            if stress_day[agent_index] != day {
                stress_day[agent_index] = day;
                stress[agent_index] = (stress[agent_index] / 2).max(agent::DEFAULT_START_STRESS);
            }
            // The same strain as a played contact (sized for a shift), while
            // stress drifts back towards its resting level between calls and
            // ten idle minutes take a point off.
            let idle = a.time.saturating_sub(pickup.seat_free_since) / 600;
            let mut events = result.stress.clone();
            events.extend(agent::between_contacts(stress[agent_index]));
            let s = agent::apply(stress[agent_index], &mut events);
            stress[agent_index] =
                (s - idle.min(100) as i32).max(s.min(agent::DEFAULT_START_STRESS));
            let t = &mut tallies[day.min(days - 1)];
            t.offered += 1;
            t.answered += 1;
            t.within += u32::from(pickup.wait <= sl_seconds);
            t.wait += pickup.wait as u64;
            t.handle += result.handle_seconds as u64;
            t.csat += result.csat as u64;
            t.promoters += u32::from(result.nps >= 9);
            t.detractors += u32::from(result.nps <= 6);
            t.repeats += u32::from(a.call.previous_contacts > 0);
            t.goodwill += result.goodwill;
            t.stress += stress[agent_index] as u64;
            t.csat_counts[(result.csat.clamp(1, 5) - 1) as usize] += 1;
            // FCR is "no repeat contact": an unresolved caller may still not
            // call again, and that counts as first-contact resolution, as it
            // does in the centres that measure FCR by repeat calls.
            let repeat = result.contact_again && call_rng.random_range(0..100) < repeat_percent;
            t.resolved += u32::from(!repeat);
            if repeat {
                // They call again one to three days later, in opening hours.
                let later = a.time + call_rng.random_range(1..=3) * DAY;
                let time = next_open(params, later - later % DAY, &mut call_rng);
                if time < WEEK * params.weeks as u64 {
                    follow.push(arrival(
                        time,
                        &mut seq,
                        call_rng.random(),
                        a.call.previous_contacts + 1,
                    ));
                }
            }
            result.handle_seconds
        },
        |a, _waited, follow| {
            let mut call_rng = Pcg64Mcg::seed_from_u64(a.call.caller_seed ^ 0x5eed);
            if call_rng.random_range(0..100) < retry_percent {
                let mut time = a.time + 900 + call_rng.random_range(0..1800);
                if !is_open(params, time) {
                    time = next_open(params, time - time % DAY + DAY, &mut call_rng);
                }
                if time < WEEK * params.weeks as u64 {
                    follow.push(Arrival {
                        time,
                        seq: a.seq + (1 << 40),
                        tolerance: a.tolerance,
                        call: a.call,
                    });
                }
            }
        },
    );

    // Erlang C prediction per hour from what was actually offered.
    let mut offered_per_hour = vec![0u32; hours];
    let mut handle_total = 0u64;
    let mut handled = 0u64;
    for (a, fate) in &fates {
        offered_per_hour[((a.time / 3600) as usize).min(hours - 1)] += 1;
        match fate {
            Fate::Answered { handle, .. } => {
                handle_total += *handle as u64;
                handled += 1;
            }
            Fate::Abandoned { .. } => {
                let t = &mut tallies[((a.time / DAY) as usize).min(days - 1)];
                t.offered += 1;
                t.abandoned += 1;
            }
        }
    }
    let aht = if handled == 0 {
        1.0
    } else {
        handle_total as f64 / handled as f64
    };
    for (h, n) in offered_per_hour.iter().enumerate() {
        if *n == 0 || staffing[h] == 0 {
            continue;
        }
        let a = erlang::traffic(*n as f64, aht);
        weighted_erlang +=
            *n as f64 * erlang::service_level(staffing[h], a, aht, sl_seconds as f64);
        weighted_calls += *n as f64;
    }

    let seconds_per_day: Vec<u64> = (0..days)
        .map(|d| {
            staffing[d * 24..(d + 1) * 24]
                .iter()
                .map(|s| *s as u64 * 3600)
                .sum()
        })
        .collect();
    let per_day: Vec<Figures> = tallies
        .iter()
        .zip(&seconds_per_day)
        .map(|(t, s)| t.figures(*s))
        .collect();
    let mut all = Tally::default();
    for t in &tallies {
        all.offered += t.offered;
        all.answered += t.answered;
        all.abandoned += t.abandoned;
        all.within += t.within;
        all.wait += t.wait;
        all.handle += t.handle;
        all.csat += t.csat;
        all.promoters += t.promoters;
        all.detractors += t.detractors;
        all.resolved += t.resolved;
        all.repeats += t.repeats;
        all.goodwill += t.goodwill;
        all.stress += t.stress;
        for (a, n) in all.csat_counts.iter_mut().zip(t.csat_counts) {
            *a += n;
        }
    }
    let total = all.figures(seconds_per_day.iter().sum());
    let attrition_risk = round1(
        (ATTRITION_BASE_PERCENT + ATTRITION_PER_STRESS_POINT * total.agent_stress)
            .clamp(0.0, 100.0),
    );
    CentreReport {
        policy: policy.id.clone(),
        params: params.clone(),
        total,
        per_day,
        attrition_risk,
        erlang_c_service_level: if weighted_calls == 0.0 {
            0.0
        } else {
            round1(100.0 * weighted_erlang / weighted_calls)
        },
    }
}

fn is_open(params: &CentreParams, time: u64) -> bool {
    let day = (time / DAY) % 7;
    let hour = (time % DAY) / 3600;
    day < params.open_days as u64
        && hour >= params.open_hour as u64
        && hour < params.close_hour as u64
}

/// A random moment in the opening hours of the first open day from `midnight` on.
fn next_open(params: &CentreParams, midnight: u64, rng: &mut impl Rng) -> u64 {
    let mut day = midnight - midnight % DAY;
    while (day / DAY) % 7 >= params.open_days as u64 {
        day += DAY;
    }
    let open = (params.close_hour - params.open_hour).max(1) as u64 * 3600;
    day + params.open_hour as u64 * 3600 + rng.random_range(0..open)
}

fn arrival(time: u64, seq: &mut u64, caller_seed: u64, previous_contacts: u32) -> Arrival<Call> {
    *seq += 1;
    // Patience in the queue: hurried callers hang up sooner. Drawn from the
    // caller's own seed so a retry has the same patience.
    let mut r = Pcg64Mcg::seed_from_u64(caller_seed.rotate_left(17));
    let mean = 240.0 - 1.2 * r.random_range(0.0..100.0);
    let tolerance = (-mean * (1.0 - r.random::<f64>()).ln()).max(5.0) as u32;
    Arrival {
        time,
        seq: *seq,
        tolerance,
        call: Call {
            previous_contacts,
            caller_seed,
        },
    }
}
