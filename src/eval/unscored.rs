//! Cut-off forms: what the form does not hold is put on the ledger as unscored (its weight, why,
//! where the form breaks off), never scored 0 and never an error. Only a project that says it is
//! cut (`Project.cut`) gets this; on a whole form missing data stays an error.

use super::ledger::{ItemScore, Missing, Unscored};
use super::target;
use crate::policy::{Input, Node, NodeKind, Policy};
use crate::project::{Cut, FieldError, Project};
use rust_decimal::Decimal;

/// True when `node` is an `each` node the form holds no indicator for and the form breaks off
/// before it: no later `each` node of the pack (packs list the groups in form order: 产出, 效益,
/// 满意度) has indicators either. A group missing between two that are present is not the
/// cut's doing; it stays the error it is on a whole form. Nor is it when the form has
/// indicators but none under any group of the pack (another framework's names).
pub(super) fn beyond_cut(policy: &Policy, project: &Project, node: &Node) -> bool {
    if project.cut.is_none() || !is_empty_each(project, node) {
        return false;
    }
    let nodes = policy.items();
    let reached = project.indicators.iter().all(|i| i.part_of.is_some())
        || nodes
            .iter()
            .filter(|n| is_each(n))
            .any(|n| !is_empty_each(project, n));
    reached
        && nodes
            .iter()
            .skip_while(|n| n.path != node.path)
            .skip(1)
            .filter(|n| is_each(n))
            .all(|n| is_empty_each(project, n))
}

fn is_each(node: &Node) -> bool {
    matches!(node.kind, NodeKind::Each(..))
}

fn is_empty_each(project: &Project, node: &Node) -> bool {
    match &node.kind {
        NodeKind::Each(_, sel) => target::matching(project, sel).is_empty(),
        _ => false,
    }
}

/// The unscored entry of an `each` node beyond the cut: the weight the form writes in the
/// group's label (满意度指标(10分)), else the pack's.
pub(super) fn group(project: &Project, cut: &Cut, node: &Node) -> Unscored {
    let sel = match &node.kind {
        NodeKind::Each(_, sel) => sel.name(),
        _ => node.id.as_str(),
    };
    let label = project
        .group_weights
        .iter()
        .find(|g| g.level2.is_none() && g.level1.as_deref() == Some(sel))
        .map(|g| g.weight.value);
    let weight = label.or_else(|| node.weight.as_ref().map(|w| w.value));
    Unscored {
        id: node.id.clone(),
        name: node.name.value.clone(),
        path: node.path.clone(),
        weight: weight.unwrap_or(Decimal::ZERO),
        missing: Missing::Indicators(sel.to_string()),
        cut: cut.clone(),
    }
}

/// The first field input of a fixed item that the project does not hold, on a cut project.
pub(super) fn missing_field(project: &Project, node: &Node) -> Option<String> {
    project.cut.as_ref()?;
    let rule = node.rule()?;
    rule.inputs.iter().find_map(|(_, spec)| match &spec.value {
        Input::Field(name) => {
            matches!(project.field(name), Err(FieldError::Missing)).then(|| name.clone())
        }
        _ => None,
    })
}

/// The unscored entry of a fixed item whose input the form does not hold.
pub(super) fn item(t: &target::Target, cut: &Cut, field: String) -> Unscored {
    Unscored {
        id: t.id.clone(),
        name: t.name.clone(),
        path: t.path.clone(),
        weight: t.weight,
        missing: Missing::Field(field),
        cut: cut.clone(),
    }
}

/// The points of the pack's total neither scored nor listed unscored: on a cut form they went
/// with the rows that are not there (a group cut halfway). `None` when nothing is left over.
pub(super) fn rest(
    policy: &Policy,
    cut: &Cut,
    items: &[ItemScore],
    unscored: &[Unscored],
) -> Option<Unscored> {
    let counted = items
        .iter()
        .map(|i| i.weight)
        .chain(unscored.iter().map(|u| u.weight))
        .try_fold(Decimal::ZERO, Decimal::checked_add)?;
    let left = policy.total.value.checked_sub(counted)?;
    (left > Decimal::ZERO).then(|| Unscored {
        id: String::new(),
        name: String::new(),
        path: Vec::new(),
        weight: left,
        missing: Missing::Rest,
        cut: cut.clone(),
    })
}
