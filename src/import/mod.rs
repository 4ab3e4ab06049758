//! Reading the form as published: the tab-separated text export (`.txt`) and `.xlsx` workbooks
//! in the same layout. Blocks are recognised by their labels, never by fixed positions; every
//! value keeps its span into the original form (text line and column, or sheet and cell);
//! whatever cannot be mapped is reported as a located warning.

mod blocks;
mod form;
mod grid;
mod header;
mod indicators;
mod labels;
mod scorecard;
mod xlsx;

pub use xlsx::{decimal_from_excel, number_format_places};

use crate::diag::{Diagnostic, Diags, Result};
use crate::project::Project;
use crate::source::SourceFile;
use crate::text;
use std::path::Path;
use std::sync::Arc;

/// An imported form: the project, and what the importer inferred rather than read.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The project; its `warnings` hold everything the importer could not map.
    pub project: Project,
    /// Values inferred rather than read (directions, 一级 of an indicator, 二级 of a merged cell).
    pub inferences: Vec<Inference>,
}

/// One inferred value: which field (e.g. `indicators[4].direction`) and why, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inference {
    /// Field key: `header.year`, `indicators[N].direction`, `indicators[N].level1`,
    /// `scorecard.items[N].path`.
    pub field: String,
    /// Why the value was inferred (shown as a YAML comment).
    pub note: String,
}

/// What kind of form a path names, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Tab-separated text export.
    Text,
    /// Excel workbook.
    Xlsx,
}

/// The form kind of a path: `.txt`/`.tsv` → text export, `.xlsx`/`.xlsm` → workbook.
pub fn form_kind(path: &Path) -> Option<FormKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "tsv" => Some(FormKind::Text),
        "xlsx" | "xlsm" => Some(FormKind::Xlsx),
        _ => None,
    }
}

/// True when `path` is a form to import rather than a YAML project file.
pub fn is_form(path: &Path) -> bool {
    form_kind(path).is_some()
}

/// Imports a form (text export or workbook).
pub fn import(path: &Path) -> Result<Imported> {
    let name = path.display().to_string();
    match form_kind(path) {
        Some(FormKind::Xlsx) => form::read(xlsx::sheets(path)?, false),
        _ => {
            let bytes = std::fs::read(path).map_err(|e| {
                Diags::from(Diagnostic::error(
                    "jixiao::io",
                    text::cannot_read(&name, &text::io_error(&e)),
                ))
            })?;
            let file = SourceFile::new(name, decode(&bytes));
            form::read(vec![file], true)
        }
    }
}

/// Imports a text export already in memory (tests, stdin).
pub fn import_text(name: &str, text: &str) -> Result<Imported> {
    form::read(vec![SourceFile::new(name, text)], true)
}

/// Decodes a text export: UTF-8 (BOM optional), UTF-16 with BOM (Excel's 「Unicode 文本」),
/// otherwise GB18030 (Excel's 「文本文件（制表符分隔）」 on Chinese Windows).
fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        // Cut off in the middle of a character, or a stray bad byte in UTF-8 text: keep UTF-8.
        Err(e) if e.error_len().is_none() || mostly_utf8(bytes) => {
            String::from_utf8_lossy(bytes).into_owned()
        }
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

/// True when at most one byte in a thousand is not valid UTF-8 (GB18030 text fails at once).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let bad = String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| *c == char::REPLACEMENT_CHARACTER)
        .count();
    bad * 1000 <= bytes.len()
}

/// Shared by the block readers: the form's files as rows.
pub(crate) fn all_rows(files: &[Arc<SourceFile>], quoted: bool) -> Vec<grid::Row> {
    files.iter().flat_map(|f| grid::rows(f, quoted)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_exports() {
        assert_eq!(decode("项目名称".as_bytes()), "项目名称");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("项目".as_bytes());
        assert_eq!(decode(&bom), "项目");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "评分表\t3".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16), "评分表\t3");
        let (gbk, _, _) = encoding_rs::GB18030.encode("评价结果等次");
        assert_eq!(decode(&gbk), "评价结果等次");
        let cut = &"项目名称".as_bytes()[..10];
        assert_eq!(decode(cut), "项目名\u{FFFD}");
    }

    #[test]
    fn kinds_by_extension() {
        assert_eq!(form_kind(Path::new("a.TXT")), Some(FormKind::Text));
        assert_eq!(form_kind(Path::new("a.xlsx")), Some(FormKind::Xlsx));
        assert_eq!(form_kind(Path::new("a.yaml")), None);
    }
}
