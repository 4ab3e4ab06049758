//! rhai's Decimal operators replaced by checked ones: an overflow or a zero divisor is a
//! located error naming the values, never a panic. Integer ÷ integer is an exact decimal.

use crate::text;
use rhai::{Dynamic, Engine, EvalAltResult, Position};
use rust_decimal::Decimal;

type Res<T> = Result<T, Box<EvalAltResult>>;

/// One arithmetic operator: its symbol as written in rules and its checked function.
type Op = (&'static str, fn(Decimal, Decimal) -> Option<Decimal>);

const OPS: [Op; 5] = [
    ("+", Decimal::checked_add),
    ("-", Decimal::checked_sub),
    ("*", Decimal::checked_mul),
    ("/", Decimal::checked_div),
    ("%", Decimal::checked_rem),
];

/// `a op b`, or the error that names the values.
pub fn apply(op: &str, a: Decimal, b: Decimal) -> Res<Decimal> {
    let f = OPS
        .iter()
        .find(|(s, _)| *s == op)
        .map(|(_, f)| *f)
        .ok_or_else(|| text::unknown_function(op))?;
    if (op == "/" || op == "%") && b.is_zero() {
        return Err(text::division_by_zero(op, a, b).into());
    }
    f(a, b).ok_or_else(|| text::overflow(op, a, b).into())
}

/// Registers checked `+ - * / %` for decimal/decimal and decimal/integer mixes, their
/// op-assignments (`+=` …) on decimals, and exact integer ÷ integer.
pub fn register(e: &mut Engine) {
    macro_rules! ops {
        ($($sym:literal $assign:literal),*) => {$(
            e.register_fn($sym, |a: Decimal, b: Decimal| apply($sym, a, b));
            e.register_fn($sym, |a: Decimal, b: i64| apply($sym, a, Decimal::from(b)));
            e.register_fn($sym, |a: i64, b: Decimal| apply($sym, Decimal::from(a), b));
            e.register_fn($assign, |a: &mut Decimal, b: Decimal| -> Res<()> {
                *a = apply($sym, *a, b)?;
                Ok(())
            });
            e.register_fn($assign, |a: &mut Decimal, b: i64| -> Res<()> {
                *a = apply($sym, *a, Decimal::from(b))?;
                Ok(())
            });
        )*};
    }
    ops!("+" "+=", "-" "-=", "*" "*=", "/" "/=", "%" "%=");
    // Integer division is exact: 1 / 3 is a decimal, never 0.
    e.register_fn("/", |a: i64, b: i64| {
        apply("/", Decimal::from(a), Decimal::from(b))
    });
    // …and so is `x /= y` on an integer `x`: rhai's built-in one truncates. Dynamic `x` is
    // reached only when no typed `/=` fits (a decimal `x` has its own above).
    e.register_fn("/=", |a: &mut Dynamic, b: i64| -> Res<()> {
        let Some(x) = a.as_int().ok() else {
            return Err(EvalAltResult::ErrorFunctionNotFound(
                format!("/= ({}, i64)", a.type_name()),
                Position::NONE,
            )
            .into());
        };
        *a = Dynamic::from(apply("/", Decimal::from(x), Decimal::from(b))?);
        Ok(())
    });
    e.register_fn("-", |a: Decimal| apply("-", Decimal::ZERO, a));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_and_zero_are_errors() {
        assert!(apply("+", Decimal::MAX, Decimal::ONE).is_err());
        assert!(apply("*", Decimal::MAX, Decimal::TWO).is_err());
        assert!(apply("/", Decimal::ONE, Decimal::ZERO).is_err());
        assert!(apply("%", Decimal::ONE, Decimal::ZERO).is_err());
        assert!(apply("/", Decimal::MAX, Decimal::new(1, 10)).is_err());
        assert_eq!(
            apply("/", Decimal::ONE, Decimal::from(4)).ok(),
            Some(Decimal::new(25, 2))
        );
    }
}
