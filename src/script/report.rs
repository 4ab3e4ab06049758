//! `report(subject, value, how)`: a rule tells the ledger a figure it computed (an indicator's
//! completion, a funds ratio), so audits compare the form with what the rule found instead of
//! recomputing it with a formula of their own.

use super::state::{to_decimal, with_state};
use crate::text;
use rhai::{Dynamic, Engine, EvalAltResult, NativeCallContext, Position};
use rust_decimal::Decimal;

/// A figure as the script reported it.
#[derive(Debug, Clone)]
pub struct RawFigure {
    /// What it is about: `indicators[N]` or `funds`.
    pub subject: String,
    /// The value (a ratio, 1 = 100%).
    pub value: Decimal,
    /// How it was computed, with the numbers.
    pub how: String,
    /// Where `report(…)` was called.
    pub position: Position,
}

/// Registers `report`.
pub(super) fn register(e: &mut Engine) {
    e.register_fn("report", report);
}

fn report(
    ctx: NativeCallContext,
    subject: &str,
    value: Dynamic,
    how: &str,
) -> Result<(), Box<EvalAltResult>> {
    let value =
        to_decimal(&value).ok_or_else(|| text::not_a_script_number("report", value.type_name()))?;
    let position = ctx.call_position();
    with_state(&ctx, |s| {
        s.figures.push(RawFigure {
            subject: subject.to_string(),
            value,
            how: how.to_string(),
            position,
        })
    })
}
