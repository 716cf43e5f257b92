//! The trainer's own tracks on the tracks page: listed after the shipped
//! ones and played like them. One is checked against the scenarios this
//! page can play (shipped and the trainer's own) before it is offered, so a
//! track whose scenario was deleted is reported by name, not played half.

use std::rc::Rc;

use super::library::Library;
use crate::engine::builtin_policies;
use crate::engine::check::track::Known;
use crate::saved::own_tracks::{BrokenTrack, OwnTracks};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OwnTracksHeld {
    /// Ids of the own tracks offered, in the order they were kept.
    pub ids: Vec<String>,
    /// Own tracks that cannot be played, and why.
    pub broken: Vec<BrokenTrack>,
    /// The stored own tracks could not be read at all (left for the
    /// workshop to set aside).
    pub unreadable: bool,
}

impl Library {
    /// Adds the trainer's own tracks as stored (`None`: unreadable) after
    /// the shipped ones. Call it once the own scenarios are in
    /// ([`Library::with_own`]): a track may name them.
    pub fn with_own_tracks(mut self, own: Option<OwnTracks>) -> Library {
        let Some(own) = own else {
            self.own_tracks = Some(Rc::new(OwnTracksHeld {
                unreadable: true,
                ..OwnTracksHeld::default()
            }));
            return self;
        };
        let scenarios: Vec<&str> = self.listed.iter().map(|l| l.id.as_str()).collect();
        let policies = builtin_policies();
        let policies: Vec<&str> = policies.iter().map(|p| p.id.as_str()).collect();
        let shipped: Vec<&str> = self.tracks.iter().map(|t| t.id.as_str()).collect();
        let (playable, broken) = own.load(Known {
            scenarios: &scenarios,
            policies: &policies,
            shipped_tracks: &shipped,
        });
        let ids = playable.iter().map(|t| t.id.clone()).collect();
        self.tracks.extend(playable.into_iter().map(Rc::new));
        self.own_tracks = Some(Rc::new(OwnTracksHeld {
            ids,
            broken,
            unreadable: false,
        }));
        self
    }

    pub fn is_own_track(&self, id: &str) -> bool {
        self.own_tracks
            .as_ref()
            .is_some_and(|o| o.ids.iter().any(|i| i == id))
    }
}
