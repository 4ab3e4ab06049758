//! Machine output: one JSON object per project, decimals as strings, locations 1-based.

use crate::eval::{Deduction, Evaluation, ItemScore, WeightOrigin};
use crate::form_audit::Finding;
use crate::project::Evidence;
use crate::source::Span;
use serde_json::{json, Map, Value};

fn loc(span: &Span) -> Value {
    crate::render::form_audit::location(span)
}

/// Adds `file`, `line`, `column` (and `cell` for a worksheet, e.g. `评分表!F14`) to an object.
fn with_loc(mut v: Value, span: Option<&Span>) -> Value {
    if let (Some(span), Value::Object(m)) = (span, &mut v) {
        m.insert("file".into(), span.file.name().into());
        m.insert("line".into(), span.line().into());
        m.insert("column".into(), span.column().into());
        if let Some(cell) = span.cell() {
            m.insert("cell".into(), cell.into());
        }
    }
    v
}

fn evidence(e: &Evidence) -> Value {
    with_loc(
        json!({"field": e.field, "label": e.label, "value": e.value}),
        Some(&e.span),
    )
}

fn deduction(d: &Deduction) -> Value {
    json!({
        "points": d.points.to_string(),
        "reason": d.reason,
        "rule": d.site.as_ref().map(loc),
        "evidence": d.evidence.iter().map(evidence).collect::<Vec<_>>(),
        "rounding": d.rounding.as_ref().map(|r| json!({
            "before": r.before.to_string(),
            "after": r.after.to_string(),
            "score_before": r.score_before.to_string(),
            "score_after": r.score_after.to_string(),
            "mode": r.mode.key(),
            "places": r.places,
        })),
    })
}

fn item(i: &ItemScore) -> Value {
    let declared = i.declared.as_ref().map(|d| d.value.to_string());
    // An inferred or spread 分值 carries its reason as the item's first note.
    let noted = matches!(
        i.weight_origin,
        WeightOrigin::Inferred | WeightOrigin::Spread
    );
    let weight_note = i.notes.first().filter(|_| noted).map(|n| n.text.clone());
    json!({
        "id": i.id,
        "name": i.name,
        "path": i.path,
        "weight": i.weight.to_string(),
        "weight_origin": i.weight_origin.code(),
        "weight_on_form": i.weight_origin.on_form(),
        "weight_note": weight_note,
        "score": i.score.to_string(),
        "raw_score": i.raw_score.to_string(),
        "lost": i.lost().to_string(),
        "declared": declared,
        "rule": with_loc(json!({"name": i.rule}), Some(&i.rule_span)),
        "deductions": i.deductions.iter().map(deduction).collect::<Vec<_>>(),
        "notes": i.notes.iter().map(|n| with_loc(json!({"text": n.text}), n.site.as_ref())).collect::<Vec<_>>(),
        "evidence": i.evidence.iter().map(evidence).collect::<Vec<_>>(),
    })
}

fn declared(ev: &Evaluation) -> Value {
    let Some(card) = &ev.project.scorecard else {
        return Value::Null;
    };
    let pairs = |list: &[crate::project::Declared]| -> Map<String, Value> {
        list.iter()
            .map(|d| (d.path.value.clone(), Value::from(d.score.value.to_string())))
            .collect()
    };
    json!({
        "total": card.total.as_ref().map(|t| t.score.value.to_string()),
        "grade": card.grade.as_ref().map(|g| g.value.clone()),
        "sections": pairs(&card.sections),
        "items": pairs(&card.items),
    })
}

/// An item a cut-off form holds no data for: its weight, why, where the form breaks off.
fn unscored(u: &crate::eval::Unscored) -> Value {
    let what = match &u.missing {
        crate::eval::Missing::Indicators(g) => Some(g.as_str()),
        crate::eval::Missing::Field(f) => Some(f.as_str()),
        crate::eval::Missing::Rest => None,
    };
    with_loc(
        json!({
            "id": u.id, "name": u.name, "path": u.path,
            "weight": u.weight.to_string(),
            "reason": u.missing.code(),
            "missing": what,
            "message": crate::text::unscored_reason(&u.missing),
            "cut": crate::text::cut_place(&u.cut),
        }),
        Some(&u.cut.at),
    )
}

/// The JSON object for one evaluated project and its findings (one list).
pub fn evaluation(ev: &Evaluation, findings: &[Finding]) -> Value {
    let h = &ev.project.header;
    json!({
        "project": {
            "name": h.name.value,
            "file": ev.project.source.name(),
            "year": h.year.value,
            "region": h.region.as_ref().map(|r| r.value.clone()),
            "implementer": h.implementer.as_ref().map(|r| r.value.clone()),
        },
        "policy": {"id": ev.policy_id, "title": ev.policy_title, "year": ev.policy_year, "origin": ev.policy_origin},
        "total": ev.total.to_string(),
        "max_total": ev.max_total.to_string(),
        // A partial evaluation (cut-off form) has no grade: one on a partial total would be invented.
        "grade": (!ev.is_partial()).then_some(&ev.grade),
        "partial": ev.is_partial(),
        "unscored_weight": ev.unscored_weight().to_string(),
        "unscored": ev.unscored.iter().map(unscored).collect::<Vec<_>>(),
        "cut": ev.project.cut.as_ref().map(|c| with_loc(
            json!({"place": crate::text::cut_place(c)}),
            Some(&c.at),
        )),
        "items": ev.items.iter().map(item).collect::<Vec<_>>(),
        "sections": ev.sections.iter().map(|s| json!({
            "id": s.id, "name": s.name, "path": s.path, "level": s.level,
            "weight": s.weight.to_string(), "score": s.score.to_string(),
        })).collect::<Vec<_>>(),
        "declared": declared(ev),
        "findings": crate::render::form_audit::json(findings),
    })
}

/// The JSON object for a project that could not be scored: its file and the diagnostics.
pub fn failure(file: &str, diags: &crate::diag::Diags) -> Value {
    let errors: Vec<Value> = diags
        .0
        .iter()
        .map(|d| {
            with_loc(
                json!({"code": d.code, "message": d.message}),
                d.labels.first().map(|l| &l.span),
            )
        })
        .collect();
    json!({"project": {"file": file}, "errors": errors})
}
