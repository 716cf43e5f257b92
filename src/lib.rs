//! Frontline: a training game for contact-centre staff.
//!
//! `engine` is pure and runs anywhere; `cli` is the trainers' command-line
//! tool (native only); `ui` is the Yew app (wasm only).

pub mod app;
pub mod engine;
pub mod saved;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;

// The UI's words need nothing from the browser: natively they are compiled
// and tested too, so a missing or broken text fails `cargo test`, and the
// tests can write and check the words the pages fetch (`i18n::Play`).
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
#[allow(dead_code)]
#[path = "ui/i18n/mod.rs"]
pub mod i18n;

// talc instead of the default dlmalloc: about 2 KB smaller gzipped, and
// faster. SAFETY: the browser runs this wasm on one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
