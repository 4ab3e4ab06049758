//! `jixiao compare` for machines: JSON (decimals as strings) and CSV (one line per attribution).

use crate::compare::{Comparison, Portfolio, Row, Side};
use serde_json::{json, Value};

fn side(s: &Side) -> Value {
    json!({"paths": s.paths, "weight": s.weight.to_string(), "score": s.score.to_string()})
}

fn row(r: &Row) -> Value {
    json!({
        "kind": r.kind.key(),
        "label": r.label,
        "a": side(&r.a),
        "b": side(&r.b),
        "delta": r.delta().to_string(),
        "attributions": r.attributions.iter().map(|x| json!({
            "cause": x.cause().key(),
            "label": x.cause().label(),
            "points": x.points.to_string(),
            "detail": super::compare::detail(&x.change),
            "spans": x.spans.iter().map(|(l, s)| json!({"label": l, "file": s.file.name(), "line": s.line(), "column": s.column()})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// One project's comparison as JSON.
pub fn comparison(c: &Comparison) -> Value {
    let pack = |e: &crate::eval::Evaluation| json!({"policy": e.policy_id, "total": e.total.to_string(), "grade": e.grade});
    json!({
        "project": {"name": c.a.project.header.name.value, "file": c.a.project.source.name()},
        "a": pack(&c.a),
        "b": pack(&c.b),
        "delta": c.delta().to_string(),
        "attributed": c.attributed().to_string(),
        "rows": c.rows.iter().map(row).collect::<Vec<_>>(),
        "grade_change": c.grade_change,
        "warnings": c.warnings,
    })
}

/// The portfolio summary as JSON.
pub fn portfolio(p: &Portfolio) -> Value {
    json!({
        "projects": p.projects,
        "mean_delta": p.mean_delta.to_string(),
        "transitions": p.transitions.iter().map(|((a, b), n)| json!({"from": a, "to": b, "count": n})).collect::<Vec<_>>(),
        "largest": p.largest.iter().map(|l| json!({"name": l.name, "file": l.file, "delta": l.delta.to_string()})).collect::<Vec<_>>(),
        "movers": p.movers.iter().map(|(l, c, d, n)| json!({"label": l, "cause": c.key(), "points": d.to_string(), "projects": n})).collect::<Vec<_>>(),
    })
}

/// All comparisons as CSV: one line per attribution (a row without one gets one line).
pub fn csv(cs: &[Comparison]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(crate::text::CSV_HEADER)?;
    for c in cs {
        let file = c.a.project.source.name();
        for r in &c.rows {
            let fixed = [
                file.to_string(),
                c.a.policy_id.clone(),
                c.b.policy_id.clone(),
                r.kind.key().to_string(),
                r.label.clone(),
                r.a.weight.to_string(),
                r.a.score.to_string(),
                r.b.weight.to_string(),
                r.b.score.to_string(),
                r.delta().to_string(),
            ];
            if r.attributions.is_empty() {
                w.write_record(fixed.iter().map(String::as_str).chain(["", "", ""]))?;
            }
            for x in &r.attributions {
                w.write_record(fixed.iter().map(String::as_str).chain([
                    x.cause().key(),
                    &x.points.to_string(),
                    &super::compare::detail(&x.change),
                ]))?;
            }
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
