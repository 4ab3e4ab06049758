//! Attributing a row's delta: for an item in both packs, score A's item again changing one
//! thing at a time — B's weight, then B's parameters, then B's rounding — and give what is
//! left to the formula. The steps telescope, so the parts add up exactly to the delta.

use super::align::Pairing;
use super::{Attribution, Change, FormulaChange, ParamChange, Row, Side};
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

fn attribution(points: Decimal, change: Change) -> Attribution {
    Attribution {
        points,
        change,
        spans: Vec::new(),
    }
}

/// The row for one pairing, with its attributions.
pub fn row(pa: &Policy, ea: &Evaluation, pb: &Policy, p: &Pairing) -> Row {
    let kind = p.kind();
    match p {
        Pairing::Same(a, b) => Row {
            kind,
            label: b.path_str(),
            a: side(&[a]),
            b: side(&[b]),
            attributions: same(pa, &ea.project, pb, a, b),
        },
        Pairing::Crosswalk(label, a, b) => {
            let (sa, sb) = (side(a), side(b));
            let change = Change::Structure {
                a_pack: pa.id.value.clone(),
                a_weight: sa.weight,
                b_pack: pb.id.value.clone(),
                b_weight: sb.weight,
            };
            let attributions =
                nonzero(vec![attribution(sb.score.saturating_sub(sa.score), change)]);
            Row {
                kind,
                label: label.clone(),
                a: sa,
                b: sb,
                attributions,
            }
        }
        Pairing::Added(b) => Row {
            kind,
            label: b.path_str(),
            a: Side::default(),
            b: side(&[b]),
            attributions: nonzero(vec![attribution(
                b.score,
                Change::Added {
                    pack: pb.id.value.clone(),
                    weight: b.weight,
                },
            )]),
        },
        Pairing::Removed(a) => Row {
            kind,
            label: a.path_str(),
            a: side(&[a]),
            b: Side::default(),
            attributions: nonzero(vec![attribution(
                Decimal::ZERO.saturating_sub(a.score),
                Change::Removed {
                    pack: pb.id.value.clone(),
                    weight: a.weight,
                },
            )]),
        },
    }
}

fn nonzero(v: Vec<Attribution>) -> Vec<Attribution> {
    v.into_iter().filter(|a| !a.points.is_zero()).collect()
}

/// Parameters either rule read (by the ledgers) whose values differ between the packs, each once.
fn changed_params(pa: &Policy, pb: &Policy, a: &ItemScore, b: &ItemScore) -> Vec<ParamChange> {
    let mut names: Vec<&String> = Vec::new();
    for (n, _) in a.params.iter().chain(&b.params) {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names
        .into_iter()
        .map(|n| ParamChange {
            name: n.clone(),
            a: pa.param(n).map(str::to_string),
            b: pb.param(n).map(str::to_string),
        })
        .filter(|c| c.a != c.b)
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

/// A script function as the AST defines it: its parameters and its source.
fn definition<'p>(p: &'p Policy, name: &str) -> Option<(&'p [String], &'p str)> {
    p.scripts
        .function(name)
        .map(|f| (f.params.as_slice(), f.source()))
}

/// What of the rule changed, or `None` when it did not: the rule function, the item's setup, or
/// another script function the ledgers say the rules can call.
fn formula_change(pa: &Policy, pb: &Policy, a: &ItemScore, b: &ItemScore) -> Option<FormulaChange> {
    if a.rule != b.rule {
        return Some(FormulaChange::Renamed {
            a: a.rule.clone(),
            b: b.rule.clone(),
        });
    }
    if definition(pa, &a.rule) != definition(pb, &b.rule) {
        return Some(FormulaChange::Script {
            rule: a.rule.clone(),
        });
    }
    if setup_changed(pa, pb, a, b) {
        return Some(FormulaChange::Setup);
    }
    a.calls
        .iter()
        .chain(&b.calls)
        .any(|f| definition(pa, f) != definition(pb, f))
        .then_some(FormulaChange::Library)
}

/// Why one item present in both packs moved (empty when it did not): one cause alone takes the
/// whole delta; several are taken one at a time by scoring A's item again, what is left going to
/// the formula.
pub fn same(
    pa: &Policy,
    project: &Arc<Project>,
    pb: &Policy,
    a: &ItemScore,
    b: &ItemScore,
) -> Vec<Attribution> {
    let params = changed_params(pa, pb, a, b);
    let formula = formula_change(pa, pb, a, b);
    let weight = (a.weight != b.weight).then_some(Change::Weight {
        a: a.weight,
        b: b.weight,
    });
    let parameters = (!params.is_empty()).then_some(Change::Parameters(params));
    let rounding = (pa.rounding != pb.rounding).then(|| Change::Rounding {
        a: pa.rounding.clone(),
        b: pb.rounding.clone(),
    });
    let delta = b.score.saturating_sub(a.score);
    if formula.is_none() {
        let mut single = [&weight, &parameters, &rounding].into_iter().flatten();
        if let (Some(only), None) = (single.next(), single.next()) {
            return nonzero(vec![attribution(delta, only.clone())]);
        }
    }
    let mut out = Vec::new();
    let mut prev = a.score;
    let mut step = |rules: Rules, change: Change, out: &mut Vec<Attribution>| {
        if let Ok(s) = rescore(pa, rules, project, a, b.weight) {
            out.push(attribution(s.saturating_sub(prev), change));
            prev = s;
        }
    };
    let ra = pa.rules();
    if let Some(w) = weight {
        step(ra, w, &mut out);
    }
    let with_params = Rules {
        params: pb.rules().params,
        ..ra
    };
    if let Some(p) = parameters {
        step(with_params, p, &mut out);
    }
    if let Some(r) = rounding {
        let rules = Rules {
            rounding: pb.rules().rounding,
            ..with_params
        };
        step(rules, r, &mut out);
    }
    let rest = b.score.saturating_sub(prev);
    if !rest.is_zero() {
        let change = Change::Formula(formula.unwrap_or(FormulaChange::Unexplained));
        let mut f = attribution(rest, change);
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
