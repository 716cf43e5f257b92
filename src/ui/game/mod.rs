//! The game's screens: start, the list of contacts, a contact, its debrief
//! and the scores page.

pub mod contact;
pub mod debrief;
pub mod hooks;
pub mod lesson;
pub mod library;
pub mod list;
pub mod start;
pub mod tracks;
