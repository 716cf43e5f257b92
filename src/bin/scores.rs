//! "How the scores work" (scores.html): the model in plain words, in both
//! languages. A separate page and binary, so the game does not carry its
//! text.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::start_scores();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("How the scores work is a page in the browser (scores.html); the model card is docs/model.md.");
    std::process::exit(2);
}
