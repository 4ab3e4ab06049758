//! The form's own weights and funds row against the ledger: weights that depart from the
//! pack's defaults, weights that do not add up to the pack's total, and a declared 执行率 that
//! differs from the ratio the rule computed (reported into the ledger as the `funds` figure).

use crate::audit::{Discrepancy, Kind};
use crate::eval::Evaluation;
use crate::num::RoundingMode;
use crate::text;
use rust_decimal::Decimal;

/// Adds the weight and funds-rate findings of `ev` to `out`.
pub(crate) fn check(ev: &Evaluation, out: &mut Vec<Discrepancy>) {
    pack_defaults(ev, out);
    weights_total(ev, out);
    funds_rate(ev, out);
}

/// A 一级 group whose applied weight (the form's) differs from the pack's default: a finding,
/// not an error (10号: 权重由各单位根据项目实际情况确定).
fn pack_defaults(ev: &Evaluation, out: &mut Vec<Discrepancy>) {
    for s in ev.sections.iter().filter(|s| s.level == 1) {
        let Some(pw) = s.pack_weight.filter(|pw| *pw != s.weight) else {
            continue;
        };
        let span = ev
            .items
            .iter()
            .find(|i| i.path.starts_with(&s.path))
            .and_then(|i| i.indicator)
            .and_then(|n| ev.project.indicators.get(n))
            .and_then(|ind| ind.weight.as_ref().map(|w| w.span.clone()));
        out.push(Discrepancy {
            kind: Kind::Weight,
            item: s.name.clone(),
            path: s.path_str(),
            declared: s.weight.to_string(),
            computed: pw.to_string(),
            cause: text::form_weight_departs(s.weight, pw, &ev.policy_id),
            span,
        });
    }
}

/// The form's weights add up to something else than the pack's total.
fn weights_total(ev: &Evaluation, out: &mut Vec<Discrepancy>) {
    if ev.max_total == ev.policy_total {
        return;
    }
    let span = ev
        .project
        .scorecard
        .as_ref()
        .and_then(|c| c.total.as_ref())
        .and_then(|t| t.weight.as_ref().map(|w| w.span.clone()));
    out.push(Discrepancy {
        kind: Kind::Weight,
        item: text::TOTAL.into(),
        path: text::TOTAL.into(),
        declared: ev.max_total.to_string(),
        computed: ev.policy_total.to_string(),
        cause: text::form_weights_total(ev.max_total, ev.policy_total),
        span,
    });
}

/// The 执行率 the form declares on its 年度资金总额 row against the rule's ratio, shown at the
/// declared places.
fn funds_rate(ev: &Evaluation, out: &mut Vec<Discrepancy>) {
    let Some(declared) = ev
        .project
        .funds
        .rows
        .iter()
        .find(|r| r.total)
        .and_then(|r| r.rate.as_ref())
    else {
        return;
    };
    let figure = ev
        .items
        .iter()
        .flat_map(|i| i.figures.iter())
        .find(|f| f.subject == "funds");
    let Some(f) = figure else {
        return;
    };
    let Some(pct) = f.value.checked_mul(Decimal::ONE_HUNDRED) else {
        return;
    };
    let shown = RoundingMode::HalfAwayFromZero.round(pct, declared.value.scale());
    if shown == declared.value {
        return;
    }
    out.push(Discrepancy {
        kind: Kind::Rate,
        item: text::FUNDS_RATE.into(),
        path: text::FUNDS_RATE.into(),
        declared: format!("{}%", declared.value),
        computed: format!("{shown}%"),
        cause: text::funds_rate_cause(&f.how),
        span: Some(declared.span.clone()),
    });
}
