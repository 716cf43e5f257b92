//! `frontline`, the trainers' command-line tool, parsed with clap.
//!
//! One exit-code rule for every command: 0 success (warnings allowed), 1
//! errors in the input or a file that cannot be read (named in the
//! message), 2 a usage error (a one-line hint, never the whole usage).

use std::io::Write;

use clap::error::{ContextKind, ErrorKind};
use clap::{Parser, Subcommand};

mod cohort;
mod export;
mod import;
mod lint;
mod package;
mod paths;
mod play;
mod schema;
mod simulate;

/// Frontline's tool for trainers: check, import, analyse and play scenario
/// files, and simulate a contact centre.
#[derive(Parser, Debug)]
#[command(name = "frontline", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check scenario files; print each diagnostic as
    /// FILE: PLACE: SEVERITY[CODE]: MESSAGE (codes: docs/diagnostics.md)
    Lint {
        /// Scenario files (JSON)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Exit 1 when there are warnings, not only errors
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Every path through a scenario under a policy, as JSON
    Paths {
        #[arg(value_name = "FILE")]
        file: String,
        /// The house rules (policy id)
        #[arg(long, value_name = "NAME")]
        policy: String,
        /// Seed for the customer's randomness
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
    },
    /// Where paths end, per scenario and house rules, as JSON: what the
    /// build ships with each scenario so the game can say where a path
    /// stands without the path analysis
    Spreads {
        /// Scenario files (JSON)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// Play a contact without interaction and print the debrief as JSON
    Play {
        #[arg(value_name = "FILE")]
        file: String,
        /// The house rules (policy id)
        #[arg(long, value_name = "NAME")]
        policy: String,
        /// Seed for the customer's randomness
        #[arg(long, value_name = "N")]
        seed: u64,
        /// The answers to give, numbered from 1, e.g. 1,3,2
        #[arg(long, value_name = "LIST")]
        choices: String,
        /// Print the xAPI statements the answers make (docs/xapi.md) instead
        /// of the debrief
        #[arg(long)]
        xapi: bool,
        /// With --xapi: the organisation's base IRI for the statements'
        /// activities and extensions (docs/xapi.md, "The base IRI")
        #[arg(long, value_name = "IRI", requires = "xapi")]
        xapi_base: Option<String>,
    },
    /// The JSON Schema of the scenario format
    Schema,
    /// A Twine story (Twee 3 or published HTML) as a Frontline scenario
    Import {
        /// A .twee, .tw, .html or .json file
        #[arg(value_name = "FILE")]
        file: String,
        /// Write the scenario here instead of to standard output
        #[arg(long, value_name = "FILE.json")]
        out: Option<String>,
        /// In a Twine library archive holding several stories, the one to
        /// import (by its name in Twine); without it, the first
        #[arg(long, value_name = "NAME")]
        story: Option<String>,
    },
    /// A scenario as a Twee 3 story for Twine; `frontline import` reads
    /// it back as the same scenario
    Export {
        /// Write Twee 3 (the only format for now)
        #[arg(long, required = true)]
        twee: bool,
        /// The scenario (JSON)
        #[arg(value_name = "FILE.json")]
        file: String,
        /// Write the story here instead of to standard output
        #[arg(long, value_name = "FILE.twee")]
        out: Option<String>,
    },
    /// A track as a SCORM or cmi5 package for an LMS (after
    /// scripts/build-web.sh)
    Package {
        /// scorm12, scorm2004 or cmi5
        #[arg(long, value_name = "FORMAT")]
        format: String,
        /// The track to deliver, its contacts and shift steps: a shipped
        /// track's id, or a track file exported from the workshop (.json)
        #[arg(long, value_name = "ID", default_value = "rotation")]
        track: String,
        /// The release build to package
        #[arg(long, value_name = "DIR", default_value = "dist")]
        dist: String,
        /// Where to write the package
        #[arg(long, value_name = "FILE.zip")]
        out: String,
        /// cmi5 only: the organisation's base IRI for the course, the AU
        /// and the statements' activities and extensions (docs/xapi.md,
        /// "The base IRI"); the LMS page reads it from the AU's URL
        #[arg(long, value_name = "IRI")]
        xapi_base: Option<String>,
    },
    /// What a group of trainees played (plays, CSAT, each answer's share,
    /// where they leave the best path, per trainee), from xAPI statements
    /// (docs/cohort.md), as JSON or CSV
    Cohort {
        /// Statements: an LRS's pages ({"statements": [...]}) or a
        /// trainee's export (a JSON array)
        #[arg(required = true, value_name = "STATEMENTS.json")]
        files: Vec<String>,
        /// Print CSV for a spreadsheet instead of JSON
        #[arg(long)]
        csv: bool,
        /// In the CSV, add the table per trainee
        #[arg(long)]
        trainees: bool,
        /// Replace every trainee's name by a stable code
        #[arg(long)]
        pseudonymise: bool,
        /// The scenarios played (every .json file in the folder)
        #[arg(long, value_name = "DIR", default_value = "assets/scenarios")]
        scenarios: String,
        /// The tracks played (every .json file in the folder)
        #[arg(long, value_name = "DIR", default_value = "assets/tracks")]
        tracks: String,
    },
    /// A simulated week (or more) of a whole contact centre, as JSON
    Simulate {
        /// The house rules (policy id)
        #[arg(long, value_name = "NAME")]
        policy: String,
        #[arg(long, value_name = "N")]
        agents: Option<u32>,
        /// Calls per week
        #[arg(long, value_name = "N")]
        calls: Option<u32>,
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        #[arg(long, value_name = "N")]
        weeks: Option<u32>,
    },
}

/// Why a command did not succeed.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// The command line is wrong: exit 2, with a hint to `--help`.
    Usage(String),
    /// The input is wrong or cannot be read: exit 1.
    Input(String),
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure::Usage(message.into())
    }
}

/// Run the tool with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let command = std::iter::once("frontline").chain(args.iter().map(String::as_str));
    let cli = match Cli::try_parse_from(command) {
        Ok(cli) => cli,
        Err(e) => return parse_failure(&e, args, out, err),
    };
    let sub = subcommand_name(&cli.command);
    let result = match cli.command {
        Command::Lint {
            files,
            deny_warnings,
        } => lint::run(&files, deny_warnings, out),
        Command::Paths { file, policy, seed } => paths::run(&file, &policy, seed, out, err),
        Command::Spreads { files } => paths::spreads(&files, out, err),
        Command::Play {
            file,
            policy,
            seed,
            choices,
            xapi,
            xapi_base,
        } => base_profile(xapi_base.as_deref()).and_then(|profile| {
            let report = if xapi {
                play::Report::Xapi(profile)
            } else {
                play::Report::Debrief
            };
            play::run(&file, &policy, seed, &choices, report, out, err)
        }),
        Command::Schema => schema::run(out),
        Command::Import {
            file,
            out: target,
            story,
        } => import::run(&file, target.as_deref(), story.as_deref(), out, err),
        Command::Export {
            twee: _,
            file,
            out: target,
        } => export::run(&file, target.as_deref(), out, err),
        Command::Package {
            format,
            track,
            dist,
            out: target,
            xapi_base,
        } => package::run(
            &package::Request {
                format: &format,
                track: &track,
                dist: &dist,
                out: &target,
                xapi_base: xapi_base.as_deref(),
            },
            out,
        ),
        Command::Cohort {
            files,
            csv,
            trainees,
            pseudonymise,
            scenarios,
            tracks,
        } => cohort::run(
            &cohort::Request {
                files: &files,
                csv,
                trainees,
                pseudonymise,
                scenarios: &scenarios,
                tracks: &tracks,
            },
            out,
            err,
        ),
        Command::Simulate {
            policy,
            agents,
            calls,
            seed,
            weeks,
        } => simulate::run(&policy, agents, calls, seed, weeks, out),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Usage(message)) => {
            let _ = writeln!(err, "frontline: {message}; see 'frontline {sub} --help'");
            2
        }
        Err(Failure::Input(message)) => {
            let _ = writeln!(err, "frontline: {message}");
            1
        }
    }
}

fn subcommand_name(command: &Command) -> &'static str {
    match command {
        Command::Lint { .. } => "lint",
        Command::Paths { .. } => "paths",
        Command::Spreads { .. } => "spreads",
        Command::Play { .. } => "play",
        Command::Schema => "schema",
        Command::Import { .. } => "import",
        Command::Export { .. } => "export",
        Command::Package { .. } => "package",
        Command::Cohort { .. } => "cohort",
        Command::Simulate { .. } => "simulate",
    }
}

/// `--help` and `--version` go to `out` with exit 0; anything else is a
/// usage error, told in one line.
fn parse_failure(
    e: &clap::Error,
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = write!(out, "{}", e.render());
        return 0;
    }
    let known = [
        "lint", "paths", "play", "schema", "import", "export", "simulate", "cohort",
    ];
    let help = match args.first().filter(|a| known.contains(&a.as_str())) {
        Some(sub) => format!("frontline {sub} --help"),
        None => "frontline --help".to_string(),
    };
    let context = |kind| e.get(kind).map(|v| v.to_string()).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            "no command given".to_string()
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "unknown command '{}'",
                context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::UnknownArgument => {
            let arg = context(ContextKind::InvalidArg);
            if arg.starts_with('-') {
                format!("unknown option '{arg}'")
            } else {
                format!("unexpected argument '{arg}'")
            }
        }
        ErrorKind::MissingRequiredArgument => {
            format!("missing {}", context(ContextKind::InvalidArg))
        }
        _ => {
            // clap's own first line, without its "error: " prefix.
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    };
    let _ = writeln!(err, "frontline: {message}; see '{help}'");
    2
}

/// A file's text; a missing, unreadable or non-UTF-8 file is an input error
/// that names the file.
pub(crate) fn read_file(path: &str) -> Result<String, Failure> {
    let bytes =
        std::fs::read(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
    String::from_utf8(bytes)
        .map_err(|_| Failure::Input(format!("cannot read {path}: it is not UTF-8 text")))
}

/// Print diagnostics as `FILE: PLACE: SEVERITY[CODE]: MESSAGE`.
pub(crate) fn print_diagnostics(
    path: &str,
    diagnostics: &[crate::engine::Diagnostic],
    to: &mut dyn Write,
) {
    for d in diagnostics {
        let _ = writeln!(to, "{path}: {d}");
    }
}

/// Load and validate a scenario for `paths` and `play`; diagnostics go to
/// `err`, and errors among them end the command with exit 1.
pub(crate) fn load_valid(
    path: &str,
    policies: &[crate::engine::Policy],
    err: &mut dyn Write,
) -> Result<Result<crate::engine::Scenario, i32>, Failure> {
    let text = read_file(path)?;
    let scenario = match crate::engine::check::load::parse_scenario(&text) {
        Ok(s) => s,
        Err(d) => {
            print_diagnostics(path, &[d], err);
            return Ok(Err(1));
        }
    };
    let diagnostics = crate::engine::check::validation::validate(&scenario, policies);
    print_diagnostics(path, &diagnostics, err);
    if diagnostics.iter().any(|d| d.is_error()) {
        return Ok(Err(1));
    }
    Ok(Ok(scenario))
}

pub(crate) fn policy_named<'a>(
    policies: &'a [crate::engine::Policy],
    name: &str,
) -> Result<&'a crate::engine::Policy, Failure> {
    crate::engine::model::policy::find_policy(policies, name).ok_or_else(|| {
        let known: Vec<&str> = policies.iter().map(|p| p.id.as_str()).collect();
        Failure::usage(format!(
            "unknown policy '{name}'; known policies: {}",
            known.join(", ")
        ))
    })
}

/// The organisation's IRIs from `--xapi-base`, or the documented default.
fn base_profile(base: Option<&str>) -> Result<crate::engine::lms::xapi::Profile, Failure> {
    base.map_or_else(
        || Ok(crate::engine::lms::xapi::Profile::default()),
        |b| crate::engine::lms::xapi::Profile::new(b).map_err(Failure::usage),
    )
}
