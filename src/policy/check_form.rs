//! Invariants of the keys that tie a pack to the form: `declared_weight`, `declared_score`,
//! `if_absent`, `each: indicators`, and the `total_rule`.

use super::*;
use crate::diag::{Diagnostic, Diags};
use crate::project::is_known_field;
use crate::text;

/// Checks the form-linking keys of every node and the total rule.
pub(super) fn check_form_links(p: &Policy, d: &mut Diags) {
    let items = p.items();
    for n in &items {
        for field in [&n.declared_weight, &n.declared_score]
            .into_iter()
            .flatten()
        {
            if !is_known_field(&field.value) {
                d.push(
                    Diagnostic::error("jixiao::policy::field", text::unknown_field(&field.value))
                        .for_item(&n.path_str())
                        .at(&field.span, text::HERE)
                        .help(text::fields_help()),
                );
            }
        }
        if let Some(target) = &n.if_absent {
            let each = |m: &&&Node| m.id == target.value && matches!(m.kind, NodeKind::Each(..));
            if !matches!(n.kind, NodeKind::Each(..)) || !items.iter().any(|m| each(&m)) {
                d.push(
                    Diagnostic::error(
                        "jixiao::policy::if_absent",
                        text::bad_if_absent(&target.value),
                    )
                    .for_item(&n.path_str())
                    .at(&target.span, text::HERE),
                );
            }
        }
    }
    if let Some(r) = &p.total_rule {
        if !p.scripts.has_function(&r.rule.value, 2) {
            d.push(
                Diagnostic::error("jixiao::policy::rule", text::unknown_rule(&r.rule.value))
                    .at(&r.rule.span, text::NO_SUCH_RULE)
                    .help(text::TOTAL_RULE_HELP),
            );
        }
        for (name, input) in &r.inputs {
            let known = match &input.value {
                Input::Field(f) => is_known_field(f),
                _ => true,
            };
            if !known {
                d.push(
                    Diagnostic::error(
                        "jixiao::policy::field",
                        text::unknown_field(&input.value.to_string()),
                    )
                    .at(&input.span, text::input_label(name))
                    .help(text::fields_help()),
                );
            }
        }
    }
}
