//! `.xlsx` workbooks: each worksheet is rendered as TSV text (one line per row, one field per
//! column, both from A1) and becomes a [`SourceFile`] whose spans are located by cell, so the
//! same reader as for text exports sees the same layout and diagnostics say `评分表!E31`.

use crate::diag::{Diagnostic, Diags, Result};
use crate::num::parse_decimal;
use crate::source::SourceFile;
use crate::text;
use calamine::{open_workbook, Data, Range, Reader, StyleRange, Xlsx};
use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;

/// Every worksheet of the workbook, rendered as it is displayed.
pub(super) fn sheets(path: &Path) -> Result<Vec<Arc<SourceFile>>> {
    let name = path.display().to_string();
    let fail = |e: &dyn std::fmt::Display| {
        Diags::from(Diagnostic::error(
            "jixiao::import::xlsx",
            text::cannot_read(&name, &e.to_string()),
        ))
    };
    let mut book: Xlsx<_> = open_workbook(path).map_err(|e| fail(&e))?;
    let mut out = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).map_err(|e| fail(&e))?;
        let styles = book.worksheet_style(&sheet).unwrap_or_default();
        out.push(SourceFile::sheet(&name, &sheet, tsv(&range, &styles)));
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
            let pos = (r0 + ri as u32, c0 + ci as u32);
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
        15 + zeros
    } else {
        15 - magnitude
    };
    let dp = digits_after.clamp(0, 27) as u32;
    Some(exact.round_dp_with_strategy(dp, mode).normalize())
}

#[cfg(test)]
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
