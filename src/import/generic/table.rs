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
                if u == n + 2 {
                    self.cols.push(Col {
                        col: n + 1,
                        field: "target".into(),
                        header: "指标值".into(),
                    });
                    self.cols.sort_by_key(|c| c.col);
                }
            }
        }
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
        if self.kind == "scorecard" {
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

    /// Label (`指标1`) and 三级 name of the name cell.
    fn names(c: Option<&Cell>) -> (Option<Sp<String>>, Option<Sp<String>>, bool) {
        let Some(c) = c else {
            return (None, None, false);
        };
        let t = c.text.trim();
        if let Some((label, name)) = indicator_label(t).or_else(|| bare_label(t)) {
            let span = Span::new(&c.span.file, c.span.offset, label.len().min(c.span.len));
            let name = name.and_then(|(_, at)| c.part(at));
            let empty = name.is_none();
            return (Some(Sp::new(label, span)), name, empty);
        }
        (None, Some(Sp::new(c.text.clone(), c.span.clone())), false)
    }

    fn indicator_row(
        &mut self,
        l: &Layout,
        g: &mut Gen,
        cells: &IndexMap<String, Vec<&Cell>>,
        last: bool,
    ) {
        let name_cell = self.text(l, cells, "name");
        let target = self.text(l, cells, "target");
        let actual = self.text(l, cells, "actual");
        let nature = self.text(l, cells, "nature");
        let unit = self.text(l, cells, "unit");
        let has_weight = cells
            .get("weight")
            .is_some_and(|v| v.iter().any(|c| number(&c.text).is_some()));
        let has_score = cells
            .get("score")
            .is_some_and(|v| v.iter().any(|c| number(&c.text).is_some()));
        let (label, name, template_only) = Self::names(name_cell);
        let template_only =
            template_only || name.as_ref().is_some_and(|n| l.is_placeholder(&n.value));
        let nothing = target.is_none() && actual.is_none() && !has_weight && !has_score;
        if nothing && (name_cell.is_none() || template_only) {
            name_cell.iter().for_each(|c| c.take());
            nature.iter().chain(unit.iter()).for_each(|c| c.take());
            return;
        }
        if last && actual.is_none() && !has_score {
            let shown = name
                .as_ref()
                .or(label.as_ref())
                .map_or_else(String::new, |n| n.value.clone());
            let mut d = Diagnostic::warning(
                "jixiao::import::cut_row",
                text::import_row_without_values(&shown),
            );
            for c in cells.values().flatten().filter(|c| !c.used()) {
                c.take();
                d = d.at(&c.span, text::HERE);
            }
            g.diags.push(d);
            return;
        }
        self.data += 1;
        name_cell.iter().for_each(|c| c.take());
        let index = g.indicators.len();
        let anchor = name_cell
            .or(target)
            .or(actual)
            .map_or_else(|| self.block.span.clone(), |c| c.span.clone());
        let (level1, level2) = self.placed(l, g, index, &anchor);
        let nature_sp = nature.map(|c| c.sp()).or_else(|| {
            self.nature
                .clone()
                .filter(|_| target.is_some() || actual.is_some())
        });
        if let Some(n) = nature.map(|c| Sp::new(c.text.clone(), c.span.clone())) {
            let d = l.direction_word(&n.value);
            self.nature = matches!(d, Some("定量" | "定性")).then_some(n);
        }
        let unit_sp = unit.map(|c| c.sp());
        let (direction, t, a) = self.measures(
            l,
            g,
            index,
            &level2,
            nature_sp.as_ref(),
            target,
            actual,
            unit_sp.as_ref(),
            &anchor,
        );
        let numbered = name.as_ref().is_some_and(|n| is_numbered_parent(&n.value));
        let part_of = self.part_of(g, &name, has_weight || has_score, numbered);
        let deviation = self.text(l, cells, "deviation").map(|c| c.sp());
        let weight = self.num(cells, "weight");
        let score = self.num(cells, "score");
        let extra = self.extra(
            l,
            cells,
            &[
                "level1",
                "level2",
                "name",
                "target",
                "actual",
                "nature",
                "unit",
                "deviation",
                "level1_weight",
                "level2_weight",
            ],
        );
        g.indicators.push(Indicator {
            level1,
            level2,
            name,
            label,
            direction,
            target: t,
            actual: a,
            progress: None,
            tier: None,
            weight,
            score,
            nature: nature_sp,
            unit: unit_sp,
            deviation,
            part_of: part_of.clone(),
            extra,
        });
        if part_of.is_none() {
            self.root = Some(index);
            if numbered {
                self.numbered = Some(index);
            }
        }
    }

    /// The indicator a row details: a `其中…` row, a `1、` row under an `一、` row, or a row without
    /// 分值/得分 right under one of the same 二级 in a table that scores every row.
    fn part_of(
        &self,
        g: &Gen,
        name: &Option<Sp<String>>,
        scored: bool,
        numbered: bool,
    ) -> Option<Sp<String>> {
        let root = self.root.and_then(|i| g.indicators.get(i))?;
        let same_level2 = self
            .level2
            .as_ref()
            .is_some_and(|l2| l2.value == root.level2.value);
        let parent = |i: usize| {
            g.indicators.get(i).map(|p| {
                let sp = p
                    .name
                    .as_ref()
                    .map_or_else(|| p.level2.span.clone(), |n| n.span.clone());
                Sp::new(p.display_name(), sp)
            })
        };
        let n = name.as_ref().map(|n| n.value.as_str()).unwrap_or("");
        if numbered {
            return None;
        }
        if n.starts_with(|c: char| c.is_ascii_digit()) && n.contains('、') {
            if let Some(p) = self.numbered {
                return parent(p);
            }
        }
        let has_scores = self.cols.iter().any(|c| c.field == "score");
        if (n.starts_with("其中") || (!scored && has_scores)) && same_level2 {
            return parent(self.root?);
        }
        None
    }

    /// 一级 and 二级 of the row: carried, or placed by the 二级 name, or the block label.
    fn placed(
        &mut self,
        l: &Layout,
        g: &mut Gen,
        index: usize,
        anchor: &Span,
    ) -> (Sp<String>, Sp<String>) {
        let level2 = match &self.level2 {
            Some(l2) => l2.clone(),
            None => {
                g.infer(format!("indicators[{index}].level2"), text::INFER_NO_LEVELS);
                Sp::new(self.block.value.clone(), self.block.span.clone())
            }
        };
        let level1 = match &self.level1 {
            Some(l1) => l1.clone(),
            None => match l.level1_of(&level2.value) {
                Some(m) => {
                    g.infer(
                        format!("indicators[{index}].level1"),
                        &text::infer_level1(m, &level2.value),
                    );
                    let sp = Sp::new(m.to_string(), level2.span.clone());
                    self.level1 = Some(sp.clone());
                    sp
                }
                None => {
                    g.infer(format!("indicators[{index}].level1"), text::INFER_NO_LEVELS);
                    Sp::new(self.block.value.clone(), anchor.clone())
                }
            },
        };
        if let Some(p) = self.pending.take() {
            if let Some(w) = g.group_weights.get_mut(p) {
                w.level1 = Some(level1.value.clone());
            }
        }
        (level1, level2)
    }

    /// Direction (指标性质 column, a sign before the target, or inferred) and the measures.
    #[allow(clippy::too_many_arguments)]
    fn measures(
        &self,
        l: &Layout,
        g: &mut Gen,
        index: usize,
        level2: &Sp<String>,
        nature: Option<&Sp<String>>,
        target: Option<&Cell>,
        actual: Option<&Cell>,
        unit: Option<&Sp<String>>,
        anchor: &Span,
    ) -> (Sp<Direction>, Measure, Measure) {
        let key = format!("indicators[{index}].direction");
        let blank = |c: Option<&Cell>| match c {
            Some(c) => c.sp(),
            None => Sp::new(String::new(), Span::new(&anchor.file, anchor.offset, 0)),
        };
        let (t, a) = (blank(target), blank(actual));
        let qual = |t: Sp<String>| Measure {
            text: t,
            value: None,
            unit: None,
        };
        if target.is_none() && actual.is_none() {
            g.infer(key, text::INFER_NO_VALUES);
            return (
                Sp::new(Direction::Qualitative, anchor.clone()),
                qual(t),
                qual(a),
            );
        }
        let word = nature.and_then(|n| l.direction_word(&n.value).map(|d| (d, n.span.clone())));
        let sign = l
            .direction_prefix(&t.value)
            .filter(|(d, _)| !matches!(*d, "定性" | "定量"))
            .map(|(d, len)| (d, Span::new(&t.span.file, t.span.offset, len)));
        let quantitative = word.as_ref().is_some_and(|(w, _)| *w == "定量");
        let stated = match word {
            Some((d, span)) if d != "定量" => Some((d, span)),
            _ => sign,
        };
        let mut direction =
            match stated.and_then(|(d, s)| Direction::parse(d).map(|d| Sp::new(d, s))) {
                Some(d) => d,
                None => {
                    let (d, note) = infer_direction(&level2.value, &t.value);
                    let d = if quantitative && d == Direction::Qualitative {
                        Direction::AtLeast
                    } else {
                        d
                    };
                    g.infer(key.clone(), &note);
                    Sp::new(d, t.span.clone())
                }
            };
        if direction.value == Direction::Qualitative {
            return (direction, qual(t), qual(a));
        }
        let with_unit = |m: Measure| Measure {
            unit: m.unit.or_else(|| unit.map(|u| u.value.clone())),
            ..m
        };
        match (numeric(t.clone()), numeric(a.clone())) {
            (Some(tm), Some(am)) => (direction, with_unit(tm), with_unit(am)),
            (None, _) => {
                g.infer(key, text::INFER_QUALITATIVE_TARGET);
                direction.value = Direction::Qualitative;
                (direction, qual(t), qual(a))
            }
            (Some(_), None) => {
                g.infer(key, text::INFER_QUALITATIVE_ACTUAL);
                direction.value = Direction::Qualitative;
                (direction, qual(t), qual(a))
            }
        }
    }

    fn card_row(
        &mut self,
        l: &Layout,
        g: &mut Gen,
        cells: &IndexMap<String, Vec<&Cell>>,
        last: bool,
    ) {
        let name_cell = self.text(l, cells, "name");
        let (label, name, template_only) = Self::names(name_cell);
        let weight = cells
            .get("weight")
            .and_then(|v| v.first())
            .and_then(|c| number(&c.text).map(|v| (v, *c)));
        let score = cells
            .get("score")
            .and_then(|v| v.first())
            .and_then(|c| number(&c.text).map(|v| (v, *c)));
        let other = cells
            .iter()
            .filter(|(f, _)| {
                !matches!(
                    f.as_str(),
                    "level1"
                        | "level2"
                        | "name"
                        | "weight"
                        | "score"
                        | "level1_weight"
                        | "level2_weight"
                )
            })
            .flat_map(|(_, v)| v)
            .any(|c| !c.used() && !l.is_placeholder(&c.text));
        if name_cell.is_none() || (template_only && weight.is_none() && score.is_none() && !other) {
            name_cell.iter().for_each(|c| c.take());
            return;
        }
        let shown = name
            .as_ref()
            .or(label.as_ref())
            .map_or_else(String::new, |n| n.value.clone());
        let Some((score, score_cell)) = score else {
            let message = if weight.is_some() {
                text::import_item_without_score(&shown)
            } else if last {
                text::import_row_without_values(&shown)
            } else {
                return;
            };
            let mut d = Diagnostic::warning("jixiao::import::cut_row", message);
            for c in cells.values().flatten().filter(|c| !c.used()) {
                c.take();
                d = d.at(&c.span, text::HERE);
            }
            g.diags.push(d);
            return;
        };
        self.data += 1;
        name_cell.iter().for_each(|c| c.take());
        score_cell.take();
        let path: Vec<String> = [self.level1.as_ref(), self.level2.as_ref()]
            .into_iter()
            .flatten()
            .map(|s| s.value.clone())
            .chain(std::iter::once(norm(&shown)))
            .collect();
        let path = path.join("/");
        let span = name_cell.map_or_else(|| score_cell.span.clone(), |c| c.span.clone());
        if let Some(first) = g.items.iter().find(|d| d.path.value == path) {
            let d = Diagnostic::error(
                "jixiao::project::duplicate_item",
                text::duplicate_item(&path),
            )
            .at(&span, text::DUPLICATE_HERE)
            .at(&first.path.span, text::FIRST_HERE);
            g.diags.push(d);
        }
        let weight = weight.map(|(v, c)| {
            c.take();
            Sp::new(v, c.span.clone())
        });
        let extra = self.extra(
            l,
            cells,
            &[
                "level1",
                "level2",
                "name",
                "weight",
                "score",
                "level1_weight",
                "level2_weight",
            ],
        );
        g.items.push(Declared {
            path: Sp::new(path, span),
            weight,
            score: Sp::new(score, score_cell.span.clone()),
            extra,
        });
    }

    /// End of the table.
    pub fn end(self, _g: &mut Gen) {}
}

/// `一、示范区建立`: a numbered parent row whose `1、2、` rows follow.
fn is_numbered_parent(name: &str) -> bool {
    let t = name.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    t.len() != name.len() && t.starts_with('、')
}

/// `指标1工程资金金额`, `指标2`: a row label without a colon.
fn bare_label(t: &str) -> Option<(String, Option<(String, usize)>)> {
    let rest = t.strip_prefix("指标")?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return None;
    }
    let label = format!("指标{digits}");
    let after = &rest[digits.len()..];
    let name = after.trim_start_matches([':', '：']).trim();
    if name.is_empty() {
        return Some((label, None));
    }
    let at = t.len() - after.trim_start_matches([':', '：']).trim_start().len();
    Some((label, Some((name.to_string(), at))))
}
