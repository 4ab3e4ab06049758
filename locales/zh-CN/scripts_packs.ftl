# Label under the script line that failed.
script-failed-here = 规则在此处出错
# Runaway script.
too-many-operations = 规则运行超出操作次数上限（可能是死循环）
# Recursion too deep.
too-deep = 规则调用层数过深（可能是无限递归）
# Script stopped from outside.
terminated = 规则运行被中止
# A host function used outside a rule call.
not-in-rule = 此函数只能在评分规则运行时调用
# Scripts must not round.
no-round-in-rules = 规则中不得自行取舍（rhai 的 round 是银行家舍入）；得分由政策包 rounding 统一取舍，显示数字请用 fixed(x, 位数) 或 percent(x)
# A script syntax error.
script-syntax = 规则脚本语法错误：{ $msg }
# A function defined twice.
duplicate-function = 函数 { $name }（{ $arity } 个参数）重复定义；规则库与政策包脚本中的函数名不能重复
# A disabled keyword.
reserved-word = 规则中不允许使用「{ $word }」（沙箱已禁用）
# Oversized data.
data-too-large = 规则生成的数据超出大小上限（{ $what }）
# Unknown variable.
unknown-variable = 未定义的变量「{ $name }」
# Unknown function.
unknown-function = 未定义的函数或参数类型不符：{ $sig }
# Unknown map property.
unknown-property = 数据中没有属性「{ $name }」（缺失的值不会被当作 0）
# Wrong type.
type-mismatch = 类型不符：需要 { $want }，得到 { $got }
# A host function got a non-number.
not-a-script-number = { $func }() 需要数字，得到 { $ty }
# Unknown pack parameter.
unknown-param = 政策包未定义参数「{ $name }」
# Negative deduction.
negative-deduction = 扣分不能为负（{ $p }）
# Embedded packs.
embedded = 内置
# A script path that leaves the pack.
not-confined = 路径必须位于政策包目录之内（不得含 .. 或绝对路径）
# Label: no such rule function.
no-such-rule = 找不到此规则函数
# Help for rules.
rule-help = rule 须是规则库（rules/*.rhai）或政策包脚本中定义的函数：fn 名称(item, input) {"{"} … {"}"}
# No grade bands.
no-grades = 政策包未定义等次（grades）
# Label: the band before.
previous-band = 上一档
# Too many decimal places.
too-many-places = 取舍位数不能超过 10
# Unknown rounding mode.
bad-rounding-mode = 无法识别的取舍方式「{ $m }」
# Rounding help.
rounding-help = 可用的取舍方式：{ $names }
# A group with a rule.
group-with-rule = 「{ $name }」有下级指标，不能再指定 rule（规则只属于末级评分项）
# A leaf without a rule.
item-without-rule = 末级评分项「{ $name }」没有指定 rule
# A leaf without a weight.
item-without-weight = 评分项「{ $path }」没有分值（weight）
# Σ sections ≠ total.
total-mismatch = 一级指标分值之和为 { $sum }，与总分 { $total } 不符
# Label on total.
declared-total = 总分 { $total }
# Σ children ≠ parent.
children-mismatch = 「{ $path }」的下级分值之和为 { $sum }，与其分值 { $w } 不符
# Label on a declared parent weight.
declared-weight-is = 分值 { $w }
# Label on a child weight.
child-weight = { $name } { $w }
# A negative weight.
negative-weight = 「{ $path }」的分值不能为负
# A weight with more places than rounding keeps.
weight-finer-than-rounding = 分值 { $w } 的小数位多于取舍位数 { $places }：取舍后得分可能超过分值；请把分值写到 { $places } 位小数以内
# Unknown rule function.
unknown-rule = 规则函数 { $name }(item, input) 不存在
# Unknown project field.
unknown-field = 项目文件格式中没有字段「{ $name }」
# Label on an input.
input-label = 输入 { $name }
# An input and an arg share a name.
input-arg-clash = inputs 与 args 中都有「{ $name }」，规则无法区分
# Bands not descending.
bands-not-descending = 等次须按下限从高到低排列：「{ $lower }」的下限不低于「{ $upper }」
# Lowest band does not start at 0.
lowest-band-not-zero = 最低一档「{ $grade }」的下限须为 0，否则低分无等次可归
# Highest band above the total.
band-above-total = 「{ $grade }」的下限高于总分，无法达到
# Duplicate item id.
duplicate-item-id = 评分项 id「{ $id }」重复
# `--policy` names nothing.
policy-not-found = 找不到政策包「{ $spec }」（既不是含 policy.yaml 的目录，也不是 ./policies/ 下或内置的政策包 id）
# No pack for the project's region and year.
no-matching-policy = 没有与项目地区「{ $region }」、年度 { $year } 相符的政策包；请用 --policy 指定
# A local pack that does not load took no part in the automatic choice.
broken-candidate = 注意：{ $origin } 未能载入（用 jixiao check { $origin } 查看原因），未参与自动选择
# A named pack for another region or year than the project's.
pack-mismatch = 注意：政策包 { $id }（{ $pr }，{ $py } 年度）与项目 { $file }（{ $region }，{ $year } 年度）的地区或年度不同
# Which pack was picked automatically.
policy-chosen = 按项目地区「{ $region }」、年度 { $year } 选用政策包 { $id }
# A division by zero in a rule.
script-division-by-zero = 除数为零
# A division by zero in a rule, with the expression.
script-division-by-zero-in = 除数为零（{ $expr }）
# An overflow in a rule.
script-overflow = 数值溢出：计算结果超出可表示的范围，请核对项目数据中的金额与数量
# Another arithmetic failure, rhai's words kept.
script-arithmetic = 算术错误：{ $msg }
# Between the entries of a list in a sentence.
list-separator = 、
# One project field with its label.
field-entry = { $field }（{ $label }）
# Known fields, for help.
fields-help = 可用字段：{ $list }；funds.budget.<来源>、funds.spent.<来源>；indicators.<一级或二级指标名>；judgement（评价人判定）
# No pack is available.
no-policies = 没有可用的政策包
# Available pack ids.
available-policies = 可用的政策包：{ $ids }
