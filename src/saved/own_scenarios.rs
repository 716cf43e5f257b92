//! Scenarios a trainer imported, kept in this browser as their own versioned
//! document next to the progress. Each is stored as its own JSON text, so
//! one that a later engine cannot read is reported and kept, not dropped
//! with the others.

use serde::{Deserialize, Serialize};

use crate::engine::check::diagnostic::{Code, Diagnostic, Location};
use crate::engine::check::load;
use crate::engine::{Policy, Scenario};
use crate::saved::progress::{decode_versioned, Loaded};

pub const OWN_KEY: &str = "frontline.v1.own";
pub const OWN_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnScenarios {
    pub version: u32,
    #[serde(default)]
    pub scenarios: Vec<OwnScenario>,
}

impl Default for OwnScenarios {
    fn default() -> Self {
        OwnScenarios {
            version: OWN_VERSION,
            scenarios: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnScenario {
    pub id: String,
    /// The name of the file it was imported from.
    pub file: String,
    /// The scenario as Frontline JSON.
    pub json: String,
}

/// A stored scenario the engine cannot play, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplayable {
    pub id: String,
    pub file: String,
    /// The first few errors, to word in the page's language.
    pub why: Vec<Diagnostic>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    New,
    /// A scenario with the same id was there and has been replaced.
    Replaced,
}

pub fn decode(raw: Option<&str>) -> Loaded<OwnScenarios> {
    decode_versioned(raw, OWN_VERSION)
}

pub fn encode(own: &OwnScenarios) -> String {
    serde_json::to_string(own).unwrap_or_else(|_| unreachable!("own scenarios always serialize"))
}

/// The problem with keeping a scenario under an id a shipped one uses: the
/// two could not be told apart in the list or in the trainee's results.
pub fn id_clash(scenario: &Scenario, shipped_ids: &[&str]) -> Option<Diagnostic> {
    shipped_ids.contains(&scenario.id.as_str()).then(|| {
        Diagnostic::new(Code::ShippedIdClash, Location::Scenario)
            .in_scenario(&scenario.id)
            .text("id", &scenario.id)
    })
}

impl OwnScenarios {
    /// Keep a playable scenario; one with the same id is replaced, as a
    /// trainer re-importing a corrected file expects.
    pub fn add(&mut self, scenario: &Scenario, file: &str) -> Added {
        let entry = OwnScenario {
            id: scenario.id.clone(),
            file: file.to_string(),
            json: serde_json::to_string_pretty(scenario)
                .unwrap_or_else(|_| unreachable!("a scenario always serializes")),
        };
        match self.scenarios.iter_mut().find(|s| s.id == scenario.id) {
            Some(existing) => {
                *existing = entry;
                Added::Replaced
            }
            None => {
                self.scenarios.push(entry);
                Added::New
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.scenarios.len();
        self.scenarios.retain(|s| s.id != id);
        self.scenarios.len() != before
    }

    pub fn get(&self, id: &str) -> Option<&OwnScenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// Every stored scenario the engine can play, and each one it cannot,
    /// checked as the workshop checks them. Nothing is removed either way.
    pub fn load(
        &self,
        policies: &[Policy],
        shipped_ids: &[&str],
    ) -> (Vec<Scenario>, Vec<Unplayable>) {
        self.load_with(|text| load::load_scenario(text, policies), shipped_ids)
    }

    /// Every stored scenario as `read` reads it (the workshop validates; the
    /// pages that play them only parse: the workshop kept nothing with
    /// errors, and the engine plays a broken graph without harm).
    pub fn load_with(
        &self,
        read: impl Fn(&str) -> Result<Scenario, Vec<Diagnostic>>,
        shipped_ids: &[&str],
    ) -> (Vec<Scenario>, Vec<Unplayable>) {
        let mut playable = Vec::new();
        let mut failed = Vec::new();
        for own in &self.scenarios {
            let result = read(&own.json).and_then(|s| match id_clash(&s, shipped_ids) {
                Some(clash) => Err(vec![clash]),
                None => Ok(s),
            });
            match result {
                Ok(s) => playable.push(s),
                Err(problems) => failed.push(Unplayable {
                    id: own.id.clone(),
                    file: own.file.clone(),
                    why: problems
                        .into_iter()
                        .filter(|d| d.is_error())
                        .take(3)
                        .collect(),
                }),
            }
        }
        (playable, failed)
    }
}
