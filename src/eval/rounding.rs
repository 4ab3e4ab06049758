//! Rounding an item score per the pack, folding the difference into the ledger so it still balances.

use super::ledger::{Deduction, RoundingStep};
use crate::policy::Rounding;
use crate::text;
use rust_decimal::Decimal;

/// Rounds `raw_score`, then each deduction; whatever still separates weight − score from the
/// rounded deductions goes to the last deduction with points (or a new adjustment line),
/// so weight = score + Σ deductions stays exact. Each changed deduction records its step.
pub fn fold(
    raw_score: Decimal,
    weight: Decimal,
    mut deductions: Vec<Deduction>,
    r: &Rounding,
) -> (Decimal, Vec<Deduction>) {
    let score = r.mode.round(raw_score, r.places);
    let before: Vec<Decimal> = deductions.iter().map(|d| d.points).collect();
    for d in &mut deductions {
        d.points = r.mode.round(d.points, r.places);
    }
    let residual = weight - score - deductions.iter().map(|d| d.points).sum::<Decimal>();
    if !residual.is_zero() {
        match deductions
            .iter()
            .rposition(|d| !d.points.is_zero())
            .or(deductions.len().checked_sub(1))
        {
            Some(i) => deductions[i].points += residual,
            None => deductions.push(Deduction {
                points: residual,
                reason: text::ROUNDING_ONLY.to_string(),
                site: None,
                evidence: Vec::new(),
                rounding: None,
            }),
        }
    }
    for (i, d) in deductions.iter_mut().enumerate() {
        let raw = before.get(i).copied().unwrap_or(Decimal::ZERO);
        if raw != d.points || raw.scale() > r.places {
            d.rounding = Some(RoundingStep {
                before: raw,
                after: d.points,
                score_before: raw_score,
                score_after: score,
                mode: r.mode,
                places: r.places,
            });
        }
    }
    (score, deductions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::RoundingMode;
    use std::str::FromStr;

    fn d(points: &str) -> Deduction {
        Deduction {
            points: Decimal::from_str(points).unwrap(),
            reason: String::new(),
            site: None,
            evidence: Vec::new(),
            rounding: None,
        }
    }

    fn r() -> Rounding {
        Rounding {
            places: 2,
            mode: RoundingMode::HalfAwayFromZero,
        }
    }

    #[test]
    fn midpoint_rounds_score_up_and_ledger_balances() {
        let w = Decimal::from(3);
        let (score, ds) = fold(
            Decimal::from_str("2.795").unwrap(),
            w,
            vec![d("0.205")],
            &r(),
        );
        assert_eq!(score.to_string(), "2.80");
        assert_eq!(ds[0].points.to_string(), "0.20");
        assert_eq!(w, score + ds[0].points);
        assert_eq!(ds[0].rounding.as_ref().unwrap().before.to_string(), "0.205");
    }

    #[test]
    fn several_thirds_balance() {
        let w = Decimal::from(1);
        let third = Decimal::ONE / Decimal::from(3);
        let (score, ds) = fold(
            w - third - third,
            w,
            vec![d(&third.to_string()), d(&third.to_string())],
            &r(),
        );
        assert_eq!(score.to_string(), "0.33");
        assert_eq!(w, score + ds.iter().map(|d| d.points).sum::<Decimal>());
        assert_eq!(ds[1].points.to_string(), "0.34");
    }
}
