//! A form as rows of non-empty cells, each with its span in the original file and a flag
//! saying whether the importer used it; unused cells are reported, never dropped silently.

use super::labels::norm;
use crate::diag::Diagnostic;
use crate::source::{SourceFile, Sp, Span};
use crate::text;
use std::cell::Cell as Flag;
use std::sync::Arc;

/// One non-empty cell.
#[derive(Debug)]
pub struct Cell {
    /// 0-based column (tab-separated field index).
    pub col: usize,
    /// The text, trimmed.
    pub text: String,
    /// Where the trimmed text is.
    pub span: Span,
    used: Flag<bool>,
}

impl Cell {
    /// The text, normalised (see [`norm`]).
    pub fn norm(&self) -> String {
        norm(&self.text)
    }

    /// Marks the cell as read.
    pub fn take(&self) {
        self.used.set(true);
    }

    /// Marks the cell as not read after all (it will be reported).
    pub fn release(&self) {
        self.used.set(false);
    }

    /// True once read.
    pub fn used(&self) -> bool {
        self.used.get()
    }

    /// The text with its span; marks the cell as read.
    pub fn sp(&self) -> Sp<String> {
        self.take();
        Sp::new(self.text.clone(), self.span.clone())
    }

    /// A part of the cell's text from byte `at` (trimmed), with its span.
    pub fn part(&self, at: usize) -> Option<Sp<String>> {
        let rest = self.text.get(at..)?;
        let lead = rest.len().saturating_sub(rest.trim_start().len());
        let t = rest.trim();
        if t.is_empty() {
            return None;
        }
        let offset = self.span.offset.saturating_add(at).saturating_add(lead);
        let span = Span::new(&self.span.file, offset, t.len());
        Some(Sp::new(t.to_string(), span))
    }
}

/// One row (record) with at least one non-empty cell.
#[derive(Debug)]
pub struct Row {
    /// The non-empty cells, left to right.
    pub cells: Vec<Cell>,
}

impl Row {
    /// The first cell, if any.
    pub fn first(&self) -> Option<&Cell> {
        self.cells.first()
    }

    /// The cell in column `col`.
    pub fn at(&self, col: usize) -> Option<&Cell> {
        self.cells.iter().find(|c| c.col == col)
    }
}

/// Most rows with a non-empty cell a form may have (all sheets together; a form has a few
/// hundred).
pub const MAX_ROWS: usize = 10_000;
/// Most non-empty cells a form may have (all sheets together).
pub const MAX_CELLS: usize = 100_000;

/// What a form holds more of than the limits allow: which limit, and the first cell beyond it.
#[derive(Debug)]
pub struct OverLimit {
    /// `true` for the row limit, `false` for the cell limit.
    pub rows: bool,
    /// The first cell beyond the limit.
    pub at: Option<Span>,
}

/// Rows and cells still allowed, shared by the files of one form.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    rows: usize,
    cells: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            rows: MAX_ROWS,
            cells: MAX_CELLS,
        }
    }
}

impl Budget {
    /// Takes one row of `cells`, or says which limit it breaks.
    fn take(&mut self, cells: &[Cell]) -> Result<(), OverLimit> {
        let over = |rows: bool, c: Option<&Cell>| OverLimit {
            rows,
            at: c.map(|c| c.span.clone()),
        };
        self.rows = self
            .rows
            .checked_sub(1)
            .ok_or_else(|| over(true, cells.first()))?;
        match self.cells.checked_sub(cells.len()) {
            Some(left) => self.cells = left,
            None => return Err(over(false, cells.get(self.cells))),
        }
        Ok(())
    }
}

/// Splits a file into rows. `quoted` honours the spreadsheet convention of a field wrapped in
/// `"…"` that may hold tabs, newlines and doubled quotes (text exports); worksheets rendered by
/// the importer itself never need it. Stops at the first row beyond the budget.
pub fn rows(
    file: &Arc<SourceFile>,
    quoted: bool,
    budget: &mut Budget,
) -> Result<Vec<Row>, OverLimit> {
    let text = file.text();
    let mut out = Vec::new();
    let mut cells = Vec::new();
    let (mut pos, mut col) = (0usize, 0usize);
    while pos <= text.len() {
        let (end, next) = field_end(text, pos, quoted);
        push_cell(file, pos, end, col, &mut cells);
        match next {
            Next::Field(p) => {
                pos = p;
                col = col.saturating_add(1);
            }
            Next::Row(p) => {
                if !cells.is_empty() {
                    budget.take(&cells)?;
                    out.push(Row {
                        cells: std::mem::take(&mut cells),
                    });
                }
                pos = p;
                col = 0;
            }
            Next::End => break,
        }
    }
    if !cells.is_empty() {
        budget.take(&cells)?;
        out.push(Row { cells });
    }
    Ok(out)
}

enum Next {
    Field(usize),
    Row(usize),
    End,
}

/// End of the field starting at `pos` and where the next one starts.
fn field_end(text: &str, pos: usize, quoted: bool) -> (usize, Next) {
    let rest = text.get(pos..).unwrap_or_default();
    if quoted && rest.starts_with('"') {
        if let Some(close) = closing_quote(rest) {
            let after = pos.saturating_add(close).saturating_add(1);
            let tail = text.get(after..).unwrap_or_default();
            if tail.is_empty() {
                return (after, Next::End);
            }
            if tail.starts_with('\t') {
                return (after, Next::Field(after.saturating_add(1)));
            }
            if tail.starts_with("\r\n") {
                return (after, Next::Row(after.saturating_add(2)));
            }
            if tail.starts_with('\n') {
                return (after, Next::Row(after.saturating_add(1)));
            }
        }
    }
    match rest.find(['\t', '\n']) {
        Some(i) => {
            let end = pos.saturating_add(i);
            let next = end.saturating_add(1);
            if rest.as_bytes().get(i) == Some(&b'\t') {
                (end, Next::Field(next))
            } else {
                (end, Next::Row(next))
            }
        }
        None => (text.len(), Next::End),
    }
}

/// Byte index of the quote closing a quoted field (`""` is an escaped quote).
fn closing_quote(field: &str) -> Option<usize> {
    let mut bytes = field.bytes().enumerate().skip(1).peekable();
    while let Some((i, b)) = bytes.next() {
        if b == b'"' {
            if bytes.next_if(|(_, n)| *n == b'"').is_some() {
                continue;
            }
            return Some(i);
        }
    }
    None
}

fn push_cell(file: &Arc<SourceFile>, start: usize, end: usize, col: usize, out: &mut Vec<Cell>) {
    let raw = file.text().get(start..end).unwrap_or_default();
    let lead = raw.len().saturating_sub(raw.trim_start().len());
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let (text, offset, len) = match trimmed.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        // A quoted field: the span covers the quotes, the text is unquoted.
        Some(inner) if raw.trim_start().starts_with('"') && !inner.is_empty() => (
            inner.replace("\"\"", "\"").trim().to_string(),
            start.saturating_add(lead),
            trimmed.len(),
        ),
        _ => (
            trimmed.to_string(),
            start.saturating_add(lead),
            trimmed.len(),
        ),
    };
    if text.is_empty() {
        return;
    }
    out.push(Cell {
        col,
        text,
        span: Span::new(file, offset, len),
        used: Flag::new(false),
    });
}

/// Marks every cell as not read, for another reading of the same rows.
pub fn reset(rows: &[Row]) {
    rows.iter().flat_map(|r| &r.cells).for_each(Cell::release);
}

/// How many cells were read, of how many.
pub fn coverage(rows: &[Row]) -> (usize, usize) {
    let all = rows.iter().flat_map(|r| &r.cells);
    let total = all.clone().count();
    (all.filter(|c| c.used()).count(), total)
}

/// One warning per row that still has unused cells, each cell labelled.
pub fn unused(rows: &[Row]) -> Vec<Diagnostic> {
    rows.iter()
        .filter_map(|r| {
            let left: Vec<&Cell> = r.cells.iter().filter(|c| !c.used()).collect();
            let first = left.first()?;
            let shown: Vec<&str> = left.iter().map(|c| c.text.as_str()).collect();
            let mut d = Diagnostic::warning(
                "jixiao::import::unmapped",
                text::import_unmapped(&first.span.location(), &shown.join(" | ")),
            )
            .help(text::IMPORT_UNMAPPED_HELP);
            for c in &left {
                d = d.at(&c.span, text::IMPORT_NOT_READ);
            }
            Some(d)
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn splits_rows_and_keeps_spans() {
        let f = SourceFile::new("f.txt", "项目名称\t\t城乡 \n\n\t\t0.00\r\n");
        let rows = rows(&f, true, &mut Budget::default()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].cells.len(), 2);
        assert_eq!(rows[0].cells[1].col, 2);
        assert_eq!(rows[0].cells[1].span.text(), "城乡");
        assert_eq!(rows[1].cells[0].text, "0.00");
        assert_eq!(rows[1].cells[0].span.line(), 3);
    }

    #[test]
    fn quoted_fields_may_hold_newlines() {
        let f = SourceFile::new("f.txt", "a\t\"第一段\n第二段，\"\"引\"\"\"\tb\nc");
        let rows = rows(&f, true, &mut Budget::default()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].cells[1].text, "第一段\n第二段，\"引\"");
        assert_eq!(rows[0].cells[2].text, "b");
        assert_eq!(rows[1].cells[0].text, "c");
    }

    #[test]
    fn an_unclosed_quote_is_text() {
        let f = SourceFile::new("f.txt", "\"abc\tdef\nx");
        let rows = rows(&f, true, &mut Budget::default()).unwrap();
        assert_eq!(rows[0].cells[0].text, "\"abc");
        assert_eq!(rows.len(), 2);
    }
}
