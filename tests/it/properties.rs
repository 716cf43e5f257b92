//! Property tests: random walks through every shipped scenario always end,
//! and every score stays in range, under every policy and seed.

use crate::common;

use frontline::engine::model::scenario::Meters;
use frontline::engine::play::contact::MAX_STEPS;
use frontline::engine::play::debrief::debrief;
use frontline::engine::play::scoring;
use frontline::engine::{builtin_policies, check::load, Contact, Setup};
use proptest::prelude::*;

fn meters_in_range(c: &Contact) -> bool {
    let m = c.customer().meters;
    [m.mood, m.patience, m.trust, m.effort]
        .iter()
        .all(|v| (0..=100).contains(v))
        && (0..=100).contains(&c.stress())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_walks_through_shipped_scenarios_end_with_scores_in_range(
        seed in any::<u64>(),
        picks in proptest::collection::vec(any::<u16>(), 0..64),
    ) {
        let policies = builtin_policies();
        let shipped = common::shipped_scenarios();
        for (path, text) in &shipped {
            let scenario = load::load_scenario(text, &policies)
                .unwrap_or_else(|p| panic!("{path} does not load: {p:?}"));
            for policy in &policies {
                let mut contact = Contact::start(&scenario, policy, Setup::seeded(seed));
                let mut turn = 0usize;
                while !contact.is_over() {
                    let available: Vec<usize> = contact
                        .offers()
                        .iter()
                        .filter(|o| o.available())
                        .map(|o| o.index)
                        .collect();
                    prop_assert!(!available.is_empty(), "{path}: stuck at {} under {}", contact.node().id, policy.id);
                    let pick = picks.get(turn % picks.len().max(1)).copied().unwrap_or(0) as usize
                        + turn;
                    contact.choose(available[pick % available.len()]).unwrap();
                    prop_assert!(meters_in_range(&contact), "{path}: meter out of range");
                    turn += 1;
                    prop_assert!(turn as u32 <= MAX_STEPS, "{path}: did not end");
                }
                let d = debrief(&contact);
                let card = &d.scorecards;
                prop_assert!((1..=5).contains(&card.customer.csat));
                prop_assert!(card.customer.nps <= 10);
                prop_assert!((1..=5).contains(&card.manager.rating));
                prop_assert!(card.manager.script_adherence <= 100);
                prop_assert!(card.manager.goodwill_spent <= policy.goodwill_budget);
                prop_assert!((0..=100).contains(&card.agent.stress));
                prop_assert!(d.mood.iter().all(|m| (0..=100).contains(m)));
            }
        }
    }

    #[test]
    fn csat_and_nps_stay_in_range_for_any_meters(
        mood in 0i32..=100, trust in 0i32..=100, effort in 0i32..=100, resolved in any::<bool>(),
        gave_up in any::<bool>(), seconds in 0u32..20_000, speed in 0i32..=100,
    ) {
        let e = ended(mood, trust, effort, resolved, gave_up, seconds, speed);
        let (csat, _) = scoring::csat(&e);
        let (nps, _) = scoring::nps(&e);
        prop_assert!((1..=5).contains(&csat));
        prop_assert!(nps <= 10);
        if gave_up {
            prop_assert_eq!(csat, 1, "a customer who gave up scores 1");
        }
    }

    #[test]
    fn more_mood_never_lowers_csat(
        mood in 0i32..100, effort in 0i32..=100, resolved in any::<bool>(), seconds in 0u32..2_000,
    ) {
        let at = |mood| scoring::csat(&ended(mood, 50, effort, resolved, false, seconds, 50)).0;
        prop_assert!(at(mood + 1) >= at(mood));
    }

    #[test]
    fn more_time_never_raises_csat(mood in 0i32..=100, seconds in 0u32..5_000, speed in 0i32..=100) {
        let at = |s| scoring::csat(&ended(mood, 50, 30, true, false, s, speed)).0;
        prop_assert!(at(seconds + 60) <= at(seconds));
    }
}

fn ended(
    mood: i32,
    trust: i32,
    effort: i32,
    resolved: bool,
    gave_up: bool,
    seconds: u32,
    speed: i32,
) -> scoring::Ended {
    scoring::Ended {
        meters: Meters {
            mood,
            patience: 50,
            trust,
            effort,
        },
        resolved,
        gave_up,
        seconds,
        speed,
        promise: None,
    }
}

#[test]
fn the_library_is_not_empty() {
    // The property above is vacuous without scenarios to walk through.
    assert!(!common::shipped_scenarios().is_empty());
}
