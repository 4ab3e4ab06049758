# What a layout file is, in parse errors.
layout-file = 原表版式文件
# An `extends:` naming no known layout.
layout-unknown = 没有 id 为「{ $id }」的原表版式
# `--layout ID` naming no known layout.
layout-not-found = 没有 id 为「{ $id }」的原表版式；可用的有：{ $known }
# Which layout an import used (stderr and the YAML header comment).
layout-used = 按原表版式 { $id }（{ $name }）读入：{ $read }/{ $cells } 个非空单元格
# An indicator row that holds a name but nothing else (usually the row a cut-off page ends in).
import-row-without-values = 指标行「{ $name }」没有指标值、完成值、分值或得分，未读入（原表可能在此截断）
# A scorecard item with a weight but no score.
import-item-without-score = 评分项「{ $name }」有分值而没有得分，未读入（不按 0 分计）
# An amount cell that is not a number.
import-amount-unreadable = 资金「{ $column }」一栏的「{ $shown }」不是金额，未读入
# Inference: no 一级/二级 columns on the form.
infer-no-levels = 原表没有一级、二级指标栏，取块名
# Inference: a project name read from the title.
infer-name-from-title = 原表没有「项目名称」栏，取自标题
# Inference: the actual has no number, so the indicator is read as qualitative.
infer-qualitative-actual = 实际完成值没有数值，按定性指标读入
# Inference: the target holds no single number.
infer-qualitative-target = 指标值中没有唯一的数值，按定性指标读入
# Inference: the row has no 指标值 / 实际完成值 at all.
infer-no-values = 原表此行没有指标值和实际完成值，按定性指标读入
# Help for a form without a year.
import-year-flag-help = 原表上没有年度；不会猜测。请用 `--year 年度` 指明（例如 jixiao import 表.txt --year 2022）
# An input set without any project.
no-projects = 输入中没有项目文件或原表：{ $inputs }（可用 .yaml 项目文件，或 .txt .tsv .csv .xlsx .xls .html 原表）
# A workbook over a size limit.
xlsx-too-big = 工作簿过大：{ $what } 为 { $found }，上限 { $limit }（见 docs/import.md「限额」）
# Label on the first cell beyond an import limit.
form-limit-here = 从这里起超出上限
# An HTML page without a table.
html-no-table = 网页中没有 <table> 表格
# 项目资金 row columns, in messages.
field-row-initial = 年初预算数
# 全年预算数.
field-row-budget = 全年预算数
# 全年执行数.
field-row-executed = 全年执行数
# 到位数.
field-row-arrived = 到位数
# Comment on `funds.unit` in a written project.
written-unit-note = 原表金额单位；下列金额均已折算为万元
# A workbook part (`book.xlsx!xl/worksheets/sheet1.xml`) holds a cell reference beyond the last row or column of a sheet.
xlsx-bad-ref = { $part } 中有超出工作表范围的单元格引用「{ $reference }」（最多 XFD 列、1048576 行），文件可能已损坏或被改动，未读入
# A form with more non-empty rows than the import limits allow.
form-too-big-rows = 原表过大：非空行数超过上限 { $limit }，未导入（见 docs/import.md「限额」）
# A form with more non-empty cells than the import limits allow.
form-too-big-cells = 原表过大：非空单元格数超过上限 { $limit }，未导入（见 docs/import.md「限额」）
# A workbook over a limit, at the cell where it was found.
xlsx-too-big-at = { $location }：{ $detail }
