//! Running one case: score its project, compare with the expectations, keep the evaluation
//! for explanations and coverage.

use super::Case;
use crate::audit::ledger;
use crate::diag::Diags;
use crate::eval::{evaluate, Evaluation};
use crate::policy::Policy;
use crate::project::from_source;
use crate::source::Span;
use crate::text;
use std::sync::Arc;

/// One expectation not met.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// What was checked (总分, 等次, an item, …).
    pub what: String,
    /// Expected, as written.
    pub expected: String,
    /// What the pack gave.
    pub actual: String,
    /// Where the expectation is written.
    pub span: Span,
    /// The item concerned, for explaining it.
    pub item: Option<String>,
}

/// The outcome of a case.
#[derive(Debug)]
pub struct CaseResult {
    /// The case.
    pub case: Case,
    /// Expectations not met; empty when the case passed.
    pub mismatches: Vec<Mismatch>,
    /// The evaluation, when the project could be scored.
    pub evaluation: Option<Evaluation>,
    /// An error nobody expected.
    pub error: Option<Diags>,
}

impl CaseResult {
    /// True when every expectation held and nothing failed unexpectedly.
    pub fn passed(&self) -> bool {
        self.mismatches.is_empty() && self.error.is_none()
    }
}

fn mismatch(
    what: &str,
    expected: String,
    actual: String,
    span: &Span,
    item: Option<String>,
) -> Mismatch {
    Mismatch {
        what: what.to_string(),
        expected,
        actual,
        span: span.clone(),
        item,
    }
}

/// Runs one case under a pack.
pub fn run_case(policy: &Arc<Policy>, case: Case) -> CaseResult {
    let score =
        || from_source(Arc::clone(&case.project)).and_then(|p| evaluate(policy, &Arc::new(p)));
    // A case names the error it expects by its words, written in 中文 like the pack's cases:
    // such a case is scored with 中文 messages whatever the user's language.
    let scored = if case.expect.error.is_some() {
        text::with_lang(text::Lang::ZhCn, score)
    } else {
        score()
    };
    let mut result = CaseResult {
        mismatches: Vec::new(),
        evaluation: None,
        error: None,
        case,
    };
    let e = &result.case.expect;
    match (scored, &e.error) {
        (Err(d), Some(want)) => {
            if !d.0.iter().any(|x| x.message.contains(&want.value)) {
                let got = d.0.first().map(|x| x.message.clone()).unwrap_or_default();
                result.mismatches.push(mismatch(
                    &text::EXPECTED_ERROR.to_string(),
                    want.value.clone(),
                    got,
                    &want.span,
                    None,
                ));
            }
        }
        (Err(d), None) => result.error = Some(d),
        (Ok(ev), Some(want)) => {
            result.mismatches.push(mismatch(
                &text::EXPECTED_ERROR.to_string(),
                want.value.clone(),
                text::scored_instead(&ev.total.to_string()),
                &want.span,
                None,
            ));
            result.evaluation = Some(ev);
        }
        (Ok(ev), None) => {
            result.mismatches = check(&ev, &result.case);
            result.evaluation = Some(ev);
        }
    }
    result
}

fn check(ev: &Evaluation, case: &Case) -> Vec<Mismatch> {
    let e = &case.expect;
    let mut out = Vec::new();
    if let Some(t) = e.total.as_ref().filter(|t| t.value != ev.total) {
        out.push(mismatch(
            &text::TOTAL_SCORE.to_string(),
            t.value.to_string(),
            ev.total.to_string(),
            &t.span,
            None,
        ));
    }
    if let Some(g) = e.grade.as_ref().filter(|g| g.value != ev.grade) {
        out.push(mismatch(
            text::GRADE,
            g.value.clone(),
            ev.grade.clone(),
            &g.span,
            None,
        ));
    }
    for (key, want) in &e.items {
        match ev.find_items(&key.value).as_slice() {
            [item] if item.score == want.value => {}
            [item] => out.push(mismatch(
                &key.value,
                want.value.to_string(),
                item.score.to_string(),
                &want.span,
                Some(item.path_str()),
            )),
            [] => out.push(mismatch(
                &key.value,
                want.value.to_string(),
                text::NO_SUCH_ITEM.to_string(),
                &key.span,
                None,
            )),
            many => out.push(mismatch(
                &key.value,
                want.value.to_string(),
                text::ambiguous_item(many.len()),
                &key.span,
                None,
            )),
        }
    }
    if let Some(want) = &e.discrepancies {
        let found = ledger(ev);
        // A finding is named by its subject (a path) or the subject's last part.
        let is = |w: &str, s: &str| w == s || s.rsplit('/').next() == Some(w);
        let hit = |name: &str| found.iter().any(|d| is(name, &d.subject));
        let missing: Vec<&String> = want.value.iter().filter(|w| !hit(w)).collect();
        let extra: Vec<String> = found
            .iter()
            .filter(|d| !want.value.iter().any(|w| is(w, &d.subject)))
            .map(|d| d.subject.clone())
            .collect();
        if !missing.is_empty() || !extra.is_empty() {
            let actual: Vec<String> = found.iter().map(|d| d.subject.clone()).collect();
            out.push(mismatch(
                &text::DISCREPANCIES.to_string(),
                want.value.join("、"),
                actual.join("、"),
                &want.span,
                None,
            ));
        }
    }
    out
}
