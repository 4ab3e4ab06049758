//! The project fields a pack may name as item inputs, and the evidence each read leaves behind.

use super::Project;
use crate::source::{Sp, Span};
use crate::text::Msg;
use rust_decimal::Decimal;

/// Named numeric fields an item's `inputs:` may name, each with its label in the catalogue.
/// `funds.budget.<来源>` and `funds.spent.<来源>` read one source line.
pub const FIELDS: &[(&str, Msg)] = &[
    ("funds.budget", Msg("field-budget")),
    ("funds.allocated", Msg("field-allocated")),
    ("funds.spent", Msg("field-spent")),
    ("funds.initial_budget", Msg("field-initial-budget")),
    ("funds.annual_budget", Msg("field-annual-budget")),
    ("funds.executed", Msg("field-executed")),
    ("funds.weight", Msg("field-funds-weight")),
    ("funds.rate", Msg("field-funds-rate")),
    ("funds.score", Msg("field-funds-score")),
    ("funds.arrived", Msg("field-arrived")),
];

/// One project value a rule read: what, which value, where it is written.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// Field name, e.g. `funds.allocated` or `indicators[1].actual`.
    pub field: String,
    /// Label in the current language, e.g. `预算下达资金`.
    pub label: String,
    /// The value as shown (number or text).
    pub value: String,
    /// Where the value is written in the project file.
    pub span: Span,
}

impl Evidence {
    /// Evidence for a spanned decimal.
    pub fn decimal(field: impl Into<String>, label: impl Into<String>, v: &Sp<Decimal>) -> Self {
        Evidence {
            field: field.into(),
            label: label.into(),
            value: v.value.to_string(),
            span: v.span.clone(),
        }
    }

    /// Evidence for a spanned text.
    pub fn text(field: impl Into<String>, label: impl Into<String>, v: &Sp<String>) -> Self {
        Evidence {
            field: field.into(),
            label: label.into(),
            value: v.value.clone(),
            span: v.span.clone(),
        }
    }
}

/// A field's value and the written values it was computed from.
#[derive(Debug, Clone)]
pub struct FieldValue {
    /// The value (a sum when the field has several source lines).
    pub value: Decimal,
    /// The values read.
    pub evidence: Vec<Evidence>,
}

/// Why a field could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    /// No such field in the project format.
    Unknown,
    /// The field exists but this project does not fill it in.
    Missing,
}

/// True when `name` is a field of the project format (used by `check`); `a | b` names
/// alternatives, read in order (the first the project fills in).
pub fn is_known_field(name: &str) -> bool {
    if name.contains('|') {
        return name.split('|').all(|n| is_known_field(n.trim()));
    }
    FIELDS.iter().any(|(f, _)| *f == name)
        || ["funds.budget.", "funds.spent."]
            .iter()
            .any(|p| name.strip_prefix(p).is_some_and(|rest| !rest.is_empty()))
}

/// The label of a field name, in the current language.
pub fn field_label(name: &str) -> String {
    if name.contains('|') {
        let labels: Vec<String> = name.split('|').map(|n| field_label(n.trim())).collect();
        return labels.join(" / ");
    }
    if let Some((_, label)) = FIELDS.iter().find(|(f, _)| *f == name) {
        return label.to_string();
    }
    for (prefix, label) in [
        ("funds.budget.", crate::text::FIELD_BUDGET),
        ("funds.spent.", crate::text::FIELD_SPENT),
    ] {
        if let Some(src) = name.strip_prefix(prefix) {
            return format!("{label}·{src}");
        }
    }
    name.to_string()
}

fn sum(name: &str, lines: &[(String, Sp<Decimal>)]) -> Result<FieldValue, FieldError> {
    if lines.is_empty() {
        return Err(FieldError::Missing);
    }
    let label = field_label(name);
    Ok(FieldValue {
        value: lines.iter().map(|(_, v)| v.value).sum(),
        evidence: lines
            .iter()
            .map(|(src, v)| Evidence::decimal(format!("{name}.{src}"), format!("{label}·{src}"), v))
            .collect(),
    })
}

fn line(name: &str, lines: &[(String, Sp<Decimal>)], src: &str) -> Result<FieldValue, FieldError> {
    let (_, v) = lines
        .iter()
        .find(|(s, _)| s == src)
        .ok_or(FieldError::Missing)?;
    Ok(FieldValue {
        value: v.value,
        evidence: vec![Evidence::decimal(name, field_label(name), v)],
    })
}

/// One value of the 10号 年度资金总额 row.
fn total_row(
    name: &str,
    rows: &[super::FundsRow],
    pick: fn(&super::FundsRow) -> Option<&Sp<Decimal>>,
) -> Result<FieldValue, FieldError> {
    let v = rows
        .iter()
        .find(|r| r.total)
        .and_then(pick)
        .ok_or(FieldError::Missing)?;
    Ok(FieldValue {
        value: v.value,
        evidence: vec![Evidence::decimal(name, field_label(name), v)],
    })
}

impl Project {
    /// Reads a named numeric field (see [`FIELDS`]) with its evidence; `a | b` reads the first
    /// alternative the project fills in.
    pub fn field(&self, name: &str) -> Result<FieldValue, FieldError> {
        if name.contains('|') {
            let mut last = FieldError::Missing;
            for alt in name.split('|').map(str::trim) {
                match self.field(alt) {
                    Ok(v) => return Ok(v),
                    Err(e) => last = e,
                }
            }
            return Err(last);
        }
        let f = &self.funds;
        let rows = &f.rows;
        match name {
            "funds.initial_budget" => total_row(name, rows, |r| r.initial.as_ref()),
            "funds.annual_budget" => total_row(name, rows, |r| r.budget.as_ref()),
            "funds.executed" => total_row(name, rows, |r| r.executed.as_ref()),
            "funds.weight" => total_row(name, rows, |r| r.weight.as_ref()),
            "funds.rate" => total_row(name, rows, |r| r.rate.as_ref()),
            "funds.score" => total_row(name, rows, |r| r.score.as_ref()),
            "funds.arrived" => total_row(name, rows, |r| r.arrived.as_ref()),
            "funds.budget" => sum(name, &f.budget),
            "funds.spent" => sum(name, &f.spent),
            "funds.allocated" => {
                let v = f.allocated.as_ref().ok_or(FieldError::Missing)?;
                Ok(FieldValue {
                    value: v.value,
                    evidence: vec![Evidence::decimal(name, field_label(name), v)],
                })
            }
            _ => {
                if let Some(src) = name.strip_prefix("funds.budget.") {
                    line(name, &f.budget, src)
                } else if let Some(src) = name.strip_prefix("funds.spent.") {
                    line(name, &f.spent, src)
                } else {
                    Err(FieldError::Unknown)
                }
            }
        }
    }
}
