//! Comparing two packs on the same projects: items aligned by path or crosswalk, every
//! point of the difference attributed to a cause (weight, formula, parameter, rounding,
//! structure, added, removed), the parts adding up exactly to the total delta.

mod align;
mod attribute;
mod portfolio;

pub use align::Pairing;
pub use attribute::same as attribute_item;
pub use portfolio::{portfolio, Portfolio};

use crate::eval::Evaluation;
use crate::policy::Policy;
use crate::source::Span;
use crate::text;
use rust_decimal::Decimal;

/// Why points moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// The item's weight changed.
    Weight,
    /// A pack parameter the rule reads changed.
    Parameter,
    /// The rounding rule changed.
    Rounding,
    /// The rule (function, its script, inputs or args) changed.
    Formula,
    /// Items were regrouped (crosswalk).
    Structure,
    /// The item is new in B.
    Added,
    /// The item is gone in B.
    Removed,
}

impl Cause {
    /// Key for JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            Cause::Weight => "weight",
            Cause::Parameter => "parameter",
            Cause::Rounding => "rounding",
            Cause::Formula => "formula",
            Cause::Structure => "structure",
            Cause::Added => "added",
            Cause::Removed => "removed",
        }
    }

    /// Chinese name.
    pub fn label(self) -> &'static str {
        text::cause_label(self.key())
    }
}

/// Points moved for one cause, with what changed and where.
#[derive(Debug, Clone)]
pub struct Attribution {
    /// Cause.
    pub cause: Cause,
    /// Points (B − A) this cause accounts for.
    pub points: Decimal,
    /// What changed, e.g. `分值 8 → 9`.
    pub detail: String,
    /// Where: (label, span), e.g. the rule functions of A and B.
    pub spans: Vec<(String, Span)>,
}

/// One side of a row: the items, their weights and scores.
#[derive(Debug, Clone, Default)]
pub struct Side {
    /// Item paths.
    pub paths: Vec<String>,
    /// Σ weights.
    pub weight: Decimal,
    /// Σ scores.
    pub score: Decimal,
}

/// One aligned unit: items of A and of B that stand for each other.
#[derive(Debug, Clone)]
pub struct Row {
    /// How they were aligned.
    pub kind: &'static str,
    /// Name to show.
    pub label: String,
    /// Pack A's side.
    pub a: Side,
    /// Pack B's side.
    pub b: Side,
    /// Why the score moved; Σ points = delta.
    pub attributions: Vec<Attribution>,
}

impl Row {
    /// B − A.
    pub fn delta(&self) -> Decimal {
        self.b.score.saturating_sub(self.a.score)
    }
}

/// One project under two packs.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Under pack A.
    pub a: Evaluation,
    /// Under pack B.
    pub b: Evaluation,
    /// Aligned rows, B's order first, then what only A has.
    pub rows: Vec<Row>,
    /// Why the grade changed, if it did.
    pub grade_change: Option<String>,
    /// Crosswalk paths that matched nothing, and the like.
    pub warnings: Vec<String>,
}

impl Comparison {
    /// Total B − A.
    pub fn delta(&self) -> Decimal {
        self.b.total.saturating_sub(self.a.total)
    }

    /// Σ of all attributions (equals `delta`).
    pub fn attributed(&self) -> Decimal {
        self.rows
            .iter()
            .flat_map(|r| &r.attributions)
            .map(|a| a.points)
            .sum()
    }
}

/// Compares one project's evaluations under packs A and B.
pub fn compare(pa: &Policy, a: Evaluation, pb: &Policy, b: Evaluation) -> Comparison {
    let (pairings, warnings) = align::align(pa, &a, pb, &b);
    let rows = pairings
        .iter()
        .map(|p| attribute::row(pa, &a, pb, p))
        .collect();
    let grade_change = (a.grade != b.grade).then(|| grade_change(pa, &a, pb, &b));
    Comparison {
        rows,
        grade_change,
        warnings,
        a,
        b,
    }
}

fn grade_change(pa: &Policy, a: &Evaluation, pb: &Policy, b: &Evaluation) -> String {
    let bands = |p: &Policy| {
        p.grades
            .iter()
            .map(|g| format!("{}≥{}", g.grade.value, g.min.value))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (ba, bb) = (bands(pa), bands(pb));
    text::grade_change(
        &a.grade,
        &b.grade,
        &a.total.to_string(),
        &b.total.to_string(),
        (ba != bb).then_some((ba.as_str(), bb.as_str())),
    )
}
