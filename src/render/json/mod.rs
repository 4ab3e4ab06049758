//! Machine output (`--format json` / `jsonl`): serde-derived views of the models, one envelope
//! for every command, `{"schema": "jixiao/1", "command": …, "results": […], "diagnostics": […]}`.
//! Decimals are strings, locations are one [`Location`] type, machine fields hold keys; the
//! JSON Schema (`docs/schema/jixiao-1.json`) is generated from the same types by [`schema`].

mod compare;
mod findings;
mod item;
mod ledger;
mod packs;
mod schema;

pub use compare::{comparison, portfolio, ComparisonView, PortfolioView};
pub use findings::{diagnostics, findings, DiagnosticView, FindingView};
pub use ledger::{evaluation, explanation, EvaluationView, ExplanationView};
pub use packs::{case, check, coverage, diff, CaseView, CheckView, CoverageView, DiffView};
pub use packs::{listed, ListedPackView, PackOrigin, PackView};

pub use crate::source::Location;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;
use std::borrow::Cow;

/// The schema id every output carries.
pub const SCHEMA: &str = "jixiao/1";

/// A decimal, serialised as its exact string (`"99.25"`), never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec(pub Decimal);

impl From<Decimal> for Dec {
    fn from(d: Decimal) -> Self {
        Dec(d)
    }
}

impl Serialize for Dec {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl JsonSchema for Dec {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact decimal as a string, e.g. \"99.25\".",
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
        })
    }
}

/// The schema id field: always `jixiao/1`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SchemaId;

impl Serialize for SchemaId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(SCHEMA)
    }
}

impl JsonSchema for SchemaId {
    fn schema_name() -> Cow<'static, str> {
        "SchemaId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string", "const": SCHEMA})
    }
}

/// The command that produced an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// `jixiao evaluate`.
    Evaluate,
    /// `jixiao explain`.
    Explain,
    /// `jixiao compare`.
    Compare,
    /// `jixiao check`.
    Check,
    /// `jixiao test`.
    Test,
    /// `jixiao diff`.
    Diff,
    /// `jixiao policies`.
    Policies,
}

/// A project that could not be scored: its file, the pack chosen if any, and why.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FailureView {
    /// The project file as named.
    pub file: String,
    /// The pack id, when one was chosen before the failure.
    pub pack: Option<String>,
    /// Why (errors first as found).
    pub diagnostics: Vec<DiagnosticView>,
}

/// One result of a command; `kind` says which.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    /// One project scored (`evaluate`).
    Evaluation(Box<EvaluationView>),
    /// One project that could not be scored (`evaluate`, `compare`, `explain`).
    Failure(FailureView),
    /// The deductions of one project explained (`explain`).
    Explanation(Box<ExplanationView>),
    /// One project under two packs (`compare`).
    Comparison(Box<ComparisonView>),
    /// What the pack change does over all projects compared (`compare`, several projects).
    Portfolio(PortfolioView),
    /// One pack checked (`check`).
    Check(CheckView),
    /// One test case run (`test`).
    Case(CaseView),
    /// What a pack's cases exercise (`test --coverage`).
    Coverage(CoverageView),
    /// Two packs compared without projects (`diff`).
    Diff(DiffView),
    /// One pack available to auto-selection (`policies`).
    Pack(ListedPackView),
}

/// Every machine output: the same top level whatever the command and however many files.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Output {
    /// Always `jixiao/1`.
    pub schema: SchemaId,
    /// The command.
    pub command: Command,
    /// The results, in input order.
    pub results: Vec<Entry>,
    /// Diagnostics that belong to no single result (a pack that does not load, a file not
    /// found); a project's own errors are in its `failure` result.
    pub diagnostics: Vec<DiagnosticView>,
}

impl Output {
    /// An empty output of `command`.
    pub fn new(command: Command) -> Self {
        Output {
            schema: SchemaId,
            command,
            results: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Adds diagnostics that belong to no single result.
    pub fn diagnose(&mut self, ds: &[crate::diag::Diagnostic]) {
        self.diagnostics.extend(diagnostics(ds));
    }

    /// The whole output as one pretty-printed JSON document.
    pub fn to_json(&self) -> serde_json::Result<String> {
        serde_json::to_string_pretty(self).map(|mut s| {
            s.push('\n');
            s
        })
    }

    /// JSON Lines: one compact envelope per result (each validates against the same schema),
    /// then one with no result carrying the diagnostics that belong to none, if any.
    pub fn to_jsonl(&self) -> serde_json::Result<String> {
        let mut out = String::new();
        let line = |results: Vec<Entry>, diagnostics: Vec<DiagnosticView>| Output {
            schema: SchemaId,
            command: self.command,
            results,
            diagnostics,
        };
        for r in &self.results {
            out.push_str(&serde_json::to_string(&line(vec![r.clone()], Vec::new()))?);
            out.push('\n');
        }
        if !self.diagnostics.is_empty() || self.results.is_empty() {
            out.push_str(&serde_json::to_string(&line(
                Vec::new(),
                self.diagnostics.clone(),
            ))?);
            out.push('\n');
        }
        Ok(out)
    }
}

/// The JSON Schema of [`Output`], pretty-printed (what `docs/schema/jixiao-1.json` holds).
pub fn schema() -> String {
    let mut schema = schemars::schema_for!(Output).to_value();
    schema::close(&mut schema);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
