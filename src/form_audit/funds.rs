//! Funding identities: 实际支出 ≤ 预算下达 ≤ 预算 unless the narrative explains; the cost
//! indicator against the budget.

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

/// The cost indicator in 万元 against the budget and the spending it should mirror.
fn cost(p: &Project, budget: &Option<Amount>, spent: &Option<Amount>, out: &mut Vec<Finding>) {
    for ind in p
        .indicators
        .iter()
        .filter(|i| i.level2.value.contains("成本"))
    {
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
