//! Exact numbers from YAML text, percentages, and the policy's rounding modes.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// The largest magnitude accepted anywhere (10^15): far above any budget in 万元, far enough
/// below Decimal's limit that sums and products of many values cannot overflow.
pub fn max_abs() -> Decimal {
    Decimal::from(1_000_000_000_000_000_i64)
}

/// Parses a decimal exactly from its written form (`2536.08`, `-1`, `1e3`, `１２.５`).
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(
                (c as u32)
                    .saturating_sub('０' as u32)
                    .saturating_add('0' as u32),
            )
            .unwrap_or(c),
            '．' => '.',
            '－' => '-',
            _ => c,
        })
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    if t.is_empty() {
        return None;
    }
    Decimal::from_str_exact(&t)
        .or_else(|_| Decimal::from_scientific(&t))
        .or_else(|e| {
            // More than 28 significant digits, all the extra ones trailing fractional zeros
            // (`2.8000000000000000000000000000000000000000`): the same value, exactly.
            let trimmed = match t.split_once('.') {
                Some((_, frac)) if frac.bytes().all(|b| b.is_ascii_digit()) => {
                    t.trim_end_matches('0').trim_end_matches('.')
                }
                _ => return Err(e),
            };
            Decimal::from_str_exact(trimmed)
        })
        .ok()
        .filter(|d| d.abs() <= max_abs())
}

/// Parses a percentage: `93.13%`, `93.13％` or a plain number of percent (`93.13`).
pub fn parse_percent(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let t = t
        .strip_suffix('%')
        .or_else(|| t.strip_suffix('％'))
        .unwrap_or(t);
    parse_decimal(t)
}

/// A decimal read from the scalar's text, never through f64.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num(pub Decimal);

/// A percentage read from `93.13%` or `93.13`; the value is in percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Percent(pub Decimal);

struct TextVisitor(fn(&str) -> Option<Decimal>, crate::text::Msg);

impl Visitor<'_> for TextVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.1)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        (self.0)(v).ok_or_else(|| E::custom(crate::text::not_a_number(v, &self.1.to_string())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        self.visit_str(&v.to_string())
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TextVisitor(parse_decimal, crate::text::EXPECT_NUMBER))
            .map(Num)
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TextVisitor(parse_percent, crate::text::EXPECT_PERCENT))
            .map(Percent)
    }
}

/// How a policy rounds item scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundingMode {
    /// 四舍五入: half away from zero.
    HalfAwayFromZero,
    /// 银行家舍入: half to even.
    HalfEven,
    /// 截尾: toward zero.
    Truncate,
}

impl RoundingMode {
    /// Every accepted spelling, for messages.
    pub const NAMES: &'static str =
        "half_away_from_zero（四舍五入）, half_even（银行家舍入）, truncate（截尾）";

    /// Reads a mode from its English or Chinese name.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim() {
            "half_away_from_zero" | "half_up" | "四舍五入" => Some(Self::HalfAwayFromZero),
            "half_even" | "bankers" | "银行家舍入" => Some(Self::HalfEven),
            "truncate" | "down" | "截尾" => Some(Self::Truncate),
            _ => None,
        }
    }

    /// Rounds `x` to `places` decimal places in this mode.
    pub fn round(self, x: Decimal, places: u32) -> Decimal {
        let strategy = match self {
            Self::HalfAwayFromZero => RoundingStrategy::MidpointAwayFromZero,
            Self::HalfEven => RoundingStrategy::MidpointNearestEven,
            Self::Truncate => RoundingStrategy::ToZero,
        };
        let mut r = x.round_dp_with_strategy(places, strategy);
        r.rescale(places);
        r
    }

    /// The Chinese name, for explanations.
    pub fn label(self) -> crate::text::Msg {
        match self {
            Self::HalfAwayFromZero => crate::text::Msg("rounding-half-away"),
            Self::HalfEven => crate::text::Msg("rounding-half-even"),
            Self::Truncate => crate::text::Msg("rounding-truncate"),
        }
    }

    /// The canonical English key, for JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::HalfAwayFromZero => "half_away_from_zero",
            Self::HalfEven => "half_even",
            Self::Truncate => "truncate",
        }
    }
}

/// Formats a decimal with exactly `places` places (half away from zero), e.g. for reasons.
pub fn fixed(x: Decimal, places: u32) -> String {
    RoundingMode::HalfAwayFromZero.round(x, places).to_string()
}

/// Formats a ratio as a percentage with two places: `0.932151` → `93.22%`; a ratio too large
/// to multiply by 100 is written as `ratio × 100%`.
pub fn percent(ratio: Decimal) -> String {
    checked_percent(ratio).unwrap_or_else(|| format!("{ratio} × 100%"))
}

/// [`percent`], or `None` when `ratio × 100` overflows.
pub fn checked_percent(ratio: Decimal) -> Option<String> {
    let p = ratio.checked_mul(Decimal::ONE_HUNDRED)?;
    Some(format!("{}%", fixed(p, 2)))
}

/// A long exact decimal shortened for a label: `0.2035464180940…` → `0.203546…`.
pub fn short(x: Decimal) -> String {
    if x.scale() <= 6 {
        x.to_string()
    } else {
        format!("{}…", x.trunc_with_scale(6))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_zeros_past_28_digits_are_the_same_value() {
        let long = format!("2.8{}", "0".repeat(40));
        assert_eq!(parse_decimal(&long), Some(Decimal::new(28, 1)));
        assert_eq!(parse_decimal("2.80"), Some(Decimal::new(280, 2)));
        assert_eq!(parse_decimal(&format!("2.8{}1", "0".repeat(40))), None);
    }
    use std::str::FromStr;

    fn lit(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn exact_from_text() {
        assert_eq!(
            parse_decimal("1234567890.123456789").unwrap().to_string(),
            "1234567890.123456789"
        );
        assert_eq!(parse_decimal("１２.５"), Some(lit("12.5")));
        assert_eq!(parse_percent("93.13%"), Some(lit("93.13")));
        assert_eq!(parse_decimal("abc"), None);
        assert_eq!(
            parse_decimal("79228162514264337593543950335"),
            None,
            "out of range"
        );
    }

    #[test]
    fn half_away_from_zero_is_not_bankers() {
        let m = RoundingMode::HalfAwayFromZero;
        assert_eq!(m.round(lit("2.785"), 2).to_string(), "2.79");
        assert_eq!(
            RoundingMode::HalfEven.round(lit("2.785"), 2).to_string(),
            "2.78"
        );
        assert_eq!(m.round(lit("-0.005"), 2).to_string(), "-0.01");
        assert_eq!(m.round(lit("3"), 2).to_string(), "3.00");
        assert_eq!(
            RoundingMode::Truncate.round(lit("2.789"), 2).to_string(),
            "2.78"
        );
    }
}
