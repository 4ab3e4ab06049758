//! `.xlsx` workbooks: each worksheet is rendered as TSV text (one line per row, one field per
//! column, both from A1) and becomes a [`SourceFile`] whose spans are located by cell, so the
//! same reader as for text exports sees the same layout and diagnostics say `评分表!E31`.

use crate::diag::{Diagnostic, Diags, Result};
use crate::num::parse_decimal;
use crate::source::SourceFile;
use crate::text;
use calamine::{Data, Range, Reader, StyleRange, Xlsx};
use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt::Write;
use std::io::Cursor;
use std::sync::Arc;

/// Largest uncompressed part of a workbook, and of all parts together (zip bombs).
pub const MAX_PART_BYTES: u64 = 64 << 20;
/// Largest uncompressed workbook.
pub const MAX_TOTAL_BYTES: u64 = 256 << 20;
/// Most rows, columns and non-empty cells a worksheet may span (a form has a few hundred).
pub const MAX_ROWS: u32 = 100_000;
/// Most columns.
pub const MAX_COLS: u32 = 256;
/// Most non-empty cells.
pub const MAX_CELLS: u64 = 1_000_000;
/// Most cells of the rectangle from A1 to the last cell (what calamine allocates).
pub const MAX_AREA: u64 = 4_000_000;

fn too_big(what: &str, found: u64, limit: u64) -> Diags {
    Diagnostic::error(
        "jixiao::import::xlsx_limit",
        text::xlsx_too_big(what, found, limit),
    )
    .into()
}

fn too_big_at(at: &str, what: &str, found: u64, limit: u64) -> Diags {
    Diagnostic::error(
        "jixiao::import::xlsx_limit",
        text::xlsx_too_big_at(at, what, found, limit),
    )
    .into()
}

/// `book.xlsx!评分表!XFD1048576`: where a limit was found (0-based row and column).
fn cell_name(name: &str, sheet: &str, row: u32, col: u32) -> String {
    let col = crate::source::column_letters(usize::try_from(col).unwrap_or(usize::MAX));
    format!("{name}!{sheet}!{col}{}", u64::from(row).saturating_add(1))
}

/// Refuses a workbook whose parts unpack beyond the limits, before anything is unpacked
/// (.xls files are not zip archives and are left to calamine).
fn check_sizes(name: &str, bytes: &[u8]) -> Result<()> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total = 0u64;
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index_raw(i) else {
            continue;
        };
        let size = entry.size();
        if size > MAX_PART_BYTES {
            let part = entry.name().map(|n| n.to_string()).unwrap_or_default();
            return Err(too_big(&format!("{name}!{part}"), size, MAX_PART_BYTES));
        }
        total = total.saturating_add(size);
    }
    if total > MAX_TOTAL_BYTES {
        return Err(too_big(
            &format!("{name} 解压后总大小"),
            total,
            MAX_TOTAL_BYTES,
        ));
    }
    super::xlsx_refs::check(name, &mut zip)
}

/// Refuses a worksheet whose cells span more rows, columns or cells than the limits, by
/// streaming its cells before any range is allocated.
fn check_extent<R: std::io::Read + std::io::Seek>(
    book: &mut Xlsx<R>,
    name: &str,
    sheet: &str,
) -> Result<()> {
    let Ok(mut cells) = book.worksheet_cells_reader(sheet) else {
        return Ok(());
    };
    let (mut count, mut max_row, mut max_col) = (0u64, 0u32, 0u32);
    while let Ok(Some(c)) = cells.next_cell() {
        let (r, k) = c.get_position();
        count = count.saturating_add(1);
        max_row = max_row.max(r);
        max_col = max_col.max(k);
        let at = || cell_name(name, sheet, r, k);
        if max_row >= MAX_ROWS {
            let found = u64::from(max_row).saturating_add(1);
            let what = format!("{sheet} 的行数");
            return Err(too_big_at(&at(), &what, found, u64::from(MAX_ROWS)));
        }
        if max_col >= MAX_COLS {
            let found = u64::from(max_col).saturating_add(1);
            let what = format!("{sheet} 的列数");
            return Err(too_big_at(&at(), &what, found, u64::from(MAX_COLS)));
        }
        if count > MAX_CELLS {
            let what = format!("{sheet} 的单元格数");
            return Err(too_big_at(&at(), &what, count, MAX_CELLS));
        }
    }
    let area = u64::from(max_row)
        .saturating_add(1)
        .saturating_mul(u64::from(max_col).saturating_add(1));
    if count > 0 && area > MAX_AREA {
        let at = cell_name(name, sheet, max_row, max_col);
        let what = format!("{sheet} 的范围（行×列）");
        return Err(too_big_at(&at, &what, area, MAX_AREA));
    }
    Ok(())
}

/// Every worksheet of the workbook (its bytes, read by the caller through
/// `fsx::read_regular`), rendered as it is displayed.
pub(super) fn sheets(name: &str, bytes: Vec<u8>) -> Result<Vec<Arc<SourceFile>>> {
    let fail = |e: &dyn std::fmt::Display| {
        // helper P: calamine's words as a 原文 detail line.
        Diags::from(
            Diagnostic::error(
                "jixiao::import::xlsx",
                text::cannot_read(name, &text::XLSX_UNREADABLE.to_string()),
            )
            .help(text::original_text(&e.to_string())),
        )
    };
    check_sizes(name, &bytes)?;
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".xls") {
        return xls_sheets(bytes, name);
    }
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| fail(&e))?;
    let mut out = Vec::new();
    for sheet in book.sheet_names() {
        check_extent(&mut book, name, &sheet)?;
        let range = book.worksheet_range(&sheet).map_err(|e| fail(&e))?;
        let styles = book.worksheet_style(&sheet).unwrap_or_default();
        out.push(SourceFile::sheet(name, &sheet, tsv(&range, &styles)));
    }
    Ok(out)
}

/// An old `.xls` workbook: values as calamine reads them (no number formats).
fn xls_sheets(bytes: Vec<u8>, name: &str) -> Result<Vec<Arc<SourceFile>>> {
    let fail = |e: &dyn std::fmt::Display| {
        // helper P: calamine's words as a 原文 detail line.
        Diags::from(
            Diagnostic::error(
                "jixiao::import::xlsx",
                text::cannot_read(name, &text::XLSX_UNREADABLE.to_string()),
            )
            .help(text::original_text(&e.to_string())),
        )
    };
    let mut book = calamine::Xls::new(Cursor::new(bytes)).map_err(|e| fail(&e))?;
    let mut out = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).map_err(|e| fail(&e))?;
        let (h, w) = range.get_size();
        if h as u64 > u64::from(MAX_ROWS) || w as u64 > u64::from(MAX_COLS) {
            return Err(too_big(
                &sheet,
                (h as u64).saturating_mul(w as u64),
                u64::from(MAX_ROWS).saturating_mul(u64::from(MAX_COLS)),
            ));
        }
        out.push(SourceFile::sheet(
            name,
            &sheet,
            tsv(&range, &StyleRange::default()),
        ));
    }
    Ok(out)
}

/// The sheet as TSV from A1: tabs and newlines inside a cell become spaces.
fn tsv(range: &Range<Data>, styles: &StyleRange) -> String {
    let mut out = String::new();
    let Some((r0, c0)) = range.start() else {
        return out;
    };
    out.push_str(&"\n".repeat(r0 as usize));
    for (ri, row) in range.rows().enumerate() {
        let mut line = "\t".repeat(c0 as usize);
        for (ci, cell) in row.iter().enumerate() {
            if ci > 0 {
                line.push('\t');
            }
            let pos = (
                r0.saturating_add(u32::try_from(ri).unwrap_or(u32::MAX)),
                c0.saturating_add(u32::try_from(ci).unwrap_or(u32::MAX)),
            );
            let format = styles
                .get(pos)
                .and_then(|s| s.number_format.as_ref())
                .map(|f| f.format_code.as_str());
            let shown = display(cell, format);
            line.extend(shown.chars().map(|c| if c.is_control() { ' ' } else { c }));
        }
        out.push_str(line.trim_end_matches('\t'));
        out.push('\n');
    }
    out
}

/// The text a cell shows.
fn display(cell: &Data, format: Option<&str>) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => number(*i as f64, format),
        Data::Float(f) => number(*f, format),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::Error(e) => e.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            let mut t = format!("{y:04}-{m:02}-{day:02}");
            if d.as_f64().fract() != 0.0 {
                let _ = write!(t, " {h:02}:{min:02}:{s:02}");
            }
            t
        }
    }
}

fn number(f: f64, format: Option<&str>) -> String {
    let (places, percent) = format.and_then(number_format_places).unzip();
    let percent = percent.unwrap_or(false);
    let value = if percent { f * 100.0 } else { f };
    match decimal_from_excel(value, places) {
        Some(d) if percent => format!("{d}%"),
        Some(d) => d.to_string(),
        None => value.to_string(),
    }
}

/// Decimal places a number format shows, and whether it is a percentage:
/// `0.00` → (2, false), `#,##0.0` → (1, false), `0.00%` → (2, true), `0` → (0, false);
/// `None` for `General`, text, scientific and date formats (the value then shows as it is).
pub fn number_format_places(code: &str) -> Option<(u32, bool)> {
    let section = code.split(';').next().unwrap_or("");
    let mut plain = String::new();
    let mut chars = section.chars();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' => {
                chars.next();
            }
            '[' if !quoted => {
                for c2 in chars.by_ref() {
                    if c2 == ']' {
                        break;
                    }
                }
            }
            _ if !quoted => plain.push(c),
            _ => {}
        }
    }
    let lower = plain.to_ascii_lowercase();
    if !lower.contains(['0', '#', '?']) || lower.contains(['e', 'y', 'd', 'h', 's']) {
        return None;
    }
    let places = match lower.split_once('.') {
        Some((_, frac)) => frac
            .chars()
            .take_while(|c| matches!(c, '0' | '#' | '?'))
            .count() as u32,
        None => 0,
    };
    Some((places, lower.contains('%')))
}

/// An Excel number as the exact decimal it shows. Excel stores an IEEE double and shows at most
/// 15 significant digits; a cell formatted with fixed places (`0.00`) shows that many.
/// We therefore take the double's exact binary value (`Decimal::from_f64_retain`) and round it,
/// half away from zero, to the places the format shows — or, for `General`, to 15 significant
/// digits with trailing zeros dropped. This recovers what the user typed and sees
/// (`2536.08`, not `2536.079999999999927…`; `0.1 + 0.2` → `0.3`), never going through f64 text.
pub fn decimal_from_excel(f: f64, places: Option<u32>) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    let exact = Decimal::from_f64_retain(f).or_else(|| parse_decimal(&format!("{f:e}")))?;
    let mode = RoundingStrategy::MidpointAwayFromZero;
    if let Some(p) = places {
        let mut d = exact.round_dp_with_strategy(p.min(20), mode);
        d.rescale(p.min(20));
        return Some(d);
    }
    let magnitude = if exact.is_zero() {
        1
    } else {
        exact
            .abs()
            .trunc()
            .to_string()
            .trim_start_matches('0')
            .len() as i64
    };
    let digits_after = if magnitude == 0 {
        // |x| < 1: count leading zeros after the point.
        let frac = exact.abs().fract().to_string();
        let zeros = frac
            .trim_start_matches("0.")
            .chars()
            .take_while(|c| *c == '0')
            .count() as i64;
        zeros.saturating_add(15)
    } else {
        15i64.saturating_sub(magnitude)
    };
    let dp = digits_after.clamp(0, 27) as u32;
    Some(exact.round_dp_with_strategy(dp, mode).normalize())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn d(f: f64, places: Option<u32>) -> String {
        decimal_from_excel(f, places).unwrap().to_string()
    }

    #[test]
    fn doubles_come_back_as_the_decimals_shown() {
        assert_eq!(d(2536.08, None), "2536.08");
        assert_eq!(d(2364.01, None), "2364.01");
        assert_eq!(d(0.1 + 0.2, None), "0.3");
        assert_eq!(d(2536.08, Some(2)), "2536.08");
        assert_eq!(d(19.8, Some(2)), "19.80");
        assert_eq!(d(3.0, Some(2)), "3.00");
        assert_eq!(d(100.0, None), "100");
        assert_eq!(d(0.0, None), "0");
        assert_eq!(d(0.000123, None), "0.000123");
        assert_eq!(d(1234567890.12345, None), "1234567890.12345");
        assert_eq!(d(2.785, Some(2)), "2.79");
        assert_eq!(d(-2.5, Some(0)), "-3");
        assert!(decimal_from_excel(f64::NAN, None).is_none());
    }

    #[test]
    fn number_formats() {
        assert_eq!(number_format_places("0.00"), Some((2, false)));
        assert_eq!(number_format_places("#,##0.0"), Some((1, false)));
        assert_eq!(number_format_places("0.00%"), Some((2, true)));
        assert_eq!(number_format_places("0"), Some((0, false)));
        assert_eq!(number_format_places("[Red]0.00;-0.00"), Some((2, false)));
        assert_eq!(number_format_places("General"), None);
        assert_eq!(number_format_places("yyyy-mm-dd"), None);
        assert_eq!(number_format_places("0.00E+00"), None);
        assert_eq!(number_format_places("0.00\"万元\""), Some((2, false)));
    }

    #[test]
    fn cells_display_as_formatted() {
        assert_eq!(display(&Data::Float(0.9313), Some("0.00%")), "93.13%");
        assert_eq!(display(&Data::Float(1.0), Some("0%")), "100%");
        assert_eq!(display(&Data::Float(99.8), Some("0.00")), "99.80");
        assert_eq!(display(&Data::Float(2536.08), None), "2536.08");
        assert_eq!(display(&Data::Int(3), Some("0.00")), "3.00");
        assert_eq!(display(&Data::String("优".into()), None), "优");
    }
}
