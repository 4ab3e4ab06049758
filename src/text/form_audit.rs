//! The form audit and Excel output.

use rust_decimal::Decimal;

// ── form audit (the form's internal consistency) ────────────────────────────
/// Severity labels.
pub const SEVERITY_ERROR: &str = "错误";
/// Severity labels.
pub const SEVERITY_WARNING: &str = "警告";
/// Severity labels.
pub const SEVERITY_INFO: &str = "提示";
/// A score above its weight.
pub fn form_score_above_weight(path: &str, score: Decimal, weight: Decimal) -> String {
    format!("评分项「{path}」的评价得分 {score} 超过了指标分值 {weight}")
}
/// Label on a weight.
pub const FORM_WEIGHT_HERE: &str = "指标分值";
/// A subtotal that is not the sum of its items.
pub fn form_subtotal(name: &str, declared: Decimal, sum: Decimal) -> String {
    format!("「{name}」填的得分 {declared} 不等于其下各项得分之和 {sum}")
}
/// A subtotal weight that is not the sum of its items' weights.
pub fn form_subtotal_weight(name: &str, declared: Decimal, sum: Decimal) -> String {
    format!("「{name}」填的分值 {declared} 不等于其下各项分值之和 {sum}")
}
/// A grade that does not match the declared total.
pub fn form_grade(grade: &str, total: Decimal, expected: &str) -> String {
    format!("评价结果等次填「{grade}」，但表上综合得分 {total} 按等次标准应为「{expected}」")
}
/// Label on the total.
pub const FORM_TOTAL_HERE: &str = "综合得分";
/// A section or total weight differing from the pack.
pub fn form_pack_weight(path: &str, form: Decimal, pack: Decimal, pack_id: &str) -> String {
    format!("表上「{path}」的分值为 {form}，政策包 {pack_id} 规定为 {pack}")
}
/// An indicator row without a name.
pub fn form_unnamed_indicator(subject: &str, label: &str) -> String {
    format!("「{subject}」下的指标只有行标签「{label}」，未填写三级指标名称")
}
/// Subject: department.
pub const FORM_DEPARTMENT: &str = "主管部门及代码";
/// What the department field should hold.
pub const FORM_NAME_AND_CODE: &str = "名称及代码";
/// A department code without a name.
pub fn form_department_without_name(code: &str) -> String {
    format!("「主管部门及代码」只填了代码 {code}，未填主管部门名称")
}
/// Subject: period.
pub const FORM_PERIOD: &str = "项目期";
/// A period that does not cover the form's year.
pub fn form_period_year(period: &str, year: i64) -> String {
    format!("项目期「{period}」不含本表年度 {year}")
}
/// Label on the year.
pub const FORM_YEAR_HERE: &str = "年度";
/// Subject: filing date.
pub const FORM_FILED_ON: &str = "填报日期";
/// Filed before the period ended.
pub fn form_filed_early(filed: &str, end: &str) -> String {
    format!("填报日期 {filed} 早于项目期结束日 {end}，自评时项目尚未结束")
}
/// Less allocated than budgeted, not explained.
pub fn form_funds_gap(allocated: Decimal, budget: Decimal, gap: Decimal) -> String {
    format!("预算下达资金 {allocated} 少于预算资金 {budget}，差 {gap} 万元；各项说明中未见原因（调减、收回、结余等）")
}
/// Label on the budget.
pub const FORM_BUDGET_HERE: &str = "预算资金";
/// A funding identity broken.
pub fn form_funds_identity(
    big: &str,
    b: Decimal,
    small: &str,
    s: Decimal,
    explained: bool,
) -> String {
    let tail = if explained {
        "；说明中提到了调整或结转，请核对是否相符"
    } else {
        "，说明中也未见原因"
    };
    format!("{big} {b} 大于{small} {s}{tail}")
}
/// A rate claimed in the narrative that the item's rule contradicts (`how` from the ledger).
pub fn form_claim(word: &str, claimed: Decimal, how: &str, pct: &str) -> String {
    format!("说明中称{word}为 {claimed}%，但按表上数据计算为 {how} = {pct}")
}
/// Label on a numerator.
pub const FORM_NUMERATOR_HERE: &str = "分子";
/// Label on a denominator.
pub const FORM_DENOMINATOR_HERE: &str = "分母";
/// A cost figure close to but not equal to the funds figure.
pub fn form_cost_vs_funds(level2: &str, text: &str, field: &str, value: Decimal) -> String {
    format!("{level2}写「{text}」，与{field} {value} 万元相近而不相等（疑为取整或笔误）")
}
/// Label on a part.
pub const FORM_PART_HERE: &str = "分项";
/// Narrative amounts that nearly add up to a funds figure.
pub fn form_parts_of_funds(heading: &str, shown: &str, field: &str, v: Decimal) -> String {
    format!("「{heading}」中分批的金额 {shown} 万元，与{field} {v} 万元不符（差一分一厘也应核对）")
}
/// A 「其中」 breakdown that does not add up.
pub fn form_breakdown(heading: &str, total: &str, shown: &str, unit: &str) -> String {
    format!("「{heading}」中「{total}」的「其中」各项之和为 {shown}{unit}，与总数不符")
}
/// A year that does not belong in the form.
pub fn form_year(heading: &str, excerpt: &str, y: i64, year: i64) -> String {
    if y > year.saturating_add(1) {
        format!("「{heading}」写到「{excerpt}」：{y} 年晚于本表年度 {year} 的填报年份")
    } else {
        format!("「{heading}」写的是「{excerpt}」：{year} 年度的表中出现上一年 {y} 年的情况，疑为沿用上年文字")
    }
}
/// Heading of the audit: the form against the rules and against itself, one list.
pub fn form_audit_heading(n: usize, errors: usize, warnings: usize, infos: usize) -> String {
    format!(
        "审核：自评表与按规则计算的结果及表内核对共 {n} 处不一致或存疑（错误 {errors}、警告 {warnings}、提示 {infos}）"
    )
}
/// No findings.
pub const FORM_AUDIT_CLEAN: &str = "审核：自评与按规则计算的结果一致，原表自身也未见不一致";
/// One finding in the text report.
pub fn form_finding_line(
    severity: &str,
    subject: &str,
    stated: &str,
    expected: &str,
    at: &str,
) -> String {
    format!("[{severity}] {subject}：表上 {stated}，核对应为 {expected}{at}")
}

// ── xlsx output ──────────────────────────────────────────────────────────────
/// Columns of the 汇总 sheet.
pub const XLSX_SUMMARY_HEADER: [&str; 10] = [
    "项目名称",
    "文件",
    "政策包",
    "综合得分",
    "等次",
    "自评综合得分",
    "自评等次",
    "审核发现",
    "审核（错误/警告/提示）",
    "说明",
];
/// Columns of a project sheet.
pub const XLSX_CARD_HEADER: [&str; 8] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标分值",
    "自评得分",
    "核定得分",
    "扣分",
    "扣分原因",
];
/// Heading of the findings list in a project sheet.
pub const XLSX_FORM_AUDIT: &str = "审核（级别｜内容｜表上｜核对应为｜说明｜位置）";

// ── the form's rows against each other ───────────────────────────────────────
/// A group label's weight against its rows' 分值.
pub fn form_group_weight(label: &str, weight: Decimal, sum: Decimal) -> String {
    format!("栏目「{label}」写明 {weight} 分，但其下各行分值之和为 {sum}")
}
/// A 其中 row whose 得分 differs from the total row's.
pub fn form_part_score(part: &str, s: Decimal, whole: &str, ts: Decimal) -> String {
    format!("其中「{part}」行得分 {s} 与「{whole}」行得分 {ts} 不一致")
}
/// Label: 全年预算数.
pub const FORM_FUNDS_BUDGET: &str = "全年预算数";
/// Label: 全年执行数.
pub const FORM_FUNDS_EXECUTED: &str = "全年执行数";
/// 其中 rows whose amounts do not add up to the total row's.
pub fn form_funds_parts(whole: &str, label: &str, w: Decimal, sum: Decimal) -> String {
    format!("「{whole}」行{label} {w}，与其中各行之和 {sum} 不符")
}
/// The declared total against the rows, each counted once.
pub fn form_total_vs_rows(t: Decimal, sum: Decimal) -> String {
    format!("总分填 {t}，但表上各行得分之和为 {sum}（其中行、明细行不重复计算）")
}
/// A declared total no score on the form can reach.
pub fn form_total_unreachable(t: Decimal, sum: Decimal, missing: Decimal, most: Decimal) -> String {
    format!("总分填 {t}，但表上各行得分之和为 {sum}，缺行的栏目至多再得 {missing} 分，总分至多 {most}，{t} 达不到")
}
/// A score that is the weight applied twice.
pub fn form_weight_twice(name: &str, s: Decimal, w: Decimal) -> String {
    format!(
        "「{name}」得分 {s} = {w} × {w}%：单项得分已是分值 {w}，又乘了一次权重占比（各行皆如此）"
    )
}
/// A score with neither target nor result on its row.
pub fn form_unsupported(name: &str, s: Decimal) -> String {
    format!("「{name}」得分 {s}，但本行既无指标值也无实际完成值，得分缺少依据")
}
/// What an actual should hold.
pub const FORM_MEASURED: &str = "实际测得的数值";
/// An actual written as a target expression.
pub fn form_actual_as_target(name: &str, t: &str) -> String {
    format!("「{name}」的实际完成值写成了「{t}」（带比较符号的目标式），应填实际完成的数值")
}

// ── partial evaluations, repeated and blank cells ───────────────────────────
/// Subject: the 总分 (分值) the form writes beside its total score.
pub const FORM_TOTAL_WEIGHT: &str = "综合得分的分值";
/// Subject: the sum of the form's 分值 when the form writes no 总分 分值.
pub const FORM_WEIGHTS_SUM: &str = "各项分值之和";
/// On a partial evaluation: a declared total above the visible score plus every unscored point.
pub fn total_beyond_partial(
    t: Decimal,
    scored: Decimal,
    unscored: Decimal,
    most: Decimal,
) -> String {
    format!("部分评分：已评部分按规则得 {scored}，未评部分至多 {unscored} 分，综合得分至多 {most}；表上填 {t}，达不到")
}
/// What a 其中 row is expected to hold in its 得分 cell.
pub const FORM_PART_NOT_SCORED: &str = "—（其中行不计分）";
/// A 其中 row that repeats the total row's 得分.
pub fn form_part_repeats_score(part: &str, whole: &str, score: Decimal) -> String {
    format!("其中「{part}」行重复填了「{whole}」行的得分 {score}；其中行不计分，把各得分栏相加求总分会把这 {score} 分算两次")
}
/// A finding that also stands for another check's conclusion at the same place.
pub fn form_also(first: &str, second: &str) -> String {
    format!("{first}；另：{second}")
}
/// What a blank 执行率 cell of a 其中 row should hold.
pub const FORM_RATE_EXPECTED: &str = "本行执行率";
/// A 其中 row filled across whose 执行率 cell is left blank.
pub fn form_part_rate_blank(part: &str, whole: &str) -> String {
    format!("其中「{part}」行填了预算数和执行数，执行率一栏却空着（「{whole}」行填了执行率）")
}
/// A cell the form leaves blank.
pub const FORM_BLANK: &str = "—（未填）";

/// Expected side of an `execution_twice` finding.
pub const FORM_EXECUTION_ONCE: &str = "预算执行只计一次";

/// Label of the funds row's 执行率 cell.
pub const FORM_FUNDS_RATE_HERE: &str = "资金执行率";

/// An indicator that restates the funds row's 执行率 and scores it full while the funds row
/// loses points at the same rate.
pub fn form_execution_twice(
    rate: rust_decimal::Decimal,
    score: rust_decimal::Decimal,
    weight: rust_decimal::Decimal,
    funds_score: rust_decimal::Decimal,
    funds_weight: rust_decimal::Decimal,
) -> String {
    format!("本指标实际值 {rate}% 即资金行的执行率：同一预算执行在此按完成计满分 {score}/{weight}，在预算执行率中按 {rate}% 计 {funds_score}/{funds_weight}，两处规则不同且重复计量，请核对指标设置")
}
