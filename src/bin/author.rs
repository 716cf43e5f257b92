//! The scenario workshop for trainers: a separate page and binary, so the
//! trainee's game does not carry the importer and the map.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::workshop::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The scenario workshop runs in the browser (author.html). Natively, use `frontline import` and `frontline lint`."
    );
    std::process::exit(2);
}
