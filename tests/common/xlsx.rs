//! Builds an `.xlsx` fixture in the seed's layout: every field of the seed's text export goes to
//! the same row and column (line n → row n), numbers as numbers with the format that shows
//! them as written, the filing date as a date, and the blanks under labels merged.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::Path;

/// Sheet name used by the fixture.
pub const SHEET: &str = "自评表";

/// Labels whose column-A cell is merged down over the empty cells below it.
const MERGED_DOWN: &[&str] = &["项目资金情况（万元）", "产出指标", "评分表", "评价人员"];

fn places(s: &str) -> usize {
    s.split_once('.').map_or(0, |(_, f)| f.len())
}

fn zeros(n: usize) -> String {
    if n == 0 {
        "0".into()
    } else {
        format!("0.{}", "0".repeat(n))
    }
}

/// Writes the workbook for the tab-separated `text` to `path`.
pub fn build_from_tsv(text: &str, path: &Path) {
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    let cell = |r: usize, c: usize| lines.get(r).and_then(|l| l.get(c)).map_or("", |s| s.trim());
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(SHEET).unwrap();
    let mut merged = vec![vec![false; 8]; lines.len() + 1];
    // Column A labels merged down over the blanks under them.
    for (r, _) in lines.iter().enumerate() {
        if !MERGED_DOWN.contains(&cell(r, 0)) {
            continue;
        }
        let mut last = r;
        while last + 1 < lines.len() && cell(last + 1, 0).is_empty() && last - r < 30 {
            last += 1;
        }
        if last > r {
            ws.merge_range(r as u32, 0, last as u32, 0, cell(r, 0), &Format::new())
                .unwrap();
            (r..=last).for_each(|i| merged[i][0] = true);
        }
    }
    // The project name merged across the blanks to its right.
    if let Some(r) = (0..lines.len()).find(|&r| cell(r, 0) == "项目名称") {
        ws.merge_range(r as u32, 2, r as u32, 5, cell(r, 2), &Format::new())
            .unwrap();
        (2..=5).for_each(|c| merged[r][c] = true);
    }
    for (r, fields) in lines.iter().enumerate() {
        for (c, raw) in fields.iter().enumerate() {
            let v = raw.trim();
            if v.is_empty() || merged[r].get(c).copied().unwrap_or(false) {
                continue;
            }
            let (row, col) = (r as u32, c as u16);
            if let Some(p) = v.strip_suffix('%').filter(|p| p.parse::<f64>().is_ok()) {
                let f = Format::new().set_num_format(format!("{}%", zeros(places(p))));
                let x: f64 = p.parse().unwrap();
                ws.write_number_with_format(row, col, x / 100.0, &f)
                    .unwrap();
            } else if let Ok(x) = v.parse::<f64>().map_err(|_| ()).and_then(|x| {
                // Codes and phone numbers stay text, as a form keeps them.
                if v.starts_with('0') && !v.starts_with("0.") && v != "0" || v.len() > 10 {
                    Err(())
                } else {
                    Ok(x)
                }
            }) {
                let f = Format::new().set_num_format(zeros(places(v)));
                ws.write_number_with_format(row, col, x, &f).unwrap();
            } else if let Ok(d) = ExcelDateTime::parse_from_str(v).filter_date(v) {
                let f = Format::new().set_num_format("yyyy-mm-dd");
                ws.write_datetime_with_format(row, col, d, &f).unwrap();
            } else {
                ws.write_string(row, col, v).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

trait DateOnly {
    fn filter_date(self, v: &str) -> Result<ExcelDateTime, ()>;
}

impl<E> DateOnly for Result<ExcelDateTime, E> {
    fn filter_date(self, v: &str) -> Result<ExcelDateTime, ()> {
        let iso = v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-';
        match self {
            Ok(d) if iso => Ok(d),
            _ => Err(()),
        }
    }
}
