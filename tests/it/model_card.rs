//! The model card (docs/model.md) covers every constant of the customer,
//! scoring, agent and centre model, and every named rule: adding a constant
//! or a rule without saying where it comes from fails here.

use frontline::engine::play::agent::StressReason;
use frontline::engine::play::audience::AudienceRule;
use frontline::engine::play::customer::Reason;
use frontline::engine::play::scoring::Factor;

const MODEL_SOURCES: &[&str] = &[
    "src/engine/play/customer.rs",
    "src/engine/play/scoring.rs",
    "src/engine/play/agent.rs",
    "src/engine/play/channel.rs",
    "src/engine/play/audience.rs",
    "src/engine/play/contact.rs",
    "src/engine/play/shift.rs",
    "src/engine/play/persona.rs",
    "src/engine/play/voice.rs",
    "src/engine/centre/calls.rs",
    "src/engine/centre/week.rs",
    "src/engine/centre/queue.rs",
    "src/engine/centre/erlang.rs",
    "src/engine/analysis/paths.rs",
    "src/engine/analysis/balance.rs",
];

fn card() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/model.md"))
        .expect("docs/model.md exists")
}

/// Names declared as `const NAME` (upper case) in a source text.
fn constants(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let line = line.trim_start();
        let rest = line
            .strip_prefix("pub const ")
            .or_else(|| line.strip_prefix("const "))
            .or_else(|| line.strip_prefix("pub(crate) const "));
        let Some(rest) = rest else { continue };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && name.chars().all(|c| !c.is_ascii_lowercase()) && name != "ALL" {
            out.push(name);
        }
    }
    out
}

#[test]
fn every_model_constant_is_on_the_card() {
    let card = card();
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in MODEL_SOURCES {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path}"));
        for name in constants(&source) {
            seen += 1;
            if !card.contains(&format!("`{name}`")) {
                missing.push(format!("{file}: {name}"));
            }
        }
    }
    assert!(seen >= 40, "the scan found only {seen} constants");
    assert!(
        missing.is_empty(),
        "constants missing from docs/model.md: {missing:#?}"
    );
}

#[test]
fn the_scan_finds_a_constant_the_card_does_not_have() {
    // The test above can fail: a constant it has never seen is reported.
    let found = constants("/// doc\npub const NEW_KNOB: i32 = 3;\nconst lower: u8 = 1;");
    assert_eq!(found, vec!["NEW_KNOB".to_string()]);
    assert!(!card().contains("`NEW_KNOB`"));
}

#[test]
fn every_rule_and_score_part_is_on_the_card() {
    let card = card();
    let names: Vec<String> = Reason::ALL
        .iter()
        .map(|r| format!("{r:?}"))
        .chain(Factor::ALL.iter().map(|f| format!("{f:?}")))
        .chain(StressReason::ALL.iter().map(|s| format!("{s:?}")))
        .chain(AudienceRule::ALL.iter().map(|a| format!("{a:?}")))
        .collect();
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !card.contains(&format!("`{n}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "missing from docs/model.md: {missing:?}"
    );
}

#[test]
fn the_card_cites_the_research_the_model_rests_on() {
    let card = card();
    for source in [
        "Victorino, L., Verma, R. & Wardell",
        "Dixon, M., Freeman, K. & Toman, N. (2010)",
        "Dixon, M., Toman, N. & DeLisi, R. (2013)",
        "SQM Group",
        "Holman",
        "Grandey",
    ] {
        assert!(card.contains(source), "{source}");
    }
}
