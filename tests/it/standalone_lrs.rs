//! Standalone play's LRS settings and what an LRS still lacks
//! (`engine::lms::standalone`, issue 19 item 4).

use frontline::engine::lms::standalone::{
    base64_decode, base64_standard, base64_url, fragment_without_settings, to_send, Acknowledged,
    Problem, Settings, Tab,
};
use serde_json::{json, Value};

fn settings() -> Settings {
    Settings::new(
        "https://lrs.example.org/xapi",
        "game",
        "s3cret:with/colon+é",
    )
    .unwrap()
}

#[test]
fn base64_matches_rfc_4648_test_vectors() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64_standard(plain.as_bytes()), encoded);
        assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        assert_eq!(base64_url(plain.as_bytes()), encoded.trim_end_matches('='));
    }
    // The URL-safe alphabet, and both read back either way.
    assert_eq!(base64_url(&[0xfb, 0xff]), "-_8");
    assert_eq!(base64_standard(&[0xfb, 0xff]), "+/8=");
    assert_eq!(base64_decode("-_8").unwrap(), [0xfb, 0xff]);
    assert_eq!(base64_decode("+/8=").unwrap(), [0xfb, 0xff]);
    assert_eq!(base64_decode("Zm9v!"), None);
    assert_eq!(
        base64_decode("Zm9vY"),
        None,
        "one character over is not base64"
    );
}

#[test]
fn authorization_is_http_basic_of_key_and_secret() {
    let s = Settings::new("http://127.0.0.1:8100/xAPI/", "game", "pw").unwrap();
    assert_eq!(s.authorization(), "Basic Z2FtZTpwdw==");
}

#[test]
fn a_settings_link_reads_back_and_leaves_the_rest_of_the_fragment() {
    let s = settings();
    let fragment = format!("#{}", s.fragment());
    let encoded = fragment.strip_prefix("#lrs=").unwrap();
    assert!(!encoded.contains(['=', '+', '/', '&']), "{encoded}");
    assert_eq!(Settings::from_fragment(&fragment), Ok(Some(s.clone())));
    let among = format!("#/scores&{}&x=1", s.fragment());
    assert_eq!(Settings::from_fragment(&among), Ok(Some(s)));
    assert_eq!(fragment_without_settings(&among), "/scores&x=1");
    assert_eq!(fragment_without_settings(&fragment), "");
    assert_eq!(Settings::from_fragment("#/scores"), Ok(None));
    assert_eq!(Settings::from_fragment(""), Ok(None));
}

#[test]
fn a_link_may_say_username_and_password_and_be_padded_standard_base64() {
    let json = r#"{"endpoint":"https://lrs.example.org/xAPI/","username":"k","password":"p"}"#;
    let link = format!("#lrs={}", base64_standard(json.as_bytes()));
    let s = Settings::from_fragment(&link).unwrap().unwrap();
    assert_eq!((s.key.as_str(), s.secret.as_str()), ("k", "p"));
}

#[test]
fn a_broken_link_says_what_is_wrong() {
    assert_eq!(Settings::from_fragment("#lrs=***"), Err(Problem::Link));
    let not_json = base64_url(b"endpoint=x");
    assert_eq!(
        Settings::from_fragment(&format!("lrs={not_json}")),
        Err(Problem::Link)
    );
    let no_secret = base64_url(br#"{"endpoint":"https://a.example/","key":"k"}"#);
    assert_eq!(
        Settings::from_fragment(&format!("lrs={no_secret}")),
        Err(Problem::Link)
    );
    let bad_endpoint = base64_url(br#"{"endpoint":"ftp://a.example/","key":"k","secret":"s"}"#);
    assert_eq!(
        Settings::from_fragment(&format!("lrs={bad_endpoint}")),
        Err(Problem::Endpoint)
    );
}

#[test]
fn typed_settings_are_checked_and_the_endpoint_ends_in_a_slash() {
    let s = Settings::new("  https://lrs.example.org/xAPI ", " game ", "pw").unwrap();
    assert_eq!(s.endpoint, "https://lrs.example.org/xAPI/");
    assert_eq!(s.key, "game");
    assert_eq!(s.host(), "lrs.example.org");
    for bad in [
        "",
        "lrs.example.org/xAPI/",
        "https://",
        "https://user:pw@lrs.example.org/",
        "https://lrs.example.org/xAPI/?x=1",
        "https://lrs.example.org/#x",
        "javascript:alert(1)",
    ] {
        assert_eq!(
            Settings::new(bad, "k", "s"),
            Err(Problem::Endpoint),
            "{bad}"
        );
    }
    assert_eq!(
        Settings::new("https://a.example/", " ", "s"),
        Err(Problem::Key)
    );
    assert_eq!(
        Settings::new("https://a.example/", "a:b", "s"),
        Err(Problem::Key)
    );
    assert_eq!(
        Settings::new("https://a.example/", "k", ""),
        Err(Problem::Secret)
    );
}

#[test]
fn the_tab_keeps_settings_and_consent_and_refuses_what_does_not_check() {
    let tab = Tab {
        settings: settings(),
        consented: true,
    };
    assert_eq!(Tab::decode(&tab.encode()), Some(tab.clone()));
    let raw: Value = serde_json::from_str(&tab.encode()).unwrap();
    assert_eq!(raw["key"], "game", "flat: endpoint, key, secret, consented");
    assert_eq!(
        Tab::decode(r#"{"endpoint":"x","key":"k","secret":"s"}"#),
        None
    );
    assert_eq!(Tab::decode("not json"), None);
}

fn statement(id: &str) -> Value {
    json!({ "id": id, "verb": { "id": "http://adlnet.gov/expapi/verbs/answered" } })
}

#[test]
fn only_what_this_lrs_has_not_acknowledged_is_sent_in_the_logs_order() {
    let all: Vec<Value> = ["a", "b", "c", "d"].into_iter().map(statement).collect();
    let mut acked = Acknowledged::decode(None);
    assert_eq!(to_send(&all, &acked), all);
    acked.add(&["a".into(), "c".into()]);
    let ids: Vec<String> = to_send(&all, &acked)
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["b", "d"]);
    // Kept as ids only, and read back.
    assert_eq!(acked.encode(), r#"["a","c"]"#);
    assert_eq!(Acknowledged::decode(Some(&acked.encode())), acked);
    // Nothing or a broken list: everything goes (the LRS keeps one copy).
    assert!(Acknowledged::decode(Some("{oops")).is_empty());
}

#[test]
fn ids_that_left_the_log_are_forgotten() {
    let mut acked = Acknowledged::decode(Some(r#"["a","gone","c"]"#));
    let log: Vec<Value> = ["a", "b", "c"].into_iter().map(statement).collect();
    acked.keep_only(&log);
    assert_eq!(acked.encode(), r#"["a","c"]"#);
    acked.keep_only(&[]);
    assert!(acked.is_empty());
}

#[test]
fn each_lrs_has_its_own_list() {
    use frontline::engine::lms::standalone::acknowledged_key;
    assert_ne!(
        acknowledged_key("https://one.example/xAPI/"),
        acknowledged_key("https://two.example/xAPI/")
    );
}
