//! `frontline lint`: output format and exit codes.

use crate::common;

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
fn usage_errors_exit_2_with_a_one_line_hint() {
    for args in [
        &["lint"][..],
        &["frobnicate"],
        &[],
        &["lint", "--x", "a.json"],
        &["paths", "a.json"],
        &[
            "play",
            "a.json",
            "--policy",
            "target-driven",
            "--seed",
            "x",
            "--choices",
            "1",
        ],
        &["simulate", "--policy", "no-such"],
        &["schema", "extra"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(out, "", "{args:?}");
        assert_eq!(
            err.lines().count(),
            1,
            "{args:?}: one line, not the usage: {err}"
        );
        assert!(err.starts_with("frontline: "), "{err}");
        assert!(err.contains("--help'"), "{args:?}: {err}");
    }
    let (_, _, err) = run(&["lint", "--x", "a.json"]);
    assert_eq!(
        err,
        "frontline: unknown option '--x'; see 'frontline lint --help'\n"
    );
    let (_, _, err) = run(&["frobnicate"]);
    assert!(err.contains("unknown command 'frobnicate'"), "{err}");
}

#[test]
fn a_file_that_cannot_be_read_exits_1_naming_it() {
    let (code, out, err) = run(&["lint", "/no/such/file.json"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.contains("cannot read /no/such/file.json"), "{err}");
    assert_eq!(err.lines().count(), 1, "no usage: {err}");

    let file = fixture("warning/not-utf8.json");
    let (code, _, err) = run(&["lint", &file]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!("frontline: cannot read {file}: it is not UTF-8 text\n")
    );
    // The other files are still checked.
    let bad = fixture("invalid/dead_end.json");
    let (code, out, _) = run(&["lint", &file, &bad]);
    assert_eq!(code, 1);
    assert!(out.contains("error[FL0209]"), "{out}");
}

#[test]
fn help_and_version_exit_0_on_stdout() {
    for sub in ["lint", "paths", "play", "schema", "import", "simulate"] {
        let (code, out, err) = run(&[sub, "--help"]);
        assert_eq!(code, 0, "{sub}: {err}");
        assert!(out.contains("Usage: frontline "), "{sub}: {out}");
        assert_eq!(err, "");
    }
    let (code, out, _) = run(&["lint", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--deny-warnings"), "{out}");
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("simulate"), "{out}");
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("frontline {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn warnings_are_printed_and_fail_only_with_deny_warnings() {
    let file = fixture("warning/untranslated.json");
    let (code, out, _) = run(&["lint", &file]);
    assert_eq!(code, 0, "warnings alone pass");
    assert_eq!(
        out,
        format!(
            "{file}: scenario: warning[FL0307]: the summary is the same in every language; is the translation missing?\n"
        )
    );
    let (code, out2, _) = run(&["lint", "--deny-warnings", &file]);
    assert_eq!(code, 1);
    assert_eq!(out2, out);
    // A clean file passes either way.
    assert_eq!(
        run(&["lint", "--deny-warnings", &fixture("valid/minimal.json")]).0,
        0
    );
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
    assert_eq!(status(&["lint", "/no/such/file.json"]), Some(1));
    assert_eq!(status(&["--version"]), Some(0));
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
