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
    /// Most `deduct`/`note` calls allowed (`limits.records`).
    pub max_records: usize,
    /// Most bytes of reasons and notes allowed (`limits.record_bytes`).
    pub max_record_bytes: usize,
    /// `deduct`/`note` calls so far.
    records: usize,
    /// Bytes of reasons and notes so far.
    record_bytes: usize,
}

impl CallState {
    /// A fresh state for one rule call under `limits`.
    pub fn new(params: Arc<rhai::Map>, limits: &super::Limits) -> Self {
        CallState {
            params,
            max_records: limits.records,
            max_record_bytes: limits.record_bytes,
            ..CallState::default()
        }
    }

    /// Counts one `deduct`/`note` call keeping `bytes` of text; an error past the limits.
    pub(super) fn record(&mut self, bytes: usize) -> Result<(), Box<rhai::EvalAltResult>> {
        self.records = self.records.saturating_add(1);
        self.record_bytes = self.record_bytes.saturating_add(bytes);
        if self.records > self.max_records {
            return Err(crate::text::too_many_records(self.max_records).into());
        }
        if self.record_bytes > self.max_record_bytes {
            return Err(crate::text::records_too_long(self.max_record_bytes).into());
        }
        Ok(())
    }
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
