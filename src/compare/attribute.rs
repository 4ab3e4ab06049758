//! Attributing a row's delta: for an item in both packs, score A's item again changing one
//! thing at a time — B's weight, then B's parameters, then B's rounding — and give what is
//! left to the formula. The steps telescope, so the parts add up exactly to the delta.

use super::align::Pairing;
use super::{Attribution, Cause, Row, Side};
use crate::eval::{rescore, Evaluation, ItemScore, Rules};
use crate::policy::Policy;
use crate::project::Project;
use crate::text;
use rust_decimal::Decimal;
use std::sync::Arc;

fn side(items: &[&ItemScore]) -> Side {
    Side {
        paths: items.iter().map(|i| i.path_str()).collect(),
        weight: items.iter().map(|i| i.weight).sum(),
        score: items.iter().map(|i| i.score).sum(),
    }
}

fn attribution(cause: Cause, points: Decimal, detail: String) -> Attribution {
    Attribution {
        cause,
        points,
        detail,
        spans: Vec::new(),
    }
}

/// The row for one pairing, with its attributions.
pub fn row(pa: &Policy, ea: &Evaluation, pb: &Policy, p: &Pairing) -> Row {
    match p {
        Pairing::Same(a, b) => Row {
            kind: "same",
            label: b.path_str(),
            a: side(&[a]),
            b: side(&[b]),
            attributions: same(pa, &ea.project, pb, a, b),
        },
        Pairing::Crosswalk(label, a, b) => {
            let (sa, sb) = (side(a), side(b));
            let detail = text::structure_detail(&pa.id.value, sa.weight, &pb.id.value, sb.weight);
            let attributions = nonzero(vec![attribution(
                Cause::Structure,
                sb.score.saturating_sub(sa.score),
                detail,
            )]);
            Row {
                kind: "crosswalk",
                label: label.clone(),
                a: sa,
                b: sb,
                attributions,
            }
        }
        Pairing::Added(b) => Row {
            kind: "added",
            label: b.path_str(),
            a: Side::default(),
            b: side(&[b]),
            attributions: nonzero(vec![attribution(
                Cause::Added,
                b.score,
                text::added_detail(&pb.id.value, b.weight),
            )]),
        },
        Pairing::Removed(a) => Row {
            kind: "removed",
            label: a.path_str(),
            a: side(&[a]),
            b: Side::default(),
            attributions: nonzero(vec![attribution(
                Cause::Removed,
                Decimal::ZERO.saturating_sub(a.score),
                text::removed_detail(&pb.id.value, a.weight),
            )]),
        },
    }
}

fn nonzero(v: Vec<Attribution>) -> Vec<Attribution> {
    v.into_iter().filter(|a| !a.points.is_zero()).collect()
}

/// Parameters either rule read whose values differ between the packs: (name, A value, B value).
fn changed_params(
    pa: &Policy,
    pb: &Policy,
    a: &ItemScore,
    b: &ItemScore,
) -> Vec<(String, String, String)> {
    let value = |p: &Policy, name: &str| {
        p.params
            .iter()
            .find(|(k, _)| k == name)
            .map_or_else(|| "—".to_string(), |(_, v)| v.value.clone())
    };
    let mut names: Vec<&String> = a.params.iter().chain(&b.params).map(|(n, _)| n).collect();
    names.dedup();
    names
        .into_iter()
        .map(|n| (n.clone(), value(pa, n), value(pb, n)))
        .filter(|(_, x, y)| x != y)
        .collect()
}

/// The rule of the node an item comes from.
fn rule_of<'p>(p: &'p Policy, i: &ItemScore) -> Option<&'p crate::policy::ItemRule> {
    p.items()
        .into_iter()
        .find(|n| n.id == i.id || i.path.starts_with(&n.path))
        .and_then(|n| n.rule())
}

/// True when the item's inputs or args are written differently in the two packs.
fn setup_changed(pa: &Policy, pb: &Policy, a: &ItemScore, b: &ItemScore) -> bool {
    match (rule_of(pa, a), rule_of(pb, b)) {
        (Some(x), Some(y)) => {
            let same_inputs = x.inputs.len() == y.inputs.len()
                && x.inputs
                    .iter()
                    .zip(&y.inputs)
                    .all(|((k, v), (l, w))| k == l && v.value == w.value);
            let same_args = x.args.len() == y.args.len()
                && x.args
                    .iter()
                    .zip(&y.args)
                    .all(|((k, v), (l, w))| k == l && v.value == w.value);
            !(same_inputs && same_args)
        }
        (x, y) => x.is_some() != y.is_some(),
    }
}

/// What of the rule changed, in words, or `None` when it did not.
fn formula_change(pa: &Policy, pb: &Policy, a: &ItemScore, b: &ItemScore) -> Option<String> {
    if a.rule != b.rule {
        return Some(text::rule_renamed(&a.rule, &b.rule));
    }
    if pa.scripts.function_source(&a.rule) != pb.scripts.function_source(&a.rule) {
        return Some(text::rule_script_changed(&a.rule));
    }
    if setup_changed(pa, pb, a, b) {
        return Some(text::RULE_INPUTS_CHANGED.to_string());
    }
    (pa.scripts.source_text() != pb.scripts.source_text())
        .then(|| text::LIBRARY_CHANGED.to_string())
}

/// Why one item present in both packs moved (empty when it did not).
pub fn same(
    pa: &Policy,
    project: &Arc<Project>,
    pb: &Policy,
    a: &ItemScore,
    b: &ItemScore,
) -> Vec<Attribution> {
    let params = changed_params(pa, pb, a, b);
    let formula = formula_change(pa, pb, a, b);
    let changed = [
        a.weight != b.weight,
        !params.is_empty(),
        pa.rounding != pb.rounding,
        formula.is_some(),
    ];
    // One cause alone takes the whole delta; only several need re-scoring step by step.
    if changed.iter().filter(|c| **c).count() == 1 && formula.is_none() {
        let delta = b.score.saturating_sub(a.score);
        let single = if a.weight != b.weight {
            attribution(
                Cause::Weight,
                delta,
                text::weight_detail(a.weight, b.weight),
            )
        } else if !params.is_empty() {
            attribution(Cause::Parameter, delta, text::params_detail(&params))
        } else {
            attribution(
                Cause::Rounding,
                delta,
                text::rounding_detail(&pa.rounding, &pb.rounding),
            )
        };
        return nonzero(vec![single]);
    }
    let mut out = Vec::new();
    let mut prev = a.score;
    let mut step = |cause: Cause, rules: Rules, detail: String, out: &mut Vec<Attribution>| {
        if let Ok(s) = rescore(pa, rules, project, a, b.weight) {
            out.push(attribution(cause, s.saturating_sub(prev), detail));
            prev = s;
        }
    };
    let ra = pa.rules();
    if a.weight != b.weight {
        step(
            Cause::Weight,
            ra,
            text::weight_detail(a.weight, b.weight),
            &mut out,
        );
    }
    let with_params = Rules {
        params: pb.rules().params,
        ..ra
    };
    if !params.is_empty() {
        step(
            Cause::Parameter,
            with_params,
            text::params_detail(&params),
            &mut out,
        );
    }
    if pa.rounding != pb.rounding {
        let r = Rules {
            rounding: pb.rules().rounding,
            ..with_params
        };
        step(
            Cause::Rounding,
            r,
            text::rounding_detail(&pa.rounding, &pb.rounding),
            &mut out,
        );
    }
    let rest = b.score.saturating_sub(prev);
    if !rest.is_zero() {
        let detail = formula.unwrap_or_else(|| text::UNEXPLAINED.to_string());
        let mut f = attribution(Cause::Formula, rest, detail);
        f.spans = [(pa, a), (pb, b)]
            .iter()
            .filter_map(|(p, i)| {
                i.function_span
                    .clone()
                    .map(|s| (text::rule_of(&p.id.value, &i.rule), s))
            })
            .collect();
        out.push(f);
    }
    nonzero(out)
}
