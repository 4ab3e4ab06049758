# A rule call over its wall-clock budget.
call-over-time = 规则运行超出单次调用的时间上限（{ $ms } 毫秒，政策包 limits.call_ms）
# An evaluation over its wall-clock budget.
evaluation-over-time = 评分超出单个项目的总时间上限（{ $ms } 毫秒，政策包 limits.evaluation_ms），其余评分项未评
# Too many deduct/note calls.
too-many-records = 一次规则调用中 deduct() 与 note() 共超过 { $max } 次（政策包 limits.records）
# Too much text in deduct reasons and notes.
records-too-long = 一次规则调用中扣分理由与说明的文字超过 { $max } 字节（政策包 limits.record_bytes）
# An arithmetic overflow, with the operands.
overflow = 数值溢出：{ $a } { $op } { $b } 超出可表示的范围（约 ±7.9×10²⁸），请核对项目数据与规则中的数值
# A zero divisor, with the operands.
division-by-zero = 除数为零（{ $a } { $op } { $b }）
# Deductions that add up past what a number can hold.
deductions-overflow = 扣分合计溢出：{ $sum } + { $next } 超出可表示的范围
# A host function's result out of range.
host-overflow = { $func }({ $x }) 的结果超出可表示的范围
# A pack function taking a host function's name.
reserved-host-name = 函数名「{ $name }」是引擎提供的函数，规则脚本不能重新定义它（否则会悄悄换掉 deduct、fail 等的行为）
# A call to a function rules cannot use (impure builtins such as `sleep`, or a typo).
unavailable-function = 规则中调用了不可用的函数「{ $name }」：规则只能调用引擎提供的函数与政策包脚本中定义的函数
# Help for an unavailable function.
unavailable-function-help = sleep、timestamp、eval 等会读取时间或改变环境的函数在规则中不可用；请检查函数名的拼写
# Help for a reserved host name.
reserved-host-help = 请给这个函数换一个名字
# A limit key that is not known.
unknown-limit = 未知的限额「{ $name }」；可用的限额：{ $names }
# A limit of zero.
zero-limit = 限额「{ $name }」须为正整数
# Where a syntax error at the end of a file points.
end-of-file = 文件在此处结束
# A token missing (often an unclosed block at the end of a file).
missing-token = 缺少「{ $token }」（括号或代码块未闭合？）
# An overflow without the expression.
overflow-bare = 数值溢出：计算结果超出可表示的范围，请核对项目数据与规则中的数值
# An overflow reported by rhai, with its expression.
overflow-in = 数值溢出：{ $expr } 超出可表示的范围，请核对项目数据与规则中的数值

# 规则的消息目录（rules/messages/、包的 messages/）。
rule-messages-syntax = 规则消息文件 { $file } 不是有效的 Fluent 格式
rule-message-unknown = 规则消息「{ $id }」不存在：请在 rules/messages/ 或包的 messages/ 下的 .ftl 中写出它
rule-message-args = 规则消息「{ $id }」缺少取值：{ $detail }
