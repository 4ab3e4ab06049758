# Content of a form row the importer could not place.
import-unmapped = 表中 { $at } 的内容未能识别，未读入：{ $shown }
# Help for unmapped content.
import-unmapped-help = 导入按栏目名称（项目名称、项目资金情况、绩效目标实现情况、评分表、评价结果等次……）识别各块；请核对此处内容是否需要手工补录到项目文件
# Label on an unread cell.
import-not-read = 未读入
# A workbook without sheets.
import-empty = 工作簿中没有工作表
# A required field not found on the form.
import-missing = 表中没有找到「{ $what }」，无法导入
# Help when the form is not recognised.
import-form-help = 导入的是《财政支出项目绩效自评表》的文本导出（制表符分隔）或 xlsx 工作簿；表头应有「项目名称」一栏
# Label on the project name.
import-project-here = 项目名称
# Help when the year is missing.
import-year-help = 年度取自表头「（ 2020 年度）」，没有时取自「项目期」的起始年份
# Inference: year from the period.
infer-year-from-period = 年度为推断：表头未写年度，取项目期的起始年份
# A category total that disagrees with its sources.
import-funds-total = { $label }合计 { $total } 与各来源之和 { $sum } 不符；项目文件只保留各来源金额
# Label on a total.
import-total-here = 合计
# Label on a part.
import-part-here = 来源金额
# An indicator row without target or actual.
import-indicator-values = { $level2 }的这一行缺少目标值或实际完成值，未读入
# A quantitative indicator whose number cannot be read.
import-not-numeric = 目标值或实际完成值中读不出唯一的数值，按定性指标读入；如需按定量评分，请在项目文件中写成 {"{"}text, value, unit{"}"}
# Label on a target.
import-target-here = 目标值
# Label on an actual.
import-actual-here = 实际完成值
# Inference: qualitative because no single number.
infer-qualitative-ambiguous = 方向为推断：目标值或实际值中读不出唯一数值，按定性指标读入
# Inference: 一级 from the 二级 name.
infer-level1 = 一级指标为推断：按二级指标「{ $level2 }」归入「{ $level1 }」（原表为合并单元格）
# Inference: direction from a word in the target.
infer-direction-word = 方向为推断：目标值中写有「{ $word }」
# Inference: timeliness targets are qualitative.
infer-timeliness = 方向为推断：时效指标的目标为时间要求，按定性指标读入
# Inference: a text target is qualitative.
infer-text-target = 方向为推断：目标值为文字，按定性指标读入
# Inference: cost is lower-is-better.
infer-cost = 方向为推断：成本指标越低越好
# Inference: quantities are higher-is-better.
infer-at-least = 方向为推断：定量指标默认越高越好
# Inference: 二级 of a scoring item from a merged cell further down.
infer-merged-level2 = 二级指标为推断：原表此行二级为空（合并单元格），取同一一级下随后出现的「{ $level2 }」
# First comment line of a written project file.
written-from = 由 jixiao import 自 { $source } 导入；注有「推断」的值不是原表所写，请核对。
# Second comment line of a written project file.
written-units = 金额单位：万元。格式说明见 docs/project-format.md。
# `import` wrote a file.
import-written = 已写入 { $path }：{ $indicators } 个绩效指标、{ $items } 个评分项；{ $inferred } 处推断，{ $warnings } 条警告
# `-o` is needed for xlsx output.
xlsx-needs-output = --format xlsx 须用 -o 指定输出文件（如 -o results.xlsx）
# Output written.
output-written = 已写入 { $path }
# Waiting for the next edit.
waiting = ── 等待修改（Ctrl-C 退出）──
# An edit that moved nothing.
nothing-moved = 没有项目的得分发生变化
# A project changed by its data, not the rules.
project-data-changed = 项目数据有改动
# A watched project file was removed.
project-removed = 项目文件已删除
# The watch could not start.
watch-failed = 无法监视文件：{ $e }
# Embedded packs cannot be edited.
watch-embedded = 政策包 { $id } 是内置的，无法编辑；请先用 jixiao new-policy 复制到 ./policies/ 再监视
# The pack in force.
watching = 监视中：政策包 { $id }（{ $origin }）
# A project that does not score.
project-failing = 无法评分（{ $n } 条诊断）
# Portfolio summary of an edit.
watch-summary = { $moved } 个项目有变化，{ $unchanged } 个不变
# A broken edit.
edit-rejected = ✗ 修改后的政策包有误，仍沿用上一版 { $id }：
# Cases failed under --gate.
gate-rejected = ✗ 修改后的政策包未通过测试用例（--gate），仍沿用上一版 { $id }：
# One failed case under --gate.
gate-case-failed = { $name }（{ $n } 处不符）
# The pack was reloaded.
policy-reloaded = ✓ 政策包 { $id } 已重新载入
# A funds amount that cannot be read.
import-funds-unreadable = 项目资金情况中「{ $source }」的金额「{ $text }」无法读取；缺了这一项，资金合计会算错，因此不能评分
# A block the form does not have.
import-missing-block = 表中没有找到「{ $block }」一块（表格可能不完整）；相关评分项将无法评分
# Bytes that are not text in the form's encoding.
import-bad-bytes = 表中有无法按文本编码读出的字节（文件可能被截断或损坏），已显示为 �
# A 评分表 number that cannot be read.
import-score-unreadable = 评分表「{ $item }」一行的数字「{ $text }」无法读取，此行未读入
# A portfolio's state in one line.
portfolio-state = {"  "}{ $n } 个项目：{ $grades }
# A portfolio's state in one line, some projects not scoring.
portfolio-state-failing = {"  "}{ $n } 个项目：{ $grades }；{ $failing } 个无法评分
