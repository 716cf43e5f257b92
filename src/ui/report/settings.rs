//! Where the scores page keeps a trainer's LRS settings: this tab's
//! sessionStorage only (never localStorage, a statement, the console or
//! an address kept in history), and the ids each LRS acknowledged in
//! localStorage, per endpoint, without credentials.

use crate::engine::lms::standalone::{
    acknowledged_key, fragment_without_settings, Acknowledged, Problem, Settings, Tab, SETTINGS_KEY,
};

/// What became of the settings link this load arrived with, until the
/// page has said so (it may reload first: `watch_link`).
const ARRIVED_KEY: &str = "frontline.lrs.arrived";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Before the page renders: a `#lrs=…` link's settings into this tab's
/// storage, and out of the address bar at once (`replaceState`, so no
/// history entry keeps them). A link that does not read is removed too.
pub fn take_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let found = Settings::from_fragment(&hash);
    if matches!(found, Ok(None)) {
        return;
    }
    if let Ok(Some(settings)) = &found {
        store(&Tab {
            settings: settings.clone(),
            consented: false,
        });
    }
    if let Some(s) = session() {
        let _ = s.set_item(ARRIVED_KEY, if found.is_ok() { "read" } else { "broken" });
    }
    let location = window.location();
    let rest = fragment_without_settings(&hash);
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        if rest.is_empty() {
            String::new()
        } else {
            format!("#{rest}")
        }
    );
    replace_address(&window, &url);
}

/// `history.replaceState(null, "", url)`, through Reflect: web-sys's
/// `History` would be one more feature for every page's build.
fn replace_address(window: &web_sys::Window, url: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let Ok(history) = js_sys::Reflect::get(window, &"history".into()) else {
        return;
    };
    let replace = js_sys::Reflect::get(&history, &"replaceState".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(replace) = replace {
        let _ = replace.call3(&history, &JsValue::NULL, &"".into(), &url.into());
    }
}

/// A link followed while the page is open changes only the fragment: the
/// page takes it in the same way, and starts again with the new settings.
pub fn watch_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    gloo::events::EventListener::new(&window, "hashchange", |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        if !matches!(Settings::from_fragment(&hash), Ok(None)) {
            take_link();
            let _ = window.location().reload();
        }
    })
    .forget();
}

/// Whether this load came through a settings link, and whether it read;
/// told once.
pub fn arrived() -> Option<Result<(), Problem>> {
    let s = session()?;
    let said = s.get_item(ARRIVED_KEY).ok().flatten()?;
    let _ = s.remove_item(ARRIVED_KEY);
    Some(if said == "read" {
        Ok(())
    } else {
        Err(Problem::Link)
    })
}

/// This tab's settings, if any.
pub fn load() -> Option<Tab> {
    let raw = session()?.get_item(SETTINGS_KEY).ok().flatten()?;
    Tab::decode(&raw)
}

pub fn store(tab: &Tab) {
    if let Some(s) = session() {
        let _ = s.set_item(SETTINGS_KEY, &tab.encode());
    }
}

pub fn forget() {
    if let Some(s) = session() {
        let _ = s.remove_item(SETTINGS_KEY);
    }
}

/// The ids this endpoint has stored.
pub fn acknowledged(endpoint: &str) -> Acknowledged {
    let raw = local().and_then(|s| s.get_item(&acknowledged_key(endpoint)).ok().flatten());
    Acknowledged::decode(raw.as_deref())
}

pub fn keep_acknowledged(endpoint: &str, ids: &Acknowledged) {
    if let Some(s) = local() {
        let key = acknowledged_key(endpoint);
        let _ = if ids.is_empty() {
            s.remove_item(&key)
        } else {
            s.set_item(&key, &ids.encode())
        };
    }
}
