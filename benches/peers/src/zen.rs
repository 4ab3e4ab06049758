//! GoRules zen-engine: the pack as a JDM decision graph (jdm/jinzhong-2020.json) — an
//! expression node looping over the indicators for each completion rate, an expression node
//! with the 21 item formulas, one for the total and a decision table for the grade —
//! precompiled once (`Decision::compile`), evaluated with trace on or off. zen computes in
//! rust_decimal, so its scores compare exactly.

use crate::case::Case;
use crate::outcome::Outcome;
use crate::pack::{self, ITEMS};
use std::sync::Arc;
use zen_engine::model::DecisionContent;
use zen_engine::{Decision, DecisionEngine, DecisionGraphResponse, EvaluationOptions, Variable};

/// The graph, as written.
pub const GRAPH: &str = include_str!("../jdm/jinzhong-2020.json");

/// The graph loaded through `DecisionEngine::create_decision` and precompiled.
pub fn decision() -> Decision {
    let content: DecisionContent =
        serde_json::from_str(GRAPH).expect("jdm/jinzhong-2020.json is a JDM graph");
    let mut decision = DecisionEngine::default()
        .create_decision(Arc::new(content))
        .expect("a graph, not a policy");
    decision.validate().expect("the graph validates");
    decision.compile();
    decision
}

fn num(x: rust_decimal::Decimal) -> Variable {
    Variable::Number(x)
}

fn text(s: &str) -> Variable {
    Variable::String(s.into())
}

fn object(fields: Vec<(&str, Variable)>) -> Variable {
    Variable::from_object(fields.into_iter().map(|(k, v)| (k.into(), v)).collect())
}

/// The request a case makes: funds, the judgement items' scores by id, and the indicators with
/// the fields the rules read (decimals as zen's own numbers, no f64 on the way).
pub fn context(c: &Case) -> Variable {
    let amounts = |xs: &[(&str, rust_decimal::Decimal)]| {
        Variable::from_array(xs.iter().map(|(_, v)| num(*v)).collect())
    };
    let funds = object(vec![
        ("budget", amounts(&c.budget)),
        ("allocated", num(c.allocated)),
        ("spent", amounts(&c.spent)),
    ]);
    let judged = object(
        ITEMS
            .iter()
            .zip(&c.declared)
            .filter(|(i, _)| i.rule == pack::Rule::Judgement)
            .map(|(i, v)| (i.id, num(*v)))
            .collect(),
    );
    let indicators = c
        .indicators
        .iter()
        .map(|i| {
            let mut f = vec![
                ("level1", text(i.level1)),
                ("level2", text(i.level2)),
                ("direction", text(i.dir.symbol())),
                (
                    "qualitative",
                    Variable::Bool(i.dir == crate::case::Dir::Qualitative),
                ),
            ];
            let optional = [
                ("target", i.target),
                ("actual", i.actual),
                ("progress", i.progress),
            ];
            f.extend(
                optional
                    .into_iter()
                    .filter_map(|(k, v)| v.map(|v| (k, num(v)))),
            );
            if let Some(t) = i.tier {
                f.push(("tier", text(t)));
            }
            object(f)
        })
        .collect();
    object(vec![
        ("funds", funds),
        ("judged", judged),
        ("indicators", Variable::from_array(indicators)),
    ])
}

/// One evaluation (zen's API is async; nothing in this graph awaits, so a minimal executor).
pub fn evaluate(d: &Decision, context: &Variable, trace: bool) -> DecisionGraphResponse {
    let opts = EvaluationOptions {
        trace,
        max_depth: 10,
    };
    pollster::block_on(d.evaluate_with_opts(context.clone(), opts))
        .unwrap_or_else(|e| panic!("zen-engine cannot evaluate: {e}"))
}

/// What the agreement check compares.
pub fn outcome(r: &DecisionGraphResponse) -> Outcome {
    let n = |path: &str| {
        r.result
            .dot(path)
            .and_then(|v| v.as_number())
            .map_or_else(|| format!("missing {path}"), pack::fixed)
    };
    Outcome {
        items: ITEMS
            .iter()
            .map(|i| (i.id.to_string(), n(&format!("items.{}", i.id))))
            .collect(),
        total: n("total"),
        grade: r
            .result
            .dot("grade")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    }
}
