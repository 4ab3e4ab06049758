//! Reading the form as published: the tab-separated text export (`.txt`) and `.xlsx` workbooks
//! in the same layout. Blocks are recognised by their labels, never by fixed positions; every
//! value keeps its span into the original form (text line and column, or sheet and cell);
//! whatever cannot be mapped is reported as a located warning.

mod blocks;
mod builder;
mod form;
mod generic;
mod grid;
mod header;
mod html;
mod indicators;
mod labels;
pub mod layout;
mod scorecard;
mod xlsx;
mod xlsx_refs;

pub use xlsx::{decimal_from_excel, number_format_places};

pub use grid::{MAX_CELLS, MAX_ROWS};

use crate::diag::{Diagnostic, Diags, Result};
use crate::fsx;
use crate::project::Project;
use crate::source::SourceFile;
use crate::text;
use std::path::Path;
use std::sync::Arc;

/// Largest text form (.txt/.tsv/.csv/.html) read, in bytes: 16 MiB (a form is a few KB).
pub const MAX_TEXT_BYTES: u64 = 16 << 20;

/// An imported form: the project, and what the importer inferred rather than read.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The project; its `warnings` hold everything the importer could not map.
    pub project: Project,
    /// Values inferred rather than read (directions, 一级 of an indicator, 二级 of a merged cell).
    pub inferences: Vec<Inference>,
    /// Which layout read the form, and how much of it: `mof-10（…）：40/42 个非空单元格`.
    pub layout: String,
}

/// How to import: a forced layout, the user's layout directory, a year the form does not show.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--layout ID`.
    pub layout: Option<String>,
    /// `--layouts DIR` (else `$JIXIAO_LAYOUTS`, then `./layouts`).
    pub layouts_dir: Option<std::path::PathBuf>,
    /// `--year N` for a form that shows no year.
    pub year: Option<i64>,
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
    /// Comma-separated export.
    Csv,
    /// Excel workbook (.xlsx, .xlsm, .xls).
    Xlsx,
    /// A saved web page holding the form's `<table>`.
    Html,
}

/// The form kind of a path: `.txt`/`.tsv` → text export, `.csv`, `.xlsx`/`.xlsm`/`.xls` →
/// workbook, `.html`/`.htm` → saved web page.
pub fn form_kind(path: &Path) -> Option<FormKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "tsv" => Some(FormKind::Text),
        "csv" => Some(FormKind::Csv),
        "xlsx" | "xlsm" | "xls" => Some(FormKind::Xlsx),
        "html" | "htm" => Some(FormKind::Html),
        _ => None,
    }
}

/// True when `path` is a form to import rather than a YAML project file.
pub fn is_form(path: &Path) -> bool {
    form_kind(path).is_some()
}

/// Imports a form (text export, workbook, web page) with the layout that explains most of it.
pub fn import(path: &Path) -> Result<Imported> {
    import_with(path, &Options::default())
}

/// Imports a form with the given options.
pub fn import_with(path: &Path, opts: &Options) -> Result<Imported> {
    let name = path.display().to_string();
    let kind = form_kind(path);
    let cap = if kind == Some(FormKind::Xlsx) {
        fsx::INPUT_FILE_CAP
    } else {
        MAX_TEXT_BYTES
    };
    let bytes = fsx::read_regular(path, cap)
        .map_err(|e| Diags::from(fsx::read_diagnostic("jixiao::io", &name, &e)))?;
    if kind == Some(FormKind::Xlsx) {
        return read_files(&xlsx::sheets(&name, bytes)?, false, opts);
    }
    let text = decode(&bytes);
    match kind {
        Some(FormKind::Html) => read_files(&[html::tsv(&name, &text)?], false, opts),
        Some(FormKind::Csv) => read_files(&[SourceFile::new(name, csv_to_tsv(&text))], true, opts),
        _ => read_files(&[SourceFile::new(name, text)], true, opts),
    }
}

/// Imports a text export already in memory (tests, stdin).
pub fn import_text(name: &str, text: &str) -> Result<Imported> {
    read_files(&[SourceFile::new(name, text)], true, &Options::default())
}

/// A CSV export as the TSV the reader reads: fields keep their columns; quoted fields lose
/// their quotes (spans then point into the converted text, shown by line and field).
fn csv_to_tsv(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for rec in reader.records().flatten() {
        let fields: Vec<String> = rec
            .iter()
            .map(|f| f.replace(['\t', '\n', '\r'], " "))
            .collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// Reads the form's files with every layout (or the forced one) and keeps the reading that
/// explains the most cells; ties go to the smaller layout.
fn read_files(files: &[Arc<SourceFile>], quoted: bool, opts: &Options) -> Result<Imported> {
    let all = layout::all(opts.layouts_dir.as_deref())?;
    let chosen: Vec<&layout::Layout> = match &opts.layout {
        Some(id) => match all.iter().find(|l| &l.id == id) {
            Some(l) => vec![l],
            None => {
                let known: Vec<&str> = all.iter().map(|l| l.id.as_str()).collect();
                return Err(Diagnostic::error(
                    "jixiao::layout::unknown",
                    text::layout_not_found(id, &known.join("、")),
                )
                .into());
            }
        },
        None => all.iter().collect(),
    };
    let rows = all_rows(files, quoted)?;
    let mut best: Option<(usize, usize, Result<Imported>, &layout::Layout)> = None;
    for l in chosen {
        grid::reset(&rows);
        let result = if l.is_53() {
            form::read(l, files, &rows)
        } else {
            generic::read(l, &rows, opts.year)
        };
        let (read, _) = grid::coverage(&rows);
        let size = serde_json_size(l);
        let better = match &best {
            None => true,
            Some((r, s, prev, _)) => {
                read > *r
                    || (read == *r && result.is_ok() && prev.is_err())
                    || (read == *r && result.is_ok() == prev.is_ok() && size < *s)
            }
        };
        if better {
            best = Some((read, size, result, l));
        }
    }
    let Some((read, _, result, l)) = best else {
        return Err(Diagnostic::error("jixiao::import::empty", text::IMPORT_EMPTY).into());
    };
    grid::reset(&rows);
    let (_, cells) = grid::coverage(&rows);
    let mut imported = result?;
    imported.layout = text::layout_used(&l.id, &l.name, read, cells);
    Ok(imported)
}

/// How many words a layout holds (a tie goes to the smaller one).
fn serde_json_size(l: &layout::Layout) -> usize {
    let n = |m: &indexmap::IndexMap<String, Vec<String>>| {
        m.values().map(Vec::len).fold(0usize, usize::saturating_add)
    };
    let cols = l
        .columns
        .values()
        .map(n)
        .fold(0usize, usize::saturating_add);
    n(&l.header)
        .saturating_add(n(&l.blocks))
        .saturating_add(cols)
        .saturating_mul(2)
        .saturating_add(usize::from(l.extends.is_some()))
}

/// Decodes a text export: UTF-8 (BOM optional), UTF-16 with BOM (Excel's 「Unicode 文本」),
/// otherwise GB18030 (Excel's 「文本文件（制表符分隔）」 on Chinese Windows).
fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default());
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
    bad.saturating_mul(1000) <= bytes.len()
}

/// The form's files as rows, refused (at the first cell beyond) when they hold more rows or
/// cells than [`MAX_ROWS`] and [`MAX_CELLS`], before any layout reads them.
pub(crate) fn all_rows(files: &[Arc<SourceFile>], quoted: bool) -> Result<Vec<grid::Row>> {
    let mut budget = grid::Budget::default();
    let mut out = Vec::new();
    for f in files {
        let rows = grid::rows(f, quoted, &mut budget).map_err(|over| {
            let limit = if over.rows { MAX_ROWS } else { MAX_CELLS };
            Diagnostic::error(
                "jixiao::import::limit",
                text::form_too_big(over.rows, limit),
            )
            .at_opt(over.at.as_ref(), text::FORM_LIMIT_HERE)
        })?;
        out.extend(rows);
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
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
