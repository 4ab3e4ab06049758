//! `jixiao explain`: one report per deduction — the rule line with the computation, the
//! project values it used, the item's formula and basis.

use crate::diag::Diagnostic;
use crate::eval::{Deduction, Evaluation, ItemScore, Unscored};
use crate::text;

fn help(item: &ItemScore) -> String {
    let mut lines = Vec::new();
    if let Some(h) = &item.help {
        lines.push(text::formula_line(h));
    }
    if let Some(b) = &item.basis {
        lines.push(text::basis_line(b));
    }
    for n in &item.notes {
        lines.push(text::note_line(&n.text));
    }
    lines.join("\n")
}

fn with_help(d: Diagnostic, item: &ItemScore) -> Diagnostic {
    let h = help(item);
    if h.is_empty() {
        d
    } else {
        d.help(h)
    }
}

fn deduction(item: &ItemScore, d: &Deduction) -> Diagnostic {
    let mut diag = Diagnostic::advice(
        "jixiao::explain",
        text::deduction_headline(&item.name, &item.path_str(), d.points, &d.reason),
    );
    let computed = match &d.rounding {
        Some(r) if r.mode.round(r.before, r.places) == r.after => text::rounding_label(
            &d.reason,
            r.before,
            r.after,
            &r.mode.label().to_string(),
            r.places,
        ),
        Some(r) => text::balancing_label(&d.reason, r.before, r.after, r.score_after),
        None => text::deducted_label(d.points, &d.reason),
    };
    diag = diag.at_opt(d.site.as_ref(), computed);
    diag = diag.at(
        &item.rule_span,
        text::item_uses_rule(&item.name, &item.weight.to_string()),
    );
    for e in &d.evidence {
        diag = diag.at(&e.span, text::evidence_label(&e.label, &e.value));
    }
    with_help(diag, item)
}

fn full_marks(item: &ItemScore) -> Diagnostic {
    let mut diag = Diagnostic::advice(
        "jixiao::explain",
        text::full_marks(&item.name, &item.path_str(), item.score),
    );
    diag = diag.at(
        &item.rule_span,
        text::item_uses_rule(&item.name, &item.weight.to_string()),
    );
    for e in &item.evidence {
        diag = diag.at(&e.span, text::evidence_label(&e.label, &e.value));
    }
    with_help(diag, item)
}

/// Explanations for the chosen items: one per deduction, or a full-marks report for an item
/// that lost nothing (shown only when it was asked for by name); when all are explained, one
/// report per item a cut-off form left unscored.
pub fn explain(ev: &Evaluation, items: &[&ItemScore], asked: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in items {
        let lost: Vec<&Deduction> = item
            .deductions
            .iter()
            .filter(|d| !d.points.is_zero())
            .collect();
        if lost.is_empty() {
            if asked {
                out.push(full_marks(item));
            }
            continue;
        }
        out.extend(lost.into_iter().map(|d| deduction(item, d)));
    }
    if !asked {
        out.extend(ev.unscored.iter().map(unscored));
    }
    out
}

/// An item a cut-off form holds no data for: its weight, why, and where the form breaks off.
fn unscored(u: &Unscored) -> Diagnostic {
    let reason = text::unscored_reason(&u.missing);
    Diagnostic::advice(
        "jixiao::explain::unscored",
        text::unscored_headline(&u.name, u.weight, &reason),
    )
    .at(&u.cut.at, text::CUT_HERE)
    .help(text::cut_place(&u.cut))
}
