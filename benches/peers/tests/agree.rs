//! Every engine gives jixiao's 21 item scores, total and grade on the seed and on
//! 200 generated cases.

use jixiao_peers::agree::Fixture;
use jixiao_peers::outcome::Outcome;
use jixiao_peers::plain;
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
