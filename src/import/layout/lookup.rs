//! Lookups of the 53号 reader: funds category rows, worded directions, narrative headings,
//! column headers matched by the words they contain, 一级 names.

use super::*;

impl Layout {
    /// The funds field (budget, allocated, spent) a category row label names.
    pub fn fund_category(&self, text: &str) -> Option<&str> {
        let n = norm(text);
        self.funds_rows
            .categories
            .iter()
            .find(|(_, ls)| ls.iter().any(|l| norm(l) == n))
            .map(|(k, _)| k.as_str())
    }

    /// The first direction word found anywhere in a target (`控制在100万元以内`): the direction
    /// it stands for (≥ ≤ …) and the word.
    pub fn worded_direction(&self, text: &str) -> Option<(&str, &str)> {
        self.direction_words
            .iter()
            .find(|(w, _)| !w.is_empty() && text.contains(w.as_str()))
            .map(|(w, d)| (d.as_str(), w.as_str()))
    }

    /// The narrative heading (a `narrative` block label) a normalised text starts with.
    pub fn narrative_heading(&self, normalised: &str) -> Option<&str> {
        self.blocks
            .get("narrative")?
            .iter()
            .find(|h| {
                let h = norm(h);
                !h.is_empty() && normalised.starts_with(h.as_str())
            })
            .map(String::as_str)
    }

    /// The field of a table kind whose header word a cell contains (`绩效指标（三级）` holds
    /// 三级): fields in the order the layout lists them, the first that matches.
    pub fn column_containing(&self, kind: &str, text: &str) -> Option<&str> {
        let n = norm(text);
        self.columns
            .get(kind)?
            .iter()
            .find(|(_, ws)| {
                ws.iter().any(|w| {
                    let w = norm(w);
                    !w.is_empty() && n.contains(w.as_str())
                })
            })
            .map(|(k, _)| k.as_str())
    }

    /// True for a 一级 name (a key of `levels`).
    pub fn is_level1(&self, name: &str) -> bool {
        let n = norm(name);
        self.levels.keys().any(|l1| norm(l1) == n)
    }
}
