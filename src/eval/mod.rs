//! Scoring a project under a pack: every item's rule runs once, its deductions go into the ledger.

mod form_weights;
mod inputs;
mod item;
mod ledger;
mod rounding;
mod target;
mod total;
mod unscored;

pub use item::Rules;
pub use ledger::{
    Adjustment, Deduction, Evaluation, Figure, ItemScore, Line, Missing, Note, RoundingStep,
    SectionScore, Unscored, WeightOrigin,
};
pub use target::spread;

use crate::diag::{Diagnostic, Diags, Result};
use crate::policy::{Node, NodeKind, Policy};
use crate::project::Project;
use crate::text;
use rust_decimal::Decimal;
use std::sync::Arc;

/// Scores `project` under `policy`; every item is tried, and all failures are reported together.
pub fn evaluate(policy: &Arc<Policy>, project: &Arc<Project>) -> Result<Evaluation> {
    let scored = score_nodes(policy, project, None)?;
    assemble(policy, project, scored)
}

/// Scores again only the nodes `dirty` says changed; every other node's items are taken over
/// from `previous` (which must come from a pack with the same scoring nodes). This is what
/// lets `watch` re-score a large portfolio after a one-line edit.
pub fn reevaluate(
    policy: &Arc<Policy>,
    project: &Arc<Project>,
    previous: Evaluation,
    dirty: &dyn Fn(&Node) -> bool,
) -> Result<Evaluation> {
    let scored = score_nodes(policy, project, Some((previous.items, dirty)))?;
    assemble(policy, project, scored)
}

type Reuse<'a> = (Vec<ItemScore>, &'a dyn Fn(&Node) -> bool);

/// The scored items and, on a cut-off form, the items it holds no data for.
type Scored = (Vec<ItemScore>, Vec<Unscored>);

fn score_nodes(policy: &Policy, project: &Arc<Project>, reuse: Option<Reuse>) -> Result<Scored> {
    let mut diags = Diags::default();
    let mut items = Vec::new();
    let mut unscored_items = Vec::new();
    let (mut old, dirty) = match reuse {
        Some((old, dirty)) => (old.into_iter().peekable(), Some(dirty)),
        None => (Vec::new().into_iter().peekable(), None),
    };
    let budget = item::Budget::start(policy.scripts.limits());
    for node in policy.items() {
        if budget.exhausted() {
            break;
        }
        let own = |i: &ItemScore| {
            i.path == node.path
                || (matches!(node.kind, NodeKind::Each(..)) && i.path.starts_with(&node.path))
        };
        let mut previous = Vec::new();
        while let Some(i) = old.next_if(|i| own(i)) {
            previous.push(i);
        }
        if dirty.is_some_and(|d| !d(node)) && !previous.is_empty() {
            items.extend(previous);
            continue;
        }
        if let Some(cut) = &project.cut {
            if unscored::beyond_cut(policy, project, node) {
                unscored_items.push(unscored::group(project, cut, node));
                continue;
            }
        }
        let targets = match &node.kind {
            NodeKind::Each(_, selector) => target::expand(
                policy,
                project,
                node,
                selector,
                absent_weight(policy, project, node),
            ),
            _ => target::fixed(policy, project, node).map(|t| vec![t]),
        };
        match targets {
            Ok(targets) => {
                for t in &targets {
                    let missing = match (&project.cut, t.indicator) {
                        (Some(cut), None) => {
                            unscored::missing_field(project, node).map(|f| (cut, f))
                        }
                        _ => None,
                    };
                    if let Some((cut, field)) = missing {
                        unscored_items.push(unscored::item(t, cut, field));
                        continue;
                    }
                    match item::score_item(policy.rules(), project, t, &budget) {
                        Ok(item) => items.push(item),
                        Err(d) => diags.push(d),
                    }
                    if budget.exhausted() {
                        break;
                    }
                }
            }
            Err(d) => diags.push(d),
        }
    }
    if !diags.has_errors() {
        unknown_judgements(policy, project, &items, &mut diags);
    }
    if let Some(cut) = &project.cut {
        let rest = unscored::rest(policy, cut, &items, &unscored_items);
        unscored_items.extend(rest);
    }
    diags.into_result((items, unscored_items))
}

/// The weight `node` takes over from `each` nodes that found no indicator and name it in
/// `if_absent` (10号: 未设置满意度指标的，其权重调增至效益指标).
fn absent_weight(policy: &Policy, project: &Project, node: &Node) -> Decimal {
    policy
        .items()
        .into_iter()
        .filter(|n| n.if_absent.as_ref().is_some_and(|t| t.value == node.id))
        .filter(|n| match &n.kind {
            NodeKind::Each(_, sel) => target::matching(project, sel).is_empty(),
            _ => false,
        })
        // On a cut-off form a group beyond the cut may be there on the lost pages: its weight
        // stays its own (unscored), it does not move.
        .filter(|n| !unscored::beyond_cut(policy, project, n))
        .filter_map(|n| n.weight.as_ref().map(|w| w.value))
        .sum()
}

/// Totals, sections and grade of scored items; a partial evaluation gets no grade.
fn assemble(policy: &Arc<Policy>, project: &Arc<Project>, scored: Scored) -> Result<Evaluation> {
    let (items, unscored) = scored;
    let adjustments = total::adjustments(policy, project, &items).map_err(Diags::from)?;
    let adjusted: Decimal = adjustments.iter().map(|a| a.points).sum();
    let scores: Decimal = items.iter().map(|i: &ItemScore| i.score).sum();
    // total::adjustments takes no more than the item scores, so this cannot go below zero.
    let total = scores.checked_sub(adjusted).unwrap_or(Decimal::ZERO);
    let sum: Decimal = items.iter().map(|i| i.weight).sum();
    // Written as the pack writes its total when they agree (100, not 100.00).
    let items_weight = if sum == policy.total.value {
        policy.total.value
    } else {
        sum
    };
    let band = policy.grade_of(total).or_else(|| policy.grades.last());
    let (grade, grade_span) = match (unscored.first(), band) {
        (Some(u), _) => (text::GRADE_WITHHELD.to_string(), u.cut.at.clone()),
        (None, Some(b)) => (b.grade.value.clone(), b.min.span.clone()),
        (None, None) => (String::new(), policy.total.span.clone()),
    };
    let mut sections = Vec::new();
    for n in &policy.tree {
        collect_sections(n, &items, 1, &mut sections);
    }
    Ok(Evaluation {
        project: Arc::clone(project),
        policy: Arc::clone(policy),
        items,
        unscored,
        sections,
        total,
        max_total: items_weight,
        adjustments,
        grade,
        grade_span,
    })
}

/// A judgement must name an item the pack scores; otherwise the evaluator's score would be lost.
fn unknown_judgements(policy: &Policy, project: &Project, items: &[ItemScore], diags: &mut Diags) {
    for j in &project.judgements {
        if !items.iter().any(|i| i.path_str() == j.item.value) {
            let paths: Vec<String> = items.iter().map(ItemScore::path_str).collect();
            diags.push(
                Diagnostic::error(
                    "jixiao::eval::unknown_judgement",
                    text::unknown_judgement(&j.item.value, &policy.id.value),
                )
                .at(&j.item.span, text::HERE)
                .help(text::item_list(&paths)),
            );
        }
    }
}

fn collect_sections(n: &Node, items: &[ItemScore], level: usize, out: &mut Vec<SectionScore>) {
    if let NodeKind::Item(_) = n.kind {
        return;
    }
    let below: Vec<&ItemScore> = items
        .iter()
        .filter(|i| i.path.len() > n.path.len() && i.path.starts_with(&n.path))
        .collect();
    out.push(SectionScore {
        id: n.id.clone(),
        name: n.name.value.clone(),
        path: n.path.clone(),
        weight: match (&n.weight, below.iter().map(|i| i.weight).sum::<Decimal>()) {
            (Some(w), sum) if below.is_empty() || sum == w.value => w.value,
            (_, sum) => sum,
        },
        pack_weight: n.weight.as_ref().map(|w| w.value),
        score: below.iter().map(|i| i.score).sum(),
        level,
    });
    for c in n.children() {
        collect_sections(c, items, level.saturating_add(1), out);
    }
}

/// Scores one item of an evaluation again with another weight and other rules, for
/// comparisons: `policy` supplies the item's node, `rules` the scripts, parameters and rounding.
pub fn rescore(
    policy: &Policy,
    rules: Rules,
    project: &Arc<Project>,
    item: &ItemScore,
    weight: rust_decimal::Decimal,
) -> std::result::Result<rust_decimal::Decimal, Diagnostic> {
    let nodes = policy.items();
    let node = match item.indicator {
        Some(_) => nodes
            .into_iter()
            .find(|n| matches!(n.kind, NodeKind::Each(..)) && item.path.starts_with(&n.path)),
        None => nodes.into_iter().find(|n| n.id == item.id),
    };
    let Some(node) = node else {
        return Err(Diagnostic::error(
            "jixiao::eval::no_node",
            text::no_such_item(&item.path_str()),
        ));
    };
    let indicator = item
        .indicator
        .and_then(|i| project.indicators.get(i).map(|ind| (i, ind)));
    let t = target::Target {
        id: item.id.clone(),
        name: item.name.clone(),
        path: item.path.clone(),
        weight,
        weight_origin: item.weight_origin,
        weight_note: None,
        node,
        indicator,
        declared: item.declared.clone(),
    };
    let budget = item::Budget::start(rules.scripts.limits());
    item::score_item(rules, project, &t, &budget).map(|s| s.score)
}
