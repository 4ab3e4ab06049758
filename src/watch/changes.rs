//! What an edit changed: which scoring nodes to score again and why (the plan), and how
//! each project moved, with the causes of every item that did.

use super::session::Moved;
use crate::compare::{attribute_item, compare};
use crate::diag::{Diagnostic, Diags};
use crate::eval::{reevaluate, Evaluation, ItemScore};
use crate::policy::Policy;
use crate::project::Project;
use crate::text;
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

/// What a pack edit changed: the scoring nodes whose result may differ, each with its one
/// cause in words — or `None` when several causes need step-by-step re-scoring.
pub struct Plan {
    dirty: HashSet<String>,
    nodes: Vec<(Vec<String>, Option<String>)>,
}

impl Plan {
    /// The node (path, single cause) an item belongs to, if that node is dirty.
    fn node_of(&self, item: &ItemScore) -> Option<&(Vec<String>, Option<String>)> {
        self.nodes.iter().find(|(p, _)| item.path.starts_with(p))
    }
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
    let mut plan = Plan {
        dirty: HashSet::new(),
        nodes: Vec::new(),
    };
    for (n, o) in new.items().into_iter().zip(old.items()) {
        if new.fingerprint(n) == old.fingerprint(o) {
            continue;
        }
        plan.dirty.insert(n.id.clone());
        plan.nodes
            .push((n.path.clone(), single_cause(old, o, new, n)));
    }
    Some(plan)
}

/// The one thing that changed for a node, in words, when only one did.
fn single_cause(
    old: &Policy,
    o: &crate::policy::Node,
    new: &Policy,
    n: &crate::policy::Node,
) -> Option<String> {
    let weight = |x: &crate::policy::Node| x.weight.as_ref().map(|w| w.value);
    let sources = |p: &Policy, x: &crate::policy::Node| {
        let rule = x.rule().map(|r| r.rule.value.clone()).unwrap_or_default();
        let names = p.scripts.reachable(&[rule.as_str()]);
        names
            .iter()
            .map(|f| p.scripts.function_source(f).unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    let named: Vec<String> = sources(new, n)
        .iter()
        .chain(&sources(old, o))
        .flat_map(|s| crate::script::params_named(s))
        .collect();
    let value = |p: &Policy, k: &str| {
        p.params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.value.clone())
            .unwrap_or_else(|| "—".into())
    };
    let params: Vec<(String, String, String)> = named
        .iter()
        .map(|k| (k.clone(), value(old, k), value(new, k)))
        .filter(|(_, a, b)| a != b)
        .collect();
    let formula = o.rule_text() != n.rule_text() || sources(old, o) != sources(new, n);
    let changed = [
        weight(o) != weight(n),
        !params.is_empty(),
        old.rounding != new.rounding,
        formula,
    ];
    if changed.iter().filter(|c| **c).count() != 1 || formula {
        return None;
    }
    let cause = |c: crate::compare::Cause, detail: String| format!("{} {detail}", c.label());
    Some(match (weight(o), weight(n)) {
        (Some(a), Some(b)) if a != b => {
            cause(crate::compare::Cause::Weight, text::weight_detail(a, b))
        }
        _ if !params.is_empty() => cause(
            crate::compare::Cause::Parameter,
            text::params_detail(&params),
        ),
        _ => cause(
            crate::compare::Cause::Rounding,
            text::rounding_detail(&old.rounding, &new.rounding),
        ),
    })
}

/// Causes of an attributed row, in words.
fn causes(atts: &[crate::compare::Attribution], same_pack: bool) -> Vec<String> {
    if atts.is_empty() || same_pack {
        return vec![text::PROJECT_DATA_CHANGED.to_string()];
    }
    atts.iter()
        .map(|x| format!("{} {}", x.cause.label(), x.detail))
        .collect()
}

/// A dirty item before the edit: path, score, its node's single cause, a full copy when needed.
type Before<'a> = (Vec<String>, Decimal, Option<&'a String>, Option<ItemScore>);

/// Re-scores only the dirty nodes of a project whose data did not change, and attributes
/// the items that moved — without cloning the whole evaluation.
pub(super) fn incremental(
    path: &Path,
    old: &Policy,
    new: &Policy,
    project: &Arc<Project>,
    was: Evaluation,
    plan: &Plan,
) -> (Option<Moved>, Result<Evaluation, Diags>) {
    // Before-scores of dirty items; a full copy only where several causes need re-scoring.
    let before_items: Vec<Before> = was
        .items
        .iter()
        .filter_map(|i| {
            let (_, single) = plan.node_of(i)?;
            let copy = single.is_none().then(|| i.clone());
            Some((i.path.clone(), i.score, single.as_ref(), copy))
        })
        .collect();
    let before = (was.total, was.grade.clone());
    let file = path.display().to_string();
    let name = project.header.name.value.clone();
    match reevaluate(new, project, was, &|n| plan.dirty.contains(&n.id)) {
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
            let rows: Vec<(String, Decimal, Vec<String>)> = before_items
                .iter()
                .filter_map(|(path, score, single, copy)| {
                    let b = ev.items.iter().find(|b| &b.path == path)?;
                    let delta = b.score.saturating_sub(*score);
                    if delta.is_zero() {
                        return None;
                    }
                    let why = match (single, copy) {
                        (Some(text), _) => vec![(*text).clone()],
                        (None, Some(a)) => causes(&attribute_item(old, project, new, a, b), false),
                        (None, None) => Vec::new(),
                    };
                    Some((path.join("/"), delta, why))
                })
                .collect();
            let after = (ev.total, ev.grade.clone());
            let moved = (!rows.is_empty() || before.1 != after.1).then_some(Moved {
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
    let score = |e: &Evaluation| (e.total, e.grade.clone());
    match (was, now) {
        (Some(a), Some(b)) => {
            let c = compare(old, a, new, b.clone());
            let rows: Vec<(String, Decimal, Vec<String>)> = c
                .rows
                .iter()
                .filter(|r| !r.delta().is_zero())
                .map(|r| {
                    (
                        r.label.clone(),
                        r.delta(),
                        causes(&r.attributions, std::ptr::eq(old, new)),
                    )
                })
                .collect();
            if rows.is_empty() && c.a.grade == c.b.grade {
                return None;
            }
            Some(Moved {
                name: c.b.project.header.name.value.clone(),
                before: Some(score(&c.a)),
                after: Some(score(&c.b)),
                rows,
                error: None,
                file,
            })
        }
        (was, Some(b)) => Some(Moved {
            name: b.project.header.name.value.clone(),
            before: was.as_ref().map(score),
            after: Some(score(b)),
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
                before: was.as_ref().map(score),
                after: None,
                rows: Vec::new(),
                error: Some(error),
                file,
            })
        }
    }
}
