//! The pack's total rule (`total_rule:`): run once after the items, it may take points off the
//! total (e.g. a cap by 预算执行率); each deduction becomes an adjustment on the ledger, so
//! total = Σ item scores − Σ adjustments, exactly.

use super::ledger::{Adjustment, ItemScore};
use crate::diag::Diagnostic;
use crate::policy::{Input, ItemRule, Policy};
use crate::project::{field_label, Evidence, Project};
use crate::script::{CallState, Shared};
use crate::text;
use rhai::{CallFnOptions, Dynamic, Map, Scope};
use rust_decimal::Decimal;
use std::sync::{Arc, Mutex};

/// Runs the total rule, if the pack has one, on the scored items.
pub(super) fn adjustments(
    policy: &Policy,
    project: &Project,
    items: &[ItemScore],
) -> Result<Vec<Adjustment>, Diagnostic> {
    let Some(rule) = &policy.total_rule else {
        return Ok(Vec::new());
    };
    let sum: Decimal = items.iter().map(|i| i.score).sum();
    let weight: Decimal = items.iter().map(|i| i.weight).sum();
    let (input, evidence) = inputs(project, rule)?;
    let mut total = Map::new();
    total.insert("score".into(), Dynamic::from(sum));
    total.insert("weight".into(), Dynamic::from(weight));
    let state = call(policy, rule, total, input)?;
    let mut out = Vec::new();
    for d in state.deductions {
        let points = policy.rounding.mode.round(d.points, policy.rounding.places);
        if points.is_zero() {
            continue;
        }
        out.push(Adjustment {
            points,
            reason: d.reason,
            site: policy.scripts.span(d.position),
            evidence: evidence.clone(),
        });
    }
    let taken: Decimal = out.iter().map(|a| a.points).sum();
    if taken > sum {
        return Err(Diagnostic::error(
            "jixiao::eval::total_rule",
            text::total_rule_exceeds(taken, sum),
        )
        .for_item(&text::TOTAL_RULE.to_string())
        .at(&rule.rule.span, text::RULE_CALLED_HERE));
    }
    Ok(out)
}

/// The rule's declared field inputs as script values, with their evidence.
fn inputs(project: &Project, rule: &ItemRule) -> Result<(Map, Vec<Evidence>), Diagnostic> {
    let mut input = Map::new();
    let mut evidence = Vec::new();
    for (name, spec) in &rule.inputs {
        let Input::Field(field) = &spec.value else {
            continue;
        };
        let v = project.field(field).map_err(|_| {
            Diagnostic::error(
                "jixiao::eval::missing",
                text::missing_field(&field_label(field), field),
            )
            .for_item(&text::TOTAL_RULE.to_string())
            .at(&spec.span, text::NEEDED_HERE)
            .at(
                &project.header.name.span,
                text::in_project(project.source.name()),
            )
        })?;
        input.insert(name.as_str().into(), Dynamic::from(v.value));
        evidence.extend(v.evidence);
    }
    Ok((input, evidence))
}

fn call(policy: &Policy, rule: &ItemRule, total: Map, input: Map) -> Result<CallState, Diagnostic> {
    let rules = policy.rules();
    let limits = rules.scripts.limits();
    let state: Shared = Arc::new(Mutex::new(CallState::new(Arc::clone(rules.params), limits)));
    let (deadline, clock) = super::item::Budget::start(limits).call_deadline(limits);
    let _armed = crate::script::clock::arm(deadline, clock);
    let options = CallFnOptions::new()
        .eval_ast(false)
        .with_tag(Arc::clone(&state));
    let scripts = rules.scripts;
    let _returned: Dynamic = scripts
        .engine()
        .call_fn_with_options::<Dynamic>(
            options,
            &mut Scope::new(),
            scripts.ast(),
            &rule.rule.value,
            (total, input),
        )
        .map_err(|e| {
            scripts
                .diagnose(&e, &text::TOTAL_RULE.to_string(), &rule.rule.value)
                .at(&rule.rule.span, text::RULE_CALLED_HERE)
        })?;
    let mut guard = state
        .lock()
        .map_err(|_| Diagnostic::error("jixiao::eval::state", text::NOT_IN_RULE))?;
    Ok(std::mem::take(&mut *guard))
}
