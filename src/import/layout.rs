//! Form layouts: the words a family of forms is recognised by, read from `layouts/<id>.yaml`
//! (embedded in the binary; a user's own directory first). The readers are generic; a province's
//! variant is a new layout file. See docs/layouts.md.

use super::labels::norm;
use crate::diag::{Diagnostic, Diags, Result};
use crate::source::SourceFile;
use crate::text;
use indexmap::IndexMap;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/layouts.rs"));
}

/// Environment variable naming a directory of the user's own layouts.
pub const LAYOUTS_ENV: &str = "JIXIAO_LAYOUTS";

/// One layout file as written.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Identifier (the file name without `.yaml`).
    pub id: String,
    /// What family of forms it reads, in Chinese.
    pub name: String,
    /// Another layout whose words this one adds to.
    pub extends: Option<String>,
    /// `53号` for the seed's 53号 reader; otherwise the generic table reader.
    pub engine: Option<String>,
    /// Words in a title cell (自评表, 得分表) and title endings that name the project when the
    /// form has no 项目名称 cell.
    #[serde(default)]
    pub title: Title,
    /// Header labels: field → labels. Fields: name, department, implementer, kind, period, grade,
    /// responsible, handler, phone, filled_on, total_score, unit, signature; any other
    /// field is kept under `header.extra` by that name.
    #[serde(default)]
    pub header: IndexMap<String, Vec<String>>,
    /// Block labels: block kind (funds, goals, indicators, scorecard, total, narrative) → labels.
    #[serde(default)]
    pub blocks: IndexMap<String, Vec<String>>,
    /// Column headers per table kind (funds, goals, indicators, scorecard): field → headers.
    #[serde(default)]
    pub columns: IndexMap<String, IndexMap<String, Vec<String>>>,
    /// Category words of the funds rows.
    #[serde(default)]
    pub funds_rows: FundsRows,
    /// Direction words and signs (≧, >=, 大于等于, 正向, 定性指标) → ≥ ≤ = < > 定性 定量.
    #[serde(default)]
    pub directions: IndexMap<String, String>,
    /// Words anywhere in a target that state its direction (不低于, 以内) → ≥ ≤ …, checked in
    /// order, when no column or leading sign states it.
    #[serde(default)]
    pub direction_words: IndexMap<String, String>,
    /// Words of a qualitative result (达成预期指标, 有效, 完成 …).
    #[serde(default)]
    pub qualitative: Vec<String>,
    /// Cells that stand for "nothing" (—, -, /, ……).
    #[serde(default)]
    pub placeholders: Vec<String>,
    /// Template text read and not kept (附件*, 注:*, 一、基本情况); `*` matches anything.
    #[serde(default)]
    pub template: Vec<String>,
    /// How a weight is written in a label: `(` … `分)`.
    #[serde(default)]
    pub weight_marks: Vec<WeightMark>,
    /// Unit words of amounts → how many 万元 one unit is (元: 0.0001, 万元: 1).
    #[serde(default)]
    pub units: IndexMap<String, String>,
    /// 一级指标 → its 二级指标 names (to place an indicator whose 一级 cell is blank).
    #[serde(default)]
    pub levels: IndexMap<String, Vec<String>>,
    /// 一级指标 names a form writes otherwise (效益指标: [效果指标]), read as the key.
    #[serde(default)]
    pub level1_names: IndexMap<String, Vec<String>>,
    /// Words of a grade (优, 良, 中, 差 …) on the 总分 row.
    #[serde(default)]
    pub grades: Vec<String>,
    /// The words looked up for every cell, normalised once on first use.
    #[serde(skip)]
    normed: std::sync::OnceLock<normed::Normed>,
}

/// Title words.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// A cell holding one of these (and no longer than 60 characters) is the title.
    #[serde(default)]
    pub words: Vec<String>,
    /// Endings cut from the title to name the project when there is no 项目名称 cell.
    #[serde(default)]
    pub name_endings: Vec<String>,
}

/// Funds row words.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FundsRows {
    /// The total row (年度资金总额, 总额).
    #[serde(default)]
    pub total: Vec<String>,
    /// Prefixes of a part row (其中:).
    #[serde(default)]
    pub part_prefix: Vec<String>,
    /// Labels that start a breakdown written beside the rows (按收入性质分, 按支出性质分).
    #[serde(default)]
    pub breakdown: Vec<String>,
    /// Category rows of a funds block written by rows (53号): funds field (budget, allocated,
    /// spent) → row labels (预算资金, 预算下达资金, 实际支出资金).
    #[serde(default)]
    pub categories: IndexMap<String, Vec<String>>,
}

/// A weight in a label: the text between `open` and `close` is the number.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct WeightMark {
    /// Text before the number, `(`.
    pub open: String,
    /// Text after the number, `分)`.
    pub close: String,
}

impl Layout {
    /// Adds the words of `base` after this layout's own.
    fn inherit(&mut self, base: &Layout) {
        self.normed = std::sync::OnceLock::new();
        let lists = |a: &mut Vec<String>, b: &Vec<String>| {
            for w in b {
                if !a.contains(w) {
                    a.push(w.clone());
                }
            }
        };
        let maps = |a: &mut IndexMap<String, Vec<String>>, b: &IndexMap<String, Vec<String>>| {
            for (k, v) in b {
                lists(a.entry(k.clone()).or_default(), v);
            }
        };
        lists(&mut self.title.words, &base.title.words);
        lists(&mut self.title.name_endings, &base.title.name_endings);
        maps(&mut self.header, &base.header);
        maps(&mut self.blocks, &base.blocks);
        for (kind, cols) in &base.columns {
            maps(self.columns.entry(kind.clone()).or_default(), cols);
        }
        lists(&mut self.funds_rows.total, &base.funds_rows.total);
        lists(
            &mut self.funds_rows.part_prefix,
            &base.funds_rows.part_prefix,
        );
        lists(&mut self.funds_rows.breakdown, &base.funds_rows.breakdown);
        maps(&mut self.funds_rows.categories, &base.funds_rows.categories);
        for (k, v) in &base.directions {
            self.directions
                .entry(k.clone())
                .or_insert_with(|| v.clone());
        }
        for (k, v) in &base.direction_words {
            self.direction_words
                .entry(k.clone())
                .or_insert_with(|| v.clone());
        }
        lists(&mut self.qualitative, &base.qualitative);
        lists(&mut self.placeholders, &base.placeholders);
        lists(&mut self.template, &base.template);
        if self.weight_marks.is_empty() {
            self.weight_marks = base.weight_marks.clone();
        }
        for (k, v) in &base.units {
            self.units.entry(k.clone()).or_insert_with(|| v.clone());
        }
        maps(&mut self.levels, &base.levels);
        maps(&mut self.level1_names, &base.level1_names);
        lists(&mut self.grades, &base.grades);
        if self.engine.is_none() {
            self.engine = base.engine.clone();
        }
    }

    /// True for the seed's 53号 reader.
    pub fn is_53(&self) -> bool {
        self.engine.as_deref() == Some("53号")
    }

    /// A label with its weight mark and a trailing unit removed, and the weight and unit found:
    /// `产出指标(50分)` → (`产出指标`, 50); `预算执行情况(万元)(20分)` → (`预算执行情况`, 20, 万元).
    pub fn split_label(
        &self,
        text: &str,
    ) -> (
        String,
        Option<(rust_decimal::Decimal, usize)>,
        Option<String>,
    ) {
        let mut n = norm(text);
        let mut weight = None;
        for m in &self.weight_marks {
            let Some(end) = n.rfind(&m.close) else {
                continue;
            };
            let Some(start) = n[..end].rfind(&m.open) else {
                continue;
            };
            let num = &n[start.saturating_add(m.open.len())..end];
            if let Some(v) = crate::num::parse_decimal(num) {
                // Byte offset of the number in the original text, for its span.
                let at = text.find(num).unwrap_or(0);
                weight = Some((v, at));
                n = format!("{}{}", &n[..start], &n[end.saturating_add(m.close.len())..]);
                break;
            }
        }
        let mut unit = None;
        for u in self.units.keys() {
            let mark = format!("({u})");
            if let Some(at) = n.find(&mark) {
                unit = Some(u.clone());
                n = format!("{}{}", &n[..at], &n[at.saturating_add(mark.len())..]);
                break;
            }
        }
        (strip_numbering(&n).to_string(), weight, unit)
    }

    /// How many 万元 one unit of `unit` is.
    pub fn unit_factor(&self, unit: &str) -> Option<rust_decimal::Decimal> {
        self.units
            .get(unit)
            .and_then(|f| crate::num::parse_decimal(f))
    }

    /// The block kind a label starts, if any.
    pub fn block_of(&self, text: &str) -> Option<&str> {
        let (label, _, _) = self.split_label(text);
        let label = label.trim_end_matches(':');
        self.normed()
            .blocks
            .iter()
            .find(|(_, ls)| {
                ls.iter()
                    .any(|l| l == label || (l.chars().count() >= 6 && label.starts_with(l)))
            })
            .map(|(k, _)| k.as_str())
    }

    /// The field of a table kind a column header names.
    pub fn column(&self, kind: &str, text: &str) -> Option<&str> {
        let cols = self.normed().columns.get(kind)?;
        let n = norm(text);
        let bare = strip_notes(&n);
        cols.iter()
            .find(|(_, ws)| ws.iter().any(|w| *w == n || w == bare))
            .map(|(k, _)| k.as_str())
    }

    /// True for a placeholder cell (—, -, /).
    pub fn is_placeholder(&self, text: &str) -> bool {
        let n = norm(text);
        self.normed().placeholders.contains(&n)
    }

    /// True for template text.
    pub fn is_template(&self, text: &str) -> bool {
        let n = norm(text);
        self.normed().template.iter().any(|t| glob(t, &n))
    }

    /// The direction a sign or word stands for (≥ ≤ = < > 定性 定量), and the word's byte length
    /// when it starts the text.
    pub fn direction_prefix(&self, text: &str) -> Option<(&str, usize)> {
        let t = text.trim_start();
        let lead = text.len().saturating_sub(t.len());
        let mut best: Option<(&str, usize)> = None;
        for (w, d) in &self.directions {
            if t.starts_with(w.as_str()) && best.is_none_or(|(_, l)| w.len() > l) {
                best = Some((d.as_str(), w.len()));
            }
        }
        best.map(|(d, l)| (d, lead.saturating_add(l)))
    }

    /// The direction a whole cell (指标性质 column) names.
    pub fn direction_word(&self, text: &str) -> Option<&str> {
        let n = norm(text);
        self.directions
            .iter()
            .find(|(w, _)| norm(w) == n)
            .map(|(_, d)| d.as_str())
    }

    /// The 一级 name a form's 一级 label stands for, when the layout gives it another name.
    pub fn level1_name(&self, written: &str) -> Option<&str> {
        let n = norm(written);
        self.level1_names
            .iter()
            .find(|(_, names)| names.iter().any(|w| norm(w) == n))
            .map(|(l1, _)| l1.as_str())
    }

    /// The 一级 a 二级 name belongs to.
    pub fn level1_of(&self, level2: &str) -> Option<&str> {
        self.levels
            .iter()
            .find(|(_, l2)| l2.iter().any(|l| norm(l) == level2))
            .map(|(l1, _)| l1.as_str())
    }

    /// The header field a label names: (field, byte length of the label in `original`).
    pub fn header_label(&self, original: &str) -> Option<(&str, usize)> {
        let n = norm(original);
        let mut best: Option<(&str, &str)> = None;
        for (key, labels) in &self.normed().header {
            for l in labels {
                if n.starts_with(l.as_str()) && best.is_none_or(|(_, b)| l.len() > b.len()) {
                    best = Some((key.as_str(), l.as_str()));
                }
            }
        }
        let (key, label) = best?;
        let rest = strip_notes(&n[label.len()..]).to_string();
        if !rest.is_empty() && !original.contains([':', '：']) {
            return None;
        }
        Some((key, label_len(original, label.chars().count())))
    }
}

mod load;
mod lookup;
mod normed;
mod text_parts;
pub use load::all;
use text_parts::{glob, label_len};
pub use text_parts::{strip_notes, strip_numbering};

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests;
