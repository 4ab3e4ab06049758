//! Our diagnostic type: a message, labelled spans in one or more files, help.
//! Independent of any renderer; `render::human` turns it into miette reports.

use crate::source::Span;

/// How serious a diagnostic is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks the result (exit code 2).
    Error,
    /// Worth fixing; the result stands.
    Warning,
    /// Information attached to a result, e.g. one explained deduction.
    Advice,
}

/// A labelled span.
#[derive(Debug, Clone)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What the reader should see there.
    pub text: String,
}

/// One diagnostic: a message with labels, possibly in several files.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error, warning or advice.
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `jixiao::project::unknown_key`.
    pub code: &'static str,
    /// The headline, in the user's language.
    pub message: String,
    /// Labelled spans; the first label's file is the primary file.
    pub labels: Vec<Label>,
    /// A hint on how to fix or read it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A new error.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A new warning.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// A new advice (explanations).
    pub fn advice(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Advice, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            labels: Vec::new(),
            help: None,
        }
    }

    /// Adds a labelled span.
    pub fn at(mut self, span: &Span, text: impl Into<String>) -> Self {
        self.labels.push(Label {
            span: span.clone(),
            text: text.into(),
        });
        self
    }

    /// Adds a labelled span when there is one.
    pub fn at_opt(self, span: Option<&Span>, text: impl Into<String>) -> Self {
        match span {
            Some(s) => self.at(s, text),
            None => self,
        }
    }

    /// Sets the help line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Prefixes the message with the scoring item it concerns.
    pub fn for_item(mut self, item: &str) -> Self {
        self.message = crate::text::item_prefix(item, &self.message);
        self
    }

    /// `file:line:col` of the first label, if any.
    pub fn location(&self) -> Option<String> {
        self.labels.first().map(|l| l.span.location())
    }
}

/// One or more diagnostics: the error type of loaders, checks and evaluation.
#[derive(Debug, Clone, Default)]
pub struct Diags(pub Vec<Diagnostic>);

impl Diags {
    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// Adds one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Splits off the warnings: `Err` (errors first, then warnings) when there are errors,
    /// otherwise the warnings alone, to keep beside a result that stands.
    pub fn warnings_or_errors(self) -> Result<Vec<Diagnostic>> {
        let (errors, warnings): (Vec<_>, Vec<_>) = self
            .0
            .into_iter()
            .partition(|d| d.severity == Severity::Error);
        if errors.is_empty() {
            return Ok(warnings);
        }
        let mut all = errors;
        all.extend(warnings);
        Err(Diags(all))
    }

    /// `Err(self)` when there are errors, otherwise `Ok(value)`.
    pub fn into_result<T>(self, value: T) -> Result<T> {
        if self.has_errors() {
            Err(self)
        } else {
            Ok(value)
        }
    }
}

impl From<Diagnostic> for Diags {
    fn from(d: Diagnostic) -> Self {
        Diags(vec![d])
    }
}

impl std::fmt::Display for Diags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for d in &self.0 {
            match d.location() {
                Some(loc) => writeln!(f, "{loc}: {}", d.message)?,
                None => writeln!(f, "{}", d.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for Diags {}

/// Result type of everything that can fail on user input.
pub type Result<T> = std::result::Result<T, Diags>;
