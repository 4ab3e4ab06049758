//! Declared vs computed: what the unit wrote on its 评分表 against what the rules give.

use crate::eval::Evaluation;
use crate::num::RoundingMode;
use crate::project::Declared;
use crate::source::Span;
use crate::text;
use rust_decimal::Decimal;

/// What a discrepancy concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A scoring item's score.
    Item,
    /// A scoring item's weight on the form vs the pack.
    Weight,
    /// A section subtotal.
    Section,
    /// The total.
    Total,
    /// The grade.
    Grade,
    /// An indicator's 完成进度.
    Progress,
    /// An item on the form the pack does not have, or the other way round.
    Unmatched,
    /// A rate the form declares (执行率) against the rule's.
    Rate,
}

impl Kind {
    /// Key for JSON.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Item => "item",
            Kind::Weight => "weight",
            Kind::Section => "section",
            Kind::Total => "total",
            Kind::Grade => "grade",
            Kind::Progress => "progress",
            Kind::Unmatched => "unmatched",
            Kind::Rate => "rate",
        }
    }
}

/// One difference between the form and the rules.
#[derive(Debug, Clone)]
pub struct Discrepancy {
    /// What it concerns.
    pub kind: Kind,
    /// Item, section or indicator name.
    pub item: String,
    /// Its path.
    pub path: String,
    /// What the form says.
    pub declared: String,
    /// What the rules give.
    pub computed: String,
    /// Why they differ, in Chinese.
    pub cause: String,
    /// Where the declared value is written.
    pub span: Option<Span>,
}

/// Compares an evaluation with the form it came from.
pub fn audit(ev: &Evaluation) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let declared = ev
        .project
        .scorecard
        .as_ref()
        .map_or(&[][..], |c| &c.items[..]);
    items(ev, declared, &mut out);
    if let Some(card) = &ev.project.scorecard {
        sections(ev, &card.sections, &mut out);
        if let Some(t) = &card.total {
            if t.score.value != ev.total {
                out.push(Discrepancy {
                    kind: Kind::Total,
                    item: text::TOTAL.into(),
                    path: text::TOTAL.into(),
                    declared: t.score.value.to_string(),
                    computed: ev.total.to_string(),
                    cause: text::total_cause(t.score.value - ev.total),
                    span: Some(t.score.span.clone()),
                });
            }
        }
        if let Some(g) = &card.grade {
            if g.value != ev.grade {
                out.push(Discrepancy {
                    kind: Kind::Grade,
                    item: text::GRADE.into(),
                    path: text::GRADE.into(),
                    declared: g.value.clone(),
                    computed: ev.grade.clone(),
                    cause: text::grade_cause(&ev.total.to_string(), &ev.grade),
                    span: Some(g.span.clone()),
                });
            }
        }
    }
    progress(ev, &mut out);
    crate::audit_form::check(ev, &mut out);
    out
}

fn unmatched(
    item: &str,
    path: &str,
    declared: String,
    computed: String,
    cause: String,
    span: Option<Span>,
) -> Discrepancy {
    Discrepancy {
        kind: Kind::Unmatched,
        item: item.to_string(),
        path: path.to_string(),
        declared,
        computed,
        cause,
        span,
    }
}

fn items(ev: &Evaluation, declared: &[Declared], out: &mut Vec<Discrepancy>) {
    if !ev.items.iter().any(|i| i.declared.is_some()) {
        if let Some(first) = declared.first() {
            let d = unmatched(
                text::SCORECARD,
                text::SCORECARD,
                text::item_count(declared.len()),
                "—".into(),
                text::form_not_in_policy(&ev.policy_id),
                Some(first.path.span.clone()),
            );
            out.push(d);
        }
        return;
    }
    for item in &ev.items {
        let path = item.path_str();
        let Some(score) = &item.declared else {
            out.push(unmatched(
                &item.name,
                &path,
                "—".into(),
                item.score.to_string(),
                text::NOT_ON_FORM.into(),
                None,
            ));
            continue;
        };
        let form_weight = declared
            .iter()
            .find(|d| d.path.value == path)
            .and_then(|d| d.weight.as_ref());
        if let Some(w) = form_weight.filter(|w| w.value != item.weight) {
            out.push(Discrepancy {
                kind: Kind::Weight,
                item: item.name.clone(),
                path: path.clone(),
                declared: w.value.to_string(),
                computed: item.weight.to_string(),
                cause: text::weight_cause(&ev.policy_id),
                span: Some(w.span.clone()),
            });
        }
        if score.value != item.score {
            let reason: Vec<&str> = item.deductions.iter().map(|x| x.reason.as_str()).collect();
            out.push(Discrepancy {
                kind: Kind::Item,
                item: item.name.clone(),
                path,
                declared: score.value.to_string(),
                computed: item.score.to_string(),
                cause: {
                    let mut c = text::item_cause(score.value - item.score, &reason.join("；"));
                    let unexplained = item
                        .indicator
                        .and_then(|n| ev.project.indicators.get(n))
                        .is_some_and(|ind| ind.deviation.is_none());
                    if score.value < item.score && unexplained {
                        c.push_str(text::NO_DEVIATION_REASON);
                    }
                    c
                },
                span: Some(score.span.clone()),
            });
        }
    }
    for d in declared
        .iter()
        .filter(|d| !ev.items.iter().any(|i| i.path_str() == d.path.value))
    {
        let name = d.path.value.rsplit('/').next().unwrap_or_default();
        out.push(unmatched(
            name,
            &d.path.value,
            d.score.value.to_string(),
            "—".into(),
            text::not_in_policy(&ev.policy_id),
            Some(d.path.span.clone()),
        ));
    }
}

fn sections(ev: &Evaluation, declared: &[Declared], out: &mut Vec<Discrepancy>) {
    for d in declared {
        let Some(s) = ev.sections.iter().find(|s| s.path_str() == d.path.value) else {
            continue;
        };
        if d.score.value != s.score {
            out.push(Discrepancy {
                kind: Kind::Section,
                item: s.name.clone(),
                path: s.path_str(),
                declared: d.score.value.to_string(),
                computed: s.score.to_string(),
                cause: text::section_cause(d.score.value - s.score),
                span: Some(d.score.span.clone()),
            });
        }
    }
}

/// Each indicator's declared 完成进度 against the completion the rule reported for it
/// (`report("indicators[N]", …)`), shown at the declared decimals, half away from zero.
fn progress(ev: &Evaluation, out: &mut Vec<Discrepancy>) {
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
        let computed = fig.value * Decimal::ONE_HUNDRED;
        let shown = RoundingMode::HalfAwayFromZero.round(computed, declared.value.scale());
        if shown == declared.value {
            continue;
        }
        out.push(Discrepancy {
            kind: Kind::Progress,
            item: ind.display_name(),
            path: format!(
                "{}/{}/{}",
                ind.level1.value,
                ind.level2.value,
                ind.display_name()
            ),
            declared: format!("{}%", declared.value),
            computed: format!("{shown}%"),
            cause: text::progress_cause(ind.direction.value.symbol(), &fig.how),
            span: Some(declared.span.clone()),
        });
    }
}
