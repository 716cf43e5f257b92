//! The trainer's own tracks on the tracks page: listed after the shipped
//! ones and played like them. Each is checked against the scenarios this
//! page can play (shipped and the trainer's own) before it is offered, so a
//! track whose scenario was deleted is reported by name, not played half.
//!
//! Nothing here adds to the library's fields: the game's page shares the
//! library and is budgeted (`docs/size.md`), so own tracks join the tracks
//! list, what is wrong with one joins the load errors (as with a broken own
//! scenario), and the tracks page tells its own tracks by their stored file.

use std::rc::Rc;

use super::library::Library;
use crate::engine::builtin_policies;
use crate::engine::check::track::{parse_track, Known};
use crate::engine::model::track::Track;
use crate::saved::own_tracks::OwnTracks;

impl Library {
    /// Adds the trainer's own tracks as stored after the shipped ones. Call
    /// it once the own scenarios are in ([`Library::with_own`]): a track may
    /// name them. One that cannot be played is reported in the library's
    /// language as `ID.track.json` with each problem's place and code.
    pub fn with_own_tracks(mut self, own: &OwnTracks) -> Library {
        let scenarios: Vec<&str> = self.listed.iter().map(|l| l.id.as_str()).collect();
        let policies = builtin_policies();
        let policies: Vec<&str> = policies.iter().map(|p| p.id.as_str()).collect();
        let shipped: Vec<&str> = self.tracks.iter().map(|t| t.id.as_str()).collect();
        let (playable, broken) = own.load(Known {
            scenarios: &scenarios,
            policies: &policies,
            shipped_tracks: &shipped,
        });
        let lang = self.lang.unwrap_or(crate::engine::Lang::En);
        for b in broken {
            let why: Vec<String> = b
                .why
                .iter()
                .map(|d| format!("{}: {} ({})", d.place(lang), d.message(lang), d.code.id()))
                .collect();
            self.errors
                .push((format!("{}.track.json", b.id), why.join("; ")));
        }
        self.tracks.extend(playable.into_iter().map(Rc::new));
        self
    }
}

/// Whether `track` on the tracks page is the trainer's own: the one stored
/// under its id, as stored (a stored track that takes a shipped track's id
/// is not offered, so the shipped one is not taken for it).
pub fn is_own_track(own: &OwnTracks, track: &Track) -> bool {
    own.get(&track.id)
        .and_then(|stored| parse_track(&stored.json).ok())
        .is_some_and(|stored| stored == *track)
}
