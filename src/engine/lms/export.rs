//! A trainee's answer log (`engine::play::log`) as what they can hand a
//! trainer when they play on their own, outside an LMS: the xAPI
//! statements their answers make (a plain JSON array, the shape of an
//! LRS's `statements`), and a summary with one row per contact (CSV).
//!
//! Both come from replaying each logged contact with the engine exactly as
//! the game played it: the customer its seed had them meet
//! (`persona::meet`), the house rules, the choices in order. A contact
//! whose scenario is gone, or changed since (another revision or model),
//! cannot be replayed into the numbers it was played with: it is left out
//! of both, and counted (`Exported::skipped`), so the page can say so.

use std::rc::Rc;

use serde_json::{json, Value};

use crate::engine::lms::time;
use crate::engine::lms::xapi::{self, Answered, Profile, Session};
use crate::engine::model::policy::find_policy;
use crate::engine::model::scenario::{Channel, Style};
use crate::engine::play::debrief::{debrief, Debrief};
use crate::engine::play::log::{self, LoggedContact};
use crate::engine::play::persona;
use crate::engine::play::scoring::NpsClass;
use crate::engine::wire::csv;
use crate::engine::wire::named::Named;
use crate::engine::{Contact, Lang, Policy, Scenario};

/// ADL's verb for an activity done to the end: a contact, with its outcome.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// ADL's activity type for a simulation: a scenario, the object of a
/// contact's `completed`.
pub const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";

/// Who exported, and in which language the texts are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trainee<'a> {
    /// The profile's name: the actor's account name.
    pub name: &'a str,
    pub lang: Lang,
}

/// What an export made, and how many logged contacts it had to leave out.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported<T> {
    pub made: T,
    pub skipped: usize,
}

/// The Agent a trainee playing on their own is: an account on the
/// organisation's vocabulary (`homePage` the profile's base IRI), named by
/// the profile's name. No e-mail address: the game never asks for one.
pub fn actor(profile: &Profile, name: &str) -> Value {
    json!({
        "objectType": "Agent",
        "account": { "homePage": profile.base, "name": name }
    })
}

/// The registration of a profile's play on its own: a UUID from the
/// profile's name, the same in every export, so a trainer who loads two
/// exports of one trainee sees one attempt, and every statement keeps its id.
pub fn registration(name: &str) -> String {
    xapi::statement_id("frontline standalone", &[name])
}

/// One logged contact replayed: the contact and its debrief, with the
/// scenario as met and the house rules it was played under.
pub struct Replayed<'l> {
    pub logged: &'l LoggedContact,
    pub scenario: Scenario,
    pub policy: Policy,
    pub debrief: Debrief,
    /// Its start and each answer, ms since 1970.
    pub times: Vec<u64>,
}

impl Replayed<'_> {
    /// When the contact started (ms since 1970; 0 if the log has no time).
    pub fn started_ms(&self) -> u64 {
        self.at(0)
    }

    /// When the `i`-th time of the contact (its start, then each answer)
    /// was taken (`log::times`).
    fn at(&self, i: usize) -> u64 {
        self.times.get(i).copied().unwrap_or(0)
    }

    /// The contact played again (it replayed once already, so it does now).
    fn contact(&self) -> Option<Contact<'_>> {
        Contact::replay(&self.scenario, &self.policy, &self.logged.contact).ok()
    }
}

/// Replay one logged contact on the scenarios at hand, if it still can be.
pub fn replay<'l>(
    logged: &'l LoggedContact,
    scenario: &dyn Fn(&str) -> Option<Rc<Scenario>>,
    policies: &[Policy],
) -> Option<Replayed<'l>> {
    let record = &logged.contact;
    let base = scenario(&record.scenario)?;
    let policy = find_policy(policies, &record.policy)?.clone();
    let met = persona::meet(&base, record.setup.seed);
    let contact = Contact::replay(&met, &policy, record).ok()?;
    if !contact.is_over() {
        return None;
    }
    let debrief = debrief(&contact);
    Some(Replayed {
        times: log::times(&record.at, record.choices.len()),
        logged,
        scenario: met,
        policy,
        debrief,
    })
}

/// Every logged contact that replays, in the log's order, and how many did not.
pub fn replay_all<'l>(
    log: &'l [LoggedContact],
    scenario: &dyn Fn(&str) -> Option<Rc<Scenario>>,
    policies: &[Policy],
) -> Exported<Vec<Replayed<'l>>> {
    let made: Vec<Replayed> = log
        .iter()
        .filter_map(|l| replay(l, scenario, policies))
        .collect();
    Exported {
        skipped: log.len() - made.len(),
        made,
    }
}

/// The statements of every contact replayed: an `answered` per answer, then
/// a `completed` with the contact's outcome (`docs/xapi.md`).
pub fn statements(profile: &Profile, trainee: Trainee, played: &[Replayed]) -> Vec<Value> {
    let actor = actor(profile, trainee.name);
    let registration = registration(trainee.name);
    let mut out = Vec::new();
    for r in played {
        let session = Session {
            actor: &actor,
            registration: &registration,
            track: r.logged.step.as_ref().map(|s| s.track.as_str()),
        };
        out.extend(answered(profile, &session, trainee.lang, r));
        out.push(completed(profile, &session, trainee.lang, r));
    }
    out
}

fn answered(profile: &Profile, session: &Session, lang: Lang, r: &Replayed) -> Vec<Value> {
    let Some(contact) = r.contact() else {
        return Vec::new();
    };
    let scenario = &r.scenario;
    let mut before = contact.start_situation().customer.meters;
    contact
        .steps()
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let node = &scenario.nodes[step.node];
            let (asked, answered) = (r.at(i), r.at(i + 1));
            let statement = xapi::answered(
                profile,
                session,
                &Answered {
                    scenario: &scenario.id,
                    node: &node.id,
                    prompt: node.customer.get(lang),
                    // Every answer of the node, in the order shown, locked
                    // ones too (as `frontline play --xapi`).
                    offered: node
                        .choices
                        .iter()
                        .map(|c| (c.id.as_str(), c.text.get(lang)))
                        .collect(),
                    choice: &node.choices[step.choice].id,
                    style: step.style,
                    policy: &r.policy.id,
                    lang,
                    seed: r.logged.contact.setup.seed,
                    step: i,
                    at_ms: answered,
                    latency_ms: answered.saturating_sub(asked),
                    before,
                    after: step.customer.meters,
                },
            );
            before = step.customer.meters;
            statement
        })
        .collect()
}

/// A contact's outcome: CSAT as the score (1 to 5; scaled as SCORM 2004's
/// scaled score, 1 is 0 and 5 is 1), the NPS category, first-contact
/// resolution, handle time and goodwill as extensions, so a trainer's
/// tool need not replay the answers.
fn completed(profile: &Profile, session: &Session, lang: Lang, r: &Replayed) -> Value {
    let d = &r.debrief;
    let customer = &d.scorecards.customer;
    let manager = &d.scorecards.manager;
    let record = &r.logged.contact;
    let seed = record
        .setup
        .seed
        .map_or_else(|| "-".into(), |s| s.to_string());
    let started = r.started_ms().to_string();
    let id = xapi::statement_id(
        session.registration,
        &["completed", &r.scenario.id, &seed, &started],
    );
    let ended = r.at(record.choices.len());
    let csat = f64::from(customer.csat);
    let mut context_activities = serde_json::Map::new();
    if let Some(track) = session.track {
        context_activities.insert(
            "grouping".into(),
            json!([{ "id": profile.track(track), "objectType": "Activity" }]),
        );
    }
    let ext = |name: &str| profile.extension(name);
    json!({
        "id": id,
        "actor": session.actor,
        "verb": { "id": COMPLETED, "display": { "en": "completed" } },
        "object": {
            "objectType": "Activity",
            "id": profile.scenario(&r.scenario.id),
            "definition": {
                "type": SIMULATION,
                "name": { lang.code(): r.scenario.title.get(lang) },
            }
        },
        "result": {
            "completion": true,
            "score": { "raw": csat, "min": 1.0, "max": 5.0, "scaled": (csat - 1.0) / 4.0 },
            "duration": time::duration_2004(ended.saturating_sub(r.started_ms())),
            "extensions": {
                ext("outcome"): outcome_name(d),
                ext("nps"): customer.nps,
                ext("nps-category"): nps_name(customer.nps_class),
                ext("first-contact-resolution"): customer.first_contact_resolution,
                ext("handle-time"): manager.handle_time,
                ext("goodwill"): manager.goodwill_spent,
                ext("styles"): styles(r).iter().map(|s| s.name()).collect::<Vec<_>>(),
            }
        },
        "context": {
            "registration": session.registration,
            "language": lang.code(),
            "contextActivities": context_activities,
            "extensions": {
                ext("house-rules"): r.policy.id,
                ext("seed"): record.setup.seed,
            }
        },
        "timestamp": time::timestamp_2004(ended),
    })
}

fn outcome_name(d: &Debrief) -> &'static str {
    use crate::engine::model::scenario::Outcome;
    match d.scorecards.customer.outcome {
        Outcome::Resolved => "resolved",
        Outcome::Unresolved => "unresolved",
        Outcome::GaveUp => "gave_up",
    }
}

fn nps_name(class: NpsClass) -> &'static str {
    match class {
        NpsClass::Promoter => "promoter",
        NpsClass::Passive => "passive",
        NpsClass::Detractor => "detractor",
    }
}

/// The styles of the answers, in order: the path taken.
fn styles(r: &Replayed) -> Vec<Style> {
    r.contact()
        .map(|c| c.steps().iter().map(|s| s.style).collect())
        .unwrap_or_default()
}

/// The summary for a trainer: a header row, then one row per contact
/// replayed, in the trainee's language; RFC 4180 (comma-separated, CRLF,
/// quoted where needed), each cell that a spreadsheet would take for a
/// formula made plain text.
pub fn summary_csv(lang: Lang, played: &[Replayed]) -> String {
    let w = words(lang);
    let mut out = String::new();
    push_row(&mut out, w.header.iter().map(|h| h.to_string()));
    for r in played {
        let c = &r.debrief.scorecards.customer;
        let m = &r.debrief.scorecards.manager;
        let yes_no = if c.first_contact_resolution {
            w.yes
        } else {
            w.no
        };
        let path: Vec<&str> = styles(r).into_iter().map(w.style).collect();
        push_row(
            &mut out,
            [
                when(r.started_ms()),
                r.scenario.title.get(lang).to_string(),
                (w.channel)(r.scenario.channel).to_string(),
                r.policy.name.get(lang).to_string(),
                c.csat.to_string(),
                (w.nps)(c.nps_class).to_string(),
                yes_no.to_string(),
                m.handle_time.to_string(),
                m.goodwill_spent.to_string(),
                path.join(" > "),
            ]
            .into_iter(),
        );
    }
    out
}

/// `YYYY-MM-DD hh:mm` in UTC (the header says so).
fn when(ms: u64) -> String {
    let stamp = time::timestamp_2004(ms);
    stamp[..16].replace('T', " ")
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| csv::cell(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The summary's words in one language.
struct Words {
    header: [&'static str; 10],
    yes: &'static str,
    no: &'static str,
    channel: fn(Channel) -> &'static str,
    nps: fn(NpsClass) -> &'static str,
    style: fn(Style) -> &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            header: [
                "Started (UTC)",
                "Scenario",
                "Channel",
                "House rules",
                "CSAT (1-5)",
                "NPS category",
                "Resolved first time",
                "Handle time (seconds)",
                "Goodwill (EUR)",
                "Path (styles of the answers)",
            ],
            yes: "yes",
            no: "no",
            channel: |c| match c {
                Channel::Phone => "Phone",
                Channel::Chat => "Chat",
                Channel::Email => "E-mail",
                Channel::Social => "Social media",
            },
            nps: nps_name,
            style: |s| s.name(),
        },
        Lang::Nl => Words {
            header: [
                "Begonnen (UTC)",
                "Scenario",
                "Kanaal",
                "Huisregels",
                "CSAT (1-5)",
                "NPS-categorie",
                "In één keer opgelost",
                "Afhandeltijd (seconden)",
                "Coulance (EUR)",
                "Route (stijl van de antwoorden)",
            ],
            yes: "ja",
            no: "nee",
            channel: |c| match c {
                Channel::Phone => "Telefoon",
                Channel::Chat => "Chat",
                Channel::Email => "E-mail",
                Channel::Social => "Sociale media",
            },
            nps: |n| match n {
                NpsClass::Promoter => "promotor",
                NpsClass::Passive => "passief",
                NpsClass::Detractor => "criticaster",
            },
            style: |s| match s {
                Style::Scripted => "script",
                Style::Empathetic => "empathisch",
                Style::Autonomous => "zelfstandig",
                Style::Efficient => "efficiënt",
                Style::Escalate => "doorzetten",
                Style::Deflect => "afschuiven",
            },
        },
    }
}
