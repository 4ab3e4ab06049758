//! The 评分表 against itself: subtotals, total, grade, scores within weights, the pack's
//! weights; the grade against the pack's bands.

use super::{Finding, Severity};
use crate::policy::{NodeKind, Policy};
use crate::project::{Declared, Project};
use crate::text;
use rust_decimal::Decimal;

pub(super) fn check(p: &Project, policy: Option<&Policy>, out: &mut Vec<Finding>) {
    let Some(card) = &p.scorecard else {
        return;
    };
    for d in &card.items {
        if let Some(w) = d.weight.as_ref().filter(|w| d.score.value > w.value) {
            out.push(
                Finding::new("score_above_weight", Severity::Error, &d.path.value)
                    .values(d.score.value.to_string(), format!("≤ {}", w.value))
                    .message(text::form_score_above_weight(
                        &d.path.value,
                        d.score.value,
                        w.value,
                    ))
                    .at(Some(&d.score.span))
                    .also(Some(&w.span), text::FORM_WEIGHT_HERE),
            );
        }
    }
    for s in &card.sections {
        let below: Vec<&Declared> = card
            .items
            .iter()
            .filter(|d| d.path.value.starts_with(&format!("{}/", s.path.value)))
            .collect();
        if below.is_empty() {
            continue;
        }
        sums(&s.path.value, s, &below, out);
    }
    if let Some(t) = &card.total {
        let parts: Vec<&Declared> = if card.sections.is_empty() {
            card.items.iter().collect()
        } else {
            card.sections.iter().collect()
        };
        // With rows cut from the form the total is checked for reachability (`rows`).
        let cut = super::rows::cut_weight(p).is_some_and(|w| !w.is_zero());
        if !parts.is_empty() && !cut {
            sums(crate::project::TOTAL_PATH, t, &parts, out);
        }
        grade(card.grade.as_ref(), t, policy, out);
    }
    if let Some(policy) = policy {
        pack_weights(card.sections.iter().chain(&card.total), policy, out);
    }
}

/// A subtotal (or the total) against the sum of its parts: score and weight.
fn sums(name: &str, whole: &Declared, parts: &[&Declared], out: &mut Vec<Finding>) {
    // Checked: an untrusted form's numbers must not overflow the sum.
    let add = |acc: Decimal, v: Decimal| acc.checked_add(v);
    let score = parts
        .iter()
        .map(|d| d.score.value)
        .try_fold(Decimal::ZERO, add);
    if let Some(score) = score.filter(|s| *s != whole.score.value) {
        out.push(
            Finding::new("subtotal", Severity::Error, name)
                .values(whole.score.value.to_string(), score.to_string())
                .message(text::form_subtotal(name, whole.score.value, score))
                .at(Some(&whole.score.span)),
        );
    }
    let weights: Option<Decimal> = parts.iter().try_fold(Decimal::ZERO, |acc, d| {
        acc.checked_add(d.weight.as_ref()?.value)
    });
    if let (Some(w), Some(sum)) = (&whole.weight, weights) {
        if w.value != sum {
            out.push(
                Finding::new("subtotal_weight", Severity::Error, name)
                    .values(w.value.to_string(), sum.to_string())
                    .message(text::form_subtotal_weight(name, w.value, sum))
                    .at(Some(&w.span)),
            );
        }
    }
}

/// The declared grade against the band of the declared total.
fn grade(
    g: Option<&crate::source::Sp<String>>,
    total: &Declared,
    policy: Option<&Policy>,
    out: &mut Vec<Finding>,
) {
    let Some(g) = g else {
        return;
    };
    let t = total.score.value;
    // The bands are the pack's; without a pack there is nothing to check the grade against.
    let expected = policy.and_then(|p| p.grade_of(t).map(|b| b.grade.value.clone()));
    let Some(expected) = expected.filter(|e| *e != g.value) else {
        return;
    };
    out.push(
        Finding::new("grade", Severity::Error, text::GRADE)
            .values(g.value.clone(), expected.clone())
            .message(text::form_grade(&g.value, t, &expected))
            .at(Some(&g.span))
            .also(Some(&total.score.span), text::FORM_TOTAL_HERE),
    );
}

/// Section and total weights on the form against the pack's.
fn pack_weights<'a>(
    declared: impl Iterator<Item = &'a Declared>,
    policy: &Policy,
    out: &mut Vec<Finding>,
) {
    for d in declared {
        let Some(w) = &d.weight else {
            continue;
        };
        let pack = if d.path.value == crate::project::TOTAL_PATH {
            Some(policy.total.value)
        } else {
            policy
                .tree
                .iter()
                .find(|n| n.name.value == d.path.value && !matches!(n.kind, NodeKind::Item(_)))
                .and_then(|n| n.weight.as_ref().map(|w| w.value))
        };
        if let Some(pw) = pack.filter(|pw| *pw != w.value) {
            out.push(
                Finding::new("pack_weight", Severity::Warning, &d.path.value)
                    .values(w.value.to_string(), pw.to_string())
                    .message(text::form_pack_weight(
                        &d.path.value,
                        w.value,
                        pw,
                        &policy.id.value,
                    ))
                    .at(Some(&w.span)),
            );
        }
    }
}
