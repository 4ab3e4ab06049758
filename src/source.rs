//! Source files and spans: every value and rule line the engine reports points into one of these.

use std::path::Path;
use std::sync::Arc;

/// One loaded text file (project, policy.yaml or a .rhai script) with its display name.
#[derive(Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<usize>,
    /// For a worksheet rendered as TSV (one line per row, cells separated by tabs):
    /// the sheet's name; locations are then cell addresses such as `form.xlsx!评分表!E31`.
    sheet: Option<String>,
}

impl SourceFile {
    /// Wraps `text` under the display `name` (usually the path as the user wrote it).
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        Self::build(name.into(), text.into(), None)
    }

    fn build(name: String, text: String, sheet: Option<String>) -> Arc<Self> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i.saturating_add(1)))
            .collect();
        Arc::new(SourceFile {
            name,
            text,
            line_starts,
            sheet,
        })
    }

    /// A worksheet of workbook `name`, rendered as TSV: line n is row n, the k-th tab-separated
    /// field is column k (A = first). Spans into it are located by cell (`name!sheet!E31`).
    pub fn sheet(
        name: impl Into<String>,
        sheet: impl Into<String>,
        tsv: impl Into<String>,
    ) -> Arc<Self> {
        Self::build(name.into(), tsv.into(), Some(sheet.into()))
    }

    /// The worksheet name, for a file made by [`SourceFile::sheet`].
    pub fn sheet_name(&self) -> Option<&str> {
        self.sheet.as_deref()
    }

    /// `sheet!E31` for an offset in a worksheet file; `None` for plain files.
    pub fn cell_at(&self, offset: usize) -> Option<String> {
        let sheet = self.sheet.as_ref()?;
        let offset = offset.min(self.text.len());
        let (line, start) = self.line_start(offset);
        let column = self
            .text
            .get(start..offset)
            .unwrap_or("")
            .matches('\t')
            .count();
        Some(format!(
            "{sheet}!{}{}",
            column_letters(column),
            line.saturating_add(1)
        ))
    }

    /// Reads a regular UTF-8 file from disk (at most [`crate::fsx::INPUT_FILE_CAP`] bytes);
    /// the display name is the path as given.
    pub fn read(path: &Path) -> std::io::Result<Arc<Self>> {
        crate::fsx::read_text(
            path,
            &path.display().to_string(),
            crate::fsx::INPUT_FILE_CAP,
        )
    }

    /// Display name (path) of the file.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Full text of the file.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let (line, start) = self.line_start(offset);
        let col = self.text.get(start..offset).unwrap_or("").chars().count();
        (line.saturating_add(1), col.saturating_add(1))
    }

    /// 0-based line holding a byte offset (clamped), and that line's first byte.
    fn line_start(&self, offset: usize) -> (usize, usize) {
        let line = self
            .line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        (line, self.line_starts.get(line).copied().unwrap_or(0))
    }

    /// Byte offset of a 1-based line and 1-based character column (clamped to the file).
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        rest[..line_end]
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(start.saturating_add(line_end), |(i, _)| {
                start.saturating_add(i)
            })
    }

    /// Text of the 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let rest = &self.text[start..];
        rest.split('\n').next().unwrap_or("").trim_end_matches('\r')
    }
}

/// A byte range inside one source file.
#[derive(Debug, Clone)]
pub struct Span {
    /// The file the range lies in.
    pub file: Arc<SourceFile>,
    /// Start, in bytes.
    pub offset: usize,
    /// Length, in bytes.
    pub len: usize,
}

impl Span {
    /// A span of `len` bytes at `offset` in `file`, clamped to the file's text.
    pub fn new(file: &Arc<SourceFile>, offset: usize, len: usize) -> Self {
        let offset = offset.min(file.text.len());
        let len = len.min(file.text.len().saturating_sub(offset));
        Span {
            file: Arc::clone(file),
            offset,
            len,
        }
    }

    /// The span of the word or token starting at a 1-based line and column.
    pub fn at_line_col(file: &Arc<SourceFile>, line: usize, col: usize) -> Self {
        let offset = file.offset_of(line, col);
        let len = file.text[offset..]
            .find(|c: char| c.is_whitespace() || "(),;".contains(c))
            .unwrap_or(0)
            .max(file.text[offset..].chars().next().map_or(0, char::len_utf8));
        Span::new(file, offset, len)
    }

    /// 1-based line of the span's start.
    pub fn line(&self) -> usize {
        self.file.line_col(self.offset).0
    }

    /// 1-based character column of the span's start.
    pub fn column(&self) -> usize {
        self.file.line_col(self.offset).1
    }

    /// The spanned text.
    pub fn text(&self) -> &str {
        self.file
            .text
            .get(self.offset..self.offset.saturating_add(self.len))
            .unwrap_or("")
    }

    /// `file:line:col`, as compilers print it; `book.xlsx!sheet!E31` in a worksheet.
    pub fn location(&self) -> String {
        if let Some(cell) = self.cell() {
            return format!("{}!{cell}", self.file.name);
        }
        let (line, col) = self.file.line_col(self.offset);
        format!("{}:{}:{}", self.file.name, line, col)
    }

    /// `sheet!E31` when the span lies in a worksheet, `None` otherwise.
    pub fn cell(&self) -> Option<String> {
        self.file.cell_at(self.offset)
    }
}

/// Where a value or a rule line is, for machines: the one location type of the JSON output.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Location {
    /// The file, as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    /// `sheet!E31` when the place is a worksheet cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

impl From<&Span> for Location {
    fn from(span: &Span) -> Self {
        let (line, column) = span.file.line_col(span.offset);
        Location {
            file: span.file.name.clone(),
            line,
            column,
            cell: span.cell(),
        }
    }
}

/// A span serialises as its [`Location`].
impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Location::from(self).serialize(s)
    }
}

impl schemars::JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Location::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Location::json_schema(generator)
    }
}

/// Spreadsheet column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        let (high, low) = (index.checked_div(26), index.checked_rem(26));
        out.push(b'A'.saturating_add(u8::try_from(low.unwrap_or(0)).unwrap_or(0)));
        match high {
            Some(h) if h > 0 => index = h.saturating_sub(1),
            _ => break,
        }
    }
    out.iter().rev().map(|&b| b as char).collect()
}

/// A value together with where it was written.
#[derive(Debug, Clone)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Sp<T> {
    /// Pairs a value with its span.
    pub fn new(value: T, span: Span) -> Self {
        Sp { value, span }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let f = SourceFile::new("a.yaml", "名称: 中文\nb: 2536.08\n");
        let off = f.text().find("2536").unwrap();
        assert_eq!(f.line_col(off), (2, 4));
        assert_eq!(f.offset_of(2, 4), off);
        let zh = f.text().find("中文").unwrap();
        assert_eq!(f.line_col(zh), (1, 5));
        assert_eq!(Span::at_line_col(&f, 2, 4).text(), "2536.08");
        assert_eq!(f.line_text(2), "b: 2536.08");
        assert_eq!(f.cell_at(off), None);
        assert_eq!(Span::new(&f, off, 7).location(), "a.yaml:2:4");
    }

    #[test]
    fn sheet_spans_are_located_by_cell() {
        let f = SourceFile::sheet(
            "form.xlsx",
            "评分表",
            "\n项目名称\t\t城乡\n\t\t\t\t3\t2.80\n",
        );
        assert_eq!(f.name(), "form.xlsx");
        assert_eq!(f.sheet_name(), Some("评分表"));
        let at = f.text().find("2.80").unwrap();
        let span = Span::new(&f, at, 4);
        assert_eq!(span.cell().as_deref(), Some("评分表!F3"));
        assert_eq!(span.location(), "form.xlsx!评分表!F3");
        assert_eq!(span.line(), 3);
        let name = f.text().find("城乡").unwrap();
        assert_eq!(f.cell_at(name).as_deref(), Some("评分表!C2"));
        assert_eq!(f.cell_at(0).as_deref(), Some("评分表!A1"));
    }

    #[test]
    fn column_letters_roll_over() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(4), "E");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
