# Labels, nouns and reading files.
here = here
project-file = project file
policy-file = policy pack
negative-here = negative amount
duplicate-here = duplicate
first-here = first occurrence
direction-help = indicator directions: >= (≥), >, =, <, <= (≤), 定性 (qualitative)
measure-help = a quantitative indicator needs exactly one number; when the text holds several, write {"{"}text: original, value: number, unit: unit{"}"}
item-prefix = item “{ $item }”: { $msg }
cannot-read = cannot read { $path }: { $err }
io-not-found = no such file
io-permission-denied = permission denied
io-invalid-data = not UTF-8 text
io-is-a-directory = this is a directory
unknown-judgement = the judgement names item “{ $path }”, which policy pack { $policy } does not have; it cannot be used
not-a-number = “{ $text }” is not a valid number; expected { $expected }
# A YAML error: the kind of file, then what is wrong.
yaml-error = { $what } is malformed: { $msg }
# A YAML error about one field.
at-field = field “{ $key }”: { $msg }
# The value a YAML error is about, appended.
value-written = {" "}(written: “{ $value }”)
empty-file = { $what } is empty
unknown-format = unsupported project file format version { $v } (this version supports format: 1)
negative-money = { $what } cannot be negative ({ $v })
bad-direction = unknown indicator direction “{ $d }”
bad-tier = unknown qualitative tier “{ $t }”; expected 达成, 部分达成 or 未达成
no-number-in = no number found in “{ $text }” of a quantitative indicator
many-numbers-in = “{ $text }” of a quantitative indicator holds { $count } numbers; cannot tell which one to use
duplicate-judgement = “{ $path }” appears twice in the judgements; cannot tell which to use
duplicate-item = “{ $path }” appears twice on the score sheet

# Field and value labels
field-budget = budget funds
field-allocated = allocated funds
field-spent = actual spending
indicator-weight = indicator weight
indicator-score = indicator score
declared-weight = score sheet weight
declared-score = score sheet score
judgement-score = evaluator's score
expect-number = a number (e.g. 2536.08, at most 10^15 in absolute value)
expect-percent = a percentage (e.g. 93.13%)
expect-measure = text, a number, or {"{"}text, value, unit{"}"}

# Rounding modes
rounding-half-away = half away from zero
rounding-half-even = half to even
rounding-truncate = truncation
field-initial-budget = initial budget
field-annual-budget = annual budget
field-executed = annual spending
field-funds-weight = funds weight
field-funds-rate = execution rate
field-funds-score = funds score
field-arrived = funds arrived
