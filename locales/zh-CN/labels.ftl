# Labels, nouns and reading files.
here = 此处
project-file = 项目文件
policy-file = 政策包
negative-here = 金额为负
duplicate-here = 重复出现
first-here = 首次出现
direction-help = 可用的指标方向：>=（≥）、>、=、<、<=（≤）、定性
measure-help = 定量指标须能读出唯一数值；文字里有多个数字时请写成 {"{"}text: 原文, value: 数值, unit: 单位{"}"}
item-prefix = 评分项「{ $item }」：{ $msg }
cannot-read = 无法读取文件 { $path }：{ $err }
io-not-found = 文件不存在
io-permission-denied = 没有读取权限
io-invalid-data = 不是 UTF-8 编码的文本
io-is-a-directory = 这是一个目录
unknown-judgement = 评价人判定指向的评分项「{ $path }」在政策包 { $policy } 中不存在，此判定无法采用
not-a-number = 「{ $text }」不是有效数值，应为{ $expected }
# A YAML error: the kind of file, then what is wrong.
yaml-error = { $what }格式错误：{ $msg }
# A YAML error about one field.
at-field = 字段「{ $key }」：{ $msg }
# The value a YAML error is about, appended.
value-written = （写的是「{ $value }」）
empty-file = { $what }为空
unknown-format = 不支持的项目文件格式版本 { $v }（本版本支持 format: 1）
negative-money = { $what }不能为负数（{ $v }）
bad-direction = 无法识别的指标方向「{ $d }」
bad-tier = 无法识别的评价档次「{ $t }」，应为 达成、部分达成 或 未达成
no-number-in = 定量指标的「{ $text }」中找不到数值
many-numbers-in = 定量指标的「{ $text }」中有 { $count } 个数值，无法确定取哪一个
duplicate-judgement = 评价人判定中「{ $path }」出现了两次，无法确定采用哪一条
duplicate-item = 评分表中「{ $path }」重复出现

# Field and value labels
field-budget = 预算资金
field-allocated = 预算下达资金
field-spent = 实际支出资金
indicator-weight = 指标分值
indicator-score = 指标得分
declared-weight = 评分表分值
declared-score = 评分表得分
judgement-score = 评价人判定得分
expect-number = 数字（如 2536.08，绝对值不超过 10^15）
expect-percent = 百分比（如 93.13%）
expect-measure = 文字、数字，或 {"{"}text, value, unit{"}"}

# Rounding modes
rounding-half-away = 四舍五入
rounding-half-even = 银行家舍入
rounding-truncate = 截尾
field-initial-budget = 年初预算数
field-annual-budget = 全年预算数
field-executed = 全年执行数
field-funds-weight = 资金分值
field-funds-rate = 执行率
field-funds-score = 资金得分
field-arrived = 实际到位资金
