//! Shift mode: several customers in a row, with a queue (shift.html). A
//! separate page and binary, so the trainee's game does not carry it.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::start_shift();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Shift mode runs in the browser (shift.html).");
    std::process::exit(2);
}
