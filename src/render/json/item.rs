//! One scoring item's ledger for machines: weight, score, deductions, evidence, located.

use super::{Dec, Location};
use crate::eval::{Deduction, ItemScore, WeightOrigin};
use crate::project::Evidence;
use schemars::JsonSchema;
use serde::Serialize;

/// One project value a rule read, and where it is written.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EvidenceView {
    /// Field name, e.g. `funds.allocated`.
    pub field: String,
    /// Its label in words.
    pub label: String,
    /// The value as shown.
    pub value: String,
    /// Where it is written.
    pub location: Location,
}

/// A rounding folded into a deduction.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoundingView {
    /// Points before rounding.
    pub before: Dec,
    /// Points after rounding.
    pub after: Dec,
    /// Score before rounding.
    pub score_before: Dec,
    /// Score after rounding.
    pub score_after: Dec,
    /// Mode key, e.g. `half_up`.
    pub mode: String,
    /// Places kept.
    pub places: u32,
}

/// Points taken off an item, and why.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DeductionView {
    /// Points.
    pub points: Dec,
    /// Why, with the numbers used (in words).
    pub reason: String,
    /// The script line that made it.
    pub rule: Option<Location>,
    /// The project values it used.
    pub evidence: Vec<EvidenceView>,
    /// The rounding folded into these points.
    pub rounding: Option<RoundingView>,
}

/// A note a rule made.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NoteView {
    /// The note in words.
    pub text: String,
    /// Where it was made.
    pub location: Option<Location>,
}

/// The rule that scored an item.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RuleView {
    /// Function name.
    pub name: String,
    /// Where policy.yaml names it.
    pub location: Location,
    /// Where the function is defined.
    pub function: Option<Location>,
}

/// A pack parameter a rule read.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ParamView {
    /// Name.
    pub name: String,
    /// Value as shown.
    pub value: String,
}

/// One scoring item's ledger: weight = score + Σ deductions.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ItemView {
    /// Item id.
    pub id: String,
    /// Name.
    pub name: String,
    /// 一级/二级/三级 path.
    pub path: Vec<String>,
    /// 分值.
    pub weight: Dec,
    /// Where that 分值 comes from.
    pub weight_origin: WeightOrigin,
    /// True when the 分值 is written on, or implied by, the form.
    pub weight_on_form: bool,
    /// Why an inferred or spread 分值 is what it is (in words).
    pub weight_note: Option<String>,
    /// Score after rounding.
    pub score: Dec,
    /// Score before rounding.
    pub raw_score: Dec,
    /// weight − score.
    pub lost: Dec,
    /// The score the form declares, if any.
    pub declared: Option<Dec>,
    /// The rule.
    pub rule: RuleView,
    /// Deductions; their points add up to `lost`.
    pub deductions: Vec<DeductionView>,
    /// Notes the rule made.
    pub notes: Vec<NoteView>,
    /// Every project value handed to the rule.
    pub evidence: Vec<EvidenceView>,
    /// Pack parameters the rule read.
    pub params: Vec<ParamView>,
}

pub(super) fn evidence(e: &Evidence) -> EvidenceView {
    EvidenceView {
        field: e.field.clone(),
        label: e.label.clone(),
        value: e.value.clone(),
        location: (&e.span).into(),
    }
}

fn deduction(d: &Deduction) -> DeductionView {
    DeductionView {
        points: d.points.into(),
        reason: d.reason.clone(),
        rule: d.site.as_ref().map(Location::from),
        evidence: d.evidence.iter().map(evidence).collect(),
        rounding: d.rounding.as_ref().map(|r| RoundingView {
            before: r.before.into(),
            after: r.after.into(),
            score_before: r.score_before.into(),
            score_after: r.score_after.into(),
            mode: r.mode.key().to_string(),
            places: r.places,
        }),
    }
}

pub(super) fn item(i: &ItemScore) -> ItemView {
    // An inferred or spread 分值 carries its reason as the item's first note.
    let noted = matches!(
        i.weight_origin,
        WeightOrigin::Inferred | WeightOrigin::Spread
    );
    ItemView {
        id: i.id.clone(),
        name: i.name.clone(),
        path: i.path.clone(),
        weight: i.weight.into(),
        weight_origin: i.weight_origin,
        weight_on_form: i.weight_origin.on_form(),
        weight_note: i.notes.first().filter(|_| noted).map(|n| n.text.clone()),
        score: i.score.into(),
        raw_score: i.raw_score.into(),
        lost: i.lost().into(),
        declared: i.declared.as_ref().map(|d| d.value.into()),
        rule: RuleView {
            name: i.rule.clone(),
            location: (&i.rule_span).into(),
            function: i.function_span.as_ref().map(Location::from),
        },
        deductions: i.deductions.iter().map(deduction).collect(),
        notes: i
            .notes
            .iter()
            .map(|n| NoteView {
                text: n.text.clone(),
                location: n.site.as_ref().map(Location::from),
            })
            .collect(),
        evidence: i.evidence.iter().map(evidence).collect(),
        params: i
            .params
            .iter()
            .map(|(name, value)| ParamView {
                name: name.clone(),
                value: value.clone(),
            })
            .collect(),
    }
}
