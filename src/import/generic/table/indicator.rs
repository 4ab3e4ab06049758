//! The 绩效指标 rows of a table: names and labels, detail rows, columns placed by header,
//! target and actual read as measures.

use super::*;

impl TableT {
    /// Label (`指标1`) and 三级 name of the name cell.
    pub(super) fn names(c: Option<&Cell>) -> (Option<Sp<String>>, Option<Sp<String>>, bool) {
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

    pub(super) fn indicator_row(
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
        self.data = self.data.saturating_add(1);
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
    pub(super) fn part_of(
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
    pub(super) fn placed(
        &mut self,
        l: &Layout,
        g: &mut Gen,
        index: usize,
        anchor: &Span,
    ) -> (Sp<String>, Sp<String>) {
        let level2 = match &self.level2 {
            Some(l2) => l2.clone(),
            None => {
                g.infer(
                    format!("indicators[{index}].level2"),
                    &text::INFER_NO_LEVELS.to_string(),
                );
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
                    g.infer(
                        format!("indicators[{index}].level1"),
                        &text::INFER_NO_LEVELS.to_string(),
                    );
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
    pub(super) fn measures(
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
            g.infer(key, &text::INFER_NO_VALUES.to_string());
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
                    let (d, note) = infer_direction(l, &level2.value, &t.value);
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
                g.infer(key, &text::INFER_QUALITATIVE_TARGET.to_string());
                direction.value = Direction::Qualitative;
                (direction, qual(t), qual(a))
            }
            (Some(_), None) => {
                g.infer(key, &text::INFER_QUALITATIVE_ACTUAL.to_string());
                direction.value = Direction::Qualitative;
                (direction, qual(t), qual(a))
            }
        }
    }
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
    let at = t
        .len()
        .saturating_sub(after.trim_start_matches([':', '：']).trim_start().len());
    Some((label, Some((name.to_string(), at))))
}
