//! The finding (one type for every audit) and the form's internal consistency, as a careful
//! reviewer checks it: declared subtotals and totals against their items, the grade against
//! the bands, funding identities, figures in the narratives, the form's weights against the
//! pack's. `crate::audit` joins these with the checks against the ledger into one list.

mod figures;
mod funds;
mod indicators;
mod rates;
mod rows;
mod scorecard;

pub(crate) use rates::narrative_rates;

use crate::policy::Policy;
use crate::project::Project;
use crate::source::Span;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The form contradicts itself in a way that changes a score or a total.
    Error,
    /// A figure on the form is wrong or unsupported; scores may stand.
    Warning,
    /// Worth a look (rounded figures, text carried over from an earlier year).
    Info,
}

impl Severity {
    /// Key for JSON: `error`, `warning`, `info`.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Chinese label: 错误, 警告, 提示.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => crate::text::SEVERITY_ERROR,
            Severity::Warning => crate::text::SEVERITY_WARNING,
            Severity::Info => crate::text::SEVERITY_INFO,
        }
    }
}

/// One finding: the form against the ledger, or the form against itself.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Stable key, e.g. `item`, `progress`, `subtotal`, `narrative_sum`.
    pub code: &'static str,
    /// How serious.
    pub severity: Severity,
    /// What it concerns (an item path, an indicator, a field).
    pub subject: String,
    /// What the form says.
    pub stated: String,
    /// What the ledger or the form's own figures give.
    pub expected: String,
    /// The finding in Chinese.
    pub message: String,
    /// Where the stated value is written on the form.
    pub span: Option<Span>,
    /// Other places involved, with a label each.
    pub related: Vec<(Span, String)>,
}

impl Finding {
    /// A finding at `span`.
    pub fn new(code: &'static str, severity: Severity, subject: impl Into<String>) -> Self {
        Finding {
            code,
            severity,
            subject: subject.into(),
            stated: String::new(),
            expected: String::new(),
            message: String::new(),
            span: None,
            related: Vec::new(),
        }
    }

    /// Sets both values.
    pub fn values(mut self, stated: impl Into<String>, expected: impl Into<String>) -> Self {
        self.stated = stated.into();
        self.expected = expected.into();
        self
    }

    /// Sets the message.
    pub fn message(mut self, m: impl Into<String>) -> Self {
        self.message = m.into();
        self
    }

    /// Sets where the stated value is.
    pub fn at(mut self, span: Option<&Span>) -> Self {
        self.span = span.cloned();
        self
    }

    /// Adds a related place.
    pub fn also(mut self, span: Option<&Span>, label: impl Into<String>) -> Self {
        if let Some(s) = span {
            self.related.push((s.clone(), label.into()));
        }
        self
    }
}

/// The form against itself; `policy` adds the checks against a pack (weights, grade bands).
pub fn audit(project: &Project, policy: Option<&Policy>) -> Vec<Finding> {
    let mut all = Vec::new();
    rows::check(project, &mut all);
    scorecard::check(project, policy, &mut all);
    indicators::check(project, &mut all);
    funds::check(project, &mut all);
    figures::check(project, &mut all);
    let mut out = Vec::new();
    for f in all {
        push_once(&mut out, f);
    }
    out.sort_by_key(|f| f.severity);
    out
}

/// Adds `f` unless the same finding is already there: the same written value found to be
/// the same wrong (the first one stands).
pub(crate) fn push_once(out: &mut Vec<Finding>, f: Finding) {
    let same = |o: &Finding| match (&o.span, &f.span) {
        (Some(x), Some(y)) => {
            x.location() == y.location() && o.stated == f.stated && o.expected == f.expected
        }
        _ => false,
    };
    if !out.iter().any(same) {
        out.push(f);
    }
}

/// Counts by severity: (errors, warnings, infos).
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s| {
        findings
            .iter()
            .filter(|f: &&Finding| f.severity == s)
            .count()
    };
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}
