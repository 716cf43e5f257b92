//! `frontline`, the trainers' command-line tool.
//!
//! Exit codes: 0 success, 1 a scenario has problems (or a play failed),
//! 2 a usage error (unknown command, missing option, unreadable file).

use std::io::Write;

mod import;
mod lint;
mod paths;
mod play;
mod schema;
mod simulate;

pub const USAGE: &str = "\
usage:
  frontline lint FILE...
  frontline paths FILE --policy NAME [--seed N]
  frontline play FILE --policy NAME --seed N --choices 1,3,2
  frontline schema
  frontline import FILE.twee|FILE.html [--out FILE.json]
  frontline simulate --policy NAME [--agents N] [--calls N] [--seed N] [--weeks N]";

/// A usage error: printed with the usage text, exit code 2.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Run the tool with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("lint") => lint::run(&args[1..], out, err),
        Some("import") => import::run(&args[1..], out, err),
        Some("paths") => paths::run(&args[1..], out, err),
        Some("play") => play::run(&args[1..], out, err),
        Some("schema") => schema::run(&args[1..], out),
        Some("simulate") => simulate::run(&args[1..], out),
        Some("-h") | Some("--help") | Some("help") => {
            let _ = writeln!(out, "{USAGE}");
            Ok(0)
        }
        Some(other) => Err(UsageError(format!("unknown command '{other}'"))),
        None => Err(UsageError("no command given".into())),
    };
    match result {
        Ok(code) => code,
        Err(UsageError(message)) => {
            let _ = writeln!(err, "frontline: {message}\n{USAGE}");
            2
        }
    }
}

/// Options of the form `--name value`, plus positional arguments.
pub(crate) struct Options {
    pub positional: Vec<String>,
    pub named: Vec<(String, String)>,
}

impl Options {
    pub fn parse(args: &[String], known: &[&str]) -> Result<Options, UsageError> {
        let mut positional = Vec::new();
        let mut named = Vec::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            if let Some(name) = arg.strip_prefix("--") {
                if !known.contains(&name) {
                    return Err(UsageError(format!("unknown option '--{name}'")));
                }
                let value = it
                    .next()
                    .ok_or_else(|| UsageError(format!("--{name} needs a value")))?;
                named.push((name.to_string(), value.clone()));
            } else {
                positional.push(arg.clone());
            }
        }
        Ok(Options { positional, named })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn require(&self, name: &str) -> Result<&str, UsageError> {
        self.get(name)
            .ok_or_else(|| UsageError(format!("--{name} is required")))
    }

    pub fn one_file(&self) -> Result<&str, UsageError> {
        match self.positional.as_slice() {
            [file] => Ok(file),
            [] => Err(UsageError("a scenario FILE is required".into())),
            _ => Err(UsageError("give exactly one scenario FILE".into())),
        }
    }
}

pub(crate) fn read_file(path: &str) -> Result<String, UsageError> {
    std::fs::read_to_string(path).map_err(|e| UsageError(format!("cannot read {path}: {e}")))
}

pub(crate) fn parse_seed(text: &str) -> Result<u64, UsageError> {
    text.parse()
        .map_err(|_| UsageError(format!("--seed must be a whole number, not '{text}'")))
}

/// Load and validate a scenario for `paths` and `play`; problems go to `err`.
pub(crate) fn load_valid(
    path: &str,
    policies: &[crate::engine::Policy],
    err: &mut dyn Write,
) -> Result<Result<crate::engine::Scenario, i32>, UsageError> {
    let text = read_file(path)?;
    match crate::engine::check::load::load_scenario(&text, policies) {
        Ok(s) => Ok(Ok(s)),
        Err(problems) => {
            for p in problems {
                let _ = writeln!(err, "{path}: {p}");
            }
            Ok(Err(1))
        }
    }
}

pub(crate) fn policy_named<'a>(
    policies: &'a [crate::engine::Policy],
    name: &str,
) -> Result<&'a crate::engine::Policy, UsageError> {
    crate::engine::model::policy::find_policy(policies, name).ok_or_else(|| {
        let known: Vec<&str> = policies.iter().map(|p| p.id.as_str()).collect();
        UsageError(format!(
            "unknown policy '{name}'; known policies: {}",
            known.join(", ")
        ))
    })
}
