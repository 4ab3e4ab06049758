//! Sentences about the form's own weights, auto-selection of national packs and the total rule.

use super::locale::Msg;

/// `weights:` with an unknown mode.
pub fn bad_weights_mode(got: &str) -> String {
    crate::t!("bad-weights-mode", got = got)
}

/// `if_absent:` naming no `each` node.
pub fn bad_if_absent(id: &str) -> String {
    crate::t!("bad-if-absent", id = id)
}

/// Help for a total rule.
pub const TOTAL_RULE_HELP: Msg = Msg("total-rule-help");

/// The form's weight is finer than the pack's rounding.
pub fn form_weight_finer(w: rust_decimal::Decimal, places: u32) -> String {
    crate::t!("form-weight-finer", w = w, places = places)
}

/// A negative weight on the form.
pub fn form_weight_negative(w: rust_decimal::Decimal) -> String {
    crate::t!("form-weight-negative", w = w)
}

/// Label of the form's weight.
pub fn form_weight_label(w: rust_decimal::Decimal) -> String {
    crate::t!("form-weight-label", w = w)
}

/// Why a national pack was chosen for a regional project.
pub fn national_pack_chosen(id: &str, region: &str, year: i64) -> String {
    crate::t!(
        "national-pack-chosen",
        id = id,
        region = region,
        year = year
    )
}

/// A regional pack chosen by a place name in the header.
pub fn regional_pack_chosen(id: &str, place: &str, year: i64) -> String {
    crate::t!("regional-pack-chosen", id = id, place = place, year = year)
}

/// The total rule deducted more than the total.
pub fn total_rule_exceeds(points: rust_decimal::Decimal, total: rust_decimal::Decimal) -> String {
    crate::t!("total-rule-exceeds", points = points, total = total)
}

/// Name of the total rule in diagnostics.
pub const TOTAL_RULE: Msg = Msg("total-rule");

/// A group weight on the form departing from the pack's default.
pub fn form_weight_departs(
    form: rust_decimal::Decimal,
    pack: rust_decimal::Decimal,
    id: &str,
) -> String {
    crate::t!("form-weight-departs", form = form, pack = pack, id = id)
}

/// The form's weights do not add up to the pack's total.
pub fn form_weights_total(sum: rust_decimal::Decimal, total: rust_decimal::Decimal) -> String {
    crate::t!("form-weights-total", sum = sum, total = total)
}

/// Subject of a funds-rate finding.
pub const FUNDS_RATE: Msg = Msg("funds-rate");

/// A declared 执行率 that differs from the rule's.
pub fn funds_rate_cause(how: &str) -> String {
    crate::t!("funds-rate-cause", how = how)
}

/// Added when a met indicator was under-scored without a reason.
pub const NO_DEVIATION_REASON: Msg = Msg("no-deviation-reason");

/// An item's 分值 inferred from its 得分: no 分值 column, and the group's declared 得分 add up
/// to its label's weight exactly; what an audit can no longer see.
pub fn weight_inferred(
    label: &str,
    sum: rust_decimal::Decimal,
    weight: rust_decimal::Decimal,
) -> String {
    crate::t!("weight-inferred", label = label, sum = sum, weight = weight)
}

/// Added for a row of an inferred group that declares no 得分.
pub const WEIGHT_INFERRED_NO_SCORE: Msg = Msg("weight-inferred-no-score");

/// An item's 分值 is the pack's group weight spread equally: not on the form.
pub fn weight_spread(group: &str, total: rust_decimal::Decimal, n: usize) -> String {
    crate::t!("weight-spread", group = group, total = total, n = n)
}

/// A declared score set against a weight that is the pack's default, not the form's (for the
/// audit: the mismatch is a notice, not an error).
pub fn declared_against_spread(weight: rust_decimal::Decimal) -> String {
    crate::t!("declared-against-spread", weight = weight)
}

/// On a partial result, scored + unscored weights exceed the pack's total.
pub fn weights_beyond_total(
    scored: rust_decimal::Decimal,
    unscored: rust_decimal::Decimal,
    total: rust_decimal::Decimal,
) -> String {
    crate::t!(
        "weights-beyond-total",
        scored = scored,
        unscored = unscored,
        total = total
    )
}
