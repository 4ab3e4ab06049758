//! Comparing two packs on the same projects: items aligned by path or crosswalk, every
//! point of the difference attributed to a cause (weight, formula, parameter, rounding,
//! structure, added, removed), the parts adding up exactly to the total delta.

mod align;
mod attribute;
mod portfolio;

pub use align::{Pairing, RowKind};
pub use attribute::same as attribute_item;
pub use portfolio::{portfolio, Largest, Portfolio};

use crate::eval::Evaluation;
use crate::policy::{Policy, Rounding};
use crate::source::Span;
use crate::text;
use rust_decimal::Decimal;

/// Why points moved.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
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

/// A pack parameter whose value differs between the packs (`None`: the pack does not set it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamChange {
    /// Parameter name.
    pub name: String,
    /// Its value in pack A, as written.
    pub a: Option<String>,
    /// Its value in pack B, as written.
    pub b: Option<String>,
}

/// What of an item's rule changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormulaChange {
    /// The item names another rule function.
    Renamed {
        /// Pack A's rule.
        a: String,
        /// Pack B's rule.
        b: String,
    },
    /// The rule function's definition changed.
    Script {
        /// The rule function.
        rule: String,
    },
    /// The item's inputs or args are written differently.
    Setup,
    /// A script function the rule calls changed.
    Library,
    /// Nothing identifiable changed, yet the score moved.
    Unexplained,
}

/// What changed, as data: words are given at the edge (render/compare.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The item's weight.
    Weight {
        /// In pack A.
        a: Decimal,
        /// In pack B.
        b: Decimal,
    },
    /// Parameters the rule read, each listed once.
    Parameters(Vec<ParamChange>),
    /// The rounding rule.
    Rounding {
        /// Pack A's.
        a: Rounding,
        /// Pack B's.
        b: Rounding,
    },
    /// The rule.
    Formula(FormulaChange),
    /// Items regrouped by a crosswalk: each pack with its side's Σ weights.
    Structure {
        /// Pack A's id.
        a_pack: String,
        /// Σ weights of A's items.
        a_weight: Decimal,
        /// Pack B's id.
        b_pack: String,
        /// Σ weights of B's items.
        b_weight: Decimal,
    },
    /// The item is new in pack B.
    Added {
        /// Pack B's id.
        pack: String,
        /// Its weight.
        weight: Decimal,
    },
    /// The item is not in pack B.
    Removed {
        /// Pack B's id.
        pack: String,
        /// Its weight in A.
        weight: Decimal,
    },
}

impl Change {
    /// The cause this change is.
    pub fn cause(&self) -> Cause {
        match self {
            Change::Weight { .. } => Cause::Weight,
            Change::Parameters(_) => Cause::Parameter,
            Change::Rounding { .. } => Cause::Rounding,
            Change::Formula(_) => Cause::Formula,
            Change::Structure { .. } => Cause::Structure,
            Change::Added { .. } => Cause::Added,
            Change::Removed { .. } => Cause::Removed,
        }
    }
}

/// Points moved for one cause, with what changed and where.
#[derive(Debug, Clone)]
pub struct Attribution {
    /// Points (B − A) this change accounts for.
    pub points: Decimal,
    /// What changed.
    pub change: Change,
    /// Where: (label, span), e.g. the rule functions of A and B.
    pub spans: Vec<(String, Span)>,
}

impl Attribution {
    /// The cause of these points.
    pub fn cause(&self) -> Cause {
        self.change.cause()
    }
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
    pub kind: RowKind,
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
