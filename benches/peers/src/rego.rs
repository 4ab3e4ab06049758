//! regorus: the pack in Rego (rego/jinzhong_2020.rego), run by the interpreter (an `Engine`
//! with the policy added once, `set_input` + `eval_rule` per evaluation) and by the RVM (the
//! policy compiled once to an RVM program; `set_input` + `execute` on one VM). regorus computes
//! non-integers in f64; the policy rounds at 9 places, then to cents, and returns integer
//! cents, which are compared exactly at the pack's 2 places.

use crate::case::{Case, Dir};
use crate::outcome::Outcome;
use crate::pack::{Rule, ITEMS};
use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::RegoVM;
use regorus::{Engine, Value};
use rust_decimal::Decimal;
use std::fmt::Write;

/// The policy, as written.
pub const POLICY: &str = include_str!("../rego/jinzhong_2020.rego");

/// The rule every engine evaluates.
pub const RULE: &str = "data.jixiao.result";

/// The interpreter with the policy parsed and added.
pub fn interpreter() -> Engine {
    let mut e = Engine::new();
    e.add_policy("jinzhong_2020.rego".to_string(), POLICY.to_string())
        .expect("rego/jinzhong_2020.rego parses");
    e
}

/// A VM with the policy compiled to an RVM program and loaded.
pub fn vm() -> RegoVM {
    let mut e = interpreter();
    let compiled = e
        .compile_with_entrypoint(&RULE.into())
        .expect("the policy compiles");
    let program = Compiler::compile_from_policy(&compiled, &[RULE]).expect("an RVM program");
    let mut vm = RegoVM::new();
    vm.load_program(program);
    vm
}

/// One evaluation by the interpreter.
pub fn interpret(e: &mut Engine, input: &Value) -> Value {
    e.set_input(input.clone());
    e.eval_rule(RULE.to_string())
        .unwrap_or_else(|err| panic!("regorus cannot evaluate: {err}"))
}

/// One evaluation by the RVM.
pub fn run(vm: &mut RegoVM, input: &Value) -> Value {
    vm.set_input(input.clone());
    vm.execute()
        .unwrap_or_else(|err| panic!("the RVM cannot evaluate: {err}"))
}

/// The input a case makes, the same request as zen's (JSON numbers written from the decimals).
pub fn input(c: &Case) -> Value {
    let list = |xs: &[(&str, Decimal)]| {
        xs.iter()
            .map(|(_, v)| v.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut j = format!(
        r#"{{"funds":{{"budget":[{}],"allocated":{},"spent":[{}]}},"judged":{{"#,
        list(&c.budget),
        c.allocated,
        list(&c.spent)
    );
    let judged: Vec<String> = ITEMS
        .iter()
        .zip(&c.declared)
        .filter(|(i, _)| i.rule == Rule::Judgement)
        .map(|(i, v)| format!(r#""{}":{v}"#, i.id))
        .collect();
    j.push_str(&judged.join(","));
    j.push_str(r#"},"indicators":["#);
    for (k, i) in c.indicators.iter().enumerate() {
        let _ = write!(
            j,
            r#"{}{{"level1":"{}","level2":"{}","direction":"{}","qualitative":{}"#,
            if k == 0 { "" } else { "," },
            i.level1,
            i.level2,
            i.dir.symbol(),
            i.dir == Dir::Qualitative
        );
        for (key, v) in [
            ("target", i.target),
            ("actual", i.actual),
            ("progress", i.progress),
        ] {
            if let Some(v) = v {
                let _ = write!(j, r#","{key}":{v}"#);
            }
        }
        if let Some(t) = i.tier {
            let _ = write!(j, r#","tier":"{t}""#);
        }
        j.push('}');
    }
    j.push_str("]}");
    Value::from_json_str(&j).expect("the input is JSON")
}

/// Integer cents as a decimal string at 2 places.
fn cents(v: &Value) -> String {
    let n = v.as_i64().ok().or_else(|| {
        let f = v.as_f64().ok()?;
        // An integral f64 well inside i64's range.
        (f.fract() == 0.0 && f.abs() < 1e15).then(|| format!("{f:.0}").parse().ok())?
    });
    n.map_or_else(
        || format!("not cents: {v}"),
        |n| Decimal::new(n, 2).to_string(),
    )
}

/// What the agreement check compares.
pub fn outcome(v: &Value) -> Outcome {
    Outcome {
        items: ITEMS
            .iter()
            .map(|i| (i.id.to_string(), cents(&v["items"][i.id])))
            .collect(),
        total: cents(&v["total"]),
        grade: v["grade"]
            .as_string()
            .map(|s| s.to_string())
            .unwrap_or_default(),
    }
}
