//! Tracks a trainer made or imported, kept in this browser as their own
//! versioned document next to their own scenarios. Each track is stored as
//! its own JSON text, so one a later engine cannot read, or whose scenario
//! was deleted since, is reported and kept rather than dropped.

use serde::{Deserialize, Serialize};

use crate::engine::check::diagnostic::Diagnostic;
use crate::engine::check::track::{self, Known};
use crate::engine::model::track::Track;
use crate::saved::own_scenarios::Added;
use crate::saved::progress::{decode_versioned, Loaded};

pub const OWN_TRACKS_KEY: &str = "frontline.v1.own-tracks";
pub const OWN_TRACKS_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnTracks {
    pub version: u32,
    #[serde(default)]
    pub tracks: Vec<OwnTrack>,
}

impl Default for OwnTracks {
    fn default() -> Self {
        OwnTracks {
            version: OWN_TRACKS_VERSION,
            tracks: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnTrack {
    pub id: String,
    /// The track as a track file (what export offers).
    pub json: String,
}

/// A stored track that cannot be played now, and why (its scenario was
/// deleted, say): the first few errors, to word in the page's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrokenTrack {
    pub id: String,
    pub why: Vec<Diagnostic>,
}

pub fn decode(raw: Option<&str>) -> Loaded<OwnTracks> {
    decode_versioned(raw, OWN_TRACKS_VERSION)
}

pub fn encode(own: &OwnTracks) -> String {
    serde_json::to_string(own).unwrap_or_else(|_| unreachable!("own tracks always serialize"))
}

/// A track as the file a trainer exports and imports.
pub fn track_file(track: &Track) -> String {
    serde_json::to_string_pretty(track)
        .unwrap_or_else(|_| unreachable!("a track always serializes"))
}

impl OwnTracks {
    /// Keep a track; one with the same id is replaced, as a trainer saving
    /// an edit or re-importing a corrected file expects.
    pub fn add(&mut self, track: &Track) -> Added {
        let entry = OwnTrack {
            id: track.id.clone(),
            json: track_file(track),
        };
        match self.tracks.iter_mut().find(|t| t.id == track.id) {
            Some(existing) => {
                *existing = entry;
                Added::Replaced
            }
            None => {
                self.tracks.push(entry);
                Added::New
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.tracks.len();
        self.tracks.retain(|t| t.id != id);
        self.tracks.len() != before
    }

    pub fn get(&self, id: &str) -> Option<&OwnTrack> {
        self.tracks.iter().find(|t| t.id == id)
    }

    /// Every stored track that can be played with what there is now, and
    /// each one that cannot. Nothing is removed either way.
    pub fn load(&self, known: Known) -> (Vec<Track>, Vec<BrokenTrack>) {
        let mut playable = Vec::new();
        let mut broken = Vec::new();
        for own in &self.tracks {
            let (read, found) = track::check_text(&own.json, known);
            match read {
                Some(t) if track::playable(&found) => playable.push(t),
                _ => broken.push(BrokenTrack {
                    id: own.id.clone(),
                    why: found
                        .into_iter()
                        .filter(Diagnostic::is_error)
                        .take(3)
                        .collect(),
                }),
            }
        }
        (playable, broken)
    }
}
