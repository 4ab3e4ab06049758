//! The form's own weights for the indicators of an `each` node (`weights: form`): the rows'
//! 分值, the group's label, the 得分 that add up to it, or the pack's weight spread — each
//! weight with where it came from.

use super::ledger::{Note, WeightOrigin};
use super::target::{form_weight, given_weights, spread, weights};
use crate::diag::Diagnostic;
use crate::policy::{Node, Policy};
use crate::project::{GroupWeight, Indicator, Project};
use rust_decimal::Decimal;

/// One indicator's 分值, where it comes from and why.
pub(super) struct Weighed {
    pub weight: Decimal,
    pub origin: WeightOrigin,
    pub note: Option<Note>,
}

impl Weighed {
    pub(super) fn new(weight: Decimal, origin: WeightOrigin) -> Self {
        Weighed {
            weight,
            origin,
            note: None,
        }
    }
}

/// Weights when the form's weights come first: every indicator's 分值 when all have one; else
/// a weight written in the group's label (产出指标(50分), or 年度绩效目标(80分) for all
/// indicators) — each row's 得分 when they add up to it exactly ([`by_scores`]), spread
/// equally otherwise; else the pack's weight spread equally, marked as not on the form.
pub(super) fn form_weights(
    policy: &Policy,
    project: &Project,
    node: &Node,
    matched: &[(usize, &Indicator)],
    total: Decimal,
) -> Result<Vec<Weighed>, Diagnostic> {
    let given = given_weights(matched);
    if !given.is_empty() && given.len() == matched.len() {
        return given
            .into_iter()
            .map(|w| form_weight(policy, node, w).map(|w| Weighed::new(w, WeightOrigin::Form)))
            .collect();
    }
    if !given.is_empty() {
        return weights(policy, node, matched, total).map(|ws| {
            ws.into_iter()
                .map(|w| Weighed::new(w, WeightOrigin::Form))
                .collect()
        });
    }
    let all = matches!(&node.kind, crate::policy::NodeKind::Each(_, s) if s.is_all());
    let level1 = matched.first().map(|(_, i)| i.level1.value.as_str());
    let label = project.group_weights.iter().find(|g| {
        g.level2.is_none()
            && match &g.level1 {
                None => all,
                Some(l) => !all && Some(l.as_str()) == level1,
            }
    });
    if all && project.cut.is_some() {
        if let Some(w) = by_group_labels(policy, project, node, matched)? {
            return Ok(w);
        }
    }
    match label {
        Some(g) => labelled(policy, node, g, matched),
        None => {
            let n = matched.len();
            let note = Note {
                text: crate::text::weight_spread(&node.name.value, total, n),
                site: node.weight.as_ref().map(|w| w.span.clone()),
            };
            Ok(spread(total, n, policy.rounding.places)
                .into_iter()
                .map(|w| Weighed {
                    weight: w,
                    origin: WeightOrigin::Spread,
                    note: Some(note.clone()),
                })
                .collect())
        }
    }
}

/// The rows of a group weighted by its label `g`: by their 得分 when those add up to the label
/// exactly, else the label's weight spread equally.
fn labelled(
    policy: &Policy,
    node: &Node,
    g: &GroupWeight,
    rows: &[(usize, &Indicator)],
) -> Result<Vec<Weighed>, Diagnostic> {
    let w = form_weight(policy, node, &g.weight)?;
    if let Some(inferred) = by_scores(policy, g, w, rows) {
        return Ok(inferred);
    }
    Ok(spread(w, rows.len(), policy.rounding.places)
        .into_iter()
        .map(|w| Weighed::new(w, WeightOrigin::Label))
        .collect())
}

/// A group without 分值 whose declared 得分 add up exactly to its label's weight `w`: the form
/// implies each row's 分值 by its 得分 (a row without 得分 weighs 0). Under-scored rows can no
/// longer be seen (the 得分 is the 分值), but the rule still checks met/unmet against it.
fn by_scores(
    policy: &Policy,
    g: &GroupWeight,
    w: Decimal,
    rows: &[(usize, &Indicator)],
) -> Option<Vec<Weighed>> {
    let places = policy.rounding.places;
    let scores: Vec<Option<Decimal>> = rows
        .iter()
        .map(|(_, i)| i.score.as_ref().map(|s| s.value))
        .collect();
    if scores.iter().all(Option::is_none)
        || scores
            .iter()
            .flatten()
            .any(|s| (s.is_sign_negative() && !s.is_zero()) || s.scale() > places)
    {
        return None;
    }
    let sum = scores
        .iter()
        .flatten()
        .try_fold(Decimal::ZERO, |a, s| a.checked_add(*s))?;
    if sum != w {
        return None;
    }
    let why = crate::text::weight_inferred(&g.label.value, sum, w);
    let out = scores
        .into_iter()
        .map(|s| {
            let mut text = why.clone();
            if s.is_none() {
                text.push_str(&crate::text::WEIGHT_INFERRED_NO_SCORE.to_string());
            }
            // At the pack's places, as a spread weight is (the scale is no finer: checked above).
            let mut weight = s.unwrap_or(Decimal::ZERO);
            weight.rescale(places);
            Weighed {
                weight,
                origin: WeightOrigin::Inferred,
                note: Some(Note {
                    text,
                    site: Some(g.weight.span.clone()),
                }),
            }
        })
        .collect();
    Some(out)
}

/// On a cut-off form, one node over all indicators takes each 一级 group's weight from its
/// label (产出指标(40分)) — by the rows' 得分 or spread, as [`labelled`] — so the points of the
/// groups that were cut away are not handed to the visible ones; `None` when a group has no
/// label.
fn by_group_labels(
    policy: &Policy,
    project: &Project,
    node: &Node,
    matched: &[(usize, &Indicator)],
) -> Result<Option<Vec<Weighed>>, Diagnostic> {
    let label = |level1: &str| {
        project
            .group_weights
            .iter()
            .find(|g| g.level2.is_none() && g.level1.as_deref() == Some(level1))
    };
    let mut shares: Vec<(&str, std::vec::IntoIter<Weighed>)> = Vec::new();
    let mut out = Vec::new();
    for (_, ind) in matched {
        let group = ind.level1.value.as_str();
        if !shares.iter().any(|(g, _)| *g == group) {
            let Some(l) = label(group) else {
                return Ok(None);
            };
            let rows: Vec<(usize, &Indicator)> = matched
                .iter()
                .filter(|(_, i)| i.level1.value == group)
                .copied()
                .collect();
            shares.push((group, labelled(policy, node, l, &rows)?.into_iter()));
        }
        let next = shares
            .iter_mut()
            .find(|(g, _)| *g == group)
            .and_then(|(_, it)| it.next());
        match next {
            Some(w) => out.push(w),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}
