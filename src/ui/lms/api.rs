//! The LMS's SCORM API object, found in the window's parent chain or its
//! opener's (SCORM 2004's `API_1484_11` first, then SCORM 1.2's `API`), and
//! called through JavaScript. A parent on another origin cannot be read; the
//! search goes on past it.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::lms::Standard;

/// How far up the chain to look: the SCORM run-time guidance uses 7 for
/// 1.2 and 500 for 2004; LMS frames are rarely deeper than a few levels.
const MAX_DEPTH: usize = 10;

pub struct Api {
    object: JsValue,
    pub standard: Standard,
}

impl Api {
    pub fn find() -> Option<Api> {
        let window: JsValue = web_sys::window()?.into();
        let opener = get(&window, "opener").filter(|o| o.is_object());
        for (name, standard) in [
            ("API_1484_11", Standard::Scorm2004),
            ("API", Standard::Scorm12),
        ] {
            let found =
                search(&window, name).or_else(|| opener.as_ref().and_then(|o| search(o, name)));
            if let Some(object) = found {
                return Some(Api { object, standard });
            }
        }
        None
    }

    fn call(&self, v2004: &str, v12: &str, args: &[&str]) -> JsValue {
        let name = match self.standard {
            Standard::Scorm2004 => v2004,
            Standard::Scorm12 => v12,
        };
        let Some(f) = get(&self.object, name).and_then(|f| f.dyn_into::<Function>().ok()) else {
            return JsValue::UNDEFINED;
        };
        let result = match args {
            [] => f.call1(&self.object, &JsValue::from_str("")),
            [a] => f.call1(&self.object, &JsValue::from_str(a)),
            [a, b, ..] => f.call2(&self.object, &JsValue::from_str(a), &JsValue::from_str(b)),
        };
        result.unwrap_or(JsValue::UNDEFINED)
    }

    pub fn initialize(&self) -> bool {
        truthy(&self.call("Initialize", "LMSInitialize", &[]))
    }

    pub fn get_value(&self, element: &str) -> String {
        self.call("GetValue", "LMSGetValue", &[element])
            .as_string()
            .unwrap_or_default()
    }

    pub fn set_value(&self, element: &str, value: &str) -> bool {
        truthy(&self.call("SetValue", "LMSSetValue", &[element, value]))
    }

    pub fn commit(&self) -> bool {
        truthy(&self.call("Commit", "LMSCommit", &[]))
    }

    pub fn terminate(&self) -> bool {
        truthy(&self.call("Terminate", "LMSFinish", &[]))
    }
}

/// SCORM answers "true" and "false" as strings; some runtimes use booleans.
fn truthy(v: &JsValue) -> bool {
    v.as_string().map_or_else(|| v.is_truthy(), |s| s == "true")
}

/// A property, or `None` where reading it throws (another origin).
fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn search(start: &JsValue, name: &str) -> Option<JsValue> {
    let mut window = start.clone();
    for _ in 0..MAX_DEPTH {
        if let Some(api) = get(&window, name).filter(|a| a.is_object()) {
            return Some(api);
        }
        let parent = get(&window, "parent")?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}
