//! Diagnostics for people: our `Diagnostic` rendered as miette reports, one file per report,
//! labels in other files as related reports. miette sees only an excerpt of each file, with
//! long lines cut and user text cleaned (`excerpt`, `sanitize`), never the raw file.

use super::excerpt::excerpt;
use super::excerpt::Excerpt;
use super::sanitize::clean;
use crate::diag::{Diagnostic, Label, Severity};
use crate::source::SourceFile;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::sync::Arc;

/// A diagnostic ready for miette: one source file, its labels, related reports for other files.
#[derive(Debug)]
struct Report {
    message: String,
    code: &'static str,
    severity: miette::Severity,
    source: Source,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
    related: Vec<Report>,
}

/// The quoted excerpt of a file for miette (see `excerpt`); columns count characters, as
/// ours do (miette's own count bytes), and refer to the whole file.
#[derive(Debug)]
struct Source {
    excerpt: Option<Excerpt>,
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let Some(ex) = &self.excerpt else {
            return Err(MietteError::OutOfBounds);
        };
        let inner = ex.text.as_str().read_span(span, before, after)?;
        let (line, column) = ex.position(inner.span().offset());
        Ok(Box::new(MietteSpanContents::new_named(
            ex.name.clone(),
            inner.data(),
            *inner.span(),
            line,
            column,
            // miette's own count runs from the start of the file; it compares it with line
            // numbers to merge nearby snippets, so it must refer to the file too.
            inner.line_count().saturating_add(ex.first_line),
        )))
    }
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

/// The excerpt of a group's file and the group's labels pointing into it.
fn labeled(labels: &[&Label]) -> (Source, Vec<LabeledSpan>) {
    let Some(first) = labels.first() else {
        return (Source { excerpt: None }, Vec::new());
    };
    let spans: Vec<(usize, usize)> = labels.iter().map(|l| (l.span.offset, l.span.len)).collect();
    let (ex, spans) = excerpt(&first.span.file, &spans);
    let labels = labels
        .iter()
        .zip(spans)
        .enumerate()
        .map(|(i, (l, span))| {
            let text = Some(clean(&l.text).into_owned());
            match i {
                0 => LabeledSpan::new_primary_with_span(text, span),
                _ => LabeledSpan::new_with_span(text, span),
            }
        })
        .collect();
    (Source { excerpt: Some(ex) }, labels)
}

/// Lines between two labels beyond which they get separate snippets.
const CLUSTER_GAP: usize = 6;

/// Groups labels by file, in order of first appearance, and splits a file's labels into
/// clusters of nearby lines so far-apart labels do not drag whole files into one snippet.
fn clusters(d: &Diagnostic) -> Vec<Vec<&Label>> {
    let mut files: Vec<&Arc<SourceFile>> = Vec::new();
    for l in &d.labels {
        if !files.iter().any(|f| Arc::ptr_eq(f, &l.span.file)) {
            files.push(&l.span.file);
        }
    }
    let mut out = Vec::new();
    for f in files {
        let mut in_file: Vec<&Label> = d
            .labels
            .iter()
            .filter(|l| Arc::ptr_eq(&l.span.file, f))
            .collect();
        let first = in_file.remove(0);
        in_file.sort_by_key(|l| l.span.offset);
        let mut groups: Vec<Vec<&Label>> = vec![vec![first]];
        for l in in_file {
            let near = groups.iter_mut().find(|g| {
                g.iter()
                    .any(|m| m.span.line().abs_diff(l.span.line()) <= CLUSTER_GAP)
            });
            match near {
                Some(g) => g.push(l),
                None => groups.push(vec![l]),
            }
        }
        out.extend(groups);
    }
    out
}

fn to_report(d: &Diagnostic) -> Report {
    let mut groups = clusters(d).into_iter();
    let main = groups.next().unwrap_or_default();
    let related = groups
        .map(|g| {
            let (source, labels) = labeled(&g);
            Report {
                message: clean(&crate::text::related_in(
                    g.first().map_or("", |l| l.span.file.name()),
                ))
                .into_owned(),
                code: "",
                severity: miette::Severity::Advice,
                source,
                labels,
                help: None,
                related: Vec::new(),
            }
        })
        .collect();
    let (source, labels) = labeled(&main);
    Report {
        message: clean(&d.message).into_owned(),
        code: d.code,
        severity: severity(d.severity),
        source,
        labels,
        help: d.help.as_deref().map(|h| clean(h).into_owned()),
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
        // Never split a pack id or path at its hyphen (`yc-` / `2021`).
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_context_lines(1);
    let mut out = String::new();
    if handler.render_report(&mut out, &to_report(d)).is_err() {
        out = format!("{}\n", clean(&d.message));
    }
    own_labels(&out)
}

/// The line after a leading ANSI colour sequence (`ESC [ … m`), if any.
fn after_style(line: &str) -> &str {
    line.strip_prefix("\u{1b}[")
        .and_then(|rest| rest.split_once('m'))
        .map_or(line, |(_, rest)| rest)
}

/// miette's English labels ("  help: " before a help line, "Advice: " starting a related
/// report, its fixed spellings) in the catalogue's words. Only those exact spots are rewritten:
/// our own text never starts a line with "Advice: " and is indented behind "  × " or "│".
fn own_labels(out: &str) -> String {
    let help = format!("  {}", crate::text::REPORT_HELP);
    let related = crate::text::REPORT_RELATED.to_string();
    out.split_inclusive('\n')
        .map(|line| {
            if let Some(rest) = line.strip_prefix("Advice: ") {
                format!("{related}{rest}")
            } else if let Some(rest) = after_style(line).strip_prefix("  help: ") {
                let style = line.len().saturating_sub(after_style(line).len());
                format!("{}{help}{rest}", line.get(..style).unwrap_or(""))
            } else {
                line.to_string()
            }
        })
        .collect()
}

/// Renders many diagnostics, separated by blank lines.
pub fn render_all(ds: &[Diagnostic], style: Style) -> String {
    ds.iter()
        .map(|d| render(d, style))
        .collect::<Vec<_>>()
        .join("\n")
}
