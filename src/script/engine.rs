//! The sandboxed rhai engine and the host functions rules may call.

use super::state::{to_decimal, with_state, RawDeduction};
use crate::num;
use crate::text;
use rhai::{Dynamic, Engine, EvalAltResult, NativeCallContext};
use rust_decimal::Decimal;

type Res<T> = Result<T, Box<EvalAltResult>>;

/// rhai's rounding functions, all refused inside rules: the pack's `rounding` rounds scores.
const ROUNDING_FUNCTIONS: [&str; 8] = [
    "round",
    "round_up",
    "round_down",
    "round_half_up",
    "round_half_down",
    "round_half_even",
    "floor",
    "ceiling",
];

/// An engine with exact decimals, no `eval`/`import`, and limits on work, depth and size.
pub fn sandboxed_engine() -> Engine {
    let mut e = Engine::new();
    e.set_max_operations(500_000)
        .set_max_call_levels(32)
        .set_max_expr_depths(64, 32)
        .set_max_string_size(10_000)
        .set_max_array_size(10_000)
        .set_max_map_size(1_000)
        .set_max_variables(1_000)
        .set_max_functions(1_000)
        .set_strict_variables(true)
        .set_fail_on_invalid_map_property(true)
        .set_fast_operators(false)
        .set_module_resolver(rhai::module_resolvers::DummyModuleResolver::new());
    e.disable_symbol("eval").disable_symbol("import");
    e.on_print(|_| {}).on_debug(|_, _, _| {});
    register_host(&mut e);
    super::report::register(&mut e);
    e
}

fn number(v: &Dynamic, what: &str) -> Res<Decimal> {
    to_decimal(v).ok_or_else(|| text::not_a_script_number(what, v.type_name()).into())
}

fn register_host(e: &mut Engine) {
    // Integer division is exact: 1 / 3 is a decimal, never 0.
    e.register_fn("/", |a: i64, b: i64| -> Res<Decimal> {
        if b == 0 {
            return Err(text::arithmetic("Division by zero").into());
        }
        Ok(Decimal::from(a) / Decimal::from(b))
    });
    e.register_fn("deduct", deduct);
    e.register_fn("note", |ctx: NativeCallContext, msg: &str| -> Res<()> {
        let pos = ctx.call_position();
        with_state(&ctx, |s| s.notes.push((msg.to_string(), pos)))
    });
    e.register_fn("fail", |msg: &str| -> Res<()> {
        Err(msg.to_string().into())
    });
    e.register_fn(
        "param",
        |ctx: NativeCallContext, name: &str| -> Res<Dynamic> {
            with_state(&ctx, |s| {
                if !s.params_read.iter().any(|p| p == name) {
                    s.params_read.push(name.to_string());
                }
                s.params.get(name).cloned()
            })?
            .ok_or_else(|| text::unknown_param(name).into())
        },
    );
    e.register_fn("percent", |x: Dynamic| -> Res<String> {
        Ok(num::percent(number(&x, "percent")?))
    });
    e.register_fn("fixed", |x: Dynamic, places: i64| -> Res<String> {
        let places = u32::try_from(places.clamp(0, 12)).unwrap_or(2);
        Ok(num::fixed(number(&x, "fixed")?, places))
    });
    e.register_fn("dec", |x: Dynamic| -> Res<Decimal> { number(&x, "dec") });
    // Rounding in scripts would bypass the pack's rounding rule (and rhai's round is banker's).
    for name in ROUNDING_FUNCTIONS {
        e.register_fn(name, |_: Decimal, _: i64| -> Res<Decimal> {
            Err(text::NO_ROUND_IN_RULES.into())
        });
        e.register_fn(name, |_: Decimal| -> Res<Decimal> {
            Err(text::NO_ROUND_IN_RULES.into())
        });
    }
}

/// `deduct(points, reason)`: records a deduction at the caller's line.
fn deduct(ctx: NativeCallContext, points: Dynamic, reason: &str) -> Res<()> {
    let points = number(&points, "deduct")?;
    if points.is_sign_negative() && !points.is_zero() {
        return Err(text::negative_deduction(points).into());
    }
    let position = ctx.call_position();
    with_state(&ctx, |s| {
        s.deductions.push(RawDeduction {
            points,
            reason: reason.to_string(),
            position,
        })
    })
}
