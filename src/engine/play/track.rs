//! Where a trainee stands in a track: which steps are done, which one is
//! next, and whether the track is mastered. Steps open in order.

use crate::engine::model::track::{Step, Track};
use crate::engine::wire::keyed::Keyed;

/// One step as the trainee sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Done, with its CSAT in tenths (a contact's CSAT × 10, a shift's average).
    Done(u8),
    /// The next step to take.
    Open,
    /// Opens when the steps before it are done.
    Locked,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub steps: Vec<StepState>,
    /// Every step is done.
    pub complete: bool,
    /// The average CSAT, in tenths, over the steps the mastery rule counts
    /// (once any of them is done).
    pub average_tenths: Option<u8>,
    /// Complete, and the average meets the mastery rule.
    pub mastered: bool,
}

impl Standing {
    pub fn next(&self) -> Option<usize> {
        self.steps.iter().position(|s| *s == StepState::Open)
    }

    pub fn is_open(&self, index: usize) -> bool {
        matches!(
            self.steps.get(index),
            Some(StepState::Open | StepState::Done(_))
        )
    }
}

/// The standing in `track` given the results so far, keyed by [`Step::key`]
/// and in tenths of CSAT.
pub fn standing(track: &Track, results: &Keyed<u8>) -> Standing {
    let mut steps = Vec::with_capacity(track.steps.len());
    let mut open = true;
    for step in &track.steps {
        match results.get(&step.key()) {
            Some(&tenths) if open => steps.push(StepState::Done(tenths)),
            _ if open => {
                steps.push(StepState::Open);
                open = false;
            }
            _ => steps.push(StepState::Locked),
        }
    }
    let complete = steps.iter().all(|s| matches!(s, StepState::Done(_)));
    let counted: Vec<u32> = track
        .steps
        .iter()
        .zip(&steps)
        .filter(|(step, _)| counts(track, step))
        .filter_map(|(_, state)| match state {
            StepState::Done(t) => Some(u32::from(*t)),
            _ => None,
        })
        .collect();
    let average_tenths =
        (!counted.is_empty()).then(|| (counted.iter().sum::<u32>() / counted.len() as u32) as u8);
    let meets = match track.mastery.min_average_csat_tenths {
        Some(min) => average_tenths.is_some_and(|a| a >= min),
        None => true,
    };
    Standing {
        steps,
        complete,
        average_tenths,
        mastered: complete && meets,
    }
}

fn counts(track: &Track, step: &Step) -> bool {
    track
        .mastery
        .on_policy
        .as_deref()
        .is_none_or(|p| step.policy() == p)
}
