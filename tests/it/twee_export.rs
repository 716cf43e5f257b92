//! `frontline export --twee`: every shipped scenario as a Twee 3 story that
//! imports back as the same scenario, with nothing to report.

use crate::common;

use common::shipped_scenarios;
use frontline::engine::builtin_policies;
use frontline::engine::check::load::parse_scenario;
use frontline::engine::import::{import, to_twee};

#[test]
fn every_shipped_scenario_goes_to_twee_and_back_unchanged() {
    for (path, text) in shipped_scenarios() {
        let mut original = parse_scenario(&text).unwrap();
        original.link();
        assert!(to_twee::ids_survive(&original), "{path}");
        let twee = to_twee::to_twee(&original);
        let back = import("story.twee", &twee, &builtin_policies());
        assert!(
            back.problems.is_empty(),
            "{path}: {:#?}\n{twee}",
            back.problems
        );
        let back = back.scenario.unwrap();
        assert_eq!(back, original, "{path}\n{twee}");
        // Exporting twice gives the same story.
        assert_eq!(to_twee::to_twee(&back), twee, "{path}");
    }
}

#[test]
fn the_export_reads_as_twine_writes_twee() {
    let (_, text) = &shipped_scenarios()[0];
    let s = parse_scenario(text).unwrap();
    let twee = to_twee::to_twee(&s);
    assert!(twee.starts_with(":: StoryTitle\n"));
    let data = twee.split(":: StoryData\n").nth(1).unwrap();
    let data: serde_json::Value =
        serde_json::from_str(&data[..data.find("\n\n").unwrap()]).unwrap();
    let ifid = data["ifid"].as_str().unwrap();
    assert_eq!(ifid.len(), 36);
    assert_eq!(&ifid[14..15], "4", "a version 4 UUID: {ifid}");
    assert_eq!(ifid, ifid.to_uppercase());
    assert_eq!(data["start"], s.start.as_str());
    // One passage per node, named by its id.
    for n in &s.nodes {
        assert!(
            twee.contains(&format!("\n:: {} ", n.id)) || twee.contains(&format!("\n:: {}[", n.id)),
            "{}",
            n.id
        );
    }
}

#[test]
fn the_cli_exports_and_imports_back() {
    let dir = std::env::temp_dir().join(format!("frontline-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let story = dir.join("s.twee");
    let scenario = format!(
        "{}/assets/scenarios/hurried-routine.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let (code, _, err) = crate::common::run_cli(&[
        "export",
        "--twee",
        &scenario,
        "--out",
        story.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let back = dir.join("back.json");
    let (code, _, err) = crate::common::run_cli(&[
        "import",
        story.to_str().unwrap(),
        "--out",
        back.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let a = parse_scenario(&std::fs::read_to_string(&scenario).unwrap()).unwrap();
    let b = parse_scenario(&std::fs::read_to_string(&back).unwrap()).unwrap();
    assert_eq!(a, b);
    std::fs::remove_dir_all(&dir).ok();
}

/// extwee, a Twine-compatible reader and writer, reads every exported story
/// with the passages, tags and start Frontline wrote, and the Twine 2
/// archive it writes from it (what Twine's Library > Import takes) imports
/// back as the same scenario. Needs `npm install` (scripts/test.sh runs it).
#[test]
fn extwee_reads_every_exported_story_and_its_twine_archive_imports_back() {
    let root = env!("CARGO_MANIFEST_DIR");
    if !std::path::Path::new(&format!("{root}/node_modules/extwee")).exists() {
        eprintln!("skipped: node_modules/extwee is missing; run npm install");
        return;
    }
    let dir = std::env::temp_dir().join(format!("frontline-extwee-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    let mut scenarios = Vec::new();
    for (i, (_, text)) in shipped_scenarios().iter().enumerate() {
        let mut s = parse_scenario(text).unwrap();
        s.link();
        let file = dir.join(format!("{i}.twee"));
        std::fs::write(&file, to_twee::to_twee(&s)).unwrap();
        files.push(file.to_str().unwrap().to_string());
        scenarios.push(s);
    }
    let output = std::process::Command::new("node")
        .arg(format!("{root}/tests/twee/extwee-read.mjs"))
        .args(&files)
        .current_dir(root)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let read: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(read.len(), scenarios.len());
    for ((story, s), file) in read.iter().zip(&scenarios).zip(&files) {
        assert_eq!(story["start"], s.start.as_str(), "{}", s.id);
        assert_eq!(story["name"], s.title.en.as_str());
        let names: Vec<&str> = story["passages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        let mut expected = vec!["Frontline"];
        expected.extend(s.nodes.iter().map(|n| n.id.as_str()));
        assert_eq!(names, expected, "{}", s.id);
        for (p, n) in story["passages"].as_array().unwrap()[1..]
            .iter()
            .zip(&s.nodes)
        {
            let tags = p["tags"].as_array().unwrap();
            assert_eq!(
                tags.iter()
                    .any(|t| t.as_str().unwrap().starts_with("ending-")),
                n.ending.is_some(),
                "{}/{}",
                s.id,
                n.id
            );
        }
        let html = std::fs::read_to_string(format!("{file}.html")).unwrap();
        let back = import("story.html", &html, &builtin_policies());
        assert!(back.problems.is_empty(), "{}: {:#?}", s.id, back.problems);
        assert_eq!(back.scenario.as_ref(), Some(s), "{}", s.id);
    }
    std::fs::remove_dir_all(&dir).ok();
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Whatever a text holds (Twine markup, story-format code, link and
    /// directive syntax, line breaks), the story gives it back as written,
    /// and generated scenarios of any size keep their ids.
    #[test]
    fn any_text_and_any_generated_scenario_survive_the_round_trip(
        customer in "[a-z*_'/<>{}()$|@:\\[\\]\\-\n .!?\"]{0,40}",
        narration in "[a-z*_'/<>{}()$|@:\\[\\]\\-\n .!?\"]{0,40}",
        answer in "[a-z*_'/<>{}()$|@:\\[\\]\\-\n .!?\"]{1,40}",
        feedback in "[a-z*_'/<>{}()$|@:\\[\\]\\-\n .!?\"]{1,40}",
        nodes in 2usize..40,
        seed in proptest::prelude::any::<u64>(),
    ) {
        let (_, text) = &shipped_scenarios()[0];
        let mut s = parse_scenario(text).unwrap();
        let start = s.start_index.unwrap_or(0);
        s.nodes[start].customer.en = customer;
        s.nodes[start].narration.en = narration.clone();
        s.nodes[start].narration.nl = narration;
        s.nodes[start].choices[0].text.nl = answer.clone();
        s.nodes[start].choices[0].text.en = answer;
        s.nodes[start].choices[0].feedback.en = feedback;
        s.link();
        let generated = {
            let mut g = frontline::engine::analysis::generate::layered(nodes, seed);
            g.link();
            g
        };
        for original in [s, generated] {
            let twee = to_twee::to_twee(&original);
            let back = import("story.twee", &twee, &builtin_policies());
            let twine: Vec<_> = back
                .problems
                .iter()
                .filter(|p| p.code.id().starts_with("FL04"))
                .collect();
            proptest::prop_assert!(twine.is_empty(), "{:#?}\n{}", twine, twee);
            proptest::prop_assert_eq!(back.scenario.as_ref(), Some(&original), "{}", twee);
        }
    }
}
