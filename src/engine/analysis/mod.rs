//! Looking at a scenario as a whole: every path through it, its map, and
//! large generated scenarios to measure both on.

pub mod balance;
pub mod cohort;
pub mod generate;
pub mod map;
pub mod paths;
