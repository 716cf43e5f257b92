//! The trainer page: a group's results from an LRS or exported files. A
//! separate page and binary, so the game does not carry it.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::trainer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The trainer page runs in the browser (trainer.html). Natively, use `frontline cohort`."
    );
    std::process::exit(2);
}
