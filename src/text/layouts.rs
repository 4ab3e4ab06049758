//! Form layouts, the generic form reader and the input layer.

/// What a layout file is, in parse errors.
pub const LAYOUT_FILE: &str = "原表版式文件";

/// An `extends:` naming no known layout.
pub fn layout_unknown(id: &str) -> String {
    format!("没有 id 为「{id}」的原表版式")
}

/// `--layout ID` naming no known layout.
pub fn layout_not_found(id: &str, known: &str) -> String {
    format!("没有 id 为「{id}」的原表版式；可用的有：{known}")
}

/// Which layout an import used (stderr and the YAML header comment).
pub fn layout_used(id: &str, name: &str, read: usize, cells: usize) -> String {
    format!("按原表版式 {id}（{name}）读入：{read}/{cells} 个非空单元格")
}

/// An indicator row that holds a name but nothing else (usually the row a cut-off page ends in).
pub fn import_row_without_values(name: &str) -> String {
    format!("指标行「{name}」没有指标值、完成值、分值或得分，未读入（原表可能在此截断）")
}

/// A scorecard item with a weight but no score.
pub fn import_item_without_score(name: &str) -> String {
    format!("评分项「{name}」有分值而没有得分，未读入（不按 0 分计）")
}

/// An amount cell that is not a number.
pub fn import_amount_unreadable(column: &str, shown: &str) -> String {
    format!("资金「{column}」一栏的「{shown}」不是金额，未读入")
}

/// Inference: no 一级/二级 columns on the form.
pub const INFER_NO_LEVELS: &str = "原表没有一级、二级指标栏，取块名";

/// Inference: a project name read from the title.
pub const INFER_NAME_FROM_TITLE: &str = "原表没有「项目名称」栏，取自标题";

/// Inference: the actual has no number, so the indicator is read as qualitative.
pub const INFER_QUALITATIVE_ACTUAL: &str = "实际完成值没有数值，按定性指标读入";

/// Inference: the target holds no single number.
pub const INFER_QUALITATIVE_TARGET: &str = "指标值中没有唯一的数值，按定性指标读入";

/// Inference: the row has no 指标值 / 实际完成值 at all.
pub const INFER_NO_VALUES: &str = "原表此行没有指标值和实际完成值，按定性指标读入";

/// Help for a form without a year.
pub const IMPORT_YEAR_FLAG_HELP: &str =
    "原表上没有年度；不会猜测。请用 `--year 年度` 指明（例如 jixiao import 表.txt --year 2022）";

/// An input set without any project.
pub fn no_projects(inputs: &str) -> String {
    format!("输入中没有项目文件或原表：{inputs}（可用 .yaml 项目文件，或 .txt .tsv .csv .xlsx .xls .html 原表）")
}

/// A workbook over a size limit.
pub fn xlsx_too_big(what: &str, found: u64, limit: u64) -> String {
    format!("工作簿过大：{what} 为 {found}，上限 {limit}（见 docs/import.md「限额」）")
}

/// A form with more rows or cells than the import limits allow.
pub fn form_too_big(rows: bool, limit: usize) -> String {
    let what = if rows {
        "非空行数"
    } else {
        "非空单元格数"
    };
    format!("原表过大：{what}超过上限 {limit}，未导入（见 docs/import.md「限额」）")
}

/// Label on the first cell beyond an import limit.
pub const FORM_LIMIT_HERE: &str = "从这里起超出上限";

/// A workbook over a limit, at the cell where it was found (`book.xlsx!XFD1048576`).
pub fn xlsx_too_big_at(location: &str, what: &str, found: u64, limit: u64) -> String {
    format!("{location}：{}", xlsx_too_big(what, found, limit))
}

/// An HTML page without a table.
pub const HTML_NO_TABLE: &str = "网页中没有 <table> 表格";

/// 项目资金 row columns, in messages.
pub const FIELD_ROW_INITIAL: &str = "年初预算数";
/// 全年预算数.
pub const FIELD_ROW_BUDGET: &str = "全年预算数";
/// 全年执行数.
pub const FIELD_ROW_EXECUTED: &str = "全年执行数";
/// 到位数.
pub const FIELD_ROW_ARRIVED: &str = "到位数";

/// Comment on `funds.unit` in a written project.
pub const WRITTEN_UNIT_NOTE: &str = "原表金额单位；下列金额均已折算为万元";

/// A workbook part (`book.xlsx!xl/worksheets/sheet1.xml`) holds a cell reference beyond the last row or column of a sheet.
pub fn xlsx_bad_ref(part: &str, reference: &str) -> String {
    format!("{part} 中有超出工作表范围的单元格引用「{reference}」（最多 XFD 列、1048576 行），文件可能已损坏或被改动，未读入")
}
