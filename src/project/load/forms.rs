//! The parts of the project format that 10号 forms fill: funds rows, parts and unit, 年度总体目标,
//! weights written in labels, and the columns kept by header (`extra`).

use super::super::raw::{RawExtra, RawFundsRow, RawGoal, RawGroupWeight};
use super::super::{FundsRow, Goal, GroupWeight};
use super::Cx;
use crate::num::Num;
use crate::source::Sp;
use crate::text;
use indexmap::IndexMap;
use rust_decimal::Decimal;
use serde_saphyr::Spanned;

impl Cx<'_> {
    /// Columns kept by header, with their spans.
    pub(super) fn extra(&self, e: RawExtra) -> IndexMap<String, Sp<String>> {
        e.into_iter().map(|(k, v)| (k, self.sp(v))).collect()
    }

    fn amount(&mut self, what: &str, v: Option<Spanned<Num>>) -> Option<Sp<Decimal>> {
        v.map(|v| self.money(what, v))
    }

    /// 项目资金 rows.
    pub(super) fn funds_rows(&mut self, rows: Vec<RawFundsRow>) -> Vec<FundsRow> {
        rows.into_iter()
            .map(|r| {
                let category = self.sp(r.category);
                let label = |f: &str| format!("{}·{f}", category.value);
                FundsRow {
                    initial: self.amount(&label(&text::FIELD_ROW_INITIAL.to_string()), r.initial),
                    budget: self.amount(&label(&text::FIELD_ROW_BUDGET.to_string()), r.budget),
                    executed: self
                        .amount(&label(&text::FIELD_ROW_EXECUTED.to_string()), r.executed),
                    arrived: self.amount(&label(&text::FIELD_ROW_ARRIVED.to_string()), r.arrived),
                    weight: self.amount(&label(&text::DECLARED_WEIGHT.to_string()), r.weight),
                    rate: r.rate.map(|p| {
                        let p = self.sp(p);
                        Sp::new(p.value.0, p.span)
                    }),
                    score: self.amount(&label(&text::DECLARED_SCORE.to_string()), r.score),
                    total: r.total,
                    category,
                }
            })
            .collect()
    }

    /// Breakdowns of the total.
    pub(super) fn parts(
        &mut self,
        parts: IndexMap<String, Spanned<Num>>,
    ) -> Vec<(String, Sp<Decimal>)> {
        parts
            .into_iter()
            .map(|(k, v)| {
                let v = self.money(&k, v);
                (k, v)
            })
            .collect()
    }

    /// 年度总体目标.
    pub(super) fn goals(&self, goals: Vec<RawGoal>) -> Vec<Goal> {
        goals
            .into_iter()
            .map(|g| Goal {
                expected: self.opt(g.expected),
                actual: self.opt(g.actual),
                extra: self.extra(g.extra),
            })
            .collect()
    }

    /// Weights written in labels.
    pub(super) fn group_weights(&mut self, ws: Vec<RawGroupWeight>) -> Vec<GroupWeight> {
        ws.into_iter()
            .map(|w| {
                let label = self.sp(w.label);
                GroupWeight {
                    weight: self.money(&label.value, w.weight),
                    label,
                    level1: w.level1,
                    level2: w.level2,
                }
            })
            .collect()
    }
}
