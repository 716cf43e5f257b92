//! The manager page's rules (`app::manager`): editing the settings, how
//! calls arrive and agents answer, and a run under every policy, natively.

use frontline::app::manager::{update, Answering, Field, Manager, Msg};
use frontline::engine::builtin_policies;
use frontline::engine::centre::calls::StyleMix;
use frontline::engine::centre::week::{simulate, ArrivalShape};
use frontline::engine::Lang;

/// A small centre, quick to simulate.
fn small() -> Manager {
    let mut m = Manager::new(Lang::En);
    update(&mut m, Msg::Edit(Field::Agents, 6));
    update(&mut m, Msg::Edit(Field::Calls, 900));
    m
}

#[test]
fn starts_from_the_default_centre_with_nothing_run() {
    let m = Manager::new(Lang::Nl);
    assert_eq!(m.lang, Lang::Nl);
    assert_eq!(m.shape, ArrivalShape::MorningPeak);
    assert_eq!(m.answering, Answering::AsPolicyPushes);
    assert!(m.problems.is_empty());
    assert!(m.run.is_none());
    assert_eq!(Field::Agents.get(&m.params), 65);
}

#[test]
fn a_field_edit_changes_that_setting_only() {
    let mut m = Manager::new(Lang::En);
    let before = m.params.clone();
    update(&mut m, Msg::Edit(Field::Weeks, 3));
    assert_eq!(m.params.weeks, 3);
    assert_eq!(Field::Weeks.get(&m.params), 3);
    assert_eq!(m.params.agents, before.agents);
    update(&mut m, Msg::Edit(Field::Seed, 42));
    assert_eq!(m.params.seed, 42);
    update(&mut m, Msg::Edit(Field::CloseHour, 18));
    assert_eq!(m.params.close_hour, 18);
    assert!(m.run.is_none(), "editing does not run");
}

#[test]
fn every_field_has_its_own_input_and_setting() {
    let mut ids: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Field::ALL.len());
    for (n, f) in Field::ALL.into_iter().enumerate() {
        let mut m = Manager::new(Lang::En);
        update(&mut m, Msg::Edit(f, 1000 + n as u32));
        assert_eq!(f.get(&m.params), 1000 + n as u32, "{f:?}");
    }
}

#[test]
fn invalid_settings_give_diagnostics_and_no_run() {
    let mut m = small();
    update(&mut m, Msg::Edit(Field::Weeks, 0));
    update(&mut m, Msg::Run);
    assert!(m.run.is_none());
    let codes: Vec<&str> = m.problems.iter().map(|d| d.code.id()).collect();
    assert_eq!(codes.len(), 1, "{codes:?}");
    assert!(m.problems[0].message(Lang::En).contains("weeks"));
}

#[test]
fn a_valid_run_gives_a_report_per_policy_and_clears_the_problems() {
    let mut m = small();
    update(&mut m, Msg::Edit(Field::Weeks, 0));
    update(&mut m, Msg::Run);
    assert!(!m.problems.is_empty());
    update(&mut m, Msg::Edit(Field::Weeks, 1));
    update(&mut m, Msg::Run);
    assert!(m.problems.is_empty());
    let run = m.run.as_ref().expect("a run");
    let policies: Vec<String> = builtin_policies().into_iter().map(|p| p.id).collect();
    let reported: Vec<String> = run.reports.iter().map(|r| r.policy.clone()).collect();
    assert_eq!(reported, policies);
    assert!(run.reports.iter().all(|r| r.total.offered > 0));
    assert_eq!(run.ms, 0, "the page times a run, not the rules");
    m.timed(12);
    assert_eq!(m.run.as_ref().unwrap().ms, 12);
}

#[test]
fn a_run_after_bad_settings_keeps_the_last_results() {
    let mut m = small();
    update(&mut m, Msg::Run);
    let first = m.run.clone();
    update(&mut m, Msg::Edit(Field::Agents, 0));
    update(&mut m, Msg::Run);
    assert!(!m.problems.is_empty());
    assert_eq!(m.run, first);
}

#[test]
fn the_arrival_shape_sets_the_hourly_pattern_of_the_opening_hours() {
    let mut m = small();
    update(&mut m, Msg::Shape(ArrivalShape::Even));
    assert_eq!(m.shape, ArrivalShape::Even);
    let p = m.centre();
    assert_eq!(p.hourly_pattern, ArrivalShape::Even.pattern(8, 20));
    update(&mut m, Msg::Edit(Field::OpenHour, 9));
    update(&mut m, Msg::Edit(Field::CloseHour, 17));
    update(&mut m, Msg::Shape(ArrivalShape::EveningPeak));
    assert_eq!(
        m.centre().hourly_pattern,
        ArrivalShape::EveningPeak.pattern(9, 17)
    );
    // Opening hours that make no sense keep the pattern; the run says why.
    update(&mut m, Msg::Edit(Field::CloseHour, 5));
    assert_eq!(m.centre().hourly_pattern, m.params.hourly_pattern);
    update(&mut m, Msg::Run);
    assert!(m.run.is_none());
    assert!(!m.problems.is_empty());
}

#[test]
fn how_agents_answer_picks_the_style_mix() {
    let mut m = small();
    assert_eq!(m.centre().style_mix, None);
    update(&mut m, Msg::Answering(Answering::MostlyScripted));
    assert_eq!(m.centre().style_mix, Some(StyleMix::mostly_scripted()));
    update(&mut m, Msg::Answering(Answering::EmpatheticAndAutonomous));
    assert_eq!(
        m.centre().style_mix,
        Some(StyleMix::empathetic_and_autonomous())
    );
    assert_eq!(Answering::ALL.len(), 3);
    assert_eq!(Answering::ALL[0], Answering::AsPolicyPushes);
}

#[test]
fn a_run_is_the_engine_simulation_of_the_settings_shown() {
    let mut m = small();
    update(&mut m, Msg::Answering(Answering::MostlyScripted));
    update(&mut m, Msg::Shape(ArrivalShape::Even));
    update(&mut m, Msg::Run);
    let p = m.centre();
    let expected: Vec<_> = builtin_policies()
        .iter()
        .map(|policy| simulate(policy, &p))
        .collect();
    assert_eq!(m.run.unwrap().reports, expected);
}

#[test]
fn the_language_is_a_message_too() {
    let mut m = Manager::new(Lang::En);
    update(&mut m, Msg::SetLang(Lang::Nl));
    assert_eq!(m.lang, Lang::Nl);
}
