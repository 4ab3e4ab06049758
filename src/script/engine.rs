//! The sandboxed rhai engine and the host functions rules may call.
//!
//! The engine starts raw and gets only the rhai packages on an allow-list: arithmetic, logic,
//! strings, arrays, maps, iterators and function pointers. Left out are the language-core
//! package (`sleep`, `exit`, `parse_json`), time (`timestamp`), maths (`round`, `floor`, …),
//! blobs, bit fields and debugging. `eval` and `import` are disabled symbols.

use super::checked;
use super::clock;
use super::limits::Limits;
use super::state::{to_decimal, with_state, RawDeduction};
use crate::num;
use crate::text;
use rhai::packages::{
    ArithmeticPackage, BasicArrayPackage, BasicFnPackage, BasicIteratorPackage, BasicMapPackage,
    BasicStringPackage, LogicPackage, MoreStringPackage, Package,
};
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

/// Functions the engine provides that a pack's scripts may not define again.
pub const HOST_FUNCTIONS: [&str; 9] = [
    "deduct", "note", "fail", "param", "percent", "fixed", "dec", "report", "say",
];

/// True when `name` is provided by the engine and so reserved.
pub fn is_host_function(name: &str) -> bool {
    HOST_FUNCTIONS.contains(&name) || ROUNDING_FUNCTIONS.contains(&name)
}

/// How often (in operations) the progress callback looks at the clock.
const CLOCK_EVERY: u64 = 16;

/// An engine with exact checked decimals, only allow-listed packages, no `eval`/`import`,
/// and `limits` on work, time, depth and size.
pub fn sandboxed_engine(limits: &Limits) -> Engine {
    let mut e = Engine::new_raw();
    for package in [
        ArithmeticPackage::new().as_shared_module(),
        LogicPackage::new().as_shared_module(),
        BasicStringPackage::new().as_shared_module(),
        MoreStringPackage::new().as_shared_module(),
        BasicIteratorPackage::new().as_shared_module(),
        BasicFnPackage::new().as_shared_module(),
        BasicArrayPackage::new().as_shared_module(),
        BasicMapPackage::new().as_shared_module(),
    ] {
        e.register_global_module(package);
    }
    limits.apply(&mut e);
    e.set_strict_variables(true)
        .set_fail_on_invalid_map_property(true)
        .set_fast_operators(false);
    e.disable_symbol("eval").disable_symbol("import");
    e.on_print(|_| {}).on_debug(|_, _, _| {});
    e.on_progress(|ops| {
        if ops % CLOCK_EVERY != 0 {
            return None;
        }
        clock::overrun().map(|b| Dynamic::from(b.token()))
    });
    checked::register(&mut e);
    register_host(&mut e);
    super::report::register(&mut e);
    e
}

fn number(v: &Dynamic, what: &str) -> Res<Decimal> {
    to_decimal(v).ok_or_else(|| text::not_a_script_number(what, v.type_name()).into())
}

fn register_host(e: &mut Engine) {
    e.register_fn("deduct", deduct);
    e.register_fn("note", |ctx: NativeCallContext, msg: &str| -> Res<()> {
        let pos = ctx.call_position();
        with_state(&ctx, |s| {
            s.record(msg.len())?;
            s.notes.push((msg.to_string(), pos));
            Ok(())
        })?
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
        let x = number(&x, "percent")?;
        num::checked_percent(x).ok_or_else(|| text::host_overflow("percent", x).into())
    });
    e.register_fn("fixed", |x: Dynamic, places: i64| -> Res<String> {
        let places = u32::try_from(places.clamp(0, 12)).unwrap_or(2);
        Ok(num::fixed(number(&x, "fixed")?, places))
    });
    e.register_fn("dec", |x: Dynamic| -> Res<Decimal> { number(&x, "dec") });
    // Rounding in scripts would bypass the pack's rounding rule (and rhai's round is banker's).
    for name in ROUNDING_FUNCTIONS {
        e.register_fn(name, |_: Decimal, _: i64| -> Res<Decimal> {
            Err(text::NO_ROUND_IN_RULES.to_string().into())
        });
        e.register_fn(name, |_: Decimal| -> Res<Decimal> {
            Err(text::NO_ROUND_IN_RULES.to_string().into())
        });
    }
}

/// `deduct(points, reason)`: records a deduction at the caller's line. Negative points are an
/// error; zero points record nothing (a rule may compute `deduct(w × (1 − rate))` at rate 1).
fn deduct(ctx: NativeCallContext, points: Dynamic, reason: &str) -> Res<()> {
    let points = number(&points, "deduct")?;
    if points.is_sign_negative() && !points.is_zero() {
        return Err(text::negative_deduction(points).into());
    }
    let position = ctx.call_position();
    with_state(&ctx, |s| {
        s.record(reason.len())?;
        if !points.is_zero() {
            s.deductions.push(RawDeduction {
                points,
                reason: reason.to_string(),
                position,
            });
        }
        Ok(())
    })?
}
