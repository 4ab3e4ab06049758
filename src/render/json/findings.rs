//! Findings of the form audit and diagnostics, for machines.

use super::Location;
use crate::diag::{Diagnostic, Severity};
use crate::form_audit::{self, Finding};
use schemars::JsonSchema;
use serde::Serialize;

/// A place with what the reader should see there.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Labelled {
    /// What the place is (in words).
    pub label: String,
    /// Where.
    pub location: Location,
}

/// One finding: the form against the ledger, or the form against itself.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FindingView {
    /// Stable key, e.g. `item`, `subtotal`, `narrative_sum`.
    pub code: String,
    /// How serious.
    pub severity: form_audit::Severity,
    /// What it concerns (an item path, an indicator, a field).
    pub subject: String,
    /// What the form says.
    pub stated: String,
    /// What the ledger or the form's own figures give.
    pub expected: String,
    /// The finding in words.
    pub message: String,
    /// Where the stated value is written.
    pub location: Option<Location>,
    /// Other places involved.
    pub related: Vec<Labelled>,
}

/// One diagnostic: code, severity, message, where, and a hint.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DiagnosticView {
    /// Stable key, e.g. `jixiao::project::unknown_key`.
    pub code: String,
    /// Error, warning or advice.
    pub severity: Severity,
    /// The headline in words.
    pub message: String,
    /// The first label's place.
    pub location: Option<Location>,
    /// Every labelled place.
    pub labels: Vec<Labelled>,
    /// How to fix or read it.
    pub help: Option<String>,
}

fn finding(f: &Finding) -> FindingView {
    FindingView {
        code: f.code.to_string(),
        severity: f.severity,
        subject: f.subject.clone(),
        stated: f.stated.clone(),
        expected: f.expected.clone(),
        message: f.message.clone(),
        location: f.span.as_ref().map(Location::from),
        related: f
            .related
            .iter()
            .map(|r| Labelled {
                label: r.label.clone(),
                location: (&r.span).into(),
            })
            .collect(),
    }
}

/// The findings as views.
pub fn findings(fs: &[Finding]) -> Vec<FindingView> {
    fs.iter().map(finding).collect()
}

fn diagnostic(d: &Diagnostic) -> DiagnosticView {
    DiagnosticView {
        code: d.code.to_string(),
        severity: d.severity,
        message: d.message.clone(),
        location: d.labels.first().map(|l| Location::from(&l.span)),
        labels: d
            .labels
            .iter()
            .map(|l| Labelled {
                label: l.text.clone(),
                location: (&l.span).into(),
            })
            .collect(),
        help: d.help.clone(),
    }
}

/// Diagnostics as views.
pub fn diagnostics(ds: &[Diagnostic]) -> Vec<DiagnosticView> {
    ds.iter().map(diagnostic).collect()
}
