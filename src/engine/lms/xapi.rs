//! xAPI statements for what the game reports (the first part of cmi5 and
//! LRS reporting): the pure mapping from an answer to the statement a
//! learning record store keeps. A SCORM interaction says which answer was
//! picked; a statement also says what the customer felt and under which
//! house rules. The page that sends them (and the cmi5 launch around them)
//! passes in who, when and the registration; nothing here reads a clock.
//!
//! Every IRI of the project's own (activities, extensions) lies under one
//! base an organisation configures (`Profile::base`, default
//! [`DEFAULT_BASE`]); the list is `docs/xapi.md`.

use serde_json::{json, Map, Value};

use crate::engine::lms::time;
use crate::engine::model::scenario::{Meters, Style};
use crate::engine::model::text::Lang;
use crate::engine::wire::named::Named;

/// Where the project's IRIs live until an organisation sets its own: the
/// reserved `.invalid` domain, so that a default left in place is never
/// mistaken for someone's real vocabulary.
pub const DEFAULT_BASE: &str = "https://frontline.invalid/xapi";

/// ADL's verb for an answer to an interaction.
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// ADL's activity type for one question of an assessment, SCORM's
/// interaction: what `interactionType` and `choices` belong to.
pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// The organisation's vocabulary: every activity and extension IRI is
/// `base` followed by a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub base: String,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            base: DEFAULT_BASE.to_string(),
        }
    }
}

impl Profile {
    /// An organisation's base, as given to `frontline package --xapi-base`
    /// (and read back by the LMS page from its launch URL's `base=`): an
    /// absolute `https://` or `http://` IRI without a query or a fragment;
    /// a trailing `/` is dropped.
    pub fn new(base: &str) -> Result<Profile, String> {
        let base = base.trim().trim_end_matches('/');
        let host = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default();
        if host.is_empty() || base.contains(['?', '#']) || base.contains(char::is_whitespace) {
            return Err(format!(
                "'{base}' is not a base IRI: give an https:// (or http://) address on a domain your organisation controls, without ? or #, e.g. https://training.example.org/xapi"
            ));
        }
        Ok(Profile {
            base: base.to_string(),
        })
    }

    fn iri(&self, path: &str) -> String {
        format!("{}/{path}", self.base.trim_end_matches('/'))
    }

    /// A scenario, the parent of its nodes' interactions.
    pub fn scenario(&self, id: &str) -> String {
        self.iri(&format!("scenarios/{id}"))
    }

    /// One point of a scenario where the trainee answers.
    pub fn node(&self, scenario: &str, node: &str) -> String {
        self.iri(&format!("scenarios/{scenario}/nodes/{node}"))
    }

    /// A course: a package of one track (a cmi5 package's course id).
    pub fn course(&self, id: &str) -> String {
        self.iri(&format!("courses/{id}"))
    }

    /// A track, grouping the scenarios played as its steps.
    pub fn track(&self, id: &str) -> String {
        self.iri(&format!("tracks/{id}"))
    }

    /// A result or context extension.
    pub fn extension(&self, name: &str) -> String {
        self.iri(&format!("extensions/{name}"))
    }
}

/// Who is reporting and in which attempt: the cmi5 launch's `actor` and
/// `registration`, and the track the contact is a step of.
#[derive(Clone, Debug, PartialEq)]
pub struct Session<'a> {
    /// The xAPI Agent, as the LMS gave it (passed through unchanged).
    pub actor: &'a Value,
    /// A UUID: one attempt at a course, the same for every statement in it.
    pub registration: &'a str,
    pub track: Option<&'a str>,
}

/// One answer, as the game knows it when it is given.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered<'a> {
    pub scenario: &'a str,
    pub node: &'a str,
    /// The customer's line the trainee answered, in the trainee's language.
    pub prompt: &'a str,
    /// The answers offered, in the order shown: (choice id, text shown).
    pub offered: Vec<(&'a str, &'a str)>,
    /// The id of the answer picked.
    pub choice: &'a str,
    pub style: Style,
    /// The house rules played under.
    pub policy: &'a str,
    pub lang: Lang,
    /// The contact's seed: which customer was met (`persona::meet`).
    pub seed: Option<u64>,
    /// Which answer of the contact this is, from 0.
    pub step: usize,
    /// When it was given, milliseconds since 1970 (UTC).
    pub at_ms: u64,
    /// How long the trainee took, in milliseconds.
    pub latency_ms: u64,
    /// The customer's meters before and after the answer.
    pub before: Meters,
    pub after: Meters,
}

/// The `answered` statement for one answer. Its id is derived from the
/// registration, the contact (scenario and seed), the answer's place in it
/// and the answer itself, so sending it again after a lost connection
/// stores it once (an LRS refuses a second
/// statement with the same id and different content, and keeps one copy of
/// the same).
pub fn answered(profile: &Profile, session: &Session, a: &Answered) -> Value {
    let lang = a.lang.code();
    let seed = a.seed.map_or_else(|| "-".to_string(), |s| s.to_string());
    let step = a.step.to_string();
    let id = statement_id(
        session.registration,
        &[a.scenario, &seed, &step, a.node, a.choice],
    );
    let choices: Vec<Value> = a
        .offered
        .iter()
        .map(|(id, text)| json!({ "id": id, "description": { lang: text } }))
        .collect();
    let change = |b: i32, f: i32| f - b;
    let customer = json!({
        "mood": change(a.before.mood, a.after.mood),
        "patience": change(a.before.patience, a.after.patience),
        "trust": change(a.before.trust, a.after.trust),
        "effort": change(a.before.effort, a.after.effort),
    });
    let mut context_activities = Map::new();
    context_activities.insert(
        "parent".into(),
        json!([{ "id": profile.scenario(a.scenario), "objectType": "Activity" }]),
    );
    if let Some(track) = session.track {
        context_activities.insert(
            "grouping".into(),
            json!([{ "id": profile.track(track), "objectType": "Activity" }]),
        );
    }
    json!({
        "id": id,
        "actor": session.actor,
        "verb": { "id": ANSWERED, "display": { "en": "answered" } },
        "object": {
            "objectType": "Activity",
            "id": profile.node(a.scenario, a.node),
            "definition": {
                "type": INTERACTION,
                "description": { lang: a.prompt },
                "interactionType": "choice",
                "choices": choices,
            }
        },
        "result": {
            "response": a.choice,
            "duration": time::duration_2004(a.latency_ms),
            "extensions": {
                profile.extension("style"): a.style.name(),
                profile.extension("customer-change"): customer,
            }
        },
        "context": {
            "registration": session.registration,
            "language": lang,
            "contextActivities": context_activities,
            "extensions": {
                profile.extension("house-rules"): a.policy,
                profile.extension("seed"): a.seed,
            }
        },
        "timestamp": time::timestamp_2004(a.at_ms),
    })
}

/// A UUID (RFC 9562 version 8, the layout for ids made by an application's
/// own rule) from a registration and the parts that name one event in it:
/// the same event always gets the same id, two events never share one in
/// practice (128 bits of two FNV-1a hashes with different offsets, each
/// finished with SplitMix64's mixer).
pub fn statement_id(registration: &str, parts: &[&str]) -> String {
    let hash = |offset: u64| {
        let mut h = offset;
        for part in std::iter::once(registration).chain(parts.iter().copied()) {
            for b in part.bytes().chain(std::iter::once(0xff)) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        // FNV-1a barely moves the high bits on the last byte: the
        // SplitMix64 finaliser spreads every input bit over all 64.
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    };
    let hi = hash(0xcbf2_9ce4_8422_2325);
    let lo = hash(0x6c62_272e_07bb_0142);
    // Version 8 in the 13th hex digit, the RFC's variant (10xx) in the 17th.
    let hi = (hi & !0xf000) | 0x8000;
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}
