//! Title, year and `label: value` rows: 项目名称, 主管部门及代码, …, 评价结果等次, 负责人, 填报日期.

use super::builder::Builder;
use super::grid::{Cell, Row};
use super::layout::Layout;
use crate::source::{Sp, Span};

pub(super) mod row;
use row::{is_title, HeadSink};

/// True for a title row, a year row, or a row with a header label in it.
pub(super) fn is_header_row(l: &Layout, row: &Row) -> bool {
    has_label(l, row)
        || row
            .cells
            .iter()
            .any(|c| is_title(l, c) || year_of(c).is_some())
}

/// True when a cell of the row is a header label.
pub(super) fn has_label(l: &Layout, row: &Row) -> bool {
    row.cells.iter().any(|c| l.header_label(&c.text).is_some())
}

/// `（ 2020 年度）`, `2020年度` → the year, spanned to its digits.
pub(super) fn year_of(c: &Cell) -> Option<Sp<i64>> {
    if c.text.chars().count() > 40 {
        return None;
    }
    let at = c.text.find("年度")?;
    let before = c.text[..at].trim_end();
    let digits = before.get(before.len().checked_sub(4)?..)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i64 = digits.parse().ok()?;
    let span = Span::new(
        &c.span.file,
        c.span.offset.saturating_add(before.len()).saturating_sub(4),
        4,
    );
    Some(Sp::new(year, span))
}

/// Reads a header row: title, year, and each label with the value after it.
pub(super) fn read(l: &Layout, b: &mut Builder, row: &Row) {
    row::read(l, b, row);
}

impl HeadSink for Builder {
    fn assign(&mut self, key: &str, values: Vec<Sp<String>>) -> usize {
        assign(self, key, values)
    }

    fn title(&mut self, c: &Cell) {
        title(self, c);
    }

    fn year(&mut self, y: Sp<i64>) {
        if self.year.is_none() {
            self.year = Some(y);
        }
    }
}

/// Stores a header value; returns how many of the values it used (the rest are reported).
fn assign(b: &mut Builder, key: &str, values: Vec<Sp<String>>) -> usize {
    let n = values.len();
    let first = values.first().cloned();
    let text = |v: Option<Sp<String>>| v.map(|v| v.value);
    let took = match key {
        "name" => set(&mut b.name, first),
        "implementer" => set(&mut b.implementer, first),
        "kind" => set(&mut b.kind, first),
        "period" => set(&mut b.period, first),
        "grade" => set(&mut b.grade, first),
        "department" => {
            if b.department.is_some() || b.department_code.is_some() {
                return 0;
            }
            let (name, code) = department(values);
            b.department = name;
            b.department_code = code;
            return n.min(2);
        }
        "responsible" => set_text(&mut b.people.responsible, text(first)),
        "handler" => set_text(&mut b.people.handler, text(first)),
        "phone" => set_text(&mut b.people.phone, text(first)),
        "filled_on" => set_text(&mut b.people.filled_on, text(first)),
        // 单位负责人（签章）：a signature line whose only text is the blank date template.
        "signature" if values.iter().all(|v| is_date_template(&v.value)) => return n,
        // 填报单位（公章）and a filled-in signature line: the project format has no place for them.
        _ => return 0,
    };
    usize::from(took)
}

/// Fills an empty slot; false when it was already filled (the second value is reported).
fn set(slot: &mut Option<Sp<String>>, v: Option<Sp<String>>) -> bool {
    if slot.is_some() || v.is_none() {
        return false;
    }
    *slot = v;
    true
}

fn set_text(slot: &mut Option<String>, v: Option<String>) -> bool {
    if slot.is_some() || v.is_none() {
        return false;
    }
    *slot = v;
    true
}

/// `年 月 日` (a blank date to be filled in by hand).
fn is_date_template(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || "年月日".contains(c))
}

/// 主管部门及代码: two cells (name, code), one code, one name, or `名称（代码）`.
pub(super) fn department(values: Vec<Sp<String>>) -> (Option<Sp<String>>, Option<Sp<String>>) {
    let is_code = |s: &str| {
        !s.is_empty() && s.len() <= 16 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    match values.as_slice() {
        [] => (None, None),
        [one] if is_code(&one.value) => (None, Some(one.clone())),
        [one] => match trailing_code(one) {
            Some((name, code)) => (Some(name), Some(code)),
            None => (Some(one.clone()), None),
        },
        [a, b, ..] if is_code(&a.value) => (Some(b.clone()), Some(a.clone())),
        [a, b, ..] => (Some(a.clone()), Some(b.clone())),
    }
}

/// `晋中市人力资源和社会保障局（077）` or `… 077` → (name, code).
fn trailing_code(v: &Sp<String>) -> Option<(Sp<String>, Sp<String>)> {
    let t = v.value.trim_end_matches([')', '）']);
    let digits_at = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()?
        .0;
    let name = t[..digits_at].trim_end_matches(['(', '（', ' ']).trim();
    if name.is_empty() {
        return None;
    }
    let file = &v.span.file;
    let code_len = t.len().saturating_sub(digits_at);
    Some((
        Sp::new(name.to_string(), Span::new(file, v.span.offset, name.len())),
        Sp::new(
            t[digits_at..].to_string(),
            Span::new(file, v.span.offset.saturating_add(digits_at), code_len),
        ),
    ))
}

/// The title cell: the year in it, and the region before 财政/项目支出/部门.
fn title(b: &mut Builder, c: &Cell) {
    if b.region.is_some() {
        return;
    }
    if let Some(y) = year_of(c).filter(|_| b.year.is_none()) {
        b.year = Some(y);
    }
    b.region = row::region_of(c);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn sp(file: &std::sync::Arc<SourceFile>, s: &str) -> Sp<String> {
        let at = file.text().find(s).unwrap();
        Sp::new(s.to_string(), Span::new(file, at, s.len()))
    }

    #[test]
    fn department_name_and_code() {
        let f = SourceFile::new("f", "077 晋中市人社局（077） 晋中市人社局");
        let (n, c) = department(vec![sp(&f, "077")]);
        assert!(n.is_none());
        assert_eq!(c.unwrap().value, "077");
        let (n, c) = department(vec![sp(&f, "晋中市人社局（077）")]);
        assert_eq!(n.unwrap().value, "晋中市人社局");
        let c = c.unwrap();
        assert_eq!(c.value, "077");
        assert_eq!(c.span.text(), "077");
        let (n, c) = department(vec![sp(&f, "晋中市人社局")]);
        assert!(n.is_some() && c.is_none());
    }
}
