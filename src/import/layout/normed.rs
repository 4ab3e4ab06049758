//! The layout words looked up for every cell, normalised once (a 10,000-row form would
//! otherwise normalise every word of the layout for each cell).

use super::*;

/// Normalised words, in the layout's order: (key, words).
#[derive(Debug, Clone, Default)]
pub(super) struct Normed {
    pub header: Vec<(String, Vec<String>)>,
    pub blocks: Vec<(String, Vec<String>)>,
    pub columns: IndexMap<String, Vec<(String, Vec<String>)>>,
    pub placeholders: Vec<String>,
    pub template: Vec<String>,
}

/// Each list of a map normalised.
fn map(m: &IndexMap<String, Vec<String>>) -> Vec<(String, Vec<String>)> {
    m.iter()
        .map(|(k, ws)| (k.clone(), ws.iter().map(|w| norm(w)).collect()))
        .collect()
}

impl Layout {
    /// The normalised words, computed on first use.
    pub(super) fn normed(&self) -> &Normed {
        self.normed.get_or_init(|| Normed {
            header: map(&self.header),
            blocks: map(&self.blocks),
            columns: self
                .columns
                .iter()
                .map(|(kind, cols)| (kind.clone(), map(cols)))
                .collect(),
            placeholders: self.placeholders.iter().map(|w| norm(w)).collect(),
            template: self.template.iter().map(|w| norm(w)).collect(),
        })
    }
}
