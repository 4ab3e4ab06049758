//! The 年度总体目标 block: 预期目标 beside 实际完成情况, by column.

use super::*;

/// Goal columns named in a row.
pub(super) fn goals_header(l: &Layout, row: &Row, cols: &mut Vec<Col>) -> bool {
    let mut found = false;
    for c in row.cells.iter().filter(|c| !c.used()) {
        if let Some(f) = l.column("goals", &c.text) {
            c.take();
            cols.retain(|x| x.col != c.col);
            cols.push(Col {
                col: c.col,
                field: f.to_string(),
                header: c.norm(),
            });
            found = true;
        } else if l.block_of(&c.text) == Some("goals") {
            c.take();
        }
    }
    cols.sort_by_key(|c| c.col);
    found
}

pub(super) fn goals_row(l: &Layout, g: &mut Gen, cols: &mut Vec<Col>, row: &Row) {
    if cols.is_empty()
        || row
            .cells
            .iter()
            .any(|c| l.column("goals", &c.text).is_some())
    {
        goals_header(l, row, cols);
        return;
    }
    let mut goal = Goal::default();
    for c in row.cells.iter().filter(|c| !c.used()) {
        let Some(col) = under(cols, c.col) else {
            continue;
        };
        let slot = match col.field.as_str() {
            "expected" => &mut goal.expected,
            "actual" => &mut goal.actual,
            _ => {
                if !goal.extra.contains_key(&col.header) {
                    goal.extra.insert(col.header.clone(), c.sp());
                }
                continue;
            }
        };
        if slot.is_none() {
            *slot = Some(c.sp());
        }
    }
    if goal.expected.is_some() || goal.actual.is_some() || !goal.extra.is_empty() {
        g.goals.push(goal);
    }
}
