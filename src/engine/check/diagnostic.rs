//! A diagnostic: what is wrong with a scenario file (or the centre's
//! settings), where, and the names and numbers involved. It carries no
//! words: [`Diagnostic::message`] and [`Diagnostic::hint`] word it in a
//! language from the catalogue (`catalogue.rs`), so the CLI, the workshop,
//! the game and the manager page all say the same thing, each in its own
//! language. Every code is listed in `docs/diagnostics.md`.

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use crate::engine::check::catalogue;
use crate::engine::model::text::Lang;

/// Where a diagnostic sits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Location {
    /// A place in the file text (syntax errors), 1-based.
    File {
        line: usize,
        column: usize,
    },
    /// The scenario as a whole (its title, persona, start…).
    Scenario,
    Node {
        node: String,
    },
    Choice {
        node: String,
        choice: String,
    },
    /// The settings of a simulated contact centre (not a scenario file).
    Centre,
    /// A track file as a whole (its id, title, mastery rule…).
    Track,
    /// One step of a track, counted from 1 as the workshop shows them.
    Step {
        step: usize,
    },
}

/// How bad: an error stops a scenario from being played (and makes
/// `frontline lint` exit 1); a warning is worth a look but does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// As `frontline lint` prints it: `error`, `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $id:literal $severity:ident,)*) => {
        /// What is wrong, one variant per stable code. Codes are grouped by
        /// area: FL01xx the file and its syntax, FL02xx ids, structure and
        /// links, FL03xx content, numbers and translations, FL04xx importing
        /// Twee and Twine, FL05xx a contact centre's settings, FL06xx
        /// balance (whether choices matter under every policy), FL07xx a
        /// trainer's track. A code is never renumbered or reused.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in numbering order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable code, e.g. `FL0205`: six characters each, cut
            /// from one string in numbering order. A `match` returning each
            /// literal compiles to a table of pointers and lengths that
            /// every page carries, the budgeted game too (`docs/size.md`).
            pub fn id(self) -> &'static str {
                const IDS: &str = concat!($($id,)*);
                const _: () = assert!(IDS.len() == 6 * Code::ALL.len(), "every code is FL and four digits");
                let at = self as usize * 6;
                &IDS[at..at + 6]
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    FileTooLarge = "FL0101" Error,
    NestedTooDeep = "FL0102" Error,
    /// The JSON does not parse, or does not have the shape of a scenario.
    NotAScenario = "FL0103" Error,
    UnsupportedFormat = "FL0104" Error,

    BadId = "FL0201" Error,
    DuplicateNode = "FL0202" Error,
    DuplicateChoice = "FL0203" Error,
    UnknownStart = "FL0204" Error,
    UnknownNext = "FL0205" Error,
    UnknownPolicyInCondition = "FL0206" Error,
    UnknownPolicyInUnder = "FL0207" Error,
    Unreachable = "FL0208" Error,
    DeadEnd = "FL0209" Error,
    NeverEnds = "FL0210" Error,
    NeverEndsUnderPolicy = "FL0211" Error,
    NoChoiceUnderPolicy = "FL0212" Error,
    EndingWithChoices = "FL0213" Error,
    NoEnding = "FL0214" Error,
    /// An own scenario with the id of one that ships with Frontline.
    ShippedIdClash = "FL0215" Error,

    MissingText = "FL0301" Error,
    NoPersonaName = "FL0302" Error,
    TextTooLong = "FL0303" Error,
    TooManyNodes = "FL0304" Error,
    TooManyChoices = "FL0305" Error,
    OutOfRange = "FL0306" Error,
    /// A longer text that is the same in every language: most likely
    /// copied and not yet translated.
    Untranslated = "FL0307" Warning,
    /// `reply_within` or `waiting` on a phone call or a chat: they belong
    /// to the asynchronous channels (e-mail, social).
    OnlyAsynchronous = "FL0308" Error,
    /// An `audience` or a `private` reply outside a social post.
    OnlySocial = "FL0309" Error,
    /// A line at a node with two or more answers that a replay cannot word
    /// differently (`wordings`, `engine::play::persona`).
    OneWording = "FL0310" Warning,
    /// `{detail}` in a text, with no `details` in the persona to fill it.
    NoDetails = "FL0311" Error,

    TweeNoPassages = "FL0401" Error,
    TweeTextBeforeFirstPassage = "FL0402" Error,
    TweeHeaderWithoutName = "FL0403" Error,
    TweeMetaNotJson = "FL0404" Error,
    TweeMetaNotObject = "FL0405" Error,
    TweeMetaNotScenario = "FL0406" Error,
    TweePassagesClash = "FL0407" Error,
    TweeUnknownEndingTag = "FL0408" Error,
    TweeAggressionTag = "FL0409" Error,
    TweeTextAfterLink = "FL0410" Error,
    TweeAggressionNumber = "FL0411" Error,
    TweeUnknownEnding = "FL0412" Error,
    TweeBelongsUnderLink = "FL0413" Error,
    TweeBelongsBeforeLinks = "FL0414" Error,
    TweeUnknownDirective = "FL0415" Error,
    TweeNeedsNumber = "FL0416" Error,
    TweeUnknownChoiceField = "FL0417" Error,
    TweeNotPerPolicy = "FL0418" Error,
    TweeUnknownName = "FL0419" Error,
    TweeUnknownCondition = "FL0420" Error,
    TweeConditionNumber = "FL0421" Error,
    TwineNoStory = "FL0422" Error,
    TwineStoryTagOpen = "FL0423" Error,
    TwinePassageTagOpen = "FL0424" Error,
    TwinePassageNotClosed = "FL0425" Error,
    TwineNoPassages = "FL0426" Error,
    /// A passage of an ordinary Twine story without links: read as an
    /// ending, unresolved unless a tag says otherwise.
    TwineEndingAssumed = "FL0427" Warning,
    /// Story-format code Frontline cannot play, removed.
    TwineCodeStripped = "FL0428" Warning,
    /// A condition that does not map to Frontline's state: what it guards
    /// is there whatever the state.
    TwineConditionIgnored = "FL0429" Warning,
    /// Defaults for what Twine has no place for, reported once.
    TwineDefaults = "FL0430" Warning,
    /// A story with no text at all in a language, that does not declare
    /// its languages: one error instead of one per text.
    TwineOneLanguage = "FL0431" Error,
    TwineNoFeedback = "FL0432" Warning,
    TwineNoSummary = "FL0433" Warning,
    /// A passage that is story-format code (StoryInit, a header…), skipped.
    TwineSpecialPassage = "FL0434" Warning,
    /// A library archive without a story of the name asked for.
    TwineNoSuchStory = "FL0435" Error,
    /// A library archive with more stories: the first was imported.
    TwineSeveralStories = "FL0436" Warning,
    /// A story that names no language and has lines in one only: read in
    /// the one its words are in.
    TwineLanguageGuessed = "FL0437" Warning,

    CentreAgents = "FL0501" Error,
    CentreCalls = "FL0502" Error,
    CentreOpenDays = "FL0503" Error,
    CentreHours = "FL0504" Error,
    CentrePatternLength = "FL0505" Error,
    CentrePatternEmpty = "FL0506" Error,
    CentreWeeks = "FL0507" Error,
    CentrePhoneHours = "FL0508" Error,
    CentrePercent = "FL0509" Error,

    // FL06xx: balance. Whether a scenario lets the trainee's choices matter
    // under every set of house rules (`engine::analysis::balance`); all
    // warnings.
    BalanceNarrowSpread = "FL0601" Warning,
    BalanceNoResolvingPath = "FL0602" Warning,
    BalanceComplaintWithoutRemedy = "FL0603" Warning,
    BalanceMistakeOnBestPath = "FL0604" Warning,
    BalanceDoubleScriptPenalty = "FL0605" Warning,
    BalanceBestPathLoops = "FL0606" Warning,

    // FL07xx: a track a trainer made or imported (`engine::check::track`).
    /// The JSON does not parse, or does not have the shape of a track.
    NotATrack = "FL0701" Error,
    TrackFormat = "FL0702" Error,
    TrackBadId = "FL0703" Error,
    /// An own track with the id of one that ships with Frontline.
    TrackShippedIdClash = "FL0704" Error,
    TrackNoSteps = "FL0705" Error,
    /// A step names a scenario that is neither shipped nor the trainer's.
    TrackMissingScenario = "FL0706" Error,
    TrackUnknownPolicy = "FL0707" Error,
    TrackRepeatedStep = "FL0708" Error,
    TrackNotContactOrShift = "FL0709" Error,
    TrackShiftTooShort = "FL0710" Error,
    TrackMasteryPolicyUnused = "FL0711" Error,
    TrackMasteryOutOfRange = "FL0712" Error,
    /// A title or description empty in every language.
    TrackMissingText = "FL0713" Error,
    /// A title or description in one language only: shown in that one.
    TrackUntranslated = "FL0714" Warning,
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A word the catalogue supplies in each language, for an argument that is
/// itself wording: which text, which number, which language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    // Texts.
    Title,
    /// A track's description.
    Description,
    Summary,
    Objective,
    DiscussionQuestion,
    PersonaDescription,
    CustomerLine,
    /// A node's narration: what happens around the customer's line.
    Narration,
    /// One of the persona's `details`.
    PersonaDetail,
    EndingSummary,
    AgentAnswer,
    Feedback,
    /// Uses the argument `policy`.
    FeedbackUnder,
    // Ids.
    ScenarioId,
    NodeId,
    ChoiceId,
    // Numbers. `PersonaTrait` uses `trait`, `StartingMeter` and `Effect*`
    // use `meter`, `*Under` use `policy`.
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
    // Meters and traits.
    Mood,
    Patience,
    Trust,
    Effort,
    Speed,
    Warmth,
    Expectations,
    Complexity,
    // Kinds of name in a Twee file.
    Style,
    Tone,
    Authority,
    Meter,
    // Languages.
    English,
    Dutch,
}

impl Term {
    /// Every term, in declaration order (`Term::ALL[t as usize] == t`, tested).
    pub const ALL: [Term; 43] = [
        Term::Title,
        Term::Description,
        Term::Summary,
        Term::Objective,
        Term::DiscussionQuestion,
        Term::PersonaDescription,
        Term::CustomerLine,
        Term::Narration,
        Term::PersonaDetail,
        Term::EndingSummary,
        Term::AgentAnswer,
        Term::Feedback,
        Term::FeedbackUnder,
        Term::ScenarioId,
        Term::NodeId,
        Term::ChoiceId,
        Term::PersonaTrait,
        Term::StartingMeter,
        Term::Aggression,
        Term::Effect,
        Term::Seconds,
        Term::Goodwill,
        Term::ConditionValue,
        Term::EffectUnder,
        Term::SecondsUnder,
        Term::GoodwillUnder,
        Term::ReplyWithin,
        Term::Waiting,
        Term::Watching,
        Term::Mood,
        Term::Patience,
        Term::Trust,
        Term::Effort,
        Term::Speed,
        Term::Warmth,
        Term::Expectations,
        Term::Complexity,
        Term::Style,
        Term::Tone,
        Term::Authority,
        Term::Meter,
        Term::English,
        Term::Dutch,
    ];

    /// The name of a language.
    pub fn language(lang: Lang) -> Term {
        match lang {
            Lang::En => Term::English,
            Lang::Nl => Term::Dutch,
        }
    }
}

/// One argument: a name or value from the file, shown as it is; a number,
/// written the way the language writes numbers; or a term, worded.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
    Term(Term),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub code: Code,
    /// Scenario id, or empty when the file could not be read far enough.
    pub scenario: String,
    pub location: Location,
    /// Named arguments, as the catalogue's `{name}` placeholders use them.
    pub args: Vec<(&'static str, Arg)>,
}

impl Diagnostic {
    pub fn new(code: Code, location: Location) -> Self {
        Diagnostic {
            code,
            scenario: String::new(),
            location,
            args: Vec::new(),
        }
    }

    pub fn in_scenario(mut self, scenario: &str) -> Self {
        self.scenario = scenario.to_string();
        self
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, Arg::Number(value)));
        self
    }

    pub fn term(mut self, name: &'static str, term: Term) -> Self {
        self.args.push((name, Arg::Term(term)));
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The argument called `name`, if there is one.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.render(catalogue::message(lang, self.code), lang)
    }

    /// How to fix it, in `lang`.
    pub fn hint(&self, lang: Lang) -> String {
        self.render(catalogue::hint(lang, self.code), lang)
    }

    /// Where it is, in `lang`, in the short form of `frontline lint`.
    pub fn place(&self, lang: Lang) -> String {
        catalogue::place(lang, &self.location)
    }

    pub fn node(&self) -> Option<&str> {
        match &self.location {
            Location::Node { node } | Location::Choice { node, .. } => Some(node),
            _ => None,
        }
    }

    pub fn choice(&self) -> Option<&str> {
        match &self.location {
            Location::Choice { choice, .. } => Some(choice),
            _ => None,
        }
    }

    fn render(&self, template: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(template.len() + 16);
        self.render_into(&mut out, template, lang, &catalogue::In(lang), 0);
        out
    }

    /// Fill `{name}` placeholders; a term's own wording may hold more.
    fn render_into<W: Words>(
        &self,
        out: &mut String,
        template: &str,
        lang: Lang,
        words: &W,
        depth: u8,
    ) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                rest = &rest[open..];
                break;
            };
            let name = &after[..close];
            match (self.arg(name), depth < 3) {
                (Some(Arg::Text(t)), _) => out.push_str(t),
                (Some(Arg::Number(n)), _) => catalogue::push_number(out, lang, *n),
                (Some(Arg::Term(t)), true) if words.term(*t).is_some() => {
                    let term = words.term(*t).unwrap_or_default();
                    self.render_into(out, term, lang, words, depth + 1)
                }
                _ => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }
}

/// The wording a scenario file's diagnostics are told in: the catalogue
/// compiled in (`catalogue::In`), or the game's copy of it, fetched when a
/// problem is shown (`catalogue::Fetched`), or none (`catalogue::Codes`).
pub trait Words {
    /// What is wrong, for a code a scenario file can have (FL01xx–FL03xx).
    fn scenario_message(&self, code: Code) -> Option<&str>;
    fn term(&self, term: Term) -> Option<&str>;
}

/// The first `n` errors of a scenario file on one line, in `lang`, for a
/// short notice. Only the codes a scenario file can have are worded (any
/// other shows its code alone).
pub fn summary(diagnostics: &[Diagnostic], n: usize, lang: Lang) -> String {
    summary_in(diagnostics, n, lang, &catalogue::In(lang))
}

/// `summary` in the given words. The game has no catalogue compiled in
/// (about 2.8 KB gzipped): it fetches a copy (`catalogue::Fetched`) when it
/// has a problem to show, and until then, or if that fails, shows each
/// problem's place and code (`catalogue::Codes`).
pub fn summary_in<W: Words>(diagnostics: &[Diagnostic], n: usize, lang: Lang, words: &W) -> String {
    let mut out = String::new();
    for d in diagnostics.iter().filter(|d| d.is_error()).take(n) {
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(&d.place(lang));
        out.push_str(": ");
        match words.scenario_message(d.code) {
            Some(message) => {
                d.render_into(&mut out, message, lang, words, 0);
                out.push_str(" (");
                out.push_str(d.code.id());
                out.push(')');
            }
            None => out.push_str(d.code.id()),
        }
    }
    out
}

/// Diagnostics of one code, for a list a trainer reads: the first one, how
/// many there are, and where the first few are.
#[derive(Clone, Debug, PartialEq)]
pub struct Group<'a> {
    pub first: &'a Diagnostic,
    pub count: usize,
    /// The places of the first [`GROUP_PLACES`], the first one's included.
    pub places: Vec<&'a Location>,
}

/// How many places a group names.
pub const GROUP_PLACES: usize = 3;

/// Diagnostics grouped by code: errors first, then warnings, each group
/// where its code first appears.
pub fn grouped(diagnostics: &[Diagnostic]) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    for d in diagnostics {
        match groups.iter_mut().find(|g| g.first.code == d.code) {
            Some(g) => {
                g.count += 1;
                if g.places.len() < GROUP_PLACES && !g.places.contains(&&d.location) {
                    g.places.push(&d.location);
                }
            }
            None => groups.push(Group {
                first: d,
                count: 1,
                places: vec![&d.location],
            }),
        }
    }
    groups.sort_by_key(|g| g.first.severity());
    groups
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&catalogue::place(Lang::En, self))
    }
}

impl std::fmt::Display for Diagnostic {
    /// `node/choice: error[FL0205]: message`, the form `frontline lint`
    /// prints after the file name, in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.location,
            self.severity().name(),
            self.code.id(),
            self.message(Lang::En)
        )
    }
}

/// As JSON: code, severity, scenario, location, arguments, and the English
/// message and hint.
impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (name, value) in self.0 {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
        let mut d = s.serialize_struct("Diagnostic", 7)?;
        d.serialize_field("code", &self.code)?;
        d.serialize_field("severity", &self.severity())?;
        d.serialize_field("scenario", &self.scenario)?;
        d.serialize_field("location", &self.location)?;
        d.serialize_field("args", &Args(&self.args))?;
        d.serialize_field("message", &self.message(Lang::En))?;
        d.serialize_field("hint", &self.hint(Lang::En))?;
        d.end()
    }
}
