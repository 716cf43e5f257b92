//! Importing Twine stories (Twee 3) as scenarios.

use crate::common;

use common::policy;
use frontline::engine::check::diagnostic::{Code, Location};
use frontline::engine::model::scenario::{Authority, Condition, Outcome, Style};
use frontline::engine::Lang;
use frontline::engine::{builtin_policies, check::validation, import::twee, Contact, Setup};

const REFUND: &str = include_str!("../fixtures/twee/refund-call.twee");
const PLAIN: &str = include_str!("../fixtures/twee/plain-twine.twee");

#[test]
fn a_story_written_to_the_convention_imports_as_a_valid_playable_scenario() {
    let s = twee::import(REFUND).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(s.id, "refund-call");
    assert_eq!(s.start, "opening", "the start comes from StoryData");
    assert_eq!(s.nodes.len(), 5);
    let problems = validation::validate(&s, &builtin_policies());
    assert!(problems.is_empty(), "{problems:?}");

    let opening = s.node("opening").unwrap();
    assert_eq!(opening.aggression, 20);
    assert!(opening.customer.nl.starts_with("Ik heb drie weken"));
    assert_eq!(opening.choices[1].style, Style::Empathetic);
    assert_eq!(opening.choices[1].effects.mood, 8);
    assert_eq!(opening.choices[1].next, "found-it");

    let found = s.node("found-it").unwrap();
    let gift = &found.choices[0];
    assert_eq!(gift.id, "release-and-gift");
    assert_eq!(gift.goodwill, 5);
    assert!(gift.effects.resolves);
    assert_eq!(
        gift.requires,
        vec![Condition::Authority(Authority::Goodwill)]
    );

    let transfer = &s.node("still-waiting").unwrap().choices[0];
    assert_eq!(transfer.seconds_under("target-driven"), 400);
    assert_eq!(transfer.seconds_under("customer-first"), 60);

    let gave_up = s.node("gave-up").unwrap();
    assert_eq!(gave_up.ending.as_ref().unwrap().outcome, Outcome::GaveUp);
    assert!(gave_up
        .ending
        .as_ref()
        .unwrap()
        .summary
        .nl
        .starts_with("Ze gaf"));

    let p = policy("customer-first");
    let mut c = Contact::start(&s, &p, Setup::seeded(1));
    c.choose(1).unwrap();
    c.choose(0).unwrap();
    assert_eq!(c.end().unwrap().outcome, Outcome::Resolved);
    assert_eq!(c.goodwill_spent(), 5);
}

#[test]
fn a_plain_twine_story_imports_as_a_skeleton_that_validation_explains() {
    let s = twee::import(PLAIN).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(s.id, "the-cave");
    assert_eq!(s.title.en, "The Cave");
    assert_eq!(s.start, "entrance");
    let entrance = s.node("entrance").unwrap();
    assert_eq!(entrance.choices.len(), 2);
    assert_eq!(entrance.choices[0].text.en, "Go in");
    assert_eq!(entrance.choices[0].next, "inside");
    assert_eq!(entrance.choices[1].next, "walk-away");
    let problems = validation::validate(&s, &builtin_policies());
    assert!(problems
        .iter()
        .any(|p| p.code == Code::DeadEnd && p.node() == Some("inside")));
    assert!(problems.iter().any(|p| p.code == Code::MissingText));
}

fn first_problem(text: &str) -> (usize, String) {
    let problems = twee::import(text).expect_err("should not import");
    match &problems[0].location {
        Location::File { line, .. } => (*line, problems[0].message(Lang::En).clone()),
        other => panic!("expected a line, got {other:?}"),
    }
}

#[test]
fn an_unknown_directive_is_reported_with_its_line() {
    let text = ":: Start\nHello.\n[[Hi->End]]\n@colour blue\n\n:: End [ending-resolved]\nBye.";
    let (line, message) = first_problem(text);
    assert_eq!(line, 4);
    assert!(message.contains("unknown directive '@colour'"), "{message}");
}

#[test]
fn an_unknown_style_lists_the_styles() {
    let text =
        ":: Start\nHello.\n[[Hi->End]]\n@choice style=friendly\n\n:: End [ending-resolved]\nBye.";
    let (line, message) = first_problem(text);
    assert_eq!(line, 4);
    assert!(
        message.contains("unknown style 'friendly'") && message.contains("empathetic"),
        "{message}"
    );
}

#[test]
fn a_broken_frontline_passage_points_at_the_json_error() {
    let text = ":: Frontline\n{\n  \"id\": \"x\",\n  \"title\" {}\n}\n\n:: Start\nHi.";
    let (line, message) = first_problem(text);
    assert_eq!(
        line, 4,
        "header on line 1, error on the third line of the JSON"
    );
    assert!(message.contains("not valid JSON"), "{message}");
}

#[test]
fn text_before_the_first_passage_is_an_error() {
    let (line, message) = first_problem("Once upon a time\n:: Start\nHi.");
    assert_eq!(line, 1);
    assert!(message.contains("before the first passage"), "{message}");
}

#[test]
fn passages_whose_names_collide_are_reported() {
    let text = ":: Go home\nA\n\n:: go-home\nB";
    let problems = twee::import(text).unwrap_err();
    assert_eq!(problems[0].code, Code::TweePassagesClash);
    assert!(problems[0]
        .message(Lang::En)
        .contains("'Go home' and 'go-home'"));
}

#[test]
fn link_forms_and_escaped_names_are_understood() {
    let text = ":: Start \\[draft\\] [tag] {\"position\":\"1,1\"}\nHi.\n[[Left->A]]\n[[B<-Right]]\n[[Up|C]]\n[[D]]\n\n:: A\nx\n\n:: B\nx\n\n:: C\nx\n\n:: D\nx";
    let s = twee::import(text).unwrap();
    assert_eq!(s.nodes[0].id, "start-draft");
    let targets: Vec<(&str, &str)> = s.nodes[0]
        .choices
        .iter()
        .map(|c| (c.text.en.as_str(), c.next.as_str()))
        .collect();
    assert_eq!(
        targets,
        vec![("Left", "a"), ("Right", "b"), ("Up", "c"), ("D", "d")]
    );
}

#[test]
fn the_cli_writes_the_scenario_and_lint_accepts_it() {
    let dir = std::env::temp_dir().join(format!("frontline-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("refund.json");
    let args: Vec<String> = [
        "import",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/twee/refund-call.twee"
        ),
        "--out",
        out_file.to_str().unwrap(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        frontline::cli::run(&args, &mut out, &mut err),
        0,
        "{}",
        String::from_utf8_lossy(&err)
    );
    let lint = vec!["lint".to_string(), out_file.to_str().unwrap().to_string()];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        frontline::cli::run(&lint, &mut out, &mut err),
        0,
        "{}",
        String::from_utf8_lossy(&out)
    );
    std::fs::remove_dir_all(&dir).ok();

    let missing = vec!["import".to_string(), "/no/such/file.twee".to_string()];
    assert_eq!(
        frontline::cli::run(&missing, &mut Vec::new(), &mut Vec::new()),
        1,
        "a file that cannot be read is an input error"
    );
    let plain = vec![
        "import".to_string(),
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/twee/plain-twine.twee"
        )
        .to_string(),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    // An ordinary one-language Twine story plays (issue 21): its link-less
    // passages are endings, its language read from its words; the
    // warnings say what was assumed.
    assert_eq!(frontline::cli::run(&plain, &mut out, &mut err), 0);
    assert!(!out.is_empty(), "the scenario is written");
    let told = String::from_utf8(err).unwrap();
    assert!(told.contains("FL0437") && told.contains("FL0427"), "{told}");
}

#[test]
fn a_list_where_the_frontline_passage_wants_an_object_is_refused() {
    // The same rule as a JSON scenario file: named fields are an object.
    let text = ":: Frontline\n{\"id\": \"x\", \"persona\": {\"name\": \"Ann\", \"traits\": [50, 50, 50, 50]}}\n\n:: Start\nHi.\n[[Bye->End]]\n\n:: End [ending-resolved]\nBye.";
    let (line, message) = first_problem(text);
    assert_eq!(line, 1, "{message}");
    assert!(message.contains("expected struct Traits"), "{message}");
}
