//! Scoring one item: resolve its inputs, run its rule once, fold the deductions into a ledger.

use super::inputs;
use super::ledger::{Deduction, Figure, ItemScore, Note};
use super::rounding;
use super::target::Target;
use crate::diag::Diagnostic;
use crate::policy::{ItemRule, Policy, Rounding};
use crate::project::{Evidence, Project};
use crate::script::clock::{self, Budget as Clock};
use crate::script::{CallState, Limits, Scripts, Shared};
use crate::text;
use rhai::{CallFnOptions, Dynamic, EvalAltResult, Map, Scope};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The wall-clock budget of one evaluation (`limits.evaluation_ms`), shared by its rule calls.
pub struct Budget {
    deadline: Instant,
    exhausted: Cell<bool>,
}

impl Budget {
    /// Starts the clock of an evaluation under `limits`.
    pub fn start(limits: &Limits) -> Self {
        let now = Instant::now();
        Budget {
            deadline: now
                .checked_add(Duration::from_millis(limits.evaluation_ms))
                .or_else(|| now.checked_add(Duration::from_secs(86_400)))
                .unwrap_or(now),
            exhausted: Cell::new(false),
        }
    }

    /// True once a rule call ran out of the evaluation's time: the rest are not scored.
    pub fn exhausted(&self) -> bool {
        self.exhausted.get()
    }

    /// The deadline of a rule call starting now: its own budget or what the evaluation has left.
    pub(super) fn call_deadline(&self, limits: &Limits) -> (Instant, Clock) {
        let call = Instant::now().checked_add(Duration::from_millis(limits.call_ms));
        match call {
            Some(c) if c < self.deadline => (c, Clock::Call),
            _ => (self.deadline, Clock::Evaluation),
        }
    }
}

/// What scoring an item takes from a pack. Comparisons mix two packs' parts to see what
/// each change does (B's weight under A's scripts, B's parameters, …).
#[derive(Clone, Copy)]
pub struct Rules<'a> {
    /// Compiled scripts.
    pub scripts: &'a Scripts,
    /// Parameters for `param(…)`.
    pub params: &'a Arc<rhai::Map>,
    /// Rounding of item scores.
    pub rounding: &'a Rounding,
}

impl Policy {
    /// The parts of this pack that score items.
    pub fn rules(&self) -> Rules<'_> {
        Rules {
            scripts: &self.scripts,
            params: &self.params_map,
            rounding: &self.rounding,
        }
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
    rules: Rules,
    project: &Project,
    t: &Target,
    rule: &ItemRule,
    input: Map,
    evidence: &[Evidence],
    budget: &Budget,
) -> std::result::Result<CallState, Diagnostic> {
    let scripts = rules.scripts;
    let limits = scripts.limits();
    let state: Shared = Arc::new(Mutex::new(CallState::new(Arc::clone(rules.params), limits)));
    let options = CallFnOptions::new()
        .eval_ast(false)
        .with_tag(Arc::clone(&state));
    let (deadline, clock) = budget.call_deadline(limits);
    let call = if Instant::now() >= budget.deadline {
        Err(Box::new(EvalAltResult::ErrorTerminated(
            Dynamic::from(clock.token()),
            rhai::Position::NONE,
        )))
    } else {
        let _armed = clock::arm(deadline, clock);
        scripts.engine().call_fn_with_options::<Dynamic>(
            options,
            &mut Scope::new(),
            scripts.ast(),
            &rule.rule.value,
            (item_map(t), input),
        )
    };
    if let Err(e) = call {
        if clock == Clock::Evaluation && matches!(*e, EvalAltResult::ErrorTerminated(..)) {
            budget.exhausted.set(true);
        }
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

/// Scores one target under `rules`.
pub(super) fn score_item(
    rules: Rules,
    project: &Arc<Project>,
    t: &Target,
    budget: &Budget,
) -> std::result::Result<ItemScore, Diagnostic> {
    let Some(rule) = t.node.rule() else {
        return Err(Diagnostic::error("jixiao::eval::not_item", t.path_str()));
    };
    let (input, evidence, mut notes) = build_input(project, t, rule)?;
    notes.splice(0..0, t.weight_note.clone());
    let state = call_rule(rules, project, t, rule, input, &evidence, budget)?;
    let scripts = rules.scripts;
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
    let lost = checked_sum(&deductions).map_err(|(sum, next, site)| {
        Diagnostic::error(
            "jixiao::eval::overflow",
            text::deductions_overflow(sum, next),
        )
        .for_item(&t.path_str())
        .at_opt(site.as_ref(), text::DEDUCTED_HERE)
        .at(&rule.rule.span, text::RULE_CALLED_HERE)
    })?;
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
    // lost ≤ weight was checked just above.
    let raw_score = t.weight.checked_sub(lost).unwrap_or(Decimal::ZERO);
    let (score, deductions) = rounding::fold(raw_score, t.weight, deductions, rules.rounding);
    Ok(ItemScore {
        id: t.id.clone(),
        name: t.name.clone(),
        path: t.path.clone(),
        weight: t.weight,
        weight_origin: t.weight_origin,
        score,
        raw_score,
        deductions,
        notes,
        evidence,
        declared: t.declared.clone(),
        params: state
            .params_read
            .iter()
            .map(|name| {
                (
                    name.clone(),
                    rules
                        .params
                        .get(name.as_str())
                        .map_or_else(String::new, ToString::to_string),
                )
            })
            .collect(),
        calls: scripts
            .reachable(&[rule.rule.value.as_str()])
            .into_iter()
            .collect(),
        indicator: t.indicator.map(|(i, _)| i),
        rule: rule.rule.value.clone(),
        rule_span: rule.rule.span.clone(),
        function_span: scripts.function_span(&rule.rule.value, 2),
        help: rule.help.clone(),
        basis: rule.basis.clone(),
        figures: state
            .figures
            .into_iter()
            .map(|f| Figure {
                subject: f.subject,
                value: f.value,
                how: f.how,
                site: scripts.span(f.position),
            })
            .collect(),
    })
}

/// Σ deductions, or the partial sum, the deduction that overflowed it and where it was made.
fn checked_sum(
    deductions: &[Deduction],
) -> std::result::Result<Decimal, (Decimal, Decimal, Option<crate::source::Span>)> {
    deductions.iter().try_fold(Decimal::ZERO, |sum, d| {
        sum.checked_add(d.points)
            .ok_or_else(|| (sum, d.points, d.site.clone()))
    })
}
