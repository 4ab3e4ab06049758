# The rule sandbox: budgets, limits, overflow, reserved host names.
call-over-time = a rule call ran over its time limit ({ $ms } ms, pack limits.call_ms)
evaluation-over-time = scoring ran over the project's total time limit ({ $ms } ms, pack limits.evaluation_ms); the remaining items were not scored
too-many-records = more than { $max } deduct() and note() calls in one rule call (pack limits.records)
records-too-long = deduction reasons and notes of one rule call exceed { $max } bytes (pack limits.record_bytes)
overflow = numeric overflow: { $a } { $op } { $b } is out of range (about ±7.9×10²⁸); check the numbers in the project data and the rules
division-by-zero = division by zero ({ $a } { $op } { $b })
deductions-overflow = deductions overflow: { $sum } + { $next } is out of range
host-overflow = the result of { $func }({ $x }) is out of range
reserved-host-name = “{ $name }” is a function the engine provides; a rule script cannot redefine it (that would silently change deduct, fail and the like)
unavailable-function = a rule calls the unavailable function “{ $name }”: rules may only call the engine's functions and those defined in the pack's scripts
unavailable-function-help = sleep, timestamp, eval and other functions that read the clock or change the environment are not available in rules; check the function name's spelling
reserved-host-help = give this function another name
unknown-limit = unknown limit “{ $name }”; known limits: { $names }
zero-limit = limit “{ $name }” must be a positive integer
end-of-file = the file ends here
missing-token = “{ $token }” missing (an unclosed bracket or block?)
overflow-bare = numeric overflow: a result is out of range; check the numbers in the project data and the rules
overflow-in = numeric overflow: { $expr } is out of range; check the numbers in the project data and the rules

# The rules' message catalogue (rules/messages/, a pack's messages/).
rule-messages-syntax = the rule message file { $file } is not valid Fluent
rule-message-unknown = there is no rule message '{ $id }': write it in an .ftl file under rules/messages/ or the pack's messages/
rule-message-args = the rule message '{ $id }' is missing a value: { $detail }
