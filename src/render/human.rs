//! Diagnostics for people: our `Diagnostic` rendered as miette reports, one file per report,
//! labels in other files as related reports.

use crate::diag::{Diagnostic, Label, Severity};
use crate::source::SourceFile;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use std::fmt;
use std::sync::Arc;

/// A diagnostic ready for miette: one source file, its labels, related reports for other files.
#[derive(Debug)]
struct Report {
    message: String,
    code: &'static str,
    severity: miette::Severity,
    source: NamedSource<String>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
    related: Vec<Report>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        (!self.labels.is_empty()).then_some(&self.source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        (!self.labels.is_empty())
            .then(|| Box::new(self.labels.iter().cloned()) as Box<dyn Iterator<Item = LabeledSpan>>)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        (!self.related.is_empty())
            .then(|| Box::new(self.related.iter().map(|r| r as &dyn miette::Diagnostic)) as Box<_>)
    }
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Advice => miette::Severity::Advice,
    }
}

fn labeled(labels: &[&Label]) -> Vec<LabeledSpan> {
    labels
        .iter()
        .map(|l| LabeledSpan::new(Some(l.text.clone()), l.span.offset, l.span.len))
        .collect()
}

fn named(file: &SourceFile) -> NamedSource<String> {
    NamedSource::new(file.name(), file.text().to_string())
}

fn to_report(d: &Diagnostic) -> Report {
    let mut files: Vec<Arc<SourceFile>> = Vec::new();
    for l in &d.labels {
        if !files.iter().any(|f| Arc::ptr_eq(f, &l.span.file)) {
            files.push(Arc::clone(&l.span.file));
        }
    }
    let in_file = |f: &Arc<SourceFile>| -> Vec<&Label> {
        d.labels
            .iter()
            .filter(|l| Arc::ptr_eq(&l.span.file, f))
            .collect()
    };
    let related = files
        .iter()
        .skip(1)
        .map(|f| Report {
            message: crate::text::related_in(f.name()),
            code: "",
            severity: miette::Severity::Advice,
            source: named(f),
            labels: labeled(&in_file(f)),
            help: None,
            related: Vec::new(),
        })
        .collect();
    let (source, labels) = match files.first() {
        Some(f) => (named(f), labeled(&in_file(f))),
        None => (NamedSource::new("", String::new()), Vec::new()),
    };
    Report {
        message: d.message.clone(),
        code: d.code,
        severity: severity(d.severity),
        source,
        labels,
        help: d.help.clone(),
        related,
    }
}

/// How to draw reports.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours.
    pub color: bool,
    /// Wrap width.
    pub width: usize,
}

impl Style {
    /// Fixed, colourless style for files, pipes and snapshot tests.
    pub const PLAIN: Style = Style {
        color: false,
        width: 100,
    };
}

/// Renders one diagnostic (with its related reports) as text.
pub fn render(d: &Diagnostic, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_context_lines(1);
    let mut out = String::new();
    if handler.render_report(&mut out, &to_report(d)).is_err() {
        out = format!("{}\n", d.message);
    }
    out
}

/// Renders many diagnostics, separated by blank lines.
pub fn render_all(ds: &[Diagnostic], style: Style) -> String {
    ds.iter()
        .map(|d| render(d, style))
        .collect::<Vec<_>>()
        .join("\n")
}
