//! The LMS page (lms.html): one track, delivered by a SCORM package and
//! reported to the LMS. A separate page and binary, so the game does not
//! carry the LMS tracker.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::start_lms();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The LMS page runs in the browser (lms.html), inside a SCORM package.");
    std::process::exit(2);
}
