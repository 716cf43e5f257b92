//! What the game keeps in the browser: settings, profiles, best results and
//! unfinished contacts, as one versioned document. Pure, so the decisions
//! about damaged or unknown data are tested natively; the UI's storage
//! adapter only moves strings in and out of localStorage.

use crate::engine::wire::kept::Kept;
use crate::engine::wire::keyed::{Keyed, Names};

use serde::{Deserialize, Serialize};

use crate::engine::play::contact::MODEL_VERSION;
pub use crate::engine::play::log::TrackStep;
use crate::engine::play::log::{Entry, LoggedContact, LOG_LIMIT};
use crate::engine::play::shift::{Shift, ShiftReport};
use crate::engine::{ContactRecord, Lang};

pub const STORAGE_KEY: &str = "frontline.v1";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub profiles: Vec<Profile>,
    /// Name of the profile in use.
    #[serde(default)]
    pub current: Option<String>,
}

impl Default for Saved {
    fn default() -> Self {
        Saved {
            version: VERSION,
            settings: Settings::default(),
            profiles: Vec::new(),
            current: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
    /// Show the customer typing before each line.
    pub typing: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::En,
            typing: true,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub policy: Option<String>,
    /// Best CSAT per `scenario/policy`.
    #[serde(default)]
    pub best: Keyed<u8>,
    /// Which best results were reached under which model version, as
    /// `scenario/policy@version`; a best without an entry is from before
    /// versions were kept. Older bests are kept, and can be shown as such.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub best_model: Names,
    /// Scenario ids played to the end at least once.
    #[serde(default)]
    pub played: Names,
    /// Contacts left mid-way, per scenario id, replayed to resume them.
    #[serde(default)]
    pub unfinished: Keyed<ContactRecord>,
    /// The last finished contact, for its debrief.
    #[serde(default)]
    pub last: Option<ContactRecord>,
    /// A shift in progress (read and written by the shift page only: the
    /// other pages keep it as it was, `Kept`).
    #[serde(default)]
    pub shift: Kept<Option<Shift>>,
    /// The shift's current (or just finished) contact.
    #[serde(default)]
    pub shift_contact: Option<ContactRecord>,
    /// Reports of finished shifts, oldest first (the shift page's, like
    /// `shift`).
    #[serde(default)]
    pub shift_history: Kept<Vec<ShiftReport>>,
    /// Per track, the best result of each step done (by `Step::key`), in
    /// tenths of CSAT. Left out when empty, so progress without tracks is
    /// written as before.
    #[serde(default, skip_serializing_if = "Keyed::is_empty")]
    pub tracks: Keyed<Keyed<u8>>,
    /// The track step the contact or shift in play belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<TrackStep>,
    /// Every contact finished outside an LMS, oldest first, for the
    /// trainee's export (the scores page). Kept as JSON like `shift`: the
    /// pages that play only add to it. Left out when empty, so progress
    /// without a log is written as before.
    #[serde(default, skip_serializing_if = "Kept::is_blank")]
    pub log: Kept<Vec<LoggedContact>>,
}

impl Profile {
    /// Whether the answer log takes no more contacts: it is full
    /// ([`LOG_LIMIT`]), or damaged (not a list). The game says so, and the
    /// scores page offers the export and clearing it.
    pub fn log_closed(&self) -> bool {
        let json = self.log.json();
        json.len() >= LOG_LIMIT || !json.ends_with(']')
    }
}

pub fn best_key(scenario: &str, policy: &str) -> String {
    format!("{scenario}/{policy}")
}

/// What was found in storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded<T = Saved> {
    /// Nothing stored yet.
    Fresh,
    Ok(T),
    /// Unreadable or from an unknown version: keep the text aside, start clean.
    SetAside {
        raw: String,
        why: SetAsideReason,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetAsideReason {
    NotJson,
    UnknownVersion(u64),
    WrongShape,
}

pub fn decode(raw: Option<&str>) -> Loaded {
    decode_versioned(raw, VERSION)
}

/// Read a stored document that carries a `version` field; anything else,
/// or another version, is to be kept aside rather than read.
pub fn decode_versioned<T: serde::de::DeserializeOwned>(
    raw: Option<&str>,
    expected: u32,
) -> Loaded<T> {
    let Some(raw) = raw else {
        return Loaded::Fresh;
    };
    let set_aside = |why| Loaded::SetAside {
        raw: raw.to_string(),
        why,
    };
    // Read the version alone first, so a document from a newer version is
    // recognised as such even when its shape is unknown.
    #[derive(Deserialize)]
    struct Probe {
        version: Option<serde::de::IgnoredAny>,
    }
    #[derive(Deserialize)]
    struct Version {
        version: u64,
    }
    if serde_json::from_str::<serde::de::IgnoredAny>(raw).is_err() {
        return set_aside(SetAsideReason::NotJson);
    }
    let version = match crate::engine::wire::json::from_str::<Probe>(raw) {
        Err(_) => None,
        Ok(Probe { version: None }) => None,
        Ok(Probe { version: Some(_) }) => crate::engine::wire::json::from_str::<Version>(raw)
            .ok()
            .map(|v| v.version),
    };
    match version {
        Some(v) if v == expected as u64 => {}
        Some(v) => return set_aside(SetAsideReason::UnknownVersion(v)),
        None => return set_aside(SetAsideReason::WrongShape),
    }
    match crate::engine::wire::json::from_str::<T>(raw) {
        Ok(doc) => Loaded::Ok(doc),
        Err(_) => set_aside(SetAsideReason::WrongShape),
    }
}

pub fn encode(saved: &Saved) -> String {
    serde_json::to_string(saved).unwrap_or_else(|_| unreachable!("progress always serializes"))
}

/// The first free key to keep damaged data under: `frontline.v1.set-aside.N`.
pub fn set_aside_key(taken: impl Fn(&str) -> bool) -> String {
    set_aside_key_for(STORAGE_KEY, taken)
}

/// The first free `KEY.set-aside.N` for the document stored under `key`.
pub fn set_aside_key_for(key: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{key}.set-aside.{n}"))
        .find(|k| !taken(k))
        .expect("some key is free")
}

impl Saved {
    /// Whether every profile's shift and shift reports read as the shift
    /// page's types. Other pages keep them as they are (`Kept`); the shift
    /// page checks them at start-up and sets the progress aside first if
    /// not, so a shift it cannot read is never dropped unseen.
    pub fn shifts_readable(&self) -> bool {
        self.profiles
            .iter()
            .all(|p| p.shift.read().is_some() && p.shift_history.read().is_some())
    }

    /// Start the shifts and reports that do not read afresh (after the
    /// progress was set aside: `shifts_readable`).
    pub fn clear_unreadable_shifts(&mut self) {
        for p in &mut self.profiles {
            if p.shift.read().is_none() {
                p.shift = Kept::default();
            }
            if p.shift_history.read().is_none() {
                p.shift_history = Kept::default();
            }
        }
    }

    pub fn profile(&self) -> Option<&Profile> {
        let name = self.current.as_deref()?;
        self.profiles.iter().find(|p| p.name == name)
    }

    pub fn profile_mut(&mut self) -> Option<&mut Profile> {
        let name = self.current.clone()?;
        self.profiles.iter_mut().find(|p| p.name == name)
    }

    /// Create a profile (or select it if the name exists). Names are trimmed;
    /// an empty name is refused.
    pub fn add_profile(&mut self, name: &str) -> bool {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 40 {
            return false;
        }
        if !self.profiles.iter().any(|p| p.name == name) {
            self.profiles.push(Profile {
                name: name.to_string(),
                ..Profile::default()
            });
        }
        self.current = Some(name.to_string());
        true
    }

    /// Delete a profile and everything it holds.
    pub fn delete_profile(&mut self, name: &str) {
        self.profiles.retain(|p| p.name != name);
        if self.current.as_deref() == Some(name) {
            self.current = None;
        }
    }

    /// Record a finished contact's CSAT; keeps the best per scenario and policy.
    pub fn record_result(&mut self, record: &ContactRecord, csat: u8) {
        if let Some(p) = self.profile_mut() {
            let key = best_key(&record.scenario, &record.policy);
            let best = p.best.get_or_insert_with(&key, || 0);
            if csat > *best {
                *best = csat;
                let model = record.model.unwrap_or(MODEL_VERSION);
                p.best_model.insert(format!("{key}@{model}"));
            }
            p.played.insert(record.scenario.clone());
            p.unfinished.remove(&record.scenario);
            p.last = Some(record.clone());
        }
    }

    /// Keep a finished contact in the profile's answer log, with the track
    /// step it was, if any. A record without times (played in an LMS, which
    /// keeps its own record) is not logged, nor one finished while the log
    /// is closed (`Profile::log_closed`: the trainee is told).
    pub fn log_contact(&mut self, record: &ContactRecord, step: Option<TrackStep>) {
        if let Some(p) = self
            .profile_mut()
            .filter(|p| !record.at.is_empty() && !p.log_closed())
        {
            let entry: Entry = (record, &step);
            p.log.push_as(&entry);
        }
    }

    /// Empty the profile's answer log (the trainee exported it first: the
    /// scores page).
    pub fn clear_log(&mut self) {
        if let Some(p) = self.profile_mut() {
            p.log = Kept::default();
        }
    }

    /// Whether the profile's best for `scenario` under `policy` was reached
    /// under the model as it is now; `false` when there is none, or it is
    /// from an earlier version of the model (shown as such).
    pub fn best_is_current(&self, scenario: &str, policy: &str) -> bool {
        let key = best_key(scenario, policy);
        self.profile()
            .is_some_and(|p| p.best_model.contains(&format!("{key}@{MODEL_VERSION}")))
    }

    /// A step finished: `key` with `tenths` of CSAT counts for the track
    /// step in play, if it is that step; keeps the best per step. The step
    /// it counted for, if any.
    pub fn record_step(&mut self, key: &str, tenths: u8) -> Option<TrackStep> {
        let p = self.profile_mut()?;
        let step = p.step.take_if(|s| s.step.key() == key)?;
        let results = p.tracks.get_or_insert_with(&step.track, Keyed::new);
        let best = results.get_or_insert_with(key, || 0);
        *best = (*best).max(tenths);
        Some(step)
    }
}
