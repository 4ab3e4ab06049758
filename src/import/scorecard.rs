//! The 评分表: sections (`投入:`), 二级 groups (merged cells), items, 综合得分. Rows are read by
//! content — names are text, 分值 and 得分 are the numbers — so shifted columns do not matter.

use super::builder::Builder;
use super::grid::{Cell, Row};
use super::layout::Layout;
use crate::diag::Diagnostic;
use crate::num::parse_decimal;
use crate::project::{Declared, Scorecard};
use crate::source::Sp;
use crate::text;
use rust_decimal::Decimal;

/// An item as read, before its 二级 is known for sure.
struct Item {
    section: Option<String>,
    level2: Option<String>,
    name: Sp<String>,
    weight: Option<Sp<Decimal>>,
    score: Sp<Decimal>,
}

/// The block so far.
pub(super) struct CardState {
    weight_col: Option<usize>,
    score_col: Option<usize>,
    section: Option<String>,
    level2: Option<String>,
    /// Indices of items of the current section read before any 二级 label (a merged cell whose
    /// text sits further down): they get the next 二级 seen in the section.
    pending: Vec<usize>,
    items: Vec<Item>,
    sections: Vec<Declared>,
    total: Option<Declared>,
}

/// The header row (`评分表 | 二级指标 | 三级指标 | 指标分值 | 评价得分`): the `scorecard`
/// columns of the layout.
pub(super) fn start(l: &Layout, row: &Row) -> CardState {
    let mut st = CardState {
        weight_col: None,
        score_col: None,
        section: None,
        level2: None,
        pending: Vec::new(),
        items: Vec::new(),
        sections: Vec::new(),
        total: None,
    };
    for c in &row.cells {
        match l.column_containing("scorecard", &c.text) {
            Some("weight") => st.weight_col = Some(c.col),
            Some("score") => st.score_col = Some(c.col),
            Some(_) => {}
            None if l.block_of(&c.text) == Some("scorecard") => {}
            None => continue,
        }
        c.take();
    }
    st
}

/// Text that is mostly digits: a number with a typo rather than a label.
fn looks_numeric(t: &str) -> bool {
    let t = t.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    digits > 0 && digits.saturating_mul(2) >= t.chars().count()
}

/// One row of the 评分表.
pub(super) fn row(l: &Layout, b: &mut Builder, st: &mut CardState, row: &Row) {
    let (nums, texts): (Vec<&Cell>, Vec<&Cell>) = row
        .cells
        .iter()
        .partition(|c| parse_decimal(&c.text).is_some());
    // A score or weight cell mistyped (`2.8o`) must not pass for a label and re-file the
    // rows after it: report it, keep the row's 二级 for the rows that follow, leave it out.
    let (garbled, texts): (Vec<&Cell>, Vec<&Cell>) =
        texts.into_iter().partition(|c| looks_numeric(&c.text));
    if let Some(bad) = garbled.first() {
        let item = texts.last().map(|c| c.norm()).unwrap_or_default();
        let d = crate::diag::Diagnostic::warning(
            "jixiao::import::score_unreadable",
            text::import_score_unreadable(&item, &bad.text),
        );
        b.diags.push(d.at(&bad.span, text::HERE));
        if let [l2, _] = texts.as_slice() {
            let level2 = l2.norm();
            settle(b, st, &level2);
            st.level2 = Some(level2);
        }
        row.cells.iter().for_each(|c| c.take());
        return;
    }
    if texts.is_empty() || texts.len() > 2 || nums.len() > 2 {
        return;
    }
    let num = |c: &Cell| Sp::new(parse_decimal(&c.text).unwrap_or_default(), c.span.clone());
    // Weights and scores are never negative; the YAML loader says so too.
    for c in &nums {
        let v = num(c).value;
        if v.is_sign_negative() && !v.is_zero() {
            let d = crate::diag::Diagnostic::error(
                "jixiao::project::negative_money",
                text::negative_money(&text::DECLARED_SCORE.to_string(), v),
            );
            b.diags.push(d.at(&c.span, text::NEGATIVE_HERE));
        }
    }
    let (weight, score) = match nums.as_slice() {
        [w, s] => (Some(*w), Some(*s)),
        [one] if closer_to_weight(st, one.col) => (Some(*one), None),
        [one] => (None, Some(*one)),
        _ => (None, None),
    };
    let (Some(&first), Some(&name_cell)) = (texts.first(), texts.last()) else {
        return;
    };
    let n = first.norm();
    let colon = first.text.trim_end().ends_with([':', '：']);
    let is_total = l.block_of(&first.text) == Some("total");
    if texts.len() == 1 && (colon || is_total) {
        let Some(score) = score else {
            return;
        };
        let d = Declared {
            path: Sp::new(n.clone(), first.span.clone()),
            weight: weight.map(num),
            score: num(score),
            extra: Default::default(),
        };
        if is_total {
            if st.total.is_some() {
                return;
            }
            st.total = Some(Declared {
                path: Sp::new(crate::project::TOTAL_PATH.to_string(), first.span.clone()),
                ..d
            });
        } else {
            st.section = Some(n);
            st.level2 = None;
            st.pending.clear();
            st.sections.push(d);
        }
        take(&[Some(first), weight, Some(score)]);
        return;
    }
    if let [l2, _] = texts.as_slice() {
        let level2 = l2.norm();
        l2.take();
        settle(b, st, &level2);
        st.level2 = Some(level2);
    } else if nums.is_empty() {
        // A 二级 label alone on its row.
        first.take();
        settle(b, st, &n);
        st.level2 = Some(n);
        return;
    }
    let Some(score) = score else {
        return;
    };
    if st.level2.is_none() && st.section.is_some() {
        st.pending.push(st.items.len());
    }
    st.items.push(Item {
        section: st.section.clone(),
        level2: st.level2.clone(),
        name: Sp::new(name_cell.norm(), name_cell.span.clone()),
        weight: weight.map(num),
        score: num(score),
    });
    take(&[Some(name_cell), weight, Some(score)]);
}

fn take(cells: &[Option<&Cell>]) {
    cells.iter().flatten().for_each(|c| c.take());
}

fn closer_to_weight(st: &CardState, col: usize) -> bool {
    match (st.weight_col, st.score_col) {
        (Some(w), Some(s)) => col.abs_diff(w) < col.abs_diff(s),
        (Some(_), None) => true,
        _ => false,
    }
}

/// A 二级 label seen: items of the section still waiting for theirs get it (recorded).
fn settle(b: &mut Builder, st: &mut CardState, level2: &str) {
    for i in std::mem::take(&mut st.pending) {
        let base = b.card.as_ref().map_or(0, |c| c.items.len());
        if let Some(item) = st.items.get_mut(i) {
            item.level2 = Some(level2.to_string());
            b.infer(
                format!("scorecard.items[{}].path", base.saturating_add(i)),
                text::infer_merged_level2(level2),
            );
        }
    }
}

/// End of the 评分表: items get their paths; duplicates are errors as in a project file.
pub(super) fn end(b: &mut Builder, st: CardState) {
    let items: Vec<Declared> = st
        .items
        .into_iter()
        .map(|i| {
            let parts: Vec<&str> = [i.section.as_deref(), i.level2.as_deref()]
                .into_iter()
                .flatten()
                .chain(std::iter::once(i.name.value.as_str()))
                .collect();
            Declared {
                path: Sp::new(parts.join("/"), i.name.span.clone()),
                weight: i.weight,
                score: i.score,
                extra: Default::default(),
            }
        })
        .collect();
    let before: &[Declared] = b.card.as_ref().map_or(&[], |c| &c.items);
    for (i, d) in items.iter().enumerate() {
        let mut earlier = before.iter().chain(items.iter().take(i));
        if let Some(first) = earlier.find(|e| e.path.value == d.path.value) {
            b.diags.push(
                Diagnostic::error(
                    "jixiao::project::duplicate_item",
                    text::duplicate_item(&d.path.value),
                )
                .at(&d.path.span, text::DUPLICATE_HERE)
                .at(&first.path.span, text::FIRST_HERE),
            );
        }
    }
    let card = b.card.get_or_insert_with(|| Scorecard {
        total: None,
        grade: None,
        sections: Vec::new(),
        items: Vec::new(),
    });
    card.items.extend(items);
    card.sections.extend(st.sections);
    if card.total.is_none() {
        card.total = st.total;
    }
}
