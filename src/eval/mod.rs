//! Scoring a project under a pack: every item's rule runs once, its deductions go into the ledger.

mod inputs;
mod ledger;
mod rounding;

pub use ledger::{Deduction, Evaluation, ItemScore, Note, RoundingStep, SectionScore};

use crate::diag::{Diagnostic, Diags, Result};
use crate::policy::{Node, NodeKind, Policy};
use crate::project::{Evidence, Project};
use crate::script::{CallState, Shared};
use crate::text;
use rhai::{CallFnOptions, Dynamic, Map, Scope};
use rust_decimal::Decimal;
use std::sync::{Arc, Mutex};

/// Scores `project` under `policy`; every item is tried, and all failures are reported together.
pub fn evaluate(policy: &Policy, project: &Arc<Project>) -> Result<Evaluation> {
    let mut diags = Diags::default();
    let mut items = Vec::new();
    for node in policy.items() {
        match score_item(policy, project, node) {
            Ok(item) => items.push(item),
            Err(d) => diags.push(d),
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let total: Decimal = items.iter().map(|i: &ItemScore| i.score).sum();
    let band = policy
        .grade_of(total)
        .unwrap_or_else(|| &policy.grades[policy.grades.len() - 1]);
    let mut sections = Vec::new();
    for n in &policy.tree {
        collect_sections(n, &items, 1, &mut sections);
    }
    Ok(Evaluation {
        project: Arc::clone(project),
        policy_id: policy.id.value.clone(),
        policy_title: policy.title.clone(),
        policy_year: policy.year,
        policy_origin: policy.origin.clone(),
        items,
        sections,
        total,
        max_total: policy.total.value,
        grade: band.grade.value.clone(),
        grade_span: band.min.span.clone(),
    })
}

fn collect_sections(n: &Node, items: &[ItemScore], level: usize, out: &mut Vec<SectionScore>) {
    let NodeKind::Group(children) = &n.kind else {
        return;
    };
    let path = n.path_str();
    let below = |i: &&ItemScore| i.path_str().starts_with(&format!("{path}/"));
    out.push(SectionScore {
        id: n.id.clone(),
        name: n.name.value.clone(),
        path: n.path.clone(),
        weight: n
            .leaves()
            .iter()
            .filter_map(|l| l.weight.as_ref())
            .map(|w| w.value)
            .sum(),
        score: items.iter().filter(below).map(|i| i.score).sum(),
        level,
    });
    for c in children {
        collect_sections(c, items, level + 1, out);
    }
}

fn item_map(node: &Node, weight: Decimal) -> Map {
    let mut m = Map::new();
    m.insert("id".into(), node.id.clone().into());
    m.insert("name".into(), node.name.value.clone().into());
    m.insert("path".into(), node.path_str().into());
    m.insert("weight".into(), Dynamic::from(weight));
    m
}

fn score_item(
    policy: &Policy,
    project: &Arc<Project>,
    node: &Node,
) -> std::result::Result<ItemScore, Diagnostic> {
    let Some(rule) = node.item() else {
        return Err(Diagnostic::error("jixiao::eval::not_item", node.path_str()));
    };
    let weight = node.weight.as_ref().map_or(Decimal::ZERO, |w| w.value);
    let mut input = Map::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut notes: Vec<Note> = Vec::new();
    for (name, spec) in &rule.inputs {
        let r = inputs::resolve(project, node, spec)?;
        input.insert(name.as_str().into(), r.value);
        evidence.extend(r.evidence);
        notes.extend(r.notes.into_iter().map(|text| Note {
            text,
            site: Some(spec.span.clone()),
        }));
    }
    for (name, arg) in &rule.args {
        input.insert(
            name.as_str().into(),
            crate::policy::scalar_value(&arg.value),
        );
    }
    let state: Shared = Arc::new(Mutex::new(CallState {
        params: Arc::clone(&policy.params_map),
        ..CallState::default()
    }));
    let scripts = &policy.scripts;
    let options = CallFnOptions::new()
        .eval_ast(false)
        .with_tag(Arc::clone(&state));
    let call = scripts.engine().call_fn_with_options::<Dynamic>(
        options,
        &mut Scope::new(),
        scripts.ast(),
        &rule.rule.value,
        (item_map(node, weight), input),
    );
    if let Err(e) = call {
        let mut d = scripts
            .diagnose(&e, &node.path_str())
            .at(&rule.rule.span, text::RULE_CALLED_HERE);
        for ev in &evidence {
            d = d.at(&ev.span, format!("{} = {}", ev.label, ev.value));
        }
        return Err(d);
    }
    let state = std::mem::take(
        &mut *state
            .lock()
            .map_err(|_| Diagnostic::error("jixiao::eval::state", text::NOT_IN_RULE))?,
    );
    notes.extend(state.notes.into_iter().map(|(text, pos)| Note {
        text,
        site: scripts.span(pos),
    }));
    let deductions: Vec<Deduction> = state
        .deductions
        .into_iter()
        .map(|d| Deduction {
            points: d.points,
            reason: d.reason,
            site: scripts.span(d.position),
            evidence: evidence.clone(),
            rounding: None,
        })
        .collect();
    let lost: Decimal = deductions.iter().map(|d| d.points).sum();
    if lost > weight {
        let site = deductions.last().and_then(|d| d.site.clone());
        return Err(Diagnostic::error(
            "jixiao::eval::overdeducted",
            text::deductions_exceed(lost, weight),
        )
        .for_item(&node.path_str())
        .at_opt(site.as_ref(), text::DEDUCTED_HERE)
        .at(&rule.rule.span, text::RULE_CALLED_HERE));
    }
    let raw_score = weight - lost;
    let (score, deductions) = rounding::fold(raw_score, weight, deductions, &policy.rounding);
    Ok(ItemScore {
        id: node.id.clone(),
        name: node.name.value.clone(),
        path: node.path.clone(),
        weight,
        score,
        raw_score,
        deductions,
        notes,
        evidence,
        rule: rule.rule.value.clone(),
        rule_span: rule.rule.span.clone(),
        function_span: scripts.function_span(&rule.rule.value, 2),
        help: rule.help.clone(),
        basis: rule.basis.clone(),
    })
}
