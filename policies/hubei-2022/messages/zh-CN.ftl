# 本包规则（hubei.rhai）的消息；规则库的消息在 rules/messages/。
hubei-target-not-positive = 指标「{ $name }」的目标值 { $target } 不是正数，无法按比例评分
hubei-ratio = { $level2 }「{ $name }」{ $actual } ÷ { $target } = { $rate }，得分 = { $weight } × { $rate }
hubei-target-too-low = { $level2 }「{ $name }」实际 { $actual } 达到目标 { $target } 的 { $rate }，不低于 { $limit }，目标设定偏低，扣 { $points } 分
hubei-inverse-ratio = { $level2 }「{ $name }」反向指标 目标 { $target } ÷ 实际 { $actual } = { $rate }，得分 = { $weight } × { $rate }
hubei-execution-cap = 预算执行率 { $executed } ÷ { $budget } = { $rate }，低于 { $below }，总分至多 { $cap } 分
