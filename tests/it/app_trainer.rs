//! The trainer page's rules (`app::trainer`): the LRS requests it makes,
//! what an error status means, and what is shown after loading.

use std::rc::Rc;

use frontline::app::trainer::{
    failure_of, first_page, next_page, update, Failure, Field, Lrs, Msg, Status, Trainer,
};
use frontline::engine::analysis::cohort::pseudonym;
use frontline::engine::analysis::cohort::report::{CohortReport, TraineeReport};
use frontline::engine::Lang;

fn lrs(endpoint: &str) -> Lrs {
    Lrs {
        endpoint: endpoint.into(),
        ..Lrs::default()
    }
}

#[test]
fn the_first_request_asks_for_statements_between_the_days_given() {
    let mut l = lrs(" https://lrs.example/xapi/ ");
    assert_eq!(
        first_page(&l).unwrap(),
        "https://lrs.example/xapi/statements?limit=500"
    );
    l.since = "2026-11-01".into();
    l.until = "2026-12-01".into();
    let url = first_page(&l).unwrap();
    assert!(
        url.ends_with("&since=2026-11-01T00%3A00%3A00Z&until=2026-12-01T00%3A00%3A00Z"),
        "{url}"
    );
    assert_eq!(
        first_page(&lrs("lrs.example/xapi")),
        Err(Failure::NoEndpoint)
    );
    assert_eq!(first_page(&lrs("")), Err(Failure::NoEndpoint));
}

#[test]
fn more_is_a_path_on_the_lrss_host() {
    let endpoint = "https://lrs.example:8100/xapi/";
    assert_eq!(
        next_page(endpoint, "/xapi/statements?pit_id=abc&search_after=1"),
        "https://lrs.example:8100/xapi/statements?pit_id=abc&search_after=1"
    );
    assert_eq!(
        next_page(endpoint, "https://other.example/s?x=1"),
        "https://other.example/s?x=1"
    );
    assert_eq!(
        next_page("http://127.0.0.1:9", "/p/2.json"),
        "http://127.0.0.1:9/p/2.json"
    );
}

#[test]
fn refused_credentials_are_told_apart_from_other_errors() {
    assert_eq!(failure_of(401), Failure::Credentials);
    assert_eq!(failure_of(403), Failure::Credentials);
    assert_eq!(failure_of(500), Failure::Status(500));
}

#[test]
fn loading_shows_progress_then_the_group_with_names_only_when_not_pseudonymised() {
    let mut m = Trainer::new(Lang::Nl, Lrs::default());
    update(
        &mut m,
        Msg::Set(Field::Endpoint, "https://lrs.example".into()),
    );
    assert_eq!(m.lrs.endpoint, "https://lrs.example");
    update(&mut m, Msg::Start);
    assert!(m.busy());
    update(
        &mut m,
        Msg::Read {
            statements: 500,
            pages: 1,
        },
    );
    assert_eq!(
        m.status,
        Status::Reading {
            statements: 500,
            pages: 1
        }
    );
    let report = CohortReport {
        trainees: vec![TraineeReport {
            code: pseudonym("mbox:mailto:an@example.org"),
            name: "An Janssens".into(),
            ..TraineeReport::default()
        }],
        ..CohortReport::default()
    };
    update(&mut m, Msg::PickScenario(3));
    update(&mut m, Msg::Loaded(Rc::new(report)));
    assert_eq!(
        (m.status.clone(), m.scenario, m.per_trainee),
        (Status::Done, 0, false)
    );
    assert_eq!(m.shown().unwrap().trainees[0].name, "An Janssens");
    update(&mut m, Msg::Pseudonymise(true));
    assert_eq!(
        m.shown().unwrap().trainees[0].name,
        pseudonym("mbox:mailto:an@example.org")
    );
    update(&mut m, Msg::Failed(Failure::Cors));
    assert!(!m.busy());
}
