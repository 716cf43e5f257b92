//! Talking to a learning record store (xAPI 1.0.3) from the browser: the
//! statements, in order, and the State and Agent Profile documents. Not
//! tied to cmi5: any page that has an endpoint and credentials can send
//! (the LMS page in a cmi5 launch; standalone play, later). What to send
//! and what the answers mean for the queue is `engine::lms::queue`.

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, Response};

use crate::engine::lms::queue::{Failure, Outcome};

/// The xAPI version every request declares.
pub const VERSION: &str = "1.0.3";

/// An LRS: its endpoint (ending in `/`) and the `Authorization` header's
/// value.
#[derive(Clone, Debug, PartialEq)]
pub struct Lrs {
    pub endpoint: String,
    pub authorization: String,
}

/// What became of statements sent in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sent {
    /// Ids the LRS has now (stored, or had already), in the order sent.
    pub stored: Vec<String>,
    /// Ids the LRS refused for what they are.
    pub refused: Vec<String>,
    /// Why the sending stopped before the end, if it did.
    pub failure: Option<Failure>,
}

/// One request; its status and body, or why there was no answer.
pub async fn request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    keepalive: bool,
) -> Result<(u16, String), Failure> {
    let init = RequestInit::new();
    init.set_method(method);
    let h = js_sys::Object::new();
    for (name, value) in headers {
        let _ = js_sys::Reflect::set(&h, &(*name).into(), &(*value).into());
    }
    init.set_headers(&h);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    if keepalive {
        // Outlives the page (pagehide); web-sys has no setter for it.
        let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    }
    let window = web_sys::window().ok_or(Failure::Unreachable)?;
    let unreachable = || {
        if window.navigator().on_line() {
            Failure::Unreachable
        } else {
            Failure::Offline
        }
    };
    let answer = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| unreachable())?;
    let response: Response = answer.dyn_into().map_err(|_| unreachable())?;
    let status = response.status();
    let text = match response.text() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok((status, text))
}

fn encode(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

impl Lrs {
    pub fn new(endpoint: &str, authorization: String) -> Self {
        let mut endpoint = endpoint.to_string();
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        Lrs {
            endpoint,
            authorization,
        }
    }

    fn url(&self, resource: &str, query: &[(&str, &str)]) -> String {
        let mut url = format!("{}{resource}", self.endpoint);
        for (i, (name, value)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(name);
            url.push('=');
            url.push_str(&encode(value));
        }
        url
    }

    async fn call(
        &self,
        method: &str,
        url: &str,
        body: Option<&str>,
        keepalive: bool,
    ) -> Result<(u16, String), Failure> {
        let mut headers = vec![
            ("X-Experience-API-Version", VERSION),
            ("Authorization", self.authorization.as_str()),
        ];
        if body.is_some() {
            headers.push(("Content-Type", "application/json"));
        }
        request(method, url, &headers, body, keepalive).await
    }

    /// Send statements one POST at a time, in order, stopping at the first
    /// failure: the LRS stores them in the order they were meant.
    pub async fn send(&self, statements: &[Value]) -> Sent {
        let mut sent = Sent::default();
        let url = self.url("statements", &[]);
        for s in statements {
            let id = s["id"].as_str().unwrap_or_default().to_string();
            let outcome = match self.call("POST", &url, Some(&s.to_string()), false).await {
                Ok((status, _)) => Outcome::of_status(status),
                Err(why) => Outcome::Failed(why),
            };
            match outcome {
                Outcome::Stored => sent.stored.push(id),
                Outcome::Refused => sent.refused.push(id),
                Outcome::Failed(why) => {
                    sent.failure = Some(why);
                    break;
                }
            }
        }
        sent
    }

    /// As the page goes away: one POST of as many statements as a
    /// keepalive request may carry (64 KB for all of a page's), in order.
    /// Nobody hears the answer; the queue keeps them until a later load
    /// has them acknowledged (the LRS keeps one copy of a statement sent
    /// twice).
    pub fn send_on_leave(&self, statements: &[Value]) {
        let mut body = Vec::new();
        let mut bytes = 2;
        for s in statements {
            let one = s.to_string();
            bytes += one.len() + 1;
            if bytes > 60_000 {
                break;
            }
            body.push(one);
        }
        if body.is_empty() {
            return;
        }
        let body = format!("[{}]", body.join(","));
        let url = self.url("statements", &[]);
        let lrs = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = lrs.call("POST", &url, Some(&body), true).await;
        });
    }

    /// A document of the State API; `None` when there is none (404).
    pub async fn state(&self, key: &StateKey<'_>) -> Result<Option<String>, Failure> {
        let url = self.url("activities/state", &key.query());
        document(self.call("GET", &url, None, false).await)
    }

    /// Store a document in the State API, replacing the one there.
    pub async fn put_state(
        &self,
        key: &StateKey<'_>,
        body: &str,
        keepalive: bool,
    ) -> Result<(), Failure> {
        let url = self.url("activities/state", &key.query());
        match self.call("PUT", &url, Some(body), keepalive).await? {
            (200..=299, _) => Ok(()),
            (status, _) => Err(failure(status)),
        }
    }

    /// An agent's profile document; `None` when there is none.
    pub async fn agent_profile(&self, agent: &str, id: &str) -> Result<Option<String>, Failure> {
        let url = self.url("agents/profile", &[("agent", agent), ("profileId", id)]);
        document(self.call("GET", &url, None, false).await)
    }

    /// Whether the LRS has a statement with this id.
    pub async fn has_statement(&self, id: &str) -> Result<bool, Failure> {
        let url = self.url("statements", &[("statementId", id)]);
        Ok(document(self.call("GET", &url, None, false).await)?.is_some())
    }
}

fn failure(status: u16) -> Failure {
    match Outcome::of_status(status) {
        Outcome::Failed(why) => why,
        _ => Failure::Other(status),
    }
}

fn document(answer: Result<(u16, String), Failure>) -> Result<Option<String>, Failure> {
    match answer? {
        (404, _) => Ok(None),
        (200..=299, body) => Ok(Some(body)),
        (status, _) => Err(failure(status)),
    }
}

/// Which State API document: the activity, the agent (as JSON), the
/// registration and the state's id.
pub struct StateKey<'a> {
    pub activity_id: &'a str,
    pub agent: &'a str,
    pub registration: &'a str,
    pub state_id: &'a str,
}

impl StateKey<'_> {
    fn query(&self) -> [(&str, &str); 4] {
        [
            ("activityId", self.activity_id),
            ("agent", self.agent),
            ("registration", self.registration),
            ("stateId", self.state_id),
        ]
    }
}
