# Heading of a pack diff.
diff-heading = 政策包 { $a } → { $b }：{ $n } 处变化
# 一级 structure changed.
diff-structure = 结构：一级指标 { $a } → { $b }
# A node added.
diff-added = 新增：{ $path }（分值 { $w }）
# A node removed.
diff-removed = 删除：{ $path }（分值 { $w }）
# A node moved.
diff-moved = 移动：{ $id } 从 { $a } 到 { $b }
# A weight changed.
diff-weight = 分值：{ $path } { $a } → { $b }
# The total changed.
diff-total = 总分：{ $a } → { $b }
# Bands changed.
diff-bands = 等次：{ $a } → { $b }
# Rounding changed.
diff-rounding = 取舍：{ $a } → { $b }
# A parameter changed.
diff-param = 参数：{ $name } { $a } → { $b }
# A function changed.
diff-function = 脚本函数 { $name } 有改动：
# An id unusable as a directory name.
bad-policy-id = 政策包 id「{ $id }」只能由字母、数字、-、_、. 组成
# The target exists.
policy-exists = { $path } 已存在，不会覆盖
# A file could not be written.
cannot-write = 无法写入 { $path }：{ $err }
# Cases of an embedded pack are not copied.
embedded-cases-not-copied = 内置政策包的测试用例引用源码目录中的示例项目，未复制；请在新政策包的 cases/ 中自行编写用例
# A crosswalk entry.
diff-crosswalk = 对应：{ $to } ← { $from }
# Kind of file: a test case.
case-file = 测试用例
# A replace edit did not match exactly once.
replace-count = replace 的「{ $from }」在项目文件中出现 { $count } 次，须恰好 1 次
# Name of a project edited by a case.
patched-name = { $project }（经 { $case } 修改）
# Expectation label: an error.
expected-error = 预期错误
# Expectation label: discrepancies.
discrepancies = 审核不一致项
# An expected item the pack does not have.
no-such-item = （没有此评分项）
# A case expected an error but the project scored.
scored-instead = （未出错，综合得分 { $total }）
# An item key matching several items.
ambiguous-item = （匹配到 { $n } 个评分项，请写路径）
# Embedded packs have no runnable case directory.
embedded-cases = 政策包 { $id } 是内置的；用例须在政策包目录中运行（如 jixiao test policies/{ $id }）
# Heading of one pack's cases.
testing-pack = 政策包 { $id }（{ $origin }）
# Coverage summary line.
coverage-line = 覆盖率 { $pct }%：{ $fired }/{ $all } 个扣分点被用例触发
# A deduction site never fired.
never-fired = 未触发的扣分点 { $at }  { $line }
# A rule never run.
rule-never-run = 未运行的规则 { $name }  { $at }
# A rule changed.
diff-rule =
    规则：{ $path }
    {"  "}- { $a }
    {"  "}+ { $b }
# A function added.
diff-function-added = 脚本函数 { $name } 为新增
# A function removed.
diff-function-removed = 脚本函数 { $name } 已删除
# new-policy succeeded, for a year.
policy-created-year = 已由 { $from } 生成 { $path }（年度 { $y }）；修改后用 jixiao check { $path } 检查
# new-policy succeeded.
policy-created = 已由 { $from } 生成 { $path }；修改后用 jixiao check { $path } 检查
# An item no case scored.
item-never-scored = 未评分的评分项 { $path }
# An item no case deducted from.
item-never-deducted = 从未扣分的评分项 { $path }
