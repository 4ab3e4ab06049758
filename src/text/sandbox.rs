//! The rule sandbox: budgets, limits, overflow, reserved host names.

use crate::text::Msg;
use rust_decimal::Decimal;

/// A rule call over its wall-clock budget.
pub fn call_over_time(ms: u64) -> String {
    crate::t!("call-over-time", ms = ms.to_string())
}

/// An evaluation over its wall-clock budget.
pub fn evaluation_over_time(ms: u64) -> String {
    crate::t!("evaluation-over-time", ms = ms.to_string())
}

/// Too many deduct/note calls.
pub fn too_many_records(max: usize) -> String {
    crate::t!("too-many-records", max = max)
}

/// Too much text in deduct reasons and notes.
pub fn records_too_long(max: usize) -> String {
    crate::t!("records-too-long", max = max)
}

/// An arithmetic overflow, with the operands.
pub fn overflow(op: &str, a: Decimal, b: Decimal) -> String {
    crate::t!("overflow", a = a, op = op, b = b)
}

/// An overflow reported by rhai in its own words (`Addition overflow: 1 + 2`).
pub fn overflow_in(expr: &str) -> String {
    if expr.is_empty() {
        crate::t!("overflow-bare")
    } else {
        crate::t!("overflow-in", expr = expr)
    }
}

/// A zero divisor, with the operands.
pub fn division_by_zero(op: &str, a: Decimal, b: Decimal) -> String {
    crate::t!("division-by-zero", a = a, op = op, b = b)
}

/// Deductions that add up past what a number can hold.
pub fn deductions_overflow(sum: Decimal, next: Decimal) -> String {
    crate::t!("deductions-overflow", sum = sum, next = next)
}

/// A host function's result out of range.
pub fn host_overflow(func: &str, x: Decimal) -> String {
    crate::t!("host-overflow", func = func, x = x)
}

/// A pack function taking a host function's name.
pub fn reserved_host_name(name: &str) -> String {
    crate::t!("reserved-host-name", name = name)
}

/// A call to a function rules cannot use (impure builtins such as `sleep`, or a typo).
pub fn unavailable_function(name: &str) -> String {
    crate::t!("unavailable-function", name = name)
}

/// Help for an unavailable function.
pub const UNAVAILABLE_FUNCTION_HELP: Msg = Msg("unavailable-function-help");

/// Help for a reserved host name.
pub const RESERVED_HOST_HELP: Msg = Msg("reserved-host-help");

/// A limit key that is not known.
pub fn unknown_limit(name: &str, names: &str) -> String {
    crate::t!("unknown-limit", name = name, names = names)
}

/// A limit of zero.
pub fn zero_limit(name: &str) -> String {
    crate::t!("zero-limit", name = name)
}

/// Where a syntax error at the end of a file points.
pub const END_OF_FILE: Msg = Msg("end-of-file");

/// A token missing (often an unclosed block at the end of a file).
pub fn missing_token(token: &str) -> String {
    crate::t!("missing-token", token = token)
}

/// A rule message file that does not parse.
pub fn rule_messages_syntax(file: &str) -> String {
    crate::t!("rule-messages-syntax", file = file)
}

/// `say(id)` names a message no rule message file has.
pub fn rule_message_unknown(id: &str) -> String {
    crate::t!("rule-message-unknown", id = id)
}

/// `say(id, …)` left a placeholder without a value (or the message is wrong otherwise).
pub fn rule_message_args(id: &str, detail: &str) -> String {
    crate::t!("rule-message-args", id = id, detail = detail)
}
