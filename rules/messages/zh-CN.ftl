# 规则库的消息：扣分理由、说明与规则报错，规则以 say("id", #{ 名: 值 }) 取用。
# 值由规则写成文字（数、百分比、档次词、指标名），这里只排它们的位置。包可在自己的
# messages/<语言>.ftl 中写同名消息以改写，或写自己的消息。

# ratio.rhai
ratio-zero-denominator = { $label }的分母为 0，无法计算
capped-ratio = { $label } { $num } ÷ { $den } = { $rate }，得分 = { $weight } × { $rate }

# judgement.rhai
judged-score = 判定得分 { $score }（分值 { $weight }）
not-applicable-weight = 「{ $name }」分值为 { $weight }，不能按“不适用”处理
not-applicable = 本项分值为 0，不计分

# indicators.rhai
indicator-zero-target = 指标「{ $name }」的目标值为 0，无法计算完成率
indicator-negative-target = 指标「{ $name }」的目标值 { $target } 为负数，无法按比例计算完成率；请把目标改写为正数（如“下降 5%”写作降幅 5）或改为定性指标
how-met-at-least = { $actual } ≥ { $target }，完成
how-met-at-most = { $actual } ≤ { $target }，完成
how-double-target = { $actual } ≥ 2 × { $target }，完成率 0
indicator-not-quantitative = 指标「{ $name }」的方向「{ $direction }」不是定量方向
how-tier = 评价档次：{ $tier }
qualitative-needs-progress = 定性指标「{ $name }」评为{ $tier }，须给出完成进度（{ $low }%～{ $high }%）
qualitative-progress-outside = 定性指标「{ $name }」评为{ $tier }，完成进度 { $progress }% 不在 [{ $low }%, { $high }%) 之内
how-tier-progress = 评价档次：{ $tier }，完成进度 { $progress }%
qualitative-nothing = 定性指标「{ $name }」既无评价档次，也无完成进度，无法评分
qualitative-progress-range = 定性指标「{ $name }」的完成进度 { $progress }% 不在 0～100% 之内
qualitative-progress-as-judged = 定性指标「{ $name }」未给评价档次，以表中完成进度 { $progress }% 为自评判定
how-self-progress = “{ $text }”，自评完成进度 { $progress }%
no-such-indicators = 项目中没有「{ $label }」，无法评分
indicator-part = 「{ $name }」{ $how }
part-separator = ；
how-mean = ，平均 { $mean }
indicators-deducted = { $label }{ $how }，得分 = { $weight } × { $mean }

# indicator_score.rhai
indicator-deducted = { $level2 }「{ $name }」{ $how }，得分 = { $weight } × { $rate }
indicator-deviation = { $level2 }「{ $name }」实际 { $actual } ÷ 目标 { $target } = { $ratio }，超过偏离度 { $threshold }，调减 { $share } 分值
indicator-nothing = 指标「{ $name }」没有可评判的指标值与完成值，也没有自评得分，无法评分
indicator-score-range = 指标「{ $name }」的自评得分 { $score } 不在 0～{ $weight } 之内
indicator-self-score-as-judged = 指标「{ $name }」无可评判的完成情况（“{ $text }”），以表中自评得分 { $score } 为判定
indicator-self-score = { $level2 }「{ $name }」自评得分 { $score }
report-tier = “{ $text }”：{ $tier }
qualitative-needs-score = 定性指标「{ $name }」完成情况“{ $text }”归为{ $tier }，须在表中给出得分
qualitative-score-outside = 定性指标「{ $name }」归为{ $tier }，得分 { $score } 不在该档（{ $low }～{ $high }）之内
qualitative-deducted = { $level2 }「{ $name }」完成情况“{ $text }”，归为{ $tier }，得分 { $score }
qualitative-progress-tier = 定性指标「{ $name }」未给评价档次，按表中完成进度 { $progress }% 归为“{ $tier }”
qualitative-rated-needs-score = 定性指标「{ $name }」评为{ $tier }，须在表中给出得分（{ $low }～{ $high }）
qualitative-rated-outside = 定性指标「{ $name }」评为{ $tier }，得分 { $score } 不在该档（{ $low }～{ $high }）之内
qualitative-rated-deducted = { $level2 }「{ $name }」评价档次 { $tier }，得分 { $score }（档内 { $low }～{ $high }）
