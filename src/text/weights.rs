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

/// An item's 分值 inferred from its 得分: no 分值 column, and the group's declared 得分 add up
/// to its label's weight exactly; what an audit can no longer see.
pub fn weight_inferred(
    label: &str,
    sum: rust_decimal::Decimal,
    weight: rust_decimal::Decimal,
) -> String {
    format!("分值为推断：表无分值栏，「{label}」本组得分之和 {sum} 等于栏目分值 {weight}，各行分值按得分推断；因此表上少计分的行无从发现（已完成指标得分低于应得分值时看不出），规则仍按完成情况核对（未完成的指标记了满分仍会扣分）")
}

/// Added for a row of an inferred group that declares no 得分.
pub const WEIGHT_INFERRED_NO_SCORE: &str = "；本行未填得分，分值推断为 0";

/// An item's 分值 is the pack's group weight spread equally: not on the form.
pub fn weight_spread(group: &str, total: rust_decimal::Decimal, n: usize) -> String {
    format!("分值不在表上：表中没有本项分值，按政策包「{group}」{total} 分在 {n} 项间平均分配，为缺省值；表上得分与之不同，不能据此判定为自评错误")
}

/// A declared score set against a weight that is the pack's default, not the form's (for the
/// audit: the mismatch is a notice, not an error).
pub fn declared_against_spread(weight: rust_decimal::Decimal) -> String {
    format!("本项分值 {weight} 是政策包的平均分配，表上没有分值；表上得分与按此分值计算的得分不可直接比较")
}

/// On a partial result, scored + unscored weights exceed the pack's total.
pub fn weights_beyond_total(
    scored: rust_decimal::Decimal,
    unscored: rust_decimal::Decimal,
    total: rust_decimal::Decimal,
) -> String {
    format!("已评 {scored} 分与未评 {unscored} 分合计超过总分 {total}：表上给出的分值与表上未给、按政策包缺省的分值合在一起超出总分，各项分值须按原表的评分办法核对")
}
