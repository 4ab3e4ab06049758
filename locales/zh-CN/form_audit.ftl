# Severity labels.
severity-error = 错误
# Severity labels.
severity-warning = 警告
# Severity labels.
severity-info = 提示
# A score above its weight.
form-score-above-weight = 评分项「{ $path }」的评价得分 { $score } 超过了指标分值 { $weight }
# Label on a weight.
form-weight-here = 指标分值
# A subtotal that is not the sum of its items.
form-subtotal = 「{ $name }」填的得分 { $declared } 不等于其下各项得分之和 { $sum }
# A subtotal weight that is not the sum of its items' weights.
form-subtotal-weight = 「{ $name }」填的分值 { $declared } 不等于其下各项分值之和 { $sum }
# A grade that does not match the declared total.
form-grade = 评价结果等次填「{ $grade }」，但表上综合得分 { $total } 按等次标准应为「{ $expected }」
# Label on the total.
form-total-here = 综合得分
# A section or total weight differing from the pack.
form-pack-weight = 表上「{ $path }」的分值为 { $form }，政策包 { $pack_id } 规定为 { $pack }
# An indicator row without a name.
form-unnamed-indicator = 「{ $subject }」下的指标只有行标签「{ $label }」，未填写三级指标名称
# Subject: department.
form-department = 主管部门及代码
# What the department field should hold.
form-name-and-code = 名称及代码
# A department code without a name.
form-department-without-name = 「主管部门及代码」只填了代码 { $code }，未填主管部门名称
# Subject: period.
form-period = 项目期
# A period that does not cover the form's year.
form-period-year = 项目期「{ $period }」不含本表年度 { $year }
# Label on the year.
form-year-here = 年度
# Subject: filing date.
form-filed-on = 填报日期
# Filed before the period ended.
form-filed-early = 填报日期 { $filed } 早于项目期结束日 { $end }，自评时项目尚未结束
# Less allocated than budgeted, not explained.
form-funds-gap = 预算下达资金 { $allocated } 少于预算资金 { $budget }，差 { $gap } 万元；各项说明中未见原因（调减、收回、结余等）
# Label on the budget.
form-budget-here = 预算资金
# A rate claimed in the narrative that the item's rule contradicts (`how` from the ledger).
form-claim = 说明中称{ $word }为 { $claimed }%，但按表上数据计算为 { $how } = { $pct }
# Label on a numerator.
form-numerator-here = 分子
# Label on a denominator.
form-denominator-here = 分母
# A cost figure close to but not equal to the funds figure.
form-cost-vs-funds = { $level2 }写「{ $text }」，与{ $field } { $value } 万元相近而不相等（疑为取整或笔误）
# Label on a part.
form-part-here = 分项
# Narrative amounts that nearly add up to a funds figure.
form-parts-of-funds = 「{ $heading }」中分批的金额 { $shown } 万元，与{ $field } { $v } 万元不符（差一分一厘也应核对）
# A 「其中」 breakdown that does not add up.
form-breakdown = 「{ $heading }」中「{ $total }」的「其中」各项之和为 { $shown }{ $unit }，与总数不符
# Heading of the audit: the form against the rules and against itself, one list.
form-audit-heading = 审核：自评表与按规则计算的结果及表内核对共 { $n } 处不一致或存疑（错误 { $errors }、警告 { $warnings }、提示 { $infos }）
# No findings.
form-audit-clean = 审核：自评与按规则计算的结果一致，原表自身也未见不一致
# One finding in the text report.
form-finding-line = [{ $severity }] { $subject }：表上 { $stated }，核对应为 { $expected }{ $at }
# Heading of the findings list in a project sheet.
xlsx-form-audit = 审核（级别｜内容｜表上｜核对应为｜说明｜位置）
# A group label's weight against its rows' 分值.
form-group-weight = 栏目「{ $label }」写明 { $weight } 分，但其下各行分值之和为 { $sum }
# A 其中 row whose 得分 differs from the total row's.
form-part-score = 其中「{ $part }」行得分 { $s } 与「{ $whole }」行得分 { $ts } 不一致
# Label: 全年预算数.
form-funds-budget = 全年预算数
# Label: 全年执行数.
form-funds-executed = 全年执行数
# 其中 rows whose amounts do not add up to the total row's.
form-funds-parts = 「{ $whole }」行{ $label } { $w }，与其中各行之和 { $sum } 不符
# The declared total against the rows, each counted once.
form-total-vs-rows = 总分填 { $t }，但表上各行得分之和为 { $sum }（其中行、明细行不重复计算）
# A declared total no score on the form can reach.
form-total-unreachable = 总分填 { $t }，但表上各行得分之和为 { $sum }，缺行的栏目至多再得 { $missing } 分，总分至多 { $most }，{ $t } 达不到
# A score that is the weight applied twice.
form-weight-twice = 「{ $name }」得分 { $s } = { $w } × { $w }%：单项得分已是分值 { $w }，又乘了一次权重占比（各行皆如此）
# A score with neither target nor result on its row.
form-unsupported = 「{ $name }」得分 { $s }，但本行既无指标值也无实际完成值，得分缺少依据
# What an actual should hold.
form-measured = 实际测得的数值
# An actual written as a target expression.
form-actual-as-target = 「{ $name }」的实际完成值写成了「{ $t }」（带比较符号的目标式），应填实际完成的数值
# Subject: the 总分 (分值) the form writes beside its total score.
form-total-weight = 综合得分的分值
# Subject: the sum of the form's 分值 when the form writes no 总分 分值.
form-weights-sum = 各项分值之和
# On a partial evaluation: a declared total above the visible score plus every unscored point.
total-beyond-partial = 部分评分：已评部分按规则得 { $scored }，未评部分至多 { $unscored } 分，综合得分至多 { $most }；表上填 { $t }，达不到
# What a 其中 row is expected to hold in its 得分 cell.
form-part-not-scored = —（其中行不计分）
# A 其中 row that repeats the total row's 得分.
form-part-repeats-score = 其中「{ $part }」行重复填了「{ $whole }」行的得分 { $score }；其中行不计分，把各得分栏相加求总分会把这 { $score } 分算两次
# A finding that also stands for another check's conclusion at the same place.
form-also = { $first }；另：{ $second }
# What a blank 执行率 cell of a 其中 row should hold.
form-rate-expected = 本行执行率
# A 其中 row filled across whose 执行率 cell is left blank.
form-part-rate-blank = 其中「{ $part }」行填了预算数和执行数，执行率一栏却空着（「{ $whole }」行填了执行率）
# A cell the form leaves blank.
form-blank = —（未填）
# Expected side of an `execution_twice` finding.
form-execution-once = 预算执行只计一次
# Label of the funds row's 执行率 cell.
form-funds-rate-here = 资金执行率
# An indicator that restates the funds row's 执行率 and scores it full while the funds row loses points at the same rate.
form-execution-twice = 本指标实际值 { $rate }% 即资金行的执行率：同一预算执行在此按完成计满分 { $score }/{ $weight }，在预算执行率中按 { $rate }% 计 { $funds_score }/{ $funds_weight }，两处规则不同且重复计量，请核对指标设置
# A funding identity broken, the narrative mentioning an adjustment or carry-over.
form-funds-identity-explained = { $big } { $b } 大于{ $small } { $s }；说明中提到了调整或结转，请核对是否相符
# A funding identity broken, the narrative silent.
form-funds-identity-unexplained = { $big } { $b } 大于{ $small } { $s }，说明中也未见原因
# A year later than the form's filing year.
form-year-later = 「{ $heading }」写到「{ $excerpt }」：{ $y } 年晚于本表年度 { $year } 的填报年份
# The previous year's situation in this year's form.
form-year-previous = 「{ $heading }」写的是「{ $excerpt }」：{ $year } 年度的表中出现上一年 { $y } 年的情况，疑为沿用上年文字
# Columns of the 汇总 sheet.
xlsx-summary-name = 项目名称
xlsx-summary-file = 文件
xlsx-summary-policy = 政策包
xlsx-summary-total = 综合得分
xlsx-summary-grade = 等次
xlsx-summary-stated-total = 自评综合得分
xlsx-summary-stated-grade = 自评等次
xlsx-summary-findings = 审核发现
xlsx-summary-audit-counts = 审核（错误/警告/提示）
xlsx-summary-notes = 说明
# Columns of the project sheet.
xlsx-card-level1 = 一级指标
xlsx-card-level2 = 二级指标
xlsx-card-level3 = 三级指标
xlsx-card-weight = 指标分值
xlsx-card-stated-score = 自评得分
xlsx-card-score = 核定得分
xlsx-card-deduction = 扣分
xlsx-card-reason = 扣分原因
