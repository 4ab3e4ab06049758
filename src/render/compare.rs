//! `jixiao compare` for people: a side-by-side table per project with the attribution of
//! every changed row, the rule snippets of formula changes, and a portfolio summary.

use crate::compare::{
    Attribution, Cause, Change, Comparison, FormulaChange, Portfolio, Row, RowKind,
};
use crate::diag::Diagnostic;
use crate::render::human::{render, Style};
use crate::text;
use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};
use rust_decimal::Decimal;
use std::fmt::Write;

/// `+0.93`, `-0.79`, `0`.
pub fn signed(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

/// Width of the text table, in terminal columns.
const TABLE_WIDTH: u16 = 120;

fn right(s: impl ToString) -> Cell {
    Cell::new(s.to_string()).set_alignment(CellAlignment::Right)
}

/// What changed, in words from the catalogue.
pub fn detail(c: &Change) -> String {
    match c {
        Change::Weight { a, b } => text::weight_detail(*a, *b),
        Change::Parameters(ps) => {
            let value = |v: &Option<String>| v.clone().unwrap_or_else(|| text::NO_VALUE.into());
            let ps: Vec<(String, String, String)> = ps
                .iter()
                .map(|p| (p.name.clone(), value(&p.a), value(&p.b)))
                .collect();
            text::params_detail(&ps)
        }
        Change::Rounding { a, b } => text::rounding_detail(a, b),
        Change::Formula(f) => match f {
            FormulaChange::Renamed { a, b } => text::rule_renamed(a, b),
            FormulaChange::Script { rule } => text::rule_script_changed(rule),
            FormulaChange::Setup => text::RULE_INPUTS_CHANGED.to_string(),
            FormulaChange::Library => text::LIBRARY_CHANGED.to_string(),
            FormulaChange::Unexplained => text::UNEXPLAINED.to_string(),
        },
        Change::Structure {
            a_pack,
            a_weight,
            b_pack,
            b_weight,
        } => text::structure_detail(a_pack, *a_weight, b_pack, *b_weight),
        Change::Added { pack, weight } => text::added_detail(pack, *weight),
        Change::Removed { pack, weight } => text::removed_detail(pack, *weight),
    }
}

/// An attribution as a cause and what changed, e.g. `分值变化 分值 8 → 9`.
pub fn cause_and_detail(x: &Attribution) -> String {
    text::cause_detail(&x.cause().label().to_string(), &detail(&x.change))
}

fn label(r: &Row) -> String {
    match r.kind {
        RowKind::Crosswalk => {
            let names: Vec<&str> =
                r.a.paths
                    .iter()
                    .map(|p| p.rsplit('/').next().unwrap_or(p))
                    .collect();
            text::crosswalk_label(&r.label, &names.join(" + "))
        }
        RowKind::Added => text::added_label(&r.label),
        RowKind::Removed => text::removed_label(&r.label),
        RowKind::Same => r.label.clone(),
    }
}

fn blank_if_empty(paths: &[String], d: Decimal) -> String {
    if paths.is_empty() {
        String::new()
    } else {
        d.to_string()
    }
}

/// The side-by-side table; `markdown` gives a GitHub table instead of box drawing.
pub fn table(c: &Comparison, markdown: bool) -> Table {
    let mut t = Table::new();
    t.load_preset(if markdown {
        ASCII_MARKDOWN
    } else {
        UTF8_FULL_CONDENSED
    });
    if !markdown {
        t.set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(TABLE_WIDTH);
    }
    t.set_header(text::COMPARE_HEADER);
    for r in &c.rows {
        let why: Vec<String> = r
            .attributions
            .iter()
            .map(|x| {
                text::attribution_cell(
                    &x.cause().label().to_string(),
                    &signed(x.points),
                    &detail(&x.change),
                )
            })
            .collect();
        let sep = if markdown { "<br>" } else { "\n" };
        t.add_row(vec![
            Cell::new(label(r)),
            right(blank_if_empty(&r.a.paths, r.a.weight)),
            right(blank_if_empty(&r.a.paths, r.a.score)),
            right(blank_if_empty(&r.b.paths, r.b.weight)),
            right(blank_if_empty(&r.b.paths, r.b.score)),
            right(if r.delta().is_zero() {
                String::new()
            } else {
                signed(r.delta())
            }),
            Cell::new(why.join(sep)),
        ]);
    }
    t.add_row(vec![
        Cell::new(text::TOTAL_SCORE),
        right(c.a.max_total),
        right(c.a.total),
        right(c.b.max_total),
        right(c.b.total),
        right(signed(c.delta())),
        Cell::new(text::attributed_total(&signed(c.attributed()))),
    ]);
    t
}

/// Formula changes as reports showing both rule functions.
fn formula_reports(c: &Comparison) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in &c.rows {
        for x in r
            .attributions
            .iter()
            .filter(|x| x.cause() == Cause::Formula && !x.spans.is_empty())
        {
            let d = Diagnostic::advice(
                "jixiao::compare::formula",
                text::formula_headline(&r.label, &signed(x.points), &detail(&x.change)),
            );
            out.push(x.spans.iter().fold(d, |d, (l, s)| d.at(s, l.clone())));
        }
    }
    out
}

/// The text (or markdown) report for one project.
pub fn report(c: &Comparison, markdown: bool, style: Style) -> String {
    let mut out = String::new();
    let p = &c.a.project;
    let _ = writeln!(out, "{}  {}", p.header.name.value, p.source.name());
    let _ = writeln!(
        out,
        "{}\n",
        text::compare_line(
            c.a.policy_id(),
            &c.a.total.to_string(),
            &c.a.grade,
            c.b.policy_id(),
            &c.b.total.to_string(),
            &c.b.grade,
            &signed(c.delta())
        )
    );
    let _ = writeln!(out, "{}", table(c, markdown));
    if let Some(g) = &c.grade_change {
        let _ = writeln!(out, "{g}");
    }
    for w in &c.warnings {
        let _ = writeln!(out, "{}", text::warning_line(w));
    }
    if !markdown {
        for d in formula_reports(c) {
            out.push('\n');
            out.push_str(&render(&d, style));
        }
    }
    out
}

/// Grades under A (rows) against grades under B (columns), counts in the cells.
fn transition_matrix(p: &Portfolio, markdown: bool) -> Table {
    let mut grades: Vec<&String> = Vec::new();
    for t in &p.transitions {
        for g in [&t.from, &t.to] {
            if !grades.contains(&g) {
                grades.push(g);
            }
        }
    }
    // The packs' band order; a grade no band gives (a partial evaluation's) goes last.
    grades.sort_by_key(|g| p.grades.iter().position(|x| x == *g).unwrap_or(usize::MAX));
    let mut t = Table::new();
    t.load_preset(if markdown {
        ASCII_MARKDOWN
    } else {
        UTF8_FULL_CONDENSED
    });
    let mut header = vec![Cell::new(text::TRANSITION_CORNER)];
    header.extend(grades.iter().map(Cell::new));
    t.set_header(header);
    for a in &grades {
        let mut row = vec![Cell::new(a)];
        for b in &grades {
            let n = p
                .transitions
                .iter()
                .find(|t| &t.from == *a && &t.to == *b)
                .map_or(0, |t| t.projects);
            row.push(right(if n == 0 { String::new() } else { n.to_string() }));
        }
        t.add_row(row);
    }
    t
}

/// The portfolio summary.
pub fn portfolio(p: &Portfolio, markdown: bool) -> String {
    let mut out = String::new();
    let bullet = if markdown { "- " } else { "  " };
    let _ = writeln!(
        out,
        "{}",
        text::portfolio_heading(
            p.projects,
            &signed(crate::num::RoundingMode::HalfAwayFromZero.round(p.mean_delta, 2))
        )
    );
    let _ = writeln!(out, "{}", text::GRADE_TRANSITIONS);
    let _ = writeln!(out, "{}", transition_matrix(p, markdown));
    let _ = writeln!(out, "{}", text::LARGEST_MOVES);
    for l in p.largest.iter().take(10) {
        let line = text::largest_line(&signed(l.delta), &l.name, &l.file);
        let _ = writeln!(out, "{bullet}{line}");
    }
    let _ = writeln!(out, "{}", text::TOP_MOVERS);
    for m in p.movers.iter().take(10) {
        let cause = m.cause.label().to_string();
        let line = text::mover_line(&m.label, &cause, &signed(m.points), m.projects);
        let _ = writeln!(out, "{bullet}{line}");
    }
    out
}
