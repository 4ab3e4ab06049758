# The rule library's messages: reasons, notes and rule errors, which rules take with
# say("id", #{ name: value }). The rules write the values as text (numbers, percentages, tier
# words, indicator names); these messages only place them. A pack may override a message in its
# own messages/<lang>.ftl, or add its own.

# ratio.rhai
ratio-zero-denominator = { $label }: the denominator is 0, so it cannot be computed
capped-ratio = { $label } { $num } ÷ { $den } = { $rate }, score = { $weight } × { $rate }

# judgement.rhai
judged-score = judged score { $score } (weight { $weight })
not-applicable-weight = '{ $name }' has weight { $weight }, so it cannot be treated as not applicable
not-applicable = weight 0: not scored

# indicators.rhai
indicator-zero-target = indicator '{ $name }': the target is 0, so no completion rate can be computed
indicator-negative-target = indicator '{ $name }': the target { $target } is negative, so no proportional completion rate can be computed; write the target as a positive number (a 5% decrease as a reduction of 5) or make the indicator qualitative
how-met-at-least = { $actual } ≥ { $target }, met
how-met-at-most = { $actual } ≤ { $target }, met
how-double-target = { $actual } ≥ 2 × { $target }, completion 0
indicator-not-quantitative = indicator '{ $name }': the direction '{ $direction }' is not a quantitative one
how-tier = rating: { $tier }
qualitative-needs-progress = qualitative indicator '{ $name }' is rated { $tier }, so it needs a progress ({ $low }%–{ $high }%)
qualitative-progress-outside = qualitative indicator '{ $name }' is rated { $tier }: progress { $progress }% is not within [{ $low }%, { $high }%)
how-tier-progress = rating: { $tier }, progress { $progress }%
qualitative-nothing = qualitative indicator '{ $name }' has neither a rating nor a progress, so it cannot be scored
qualitative-progress-range = qualitative indicator '{ $name }': progress { $progress }% is not within 0–100%
qualitative-progress-as-judged = qualitative indicator '{ $name }' has no rating: the form's progress { $progress }% is taken as the self-assessment
how-self-progress = “{ $text }”, self-assessed progress { $progress }%
no-such-indicators = the project has no '{ $label }', so it cannot be scored
indicator-part = '{ $name }' { $how }
part-separator = {"; "}
how-mean = , mean { $mean }
indicators-deducted = { $label }: { $how }, score = { $weight } × { $mean }

# indicator_score.rhai
indicator-deducted = { $level2 } '{ $name }' { $how }, score = { $weight } × { $rate }
indicator-deviation = { $level2 } '{ $name }' actual { $actual } ÷ target { $target } = { $ratio }, beyond the deviation of { $threshold }: { $share } of the weight taken off
indicator-nothing = indicator '{ $name }' has neither a target and an actual that can be judged nor a self-assessed score, so it cannot be scored
indicator-score-range = indicator '{ $name }': the self-assessed score { $score } is not within 0–{ $weight }
indicator-self-score-as-judged = indicator '{ $name }' has no completion that can be judged (“{ $text }”): the form's self-assessed score { $score } is taken as the judgement
indicator-self-score = { $level2 } '{ $name }' self-assessed score { $score }
report-tier = “{ $text }”: { $tier }
qualitative-needs-score = qualitative indicator '{ $name }': the completion “{ $text }” counts as { $tier }, so the form must give its score
qualitative-score-outside = qualitative indicator '{ $name }' counts as { $tier }: the score { $score } is outside that band ({ $low }–{ $high })
qualitative-deducted = { $level2 } '{ $name }' completion “{ $text }”, counted as { $tier }, score { $score }
qualitative-progress-tier = qualitative indicator '{ $name }' has no rating: the form's progress { $progress }% counts as “{ $tier }”
qualitative-rated-needs-score = qualitative indicator '{ $name }' is rated { $tier }, so the form must give its score ({ $low }–{ $high })
qualitative-rated-outside = qualitative indicator '{ $name }' is rated { $tier }: the score { $score } is outside that band ({ $low }–{ $high })
qualitative-rated-deducted = { $level2 } '{ $name }' rated { $tier }, score { $score } (band { $low }–{ $high })
