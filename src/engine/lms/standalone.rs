//! Standalone play reporting to a trainer's LRS (issue 19, item 4): the
//! settings a trainer hands out (a link, or three fields), and which of the
//! answer log's statements an LRS has still to get. Pure: the scores page
//! keeps the settings in this tab's sessionStorage, the ids each LRS
//! acknowledged in localStorage, and sends through `ui::shell::lrs` and
//! `queue::Queue` (`docs/xapi.md`, "Standalone play").

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Where to send, and as whom: an LRS's endpoint and a key and secret that
/// may only write statements (HTTP Basic).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub endpoint: String,
    #[serde(alias = "username")]
    pub key: String,
    #[serde(alias = "password")]
    pub secret: String,
}

/// What is wrong with settings, typed or from a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The endpoint is not an `https://` or `http://` address (or carries
    /// a query, a fragment or a user name).
    Endpoint,
    Key,
    Secret,
    /// The link's `lrs=` part is not base64url of a JSON object with the
    /// three fields.
    Link,
}

/// The fragment's part that carries settings: `#lrs=<base64url of JSON>`.
pub const LINK_PART: &str = "lrs=";

impl Settings {
    /// Settings as typed in: trimmed, the endpoint ending in `/`.
    pub fn new(endpoint: &str, key: &str, secret: &str) -> Result<Settings, Problem> {
        let endpoint = endpoint.trim();
        let rest = endpoint
            .strip_prefix("https://")
            .or_else(|| endpoint.strip_prefix("http://"))
            .ok_or(Problem::Endpoint)?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty()
            || host.contains('@')
            || endpoint.contains(['?', '#'])
            || endpoint.contains(char::is_whitespace)
        {
            return Err(Problem::Endpoint);
        }
        let key = key.trim();
        if key.is_empty() || key.contains(':') {
            return Err(Problem::Key);
        }
        if secret.is_empty() {
            return Err(Problem::Secret);
        }
        let mut endpoint = endpoint.to_string();
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        Ok(Settings {
            endpoint,
            key: key.to_string(),
            secret: secret.to_string(),
        })
    }

    /// The settings a page's fragment carries (`#lrs=…`, alone or among
    /// other `&`-separated parts); `Ok(None)` when it carries none.
    pub fn from_fragment(fragment: &str) -> Result<Option<Settings>, Problem> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let Some(encoded) = fragment
            .split('&')
            .find_map(|part| part.strip_prefix(LINK_PART))
        else {
            return Ok(None);
        };
        let bytes = base64_decode(encoded).ok_or(Problem::Link)?;
        let given: Settings = serde_json::from_slice(&bytes).map_err(|_| Problem::Link)?;
        Settings::new(&given.endpoint, &given.key, &given.secret).map(Some)
    }

    /// The fragment that hands these settings out: `lrs=` and base64url
    /// (no padding) of `{"endpoint","key","secret"}`.
    pub fn fragment(&self) -> String {
        let json = serde_json::to_string(self).unwrap_or_else(|_| unreachable!("plain data"));
        format!("{LINK_PART}{}", base64_url(json.as_bytes()))
    }

    /// The `Authorization` header's value: HTTP Basic of key and secret.
    pub fn authorization(&self) -> String {
        basic_authorization(&self.key, &self.secret)
    }

    /// The endpoint's host, to name the LRS to the trainee.
    pub fn host(&self) -> &str {
        let rest = self
            .endpoint
            .split_once("://")
            .map_or(self.endpoint.as_str(), |(_, r)| r);
        rest.split('/').next().unwrap_or(rest)
    }
}

/// HTTP Basic of a key and a secret, as UTF-8 (RFC 7617): any LRS key,
/// for writing or reading.
pub fn basic_authorization(key: &str, secret: &str) -> String {
    let pair = format!("{key}:{secret}");
    format!("Basic {}", base64_standard(pair.as_bytes()))
}

/// The fragment left once the settings' part is taken out (the page puts
/// it back in the address bar without them).
pub fn fragment_without_settings(fragment: &str) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .filter(|part| !part.starts_with(LINK_PART) && !part.is_empty())
        .collect::<Vec<_>>()
        .join("&")
}

/// Where this tab keeps the settings (sessionStorage only).
pub const SETTINGS_KEY: &str = "frontline.lrs.settings";

/// What this tab keeps: the settings, and whether the trainee asked to
/// send to this LRS (from then on the page sends by itself while the tab
/// lives: a retry, a reload, contacts played since).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tab {
    #[serde(flatten)]
    pub settings: Settings,
    #[serde(default)]
    pub consented: bool,
}

impl Tab {
    pub fn decode(raw: &str) -> Option<Tab> {
        let tab: Tab = serde_json::from_str(raw).ok()?;
        let s = &tab.settings;
        Settings::new(&s.endpoint, &s.key, &s.secret).ok()?;
        Some(tab)
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| unreachable!("plain data"))
    }
}

/// Where the ids one LRS acknowledged are kept (localStorage): per
/// endpoint, so that another LRS gets everything. Ids only.
pub fn acknowledged_key(endpoint: &str) -> String {
    format!("frontline.lrs.sent.{endpoint}")
}

/// The ids of the statements one LRS has stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Acknowledged(HashSet<String>);

impl Acknowledged {
    /// The stored list; nothing, or a list that does not read, is none
    /// acknowledged (sending again stores nothing twice: ids are
    /// deterministic).
    pub fn decode(raw: Option<&str>) -> Acknowledged {
        let ids: Vec<String> = raw
            .and_then(|r| serde_json::from_str(r).ok())
            .unwrap_or_default();
        Acknowledged(ids.into_iter().collect())
    }

    /// As stored: a JSON array of ids, sorted (a stable document).
    pub fn encode(&self) -> String {
        let mut ids: Vec<&String> = self.0.iter().collect();
        ids.sort();
        serde_json::to_string(&ids).unwrap_or_else(|_| unreachable!("strings"))
    }

    pub fn add(&mut self, ids: &[String]) {
        self.0.extend(ids.iter().cloned());
    }

    pub fn has(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Forget ids no longer in the log (cleared, or its scenario gone), so
    /// the list never outgrows the log.
    pub fn keep_only(&mut self, statements: &[Value]) {
        let live: HashSet<&str> = statements.iter().filter_map(id).collect();
        self.0.retain(|i| live.contains(i.as_str()));
    }
}

fn id(statement: &Value) -> Option<&str> {
    statement.get("id").and_then(Value::as_str)
}

/// The statements this LRS has still to get, in the log's order.
pub fn to_send(statements: &[Value], acknowledged: &Acknowledged) -> Vec<Value> {
    statements
        .iter()
        .filter(|s| !id(s).is_some_and(|i| acknowledged.has(i)))
        .cloned()
        .collect()
}

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_with(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(alphabet[(n >> (18 - 6 * i)) as usize & 63]));
        }
        if pad {
            for _ in chunk.len()..3 {
                out.push('=');
            }
        }
    }
    out
}

/// RFC 4648 section 4, padded: HTTP Basic's encoding.
pub fn base64_standard(bytes: &[u8]) -> String {
    base64_with(bytes, STANDARD, true)
}

/// RFC 4648 section 5, unpadded: safe in a URL's fragment.
pub fn base64_url(bytes: &[u8]) -> String {
    base64_with(bytes, URL_SAFE, false)
}

/// Either alphabet, padded or not (a link typed or pasted by hand);
/// `None` for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= u32::from(value(c)?) << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}
