//! Renderers: they read the ledger and never recompute a score.

pub mod compare;
pub mod compare_data;
pub mod diff;
pub mod excerpt;
pub mod explain;
pub mod form_audit;
pub mod human;
pub mod json;
pub mod sanitize;
pub mod table;
pub mod watch;
pub mod xlsx;

/// `  [file:line:col]` for a list line, or nothing when there is no place to show.
pub fn located(span: Option<&crate::source::Span>) -> String {
    span.map(|s| format!("  [{}]", s.location()))
        .unwrap_or_default()
}
