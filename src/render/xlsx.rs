//! Results as an Excel workbook for finance bureaus: a 汇总 sheet (one row per project) and,
//! per project, a sheet in the 评分表 layout with declared and computed scores side by side,
//! lost points highlighted, deduction reasons, then the audit's findings (one list).

use crate::diag::Diags;
use crate::eval::{Evaluation, ItemScore, Line};
use crate::form_audit::{counts, Finding};
use crate::text;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

/// One project's outcome.
pub enum Outcome<'a> {
    /// Scored: the evaluation and its findings.
    Scored(&'a Evaluation, &'a [Finding]),
    /// Could not be scored: the file and why.
    Failed(&'a str, &'a Diags),
}

/// Sheet name of the summary.
pub const SUMMARY_SHEET: &str = "汇总";

struct Styles {
    bold: Format,
    lost: Format,
    differs: Format,
    wrap: Format,
}

/// The workbook as bytes (write them with `fsx::write_atomic`).
pub fn workbook(outcomes: &[Outcome]) -> Result<Vec<u8>, XlsxError> {
    let st = Styles {
        bold: Format::new().set_bold(),
        lost: Format::new().set_background_color(0xFFC7CE),
        differs: Format::new().set_background_color(0xFFEB9C),
        wrap: Format::new().set_text_wrap(),
    };
    let mut book = Workbook::new();
    let mut names = vec![SUMMARY_SHEET.to_string()];
    summary(book.add_worksheet().set_name(SUMMARY_SHEET)?, outcomes, &st)?;
    for o in outcomes {
        if let Outcome::Scored(ev, form) = o {
            let name = sheet_name(&ev.project.header.name.value, &names);
            names.push(name.clone());
            project_sheet(book.add_worksheet().set_name(&name)?, ev, form, &st)?;
        }
    }
    book.save_to_buffer()
}

/// A valid, unique sheet name (≤ 31 characters, none of `[]:*?/\`).
fn sheet_name(project: &str, taken: &[String]) -> String {
    let clean: String = project
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(28)
        .collect();
    let base = if clean.trim().is_empty() {
        "项目".to_string()
    } else {
        clean
    };
    let mut name = base.clone();
    let mut n: u32 = 2;
    while taken.iter().any(|t| t == &name) {
        name = format!("{base}({n})");
        n = n.saturating_add(1);
    }
    name
}

/// A decimal as an Excel number showing exactly its decimal places.
fn number(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    x: Decimal,
    extra: Option<&Format>,
) -> Result<(), XlsxError> {
    let places = x.scale() as usize;
    let code = if places == 0 {
        "0".to_string()
    } else {
        format!("0.{}", "0".repeat(places))
    };
    let f = extra.cloned().unwrap_or_default().set_num_format(code);
    ws.write_number_with_format(row, col, x.to_f64().unwrap_or(0.0), &f)?;
    Ok(())
}

fn summary(ws: &mut Worksheet, outcomes: &[Outcome], st: &Styles) -> Result<(), XlsxError> {
    for (c, h) in text::XLSX_SUMMARY_HEADER.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &st.bold)?;
    }
    for (i, o) in outcomes.iter().enumerate() {
        let r = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
        match o {
            Outcome::Scored(ev, form) => {
                let card = ev.project.scorecard.as_ref();
                ws.write_string(r, 0, &ev.project.header.name.value)?;
                ws.write_string(r, 1, ev.project.source.name())?;
                ws.write_string(r, 2, ev.policy_id())?;
                number(ws, r, 3, ev.total, None)?;
                ws.write_string(r, 4, &ev.grade)?;
                if let Some(t) = card.and_then(|c| c.total.as_ref()) {
                    let differs = (t.score.value != ev.total).then_some(&st.differs);
                    number(ws, r, 5, t.score.value, differs)?;
                }
                if let Some(g) = card.and_then(|c| c.grade.as_ref()) {
                    ws.write_string(r, 6, &g.value)?;
                }
                ws.write_number(r, 7, form.len() as f64)?;
                let n = counts(form);
                ws.write_string(r, 8, format!("{}/{}/{}", n.errors, n.warnings, n.infos))?;
            }
            Outcome::Failed(file, diags) => {
                ws.write_string(r, 1, *file)?;
                let msgs: Vec<&str> = diags.0.iter().map(|d| d.message.as_str()).collect();
                ws.write_string_with_format(r, 9, msgs.join("\n"), &st.wrap)?;
            }
        }
    }
    ws.set_column_width(0, 36)?;
    ws.set_column_width(1, 40)?;
    ws.set_column_width(9, 60)?;
    Ok(())
}

fn project_sheet(
    ws: &mut Worksheet,
    ev: &Evaluation,
    form: &[Finding],
    st: &Styles,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, &ev.project.header.name.value, &st.bold)?;
    ws.write_string(
        1,
        0,
        text::policy_line(ev.policy_id(), ev.policy_title(), ev.policy_origin()),
    )?;
    for (c, h) in text::XLSX_CARD_HEADER.iter().enumerate() {
        ws.write_string_with_format(3, c as u16, *h, &st.bold)?;
    }
    let mut r = 4;
    for l in ev.lines() {
        match l {
            Line::Section(s, declared) => {
                ws.write_string_with_format(r, 0, &s.name, &st.bold)?;
                line(ws, r, s.weight, declared, s.score, st)?;
            }
            Line::Item(i) => item_row(ws, r, i, st)?,
        }
        r = r.saturating_add(1);
    }
    ws.write_string_with_format(r, 0, text::TOTAL_SCORE.to_string(), &st.bold)?;
    let card = ev.project.scorecard.as_ref();
    let declared_total = card.and_then(|c| c.total.as_ref()).map(|t| t.score.value);
    line(ws, r, ev.max_total, declared_total, ev.total, st)?;
    r = r.saturating_add(1);
    ws.write_string_with_format(r, 0, text::GRADE, &st.bold)?;
    ws.write_string(r, 5, &ev.grade)?;
    if let Some(g) = card.and_then(|c| c.grade.as_ref()) {
        ws.write_string(r, 4, &g.value)?;
    }
    r = r.saturating_add(2);
    ws.write_string_with_format(r, 0, text::XLSX_FORM_AUDIT, &st.bold)?;
    r = r.saturating_add(1);
    for f in form {
        let at = f.span.as_ref().map(|s| s.location()).unwrap_or_default();
        ws.write_string(r, 1, f.severity.label().to_string())?;
        for (c, v) in [&f.subject, &f.stated, &f.expected, &f.message, &at]
            .into_iter()
            .enumerate()
        {
            ws.write_string(r, (c as u16).saturating_add(2), v.as_str())?;
        }
        r = r.saturating_add(1);
    }
    for (c, w) in [10, 14, 28, 10, 10, 10, 10, 70].into_iter().enumerate() {
        ws.set_column_width(c as u16, w)?;
    }
    ws.set_freeze_panes(4, 0)?;
    Ok(())
}

/// Weight, declared, computed and lost points of a row (columns D–G).
fn line(
    ws: &mut Worksheet,
    r: u32,
    weight: Decimal,
    declared: Option<Decimal>,
    score: Decimal,
    st: &Styles,
) -> Result<(), XlsxError> {
    number(ws, r, 3, weight, None)?;
    let differs = declared.is_some_and(|d| d != score).then_some(&st.differs);
    if let Some(d) = declared {
        number(ws, r, 4, d, differs)?;
    }
    number(ws, r, 5, score, differs)?;
    let lost = weight.saturating_sub(score);
    if !lost.is_zero() {
        number(ws, r, 6, lost, Some(&st.lost))?;
    }
    Ok(())
}

fn item_row(ws: &mut Worksheet, r: u32, i: &ItemScore, st: &Styles) -> Result<(), XlsxError> {
    match i.path.len() {
        0 | 1 => {
            ws.write_string(r, 2, &i.name)?;
        }
        2 => {
            ws.write_string(r, 2, i.path.get(1).map_or("", String::as_str))?;
        }
        _ => {
            ws.write_string(r, 1, i.path.get(1).map_or("", String::as_str))?;
            ws.write_string(r, 2, i.path.get(2..).unwrap_or_default().join("/"))?;
        }
    }
    line(
        ws,
        r,
        i.weight,
        i.declared.as_ref().map(|d| d.value),
        i.score,
        st,
    )?;
    if !i.deductions.is_empty() {
        let why: Vec<&str> = i.deductions.iter().map(|d| d.reason.as_str()).collect();
        ws.write_string_with_format(r, 7, why.join("；"), &st.wrap)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let taken = vec!["汇总".to_string(), "项目".to_string()];
        assert_eq!(sheet_name("a/b:c", &taken), "a_b_c");
        assert_eq!(sheet_name("项目", &taken), "项目(2)");
        assert_eq!(sheet_name(&"长".repeat(40), &taken).chars().count(), 28);
    }
}
