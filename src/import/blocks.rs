//! The simple blocks: 项目资金情况（万元）, the 评价人员 table, and the narratives.

use super::builder::Builder;
use super::grid::{Cell, Row};
use super::labels::norm;
use super::layout::Layout;
use crate::diag::Diagnostic;
use crate::num::parse_decimal;
use crate::project::Person;
use crate::source::Sp;
use crate::text;
use rust_decimal::Decimal;

/// Where the funds block is: the category (预算资金 / 预算下达资金 / 实际支出资金) of the rows,
/// and the column the category labels stand in.
#[derive(Default)]
pub(super) struct FundsState {
    category: Option<String>,
    category_col: Option<usize>,
}

/// Source name for an amount given for a whole category rather than one source.
const TOTAL_SOURCE: &str = "合计";

/// An amount in 万元: `2536.08`, `2,536.08`, `2536.08万元`.
pub(super) fn money(text: &str) -> Option<Decimal> {
    let t = text.trim();
    parse_decimal(t.strip_suffix("万元").unwrap_or(t))
}

/// One row of the funds block: a category label, a source label, an amount — in any columns.
pub(super) fn funds_row(l: &Layout, b: &mut Builder, st: &mut FundsState, row: &Row) {
    let mut amount: Option<(&Cell, Decimal)> = None;
    let mut source: Option<&Cell> = None;
    let label =
        |c: &Cell| l.block_of(&c.text) == Some("funds") || l.fund_category(&c.text).is_some();
    for c in &row.cells {
        if l.block_of(&c.text) == Some("funds") {
            c.take();
        } else if let Some(cat) = l.fund_category(&c.text) {
            c.take();
            st.category = Some(cat.to_string());
            st.category_col = Some(c.col);
        } else if st.category_col == Some(c.col) && money(&c.text).is_none() {
            // A label in the category column that is no category word of the layout: its
            // amounts belong to no known category; the row is left to be reported.
            st.category = None;
            return;
        } else if let Some(v) = money(&c.text) {
            if amount.is_none() {
                amount = Some((c, v));
            }
        } else if source.is_none() {
            source = Some(c);
        }
    }
    let Some((cell, value)) = amount else {
        let Some(s) = source.filter(|_| st.category.is_some()) else {
            return;
        };
        // A source whose amount cell holds text that is not an amount: the category's sum
        // would silently leave it out, so the form cannot be scored as it stands.
        let garbled = row
            .cells
            .iter()
            .filter(|c| !std::ptr::eq(*c, s))
            .find(|c| !c.norm().is_empty() && !label(c));
        if let Some(g) = garbled {
            b.diags.push(
                Diagnostic::error(
                    "jixiao::import::funds_amount",
                    text::import_funds_unreadable(&norm(&s.text), &g.text),
                )
                .at(&g.span, text::HERE),
            );
            g.take();
        }
        // Otherwise a source whose amount was left blank: nothing to read, nothing lost.
        s.take();
        return;
    };
    let Some(category) = st.category.as_deref() else {
        return;
    };
    let v = Sp::new(value, cell.span.clone());
    if value.is_sign_negative() && !value.is_zero() {
        let field = match category {
            "allocated" => text::FIELD_ALLOCATED,
            "budget" => text::FIELD_BUDGET,
            _ => text::FIELD_SPENT,
        };
        b.diags.push(
            Diagnostic::error(
                "jixiao::project::negative_money",
                text::negative_money(&field.to_string(), value),
            )
            .at(&cell.span, text::NEGATIVE_HERE),
        );
    }
    let name = source.map_or_else(|| TOTAL_SOURCE.to_string(), |s| norm(&s.text));
    let list = match category {
        "allocated" => {
            if b.funds.allocated.is_some() {
                return;
            }
            b.funds.allocated = Some(v);
            cell.take();
            if let Some(s) = source {
                s.take();
            }
            return;
        }
        "budget" => &mut b.funds.budget,
        "spent" => &mut b.funds.spent,
        // A field the 53号 funds block has no place for: the amount is left to be reported.
        _ => return,
    };
    if list.iter().any(|(s, _)| *s == name) {
        return;
    }
    list.push((name, v));
    cell.take();
    if let Some(s) = source {
        s.take();
    }
}

/// End of the funds block: a category total given beside its sources is checked and dropped
/// (the project keeps sources only); a total that disagrees with its sources is reported.
pub(super) fn funds_end(b: &mut Builder) {
    for (label, list) in [
        (text::FIELD_BUDGET, &mut b.funds.budget),
        (text::FIELD_SPENT, &mut b.funds.spent),
    ] {
        let Some(at) = list.iter().position(|(s, _)| s == TOTAL_SOURCE) else {
            continue;
        };
        if list.len() == 1 {
            continue;
        }
        let (_, total) = list.remove(at);
        let sum: Decimal = list.iter().map(|(_, v)| v.value).sum();
        if sum != total.value {
            let mut d = Diagnostic::warning(
                "jixiao::import::funds_total",
                text::import_funds_total(&label.to_string(), total.value, sum),
            )
            .at(&total.span, text::IMPORT_TOTAL_HERE);
            for (_, v) in list.iter() {
                d = d.at(&v.span, text::IMPORT_PART_HERE);
            }
            b.diags.push(d);
        }
    }
}

/// Columns of the 评价人员 table, from its header row.
pub(super) struct PeopleCols(Vec<(usize, String)>);

/// The header row of the 评价人员 table: the block label, then the `people` columns
/// (name, title, office, phone).
pub(super) fn people_start(l: &Layout, row: &Row) -> PeopleCols {
    let mut cols = Vec::new();
    for c in &row.cells {
        if l.block_of(&c.text) == Some("people") {
            c.take();
        } else if let Some(f) = l.column_containing("people", &c.text) {
            c.take();
            cols.push((c.col, f.to_string()));
        }
    }
    if cols.is_empty() {
        cols = [(1, "name"), (2, "title"), (4, "office"), (5, "phone")]
            .into_iter()
            .map(|(c, f)| (c, f.to_string()))
            .collect();
    }
    PeopleCols(cols)
}

/// One person: each cell goes to the column it is in (or the nearest one).
pub(super) fn people_row(b: &mut Builder, cols: &PeopleCols, row: &Row) {
    let mut p = Person::default();
    let mut taken = Vec::new();
    for c in &row.cells {
        let Some((_, field)) = cols.0.iter().min_by_key(|(col, _)| col.abs_diff(c.col)) else {
            continue;
        };
        let slot = match field.as_str() {
            "name" => &mut p.name,
            "title" => p.title.get_or_insert_with(String::new),
            "office" => p.office.get_or_insert_with(String::new),
            "phone" => p.phone.get_or_insert_with(String::new),
            _ => continue,
        };
        if slot.is_empty() {
            *slot = c.text.clone();
            taken.push(c);
        }
    }
    if p.name.is_empty() {
        return;
    }
    for o in [&mut p.title, &mut p.office, &mut p.phone] {
        if o.as_ref().is_some_and(String::is_empty) {
            *o = None;
        }
    }
    taken.iter().for_each(|c| c.take());
    b.people.evaluators.push(p);
}

/// `<p>…</p>`, `<br>` and entities → plain text, one paragraph per line.
pub(super) fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = rest[open.saturating_add(1)..open.saturating_add(close)]
            .trim()
            .to_ascii_lowercase();
        if tag == "/p" || tag.starts_with("br") || tag == "/div" {
            out.push('\n');
        }
        rest = &rest[open.saturating_add(close).saturating_add(1)..];
    }
    out.push_str(rest);
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A narrative heading row: the text after the heading in its own cell, then the other cells.
pub(super) fn narrative_start(b: &mut Builder, row: &Row, heading: &str) {
    let mut parts = Vec::new();
    for (i, c) in row.cells.iter().enumerate() {
        c.take();
        let plain = strip_tags(&c.text);
        if i == 0 {
            let rest = plain.trim_start();
            let rest = rest.strip_prefix(heading).unwrap_or(rest);
            let rest = rest.trim_start_matches([':', '：']).trim();
            if !rest.is_empty() {
                parts.push(rest.to_string());
            }
        } else if !plain.is_empty() {
            parts.push(plain);
        }
    }
    append(b, heading, &parts.join("\n"));
}

/// A one-cell row after a narrative continues it; other rows are left to be reported.
pub(super) fn narrative_more(b: &mut Builder, heading: &str, row: &Row) {
    let [c] = row.cells.as_slice() else {
        return;
    };
    c.take();
    append(b, heading, &strip_tags(&c.text));
}

fn append(b: &mut Builder, heading: &str, text: &str) {
    let entry = b.narratives.entry(heading.to_string()).or_default();
    if !entry.is_empty() && !text.is_empty() {
        entry.push('\n');
    }
    entry.push_str(text);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup() {
        assert_eq!(
            strip_tags("<p>项目概况</p> <p>基本情况&nbsp;国务院</p>"),
            "项目概况\n基本情况 国务院"
        );
        assert_eq!(strip_tags("a<br/>b"), "a\nb");
        assert_eq!(strip_tags("2 < 3"), "2 < 3");
    }

    #[test]
    fn money_with_unit_and_commas() {
        assert_eq!(money("2,536.08").unwrap().to_string(), "2536.08");
        assert_eq!(money("2536.08万元").unwrap().to_string(), "2536.08");
        assert!(money("市级预算资金").is_none());
    }
}
