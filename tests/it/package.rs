//! `frontline package` (issue 18): a track as a SCORM 1.2 or 2004 package,
//! deterministic, with a manifest that lists every file and validates.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::common::{run_cli, shipped_track};
use crate::lms::validate;
use frontline::engine::lms::Standard;

/// What the fake index lists (only the ids matter here).
const LISTED: &str = r#"{"id": "double-charged"}, {"id": "hurried-routine"}"#;

/// A build as `scripts/build-web.sh` leaves it, in miniature: the LMS page,
/// the scenario files with an index that has the tracks, and what a package
/// must leave out (other pages, precompressed copies, a service worker).
pub(crate) fn fake_dist(tracks: &str) -> PathBuf {
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let root = std::env::temp_dir().join(format!("frontline-dist-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let files = [
        (
            "lms/index.html",
            "<!doctype html><title>Frontline</title>".to_string(),
        ),
        ("lms/frontline-lms-1a2b_bg.wasm", "\0asm".to_string()),
        ("lms/frontline-lms-1a2b.js", "export default 1;".to_string()),
        ("lms/frontline-lms-1a2b.js.br", "compressed".to_string()),
        ("lms/frontline-lms-1a2b.js.gz", "compressed".to_string()),
        (
            "lms/sw.js",
            "self.addEventListener('fetch', () => {});".to_string(),
        ),
        (
            "scenarios/index.en.json",
            format!(r#"{{"scenarios": [{LISTED}], "tracks": {tracks}}}"#),
        ),
        (
            "scenarios/index.nl.json",
            format!(
                r#"{{"scenarios": [{LISTED}], "tracks": {}}}"#,
                tracks.replace(r#""en":"#, r#""nl":"#)
            ),
        ),
        ("scenarios/double-charged.en.json", "{}".to_string()),
        ("scenarios/library.en.json", "[]".to_string()),
        ("words/en.txt", "the answer itself".to_string()),
        ("author/index.html", "<!doctype html>".to_string()),
        ("index.html", "<!doctype html>".to_string()),
    ];
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root
}

pub(crate) fn shipped() -> String {
    format!(
        "[{},{}]",
        shipped_track("rotation"),
        shipped_track("onboarding")
    )
}

pub(crate) fn package(dist: &Path, format: &str, track: &str) -> (i32, String, String, Vec<u8>) {
    let stem = track.rsplit('/').next().unwrap_or(track);
    let out = dist.join(format!("{format}-{stem}.zip"));
    let (code, stdout, stderr) = run_cli(&[
        "package",
        "--format",
        format,
        "--track",
        track,
        "--dist",
        dist.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&out).unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    (code, stdout, stderr, bytes)
}

pub(crate) fn entries(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut text = String::new();
            let _ = f.read_to_string(&mut text);
            (f.name().to_string(), text)
        })
        .collect()
}

#[test]
fn both_packages_hold_the_lms_page_and_the_scenarios_and_list_every_file() {
    let dist = fake_dist(&shipped());
    for (format, standard) in [
        ("scorm12", Standard::Scorm12),
        ("scorm2004", Standard::Scorm2004),
    ] {
        let (code, stdout, stderr, bytes) = package(&dist, format, "rotation");
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains(format), "{stdout}");
        let entries = entries(&bytes);
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "imsmanifest.xml", "the manifest is at the root");
        assert_eq!(
            &names[1..],
            [
                "lms/frontline-lms-1a2b.js",
                "lms/frontline-lms-1a2b_bg.wasm",
                "lms/index.html",
                "scenarios/double-charged.en.json",
                "scenarios/index.en.json",
                "scenarios/index.nl.json",
                "words/en.txt",
            ]
        );
        let manifest = &entries[0].1;
        for name in &names[1..] {
            assert!(
                manifest.contains(&format!("<file href=\"{name}\"/>")),
                "{name}"
            );
        }
        assert!(manifest.contains(r#"href="lms/index.html?track=rotation""#));
        assert!(manifest.contains(">Frontline: Phone duty: three customers<"));
        assert!(manifest.contains(">Frontline: Aan de telefoon: drie klanten<"));
        validate(standard, manifest).unwrap_or_else(|e| panic!("{format}: {e}"));
    }
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn the_same_build_and_track_give_the_same_bytes() {
    let dist = fake_dist(&shipped());
    let (_, _, _, first) = package(&dist, "scorm2004", "rotation");
    // Touch a file: its time must not reach the package.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    std::fs::write(
        dist.join("lms/index.html"),
        "<!doctype html><title>Frontline</title>",
    )
    .unwrap();
    let (_, _, _, second) = package(&dist, "scorm2004", "rotation");
    assert!(!first.is_empty());
    assert_eq!(first, second);
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn what_cannot_be_packaged_is_said_clearly() {
    let dist = fake_dist(&shipped());
    let (code, _, stderr, _) = package(&dist, "scorm3", "rotation");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("scorm12, scorm2004 or cmi5"), "{stderr}");
    let (code, _, stderr, _) = package(&dist, "scorm12", "no-such-track");
    assert_eq!(code, 1);
    assert!(stderr.contains("no track 'no-such-track'"), "{stderr}");
    // A shift plans from every scenario listed: a build that lacks one's
    // file cannot play it, and says which.
    let (code, _, stderr, _) = package(&dist, "scorm12", "onboarding");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("step 7 is a shift") && stderr.contains("scenarios/double-charged.nl.json"),
        "{stderr}"
    );
    std::fs::remove_file(dist.join("lms/index.html")).unwrap();
    let (code, _, stderr, _) = package(&dist, "scorm12", "rotation");
    assert_eq!(code, 1);
    assert!(stderr.contains("no LMS page"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn a_track_too_long_for_scorm12s_suspend_data_is_refused_for_it_only() {
    let steps: Vec<String> = (0..120)
        .map(|i| {
            format!(
                r#"{{"scenario": "a-trainers-own-scenario-{i:03}", "policy": "customer-first"}}"#
            )
        })
        .collect();
    let long = format!(
        r#"[{{"format": 1, "id": "long", "title": {{"en": "Long"}}, "description": {{"en": "Long."}}, "minutes": 600, "steps": [{}], "mastery": {{}}}}]"#,
        steps.join(",")
    );
    let dist = fake_dist(&long);
    let (code, _, stderr, _) = package(&dist, "scorm12", "long");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("suspend data") && stderr.contains("scorm2004"),
        "{stderr}"
    );
    let (code, _, stderr, _) = package(&dist, "scorm2004", "long");
    assert_eq!(code, 0, "{stderr}");
    let _ = std::fs::remove_dir_all(&dist);
}

/// A track as the workshop exports it.
pub(crate) fn trainers_track(steps: &str) -> String {
    format!(
        r#"{{"format": 1, "id": "billing-basics", "title": {{"en": "Billing basics", "nl": "Facturen de baas"}}, "description": {{"en": "Two billing contacts.", "nl": "Twee contacten over facturen."}}, "minutes": 12, "steps": [{steps}], "mastery": {{"min_average_csat_tenths": 35}}}}"#
    )
}

#[test]
fn a_track_exported_from_the_workshop_is_packaged_with_the_indexes_listing_it() {
    let dist = fake_dist(&shipped());
    let file = dist.join("billing-basics.track.json");
    std::fs::write(
        &file,
        trainers_track(r#"{"scenario": "hurried-routine", "policy": "target-driven"}, {"scenario": "double-charged", "policy": "customer-first"}"#),
    )
    .unwrap();
    let (code, stdout, stderr, bytes) = package(&dist, "scorm2004", file.to_str().unwrap());
    assert_eq!(code, 0, "{stdout}{stderr}");
    let entries = entries(&bytes);
    let manifest = &entries[0].1;
    assert!(
        manifest.contains(r#"href="lms/index.html?track=billing-basics""#),
        "{manifest}"
    );
    assert!(manifest.contains("<imsss:minNormalizedMeasure>0.63</imsss:minNormalizedMeasure>"));
    assert!(manifest.contains(">Frontline: Facturen de baas<"));
    for lang in ["en", "nl"] {
        let (_, index) = entries
            .iter()
            .find(|(n, _)| n == &format!("scenarios/index.{lang}.json"))
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(index).unwrap();
        let ids: Vec<&str> = v["tracks"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|t| t["id"].as_str())
            .collect();
        assert_eq!(
            ids,
            ["rotation", "onboarding", "billing-basics"],
            "{lang}: after the shipped tracks"
        );
    }
    // The build's own files are left as they were.
    let on_disk = std::fs::read_to_string(dist.join("scenarios/index.en.json")).unwrap();
    assert!(!on_disk.contains("billing-basics"));
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn a_trainers_track_naming_a_scenario_the_build_lacks_is_reported_at_its_step() {
    let dist = fake_dist(&shipped());
    let file = dist.join("billing-basics.track.json");
    std::fs::write(
        &file,
        trainers_track(r#"{"scenario": "hurried-routine", "policy": "target-driven"}, {"scenario": "my-own-refund", "policy": "customer-first"}"#),
    )
    .unwrap();
    let (code, stdout, stderr, bytes) = package(&dist, "scorm12", file.to_str().unwrap());
    assert_eq!(code, 1);
    assert!(bytes.is_empty(), "no package is written");
    assert!(
        stdout.contains("step 2") && stdout.contains("FL0706"),
        "{stdout}"
    );
    assert!(stderr.contains("cannot be packaged"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn onboarding_with_its_shift_is_packaged_with_every_scenario_file_the_shift_may_fetch() {
    let dist = fake_dist(&shipped());
    for name in [
        "scenarios/double-charged.nl.json",
        "scenarios/hurried-routine.en.json",
        "scenarios/hurried-routine.nl.json",
    ] {
        std::fs::write(dist.join(name), "{}").unwrap();
    }
    for (format, standard) in [
        ("scorm12", Standard::Scorm12),
        ("scorm2004", Standard::Scorm2004),
    ] {
        let (code, stdout, stderr, bytes) = package(&dist, format, "onboarding");
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("track 'onboarding'"), "{stdout}");
        let entries = entries(&bytes);
        let manifest = &entries[0].1;
        assert!(manifest.contains(r#"href="lms/index.html?track=onboarding""#));
        // The shift plans from what the index lists and fetches each
        // customer's file: every listed scenario, in both languages.
        for id in ["double-charged", "hurried-routine"] {
            for lang in ["en", "nl"] {
                let name = format!("scenarios/{id}.{lang}.json");
                assert!(entries.iter().any(|(n, _)| *n == name), "{name}");
                assert!(
                    manifest.contains(&format!("<file href=\"{name}\"/>")),
                    "{name}"
                );
            }
        }
        assert!(
            !entries.iter().any(|(n, _)| n.contains("library.")),
            "not the whole library again"
        );
        assert!(
            manifest.contains(r#"<file href="words/en.txt"/>"#),
            "the report's words"
        );
        validate(standard, manifest).unwrap_or_else(|e| panic!("{format}: {e}"));
    }
    let _ = std::fs::remove_dir_all(&dist);
}
