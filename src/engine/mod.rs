//! The pure game engine: no browser, no storage, no clock. Everything here is
//! deterministic given a seed and is tested natively.

pub mod agent;
pub mod centre;
pub mod contact;
pub mod customer;
pub mod debrief;
pub mod generate;
pub mod import;
pub mod json;
pub mod keyed;
pub mod load;
pub mod map;
pub mod named;
pub mod paths;
pub mod policy;
pub mod problem;
pub mod scenario;
pub mod scoring;
pub mod shift;
pub mod text;
pub mod twee;
pub mod twine_html;
pub mod validation;

pub use contact::{Contact, ContactRecord, Setup};
pub use policy::{builtin_policies, Policy};
pub use problem::{Location, Problem, ProblemKind};
pub use scenario::Scenario;
pub use text::{Lang, Text};
