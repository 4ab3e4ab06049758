//! One header row, for both readers: the title, a year, and each `label: value` with the labels
//! of the layout; where the values go is the reader's (a [`HeadSink`]).

use super::year_of;
use crate::import::grid::{Cell, Row};
use crate::import::layout::Layout;
use crate::source::{Sp, Span};

/// Where a header row's values go.
pub(crate) trait HeadSink {
    /// Stores a header value; returns how many of the values it used (the rest are reported).
    fn assign(&mut self, key: &str, values: Vec<Sp<String>>) -> usize;
    /// A title cell.
    fn title(&mut self, c: &Cell);
    /// A year cell.
    fn year(&mut self, y: Sp<i64>);
}

/// True for the title cell: one of the layout's title words, in at most 60 characters.
pub(crate) fn is_title(l: &Layout, c: &Cell) -> bool {
    c.text.chars().count() <= 60 && l.title.words.iter().any(|w| c.text.contains(w.as_str()))
}

/// `(2021年)`, `2022年度`, `( 2023年度)`: the year, spanned to its digits.
pub(crate) fn year_in(c: &Cell) -> Option<Sp<i64>> {
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
pub(crate) fn read<S: HeadSink>(l: &Layout, s: &mut S, row: &Row) {
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
                    // An inline value; cells after it are not this label's.
                    inline_value(l, s, &key, c, inline);
                    i = next;
                }
                None => {
                    let values: Vec<Sp<String>> = values_of.clone().map(|v| v.sp()).collect();
                    let used = s.assign(&key, values);
                    values_of.skip(used).for_each(|v| v.release());
                    i = j;
                }
            }
            continue;
        }
        if is_title(l, c) {
            c.take();
            s.title(c);
        }
        if let Some(y) = year_in(c) {
            c.take();
            s.year(y);
        }
        i = i.saturating_add(1);
    }
}

/// `项目单位(盖章):黄石市图书馆 主要领导签字:` — the value ends where another label begins.
fn inline_value<S: HeadSink>(l: &Layout, s: &mut S, key: &str, c: &Cell, v: Sp<String>) {
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
        if s.assign(key, vec![v]) == 0 {
            c.release();
        }
        return;
    };
    let head = text[..at].trim_end();
    let first = Sp::new(
        head.to_string(),
        Span::new(&v.span.file, v.span.offset, head.len()),
    );
    s.assign(key, vec![first]);
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
            let k2 = k2.to_string();
            s.assign(&k2, vec![sp]);
        }
    }
}

/// `晋中市财政支出项目绩效自评表` → 晋中市: the place before 财政/项目支出/部门/本级, without a
/// year around it, spanned.
pub(crate) fn region_of(c: &Cell) -> Option<Sp<String>> {
    let t = &c.text;
    let at = ["财政", "项目支出", "部门", "本级"]
        .iter()
        .filter_map(|w| t.find(w))
        .min()?;
    let year = |ch: char| ch.is_ascii_digit() || ch == '年' || ch == '度';
    let place = t[..at].trim_start_matches(year);
    let start = t[..at].len().saturating_sub(place.len());
    let place = place.trim_end_matches(year);
    if place.is_empty() || !place.ends_with(['省', '市', '县', '区', '州', '旗', '盟']) {
        return None;
    }
    let span = Span::new(
        &c.span.file,
        c.span.offset.saturating_add(start),
        place.len(),
    );
    Some(Sp::new(place.to_string(), span))
}
