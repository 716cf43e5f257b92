//! What every page shares: the page frame, the browser's storage and the
//! few DOM calls the app makes.

pub mod app;
pub mod dom;
pub mod language_switch;
pub mod storage;
pub mod store;
