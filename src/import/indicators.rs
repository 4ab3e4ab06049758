//! The 绩效目标实现情况 table: one indicator per row, levels carried over merged cells,
//! direction read from the form or inferred (and the inference recorded).

use super::builder::Builder;
use super::grid::{Cell, Row};
use super::labels::indicator_label;
use super::layout::Layout;
use crate::diag::Diagnostic;
use crate::num::{parse_decimal, parse_percent};
use crate::project::{Direction, Indicator, Measure};
use crate::source::{Sp, Span};
use crate::text;

/// Column positions from the header row, and the levels carried from rows above.
pub(super) struct IndicatorState {
    l3: usize,
    target: usize,
    actual: usize,
    progress: Option<usize>,
    weight: Option<usize>,
    score: Option<usize>,
    direction: Option<usize>,
    level1: Option<Sp<String>>,
    level2: Option<Sp<String>>,
}

/// The header row: which column holds what (the `indicators` columns of the layout).
pub(super) fn start(l: &Layout, row: &Row) -> IndicatorState {
    let mut st = IndicatorState {
        l3: 2,
        target: 3,
        actual: 4,
        progress: None,
        weight: None,
        score: None,
        direction: None,
        level1: None,
        level2: None,
    };
    let mut l3 = None;
    for c in &row.cells {
        let col = Some(c.col);
        // The block label, and the 一级/二级 headers, are read and need no column.
        let field = if l.block_of(&c.text) == Some("indicators") {
            ""
        } else {
            match l.column_containing("indicators", &c.text) {
                Some(f) => f,
                None => continue,
            }
        };
        match field {
            "" | "level1" | "level2" => {}
            "name" => l3 = col,
            "actual" => st.actual = c.col,
            "target" => st.target = c.col,
            "progress" => st.progress = col,
            "weight" => st.weight = col,
            "score" => st.score = col,
            "nature" => st.direction = col,
            _ => continue,
        }
        c.take();
    }
    st.l3 = l3.unwrap_or(st.target.saturating_sub(1));
    st
}

/// One row of the table.
pub(super) fn row(l: &Layout, b: &mut Builder, st: &mut IndicatorState, row: &Row) {
    let anchor = row
        .cells
        .iter()
        .find(|c| indicator_label(&c.text).is_some());
    let l3col = anchor.map_or(st.l3, |a| a.col);
    let shift = (l3col as isize).saturating_sub(st.l3 as isize);
    let at = |col: Option<usize>| {
        col.and_then(|c| c.checked_add_signed(shift))
            .and_then(|c| row.at(c))
    };
    for c in row.cells.iter().filter(|c| c.col < l3col) {
        let n = c.norm();
        if l.is_level1(&n) {
            st.level1 = Some(c.sp());
        } else if l.level1_of(&n).is_some() || n.ends_with("指标") {
            st.level2 = Some(c.sp());
        }
    }
    let l3 = anchor.or_else(|| row.at(l3col));
    let target = at(Some(st.target));
    let actual = at(Some(st.actual));
    let progress = at(st.progress);
    if target.is_none() && actual.is_none() && progress.is_none() {
        // An empty indicator row (`指标2:`): only its label, nothing to read.
        if let Some(c) = l3.filter(|c| indicator_label(&c.text).is_some_and(|l| l.1.is_none())) {
            c.take();
        }
        return;
    }
    let Some(level2) = st.level2.clone() else {
        return;
    };
    let (Some(target), Some(actual)) = (target, actual) else {
        let at = l3.or(target).or(actual).map(|c| &c.span);
        b.diags.push(
            Diagnostic::warning(
                "jixiao::import::indicator_values",
                text::import_indicator_values(&level2.value),
            )
            .at_opt(at, text::HERE),
        );
        return;
    };
    let (label, name) = names(l3);
    let index = b.indicators.len();
    let level1 = level1(l, b, st, &level2, index);
    let Some((direction, target, actual)) = measures(l, b, st, row, &level2, target, actual, index)
    else {
        return;
    };
    let progress = progress.and_then(|c| {
        let v = parse_percent(&c.text)?;
        c.take();
        Some(Sp::new(v, c.span.clone()))
    });
    let number = |c: Option<&Cell>| {
        c.and_then(|c| {
            let v = parse_decimal(&c.text)?;
            c.take();
            Some(Sp::new(v, c.span.clone()))
        })
    };
    b.indicators.push(Indicator {
        level1,
        level2,
        name,
        label,
        direction,
        target,
        actual,
        progress,
        tier: None,
        weight: number(at(st.weight)),
        score: number(at(st.score)),
        nature: None,
        unit: None,
        deviation: None,
        part_of: None,
        extra: Default::default(),
    });
}

/// Label (`指标1`) and 三级 name of the row.
fn names(l3: Option<&Cell>) -> (Option<Sp<String>>, Option<Sp<String>>) {
    let Some(c) = l3 else {
        return (None, None);
    };
    c.take();
    match indicator_label(&c.text) {
        Some((label, name)) => {
            let lead = c.text.len().saturating_sub(c.text.trim_start().len());
            let len = c.text.trim_start().find([':', '：']).unwrap_or(0);
            let span = Span::new(&c.span.file, c.span.offset.saturating_add(lead), len);
            let name = name.and_then(|(_, at)| c.part(at));
            (Some(Sp::new(label, span)), name)
        }
        None => (None, Some(c.sp())),
    }
}

/// 一级 of the row: written on the row, else inferred from the 二级 name, else carried.
fn level1(
    l: &Layout,
    b: &mut Builder,
    st: &mut IndicatorState,
    level2: &Sp<String>,
    index: usize,
) -> Sp<String> {
    if let Some(mapped) = l.level1_of(&level2.value) {
        let carried = st.level1.as_ref().map(|l| l.value.as_str());
        if carried != Some(mapped) {
            b.infer(
                format!("indicators[{index}].level1"),
                text::infer_level1(mapped, &level2.value),
            );
            st.level1 = Some(Sp::new(mapped.to_string(), level2.span.clone()));
        }
    }
    st.level1.clone().unwrap_or_else(|| {
        b.infer(
            format!("indicators[{index}].level1"),
            text::infer_level1(&level2.value, &level2.value),
        );
        level2.clone()
    })
}

/// Direction (read or inferred) and the target and actual measures.
#[allow(clippy::too_many_arguments)]
fn measures(
    l: &Layout,
    b: &mut Builder,
    st: &IndicatorState,
    row: &Row,
    level2: &Sp<String>,
    target: &Cell,
    actual: &Cell,
    index: usize,
) -> Option<(Sp<Direction>, Measure, Measure)> {
    let (t, a) = (target.sp(), actual.sp());
    let column = st
        .direction
        .and_then(|col| row.at(col))
        .and_then(|c| direction(l.direction_word(&c.text)).map(|d| (d, c)));
    // Only a sign starts a target (`≥95%`); words are looked for anywhere when inferring.
    let sign = l
        .direction_prefix(&t.value)
        .and_then(|(d, len)| direction(Some(d)).map(|d| (d, len)))
        .filter(|(d, _)| *d != Direction::Qualitative);
    let explicit = match column {
        Some((d, c)) => Some(Sp::new(d, c.sp().span)),
        None => sign.map(|(d, len)| {
            let lead = t.value.len().saturating_sub(t.value.trim_start().len());
            let span = Span::new(
                &t.span.file,
                t.span.offset.saturating_add(lead),
                len.saturating_sub(lead),
            );
            Sp::new(d, span)
        }),
    };
    let key = format!("indicators[{index}].direction");
    let direction = match explicit {
        Some(d) => d,
        None => {
            let (d, note) = infer_direction(l, &level2.value, &t.value);
            b.infer(key.clone(), note);
            Sp::new(d, t.span.clone())
        }
    };
    if direction.value == Direction::Qualitative {
        return Some((direction, qualitative(t), qualitative(a)));
    }
    match (numeric(t.clone()), numeric(a.clone())) {
        (Some(tm), Some(am)) => Some((direction, tm, am)),
        _ => {
            b.diags.push(
                Diagnostic::warning("jixiao::import::not_numeric", text::IMPORT_NOT_NUMERIC)
                    .at(&t.span, text::IMPORT_TARGET_HERE)
                    .at(&a.span, text::IMPORT_ACTUAL_HERE),
            );
            b.infer(key, text::INFER_QUALITATIVE_AMBIGUOUS.into());
            let d = Sp::new(Direction::Qualitative, direction.span);
            Some((d, qualitative(t), qualitative(a)))
        }
    }
}

fn qualitative(text: Sp<String>) -> Measure {
    Measure {
        text,
        value: None,
        unit: None,
    }
}

/// The direction a layout's direction value (≥ ≤ = < > 定性) stands for.
fn direction(d: Option<&str>) -> Option<Direction> {
    d.and_then(Direction::parse)
}

/// Direction when the form states none: a direction word of the layout anywhere in the target,
/// then the kind of indicator.
pub(super) fn infer_direction(l: &Layout, level2: &str, target: &str) -> (Direction, String) {
    let worded = l
        .worded_direction(target)
        .and_then(|(d, word)| direction(Some(d)).map(|d| (d, word)));
    if let Some((d, word)) = worded {
        return (d, text::infer_direction_word(word));
    }
    if level2.contains("时效") {
        return (Direction::Qualitative, text::INFER_TIMELINESS.into());
    }
    if numbers(target).is_empty() {
        return (Direction::Qualitative, text::INFER_TEXT_TARGET.into());
    }
    if level2.contains("成本") {
        return (Direction::AtMost, text::INFER_COST.into());
    }
    (Direction::AtLeast, text::INFER_AT_LEAST.into())
}

/// A quantitative measure: the one number in the text; dates (`2020年`, `12月`) are not counted.
pub(super) fn numeric(text: Sp<String>) -> Option<Measure> {
    if let Ok(m) = Measure::from_text(text.clone(), true) {
        return Some(m);
    }
    let found = numbers(&text.value);
    let [(range, value)] = found.as_slice() else {
        return None;
    };
    let span = Span::new(
        &text.span.file,
        text.span.offset.saturating_add(range.start),
        range.len(),
    );
    let unit: String = text.value[range.end..]
        .chars()
        .take_while(|c| !c.is_ascii_digit() && !c.is_whitespace() && !"，,；;。（(".contains(*c))
        .collect();
    let unit = (!unit.is_empty()).then_some(unit);
    Some(Measure::explicit(text, Sp::new(*value, span), unit))
}

/// Numbers in a text that are not dates: (byte range, value).
pub(super) fn numbers(text: &str) -> Vec<(std::ops::Range<usize>, rust_decimal::Decimal)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let digitish = c.is_ascii_digit() || (c == '.' && start.is_some());
        match (start, digitish) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let raw = text[s..i].trim_end_matches('.');
                let date = ['年', '月', '日', '号'].contains(&c);
                // `M.8万元`: digits after a point with no integer part are a broken number.
                let broken = text[..s].ends_with('.');
                if let (Some(v), false) = (parse_decimal(raw), date || broken) {
                    out.push((s..s.saturating_add(raw.len()), v));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn infer_direction(level2: &str, target: &str) -> (Direction, String) {
        let all = crate::import::layout::all(Some(std::path::Path::new("/nonexistent"))).unwrap();
        let l = all.iter().find(|l| l.id == "jinzhong-53").unwrap();
        super::infer_direction(l, level2, target)
    }

    #[test]
    fn directions_inferred_from_the_kind_of_indicator() {
        assert_eq!(
            infer_direction("成本指标", "入口补共2536万元").0,
            Direction::AtMost
        );
        assert_eq!(
            infer_direction("数量指标", "116.11万人").0,
            Direction::AtLeast
        );
        assert_eq!(
            infer_direction("质量指标", "严格按照标准发放到位").0,
            Direction::Qualitative
        );
        assert_eq!(
            infer_direction("时效指标", "12月底前完成").0,
            Direction::Qualitative
        );
        assert_eq!(
            infer_direction("质量指标", "合格率不低于95%").0,
            Direction::AtLeast
        );
    }

    #[test]
    fn dates_are_not_quantities() {
        let n = numbers("2020年完成80%");
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].1.to_string(), "80");
        assert!(numbers("12月底前完成").is_empty());
    }
}
