//! The manager page: a whole contact centre simulated in the browser. A
//! separate page and binary, so the trainee's game does not carry it.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::manager::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The manager page runs in the browser (manager.html). Natively, use `frontline simulate`."
    );
    std::process::exit(2);
}
