//! The score table of `jixiao evaluate`: items, weight, score, points lost, declared; then the findings.

use crate::eval::{Evaluation, Line};
use crate::form_audit::Finding;
use crate::text;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use rust_decimal::Decimal;
use std::fmt::Write;

fn right(s: impl ToString) -> Cell {
    Cell::new(s.to_string()).set_alignment(CellAlignment::Right)
}

/// Points lost, blank when none.
fn lost_cell(lost: Decimal) -> Cell {
    right(if lost.is_zero() {
        String::new()
    } else {
        lost.to_string()
    })
}

fn table(ev: &Evaluation) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(text::TABLE_HEADER.iter().map(|h| Cell::new(*h)));
    for line in ev.lines() {
        match line {
            Line::Section(s, declared) => t.add_row(vec![
                Cell::new(&s.name),
                right(s.weight),
                right(s.score),
                lost_cell(s.weight.checked_sub(s.score).unwrap_or_default()),
                right(declared.map(|d| d.to_string()).unwrap_or_default()),
            ]),
            Line::Item(i) => {
                let name = match i.path.get(1..) {
                    Some(below) if !below.is_empty() => format!("  {}", below.join(" / ")),
                    _ => i.name.clone(),
                };
                t.add_row(vec![
                    Cell::new(name),
                    right(i.weight),
                    right(i.score),
                    lost_cell(i.lost()),
                    right(
                        i.declared
                            .as_ref()
                            .map(|d| d.value.to_string())
                            .unwrap_or_default(),
                    ),
                ])
            }
        };
    }
    for u in &ev.unscored {
        let name = if u.name.is_empty() {
            text::UNSCORED_REST.to_string()
        } else {
            u.name.clone()
        };
        t.add_row(vec![
            Cell::new(name),
            right(u.weight),
            right(text::UNSCORED_CELL),
            right(""),
            right(""),
        ]);
    }
    let card = ev.project.scorecard.as_ref();
    let total_label = if ev.is_partial() {
        text::SCORED_TOTAL.to_string()
    } else {
        text::TOTAL_SCORE.to_string()
    };
    let declared = card
        .and_then(|c| c.total.as_ref())
        .map(|t| t.score.value.to_string())
        .unwrap_or_default();
    // On a partial evaluation the form's 综合得分 is the whole form's, not the scored part's:
    // it stands on a row of its own, beside the pack's total, unscored.
    let (beside, whole) = if ev.is_partial() && !declared.is_empty() {
        (String::new(), Some(declared))
    } else {
        (declared, None)
    };
    t.add_row(vec![
        Cell::new(total_label),
        right(ev.max_total),
        right(ev.total),
        lost_cell(ev.max_total.checked_sub(ev.total).unwrap_or_default()),
        right(beside),
    ]);
    if let Some(declared) = whole {
        t.add_row(vec![
            Cell::new(text::TOTAL_SCORE),
            right(ev.policy_total()),
            right(text::UNSCORED_CELL),
            right(""),
            right(declared),
        ]);
    }
    t
}

/// The text report for one project: header, table, grade and audit findings.
pub fn report(ev: &Evaluation, findings: &[Finding]) -> String {
    let mut out = String::new();
    let h = &ev.project.header;
    let _ = writeln!(out, "{}  {}", h.name.value, ev.project.source.name());
    let _ = writeln!(
        out,
        "{}",
        text::policy_line(ev.policy_id(), ev.policy_title(), ev.policy_origin())
    );
    let _ = writeln!(out, "{}", table(ev));
    let declared_grade = ev
        .project
        .scorecard
        .as_ref()
        .and_then(|c| c.grade.as_ref())
        .map(|g| g.value.as_str());
    let _ = writeln!(out, "{}", result_line(ev, declared_grade));
    let lost: Decimal = ev.items.iter().map(|i| i.lost()).sum();
    if !lost.is_zero() {
        let _ = writeln!(
            out,
            "{}",
            text::explain_hint(ev.project.source.name(), ev.policy_id())
        );
    }
    let _ = writeln!(out);
    out.push_str(&super::form_audit::report(findings));
    out
}

/// 综合得分 and grade; on a partial evaluation what was scored, what was not and why, no grade.
pub fn result_line(ev: &Evaluation, declared_grade: Option<&str>) -> String {
    let Some(first) = ev.unscored.first() else {
        return text::result_line(
            &ev.total.to_string(),
            &ev.max_total.normalize().to_string(),
            &ev.grade,
            declared_grade,
        );
    };
    let phrases: Vec<String> = ev
        .unscored
        .iter()
        .map(|u| text::unscored_phrase(&u.name, u.weight))
        .collect();
    text::partial_line(
        &ev.total.to_string(),
        &ev.max_total.normalize().to_string(),
        &phrases,
        &text::cut_place(&first.cut),
    )
}
