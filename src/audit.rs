//! The audit: one list of findings per evaluation. The form against the ledger (what the unit
//! wrote on its 评分表 against what the rules give) and the form against itself
//! (`crate::form_audit`), each finding once.

use crate::eval::{Evaluation, WeightOrigin};
use crate::form_audit::{Finding, Severity};
use crate::num::RoundingMode;
use crate::policy::Policy;
use crate::project::Declared;
use crate::text;
use rust_decimal::Decimal;

/// Every finding on an evaluated form: against the ledger first, then the form's own
/// consistency; a place already reported with the same stated value is not reported again.
/// Sorted by severity, stable within one.
pub fn audit(ev: &Evaluation, policy: Option<&Policy>) -> Vec<Finding> {
    let mut out = ledger(ev);
    for f in crate::form_audit::audit(&ev.project, policy) {
        crate::form_audit::push_once(&mut out, f);
    }
    crate::form_audit::narrative_rates(ev, &mut out);
    out.sort_by_key(|f| f.severity);
    out
}

/// The form against the ledger only: declared scores, subtotals, total, grade, 完成进度,
/// weights and the funds row against what the rules computed.
pub fn ledger(ev: &Evaluation) -> Vec<Finding> {
    let mut out = Vec::new();
    let declared = ev
        .project
        .scorecard
        .as_ref()
        .map_or(&[][..], |c| &c.items[..]);
    items(ev, declared, &mut out);
    let partial = ev.is_partial();
    if let Some(card) = &ev.project.scorecard {
        sections(ev, &card.sections, &mut out);
        if let Some(t) = card.total.as_ref().filter(|_| partial) {
            reachable(ev, t, &mut out);
        } else if let Some(t) = &card.total {
            if t.score.value != ev.total {
                let gap = t.score.value.checked_sub(ev.total).unwrap_or_default();
                out.push(
                    Finding::new("total", Severity::Error, crate::project::TOTAL_PATH)
                        .values(t.score.value.to_string(), ev.total.to_string())
                        .message(text::total_cause(gap))
                        .at(Some(&t.score.span)),
                );
            }
        }
        // A partial evaluation gives no grade: there is none to compare the form's with.
        if let Some(g) = card.grade.as_ref().filter(|_| !partial) {
            if g.value != ev.grade {
                out.push(
                    Finding::new("grade", Severity::Error, text::GRADE)
                        .values(g.value.clone(), ev.grade.clone())
                        .message(text::grade_cause(&ev.total.to_string(), &ev.grade))
                        .at(Some(&g.span)),
                );
            }
        }
    }
    progress(ev, &mut out);
    crate::audit_form::check(ev, &mut out);
    out
}

/// On a partial evaluation the computed total covers only the visible items: the declared
/// total is checked against what it can reach, the visible score plus every unscored point.
fn reachable(ev: &Evaluation, t: &Declared, out: &mut Vec<Finding>) {
    let unscored = ev
        .unscored
        .iter()
        .try_fold(Decimal::ZERO, |acc, u| acc.checked_add(u.weight));
    let Some(most) = unscored.and_then(|u| u.checked_add(ev.total)) else {
        return;
    };
    if t.score.value <= most {
        return;
    }
    out.push(
        Finding::new("total", Severity::Error, crate::project::TOTAL_PATH)
            .values(t.score.value.to_string(), format!("≤ {most}"))
            .message(text::total_beyond_partial(
                t.score.value,
                ev.total,
                unscored.unwrap_or_default(),
                most,
            ))
            .at(Some(&t.score.span)),
    );
}

fn unmatched(path: &str, stated: String, expected: String, message: String) -> Finding {
    Finding::new("unmatched", Severity::Error, path)
        .values(stated, expected)
        .message(message)
}

fn items(ev: &Evaluation, declared: &[Declared], out: &mut Vec<Finding>) {
    if !ev.items.iter().any(|i| i.declared.is_some()) {
        if let Some(first) = declared.first() {
            // Not a slip on the form: the pack cannot compare its items (another framework).
            out.push(
                Finding::new("foreign_scorecard", Severity::Warning, text::SCORECARD)
                    .values(text::item_count(declared.len()), "—")
                    .message(text::form_not_in_policy(ev.policy_id()))
                    .at(Some(&first.path.span)),
            );
        }
        return;
    }
    for item in &ev.items {
        let path = item.path_str();
        let Some(score) = &item.declared else {
            // On a cut form a fixed item's score may stand on a row past the cut: only a
            // visible indicator row without its score is an omission.
            if ev.project.cut.is_some() && item.indicator.is_none() {
                continue;
            }
            // A 分值 inferred from the 得分 is 0 for a row without one: the form is consistent.
            if item.weight_origin == WeightOrigin::Inferred {
                continue;
            }
            out.push(unmatched(
                &path,
                "—".into(),
                item.score.to_string(),
                text::NOT_ON_FORM.into(),
            ));
            continue;
        };
        let form_weight = declared
            .iter()
            .find(|d| d.path.value == path)
            .and_then(|d| d.weight.as_ref());
        if let Some(w) = form_weight.filter(|w| w.value != item.weight) {
            out.push(
                Finding::new("weight", Severity::Error, &path)
                    .values(w.value.to_string(), item.weight.to_string())
                    .message(text::weight_cause(ev.policy_id()))
                    .at(Some(&w.span)),
            );
        }
        if score.value != item.score && item.weight_origin == WeightOrigin::Spread {
            // The 分值 is the pack's default, not the form's: the expected score is a guess.
            out.push(
                Finding::new("item_spread", Severity::Warning, &path)
                    .values(score.value.to_string(), item.score.to_string())
                    .message(text::declared_against_spread(item.weight))
                    .at(Some(&score.span)),
            );
        } else if score.value != item.score {
            let reason: Vec<&str> = item.deductions.iter().map(|x| x.reason.as_str()).collect();
            let gap = score.value.checked_sub(item.score).unwrap_or_default();
            let mut cause = text::item_cause(gap, &reason.join("；"));
            let unexplained = item
                .indicator
                .and_then(|n| ev.project.indicators.get(n))
                .is_some_and(|ind| ind.deviation.is_none());
            if score.value < item.score && unexplained {
                cause.push_str(&text::NO_DEVIATION_REASON.to_string());
            }
            out.push(
                Finding::new("item", Severity::Error, &path)
                    .values(score.value.to_string(), item.score.to_string())
                    .message(cause)
                    .at(Some(&score.span)),
            );
        }
    }
    for d in declared
        .iter()
        .filter(|d| !ev.items.iter().any(|i| i.path_str() == d.path.value))
    {
        out.push(
            unmatched(
                &d.path.value,
                d.score.value.to_string(),
                "—".into(),
                text::not_in_policy(ev.policy_id()),
            )
            .at(Some(&d.path.span)),
        );
    }
}

fn sections(ev: &Evaluation, declared: &[Declared], out: &mut Vec<Finding>) {
    for d in declared {
        let Some(s) = ev.sections.iter().find(|s| s.path_str() == d.path.value) else {
            continue;
        };
        if crate::audit_form::maybe_cut(ev, s) {
            continue;
        }
        if d.score.value != s.score {
            let gap = d.score.value.checked_sub(s.score).unwrap_or_default();
            out.push(
                Finding::new("section", Severity::Error, s.path_str())
                    .values(d.score.value.to_string(), s.score.to_string())
                    .message(text::section_cause(gap))
                    .at(Some(&d.score.span)),
            );
        }
    }
}

/// Each indicator's declared 完成进度 against the completion the rule reported for it
/// (`report("indicators[N]", …)`), shown at the declared decimals, half away from zero.
fn progress(ev: &Evaluation, out: &mut Vec<Finding>) {
    let mut seen = Vec::new();
    for fig in ev.items.iter().flat_map(|i| &i.figures) {
        let Some(n) = fig.indicator() else {
            continue;
        };
        let Some(ind) = ev.project.indicators.get(n) else {
            continue;
        };
        let Some(declared) = &ind.progress else {
            continue;
        };
        if seen.contains(&n) {
            continue;
        }
        seen.push(n);
        let Some(computed) = fig.value.checked_mul(Decimal::ONE_HUNDRED) else {
            continue;
        };
        let shown = RoundingMode::HalfAwayFromZero.round(computed, declared.value.scale());
        if shown == declared.value {
            continue;
        }
        let subject = format!(
            "{}/{}/{}",
            ind.level1.value,
            ind.level2.value,
            ind.display_name()
        );
        out.push(
            Finding::new("progress", Severity::Error, subject)
                .values(format!("{}%", declared.value), format!("{shown}%"))
                .message(text::progress_cause(ind.direction.value.symbol(), &fig.how))
                .at(Some(&declared.span)),
        );
    }
}
