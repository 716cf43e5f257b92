//! Reading one `answered` statement as the cohort analysis needs it: who,
//! in which attempt, which scenario and track, under which house rules and
//! seed, which node and answer, and when. Only those fields are read; the
//! rest of a statement (the customer's line, the answers offered) is
//! skipped by the parser without being kept.

use std::borrow::Cow;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

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
    extensions: Option<Extensions<'a>>,
}

/// A string kept borrowed from the page when it has no escapes (serde's
/// own `Cow` always copies).
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wrap<'a>(#[serde(borrow)] Cow<'a, str>);
        Wrap::deserialize(d).map(|w| Text(w.0))
    }
}

/// Which extension a key names, told without copying it.
enum Key {
    HouseRules,
    Seed,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Kind;
        impl Visitor<'_> for Kind {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an extension's IRI")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(if key.ends_with("/extensions/house-rules") {
                    Key::HouseRules
                } else if key.ends_with("/extensions/seed") {
                    Key::Seed
                } else {
                    Key::Other
                })
            }
        }
        d.deserialize_str(Kind)
    }
}

/// The two context extensions read, by the end of their IRI (whatever the
/// organisation's base); any other is skipped.
#[derive(Default)]
struct Extensions<'a> {
    house_rules: Option<Cow<'a, str>>,
    /// `Some(None)`: written as null (a contact without a seed).
    seed: Option<Option<u64>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Extensions<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Fields<'a> {
            type Value = Extensions<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of extensions")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut found = Extensions::default();
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::HouseRules => found.house_rules = Some(map.next_value::<Text>()?.0),
                        Key::Seed => found.seed = Some(map.next_value()?),
                        Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(found)
            }
        }
        d.deserialize_map(Fields(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
struct Activities<'a> {
    #[serde(borrow, default)]
    grouping: Vec<Id<'a>>,
}

/// One answer, read.
pub(super) struct Answer<'a> {
    /// Who answered: the key and name are worked out only for a trainee
    /// not seen before ([`Who::key`]).
    pub actor: Who<'a>,
    pub registration: Cow<'a, str>,
    pub scenario: &'a str,
    pub node: &'a str,
    pub choice: Cow<'a, str>,
    pub track: Option<&'a str>,
    pub policy: &'a str,
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
        let policy = extensions
            .and_then(|e| e.house_rules.as_deref())
            .ok_or("it names no house rules")?;
        let seed = extensions.and_then(|e| e.seed).flatten();
        let actor = self.actor.as_ref().ok_or("it has no actor")?;
        let who = Who(actor);
        if !who.identified() {
            return Err("its actor has no identifier".into());
        }
        let at_ms = self
            .timestamp
            .as_deref()
            .and_then(epoch_ms)
            .ok_or("its timestamp is not an ISO 8601 date and time")?;
        Ok(Read::Answer(Answer {
            actor: who,
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

/// The trainee a statement names.
pub(super) struct Who<'a>(&'a Actor<'a>);

impl Who<'_> {
    fn identified(&self) -> bool {
        let a = self.0;
        a.mbox.is_some()
            || a.account.as_ref().is_some_and(|a| a.name.is_some())
            || a.mbox_sha1sum.is_some()
            || a.openid.is_some()
    }

    /// The actor's inverse functional identifier as one string (xAPI
    /// 2.4.2.3: exactly one of mbox, mbox_sha1sum, openid, account), written
    /// into `key` (reused, so that a known trainee costs no allocation).
    pub fn key(&self, key: &mut String) {
        use std::fmt::Write;
        key.clear();
        let a = self.0;
        let _ = if let Some(m) = &a.mbox {
            write!(key, "mbox:{m}")
        } else if let Some(acc) = a.account.as_ref().filter(|acc| acc.name.is_some()) {
            let home = acc.home_page.as_deref().unwrap_or("");
            write!(key, "account:{home}|{}", acc.name.as_deref().unwrap_or(""))
        } else if let Some(s) = &a.mbox_sha1sum {
            write!(key, "sha1:{s}")
        } else {
            write!(key, "openid:{}", a.openid.as_deref().unwrap_or(""))
        };
    }

    /// The name to show: the actor's name, else the account's name or the
    /// mailbox.
    pub fn name(&self) -> String {
        let a = self.0;
        if let Some(n) = a.name.as_deref().filter(|n| !n.trim().is_empty()) {
            return n.to_string();
        }
        if let Some(m) = &a.mbox {
            return m.trim_start_matches("mailto:").to_string();
        }
        if let Some(n) = a.account.as_ref().and_then(|acc| acc.name.as_deref()) {
            return n.to_string();
        }
        a.mbox_sha1sum
            .as_deref()
            .or(a.openid.as_deref())
            .unwrap_or_default()
            .to_string()
    }
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
