//! The storage adapter: moves the progress document in and out of
//! localStorage. The decisions live in `crate::progress`.

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
