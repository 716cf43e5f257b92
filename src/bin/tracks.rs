//! Tracks: onboarding and phone duty, step by step, with a completion page
//! (tracks.html). A separate page and binary, so the trainee's game does not
//! carry it.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::start_tracks();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tracks run in the browser (tracks.html).");
    std::process::exit(2);
}
