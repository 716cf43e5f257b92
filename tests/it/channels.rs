//! Channels with their own mechanics (issue 15): an e-mail is answered
//! against a promised response time, a chat tolerates short waits, and a
//! public post has onlookers whose reactions count in the outcome.

use crate::common;

use frontline::engine::check::diagnostic::{Code, Location};
use frontline::engine::play::audience::AudienceRule;
use frontline::engine::play::customer::Reason;
use frontline::engine::play::debrief::debrief;
use frontline::engine::play::scoring::{Factor, Scorecards};
use frontline::engine::{builtin_policies, check::load, Contact, Lang, Scenario, Setup};
use serde_json::{json, Value};

fn shipped(id: &str) -> Value {
    let path = format!("{}/assets/scenarios/{id}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn load(v: &Value) -> Scenario {
    load::load_scenario(&v.to_string(), &builtin_policies()).unwrap_or_else(|p| panic!("{p:#?}"))
}

/// Plays the choices (by id) and returns the contact's scorecards and the
/// rules that moved the customer.
fn play(s: &Scenario, policy: &str, choices: &[&str]) -> (Scorecards, Vec<Reason>, i32) {
    let policy = common::policy(policy);
    let mut c = Contact::start(s, &policy, Setup::default());
    for id in choices {
        c.choose_id(id).unwrap_or_else(|e| panic!("{id}: {e}"));
    }
    assert!(c.is_over(), "{choices:?} ends the contact");
    let reasons = c
        .steps()
        .iter()
        .flat_map(|s| s.adjustments.iter().map(|a| a.reason))
        .collect();
    let patience = c.customer().meters.patience;
    (debrief(&c).scorecards, reasons, patience)
}

/// Every choice's seconds (and per-policy seconds) times `factor`.
fn slower(mut v: Value, factor: u64) -> Value {
    for node in v["nodes"].as_array_mut().unwrap() {
        let choices = node.get_mut("choices").and_then(Value::as_array_mut);
        for choice in choices.into_iter().flatten() {
            let s = choice["seconds"].as_u64().unwrap();
            choice["seconds"] = json!(s * factor);
        }
    }
    v
}

const EMAIL_PATH: [&str; 3] = ["acknowledge", "replacement", "just-confirm"];

#[test]
fn an_email_within_its_promise_scores_the_same_for_minutes_as_for_seconds() {
    let mut quick = shipped("late-delivery-goodwill");
    quick["waiting"] = json!(0);
    // Ten times as long: half an hour for the first reply, still well
    // within a four-hour promise.
    let slow = slower(quick.clone(), 10);
    for policy in ["customer-first", "target-driven"] {
        let (a, reasons_a, _) = play(&load(&quick), policy, &EMAIL_PATH);
        let (b, reasons_b, _) = play(&load(&slow), policy, &EMAIL_PATH);
        assert_eq!(a.customer.csat, b.customer.csat, "{policy}");
        assert_eq!(a.customer.nps, b.customer.nps, "{policy}");
        assert_eq!(a.customer.mood, b.customer.mood, "{policy}");
        assert!(!reasons_b.contains(&Reason::TimeDrainsPatience), "{policy}");
        assert!(!reasons_b.contains(&Reason::ReplyLate), "{policy}");
        assert_eq!(reasons_a, reasons_b, "{policy}");
        assert!(b
            .customer
            .csat_parts
            .iter()
            .all(|p| p.factor != Factor::TooSlow));
        // The agent's writing time is what the manager's dashboard counts.
        assert!(b.manager.handle_time > a.manager.handle_time);
    }
}

#[test]
fn a_late_reply_costs_the_customer_and_the_score() {
    let mut in_time = shipped("late-delivery-goodwill");
    in_time["reply_within"] = json!(3600);
    in_time["waiting"] = json!(0);
    let mut late = in_time.clone();
    // A minute of the promise left, and the first reply takes three.
    late["waiting"] = json!(3540);
    let (a, _, _) = play(&load(&in_time), "customer-first", &EMAIL_PATH);
    let (b, reasons, _) = play(&load(&late), "customer-first", &EMAIL_PATH);
    assert_eq!(
        reasons.iter().filter(|r| **r == Reason::ReplyLate).count(),
        3
    );
    let points = |c: &Scorecards| c.customer.csat_parts.iter().map(|p| p.points).sum::<i32>();
    assert!(b.customer.mood < a.customer.mood);
    assert!(points(&b) < points(&a), "{} vs {}", points(&b), points(&a));
    assert!(b.customer.csat <= a.customer.csat);
    assert!(b.customer.nps <= a.customer.nps);
    // A whole promise late: the customer had no time budget left either.
    let mut very_late = in_time.clone();
    very_late["waiting"] = json!(7200);
    let (c, _, _) = play(&load(&very_late), "customer-first", &EMAIL_PATH);
    assert!(c.customer.csat < a.customer.csat);
    assert!(c
        .customer
        .csat_parts
        .iter()
        .any(|p| p.factor == Factor::TooSlow));
    // The customer's time runs from when she wrote.
    assert!(b.customer.customer_seconds >= 3540 + 180);
}

#[test]
fn in_the_shipped_email_investigating_first_breaks_the_promise() {
    let s = load(&shipped("late-delivery-goodwill"));
    let (_, reasons, _) = play(&s, "customer-first", &["investigate", "just-confirm"]);
    assert!(reasons.contains(&Reason::ReplyLate));
    let (_, reasons, _) = play(
        &s,
        "customer-first",
        &["acknowledge", "carrier", "just-confirm"],
    );
    assert!(!reasons.contains(&Reason::ReplyLate));
}

#[test]
fn chat_waits_cost_less_patience_than_the_phone() {
    let chat = shipped("shoes-out-of-stock");
    let mut phone = chat.clone();
    phone["channel"] = json!("phone");
    let path = ["wedding", "tip", "enjoy"];
    for policy in ["customer-first", "target-driven"] {
        let (_, _, on_chat) = play(&load(&chat), policy, &path);
        let (_, _, on_phone) = play(&load(&phone), policy, &path);
        assert!(on_chat > on_phone, "{policy}: {on_chat} vs {on_phone}");
    }
    // A short chat answer costs nothing; the same seconds on the phone do.
    use frontline::engine::model::scenario::Channel;
    use frontline::engine::play::channel::patience_seconds;
    assert_eq!(patience_seconds(Channel::Chat, 20), 0);
    assert!(patience_seconds(Channel::Chat, 120) < patience_seconds(Channel::Phone, 120));
}

#[test]
fn owning_a_public_post_in_public_beats_going_private_at_once() {
    let s = load(&shipped("public-complaint-social"));
    for (policy, fix) in [
        ("customer-first", "new-lamp"),
        ("target-driven", "standard-replacement"),
    ] {
        let (public, _, _) = play(&s, policy, &["own-publicly", fix, "close-dm"]);
        let (private, _, _) = play(&s, policy, &["dm-first", fix, "close-dm"]);
        let (p, q) = (
            public.manager.reputation.clone().unwrap(),
            private.manager.reputation.clone().unwrap(),
        );
        assert!(p.net > q.net, "{policy}: {} vs {}", p.net, q.net);
        assert!(
            public.manager.rating > private.manager.rating,
            "{policy}: {} vs {}",
            public.manager.rating,
            private.manager.rating
        );
        assert!(public.customer.csat >= private.customer.csat, "{policy}");
        // Which end-of-thread rule applied (a rule that did not is 0).
        let applied = |parts: &[(AudienceRule, i32)], rule| {
            parts.iter().any(|&(r, points)| r == rule && points != 0)
        };
        assert!(applied(&p.parts, AudienceRule::ClosedInPublic));
        assert!(!applied(&p.parts, AudienceRule::LeftUnanswered));
        assert!(applied(&q.parts, AudienceRule::LeftUnanswered));
        assert!(!applied(&q.parts, AudienceRule::ClosedInPublic));
        assert_eq!(p.parts.iter().map(|(_, v)| v).sum::<i32>(), p.net);
        assert!(private
            .manager
            .rating_parts
            .iter()
            .any(|part| part.factor == Factor::Reputation && part.points < 0));
    }
}

#[test]
fn only_public_replies_move_the_onlookers() {
    let s = load(&shipped("public-complaint-social"));
    let policy = common::policy("customer-first");
    let reactions = |c: &Contact| c.situation().thread.audience.unwrap().reactions();
    let mut c = Contact::start(&s, &policy, Setup::default());
    let start = reactions(&c);
    // The post's aggression puts them on the customer's side.
    assert!(start < 0);
    c.choose_id("dm-first").unwrap();
    assert_eq!(reactions(&c), start, "a direct message is out of view");
    let mut c = Contact::start(&s, &policy, Setup::default());
    c.choose_id("canned").unwrap();
    assert!(reactions(&c) < start, "a template in public draws backlash");
    let mut c = Contact::start(&s, &policy, Setup::default());
    c.choose_id("own-publicly").unwrap();
    assert!(reactions(&c) > start, "owning it in public earns approval");
}

#[test]
fn the_best_public_path_answers_in_public() {
    // Between equally satisfied customers, leaving the complaint unanswered
    // in public is not the best way just because it is cheaper.
    let s = load(&shipped("public-complaint-social"));
    for policy in builtin_policies() {
        let a = frontline::engine::analysis::paths::analyse(&s, &policy, &Setup::default());
        let best = a.best;
        assert!(
            !best.choices[0].ends_with("/dm-first"),
            "{}: {:?}",
            policy.id,
            best.choices
        );
    }
}

#[test]
fn channel_fields_on_the_wrong_channel_are_reported_where_they_are() {
    let mut v = shipped("hurried-routine");
    v["reply_within"] = json!(3600);
    v["waiting"] = json!(600);
    v["audience"] = json!({"watching": 500});
    let first = v["nodes"][0]["id"].as_str().unwrap().to_string();
    let choice = v["nodes"][0]["choices"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    v["nodes"][0]["choices"][0]["private"] = json!(true);
    let problems = load::load_scenario(&v.to_string(), &builtin_policies()).unwrap_err();
    let has = |code: Code, at: &Location, field: &str| {
        problems.iter().any(|p| {
            p.code == code
                && p.location == *at
                && p.message(Lang::En).contains(&format!("\"{field}\""))
                && p.message(Lang::En).contains("phone")
                && !p.message(Lang::Nl).is_empty()
        })
    };
    let at_choice = Location::Choice {
        node: first,
        choice,
    };
    assert!(
        has(Code::OnlyAsynchronous, &Location::Scenario, "reply_within"),
        "{problems:#?}"
    );
    assert!(has(Code::OnlyAsynchronous, &Location::Scenario, "waiting"));
    assert!(has(Code::OnlySocial, &Location::Scenario, "audience"));
    assert!(has(Code::OnlySocial, &at_choice, "private"));
    assert_eq!(problems.len(), 4, "{problems:#?}");

    // An e-mail may have a promise and a wait, not an audience.
    let mut mail = shipped("late-delivery-goodwill");
    mail["audience"] = json!({"watching": 10});
    let problems = load::load_scenario(&mail.to_string(), &builtin_policies()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].code, Code::OnlySocial);

    // Out of range: a promise of a second.
    let mut mail = shipped("late-delivery-goodwill");
    mail["reply_within"] = json!(1);
    let problems = load::load_scenario(&mail.to_string(), &builtin_policies()).unwrap_err();
    assert!(problems.iter().any(|p| p.code == Code::OutOfRange));
}
