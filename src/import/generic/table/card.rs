//! The rows of a column 评分表 (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分).

use super::*;

impl TableT {
    pub(super) fn card_row(
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
        self.data = self.data.saturating_add(1);
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
}
