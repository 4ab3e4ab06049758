//! What changed between two packs, without any project: structure, weights, rules, bands,
//! rounding, parameters and script functions (unified diffs), for reviewing a draft.

use super::{Node, Policy};
use rust_decimal::Decimal;

/// One difference between pack A and pack B.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The 一级 sections differ.
    Structure(Vec<String>, Vec<String>),
    /// A node only B has: (path, weight).
    Added(String, Option<Decimal>),
    /// A node only A has: (path, weight).
    Removed(String, Option<Decimal>),
    /// The same id at another path: (id, A path, B path).
    Moved(String, String, String),
    /// Weight of the same path: (path, A, B).
    Weight(String, Option<Decimal>, Option<Decimal>),
    /// Rule, inputs, args or `each` of the same path: (path, A, B) as written.
    Rule(String, String, String),
    /// 总分.
    Total(Decimal, Decimal),
    /// Grade bands, as `优≥90 良≥80 …`.
    Bands(String, String),
    /// Rounding, as `四舍五入 2 位`.
    Rounding(String, String),
    /// A parameter: (name, A value, B value); `None` when absent.
    Parameter(String, Option<String>, Option<String>),
    /// A script function changed: (name, unified diff).
    Function(String, String),
    /// A script function only B has / only A has: (name, true when added).
    FunctionSet(String, bool),
    /// B's crosswalk from A: (B path, A paths).
    Crosswalk(String, Vec<String>),
}

fn nodes(p: &Policy) -> Vec<&Node> {
    fn walk<'a>(n: &'a Node, out: &mut Vec<&'a Node>) {
        out.push(n);
        n.children().iter().for_each(|c| walk(c, out));
    }
    let mut out = Vec::new();
    p.tree.iter().for_each(|n| walk(n, &mut out));
    out
}

fn bands(p: &Policy) -> String {
    p.grades
        .iter()
        .map(|g| format!("{}≥{}", g.grade.value, g.min.value))
        .collect::<Vec<_>>()
        .join(" ")
}

fn rounding(p: &Policy) -> String {
    crate::text::rounding_short(&p.rounding.mode.label().to_string(), p.rounding.places)
}

/// Every difference between packs A and B, in a stable order.
pub fn diff(a: &Policy, b: &Policy) -> Vec<Change> {
    let mut out = Vec::new();
    let top = |p: &Policy| {
        p.tree
            .iter()
            .map(|n| n.name.value.clone())
            .collect::<Vec<_>>()
    };
    if top(a) != top(b) {
        out.push(Change::Structure(top(a), top(b)));
    }
    tree(a, b, &mut out);
    if a.total.value != b.total.value {
        out.push(Change::Total(a.total.value, b.total.value));
    }
    if bands(a) != bands(b) {
        out.push(Change::Bands(bands(a), bands(b)));
    }
    if rounding(a) != rounding(b) {
        out.push(Change::Rounding(rounding(a), rounding(b)));
    }
    params(a, b, &mut out);
    functions(a, b, &mut out);
    if let Some(c) = b.crosswalk.as_ref().filter(|c| c.from.value == a.id.value) {
        for e in &c.entries {
            out.push(Change::Crosswalk(
                e.to.value.clone(),
                e.from.iter().map(|f| f.value.clone()).collect(),
            ));
        }
    }
    out
}

fn tree(a: &Policy, b: &Policy, out: &mut Vec<Change>) {
    let (na, nb) = (nodes(a), nodes(b));
    let weight = |n: &Node| n.weight.as_ref().map(|w| w.value);
    for x in &na {
        match nb.iter().find(|y| y.path == x.path) {
            Some(y) => {
                if weight(x) != weight(y) {
                    out.push(Change::Weight(x.path_str(), weight(x), weight(y)));
                }
                if x.rule_text() != y.rule_text() {
                    out.push(Change::Rule(x.path_str(), x.rule_text(), y.rule_text()));
                }
            }
            None => match nb.iter().find(|y| y.id == x.id && x.rule().is_some()) {
                Some(y) => out.push(Change::Moved(x.id.clone(), x.path_str(), y.path_str())),
                None => out.push(Change::Removed(x.path_str(), weight(x))),
            },
        }
    }
    for y in nb.iter().filter(|y| {
        !na.iter()
            .any(|x| x.path == y.path || (x.id == y.id && y.rule().is_some()))
    }) {
        out.push(Change::Added(y.path_str(), weight(y)));
    }
}

fn params(a: &Policy, b: &Policy, out: &mut Vec<Change>) {
    let get = |p: &Policy, k: &str| {
        p.params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.value.clone())
    };
    let mut names: Vec<&String> = a.params.iter().chain(&b.params).map(|(n, _)| n).collect();
    names.sort();
    names.dedup();
    for n in names {
        let (x, y) = (get(a, n), get(b, n));
        if x != y {
            out.push(Change::Parameter(n.clone(), x, y));
        }
    }
}

fn functions(a: &Policy, b: &Policy, out: &mut Vec<Change>) {
    let (fa, fb) = (a.scripts.function_sources(), b.scripts.function_sources());
    for (name, src) in &fa {
        match fb.iter().find(|(n, _)| n == name) {
            Some((_, other)) if other != src => {
                let (src, other) = (format!("{src}\n"), format!("{other}\n"));
                let d = similar::TextDiff::from_lines(&src, &other);
                let unified = d
                    .unified_diff()
                    .context_radius(2)
                    .header(
                        &format!("{}:{name}", a.id.value),
                        &format!("{}:{name}", b.id.value),
                    )
                    .to_string();
                out.push(Change::Function((*name).to_string(), unified));
            }
            Some(_) => {}
            None => out.push(Change::FunctionSet((*name).to_string(), false)),
        }
    }
    for (name, _) in fb.iter().filter(|(n, _)| !fa.iter().any(|(m, _)| m == n)) {
        out.push(Change::FunctionSet((*name).to_string(), true));
    }
}
