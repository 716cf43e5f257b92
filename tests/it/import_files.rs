//! The importer on a set of files as trainers would bring them: each broken
//! file has a `.expected` file next to it, one expected problem a line, as
//! `LOCATION | words the message contains` (LOCATION as `frontline lint`
//! prints it). Valid files must import playable.

use std::path::Path;

use frontline::engine::import::import;
use frontline::engine::{builtin_policies, Lang};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_broken_file_gives_its_expected_problems() {
    let mut checked = 0;
    for entry in std::fs::read_dir(DIR).expect("the fixture folder exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "expected") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let expected_path = path.with_file_name(format!("{name}.expected"));
        let expected = read(&expected_path);
        let imported = import(&name, &read(&path), &builtin_policies());
        assert!(
            imported.playable().is_none(),
            "{name} should not be playable"
        );
        let found: Vec<String> = imported.problems.iter().map(|p| p.to_string()).collect();
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let (location, words) = line.split_once(" | ").expect("LOCATION | words");
            assert!(
                imported
                    .problems
                    .iter()
                    .any(|p| p.location.to_string() == location
                        && p.message(Lang::En).contains(words)),
                "{name}: expected `{line}`, found {found:#?}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} broken files were checked");
}

#[test]
fn valid_files_in_every_format_import_playable() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for file in [
        "valid/minimal.json",
        "twee/refund-call.twee",
        "twine/refund-call.html",
    ] {
        let path = Path::new(fixtures).join(file);
        let imported = import(file, &read(&path), &builtin_policies());
        assert!(
            imported.playable().is_some(),
            "{file}: {:?}",
            imported.problems
        );
    }
}
