//! What a contact is made of: the scenario graph trainers write, the texts in
//! each language, and the house rules it is played under.

pub mod policies;
pub mod policy;
pub mod scenario;
pub mod text;
pub mod track;
