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
    /// Scoring nodes: (path, scored in some case, lost points in some case).
    pub items: Vec<(String, bool, bool)>,
    /// Rule functions the items name: (name, run in some case, where defined).
    pub rules: Vec<(String, bool, Option<Span>)>,
    /// `deduct(` call sites reachable from the rules: (where, fired in some case).
    pub sites: Vec<(Span, bool)>,
}

impl Coverage {
    /// Share of deduction sites fired, in percent (100 when there are none).
    pub fn percent(&self) -> Decimal {
        if self.sites.is_empty() {
            return Decimal::ONE_HUNDRED;
        }
        let fired = self.sites.iter().filter(|(_, f)| *f).count();
        Decimal::from(fired as u64)
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(Decimal::from(self.sites.len() as u64)))
            .unwrap_or(Decimal::ONE_HUNDRED)
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
            (path, scored, lost)
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
            (name.clone(), ran, policy.scripts.function_span(name, 2))
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
            (s, hit)
        })
        .collect();
    Coverage {
        items,
        rules,
        sites,
    }
}
