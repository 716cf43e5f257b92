//! One binary, two faces: in the browser it is the game, natively it is the
//! trainers' command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontline::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = frontline::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
