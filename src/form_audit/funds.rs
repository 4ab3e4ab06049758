//! Funding identities: 实际支出 ≤ 预算下达 ≤ 预算 unless the narrative explains; indicators
//! stated in 万元 against the budget; a 其中 row's blank 执行率; the same execution scored twice.

use super::figures::narrative_text;
use super::{Finding, Severity};
use crate::project::{field_label, Project};
use crate::source::Span;
use crate::text;
use rust_decimal::Decimal;

/// Words with which a narrative explains funds that differ from the budget.
const EXPLAINED: &[&str] = &[
    "调减",
    "调增",
    "追加",
    "收回",
    "结余",
    "未下达",
    "未拨付",
    "结转",
    "调整预算",
    "压减",
];

struct Amount {
    value: Decimal,
    span: Option<Span>,
}

fn amount(p: &Project, field: &str) -> Option<Amount> {
    let f = p.field(field).ok()?;
    let span = f.evidence.first().map(|e| e.span.clone());
    Some(Amount {
        value: f.value,
        span,
    })
}

pub(super) fn check(p: &Project, out: &mut Vec<Finding>) {
    let budget = amount(p, "funds.budget");
    let allocated = amount(p, "funds.allocated");
    let spent = amount(p, "funds.spent");
    let story = narrative_text(p);
    let explained = EXPLAINED.iter().any(|w| story.contains(w));
    if let (Some(s), Some(a)) = (&spent, &allocated) {
        if s.value > a.value {
            identity(out, "funds.spent", s, "funds.allocated", a, explained);
        }
    }
    if let (Some(a), Some(b)) = (&allocated, &budget) {
        if a.value > b.value {
            identity(out, "funds.allocated", a, "funds.budget", b, explained);
        } else if a.value < b.value && !explained {
            out.push(
                Finding::new("funds_gap", Severity::Info, field_label("funds.allocated"))
                    .values(a.value.to_string(), b.value.to_string())
                    .message(text::form_funds_gap(
                        a.value,
                        b.value,
                        b.value.checked_sub(a.value).unwrap_or_default(),
                    ))
                    .at(a.span.as_ref())
                    .also(b.span.as_ref(), text::FORM_BUDGET_HERE),
            );
        }
    }
    cost(p, &budget, &spent, out);
    part_rate_blank(p, out);
    execution_twice(p, out);
}

/// The same budget execution scored twice by two rules: an indicator whose actual is the
/// funds row's declared 执行率 (76% = 76%) gets its full 分值 while the funds row, at that
/// very rate, loses points (chongqing: 预算完成率 2/2 beside 执行率 76% → 7.6/10).
fn execution_twice(p: &Project, out: &mut Vec<Finding>) {
    let Some(row) = p.funds.rows.iter().find(|r| r.total) else {
        return;
    };
    let (Some(rate), Some(weight), Some(score)) = (&row.rate, &row.weight, &row.score) else {
        return;
    };
    if score.value >= weight.value {
        return;
    }
    for ind in &p.indicators {
        let (Some(actual), Some(w), Some(s)) = (&ind.actual.value, &ind.weight, &ind.score) else {
            continue;
        };
        let percent = ind.actual.unit.as_deref() == Some("%");
        if !percent || actual.value != rate.value || s.value < w.value {
            continue;
        }
        out.push(
            Finding::new("execution_twice", Severity::Warning, ind.display_name())
                .values(s.value.to_string(), text::FORM_EXECUTION_ONCE)
                .message(text::form_execution_twice(
                    rate.value,
                    s.value,
                    w.value,
                    score.value,
                    weight.value,
                ))
                .at(Some(&actual.span))
                .also(Some(&rate.span), text::FORM_FUNDS_RATE_HERE),
        );
    }
}

/// A 其中 row filled across — its amounts written, and a cell after the 执行率 column too —
/// whose cell in the total row's 执行率 column is blank, on a form whose total row states its
/// 执行率. Read from the form's cell grid (tab-separated text); a project file has none.
fn part_rate_blank(p: &Project, out: &mut Vec<Finding>) {
    let rows = &p.funds.rows;
    let Some((t, rate)) = rows
        .iter()
        .find(|r| r.total)
        .and_then(|t| t.rate.as_ref().map(|r| (t, r)))
    else {
        return;
    };
    let Some(column) = cell_index(&rate.span) else {
        return;
    };
    for r in rows.iter().filter(|r| !r.total && r.rate.is_none()) {
        if r.budget.is_none() || r.executed.is_none() {
            continue;
        }
        let span = &r.category.span;
        if span.line() == rate.span.line() {
            continue;
        }
        let line = span.file.line_text(span.line());
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let blank = cells.get(column).is_some_and(|c| c.is_empty());
        let later = cells
            .get(column.saturating_add(1)..)
            .is_some_and(|rest| rest.iter().any(|c| !c.is_empty()));
        if !(blank && later) {
            continue;
        }
        out.push(
            Finding::new("funds_part_rate", Severity::Info, &r.category.value)
                .values(text::FORM_BLANK, text::FORM_RATE_EXPECTED)
                .message(text::form_part_rate_blank(
                    &r.category.value,
                    &t.category.value,
                ))
                .at(Some(span))
                .also(Some(&rate.span), t.category.value.clone()),
        );
    }
}

/// The 0-based tab-separated cell a span starts in; `None` when its line has no cells.
fn cell_index(span: &Span) -> Option<usize> {
    let file = &span.file;
    let start = file.offset_of(span.line(), 1);
    let before = file.text().get(start..span.offset)?;
    let line = file.line_text(span.line());
    (line.matches('\t').count() >= 2).then(|| before.matches('\t').count())
}

fn identity(
    out: &mut Vec<Finding>,
    big: &str,
    b: &Amount,
    small: &str,
    s: &Amount,
    explained: bool,
) {
    let severity = if explained {
        Severity::Info
    } else {
        Severity::Warning
    };
    out.push(
        Finding::new("funds_identity", severity, field_label(big))
            .values(b.value.to_string(), format!("≤ {}", s.value))
            .message(text::form_funds_identity(
                &field_label(big),
                b.value,
                &field_label(small),
                s.value,
                explained,
            ))
            .at(b.span.as_ref())
            .also(s.span.as_ref(), field_label(small)),
    );
}

/// An indicator stated in 万元 (the funds' unit: a cost or amount indicator, whatever the
/// framework calls it) against the budget and the spending it mirrors: a near-equal figure is
/// the same money written differently.
fn cost(p: &Project, budget: &Option<Amount>, spent: &Option<Amount>, out: &mut Vec<Finding>) {
    for ind in &p.indicators {
        let pairs = [
            (&ind.target, budget, "funds.budget"),
            (&ind.actual, spent, "funds.spent"),
        ];
        for (m, funds, field) in pairs {
            let (Some(v), Some(f)) = (&m.value, funds) else {
                continue;
            };
            if m.unit.as_deref() != Some("万元") || v.value == f.value || f.value.is_zero() {
                continue;
            }
            // Only a near-equal figure is the same money written differently (rounded);
            // a cost target far from the budget may be a unit cost and is left alone.
            let near = v
                .value
                .checked_sub(f.value)
                .and_then(|gap| gap.checked_div(f.value))
                .is_some_and(|r| r.abs() <= Decimal::new(1, 2));
            if !near {
                continue;
            }
            out.push(
                Finding::new("cost_vs_funds", Severity::Info, ind.display_name())
                    .values(v.value.to_string(), f.value.to_string())
                    .message(text::form_cost_vs_funds(
                        &ind.level2.value,
                        &m.text.value,
                        &field_label(field),
                        f.value,
                    ))
                    .at(Some(&v.span))
                    .also(f.span.as_ref(), field_label(field)),
            );
        }
    }
}
