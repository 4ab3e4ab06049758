//! Funding identities: 实际支出 ≤ 预算下达 ≤ 预算 unless the narrative explains; rates the
//! narrative claims against the funds table; the cost indicator against the budget.

use super::figures::{locate, narrative_text};
use super::{Finding, Severity};
use crate::num::{parse_decimal, percent, RoundingMode};
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
                    .message(text::form_funds_gap(a.value, b.value, b.value - a.value))
                    .at(a.span.as_ref())
                    .also(b.span.as_ref(), text::FORM_BUDGET_HERE),
            );
        }
    }
    claims(p, &story, &budget, &allocated, &spent, out);
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

/// 资金到位率 / 预算执行率 stated in the narratives against the funds table.
fn claims(
    p: &Project,
    story: &str,
    budget: &Option<Amount>,
    allocated: &Option<Amount>,
    spent: &Option<Amount>,
    out: &mut Vec<Finding>,
) {
    let rates = [
        ("资金到位率", allocated, budget),
        ("预算执行率", spent, allocated),
    ];
    for (word, num, den) in rates {
        let (Some(n), Some(d)) = (num, den) else {
            continue;
        };
        if d.value.is_zero() {
            continue;
        }
        // Checked: a tiny denominator must not overflow (an untrusted form).
        let Some(ratio) = n.value.checked_div(d.value) else {
            continue;
        };
        let Some(pct) = ratio.checked_mul(Decimal::ONE_HUNDRED) else {
            continue;
        };
        for (claimed, raw) in stated_rates(story, word) {
            let places = claimed.scale();
            let actual = RoundingMode::HalfAwayFromZero.round(pct, places);
            if actual == claimed {
                continue;
            }
            out.push(
                Finding::new("narrative_claim", Severity::Warning, word)
                    .values(format!("{claimed}%"), percent(ratio))
                    .message(text::form_claim(
                        word,
                        claimed,
                        n.value,
                        d.value,
                        &percent(ratio),
                    ))
                    .at(locate(p, &raw).as_ref())
                    .also(n.span.as_ref(), text::FORM_NUMERATOR_HERE)
                    .also(d.span.as_ref(), text::FORM_DENOMINATOR_HERE),
            );
        }
    }
}

/// `资金到位率100%`, `资金到位率为 98.5%` → (rate, text as written).
fn stated_rates(story: &str, word: &str) -> Vec<(Decimal, String)> {
    let mut out = Vec::new();
    for (at, _) in story.match_indices(word) {
        let rest = &story[at + word.len()..];
        let skip = rest
            .char_indices()
            .take_while(|(_, c)| c.is_whitespace() || "为达到了是：:".contains(*c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let digits: String = rest[skip..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let after = &rest[skip + digits.len()..];
        if digits.is_empty() || !(after.starts_with('%') || after.starts_with('％')) {
            continue;
        }
        if let Some(v) = parse_decimal(&digits) {
            let raw = format!("{word}{}{digits}", &rest[..skip]);
            out.push((v, raw));
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_stated_in_text() {
        let r = stated_rates("至此，资金到位率100%。预算执行率为 98.5％", "资金到位率");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0.to_string(), "100");
        assert_eq!(r[0].1, "资金到位率100");
        let r = stated_rates("预算执行率为 98.5％", "预算执行率");
        assert_eq!(r[0].0.to_string(), "98.5");
        assert!(stated_rates("资金到位率较高", "资金到位率").is_empty());
    }
}
