//! A trainer's view of a cohort: what a group of trainees played, read from
//! the xAPI `answered` statements the game sends (`engine::lms::xapi`), per
//! track, scenario and house rules: how many played and finished, the CSAT
//! they got, the share of each answer at each node, where they first left
//! the best path, handle time and goodwill; per trainee, what they played
//! and their best results.
//!
//! Statements carry answers, not outcomes: the outcome of a contact is
//! worked out by replaying its answers with the engine (the seed gives the
//! customer met), which is exact because the model is deterministic. A
//! contact is the answers of one trainee, attempt (registration), scenario,
//! house rules and seed, in time order; a new contact begins where an
//! answer does not follow from the one before (the previous one ended, or
//! was left). Statements of unknown scenarios or house rules, and answers
//! that do not replay on the scenario as it is, are counted and reported.
//!
//! Built to be fed page by page (an LRS's pages, a trainee's export): each
//! [`Cohort::add_page`] keeps a few bytes per answer, and
//! [`Cohort::finish`] replays the contacts in steps a page can interleave
//! with drawing.

mod csv;
mod replay;
pub mod report;
pub mod sample;
mod statement;

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::Scenario;
use crate::engine::model::track::Track;

pub use csv::to_csv;
pub use replay::Replaying;
pub use report::{pseudonym, CohortReport};
pub use statement::epoch_ms;

/// At most this many problems are described (all are counted).
const PROBLEMS_SHOWN: usize = 20;

/// A node or choice id the scenario does not have.
const MISSING: u16 = u16::MAX;

/// Strings seen many times (trainees, attempts, tracks), kept once.
#[derive(Default)]
struct Names {
    index: HashMap<String, u32>,
    names: Vec<String>,
}

impl Names {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }
}

/// Which contact an answer belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct ContactKey {
    actor: u32,
    registration: u32,
    scenario: u32,
    policy: u32,
    seed: Option<u64>,
    /// Index into the track names, `u32::MAX` outside a track.
    track: u32,
}

/// One answer as kept until the replay: 24 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Kept {
    contact: u32,
    at_ms: i64,
    node: u16,
    choice: u16,
    /// The order it was read in, for answers given in the same millisecond.
    seq: u32,
}

/// A scenario's ids, looked up once per answer.
struct Known<'a> {
    scenario: &'a Scenario,
    nodes: HashMap<&'a str, u16>,
}

/// What a page held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub statements: usize,
    /// The LRS's link to the next page, if any.
    pub more: Option<String>,
}

#[derive(Deserialize)]
struct StatementResult<S> {
    statements: Vec<S>,
    #[serde(default)]
    more: Option<String>,
}

/// The analysis being fed.
pub struct Cohort<'a> {
    known: Vec<Known<'a>>,
    by_id: HashMap<&'a str, u32>,
    policies: &'a [Policy],
    tracks: &'a [Track],
    actors: Names,
    /// An actor's name as its first statement gave it.
    actor_names: Vec<String>,
    registrations: Names,
    track_names: Names,
    contacts: HashMap<ContactKey, u32>,
    keys: Vec<ContactKey>,
    answers: Vec<Kept>,
    reading: report::Reading,
    /// A trainee's key, written for each statement (reused).
    key: String,
}

impl<'a> Cohort<'a> {
    /// An empty analysis of contacts with these scenarios, house rules and
    /// tracks.
    pub fn new(scenarios: &'a [Scenario], policies: &'a [Policy], tracks: &'a [Track]) -> Self {
        let known: Vec<Known> = scenarios
            .iter()
            .map(|s| Known {
                scenario: s,
                nodes: s
                    .nodes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.id.as_str(), i as u16))
                    .collect(),
            })
            .collect();
        let by_id = scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i as u32))
            .collect();
        Cohort {
            known,
            by_id,
            policies,
            tracks,
            actors: Names::default(),
            actor_names: Vec::new(),
            registrations: Names::default(),
            track_names: Names::default(),
            contacts: HashMap::new(),
            keys: Vec::new(),
            answers: Vec::new(),
            reading: report::Reading::default(),
            key: String::new(),
        }
    }

    /// Statements read so far.
    pub fn statements(&self) -> u64 {
        self.reading.statements
    }

    fn problem(&mut self, text: String) {
        if self.reading.problems.len() < PROBLEMS_SHOWN {
            self.reading.problems.push(text);
        }
    }

    /// Reads one page of statements: a JSON array of statements (a
    /// trainee's export) or an LRS's `StatementResult` (`{"statements":
    /// [...], "more": "..."}`). `source` names it in problems. A page that
    /// is not JSON of either shape is refused whole, with the reason; a
    /// statement in it that cannot be read is counted and described.
    pub fn add_page(&mut self, source: &str, text: &str) -> Result<Page, String> {
        let trimmed = text.trim_start();
        // Every statement read in one pass when all are readable (the
        // usual case); else each on its own, so one bad statement does not
        // cost the rest.
        if trimmed.starts_with('[') {
            if let Ok(list) = serde_json::from_str::<Vec<statement::Raw>>(trimmed) {
                return Ok(self.add_read(source, &list, None));
            }
            let list: Vec<&RawValue> = serde_json::from_str(trimmed)
                .map_err(|e| format!("{source}: not a JSON array of statements: {e}"))?;
            Ok(self.add_raw(source, &list, None))
        } else if trimmed.starts_with('{') {
            if let Ok(page) = serde_json::from_str::<StatementResult<statement::Raw>>(trimmed) {
                return Ok(self.add_read(source, &page.statements, page.more));
            }
            let page: StatementResult<&RawValue> = serde_json::from_str(trimmed).map_err(|e| {
                format!("{source}: not an LRS's statement result ({{\"statements\": [...]}}): {e}")
            })?;
            Ok(self.add_raw(source, &page.statements, page.more))
        } else {
            Err(format!(
                "{source}: not JSON statements (an array, or an LRS's {{\"statements\": [...]}})"
            ))
        }
    }

    fn add_read(&mut self, source: &str, list: &[statement::Raw], more: Option<String>) -> Page {
        for (i, raw) in list.iter().enumerate() {
            self.reading.statements += 1;
            self.add_statement(source, i, raw);
        }
        Page {
            statements: list.len(),
            more: more.filter(|m| !m.is_empty()),
        }
    }

    fn add_raw(&mut self, source: &str, list: &[&RawValue], more: Option<String>) -> Page {
        for (i, raw) in list.iter().enumerate() {
            self.reading.statements += 1;
            match serde_json::from_str::<statement::Raw>(raw.get()) {
                Ok(read) => self.add_statement(source, i, &read),
                Err(e) => {
                    self.reading.unreadable += 1;
                    self.problem(format!("{source}: statement {}: {e}", i + 1));
                }
            }
        }
        Page {
            statements: list.len(),
            more: more.filter(|m| !m.is_empty()),
        }
    }

    fn add_statement(&mut self, source: &str, index: usize, raw: &statement::Raw) {
        let answer = match raw.read() {
            Ok(statement::Read::Answer(a)) => a,
            Ok(statement::Read::OtherVerb) => {
                self.reading.other_verbs += 1;
                return;
            }
            Err(why) => {
                self.reading.unreadable += 1;
                self.problem(format!("{source}: statement {}: {why}", index + 1));
                return;
            }
        };
        let Some(&scenario) = self.by_id.get(answer.scenario) else {
            *self
                .reading
                .unknown_scenarios
                .entry(answer.scenario.to_string())
                .or_default() += 1;
            return;
        };
        let Some(policy) = self.policies.iter().position(|p| p.id == answer.policy) else {
            *self
                .reading
                .unknown_policies
                .entry(answer.policy.to_string())
                .or_default() += 1;
            return;
        };
        let known = &self.known[scenario as usize];
        let node = known.nodes.get(answer.node).copied().unwrap_or(MISSING);
        let choice = (node != MISSING)
            .then(|| {
                known.scenario.nodes[node as usize]
                    .choices
                    .iter()
                    .position(|c| c.id == answer.choice)
            })
            .flatten()
            .map_or(MISSING, |c| c as u16);
        answer.actor.key(&mut self.key);
        let actor = self.actors.id(&self.key);
        if actor as usize == self.actor_names.len() {
            self.actor_names.push(answer.actor.name());
        }
        let key = ContactKey {
            actor,
            registration: self.registrations.id(&answer.registration),
            scenario,
            policy: policy as u32,
            seed: answer.seed,
            track: answer.track.map_or(u32::MAX, |t| self.track_names.id(t)),
        };
        let next = self.keys.len() as u32;
        let contact = *self.contacts.entry(key).or_insert(next);
        if contact == next {
            self.keys.push(key);
        }
        self.answers.push(Kept {
            contact,
            at_ms: answer.at_ms,
            node,
            choice,
            seq: self.answers.len() as u32,
        });
        self.reading.answers += 1;
    }

    /// Done reading: the contacts, to replay.
    pub fn finish(self) -> Replaying<'a> {
        Replaying::new(self)
    }

    /// Reads every page and replays at once: for the command line and tests.
    pub fn analyse(
        scenarios: &'a [Scenario],
        policies: &'a [Policy],
        tracks: &'a [Track],
        pages: &[(&str, &str)],
    ) -> Result<CohortReport, String> {
        let mut cohort = Cohort::new(scenarios, policies, tracks);
        for (source, text) in pages {
            cohort.add_page(source, text)?;
        }
        let mut replaying = cohort.finish();
        while !replaying.step(usize::MAX) {}
        Ok(replaying.report())
    }
}

/// Counts that grow by key, sorted when reported.
type Counts<K> = BTreeMap<K, u64>;
