//! How a project moved after an edit: the model `changes` builds and render/watch.rs shows.

use crate::compare::Attribution;
use crate::diag::Diags;
use crate::eval::Evaluation;
use rust_decimal::Decimal;

/// A project's total and grade at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// Total.
    pub total: Decimal,
    /// Grade.
    pub grade: String,
}

impl Standing {
    /// The standing of an evaluation.
    pub fn of(e: &Evaluation) -> Standing {
        Standing {
            total: e.total,
            grade: e.grade.clone(),
        }
    }
}

/// Why a row moved.
#[derive(Debug, Clone)]
pub enum Why {
    /// The project's data changed (the pack did not).
    ProjectData,
    /// The pack changed: what changed, by compare's attribution; Σ points = the row's delta.
    Pack(Vec<Attribution>),
}

/// One row that moved.
#[derive(Debug, Clone)]
pub struct MovedRow {
    /// The row's label (an item's path).
    pub label: String,
    /// After − before.
    pub delta: Decimal,
    /// Why.
    pub why: Why,
}

/// How one project moved: totals, grades, and the rows that changed with their causes.
#[derive(Debug, Clone)]
pub struct Moved {
    /// The project file.
    pub file: String,
    /// Project name.
    pub name: String,
    /// Before, if it scored.
    pub before: Option<Standing>,
    /// After, if it scores.
    pub after: Option<Standing>,
    /// The rows that moved.
    pub rows: Vec<MovedRow>,
    /// Why it no longer scores.
    pub error: Option<Diags>,
}

impl Moved {
    /// After − before, when it scored both times.
    pub fn delta(&self) -> Option<Decimal> {
        match (&self.before, &self.after) {
            (Some(a), Some(b)) => Some(b.total.saturating_sub(a.total)),
            _ => None,
        }
    }
}
