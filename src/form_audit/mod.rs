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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The form contradicts itself in a way that changes a score or a total.
    Error,
    /// A figure on the form is wrong or unsupported; scores may stand.
    Warning,
    /// Worth a look (rounded figures, text carried over from an earlier year).
    Info,
}

impl Severity {
    /// Chinese label: 错误, 警告, 提示.
    pub fn label(self) -> crate::text::Msg {
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
    pub related: Vec<Related>,
}

/// Another place a finding involves, and what it is.
#[derive(Debug, Clone)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// What is there.
    pub label: String,
}

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// 错误.
    pub errors: usize,
    /// 警告.
    pub warnings: usize,
    /// 提示.
    pub infos: usize,
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
            self.related.push(Related {
                span: s.clone(),
                label: label.into(),
            });
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

/// Adds `f`, or merges it into a finding already there about the same written value: the
/// same place, the same subject (one may name the full path, the other its last part) and
/// the same stated value are one slip, reported once. The more informative stands (the more
/// serious; then a definite expected value over a bound; then the first); the other's
/// message is kept beside it when it reaches another conclusion.
pub(crate) fn push_once(out: &mut Vec<Finding>, f: Finding) {
    let Some(old) = out.iter_mut().find(|o| same_slip(o, &f)) else {
        out.push(f);
        return;
    };
    let (mut keep, other) = if rank(&f) < rank(old) {
        (f, old.clone())
    } else {
        (old.clone(), f)
    };
    let agree = match (value_of(&keep.expected), value_of(&other.expected)) {
        (Some(a), Some(b)) => a == b,
        _ => keep.expected == other.expected,
    };
    if !agree && !keep.message.contains(&other.message) {
        keep.message = crate::text::form_also(&keep.message, &other.message);
    }
    for r in other.related {
        if !keep
            .related
            .iter()
            .any(|k| k.span.location() == r.span.location())
        {
            keep.related.push(r);
        }
    }
    *old = keep;
}

/// Two findings about the same written value: same place, subject and stated value.
fn same_slip(a: &Finding, b: &Finding) -> bool {
    let (Some(x), Some(y)) = (&a.span, &b.span) else {
        return false;
    };
    let subject = |p: &str, q: &str| p == q || p.ends_with(&format!("/{q}"));
    x.location() == y.location()
        && a.stated == b.stated
        && (subject(&a.subject, &b.subject) || subject(&b.subject, &a.subject))
}

/// Lower is more informative: severity, then a definite expected value before a bound, then
/// the tighter upper bound.
fn rank(f: &Finding) -> (Severity, bool, rust_decimal::Decimal) {
    let bound = f
        .expected
        .strip_prefix('≤')
        .and_then(|b| crate::num::parse_decimal(b.trim()));
    (
        f.severity,
        value_of(&f.expected).is_none(),
        bound.unwrap_or(rust_decimal::Decimal::MAX),
    )
}

/// The number an expected value states (`110.00`, `97.81%`); `None` for a bound or a word.
fn value_of(expected: &str) -> Option<rust_decimal::Decimal> {
    crate::num::parse_decimal(expected.trim_end_matches(['%', '％']))
}

/// Counts by severity.
pub fn counts(findings: &[Finding]) -> Counts {
    let n = |s| {
        findings
            .iter()
            .filter(|f: &&Finding| f.severity == s)
            .count()
    };
    Counts {
        errors: n(Severity::Error),
        warnings: n(Severity::Warning),
        infos: n(Severity::Info),
    }
}
