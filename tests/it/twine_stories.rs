//! Ordinary Twine stories, written the way authors write them in each story
//! format (not to Frontline's convention), import as scenarios that play,
//! with grouped, coded warnings; a story in one language says so once.

use crate::common;

use common::policy;
use frontline::engine::check::diagnostic::{grouped, Code, Severity};
use frontline::engine::import::{import, Imported};
use frontline::engine::model::scenario::{Authority, Condition, Meter, MeterBound, Outcome};
use frontline::engine::wire::named::Named;
use frontline::engine::{builtin_policies, Contact, Lang, Setup};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/stories/");

fn story(file: &str) -> Imported {
    let text = std::fs::read_to_string(format!("{DIR}{file}")).unwrap();
    import(file, &text, &builtin_policies())
}

fn codes(i: &Imported, code: Code) -> usize {
    i.problems.iter().filter(|p| p.code == code).count()
}

/// Plays the first choice at every node until the contact ends.
fn play_through(i: &Imported) -> Outcome {
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    let p = policy("customer-first");
    let mut c = Contact::start(s, &p, Setup::seeded(3));
    for _ in 0..20 {
        if let Some(end) = c.end() {
            return end.outcome;
        }
        c.choose(0).unwrap();
    }
    panic!("the contact did not end");
}

#[test]
fn a_harlowe_story_with_links_in_prose_plays() {
    let i = story("harlowe-broadband.twee");
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    let first = s.node("call-comes-in").unwrap();
    // Prose around the links is the customer's line, markup gone; the
    // link texts are the answers. The quoted sentence is what she says, the
    // sentences around it narration.
    assert_eq!(
        first.customer.en,
        "I need this fixed today, not another ticket number."
    );
    assert_eq!(
        first.narration.en,
        "The line crackles. Third time this week the internet has dropped, and she works from home."
    );
    let answers: Vec<&str> = first.choices.iter().map(|c| c.text.en.as_str()).collect();
    assert_eq!(
        answers,
        [
            "read out the standard checks",
            "ask what she has tried already"
        ]
    );
    // `(set: $mood to it - 10)` in Checks is the effect of the way there.
    assert_eq!(first.choices[0].effects.mood, -10);
    assert_eq!(first.choices[1].effects.trust, 10);
    // `(if: $trust >= 50)[ [[…]] ]` is a condition on the answer.
    let credit = &s.node("tried").unwrap().choices[0];
    assert_eq!(
        credit.requires,
        vec![Condition::AtLeast(MeterBound {
            meter: Meter::Trust,
            value: 50
        })]
    );
    // A Markdown list is plain text.
    assert!(s
        .node("checks")
        .unwrap()
        .customer
        .en
        .ends_with("• Router restarted • Cables checked • Still no connection"));
    // Link-less passages are endings: `$resolved` says how Engineer ends,
    // Hung up is unresolved with a warning.
    assert_eq!(
        s.node("engineer").unwrap().ending.as_ref().unwrap().outcome,
        Outcome::Resolved
    );
    assert!(s.node("engineer").unwrap().choices.is_empty());
    assert_eq!(
        s.node("hung-up").unwrap().ending.as_ref().unwrap().outcome,
        Outcome::Unresolved
    );
    assert_eq!(codes(&i, Code::TwineEndingAssumed), 1);
    // What could not be translated is named with its passage.
    let stripped: Vec<String> = i
        .problems
        .iter()
        .filter(|p| p.code == Code::TwineCodeStripped)
        .map(|p| p.message(Lang::En))
        .collect();
    assert!(
        stripped
            .iter()
            .any(|m| m.contains("'Tried'") && m.contains("(set: $visited to true)")),
        "{stripped:#?}"
    );
    // Defaults are reported once.
    assert_eq!(codes(&i, Code::TwineDefaults), 1);
    let defaults = i
        .problems
        .iter()
        .find(|p| p.code == Code::TwineDefaults)
        .unwrap()
        .message(Lang::En);
    assert!(
        defaults.contains("channel phone") && defaults.contains("persona"),
        "{defaults}"
    );
    assert!(i.problems.iter().all(|p| p.severity() == Severity::Warning));
    assert_eq!(play_through(&i), Outcome::Resolved);
}

#[test]
fn a_published_sugarcube_story_plays_with_its_conditions_translated() {
    let i = story("sugarcube-delivery.html");
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    assert_eq!(s.channel.name(), "chat", "from the Frontline passage");
    let start = s.node("start").unwrap();
    // Narration and speech on one line: the quoted sentences are the
    // customer's, the rest is narration (the rule in story::narration).
    assert_eq!(start.customer.en, "The app says delivered. It is not here.");
    assert_eq!(
        start.narration.en,
        "The chat opens with a photo of an empty porch."
    );
    let replace = &start.choices[0];
    assert_eq!(replace.text.en, "Send a replacement right away");
    assert_eq!(
        replace.requires,
        vec![Condition::Policy("customer-first".into())]
    );
    assert_eq!(replace.effects.mood, 15, "the setter link");
    // `<<if $friendly>>` maps to nothing: the answer is always there, and
    // the trainer is told.
    assert!(start.choices[2].requires.is_empty());
    assert!(i
        .problems
        .iter()
        .any(|p| p.code == Code::TwineConditionIgnored
            && p.message(Lang::En).contains("<<if $friendly>>")));
    // `<<link [[…]]>>` is a link; `<br>` a space; `<<print>>` stripped.
    let order = s.node("order-number").unwrap();
    assert_eq!(order.customer.en, "It is in the photo. 55-1020.");
    assert_eq!(order.narration.en, "She is typing fast.");
    assert_eq!(order.choices[0].next, "investigation");
    assert!(i
        .problems
        .iter()
        .any(|p| p.code == Code::TwineCodeStripped
            && p.message(Lang::En).contains("<<print $orderId>>")));
    // StoryInit is code, not a passage of the story.
    assert!(s.node("storyinit").is_none());
    assert_eq!(codes(&i, Code::TwineSpecialPassage), 1);
    // Problems point at lines of the HTML file.
    assert!(i.problems.iter().all(
        |p| matches!(p.location, frontline::engine::Location::File { line, .. } if line >= 5)
            || p.location == frontline::engine::Location::Scenario
    ));
    assert_eq!(play_through(&i), Outcome::Resolved);
}

#[test]
fn a_chapbook_story_plays_with_its_modifiers_read() {
    let i = story("chapbook-bank.twee");
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    let blocked = s.node("blocked").unwrap();
    // Narration and speech in paragraphs of their own.
    assert_eq!(blocked.customer.en, "I cannot even pay for fuel.");
    assert_eq!(
        blocked.narration.en,
        "The customer is at a petrol station in France and the card was declined."
    );
    assert!(i
        .problems
        .iter()
        .any(|p| p.code == Code::TwineCodeStripped && p.message(Lang::En).contains("{back link}")));
    // `[if]…[else]…[continue]`: the first branch's text is the line.
    assert_eq!(
        s.node("unblocked").unwrap().customer.en,
        "Thank you, that was quick."
    );
    assert_eq!(play_through(&i), Outcome::Resolved);
}

#[test]
fn a_dutch_snowman_story_declared_as_dutch_plays_without_english() {
    let i = story("snowman-nl.twee");
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    assert_eq!(s.languages, vec![Lang::Nl]);
    assert_eq!(s.title.nl, "Verhuizing doorgeven");
    assert_eq!(s.title.en, "", "no English invented");
    let begin = s.node("begin").unwrap();
    assert!(begin.customer.nl.starts_with("Goedemiddag"));
    assert!(begin.customer.nl.contains("• nieuw adres: Lindelaan 4"));
    assert_eq!(begin.choices[0].text.nl, "Adres direct aanpassen");
    assert!(i.problems.iter().any(|p| p.code == Code::TwineCodeStripped
        && p.message(Lang::Nl).contains("<% s.pogingen = 1 %>")));
    assert_eq!(
        s.node("aangepast")
            .unwrap()
            .ending
            .as_ref()
            .unwrap()
            .summary
            .nl,
        "Het adres is in één mail aangepast."
    );
    assert_eq!(codes(&i, Code::MissingText), 0);
    assert_eq!(play_through(&i), Outcome::Resolved);
}

#[test]
fn a_story_in_one_language_that_does_not_say_so_is_read_in_the_language_of_its_words() {
    let i = story("undeclared-english.twee");
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    assert_eq!(s.languages, [Lang::En]);
    assert!(
        i.problems.iter().all(|p| !p.is_error()),
        "{:#?}",
        i.problems
    );
    assert_eq!(
        codes(&i, Code::MissingText),
        0,
        "no error per missing Dutch text"
    );
    let guessed: Vec<_> = i
        .problems
        .iter()
        .filter(|p| p.code == Code::TwineLanguageGuessed)
        .collect();
    assert_eq!(guessed.len(), 1);
    assert!(guessed[0].message(Lang::En).contains("read as English"));
    assert!(guessed[0]
        .hint(Lang::En)
        .contains("\"languages\": [\"en\"]"));
    assert!(guessed[0].message(Lang::Nl).contains("als Engels gelezen"));

    // The Dutch story with its declaration taken out: read as Dutch, its
    // lines where the Dutch game shows them.
    let text = std::fs::read_to_string(format!("{DIR}snowman-nl.twee")).unwrap();
    let undeclared = text.replace(r#""languages": ["nl"], "#, "");
    assert_ne!(undeclared, text);
    let i = import("verhuizing.twee", &undeclared, &builtin_policies());
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    assert_eq!(s.languages, [Lang::Nl]);
    assert!(
        s.nodes[0].customer.nl.starts_with("Goedemiddag"),
        "{:?}",
        s.nodes[0].customer
    );
    assert!(s.nodes[0].customer.en.is_empty());

    // Said once, no guess.
    let text = std::fs::read_to_string(format!("{DIR}undeclared-english.twee")).unwrap();
    let declared = format!("{text}\n\n:: Frontline\n{{\"languages\": [\"en\"]}}\n");
    let i = import("declared.twee", &declared, &builtin_policies());
    assert!(i.playable().is_some(), "{:#?}", i.problems);
    assert_eq!(codes(&i, Code::TwineLanguageGuessed), 0);
}

#[test]
fn the_same_kind_of_problem_is_grouped_with_a_count_and_its_first_places() {
    let i = story("harlowe-broadband.twee");
    let feedback = codes(&i, Code::TwineNoFeedback);
    assert!(feedback >= 6, "{feedback}");
    let groups = grouped(&i.problems);
    let codes_seen: Vec<Code> = groups.iter().map(|g| g.first.code).collect();
    let mut unique = codes_seen.clone();
    unique.dedup();
    assert_eq!(codes_seen.len(), unique.len(), "one group per code");
    let g = groups
        .iter()
        .find(|g| g.first.code == Code::TwineNoFeedback)
        .unwrap();
    assert_eq!(g.count, feedback);
    assert!(g.places.len() <= 3 && !g.places.is_empty());

    // Errors come first: a passage nothing leads to, in a story that
    // otherwise only warns.
    let i = import("broken.twee", &broken_story(), &builtin_policies());
    let groups = grouped(&i.problems);
    assert!(groups[0].first.is_error(), "{groups:#?}");
    let first_warning = groups.iter().position(|g| !g.first.is_error()).unwrap();
    assert!(groups[first_warning..].iter().all(|g| !g.first.is_error()));
}

/// An English story that plays but for one passage nothing leads to: an
/// error among warnings.
fn broken_story() -> String {
    let text = std::fs::read_to_string(format!("{DIR}undeclared-english.twee")).unwrap();
    format!("{text}\n\n:: Forgotten\nNobody links here. [[Sent]]\n")
}

#[test]
fn the_cli_exits_0_when_the_story_plays_and_groups_what_it_prints() {
    let run = |path: &str| {
        let (code, _, err) = common::run_cli(&["import", path]);
        (code, err)
    };
    let (code, err) = run(&format!("{DIR}harlowe-broadband.twee"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("[FL0432]").count(), 1, "grouped: {err}");
    assert!(err.contains("in all (FL0432), the first at line"), "{err}");
    assert!(err.contains("  hint: "), "{err}");
    assert!(err.trim_end().ends_with(": it plays"), "{err}");
    assert!(err.contains(": 0 errors, "), "{err}");
    // A story that does not play: 1, its error before its warnings.
    let broken = std::env::temp_dir().join("frontline-broken-story.twee");
    std::fs::write(&broken, broken_story()).unwrap();
    let (code, err) = run(&broken.display().to_string());
    std::fs::remove_file(&broken).ok();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("1 error,"), "{err}");
    assert!(
        err.find("error[") < err.find("warning["),
        "errors first: {err}"
    );
}

#[test]
fn conditions_and_changes_in_each_story_format_translate() {
    use frontline::engine::import::story::condition;
    let at_least = |meter, value| Condition::AtLeast(MeterBound { meter, value });
    let at_most = |meter, value| Condition::AtMost(MeterBound { meter, value });
    assert_eq!(
        condition("$mood >= 40"),
        Some(vec![at_least(Meter::Mood, 40)])
    );
    assert_eq!(
        condition("$trust gt 39"),
        Some(vec![at_least(Meter::Trust, 40)])
    );
    assert_eq!(
        condition("patience < 31"),
        Some(vec![at_most(Meter::Patience, 30)])
    );
    assert_eq!(
        condition("$policy is not \"target-driven\" and $effort <= 50"),
        Some(vec![
            Condition::NotPolicy("target-driven".into()),
            at_most(Meter::Effort, 50)
        ])
    );
    assert_eq!(
        condition("$authority contains \"goodwill\""),
        Some(vec![Condition::Authority(Authority::Goodwill)])
    );
    assert_eq!(condition("$mood >= 40 or $trust >= 40"), None);
    assert_eq!(condition("$visits is 2"), None);
}

#[test]
fn a_story_in_the_convention_imports_as_before() {
    // The convention's own story gives the scenario the convention gives,
    // with nothing to report.
    let text = include_str!("../fixtures/twee/refund-call.twee");
    let strict = frontline::engine::import::twee::import(text).unwrap();
    let i = import("refund-call.twee", text, &builtin_policies());
    assert_eq!(i.scenario.as_ref(), Some(&strict));
    assert!(i.problems.is_empty(), "{:#?}", i.problems);
}

#[test]
fn the_starter_story_imports_in_both_languages_with_nothing_to_fix() {
    let text = include_str!("../../assets/twine/frontline-starter.twee");
    let policies = builtin_policies();
    let i = import("frontline-starter.twee", text, &policies);
    assert!(i.problems.is_empty(), "{:#?}", i.problems);
    let s = i.playable().unwrap();
    let balance = frontline::engine::analysis::balance::diagnostics(s, &policies);
    assert!(balance.is_empty(), "{balance:#?}");
    assert!(s.node("read-me-first").is_none(), "a note is skipped");
    let opening = s.node(&s.start).unwrap();
    assert!(
        opening.narration.en.contains("doorbell") && opening.narration.nl.contains("deurbel"),
        "the starter shows how to write narration"
    );
    assert!(!opening.customer.en.contains("doorbell"));
    for n in &s.nodes {
        assert!(
            !n.customer.en.is_empty() && !n.customer.nl.is_empty(),
            "{}",
            n.id
        );
        assert!(!n.customer.en.contains("<!--"), "comments are the writer's");
    }
    for outcome in [Outcome::Resolved, Outcome::Unresolved, Outcome::GaveUp] {
        assert!(
            s.nodes
                .iter()
                .any(|n| n.ending.as_ref().is_some_and(|e| e.outcome == outcome)),
            "{outcome:?}"
        );
    }
    assert_eq!(play_through(&i), Outcome::Resolved);
}

#[test]
fn the_workshop_keeps_an_ordinary_story_with_the_same_problems_the_cli_prints() {
    use frontline::app::workshop::{ImportOutcome, Workshop};
    use frontline::saved::own_scenarios::OwnScenarios;
    let w = Workshop::new(Lang::En, OwnScenarios::default(), None, Vec::new());
    let text = std::fs::read_to_string(format!("{DIR}harlowe-broadband.twee")).unwrap();
    let (result, own) = w.import("harlowe-broadband.twee", &text);
    assert!(matches!(result.outcome, ImportOutcome::Kept(_)));
    assert!(own.is_some());
    let cli = story("harlowe-broadband.twee");
    // The same diagnostics, plus the balance check the workshop adds.
    for p in &cli.problems {
        assert!(result.problems.contains(p), "{p}");
    }
    assert!(result.problems.iter().all(|p| !p.is_error()));

    // A story that does not name its language is kept, read in the
    // language of its words, and the trainer told so.
    let text = std::fs::read_to_string(format!("{DIR}undeclared-english.twee")).unwrap();
    let (result, own) = w.import("undeclared-english.twee", &text);
    assert!(matches!(result.outcome, ImportOutcome::Kept(_)));
    assert!(own.is_some());
    assert!(result
        .problems
        .iter()
        .any(|p| p.code == Code::TwineLanguageGuessed));
}

#[test]
fn a_twine_library_archive_imports_the_story_asked_for() {
    use frontline::engine::import::{import_named, twine_html};
    let text = std::fs::read_to_string(format!("{DIR}library-archive.html")).unwrap();
    assert_eq!(
        twine_html::story_names(&text),
        ["Wrong size delivered", "Factuur te hoog"]
    );
    // Without a name: the first, and the trainer hears of the other.
    let first = import("library.html", &text, &builtin_policies());
    let s = first
        .playable()
        .unwrap_or_else(|| panic!("{:#?}", first.problems));
    assert_eq!(s.id, "wrong-size-delivered");
    assert_eq!(s.nodes.len(), 3, "only its own passages");
    let several = first
        .problems
        .iter()
        .find(|p| p.code == Code::TwineSeveralStories)
        .unwrap();
    assert!(
        several.message(Lang::En).contains("'Factuur te hoog'")
            || several.message(Lang::En).contains("not: Factuur te hoog")
    );
    let start = s.node("start").unwrap();
    assert_eq!(start.customer.en, "The shoes are a size too small.");
    assert_eq!(start.choices.len(), 2);

    // By name: the second, in Dutch.
    let second = import_named(
        "library.html",
        &text,
        &builtin_policies(),
        Some("Factuur te hoog"),
    );
    let s = second
        .playable()
        .unwrap_or_else(|| panic!("{:#?}", second.problems));
    assert_eq!(s.id, "factuur-te-hoog");
    assert_eq!(s.languages, vec![Lang::Nl]);
    assert!(second
        .problems
        .iter()
        .all(|p| p.code != Code::TwineSeveralStories));
    assert_eq!(play_through(&second), Outcome::Resolved);

    // A name it does not have: an error listing the ones it has.
    let none = import_named(
        "library.html",
        &text,
        &builtin_policies(),
        Some("Lost parcel"),
    );
    assert!(none.scenario.is_none());
    assert_eq!(none.problems[0].code, Code::TwineNoSuchStory);
    assert!(none.problems[0]
        .message(Lang::En)
        .contains("Wrong size delivered, Factuur te hoog"));

    // And from the command line.
    let archive = format!("{DIR}library-archive.html");
    let (code, out, err) = common::run_cli(&["import", &archive, "--story", "Factuur te hoog"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"factuur-te-hoog\""));
}

#[test]
fn a_sentence_that_holds_a_link_is_about_the_answers_and_the_others_are_the_customers() {
    let text = ":: Frontline\n{\"languages\": [\"en\"]}\n\n:: Start\nThe caller sighs. \"My bill doubled.\" You could [[walk through the bill->End]] or [[send the FAQ->End]]. \"Well?\"\n\n:: End [ending-resolved]\n\"Fine.\"\n";
    let i = import("s.twee", text, &builtin_policies());
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    let start = s.node("start").unwrap();
    assert_eq!(start.customer.en, "My bill doubled. Well?");
    assert_eq!(start.narration.en, "The caller sighs.");
    let answers: Vec<&str> = start.choices.iter().map(|c| c.text.en.as_str()).collect();
    assert_eq!(answers, ["walk through the bill", "send the FAQ"]);
}

#[test]
fn link_macros_and_else_branches_become_answers_with_the_opposite_condition() {
    let text = ":: Frontline\n{\"languages\": [\"en\"]}\n\n:: Start\n\"Is it fixed?\"\n(link-goto: \"Say sorry\", \"End\")\n<<if $mood gte 40>>[[Joke about it->End]]<<else>>[[Stay factual->End]]<</if>>\n(if: $policy is \"customer-first\")[ [[Offer a voucher->End]] ](else:)[ [[Apologise->End]] ]\n\n:: End [ending-resolved]\n\"OK.\"\n";
    let i = import("s.twee", text, &builtin_policies());
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    let c = &s.node("start").unwrap().choices;
    let got: Vec<(&str, &[Condition])> = c
        .iter()
        .map(|c| (c.text.en.as_str(), c.requires.as_slice()))
        .collect();
    let mood = |v| MeterBound {
        meter: Meter::Mood,
        value: v,
    };
    assert_eq!(
        got,
        vec![
            ("Say sorry", &[][..]),
            ("Joke about it", &[Condition::AtLeast(mood(40))][..]),
            ("Stay factual", &[Condition::AtMost(mood(39))][..]),
            (
                "Offer a voucher",
                &[Condition::Policy("customer-first".into())][..]
            ),
            (
                "Apologise",
                &[Condition::NotPolicy("customer-first".into())][..]
            ),
        ]
    );
    assert_eq!(s.node("start").unwrap().customer.en, "Is it fixed?");
}

/// A Dutch story that sets narration apart the way authors do: a whole
/// paragraph in italics (Harlowe `//…//`, Markdown `*…*`, HTML `<i>`), or
/// plain sentences beside quoted speech („…”). A quote inside the
/// customer's own sentence stays theirs, and a passage of narration only
/// is shown as the customer's side.
#[test]
fn narration_is_told_apart_from_what_the_customer_says() {
    let i = story("narrated-energy-nl.twee");
    let s = i.playable().unwrap_or_else(|| panic!("{:#?}", i.problems));
    let start = s.node("gesprek").unwrap();
    assert_eq!(
        start.narration.nl,
        "Op de achtergrond huilt een kind. Mevrouw Bakker heeft de brief met het nieuwe voorschot voor zich liggen."
    );
    assert_eq!(
        start.customer.nl,
        "Honderdtwintig euro per maand? Dat was vijfenzeventig!"
    );
    let meter = s.node("meterstanden").unwrap();
    assert_eq!(meter.narration.nl, "Ze loopt naar de meterkast.");
    assert_eq!(meter.customer.nl, "Even kijken. Er staat hier 4312.");
    // „aangepast aan de markt” is part of her sentence: no narration.
    let rates = s.node("tarieven").unwrap();
    assert!(rates.narration.is_empty());
    assert_eq!(
        rates.customer.nl,
        "In de brief stond „aangepast aan de markt” en verder niets. Daar heb ik toch niks aan?"
    );
    // Narration only: shown as the customer's side, nothing lost.
    let quiet = s.node("stilte").unwrap();
    assert_eq!(quiet.customer.nl, "Het blijft even stil aan de lijn.");
    assert!(quiet.narration.is_empty());
    // Speech only: the quotes go, no narration.
    let solved = s.node("opgelost").unwrap();
    assert_eq!(
        solved.customer.nl,
        "Zevenentachtig euro. Dat klinkt een stuk redelijker, dank je wel."
    );
    assert!(solved.narration.is_empty());
    assert_eq!(play_through(&i), Outcome::Resolved);
}

#[test]
fn speech_that_is_not_whole_sentences_keeps_the_line_as_written() {
    use frontline::engine::import::story::speech;
    // A reporting clause inside the quote: not whole sentences.
    assert_eq!(speech(&["\"Hello,\" she says. \"Where is it?\""]), None);
    // Unbalanced quotes.
    assert_eq!(speech(&["She sighs. \"Where is it?"]), None);
    // Only narration: nobody speaks, so the line stays as written.
    assert_eq!(speech(&["She sighs."]), None);
    // Only speech: the quotes go.
    assert_eq!(
        speech(&["\"Where is it?\""]),
        Some((String::new(), "Where is it?".into()))
    );
    assert_eq!(
        speech(&["She sighs.", "“Where is it?” «Today, please.»"]),
        Some(("She sighs.".into(), "Where is it? Today, please.".into()))
    );
}
