# Importing forms and watch mode.
import-unmapped = content at { $at } of the form was not recognised and not read: { $shown }
import-unmapped-help = import finds the blocks by their headings (project name, project funds, performance targets, score sheet, grade…); check whether this content must be added to the project file by hand
import-not-read = not read
import-empty = the workbook has no sheets
import-missing = “{ $what }” not found on the form; cannot import
import-form-help = import reads a text export (tab-separated) or an xlsx workbook of the project performance self-evaluation form (财政支出项目绩效自评表); its header should have a “项目名称” (project name) field
import-project-here = project name
import-year-help = the year is taken from the header “（ 2020 年度）”, else from the start of the project period
infer-year-from-period = year inferred: the header gives none, so the start year of the project period is used
import-funds-total = { $label } total { $total } differs from the sum of its sources { $sum }; the project file keeps only the sources' amounts
import-total-here = total
import-part-here = source amount
import-indicator-values = this row of { $level2 } lacks a target or an actual value; not read
import-not-numeric = no single number can be read from the target or the actual value, so the indicator is read as qualitative; to score it as quantitative, write {"{"}text, value, unit{"}"} in the project file
import-target-here = target value
import-actual-here = actual value
infer-qualitative-ambiguous = direction inferred: no single number in the target or actual value, read as qualitative
infer-level1 = level-1 indicator inferred: “{ $level2 }” filed under “{ $level1 }” (a merged cell on the form)
infer-direction-word = direction inferred: the target says “{ $word }”
infer-timeliness = direction inferred: a timeliness target is a time requirement, read as qualitative
infer-text-target = direction inferred: the target is text, read as qualitative
infer-cost = direction inferred: lower cost is better
infer-at-least = direction inferred: quantities default to higher is better
infer-merged-level2 = level-2 indicator inferred: blank on this row (a merged cell), taken from “{ $level2 }” that follows under the same level 1
written-from = Imported by jixiao import from { $source }; values marked “推断” (inferred) are not written on the form, check them.
written-units = Amounts in 10k yuan (万元). Format: see docs/project-format.md.
import-written = wrote { $path }: { $indicators } indicators, { $items } score items; { $inferred } inferred, { $warnings } warnings
xlsx-needs-output = --format xlsx needs an output file with -o (e.g. -o results.xlsx)
output-written = wrote { $path }
waiting = ── waiting for edits (Ctrl-C to quit) ──
nothing-moved = no project's score changed
project-data-changed = project data changed
project-removed = project file removed
watch-failed = cannot watch files: { $e }
watch-embedded = policy pack { $id } is embedded and cannot be edited; copy it to ./policies/ with jixiao new-policy first, then watch it
watching = watching: policy pack { $id } ({ $origin })
project-failing = cannot score ({ $n ->
        [one] 1 diagnostic
       *[other] { $n } diagnostics
    })
watch-summary = { $moved } projects changed, { $unchanged } unchanged
edit-rejected = ✗ the edited policy pack has errors; still using the previous { $id }:
gate-rejected = ✗ the edited policy pack fails its test cases (--gate); still using the previous { $id }:
gate-case-failed = { $name } ({ $n ->
        [one] 1 mismatch
       *[other] { $n } mismatches
    })
policy-reloaded = ✓ policy pack { $id } reloaded
import-funds-unreadable = the amount “{ $text }” of “{ $source }” in the project funds cannot be read; without it the funds total would be wrong, so the project cannot be scored
import-missing-block = block “{ $block }” not found on the form (the table may be incomplete); the items that need it cannot be scored
import-bad-bytes = the form has bytes that cannot be read as text in its encoding (the file may be truncated or damaged); shown as �
import-score-unreadable = the number “{ $text }” on score sheet row “{ $item }” cannot be read; row not read
portfolio-state = {"  "}{ $n } projects: { $grades }
portfolio-state-failing = {"  "}{ $n } projects: { $grades }; { $failing } cannot be scored
