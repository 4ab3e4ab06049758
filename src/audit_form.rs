//! The form's own weights and funds row against the ledger: weights that depart from the
//! pack's defaults, weights that do not add up to the pack's total, and a declared 执行率 that
//! differs from the ratio the rule computed (reported into the ledger as the `funds` figure).

use crate::eval::{Evaluation, Missing, SectionScore};
use crate::form_audit::{Finding, Severity};
use crate::num::RoundingMode;
use crate::text;
use rust_decimal::Decimal;

/// Adds the weight and funds-rate findings of `ev` to `out`.
pub(crate) fn check(ev: &Evaluation, out: &mut Vec<Finding>) {
    pack_defaults(ev, out);
    weights_total(ev, out);
    funds_rate(ev, out);
}

/// A 一级 group whose applied weight (the form's) differs from the pack's default: a finding,
/// not an error (10号: 权重由各单位根据项目实际情况确定).
fn pack_defaults(ev: &Evaluation, out: &mut Vec<Finding>) {
    for s in ev.sections.iter().filter(|s| s.level == 1) {
        // A group with a part cut from the page weighs less by that part, not by the form's choice.
        if ev.unscored.iter().any(|u| u.path.starts_with(&s.path)) {
            continue;
        }
        let Some(pw) = s.pack_weight.filter(|pw| *pw != s.weight) else {
            continue;
        };
        if maybe_cut(ev, s) {
            continue;
        }
        let span = ev
            .items
            .iter()
            .find(|i| i.path.starts_with(&s.path))
            .and_then(|i| i.indicator)
            .and_then(|n| ev.project.indicators.get(n))
            .and_then(|ind| ind.weight.as_ref().map(|w| w.span.clone()));
        out.push(
            Finding::new("pack_weight", Severity::Warning, s.path_str())
                .values(s.weight.to_string(), pw.to_string())
                .message(text::form_weight_departs(s.weight, pw, ev.policy_id()))
                .at(span.as_ref()),
        );
    }
}

/// On a partial evaluation, a group the cut may fall in: an unscored item lies under it, or
/// points went unscored with a group cut halfway (`Missing::Rest`) and this group's applied
/// weight is below the pack's (or the pack sets none). Its weight and score cover only the
/// visible rows and are not the group's.
pub(crate) fn maybe_cut(ev: &Evaluation, s: &SectionScore) -> bool {
    let under = ev
        .unscored
        .iter()
        .any(|u| !u.path.is_empty() && u.path.starts_with(&s.path));
    let halfway = ev
        .unscored
        .iter()
        .any(|u| matches!(u.missing, Missing::Rest))
        && s.pack_weight.is_none_or(|pw| s.weight < pw);
    under || halfway
}

/// The form's weights add up to something else than the pack's total. On a partial
/// evaluation they cover only the visible part: not a total, not compared.
fn weights_total(ev: &Evaluation, out: &mut Vec<Finding>) {
    if ev.is_partial() {
        weights_beyond_total(ev, out);
        return;
    }
    if ev.max_total == ev.policy_total() {
        return;
    }
    let declared = ev
        .project
        .scorecard
        .as_ref()
        .and_then(|c| c.total.as_ref())
        .and_then(|t| t.weight.as_ref());
    // The 总分 the form writes beside its score, against what its rows' 分值 add up to;
    // without one, the rows' sum against the pack's total.
    let f = match declared {
        Some(w) => Finding::new("weights_total", Severity::Error, text::FORM_TOTAL_WEIGHT)
            .values(w.value.to_string(), ev.max_total.to_string())
            .at(Some(&w.span)),
        None => Finding::new("weights_total", Severity::Error, text::FORM_WEIGHTS_SUM)
            .values(ev.max_total.to_string(), ev.policy_total().to_string()),
    };
    let total = declared.map_or(ev.policy_total(), |w| w.value);
    out.push(f.message(text::form_weights_total(ev.max_total, total)));
}

/// On a partial evaluation, the scored and unscored weights together already exceed the
/// pack's total: some weights are the form's and the rest the pack's defaults, and they do not
/// fit together (longyang: 预算执行 20 from the form + 产出/效益/满意度 90 from the pack).
fn weights_beyond_total(ev: &Evaluation, out: &mut Vec<Finding>) {
    let unscored = ev.unscored_weight();
    let Some(known) = ev.max_total.checked_add(unscored) else {
        return;
    };
    if known <= ev.policy_total() {
        return;
    }
    out.push(
        Finding::new(
            "weights_beyond_total",
            Severity::Warning,
            text::FORM_WEIGHTS_SUM,
        )
        .values(known.to_string(), format!("≤ {}", ev.policy_total()))
        .message(text::weights_beyond_total(
            ev.max_total,
            unscored,
            ev.policy_total(),
        )),
    );
}

/// The 执行率 the form declares on its 年度资金总额 row against the rule's ratio, shown at the
/// declared places.
fn funds_rate(ev: &Evaluation, out: &mut Vec<Finding>) {
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
    out.push(
        Finding::new("rate", Severity::Error, text::FUNDS_RATE)
            .values(format!("{}%", declared.value), format!("{shown}%"))
            .message(text::funds_rate_cause(&f.how))
            .at(Some(&declared.span)),
    );
}
