//! Title, year and `label: value` cells, with the labels of the layout.

use super::{number, Gen};
use crate::import::grid::{Cell, Row};
use crate::import::header::{department, year_of};
use crate::import::layout::Layout;
use crate::source::{Sp, Span};

/// True for the title cell.
pub(super) fn is_title(l: &Layout, c: &Cell) -> bool {
    c.text.chars().count() <= 60 && l.title.words.iter().any(|w| c.text.contains(w.as_str()))
}

/// True for the title cell or a year cell (`(2022年度)`).
pub(super) fn is_title_or_year(l: &Layout, c: &Cell) -> bool {
    is_title(l, c) || (c.text.chars().count() <= 16 && year_in(c).is_some())
}

/// `(2021年)`, `2022年度`, `( 2023年度)`: the year, spanned to its digits.
fn year_in(c: &Cell) -> Option<Sp<i64>> {
    if let Some(y) = year_of(c) {
        return Some(y);
    }
    let t = &c.text;
    let at = t.find("年)").or_else(|| t.find("年）"))?;
    let digits = t.get(at.checked_sub(4)?..at)?;
    let year: i64 = digits.parse().ok()?;
    Some(Sp::new(
        year,
        Span::new(
            &c.span.file,
            c.span.offset.saturating_add(at).saturating_sub(4),
            4,
        ),
    ))
}

/// Reads a header row: title, year, and each label with the value after it.
pub(super) fn read(l: &Layout, g: &mut Gen, row: &Row) {
    let cells: Vec<&Cell> = row.cells.iter().filter(|c| !c.used()).collect();
    let mut i = 0usize;
    while let Some(&c) = cells.get(i) {
        if let Some((key, len)) = l.header_label(&c.text) {
            let key = key.to_string();
            c.take();
            let next = i.saturating_add(1);
            let values_of = cells
                .iter()
                .skip(next)
                .take_while(|v| l.header_label(&v.text).is_none());
            let j = next.saturating_add(values_of.clone().count());
            match c.part(len) {
                Some(inline) => {
                    inline_value(l, g, &key, c, inline);
                    i = next;
                }
                None => {
                    let values: Vec<Sp<String>> = values_of.clone().map(|v| v.sp()).collect();
                    let used = assign(g, &key, values);
                    values_of.skip(used).for_each(|v| v.release());
                    i = j;
                }
            }
            continue;
        }
        if is_title(l, c) {
            c.take();
            if g.title.is_none() {
                g.title = Some(Sp::new(c.text.clone(), c.span.clone()));
                region(g, c);
            }
        }
        if let Some(y) = year_in(c) {
            c.take();
            if g.year.is_none() {
                g.year = Some(y);
            }
        }
        i = i.saturating_add(1);
    }
}

/// `项目单位(盖章):黄石市图书馆 主要领导签字:` — the value ends where another label begins.
fn inline_value(l: &Layout, g: &mut Gen, key: &str, c: &Cell, v: Sp<String>) {
    let text = v.value.clone();
    let mut cut = None;
    for (at, ch) in text.char_indices() {
        if at > 0 && ch.is_whitespace() {
            let rest = text[at..].trim_start();
            if l.header_label(rest).is_some() {
                cut = Some(at);
                break;
            }
        }
    }
    let Some(at) = cut else {
        if assign(g, key, vec![v]) == 0 {
            c.release();
        }
        return;
    };
    let head = text[..at].trim_end();
    let first = Sp::new(
        head.to_string(),
        Span::new(&v.span.file, v.span.offset, head.len()),
    );
    assign(g, key, vec![first]);
    let rest = text[at..].trim_start();
    let offset = v
        .span
        .offset
        .saturating_add(text.len().saturating_sub(rest.len()));
    if let Some((k2, len)) = l.header_label(rest) {
        let tail = rest[len..].trim();
        if !tail.is_empty() {
            let lead = rest.len().saturating_sub(rest[len..].trim_start().len());
            let start = offset.saturating_add(lead);
            let sp = Sp::new(tail.to_string(), Span::new(&v.span.file, start, tail.len()));
            assign(g, k2, vec![sp]);
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
                path: Sp::new(crate::text::TOTAL.to_string(), v.span.clone()),
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

/// `晋中市财政支出项目绩效自评表` → region 晋中市 (a place before 财政/项目支出/部门).
fn region(g: &mut Gen, c: &Cell) {
    let t = &c.text;
    let Some(at) = ["财政", "项目支出", "部门", "本级"]
        .iter()
        .filter_map(|w| t.find(w))
        .min()
    else {
        return;
    };
    let place =
        t[..at].trim_start_matches(|ch: char| ch.is_ascii_digit() || ch == '年' || ch == '度');
    let start = t[..at].len().saturating_sub(place.len());
    if !place.is_empty() && place.ends_with(['省', '市', '县', '区', '州', '旗', '盟']) {
        let span = Span::new(
            &c.span.file,
            c.span.offset.saturating_add(start),
            place.len(),
        );
        g.region = Some(Sp::new(place.to_string(), span));
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
