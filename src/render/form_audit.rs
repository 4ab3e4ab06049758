//! Form-audit findings for people (a numbered list) and machines (JSON).

use crate::diag::Diagnostic;
use crate::form_audit::{counts, Finding};
use crate::source::Span;
use crate::text;
use serde_json::{json, Value};
use std::fmt::Write;

/// The findings as a numbered list under a heading.
pub fn report(findings: &[Finding]) -> String {
    let mut out = String::new();
    if findings.is_empty() {
        let _ = writeln!(out, "{}", text::FORM_AUDIT_CLEAN);
        return out;
    }
    let (e, w, i) = counts(findings);
    let _ = writeln!(out, "{}", text::form_audit_heading(findings.len(), e, w, i));
    for (n, f) in findings.iter().enumerate() {
        let at = super::located(f.span.as_ref());
        let _ = writeln!(
            out,
            "{:>3}. {}",
            n.saturating_add(1),
            text::form_finding_line(
                &f.severity.label().to_string(),
                &f.subject,
                &f.stated,
                &f.expected,
                &at
            )
        );
        let _ = writeln!(out, "     {}", f.message);
    }
    out
}

/// A location as JSON: file, line, column, and the cell for worksheets.
pub fn location(span: &Span) -> Value {
    let mut v = json!({"file": span.file.name(), "line": span.line(), "column": span.column()});
    if let (Some(cell), Value::Object(m)) = (span.cell(), &mut v) {
        m.insert("cell".into(), cell.into());
    }
    v
}

/// One finding as JSON.
pub fn finding(f: &Finding) -> Value {
    json!({
        "code": f.code,
        "severity": f.severity.key(),
        "subject": f.subject,
        "stated": f.stated,
        "expected": f.expected,
        "message": f.message,
        "location": f.span.as_ref().map(location),
        "related": f.related.iter().map(|(s, label)| {
            let mut v = location(s);
            if let Value::Object(m) = &mut v {
                m.insert("label".into(), label.clone().into());
            }
            v
        }).collect::<Vec<_>>(),
    })
}

/// All findings as a JSON array.
pub fn json(findings: &[Finding]) -> Value {
    Value::Array(findings.iter().map(finding).collect())
}

/// Diagnostics (import warnings) as JSON: code, message, location.
pub fn warnings(ds: &[Diagnostic]) -> Value {
    Value::Array(
        ds.iter()
            .map(|d| {
                json!({
                    "code": d.code,
                    "message": d.message,
                    "location": d.labels.first().map(|l| location(&l.span)),
                })
            })
            .collect(),
    )
}
