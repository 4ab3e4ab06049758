# Output of the commands.
test-summary = jixiao test: { $passed ->
        [one] { $passed } case passed
       *[other] { $passed } cases passed
    }, { $failed } failed
nothing-deducted = Every item scored full marks; nothing was deducted.
explain-no-such-item = No scoring item "{ $key }"
item-list = Available items: { $paths }
explain-summary = Total score { $total } / { $max }, grade "{ $grade }"
check-ok = ✓ Policy pack { $id } ({ $origin }) passed the check: { $items ->
        [one] { $items } item
       *[other] { $items } items
    }
check-ok-warnings = ✓ Policy pack { $id } ({ $origin }) passed the check: { $items ->
        [one] { $items } item
       *[other] { $items } items
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-failed = ✗ Policy pack { $origin } failed the check: { $n ->
        [one] { $n } diagnostic
       *[other] { $n } diagnostics
    }
policy-region-national = national
each-help = each is written indicators.<level-1 or level-2 indicator name>, e.g. each: indicators.产出指标
bad-each = Unrecognised each "{ $sel }"
no-indicators = The project has no indicators under "{ $sel }", so its { $weight } points cannot be distributed; missing indicators are not scored as 0
indicator-weights-sum = The indicator weights under "{ $path }" add up to { $sum }, not to its weight { $total }
indicator-weights-partial = Only { $given } of the { $all } indicators under "{ $path }" have a weight; give all of them or none (none: the weight is split equally)
crosswalk-unknown = "{ $path }" in the crosswalk is not an indicator of this policy pack

# Comparisons.
rule-inputs-changed = The item's inputs or args changed
library-changed = A script function the rule calls changed
unexplained = The score moved, but no change of weight, parameter, rounding or rule was found
cause-weight = weight change
cause-parameter = parameter change
cause-rounding = rounding change
cause-formula = rule change
cause-structure = restructured
cause-added = item added
cause-removed = item removed
crosswalk-no-match = "{ $path }" in the crosswalk matches no scored item under { $policy }
structure-detail = { $a } weight { $a_weight } → { $b } weight { $b_weight }
added-detail = new in { $b } (weight { $w })
removed-detail = not in { $b } (weight was { $w })
weight-detail = weight { $a } → { $b }
param-detail = parameter { $name }: { $a } → { $b }
params-separator = {"; "}
rounding-detail = rounding { $a_mode } to { $a_places } places → { $b_mode } to { $b_places } places
rule-renamed = rule { $a } → { $b }
rule-script-changed = the script of rule function { $rule } changed
rule-of = rule { $rule } of { $policy }
grade-change-bands = Grade "{ $a }" → "{ $b }": total score { $ta } → { $tb }; grade bands { $ba } → { $bb }
grade-change = Grade "{ $a }" → "{ $b }": total score { $ta } → { $tb } crossed a grade boundary
transition-corner = A \ B
grade-transitions = Grade transitions:
largest-moves = Largest moves:
top-movers = Items most affected by the rule changes (all projects together):
compare-header-item = Item
compare-header-a-weight = A weight
compare-header-a-score = A score
compare-header-b-weight = B weight
compare-header-b-score = B score
compare-header-delta = Change
compare-header-cause = Attribution
crosswalk-label = { $to } ← { $from }
added-label = { $path } (added)
removed-label = { $path } (removed)
attributed-total = attributed { $sum }
compare-line = A = { $a } { $ta } "{ $ga }" → B = { $b } { $tb } "{ $gb }": change { $delta }
warning-line = Note: { $w }
formula-headline = { $item }: rule change { $points } ({ $detail })
portfolio-heading = { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }, mean change { $mean }
transition-line = { $a } → { $b }: { $n }
mover-line = { $label } ({ $cause }) { $points }, in { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
two-policies = compare needs exactly two policy packs: --policy A --policy B
rounding-short = { $mode }, { $places } places

# The summary of evaluate DIR, and the year.
summary-heading = Summary: { $n } forms — { $whole } scored, { $partial } partly scored, { $failed } not scored
summary-scored = score { $total }/{ $max } { $grade }
summary-partial = partly scored { $total }/{ $scored }, { $unscored } unscored
summary-failed = not scored { $code }
year-disagrees = { $file } states the year { $stated }, which disagrees with --year { $given }; --year never overrides the year a project states
year-stated-here = the year the project states
year-flag-only-without = --year is only for projects whose form shows no year; drop --year, or correct the year in the project file

# Examples under jixiao --help and jixiao explain --help.
cli-examples =
    Examples:
    {"  "}jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml
    {"  "}jixiao evaluate examples/*.yaml --policy jinzhong-2020 --format json
    {"  "}jixiao import form.txt -o project.yaml
    {"  "}jixiao evaluate form.xlsx --format xlsx -o results.xlsx
    {"  "}jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 资金到位率
    {"  "}jixiao compare examples/jinzhong-2020-pension-subsidy.yaml --policy jinzhong-2020 --policy mof-2020
    {"  "}jixiao diff jinzhong-2020 mof-2020
    {"  "}jixiao new-policy jinzhong-2021 --from jinzhong-2020
    {"  "}jixiao check policies/jinzhong-2020
    {"  "}jixiao policies

    Exit codes: 0 success; 1 the audit found discrepancies (only with --strict); 2 invalid input or policy pack.
