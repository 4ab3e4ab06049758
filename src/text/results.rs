//! Evaluation, audit, reports and explanations.

use rust_decimal::Decimal;

// ── evaluation ───────────────────────────────────────────────────────────────
/// Label: a value is needed here.
pub const NEEDED_HERE: &str = "此处需要该值";
/// 目标值.
pub const TARGET: &str = "目标值";
/// 实际完成值.
pub const ACTUAL: &str = "实际完成值";
/// 完成进度.
pub const PROGRESS: &str = "完成进度";
/// 评价档次.
pub const TIER: &str = "评价档次";
/// The declared score stands in for a judgement.
pub const SELF_JUDGEMENT: &str = "项目文件未给出评价人判定，以评分表中的自评得分作为判定";
/// How to give a judgement.
pub const JUDGEMENT_HELP: &str =
    "在项目文件 judgements 下为此项写一条 {item: 路径, score: 得分, reason: 理由}，或在 scorecard.items 中给出自评得分";
/// Σ deductions above weight.
pub const DEDUCTIONS_EXCEED: &str = "扣分合计超过了分值";
/// Label at a deduction.
pub const DEDUCTED_HERE: &str = "在此扣分";
/// Rounding adjustment reason.
pub const ROUNDING_ONLY: &str = "得分取舍调整";

/// Label pointing at the project.
pub fn in_project(file: &str) -> String {
    format!("项目 {file}")
}

/// A field the rule needs is missing.
pub fn missing_field(label: &str, name: &str) -> String {
    format!("项目文件未填写{label}（{name}），无法评分；缺失的值不会按 0 计")
}

/// No judgement for a judgement item.
pub fn missing_judgement(path: &str) -> String {
    let _ = path;
    "需要评价人判定，项目文件中既没有判定也没有自评得分".to_string()
}

/// A judgement outside [0, weight].
pub fn judgement_out_of_range(score: Decimal, weight: Decimal) -> String {
    format!("判定得分 {score} 不在 [0, {weight}] 之内")
}

/// Note: an evaluator judgement was used.
pub fn judged_by_evaluator(reason: &str) -> String {
    if reason.is_empty() {
        "采用评价人判定".to_string()
    } else {
        format!("采用评价人判定：{reason}")
    }
}

/// Label of an indicator value.
pub fn indicator_value(level2: &str, name: &str, what: &str) -> String {
    format!("{level2}「{name}」{what}")
}

/// Σ deductions above weight, with figures.
pub fn deductions_exceed(sum: Decimal, weight: Decimal) -> String {
    format!("{DEDUCTIONS_EXCEED}（扣分 {sum}，分值 {weight}）")
}
/// Label: policy.yaml names the rule here.
pub const RULE_CALLED_HERE: &str = "评分项在此调用该规则";

// ── audit ────────────────────────────────────────────────────────────────────
/// 评分表.
pub const SCORECARD: &str = "评分表";

/// Count of declared items.
pub fn item_count(n: usize) -> String {
    format!("{n} 项")
}

/// The form's 评分表 follows another framework.
pub fn form_not_in_policy(policy: &str) -> String {
    format!("评分表的评分项与政策包 {policy} 无一对应（按其他框架填写），不逐项比对，只比对综合得分与等次")
}

/// An item the pack scores but the form does not list.
pub const NOT_ON_FORM: &str = "评分表中没有此项";

/// Cause of an item score difference.
pub fn item_cause(diff: Decimal, reason: &str) -> String {
    let dir = if diff > Decimal::ZERO {
        "多计"
    } else {
        "少计"
    };
    if reason.is_empty() {
        format!("自评{dir} {} 分；按规则此项不扣分", diff.abs())
    } else {
        format!("自评{dir} {} 分；按规则：{reason}", diff.abs())
    }
}

/// Cause of a weight difference.
pub fn weight_cause(policy: &str) -> String {
    format!("评分表上的分值与政策包 {policy} 的分值不同")
}

/// Cause of a section difference.
pub fn section_cause(diff: Decimal) -> String {
    let dir = if diff > Decimal::ZERO { "高" } else { "低" };
    format!("自评小计比按规则计算的各项得分之和{dir} {}", diff.abs())
}

/// Cause of a total difference.
pub fn total_cause(diff: Decimal) -> String {
    let dir = if diff > Decimal::ZERO { "高" } else { "低" };
    format!("自评综合得分比按规则计算的各项得分之和{dir} {}", diff.abs())
}

/// Cause of a grade difference.
pub fn grade_cause(total: &str, grade: &str) -> String {
    format!("按规则综合得分 {total}，对应等次「{grade}」")
}

/// An item on the form the pack lacks.
pub fn not_in_policy(policy: &str) -> String {
    format!("政策包 {policy} 中没有此评分项")
}

/// Cause of a 完成进度 difference.
pub fn progress_cause(direction: &str, how: &str) -> String {
    format!("按指标方向「{direction}」重算完成进度：{how}")
}

// ── reports ──────────────────────────────────────────────────────────────────
/// Score table columns.
pub const TABLE_HEADER: [&str; 5] = ["评分项", "分值", "得分", "扣分", "自评"];
/// The pack line.
pub fn policy_line(id: &str, title: &str, origin: &str) -> String {
    format!("政策包 {id}《{title}》（{origin}）")
}

/// Total and grade, with the declared grade.
pub fn result_line(total: &str, max: &str, grade: &str, declared_grade: Option<&str>) -> String {
    match declared_grade {
        Some(g) => format!("综合得分 {total} / {max}，等次「{grade}」（自评等次「{g}」）"),
        None => format!("综合得分 {total} / {max}，等次「{grade}」"),
    }
}

/// Where to see why points were lost.
pub fn explain_hint(file: &str, policy: &str) -> String {
    format!("逐项扣分原因：jixiao explain {file} --policy {policy}")
}

/// Heading of a related report in another file.
pub fn related_in(file: &str) -> String {
    format!("见 {file}")
}

// ── explanations ─────────────────────────────────────────────────────────────
/// Formula line of help.
pub fn formula_line(h: &str) -> String {
    format!("算法：{h}")
}

/// Basis line of help.
pub fn basis_line(b: &str) -> String {
    format!("依据：{b}")
}

/// Note line of help.
pub fn note_line(n: &str) -> String {
    format!("说明：{n}")
}

/// Headline of one deduction.
pub fn deduction_headline(name: &str, path: &str, points: Decimal, reason: &str) -> String {
    format!("{name}（{path}）扣 {points} 分：{reason}")
}

/// Headline of an item with full marks.
pub fn full_marks(name: &str, path: &str, score: Decimal) -> String {
    format!("{name}（{path}）得满分 {score}，未扣分")
}

/// Label at the deduct() line, with rounding.
pub fn rounding_label(
    reason: &str,
    before: Decimal,
    after: Decimal,
    mode: &str,
    places: u32,
) -> String {
    format!(
        "扣 {} → {mode}保留 {places} 位 → {after}（{reason}）",
        crate::num::short(before)
    )
}

/// Label at the deduct() line when the rounding difference of the score was folded in.
pub fn balancing_label(reason: &str, before: Decimal, after: Decimal, score: Decimal) -> String {
    format!(
        "扣 {} → 得分取舍为 {score}，扣分补足为 {after}，使分值 = 得分 + 扣分（{reason}）",
        crate::num::short(before)
    )
}

/// Label at the deduct() line.
pub fn deducted_label(points: Decimal, reason: &str) -> String {
    format!("扣 {points}（{reason}）")
}

/// Label at the rule: line of policy.yaml.
pub fn item_uses_rule(name: &str, weight: &str) -> String {
    format!("{name}（分值 {weight}）按此规则评分")
}

/// Label at a project value.
pub fn evidence_label(label: &str, value: &str) -> String {
    format!("{label} = {value}")
}

// ── partial evaluations (cut-off forms) ─────────────────────────────────────
/// What a partial evaluation shows for its grade: none is given.
pub const GRADE_WITHHELD: &str = "不评定";
/// Name of the unscored rest of the total (rows cut halfway).
pub const UNSCORED_REST: &str = "其余";
/// The 得分 cell of an unscored item.
pub const UNSCORED_CELL: &str = "未评分";
/// The total row of a partial evaluation: the sum of the scored items only.
pub const SCORED_TOTAL: &str = "已评合计";

/// Where a cut-off form breaks off: the project file's own words, or the form's line.
pub fn cut_place(cut: &crate::project::Cut) -> String {
    match &cut.note {
        Some(note) => note.clone(),
        None => format!("原表第 {} 行起缺", cut.at.line()),
    }
}

/// One unscored item in a sentence: `满意度指标 10 分`.
pub fn unscored_phrase(name: &str, weight: Decimal) -> String {
    let name = if name.is_empty() { UNSCORED_REST } else { name };
    format!("{name} {} 分", weight.normalize())
}

/// The result line of a partial evaluation: what was scored, what was not and why, no grade.
pub fn partial_line(total: &str, scored: &str, unscored: &[String], place: &str) -> String {
    format!(
        "已评 {scored} 分中得 {total}；{}因原表截断未评分（{place}）；部分评分，不评定等次",
        unscored.join("、")
    )
}

/// Why an unscored item has no data, for `explain` and JSON.
pub fn unscored_reason(missing: &crate::eval::Missing) -> String {
    match missing {
        crate::eval::Missing::Indicators(group) => {
            format!("原表截断，表中没有「{group}」的指标；未评分，不按 0 分计")
        }
        crate::eval::Missing::Field(field) => format!(
            "原表截断，表中没有{}（{field}）；未评分，不按 0 分计",
            crate::project::field_label(field)
        ),
        crate::eval::Missing::Rest => {
            "原表截断，这些分值所在的行不在表中；未评分，不按 0 分计".to_string()
        }
    }
}

/// `explain` headline of an unscored item.
pub fn unscored_headline(name: &str, weight: Decimal, reason: &str) -> String {
    format!("{}：未评分 — {reason}", unscored_phrase(name, weight))
}

/// Label at the place a cut-off form breaks off.
pub const CUT_HERE: &str = "原表在此截断";
