//! The balance check: does a scenario let the trainee's choices matter under
//! every policy? Pure analysis over [`paths::analyse`], returning structured
//! findings (kind, scenario, policy, place, numbers) that the linter and the
//! workshop show as warnings.

use serde::{Deserialize, Serialize};

use crate::engine::analysis::paths::{self, PathAnalysis};
use crate::engine::check::diagnostic::{Code, Diagnostic, Location};
use crate::engine::model::policy::Policy;
use crate::engine::model::scenario::{ContactKind, Scenario, Style, Verdict};
use crate::engine::play::contact::Setup;

/// Best and worst paths under a policy must be at least this many CSAT
/// points apart, or the choices hardly matter.
pub const MIN_CSAT_SPREAD: u8 = 2;
/// A complaint without a resolving path must still reach this CSAT.
pub const MIN_COMPLAINT_BEST: u8 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Best and worst CSAT are less than [`MIN_CSAT_SPREAD`] apart.
    NarrowSpread,
    /// A routine or complex contact with no resolving path under a policy.
    NoResolvingPath,
    /// A complaint with no resolving path whose best path is below
    /// [`MIN_COMPLAINT_BEST`] or whose ending does not say why.
    ComplaintWithoutRemedy,
    /// A choice the author marked as a mistake lies on the best path.
    MistakeOnBestPath,
    /// A scripted choice in a complex or complaint contact carries its own
    /// negative mood or trust on top of the engine's script penalty.
    DoubleScriptPenalty,
    /// The best path comes back to a node it passed.
    BestPathLoops,
}

/// One balance problem, with the numbers behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub scenario: String,
    /// The policy it applies under, if it depends on one.
    pub policy: Option<String>,
    pub node: Option<String>,
    pub choice: Option<String>,
    pub best_csat: Option<u8>,
    pub worst_csat: Option<u8>,
}

impl Finding {
    fn new(kind: FindingKind, scenario: &Scenario) -> Self {
        Finding {
            kind,
            scenario: scenario.id.clone(),
            policy: None,
            node: None,
            choice: None,
            best_csat: None,
            worst_csat: None,
        }
    }
}

/// Findings from the choices alone (no path analysis needed).
pub fn static_findings(scenario: &Scenario) -> Vec<Finding> {
    let mut out = Vec::new();
    if scenario.kind == ContactKind::Routine {
        return out;
    }
    for node in &scenario.nodes {
        for choice in &node.choices {
            let e = choice.effects;
            if choice.style == Style::Scripted && !choice.verifies && (e.mood < 0 || e.trust < 0) {
                out.push(Finding {
                    node: Some(node.id.clone()),
                    choice: Some(choice.id.clone()),
                    ..Finding::new(FindingKind::DoubleScriptPenalty, scenario)
                });
            }
        }
    }
    out
}

/// Findings from one policy's path analysis.
pub fn policy_findings(scenario: &Scenario, policy: &Policy, a: &PathAnalysis) -> Vec<Finding> {
    let mut out = Vec::new();
    let base = |kind| Finding {
        policy: Some(policy.id.clone()),
        best_csat: Some(a.best.csat),
        worst_csat: Some(a.worst.csat),
        ..Finding::new(kind, scenario)
    };
    if a.best.csat < a.worst.csat + MIN_CSAT_SPREAD {
        out.push(base(FindingKind::NarrowSpread));
    }
    if a.resolving_paths == 0.0 {
        match scenario.kind {
            ContactKind::Routine | ContactKind::Complex => {
                out.push(base(FindingKind::NoResolvingPath))
            }
            ContactKind::Complaint => {
                let says_why = a
                    .best
                    .choices
                    .last()
                    .and_then(|c| c.split_once('/'))
                    .and_then(|(node, choice)| {
                        let c = scenario
                            .node(node)?
                            .choices
                            .iter()
                            .find(|c| c.id == choice)?;
                        scenario.node(&c.next)?.ending.as_ref()
                    })
                    .is_some_and(|e| !e.summary.en.trim().is_empty());
                if a.best.csat < MIN_COMPLAINT_BEST || !says_why {
                    out.push(base(FindingKind::ComplaintWithoutRemedy));
                }
            }
        }
    }
    if !a.best.loop_free {
        out.push(base(FindingKind::BestPathLoops));
    }
    for step in &a.best.choices {
        let Some((node, id)) = step.split_once('/') else {
            continue;
        };
        let marked = scenario
            .node(node)
            .and_then(|n| n.choices.iter().find(|c| c.id == id))
            .is_some_and(|c| c.verdict == Some(Verdict::Mistake));
        if marked {
            out.push(Finding {
                node: Some(node.to_string()),
                choice: Some(id.to_string()),
                ..base(FindingKind::MistakeOnBestPath)
            });
        }
    }
    out
}

impl Finding {
    /// The finding as a diagnostic (FL06xx, a warning), for `frontline lint`
    /// and the workshop.
    pub fn diagnostic(&self) -> Diagnostic {
        let code = match self.kind {
            FindingKind::NarrowSpread => Code::BalanceNarrowSpread,
            FindingKind::NoResolvingPath => Code::BalanceNoResolvingPath,
            FindingKind::ComplaintWithoutRemedy => Code::BalanceComplaintWithoutRemedy,
            FindingKind::MistakeOnBestPath => Code::BalanceMistakeOnBestPath,
            FindingKind::DoubleScriptPenalty => Code::BalanceDoubleScriptPenalty,
            FindingKind::BestPathLoops => Code::BalanceBestPathLoops,
        };
        let location = match (&self.node, &self.choice) {
            (Some(node), Some(choice)) => Location::Choice {
                node: node.clone(),
                choice: choice.clone(),
            },
            (Some(node), None) => Location::Node { node: node.clone() },
            _ => Location::Scenario,
        };
        let mut d = Diagnostic::new(code, location).in_scenario(&self.scenario);
        if let Some(policy) = &self.policy {
            d = d.text("policy", policy.clone());
        }
        if let Some(best) = self.best_csat {
            d = d.number("best", best.into());
        }
        if let Some(worst) = self.worst_csat {
            d = d.number("worst", worst.into());
        }
        d
    }
}

/// Every balance finding as a diagnostic.
pub fn diagnostics(scenario: &Scenario, policies: &[Policy]) -> Vec<Diagnostic> {
    balance(scenario, policies)
        .iter()
        .map(Finding::diagnostic)
        .collect()
}

/// Every balance finding for a scenario under the given policies.
pub fn balance(scenario: &Scenario, policies: &[Policy]) -> Vec<Finding> {
    let mut out = static_findings(scenario);
    for policy in policies {
        let a = paths::analyse(scenario, policy, &Setup::default());
        out.extend(policy_findings(scenario, policy, &a));
    }
    out
}
