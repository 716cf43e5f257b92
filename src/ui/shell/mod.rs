//! What every page shares: the page frame, the browser's storage and the
//! few DOM calls the app makes.

pub mod app;
pub mod dom;
pub mod frame;
pub mod language_switch;
pub mod lrs;
pub mod notices;
pub mod page_store;
pub mod storage;
pub mod store;
