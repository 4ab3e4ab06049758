//! What one rule call scores: a scoring item of the tree, or one indicator of an `each` node.

use crate::diag::Diagnostic;
use crate::policy::{Node, Policy};
use crate::project::{Indicator, Project};
use crate::source::Sp;
use crate::text;
use rust_decimal::Decimal;

/// A scoring item as evaluated: fixed in the tree, or made from an indicator.
pub struct Target<'a> {
    /// Item id.
    pub id: String,
    /// Name.
    pub name: String,
    /// 一级/二级/三级 path.
    pub path: Vec<String>,
    /// 分值.
    pub weight: Decimal,
    /// The policy node it comes from.
    pub node: &'a Node,
    /// The indicator it scores, for `each` nodes: (index in the project, indicator).
    pub indicator: Option<(usize, &'a Indicator)>,
    /// What the form declares for it.
    pub declared: Option<Sp<Decimal>>,
}

impl Target<'_> {
    /// The path joined by `/`.
    pub fn path_str(&self) -> String {
        self.path.join("/")
    }
}

/// The target of a fixed scoring item.
pub fn fixed<'a>(project: &Project, node: &'a Node) -> Target<'a> {
    let path = node.path_str();
    Target {
        id: node.id.clone(),
        name: node.name.value.clone(),
        path: node.path.clone(),
        weight: node.weight.as_ref().map_or(Decimal::ZERO, |w| w.value),
        node,
        indicator: None,
        declared: project.declared_item(&path).map(|d| d.score.clone()),
    }
}

/// Splits `total` into `n` shares at `places` decimals that add up exactly: the first shares
/// take the remainder one unit each (50 / 3 → 16.67, 16.67, 16.66).
pub fn spread(total: Decimal, n: usize, places: u32) -> Vec<Decimal> {
    let count = Decimal::from(n as u64);
    let mut share = (total / count).trunc_with_scale(places);
    share.rescale(places);
    let unit = Decimal::new(1, places);
    let mut left = total - share * count;
    (0..n)
        .map(|_| {
            if left >= unit {
                left -= unit;
                share + unit
            } else {
                share
            }
        })
        .collect()
}

/// The targets of an `each` node: one per matching indicator, weights by 分值 or spread equally.
pub fn expand<'a>(
    policy: &Policy,
    project: &'a Project,
    node: &'a Node,
    selector: &Sp<String>,
) -> Result<Vec<Target<'a>>, Diagnostic> {
    let sel = selector
        .value
        .strip_prefix("indicators.")
        .unwrap_or(&selector.value);
    let matched: Vec<(usize, &Indicator)> = project
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| i.level1.value == sel || i.level2.value == sel)
        .collect();
    let total = node.weight.as_ref().map_or(Decimal::ZERO, |w| w.value);
    if matched.is_empty() {
        return Err(Diagnostic::error(
            "jixiao::eval::no_indicators",
            text::no_indicators(sel, total),
        )
        .for_item(&node.path_str())
        .at(&selector.span, text::NEEDED_HERE)
        .at(
            &project.header.name.span,
            text::in_project(project.source.name()),
        ));
    }
    let weights = weights(policy, node, &matched, total)?;
    let mut out: Vec<Target> = Vec::new();
    for ((i, ind), weight) in matched.into_iter().zip(weights) {
        let name = ind.display_name();
        let mut path = node.path.clone();
        path.extend([ind.level2.value.clone(), name.clone()]);
        let mut id = format!("{}/{}/{}", node.id, ind.level2.value, name);
        let same = out
            .iter()
            .filter(|t| t.id == id || t.id.starts_with(&format!("{id}#")))
            .count();
        if same > 0 {
            id = format!("{id}#{}", same + 1);
            path.last_mut()
                .into_iter()
                .for_each(|p| *p = format!("{p}#{}", same + 1));
        }
        out.push(Target {
            id,
            name,
            path,
            weight,
            node,
            indicator: Some((i, ind)),
            declared: ind.score.clone(),
        });
    }
    Ok(out)
}

fn weights(
    policy: &Policy,
    node: &Node,
    matched: &[(usize, &Indicator)],
    total: Decimal,
) -> Result<Vec<Decimal>, Diagnostic> {
    let given: Vec<&Sp<Decimal>> = matched
        .iter()
        .filter_map(|(_, i)| i.weight.as_ref())
        .collect();
    if given.is_empty() {
        return Ok(spread(total, matched.len(), policy.rounding.places));
    }
    if let Some(w) = given
        .iter()
        .find(|w| w.value.scale() > policy.rounding.places)
    {
        return Err(Diagnostic::error(
            "jixiao::eval::indicator_weights",
            text::weight_finer_than_rounding(w.value, policy.rounding.places),
        )
        .for_item(&node.path_str())
        .at(&w.span, text::HERE));
    }
    let sum: Decimal = given.iter().map(|w| w.value).sum();
    if given.len() != matched.len() || sum != total {
        let mut d = Diagnostic::error(
            "jixiao::eval::indicator_weights",
            text::indicator_weights(&node.path_str(), sum, total, given.len(), matched.len()),
        )
        .for_item(&node.path_str());
        for w in given {
            d = d.at(&w.span, text::declared_weight(w.value));
        }
        if let Some(w) = &node.weight {
            d = d.at(&w.span, text::declared_weight(w.value));
        }
        return Err(d);
    }
    Ok(given.into_iter().map(|w| w.value).collect())
}

#[cfg(test)]
mod tests {
    use super::spread;
    use rust_decimal::Decimal;

    #[test]
    fn spreads_exactly() {
        let s: Vec<String> = spread(Decimal::from(50), 3, 2)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(s, ["16.67", "16.67", "16.66"]);
        let s: Vec<String> = spread(Decimal::from(50), 4, 2)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(s, ["12.50", "12.50", "12.50", "12.50"]);
    }
}
