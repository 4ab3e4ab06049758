//! Tables read by their column headers: the 绩效指标 table (one indicator per row) and the
//! column 评分表 (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分). Merged cells carry down.

use super::{number, Col, Gen};
use crate::diag::Diagnostic;
use crate::import::grid::{Cell, Row};
use crate::import::indicators::{infer_direction, numeric};
use crate::import::labels::{indicator_label, norm};
use crate::import::layout::Layout;
use crate::project::{Declared, Direction, Indicator, Measure};
use crate::source::{Sp, Span};
use crate::text;
use indexmap::IndexMap;

mod card;
mod indicator;

/// A table being read.
pub(in crate::import) struct TableT {
    kind: String,
    pub cols: Vec<Col>,
    data: usize,
    block: Sp<String>,
    level1: Option<Sp<String>>,
    level2: Option<Sp<String>>,
    /// A group weight whose label had no 一级 name (`(50分)`): filled from the next indicator.
    pending: Option<usize>,
    /// 定量/定性 written once for a merged group of rows.
    nature: Option<Sp<String>>,
    /// The last indicator that is not a part of another, and the last `一、` row.
    root: Option<usize>,
    numbered: Option<usize>,
}

/// The table kind a header row starts (three or more column headers, one of them a level).
pub(in crate::import) fn starts_table<'l>(l: &'l Layout, row: &Row) -> Option<&'l str> {
    let mut best: Option<(&'l str, usize)> = None;
    for (kind, _) in l
        .columns
        .iter()
        .filter(|(k, _)| matches!(k.as_str(), "indicators" | "scorecard"))
    {
        let fields: Vec<&str> = row
            .cells
            .iter()
            .filter(|c| !c.used())
            .filter_map(|c| l.column(kind, &c.text))
            .collect();
        let level = fields
            .iter()
            .any(|f| matches!(*f, "level1" | "level2" | "name"));
        if fields.len() >= 3 && level && best.is_none_or(|(_, n)| fields.len() > n) {
            best = Some((kind.as_str(), fields.len()));
        }
    }
    best.map(|(k, _)| k)
}

impl TableT {
    /// A table started by the block label (or header) cell `block`.
    pub fn new(l: &Layout, kind: &str, block: &Cell) -> Self {
        TableT {
            kind: kind.to_string(),
            cols: Vec::new(),
            data: 0,
            block: Sp::new(l.split_label(&block.text).0, block.span.clone()),
            level1: None,
            level2: None,
            pending: None,
            nature: None,
            root: None,
            numbered: None,
        }
    }

    /// True while no data row has been read (a second header row refines the first).
    pub fn fresh(&self) -> bool {
        self.data == 0
    }

    /// Maps the column headers of a header row; a later header row refines an earlier one.
    pub fn header(&mut self, l: &Layout, row: &Row) {
        let mut prev: Option<String> = None;
        for c in &row.cells {
            let Some(f) = l.column(&self.kind, &c.text) else {
                if !c.used() {
                    prev = None;
                }
                continue;
            };
            c.take();
            let mut field = f.to_string();
            if field == "weight" {
                match prev.as_deref() {
                    Some("level1") => field = "level1_weight".into(),
                    Some("level2") => field = "level2_weight".into(),
                    _ => {}
                }
            }
            prev = Some(field.clone());
            self.cols.retain(|x| x.col != c.col);
            self.cols.push(Col {
                col: c.col,
                field,
                header: crate::import::layout::strip_notes(&c.norm()).to_string(),
            });
        }
        self.cols.sort_by_key(|c| c.col);
        // 指标性质 | (值) | 单位: the value column between sign and unit has no header of its own.
        let at = |f: &str| self.cols.iter().find(|c| c.field == f).map(|c| c.col);
        if at("target").is_none() {
            if let (Some(n), Some(u)) = (at("nature"), at("unit")) {
                if Some(u) == n.checked_add(2) {
                    self.cols.push(Col {
                        col: n.saturating_add(1),
                        field: "target".into(),
                        header: "指标值".into(),
                    });
                    self.cols.sort_by_key(|c| c.col);
                }
            }
        }
    }

    /// In a 评分表 with 指标值 and 实际值 columns, the 一级 of a row whose 二级 the layout's
    /// `levels` names (a 10号 indicator row); `None` for the scorecard's own items.
    fn card_indicator(&self, l: &Layout) -> Option<Sp<String>> {
        let has = |f: &str| self.cols.iter().any(|c| c.field == f);
        if self.kind != "scorecard" || !has("target") || !has("actual") {
            return None;
        }
        let level2 = self.level2.as_ref()?;
        let level1 = l.level1_of(&level2.value)?;
        let span = self
            .level1
            .as_ref()
            .map_or_else(|| level2.span.clone(), |w| w.span.clone());
        Some(Sp::new(level1.to_string(), span))
    }

    fn field(&self, col: usize) -> Option<&Col> {
        self.cols.iter().find(|c| c.col == col)
    }

    /// One row of the table; `last` is the form's last row (a cut-off page ends there).
    pub fn row(&mut self, l: &Layout, g: &mut Gen, row: &Row, last: bool) {
        let live: Vec<&Cell> = row.cells.iter().filter(|c| !c.used()).collect();
        let headers = live
            .iter()
            .filter(|c| l.column(&self.kind, &c.text).is_some())
            .count();
        if self.data == 0 && headers >= 2 && !live.iter().any(|c| number(&c.text).is_some()) {
            self.header(l, row);
            return;
        }
        let mut cells: IndexMap<String, Vec<&Cell>> = IndexMap::new();
        for c in &live {
            if let Some(col) = self.field(c.col) {
                cells.entry(col.field.clone()).or_default().push(c);
            }
        }
        self.levels(l, g, &cells);
        if let Some(level1) = self.card_indicator(l) {
            // A 评分表 row of a 10号 二级 (数量指标 …) with 指标值 and 实际值: an indicator, under
            // the 一级 the layout's `levels` places its 二级 in (服务对象满意度指标 → 满意度指标).
            let written = self.level1.replace(level1);
            self.indicator_row(l, g, &cells, last);
            self.level1 = written;
        } else if self.kind == "scorecard" {
            self.card_row(l, g, &cells, last);
        } else {
            self.indicator_row(l, g, &cells, last);
        }
    }

    /// 一级 and 二级 cells: names (weights in labels recorded), carried to the rows below.
    fn levels(&mut self, l: &Layout, g: &mut Gen, cells: &IndexMap<String, Vec<&Cell>>) {
        for (key, wkey) in [("level1", "level1_weight"), ("level2", "level2_weight")] {
            let Some(c) = cells.get(key).and_then(|v| v.first()) else {
                continue;
            };
            c.take();
            let (name, weight, _) = l.split_label(&c.text);
            let name = match l.level1_name(&name) {
                Some(canonical) if key == "level1" => canonical.to_string(),
                _ => name,
            };
            let sp = (!name.is_empty()).then(|| Sp::new(name.clone(), c.span.clone()));
            if key == "level1" {
                self.level1 = sp;
                self.level2 = None;
                self.numbered = None;
            } else {
                self.level2 = sp;
                self.numbered = None;
            }
            let written = cells.get(wkey).and_then(|v| v.first()).and_then(|w| {
                let v = number(&w.text)?;
                w.take();
                Some((v, *w))
            });
            let l1 = self.level1.as_ref().map(|s| s.value.clone());
            let l2 = (key == "level2")
                .then(|| name.clone())
                .filter(|n| !n.is_empty());
            if let Some(w) = weight {
                if l1.is_none() && key == "level1" {
                    self.pending = Some(g.group_weights.len());
                }
                g.weight_in_label(c, w, l1.clone(), l2.clone());
            } else if let Some((v, w)) = written {
                g.group_weights.push(crate::project::GroupWeight {
                    label: Sp::new(c.text.clone(), c.span.clone()),
                    level1: l1,
                    level2: l2,
                    weight: Sp::new(v, w.span.clone()),
                });
            }
        }
    }

    fn text<'c>(
        &self,
        l: &Layout,
        cells: &IndexMap<String, Vec<&'c Cell>>,
        f: &str,
    ) -> Option<&'c Cell> {
        let c = *cells.get(f)?.first()?;
        if l.is_placeholder(&c.text) {
            c.take();
            return None;
        }
        Some(c)
    }

    fn num(
        &self,
        cells: &IndexMap<String, Vec<&Cell>>,
        f: &str,
    ) -> Option<Sp<rust_decimal::Decimal>> {
        let c = cells.get(f)?.iter().find(|c| number(&c.text).is_some())?;
        c.take();
        Some(Sp::new(number(&c.text)?, c.span.clone()))
    }

    /// Columns the model has no field for, and text found in a number column, by header.
    fn extra(
        &self,
        l: &Layout,
        cells: &IndexMap<String, Vec<&Cell>>,
        known: &[&str],
    ) -> IndexMap<String, Sp<String>> {
        let mut out = IndexMap::new();
        for (f, cs) in cells {
            for c in cs {
                if c.used()
                    || (known.contains(&f.as_str()) && !matches!(f.as_str(), "weight" | "score"))
                {
                    continue;
                }
                if l.is_placeholder(&c.text) {
                    c.take();
                    continue;
                }
                let header = self
                    .field(c.col)
                    .map_or_else(|| f.clone(), |x| x.header.clone());
                out.entry(header).or_insert_with(|| c.sp());
            }
        }
        out
    }

    /// End of the table.
    pub fn end(self, _g: &mut Gen) {}
}
