//! The native integration tests, as one binary: linking one test binary
//! instead of one per file halves the build after an engine change on two
//! cores (docs/build-times.md). Run one file's tests with
//! `cargo test --test it app_game::`.

mod common;

mod answer_log;
mod app_cmi5;
mod app_game;
mod app_lms;
mod app_manager;
mod app_own_tracks;
mod app_shift;
mod app_tracks;
mod app_trainer;
mod app_workshop;
mod app_workshop_tracks;
mod authoring;
mod calibration;
mod centre;
mod channels;
mod checked_play;
mod cli_lint;
mod cmi5;
mod cohort;
mod contact;
mod diagnostics;
mod dutch;
mod first_screen;
mod format_doc;
mod import_files;
mod json_objects;
mod keyed;
mod library;
mod lms;
mod model_card;
mod named;
mod one_language;
mod own_tracks;
mod package;
mod paths;
mod policies;
mod progress;
mod properties;
mod queue;
mod replay;
mod shift;
mod standalone_lrs;
mod track_diagnostics;
mod track_editor;
mod tracks;
mod twee;
mod twee_export;
mod twine_stories;
mod ui_size;
mod validation;
mod wellbeing;
mod xapi;
