//! What one rule call scores: a scoring item of the tree, or one indicator of an `each` node.

use super::form_weights::{form_weights, Weighed};
use super::ledger::{Note, WeightOrigin};
use crate::diag::Diagnostic;
use crate::policy::{Node, Policy, Selector};
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
    /// Where that 分值 comes from.
    pub weight_origin: WeightOrigin,
    /// Why, when the 分值 is inferred or a default (shown with the item's notes).
    pub weight_note: Option<Note>,
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

/// A project field named by the pack (`declared_weight`, `declared_score`) as a spanned value.
fn declared_field(project: &Project, field: Option<&Sp<String>>) -> Option<Sp<Decimal>> {
    let v = project.field(&field?.value).ok()?;
    let span = v.evidence.first()?.span.clone();
    Some(Sp::new(v.value, span))
}

/// A weight the form declares, checked: not negative, no finer than the pack's rounding.
pub(super) fn form_weight(
    policy: &Policy,
    node: &Node,
    w: &Sp<Decimal>,
) -> Result<Decimal, Diagnostic> {
    let msg = if w.value.is_sign_negative() && !w.value.is_zero() {
        text::form_weight_negative(w.value)
    } else if w.value.scale() > policy.rounding.places {
        text::form_weight_finer(w.value, policy.rounding.places)
    } else {
        return Ok(w.value);
    };
    Err(Diagnostic::error("jixiao::eval::form_weight", msg)
        .for_item(&node.path_str())
        .at(&w.span, text::HERE))
}

/// The target of a fixed scoring item: the form's weight when the pack takes it.
pub fn fixed<'a>(
    policy: &Policy,
    project: &Project,
    node: &'a Node,
) -> Result<Target<'a>, Diagnostic> {
    let path = node.path_str();
    let mut weight = node.weight.as_ref().map_or(Decimal::ZERO, |w| w.value);
    let mut weight_origin = WeightOrigin::Pack;
    if policy.form_weights {
        if let Some(w) = declared_field(project, node.declared_weight.as_ref()) {
            weight = form_weight(policy, node, &w)?;
            weight_origin = WeightOrigin::Form;
        }
    }
    let declared = match &node.declared_score {
        Some(f) => declared_field(project, Some(f)),
        None => project.declared_item(&path).map(|d| d.score.clone()),
    };
    Ok(Target {
        id: node.id.clone(),
        name: node.name.value.clone(),
        path: node.path.clone(),
        weight,
        weight_origin,
        weight_note: None,
        node,
        indicator: None,
        declared,
    })
}

/// The indicators an `each` selector matches: `indicators` (all) or `indicators.<一级或二级>`;
/// detail rows (`part_of`: 其中…, a second row sharing the score above) are parts of the row
/// above, never items of their own, so nothing is counted twice.
pub fn matching<'a>(project: &'a Project, selector: &Selector) -> Vec<(usize, &'a Indicator)> {
    project
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| i.part_of.is_none() && selector.matches(i))
        .collect()
}

/// Splits `total` into `n` shares at `places` decimals that add up exactly: the first shares
/// take the remainder one unit each (50 / 3 → 16.67, 16.67, 16.66).
pub fn spread(total: Decimal, n: usize, places: u32) -> Vec<Decimal> {
    let count = Decimal::from(n as u64);
    let Some(mut share) = total.checked_div(count).map(|s| s.trunc_with_scale(places)) else {
        return Vec::new();
    };
    share.rescale(places);
    let unit = Decimal::new(1, places);
    let mut left = share
        .checked_mul(count)
        .and_then(|all| total.checked_sub(all))
        .unwrap_or(Decimal::ZERO);
    (0..n)
        .map(|_| match (left >= unit, share.checked_add(unit)) {
            (true, Some(more)) => {
                left = left.checked_sub(unit).unwrap_or(Decimal::ZERO);
                more
            }
            _ => share,
        })
        .collect()
}

/// The targets of an `each` node: one per matching indicator, weights by 分值 or spread equally.
pub fn expand<'a>(
    policy: &Policy,
    project: &'a Project,
    node: &'a Node,
    selector: &Selector,
    extra: Decimal,
) -> Result<Vec<Target<'a>>, Diagnostic> {
    let sel = selector.name();
    let matched = matching(project, selector);
    let base = node.weight.as_ref().map_or(Decimal::ZERO, |w| w.value);
    let total = base.checked_add(extra).ok_or_else(|| {
        Diagnostic::error(
            "jixiao::eval::overflow",
            text::deductions_overflow(base, extra),
        )
        .for_item(&node.path_str())
    })?;
    if matched.is_empty() && node.if_absent.is_some() {
        return Ok(Vec::new());
    }
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
    let weights = if policy.form_weights {
        form_weights(policy, project, node, &matched, total)?
    } else {
        let origin = match given_weights(&matched).is_empty() {
            true => WeightOrigin::Pack,
            false => WeightOrigin::Form,
        };
        weights(policy, node, &matched, total)?
            .into_iter()
            .map(|w| Weighed::new(w, origin))
            .collect()
    };
    let mut out: Vec<Target> = Vec::new();
    for ((i, ind), w) in matched.into_iter().zip(weights) {
        let name = ind.display_name();
        let mut path = node.path.clone();
        path.extend([ind.level2.value.clone(), name.clone()]);
        let mut id = format!("{}/{}/{}", node.id, ind.level2.value, name);
        let same = out
            .iter()
            .filter(|t| t.id == id || t.id.starts_with(&format!("{id}#")))
            .count();
        if same > 0 {
            let nth = same.saturating_add(1);
            id = format!("{id}#{nth}");
            path.last_mut()
                .into_iter()
                .for_each(|p| *p = format!("{p}#{nth}"));
        }
        out.push(Target {
            id,
            name,
            path,
            weight: w.weight,
            weight_origin: w.origin,
            weight_note: w.note,
            node,
            indicator: Some((i, ind)),
            declared: ind.score.clone(),
        });
    }
    Ok(out)
}

/// The 分值 the form gives the matched indicators (only those that give one).
pub(super) fn given_weights<'a>(matched: &[(usize, &'a Indicator)]) -> Vec<&'a Sp<Decimal>> {
    matched
        .iter()
        .filter_map(|(_, i)| i.weight.as_ref())
        .collect()
}

pub(super) fn weights(
    policy: &Policy,
    node: &Node,
    matched: &[(usize, &Indicator)],
    total: Decimal,
) -> Result<Vec<Decimal>, Diagnostic> {
    let given = given_weights(matched);
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
