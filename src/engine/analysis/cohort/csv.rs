//! The cohort report as CSV for a spreadsheet: three tables one after the
//! other, each with its own header row, separated by an empty line (the
//! group per scenario, the share of each answer, and, only when asked, the
//! trainees). A cell that a spreadsheet would take for a formula (starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`
//! (OWASP, "CSV injection"): names and ids come from statements anyone
//! with write access to the LRS could have sent.

use std::fmt::Write;

use super::report::CohortReport;

fn number(n: Option<f64>) -> String {
    n.map_or_else(String::new, |n| format!("{n:.2}"))
}

fn row(out: &mut String, cells: &[String]) {
    let line: Vec<String> = cells
        .iter()
        .map(|c| crate::engine::wire::csv::cell(c))
        .collect();
    let _ = writeln!(out, "{}", line.join(","));
}

/// The report as CSV; the trainees' table only when `trainees`, with the
/// names as the report has them (pseudonymise the report first to leave
/// them out).
pub fn to_csv(report: &CohortReport, trainees: bool) -> String {
    let mut out = String::new();
    let h = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    row(
        &mut out,
        &h(&[
            "track",
            "scenario",
            "house rules",
            "plays",
            "completions",
            "csat 1",
            "csat 2",
            "csat 3",
            "csat 4",
            "csat 5",
            "mean csat",
            "mean handle time (s)",
            "mean goodwill (EUR)",
            "most common first deviation (node/answer)",
            "instead of",
            "contacts",
        ]),
    );
    for s in &report.scenarios {
        let first = s.first_deviations.first();
        let mut cells = vec![
            s.track.clone().unwrap_or_default(),
            s.scenario.clone(),
            s.policy.clone(),
            s.plays.to_string(),
            s.completions.to_string(),
        ];
        cells.extend(s.csat.iter().map(u64::to_string));
        cells.extend([
            number(s.mean_csat),
            number(s.mean_handle_time),
            number(s.mean_goodwill),
            first.map_or_else(String::new, |d| format!("{}/{}", d.node, d.choice)),
            first.map_or_else(String::new, |d| d.best.clone()),
            first.map_or_else(String::new, |d| d.count.to_string()),
        ]);
        row(&mut out, &cells);
    }
    out.push('\n');
    row(
        &mut out,
        &h(&[
            "track",
            "scenario",
            "house rules",
            "node",
            "answer",
            "count",
            "share",
        ]),
    );
    for s in &report.scenarios {
        for n in &s.nodes {
            for c in &n.choices {
                row(
                    &mut out,
                    &[
                        s.track.clone().unwrap_or_default(),
                        s.scenario.clone(),
                        s.policy.clone(),
                        n.node.clone(),
                        c.choice.clone(),
                        c.count.to_string(),
                        format!("{:.4}", c.share),
                    ],
                );
            }
        }
    }
    if trainees {
        out.push('\n');
        row(
            &mut out,
            &h(&[
                "trainee",
                "code",
                "track",
                "scenario",
                "house rules",
                "plays",
                "completions",
                "best csat",
            ]),
        );
        for t in &report.trainees {
            for s in &t.steps {
                row(
                    &mut out,
                    &[
                        t.name.clone(),
                        t.code.clone(),
                        s.track.clone().unwrap_or_default(),
                        s.scenario.clone(),
                        s.policy.clone(),
                        s.plays.to_string(),
                        s.completions.to_string(),
                        s.best_csat.map_or_else(String::new, |c| c.to_string()),
                    ],
                );
            }
        }
    }
    out
}
