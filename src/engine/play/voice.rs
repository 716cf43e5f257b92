//! The customer's voice (opt-in, phone contacts only): which of the
//! browser's voices speaks a customer's lines, and how fast. Pure, so the
//! choices are tested natively; `ui::game::voice` only hands them to the
//! browser's speech synthesis. Every constant is an assumption
//! (docs/model.md, "The customer's voice").

use crate::engine::model::scenario::{Channel, Persona, Region, Scenario};
use crate::engine::Lang;

/// The language tags to ask a voice for, most wanted first: the scenario's
/// language as its customer speaks it, then any voice of that language. A
/// Flemish customer asks for a Belgian Dutch voice, and takes a Netherlands
/// Dutch one rather than any other (nl-BE → nl-NL → nl); an English one a
/// British voice (en-GB → en). The first is also the utterance's `lang`.
pub fn wanted(lang: Lang, region: Option<Region>) -> &'static [&'static str] {
    match (lang, region) {
        (Lang::Nl, Some(Region::Belgium)) => &["nl-BE", "nl-NL", "nl"],
        (Lang::Nl, _) => &["nl-NL", "nl"],
        (Lang::En, _) => &["en-GB", "en"],
    }
}

/// The voice to speak with: the index in `voices` (their `lang` tags, as
/// `speechSynthesis.getVoices()` lists them) of the first voice that fits
/// the first tag of `wanted` that any voice fits. A tag with a region fits
/// that region only; a bare language fits any voice of the language.
/// Browsers write tags as `nl-BE`, `nl_BE` or `NL-be`: all the same here.
pub fn pick(wanted: &[&str], voices: &[String]) -> Option<usize> {
    wanted
        .iter()
        .find_map(|w| voices.iter().position(|v| fits(w, v)))
}

fn fits(wanted: &str, voice: &str) -> bool {
    // Bytes, not a split on `-` and `_`: the game carries no splitter for it.
    let (w, v) = (wanted.as_bytes(), voice.as_bytes());
    v.len() >= w.len()
        && w.iter()
            .zip(v)
            .all(|(w, v)| w.eq_ignore_ascii_case(v) || (*w == b'-' && *v == b'_'))
        && matches!(v.get(w.len()), None | Some(b'-' | b'_'))
}

/// What the customer's voice is doing, as the browser reports it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Heard {
    #[default]
    Quiet,
    Speaking,
    /// No voice of the browser speaks the language: the lines stay text.
    NoVoice,
}

/// The slowest and fastest rate a customer speaks at: outside this, speech
/// synthesis gets hard to follow (1 is the voice's normal pace).
pub const RATE_RANGE: (f32, f32) = (0.8, 1.2);
/// How much faster a customer in a hurry speaks: per point of `speed` above
/// 50 (a customer with all the time in the world is slower by as much).
pub const RATE_PER_SPEED: f32 = 0.005;
/// How much faster an impatient customer speaks: per point of starting
/// `patience` below 50 (a patient one, above 50, slower by as much).
pub const RATE_PER_IMPATIENCE: f32 = 0.004;

/// The rate a customer speaks at (the utterance's `rate`): from the
/// persona's hurry and the patience they start with, within `RATE_RANGE`.
/// A hurried or impatient caller speaks faster, an unhurried, patient one
/// (the lonely widower, the bereaved) slower.
pub fn rate(persona: &Persona) -> f32 {
    let speed = (persona.traits.speed - 50) as f32 * RATE_PER_SPEED;
    let impatience = (50 - persona.start.patience) as f32 * RATE_PER_IMPATIENCE;
    (1.0 + speed + impatience).clamp(RATE_RANGE.0, RATE_RANGE.1)
}

/// Whether a contact's customer lines are ever spoken: on the phone only;
/// chats, e-mails and posts are read.
pub fn speaks(scenario: &Scenario) -> bool {
    scenario.channel == Channel::Phone
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::scenario::{Meters, Traits};
    use crate::engine::Text;

    fn voices(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_flemish_customer_asks_for_belgian_dutch_then_netherlands_dutch_then_any_dutch() {
        let want = wanted(Lang::Nl, Some(Region::Belgium));
        assert_eq!(want[0], "nl-BE");
        let all = voices(&["en-US", "nl-NL", "nl-BE", "nl"]);
        assert_eq!(pick(want, &all), Some(2));
        assert_eq!(pick(want, &voices(&["en-GB", "nl", "nl-NL"])), Some(2));
        assert_eq!(pick(want, &voices(&["en-GB", "nl_SR"])), Some(1));
        assert_eq!(pick(want, &voices(&["en-GB", "de-DE"])), None);
    }

    #[test]
    fn a_customer_from_the_netherlands_asks_for_netherlands_dutch_first() {
        for region in [None, Some(Region::Netherlands)] {
            let want = wanted(Lang::Nl, region);
            assert_eq!(want[0], "nl-NL");
            assert_eq!(pick(want, &voices(&["nl-BE", "nl-NL"])), Some(1));
            // Rather a Flemish voice than none.
            assert_eq!(pick(want, &voices(&["en-GB", "nl-BE"])), Some(1));
        }
    }

    #[test]
    fn english_asks_for_a_british_voice_then_any_english_whatever_the_region() {
        let want = wanted(Lang::En, Some(Region::Belgium));
        assert_eq!(want, wanted(Lang::En, None));
        assert_eq!(pick(want, &voices(&["en-US", "nl-BE", "en-GB"])), Some(2));
        assert_eq!(pick(want, &voices(&["nl-NL", "en-US"])), Some(1));
        assert_eq!(pick(want, &voices(&[])), None);
    }

    #[test]
    fn tags_are_compared_as_browsers_write_them() {
        assert!(fits("nl-BE", "nl_BE"));
        assert!(fits("nl-BE", "NL-be"));
        assert!(fits("nl", "nl-BE"));
        assert!(!fits("nl-BE", "nl"));
        assert!(!fits("nl-BE", "nl-NL"));
        assert!(!fits("en", "eng"));
        assert!(!fits("en", ""));
    }

    fn persona(speed: i32, patience: i32) -> Persona {
        Persona {
            name: "Ann".into(),
            names: vec![],
            details: vec![],
            description: Text::default(),
            traits: Traits {
                speed,
                warmth: 50,
                expectations: 50,
                complexity: 50,
            },
            start: Meters {
                patience,
                ..Meters::default()
            },
        }
    }

    #[test]
    fn a_hurried_or_impatient_customer_speaks_faster_an_unhurried_patient_one_slower() {
        let usual = rate(&persona(50, 50));
        assert_eq!(usual, 1.0);
        assert!(rate(&persona(80, 50)) > usual);
        assert!(rate(&persona(50, 20)) > usual);
        assert!(rate(&persona(60, 45)) > rate(&persona(60, 60)));
        assert!(rate(&persona(20, 75)) < usual);
    }

    #[test]
    fn the_rate_stays_within_a_comfortable_range() {
        assert_eq!(rate(&persona(100, 0)), RATE_RANGE.1);
        assert_eq!(rate(&persona(0, 100)), RATE_RANGE.0);
        for speed in (0..=100).step_by(5) {
            for patience in (0..=100).step_by(5) {
                let r = rate(&persona(speed, patience));
                assert!((RATE_RANGE.0..=RATE_RANGE.1).contains(&r));
            }
        }
    }
}
