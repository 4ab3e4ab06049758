# Pack diff, new-policy and policy test cases.
diff-heading = policy pack { $a } → { $b }: { $n ->
        [one] 1 change
       *[other] { $n } changes
    }
diff-structure = structure: level-1 indicators { $a } → { $b }
diff-added = added: { $path } (weight { $w })
diff-removed = removed: { $path } (weight { $w })
diff-moved = moved: { $id } from { $a } to { $b }
diff-weight = weight: { $path } { $a } → { $b }
diff-total = total: { $a } → { $b }
diff-bands = grades: { $a } → { $b }
diff-rounding = rounding: { $a } → { $b }
diff-param = parameter: { $name } { $a } → { $b }
diff-function = script function { $name } changed:
bad-policy-id = policy pack id “{ $id }” may only hold letters, digits, -, _ and .
policy-exists = { $path } exists; not overwritten
cannot-write = cannot write { $path }: { $err }
embedded-cases-not-copied = the embedded pack's test cases refer to example projects in the source tree and were not copied; write your own cases in the new pack's cases/
diff-crosswalk = maps to: { $to } ← { $from }
case-file = test case
replace-count = replace's “{ $from }” occurs { $count } times in the project file; it must occur exactly once
patched-name = { $project } (edited by { $case })
expected-error = expected error
discrepancies = audit discrepancies
no-such-item = (no such score item)
scored-instead = (no error; total score { $total })
ambiguous-item = (matches { $n } score items; write a path)
embedded-cases = policy pack { $id } is embedded; cases must run in a pack directory (e.g. jixiao test policies/{ $id })
testing-pack = policy pack { $id } ({ $origin })
coverage-line = coverage { $pct }%: { $fired }/{ $all } deduction points triggered by the cases
never-fired = deduction point never triggered { $at }  { $line }
rule-never-run = rule never run { $name }  { $at }
diff-rule =
    rule: { $path }
    {"  "}- { $a }
    {"  "}+ { $b }
diff-function-added = script function { $name } added
diff-function-removed = script function { $name } removed
policy-created-year = created { $path } from { $from } (year { $y }); after editing, check it with jixiao check { $path }
policy-created = created { $path } from { $from }; after editing, check it with jixiao check { $path }
item-never-scored = score item never scored { $path }
item-never-deducted = score item never deducted from { $path }
