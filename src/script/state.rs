//! What one rule call records: its deductions and notes, tagged with where the script made them.

use rhai::{Dynamic, Position};
use rust_decimal::Decimal;
use std::sync::{Arc, Mutex};

/// A deduction as the script made it, before rounding.
#[derive(Debug, Clone)]
pub struct RawDeduction {
    /// Points taken off (≥ 0).
    pub points: Decimal,
    /// The reason, with the numbers used.
    pub reason: String,
    /// Where `deduct(…)` was called.
    pub position: Position,
}

/// The state of one rule call, reachable from host functions through the call's tag.
#[derive(Debug, Default)]
pub struct CallState {
    /// Deductions in the order they were made.
    pub deductions: Vec<RawDeduction>,
    /// Explanatory notes (`note(…)`), with where they were made.
    pub notes: Vec<(String, Position)>,
    /// The pack's parameters, for `param(…)`.
    pub params: Arc<rhai::Map>,
    /// Names of the parameters the rule read, in order, once each.
    pub params_read: Vec<String>,
    /// Figures the rule reported (`report(…)`): completions, ratios.
    pub figures: Vec<super::RawFigure>,
}

/// A call state shared between the evaluator and the host functions.
pub type Shared = Arc<Mutex<CallState>>;

/// Fetches the call state from a native call's tag.
pub(super) fn with_state<R>(
    ctx: &rhai::NativeCallContext,
    f: impl FnOnce(&mut CallState) -> R,
) -> Result<R, Box<rhai::EvalAltResult>> {
    let shared = ctx
        .tag()
        .and_then(|t| t.clone().try_cast::<Shared>())
        .ok_or_else(|| crate::text::NOT_IN_RULE.to_string())?;
    let mut guard = shared
        .lock()
        .map_err(|_| crate::text::NOT_IN_RULE.to_string())?;
    Ok(f(&mut guard))
}

/// A number from a script value: a decimal or an integer.
pub(super) fn to_decimal(v: &Dynamic) -> Option<Decimal> {
    if let Some(d) = v.clone().try_cast::<Decimal>() {
        return Some(d);
    }
    v.as_int().ok().map(Decimal::from)
}
