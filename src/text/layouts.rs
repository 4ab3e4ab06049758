//! Form layouts, the generic form reader and the input layer.

use crate::text::Msg;
/// What a layout file is, in parse errors.
pub const LAYOUT_FILE: Msg = Msg("layout-file");

/// An `extends:` naming no known layout.
pub fn layout_unknown(id: &str) -> String {
    crate::t!("layout-unknown", id = id)
}

/// `--layout ID` naming no known layout.
pub fn layout_not_found(id: &str, known: &str) -> String {
    crate::t!("layout-not-found", id = id, known = known)
}

/// Which layout an import used (stderr and the YAML header comment).
pub fn layout_used(id: &str, name: &str, read: usize, cells: usize) -> String {
    crate::t!(
        "layout-used",
        id = id,
        name = name,
        read = read,
        cells = cells
    )
}

/// An indicator row that holds a name but nothing else (usually the row a cut-off page ends in).
pub fn import_row_without_values(name: &str) -> String {
    crate::t!("import-row-without-values", name = name)
}

/// A scorecard item with a weight but no score.
pub fn import_item_without_score(name: &str) -> String {
    crate::t!("import-item-without-score", name = name)
}

/// An amount cell that is not a number.
pub fn import_amount_unreadable(column: &str, shown: &str) -> String {
    crate::t!("import-amount-unreadable", column = column, shown = shown)
}

/// Inference: no 一级/二级 columns on the form.
pub const INFER_NO_LEVELS: Msg = Msg("infer-no-levels");

/// Inference: a project name read from the title.
pub const INFER_NAME_FROM_TITLE: Msg = Msg("infer-name-from-title");

/// Inference: the actual has no number, so the indicator is read as qualitative.
pub const INFER_QUALITATIVE_ACTUAL: Msg = Msg("infer-qualitative-actual");

/// Inference: the target holds no single number.
pub const INFER_QUALITATIVE_TARGET: Msg = Msg("infer-qualitative-target");

/// Inference: the row has no 指标值 / 实际完成值 at all.
pub const INFER_NO_VALUES: Msg = Msg("infer-no-values");

/// Help for a form without a year.
pub const IMPORT_YEAR_FLAG_HELP: Msg = Msg("import-year-flag-help");

/// An input set without any project.
pub fn no_projects(inputs: &str) -> String {
    crate::t!("no-projects", inputs = inputs)
}

/// A workbook over a size limit.
pub fn xlsx_too_big(what: &str, found: u64, limit: u64) -> String {
    crate::t!(
        "xlsx-too-big",
        what = what,
        found = found.to_string(),
        limit = limit.to_string()
    )
}

/// A form with more rows or cells than the import limits allow.
pub fn form_too_big(rows: bool, limit: usize) -> String {
    if rows {
        crate::t!("form-too-big-rows", limit = limit)
    } else {
        crate::t!("form-too-big-cells", limit = limit)
    }
}

/// Label on the first cell beyond an import limit.
pub const FORM_LIMIT_HERE: Msg = Msg("form-limit-here");

/// A workbook over a limit, at the cell where it was found (`book.xlsx!XFD1048576`).
pub fn xlsx_too_big_at(location: &str, what: &str, found: u64, limit: u64) -> String {
    let detail = xlsx_too_big(what, found, limit);
    crate::t!("xlsx-too-big-at", location = location, detail = detail)
}

/// An HTML page without a table.
pub const HTML_NO_TABLE: Msg = Msg("html-no-table");

/// 项目资金 row columns, in messages.
pub const FIELD_ROW_INITIAL: Msg = Msg("field-row-initial");
/// 全年预算数.
pub const FIELD_ROW_BUDGET: Msg = Msg("field-row-budget");
/// 全年执行数.
pub const FIELD_ROW_EXECUTED: Msg = Msg("field-row-executed");
/// 到位数.
pub const FIELD_ROW_ARRIVED: Msg = Msg("field-row-arrived");

/// Comment on `funds.unit` in a written project.
pub const WRITTEN_UNIT_NOTE: Msg = Msg("written-unit-note");

/// A workbook part (`book.xlsx!xl/worksheets/sheet1.xml`) holds a cell reference beyond the last row or column of a sheet.
pub fn xlsx_bad_ref(part: &str, reference: &str) -> String {
    crate::t!("xlsx-bad-ref", part = part, reference = reference)
}
