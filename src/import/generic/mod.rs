//! The generic form reader: blocks, header labels and column headers all come from a layout
//! file; each row starts a block (by its first cell), is a header row (label: value), starts a
//! table (by its column headers), or continues the block it is in.

mod funds;
mod goals;

use goals::{goals_header, goals_row};
mod head;
mod table;

use super::grid::{Cell, Row};
use super::layout::Layout;
use super::{Imported, Inference};
use crate::diag::{Diagnostic, Diags, Result};
use crate::project::{
    Declared, Funds, Goal, GroupWeight, Header, Indicator, People, Project, Scorecard,
};
use crate::source::{SourceFile, Sp, Span};
use crate::text;
use indexmap::IndexMap;
use rust_decimal::Decimal;
use std::sync::Arc;

/// One mapped column: its index, the field it holds, the header as written (normalised).
#[derive(Debug, Clone)]
pub(super) struct Col {
    pub col: usize,
    pub field: String,
    pub header: String,
}

/// What has been read so far.
#[derive(Default)]
pub(super) struct Gen {
    pub name: Option<Sp<String>>,
    pub title: Option<Sp<String>>,
    pub year: Option<Sp<i64>>,
    pub region: Option<Sp<String>>,
    pub department: Option<Sp<String>>,
    pub department_code: Option<Sp<String>>,
    pub implementer: Option<Sp<String>>,
    pub kind: Option<Sp<String>>,
    pub period: Option<Sp<String>>,
    pub extra: IndexMap<String, Sp<String>>,
    pub funds: Funds,
    pub goals: Vec<Goal>,
    pub indicators: Vec<Indicator>,
    pub items: Vec<Declared>,
    pub total: Option<Declared>,
    pub grade: Option<Sp<String>>,
    pub group_weights: Vec<GroupWeight>,
    pub narratives: IndexMap<String, String>,
    pub people: People,
    pub inferences: Vec<Inference>,
    pub diags: Diags,
    /// Columns of the last table, for the 总分 row.
    pub last_cols: Vec<Col>,
    /// Where the form breaks off: its last row, when that row is still inside a block.
    pub cut: Option<Span>,
}

impl Gen {
    /// Records an inferred value.
    pub fn infer(&mut self, field: String, note: &str) {
        self.inferences.push(Inference {
            field,
            note: note.to_string(),
        });
    }

    /// Appends text to a narrative.
    pub fn narrate(&mut self, key: &str, text: &str) {
        if text.is_empty() {
            return;
        }
        let entry = self.narratives.entry(key.to_string()).or_default();
        if !entry.is_empty() {
            entry.push('\n');
        }
        entry.push_str(text);
    }

    /// Records a weight written in a label.
    pub fn weight_in_label(
        &mut self,
        cell: &Cell,
        at: (Decimal, usize),
        level1: Option<String>,
        level2: Option<String>,
    ) {
        let num = at.0.to_string();
        let span = match cell.text.get(at.1..) {
            Some(rest) if rest.starts_with(&num) => Span::new(
                &cell.span.file,
                cell.span.offset.saturating_add(at.1),
                num.len(),
            ),
            _ => cell.span.clone(),
        };
        self.group_weights.push(GroupWeight {
            label: Sp::new(cell.text.clone(), cell.span.clone()),
            level1,
            level2,
            weight: Sp::new(at.0, span),
        });
    }
}

/// The block the walk is in.
enum State {
    None,
    Funds(funds::FundsT),
    Goals(Vec<Col>),
    Table(table::TableT),
    Narrative(String),
}

/// A number as written on a form: `10`, `4分`, `99.55分`, `2,536.08`.
pub(super) fn number(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let t = t.strip_suffix('分').unwrap_or(t).trim();
    crate::num::parse_decimal(t)
}

/// Reads the rows with `layout`.
pub(super) fn read(l: &Layout, rows: &[Row], year: Option<i64>) -> Result<Imported> {
    let mut g = Gen::default();
    let mut state = State::None;
    for (i, row) in rows.iter().enumerate() {
        let last = i.saturating_add(1) == rows.len();
        walk(l, &mut g, &mut state, row, last);
    }
    finish(&mut g, std::mem::replace(&mut state, State::None));
    g.diags.0.extend(super::grid::unused(rows));
    build(l, g, rows, year)
}

fn walk(l: &Layout, g: &mut Gen, state: &mut State, row: &Row, last: bool) {
    for c in &row.cells {
        if l.is_template(&c.text) {
            c.take();
        }
    }
    let Some(first) = row.cells.iter().find(|c| !c.used()) else {
        return;
    };
    let plain = super::blocks::strip_tags(&first.text);
    if let Some(kind) = l.block_of(&plain) {
        finish(g, std::mem::replace(state, State::None));
        first.take();
        let (label, weight, unit) = l.split_label(&first.text);
        if let Some(w) = weight {
            let scope = (kind == "funds").then(|| label.clone());
            g.weight_in_label(first, w, scope, None);
        }
        *state = match kind {
            "funds" => {
                let mut t = funds::FundsT::new(l, first, unit);
                t.header(l, g, row);
                t.row(l, g, row);
                State::Funds(t)
            }
            "goals" => {
                let mut cols = Vec::new();
                goals_header(l, row, &mut cols);
                State::Goals(cols)
            }
            "indicators" | "scorecard" => {
                let mut t = table::TableT::new(l, kind, first);
                t.header(l, row);
                State::Table(t)
            }
            "total" => {
                total_row(l, g, first, row);
                State::None
            }
            _ => {
                let key = label.trim_end_matches(':').to_string();
                let rest: Vec<String> = row
                    .cells
                    .iter()
                    .filter(|c| !c.used())
                    .map(|c| {
                        c.take();
                        super::blocks::strip_tags(&c.text)
                    })
                    .collect();
                g.narrate(&key, &rest.join("\n"));
                State::Narrative(key)
            }
        };
        return;
    }
    if row
        .cells
        .iter()
        .any(|c| !c.used() && l.header_label(&c.text).is_some())
    {
        if l.header_label(&first.text).is_some() {
            finish(g, std::mem::replace(state, State::None));
        }
        head::read(l, g, row);
        return;
    }
    if row
        .cells
        .iter()
        .any(|c| !c.used() && head::is_title_or_year(l, c))
    {
        head::read(l, g, row);
        return;
    }
    let fresh = matches!(state, State::Table(t) if t.fresh());
    if let Some(kind) = table::starts_table(l, row).filter(|_| !fresh) {
        finish(g, std::mem::replace(state, State::None));
        let mut t = table::TableT::new(l, kind, first);
        t.header(l, row);
        *state = State::Table(t);
        return;
    }
    if last && !matches!(state, State::None | State::Narrative(_)) {
        g.cut = Some(first.span.clone());
    }
    match state {
        State::Funds(t) => t.row(l, g, row),
        State::Goals(cols) => goals_row(l, g, cols, row),
        State::Table(t) => t.row(l, g, row, last),
        State::Narrative(key) => {
            if let [c] = row.cells.as_slice() {
                c.take();
                let key = key.clone();
                g.narrate(&key, &super::blocks::strip_tags(&c.text));
            }
        }
        State::None => {}
    }
}

fn finish(g: &mut Gen, state: State) {
    if let State::Table(t) = state {
        g.last_cols = t.cols.clone();
        t.end(g);
    }
}

/// The column a cell falls under: the nearest mapped column at or left of it.
pub(super) fn under(cols: &[Col], col: usize) -> Option<&Col> {
    cols.iter().rev().find(|c| c.col <= col)
}

/// The 总分 row: 分值 and 得分 under the table's columns (or in order), and a grade word.
fn total_row(l: &Layout, g: &mut Gen, label: &Cell, row: &Row) {
    let col_of = |f: &str| g.last_cols.iter().find(|c| c.field == f).map(|c| c.col);
    let (wcol, scol) = (col_of("weight"), col_of("score"));
    let mut nums: Vec<&Cell> = Vec::new();
    let (mut weight, mut score) = (None, None);
    for c in row.cells.iter().filter(|c| !c.used()) {
        if let Some(v) = number(&c.text) {
            let sp = Sp::new(v, c.span.clone());
            if Some(c.col) == wcol && weight.is_none() {
                weight = Some(sp);
            } else if Some(c.col) == scol && score.is_none() {
                score = Some(sp);
            } else {
                nums.push(c);
                continue;
            }
            c.take();
        } else if l.grades.iter().any(|w| *w == c.norm()) && g.grade.is_none() {
            g.grade = Some(c.sp());
        }
    }
    let sp = |c: &Cell| {
        c.take();
        Sp::new(number(&c.text).unwrap_or_default(), c.span.clone())
    };
    match (nums.as_slice(), &weight, &score) {
        ([w, s], None, None) => {
            weight = Some(sp(w));
            score = Some(sp(s));
        }
        ([s], _, None) => score = Some(sp(s)),
        ([w], None, Some(_)) => weight = Some(sp(w)),
        _ => {}
    }
    if let Some(score) = score {
        if g.total.is_none() {
            g.total = Some(Declared {
                path: Sp::new(crate::project::TOTAL_PATH.to_string(), label.span.clone()),
                weight,
                score,
                extra: IndexMap::new(),
            });
        }
    }
}

fn build(l: &Layout, mut g: Gen, rows: &[Row], year: Option<i64>) -> Result<Imported> {
    let Some(file) = rows
        .first()
        .and_then(|r| r.first())
        .map(|c| Arc::clone(&c.span.file))
    else {
        return Err(Diagnostic::error("jixiao::import::empty", text::IMPORT_EMPTY).into());
    };
    let name = match g.name.take() {
        Some(n) => n,
        None => match head::name_from_title(l, g.title.as_ref()) {
            Some(n) => {
                g.infer(
                    "header.name".into(),
                    &text::INFER_NAME_FROM_TITLE.to_string(),
                );
                n
            }
            None => {
                g.diags.push(
                    Diagnostic::error("jixiao::import::no_name", text::import_missing("项目名称"))
                        .help(text::IMPORT_FORM_HELP),
                );
                return Err(g.diags);
            }
        },
    };
    let year = match (g.year.take(), year) {
        (Some(y), _) => y,
        (None, Some(y)) => Sp::new(y, Span::new(&file, 0, 0)),
        (None, None) => {
            g.diags.push(
                Diagnostic::error("jixiao::import::no_year", text::import_missing("年度"))
                    .at(&name.span, text::IMPORT_PROJECT_HERE)
                    .help(text::IMPORT_YEAR_FLAG_HELP),
            );
            return Err(g.diags);
        }
    };
    let warnings = g.diags.warnings_or_errors()?;
    let scorecard =
        (g.total.is_some() || g.grade.is_some() || !g.items.is_empty()).then(|| Scorecard {
            total: g.total,
            grade: g.grade,
            sections: Vec::new(),
            items: g.items,
        });
    let source: Arc<SourceFile> = Arc::clone(&name.span.file);
    let project = Project {
        source,
        header: Header {
            name,
            department: g.department,
            department_code: g.department_code,
            implementer: g.implementer,
            kind: g.kind,
            period: g.period,
            year,
            region: g.region,
            extra: g.extra,
        },
        funds: g.funds,
        indicators: g.indicators,
        scorecard,
        judgements: Vec::new(),
        narratives: g.narratives,
        people: g.people,
        goals: g.goals,
        group_weights: g.group_weights,
        warnings,
        cut: g.cut.map(crate::project::Cut::at),
    };
    Ok(Imported {
        project,
        inferences: g.inferences,
        layout: String::new(),
    })
}
