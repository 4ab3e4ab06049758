//! The 项目资金 block: categories in rows, amounts in the columns its header names (年初预算数,
//! 全年预算数, 全年执行数, 分值, 执行率, 得分), or label/amount pairs under group headers
//! (预算数 6.84 | 到位数 6.84 | 执行数 6.84), and breakdowns written beside the rows. Without a 分值
//! column, the weight in the block label (预算执行情况(万元)(20分)) is the total row's 分值.

use super::{number, under, Col, Gen};
use crate::import::grid::{Cell, Row};
use crate::import::labels::norm;
use crate::import::layout::Layout;
use crate::num::parse_percent;
use crate::project::FundsRow;
use crate::source::Sp;
use rust_decimal::Decimal;

/// The funds block so far.
pub(in crate::import) struct FundsT {
    cols: Vec<Col>,
    /// How many 万元 one written unit is.
    factor: Decimal,
    /// The block label, the category of a row that has none.
    label: Sp<String>,
    /// Breakdown groups (按收入性质分 …) by the column their label is in.
    breakdown: Vec<(usize, String)>,
    /// The weight written in the block label (预算执行情况(万元)(20分)), spanned on its number:
    /// the 分值 of the total row when the block has no 分值 column.
    label_weight: Option<Sp<Decimal>>,
}

impl FundsT {
    /// A block started by `label`, in `unit` when the label names one.
    pub fn new(l: &Layout, label: &Cell, unit: Option<String>) -> Self {
        let (name, weight, _) = l.split_label(&label.text);
        let mut t = FundsT {
            cols: Vec::new(),
            factor: Decimal::ONE,
            label: Sp::new(name, label.span.clone()),
            breakdown: Vec::new(),
            label_weight: weight.map(|(v, at)| Sp::new(v, number_span(label, v, at))),
        };
        if let Some(u) = unit {
            t.set_unit(l, &u);
        }
        t
    }

    fn set_unit(&mut self, l: &Layout, unit: &str) {
        if let Some(f) = l.unit_factor(unit) {
            self.factor = f;
        }
    }

    /// Column headers in the row (the block label's row, or the row after it).
    pub fn header(&mut self, l: &Layout, g: &mut Gen, row: &Row) {
        for c in &row.cells {
            let Some(f) = l.column("funds", &c.text) else {
                continue;
            };
            c.take();
            let (_, _, unit) = l.split_label(&c.text);
            if let Some(u) = unit {
                self.set_unit(l, &u);
                if g.funds.unit.is_none() {
                    g.funds.unit = Some(Sp::new(u, c.span.clone()));
                }
            }
            self.cols.retain(|x| x.col != c.col);
            self.cols.push(Col {
                col: c.col,
                field: f.to_string(),
                header: c.norm(),
            });
        }
        self.cols.sort_by_key(|c| c.col);
        if g.funds.unit.is_none() {
            if let Some(first) = row.first() {
                if let (_, _, Some(u)) = l.split_label(&first.text) {
                    g.funds.unit = Some(Sp::new(u, first.span.clone()));
                }
            }
        }
        if let Some(u) = g.funds.unit.as_ref().map(|u| u.value.clone()) {
            self.set_unit(l, &u);
        }
    }

    /// One row of the block.
    pub fn row(&mut self, l: &Layout, g: &mut Gen, row: &Row) {
        if row
            .cells
            .iter()
            .any(|c| !c.used() && l.column("funds", &c.text).is_some())
            && !row
                .cells
                .iter()
                .any(|c| !c.used() && number(&c.text).is_some())
        {
            self.header(l, g, row);
            return;
        }
        if !self.breakdown.is_empty() || row.cells.iter().any(|c| is_breakdown(l, c)) {
            self.breakdown_row(l, g, row);
            return;
        }
        let mut fr = FundsRow {
            category: self.label.clone(),
            total: true,
            initial: None,
            budget: None,
            executed: None,
            arrived: None,
            weight: None,
            rate: None,
            score: None,
        };
        let mut category: Option<&Cell> = None;
        let mut any = false;
        let live: Vec<&Cell> = row.cells.iter().filter(|c| !c.used()).collect();
        for (i, c) in live.iter().copied().enumerate() {
            // A label with its amount right after it in the same column group (预算数 | 6.84).
            let labels_pair = live.get(i.saturating_add(1)).is_some_and(|n| {
                Some(n.col) == c.col.checked_add(1)
                    && number(&n.text).is_some()
                    && under(&self.cols, n.col).map(|x| x.col)
                        == under(&self.cols, c.col).map(|x| x.col)
            });
            if l.is_placeholder(&c.text) {
                c.take();
                continue;
            }
            let col = under(&self.cols, c.col);
            let field = col.map(|c| c.field.as_str());
            if field == Some("note") {
                let key = col.map_or_else(String::new, |c| c.header.clone());
                c.take();
                g.narrate(&key, &c.text);
                continue;
            }
            let slot = match field {
                Some("initial") => &mut fr.initial,
                Some("budget") => &mut fr.budget,
                Some("executed") => &mut fr.executed,
                Some("arrived") => &mut fr.arrived,
                Some("weight") => &mut fr.weight,
                Some("score") => &mut fr.score,
                Some("rate") => &mut fr.rate,
                _ => {
                    if category.is_none() && number(&c.text).is_none() {
                        category = Some(c);
                    }
                    continue;
                }
            };
            let money = matches!(field, Some("initial" | "budget" | "executed" | "arrived"));
            let value = match field {
                Some("rate") => parse_percent(&c.text).or_else(|| number(&c.text)),
                _ if money => amount(&c.text).and_then(|v| v.checked_mul(self.factor)),
                _ => number(&c.text),
            };
            match value {
                Some(v) if slot.is_none() => {
                    c.take();
                    *slot = Some(Sp::new(v, c.span.clone()));
                    any = true;
                }
                // A label inside a column group (预算数 | 6.84): the row's category, or a repeat of it.
                None if labels_pair && category.is_none() => category = Some(c),
                None if labels_pair && category.is_some_and(|k| same_category(l, k, c)) => c.take(),
                _ => {}
            }
        }
        if let Some(k) = category {
            k.take();
            let (name, part) = self.category(l, k);
            fr.total = !part
                && (l.funds_rows.total.iter().any(|t| norm(t) == name) || self.cols.is_empty());
            fr.category = Sp::new(name, k.span.clone());
            any = true;
        }
        if any && fr.total && fr.weight.is_none() && !self.cols.iter().any(|c| c.field == "weight")
        {
            fr.weight = self.label_weight.take();
        }
        if any {
            g.funds.rows.push(fr);
        }
    }

    /// A category label without its 其中: prefix, and whether it had one.
    fn category(&self, l: &Layout, c: &Cell) -> (String, bool) {
        let n = norm(&c.text);
        for p in &l.funds_rows.part_prefix {
            if let Some(rest) = n.strip_prefix(&norm(p)) {
                return (rest.trim_matches(':').to_string(), true);
            }
        }
        let _ = self;
        (n.trim_end_matches(':').to_string(), false)
    }

    /// A row of breakdowns: label (amount) pairs, each under the breakdown its column belongs to.
    fn breakdown_row(&mut self, l: &Layout, g: &mut Gen, row: &Row) {
        let cells: Vec<&Cell> = row.cells.iter().filter(|c| !c.used()).collect();
        let mut i = 0usize;
        while let Some(&c) = cells.get(i) {
            if number(&c.text).is_some() || l.is_placeholder(&c.text) {
                i = i.saturating_add(1);
                continue;
            }
            let (name, _) = self.category(l, c);
            if is_breakdown(l, c) {
                self.breakdown.retain(|(col, _)| *col != c.col);
                self.breakdown.push((c.col, name.clone()));
                self.breakdown.sort();
            }
            let group = self
                .breakdown
                .iter()
                .rev()
                .find(|(col, _)| *col <= c.col)
                .map(|(_, g)| g.clone());
            let Some(group) = group else {
                i = i.saturating_add(1);
                continue;
            };
            c.take();
            let path = if group == name {
                name
            } else {
                format!("{group}/{name}")
            };
            if let Some(next) = cells.get(i.saturating_add(1)) {
                let v = amount(&next.text).and_then(|v| v.checked_mul(self.factor));
                if let Some(v) = v {
                    next.take();
                    g.funds.parts.push((path, Sp::new(v, next.span.clone())));
                    i = i.saturating_add(1);
                }
            }
            i = i.saturating_add(1);
        }
    }
}

/// The span of the number `v` written at byte `at` of the label cell (the whole cell when the
/// number is not there as written).
fn number_span(cell: &Cell, v: Decimal, at: usize) -> crate::source::Span {
    let num = v.to_string();
    match cell.text.get(at..) {
        Some(rest) if rest.starts_with(&num) => crate::source::Span::new(
            &cell.span.file,
            cell.span.offset.saturating_add(at),
            num.len(),
        ),
        _ => cell.span.clone(),
    }
}

fn is_breakdown(l: &Layout, c: &Cell) -> bool {
    let n = norm(&c.text);
    let n = n.trim_end_matches(':');
    l.funds_rows.breakdown.iter().any(|b| norm(b) == n)
}

/// True when two label cells name the same category (其中:财政资金 written under each group).
fn same_category(l: &Layout, a: &Cell, b: &Cell) -> bool {
    let bare = |c: &Cell| {
        let n = norm(&c.text);
        let mut s = n.as_str();
        for p in &l.funds_rows.part_prefix {
            let p = norm(p);
            if let Some(r) = s.strip_prefix(p.as_str()) {
                s = r;
                break;
            }
        }
        s.trim_matches(':').to_string()
    };
    let (x, y) = (bare(a), bare(b));
    x == y
        || (l.funds_rows.total.iter().any(|t| norm(t) == x)
            && l.funds_rows.total.iter().any(|t| norm(t) == y))
}

/// An amount as written: `387664.62`, `2,536.08`, `20万元`.
fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let t = t
        .strip_suffix("万元")
        .or_else(|| t.strip_suffix('元'))
        .unwrap_or(t);
    crate::num::parse_decimal(t.trim())
}
