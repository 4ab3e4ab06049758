//! `jixiao diff` output: one line per change (its JSON is in `render::json`).

use crate::policy::diff::Change;
use crate::text;
use rust_decimal::Decimal;

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
