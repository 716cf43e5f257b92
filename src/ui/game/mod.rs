//! The game's screens: start, the list of contacts, a contact, its debrief
//! and the scores page.

pub mod channel;
pub mod choices;
pub mod contact;
pub mod debrief;
pub mod hooks;
pub mod lesson;
pub mod library;
pub mod list;
pub mod meters;
pub mod review;
pub mod scorecards;
pub mod start;
pub mod strain;
pub mod tracks;
pub mod transcript;
pub mod voice;
