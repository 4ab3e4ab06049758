//! The form's rows against each other: a group label's weight (产出指标(50分)) against its
//! rows' 分值, the 其中 rows of the funds block against their total row, the declared total
//! against the rows it can come from (each row once: 其中 and detail rows are not counted
//! again), a weight applied twice, and scores given with nothing to support them.

use super::{Finding, Severity};
use crate::project::{Direction, FundsRow, GroupWeight, Indicator, Project};
use crate::source::Sp;
use crate::text;
use rust_decimal::Decimal;

pub(super) fn check(p: &Project, out: &mut Vec<Finding>) {
    for g in &p.group_weights {
        group_weight(p, g, out);
    }
    funds_parts(p, out);
    reachable_total(p, out);
    weight_twice(p, out);
    unsupported(p, out);
    actual_as_target(p, out);
}

/// Rows counted on their own: not a detail of another indicator.
fn counted(p: &Project) -> impl Iterator<Item = &Indicator> {
    p.indicators.iter().filter(|i| i.part_of.is_none())
}

/// Σ of checked additions; `None` on overflow.
fn total(mut values: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    values.try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v))
}

/// The 分值 of the rows a group label covers: (Σ, every row has one, any row).
fn rows_weight(
    p: &Project,
    level1: Option<&str>,
    level2: Option<&str>,
) -> (Option<Decimal>, bool, bool) {
    let mut weights = Vec::new();
    let mut complete = true;
    let under =
        |l1: &str, l2: &str| level1.is_none_or(|w| w == l1) && level2.is_none_or(|w| w == l2);
    for ind in counted(p).filter(|i| under(&i.level1.value, &i.level2.value)) {
        match &ind.weight {
            Some(w) => weights.push(w.value),
            None => complete = false,
        }
    }
    for d in p.scorecard.iter().flat_map(|c| &c.items) {
        let mut parts = d.path.value.split('/');
        let (l1, l2) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        if level1.is_some() && under(l1, l2) {
            match &d.weight {
                Some(w) => weights.push(w.value),
                None => complete = false,
            }
        }
    }
    let any = !weights.is_empty() || !complete;
    (total(weights.into_iter()), complete, any)
}

/// A group label's weight against its rows' 分值; a 二级 label without rows (a cut or empty
/// group) counts with its own weight.
fn group_weight(p: &Project, g: &GroupWeight, out: &mut Vec<Finding>) {
    let (l1, l2) = (g.level1.as_deref(), g.level2.as_deref());
    if runs_into_cut(p, l1, l2) {
        return;
    }
    let (Some(rows), true, true) = rows_weight(p, l1, l2) else {
        return;
    };
    let empty_children = p
        .group_weights
        .iter()
        .filter(|c| l2.is_none() && c.level2.is_some() && c.level1.as_deref() == l1)
        .filter(|c| !rows_weight(p, c.level1.as_deref(), c.level2.as_deref()).2)
        .map(|c| c.weight.value);
    let Some(sum) = total(empty_children).and_then(|e| e.checked_add(rows)) else {
        return;
    };
    if sum == g.weight.value {
        return;
    }
    out.push(
        Finding::new("group_weight", Severity::Error, &g.label.value)
            .values(g.weight.value.to_string(), sum.to_string())
            .message(text::form_group_weight(&g.label.value, g.weight.value, sum))
            .at(Some(&g.weight.span)),
    );
}

/// On a cut form, the group whose rows the form breaks off in (it holds the last row before
/// the cut): its rows below the cut are not there, so its label weight cannot be checked.
fn runs_into_cut(p: &Project, level1: Option<&str>, level2: Option<&str>) -> bool {
    if p.cut.is_none() {
        return false;
    }
    let under =
        |l1: &str, l2: &str| level1.is_none_or(|w| w == l1) && level2.is_none_or(|w| w == l2);
    let place = |s: &crate::source::Span| (s.line(), s.column());
    let row = p.indicators.last().map(|i| {
        let at = i.name.as_ref().map_or(&i.target.text.span, |n| &n.span);
        (place(at), under(&i.level1.value, &i.level2.value))
    });
    let item = p.scorecard.iter().flat_map(|c| &c.items).last().map(|d| {
        let mut parts = d.path.value.split('/');
        let (l1, l2) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        (place(&d.path.span), level1.is_some() && under(l1, l2))
    });
    row.into_iter()
        .chain(item)
        .max_by_key(|(at, _)| *at)
        .is_some_and(|(_, under)| under)
}

/// One amount column of a funds row.
type Amount = fn(&FundsRow) -> Option<&Sp<Decimal>>;

/// The 其中 rows of the funds block: a repeated 分值 / 得分 (counted once), a 得分 that
/// disagrees with the total row's, amounts that add up to more than the total row's.
fn funds_parts(p: &Project, out: &mut Vec<Finding>) {
    let rows = &p.funds.rows;
    let Some(t) = rows.iter().find(|r| r.total) else {
        return;
    };
    for r in rows.iter().filter(|r| !r.total) {
        let name = &r.category.value;
        if let (Some(s), Some(ts)) = (&r.score, &t.score) {
            let (severity, expected, message) = if s.value == ts.value {
                (
                    Severity::Info,
                    text::FORM_PART_NOT_SCORED.to_string(),
                    text::form_part_repeats_score(name, &t.category.value, s.value),
                )
            } else {
                (
                    Severity::Warning,
                    ts.value.to_string(),
                    text::form_part_score(name, s.value, &t.category.value, ts.value),
                )
            };
            out.push(
                Finding::new("funds_part_score", severity, name)
                    .values(s.value.to_string(), expected)
                    .message(message)
                    .at(Some(&s.span))
                    .also(Some(&ts.span), t.category.value.clone()),
            );
        }
    }
    let amounts: [(crate::text::Msg, Amount); 2] = [
        (text::FORM_FUNDS_BUDGET, |r| r.budget.as_ref()),
        (text::FORM_FUNDS_EXECUTED, |r| r.executed.as_ref()),
    ];
    for (label, get) in amounts {
        let Some(whole) = get(t) else {
            continue;
        };
        let parts: Vec<Decimal> = rows
            .iter()
            .filter(|r| !r.total)
            .filter_map(|r| get(r).map(|v| v.value))
            .collect();
        let all = rows.iter().filter(|r| !r.total).all(|r| get(r).is_some());
        let Some(sum) = total(parts.iter().copied()) else {
            continue;
        };
        if parts.is_empty() || sum == whole.value || (sum < whole.value && !all) {
            continue;
        }
        out.push(
            Finding::new("funds_parts", Severity::Warning, &t.category.value)
                .values(whole.value.to_string(), sum.to_string())
                .message(text::form_funds_parts(
                    &t.category.value,
                    &label.to_string(),
                    whole.value,
                    sum,
                ))
                .at(Some(&whole.span)),
        );
    }
}

/// The declared total against the rows, each once: the funds total row and the indicators
/// that are not details (10号), or the 评分表's items. Rows cut from the form count with the
/// weight their group label gives, so a total above that is unreachable.
fn reachable_total(p: &Project, out: &mut Vec<Finding>) {
    let Some(declared) = p.scorecard.as_ref().and_then(|c| c.total.as_ref()) else {
        return;
    };
    let card = p.scorecard.iter().flat_map(|c| &c.items);
    let scores: Vec<Decimal> = if p.indicators.is_empty() {
        card.map(|d| d.score.value).collect()
    } else {
        let funds = p
            .funds
            .rows
            .iter()
            .filter(|r| r.total)
            .filter_map(|r| r.score.as_ref());
        let rows: Vec<&Sp<Decimal>> = counted(p).filter_map(|i| i.score.as_ref()).collect();
        // A 评分表 whose scored indicator rows were read as indicators keeps its other rows as
        // items (银川); a 53号 评分表 beside an unscored indicator table does not add them.
        let scored = !rows.is_empty();
        let items = card.filter(|_| scored).map(|d| &d.score);
        funds.chain(rows).chain(items).map(|s| s.value).collect()
    };
    if scores.is_empty() {
        return;
    }
    let (Some(sum), Some(missing)) = (total(scores.into_iter()), cut_weight(p)) else {
        return;
    };
    let Some(most) = sum.checked_add(missing) else {
        return;
    };
    let t = declared.score.value;
    // A 评分表's total against its items is the scorecard check's; only its cut rows are here.
    let own = !p.indicators.is_empty() || !missing.is_zero();
    let (expected, message) = if !own {
        return;
    } else if missing.is_zero() && (t < sum || (t > sum && p.cut.is_none())) {
        // On a cut form the rows past the cut may hold the rest: only a total below the
        // visible rows is a slip here (the ledger bounds it from above).
        (sum.to_string(), text::form_total_vs_rows(t, sum))
    } else if !missing.is_zero() && t > most {
        (
            format!("≤ {most}"),
            text::form_total_unreachable(t, sum, missing, most),
        )
    } else {
        return;
    };
    out.push(
        Finding::new("total_vs_rows", Severity::Error, crate::project::TOTAL_PATH)
            .values(t.to_string(), expected)
            .message(message)
            .at(Some(&declared.score.span)),
    );
}

/// The weight of 二级 group labels with no row under them (cut from the page or left empty).
pub(super) fn cut_weight(p: &Project) -> Option<Decimal> {
    let cut = p
        .group_weights
        .iter()
        .filter(|g| g.level2.is_some())
        .filter(|g| !rows_weight(p, g.level1.as_deref(), g.level2.as_deref()).2)
        .map(|g| g.weight.value);
    total(cut)
}

/// Every scored indicator's 得分 equals 分值 × 分值 ÷ 100: the weight was applied to a score
/// that already was the weight (权重占比 × 折算).
fn weight_twice(p: &Project, out: &mut Vec<Finding>) {
    let twice = |i: &Indicator| -> Option<Decimal> {
        let w = i.weight.as_ref()?.value;
        let s = i.score.as_ref()?.value;
        let sq = w.checked_mul(w)?.checked_div(Decimal::ONE_HUNDRED)?;
        (sq == s && s != w).then_some(w)
    };
    let scored: Vec<&Indicator> = counted(p).filter(|i| i.score.is_some()).collect();
    if scored.len() < 2 || !scored.iter().all(|i| twice(i).is_some()) {
        return;
    }
    for i in scored {
        let (Some(w), Some(s)) = (&i.weight, &i.score) else {
            continue;
        };
        out.push(
            Finding::new("weight_twice", Severity::Warning, i.display_name())
                .values(s.value.to_string(), format!("≤ {}", w.value))
                .message(text::form_weight_twice(&i.display_name(), s.value, w.value))
                .at(Some(&s.span))
                .also(Some(&w.span), text::FORM_WEIGHT_HERE),
        );
    }
}

/// A score above zero on a row that states neither a target nor a result.
fn unsupported(p: &Project, out: &mut Vec<Finding>) {
    for i in counted(p) {
        let Some(s) = i.score.as_ref().filter(|s| s.value > Decimal::ZERO) else {
            continue;
        };
        let blank = |m: &crate::project::Measure| m.text.value.trim().is_empty();
        if !(blank(&i.target) && blank(&i.actual)) || i.tier.is_some() {
            continue;
        }
        out.push(
            Finding::new("unsupported_score", Severity::Info, i.display_name())
                .values(s.value.to_string(), "—")
                .message(text::form_unsupported(&i.display_name(), s.value))
                .at(Some(&s.span)),
        );
    }
}

/// A 实际完成值 written as a target (`≥266米`): a comparison sign before the number.
fn actual_as_target(p: &Project, out: &mut Vec<Finding>) {
    for i in counted(p) {
        let t = i.actual.text.value.trim();
        let sign: String = t.chars().take_while(|c| !c.is_ascii_digit()).collect();
        let is_sign = Direction::parse(&sign).is_some_and(|d| d != Direction::Qualitative);
        if sign.is_empty() || !is_sign || sign.len() == t.len() {
            continue;
        }
        out.push(
            Finding::new("actual_as_target", Severity::Warning, i.display_name())
                .values(t, text::FORM_MEASURED)
                .message(text::form_actual_as_target(&i.display_name(), t))
                .at(Some(&i.actual.text.span)),
        );
    }
}
