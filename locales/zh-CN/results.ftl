# 评分、审核、报告与解释。
needed-here = 此处需要该值
indicator-target = 目标值
indicator-actual = 实际完成值
indicator-progress = 完成进度
indicator-tier = 评价档次
self-judgement = 项目文件未给出评价人判定，以评分表中的自评得分作为判定
judgement-help = 在项目文件 judgements 下为此项写一条 {"{"}item: 路径, score: 得分, reason: 理由{"}"}，或在 scorecard.items 中给出自评得分
deductions-exceed = 扣分合计超过了分值
deducted-here = 在此扣分
rounding-only = 得分取舍调整
in-project = 项目 { $file }
missing-field = 项目文件未填写{ $label }（{ $name }），无法评分；缺失的值不会按 0 计
missing-judgement = 需要评价人判定，项目文件中既没有判定也没有自评得分
judgement-out-of-range = 判定得分 { $score } 不在 [0, { $weight }] 之内
judged-by-evaluator = 采用评价人判定
judged-by-evaluator-reason = 采用评价人判定：{ $reason }
indicator-value = { $level2 }「{ $name }」{ $what }
deductions-exceed-figures = { deductions-exceed }（扣分 { $sum }，分值 { $weight }）
rule-called-here = 评分项在此调用该规则

# 审核。
score-sheet = 评分表
item-count = { $n } 项
form-not-in-policy = 评分表的评分项与政策包 { $policy } 无一对应（按其他框架填写），不逐项比对，只比对综合得分与等次
not-on-form = 评分表中没有此项
item-cause-no-deduction = 自评{ $dir ->
        [over] 多计
       *[under] 少计
    } { $diff } 分；按规则此项不扣分
item-cause = 自评{ $dir ->
        [over] 多计
       *[under] 少计
    } { $diff } 分；按规则：{ $reason }
weight-cause = 评分表上的分值与政策包 { $policy } 的分值不同
section-cause = 自评小计比按规则计算的各项得分之和{ $dir ->
        [over] 高
       *[under] 低
    } { $diff }
total-cause = 自评综合得分比按规则计算的各项得分之和{ $dir ->
        [over] 高
       *[under] 低
    } { $diff }
grade-cause = 按规则综合得分 { $total }，对应等次「{ $grade }」
not-in-policy = 政策包 { $policy } 中没有此评分项
progress-cause = 按指标方向「{ $direction }」重算完成进度：{ $how }

# 报告。
table-header-item = 评分项
table-header-weight = 分值
table-header-score = 得分
table-header-deducted = 扣分
table-header-declared = 自评
policy-line = 政策包 { $id }《{ $title }》（{ $origin }）
result-line = 综合得分 { $total } / { $max }，等次「{ $grade }」
result-line-declared = 综合得分 { $total } / { $max }，等次「{ $grade }」（自评等次「{ $declared }」）
explain-hint = 逐项扣分原因：jixiao explain { $file } --policy { $policy }
related-in = 见 { $file }

# 解释。
formula-line = 算法：{ $h }
basis-line = 依据：{ $b }
note-line = 说明：{ $n }
deduction-headline = { $name }（{ $path }）扣 { $points } 分：{ $reason }
full-marks = { $name }（{ $path }）得满分 { $score }，未扣分
rounding-label = 扣 { $before } → { $mode }保留 { $places } 位 → { $after }（{ $reason }）
balancing-label = 扣 { $before } → 得分取舍为 { $score }，扣分补足为 { $after }，使分值 = 得分 + 扣分（{ $reason }）
deducted-label = 扣 { $points }（{ $reason }）
item-uses-rule = { $name }（分值 { $weight }）按此规则评分
evidence-label = { $label } = { $value }

# 部分评分（截断的原表）。
grade-withheld = 不评定
unscored-rest = 其余
unscored-cell = 未评分
scored-total = 已评合计
cut-place = 原表第 { $line } 行起缺
unscored-phrase = { $name } { $weight } 分
partial-line = 已评 { $scored } 分中得 { $total }；{ $unscored }因原表截断未评分（{ $place }）；部分评分，不评定等次
unscored-indicators = 原表截断，表中没有「{ $group }」的指标；未评分，不按 0 分计
unscored-field = 原表截断，表中没有{ $label }（{ $field }）；未评分，不按 0 分计
unscored-rest-reason = 原表截断，这些分值所在的行不在表中；未评分，不按 0 分计
unscored-headline = { $phrase }：未评分 — { $reason }
cut-here = 原表在此截断
total-score = 综合得分
