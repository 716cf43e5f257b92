//! `frontline package`: a track as a SCORM or cmi5 package for an LMS. The
//! package holds the LMS page of a release build (`dist/lms/`, built with a
//! relative public URL), the scenario files it fetches, and the manifest
//! (`imsmanifest.xml`, or cmi5's `cmi5.xml`).
//! The zip is deterministic: the same build and track give the same bytes
//! (files in name order, fixed dates and permissions).

use std::io::Write;
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::Failure;
use crate::engine::check::track::{check_text, playable, Known};
use crate::engine::lms::manifest::{self, manifest, Course};
use crate::engine::lms::scorm::score_percent;
use crate::engine::lms::xapi::Profile;
use crate::engine::lms::{suspend, Standard};
use crate::engine::model::track::Track;
use crate::engine::{builtin_policies, Text};

/// The folders of a build the package takes: the LMS page, the scenarios
/// and the wording fetched when needed.
const TAKEN: [&str; 3] = ["lms", "scenarios", "words"];

pub struct Request<'a> {
    pub format: &'a str,
    pub track: &'a str,
    pub dist: &'a str,
    pub out: &'a str,
    /// cmi5 only: the organisation's base IRI (`--xapi-base`).
    pub xapi_base: Option<&'a str>,
}

pub fn run(r: &Request, out: &mut dyn Write) -> Result<i32, Failure> {
    // None: cmi5.
    let standard = match r.format {
        "scorm12" => Some(Standard::Scorm12),
        "scorm2004" => Some(Standard::Scorm2004),
        "cmi5" => None,
        other => {
            return Err(Failure::usage(format!(
                "unknown format '{other}': use scorm12, scorm2004 or cmi5"
            )))
        }
    };
    let profile = match (standard, r.xapi_base) {
        (_, None) => Profile::default(),
        (None, Some(base)) => Profile::new(base).map_err(Failure::usage)?,
        (Some(_), Some(_)) => {
            return Err(Failure::usage(
                "--xapi-base is for cmi5 packages: a SCORM package records no IRIs".to_string(),
            ))
        }
    };
    let dist = Path::new(r.dist);
    if !dist.join("lms/index.html").is_file() {
        return Err(Failure::Input(format!(
            "{}: no LMS page (lms/index.html); build it first with scripts/build-web.sh",
            r.dist
        )));
    }
    // A trainer's track, exported from the workshop, or a shipped one by id.
    let own = r.track.ends_with(".json");
    let track = if own {
        trainers_track(dist, r.track, out)?
    } else {
        shipped_track(dist, r.track)?
    };
    let files = package_files(dist)?;
    if let Some(n) = track.steps.iter().position(|s| s.shift.is_some()) {
        shift_playable(dist, &files, &track.id, n)?;
    }
    // SCORM keeps the progress as suspend data, within the standard's limit.
    if let Some(standard) = standard {
        if let Err(length) = suspend::track_fits(&track, standard) {
            return Err(Failure::Input(format!(
                "track '{}': its progress needs up to {length} characters of suspend data, more than {}'s {}; package it as scorm2004 or split the track",
                track.id,
                standard.name(),
                standard.suspend_limit()
            )));
        }
    }
    let course = Course {
        id: format!("frontline-{}", track.id),
        title: Text::new(
            &format!("Frontline: {}", track.title.en),
            &format!("Frontline: {}", track.title.nl),
        ),
        description: track.description.clone(),
        mastery_percent: track.mastery.min_average_csat_tenths.map(score_percent),
        // The LMS page reads an organisation's base from its own URL; the
        // LMS adds the launch parameters after these.
        launch: match r.xapi_base {
            Some(_) if standard.is_none() => format!(
                "lms/index.html?track={}&base={}",
                track.id,
                crate::engine::wire::query::escape(&profile.base)
            ),
            _ => format!("lms/index.html?track={}", track.id),
        },
        files: files.iter().map(|(name, _)| name.clone()).collect(),
    };
    let (name, xml) = match standard {
        Some(standard) => ("imsmanifest.xml", manifest(standard, &course)),
        None => {
            // The project's IRIs: the AU is the track that groups the
            // answers' statements.
            let xml = manifest::cmi5(
                &course,
                &profile.course(&track.id),
                &profile.track(&track.id),
            );
            ("cmi5.xml", xml)
        }
    };
    let with_track = own.then_some(&track);
    let bytes = zip_bytes(name, &xml, &files, with_track)?;
    std::fs::write(r.out, &bytes).map_err(|e| Failure::Input(format!("{}: {e}", r.out)))?;
    let _ = writeln!(
        out,
        "{}: {} package of track '{}', {} files, {} bytes",
        r.out,
        standard.map_or("cmi5", Standard::name),
        track.id,
        files.len() + 1,
        bytes.len()
    );
    Ok(0)
}

/// The build's index in `lang`, as JSON.
fn index(dist: &Path, lang: &str) -> Result<serde_json::Value, Failure> {
    let path = dist.join(format!("scenarios/index.{lang}.json"));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| Failure::Input(format!("{}: {e}", path.display())))
}

/// A shift step plans its queue from every scenario the build lists (the
/// LMS page fetches each customer's file when they come up, as it does a
/// contact step's), so the package must hold each one's file in both
/// languages; a build that lacks one, or lists none, cannot play it.
fn shift_playable(
    dist: &Path,
    files: &[(String, PathBuf)],
    track: &str,
    step: usize,
) -> Result<(), Failure> {
    let listed: Vec<String> = index(dist, "en")?["scenarios"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let refused = |why: String| {
        Failure::Input(format!(
            "track '{track}': step {} is a shift, which plans from every scenario the build lists; {why}",
            step + 1
        ))
    };
    if listed.is_empty() {
        return Err(refused(format!(
            "{}/scenarios/index.en.json lists none",
            dist.display()
        )));
    }
    for id in &listed {
        for lang in ["en", "nl"] {
            let name = format!("scenarios/{id}.{lang}.json");
            if !files.iter().any(|(n, _)| *n == name) {
                return Err(refused(format!(
                    "the build has no {name}; rebuild it with scripts/build-web.sh"
                )));
            }
        }
    }
    Ok(())
}

/// A trainer's track file, checked as the workshop checks it against what
/// the build ships: its scenarios must be shipped ones (a trainer's own
/// scenarios cannot travel in a package yet). Its diagnostics are printed
/// like `frontline lint`'s; any error stops the package.
fn trainers_track(dist: &Path, path: &str, out: &mut dyn Write) -> Result<Track, Failure> {
    let text = super::read_file(path)?;
    let en = index(dist, "en")?;
    let ids = |key: &str| -> Vec<String> {
        en[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v["id"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (scenarios, tracks) = (ids("scenarios"), ids("tracks"));
    let scenarios: Vec<&str> = scenarios.iter().map(String::as_str).collect();
    let tracks: Vec<&str> = tracks.iter().map(String::as_str).collect();
    let policies: Vec<String> = builtin_policies().into_iter().map(|p| p.id).collect();
    let policies: Vec<&str> = policies.iter().map(String::as_str).collect();
    let known = Known {
        scenarios: &scenarios,
        policies: &policies,
        shipped_tracks: &tracks,
    };
    let (track, found) = check_text(&text, known);
    super::print_diagnostics(path, &found, out);
    match track {
        Some(track) if playable(&found) => Ok(track),
        _ => Err(Failure::Input(format!(
            "{path}: the track cannot be packaged (its problems are listed above)"
        ))),
    }
}

/// A shipped track as the build's index has it, with its title and
/// description in both languages (each index carries one).
fn shipped_track(dist: &Path, id: &str) -> Result<Track, Failure> {
    let find = |index: &serde_json::Value| {
        index["tracks"]
            .as_array()
            .and_then(|ts| ts.iter().find(|t| t["id"] == id).cloned())
    };
    let (en, nl) = (index(dist, "en")?, index(dist, "nl")?);
    let (Some(en), Some(nl)) = (find(&en), find(&nl)) else {
        return Err(Failure::Input(format!(
            "no track '{id}' in {}/scenarios/index.en.json and index.nl.json",
            dist.display()
        )));
    };
    let mut track: Track = serde_json::from_value(en)
        .map_err(|e| Failure::Input(format!("track '{id}' in the index: {e}")))?;
    let dutch = |field: &str| nl[field]["nl"].as_str().unwrap_or_default().to_string();
    track.title.nl = dutch("title");
    track.description.nl = dutch("description");
    Ok(track)
}

/// Every file the package takes, by its name in the package, in name order:
/// no precompressed copies and no service worker (an LMS serves the files
/// its own way, and a worker must not run inside its frame), and not the
/// whole library in one file, which only the shift and workshop pages read
/// (the LMS page fetches a shift's customers one scenario file at a time).
fn package_files(dist: &Path) -> Result<Vec<(String, PathBuf)>, Failure> {
    let mut files = Vec::new();
    for folder in TAKEN {
        collect(dist, &dist.join(folder), &mut files)?;
    }
    files.retain(|(name, _)| {
        let file = name.rsplit('/').next().unwrap_or(name);
        !(name.ends_with(".br")
            || name.ends_with(".gz")
            || file == "sw.js"
            || (name.starts_with("scenarios/") && file.starts_with("library.")))
    });
    files.sort();
    Ok(files)
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) -> Result<(), Failure> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Failure::Input(format!("{}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry
            .map_err(|e| Failure::Input(format!("{}: {e}", dir.display())))?
            .path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else {
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            files.push((name, path));
        }
    }
    Ok(())
}

/// The zip; with a trainer's `track`, each index lists it after the
/// shipped tracks, so the LMS page finds it as it finds those.
fn zip_bytes(
    manifest_name: &str,
    manifest: &str,
    files: &[(String, PathBuf)],
    track: Option<&Track>,
) -> Result<Vec<u8>, Failure> {
    let failed = |e: &dyn std::fmt::Display| Failure::Input(format!("writing the package: {e}"));
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    zip.start_file(manifest_name, options)
        .map_err(|e| failed(&e))?;
    zip.write_all(manifest.as_bytes()).map_err(|e| failed(&e))?;
    for (name, path) in files {
        let mut bytes =
            std::fs::read(path).map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
        if let (Some(track), true) = (track, is_index(name)) {
            bytes = with_track(&bytes, track).map_err(|e| failed(&e))?;
        }
        zip.start_file(name.as_str(), options)
            .map_err(|e| failed(&e))?;
        zip.write_all(&bytes).map_err(|e| failed(&e))?;
    }
    let cursor = zip.finish().map_err(|e| failed(&e))?;
    Ok(cursor.into_inner())
}

fn is_index(name: &str) -> bool {
    name.starts_with("scenarios/index.") && name.ends_with(".json")
}

fn with_track(index: &[u8], track: &Track) -> Result<Vec<u8>, serde_json::Error> {
    let mut value: serde_json::Value = serde_json::from_slice(index)?;
    let track = serde_json::to_value(track)?;
    match value["tracks"].as_array_mut() {
        Some(tracks) => tracks.push(track),
        None => value["tracks"] = serde_json::Value::Array(vec![track]),
    }
    serde_json::to_vec(&value)
}
