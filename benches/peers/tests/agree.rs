//! Every engine gives jixiao's 21 item scores, total and grade on the seed and on
//! 200 generated cases.

use jixiao_peers::agree::Fixture;
use jixiao_peers::outcome::Outcome;
use jixiao_peers::{plain, rego, zen};
use std::sync::OnceLock;

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(Fixture::new)
}

#[test]
fn the_seed_scores_99_25() {
    let f = fixture();
    assert_eq!(f.reference[0].total, "99.25");
    assert_eq!(f.reference[0].grade, "优");
    assert_eq!(f.reference.len(), 201);
}

#[test]
fn generated_cases_vary() {
    let f = fixture();
    let mut totals: Vec<&str> = f.reference.iter().map(|o| o.total.as_str()).collect();
    totals.sort_unstable();
    totals.dedup();
    assert!(totals.len() > 150, "only {} distinct totals", totals.len());
    let mut grades: Vec<&str> = f.reference.iter().map(|o| o.grade.as_str()).collect();
    grades.sort_unstable();
    grades.dedup();
    assert!(grades.len() >= 3, "grades {grades:?}");
}

#[test]
fn plain_rust_agrees() {
    let f = fixture();
    let got: Vec<Outcome> = f
        .cases
        .iter()
        .map(|c| Outcome::from_scores(&plain::evaluate(c)))
        .collect();
    f.check("plain", &got).unwrap();
}

fn zen_agrees(trace: bool) {
    let f = fixture();
    let d = zen::decision();
    let contexts: Vec<_> = f.cases.iter().map(zen::context).collect();
    for pass in 0..2 {
        let got: Vec<Outcome> = contexts
            .iter()
            .map(|c| zen::outcome(&zen::evaluate(&d, c, trace)))
            .collect();
        f.check(&format!("zen (trace {trace}, pass {pass})"), &got)
            .unwrap();
    }
}

#[test]
fn zen_engine_agrees_trace_on() {
    zen_agrees(true);
}

#[test]
fn zen_engine_agrees_trace_off() {
    zen_agrees(false);
}

#[test]
fn regorus_interpreter_agrees() {
    let f = fixture();
    let mut e = rego::interpreter();
    let inputs: Vec<_> = f.cases.iter().map(rego::input).collect();
    let got: Vec<Outcome> = inputs
        .iter()
        .map(|i| rego::outcome(&rego::interpret(&mut e, i)))
        .collect();
    f.check("regorus interpreter", &got).unwrap();
}

#[test]
fn regorus_rvm_agrees() {
    let f = fixture();
    let mut vm = rego::vm();
    let inputs: Vec<_> = f.cases.iter().map(rego::input).collect();
    let got: Vec<Outcome> = inputs
        .iter()
        .map(|i| rego::outcome(&rego::run(&mut vm, i)))
        .collect();
    f.check("regorus RVM", &got).unwrap();
}
