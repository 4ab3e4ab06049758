//! The floor: the pack's formulas as plain Rust over rust_decimal, no ledger, no explanation.
//! Each formula is the rhai rule's arithmetic in the same order (rules/judgement.rhai,
//! rules/ratio.rhai, rules/indicators.rhai), so the 28-digit quotients match jixiao's before
//! rounding. The inputs are valid forms (the generator makes no others): the rules' `fail`
//! branches are not translated.

use crate::case::{Case, Dir, Ind};
use crate::pack::{self, Funds, Rule, ITEMS};
use rust_decimal::Decimal;

/// Item scores in `pack::ITEMS` order, the total and the grade.
#[derive(Debug, Clone)]
pub struct Scores {
    /// Rounded item scores.
    pub items: [Decimal; 21],
    /// Σ item scores.
    pub total: Decimal,
    /// Grade of the total.
    pub grade: &'static str,
}

fn funds(c: &Case, f: Funds) -> Decimal {
    match f {
        Funds::Budget => c.budget_total(),
        Funds::Allocated => c.allocated,
        Funds::Spent => c.spent_total(),
    }
}

/// `quantitative_rate` / `qualitative_rate` of one indicator (0–1).
fn completion(i: &Ind) -> Decimal {
    let one = Decimal::ONE;
    if i.dir == Dir::Qualitative {
        return match (i.tier, i.progress) {
            (Some("达成"), _) => one,
            (_, Some(p)) => p / Decimal::ONE_HUNDRED,
            (_, None) => Decimal::ZERO,
        };
    }
    let (Some(a), Some(b)) = (i.target, i.actual) else {
        return Decimal::ZERO;
    };
    match i.dir {
        Dir::Ge | Dir::Gt => {
            let r = if b < Decimal::ZERO {
                Decimal::ZERO
            } else {
                b / a
            };
            r.min(one)
        }
        Dir::Le | Dir::Lt => {
            if b <= a {
                one
            } else if b >= Decimal::TWO * a {
                Decimal::ZERO
            } else {
                one - (b - a) / a
            }
        }
        _ => {
            let gap = (b - a).abs();
            if gap >= a {
                Decimal::ZERO
            } else {
                one - gap / a
            }
        }
    }
}

/// The raw (unrounded) score of one item: 分值 − Σ 扣分.
fn raw(c: &Case, k: usize, w: Decimal, rule: Rule) -> Decimal {
    let deduction = match rule {
        Rule::Judgement => {
            let j = c.declared[k];
            if j < w {
                w - j
            } else {
                Decimal::ZERO
            }
        }
        Rule::Ratio(n, d) => {
            let (num, den) = (funds(c, n), funds(c, d));
            if num < den {
                w - w * num / den
            } else {
                Decimal::ZERO
            }
        }
        Rule::Indicators(sel) => {
            let mut sum = Decimal::ZERO;
            let mut n = 0i64;
            for i in c
                .indicators
                .iter()
                .filter(|i| i.level1 == sel || i.level2 == sel)
            {
                sum += completion(i);
                n += 1;
            }
            let mean = sum / Decimal::from(n.max(1));
            if mean < Decimal::ONE {
                w * (Decimal::ONE - mean)
            } else {
                Decimal::ZERO
            }
        }
        Rule::NotApplicable => Decimal::ZERO,
    };
    w - deduction
}

/// Scores `c` under the pack.
pub fn evaluate(c: &Case) -> Scores {
    let mut items = [Decimal::ZERO; 21];
    let mut total = Decimal::ZERO;
    for (k, item) in ITEMS.iter().enumerate() {
        let w = Decimal::from(item.weight);
        let s = pack::round_score(raw(c, k, w, item.rule), w);
        items[k] = s;
        total += s;
    }
    Scores {
        items,
        total,
        grade: pack::grade_of(total),
    }
}
