//! Importing forms and watch mode.

use rust_decimal::Decimal;

// ── import (forms as published: text export, xlsx) ──────────────────────────
/// Content of a form row the importer could not place.
pub fn import_unmapped(at: &str, shown: &str) -> String {
    format!("表中 {at} 的内容未能识别，未读入：{shown}")
}
/// Help for unmapped content.
pub const IMPORT_UNMAPPED_HELP: &str =
    "导入按栏目名称（项目名称、项目资金情况、绩效目标实现情况、评分表、评价结果等次……）识别各块；请核对此处内容是否需要手工补录到项目文件";
/// Label on an unread cell.
pub const IMPORT_NOT_READ: &str = "未读入";
/// A workbook without sheets.
pub const IMPORT_EMPTY: &str = "工作簿中没有工作表";
/// A required field not found on the form.
pub fn import_missing(what: &str) -> String {
    format!("表中没有找到「{what}」，无法导入")
}
/// Help when the form is not recognised.
pub const IMPORT_FORM_HELP: &str =
    "导入的是《财政支出项目绩效自评表》的文本导出（制表符分隔）或 xlsx 工作簿；表头应有「项目名称」一栏";
/// Label on the project name.
pub const IMPORT_PROJECT_HERE: &str = "项目名称";
/// Help when the year is missing.
pub const IMPORT_YEAR_HELP: &str = "年度取自表头「（ 2020 年度）」，没有时取自「项目期」的起始年份";
/// Inference: year from the period.
pub const INFER_YEAR_FROM_PERIOD: &str = "年度为推断：表头未写年度，取项目期的起始年份";
/// A category total that disagrees with its sources.
pub fn import_funds_total(label: &str, total: Decimal, sum: Decimal) -> String {
    format!("{label}合计 {total} 与各来源之和 {sum} 不符；项目文件只保留各来源金额")
}
/// Label on a total.
pub const IMPORT_TOTAL_HERE: &str = "合计";
/// Label on a part.
pub const IMPORT_PART_HERE: &str = "来源金额";
/// An indicator row without target or actual.
pub fn import_indicator_values(level2: &str) -> String {
    format!("{level2}的这一行缺少目标值或实际完成值，未读入")
}
/// A quantitative indicator whose number cannot be read.
pub const IMPORT_NOT_NUMERIC: &str =
    "目标值或实际完成值中读不出唯一的数值，按定性指标读入；如需按定量评分，请在项目文件中写成 {text, value, unit}";
/// Label on a target.
pub const IMPORT_TARGET_HERE: &str = "目标值";
/// Label on an actual.
pub const IMPORT_ACTUAL_HERE: &str = "实际完成值";
/// Inference: qualitative because no single number.
pub const INFER_QUALITATIVE_AMBIGUOUS: &str =
    "方向为推断：目标值或实际值中读不出唯一数值，按定性指标读入";
/// Inference: 一级 from the 二级 name.
pub fn infer_level1(level1: &str, level2: &str) -> String {
    format!("一级指标为推断：按二级指标「{level2}」归入「{level1}」（原表为合并单元格）")
}
/// Inference: direction from a word in the target.
pub fn infer_direction_word(word: &str) -> String {
    format!("方向为推断：目标值中写有「{word}」")
}
/// Inference: timeliness targets are qualitative.
pub const INFER_TIMELINESS: &str = "方向为推断：时效指标的目标为时间要求，按定性指标读入";
/// Inference: a text target is qualitative.
pub const INFER_TEXT_TARGET: &str = "方向为推断：目标值为文字，按定性指标读入";
/// Inference: cost is lower-is-better.
pub const INFER_COST: &str = "方向为推断：成本指标越低越好";
/// Inference: quantities are higher-is-better.
pub const INFER_AT_LEAST: &str = "方向为推断：定量指标默认越高越好";
/// Inference: 二级 of a scoring item from a merged cell further down.
pub fn infer_merged_level2(level2: &str) -> String {
    format!("二级指标为推断：原表此行二级为空（合并单元格），取同一一级下随后出现的「{level2}」")
}
/// First comment line of a written project file.
pub fn written_from(source: &str) -> String {
    format!("由 jixiao import 自 {source} 导入；注有「推断」的值不是原表所写，请核对。")
}
/// Second comment line of a written project file.
pub const WRITTEN_UNITS: &str = "金额单位：万元。格式说明见 docs/project-format.md。";
/// `import` wrote a file.
pub fn import_written(
    path: &str,
    indicators: usize,
    items: usize,
    inferred: usize,
    warnings: usize,
) -> String {
    format!("已写入 {path}：{indicators} 个绩效指标、{items} 个评分项；{inferred} 处推断，{warnings} 条警告")
}
/// `-o` is needed for xlsx output.
pub const XLSX_NEEDS_OUTPUT: &str = "--format xlsx 须用 -o 指定输出文件（如 -o results.xlsx）";
/// Output written.
pub fn output_written(path: &str) -> String {
    format!("已写入 {path}")
}

// ── watch ────────────────────────────────────────────────────────────────────
/// Waiting for the next edit.
pub const WAITING: &str = "── 等待修改（Ctrl-C 退出）──";
/// An edit that moved nothing.
pub const NOTHING_MOVED: &str = "没有项目的得分发生变化";
/// A project changed by its data, not the rules.
pub const PROJECT_DATA_CHANGED: &str = "项目数据有改动";
/// A watched project file was removed.
pub const PROJECT_REMOVED: &str = "项目文件已删除";

/// The watch could not start.
pub fn watch_failed(e: &str) -> String {
    format!("无法监视文件：{e}")
}

/// Embedded packs cannot be edited.
pub fn watch_embedded(id: &str) -> String {
    format!("政策包 {id} 是内置的，无法编辑；请先用 jixiao new-policy 复制到 ./policies/ 再监视")
}

/// The pack in force.
pub fn watching(id: &str, origin: &str) -> String {
    format!("监视中：政策包 {id}（{origin}）")
}

/// A portfolio's state in one line.
pub fn portfolio_state(n: usize, grades: &str, failing: usize) -> String {
    if failing == 0 {
        format!("  {n} 个项目：{grades}")
    } else {
        format!("  {n} 个项目：{grades}；{failing} 个无法评分")
    }
}

/// A project that does not score.
pub fn project_failing(n: usize) -> String {
    format!("无法评分（{n} 条诊断）")
}

/// Portfolio summary of an edit.
pub fn watch_summary(moved: usize, unchanged: usize) -> String {
    format!("{moved} 个项目有变化，{unchanged} 个不变")
}

/// A broken edit.
pub fn edit_rejected(id: &str) -> String {
    format!("✗ 修改后的政策包有误，仍沿用上一版 {id}：")
}

/// Cases failed under --gate.
pub fn gate_rejected(id: &str) -> String {
    format!("✗ 修改后的政策包未通过测试用例（--gate），仍沿用上一版 {id}：")
}

/// One failed case under --gate.
pub fn gate_case_failed(name: &str, n: usize) -> String {
    format!("{name}（{n} 处不符）")
}

/// The pack was reloaded.
pub fn policy_reloaded(id: &str) -> String {
    format!("✓ 政策包 {id} 已重新载入")
}

/// A funds amount that cannot be read.
pub fn import_funds_unreadable(source: &str, text: &str) -> String {
    format!("项目资金情况中「{source}」的金额「{text}」无法读取；缺了这一项，资金合计会算错，因此不能评分")
}

/// A block the form does not have.
pub fn import_missing_block(block: &str) -> String {
    format!("表中没有找到「{block}」一块（表格可能不完整）；相关评分项将无法评分")
}

/// Bytes that are not text in the form's encoding.
pub const IMPORT_BAD_BYTES: &str =
    "表中有无法按文本编码读出的字节（文件可能被截断或损坏），已显示为 �";

/// A 评分表 number that cannot be read.
pub fn import_score_unreadable(item: &str, text: &str) -> String {
    format!("评分表「{item}」一行的数字「{text}」无法读取，此行未读入")
}
