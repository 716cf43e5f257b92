//! The scenarios a page can play: the shipped ones in one language and the
//! trainer's own. Fetching them is the browser's business (`ui::game::library`);
//! what is made of the bytes that arrive, and of a library that arrives late,
//! is decided here.

use std::rc::Rc;

use crate::engine::check::diagnostic::Diagnostic;
use crate::engine::check::load;
use crate::engine::model::scenario::{Channel, ContactKind, Difficulty};
use crate::engine::model::track::Track;
use crate::engine::play::debrief::{Spread, Standing};
use crate::engine::wire::keyed::Keyed;
use crate::engine::{Lang, Scenario, Text};
use crate::saved::own_scenarios::OwnScenarios;

/// A scenario as the list shows it: what the index says of it, before (or
/// without) fetching the scenario itself.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Listed {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub channel: Channel,
    pub kind: ContactKind,
    pub difficulty: Difficulty,
    #[serde(default)]
    pub objective: Option<Text>,
    #[serde(default)]
    pub minutes: Option<u32>,
    /// Where its paths end, per house rules: worked out by the build for a
    /// shipped scenario (`frontline spreads`), so the debrief can say where
    /// a path stands without the game carrying the path analysis. Empty for
    /// a trainer's own scenario.
    #[serde(default)]
    pub spread: Keyed<Spread>,
    /// The languages it is written in; empty: every language. Only a
    /// trainer's own scenario may have fewer (not read from the index, so
    /// the game carries no reader for it there).
    #[serde(skip)]
    pub languages: Vec<Lang>,
}

impl Listed {
    /// Whether it is written in `lang`; if not, the list shows it in the
    /// language it has, labelled.
    pub fn is_in(&self, lang: Lang) -> bool {
        self.languages.is_empty() || self.languages.contains(&lang)
    }

    fn of(s: &Scenario) -> Listed {
        Listed {
            id: s.id.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            channel: s.channel,
            kind: s.kind,
            difficulty: s.difficulty,
            objective: s.objective.clone(),
            minutes: s.minutes,
            spread: Keyed::new(),
            languages: s.languages.clone(),
        }
    }
}

/// `scenarios/index.<lang>.json`: what there is, in one language; the
/// tracks read as `T` (whole, or skipped).
#[derive(serde::Deserialize)]
struct Index<T> {
    scenarios: Vec<Listed>,
    #[serde(default = "Vec::new")]
    tracks: Vec<T>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    /// What there is to play, shipped and own, in the order to list it.
    pub listed: Vec<Listed>,
    /// The scenarios at hand: the trainer's own, and the shipped ones
    /// fetched so far (all of them on the pages that read the whole library).
    pub scenarios: Vec<Rc<Scenario>>,
    /// Shipped scenarios fetched, and the language each came in.
    pub fetched: Vec<(String, Lang)>,
    /// Shipped scenarios whose file could not be had in that language.
    pub unavailable: Vec<(String, Lang)>,
    /// (file, what is wrong), shown to the user.
    pub errors: Vec<(String, String)>,
    /// (file, the problems found in it), shown to the user in words fetched
    /// when they are shown (`engine::check::diagnostic::summary_in`).
    pub problems: Vec<(String, Vec<Diagnostic>)>,
    pub loaded: bool,
    /// The language asked for; the shipped scenarios carry only its texts.
    pub lang: Option<Lang>,
    /// The shipped library file itself could not be fetched or read.
    pub shipped_failed: bool,
    /// Ids of the scenarios the trainer imported.
    pub own: Vec<String>,
    /// The stored own scenarios could not be read at all.
    pub own_unreadable: bool,
    /// The tracks with their steps (read on the tracks page only: the game
    /// links to that page and carries no track reader).
    pub tracks: Vec<Rc<Track>>,
}

/// One shipped scenario in `scenarios/library.<lang>.json`, left as raw JSON so that
/// one the engine rejects is reported by its file name and the rest still load.
#[derive(serde::Deserialize)]
struct Entry<'a> {
    file: String,
    #[serde(borrow)]
    scenario: &'a serde_json::value::RawValue,
}

impl Library {
    /// The shipped library in `lang` from what fetching `url` gave: its text,
    /// or why there is none.
    pub fn shipped(url: &str, fetched: Result<String, String>, lang: Lang) -> Library {
        let mut library = Library {
            loaded: true,
            lang: Some(lang),
            ..Library::default()
        };
        let entries: Result<Vec<Entry>, String> = match &fetched {
            Ok(text) => crate::engine::wire::json::from_str(text).map_err(|e| e.to_string()),
            Err(e) => Err(e.clone()),
        };
        let entries = match entries {
            Ok(entries) => entries,
            Err(e) => {
                library.errors.push((url.to_string(), e));
                library.shipped_failed = true;
                return library;
            }
        };
        for entry in entries {
            match load::read_checked(entry.scenario.get()) {
                Ok(s) => library.add_shipped(s, lang),
                Err(problems) => library.problems.push((entry.file, problems)),
            }
        }
        library
    }

    /// The index in `lang` from what fetching `url` gave: the scenarios to
    /// list, each to be fetched when it is opened. The tracks are skipped.
    pub fn index(url: &str, fetched: Result<String, String>, lang: Lang) -> Library {
        Library::read_index::<serde::de::IgnoredAny>(url, fetched, lang).0
    }

    /// The index with every track's steps, for the tracks page.
    pub fn index_with_tracks(url: &str, fetched: Result<String, String>, lang: Lang) -> Library {
        let (mut library, tracks) = Library::read_index::<Track>(url, fetched, lang);
        library.tracks = tracks.into_iter().map(Rc::new).collect();
        library
    }

    fn read_index<T: serde::de::DeserializeOwned>(
        url: &str,
        fetched: Result<String, String>,
        lang: Lang,
    ) -> (Library, Vec<T>) {
        let mut library = Library {
            loaded: true,
            lang: Some(lang),
            ..Library::default()
        };
        let index = fetched.and_then(|text| {
            crate::engine::wire::json::from_str::<Index<T>>(&text).map_err(|e| e.to_string())
        });
        match index {
            Ok(index) => {
                library.listed = index.scenarios;
                (library, index.tracks)
            }
            Err(e) => {
                library.errors.push((url.to_string(), e));
                library.shipped_failed = true;
                (library, Vec::new())
            }
        }
    }

    /// A shipped scenario fetched on its own, in `lang`, from `url`. One the
    /// engine rejects, or that could not be fetched, is reported by its file
    /// and not asked for again in that language.
    pub fn scenario_arrived(
        &mut self,
        id: &str,
        lang: Lang,
        url: &str,
        fetched: Result<String, String>,
    ) {
        let scenario = match fetched {
            Ok(text) => load::read_checked(&text),
            Err(why) => {
                self.errors.push((url.to_string(), why));
                self.unavailable.push((id.to_string(), lang));
                return;
            }
        };
        match scenario {
            Ok(s) if s.id == id => {
                self.scenarios.retain(|held| held.id != id);
                self.fetched.retain(|(held, _)| held != id);
                self.add_shipped(s, lang);
            }
            Ok(s) => {
                let why = format!("holds scenario '{}', not '{id}'", s.id);
                self.errors.push((url.to_string(), why));
                self.unavailable.push((id.to_string(), lang));
            }
            Err(problems) => {
                self.problems.push((url.to_string(), problems));
                self.unavailable.push((id.to_string(), lang));
            }
        }
    }

    fn add_shipped(&mut self, s: Scenario, lang: Lang) {
        if !self.listed.iter().any(|l| l.id == s.id) {
            self.listed.push(Listed::of(&s));
        }
        self.fetched.push((s.id.clone(), lang));
        self.scenarios.push(Rc::new(s));
    }

    /// The shipped scenario to fetch next for `route_id` in `lang`: listed,
    /// not the trainer's own, not held in that language, not failed in it.
    pub fn wanted(&self, id: &str, lang: Lang) -> bool {
        self.listed.iter().any(|l| l.id == id)
            && !self.is_own(id)
            && !self.fetched.contains(&(id.to_string(), lang))
            && !self.unavailable.contains(&(id.to_string(), lang))
    }

    /// Adds the trainer's own scenarios as stored (`None`: unreadable, left
    /// for the workshop to set aside); one whose id a shipped scenario has
    /// is not played.
    pub fn with_own(mut self, own: Option<OwnScenarios>) -> Library {
        let Some(own) = own else {
            self.own_unreadable = true;
            return self;
        };
        let shipped: Vec<String> = self.scenarios.iter().map(|s| s.id.clone()).collect();
        let shipped: Vec<&str> = shipped.iter().map(String::as_str).collect();
        let (playable, failed) = own.load_with(load::read_checked, &shipped);
        for s in playable {
            self.own.push(s.id.clone());
            self.listed.push(Listed::of(&s));
            self.scenarios.push(Rc::new(s));
        }
        self.problems
            .extend(failed.into_iter().map(|f| (f.file, f.why)));
        self
    }

    /// Where a path ending with `csat` stands among a shipped scenario's
    /// paths under `policy`, from what the build worked out.
    pub fn standing(&self, id: &str, policy: &str, csat: u8) -> Option<Standing> {
        let listed = self.listed.iter().find(|l| l.id == id)?;
        Some(listed.spread.get(policy)?.standing(csat))
    }

    pub fn find(&self, id: &str) -> Option<Rc<Scenario>> {
        self.scenarios.iter().find(|s| s.id == id).cloned()
    }

    pub fn track(&self, id: &str) -> Option<Rc<Track>> {
        self.tracks.iter().find(|t| t.id == id).cloned()
    }

    pub fn is_own(&self, id: &str) -> bool {
        self.own.iter().any(|o| o == id)
    }

    /// The library to hold once `self` arrives while `old` is held and `lang`
    /// is chosen. One fetched for a language already switched away from is
    /// stale and changes nothing. If the new language's file could not be
    /// fetched (offline, say), the shipped scenarios already held stay
    /// playable, their texts in the old language, next to the error.
    pub fn arrived(self, old: &Rc<Library>, lang: Lang) -> Rc<Library> {
        if self.lang.is_some_and(|l| l != lang) {
            return old.clone();
        }
        Rc::new(self.replacing(old))
    }

    /// Scenarios already fetched stay at hand, so a contact in play keeps
    /// its texts while the new language's file is fetched (or if it cannot
    /// be). If the new language's index could not be had, the old one's list
    /// and tracks stay too.
    fn replacing(mut self, old: &Library) -> Library {
        let carried: Vec<Rc<Scenario>> = old
            .scenarios
            .iter()
            .filter(|s| !old.is_own(&s.id) && self.find(&s.id).is_none())
            .cloned()
            .collect();
        for s in &carried {
            let langs = old.fetched.iter().filter(|(id, _)| *id == s.id);
            self.fetched.extend(langs.cloned());
        }
        let arrived = std::mem::take(&mut self.scenarios);
        self.scenarios = carried.into_iter().chain(arrived).collect();
        if self.shipped_failed {
            let own = std::mem::take(&mut self.listed);
            self.listed = old
                .listed
                .iter()
                .filter(|l| !old.is_own(&l.id) && !self.is_own(&l.id))
                .cloned()
                .chain(own)
                .collect();
            self.tracks = old.tracks.clone();
        }
        self
    }
}
