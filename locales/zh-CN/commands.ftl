# 命令的输出。
test-summary = jixiao test：通过 { $passed } 例，未通过 { $failed } 例
nothing-deducted = 所有评分项均得满分，没有扣分。
explain-no-such-item = 没有评分项「{ $key }」
item-list = 可用的评分项：{ $paths }
explain-summary = 综合得分 { $total } / { $max }，等次「{ $grade }」
check-ok = ✓ 政策包 { $id }（{ $origin }）检查通过：{ $items } 个评分项
check-ok-warnings = ✓ 政策包 { $id }（{ $origin }）检查通过：{ $items } 个评分项，{ $warnings } 条警告
check-failed = ✗ 政策包 { $origin } 检查未通过：{ $n } 条诊断
policy-region-national = 全国
each-help = each 写作 indicators.<一级或二级指标名>，如 each: indicators.产出指标
bad-each = 无法识别的 each「{ $sel }」
no-indicators = 项目中没有「{ $sel }」的指标，其 { $weight } 分无法分配；缺失的指标不会按 0 分计
indicator-weights-sum = 「{ $path }」下各指标分值之和为 { $sum }，与其分值 { $total } 不符
indicator-weights-partial = 「{ $path }」下 { $all } 个指标中只有 { $given } 个填了分值；要么都填，要么都不填（平均分配）
crosswalk-unknown = crosswalk 中的「{ $path }」不是本政策包的指标

# 比较。
rule-inputs-changed = 评分项的 inputs 或 args 有改动
library-changed = 规则所调用的脚本函数有改动
unexplained = 得分变化，但未识别出分值、参数、取舍或规则的改动
cause-weight = 分值变化
cause-parameter = 参数变化
cause-rounding = 取舍变化
cause-formula = 规则变化
cause-structure = 结构调整
cause-added = 新增评分项
cause-removed = 删除评分项
crosswalk-no-match = crosswalk 中的「{ $path }」在 { $policy } 的评分结果中没有对应评分项
structure-detail = { $a } 分值 { $a_weight } → { $b } 分值 { $b_weight }
added-detail = { $b } 新增（分值 { $w }）
removed-detail = { $b } 中没有此项（原分值 { $w }）
weight-detail = 分值 { $a } → { $b }
param-detail = 参数 { $name }：{ $a } → { $b }
params-separator = ；
rounding-detail = 取舍 { $a_mode }保留 { $a_places } 位 → { $b_mode }保留 { $b_places } 位
rule-renamed = 规则 { $a } → { $b }
rule-script-changed = 规则函数 { $rule } 的脚本有改动
rule-of = { $policy } 的规则 { $rule }
grade-change-bands = 等次「{ $a }」→「{ $b }」：综合得分 { $ta } → { $tb }；等次界限 { $ba } → { $bb }
grade-change = 等次「{ $a }」→「{ $b }」：综合得分 { $ta } → { $tb } 跨过了等次界限
transition-corner = A ＼ B
grade-transitions = 等次变化：
largest-moves = 变化最大的项目：
top-movers = 规则改动影响最大的评分项（全部项目合计）：
compare-header-item = 评分项
compare-header-a-weight = A 分值
compare-header-a-score = A 得分
compare-header-b-weight = B 分值
compare-header-b-score = B 得分
compare-header-delta = 变化
compare-header-cause = 归因
crosswalk-label = { $to } ← { $from }
added-label = { $path }（新增）
removed-label = { $path }（删除）
attributed-total = 归因合计 { $sum }
compare-line = A = { $a } { $ta }「{ $ga }」→ B = { $b } { $tb }「{ $gb }」：变化 { $delta }
warning-line = 注意：{ $w }
formula-headline = { $item }：规则变化 { $points }（{ $detail }）
portfolio-heading = 共 { $n } 个项目，平均变化 { $mean }
transition-line = { $a } → { $b }：{ $n } 个
mover-line = { $label }（{ $cause }）{ $points }，涉及 { $n } 个项目
two-policies = compare 需要恰好两个政策包：--policy A --policy B
rounding-short = { $mode } { $places } 位

# evaluate 目录的汇总与年度。
summary-heading = 汇总：{ $n } 份 — 评分 { $whole }，部分评分 { $partial }，无法评分 { $failed }
summary-scored = 得分 { $total }/{ $max } { $grade }
summary-partial = 部分评分 { $total }/{ $scored } 未评 { $unscored }
summary-failed = 无法评分 { $code }
year-disagrees = { $file } 写明年度 { $stated }，与 --year { $given } 不符；不会以 --year 改写项目所写的年度
year-stated-here = 项目所写的年度
year-flag-only-without = --year 只用于原表上没有年度的项目；去掉 --year，或改正项目文件中的年度

# jixiao --help 与 jixiao explain --help 的示例。
cli-examples =
    示例：
    {"  "}jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml
    {"  "}jixiao evaluate examples/*.yaml --policy jinzhong-2020 --format json
    {"  "}jixiao import form.txt -o project.yaml
    {"  "}jixiao evaluate form.xlsx --format xlsx -o results.xlsx
    {"  "}jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 资金到位率
    {"  "}jixiao compare examples/jinzhong-2020-pension-subsidy.yaml --policy jinzhong-2020 --policy mof-2020
    {"  "}jixiao diff jinzhong-2020 mof-2020
    {"  "}jixiao new-policy jinzhong-2021 --from jinzhong-2020
    {"  "}jixiao check policies/jinzhong-2020
    {"  "}jixiao policies

    退出码：0 成功；1 审核发现不一致（仅在 --strict 时）；2 输入或政策包有误。
