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

use crate::engine::centre::week::ArrivalShape;
use crate::engine::check::diagnostic::Location;
use crate::engine::model::scenario::{Channel, Difficulty, Outcome, Style};
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
    /// Why an answer cannot be given, in a sentence.
    fn lock(l: &Lock) -> String;
    /// A word for a mood value, so the meters never rely on colour alone.
    fn mood_word(v: i32) -> &'static str;
    fn patience_word(v: i32) -> &'static str;
    /// A word for the onlookers' net reactions (−100…100).
    fn onlookers_word(net: i32) -> &'static str;
    /// How a contact ended; the workshop's map shows it too.
    fn outcome(o: Outcome) -> &'static str;
    fn nps_class(c: NpsClass) -> &'static str;
    /// The mood chart in words: first, last, lowest, highest, answers.
    fn mood_summary(first: i32, last: i32, low: i32, high: i32, answers: usize) -> String;
    /// Where the path stands: CSAT, percentile, paths, whether all were played.
    fn standing(csat: u8, percentile: u8, paths: u64, exact: bool) -> String;
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
    pub load_error: &'static str,
    /// Around the storage key the unreadable data was kept under.
    pub storage_notice: Around,
    pub dismiss: &'static str,
    pub you: &'static str,
    /// Around the customer's name.
    pub customer_typing: Around,
    pub your_answer: &'static str,
    pub mood: &'static str,
    pub patience: &'static str,
    pub clock: &'static str,
    /// After the clock, once the contact runs over the target.
    pub over_target: &'static str,
    /// Around the name the agent goes by on this line.
    pub alias: Around,
    /// An e-mail or a post: when the customer wrote ("3 h 50 min" + `ago`).
    pub wrote: &'static str,
    pub ago: &'static str,
    pub just_now: &'static str,
    /// The response time promised, and around what is left of it.
    pub reply_within: &'static str,
    pub left: Around,
    pub promise_run_out: &'static str,
    pub late_replies: &'static str,
    /// The short unit for hours ("3 h").
    pub hours: &'static str,
    /// A public post's onlookers, and how many watch.
    pub onlookers: &'static str,
    pub watching: &'static str,
    /// On a reply that goes to direct messages.
    pub private_reply: &'static str,
    pub reputation: &'static str,
    pub customer_left: &'static str,
    pub stuck: &'static str,
    pub to_debrief: &'static str,
    pub back_to_shift: &'static str,
    pub shift_link: &'static str,
    pub workshop_link: &'static str,
    pub own_badge: &'static str,
    pub own_unreadable: &'static str,
    pub keys_hint: &'static str,
    pub locked: &'static str,
    pub debrief_title: &'static str,
    pub manager_card: &'static str,
    pub customer_card: &'static str,
    pub handle_time: &'static str,
    pub target: &'static str,
    pub adherence: &'static str,
    pub transfers: &'static str,
    pub unverified_change: &'static str,
    pub per_hour: &'static str,
    pub rating: &'static str,
    pub csat: &'static str,
    pub nps: &'static str,
    pub fcr: &'static str,
    pub effort: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub goodwill: &'static str,
    pub stress: &'static str,
    /// The heading over the list of where the agent's stress came from.
    pub strain_sources: &'static str,
    pub mood_chart: &'static str,
    pub your_choices: &'static str,
    pub standing: &'static str,
    pub best_path: &'static str,
    pub script_path: &'static str,
    pub worst_path: &'static str,
    pub play_again: &'static str,
    pub play_other: &'static str,
    pub back_to_list: &'static str,
    pub views_disagree: &'static str,
    pub no_debrief: &'static str,
    pub contact_outdated: &'static str,
    pub under_policy: &'static str,
    pub tracks_heading: &'static str,
    pub tracks_intro: &'static str,
    pub tracks_needs_profile: &'static str,
    pub track_open: &'static str,
    pub objective: &'static str,
    pub discussion_heading: &'static str,
    pub back_to_track: &'static str,
    pub best_older: &'static str,
}

impl Game {
    /// How a contact ended, when it did not reach an ending of the scenario.
    pub fn end_reason(&self, r: EndReason) -> &'static str {
        match r {
            EndReason::PatienceRanOut => self.customer_left,
            EndReason::NoWayForward | EndReason::TooLong => self.stuck,
            EndReason::Ending => "",
        }
    }
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

    #[test]
    fn sentences_carry_their_numbers_in_every_language() {
        for l in LANGS {
            let s = standing(l, 4, 73, 120, false);
            assert!(
                s.contains('4') && s.contains("73") && s.contains("120"),
                "{s}"
            );
            assert_ne!(s, standing(l, 4, 73, 120, true));
            let m = mood_summary(l, 41, 67, 12, 88, 5);
            for n in ["41", "67", "12", "88", "5"] {
                assert!(m.contains(n), "{m}");
            }
            let goodwill = lock(l, &Lock::OverGoodwillBudget { cost: 30, left: 12 });
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
                let text = lock(l, &reason);
                assert!(text.ends_with('.') && text.chars().next().unwrap().is_uppercase());
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
        let low = |meter| lock(Lang::Nl, &Lock::MeterTooLow { meter, min: 50 });
        assert!(low(Meter::Mood).starts_with("De stemming van de klant"));
        assert!(low(Meter::Trust).starts_with("Het vertrouwen van de klant"));
    }

    #[test]
    fn the_shown_texts_the_browser_tests_rely_on() {
        let (en, nl) = (game(Lang::En), game(Lang::Nl));
        assert_eq!(en.customer_typing, ("", " is typing…"));
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
