//! The workshop's model, messages and update function. Reading files and
//! saving them happen in the page (`ui::workshop`); the update only records
//! what came of it, so its rules are tested natively (`tests/app_workshop.rs`).

use std::rc::Rc;

use super::library::Library;
use super::workshop_tracks::{self, TrackDesk, TrackMsg};
use crate::engine::check::diagnostic::Diagnostic;
use crate::engine::import;
use crate::engine::{builtin_policies, ContactRecord, Lang, Policy, Scenario};
use crate::saved::own_scenarios::{id_clash, Added, OwnScenarios, Unplayable};
use crate::saved::own_tracks::OwnTracks;

#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub lang: Lang,
    pub policies: Rc<Vec<Policy>>,
    /// The shipped scenarios, in one language (see `app::library`).
    pub shipped: Rc<Library>,
    pub own: OwnScenarios,
    /// Own scenarios the engine can play, in the order they were added.
    pub own_playable: Rc<Vec<Rc<Scenario>>>,
    /// Own scenarios it cannot.
    pub own_failed: Rc<Vec<Unplayable>>,
    /// Where damaged stored scenarios were copied, until dismissed.
    pub set_aside: Option<String>,
    pub last_import: Option<ImportResult>,
    /// What the map shows.
    pub map: MapSource,
    /// Contacts the trainee played, to draw their path.
    pub played: Rc<Vec<ContactRecord>>,
    /// Counts imports, so each result is announced and focused, even a
    /// repeat of the last one.
    pub imports: u32,
    /// Counts deletions, so focus can move to what replaced the button.
    pub deletions: u32,
    pub deleted: Option<String>,
    /// The trainer's own tracks and the one being put together.
    pub tracks: TrackDesk,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MapSource {
    Nothing,
    /// The scenario of the last import, problems and all.
    LastImport,
    Scenario(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportResult {
    pub file: String,
    /// The scenario read from the file, problems and all.
    pub scenario: Option<Rc<Scenario>>,
    pub problems: Rc<Vec<Diagnostic>>,
    pub outcome: ImportOutcome,
    /// A Twine library archive holding several stories: the file, kept so
    /// the trainer can import another of its stories without picking the
    /// file again.
    pub archive: Option<Rc<Archive>>,
}

/// A Twine library archive (*Library → Archive*) and its stories.
#[derive(Clone, Debug, PartialEq)]
pub struct Archive {
    pub text: Rc<str>,
    /// The stories' names, in the archive's order.
    pub stories: Vec<String>,
    /// The one imported.
    pub picked: String,
}

/// Why a file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    TooBig,
    NotText,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ImportOutcome {
    /// Kept and playable.
    Kept(Added),
    /// Read, but with problems (or an id that clashes).
    Problems,
    /// Playable, but the browser would not store it.
    NotStored,
    Unreadable(ReadFailure),
}

impl ImportResult {
    pub fn unreadable(file: String, why: ReadFailure) -> Self {
        ImportResult {
            file,
            scenario: None,
            problems: Rc::new(Vec::new()),
            outcome: ImportOutcome::Unreadable(why),
            archive: None,
        }
    }
}

pub enum Msg {
    SetLang(Lang),
    ShippedLoaded(Library),
    /// The outcome of an import, with the own scenarios as now stored.
    Imported(ImportResult, OwnScenarios),
    Deleted(String, OwnScenarios),
    ShowMap(MapSource),
    DismissSetAside,
    Tracks(TrackMsg),
}

impl Workshop {
    pub fn new(
        lang: Lang,
        own: OwnScenarios,
        set_aside: Option<String>,
        played: Vec<ContactRecord>,
    ) -> Self {
        let mut w = Workshop {
            lang,
            policies: Rc::new(builtin_policies()),
            shipped: Rc::new(Library::default()),
            own,
            own_playable: Rc::new(Vec::new()),
            own_failed: Rc::new(Vec::new()),
            set_aside,
            last_import: None,
            map: MapSource::Nothing,
            played: Rc::new(played),
            imports: 0,
            deletions: 0,
            deleted: None,
            tracks: TrackDesk::default(),
        };
        w.reload_own();
        w
    }

    /// With the trainer's own tracks as stored, and where damaged ones went.
    pub fn with_tracks(mut self, own: OwnTracks, set_aside: Option<String>) -> Self {
        self.tracks = TrackDesk::new(own, set_aside);
        self.recheck_tracks();
        self
    }

    /// False when damaged stored scenarios could not be copied aside: they
    /// are still under their own key, and saving would overwrite them.
    pub fn may_save(&self) -> bool {
        self.set_aside.as_deref() != Some(crate::saved::own_scenarios::OWN_KEY)
    }

    fn shipped_ids(&self) -> Vec<&str> {
        self.shipped
            .scenarios
            .iter()
            .map(|s| s.id.as_str())
            .collect()
    }

    fn reload_own(&mut self) {
        let (playable, failed) = self.own.load(&self.policies, &self.shipped_ids());
        self.own_playable = Rc::new(playable.into_iter().map(Rc::new).collect());
        self.own_failed = Rc::new(failed);
        // A track may name a scenario just added or deleted.
        self.recheck_tracks();
    }

    /// Every scenario the map can show: shipped first, then the trainer's.
    pub fn all_scenarios(&self) -> impl Iterator<Item = &Rc<Scenario>> {
        self.shipped
            .scenarios
            .iter()
            .chain(self.own_playable.iter())
    }

    pub fn find(&self, id: &str) -> Option<Rc<Scenario>> {
        self.all_scenarios().find(|s| s.id == id).cloned()
    }

    /// Read a file's text: keep it if it can be played, else say why. Returns
    /// the result and the own scenarios to store (unchanged unless kept).
    pub fn import(&self, file: &str, text: &str) -> (ImportResult, Option<OwnScenarios>) {
        self.import_story(file, text, None)
    }

    /// Like [`Workshop::import`], for one story of a Twine library archive
    /// (without a name, its first).
    pub fn import_story(
        &self,
        file: &str,
        text: &str,
        story: Option<&str>,
    ) -> (ImportResult, Option<OwnScenarios>) {
        let mut imported = import::import_named(file, text, &self.policies, story);
        let archive = (imported.format == import::SourceFormat::TwineHtml)
            .then(|| import::twine_html::story_names(text))
            .filter(|stories| stories.len() > 1)
            .map(|stories| {
                let picked = story.unwrap_or(&stories[0]).to_string();
                Rc::new(Archive {
                    text: text.into(),
                    stories,
                    picked,
                })
            });
        if let Some(clash) = imported
            .scenario
            .as_ref()
            .and_then(|s| id_clash(s, &self.shipped_ids()))
        {
            imported.problems.push(clash);
        }
        // Balance warnings (FL06xx) for a scenario that plays: whether its
        // choices matter under every policy.
        let balance = imported
            .playable()
            .map(|s| crate::engine::analysis::balance::diagnostics(s, &self.policies))
            .unwrap_or_default();
        imported.problems.extend(balance);
        // Replay value (FL0310) for a scenario file, as `frontline lint`
        // checks it: a Twine story has no way to write other wordings, so
        // an import from Twine is not told about them.
        if imported.format == crate::engine::import::SourceFormat::Json {
            let replay = imported
                .playable()
                .map(crate::engine::check::replay::diagnostics)
                .unwrap_or_default();
            imported.problems.extend(replay);
        }
        let kept = imported.playable().map(|scenario| {
            let mut own = self.own.clone();
            let added = own.add(scenario, file);
            (added, own)
        });
        let (outcome, own) = match kept {
            Some((added, own)) => (ImportOutcome::Kept(added), Some(own)),
            None => (ImportOutcome::Problems, None),
        };
        let result = ImportResult {
            file: file.to_string(),
            scenario: imported.scenario.map(Rc::new),
            problems: Rc::new(imported.problems),
            outcome,
            archive,
        };
        (result, own)
    }
}

pub fn update(w: &mut Workshop, msg: Msg) {
    match msg {
        Msg::SetLang(lang) => w.lang = lang,
        Msg::ShippedLoaded(shipped) => {
            w.shipped = shipped.arrived(&w.shipped, w.lang);
            w.reload_own();
        }
        Msg::Imported(result, own) => {
            if result.scenario.is_some() {
                w.map = MapSource::LastImport;
            }
            w.own = own;
            w.last_import = Some(result);
            w.deleted = None;
            w.imports += 1;
            w.reload_own();
        }
        Msg::Deleted(id, own) => {
            w.own = own;
            if w.map == MapSource::Scenario(id.clone()) {
                w.map = MapSource::Nothing;
            }
            w.deleted = Some(id);
            w.deletions += 1;
            w.reload_own();
        }
        Msg::ShowMap(source) => w.map = source,
        Msg::DismissSetAside => {
            if w.may_save() {
                w.set_aside = None;
            }
        }
        Msg::Tracks(msg) => workshop_tracks::update(w, msg),
    }
}
