//! Reading and checking a scenario file: limits, JSON, links, then every
//! rule a playable scenario must meet, each diagnostic named by its code and
//! place and worded from the catalogue.

pub mod catalogue;
pub mod diagnostic;
pub mod load;
pub mod replay;
pub mod track;
pub mod validation;
