//! Shift mode: a queue behind the contacts, stress that carries over.

use crate::common;

use common::policy;
use frontline::engine::play::debrief::debrief;
use frontline::engine::play::shift::{Shift, BREAK_RELIEF};
use frontline::engine::{check::load, Contact, Scenario};

fn example() -> Scenario {
    load::parse_scenario(common::readme_example()).unwrap()
}

/// Play the next contact of the shift with the given answers (0-based).
fn play_next(shift: &mut Shift, library: &[&Scenario], answers: &[usize]) -> (i32, i32) {
    let p = policy(&shift.policy);
    let (scenario, setup) = shift.next_contact(library).unwrap();
    let mut c = Contact::start(&scenario, &p, setup);
    let start = (c.customer().meters.mood, c.customer().meters.patience);
    for a in answers {
        if c.is_over() {
            break;
        }
        c.choose(*a).unwrap();
    }
    shift.record(&debrief(&c));
    start
}

#[test]
fn a_shift_is_planned_the_same_way_from_the_same_seed() {
    let s = example();
    let lib = [&s];
    let a = Shift::plan(&lib, "customer-first", 8, 270, 5);
    assert_eq!(a, Shift::plan(&lib, "customer-first", 8, 270, 5));
    assert_eq!(a.queue.len(), 8);
    assert!(a.queue.windows(2).all(|w| w[0].arrives < w[1].arrives));
}

#[test]
fn long_contacts_make_the_next_customer_wait_and_arrive_unhappier() {
    let s = example();
    let lib = [&s];
    // Answer 3 is small talk that loops back: slow. Answer 1 is the quick fix.
    let mut slow = Shift::plan(&lib, "customer-first", 4, 60, 9);
    let mut quick = slow.clone();
    play_next(&mut slow, &lib, &[2, 2, 2, 2]);
    play_next(&mut quick, &lib, &[0]);
    assert!(slow.next_wait() > quick.next_wait());
    let (_, slow_setup) = slow.next_contact(&lib).unwrap();
    let (_, quick_setup) = quick.next_contact(&lib).unwrap();
    let (slow_m, quick_m) = (slow_setup.meters.unwrap(), quick_setup.meters.unwrap());
    assert!(slow_m.mood < quick_m.mood);
    assert!(slow_m.patience < quick_m.patience);
}

#[test]
fn stress_carries_over_and_a_break_lowers_it() {
    let s = example();
    let lib = [&s];
    let mut shift = Shift::plan(&lib, "target-driven", 3, 270, 1);
    play_next(&mut shift, &lib, &[2, 2, 2, 2]);
    let after_first = shift.stress;
    let (_, setup) = shift.next_contact(&lib).unwrap();
    assert_eq!(setup.stress, Some(after_first));
    shift.take_break();
    assert_eq!(shift.stress, (after_first - BREAK_RELIEF).max(0));
    assert_eq!(shift.stress_curve.len(), 3);
}

#[test]
fn the_end_of_shift_report_adds_up() {
    let s = example();
    let lib = [&s];
    let mut shift = Shift::plan(&lib, "customer-first", 3, 270, 2);
    play_next(&mut shift, &lib, &[0]);
    play_next(&mut shift, &lib, &[2, 2, 2, 2]);
    play_next(&mut shift, &lib, &[0]);
    assert!(shift.is_over());
    let r = shift.report();
    assert_eq!(r.contacts, 3);
    assert_eq!(r.first_contact_resolution, 66);
    assert_eq!(r.repeat_contacts_caused, 1);
    assert!((10..=50).contains(&r.csat_tenths));
    assert_eq!(r.stress.len(), 4);
    assert_eq!(r.csat.len(), 3);
    assert!(r.csat.iter().all(|c| (1..=5).contains(c)));
    assert!(r.shift_length >= shift.handled.iter().map(|h| h.handle_time).sum::<u32>());
}

/// A caller waits on the line and arrives with less patience; an e-mail
/// waits in the inbox, and its wait counts against the reply promised, as
/// the channel counts any wait (docs/model.md, Channels).
#[test]
fn a_queued_email_has_less_of_its_promise_left_and_a_caller_less_patience() {
    let lib_all: Vec<Scenario> = common::shipped_scenarios()
        .into_iter()
        .map(|(_, text)| {
            load::load_scenario(&text, &frontline::engine::builtin_policies()).unwrap()
        })
        .collect();
    let email = lib_all.iter().find(|s| s.id == "email-deadline").unwrap();
    let phone = lib_all.iter().find(|s| s.id == "hurried-routine").unwrap();
    let p = policy("customer-first");
    for (scenario, on_the_line) in [(email, false), (phone, true)] {
        let lib = [scenario];
        let mut shift = Shift::plan(&lib, "customer-first", 2, 270, 3);
        let fresh = shift.next_contact(&lib).unwrap().1;
        // The agent is busy until long after this customer arrived.
        shift.clock = shift.queue[0].arrives + 1_800;
        assert_eq!(shift.next_wait(), 1_800);
        let (met, setup) = shift.next_contact(&lib).unwrap();
        let c = Contact::start(&met, &p, setup);
        let opened = Contact::start(&met, &p, fresh);
        if on_the_line {
            assert_eq!(setup.queued, None);
            assert!(setup.meters.unwrap().patience < fresh.meters.unwrap().patience);
            assert_eq!(c.situation().thread.waiting, 0);
        } else {
            assert_eq!(setup.queued, Some(1_800));
            assert_eq!(
                setup.meters, fresh.meters,
                "the writer's mood does not sink by the minute"
            );
            assert_eq!(
                c.situation().thread.waiting,
                opened.situation().thread.waiting + 1_800
            );
            assert_eq!(
                c.situation().thread.time_left().unwrap() + 1_800,
                opened.situation().thread.time_left().unwrap(),
                "half an hour less of the four hours promised"
            );
        }
    }
}

#[test]
fn a_record_without_a_queue_wait_is_written_as_before() {
    let setup = frontline::engine::Setup::seeded(7);
    assert_eq!(
        serde_json::to_string(&setup).unwrap(),
        r#"{"seed":7,"meters":null,"stress":null}"#
    );
}
