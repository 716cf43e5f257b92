//! Reading and checking a scenario file: limits, JSON, links, then every
//! rule a playable scenario must meet, each problem named by its place.

pub mod load;
pub mod problem;
pub mod validation;
