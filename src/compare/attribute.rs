//! Attributing a row's delta: for an item in both packs, score A's item again changing one
//! thing at a time — B's weight, then B's parameters, then B's rounding — and give what is
//! left to the formula. The steps telescope, so the parts add up exactly to the delta.

use super::align::Pairing;
use super::{Attribution, Cause, Row, Side};
use crate::eval::{rescore, Evaluation, ItemScore, Rules};
use crate::policy::Policy;
use crate::text;
use rust_decimal::Decimal;

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
            attributions: same(pa, ea, pb, a, b),
        },
        Pairing::Crosswalk(label, a, b) => {
            let (sa, sb) = (side(a), side(b));
            let detail = text::structure_detail(&pa.id.value, sa.weight, &pb.id.value, sb.weight);
            let attributions = nonzero(vec![attribution(
                Cause::Structure,
                sb.score - sa.score,
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
                -a.score,
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

/// An item's inputs and args as written, to see whether they changed.
fn rule_setup(p: &Policy, id: &str) -> Option<String> {
    let node = p
        .items()
        .into_iter()
        .find(|n| n.id == id || id.starts_with(&format!("{}/", n.id)))?;
    let r = node.rule()?;
    let inputs: Vec<(&String, &crate::policy::Input)> =
        r.inputs.iter().map(|(k, v)| (k, &v.value)).collect();
    let args: Vec<(&String, &String)> = r.args.iter().map(|(k, v)| (k, &v.value)).collect();
    Some(format!("{inputs:?}{args:?}"))
}

/// What of the rule changed, in words, or `None` when it did not.
fn formula_change(pa: &Policy, pb: &Policy, a: &ItemScore, b: &ItemScore) -> Option<String> {
    if a.rule != b.rule {
        return Some(text::rule_renamed(&a.rule, &b.rule));
    }
    if pa.scripts.function_source(&a.rule) != pb.scripts.function_source(&a.rule) {
        return Some(text::rule_script_changed(&a.rule));
    }
    if rule_setup(pa, &a.id) != rule_setup(pb, &b.id) {
        return Some(text::RULE_INPUTS_CHANGED.to_string());
    }
    (pa.scripts.source_text() != pb.scripts.source_text())
        .then(|| text::LIBRARY_CHANGED.to_string())
}

fn same(
    pa: &Policy,
    ea: &Evaluation,
    pb: &Policy,
    a: &ItemScore,
    b: &ItemScore,
) -> Vec<Attribution> {
    let project = &ea.project;
    let mut out = Vec::new();
    let mut prev = a.score;
    let mut step = |cause: Cause, rules: Rules, detail: String, out: &mut Vec<Attribution>| {
        if let Ok(s) = rescore(pa, rules, project, a, b.weight) {
            out.push(attribution(cause, s - prev, detail));
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
    let params = changed_params(pa, pb, a, b);
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
    let rest = b.score - prev;
    if !rest.is_zero() {
        let detail = formula_change(pa, pb, a, b).unwrap_or_else(|| text::UNEXPLAINED.to_string());
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
