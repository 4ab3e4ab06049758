//! `compare` for machines: one project under two packs, every point attributed, and the
//! portfolio over many projects.

use super::findings::Labelled;
use super::ledger::ProjectView;
use super::packs::PackView;
use super::Dec;
use crate::compare::{Attribution, Cause, Comparison, Portfolio, Row, Side};
use crate::eval::Evaluation;
use schemars::JsonSchema;
use serde::Serialize;

// Adapters to the comparison model's row kind and attribution detail: the only places that
// know their Rust types, so a retyped model changes these two lines, not the schema.
fn row_kind(r: &Row) -> String {
    r.kind.key().to_string()
}

fn detail(a: &Attribution) -> String {
    crate::render::compare::detail(&a.change)
}

/// One side of a row: the items, their weights and scores.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SideView {
    /// Item paths.
    pub paths: Vec<String>,
    /// Σ weights.
    pub weight: Dec,
    /// Σ scores.
    pub score: Dec,
}

/// Points moved for one cause.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AttributionView {
    /// Why.
    pub cause: Cause,
    /// The cause in words.
    pub label: String,
    /// Points (B − A).
    pub points: Dec,
    /// What changed, in words (e.g. `分值 8 → 9`).
    pub detail: String,
    /// Where: the rule lines of A and B and the like.
    pub spans: Vec<Labelled>,
}

/// Items of A and of B that stand for each other.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RowView {
    /// How they were aligned (key, e.g. `path`, `crosswalk`).
    pub kind: String,
    /// Name shown.
    pub label: String,
    /// Pack A's side.
    pub a: SideView,
    /// Pack B's side.
    pub b: SideView,
    /// B − A.
    pub delta: Dec,
    /// Why the score moved; Σ points = delta.
    pub attributions: Vec<AttributionView>,
}

/// The project under one of the two packs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Under {
    /// The pack.
    pub policy: PackView,
    /// 综合得分.
    pub total: Dec,
    /// 等次.
    pub grade: String,
}

/// One project under packs A and B.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ComparisonView {
    /// The project.
    pub project: ProjectView,
    /// Under pack A.
    pub a: Under,
    /// Under pack B.
    pub b: Under,
    /// Total B − A.
    pub delta: Dec,
    /// Σ attributions (equals `delta`).
    pub attributed: Dec,
    /// Aligned rows.
    pub rows: Vec<RowView>,
    /// Why the grade changed, in words, if it did.
    pub grade_change: Option<String>,
    /// Crosswalk paths that matched nothing, and the like (in words).
    pub warnings: Vec<String>,
}

fn side(s: &Side) -> SideView {
    SideView {
        paths: s.paths.clone(),
        weight: s.weight.into(),
        score: s.score.into(),
    }
}

fn row(r: &Row) -> RowView {
    RowView {
        kind: row_kind(r),
        label: r.label.clone(),
        a: side(&r.a),
        b: side(&r.b),
        delta: r.delta().into(),
        attributions: r
            .attributions
            .iter()
            .map(|x| AttributionView {
                cause: x.cause(),
                label: x.cause().label().to_string(),
                points: x.points.into(),
                detail: detail(x),
                spans: x
                    .spans
                    .iter()
                    .map(|(label, s)| Labelled {
                        label: label.clone(),
                        location: s.into(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn under(e: &Evaluation) -> Under {
    Under {
        policy: PackView::of(e),
        total: e.total.into(),
        grade: e.grade.clone(),
    }
}

/// One project's comparison.
pub fn comparison(c: &Comparison) -> ComparisonView {
    ComparisonView {
        project: super::ledger::project(&c.a),
        a: under(&c.a),
        b: under(&c.b),
        delta: c.delta().into(),
        attributed: c.attributed().into(),
        rows: c.rows.iter().map(row).collect(),
        grade_change: c.grade_change.clone(),
        warnings: c.warnings.clone(),
    }
}

/// How many projects went from one grade to another.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Transition {
    /// Grade under A.
    pub from: String,
    /// Grade under B.
    pub to: String,
    /// Projects.
    pub count: usize,
}

/// One of the largest moves.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Move {
    /// Project name.
    pub name: String,
    /// Project file.
    pub file: String,
    /// B − A.
    pub delta: Dec,
}

/// A row and cause that moved points over the portfolio.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Mover {
    /// Row label.
    pub label: String,
    /// Why.
    pub cause: Cause,
    /// Σ points over the projects.
    pub points: Dec,
    /// Projects touched.
    pub projects: usize,
}

/// What the pack change does over all projects compared.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PortfolioView {
    /// Projects compared.
    pub projects: usize,
    /// Mean of B − A.
    pub mean_delta: Dec,
    /// Grade transitions.
    pub transitions: Vec<Transition>,
    /// The largest moves first.
    pub largest: Vec<Move>,
    /// Largest |Σ| first.
    pub movers: Vec<Mover>,
}

/// The portfolio summary.
pub fn portfolio(p: &Portfolio) -> PortfolioView {
    PortfolioView {
        projects: p.projects,
        mean_delta: p.mean_delta.into(),
        transitions: p
            .transitions
            .iter()
            .map(|t| Transition {
                from: t.from.clone(),
                to: t.to.clone(),
                count: t.projects,
            })
            .collect(),
        largest: p
            .largest
            .iter()
            .map(|l| Move {
                name: l.name.clone(),
                file: l.file.clone(),
                delta: l.delta.into(),
            })
            .collect(),
        movers: p
            .movers
            .iter()
            .map(|m| Mover {
                label: m.label.clone(),
                cause: m.cause,
                points: m.points.into(),
                projects: m.projects,
            })
            .collect(),
    }
}
