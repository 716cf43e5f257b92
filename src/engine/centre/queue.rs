//! A first-come-first-served queue in front of a staffed pool of agents.
//! Calls are taken in arrival order by whichever agent is free first, so a
//! week of calls costs O(calls × agents on duty) with no time stepping.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A call arriving at `time` (seconds since the week started).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Arrival<T: Ord> {
    pub time: u64,
    /// Tie-breaker, so equal times keep their order.
    pub seq: u64,
    /// How long this caller will wait before hanging up.
    pub tolerance: u32,
    pub call: T,
}

/// What the queue tells the caller of `serve`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pickup {
    pub wait: u32,
    /// Index of the agent's seat (0 ≤ seat < staffing at that hour).
    pub seat: usize,
    /// When the seat was last free (idle time = start − this).
    pub seat_free_since: u64,
}

/// What happened to each call, in the order they were settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    Answered { wait: u32, handle: u32 },
    Abandoned { waited: u32 },
}

/// Run the queue. `staffing[h]` is the number of agents on duty in hour `h`.
/// `serve` returns the handle time of an answered call and may schedule new
/// arrivals (repeat contacts); `abandon` may schedule a retry.
pub fn run<T: Ord + Copy>(
    arrivals: Vec<Arrival<T>>,
    staffing: &[u32],
    mut serve: impl FnMut(&Arrival<T>, Pickup, &mut Vec<Arrival<T>>) -> u32,
    mut abandon: impl FnMut(&Arrival<T>, u32, &mut Vec<Arrival<T>>),
) -> Vec<(Arrival<T>, Fate)> {
    let mut pending: BinaryHeap<Reverse<Arrival<T>>> = arrivals.into_iter().map(Reverse).collect();
    let mut seats: Vec<u64> = Vec::new();
    let mut hour_set: Option<usize> = None;
    let mut out = Vec::with_capacity(pending.len());
    let mut follow = Vec::new();
    while let Some(Reverse(call)) = pending.pop() {
        let hour = ((call.time / 3600) as usize).min(staffing.len().saturating_sub(1));
        if hour_set != Some(hour) {
            restaff(
                &mut seats,
                staffing.get(hour).copied().unwrap_or(0) as usize,
                hour as u64 * 3600,
            );
            hour_set = Some(hour);
        }
        let Some((seat, &free)) = seats.iter().enumerate().min_by_key(|(_, t)| **t) else {
            // Nobody on duty: the caller waits out their patience.
            abandon(&call, call.tolerance, &mut follow);
            out.push((
                call,
                Fate::Abandoned {
                    waited: call.tolerance,
                },
            ));
            pending.extend(follow.drain(..).map(Reverse));
            continue;
        };
        let start = free.max(call.time);
        let wait = (start - call.time).min(u32::MAX as u64) as u32;
        if wait > call.tolerance {
            abandon(&call, call.tolerance, &mut follow);
            out.push((
                call,
                Fate::Abandoned {
                    waited: call.tolerance,
                },
            ));
        } else {
            let pickup = Pickup {
                wait,
                seat,
                seat_free_since: free,
            };
            let handle = serve(&call, pickup, &mut follow);
            seats[seat] = start + handle as u64;
            out.push((call, Fate::Answered { wait, handle }));
        }
        pending.extend(follow.drain(..).map(Reverse));
    }
    out
}

/// Change the number of seats at an hour boundary. Agents going off duty
/// finish their current call: the seats busy longest are the ones dropped.
fn restaff(seats: &mut Vec<u64>, wanted: usize, boundary: u64) {
    if seats.len() < wanted {
        seats.resize(wanted, boundary);
    } else if seats.len() > wanted {
        seats.sort_unstable();
        seats.truncate(wanted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arrival(time: u64, seq: u64) -> Arrival<u32> {
        Arrival {
            time,
            seq,
            tolerance: u32::MAX,
            call: 0,
        }
    }

    #[test]
    fn one_agent_serves_in_arrival_order() {
        let calls = vec![arrival(0, 0), arrival(10, 1), arrival(20, 2)];
        let fates = run(calls, &[1], |_, _, _| 100, |_, _, _| {});
        let waits: Vec<u32> = fates
            .iter()
            .map(|(_, f)| match f {
                Fate::Answered { wait, .. } => *wait,
                Fate::Abandoned { .. } => panic!("nobody abandons"),
            })
            .collect();
        assert_eq!(waits, vec![0, 90, 180]);
    }

    #[test]
    fn callers_hang_up_when_the_wait_exceeds_their_patience() {
        let mut calls = vec![arrival(0, 0), arrival(1, 1)];
        calls[1].tolerance = 30;
        let fates = run(calls, &[1], |_, _, _| 100, |_, _, _| {});
        assert_eq!(fates[1].1, Fate::Abandoned { waited: 30 });
    }

    #[test]
    fn repeat_contacts_join_the_queue() {
        let calls = vec![arrival(0, 0)];
        let mut first = true;
        let fates = run(
            calls,
            &[1, 1],
            |a, _, follow| {
                if first {
                    first = false;
                    follow.push(Arrival {
                        time: a.time + 3600,
                        seq: 99,
                        tolerance: u32::MAX,
                        call: 1,
                    });
                }
                60
            },
            |_, _, _| {},
        );
        assert_eq!(fates.len(), 2);
        assert_eq!(fates[1].0.call, 1);
    }
}
