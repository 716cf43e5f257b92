//! Diagnostics as data: every code is worded in every language, codes are
//! unique and never renumbered, and docs/diagnostics.md lists them all.

use std::collections::HashSet;

use frontline::engine::check::catalogue;
use frontline::engine::check::diagnostic::{summary, summary_in, Term, Words};
use frontline::engine::play::agent::StressReason;
use frontline::engine::play::customer::Reason;
use frontline::engine::play::rule_names;
use frontline::engine::wire::named::Named;
use frontline::engine::{Code, Diagnostic, Lang, Location, Severity};
use frontline::i18n;

/// Every code with its number, as published. Changing a number here is
/// renumbering a published code: add new codes instead.
const PUBLISHED: &[(Code, &str)] = &[
    (Code::FileTooLarge, "FL0101"),
    (Code::NestedTooDeep, "FL0102"),
    (Code::NotAScenario, "FL0103"),
    (Code::UnsupportedFormat, "FL0104"),
    (Code::BadId, "FL0201"),
    (Code::DuplicateNode, "FL0202"),
    (Code::DuplicateChoice, "FL0203"),
    (Code::UnknownStart, "FL0204"),
    (Code::UnknownNext, "FL0205"),
    (Code::UnknownPolicyInCondition, "FL0206"),
    (Code::UnknownPolicyInUnder, "FL0207"),
    (Code::Unreachable, "FL0208"),
    (Code::DeadEnd, "FL0209"),
    (Code::NeverEnds, "FL0210"),
    (Code::NeverEndsUnderPolicy, "FL0211"),
    (Code::NoChoiceUnderPolicy, "FL0212"),
    (Code::EndingWithChoices, "FL0213"),
    (Code::NoEnding, "FL0214"),
    (Code::ShippedIdClash, "FL0215"),
    (Code::MissingText, "FL0301"),
    (Code::NoPersonaName, "FL0302"),
    (Code::TextTooLong, "FL0303"),
    (Code::TooManyNodes, "FL0304"),
    (Code::TooManyChoices, "FL0305"),
    (Code::OutOfRange, "FL0306"),
    (Code::Untranslated, "FL0307"),
    (Code::OnlyAsynchronous, "FL0308"),
    (Code::OnlySocial, "FL0309"),
    (Code::OneWording, "FL0310"),
    (Code::NoDetails, "FL0311"),
    (Code::TweeNoPassages, "FL0401"),
    (Code::TweeTextBeforeFirstPassage, "FL0402"),
    (Code::TweeHeaderWithoutName, "FL0403"),
    (Code::TweeMetaNotJson, "FL0404"),
    (Code::TweeMetaNotObject, "FL0405"),
    (Code::TweeMetaNotScenario, "FL0406"),
    (Code::TweePassagesClash, "FL0407"),
    (Code::TweeUnknownEndingTag, "FL0408"),
    (Code::TweeAggressionTag, "FL0409"),
    (Code::TweeTextAfterLink, "FL0410"),
    (Code::TweeAggressionNumber, "FL0411"),
    (Code::TweeUnknownEnding, "FL0412"),
    (Code::TweeBelongsUnderLink, "FL0413"),
    (Code::TweeBelongsBeforeLinks, "FL0414"),
    (Code::TweeUnknownDirective, "FL0415"),
    (Code::TweeNeedsNumber, "FL0416"),
    (Code::TweeUnknownChoiceField, "FL0417"),
    (Code::TweeNotPerPolicy, "FL0418"),
    (Code::TweeUnknownName, "FL0419"),
    (Code::TweeUnknownCondition, "FL0420"),
    (Code::TweeConditionNumber, "FL0421"),
    (Code::TwineNoStory, "FL0422"),
    (Code::TwineStoryTagOpen, "FL0423"),
    (Code::TwinePassageTagOpen, "FL0424"),
    (Code::TwinePassageNotClosed, "FL0425"),
    (Code::TwineNoPassages, "FL0426"),
    (Code::TwineEndingAssumed, "FL0427"),
    (Code::TwineCodeStripped, "FL0428"),
    (Code::TwineConditionIgnored, "FL0429"),
    (Code::TwineDefaults, "FL0430"),
    (Code::TwineOneLanguage, "FL0431"),
    (Code::TwineNoFeedback, "FL0432"),
    (Code::TwineNoSummary, "FL0433"),
    (Code::TwineSpecialPassage, "FL0434"),
    (Code::TwineNoSuchStory, "FL0435"),
    (Code::TwineSeveralStories, "FL0436"),
    (Code::TwineLanguageGuessed, "FL0437"),
    (Code::CentreAgents, "FL0501"),
    (Code::CentreCalls, "FL0502"),
    (Code::CentreOpenDays, "FL0503"),
    (Code::CentreHours, "FL0504"),
    (Code::CentrePatternLength, "FL0505"),
    (Code::CentrePatternEmpty, "FL0506"),
    (Code::CentreWeeks, "FL0507"),
    (Code::CentrePhoneHours, "FL0508"),
    (Code::CentrePercent, "FL0509"),
    (Code::BalanceNarrowSpread, "FL0601"),
    (Code::BalanceNoResolvingPath, "FL0602"),
    (Code::BalanceComplaintWithoutRemedy, "FL0603"),
    (Code::BalanceMistakeOnBestPath, "FL0604"),
    (Code::BalanceDoubleScriptPenalty, "FL0605"),
    (Code::BalanceBestPathLoops, "FL0606"),
    (Code::NotATrack, "FL0701"),
    (Code::TrackFormat, "FL0702"),
    (Code::TrackBadId, "FL0703"),
    (Code::TrackShippedIdClash, "FL0704"),
    (Code::TrackNoSteps, "FL0705"),
    (Code::TrackMissingScenario, "FL0706"),
    (Code::TrackUnknownPolicy, "FL0707"),
    (Code::TrackRepeatedStep, "FL0708"),
    (Code::TrackNotContactOrShift, "FL0709"),
    (Code::TrackShiftTooShort, "FL0710"),
    (Code::TrackMasteryPolicyUnused, "FL0711"),
    (Code::TrackMasteryOutOfRange, "FL0712"),
    (Code::TrackMissingText, "FL0713"),
    (Code::TrackUntranslated, "FL0714"),
];

#[test]
fn codes_are_unique_stable_and_grouped() {
    let published: Vec<Code> = PUBLISHED.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        Code::ALL,
        published.as_slice(),
        "a code was added, removed or moved: add it to PUBLISHED (and the docs) with a new number"
    );
    for (code, id) in PUBLISHED {
        assert_eq!(code.id(), *id, "{code:?} was renumbered");
    }
    let ids: HashSet<&str> = Code::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), Code::ALL.len(), "codes are unique");
    for code in Code::ALL {
        let id = code.id();
        assert!(
            id.len() == 6 && id.starts_with("FL") && id[2..].chars().all(|c| c.is_ascii_digit()),
            "{id}"
        );
        assert!(("01"..="07").contains(&&id[2..4]), "{id}: unknown area");
    }
}

#[test]
fn every_code_is_worded_in_every_language() {
    for &lang in Lang::ALL {
        for &code in Code::ALL {
            let (message, hint) = (catalogue::message(lang, code), catalogue::hint(lang, code));
            assert!(
                !message.trim().is_empty(),
                "{code:?} has no message in {lang:?}"
            );
            assert!(!hint.trim().is_empty(), "{code:?} has no hint in {lang:?}");
            assert!(
                !hint.contains('\n') && !message.contains('\n'),
                "{code:?}: one line"
            );
        }
    }
    // Dutch is written, not left in English.
    for &code in Code::ALL {
        for words in [catalogue::message, catalogue::hint] {
            assert_ne!(words(Lang::En, code), words(Lang::Nl, code), "{code:?}");
        }
    }
}

#[test]
fn every_term_is_worded_in_every_language() {
    use Term::*;
    let all: [Term; 43] = [
        Title,
        Description,
        Summary,
        Objective,
        DiscussionQuestion,
        PersonaDescription,
        CustomerLine,
        Narration,
        PersonaDetail,
        EndingSummary,
        AgentAnswer,
        Feedback,
        FeedbackUnder,
        ScenarioId,
        NodeId,
        ChoiceId,
        PersonaTrait,
        StartingMeter,
        Aggression,
        Effect,
        Seconds,
        Goodwill,
        ConditionValue,
        EffectUnder,
        SecondsUnder,
        GoodwillUnder,
        ReplyWithin,
        Waiting,
        Watching,
        Mood,
        Patience,
        Trust,
        Effort,
        Speed,
        Warmth,
        Expectations,
        Complexity,
        Style,
        Tone,
        Authority,
        Meter,
        English,
        Dutch,
    ];
    for &lang in Lang::ALL {
        for term in all {
            assert!(
                !catalogue::term(lang, term).is_empty(),
                "{term:?} in {lang:?}"
            );
        }
    }
    // The game's copy of the wording finds a term by its place in
    // `Term::ALL`: every term, each at its own number.
    assert_eq!(Term::ALL, all);
    for (i, term) in Term::ALL.into_iter().enumerate() {
        assert_eq!(term as usize, i, "{term:?}");
    }
}

/// The wording the game fetches (`assets/words/<lang>.txt`, shipped as
/// `words/<lang>.txt`) is the rules' names and the catalogue's, then the
/// words of the screens after the start (`i18n::Play`), line for line. To
/// write it after changing the catalogue or those words:
/// `FRONTLINE_WRITE_DIAGNOSTICS=1 cargo test --test it diagnostics::`.
#[test]
fn the_games_copy_of_the_wording_is_the_catalogues() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/words");
    for &lang in Lang::ALL {
        let path = dir.join(format!("{}.txt", lang.code()));
        let words = catalogue::Fetched::of(lang);
        let screens = i18n::play(lang).lines();
        let mut file = words.0.clone();
        for line in &screens {
            file.push_str(line);
            file.push('\n');
        }
        if std::env::var_os("FRONTLINE_WRITE_DIAGNOSTICS").is_some() {
            std::fs::write(&path, &file).unwrap();
        }
        let shipped = std::fs::read_to_string(&path).unwrap();
        assert!(
            shipped == file,
            "{} is not the catalogue's and the screens' wording; write it again with FRONTLINE_WRITE_DIAGNOSTICS=1 cargo test --test it diagnostics::",
            path.display()
        );
        // The screens after the start read their words from the end, each
        // field at its own line; a line break in one would shift the rest.
        let said = i18n::Said::new(&shipped).unwrap();
        assert_eq!(said.every(), screens, "{lang:?}");
        assert!(screens
            .iter()
            .all(|l| !l.trim().is_empty() && !l.contains('\n')));
        let shipped = catalogue::Fetched(shipped[..words.0.len()].to_string());
        let lines: Vec<&str> = shipped.0.lines().collect();
        let messages: Vec<&str> = Code::ALL
            .iter()
            .filter_map(|&c| catalogue::scenario_message(lang, c))
            .collect();
        let rules = Reason::ALL.len() + StressReason::ALL.len();
        assert_eq!(lines.len(), rules + Term::ALL.len() + messages.len());
        // The rules' names come first, each as the engine names it.
        for r in Reason::ALL {
            assert_eq!(
                shipped.reason(r),
                Some(rule_names::reason(lang, r)),
                "{r:?}"
            );
        }
        for r in StressReason::ALL {
            assert_eq!(
                shipped.stress(r),
                Some(rule_names::stress(lang, r)),
                "{r:?}"
            );
        }
        assert!(
            lines.iter().all(|l| !l.is_empty()),
            "an empty line reads as no wording"
        );
        for code in Code::ALL.iter().copied() {
            // The codes a scenario file can have come first, so the copy
            // holds them in the order of Code::ALL and no other.
            assert_eq!(
                shipped.scenario_message(code),
                catalogue::scenario_message(lang, code),
                "{} in {lang:?}",
                code.id()
            );
        }
        for term in Term::ALL {
            assert_eq!(
                shipped.term(term),
                Some(catalogue::term(lang, term)),
                "{term:?}"
            );
        }
    }
}

/// A problem told in the fetched words reads as the catalogue tells it; with
/// no words (not fetched yet, or the fetch failed) it shows its place and code.
#[test]
fn every_rule_has_a_name_in_each_language_and_the_languages_differ() {
    for r in Reason::ALL {
        let (en, nl) = (
            rule_names::reason(Lang::En, r),
            rule_names::reason(Lang::Nl, r),
        );
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{r:?}");
    }
    for r in StressReason::ALL {
        let (en, nl) = (
            rule_names::stress(Lang::En, r),
            rule_names::stress(Lang::Nl, r),
        );
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{r:?}");
    }
}

/// The problem a choice's mood effect under a policy out of range gives.
fn mood_effect_out_of_range(value: i64) -> Diagnostic {
    Diagnostic::new(
        Code::OutOfRange,
        Location::Choice {
            node: "open".into(),
            choice: "help".into(),
        },
    )
    .term("what", Term::EffectUnder)
    .text("policy", "target-driven")
    .term("meter", Term::Mood)
    .number("value", value)
    .number("min", -100)
    .number("max", 100)
}

#[test]
fn a_problem_in_fetched_words_reads_as_in_the_catalogue() {
    let d = mood_effect_out_of_range(1500);
    let unknown = Diagnostic::new(Code::UnknownStart, Location::Scenario).text("start", "nowhere");
    let both = [d, unknown];
    for &lang in Lang::ALL {
        let fetched = catalogue::Fetched::of(lang);
        assert_eq!(
            summary_in(&both, 3, lang, &fetched),
            summary(&both, 3, lang)
        );
    }
    assert_eq!(
        summary_in(&both, 3, Lang::Nl, &catalogue::Fetched::of(Lang::Nl)),
        "open/help: onder target-driven het effect op de stemming: 1.500 ligt niet tussen -100 en 100 (FL0306); scenario: het begin is 'nowhere', maar die knoop bestaat niet in dit scenario (FL0204)"
    );
    for words in [
        catalogue::Fetched::default(),
        catalogue::Fetched(String::new()),
    ] {
        assert_eq!(
            summary_in(&both, 3, Lang::En, &words),
            "open/help: FL0306; scenario: FL0204"
        );
        assert_eq!(
            summary_in(&both, 3, Lang::Nl, &catalogue::Codes),
            "open/help: FL0306; scenario: FL0204"
        );
    }
}

#[test]
fn the_docs_list_every_code() {
    let doc = include_str!("../../docs/diagnostics.md");
    let rows: Vec<&str> = doc.lines().filter(|l| l.starts_with("| FL")).collect();
    for &code in Code::ALL {
        let row = rows
            .iter()
            .find(|r| r.starts_with(&format!("| {} |", code.id())))
            .unwrap_or_else(|| panic!("docs/diagnostics.md does not list {}", code.id()));
        assert!(
            row.contains(&format!("| {} |", code.severity().name())),
            "{row}: wrong severity"
        );
    }
    assert_eq!(
        rows.len(),
        Code::ALL.len(),
        "the docs list codes that do not exist"
    );
}

#[test]
fn a_diagnostic_is_worded_in_each_language_with_its_arguments() {
    let d = mood_effect_out_of_range(150);
    assert_eq!(
        d.message(Lang::En),
        "under target-driven, the effect on mood is 150; it must be between -100 and 100"
    );
    assert_eq!(
        d.message(Lang::Nl),
        "onder target-driven het effect op de stemming: 150 ligt niet tussen -100 en 100"
    );
    assert_eq!(
        d.to_string(),
        "open/help: error[FL0306]: under target-driven, the effect on mood is 150; it must be between -100 and 100"
    );
    assert_eq!(d.severity(), Severity::Error);
    // Numbers are written the language's way; names from the file as they are.
    let agents = Diagnostic::new(Code::CentreAgents, Location::Centre).number("max", 5_000);
    assert_eq!(
        agents.message(Lang::En),
        "agents must be between 1 and 5,000"
    );
    assert_eq!(
        agents.message(Lang::Nl),
        "het aantal medewerkers moet tussen 1 en 5.000 liggen"
    );
    let odd = Diagnostic::new(Code::UnknownNext, Location::Scenario).text("next", "{max}");
    assert!(odd.message(Lang::En).contains("'{max}'"));
}

#[test]
fn a_diagnostic_serialises_with_its_code_and_english_words() {
    let d = Diagnostic::new(
        Code::UnknownNext,
        Location::Choice {
            node: "open".into(),
            choice: "help".into(),
        },
    )
    .in_scenario("minimal")
    .text("next", "midle");
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["code"], "FL0205");
    assert_eq!(json["severity"], "error");
    assert_eq!(json["scenario"], "minimal");
    assert_eq!(json["location"]["at"], "choice");
    assert_eq!(json["args"]["next"], "midle");
    assert_eq!(
        json["message"],
        "leads to 'midle', which is not a node in this scenario"
    );
    assert!(json["hint"].as_str().is_some_and(|h| !h.is_empty()));
}

#[test]
fn the_short_summary_words_exactly_the_codes_a_scenario_file_can_have() {
    for &code in Code::ALL {
        let file_code = ["FL01", "FL02", "FL03"]
            .iter()
            .any(|a| code.id().starts_with(a));
        for lang in [Lang::En, Lang::Nl] {
            let short = catalogue::scenario_message(lang, code);
            if file_code {
                assert_eq!(short, Some(catalogue::message(lang, code)), "{}", code.id());
            } else {
                assert_eq!(short, None, "{}", code.id());
            }
        }
    }
    let twee = Diagnostic::new(Code::TweeNoPassages, Location::Scenario);
    let summary = frontline::engine::check::diagnostic::summary(&[twee], 3, Lang::En);
    assert_eq!(summary, "scenario: FL0401");
    let unreachable = Diagnostic::new(
        Code::Unreachable,
        Location::Node {
            node: "lost".into(),
        },
    );
    let summary = frontline::engine::check::diagnostic::summary(&[unreachable], 3, Lang::Nl);
    assert!(
        summary.starts_with("lost: ") && summary.ends_with(" (FL0208)"),
        "{summary}"
    );
}
