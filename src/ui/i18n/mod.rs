//! Every word the UI shows: the types here, one table per language in
//! `en.rs` and `nl.rs`.
//!
//! The tables come in sections, one per page (`Game`, `Scores`, `Shift`,
//! `Manager`, `Workshop`) plus `Shell`, the header every page shares. Each
//! section is a static of its own, so a page's wasm carries only the words it
//! shows: the game does not carry the workshop's. Sentences with numbers or
//! names in them are functions in the language's file (`per_language!`), so
//! each language puts them in its own word order; views never glue sentence
//! fragments together. (What a diagnostic says is worded in the engine's
//! catalogue, `Diagnostic::message`; only where it is, is worded here.)
//!
//! A new language is a new file, one arm in each accessor below and in
//! `per_language!`, and an entry in `LANGS`: until then every `match` here
//! is a compile error.

mod en;
mod nl;
pub mod report;

use crate::engine::centre::week::ArrivalShape;
use crate::engine::check::diagnostic::Location;
use crate::engine::model::scenario::{Authority, Channel, Difficulty, Meter, Outcome, Style};
use crate::engine::play::contact::{EndReason, Lock};
use crate::engine::play::scoring::NpsClass;
use crate::engine::Lang;

/// Every language, in the order the language switch shows them.
pub const LANGS: [Lang; 2] = [Lang::En, Lang::Nl];

pub fn shell(lang: Lang) -> &'static Shell {
    match lang {
        Lang::En => &en::SHELL,
        Lang::Nl => &nl::SHELL,
    }
}

pub fn game(lang: Lang) -> &'static Game {
    match lang {
        Lang::En => &en::GAME,
        Lang::Nl => &nl::GAME,
    }
}

/// The words of the screens after the start, as the build writes them into
/// the fetched wording (a page reads them through `Said`).
#[cfg(not(target_arch = "wasm32"))]
pub fn play(lang: Lang) -> &'static Play {
    match lang {
        Lang::En => &en::PLAY,
        Lang::Nl => &nl::PLAY,
    }
}

pub fn tracks(lang: Lang) -> &'static Tracks {
    match lang {
        Lang::En => &en::TRACKS,
        Lang::Nl => &nl::TRACKS,
    }
}

pub fn scores(lang: Lang) -> &'static Scores {
    match lang {
        Lang::En => &en::SCORES,
        Lang::Nl => &nl::SCORES,
    }
}

pub fn shift(lang: Lang) -> &'static Shift {
    match lang {
        Lang::En => &en::SHIFT,
        Lang::Nl => &nl::SHIFT,
    }
}

pub fn trainer(lang: Lang) -> &'static Trainer {
    match lang {
        Lang::En => &en::TRAINER,
        Lang::Nl => &nl::TRAINER,
    }
}

pub fn manager(lang: Lang) -> &'static Manager {
    match lang {
        Lang::En => &en::MANAGER,
        Lang::Nl => &nl::MANAGER,
    }
}

pub fn workshop(lang: Lang) -> &'static Workshop {
    match lang {
        Lang::En => &en::WORKSHOP,
        Lang::Nl => &nl::WORKSHOP,
    }
}

pub fn track_workshop(lang: Lang) -> &'static TrackWorkshop {
    match lang {
        Lang::En => &en::TRACK_WORKSHOP,
        Lang::Nl => &nl::TRACK_WORKSHOP,
    }
}

/// Words that depend on a value: a sentence with numbers in it, or the name
/// of one of the engine's terms. Each language's file has a function of the
/// same name and arguments; these pick the language's. Plain functions, not
/// fields of a section, so a page's wasm keeps only the ones it calls.
macro_rules! per_language {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(lang: Lang, $($arg: $ty),*) -> $ret {
                match lang {
                    Lang::En => en::$name($($arg),*),
                    Lang::Nl => nl::$name($($arg),*),
                }
            }
        )*
    };
}

// The game.
per_language! {
    fn channel(c: Channel) -> &'static str;
    fn difficulty(d: Difficulty) -> &'static str;
    /// How a contact ended; the workshop's map shows it (the game's debrief
    /// reads it from `Said`).
    fn outcome(o: Outcome) -> &'static str;
}

// The trainer page.
per_language! {
    /// While reading an LRS's pages or files.
    fn reading(statements: u64, pages: usize) -> String;
    /// While replaying the contacts.
    fn replaying(done: usize, total: usize) -> String;
    /// The LRS answers, but not to this page (CORS): what to ask for.
    fn fail_cors(origin: &str) -> String;
    fn fail_status(status: u16) -> String;
    fn fail_unreadable(why: &str) -> String;
    fn fail_library(why: &str) -> String;
    /// What was loaded.
    fn loaded(statements: u64, contacts: u64, trainees: usize) -> String;
    /// What could not be used.
    fn left_aside(unknown: u64, not_replayed: u64, unreadable: u64) -> String;
    /// One answer's share on the map and in the list.
    fn share(count: u64, total: u64) -> String;
    /// The most common first step off the best path, in words.
    fn mistake(prompt: &str, chosen: &str, best: &str, count: u64, plays: u64) -> String;
    /// One CSAT bar: how many contacts ended with it.
    fn csat_bar(csat: usize, count: u64, total: u64) -> String;
    /// A path most people took.
    fn path_taken(count: u64) -> String;
    /// A trainee's best CSAT on a step.
    fn best_csat(csat: u8) -> String;
}

// The tracks.
per_language! {
    /// About how long something takes.
    fn minutes(n: u32) -> String;
    /// How far along a track is.
    fn steps_done(done: usize, total: usize) -> String;
    /// A contact step: the scenario's title, under which house rules.
    fn step_contact(title: &str, policy: &str) -> String;
    /// A shift step: how many customers, under which house rules.
    fn step_shift(contacts: u32, policy: &str) -> String;
    /// A CSAT given in tenths (35 is 3.5), with the language's decimal sign.
    fn csat_tenths(tenths: u8) -> String;
    /// What mastering the track asks: every step, and perhaps an average.
    fn mastery_rule(min_tenths: Option<u8>, policy: Option<&str>) -> String;
}

// The shift page.
per_language! {
    /// The stress chart in words, from the values already joined.
    fn stress_summary(values: &str) -> String;
}

// The manager page.
per_language! {
    /// How calls spread over the day.
    fn shape_name(s: ArrivalShape) -> &'static str;
    /// How long the simulation took, in milliseconds.
    fn computed(ms: u32) -> String;
}

// The workshop.
per_language! {
    /// How many steps a kept track has.
    fn step_count(n: usize) -> String;
    /// Where a problem is, before the diagnostic's own message.
    fn location(at: &Location) -> String;
    /// How many problems were found in which file.
    fn problems_in(n: usize, file: &str) -> String;
    /// After the first problem of a kind: how many more, and where.
    fn more_like_this(n: usize, places: &str) -> String;
    /// A kept scenario with warnings worth a look.
    fn warnings_kept(n: usize) -> String;
    /// The map in a line: the scenario's title, nodes, endings, problems.
    fn map_summary(title: &str, nodes: usize, endings: usize, problems: usize) -> String;
    fn style(s: Style) -> &'static str;
}

/// A sentence with something marked up in it (a name in bold, a storage key
/// as code): the words before it and the words after it.
pub type Around = (&'static str, &'static str);

/// The header of every page.
pub struct Shell {
    /// The language's own name, on the language switch.
    pub name: &'static str,
    /// The language switch's label.
    pub language: &'static str,
    /// The main navigation's label.
    pub menu: &'static str,
    /// The link past the header to the page's content.
    pub skip: &'static str,
    /// From the manager page and the workshop.
    pub back_to_game: &'static str,
}

/// The game: its header and notices, start, the contacts, a contact, the
/// debrief. The shift page shows a contact too.
pub struct Game {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub nav_home: &'static str,
    pub nav_scores: &'static str,
    pub nav_manager: &'static str,
    pub nav_workshop: &'static str,
    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub profile_heading: &'static str,
    pub profile_name: &'static str,
    pub profile_hint: &'static str,
    pub profile_create: &'static str,
    pub profile_current: &'static str,
    pub profile_delete: &'static str,
    pub confirm_delete: &'static str,
    pub cancel: &'static str,
    pub policy_heading: &'static str,
    pub settings_heading: &'static str,
    pub typing_toggle: &'static str,
    pub start_button: &'static str,
    pub start_needs: &'static str,
    pub list_title: &'static str,
    pub list_intro: &'static str,
    pub new_badge: &'static str,
    pub best_label: &'static str,
    pub not_played: &'static str,
    pub resume: &'static str,
    pub loading: &'static str,
    /// The screens after the start, when their words (`Play`) could not be fetched.
    pub words_failed: &'static str,
    pub load_error: &'static str,
    /// Around the storage key the unreadable data was kept under.
    pub storage_notice: Around,
    pub dismiss: &'static str,
    pub back_to_shift: &'static str,
    pub shift_link: &'static str,
    pub workshop_link: &'static str,
    pub own_badge: &'static str,
    /// A scenario written only in the other language: shown in it.
    pub other_language: &'static str,
    pub own_unreadable: &'static str,
    /// The answer log takes no more contacts, and where to export it.
    pub log_full: &'static str,
    pub locked: &'static str,
    pub debrief_title: &'static str,
    pub play_again: &'static str,
    pub back_to_list: &'static str,
    pub no_debrief: &'static str,
    pub contact_outdated: &'static str,
    pub tracks_heading: &'static str,
    pub tracks_intro: &'static str,
    pub tracks_needs_profile: &'static str,
    pub track_open: &'static str,
    pub discussion_heading: &'static str,
    pub back_to_track: &'static str,
    pub best_older: &'static str,
}

/// The words of the screens after the start: a contact and its debrief (on
/// the game's page, and wherever another page shows them). They are not
/// compiled into the pages: they are the last lines of the occasional
/// wording (`words/<lang>.txt`, see `catalogue::Fetched`), which a page
/// fetches in the language played when it shows one of these screens, so a
/// page carries neither language's (docs/size.md). `PLAY` in each
/// language's file is what the build writes there, one field a line in
/// this order (`tests/it/diagnostics.rs` keeps the files equal to it); the
/// screens read the fetched copy through `Said`, one method a field. A
/// `{}` in a line is where a value goes (`fill`, `around`).
macro_rules! play_words {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The words of the screens after the start in one language, as the
        /// build writes them (`Play::lines`). Not in the wasm at all: a page
        /// that used them instead of `Said` would not compile.
        #[cfg(not(target_arch = "wasm32"))]
        pub struct Play {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl Play {
            /// Every field, in the order of the fetched file's last lines.
            pub fn lines(&self) -> Vec<&'static str> {
                vec![$(self.$name,)*]
            }
        }

        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Key {
            $($name,)*
        }

        /// How many lines the fetched copy ends with.
        const PLAY_LINES: usize = [$(Key::$name,)*].len();

        impl<'a> Said<'a> {
            $($(#[$doc])* pub fn $name(self) -> &'a str {
                self.line(Key::$name)
            })*

            /// Every field read from the fetched copy, in `Play::lines`' order.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn every(self) -> Vec<&'a str> {
                vec![$(self.$name(),)*]
            }
        }
    };
}

play_words! {
    you,
    /// The customer's name at `{}`.
    customer_typing,
    your_answer,
    keys_hint,
    mood,
    patience,
    clock,
    target,
    /// After the clock, once the contact runs over the target.
    over_target,
    /// The name the agent goes by on this line at `{}`.
    alias,
    /// An e-mail or a post: when the customer wrote ("3 h 50 min" + `ago`).
    wrote,
    ago,
    just_now,
    /// The response time promised, and (`left`) what is left of it at `{}`.
    reply_within,
    left,
    promise_run_out,
    late_replies,
    /// The short unit for hours ("3 h").
    hours,
    /// A public post's onlookers, and how many watch.
    onlookers,
    watching,
    /// On a reply that goes to direct messages.
    private_reply,
    customer_left,
    stuck,
    to_debrief,
    under_policy,
    objective,
    manager_card,
    customer_card,
    handle_time,
    adherence,
    per_hour,
    goodwill,
    rating,
    transfers,
    unverified_change,
    reputation,
    csat,
    nps,
    fcr,
    effort,
    yes,
    no,
    stress,
    /// The heading over the list of where the agent's stress came from.
    strain_sources,
    mood_chart,
    your_choices,
    standing,
    best_path,
    script_path,
    worst_path,
    play_other,
    views_disagree,
    /// A word for a mood value, so the meters never rely on colour alone:
    /// 0–19, 20–39, 40–59, 60–79, 80 and over.
    mood_furious,
    mood_upset,
    mood_neutral,
    mood_calm,
    mood_happy,
    /// Patience: 0–19, 20–49, 50 and over.
    patience_giving_up,
    patience_low,
    patience_fine,
    /// The onlookers' net reactions: −50 and under, to −10, to 9, to 49,
    /// 50 and over.
    onlookers_strongly_against,
    onlookers_against,
    onlookers_divided,
    onlookers_for,
    onlookers_strongly_for,
    promoter,
    passive,
    detractor,
    /// How a contact ended (as `outcome`).
    resolved,
    unresolved,
    gave_up,
    /// Why an answer cannot be given: the authority (`authority_…`) at `{}`.
    needs_authority,
    authority_goodwill,
    authority_competitor_order,
    authority_own_the_case,
    authority_direct_specialist,
    authority_speak_freely,
    only_under_policy,
    not_under_policy,
    /// The meter (`meter_…`), then the number.
    meter_too_low,
    meter_too_high,
    meter_mood,
    meter_patience,
    meter_trust,
    meter_effort,
    /// The cost, then what is left.
    over_goodwill,
    /// The mood chart in words: first, last, lowest, highest, answers.
    mood_summary,
    /// Where the path stands: CSAT, percentile, paths, then `sampled` or
    /// nothing.
    path_standing,
    sampled,
    /// The customer's voice (phone contacts): the setting, the control that
    /// stops a line being spoken, and that no voice speaks the language.
    hear_customer,
    stop_voice,
    no_voice,
}

/// The words of the screens after the start, as fetched: the last
/// `PLAY_LINES` lines of the occasional wording (`Play`).
#[derive(Clone, Copy)]
pub struct Said<'a>(&'a str);

impl<'a> Said<'a> {
    /// The fetched wording, if it arrived (an empty text: it could not be
    /// fetched).
    pub fn new(fetched: &'a str) -> Option<Self> {
        (!fetched.is_empty()).then_some(Said(fetched))
    }

    /// Out of line: a hundred callers each with its own copy of the
    /// search would cost more than the words.
    #[inline(never)]
    fn line(self, key: Key) -> &'a str {
        // Counted from the start, as the rest of the wording is read: a
        // search from the back would be code of its own.
        let first = self.0.lines().count().saturating_sub(PLAY_LINES);
        self.0.lines().nth(first + key as usize).unwrap_or_default()
    }

    /// How a contact ended, when it did not reach an ending of the scenario.
    pub fn end_reason(self, r: EndReason) -> &'a str {
        match r {
            EndReason::PatienceRanOut => self.customer_left(),
            EndReason::NoWayForward | EndReason::TooLong => self.stuck(),
            EndReason::Ending => "",
        }
    }

    pub fn mood_word(self, v: i32) -> &'a str {
        match v {
            ..=19 => self.mood_furious(),
            20..=39 => self.mood_upset(),
            40..=59 => self.mood_neutral(),
            60..=79 => self.mood_calm(),
            _ => self.mood_happy(),
        }
    }

    pub fn patience_word(self, v: i32) -> &'a str {
        match v {
            ..=19 => self.patience_giving_up(),
            20..=49 => self.patience_low(),
            _ => self.patience_fine(),
        }
    }

    /// A word for the onlookers' net reactions (−100…100).
    pub fn onlookers_word(self, net: i32) -> &'a str {
        match net {
            ..=-50 => self.onlookers_strongly_against(),
            -49..=-10 => self.onlookers_against(),
            -9..=9 => self.onlookers_divided(),
            10..=49 => self.onlookers_for(),
            _ => self.onlookers_strongly_for(),
        }
    }

    pub fn nps_class(self, c: NpsClass) -> &'a str {
        match c {
            NpsClass::Promoter => self.promoter(),
            NpsClass::Passive => self.passive(),
            NpsClass::Detractor => self.detractor(),
        }
    }

    pub fn outcome(self, o: Outcome) -> &'a str {
        match o {
            Outcome::Resolved => self.resolved(),
            Outcome::Unresolved => self.unresolved(),
            Outcome::GaveUp => self.gave_up(),
        }
    }

    /// Why an answer cannot be given, in a sentence.
    pub fn lock(self, l: &Lock) -> String {
        match l {
            Lock::NeedsAuthority { authority } => {
                let a = match authority {
                    Authority::Goodwill => self.authority_goodwill(),
                    Authority::CompetitorOrder => self.authority_competitor_order(),
                    Authority::OwnTheCase => self.authority_own_the_case(),
                    Authority::DirectSpecialist => self.authority_direct_specialist(),
                    Authority::SpeakFreely => self.authority_speak_freely(),
                };
                fill(self.needs_authority(), &[a])
            }
            Lock::OnlyUnderPolicy { .. } => self.only_under_policy().into(),
            Lock::NotUnderPolicy { .. } => self.not_under_policy().into(),
            Lock::MeterTooLow { meter, min: n } | Lock::MeterTooHigh { meter, max: n } => {
                let m = match meter {
                    Meter::Mood => self.meter_mood(),
                    Meter::Patience => self.meter_patience(),
                    Meter::Trust => self.meter_trust(),
                    Meter::Effort => self.meter_effort(),
                };
                let sentence = match l {
                    Lock::MeterTooLow { .. } => self.meter_too_low(),
                    _ => self.meter_too_high(),
                };
                fill(sentence, &[m, &n.to_string()])
            }
            Lock::OverGoodwillBudget { cost, left } => fill(
                self.over_goodwill(),
                &[&cost.to_string(), &left.to_string()],
            ),
        }
    }

    /// The mood chart in words: first, last, lowest, highest, answers.
    pub fn mood_line(self, first: i32, last: i32, low: i32, high: i32, answers: usize) -> String {
        let values = [first, last, low, high].map(|v| v.to_string());
        let [first, last, low, high] = values.each_ref().map(String::as_str);
        fill(
            self.mood_summary(),
            &[first, last, low, high, &answers.to_string()],
        )
    }

    /// Where the path stands: CSAT, percentile, paths, whether all were played.
    pub fn standing_line(self, csat: u8, percentile: u8, paths: u64, exact: bool) -> String {
        let sampled = if exact { "" } else { self.sampled() };
        fill(
            self.path_standing(),
            &[
                &csat.to_string(),
                &percentile.to_string(),
                &paths.to_string(),
                sampled,
            ],
        )
    }
}

/// `line` with each `{}` replaced by the next of `values`.
pub fn fill(line: &str, values: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = line;
    for value in values {
        let Some((before, after)) = rest.split_once("{}") else {
            break;
        };
        out.push_str(before);
        out.push_str(value);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The words before and after the `{}` in `line`, for something marked up
/// between them.
pub fn around(line: &str) -> (&str, &str) {
    line.split_once("{}").unwrap_or((line, ""))
}

/// The tracks: the offer on the start screen, a track's steps, and its
/// completion page.
pub struct Tracks {
    pub list_intro: &'static str,
    pub mastered: &'static str,
    pub steps_heading: &'static str,
    pub next: &'static str,
    pub locked: &'static str,
    pub done: &'static str,
    pub start: &'static str,
    pub again: &'static str,
    pub complete_heading: &'static str,
    pub complete_mastered: &'static str,
    pub complete_not_mastered: &'static str,
    pub average: &'static str,
    pub learned_heading: &'static str,
    pub results_heading: &'static str,
    pub back_to_start: &'static str,
    pub not_found: &'static str,
    /// Marks a trainer's own track in the list.
    pub own: &'static str,
    pub own_unreadable: &'static str,
}

/// How the scores work: a heading and a paragraph each.
pub struct Scores {
    pub title: &'static str,
    pub body: &'static [(&'static str, &'static str)],
    pub export: Export,
}

/// The scores page's export of the answer log.
pub struct Export {
    pub heading: &'static str,
    /// What is in the files, and that nothing is sent anywhere.
    pub about: &'static str,
    pub needs_profile: &'static str,
    pub empty: &'static str,
    /// Before the number of contacts in the log.
    pub count: &'static str,
    /// The log takes no more contacts (full, or damaged), and what to do.
    pub full: &'static str,
    pub xapi: &'static str,
    pub csv: &'static str,
    pub loading: &'static str,
    /// After a download: before the file's name.
    pub saved: &'static str,
    /// After a download: before the number of contacts left out, and why.
    pub skipped: Around,
    pub clear: &'static str,
    pub clear_confirm: &'static str,
    pub clear_yes: &'static str,
    pub cancel: &'static str,
    pub cleared: &'static str,
}

/// The shift page.
pub struct Shift {
    pub title: &'static str,
    pub intro: &'static str,
    pub start: &'static str,
    pub needs_policy: &'static str,
    pub progress: &'static str,
    pub waiting: &'static str,
    pub next_wait: &'static str,
    pub stress: &'static str,
    /// The heading over the list of where the agent's stress came from.
    pub strain_sources: &'static str,
    pub next: &'static str,
    pub resume: &'static str,
    pub take_break: &'static str,
    pub report: &'static str,
    pub finish: &'static str,
    pub history: &'static str,
    pub contacts_handled: &'static str,
    pub average_handle_time: &'static str,
    pub average_wait: &'static str,
    pub csat: &'static str,
    pub nps: &'static str,
    pub first_time: &'static str,
    pub repeat_contacts: &'static str,
    pub goodwill: &'static str,
    pub stress_chart: &'static str,
    pub csat_chart: &'static str,
}

/// The manager page.
pub struct Manager {
    pub title: &'static str,
    pub intro: &'static str,
    pub agents: &'static str,
    pub calls: &'static str,
    pub hours: &'static str,
    pub weeks: &'static str,
    pub seed: &'static str,
    pub open_days: &'static str,
    pub open_hour: &'static str,
    pub close_hour: &'static str,
    pub shape: &'static str,
    pub mix: &'static str,
    /// The agents answer as the house rules push them, mostly from the
    /// script, or mostly with empathy and own judgement.
    pub mix_policy: &'static str,
    pub mix_scripted: &'static str,
    pub mix_empathetic: &'static str,
    pub run: &'static str,
    pub results: &'static str,
    pub per_day: &'static str,
    pub erlang: &'static str,
    pub attrition: &'static str,
    /// Monday first.
    pub days: [&'static str; 7],
    pub offered: &'static str,
    pub answered: &'static str,
    pub service_level: &'static str,
    pub average_speed_of_answer: &'static str,
    pub abandoned: &'static str,
    pub average_handle_time: &'static str,
    pub csat: &'static str,
    pub nps: &'static str,
    pub first_contact_resolution: &'static str,
    pub repeat_contacts: &'static str,
    pub goodwill: &'static str,
    pub cost: &'static str,
    pub agent_stress: &'static str,
}

/// The trainer page: a group's results from an LRS or exported files.
pub struct Trainer {
    pub title: &'static str,
    pub intro: &'static str,
    pub from_lrs: &'static str,
    pub endpoint: &'static str,
    pub key: &'static str,
    pub secret: &'static str,
    pub since: &'static str,
    pub until: &'static str,
    pub kept: &'static str,
    pub load: &'static str,
    pub from_files: &'static str,
    pub files: &'static str,
    pub fail_endpoint: &'static str,
    pub fail_credentials: &'static str,
    pub fail_unreachable: &'static str,
    pub group: &'static str,
    pub pick_scenario: &'static str,
    pub map_hint: &'static str,
    pub map_list: &'static str,
    pub close: &'static str,
    pub common_paths: &'static str,
    pub unfinished: &'static str,
    pub csat_chart: &'static str,
    pub mistakes: &'static str,
    pub no_mistakes: &'static str,
    pub plays: &'static str,
    pub completions: &'static str,
    pub mean_csat: &'static str,
    pub handle_time: &'static str,
    pub goodwill: &'static str,
    pub per_trainee: &'static str,
    pub per_trainee_note: &'static str,
    pub pseudonymise: &'static str,
    pub trainee: &'static str,
    pub not_played: &'static str,
    pub started: &'static str,
    pub export: &'static str,
    pub none_yet: &'static str,
    pub outside_track: &'static str,
}

/// The scenario workshop.
pub struct Workshop {
    pub title: &'static str,
    pub intro: &'static str,
    pub import_heading: &'static str,
    pub choose_file: &'static str,
    pub drop_hint: &'static str,
    pub formats: &'static str,
    /// Around the title of a scenario just added.
    pub added: Around,
    /// Around the title of a scenario that replaced an earlier version.
    pub replaced: Around,
    pub play_hint: &'static str,
    pub fix_and_retry: &'static str,
    pub not_kept: &'static str,
    pub storage_full: &'static str,
    pub too_big: &'static str,
    pub unreadable_file: &'static str,
    pub own_heading: &'static str,
    pub none_yet: &'static str,
    pub play: &'static str,
    pub show_map: &'static str,
    pub export: &'static str,
    /// Export a scenario as a Twee story for Twine.
    pub export_twee: &'static str,
    /// Download the starter Twine story.
    pub starter: &'static str,
    pub starter_hint: &'static str,
    /// Above the other stories of a Twine library archive.
    pub archive_more: &'static str,
    /// A button importing one story of an archive: before and after its name.
    pub import_named: (&'static str, &'static str),
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub cancel: &'static str,
    pub deleted: &'static str,
    pub own_broken: &'static str,
    pub set_aside: &'static str,
    pub dismiss: &'static str,
    pub map_heading: &'static str,
    pub map_scenario: &'static str,
    pub just_imported: &'static str,
    pub view: &'static str,
    pub graph: &'static str,
    pub list: &'static str,
    pub overlay_policy: &'static str,
    pub best_path: &'static str,
    pub script_path: &'static str,
    pub played_path: &'static str,
    pub no_played_path: &'static str,
    pub overlay_needs_valid: &'static str,
    pub start: &'static str,
    pub ending: &'static str,
    pub problem: &'static str,
    pub unreachable: &'static str,
    pub leads_to: &'static str,
    pub missing_node: &'static str,
    pub graph_desc: &'static str,
    pub legend: &'static str,
    pub loading: &'static str,
}

/// The workshop's own tracks: the editor, the kept tracks, importing one.
pub struct TrackWorkshop {
    pub heading: &'static str,
    pub intro: &'static str,
    pub none_yet: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub new_heading: &'static str,
    pub edit_heading: &'static str,
    /// Title and description, per language: (English, Dutch).
    pub title: (&'static str, &'static str),
    pub description: (&'static str, &'static str),
    pub one_language: &'static str,
    pub minutes: &'static str,
    pub id: &'static str,
    pub steps_heading: &'static str,
    pub no_steps: &'static str,
    pub add_contact_heading: &'static str,
    pub scenario: &'static str,
    pub shipped_group: &'static str,
    pub own_group: &'static str,
    pub house_rules: &'static str,
    pub add_contact: &'static str,
    pub add_shift_heading: &'static str,
    pub shift_contacts: &'static str,
    pub add_shift: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    pub mastery_heading: &'static str,
    pub mastery_average: &'static str,
    pub mastery_no_minimum: &'static str,
    pub mastery_on: &'static str,
    pub mastery_all: &'static str,
    pub save: &'static str,
    pub clear: &'static str,
    /// Around the title of a track just kept.
    pub kept: Around,
    /// Around the title of a track that replaced one with its id.
    pub replaced: Around,
    pub warnings: &'static str,
    pub not_kept: &'static str,
    pub file_not_kept: &'static str,
    pub storage_full: &'static str,
    pub deleted: &'static str,
    pub edit: &'static str,
    pub open: &'static str,
    pub broken: &'static str,
    pub set_aside: &'static str,
    pub checking: &'static str,
}

/// `m:ss`, without float formatting.
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::scenario::{Authority, Meter};

    #[test]
    fn every_language_has_its_own_name_and_header() {
        let names: Vec<_> = LANGS.iter().map(|&l| shell(l).name).collect();
        assert_eq!(names, ["English", "Nederlands"]);
        for l in LANGS {
            let s = shell(l);
            for w in [s.language, s.menu, s.skip, s.back_to_game] {
                assert!(!w.is_empty(), "{l:?}");
            }
            assert_eq!(scores(l).body.len(), scores(Lang::En).body.len());
        }
    }

    /// The fetched copy of `play(l)`, as the file ends.
    fn said(l: Lang) -> String {
        let mut text = String::from("the occasional wording comes first\n");
        for line in play(l).lines() {
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    #[test]
    fn the_fetched_copy_reads_every_field_at_its_own_line() {
        for l in LANGS {
            let text = said(l);
            let w = Said::new(&text).unwrap();
            assert_eq!(w.every(), play(l).lines());
            assert_eq!(w.every().len(), PLAY_LINES);
            for line in play(l).lines() {
                assert!(
                    !line.trim().is_empty() && !line.contains('\n'),
                    "{l:?}: {line:?}"
                );
            }
        }
        assert!(Said::new("").is_none(), "a fetch that failed");
    }

    #[test]
    fn sentences_carry_their_numbers_in_every_language() {
        for l in LANGS {
            let text = said(l);
            let w = Said::new(&text).unwrap();
            let s = w.standing_line(4, 73, 120, false);
            assert!(
                s.contains('4') && s.contains("73") && s.contains("120"),
                "{s}"
            );
            assert_ne!(s, w.standing_line(4, 73, 120, true));
            let m = w.mood_line(41, 67, 12, 88, 5);
            for n in ["41", "67", "12", "88", "5"] {
                assert!(m.contains(n), "{m}");
            }
            let goodwill = w.lock(&Lock::OverGoodwillBudget { cost: 30, left: 12 });
            assert!(
                goodwill.contains("€30") && goodwill.contains("€12"),
                "{goodwill}"
            );
            for reason in [
                Lock::NeedsAuthority {
                    authority: Authority::Goodwill,
                },
                Lock::MeterTooLow {
                    meter: Meter::Trust,
                    min: 60,
                },
                Lock::MeterTooHigh {
                    meter: Meter::Effort,
                    max: 40,
                },
            ] {
                let text = w.lock(&reason);
                assert!(text.ends_with('.') && text.chars().next().unwrap().is_uppercase());
                assert!(!text.contains("{}"), "{text}");
            }
            for o in [Outcome::Resolved, Outcome::Unresolved, Outcome::GaveUp] {
                assert_eq!(
                    w.outcome(o),
                    outcome(l, o),
                    "the debrief and the workshop agree"
                );
            }
            assert!(stress_summary(l, "20, 35").ends_with("20, 35"));
            assert!(computed(l, 17).contains("17 ms"));
            let problems = problems_in(l, 3, "a.twee");
            assert!(problems.contains('3') && problems.contains("a.twee"));
            let summary = map_summary(l, "Refund", 9, 2, 1);
            assert!(summary.starts_with("Refund: 9 "), "{summary}");
        }
    }

    #[test]
    fn dutch_meters_take_their_own_article() {
        let text = said(Lang::Nl);
        let w = Said::new(&text).unwrap();
        let low = |meter| w.lock(&Lock::MeterTooLow { meter, min: 50 });
        assert!(low(Meter::Mood).starts_with("De stemming van de klant"));
        assert!(low(Meter::Trust).starts_with("Het vertrouwen van de klant"));
        assert_eq!(
            w.lock(&Lock::MeterTooHigh {
                meter: Meter::Effort,
                max: 40
            }),
            "De moeite van de klant is hiervoor te hoog (hooguit 40)."
        );
    }

    #[test]
    fn the_shown_texts_the_browser_tests_rely_on() {
        let (en, nl) = (play(Lang::En), play(Lang::Nl));
        assert_eq!(around(en.customer_typing), ("", " is typing…"));
        assert_eq!(around(en.alias), ("On this line you are ", ""));
        assert_eq!(nl.over_target, "over de norm");
        assert_eq!(shell(Lang::Nl).menu, "Hoofdmenu");
        assert_eq!(shell(Lang::Nl).language, "Taal");
        assert_eq!(shift(Lang::En).contacts_handled, "Contacts handled");
        assert_eq!(manager(Lang::En).service_level, "Service level (20 s)");
        assert!(workshop(Lang::En)
            .replaced
            .1
            .contains("replaced your earlier version"));
        let at = Location::File { line: 4, column: 3 };
        assert_eq!(location(Lang::En, &at), "Line 4, column 3");
        assert_eq!(location(Lang::Nl, &at), "Regel 4, kolom 3");
    }
}
