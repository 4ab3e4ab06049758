//! What every engine must agree on: 21 item scores, the total and the grade, as decimal strings
//! at the pack's places.

use crate::pack::{self, ITEMS};
use crate::plain::Scores;

/// One engine's result for one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// (item id, score) in policy order.
    pub items: Vec<(String, String)>,
    /// Total.
    pub total: String,
    /// Grade.
    pub grade: String,
}

impl Outcome {
    /// From item scores in `pack::ITEMS` order.
    pub fn from_scores(s: &Scores) -> Outcome {
        Outcome {
            items: ITEMS
                .iter()
                .zip(&s.items)
                .map(|(i, v)| (i.id.to_string(), pack::fixed(*v)))
                .collect(),
            total: pack::fixed(s.total),
            grade: s.grade.to_string(),
        }
    }

    /// The first difference from `other`, in words.
    pub fn difference(&self, other: &Outcome) -> Option<String> {
        if self.items.len() != other.items.len() {
            return Some(format!(
                "{} items vs {}",
                self.items.len(),
                other.items.len()
            ));
        }
        for (a, b) in self.items.iter().zip(&other.items) {
            if a != b {
                return Some(format!("{} {} vs {} {}", a.0, a.1, b.0, b.1));
            }
        }
        if self.total != other.total {
            return Some(format!("total {} vs {}", self.total, other.total));
        }
        if self.grade != other.grade {
            return Some(format!("grade {} vs {}", self.grade, other.grade));
        }
        None
    }
}
