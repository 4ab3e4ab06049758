//! Rows of cells written as a finance system exports them: tab-separated text (UTF-8, UTF-8 with
//! BOM, or GB18030 with CRLF as Excel on Chinese Windows saves it) or an .xlsx workbook whose
//! numbers are numbers with the format that shows them as written.

use crate::sheet::{Cell, Row};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use std::path::Path;

#[derive(Clone, Copy, PartialEq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gb18030,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Gb18030 => "GB18030, CRLF",
        }
    }
}

fn text_of(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(s) | Cell::Date(s) => s.clone(),
        Cell::Num(x) => x.to_string(),
        Cell::Pct(p) => format!("{p}%"),
    }
}

/// The tab-separated text export of `rows`, in `encoding`.
pub fn tsv(rows: &[Row], encoding: Encoding) -> Vec<u8> {
    let newline = if encoding == Encoding::Gb18030 {
        "\r\n"
    } else {
        "\n"
    };
    let mut text = String::new();
    for r in rows {
        let cells: Vec<String> = r.iter().map(text_of).collect();
        text.push_str(&cells.join("\t"));
        text.push_str(newline);
    }
    match encoding {
        Encoding::Utf8 => text.into_bytes(),
        Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        Encoding::Gb18030 => encoding_rs::GB18030.encode(&text).0.into_owned(),
    }
}

/// `0`, `0.00`: the number format that shows `x` with its own decimals.
fn format_of(x: Decimal, percent: bool) -> Format {
    let places = x.scale() as usize;
    let body = if places == 0 {
        "0".to_string()
    } else {
        format!("0.{}", "0".repeat(places))
    };
    Format::new().set_num_format(if percent { format!("{body}%") } else { body })
}

/// An Excel number is an IEEE double: this is the one place a decimal becomes one, at the cell,
/// with the format that makes Excel (and jixiao's importer) show the decimal again.
fn excel_number(x: Decimal) -> f64 {
    x.to_f64().expect("a form amount fits a double")
}

fn date(s: &str) -> Option<ExcelDateTime> {
    let mut parts = s.split('-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ExcelDateTime::from_ymd(y, m as u8, d as u8).ok()
}

/// Writes `rows` to one sheet of a workbook at `path`; `created` (yyyy-mm-dd) fixes the document's
/// creation time, which rust_xlsxwriter would otherwise take from the clock.
pub fn xlsx(rows: &[Row], sheet: &str, created: &str, path: &Path) -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    let when = date(created).expect("the filing date is a date");
    book.set_properties(
        &DocProperties::new()
            .set_author("财政绩效管理系统")
            .set_creation_datetime(&when),
    );
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    ws.set_column_width(0, 18)?;
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Cell::Empty => {}
                Cell::Text(s) => {
                    ws.write_string(r, c, s)?;
                }
                Cell::Num(x) => {
                    ws.write_number_with_format(r, c, excel_number(*x), &format_of(*x, false))?;
                }
                Cell::Pct(p) => {
                    let f = format_of(*p, true);
                    ws.write_number_with_format(r, c, excel_number(*p / Decimal::ONE_HUNDRED), &f)?;
                }
                Cell::Date(s) => match date(s) {
                    Some(d) => {
                        ws.write_datetime_with_format(
                            r,
                            c,
                            d,
                            &Format::new().set_num_format("yyyy-mm-dd"),
                        )?;
                    }
                    None => {
                        ws.write_string(r, c, s)?;
                    }
                },
            }
        }
    }
    book.save(path)
}
