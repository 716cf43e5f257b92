//! The wording of every diagnostic, per language: a message and a one-line
//! hint for each code, and the words for the terms they use. `{name}` is
//! replaced by the diagnostic's argument of that name. Each language is one
//! exhaustive `match`, so a new code, term or language does not compile
//! until it is worded everywhere.

use crate::engine::check::diagnostic::{Code, Location, Term, Words};
use crate::engine::model::text::Lang;
use crate::engine::play::agent::StressReason;
use crate::engine::play::customer::Reason;
use crate::engine::play::rule_names;

/// What is wrong, for a code in a language.
pub fn message(lang: Lang, code: Code) -> &'static str {
    match lang {
        Lang::En => en::message(code),
        Lang::Nl => nl::message(code),
    }
}

/// What is wrong, for a code a scenario file can have (FL01xx–FL03xx);
/// `None` for the others. For pages that only read scenario files.
pub fn scenario_message(lang: Lang, code: Code) -> Option<&'static str> {
    match lang {
        Lang::En => en::scenario_message(code),
        Lang::Nl => nl::scenario_message(code),
    }
}

/// How to fix it, in one line.
pub fn hint(lang: Lang, code: Code) -> &'static str {
    match lang {
        Lang::En => en::hint(code),
        Lang::Nl => nl::hint(code),
    }
}

/// A language's wording, one line per code: `Code => "message", "hint";`,
/// in two groups: what a scenario file can have (FL01xx–FL03xx), and the
/// rest (importing, the centre's settings). It becomes separate functions, so
/// a page that shows no hints (the game) does not carry them, and one that
/// only reads scenario files (the game again) does not carry the rest.
macro_rules! words {
    (
        scenario { $($code:ident => $message:literal, $hint:literal;)* }
        others { $($other:ident => $other_message:literal, $other_hint:literal;)* }
    ) => {
        /// Every code is worded once: this does not compile otherwise.
        const _: fn(Code) = |code| match code {
            $(Code::$code)|* | $(Code::$other)|* => (),
        };

        pub fn scenario_message(code: Code) -> Option<&'static str> {
            match code {
                $(Code::$code => Some($message),)*
                _ => None,
            }
        }

        pub fn message(code: Code) -> &'static str {
            match code {
                $(Code::$code => $message,)*
                $(Code::$other => $other_message,)*
            }
        }

        pub fn hint(code: Code) -> &'static str {
            match code {
                $(Code::$code => $hint,)*
                $(Code::$other => $other_hint,)*
            }
        }
    };
}
use words;

/// A term's words in a language.
pub fn term(lang: Lang, term: Term) -> &'static str {
    match lang {
        Lang::En => en::term(term),
        Lang::Nl => nl::term(term),
    }
}

/// The catalogue compiled in, in a language: what the CLI, the workshop and
/// the manager page word diagnostics with.
pub struct In(pub Lang);

impl Words for In {
    fn scenario_message(&self, code: Code) -> Option<&str> {
        scenario_message(self.0, code)
    }

    fn term(&self, t: Term) -> Option<&str> {
        Some(term(self.0, t))
    }
}

/// No words: a problem shows its place and code alone.
pub struct Codes;

impl Words for Codes {
    fn scenario_message(&self, _: Code) -> Option<&str> {
        None
    }

    fn term(&self, _: Term) -> Option<&str> {
        None
    }
}

/// The wording the pages fetch when they need it (`words/<lang>.txt`,
/// written from this catalogue and `play::rule_names`, and kept equal to
/// them by `tests/it/diagnostics.rs`): one line each, first the name of
/// every customer rule (`Reason::ALL`) and every source of stress
/// (`StressReason::ALL`), for the debrief and the shift report; then every
/// term in the order of `Term::ALL` and the message of each code a scenario
/// file can have, in the order of `Code::ALL` (they come first), for a
/// problem with a file. Plain lines, so the game needs no reader for it;
/// and its wasm carries none of this wording in either language
/// (docs/size.md).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fetched(pub String);

impl Fetched {
    /// The copy of the catalogue's wording in `lang`, as the build ships it.
    pub fn of(lang: Lang) -> Fetched {
        let reasons = Reason::ALL.iter().map(|&r| rule_names::reason(lang, r));
        let strains = StressReason::ALL
            .iter()
            .map(|&r| rule_names::stress(lang, r));
        let terms = Term::ALL.iter().map(|&t| term(lang, t));
        let messages = Code::ALL.iter().map_while(|&c| scenario_message(lang, c));
        let mut text = String::new();
        for line in reasons.chain(strains).chain(terms).chain(messages) {
            text.push_str(line);
            text.push('\n');
        }
        Fetched(text)
    }

    fn line(&self, i: usize) -> Option<&str> {
        self.0.lines().nth(i).filter(|l| !l.is_empty())
    }

    /// A customer rule's name, if the wording arrived.
    pub fn reason(&self, r: Reason) -> Option<&str> {
        self.line(Reason::ALL.iter().position(|&x| x == r)?)
    }

    /// A source of stress, named, if the wording arrived.
    pub fn stress(&self, r: StressReason) -> Option<&str> {
        self.line(Reason::ALL.len() + StressReason::ALL.iter().position(|&x| x == r)?)
    }
}

/// Lines before the diagnostics' wording: the rules' names.
const RULE_LINES: usize = Reason::ALL.len() + StressReason::ALL.len();

impl Words for Fetched {
    fn scenario_message(&self, code: Code) -> Option<&str> {
        self.line(RULE_LINES + Term::ALL.len() + code as usize)
    }

    fn term(&self, t: Term) -> Option<&str> {
        self.line(RULE_LINES + t as usize)
    }
}

/// Where a diagnostic is, in the short form: `line 3, column 1`,
/// `scenario`, `node`, `node/choice`.
pub fn place(lang: Lang, at: &Location) -> String {
    let (line_word, column_word, scenario, centre) = match lang {
        Lang::En => ("line", "column", "scenario", "centre"),
        Lang::Nl => ("regel", "kolom", "scenario", "centrum"),
    };
    let (track, step) = match lang {
        Lang::En => ("track", "step"),
        Lang::Nl => ("traject", "stap"),
    };
    match at {
        Location::File { line, column } => format!("{line_word} {line}, {column_word} {column}"),
        Location::Scenario => scenario.to_string(),
        Location::Node { node } => node.clone(),
        Location::Choice { node, choice } => format!("{node}/{choice}"),
        Location::Centre => centre.to_string(),
        Location::Track => track.to_string(),
        Location::Step { step: n } => format!("{step} {n}"),
    }
}

/// A whole number with the language's thousands separator (5,000; 5.000).
pub fn push_number(out: &mut String, lang: Lang, n: i64) {
    let separator = match lang {
        Lang::En => ',',
        Lang::Nl => '.',
    };
    if n < 0 {
        out.push('-');
    }
    let digits = n.unsigned_abs().to_string();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
}

mod en {
    use super::{Code, Term};

    super::words! {
        scenario {
            FileTooLarge => "the file is {size} KB; the limit is {limit} KB",
                "Split the scenario into smaller ones, or shorten its texts.";
            NestedTooDeep => "nested deeper than {limit} levels",
                "Check the brackets near this place; a scenario never nests this deep.";
            NotAScenario => "the file cannot be read as a scenario: {detail}",
                "Fix the JSON at this place; `frontline schema` shows the expected shape.";
            UnsupportedFormat => "format {format} is not supported; this version of Frontline reads format {supported}",
                "Set \"format\" to the supported version, or use the Frontline that wrote the file.";
            BadId => "{what} '{id}' is not a valid id: use 1–{max} lowercase letters, digits, '-' or '_'",
                "Rename it, e.g. 'ask-name', and update every link to it.";
            DuplicateNode => "there is more than one node with the id '{node}'",
                "Give each node its own id.";
            DuplicateChoice => "node '{node}' has more than one choice with the id '{choice}'",
                "Give each choice of a node its own id.";
            UnknownStart => "the start is '{start}', which is not a node in this scenario",
                "Set \"start\" to the id of an existing node.";
            UnknownNext => "leads to '{next}', which is not a node in this scenario",
                "Correct the \"next\" id, or add the missing node.";
            UnknownPolicyInCondition => "a condition names the policy '{policy}', which does not exist; known policies: {known}",
                "Use one of the known policies in the condition.";
            UnknownPolicyInUnder => "'under' names the policy '{policy}', which does not exist; known policies: {known}",
                "Use one of the known policies in \"under\".";
            Unreachable => "no path from the start leads here",
                "Link to this node from another one, or remove it.";
            DeadEnd => "this node has no choices and is not an ending: the contact would get stuck here; add choices or an ending",
                "Add at least one choice, or mark the node as an ending.";
            NeverEnds => "no ending can be reached from here: the contact would go round forever; add a way out",
                "Add a choice that leads towards an ending.";
            NeverEndsUnderPolicy => "under the policy '{policy}' no ending can be reached from here",
                "Add a way to an ending that this policy allows.";
            NoChoiceUnderPolicy => "under the policy '{policy}' every choice here is locked; add one that policy allows",
                "Add a choice without conditions, or one this policy allows.";
            EndingWithChoices => "an ending cannot have choices: remove the choices or the ending",
                "Remove the choices, or remove \"ending\" from the node.";
            NoEnding => "the scenario has no ending: mark at least one node with an \"ending\"",
                "Add an \"ending\" to the node where the contact should finish.";
            ShippedIdClash => "the id '{id}' belongs to a scenario that comes with Frontline; give yours another id",
                "Change the scenario's \"id\" and import it again.";
            MissingText => "{field} has no {lang} text",
                "Write the text in every language the game is played in.";
            NoPersonaName => "the persona has no name",
                "Give the persona a name.";
            TextTooLong => "{field} ({lang}) is {chars} characters; the limit is {limit}",
                "Shorten the text, or split it over more turns.";
            TooManyNodes => "the scenario has {count} nodes; the limit is {limit}",
                "Split the scenario into smaller ones.";
            TooManyChoices => "this node has {count} choices; the limit is {limit}",
                "Remove choices, or move some to a follow-up node.";
            OutOfRange => "{what} is {value}; it must be between {min} and {max}",
                "Use a number from the allowed range.";
            Untranslated => "{field} is the same in every language; is the translation missing?",
                "Translate the text, or ignore this warning if it is meant to be the same.";
            OnlyAsynchronous => "\"{field}\" is only for e-mail and social contacts, not '{channel}'",
                "Remove it, or set \"channel\" to \"email\" or \"social\".";
            OnlySocial => "\"{field}\" is only for social contacts, not '{channel}'",
                "Remove it, or set \"channel\" to \"social\".";
            OneWording => "the customer says this the same way on every replay; this node has {count} answers",
                "Add \"wordings\": other ways this customer could say the same thing.";
            NoDetails => "{field} uses {placeholder}, but the persona has no \"details\" to fill it in",
                "Add \"details\" to the persona, or write the detail out.";
        }
        others {
            TweeNoPassages => "no passages: this is not a Twee file",
                "Start the file with a ':: Name' passage header.";
            TweeTextBeforeFirstPassage => "text before the first passage: a Twee file starts with a ':: Name' header",
                "Move this text into a passage, or delete it.";
            TweeHeaderWithoutName => "a passage header needs a name after '::'",
                "Write the passage's name after '::'.";
            TweeMetaNotJson => "the '{passage}' passage is not valid JSON: {detail}",
                "Fix the JSON in this passage.";
            TweeMetaNotObject => "the '{passage}' passage must be a JSON object",
                "Put the scenario's fields between { and }.";
            TweeMetaNotScenario => "the '{passage}' passage does not describe a scenario: {detail}",
                "Correct the field named in the message.";
            TweePassagesClash => "passages '{first}' and '{second}' both become node '{node}'; rename one",
                "Rename one of the passages.";
            TweeUnknownEndingTag => "unknown ending tag '{tag}': use ending-resolved, ending-unresolved or ending-gave-up",
                "Use one of the ending tags listed.";
            TweeAggressionTag => "'{tag}' needs a number, e.g. aggression-60",
                "Write the tag as aggression- followed by a number from 0 to 100.";
            TweeTextAfterLink => "text after a link: put the customer's line before the links, and choice details on '@' lines",
                "Move the text above the links, or make it an '@' line.";
            TweeAggressionNumber => "@aggression needs a number 0–100",
                "Write a number from 0 to 100 after @aggression.";
            TweeUnknownEnding => "unknown ending '{value}': use resolved, unresolved or gave-up",
                "Use one of the endings listed.";
            TweeBelongsUnderLink => "@{directive} belongs under a link",
                "Move this line below the link it describes.";
            TweeBelongsBeforeLinks => "@{directive} belongs before the links of the passage",
                "Move this line above the passage's links.";
            TweeUnknownDirective => "unknown directive '@{directive}'; known: @nl, @aggression, @ending, @summary, @summary-nl, @choice, @feedback, @feedback-nl",
                "Use one of the known directives, or remove the '@'.";
            TweeNeedsNumber => "{field} needs a number, not '{value}'",
                "Write a whole number, e.g. {field}=10.";
            TweeUnknownChoiceField => "unknown choice field '{field}'",
                "Check the spelling; see the Twee convention in assets/scenarios/README.md.";
            TweeNotPerPolicy => "'{field}': only seconds and goodwill can vary per policy here",
                "Use POLICY.seconds or POLICY.goodwill, or write the scenario in JSON.";
            TweeUnknownName => "unknown {what} '{value}'; use one of {known}",
                "Use one of the names listed.";
            TweeUnknownCondition => "unknown condition '{condition}'",
                "Use authority:NAME, policy:NAME, not_policy:NAME, METER>=N or METER<=N.";
            TweeConditionNumber => "'{condition}' needs a number after {op}",
                "Write a number from 0 to 100 after the comparison.";
            TwineNoStory => "no <tw-storydata> element: this is not a published Twine 2 story",
                "In Twine, use Publish to File and import that file.";
            TwineStoryTagOpen => "the <tw-storydata> tag is not closed",
                "Publish the story from Twine again; the file is damaged.";
            TwinePassageTagOpen => "a <tw-passagedata> tag is not closed",
                "Publish the story from Twine again; the file is damaged.";
            TwinePassageNotClosed => "a <tw-passagedata> element has no closing tag",
                "Publish the story from Twine again; the file is damaged.";
            TwineNoPassages => "the story has no passages (<tw-passagedata>)",
                "Write the story's passages in Twine, then publish it again.";
            TwineEndingAssumed => "passage '{passage}' has no links: it is read as an ending where the customer's issue stays unresolved",
                "Tag the passage ending-resolved or ending-gave-up if it ends otherwise, and add '@summary' for the debrief.";
            TwineCodeStripped => "passage '{passage}': {construct} was removed; Frontline cannot play it",
                "Remove it from the story, or write what it does as an '@choice' line (see the Twine section of the format guide).";
            TwineConditionIgnored => "passage '{passage}': the condition {construct} does not map to Frontline's state; what it guards is always there",
                "Use $mood, $patience, $trust or $effort with >= or <=, $policy is \"NAME\", or '@choice requires=…'.";
            TwineDefaults => "Twine has no place for these, so Frontline used defaults: {defaults}",
                "Set them in a passage named Frontline (channel, kind, difficulty, summary, persona) and on '@choice' lines.";
            TwineOneLanguage => "the story has no {lang} text at all, and does not say which languages it is written in",
                "Add a passage named Frontline whose JSON object says \"languages\": [\"{code}\"], or write the {lang} text on '@nl' lines.";
            TwineNoFeedback => "passage '{passage}': the answer '{answer}' has no feedback; the debrief shows a general line",
                "Write what this answer teaches on a '@feedback' line under its link.";
            TwineNoSummary => "passage '{passage}' ends the contact without a summary; the debrief shows a general one",
                "Write an '@summary' line in the passage.";
            TwineSpecialPassage => "passage '{passage}' is story-format code, not part of the story: skipped",
                "Nothing to do, unless it sets the customer's state: set that in the passage named Frontline.";
            TwineNoSuchStory => "the file has no story called '{story}'; it has: {known}",
                "Use one of the names listed (frontline import FILE --story NAME).";
            TwineSeveralStories => "the file holds {count} stories; '{story}' was imported, not: {others}",
                "To import another, pick it under the result in the workshop, or run frontline import FILE --story NAME.";
            TwineLanguageGuessed => "the story does not say which language it is written in; it was read as {lang}, from its words",
                "To be sure, add a passage named Frontline whose JSON object says \"languages\": [\"{code}\"].";
            CentreAgents => "agents must be between 1 and {max}",
                "Enter a number of agents in that range.";
            CentreCalls => "calls per week must be at most {max}",
                "Enter fewer calls per week.";
            CentreOpenDays => "open days must be between 1 and 7",
                "Enter a number of days from 1 to 7.";
            CentreHours => "opening hours must run from an earlier to a later hour, within 0–24",
                "Make the closing hour later than the opening hour, and at most 24.";
            CentrePatternLength => "the hourly pattern needs one weight per open hour ({hours}), not {given}",
                "Give one weight for each hour the centre is open.";
            CentrePatternEmpty => "the hourly pattern needs at least one hour with calls",
                "Give at least one hour a weight above 0.";
            CentreWeeks => "weeks must be between 1 and 52",
                "Enter a number of weeks from 1 to 52.";
            CentrePhoneHours => "phone hours per agent must be between 1 and 60",
                "Enter a number of hours from 1 to 60.";
            CentrePercent => "percentages must be at most 100",
                "Enter percentages from 0 to 100.";
            BalanceNarrowSpread => "under the policy '{policy}' the best path scores CSAT {best} and the worst {worst}: the choices hardly matter",
                "Make the good answers help more and the poor ones hurt more, so best and worst are at least 2 CSAT apart.";
            BalanceNoResolvingPath => "under the policy '{policy}' no path solves the customer's issue",
                "Add a way to solve it that this policy allows, e.g. a standard remedy any agent may apply.";
            BalanceComplaintWithoutRemedy => "under the policy '{policy}' no path solves the complaint, and the best path reaches only CSAT {best} or its ending does not say why",
                "Add a remedy this policy allows, or let the best path reach CSAT 3 with an ending that explains why it cannot be solved.";
            BalanceMistakeOnBestPath => "this choice is marked as a mistake but lies on the best path under the policy '{policy}'",
                "Make the mistake cost what it should, or change its verdict.";
            BalanceDoubleScriptPenalty => "a scripted answer in a complex contact or a complaint carries its own mood or trust penalty; the engine already applies the script penalty",
                "Remove the negative mood and trust from the effects, or change the style.";
            BalanceBestPathLoops => "under the policy '{policy}' the best path comes back to a node it passed",
                "Make going back cost what it should, or give the loop's gains to a forward choice.";
            NotATrack => "the file cannot be read as a track: {detail}",
                "Fix the JSON at this place; docs/tracks.md shows a complete track file.";
            TrackFormat => "track format {format} is not supported; this version of Frontline reads format {supported}",
                "Set \"format\" to the supported version, or use the Frontline that wrote the file.";
            TrackBadId => "'{id}' is not a valid track id: use lowercase letters, digits and '-'",
                "Rename it, e.g. 'our-team'.";
            TrackShippedIdClash => "a track that ships with Frontline already has the id '{id}'",
                "Give your track another id, so its results are kept apart.";
            TrackNoSteps => "the track has no steps",
                "Add at least one contact or shift.";
            TrackMissingScenario => "the scenario '{scenario}' is neither shipped nor one of your own (deleted, or not imported in this browser)",
                "Import the scenario in the workshop, or remove this step.";
            TrackUnknownPolicy => "the house rules '{policy}' do not exist; known house rules: {known}",
                "Pick one of the known house rules for this step.";
            TrackRepeatedStep => "the same step as an earlier one ({key}): their results could not be told apart",
                "Remove this step, or play it under other house rules.";
            TrackNotContactOrShift => "a step names a scenario or a shift, not both and not neither",
                "Give the step either \"scenario\" or \"shift\".";
            TrackShiftTooShort => "a shift step needs at least 2 contacts, not {contacts}",
                "Set \"shift\" to 2 or more.";
            TrackMasteryPolicyUnused => "the mastery rule averages the steps under '{policy}', but no step is played under those house rules",
                "Average over all steps, or over house rules a step uses.";
            TrackMasteryOutOfRange => "the mastery rule asks for an average CSAT above 5, which no one can reach",
                "Ask for an average between 1 and 5, e.g. 3.5.";
            TrackMissingText => "{what} is empty",
                "Write it in at least one language.";
            TrackUntranslated => "{what} has no {language} text; the track shows the other language there",
                "Add the translation, or leave it if everyone reads the other language.";
        }
    }

    pub fn term(term: Term) -> &'static str {
        use Term::*;
        match term {
            Title => "the title",
            Description => "the description",
            Summary => "the summary",
            Objective => "the learning objective",
            DiscussionQuestion => "a discussion question",
            PersonaDescription => "the persona's description",
            CustomerLine => "the customer's line",
            Narration => "the narration",
            PersonaDetail => "a detail of the persona's story",
            EndingSummary => "the ending's summary",
            AgentAnswer => "the agent's answer",
            Feedback => "the feedback",
            FeedbackUnder => "the feedback under {policy}",
            ScenarioId => "the scenario id",
            NodeId => "the node id",
            ChoiceId => "the choice id",
            PersonaTrait => "the persona's {trait}",
            StartingMeter => "the starting {meter}",
            Aggression => "aggression",
            Effect => "the effect on {meter}",
            Seconds => "seconds",
            Goodwill => "goodwill",
            ConditionValue => "a condition's value",
            EffectUnder => "under {policy}, the effect on {meter}",
            SecondsUnder => "under {policy}, the seconds",
            GoodwillUnder => "under {policy}, the goodwill",
            ReplyWithin => "the promised reply time (reply_within, in seconds)",
            Waiting => "the time already waited (waiting, in seconds)",
            Watching => "the audience (watching)",
            Mood => "mood",
            Patience => "patience",
            Trust => "trust",
            Effort => "effort",
            Speed => "speed",
            Warmth => "warmth",
            Expectations => "expectations",
            Complexity => "complexity",
            Style => "style",
            Tone => "tone",
            Authority => "authority",
            Meter => "meter",
            English => "English",
            Dutch => "Dutch",
        }
    }
}

mod nl {
    use super::{Code, Term};

    super::words! {
        scenario {
            FileTooLarge => "het bestand is {size} kB; de grens ligt bij {limit} kB",
                "Verdeel het scenario over kleinere scenario's of kort de teksten in.";
            NestedTooDeep => "meer dan {limit} niveaus diep genest",
                "Controleer de haakjes rond deze plek; zo diep nest een scenario nooit.";
            NotAScenario => "het bestand is niet als scenario te lezen: {detail}",
                "Verbeter de JSON op deze plek; `frontline schema` laat de verwachte opbouw zien.";
            UnsupportedFormat => "formaat {format} wordt niet ondersteund; deze versie van Frontline leest formaat {supported}",
                "Zet \"format\" op de ondersteunde versie, of gebruik de Frontline waarmee het bestand is gemaakt.";
            BadId => "{what} '{id}' is geen geldige id: gebruik 1 tot {max} kleine letters, cijfers, '-' of '_'",
                "Kies een andere naam, bijvoorbeeld 'naam-vragen', en pas alle verwijzingen ernaar aan.";
            DuplicateNode => "er is meer dan één knoop met de id '{node}'",
                "Geef elke knoop een eigen id.";
            DuplicateChoice => "knoop '{node}' heeft meer dan één keuze met de id '{choice}'",
                "Geef elke keuze binnen een knoop een eigen id.";
            UnknownStart => "het begin is '{start}', maar die knoop bestaat niet in dit scenario",
                "Zet \"start\" op de id van een bestaande knoop.";
            UnknownNext => "gaat naar '{next}', maar die knoop bestaat niet in dit scenario",
                "Verbeter de id bij \"next\" of voeg de ontbrekende knoop toe.";
            UnknownPolicyInCondition => "een voorwaarde noemt de huisregels '{policy}', maar die bestaan niet; bekende huisregels: {known}",
                "Gebruik in de voorwaarde een van de bekende huisregels.";
            UnknownPolicyInUnder => "'under' noemt de huisregels '{policy}', maar die bestaan niet; bekende huisregels: {known}",
                "Gebruik bij \"under\" een van de bekende huisregels.";
            Unreachable => "geen enkel pad vanaf het begin komt hier uit",
                "Verwijs vanuit een andere knoop naar deze knoop, of haal hem weg.";
            DeadEnd => "deze knoop heeft geen keuzes en is geen einde: het gesprek loopt hier vast; voeg keuzes of een einde toe",
                "Voeg minstens één keuze toe, of maak van de knoop een einde.";
            NeverEnds => "vanaf hier is geen einde te bereiken: het gesprek blijft eindeloos rondgaan; maak een uitweg",
                "Voeg een keuze toe die richting een einde gaat.";
            NeverEndsUnderPolicy => "onder de huisregels '{policy}' is vanaf hier geen einde te bereiken",
                "Maak een weg naar een einde die deze huisregels toestaan.";
            NoChoiceUnderPolicy => "onder de huisregels '{policy}' zijn alle keuzes hier geblokkeerd; voeg er een toe die wel mag",
                "Voeg een keuze toe zonder voorwaarden, of een die deze huisregels toestaan.";
            EndingWithChoices => "een einde kan geen keuzes hebben: haal de keuzes of het einde weg",
                "Haal de keuzes weg, of haal \"ending\" weg bij de knoop.";
            NoEnding => "het scenario heeft geen einde: geef minstens één knoop een \"ending\"",
                "Zet een \"ending\" bij de knoop waar het gesprek moet eindigen.";
            ShippedIdClash => "de id '{id}' is al van een scenario dat bij Frontline hoort; geef het jouwe een andere id",
                "Verander de \"id\" van het scenario en importeer het opnieuw.";
            MissingText => "{field} ontbreekt in het {lang}",
                "Schrijf de tekst in elke taal waarin het spel gespeeld wordt.";
            NoPersonaName => "de persona heeft geen naam",
                "Geef de persona een naam.";
            TextTooLong => "{field} ({lang}) telt {chars} tekens; de grens ligt bij {limit}",
                "Kort de tekst in of verdeel hem over meer beurten.";
            TooManyNodes => "het scenario heeft {count} knopen; de grens ligt bij {limit}",
                "Verdeel het scenario over kleinere scenario's.";
            TooManyChoices => "deze knoop heeft {count} keuzes; de grens ligt bij {limit}",
                "Haal keuzes weg of verplaats er een paar naar een vervolgknoop.";
            OutOfRange => "{what}: {value} ligt niet tussen {min} en {max}",
                "Kies een getal binnen het toegestane bereik.";
            Untranslated => "{field} is in elke taal hetzelfde; is de vertaling vergeten?",
                "Vertaal de tekst, of negeer deze waarschuwing als hij echt hetzelfde moet zijn.";
            OnlyAsynchronous => "\"{field}\" hoort alleen bij e-mail en sociale media, niet bij '{channel}'",
                "Haal het weg, of zet \"channel\" op \"email\" of \"social\".";
            OnlySocial => "\"{field}\" hoort alleen bij sociale media, niet bij '{channel}'",
                "Haal het weg, of zet \"channel\" op \"social\".";
            OneWording => "de klant zegt dit bij elke herhaling op dezelfde manier; deze knoop heeft {count} antwoorden",
                "Voeg \"wordings\" toe: andere manieren waarop deze klant hetzelfde kan zeggen.";
            NoDetails => "{field} gebruikt {placeholder}, maar de persona heeft geen \"details\" om dat in te vullen",
                "Voeg \"details\" toe aan de persona, of schrijf het detail voluit.";
        }
        others {
            TweeNoPassages => "geen passages: dit is geen Twee-bestand",
                "Begin het bestand met een passagekop ':: Naam'.";
            TweeTextBeforeFirstPassage => "tekst vóór de eerste passage: een Twee-bestand begint met een kop ':: Naam'",
                "Zet deze tekst in een passage, of haal hem weg.";
            TweeHeaderWithoutName => "na '::' hoort de naam van de passage",
                "Schrijf de naam van de passage achter '::'.";
            TweeMetaNotJson => "de passage '{passage}' is geen geldige JSON: {detail}",
                "Verbeter de JSON in deze passage.";
            TweeMetaNotObject => "de passage '{passage}' moet een JSON-object zijn",
                "Zet de velden van het scenario tussen { en }.";
            TweeMetaNotScenario => "de passage '{passage}' beschrijft geen scenario: {detail}",
                "Verbeter het veld dat in de melding genoemd wordt.";
            TweePassagesClash => "de passages '{first}' en '{second}' worden allebei knoop '{node}'; geef er een een andere naam",
                "Geef een van de passages een andere naam.";
            TweeUnknownEndingTag => "onbekend eindlabel '{tag}': gebruik ending-resolved, ending-unresolved of ending-gave-up",
                "Gebruik een van de genoemde eindlabels.";
            TweeAggressionTag => "bij '{tag}' hoort een getal, bijvoorbeeld aggression-60",
                "Schrijf het label als aggression- met daarachter een getal van 0 tot en met 100.";
            TweeTextAfterLink => "tekst na een link: zet de zin van de klant vóór de links, en details van een keuze op regels met '@'",
                "Zet de tekst boven de links, of maak er een regel met '@' van.";
            TweeAggressionNumber => "achter @aggression hoort een getal van 0 tot en met 100",
                "Schrijf achter @aggression een getal van 0 tot en met 100.";
            TweeUnknownEnding => "onbekend einde '{value}': gebruik resolved, unresolved of gave-up",
                "Gebruik een van de genoemde eindes.";
            TweeBelongsUnderLink => "@{directive} hoort onder een link",
                "Zet deze regel onder de link waar hij bij hoort.";
            TweeBelongsBeforeLinks => "@{directive} hoort vóór de links van de passage",
                "Zet deze regel boven de links van de passage.";
            TweeUnknownDirective => "onbekende aanwijzing '@{directive}'; bekend zijn: @nl, @aggression, @ending, @summary, @summary-nl, @choice, @feedback, @feedback-nl",
                "Gebruik een van de bekende aanwijzingen, of haal de '@' weg.";
            TweeNeedsNumber => "bij {field} hoort een getal, niet '{value}'",
                "Schrijf een heel getal, bijvoorbeeld {field}=10.";
            TweeUnknownChoiceField => "onbekend keuzeveld '{field}'",
                "Controleer de spelling; zie de Twee-afspraken in assets/scenarios/README.md.";
            TweeNotPerPolicy => "'{field}': hier kunnen alleen seconds en goodwill per huisregel verschillen",
                "Gebruik HUISREGEL.seconds of HUISREGEL.goodwill, of schrijf het scenario in JSON.";
            TweeUnknownName => "onbekende {what} '{value}'; kies uit {known}",
                "Gebruik een van de genoemde namen.";
            TweeUnknownCondition => "onbekende voorwaarde '{condition}'",
                "Gebruik authority:NAAM, policy:NAAM, not_policy:NAAM, METER>=N of METER<=N.";
            TweeConditionNumber => "in '{condition}' hoort na {op} een getal",
                "Schrijf na de vergelijking een getal van 0 tot en met 100.";
            TwineNoStory => "geen element <tw-storydata>: dit is geen gepubliceerd Twine 2-verhaal",
                "Kies in Twine voor Publish to File en importeer dat bestand.";
            TwineStoryTagOpen => "de tag <tw-storydata> wordt niet gesloten",
                "Publiceer het verhaal opnieuw vanuit Twine; het bestand is beschadigd.";
            TwinePassageTagOpen => "een tag <tw-passagedata> wordt niet gesloten",
                "Publiceer het verhaal opnieuw vanuit Twine; het bestand is beschadigd.";
            TwinePassageNotClosed => "een element <tw-passagedata> heeft geen sluittag",
                "Publiceer het verhaal opnieuw vanuit Twine; het bestand is beschadigd.";
            TwineNoPassages => "het verhaal heeft geen passages (<tw-passagedata>)",
                "Schrijf de passages van het verhaal in Twine en publiceer het opnieuw.";
            TwineEndingAssumed => "passage '{passage}' heeft geen links: ze wordt gelezen als een einde waarin de vraag van de klant niet is opgelost",
                "Geef de passage het label ending-resolved of ending-gave-up als ze anders afloopt, en schrijf een '@summary' voor de nabespreking.";
            TwineCodeStripped => "passage '{passage}': {construct} is weggehaald; Frontline kan het niet spelen",
                "Haal het uit het verhaal, of schrijf wat het doet op een regel '@choice' (zie het Twine-deel van de formaatgids).";
            TwineConditionIgnored => "passage '{passage}': de voorwaarde {construct} past niet op de toestand in Frontline; wat ze bewaakt is er altijd",
                "Gebruik $mood, $patience, $trust of $effort met >= of <=, $policy is \"NAAM\", of '@choice requires=…'.";
            TwineDefaults => "Twine heeft hier geen plek voor, dus Frontline gebruikte standaardwaarden: {defaults}",
                "Zet ze in een passage met de naam Frontline (channel, kind, difficulty, summary, persona) en op regels '@choice'.";
            TwineOneLanguage => "het verhaal heeft helemaal geen tekst in het {lang}, en zegt niet in welke talen het geschreven is",
                "Voeg een passage met de naam Frontline toe waarvan het JSON-object \"languages\": [\"{code}\"] zegt, of schrijf de tekst in het {lang} op regels '@nl'.";
            TwineNoFeedback => "passage '{passage}': het antwoord '{answer}' heeft geen feedback; de nabespreking toont een algemene zin",
                "Schrijf op een regel '@feedback' onder de link wat dit antwoord leert.";
            TwineNoSummary => "passage '{passage}' sluit het contact af zonder samenvatting; de nabespreking toont een algemene",
                "Schrijf een regel '@summary' in de passage.";
            TwineSpecialPassage => "passage '{passage}' is code van het verhaalformaat, geen deel van het verhaal: overgeslagen",
                "Niets te doen, tenzij ze de toestand van de klant instelt: zet die in de passage met de naam Frontline.";
            TwineNoSuchStory => "het bestand heeft geen verhaal met de naam '{story}'; wel: {known}",
                "Gebruik een van de genoemde namen (frontline import BESTAND --story NAAM).";
            TwineSeveralStories => "het bestand bevat {count} verhalen; '{story}' is geïmporteerd, niet: {others}",
                "Wil je een ander, kies het dan in de werkplaats onder het resultaat, of gebruik frontline import BESTAND --story NAAM.";
            TwineLanguageGuessed => "het verhaal zegt niet in welke taal het geschreven is; het is als {lang} gelezen, op grond van de woorden",
                "Voeg voor de zekerheid een passage met de naam Frontline toe waarvan het JSON-object \"languages\": [\"{code}\"] zegt.";
            CentreAgents => "het aantal medewerkers moet tussen 1 en {max} liggen",
                "Vul een aantal medewerkers binnen dat bereik in.";
            CentreCalls => "het aantal gesprekken per week mag hoogstens {max} zijn",
                "Vul minder gesprekken per week in.";
            CentreOpenDays => "het aantal dagen open per week moet tussen 1 en 7 liggen",
                "Vul een aantal dagen van 1 tot en met 7 in.";
            CentreHours => "de openingstijden moeten van een vroeger naar een later uur lopen, binnen 0–24",
                "Laat de sluitingstijd na de openingstijd vallen, en uiterlijk op 24.";
            CentrePatternLength => "het uurpatroon heeft één gewicht per openingsuur nodig ({hours}), niet {given}",
                "Geef elk uur dat het centrum open is een gewicht.";
            CentrePatternEmpty => "het uurpatroon heeft minstens één uur met gesprekken nodig",
                "Geef minstens één uur een gewicht boven 0.";
            CentreWeeks => "het aantal weken moet tussen 1 en 52 liggen",
                "Vul een aantal weken van 1 tot en met 52 in.";
            CentrePhoneHours => "het aantal telefoonuren per medewerker moet tussen 1 en 60 liggen",
                "Vul een aantal uren van 1 tot en met 60 in.";
            CentrePercent => "percentages mogen hoogstens 100 zijn",
                "Vul percentages van 0 tot en met 100 in.";
            BalanceNarrowSpread => "onder de huisregels '{policy}' scoort het beste pad CSAT {best} en het slechtste {worst}: de keuzes maken nauwelijks uit",
                "Laat goede antwoorden meer helpen en zwakke meer kosten, zodat beste en slechtste minstens 2 CSAT uit elkaar liggen.";
            BalanceNoResolvingPath => "onder de huisregels '{policy}' lost geen enkel pad het probleem van de klant op",
                "Voeg een oplossing toe die deze huisregels toestaan, bijvoorbeeld een standaardoplossing die elke medewerker mag toepassen.";
            BalanceComplaintWithoutRemedy => "onder de huisregels '{policy}' lost geen enkel pad de klacht op, en het beste pad haalt maar CSAT {best} of het einde zegt niet waarom",
                "Voeg een oplossing toe die deze huisregels toestaan, of laat het beste pad CSAT 3 halen met een einde dat uitlegt waarom het niet op te lossen is.";
            BalanceMistakeOnBestPath => "deze keuze is als fout gemarkeerd, maar ligt op het beste pad onder de huisregels '{policy}'",
                "Laat de fout kosten wat ze moet kosten, of pas het oordeel aan.";
            BalanceDoubleScriptPenalty => "een scriptantwoord bij een ingewikkeld contact of een klacht heeft een eigen straf op stemming of vertrouwen; de engine rekent de scriptstraf al",
                "Haal de negatieve stemming en het negatieve vertrouwen uit de effecten, of kies een andere stijl.";
            BalanceBestPathLoops => "onder de huisregels '{policy}' komt het beste pad terug bij een knooppunt waar het al langskwam",
                "Laat teruggaan kosten wat het moet kosten, of geef de winst van de lus aan een keuze die verder gaat.";
            NotATrack => "het bestand is niet te lezen als traject: {detail}",
                "Verbeter de JSON op deze plek; docs/tracks.md toont een volledig trajectbestand.";
            TrackFormat => "trajectformaat {format} wordt niet ondersteund; deze versie van Frontline leest formaat {supported}",
                "Zet \"format\" op de ondersteunde versie, of gebruik de Frontline die het bestand schreef.";
            TrackBadId => "'{id}' is geen geldige id voor een traject: gebruik kleine letters, cijfers en '-'",
                "Geef een andere id, bijvoorbeeld 'ons-team'.";
            TrackShippedIdClash => "een traject dat met Frontline meekomt heeft al de id '{id}'",
                "Geef je traject een andere id, zodat de resultaten gescheiden blijven.";
            TrackNoSteps => "het traject heeft geen stappen",
                "Voeg minstens één gesprek of dienst toe.";
            TrackMissingScenario => "het scenario '{scenario}' komt niet met Frontline mee en is ook niet een van je eigen scenario's (verwijderd, of niet in deze browser geïmporteerd)",
                "Importeer het scenario in de werkplaats, of haal deze stap weg.";
            TrackUnknownPolicy => "de huisregels '{policy}' bestaan niet; bekende huisregels: {known}",
                "Kies voor deze stap een van de bekende huisregels.";
            TrackRepeatedStep => "dezelfde stap als een eerdere ({key}): hun resultaten zijn niet uit elkaar te houden",
                "Haal deze stap weg, of speel hem onder andere huisregels.";
            TrackNotContactOrShift => "een stap noemt een scenario of een dienst, niet allebei en niet geen van beide",
                "Geef de stap \"scenario\" of \"shift\".";
            TrackShiftTooShort => "een dienst als stap heeft minstens 2 gesprekken nodig, niet {contacts}",
                "Zet \"shift\" op 2 of meer.";
            TrackMasteryPolicyUnused => "de beheersingsregel middelt over de stappen onder '{policy}', maar geen stap wordt onder die huisregels gespeeld",
                "Middel over alle stappen, of over huisregels die een stap gebruikt.";
            TrackMasteryOutOfRange => "de beheersingsregel vraagt een gemiddelde CSAT boven 5, en dat haalt niemand",
                "Vraag een gemiddelde tussen 1 en 5, bijvoorbeeld 3,5.";
            TrackMissingText => "{what} is leeg",
                "Schrijf het in minstens één taal.";
            TrackUntranslated => "{what} ontbreekt in het {language}; het traject toont daar de andere taal",
                "Voeg de vertaling toe, of laat het zo als iedereen de andere taal leest.";
        }
    }

    pub fn term(term: Term) -> &'static str {
        use Term::*;
        match term {
            Title => "de titel",
            Description => "de beschrijving",
            Summary => "de samenvatting",
            Objective => "het leerdoel",
            DiscussionQuestion => "een gespreksvraag",
            PersonaDescription => "de beschrijving van de persona",
            CustomerLine => "de zin van de klant",
            Narration => "de verteltekst",
            PersonaDetail => "een detail uit het verhaal van de persona",
            EndingSummary => "de samenvatting van het einde",
            AgentAnswer => "het antwoord van de medewerker",
            Feedback => "de feedback",
            FeedbackUnder => "de feedback onder {policy}",
            ScenarioId => "de id van het scenario",
            NodeId => "de id van de knoop",
            ChoiceId => "de id van de keuze",
            PersonaTrait => "{trait} van de persona",
            StartingMeter => "{meter} aan het begin",
            Aggression => "de agressie",
            Effect => "het effect op {meter}",
            Seconds => "het aantal seconden",
            Goodwill => "de coulance",
            ConditionValue => "de waarde van een voorwaarde",
            EffectUnder => "onder {policy} het effect op {meter}",
            SecondsUnder => "onder {policy} het aantal seconden",
            GoodwillUnder => "onder {policy} de coulance",
            ReplyWithin => "de beloofde antwoordtijd (reply_within, in seconden)",
            Waiting => "de tijd die al gewacht is (waiting, in seconden)",
            Watching => "het publiek (watching)",
            Mood => "de stemming",
            Patience => "het geduld",
            Trust => "het vertrouwen",
            Effort => "de moeite",
            Speed => "de snelheid",
            Warmth => "de warmte",
            Expectations => "de verwachtingen",
            Complexity => "de complexiteit",
            Style => "stijl",
            Tone => "toon",
            Authority => "bevoegdheid",
            Meter => "meter",
            English => "Engels",
            Dutch => "Nederlands",
        }
    }
}
