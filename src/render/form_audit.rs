//! Form-audit findings for people (a numbered list); their JSON is in `render::json`.

use crate::form_audit::{counts, Finding};
use crate::text;
use std::fmt::Write;

/// The findings as a numbered list under a heading.
pub fn report(findings: &[Finding]) -> String {
    let mut out = String::new();
    if findings.is_empty() {
        let _ = writeln!(out, "{}", text::FORM_AUDIT_CLEAN);
        return out;
    }
    let n = counts(findings);
    let heading = text::form_audit_heading(findings.len(), n.errors, n.warnings, n.infos);
    let _ = writeln!(out, "{heading}");
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
