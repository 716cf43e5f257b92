//! Dutch a native reader does not stumble on (issue 17): the calques and
//! errors a reader found in the first library stay out of every Dutch text
//! the product ships, and the house rules are named as people in the field
//! say it.

use crate::common::{policy, shipped_scenarios};
use frontline::engine::Lang;

/// Word for word from English, or simply wrong, with what a native writer
/// says instead: the ones a reader found in the first library, and the ones
/// the second edition's rewrite took out.
const CALQUES: &[(&str, &str)] = &[
    ("een korte excuus", "een kort excuus"),
    ("paknotitie", "pakbon"),
    (
        "het makkelijke deel zijn",
        "\"Let the lamp be the easy part\", word for word",
    ),
    (
        "terug te luisteren",
        "an e-mail is read back, not listened to",
    ),
    ("ik ben bang dat", "helaas: \"I'm afraid\", word for word"),
    ("voor uw veiligheid", "ter controle: \"for your security\""),
    (
        "gewijzigd naar",
        "gewijzigd in, or verzet naar: \"changed to\"",
    ),
    ("targetgedreven", "sturen op targets"),
    ("klant-eerst", "de klant centraal"),
];

/// Every file that holds Dutch the product shows.
fn dutch_sources() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = shipped_scenarios();
    for file in [
        "assets/policies/policies.json",
        "assets/tracks/onboarding.json",
        "assets/tracks/rotation.json",
        "assets/words/nl.txt",
        "src/ui/i18n/nl.rs",
        "src/engine/model/policies.rs",
        "src/engine/play/rule_names.rs",
    ] {
        let text = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
        out.push((file.to_string(), text));
    }
    out
}

#[test]
fn the_calques_a_reader_found_stay_out() {
    for (file, text) in dutch_sources() {
        let lower = text.to_lowercase();
        for (calque, instead) in CALQUES {
            assert!(!lower.contains(calque), "{file}: \"{calque}\" ({instead})");
        }
    }
}

#[test]
fn the_house_rules_have_the_names_the_field_uses() {
    assert_eq!(
        policy("target-driven").name.get(Lang::Nl),
        "Sturen op targets"
    );
    assert_eq!(
        policy("customer-first").name.get(Lang::Nl),
        "De klant centraal"
    );
}
