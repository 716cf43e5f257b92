//! The storage adapter: moves the progress document, and the trainer's own
//! scenarios and tracks, in and out of localStorage. The decisions live in
//! `crate::saved`.

use crate::saved::own_scenarios::{self, OwnScenarios};
use crate::saved::own_tracks::{self, OwnTracks};
use crate::saved::progress::{self, Loaded, Saved};

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Load progress. Damaged or unknown data is copied aside first; the key it
/// went to is returned so the user can be told.
pub fn load() -> (Saved, Option<String>) {
    load_document(progress::STORAGE_KEY, progress::decode)
}

/// A versioned document from localStorage. What cannot be read is copied to
/// the first free `KEY.set-aside.N`, whose name is returned; if even that
/// fails, `KEY` itself is returned, and the caller must not save over it.
fn load_document<T: Default>(
    key: &str,
    decode: impl Fn(Option<&str>) -> Loaded<T>,
) -> (T, Option<String>) {
    let Some(store) = local() else {
        return (T::default(), None);
    };
    let raw = store.get_item(key).ok().flatten();
    match decode(raw.as_deref()) {
        Loaded::Fresh => (T::default(), None),
        Loaded::Ok(doc) => (doc, None),
        Loaded::SetAside { raw, .. } => {
            let aside =
                progress::set_aside_key_for(key, |k| matches!(store.get_item(k), Ok(Some(_))));
            if store.set_item(&aside, &raw).is_ok() {
                (T::default(), Some(aside))
            } else {
                (T::default(), Some(key.to_string()))
            }
        }
    }
}

/// Load progress for a page that plays shifts (the shift page, the LMS
/// page outside an LMS): as `load`, and if a shift or its reports do not
/// read (other pages pass them through unread, `Kept`), the progress is
/// set aside as stored first and the key returned, so the trainee is told
/// before the page starts without them.
pub fn load_for_shifts() -> (Saved, Option<String>) {
    let (mut saved, mut set_aside) = load();
    if set_aside.is_none() && !saved.shifts_readable() {
        set_aside = Some(set_aside_progress().unwrap_or_else(|| progress::STORAGE_KEY.to_string()));
        saved.clear_unreadable_shifts();
    }
    (saved, set_aside)
}

/// Copy the stored progress as it is to the first free
/// `KEY.set-aside.N`; its name, or `None` if it could not be copied.
fn set_aside_progress() -> Option<String> {
    let store = local()?;
    let raw = store.get_item(progress::STORAGE_KEY).ok().flatten()?;
    let key = progress::STORAGE_KEY;
    let aside = progress::set_aside_key_for(key, |k| matches!(store.get_item(k), Ok(Some(_))));
    store.set_item(&aside, &raw).ok()?;
    Some(aside)
}

pub fn save(saved: &Saved) {
    if let Some(store) = local() {
        let _ = store.set_item(progress::STORAGE_KEY, &progress::encode(saved));
    }
}

/// The trainer's own scenarios, for the workshop, which writes them. Damaged
/// or unknown data is copied aside first, as with progress.
pub fn load_own() -> (OwnScenarios, Option<String>) {
    load_document(own_scenarios::OWN_KEY, own_scenarios::decode)
}

/// Keep the trainer's scenarios; fails when the browser refuses (storage full
/// or switched off), so the caller can say the scenario was not kept.
pub fn save_own(own: &OwnScenarios) -> Result<(), ()> {
    let store = local().ok_or(())?;
    store
        .set_item(own_scenarios::OWN_KEY, &own_scenarios::encode(own))
        .map_err(|_| ())
}

/// The trainer's scenarios as the game sees them: read only, so a damaged
/// document (`None`) is left for the workshop to set aside.
pub fn read_own() -> Option<OwnScenarios> {
    let raw = local().and_then(|s| s.get_item(own_scenarios::OWN_KEY).ok().flatten());
    match own_scenarios::decode(raw.as_deref()) {
        Loaded::Fresh => Some(OwnScenarios::default()),
        Loaded::Ok(own) => Some(own),
        Loaded::SetAside { .. } => None,
    }
}

/// The trainer's own tracks, for the workshop, which writes them. Damaged
/// or unknown data is copied aside first, as with progress.
pub fn load_own_tracks() -> (OwnTracks, Option<String>) {
    load_document(own_tracks::OWN_TRACKS_KEY, own_tracks::decode)
}

/// Keep the trainer's tracks; fails when the browser refuses.
pub fn save_own_tracks(own: &OwnTracks) -> Result<(), ()> {
    let store = local().ok_or(())?;
    store
        .set_item(own_tracks::OWN_TRACKS_KEY, &own_tracks::encode(own))
        .map_err(|_| ())
}

/// The trainer's tracks as the tracks page sees them: read only, so a
/// damaged document (`None`) is left for the workshop to set aside.
pub fn read_own_tracks() -> Option<OwnTracks> {
    let raw = local().and_then(|s| s.get_item(own_tracks::OWN_TRACKS_KEY).ok().flatten());
    match own_tracks::decode(raw.as_deref()) {
        Loaded::Fresh => Some(OwnTracks::default()),
        Loaded::Ok(own) => Some(own),
        Loaded::SetAside { .. } => None,
    }
}
