//! Playing a contact: the conversation runtime, the customer and the agent it
//! changes, the scores and the debrief, and a shift of several contacts.

pub mod agent;
pub mod audience;
pub mod channel;
pub mod contact;
pub mod customer;
pub mod debrief;
pub mod log;
pub mod persona;
pub mod rule_names;
pub mod scoring;
pub mod shift;
pub mod track;
