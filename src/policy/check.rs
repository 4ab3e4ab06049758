//! Invariants of a pack: weights add up, bands are ordered, every item has a runnable rule
//! reading fields that exist.

use super::*;
use crate::diag::{Diagnostic, Diags};
use crate::project::is_known_field;
use crate::text;
use rust_decimal::Decimal;

/// Checks a loaded pack; returns errors and warnings.
pub(super) fn check_policy(p: &Policy) -> Diags {
    let mut d = Diags::default();
    check_total(p, &mut d);
    for n in &p.tree {
        check_node(p, n, &mut d);
    }
    check_bands(p, &mut d);
    check_unique(p, &mut d);
    check_crosswalk(p, &mut d);
    super::check_form::check_form_links(p, &mut d);
    d
}

/// Every `to` of the crosswalk must be a node of this pack.
fn check_crosswalk(p: &Policy, d: &mut Diags) {
    let Some(c) = &p.crosswalk else { return };
    let mut paths = Vec::new();
    fn walk(n: &Node, out: &mut Vec<String>) {
        out.push(n.path_str());
        n.children().iter().for_each(|c| walk(c, out));
    }
    p.tree.iter().for_each(|n| walk(n, &mut paths));
    for to in c.entries.iter().map(|e| &e.to) {
        if !paths.contains(&to.value) {
            d.push(
                Diagnostic::error(
                    "jixiao::policy::crosswalk",
                    text::crosswalk_unknown(&to.value),
                )
                .at(&to.span, text::HERE)
                .help(text::item_list(&paths)),
            );
        }
    }
}

/// The sum of a node's weight: its own, or its children's when it has none.
fn weight_of(n: &Node) -> Decimal {
    match &n.weight {
        Some(w) => w.value,
        None => n.children().iter().map(weight_of).sum(),
    }
}

/// Labels a node's weight; a group without one has its children's weights labelled instead,
/// so whichever weight was edited is under a label.
fn label_weights(diag: Diagnostic, n: &Node) -> Diagnostic {
    match &n.weight {
        Some(w) => diag.at(&w.span, text::child_weight(&n.name.value, w.value)),
        None => n.children().iter().fold(diag, label_weights),
    }
}

fn check_total(p: &Policy, d: &mut Diags) {
    let sum: Decimal = p.tree.iter().map(weight_of).sum();
    if sum != p.total.value {
        let mut diag = Diagnostic::error(
            "jixiao::policy::weights",
            text::total_mismatch(sum, p.total.value),
        )
        .at(&p.total.span, text::declared_total(p.total.value));
        for n in &p.tree {
            diag = label_weights(diag, n);
        }
        d.push(diag);
    }
}

fn check_node(p: &Policy, n: &Node, d: &mut Diags) {
    if let Some(w) = &n.weight {
        if w.value.is_sign_negative() && !w.value.is_zero() {
            d.push(
                Diagnostic::error(
                    "jixiao::policy::weights",
                    text::negative_weight(&n.path_str()),
                )
                .at(&w.span, text::HERE),
            );
        }
        if w.value.scale() > p.rounding.places {
            d.push(
                Diagnostic::error(
                    "jixiao::policy::weights",
                    text::weight_finer_than_rounding(w.value, p.rounding.places),
                )
                .at(&w.span, text::HERE),
            );
        }
    }
    match &n.kind {
        NodeKind::Group(children) => {
            if let Some(w) = &n.weight {
                let sum: Decimal = children.iter().map(weight_of).sum();
                if sum != w.value {
                    let mut diag = Diagnostic::error(
                        "jixiao::policy::weights",
                        text::children_mismatch(&n.path_str(), sum, w.value),
                    )
                    .at(&w.span, text::declared_weight(w.value));
                    for c in children {
                        diag = label_weights(diag, c);
                    }
                    d.push(diag);
                }
            }
            for c in children {
                check_node(p, c, d);
            }
        }
        NodeKind::Item(rule) | NodeKind::Each(rule, _) => check_item(p, n, rule, d),
    }
}

fn check_item(p: &Policy, n: &Node, r: &ItemRule, d: &mut Diags) {
    if n.weight.is_none() {
        d.push(
            Diagnostic::error(
                "jixiao::policy::weights",
                text::item_without_weight(&n.path_str()),
            )
            .at(&n.name.span, text::HERE),
        );
    }
    if !r.rule.value.is_empty() && !p.scripts.has_function(&r.rule.value, 2) {
        d.push(
            Diagnostic::error("jixiao::policy::rule", text::unknown_rule(&r.rule.value))
                .for_item(&n.path_str())
                .at(&r.rule.span, text::NO_SUCH_RULE)
                .help(text::RULE_HELP),
        );
    }
    for (name, input) in &r.inputs {
        if let Input::Field(f) = &input.value {
            if !is_known_field(f) {
                d.push(
                    Diagnostic::error("jixiao::policy::field", text::unknown_field(f))
                        .for_item(&n.path_str())
                        .at(&input.span, text::input_label(name))
                        .help(text::fields_help()),
                );
            }
        }
        if let Some((other, _)) = r.args.iter().find(|(a, _)| a == name) {
            d.push(
                Diagnostic::error("jixiao::policy::args", text::input_arg_clash(other))
                    .at(&input.span, text::HERE),
            );
        }
    }
}

fn check_bands(p: &Policy, d: &mut Diags) {
    let Some(last) = p.grades.last() else {
        d.push(
            Diagnostic::error("jixiao::policy::grades", text::NO_GRADES).at(&p.id.span, text::HERE),
        );
        return;
    };
    for (above, below) in p.grades.iter().zip(p.grades.iter().skip(1)) {
        if below.min.value >= above.min.value {
            d.push(
                Diagnostic::error(
                    "jixiao::policy::grades",
                    text::bands_not_descending(&below.grade.value, &above.grade.value),
                )
                .at(&below.min.span, text::HERE)
                .at(&above.min.span, text::PREVIOUS_BAND),
            );
        }
    }
    if !last.min.value.is_zero() {
        d.push(
            Diagnostic::error(
                "jixiao::policy::grades",
                text::lowest_band_not_zero(&last.grade.value),
            )
            .at(&last.min.span, text::HERE),
        );
    }
    if let Some(first) = p.grades.first() {
        if first.min.value > p.total.value {
            d.push(
                Diagnostic::error(
                    "jixiao::policy::grades",
                    text::band_above_total(&first.grade.value),
                )
                .at(&first.min.span, text::HERE),
            );
        }
    }
}

fn check_unique(p: &Policy, d: &mut Diags) {
    let items = p.items();
    for (i, n) in items.iter().enumerate() {
        if let Some(first) = items.iter().take(i).find(|m| m.id == n.id) {
            d.push(
                Diagnostic::error("jixiao::policy::duplicate", text::duplicate_item_id(&n.id))
                    .at(&n.name.span, text::DUPLICATE_HERE)
                    .at(&first.name.span, text::FIRST_HERE),
            );
        }
    }
}
