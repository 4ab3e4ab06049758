//! Sentences about the form's own weights, auto-selection of national packs and the total rule.

/// `weights:` with an unknown mode.
pub fn bad_weights_mode(got: &str) -> String {
    format!("weights 只能是 form（以表中分值为准，包中分值为缺省）或 pack（以包中分值为准），不是「{got}」")
}

/// `if_absent:` naming no `each` node.
pub fn bad_if_absent(id: &str) -> String {
    format!("if_absent 须指向本包中一个按指标展开（each）的节点的 id，「{id}」不是")
}

/// Help for a total rule.
pub const TOTAL_RULE_HELP: &str =
    "total_rule 的函数写作 fn 名称(total, input)，total 有 score（各项得分之和）与 weight（总分值）；用 deduct(分数, 原因) 从总分中扣减";

/// The form's weight is finer than the pack's rounding.
pub fn form_weight_finer(w: rust_decimal::Decimal, places: u32) -> String {
    format!("表中分值 {w} 的小数位多于政策包取舍的 {places} 位，得分无法精确取舍")
}

/// A negative weight on the form.
pub fn form_weight_negative(w: rust_decimal::Decimal) -> String {
    format!("表中分值 {w} 为负数，无法评分")
}

/// Label of the form's weight.
pub fn form_weight_label(w: rust_decimal::Decimal) -> String {
    format!("表中分值 {w}")
}

/// Why a national pack was chosen for a regional project.
pub fn national_pack_chosen(id: &str, region: &str, year: i64) -> String {
    format!("没有适用于「{region}」{year} 年度的地区政策包，按全国政策包 {id}（财预〔2020〕10号，2019 年度起适用于各地）评分")
}

/// A regional pack chosen by a place name in the header.
pub fn regional_pack_chosen(id: &str, place: &str, year: i64) -> String {
    format!("表头中有「{place}」，按地区政策包 {id}（{year} 年度）评分")
}

/// The total rule deducted more than the total.
pub fn total_rule_exceeds(points: rust_decimal::Decimal, total: rust_decimal::Decimal) -> String {
    format!("总分规则扣减 {points} 分，超过了各项得分之和 {total}")
}

/// Name of the total rule in diagnostics.
pub const TOTAL_RULE: &str = "总分规则";

/// A group weight on the form departing from the pack's default.
pub fn form_weight_departs(
    form: rust_decimal::Decimal,
    pack: rust_decimal::Decimal,
    id: &str,
) -> String {
    format!("表中分值 {form} 与政策包 {id} 的原则分值 {pack} 不同；按表中分值评分（单位自评指标的权重由各单位确定），请核实是否有意调整")
}

/// The form's weights do not add up to the pack's total.
pub fn form_weights_total(sum: rust_decimal::Decimal, total: rust_decimal::Decimal) -> String {
    format!("表中各项分值之和为 {sum}，不等于总分 {total}；按表中分值评分，满分为 {sum}")
}

/// Subject of a funds-rate finding.
pub const FUNDS_RATE: &str = "预算执行率";

/// A declared 执行率 that differs from the rule's.
pub fn funds_rate_cause(how: &str) -> String {
    format!("表上填写的执行率与按规则计算的不同：{how}")
}

/// Added when a met indicator was under-scored without a reason.
pub const NO_DEVIATION_REASON: &str = "；表中未填偏差原因";
