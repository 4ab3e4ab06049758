//! The ledger for machines: a project's evaluation item by item, every figure located.

use super::findings::{diagnostics, findings, DiagnosticView, FindingView};
use super::item::{evidence, item, EvidenceView, ItemView};
use super::packs::PackView;
use super::{Dec, Location};
use crate::eval::{Evaluation, ItemScore};
use crate::form_audit::Finding;
use schemars::JsonSchema;
use serde::Serialize;

/// The project scored: what the header says, and its file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProjectView {
    /// 项目名称.
    pub name: String,
    /// The project file as named.
    pub file: String,
    /// 年度.
    pub year: i64,
    /// 地区, when written.
    pub region: Option<String>,
    /// 实施单位, when written.
    pub implementer: Option<String>,
}

/// An item a cut-off form holds no data for.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct UnscoredView {
    /// Item id (empty for the rest of the total).
    pub id: String,
    /// Name (empty for the rest of the total).
    pub name: String,
    /// Path.
    pub path: Vec<String>,
    /// 分值 not scored.
    pub weight: Dec,
    /// Key: `no_indicators`, `missing_field` or `rest_of_total`.
    pub reason: String,
    /// The group or field missing.
    pub missing: Option<String>,
    /// The reason in words.
    pub message: String,
    /// Where the form breaks off, in words.
    pub cut: String,
    /// Where the form breaks off.
    pub location: Location,
}

/// Where a cut-off form breaks off.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CutView {
    /// The place in words.
    pub place: String,
    /// The place.
    pub location: Location,
}

/// A group's weight and subtotal.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SectionView {
    /// Group id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Path.
    pub path: Vec<String>,
    /// Depth: 1 for 一级.
    pub level: usize,
    /// 分值.
    pub weight: Dec,
    /// Σ item scores.
    pub score: Dec,
}

/// Points the pack's total rule took off the total.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AdjustmentView {
    /// Points.
    pub points: Dec,
    /// Why (in words).
    pub reason: String,
    /// The script line.
    pub rule: Option<Location>,
    /// The values it used.
    pub evidence: Vec<EvidenceView>,
}

/// One declared line of the form's 评分表.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DeclaredRow {
    /// The row's path as the form names it.
    pub path: String,
    /// 指标分值, when written.
    pub weight: Option<Dec>,
    /// 评价得分.
    pub score: Dec,
    /// Where the score is written.
    pub location: Location,
}

/// The 评分表 as the unit declared it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DeclaredView {
    /// 综合得分.
    pub total: Option<Dec>,
    /// 评价结果等次.
    pub grade: Option<String>,
    /// 一级 subtotals.
    pub sections: Vec<DeclaredRow>,
    /// Scoring items.
    pub items: Vec<DeclaredRow>,
}

/// One project scored under one pack, with the audit's findings.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EvaluationView {
    /// The project.
    pub project: ProjectView,
    /// The pack.
    pub policy: PackView,
    /// 综合得分.
    pub total: Dec,
    /// Points available (on a partial evaluation: the points scored out of).
    pub max_total: Dec,
    /// 等次; none on a partial evaluation (one on a partial total would be invented).
    pub grade: Option<String>,
    /// True when a cut-off form left items unscored.
    pub partial: bool,
    /// Σ weights not scored.
    pub unscored_weight: Dec,
    /// Items not scored.
    pub unscored: Vec<UnscoredView>,
    /// Where the form breaks off.
    pub cut: Option<CutView>,
    /// Scoring items in pack order.
    pub items: Vec<ItemView>,
    /// Groups with weights and subtotals.
    pub sections: Vec<SectionView>,
    /// Deductions from the total by the pack's total rule.
    pub adjustments: Vec<AdjustmentView>,
    /// What the form declares.
    pub declared: Option<DeclaredView>,
    /// The audit: the form against the ledger and itself.
    pub findings: Vec<FindingView>,
    /// Warnings raised reading the project (e.g. an import).
    pub import_warnings: Vec<DiagnosticView>,
}

/// The deductions of one project explained: the items asked for, with the reports as shown.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ExplanationView {
    /// The project.
    pub project: ProjectView,
    /// The pack.
    pub policy: PackView,
    /// 综合得分.
    pub total: Dec,
    /// Points available.
    pub max_total: Dec,
    /// 等次 (none on a partial evaluation).
    pub grade: Option<String>,
    /// True when a cut-off form left items unscored.
    pub partial: bool,
    /// The items explained, with their deductions.
    pub items: Vec<ItemView>,
    /// One report per deduction (message, places, help), as the text output shows them.
    pub reports: Vec<DiagnosticView>,
}

fn declared_rows(list: &[crate::project::Declared]) -> Vec<DeclaredRow> {
    list.iter()
        .map(|d| DeclaredRow {
            path: d.path.value.clone(),
            weight: d.weight.as_ref().map(|w| w.value.into()),
            score: d.score.value.into(),
            location: (&d.score.span).into(),
        })
        .collect()
}

fn declared(ev: &Evaluation) -> Option<DeclaredView> {
    let card = ev.project.scorecard.as_ref()?;
    Some(DeclaredView {
        total: card.total.as_ref().map(|t| t.score.value.into()),
        grade: card.grade.as_ref().map(|g| g.value.clone()),
        sections: declared_rows(&card.sections),
        items: declared_rows(&card.items),
    })
}

fn unscored(u: &crate::eval::Unscored) -> UnscoredView {
    let missing = match &u.missing {
        crate::eval::Missing::Indicators(g) => Some(g.clone()),
        crate::eval::Missing::Field(f) => Some(f.clone()),
        crate::eval::Missing::Rest => None,
    };
    UnscoredView {
        id: u.id.clone(),
        name: u.name.clone(),
        path: u.path.clone(),
        weight: u.weight.into(),
        reason: u.missing.code().to_string(),
        missing,
        message: crate::text::unscored_reason(&u.missing),
        cut: crate::text::cut_place(&u.cut),
        location: (&u.cut.at).into(),
    }
}

pub(super) fn project(ev: &Evaluation) -> ProjectView {
    let h = &ev.project.header;
    ProjectView {
        name: h.name.value.clone(),
        file: ev.project.source.name().to_string(),
        year: h.year.value,
        region: h.region.as_ref().map(|r| r.value.clone()),
        implementer: h.implementer.as_ref().map(|r| r.value.clone()),
    }
}

/// A partial evaluation has no grade: one on a partial total would be invented.
fn grade(ev: &Evaluation) -> Option<String> {
    (!ev.is_partial()).then(|| ev.grade.clone())
}

/// One evaluated project, its findings and the warnings of reading it.
pub fn evaluation(ev: &Evaluation, found: &[Finding]) -> EvaluationView {
    EvaluationView {
        project: project(ev),
        policy: PackView::of(ev),
        total: ev.total.into(),
        max_total: ev.max_total.into(),
        grade: grade(ev),
        partial: ev.is_partial(),
        unscored_weight: ev.unscored_weight().into(),
        unscored: ev.unscored.iter().map(unscored).collect(),
        cut: ev.project.cut.as_ref().map(|c| CutView {
            place: crate::text::cut_place(c),
            location: (&c.at).into(),
        }),
        items: ev.items.iter().map(item).collect(),
        sections: ev
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id.clone(),
                name: s.name.clone(),
                path: s.path.clone(),
                level: s.level,
                weight: s.weight.into(),
                score: s.score.into(),
            })
            .collect(),
        adjustments: ev
            .adjustments
            .iter()
            .map(|a| AdjustmentView {
                points: a.points.into(),
                reason: a.reason.clone(),
                rule: a.site.as_ref().map(Location::from),
                evidence: a.evidence.iter().map(evidence).collect(),
            })
            .collect(),
        declared: declared(ev),
        findings: findings(found),
        import_warnings: diagnostics(&ev.project.warnings),
    }
}

/// The items of one project explained, with the reports `explain` shows.
pub fn explanation(
    ev: &Evaluation,
    items: &[&ItemScore],
    reports: &[crate::diag::Diagnostic],
) -> ExplanationView {
    ExplanationView {
        project: project(ev),
        policy: PackView::of(ev),
        total: ev.total.into(),
        max_total: ev.max_total.into(),
        grade: grade(ev),
        partial: ev.is_partial(),
        items: items.iter().map(|i| item(i)).collect(),
        reports: diagnostics(reports),
    }
}
