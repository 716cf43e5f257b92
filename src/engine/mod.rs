//! The pure game engine: no browser, no storage, no clock. Everything here is
//! deterministic given a seed and is tested natively.
//!
//! - `model`: the scenario graph, its texts, the house rules;
//! - `check`: reading a scenario file and validating it;
//! - `play`: a contact, the customer and agent, scoring, debrief, a shift;
//! - `analysis`: every path through a scenario, its map, generated scenarios;
//! - `import`: Twine stories (Twee 3, published HTML) into scenarios;
//! - `centre`: a whole contact centre over a week;
//! - `lms`: what the game reports to a learning management system (SCORM);
//! - `wire`: how the engine's types are read and written as JSON.

pub mod analysis;
pub mod centre;
pub mod check;
pub mod import;
pub mod lms;
pub mod model;
pub mod play;
pub mod wire;

pub use check::diagnostic::{Code, Diagnostic, Location, Severity};
pub use model::policy::{builtin_policies, Policy};
pub use model::scenario::Scenario;
pub use model::text::{Lang, Text};
pub use play::contact::{Contact, ContactRecord, Setup};
