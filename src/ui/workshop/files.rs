//! Files in and out of the browser: reading a picked or dropped file as text,
//! and offering a scenario as a download.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::workshop::ReadFailure;
use crate::engine::check::load::LIMITS;

/// The file's name and text. The size is checked before reading, so a huge
/// file is refused without being loaded into memory.
pub async fn read_text(file: web_sys::File) -> (String, Result<String, ReadFailure>) {
    let name = file.name();
    if file.size() > LIMITS.max_bytes as f64 {
        return (name, Err(ReadFailure::TooBig));
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(ReadFailure::NotText);
    (name, text)
}

/// Offer `text` as a JSON file named `name` for the browser to save.
pub fn download(name: &str, text: &str) {
    download_typed(name, text, "application/json");
}

/// Offer `text` as a file named `name`, of media type `mime`.
pub fn download_typed(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoked a little later: the browser fetches the URL after the click.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
