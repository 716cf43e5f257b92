//! The storage adapter: moves the progress document in and out of
//! localStorage. The decisions live in `crate::progress`.

use crate::own_scenarios::{self, OwnScenarios};
use crate::progress::{self, Loaded, Saved};

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Load progress. Damaged or unknown data is copied aside first; the key it
/// went to is returned so the user can be told.
pub fn load() -> (Saved, Option<String>) {
    let Some(store) = local() else {
        return (Saved::default(), None);
    };
    let raw = store.get_item(progress::STORAGE_KEY).ok().flatten();
    match progress::decode(raw.as_deref()) {
        Loaded::Fresh => (Saved::default(), None),
        Loaded::Ok(saved) => (saved, None),
        Loaded::SetAside { raw, .. } => {
            let key = progress::set_aside_key(|k| matches!(store.get_item(k), Ok(Some(_))));
            if store.set_item(&key, &raw).is_ok() {
                (Saved::default(), Some(key))
            } else {
                // Could not keep a copy: leave the original where it is and
                // play without saving over it.
                (Saved::default(), Some(progress::STORAGE_KEY.to_string()))
            }
        }
    }
}

pub fn save(saved: &Saved) {
    if let Some(store) = local() {
        let _ = store.set_item(progress::STORAGE_KEY, &progress::encode(saved));
    }
}

/// The trainer's own scenarios, for the workshop, which writes them. Damaged
/// or unknown data is copied aside first, as with progress.
pub fn load_own() -> (OwnScenarios, Option<String>) {
    let Some(store) = local() else {
        return (OwnScenarios::default(), None);
    };
    let raw = store.get_item(own_scenarios::OWN_KEY).ok().flatten();
    match own_scenarios::decode(raw.as_deref()) {
        Loaded::Fresh => (OwnScenarios::default(), None),
        Loaded::Ok(own) => (own, None),
        Loaded::SetAside { raw, .. } => {
            let key = progress::set_aside_key_for(own_scenarios::OWN_KEY, |k| {
                matches!(store.get_item(k), Ok(Some(_)))
            });
            match store.set_item(&key, &raw) {
                Ok(()) => (OwnScenarios::default(), Some(key)),
                Err(_) => (OwnScenarios::default(), Some(own_scenarios::OWN_KEY.into())),
            }
        }
    }
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
/// document is left for the workshop to set aside.
pub fn read_own() -> Result<OwnScenarios, String> {
    let raw = local().and_then(|s| s.get_item(own_scenarios::OWN_KEY).ok().flatten());
    match own_scenarios::decode(raw.as_deref()) {
        Loaded::Fresh => Ok(OwnScenarios::default()),
        Loaded::Ok(own) => Ok(own),
        Loaded::SetAside { .. } => Err(own_scenarios::OWN_KEY.to_string()),
    }
}
