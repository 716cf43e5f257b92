//! The workshop's own tracks: the ones kept in this browser, which of them
//! can be played with the scenarios there are now, the track being put
//! together, and what the last save, import or deletion came to. The rules
//! live here, apart from the browser; the page writes storage and then
//! sends what came of it (`ui::workshop::tracks`).

use std::rc::Rc;

use super::track_editor::{self, Draft, DraftMsg};
use super::workshop::{ReadFailure, Workshop};
use crate::engine::check::diagnostic::Diagnostic;
use crate::engine::check::track::{self, Known};
use crate::engine::model::track::Track;
use crate::saved::own_scenarios::Added;
use crate::saved::own_tracks::{BrokenTrack, OwnTracks, OWN_TRACKS_KEY};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrackDesk {
    pub own: OwnTracks,
    /// Own tracks that play with the scenarios there are now.
    pub playable: Rc<Vec<Rc<Track>>>,
    /// Own tracks that do not (a scenario deleted since, say).
    pub broken: Rc<Vec<BrokenTrack>>,
    /// Where damaged stored tracks were copied, until dismissed.
    pub set_aside: Option<String>,
    /// Ids of the shipped tracks, once the index has arrived.
    pub shipped: Option<Rc<Vec<String>>>,
    pub draft: Draft,
    pub outcome: Option<TrackOutcome>,
    /// Counts outcomes, so each is announced and focused, even a repeat.
    pub outcomes: u32,
}

/// What a save, an import or a deletion came to.
#[derive(Clone, Debug, PartialEq)]
pub enum TrackOutcome {
    /// Kept (new or replacing one with its id), warnings and all.
    Kept {
        track: Rc<Track>,
        added: Added,
        /// The file it came from; `None` when saved from the editor.
        file: Option<String>,
        warnings: Rc<Vec<Diagnostic>>,
    },
    /// Not kept: what is wrong with it.
    Problems {
        file: Option<String>,
        problems: Rc<Vec<Diagnostic>>,
    },
    Unreadable {
        file: String,
        why: ReadFailure,
    },
    /// Fit to keep, but the browser would not store it.
    NotStored,
    Deleted(String),
}

pub enum TrackMsg {
    Draft(DraftMsg),
    /// The shipped tracks' ids, from the index.
    ShippedTracks(Vec<String>),
    /// Put a kept track in the editor.
    Edit(String),
    /// What a save, import or deletion came to, with the tracks as now stored.
    Done(TrackOutcome, OwnTracks),
    DismissSetAside,
}

impl TrackDesk {
    pub fn new(own: OwnTracks, set_aside: Option<String>) -> Self {
        TrackDesk {
            own,
            set_aside,
            ..TrackDesk::default()
        }
    }

    /// False when damaged stored tracks could not be copied aside: they are
    /// still under their own key, and saving would overwrite them.
    pub fn may_save(&self) -> bool {
        self.set_aside.as_deref() != Some(OWN_TRACKS_KEY)
    }

    /// Whether the stored tracks have been checked against the scenarios:
    /// not before the shipped library and tracks have arrived.
    pub fn checked(&self) -> bool {
        self.shipped.is_some()
    }
}

impl Workshop {
    /// The scenarios a track may name: shipped and the trainer's playable own.
    fn scenario_ids(&self) -> Vec<&str> {
        self.all_scenarios().map(|s| s.id.as_str()).collect()
    }

    fn policy_ids(&self) -> Vec<&str> {
        self.policies.iter().map(|p| p.id.as_str()).collect()
    }

    /// Check `track` against what there is, as a track to keep.
    pub fn check_track(&self, track: &Track) -> Vec<Diagnostic> {
        let (scenarios, policies) = (self.scenario_ids(), self.policy_ids());
        let shipped = self.tracks.shipped.as_deref().cloned().unwrap_or_default();
        let shipped: Vec<&str> = shipped.iter().map(String::as_str).collect();
        track::diagnostics(
            track,
            Known {
                scenarios: &scenarios,
                policies: &policies,
                shipped_tracks: &shipped,
            },
        )
    }

    /// Keep the track in the editor if it is fit to play: the outcome, and
    /// the tracks to store (`None`: nothing to store).
    pub fn save_track(&self) -> (TrackOutcome, Option<OwnTracks>) {
        self.keep(self.tracks.draft.track(), None)
    }

    /// Read a track file and keep it if it is fit to play.
    pub fn import_track(&self, file: &str, text: &str) -> (TrackOutcome, Option<OwnTracks>) {
        match track::parse_track(text) {
            Ok(t) => self.keep(t, Some(file.to_string())),
            Err(d) => (
                TrackOutcome::Problems {
                    file: Some(file.to_string()),
                    problems: Rc::new(vec![d]),
                },
                None,
            ),
        }
    }

    fn keep(&self, t: Track, file: Option<String>) -> (TrackOutcome, Option<OwnTracks>) {
        let found = self.check_track(&t);
        if !track::playable(&found) {
            let problems = Rc::new(found);
            return (TrackOutcome::Problems { file, problems }, None);
        }
        let mut own = self.tracks.own.clone();
        let added = own.add(&t);
        let outcome = TrackOutcome::Kept {
            track: Rc::new(t),
            added,
            file,
            warnings: Rc::new(found),
        };
        (outcome, Some(own))
    }

    /// The tracks to store once `id` is deleted.
    pub fn without_track(&self, id: &str) -> OwnTracks {
        let mut own = self.tracks.own.clone();
        own.remove(id);
        own
    }

    /// Which stored tracks play with the scenarios there are now. Called
    /// whenever those change, so a track whose scenario was deleted is
    /// reported at once.
    pub(super) fn recheck_tracks(&mut self) {
        if !self.shipped.loaded || !self.tracks.checked() {
            return;
        }
        let (scenarios, policies) = (self.scenario_ids(), self.policy_ids());
        let shipped = self.tracks.shipped.clone().unwrap_or_default();
        let shipped: Vec<&str> = shipped.iter().map(String::as_str).collect();
        let (playable, broken) = self.tracks.own.load(Known {
            scenarios: &scenarios,
            policies: &policies,
            shipped_tracks: &shipped,
        });
        self.tracks.playable = Rc::new(playable.into_iter().map(Rc::new).collect());
        self.tracks.broken = Rc::new(broken);
    }
}

pub fn update(w: &mut Workshop, msg: TrackMsg) {
    match msg {
        TrackMsg::Draft(msg) => track_editor::update(&mut w.tracks.draft, msg),
        TrackMsg::ShippedTracks(ids) => {
            w.tracks.shipped = Some(Rc::new(ids));
            w.recheck_tracks();
        }
        TrackMsg::Edit(id) => {
            let stored = w
                .tracks
                .own
                .get(&id)
                .and_then(|t| track::parse_track(&t.json).ok());
            if let Some(t) = stored {
                track_editor::update(&mut w.tracks.draft, DraftMsg::Edit(t));
            }
        }
        TrackMsg::Done(outcome, own) => {
            if matches!(outcome, TrackOutcome::Kept { file: None, .. }) {
                // Saved from the editor: it starts afresh for the next one.
                w.tracks.draft = Draft::default();
            }
            if let TrackOutcome::Deleted(id) = &outcome {
                if w.tracks.draft.editing.as_ref() == Some(id) {
                    w.tracks.draft.editing = None;
                }
            }
            w.tracks.own = own;
            w.tracks.outcome = Some(outcome);
            w.tracks.outcomes += 1;
            w.recheck_tracks();
        }
        TrackMsg::DismissSetAside => {
            if w.tracks.may_save() {
                w.tracks.set_aside = None;
            }
        }
    }
}
