//! What a careful unit would declare: completion rates and item scores worked out the way the
//! bundled packs do (jinzhong-2020's completion average, mof-2020's and hubei-2022's per-indicator
//! scores), in exact decimals. The forms then sometimes declare something else.

use crate::names::Dir;
use rust_decimal::{Decimal, RoundingStrategy};

pub fn round2(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `x` written with exactly `places` decimals (2.8 → "2.80").
pub fn fixed(x: Decimal, places: u32) -> String {
    let mut y = x.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    y.rescale(places);
    y.to_string()
}

/// `x × basis_points / 10 000` kept to `places` decimals (`share(x, 9_322, 2)` is 93.22 % of x).
pub fn share(x: Decimal, basis_points: i64, places: u32) -> Decimal {
    (x * Decimal::new(basis_points, 4))
        .round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// min(1, a ÷ b); 0 when b is 0.
pub fn capped_ratio(a: Decimal, b: Decimal) -> Decimal {
    if b.is_zero() {
        Decimal::ZERO
    } else {
        (a / b).min(Decimal::ONE)
    }
}

/// The rule library's completion rate of a quantitative indicator (rules/indicators.rhai).
pub fn completion(dir: Dir, target: Decimal, actual: Decimal) -> Decimal {
    let (t, a) = (target, actual);
    match dir {
        Dir::AtLeast => (a / t).min(Decimal::ONE),
        Dir::AtMost if a <= t => Decimal::ONE,
        Dir::AtMost if a >= t * Decimal::TWO => Decimal::ZERO,
        Dir::AtMost => Decimal::ONE - (a - t) / t,
        Dir::Equal => {
            let gap = (a - t).abs();
            if gap >= t {
                Decimal::ZERO
            } else {
                Decimal::ONE - gap / t
            }
        }
    }
}

/// The 完成进度 the audit recomputes (docs/project-format.md §5.3), in percent.
pub fn progress(dir: Dir, target: Decimal, actual: Decimal) -> Decimal {
    let hundred = Decimal::ONE_HUNDRED;
    match dir {
        Dir::AtLeast => round2(actual / target * hundred),
        Dir::AtMost => round2(completion(dir, target, actual) * hundred),
        Dir::Equal if actual == target => hundred,
        Dir::Equal => round2(actual / target * hundred),
    }
}

/// hubei-2022's score of a quantitative indicator: 正向 w × a ÷ t (−2 at ≥ 130 %), 反向 w × t ÷ a.
pub fn hubei_score(dir: Dir, w: Decimal, target: Decimal, actual: Decimal) -> Decimal {
    let r = match dir {
        Dir::AtLeast => actual / target,
        Dir::AtMost if actual <= target => Decimal::ONE,
        Dir::AtMost => target / actual,
        Dir::Equal => completion(dir, target, actual),
    };
    if dir == Dir::AtLeast && r >= Decimal::new(13, 1) {
        return (w - Decimal::TWO).max(Decimal::ZERO);
    }
    round2(w * r.min(Decimal::ONE))
}

/// The grade bands every bundled pack uses.
pub fn grade(total: Decimal) -> &'static str {
    match total {
        t if t >= Decimal::from(90) => "优",
        t if t >= Decimal::from(80) => "良",
        t if t >= Decimal::from(60) => "中",
        _ => "差",
    }
}

/// `total` points split over `n` parts as whole points, the remainder on the first parts.
pub fn split(total: i64, n: usize) -> Vec<Decimal> {
    let n = n.max(1) as i64;
    (0..n)
        .map(|i| Decimal::from(total / n + i64::from(i < total % n)))
        .collect()
}
