//! `jixiao compare` as CSV (one line per attribution); its JSON is in `render::json`.

use crate::compare::Comparison;

/// All comparisons as CSV: one line per attribution (a row without one gets one line).
pub fn csv(cs: &[Comparison]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(crate::text::CSV_HEADER)?;
    for c in cs {
        let file = c.a.project.source.name();
        for r in &c.rows {
            let fixed = [
                file.to_string(),
                c.a.policy_id().to_string(),
                c.b.policy_id().to_string(),
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
