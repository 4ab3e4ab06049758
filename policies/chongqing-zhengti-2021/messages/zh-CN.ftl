# 本包规则（chongqing.rhai）的消息；规则库的消息在 rules/messages/。
chongqing-negative-rate = { $label } { $rate }% 为负数，无法评分
chongqing-rate = { $label } { $rate }%，得分 = { $weight } × { $rate }%
chongqing-form-rate = 表上{ $label } { $rate }%
chongqing-lower-met = 越低越好：{ $actual } ≤ { $target }，系数 100%
chongqing-lower-ratio = 越低越好：{ $target } ÷ { $actual }
chongqing-lower-deducted = 「{ $name }」越低越好，目标 { $target } ÷ 实际 { $actual } = { $rate }，得分 = { $weight } × { $rate }
chongqing-how-deducted = 「{ $name }」{ $how }，得分 = { $weight } × { $rate }
chongqing-met = { $actual } ≥ { $target }，系数 100%
chongqing-ratio-deducted = 「{ $name }」{ $actual } ÷ { $target } = { $rate }，得分 = { $weight } × { $rate }
