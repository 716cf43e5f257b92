//! The policies that ship with the game, as Rust values: the game then carries
//! no JSON reader for them. `assets/policies/policies.json` holds the same
//! policies for trainers to read and for the browser tests; `tests/policies.rs`
//! reads that file with the engine's own reader and fails on any difference,
//! field by field and in both languages. Change both together.

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::Authority;
use crate::engine::model::text::Text;

pub fn builtin_policies() -> Vec<Policy> {
    vec![
        Policy {
            id: "target-driven".to_string(),
            name: Text::new("Target-driven centre", "Sturen op targets"),
            summary: Text::new(
                "A mandatory script, a handle-time target of 4.5 minutes on a running clock (13 calls an hour), no goodwill, no ordering elsewhere, hand-offs to a back office that is hard to reach, and a first name that is not your own.",
                "Een verplicht script, een gesprekstijd van hooguit 4,5 minuut op een klok die meeloopt (13 gesprekken per uur), geen coulance, niets elders bestellen, doorzetten naar een backoffice die slecht bereikbaar is, en een voornaam die niet de jouwe is.",
            ),
            script_required: true,
            handle_time_target: Some(270),
            goodwill_budget: 0,
            authorities: vec![],
            alias: Some("Sarah".to_string()),
            monitoring: 85,
            job_control: 15,
        },
        Policy {
            id: "customer-first".to_string(),
            name: Text::new("Customer-first centre", "De klant centraal"),
            summary: Text::new(
                "Guidelines you may leave when that is better for the customer, no clock, goodwill within reason (up to €50 a contact), and the authority to solve it in one contact.",
                "Richtlijnen waarvan je mag afwijken als dat beter is voor de klant, geen klok, coulance binnen redelijke grenzen (tot €50 per contact) en de ruimte om het in één contact op te lossen.",
            ),
            script_required: false,
            handle_time_target: None,
            goodwill_budget: 50,
            authorities: vec![
                Authority::Goodwill,
                Authority::CompetitorOrder,
                Authority::OwnTheCase,
                Authority::DirectSpecialist,
                Authority::SpeakFreely,
            ],
            alias: None,
            monitoring: 20,
            job_control: 85,
        },
    ]
}
