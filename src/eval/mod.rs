//! Scoring a project under a pack: every item's rule runs once, its deductions go into the ledger.

mod inputs;
mod ledger;
mod rounding;
mod target;

pub use ledger::{Deduction, Evaluation, ItemScore, Note, RoundingStep, SectionScore};
pub use target::spread;

use target::Target;

use crate::diag::{Diagnostic, Diags, Result};
use crate::policy::{ItemRule, Node, NodeKind, Policy};
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
        let targets = match &node.kind {
            NodeKind::Each(_, selector) => target::expand(policy, project, node, selector),
            _ => Ok(vec![target::fixed(project, node)]),
        };
        match targets {
            Ok(targets) => {
                for t in &targets {
                    match score_item(policy, project, t) {
                        Ok(item) => items.push(item),
                        Err(d) => diags.push(d),
                    }
                }
            }
            Err(d) => diags.push(d),
        }
    }
    unknown_judgements(policy, project, &items, &mut diags);
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

/// A judgement must name an item the pack scores; otherwise the evaluator's score would be lost.
fn unknown_judgements(policy: &Policy, project: &Project, items: &[ItemScore], diags: &mut Diags) {
    for j in &project.judgements {
        if !items.iter().any(|i| i.path_str() == j.item.value) {
            let paths: Vec<String> = items.iter().map(ItemScore::path_str).collect();
            diags.push(
                Diagnostic::error(
                    "jixiao::eval::unknown_judgement",
                    text::unknown_judgement(&j.item.value, &policy.id.value),
                )
                .at(&j.item.span, text::HERE)
                .help(text::item_list(&paths)),
            );
        }
    }
}

fn collect_sections(n: &Node, items: &[ItemScore], level: usize, out: &mut Vec<SectionScore>) {
    if let NodeKind::Item(_) = n.kind {
        return;
    }
    let path = n.path_str();
    let below: Vec<&ItemScore> = items
        .iter()
        .filter(|i| i.path_str().starts_with(&format!("{path}/")))
        .collect();
    out.push(SectionScore {
        id: n.id.clone(),
        name: n.name.value.clone(),
        path: n.path.clone(),
        weight: n
            .weight
            .as_ref()
            .map_or_else(|| below.iter().map(|i| i.weight).sum(), |w| w.value),
        score: below.iter().map(|i| i.score).sum(),
        level,
    });
    for c in n.children() {
        collect_sections(c, items, level + 1, out);
    }
}

fn item_map(t: &Target) -> Map {
    let mut m = Map::new();
    m.insert("id".into(), t.id.clone().into());
    m.insert("name".into(), t.name.clone().into());
    m.insert("path".into(), t.path_str().into());
    m.insert("weight".into(), Dynamic::from(t.weight));
    m
}

/// The script input of one call (declared inputs, args, and the indicator of an `each` item),
/// with the evidence and notes the inputs leave.
fn build_input(
    project: &Project,
    t: &Target,
    rule: &ItemRule,
) -> std::result::Result<(Map, Vec<Evidence>, Vec<Note>), Diagnostic> {
    let mut input = Map::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut notes: Vec<Note> = Vec::new();
    if let Some((i, ind)) = t.indicator {
        input.insert("indicator".into(), inputs::indicator(i, ind, &mut evidence));
    }
    for (name, spec) in &rule.inputs {
        let r = inputs::resolve(project, t, spec)?;
        input.insert(name.as_str().into(), r.value);
        evidence.extend(r.evidence);
        let site = Some(spec.span.clone());
        notes.extend(r.notes.into_iter().map(|text| Note {
            text,
            site: site.clone(),
        }));
    }
    for (name, arg) in &rule.args {
        input.insert(
            name.as_str().into(),
            crate::policy::scalar_value(&arg.value),
        );
    }
    Ok((input, evidence, notes))
}

/// Runs the rule function once; a failure becomes a diagnostic naming the item, pointing at the
/// script line, the policy line and the project values the rule was given.
fn call_rule(
    policy: &Policy,
    project: &Project,
    t: &Target,
    rule: &ItemRule,
    input: Map,
    evidence: &[Evidence],
) -> std::result::Result<CallState, Diagnostic> {
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
        (item_map(t), input),
    );
    if let Err(e) = call {
        let d = scripts
            .diagnose(&e, &t.path_str(), &rule.rule.value)
            .at(&rule.rule.span, text::RULE_CALLED_HERE);
        let d = match evidence.first() {
            Some(_) => d,
            None => d.at(
                &project.header.name.span,
                text::in_project(project.source.name()),
            ),
        };
        return Err(evidence.iter().fold(d, |d, ev| {
            d.at(&ev.span, text::evidence_label(&ev.label, &ev.value))
        }));
    }
    let mut guard = state
        .lock()
        .map_err(|_| Diagnostic::error("jixiao::eval::state", text::NOT_IN_RULE))?;
    Ok(std::mem::take(&mut *guard))
}

fn score_item(
    policy: &Policy,
    project: &Arc<Project>,
    t: &Target,
) -> std::result::Result<ItemScore, Diagnostic> {
    let Some(rule) = t.node.rule() else {
        return Err(Diagnostic::error("jixiao::eval::not_item", t.path_str()));
    };
    let (input, evidence, mut notes) = build_input(project, t, rule)?;
    let state = call_rule(policy, project, t, rule, input, &evidence)?;
    let scripts = &policy.scripts;
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
    if lost > t.weight {
        let site = deductions.last().and_then(|d| d.site.clone());
        return Err(Diagnostic::error(
            "jixiao::eval::overdeducted",
            text::deductions_exceed(lost, t.weight),
        )
        .for_item(&t.path_str())
        .at_opt(site.as_ref(), text::DEDUCTED_HERE)
        .at(&rule.rule.span, text::RULE_CALLED_HERE));
    }
    let raw_score = t.weight - lost;
    let (score, deductions) = rounding::fold(raw_score, t.weight, deductions, &policy.rounding);
    Ok(ItemScore {
        id: t.id.clone(),
        name: t.name.clone(),
        path: t.path.clone(),
        weight: t.weight,
        score,
        raw_score,
        deductions,
        notes,
        evidence,
        declared: t.declared.clone(),
        rule: rule.rule.value.clone(),
        rule_span: rule.rule.span.clone(),
        function_span: scripts.function_span(&rule.rule.value, 2),
        help: rule.help.clone(),
        basis: rule.basis.clone(),
    })
}
