//! Reading one `answered` statement as the cohort analysis needs it: who,
//! in which attempt, which scenario and track, under which house rules and
//! seed, which node and answer, and when. Only those fields are read; the
//! rest of a statement (the customer's line, the answers offered) is
//! skipped by the parser without being kept.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use crate::engine::lms::xapi::ANSWERED;

#[derive(Deserialize)]
pub(super) struct Raw<'a> {
    #[serde(borrow, default)]
    actor: Option<Actor<'a>>,
    #[serde(borrow, default)]
    verb: Option<Id<'a>>,
    #[serde(borrow, default)]
    object: Option<Id<'a>>,
    #[serde(borrow, default)]
    result: Option<Outcome<'a>>,
    #[serde(borrow, default)]
    context: Option<Context<'a>>,
    #[serde(borrow, default)]
    timestamp: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Id<'a> {
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Actor<'a> {
    #[serde(borrow, default)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    mbox: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    mbox_sha1sum: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    openid: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    account: Option<Account<'a>>,
}

#[derive(Deserialize)]
struct Account<'a> {
    #[serde(borrow, default, rename = "homePage")]
    home_page: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    name: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Outcome<'a> {
    #[serde(borrow, default)]
    response: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Context<'a> {
    #[serde(borrow, default)]
    registration: Option<Cow<'a, str>>,
    #[serde(borrow, default, rename = "contextActivities")]
    activities: Option<Activities<'a>>,
    #[serde(borrow, default)]
    extensions: Option<HashMap<Cow<'a, str>, Value>>,
}

#[derive(Deserialize)]
struct Activities<'a> {
    #[serde(borrow, default)]
    grouping: Vec<Id<'a>>,
}

/// One answer, read.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Answer<'a> {
    /// What identifies the trainee (an account, a mailbox), and the name to
    /// show.
    pub actor_key: String,
    pub actor_name: String,
    pub registration: Cow<'a, str>,
    pub scenario: &'a str,
    pub node: &'a str,
    pub choice: Cow<'a, str>,
    pub track: Option<&'a str>,
    pub policy: String,
    pub seed: Option<u64>,
    pub at_ms: i64,
}

/// What a statement turned out to be.
pub(super) enum Read<'a> {
    Answer(Answer<'a>),
    /// A statement with another verb (cmi5's, a future outcome statement):
    /// not an answer, not a problem.
    OtherVerb,
}

fn last_segment<'s>(iri: &'s str, marker: &str) -> Option<(&'s str, &'s str)> {
    let at = iri.rfind(marker)?;
    Some((&iri[..at], &iri[at + marker.len()..]))
}

/// The track of a grouping activity `{base}/tracks/{id}`.
fn track_of<'a>(grouping: &'a [Id<'a>]) -> Option<&'a str> {
    grouping
        .iter()
        .filter_map(|g| g.id.as_deref())
        .find_map(|id| last_segment(id, "/tracks/").map(|(_, t)| t))
}

impl<'a> Raw<'a> {
    /// The answer this statement records, or why it cannot be read.
    pub(super) fn read(&'a self) -> Result<Read<'a>, String> {
        let verb = self.verb.as_ref().and_then(|v| v.id.as_deref());
        if verb != Some(ANSWERED) {
            return match verb {
                Some(_) => Ok(Read::OtherVerb),
                None => Err("it has no verb id".into()),
            };
        }
        let object = self
            .object
            .as_ref()
            .and_then(|o| o.id.as_deref())
            .ok_or("it has no object id")?;
        // `{base}/scenarios/{scenario}/nodes/{node}`; a scenario id has no
        // slash, a node id neither.
        let (rest, node) =
            last_segment(object, "/nodes/").ok_or("its object is not a scenario's node")?;
        let (_, scenario) =
            last_segment(rest, "/scenarios/").ok_or("its object is not a scenario's node")?;
        let choice = self
            .result
            .as_ref()
            .and_then(|r| r.response.clone())
            .ok_or("it has no result.response")?;
        let context = self.context.as_ref().ok_or("it has no context")?;
        let extensions = context.extensions.as_ref();
        let extension = |name: &str| {
            extensions.and_then(|e| e.iter().find(|(k, _)| k.ends_with(name)).map(|(_, v)| v))
        };
        let policy = match extension("/extensions/house-rules") {
            Some(Value::String(p)) => p.clone(),
            _ => return Err("it names no house rules".into()),
        };
        let seed = match extension("/extensions/seed") {
            Some(Value::Number(n)) => Some(n.as_u64().ok_or("its seed is not a whole number")?),
            Some(Value::Null) | None => None,
            Some(_) => return Err("its seed is not a number".into()),
        };
        let actor = self.actor.as_ref().ok_or("it has no actor")?;
        let (actor_key, actor_name) = identify(actor).ok_or("its actor has no identifier")?;
        let at_ms = self
            .timestamp
            .as_deref()
            .and_then(epoch_ms)
            .ok_or("its timestamp is not an ISO 8601 date and time")?;
        Ok(Read::Answer(Answer {
            actor_key,
            actor_name,
            registration: context.registration.clone().unwrap_or_default(),
            scenario,
            node,
            choice,
            track: context
                .activities
                .as_ref()
                .and_then(|a| track_of(&a.grouping)),
            policy,
            seed,
            at_ms,
        }))
    }
}

/// The actor's inverse functional identifier as one string (xAPI 2.4.2.3:
/// exactly one of mbox, mbox_sha1sum, openid, account), and a name to show.
fn identify(actor: &Actor) -> Option<(String, String)> {
    let (key, fallback) = if let Some(m) = &actor.mbox {
        (
            format!("mbox:{m}"),
            m.trim_start_matches("mailto:").to_string(),
        )
    } else if let Some(a) = &actor.account {
        let name = a.name.as_deref()?;
        (
            format!("account:{}|{name}", a.home_page.as_deref().unwrap_or("")),
            name.to_string(),
        )
    } else if let Some(s) = &actor.mbox_sha1sum {
        (format!("sha1:{s}"), s.to_string())
    } else if let Some(o) = &actor.openid {
        (format!("openid:{o}"), o.to_string())
    } else {
        return None;
    };
    let name = actor
        .name
        .as_deref()
        .filter(|n| !n.trim().is_empty())
        .map_or(fallback, str::to_string);
    Some((key, name))
}

/// Milliseconds since 1970 (UTC) of an ISO 8601 timestamp as xAPI writes
/// them: `YYYY-MM-DDThh:mm:ss[.fff…](Z|±hh:mm|±hhmm)`; none without a zone.
pub fn epoch_ms(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let s = text.get(from..from + len)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (h, mi, s) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if b[13] != b':' || b[16] != b':' || !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let mut at = 19;
    let mut millis = 0;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let digits = &text[start..at];
        if digits.is_empty() {
            return None;
        }
        let three: String = digits.chars().chain("000".chars()).take(3).collect();
        millis = three.parse::<i64>().ok()?;
    }
    let offset_min = match &text[at..] {
        "Z" | "z" => 0,
        zone => {
            let sign = match zone.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let (oh, om): (i64, i64) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
            sign * (oh * 60 + om)
        }
    };
    let days = days_from_civil(y, mo, d);
    let secs = days * 86_400 + h * 3600 + mi * 60 + s - offset_min * 60;
    Some(secs * 1000 + millis)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
