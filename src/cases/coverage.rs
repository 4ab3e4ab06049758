//! Which parts of a pack its cases exercise: items scored and deducted, rule functions run,
//! and every `deduct` call site reachable from the pack's rules (calls read from rhai's AST),
//! fired or not.

use super::CaseResult;
use crate::policy::Policy;
use crate::source::Span;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Coverage of one pack by its cases.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Scoring nodes.
    pub items: Vec<ItemCoverage>,
    /// Rule functions the items name.
    pub rules: Vec<RuleCoverage>,
    /// `deduct(` call sites reachable from the rules.
    pub sites: Vec<SiteCoverage>,
}

/// A scoring node, and whether some case scored it and some case made it lose points.
#[derive(Debug, Clone)]
pub struct ItemCoverage {
    /// The node's path.
    pub path: String,
    /// Scored in some case.
    pub scored: bool,
    /// Lost points in some case.
    pub lost: bool,
}

/// A rule function, and whether some case ran it.
#[derive(Debug, Clone)]
pub struct RuleCoverage {
    /// Function name.
    pub name: String,
    /// Run in some case.
    pub ran: bool,
    /// Where it is defined.
    pub span: Option<Span>,
}

/// A `deduct(` call site, and whether some case fired it.
#[derive(Debug, Clone)]
pub struct SiteCoverage {
    /// Where the call is.
    pub span: Span,
    /// Fired in some case.
    pub fired: bool,
}

impl Coverage {
    /// Share of deduction sites fired, in percent (100 when there are none).
    pub fn percent(&self) -> Decimal {
        if self.sites.is_empty() {
            return Decimal::ONE_HUNDRED;
        }
        let fired = self.fired();
        Decimal::from(fired as u64)
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(Decimal::from(self.sites.len() as u64)))
            .unwrap_or(Decimal::ONE_HUNDRED)
    }

    /// How many deduction sites fired.
    pub fn fired(&self) -> usize {
        self.sites.iter().filter(|s| s.fired).count()
    }
}

/// Coverage of `policy` by the results of its cases.
pub fn coverage(policy: &Policy, results: &[CaseResult]) -> Coverage {
    let evals: Vec<&crate::eval::Evaluation> = results
        .iter()
        .filter_map(|r| r.evaluation.as_ref())
        .collect();
    let items = policy
        .items()
        .iter()
        .map(|n| {
            let path = n.path_str();
            let mine = |i: &&crate::eval::ItemScore| {
                i.path_str() == path || i.path_str().starts_with(&format!("{path}/"))
            };
            let scored = evals.iter().any(|e| e.items.iter().any(|i| mine(&i)));
            let lost = evals
                .iter()
                .any(|e| e.items.iter().filter(mine).any(|i| !i.lost().is_zero()));
            ItemCoverage { path, scored, lost }
        })
        .collect();
    let names: BTreeSet<String> = policy
        .items()
        .iter()
        .filter_map(|n| n.rule().map(|r| r.rule.value.clone()))
        .collect();
    let rules = names
        .iter()
        .map(|name| {
            let ran = evals
                .iter()
                .any(|e| e.items.iter().any(|i| &i.rule == name));
            RuleCoverage {
                name: name.clone(),
                ran,
                span: policy.scripts.function_span(name, 2),
            }
        })
        .collect();
    let fired: BTreeSet<(String, usize)> = evals
        .iter()
        .flat_map(|e| {
            e.items
                .iter()
                .flat_map(|i| i.deductions.iter().filter_map(|d| d.site.as_ref()))
        })
        .map(|s| (s.file.name().to_string(), s.offset))
        .collect();
    let roots: Vec<&str> = names.iter().map(String::as_str).collect();
    let sites = policy
        .scripts
        .deduct_sites(&roots)
        .into_iter()
        .map(|s| {
            let hit = fired.contains(&(s.file.name().to_string(), s.offset));
            SiteCoverage {
                span: s,
                fired: hit,
            }
        })
        .collect();
    Coverage {
        items,
        rules,
        sites,
    }
}
