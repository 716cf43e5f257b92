//! The agent's wellbeing over a shift (docs/model.md, "The agent"): the
//! chronic strain of close monitoring with little say, surface acting and
//! an assumed name, aggression softened by job control, and the relief of
//! latitude and solved cases, sized so that a shift of ordinary contacts
//! separates the house rules without reaching the ceiling.

use crate::common;

use common::{policy, shipped_scenarios};
use frontline::engine::centre::week::{simulate, CentreParams};
use frontline::engine::check::load;
use frontline::engine::model::scenario::{Outcome, Style};
use frontline::engine::play::agent::{self, StressReason};
use frontline::engine::play::contact::offers;
use frontline::engine::play::debrief::debrief;
use frontline::engine::play::shift::Shift;
use frontline::engine::{Contact, Scenario};

fn library() -> Vec<Scenario> {
    shipped_scenarios()
        .iter()
        .map(|(_, text)| load::parse_scenario(text).unwrap())
        .collect()
}

/// How a trainee answers: the first available answer of the first style in
/// `prefer` that is offered, else the first available answer.
fn pick(c: &Contact, prefer: &[Style]) -> usize {
    let offered = offers(c.scenario(), c.policy(), c.situation());
    let available: Vec<_> = offered.iter().filter(|o| o.available()).collect();
    prefer
        .iter()
        .find_map(|style| available.iter().find(|o| o.choice.style == *style))
        .or(available.first())
        .map(|o| o.index)
        .expect("a contact that is not over offers an answer")
}

const COMPLIANT: &[Style] = &[Style::Scripted];
const AUTONOMOUS: &[Style] = &[Style::Autonomous, Style::Empathetic];

/// A six-contact shift under `policy_id`, played through with `prefer`.
fn shift(policy_id: &str, seed: u64, prefer: &[Style], with_break: bool) -> Shift {
    let scenarios = library();
    let lib: Vec<&Scenario> = scenarios.iter().collect();
    let p = policy(policy_id);
    let mut shift = Shift::plan(&lib, policy_id, 6, 270, seed);
    while !shift.is_over() {
        if with_break && shift.handled.len() == 3 {
            shift.take_break();
        }
        let (scenario, setup) = shift.next_contact(&lib).unwrap();
        let mut c = Contact::start(&scenario, &p, setup);
        while !c.is_over() {
            let index = pick(&c, prefer);
            c.choose(index).unwrap();
        }
        shift.record(&debrief(&c));
    }
    shift
}

fn amount(shift: &Shift, reason: StressReason) -> i32 {
    shift
        .strain
        .iter()
        .find(|e| e.reason == reason)
        .map_or(0, |e| e.amount)
}

#[test]
fn a_compliant_agent_ends_a_target_driven_shift_clearly_more_strained_without_the_ceiling() {
    for seed in 1..=8 {
        let target = shift("target-driven", seed, COMPLIANT, false).stress;
        let first = shift("customer-first", seed, COMPLIANT, false).stress;
        println!("seed {seed}: target-driven {target}, customer-first {first}");
        assert!(
            target >= first + 20,
            "seed {seed}: target-driven {target}, customer-first {first}"
        );
        assert!(
            target < 100,
            "seed {seed}: an ordinary shift hit the ceiling"
        );
    }
}

#[test]
fn under_customer_first_an_agent_who_solves_things_stays_near_rest() {
    let (mut own_total, mut scripted_total) = (0, 0);
    for seed in 1..=8 {
        let own = shift("customer-first", seed, AUTONOMOUS, false).stress;
        let scripted = shift("customer-first", seed, COMPLIANT, false).stress;
        assert!(
            own <= agent::DEFAULT_START_STRESS + 10,
            "seed {seed}: autonomous {own}"
        );
        own_total += own;
        scripted_total += scripted;
    }
    assert!(
        own_total < scripted_total,
        "{own_total} vs {scripted_total}"
    );
}

#[test]
fn the_target_driven_shift_names_monitoring_the_alias_and_scripted_emotion() {
    let s = shift("target-driven", 3, COMPLIANT, true);
    let contacts = s.handled.len() as i32;
    assert_eq!(
        amount(&s, StressReason::MonitoringWithoutControl),
        contacts * 85 * 85 / agent::MONITORING_STRAIN_DIVISOR
    );
    assert_eq!(
        amount(&s, StressReason::WorkingUnderAlias),
        contacts * agent::ALIAS_STRAIN
    );
    assert!(amount(&s, StressReason::ScriptedEmotion) >= contacts);
    assert!(amount(&s, StressReason::Break) < 0);
    let report = s.report();
    assert_eq!(report.strain, s.strain);
    assert_eq!(
        report.strain.iter().map(|e| e.amount).sum::<i32>(),
        report.stress.last().unwrap() - report.stress[0],
        "the sources add up to the shift's change, as long as stress stays within 0–100"
    );
}

#[test]
fn the_customer_first_shift_has_no_chronic_strain_and_names_its_relief() {
    // Which customers a shift draws depends on the library; over a few
    // shifts an agent who acts on their own authority meets one where it
    // matters (half the library is routine, where it seldom does).
    let shifts: Vec<Shift> = (1..=6)
        .map(|seed| shift("customer-first", seed, AUTONOMOUS, false))
        .collect();
    for s in &shifts {
        assert_eq!(amount(s, StressReason::MonitoringWithoutControl), 0);
        assert_eq!(amount(s, StressReason::WorkingUnderAlias), 0);
        assert!(amount(s, StressReason::LatitudeToTakeTime) <= 0);
        assert!(amount(s, StressReason::ActedOnOwnAuthority) <= 0);
    }
    assert!(shifts
        .iter()
        .any(|s| amount(s, StressReason::LatitudeToTakeTime) < 0));
    assert!(shifts
        .iter()
        .any(|s| amount(s, StressReason::ActedOnOwnAuthority) < 0));
}

#[test]
fn job_control_buffers_the_strain_of_the_same_abuse() {
    let low = agent::on_customer_line(&policy("target-driven"), 80).unwrap();
    let high = agent::on_customer_line(&policy("customer-first"), 80).unwrap();
    assert!(
        high.amount > 0 && high.amount < low.amount,
        "{high:?} vs {low:?}"
    );
    assert!(agent::on_customer_line(&policy("target-driven"), 0).is_none());
}

#[test]
fn a_mandatory_script_costs_more_surface_acting_than_a_line_chosen_freely() {
    let cost = |id: &str| {
        agent::on_end(&policy(id), Outcome::Resolved, 3)
            .iter()
            .find(|e| e.reason == StressReason::ScriptedEmotion)
            .map_or(0, |e| e.amount)
    };
    assert!(cost("target-driven") > cost("customer-first"));
    assert!(cost("customer-first") > 0);
}

#[test]
fn the_debrief_counts_the_opening_strain_and_its_sources_add_up() {
    let scenarios = library();
    let p = policy("target-driven");
    for scenario in &scenarios {
        let mut c = Contact::start(scenario, &p, Default::default());
        while !c.is_over() {
            let index = pick(&c, COMPLIANT);
            c.choose(index).unwrap();
        }
        let d = debrief(&c);
        let total: i32 = d.strain.iter().map(|e| e.amount).sum();
        assert_eq!(total, d.scorecards.agent.stress_change, "{}", scenario.id);
        assert!(d
            .strain
            .iter()
            .any(|e| e.reason == StressReason::MonitoringWithoutControl));
    }
}

#[test]
fn the_centre_loses_more_agents_where_the_strain_is_higher() {
    let params = CentreParams::default();
    let target = simulate(&policy("target-driven"), &params);
    let first = simulate(&policy("customer-first"), &params);
    println!(
        "week: target-driven stress {} attrition {} %, customer-first stress {} attrition {} %",
        target.total.agent_stress,
        target.attrition_risk,
        first.total.agent_stress,
        first.attrition_risk
    );
    assert!(target.total.agent_stress > first.total.agent_stress + 10.0);
    assert!(target.attrition_risk > first.attrition_risk);
    assert!(
        target.total.agent_stress < 95.0,
        "a week should not pin agents at the ceiling"
    );
}
