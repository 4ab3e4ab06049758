//! Rates stated in the narratives against the ledger: a narrative that names a scoring item
//! followed by a percentage (`<item name>100%`) is checked against the figure the item's rule
//! reported. Which item computes what, and its name, come from the pack; nothing here knows
//! a rate's formula.

use super::figures::{locate, narrative_text};
use super::{Finding, Severity};
use crate::eval::Evaluation;
use crate::num::{parse_decimal, percent, RoundingMode};
use crate::text;
use rust_decimal::Decimal;

/// Adds a finding for each rate a narrative states for an item that reported a figure,
/// when the figure, shown at the stated places, differs.
pub(crate) fn narrative_rates(ev: &Evaluation, out: &mut Vec<Finding>) {
    let story = narrative_text(&ev.project);
    if story.is_empty() {
        return;
    }
    for item in &ev.items {
        let Some(fig) = item.figures.first() else {
            continue;
        };
        if item.name.is_empty() {
            continue;
        }
        let Some(pct) = fig.value.checked_mul(Decimal::ONE_HUNDRED) else {
            continue;
        };
        for (claimed, raw) in stated_rates(&story, &item.name) {
            let actual = RoundingMode::HalfAwayFromZero.round(pct, claimed.scale());
            if actual == claimed {
                continue;
            }
            let mut f = Finding::new("narrative_claim", Severity::Warning, &item.name)
                .values(format!("{claimed}%"), percent(fig.value))
                .message(text::form_claim(
                    &item.name,
                    claimed,
                    &fig.how,
                    &percent(fig.value),
                ))
                .at(locate(&ev.project, &raw).as_ref());
            for e in &item.evidence {
                f = f.also(Some(&e.span), e.label.clone());
            }
            super::push_once(out, f);
        }
    }
}

/// `<word>100%`, `<word>为 98.5%` → (rate, text as written).
fn stated_rates(story: &str, word: &str) -> Vec<(Decimal, String)> {
    let mut out = Vec::new();
    for (at, _) in story.match_indices(word) {
        let Some(rest) = story.get(at.saturating_add(word.len())..) else {
            continue;
        };
        let skip = rest
            .char_indices()
            .take_while(|(_, c)| c.is_whitespace() || "为达到了是：:".contains(*c))
            .last()
            .map_or(0, |(i, c)| i.saturating_add(c.len_utf8()));
        let (lead, tail) = rest.split_at(skip);
        let digits: String = tail
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let after = tail.get(digits.len()..).unwrap_or_default();
        if digits.is_empty() || !(after.starts_with('%') || after.starts_with('％')) {
            continue;
        }
        if let Some(v) = parse_decimal(&digits) {
            out.push((v, format!("{word}{lead}{digits}")));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn rates_stated_in_text() {
        let r = stated_rates("至此，示例比率100%。预算执行率为 98.5％", "示例比率");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0.to_string(), "100");
        assert_eq!(r[0].1, "示例比率100");
        let r = stated_rates("预算执行率为 98.5％", "预算执行率");
        assert_eq!(r[0].0.to_string(), "98.5");
        assert!(stated_rates("示例比率较高", "示例比率").is_empty());
    }
}
