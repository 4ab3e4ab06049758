# Evaluation, audit, reports and explanations.
needed-here = this value is needed here
indicator-target = target value
indicator-actual = actual value
indicator-progress = completion rate
indicator-tier = judgement tier
self-judgement = The project file gives no evaluator judgement; the self-assessed score on the score sheet stands as the judgement
judgement-help = under judgements in the project file write {"{"}item: path, score: score, reason: reason{"}"} for this item, or give the self-assessed score in scorecard.items
deductions-exceed = The deductions add up to more than the weight
deducted-here = deducted here
rounding-only = rounding adjustment of the score
in-project = project { $file }
missing-field = The project file does not give { $label } ({ $name }), so this cannot be scored; a missing value is never taken as 0
missing-judgement = Needs an evaluator judgement; the project file has neither a judgement nor a self-assessed score
judgement-out-of-range = The judged score { $score } is outside [0, { $weight }]
judged-by-evaluator = evaluator's judgement used
judged-by-evaluator-reason = evaluator's judgement used: { $reason }
indicator-value = { $level2 } "{ $name }" { $what }
deductions-exceed-figures = { deductions-exceed } (deducted { $sum }, weight { $weight })
rule-called-here = the item calls the rule here

# Audit.
score-sheet = score sheet
item-count = { $n ->
        [one] { $n } item
       *[other] { $n } items
    }
form-not-in-policy = None of the score sheet's items matches policy pack { $policy } (it follows another framework): items are not compared one by one, only the total score and the grade
not-on-form = not on the score sheet
item-cause-no-deduction = The self-evaluation gives { $diff } { $dir ->
        [over] too many
       *[under] too few
    } points; by the rule this item loses nothing
item-cause = The self-evaluation gives { $diff } { $dir ->
        [over] too many
       *[under] too few
    } points; by the rule: { $reason }
weight-cause = The weight on the score sheet differs from the weight in policy pack { $policy }
section-cause = The self-assessed subtotal is { $diff } { $dir ->
        [over] higher
       *[under] lower
    } than the sum of the item scores by the rules
total-cause = The self-assessed total score is { $diff } { $dir ->
        [over] higher
       *[under] lower
    } than the sum of the item scores by the rules
grade-cause = By the rules the total score is { $total }, which is grade "{ $grade }"
not-in-policy = Policy pack { $policy } has no such item
progress-cause = Completion rate recomputed by the indicator direction "{ $direction }": { $how }

# Reports.
table-header-item = Item
table-header-weight = Weight
table-header-score = Score
table-header-deducted = Deducted
table-header-declared = Self-evaluated
policy-line = Policy pack { $id } "{ $title }" ({ $origin })
result-line = Total score { $total } / { $max }, grade "{ $grade }"
result-line-declared = Total score { $total } / { $max }, grade "{ $grade }" (self-evaluated grade "{ $declared }")
explain-hint = Why points were lost, item by item: jixiao explain { $file } --policy { $policy }
related-in = see { $file }

# Explanations.
formula-line = Method: { $h }
basis-line = Basis: { $b }
note-line = Note: { $n }
deduction-headline = { $name } ({ $path }) loses { $points }: { $reason }
full-marks = { $name } ({ $path }) scores full marks, { $score }; nothing deducted
rounding-label = deduct { $before } → { $mode } to { $places } places → { $after } ({ $reason })
balancing-label = deduct { $before } → the score rounds to { $score }, the deduction is made up to { $after } so that weight = score + deduction ({ $reason })
deducted-label = deduct { $points } ({ $reason })
item-uses-rule = { $name } (weight { $weight }) is scored by this rule
evidence-label = { $label } = { $value }

# Partial evaluations (cut-off forms).
grade-withheld = not graded
unscored-rest = the rest
unscored-cell = unscored
scored-total = scored total
cut-place = missing from line { $line } of the form on
unscored-phrase = { $name } { $weight } points
partial-line = { $total } of the { $scored } points scored; { $unscored } not scored because the form is cut off ({ $place }); partly scored, no grade
unscored-indicators = The form is cut off and has no indicators of "{ $group }"; not scored, not counted as 0
unscored-field = The form is cut off and does not give { $label } ({ $field }); not scored, not counted as 0
unscored-rest-reason = The form is cut off: the rows these points belong to are not on it; not scored, not counted as 0
unscored-headline = { $phrase }: unscored — { $reason }
cut-here = the form is cut off here
total-score = Total score
