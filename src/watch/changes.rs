//! What an edit changed: which scoring nodes to score again (the plan) — decided from what
//! ran, the ledgers of the last evaluations — and how each project moved, every moved row
//! attributed by compare's one attribution engine.

use super::moved::{Moved, MovedRow, Standing, Why};
use crate::compare::{attribute_item, compare, Attribution};
use crate::diag::{Diagnostic, Diags};
use crate::eval::{reevaluate, Evaluation, ItemScore};
use crate::policy::{Node, NodeKind, Policy};
use crate::project::Project;
use crate::text;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::Arc;

/// What a pack edit changed: the scoring nodes whose rule, weight or rounding differ, and the
/// parameters whose values differ. Which items read a parameter is on each project's ledger.
pub struct Plan {
    rules: HashSet<String>,
    params: BTreeSet<String>,
}

/// The plan for re-scoring after a pack edit; `None` when the packs do not have the same
/// scoring nodes (then everything is scored again).
pub(super) fn plan(old: &Policy, new: &Policy) -> Option<Plan> {
    let shape = |p: &Policy| {
        p.items()
            .iter()
            .map(|n| (n.id.clone(), n.path.clone()))
            .collect::<Vec<_>>()
    };
    if shape(old) != shape(new) {
        return None;
    }
    let rules = new
        .items()
        .into_iter()
        .zip(old.items())
        .filter(|(n, o)| new.fingerprint(n) != old.fingerprint(o))
        .map(|(n, _)| n.id.clone())
        .collect();
    let params = old
        .params
        .iter()
        .chain(&new.params)
        .map(|(k, _)| k)
        .filter(|k| old.param(k) != new.param(k))
        .cloned()
        .collect();
    Some(Plan { rules, params })
}

/// True when the ledger item `i` was scored by node `n`.
fn owns(n: &Node, i: &ItemScore) -> bool {
    i.path == n.path || (matches!(n.kind, NodeKind::Each(..)) && i.path.starts_with(&n.path))
}

/// The nodes to score again for one project: those whose rule changed, and those whose items
/// read, when this project was last scored, a parameter the edit changed.
fn dirty_nodes(new: &Policy, plan: &Plan, was: &Evaluation) -> HashSet<String> {
    let read_changed = |i: &ItemScore| i.params.iter().any(|(k, _)| plan.params.contains(k));
    new.items()
        .into_iter()
        .filter(|n| {
            plan.rules.contains(&n.id) || was.items.iter().any(|i| owns(n, i) && read_changed(i))
        })
        .map(|n| n.id.clone())
        .collect()
}

/// Why a row moved: the project's data when the pack is the same (or nothing was attributed).
fn why(atts: &[Attribution], same_pack: bool) -> Why {
    if atts.is_empty() || same_pack {
        Why::ProjectData
    } else {
        Why::Pack(atts.to_vec())
    }
}

/// Re-scores only the dirty nodes of a project whose data did not change, and attributes
/// the items that moved — copying only the dirty items, not the whole evaluation.
pub(super) fn incremental(
    path: &Path,
    old: &Policy,
    new: &Arc<Policy>,
    project: &Arc<Project>,
    was: Evaluation,
    plan: &Plan,
) -> (Option<Moved>, Result<Evaluation, Diags>) {
    let dirty = dirty_nodes(new, plan, &was);
    let before_items: Vec<ItemScore> = was
        .items
        .iter()
        .filter(|i| {
            new.items()
                .iter()
                .any(|n| dirty.contains(&n.id) && owns(n, i))
        })
        .cloned()
        .collect();
    let before = Standing::of(&was);
    let file = path.display().to_string();
    let name = project.header.name.value.clone();
    match reevaluate(new, project, was, &|n| dirty.contains(&n.id)) {
        Err(d) => (
            Some(Moved {
                name,
                file,
                before: Some(before),
                after: None,
                rows: Vec::new(),
                error: Some(d.clone()),
            }),
            Err(d),
        ),
        Ok(ev) => {
            let rows: Vec<MovedRow> = before_items
                .iter()
                .filter_map(|a| {
                    let b = ev.items.iter().find(|b| b.path == a.path)?;
                    let delta = b.score.saturating_sub(a.score);
                    (!delta.is_zero()).then(|| MovedRow {
                        label: a.path.join("/"),
                        delta,
                        why: why(&attribute_item(old, project, new, a, b), false),
                    })
                })
                .collect();
            let after = Standing::of(&ev);
            let moved = (!rows.is_empty() || before != after).then_some(Moved {
                name,
                file,
                before: Some(before),
                after: Some(after),
                rows,
                error: None,
            });
            (moved, Ok(ev))
        }
    }
}

/// How a project moved between two states, or `None` when it did not.
pub(super) fn moved_of(
    path: &Path,
    old: &Policy,
    was: Option<Evaluation>,
    new: &Policy,
    now: Option<&Evaluation>,
    error: Option<&Diags>,
) -> Option<Moved> {
    let file = path.display().to_string();
    match (was, now) {
        (Some(a), Some(b)) => {
            let c = compare(old, a, new, b.clone());
            let rows: Vec<MovedRow> = c
                .rows
                .iter()
                .filter(|r| !r.delta().is_zero())
                .map(|r| MovedRow {
                    label: r.label.clone(),
                    delta: r.delta(),
                    why: why(&r.attributions, std::ptr::eq(old, new)),
                })
                .collect();
            let (before, after) = (Standing::of(&c.a), Standing::of(&c.b));
            if rows.is_empty() && before == after {
                return None;
            }
            Some(Moved {
                name: c.b.project.header.name.value.clone(),
                before: Some(before),
                after: Some(after),
                rows,
                error: None,
                file,
            })
        }
        (was, Some(b)) => Some(Moved {
            name: b.project.header.name.value.clone(),
            before: was.as_ref().map(Standing::of),
            after: Some(Standing::of(b)),
            rows: Vec::new(),
            error: None,
            file,
        }),
        (None, None) if error.is_none_or(|d| d.0.is_empty()) => None,
        (was, None) => {
            let error = error.cloned().unwrap_or_else(|| {
                Diags::from(Diagnostic::error("jixiao::watch", text::PROJECT_REMOVED))
            });
            Some(Moved {
                name: file.clone(),
                before: was.as_ref().map(Standing::of),
                after: None,
                rows: Vec::new(),
                error: Some(error),
                file,
            })
        }
    }
}
