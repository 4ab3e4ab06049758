//! `jixiao diff` output: one line per change (text), or a JSON list.

use crate::policy::diff::Change;
use crate::text;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn w(x: &Option<Decimal>) -> String {
    x.map_or_else(|| "—".to_string(), |d| d.to_string())
}

fn opt(x: &Option<String>) -> String {
    x.clone().unwrap_or_else(|| "—".to_string())
}

/// One change in words.
pub fn line(c: &Change) -> String {
    match c {
        Change::Structure(a, b) => text::diff_structure(&a.join(" / "), &b.join(" / ")),
        Change::Added(p, x) => text::diff_added(p, &w(x)),
        Change::Removed(p, x) => text::diff_removed(p, &w(x)),
        Change::Moved(id, a, b) => text::diff_moved(id, a, b),
        Change::Weight(p, a, b) => text::diff_weight(p, &w(a), &w(b)),
        Change::Rule(p, a, b) => text::diff_rule(p, a, b),
        Change::Total(a, b) => text::diff_total(&a.to_string(), &b.to_string()),
        Change::Bands(a, b) => text::diff_bands(a, b),
        Change::Rounding(a, b) => text::diff_rounding(a, b),
        Change::Parameter(n, a, b) => text::diff_param(n, &opt(a), &opt(b)),
        Change::Function(n, unified) => format!("{}\n{unified}", text::diff_function(n)),
        Change::FunctionSet(n, added) => text::diff_function_set(n, *added),
        Change::Crosswalk(to, from) => text::diff_crosswalk(to, &from.join(" + ")),
    }
}

/// The text report.
pub fn report(a: &str, b: &str, changes: &[Change]) -> String {
    let mut out = text::diff_heading(a, b, changes.len());
    out.push('\n');
    for c in changes {
        out.push_str(&line(c));
        out.push('\n');
    }
    out
}

fn kind(c: &Change) -> &'static str {
    match c {
        Change::Structure(..) => "structure",
        Change::Added(..) => "added",
        Change::Removed(..) => "removed",
        Change::Moved(..) => "moved",
        Change::Weight(..) => "weight",
        Change::Rule(..) => "rule",
        Change::Total(..) => "total",
        Change::Bands(..) => "bands",
        Change::Rounding(..) => "rounding",
        Change::Parameter(..) => "parameter",
        Change::Function(..) => "function",
        Change::FunctionSet(_, true) => "function_added",
        Change::FunctionSet(_, false) => "function_removed",
        Change::Crosswalk(..) => "crosswalk",
    }
}

/// The JSON report.
pub fn json(a: &str, b: &str, changes: &[Change]) -> Value {
    let items: Vec<Value> = changes
        .iter()
        .map(|c| {
            let detail = match c {
                Change::Function(n, u) => json!({"name": n, "diff": u}),
                _ => Value::Null,
            };
            json!({"kind": kind(c), "text": line(c), "detail": detail})
        })
        .collect();
    json!({"a": a, "b": b, "changes": items})
}
