//! Title, year and `label: value` cells, with the labels of the layout.

use super::{number, Gen};
use crate::import::grid::{Cell, Row};
use crate::import::header::row::{is_title, year_in, HeadSink};
use crate::import::header::{self, department};
use crate::import::layout::Layout;
use crate::source::{Sp, Span};

/// True for the title cell or a year cell (`(2022年度)`).
pub(super) fn is_title_or_year(l: &Layout, c: &Cell) -> bool {
    is_title(l, c) || (c.text.chars().count() <= 16 && year_in(c).is_some())
}

/// Reads a header row: title, year, and each label with the value after it.
pub(super) fn read(l: &Layout, g: &mut Gen, row: &Row) {
    header::row::read(l, g, row);
}

impl HeadSink for Gen {
    fn assign(&mut self, key: &str, values: Vec<Sp<String>>) -> usize {
        assign(self, key, values)
    }

    fn title(&mut self, c: &Cell) {
        if self.title.is_none() {
            self.title = Some(Sp::new(c.text.clone(), c.span.clone()));
            if let Some(r) = header::row::region_of(c) {
                self.region = Some(r);
            }
        }
    }

    fn year(&mut self, y: Sp<i64>) {
        if self.year.is_none() {
            self.year = Some(y);
        }
    }
}

/// Stores a header value; returns how many of the values it used.
fn assign(g: &mut Gen, key: &str, values: Vec<Sp<String>>) -> usize {
    let first = values.first().cloned();
    let set = |slot: &mut Option<Sp<String>>, v: Option<Sp<String>>| -> usize {
        if slot.is_some() || v.is_none() {
            return 0;
        }
        *slot = v;
        1
    };
    let text = |slot: &mut Option<String>, v: Option<Sp<String>>| -> usize {
        if slot.is_some() || v.is_none() {
            return 0;
        }
        *slot = v.map(|v| v.value);
        1
    };
    match key {
        "name" => set(&mut g.name, first),
        "implementer" => set(&mut g.implementer, first),
        "kind" => set(&mut g.kind, first),
        "period" => set(&mut g.period, first),
        "grade" => set(&mut g.grade, first),
        "unit" => set(&mut g.funds.unit, first),
        "department" => {
            if g.department.is_some() || g.department_code.is_some() {
                return 0;
            }
            let n = values.len().min(2);
            let (name, code) = department(values);
            g.department = name;
            g.department_code = code;
            n
        }
        "responsible" => text(&mut g.people.responsible, first),
        "handler" => text(&mut g.people.handler, first),
        "phone" => text(&mut g.people.phone, first),
        "filled_on" => text(&mut g.people.filled_on, first),
        "total_score" => {
            let Some(v) = first else { return 0 };
            let Some(score) = number(&v.value) else {
                return 0;
            };
            if g.total.is_some() {
                return 0;
            }
            g.total = Some(crate::project::Declared {
                path: Sp::new(crate::project::TOTAL_PATH.to_string(), v.span.clone()),
                weight: None,
                score: Sp::new(score, v.span),
                extra: Default::default(),
            });
            1
        }
        "signature"
            if values.iter().all(|v| {
                v.value
                    .chars()
                    .all(|c| c.is_whitespace() || "年月日".contains(c))
            }) =>
        {
            values.len()
        }
        "signature" => 0,
        other => {
            let Some(v) = first else { return 0 };
            if g.extra.contains_key(other) {
                return 0;
            }
            g.extra.insert(other.to_string(), v);
            1
        }
    }
}

/// The project named by the title when the form has no 项目名称 cell: the title without its year
/// and its ending (`…补助绩效评价指标评价综合得分表` → `…补助`).
pub(super) fn name_from_title(l: &Layout, title: Option<&Sp<String>>) -> Option<Sp<String>> {
    let t = title?;
    let mut s = t.value.as_str();
    let mut start = 0;
    if let Some(at) = s.find("年度") {
        if s[..at].chars().all(|c| c.is_ascii_digit()) {
            start = at.saturating_add("年度".len());
            s = &s[start..];
        }
    }
    let cut = s.find(['(', '（']).unwrap_or(s.len());
    let mut s = &s[..cut];
    for e in &l.title.name_endings {
        if let Some(r) = s.strip_suffix(e.as_str()) {
            s = r;
            break;
        }
    }
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let at = t.value.find(s).unwrap_or(start);
    Some(Sp::new(
        s.to_string(),
        Span::new(&t.span.file, t.span.offset.saturating_add(at), s.len()),
    ))
}
