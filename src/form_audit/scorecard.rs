//! The 评分表 against itself: subtotals, total, grade, scores within weights, the pack's
//! weights, and each output/effect score against the form's own indicators and funds.

use super::{Finding, Severity};
use crate::audit::recompute_progress;
use crate::num::RoundingMode;
use crate::policy::{NodeKind, Policy};
use crate::project::{Declared, Project};
use crate::text;
use rust_decimal::Decimal;

/// Scoring items of 财预〔2013〕53号 and the 二级 indicator each one measures.
const ITEM_INDICATOR: &[(&str, &str)] = &[
    ("实际完成率", "数量指标"),
    ("质量达标率", "质量指标"),
    ("完成及时率", "时效指标"),
    ("成本节约率", "成本指标"),
    ("经济效益", "经济效益指标"),
    ("社会效益", "社会效益指标"),
    ("生态效益", "生态效益指标"),
    ("可持续影响", "可持续影响指标"),
    ("社会公众或服务对象满意度", "服务对象满意度指标"),
    ("服务对象满意度", "服务对象满意度指标"),
];

/// The usual grade bands (财政部预算司) when no pack is given.
const DEFAULT_BANDS: &[(&str, u32)] = &[("优", 90), ("良", 80), ("中", 60), ("差", 0)];

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
        own_data(p, d, out);
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
        if !parts.is_empty() {
            sums(text::TOTAL, t, &parts, out);
        }
        grade(card.grade.as_ref(), t, policy, out);
    }
    if let Some(policy) = policy {
        pack_weights(card.sections.iter().chain(&card.total), policy, out);
    }
}

/// A subtotal (or the total) against the sum of its parts: score and weight.
fn sums(name: &str, whole: &Declared, parts: &[&Declared], out: &mut Vec<Finding>) {
    let score: Decimal = parts.iter().map(|d| d.score.value).sum();
    if score != whole.score.value {
        out.push(
            Finding::new("subtotal", Severity::Error, name)
                .values(whole.score.value.to_string(), score.to_string())
                .message(text::form_subtotal(name, whole.score.value, score))
                .at(Some(&whole.score.span)),
        );
    }
    let weights: Option<Decimal> = parts
        .iter()
        .map(|d| d.weight.as_ref().map(|w| w.value))
        .sum();
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
    let expected = match policy {
        Some(p) => p.grade_of(t).map(|b| b.grade.value.clone()),
        None => DEFAULT_BANDS
            .iter()
            .find(|(_, min)| t >= Decimal::from(*min))
            .map(|(g, _)| g.to_string()),
    };
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
        let pack = if d.path.value == text::TOTAL {
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

/// An output/effect score above what the form's own indicators or funds support.
fn own_data(p: &Project, d: &Declared, out: &mut Vec<Finding>) {
    let Some(w) = d.weight.as_ref().filter(|w| !w.value.is_zero()) else {
        return;
    };
    let name = d.path.value.rsplit('/').next().unwrap_or_default();
    let Some((ratio, basis, at)) = support(p, name) else {
        return;
    };
    let capped = ratio.min(Decimal::ONE);
    let expected = RoundingMode::HalfAwayFromZero.round(w.value * capped, 2);
    if d.score.value <= expected {
        return;
    }
    out.push(
        Finding::new("item_vs_form", Severity::Error, &d.path.value)
            .values(d.score.value.to_string(), expected.to_string())
            .message(text::form_item_overstated(
                &d.path.value,
                d.score.value,
                &basis,
                w.value,
                expected,
                d.score.value - expected,
            ))
            .at(Some(&d.score.span))
            .also(at.as_ref(), text::FORM_BASIS_HERE),
    );
}

/// The completion ratio the form itself gives for an item, how it was read, and where.
fn support(p: &Project, item: &str) -> Option<(Decimal, String, Option<crate::source::Span>)> {
    let funds = |num: &str, den: &str| {
        let n = p.field(num).ok()?.value;
        let dv = p.field(den).ok()?;
        if dv.value.is_zero() {
            return None;
        }
        let at = dv.evidence.first().map(|e| e.span.clone());
        let basis = text::form_ratio_basis(
            &crate::project::field_label(num),
            n,
            &crate::project::field_label(den),
            dv.value,
        );
        Some((n / dv.value, basis, at))
    };
    match item {
        "资金到位率" => return funds("funds.allocated", "funds.budget"),
        "预算执行率" => return funds("funds.spent", "funds.allocated"),
        _ => {}
    }
    let (_, level2) = ITEM_INDICATOR.iter().find(|(i, _)| *i == item)?;
    let inds: Vec<_> = p
        .indicators
        .iter()
        .filter(|i| i.level2.value == *level2)
        .collect();
    let mut ratios = Vec::new();
    for ind in &inds {
        let r = match recompute_progress(ind) {
            Some((pct, _)) => pct / Decimal::ONE_HUNDRED,
            None => ind.progress.as_ref()?.value / Decimal::ONE_HUNDRED,
        };
        ratios.push(r.min(Decimal::ONE));
    }
    let first = inds.first()?;
    let mean = ratios.iter().copied().sum::<Decimal>() / Decimal::from(ratios.len());
    let basis = text::form_indicator_basis(level2, &first.display_name(), mean);
    let at = first
        .actual
        .value
        .as_ref()
        .map(|v| v.span.clone())
        .or_else(|| first.progress.as_ref().map(|p| p.span.clone()));
    Some((mean, basis, at))
}
