//! Source files and spans: every value and rule line the engine reports points into one of these.

use std::path::Path;
use std::sync::Arc;

/// One loaded text file (project, policy.yaml or a .rhai script) with its display name.
#[derive(Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wraps `text` under the display `name` (usually the path as the user wrote it).
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Arc::new(SourceFile {
            name: name.into(),
            text,
            line_starts,
        })
    }

    /// Reads a file from disk; the display name is the path as given.
    pub fn read(path: &Path) -> std::io::Result<Arc<Self>> {
        let text = std::fs::read_to_string(path)?;
        Ok(Self::new(path.display().to_string(), text))
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
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..offset].chars().count() + 1;
        (line + 1, col)
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
            .map_or(start + line_end, |(i, _)| start + i)
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
        let len = len.min(file.text.len() - offset);
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
        &self.file.text[self.offset..self.offset + self.len]
    }

    /// `file:line:col`, as compilers print it.
    pub fn location(&self) -> String {
        let (line, col) = self.file.line_col(self.offset);
        format!("{}:{}:{}", self.file.name, line, col)
    }
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
    }
}
