//! Rounding an item score per the pack, folding the difference into the ledger so it still balances.

use super::ledger::{Deduction, RoundingStep};
use crate::policy::Rounding;
use crate::text;
use rust_decimal::Decimal;

/// Decimal places kept before the policy's rounding. Division carries 28 significant digits,
/// so 3 × (557 ÷ 600) comes out as 2.78499…9 instead of 2.785; normalising to 20 places first
/// (half away from zero) restores the midpoint the policy's rounding must see.
pub const GUARD_PLACES: u32 = 20;

/// A value normalised to [`GUARD_PLACES`], then rounded per the policy.
fn round(r: &Rounding, x: Decimal) -> Decimal {
    let guarded = crate::num::RoundingMode::HalfAwayFromZero
        .round(x, GUARD_PLACES)
        .normalize();
    r.mode.round(guarded, r.places)
}

/// Rounds `raw_score`, then each deduction; whatever still separates weight − score from the
/// rounded deductions is settled so that weight = score + Σ deductions stays exact and no
/// deduction goes below zero: a shortfall goes to the last deduction with points (or a new
/// adjustment line), an excess is taken back from the last deductions first, each down to 0
/// at most. Each changed deduction records its step; one that ends at zero is dropped, so every
/// deduction on the ledger takes points.
pub fn fold(
    raw_score: Decimal,
    weight: Decimal,
    mut deductions: Vec<Deduction>,
    r: &Rounding,
) -> (Decimal, Vec<Deduction>) {
    // A weight finer than the rounding could round a full score above it; a score never
    // exceeds its weight.
    let score = round(r, raw_score).min(weight);
    let before: Vec<Decimal> = deductions.iter().map(|d| d.points).collect();
    for d in &mut deductions {
        d.points = round(r, d.points);
    }
    let kept: Decimal = deductions.iter().map(|d| d.points).sum();
    let residual = weight
        .checked_sub(score)
        .and_then(|r| r.checked_sub(kept))
        .unwrap_or(Decimal::ZERO);
    if residual.is_sign_positive() && !residual.is_zero() {
        match deductions
            .iter()
            .rposition(|d| !d.points.is_zero())
            .or(deductions.len().checked_sub(1))
        {
            Some(i) => {
                if let Some(d) = deductions.get_mut(i) {
                    d.points = d.points.checked_add(residual).unwrap_or(d.points);
                }
            }
            None => deductions.push(Deduction {
                points: residual,
                reason: text::ROUNDING_ONLY.to_string(),
                site: None,
                evidence: Vec::new(),
                rounding: None,
            }),
        }
    } else {
        let mut excess = residual.abs();
        for d in deductions.iter_mut().rev() {
            let take = excess.min(d.points);
            d.points = d.points.checked_sub(take).unwrap_or(Decimal::ZERO);
            excess = excess.checked_sub(take).unwrap_or(Decimal::ZERO);
            if excess.is_zero() {
                break;
            }
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
    // A deduction that rounding brought to zero takes no points: it is not a deduction.
    deductions.retain(|d| !d.points.is_zero());
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
    fn division_artefacts_do_not_flip_a_midpoint() {
        let w = Decimal::from(3);
        let raw = w * (Decimal::from(557) / Decimal::from(600));
        assert_eq!(raw.to_string(), "2.7849999999999999999999999999");
        let (score, ds) = fold(raw, w, vec![d(&(w - raw).to_string())], &r());
        assert_eq!(score.to_string(), "2.79");
        assert_eq!(ds[0].points.to_string(), "0.21");
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

    #[test]
    fn rounded_up_deductions_never_go_negative() {
        let w = Decimal::from(3);
        let ds: Vec<Deduction> = (0..5).map(|_| d("0.005")).collect();
        let (score, ds) = fold(Decimal::from_str("2.975").unwrap(), w, ds, &r());
        assert_eq!(score.to_string(), "2.98");
        assert!(ds.iter().all(|d| d.points > Decimal::ZERO), "{ds:?}");
        assert_eq!(w, score + ds.iter().map(|d| d.points).sum::<Decimal>());
        let points: Vec<String> = ds.iter().map(|d| d.points.to_string()).collect();
        // The three that rounding took back to zero are no longer deductions.
        assert_eq!(points, ["0.01", "0.01"]);
    }
}
