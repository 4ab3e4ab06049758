//! Rule scripts and policy packs.

use crate::text::Msg;
use rust_decimal::Decimal;

// ── rule scripts ─────────────────────────────────────────────────────────────
/// Label under the script line that failed.
pub const SCRIPT_FAILED_HERE: Msg = Msg("script-failed-here");
/// Runaway script.
pub const TOO_MANY_OPERATIONS: Msg = Msg("too-many-operations");
/// Recursion too deep.
pub const TOO_DEEP: Msg = Msg("too-deep");
/// Script stopped from outside.
pub const TERMINATED: Msg = Msg("terminated");
/// A host function used outside a rule call.
pub const NOT_IN_RULE: Msg = Msg("not-in-rule");
/// Scripts must not round.
pub const NO_ROUND_IN_RULES: Msg = Msg("no-round-in-rules");

/// A script syntax error.
pub fn script_syntax(msg: &str) -> String {
    crate::t!("script-syntax", msg = msg)
}

/// A function defined twice.
pub fn duplicate_function(name: &str, arity: usize) -> String {
    crate::t!("duplicate-function", name = name, arity = arity)
}

/// A disabled keyword.
pub fn reserved_word(word: &str) -> String {
    crate::t!("reserved-word", word = word)
}

/// Arithmetic failure (division by zero, overflow).
pub fn arithmetic(msg: &str) -> String {
    match msg.strip_prefix("Division by zero") {
        Some(rest) => {
            let expr = rest.trim_start_matches(':').trim();
            if expr.is_empty() {
                crate::t!("script-division-by-zero")
            } else {
                crate::t!("script-division-by-zero-in", expr = expr)
            }
        }
        None if msg.contains("overflow") => crate::t!("script-overflow"),
        None => crate::t!("script-arithmetic", msg = msg),
    }
}

/// Oversized data.
pub fn data_too_large(what: &str) -> String {
    crate::t!("data-too-large", what = what)
}

/// Unknown variable.
pub fn unknown_variable(name: &str) -> String {
    crate::t!("unknown-variable", name = name)
}

/// Unknown function.
pub fn unknown_function(sig: &str) -> String {
    crate::t!("unknown-function", sig = sig)
}

/// Unknown map property.
pub fn unknown_property(name: &str) -> String {
    crate::t!("unknown-property", name = name)
}

/// Wrong type.
pub fn type_mismatch(want: &str, got: &str) -> String {
    crate::t!("type-mismatch", want = want, got = got)
}

/// A host function got a non-number.
pub fn not_a_script_number(func: &str, ty: &str) -> String {
    crate::t!("not-a-script-number", func = func, ty = ty)
}

/// Unknown pack parameter.
pub fn unknown_param(name: &str) -> String {
    crate::t!("unknown-param", name = name)
}

/// Negative deduction.
pub fn negative_deduction(p: Decimal) -> String {
    crate::t!("negative-deduction", p = p)
}

// ── policy packs ─────────────────────────────────────────────────────────────
/// Embedded packs.
pub const EMBEDDED: Msg = Msg("embedded");
/// A script path that leaves the pack.
pub const NOT_CONFINED: Msg = Msg("not-confined");
/// Label: no such rule function.
pub const NO_SUCH_RULE: Msg = Msg("no-such-rule");
/// Help for rules.
pub const RULE_HELP: Msg = Msg("rule-help");
/// No grade bands.
pub const NO_GRADES: Msg = Msg("no-grades");
/// Label: the band before.
pub const PREVIOUS_BAND: Msg = Msg("previous-band");
/// Too many decimal places.
pub const TOO_MANY_PLACES: Msg = Msg("too-many-places");

/// Unknown rounding mode.
pub fn bad_rounding_mode(m: &str) -> String {
    crate::t!("bad-rounding-mode", m = m)
}

/// Rounding help.
pub fn rounding_help(names: &str) -> String {
    crate::t!("rounding-help", names = names)
}

/// A group with a rule.
pub fn group_with_rule(name: &str) -> String {
    crate::t!("group-with-rule", name = name)
}

/// A leaf without a rule.
pub fn item_without_rule(name: &str) -> String {
    crate::t!("item-without-rule", name = name)
}

/// A leaf without a weight.
pub fn item_without_weight(path: &str) -> String {
    crate::t!("item-without-weight", path = path)
}

/// Σ sections ≠ total.
pub fn total_mismatch(sum: Decimal, total: Decimal) -> String {
    crate::t!("total-mismatch", sum = sum, total = total)
}

/// Label on total.
pub fn declared_total(total: Decimal) -> String {
    crate::t!("declared-total", total = total)
}

/// Σ children ≠ parent.
pub fn children_mismatch(path: &str, sum: Decimal, w: Decimal) -> String {
    crate::t!("children-mismatch", path = path, sum = sum, w = w)
}

/// Label on a declared parent weight.
pub fn declared_weight(w: Decimal) -> String {
    crate::t!("declared-weight-is", w = w)
}

/// Label on a child weight.
pub fn child_weight(name: &str, w: Decimal) -> String {
    crate::t!("child-weight", name = name, w = w)
}

/// A negative weight.
pub fn negative_weight(path: &str) -> String {
    crate::t!("negative-weight", path = path)
}

/// A weight with more places than rounding keeps.
pub fn weight_finer_than_rounding(w: Decimal, places: u32) -> String {
    crate::t!("weight-finer-than-rounding", w = w, places = places)
}

/// Unknown rule function.
pub fn unknown_rule(name: &str) -> String {
    crate::t!("unknown-rule", name = name)
}

/// Unknown project field.
pub fn unknown_field(name: &str) -> String {
    crate::t!("unknown-field", name = name)
}

/// Label on an input.
pub fn input_label(name: &str) -> String {
    crate::t!("input-label", name = name)
}

/// Known fields, for help.
pub fn fields_help() -> String {
    let sep = crate::t!("list-separator");
    let list: Vec<String> = crate::project::FIELDS
        .iter()
        .map(|(f, l)| crate::t!("field-entry", field = *f, label = *l))
        .collect();
    crate::t!("fields-help", list = list.join(&sep))
}

/// An input and an arg share a name.
pub fn input_arg_clash(name: &str) -> String {
    crate::t!("input-arg-clash", name = name)
}

/// Bands not descending.
pub fn bands_not_descending(lower: &str, upper: &str) -> String {
    crate::t!("bands-not-descending", lower = lower, upper = upper)
}

/// Lowest band does not start at 0.
pub fn lowest_band_not_zero(grade: &str) -> String {
    crate::t!("lowest-band-not-zero", grade = grade)
}

/// Highest band above the total.
pub fn band_above_total(grade: &str) -> String {
    crate::t!("band-above-total", grade = grade)
}

/// Duplicate item id.
pub fn duplicate_item_id(id: &str) -> String {
    crate::t!("duplicate-item-id", id = id)
}

/// `--policy` names nothing.
pub fn policy_not_found(spec: &str) -> String {
    crate::t!("policy-not-found", spec = spec)
}

/// Available pack ids.
pub fn available_policies(ids: &[String]) -> String {
    if ids.is_empty() {
        crate::t!("no-policies")
    } else {
        let sep = crate::t!("list-separator");
        crate::t!("available-policies", ids = ids.join(&sep))
    }
}

/// No pack for the project's region and year.
pub fn no_matching_policy(region: &str, year: i64) -> String {
    crate::t!("no-matching-policy", region = region, year = year)
}

/// A local pack that does not load took no part in the automatic choice.
pub fn broken_candidate(origin: &str) -> String {
    crate::t!("broken-candidate", origin = origin)
}

/// A named pack for another region or year than the project's.
pub fn pack_mismatch(id: &str, pr: &str, py: i64, file: &str, region: &str, year: i64) -> String {
    crate::t!(
        "pack-mismatch",
        id = id,
        pr = pr,
        py = py,
        file = file,
        region = region,
        year = year
    )
}

/// Which pack was picked automatically.
pub fn policy_chosen(id: &str, region: &str, year: i64) -> String {
    crate::t!("policy-chosen", region = region, year = year, id = id)
}
