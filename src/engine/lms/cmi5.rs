//! cmi5 (quartz edition): the statements an assignable unit sends about
//! itself, and when. Pure, like `xapi`: the page that talks to the LRS
//! reads the launch parameters and the `LMS.LaunchData` state document,
//! passes in the clock and sends what these functions return, in order.
//!
//! - "cmi5 defined" statements (spec section 9): `initialized` first in a
//!   session, `completed`/`passed`/`failed` as [`moves`] decides, once per
//!   registration, `terminated` last;
//! - "cmi5 allowed" statements (section 7.1.3): any other statement, here
//!   the `answered` statements of [`super::xapi`], with the LMS's context
//!   template merged in ([`allowed`]).

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::engine::lms::scorm::score_percent;
use crate::engine::lms::time;
use crate::engine::lms::xapi::statement_id;
use crate::engine::play::track::Standing;

pub const INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
pub const TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";

/// Section 9.6.2.1: marks a statement as "cmi5 defined".
pub const CATEGORY_CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// Section 9.6.2.2: on the defined statements whose result carries
/// `success` or `completion`, and on no others.
pub const CATEGORY_MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// Section 9.6.3.1: the session, from the context template.
pub const SESSION_ID: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// Section 9.6.3.2: the mastery score `passed`/`failed` were judged by.
pub const MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

/// Section 10, `launchMode`: only `Normal` records completion and success.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaunchMode {
    Normal,
    Browse,
    Review,
}

/// Section 13.1.4, `moveOn`: what the LMS needs to hear to count the AU
/// as satisfied.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MoveOn {
    Passed,
    Completed,
    CompletedAndPassed,
    CompletedOrPassed,
    #[default]
    NotApplicable,
}

impl MoveOn {
    pub fn name(self) -> &'static str {
        match self {
            MoveOn::Passed => "Passed",
            MoveOn::Completed => "Completed",
            MoveOn::CompletedAndPassed => "CompletedAndPassed",
            MoveOn::CompletedOrPassed => "CompletedOrPassed",
            MoveOn::NotApplicable => "NotApplicable",
        }
    }

    /// The LMS counts the AU satisfied only after a `passed`.
    fn needs_passed(self) -> bool {
        matches!(
            self,
            MoveOn::Passed | MoveOn::CompletedAndPassed | MoveOn::CompletedOrPassed
        )
    }
}

/// The `LMS.LaunchData` state document (section 10), as the LMS stores it
/// before the launch. Fields the game does not use (`launchParameters`,
/// `entitlementKey`) are ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LaunchData {
    /// The context every statement starts from: it holds the session id
    /// and the publisher id grouping, and is never overwritten.
    pub context_template: Map<String, Value>,
    pub launch_mode: LaunchMode,
    /// 0 to 1; when given, `passed` and `failed` are judged by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mastery_score: Option<f64>,
    /// The LMS must give one; an AU need not rely on it (the spec's
    /// default is `NotApplicable`).
    #[serde(default)]
    pub move_on: MoveOn,
    /// Where the learner goes when the AU ends, if the LMS wants that.
    #[serde(default, rename = "returnURL", skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
}

impl LaunchData {
    /// The document as the State API returns it.
    pub fn parse(json: &str) -> Result<Self, String> {
        let data: LaunchData =
            serde_json::from_str(json).map_err(|e| format!("LMS.LaunchData: {e}"))?;
        if let Some(m) = data.mastery_score {
            if !(0.0..=1.0).contains(&m) {
                // serde_json writes the number: `{m}` would bring the
                // core float formatting into the LMS page (7.1 KB gz).
                return Err(format!(
                    "LMS.LaunchData: masteryScore {} is not between 0 and 1",
                    Value::from(m)
                ));
            }
        }
        Ok(data)
    }

    /// The session id the LMS put in the context template.
    pub fn session_id(&self) -> Option<&str> {
        self.context_template
            .get("extensions")?
            .get(SESSION_ID)?
            .as_str()
    }
}

/// One launch: the query string's `actor`, `registration` and
/// `activityId` (the AU's IRI for this LMS), the session id and the launch
/// data.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch<'a> {
    pub actor: &'a Value,
    pub registration: &'a str,
    pub activity_id: &'a str,
    pub session_id: &'a str,
    pub data: &'a LaunchData,
}

/// Section 9.3.2: the first statement of a session.
pub fn initialized(launch: &Launch, at_ms: u64) -> Value {
    defined(launch, "initialized", INITIALIZED, None, false, at_ms)
}

/// Section 9.3.3 and 9.5.3: every step done. `duration_ms`: the time it
/// took (section 9.5.4.1 wants one).
pub fn completed(launch: &Launch, at_ms: u64, duration_ms: u64) -> Value {
    let result = json!({ "completion": true, "duration": time::duration_2004(duration_ms) });
    defined(launch, "completed", COMPLETED, Some(result), false, at_ms)
}

/// Section 9.3.4: the track mastered. `scaled`: the score, 0 to 1, when
/// the track has one.
pub fn passed(launch: &Launch, at_ms: u64, duration_ms: u64, scaled: Option<f64>) -> Value {
    judged(launch, true, at_ms, duration_ms, scaled)
}

/// Section 9.3.5: the track done, and not mastered.
pub fn failed(launch: &Launch, at_ms: u64, duration_ms: u64, scaled: Option<f64>) -> Value {
    judged(launch, false, at_ms, duration_ms, scaled)
}

/// Section 9.3.8: the last statement of a session, with the session's
/// length (from `initialized`).
pub fn terminated(launch: &Launch, at_ms: u64, session_ms: u64) -> Value {
    let result = json!({ "duration": time::duration_2004(session_ms) });
    defined(launch, "terminated", TERMINATED, Some(result), false, at_ms)
}

/// Sections 9.5.1 and 9.5.2: `success`, and the score when there is one;
/// the mastery score it was judged by in the context (9.6.3.2).
fn judged(
    launch: &Launch,
    success: bool,
    at_ms: u64,
    duration_ms: u64,
    scaled: Option<f64>,
) -> Value {
    let mut result = json!({ "success": success, "duration": time::duration_2004(duration_ms) });
    if let Some(scaled) = scaled {
        result["score"] = json!({ "scaled": scaled.clamp(0.0, 1.0) });
    }
    let (word, verb) = if success {
        ("passed", PASSED)
    } else {
        ("failed", FAILED)
    };
    defined(launch, word, verb, Some(result), true, at_ms)
}

/// A "cmi5 defined" statement: the AU as object (9.4), the context
/// template with the registration (9.6.1), the cmi5 category and, for a
/// result with `success` or `completion`, the moveOn one (9.6.2).
fn defined(
    launch: &Launch,
    word: &str,
    verb: &str,
    result: Option<Value>,
    mastery: bool,
    at_ms: u64,
) -> Value {
    let moves = result
        .as_ref()
        .is_some_and(|r| r.get("success").is_some() || r.get("completion").is_some());
    let mut context = Value::Object(launch.data.context_template.clone());
    context["registration"] = json!(launch.registration);
    add_unique(&mut context, "category", CATEGORY_CMI5);
    if moves {
        add_unique(&mut context, "category", CATEGORY_MOVEON);
    }
    add_extension(&mut context, SESSION_ID, json!(launch.session_id));
    if let (true, Some(m)) = (mastery, launch.data.mastery_score) {
        add_extension(&mut context, MASTERY_SCORE, json!(m));
    }
    let mut statement = json!({
        "id": statement_id(
            launch.registration,
            &["cmi5", launch.activity_id, launch.session_id, word],
        ),
        "actor": launch.actor,
        "verb": { "id": verb, "display": { "en": word } },
        "object": { "objectType": "Activity", "id": launch.activity_id },
        "context": context,
        "timestamp": time::timestamp_2004(at_ms),
    });
    if let Some(result) = result {
        statement["result"] = result;
    }
    statement
}

/// A statement of the game's own (an `answered`) as a "cmi5 allowed" one
/// (section 7.1.3 and 10, `contextTemplate`): the launch's actor and
/// registration, the template's context activities before the statement's
/// own (an activity listed in both, once), the template's extensions next
/// to the statement's, and the template's value wherever both set one (an
/// AU must not overwrite the template). Never the cmi5 category, which
/// marks defined statements only.
pub fn allowed(launch: &Launch, mut statement: Value) -> Value {
    statement["actor"] = launch.actor.clone();
    let ours = statement
        .get("context")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut context = Value::Object(launch.data.context_template.clone());
    for (key, value) in ours {
        match key.as_str() {
            "contextActivities" => {
                for (list, activities) in value.as_object().into_iter().flatten() {
                    for activity in activities.as_array().into_iter().flatten() {
                        if let Some(id) = activity["id"].as_str() {
                            add_activity(&mut context, list, id, activity.clone());
                        }
                    }
                }
            }
            "extensions" => {
                for (name, value) in value.as_object().into_iter().flatten() {
                    add_extension(&mut context, name, value.clone());
                }
            }
            _ => {
                if context.get(&key).is_none() {
                    context[key.as_str()] = value;
                }
            }
        }
    }
    context["registration"] = json!(launch.registration);
    add_extension(&mut context, SESSION_ID, json!(launch.session_id));
    if let Some(categories) = context
        .pointer_mut("/contextActivities/category")
        .and_then(Value::as_array_mut)
    {
        categories.retain(|a| a["id"] != CATEGORY_CMI5);
        if categories.is_empty() {
            if let Some(lists) = context["contextActivities"].as_object_mut() {
                lists.remove("category");
            }
        }
    }
    statement["context"] = context;
    statement
}

fn add_unique(context: &mut Value, list: &str, id: &str) {
    add_activity(
        context,
        list,
        id,
        json!({ "objectType": "Activity", "id": id }),
    );
}

fn add_activity(context: &mut Value, list: &str, id: &str, activity: Value) {
    if !context["contextActivities"].is_object() {
        context["contextActivities"] = json!({});
    }
    let lists = &mut context["contextActivities"];
    // xAPI allows a single activity where a list is expected; make it one.
    match lists.get(list) {
        Some(Value::Array(_)) => {}
        Some(one @ Value::Object(_)) => lists[list] = json!([one.clone()]),
        _ => lists[list] = json!([]),
    }
    let entries = lists[list].as_array_mut().expect("made a list above");
    if !entries.iter().any(|a| a["id"] == id) {
        entries.push(activity);
    }
}

/// An extension, unless the context (the template) already has one by
/// that name.
fn add_extension(context: &mut Value, name: &str, value: Value) {
    if !context["extensions"].is_object() {
        context["extensions"] = json!({});
    }
    let extensions = context["extensions"]
        .as_object_mut()
        .expect("made an object above");
    extensions.entry(name.to_string()).or_insert(value);
}

/// One judgement or completion to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Completed,
    Passed,
    Failed,
}

/// What this registration (and this session) has already sent: the page
/// keeps it with the learner's progress, so that a relaunch does not send
/// `completed` or `passed` again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reported {
    /// `completed` was sent in this registration (at most once, 9.3.3).
    pub completed: bool,
    /// `passed` was sent in this registration (at most once, 9.3.4; no
    /// `failed` after it, 9.3).
    pub passed: bool,
    /// `failed` was sent in this registration: once is enough; a later
    /// pass is still sent.
    pub failed: bool,
    /// `passed` or `failed` was sent in this session: a session has at
    /// most one of the two (9.3).
    pub judged_this_session: bool,
}

impl Reported {
    /// A new launch in the same registration.
    pub fn new_session(self) -> Self {
        Reported {
            judged_this_session: false,
            ..self
        }
    }
}

/// What the track's standing calls for, given the launch data and what
/// was sent already, and `reported` updated as if it was sent. `judged`:
/// the track has a mastery rule of its own.
///
/// - Browse and Review launches send none (section 10, `launchMode`);
/// - `completed` once every step is done;
/// - `passed` or `failed` once every step is done, when the track can be
///   judged (a mastery rule, or a mastery score from the LMS), or when
///   `moveOn` needs a `passed` (a track without a rule then passes by
///   being done). With a mastery score from the LMS the score decides
///   (section 10, `masteryScore`), else the track's own rule;
/// - `passed` once per registration and never `failed` after it; `failed`
///   once per registration; never both in one session: a pass after a
///   failure in the same session waits for the next session.
pub fn moves(
    standing: &Standing,
    judged: bool,
    data: &LaunchData,
    reported: &mut Reported,
) -> Vec<Move> {
    let mut out = Vec::new();
    if data.launch_mode != LaunchMode::Normal || !standing.complete {
        return out;
    }
    if !reported.completed {
        reported.completed = true;
        out.push(Move::Completed);
    }
    let judges = judged || data.mastery_score.is_some() || data.move_on.needs_passed();
    if !judges || reported.passed || reported.judged_this_session {
        return out;
    }
    let mastered = match (data.mastery_score, scaled(standing)) {
        (Some(m), Some(s)) => s >= m,
        _ => standing.mastered,
    };
    if mastered {
        reported.passed = true;
        reported.judged_this_session = true;
        out.push(Move::Passed);
    } else if !reported.failed {
        reported.failed = true;
        reported.judged_this_session = true;
        out.push(Move::Failed);
    }
    out
}

/// The track's score, 0 to 1 with two decimals, as SCORM 2004's
/// `cmi.score.scaled` (`scorm::score_percent` / 100), once it is complete.
pub fn scaled(standing: &Standing) -> Option<f64> {
    standing
        .average_tenths
        .filter(|_| standing.complete)
        .map(|t| f64::from(score_percent(t)) / 100.0)
}

/// Section 11: the `cmi5LearnerPreferences` agent profile's
/// `languagePreference`, a comma-separated list of language codes, most
/// preferred first: the first one the game speaks.
pub fn preferred_language(doc: &str) -> Option<crate::engine::Lang> {
    let prefs: Value = serde_json::from_str(doc).ok()?;
    prefs
        .get("languagePreference")?
        .as_str()?
        .split(',')
        .find_map(|code| crate::engine::lms::scorm::language(code.trim()))
}

/// The id of the session's `terminated`: a reload of the page in the same
/// session takes it back from the queue if it has not gone yet.
pub fn terminated_id(launch: &Launch) -> String {
    statement_id(
        launch.registration,
        &["cmi5", launch.activity_id, launch.session_id, "terminated"],
    )
}
