//! `frontline lint`: output format and exit codes.

mod common;

use common::run_cli as run;

fn fixture(path: &str) -> String {
    format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_valid_file_exits_0_silently() {
    let (code, out, _) = run(&["lint", &fixture("valid/minimal.json")]);
    assert_eq!(code, 0);
    assert_eq!(out, "");
}

#[test]
fn a_problem_is_printed_as_file_node_choice_message() {
    let file = fixture("invalid/unknown_next.json");
    let (code, out, _) = run(&["lint", &file]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{file}: open/help: error[FL0205]: leads to 'midle', which is not a node in this scenario\n"
        )
    );
}

#[test]
fn a_syntax_error_is_printed_with_line_and_column() {
    let file = fixture("invalid/malformed.json");
    let (code, out, _) = run(&["lint", &file]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(&format!("{file}: line 4, column 3: error[FL0103]: ")),
        "{out}"
    );
}

#[test]
fn several_files_are_checked_in_one_run() {
    let good = fixture("valid/minimal.json");
    let bad = fixture("invalid/dead_end.json");
    let (code, out, _) = run(&["lint", &good, &bad]);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("{bad}: limbo: error[FL0209]: ")));
    assert!(!out.contains(&good));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["lint"]).0, 2);
    let (code, _, err) = run(&["lint", "/no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /no/such/file.json"));
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(run(&[]).0, 2);
}

#[test]
fn the_binary_itself_uses_the_same_exit_codes() {
    let bin = env!("CARGO_BIN_EXE_frontline");
    let status = |args: &[&str]| {
        std::process::Command::new(bin)
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(status(&["lint", &fixture("valid/minimal.json")]), Some(0));
    assert_eq!(status(&["lint", &fixture("invalid/bad_id.json")]), Some(1));
    assert_eq!(status(&["lint"]), Some(2));
}

#[test]
fn play_prints_a_debrief_with_standing() {
    let (code, out, err) = run(&[
        "play",
        &fixture("valid/minimal.json"),
        "--policy",
        "target-driven",
        "--seed",
        "4",
        "--choices",
        "2,1",
    ]);
    assert_eq!(code, 0, "{err}");
    let d: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(d["end"]["outcome"], "resolved");
    assert_eq!(d["choices"][0]["choice"], "script");
    assert!(d["standing"]["percentile"].as_u64().is_some());
    // A locked choice is refused with its reason, exit 1.
    let (code, _, err) = run(&[
        "play",
        &fixture("valid/minimal.json"),
        "--policy",
        "target-driven",
        "--seed",
        "4",
        "--choices",
        "3",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("locked"), "{err}");
    // Choice numbers start at 1.
    assert_eq!(
        run(&[
            "play",
            &fixture("valid/minimal.json"),
            "--policy",
            "target-driven",
            "--seed",
            "1",
            "--choices",
            "0"
        ])
        .0,
        2
    );
}
