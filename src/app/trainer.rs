//! The trainer page's model, messages and update function: where the
//! statements come from (an LRS, typed once per session, or files trainees
//! exported), how loading goes, what went wrong, and what the trainer looks
//! at. The page (`ui::trainer`) does the fetching and reading and reports
//! here; the analysis is `engine::analysis::cohort`. Tested natively
//! (`tests/it/app_trainer.rs`).

use std::rc::Rc;

use crate::engine::analysis::cohort::CohortReport;
use crate::engine::Lang;

/// Statements per page asked of an LRS: big enough that a large cohort
/// takes few requests, small enough that a page is read between two frames.
pub const PAGE_LIMIT: usize = 500;

/// The LRS's address and read credentials, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lrs {
    pub endpoint: String,
    pub key: String,
    pub secret: String,
    /// `YYYY-MM-DD`, or empty: statements stored from that day on.
    pub since: String,
    /// `YYYY-MM-DD`, or empty: statements stored before that day.
    pub until: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Endpoint,
    Key,
    Secret,
    Since,
    Until,
}

/// Why statements could not be had; each is told to the trainer in its own
/// words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No address, or not http(s).
    NoEndpoint,
    /// 401 or 403: the key and secret are wrong, or may not read.
    Credentials,
    /// The LRS answers, but not to this page's origin.
    Cors,
    /// Nothing answers at the address.
    Unreachable,
    /// Another HTTP error.
    Status(u16),
    /// A page or file is not statements (where and why).
    Unreadable(String),
    /// The scenarios could not be fetched.
    Library(String),
}

/// Where loading is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Idle,
    Reading { statements: u64, pages: usize },
    Replaying { done: usize, total: usize },
    Failed(Failure),
    Done,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Trainer {
    pub lang: Lang,
    pub lrs: Lrs,
    pub status: Status,
    /// The analysis as loaded.
    pub report: Option<Rc<CohortReport>>,
    /// The same with codes for names (made when asked).
    pub pseudonymised: Option<Rc<CohortReport>>,
    /// Per-trainee figures shown: only when the trainer switches them on.
    pub per_trainee: bool,
    pub pseudonymise: bool,
    /// Which of the report's scenarios the map shows.
    pub scenario: usize,
    /// The node whose answers are listed.
    pub node: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    SetLang(Lang),
    Set(Field, String),
    /// Loading starts (from an LRS or from files).
    Start,
    Read {
        statements: u64,
        pages: usize,
    },
    Replayed {
        done: usize,
        total: usize,
    },
    Loaded(Rc<CohortReport>),
    Failed(Failure),
    PerTrainee(bool),
    Pseudonymise(bool),
    PickScenario(usize),
    PickNode(Option<String>),
}

impl Trainer {
    pub fn new(lang: Lang, lrs: Lrs) -> Self {
        Trainer {
            lang,
            lrs,
            status: Status::Idle,
            report: None,
            pseudonymised: None,
            per_trainee: false,
            pseudonymise: false,
            scenario: 0,
            node: None,
        }
    }

    /// The report as it is to be shown and exported: with codes for names
    /// when pseudonymising.
    pub fn shown(&self) -> Option<Rc<CohortReport>> {
        if self.pseudonymise {
            self.pseudonymised.clone()
        } else {
            self.report.clone()
        }
    }

    pub fn busy(&self) -> bool {
        matches!(
            self.status,
            Status::Reading { .. } | Status::Replaying { .. }
        )
    }
}

pub fn update(m: &mut Trainer, msg: Msg) {
    match msg {
        Msg::SetLang(lang) => m.lang = lang,
        Msg::Set(field, value) => {
            let slot = match field {
                Field::Endpoint => &mut m.lrs.endpoint,
                Field::Key => &mut m.lrs.key,
                Field::Secret => &mut m.lrs.secret,
                Field::Since => &mut m.lrs.since,
                Field::Until => &mut m.lrs.until,
            };
            *slot = value;
        }
        Msg::Start => {
            m.status = Status::Reading {
                statements: 0,
                pages: 0,
            }
        }
        Msg::Read { statements, pages } => m.status = Status::Reading { statements, pages },
        Msg::Replayed { done, total } => m.status = Status::Replaying { done, total },
        Msg::Loaded(report) => {
            m.pseudonymised = Some(Rc::new((*report).clone().pseudonymised()));
            m.report = Some(report);
            m.status = Status::Done;
            m.scenario = 0;
            m.node = None;
        }
        Msg::Failed(f) => m.status = Status::Failed(f),
        Msg::PerTrainee(on) => m.per_trainee = on,
        Msg::Pseudonymise(on) => m.pseudonymise = on,
        Msg::PickScenario(i) => {
            m.scenario = i;
            m.node = None;
        }
        Msg::PickNode(node) => m.node = node,
    }
}

/// The first request for the statements: xAPI's `GET
/// {endpoint}/statements`, from `since` and before `until` (whole days,
/// UTC). Not filtered by verb: the analysis leaves other verbs aside
/// itself (a few cmi5 statements per session), and Ralph 5.1's file
/// backend answers a `verb` filter with nothing.
pub fn first_page(lrs: &Lrs) -> Result<String, Failure> {
    let endpoint = lrs.endpoint.trim();
    if !(endpoint.starts_with("https://") || endpoint.starts_with("http://")) {
        return Err(Failure::NoEndpoint);
    }
    let mut url = format!(
        "{}/statements?limit={PAGE_LIMIT}",
        endpoint.trim_end_matches('/')
    );
    for (name, day) in [("since", &lrs.since), ("until", &lrs.until)] {
        let day = day.trim();
        if !day.is_empty() {
            url.push_str(&format!(
                "&{name}={}",
                crate::engine::wire::query::escape(&format!("{day}T00:00:00Z"))
            ));
        }
    }
    Ok(url)
}

/// Where the next page is: an LRS's `more` is a path on the LRS's host
/// (xAPI 2.1.3, "excluding scheme, host, and port"), or, from some LRSs,
/// a whole URL or a path relative to the endpoint.
pub fn next_page(endpoint: &str, more: &str) -> String {
    if more.starts_with("http://") || more.starts_with("https://") {
        return more.to_string();
    }
    let endpoint = endpoint.trim();
    if !more.starts_with('/') {
        return format!("{}/{more}", endpoint.trim_end_matches('/'));
    }
    let after_scheme = endpoint.find("://").map_or(0, |i| i + 3);
    let origin_end = endpoint[after_scheme..]
        .find('/')
        .map_or(endpoint.len(), |i| after_scheme + i);
    format!("{}{}", &endpoint[..origin_end], more)
}

/// What an HTTP error status means to the trainer.
pub fn failure_of(status: u16) -> Failure {
    match status {
        401 | 403 => Failure::Credentials,
        s => Failure::Status(s),
    }
}

/// The CSV file's name.
pub fn csv_name(pseudonymised: bool) -> &'static str {
    if pseudonymised {
        "frontline-cohort-pseudonymised.csv"
    } else {
        "frontline-cohort.csv"
    }
}
