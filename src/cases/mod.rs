//! Policy test cases (`policies/<id>/cases/*.yaml`): a project plus what the pack must give
//! for it — total, grade, item scores, discrepancies, or an error.

mod coverage;
mod load;
mod run;

pub use coverage::{coverage, Coverage};
pub use load::load_cases;
pub use run::{run_case, CaseResult};

use crate::source::{SourceFile, Sp};
use rust_decimal::Decimal;
use std::sync::Arc;

/// One test case.
#[derive(Debug, Clone)]
pub struct Case {
    /// The case file.
    pub file: Arc<SourceFile>,
    /// What it checks, in words.
    pub name: String,
    /// The project text to score (after `replace` edits), under a name saying where it came from.
    pub project: Arc<SourceFile>,
    /// What must come out.
    pub expect: Expect,
}

/// Expectations of a case; each is checked only when given.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    /// 综合得分.
    pub total: Option<Sp<Decimal>>,
    /// 等次.
    pub grade: Option<Sp<String>>,
    /// Item (name, path or id) → score.
    pub items: Vec<(Sp<String>, Sp<Decimal>)>,
    /// The items (names or paths) the audit must report, exactly this set.
    pub discrepancies: Option<Sp<Vec<String>>>,
    /// A substring of the error the case must fail with.
    pub error: Option<Sp<String>>,
}
