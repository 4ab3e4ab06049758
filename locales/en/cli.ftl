# jixiao --help and command-line usage errors (clap's help, headings and errors all come from here).
# Argument help is cli-<command>-<argument>; value names are cli-value-<argument>.

cli-heading-usage = Usage:{" "}
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-usage-options = [OPTIONS]
cli-flag-help = Print help
cli-flag-version = Print version
cli-lang = Language of messages: zh-CN (the default) or en; without it, LC_ALL / LC_MESSAGES / LANG decide
cli-about = jixiao (绩效): scoring engine for the performance self-evaluation of fiscal expenditure projects — rules in YAML and rhai, every point traceable.

cli-value-command = COMMAND
cli-value-lang = LANG
cli-value-projects = PROJECTS
cli-value-project = PROJECT
cli-value-policy = POLICY
cli-value-policies = POLICIES
cli-value-format = FORMAT
cli-value-output = FILE
cli-value-year = YEAR
cli-value-form = FORM
cli-value-layout = LAYOUT
cli-value-layouts = DIR
cli-value-item = ITEM
cli-value-a = POLICY_A
cli-value-b = POLICY_B
cli-value-id = ID
cli-value-from = POLICY
cli-value-min-coverage = PERCENT

fmt-text = text for people to read
fmt-json = JSON (jixiao/1: {"{"}"schema", "command", "results", "diagnostics"{"}"})
fmt-jsonl = JSON Lines: one jixiao/1 object per line, each with one result
fmt-evaluate-text = tables and audit findings (for people to read)
fmt-evaluate-json = JSON (jixiao/1): one result per project in results, numbers as strings
fmt-evaluate-jsonl = JSON Lines: one jixiao/1 object per line, each with one project's result
fmt-xlsx = Excel workbook: a summary sheet plus one score sheet per project (needs -o FILE)
fmt-compare-text = side-by-side table and attribution (for people to read)
fmt-compare-json = JSON (jixiao/1): one comparison per project in results, and a summary for several projects
fmt-csv = CSV: one row per attribution
fmt-md = Markdown table

cli-evaluate = Score projects under a policy pack; print the score table and the audit findings
cli-evaluate-projects = Project files (YAML), or original forms (.txt text exports, .xlsx workbooks, imported on the fly); several allowed
cli-evaluate-policy = Policy pack: a directory, or an id (./policies/<id> first, then the bundled packs); without it, chosen by the project's region and year
cli-evaluate-format = Output format
cli-evaluate-output = Output file (written atomically); required with --format xlsx, otherwise standard output when omitted
cli-evaluate-strict = Exit with code 1 when the audit finds discrepancies
cli-evaluate-year = The year, for forms that show none (never guessed; an error when the project states a different one)
cli-evaluate-examples =
    Examples:
    {"  "}jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml
    {"  "}jixiao evaluate a.yaml b.yaml --policy policies/jinzhong-2020 --format json --strict

cli-import = Import an original form (.txt text export or .xlsx workbook) as a project file (YAML)
cli-import-form = Original form: .txt/.tsv/.csv, .xlsx/.xls or a web page .html
cli-import-output = Project file to write (atomically); standard output when omitted
cli-import-layout = The form layout (the id of layouts/<id>.yaml); without it, the layout that reads the most
cli-import-layouts = Your own layouts directory (before the bundled ones; also JIXIAO_LAYOUTS, default ./layouts)
cli-import-year = The year, for forms that show none (never guessed)
cli-import-examples =
    Examples:
    {"  "}jixiao import tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt -o project.yaml
    {"  "}jixiao import form.xlsx > project.yaml

cli-explain = Explain every deduction: the rule line, the project data used, the method and its basis
cli-explain-project = Project file (YAML) or original form (.txt / .xlsx)
cli-explain-policy = Policy pack: a directory or an id
cli-explain-item = Explain only this scoring item: its name, path (level 1/level 2/level 3) or id
cli-explain-format = Output format
cli-explain-year = The year, for forms that show none (never guessed; an error when the project states a different one)
cli-explain-examples =
    Examples:
    {"  "}jixiao explain examples/jinzhong-2020-pension-subsidy.yaml
    {"  "}jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 投入/资金落实/资金到位率

cli-compare = Score the same projects under two policy packs, item by item, and give the cause of every point that moved
cli-compare-projects = Project files or directories (the *.yaml in them); several allowed
cli-compare-policy = Policy packs A and B (once each: --policy A --policy B)
cli-compare-format = Output format
cli-compare-year = The year, for forms that show none (never guessed; an error when the project states a different one)
cli-compare-examples =
    Examples:
    {"  "}jixiao compare examples/jinzhong-2020-pension-subsidy.yaml --policy jinzhong-2020 --policy mof-2020
    {"  "}jixiao compare examples/ --policy jinzhong-2020 --policy policies/jinzhong-2021 --format md

cli-diff = Compare two policy packs themselves: structure, weights, rules, grades, selections, parameters, script functions
cli-diff-a = Policy pack A (a directory or an id)
cli-diff-b = Policy pack B (a directory or an id)
cli-diff-format = Output format
cli-diff-examples =
    Examples:
    {"  "}jixiao diff jinzhong-2020 mof-2020
    {"  "}jixiao diff jinzhong-2020 policies/jinzhong-2021 --format json

cli-new-policy = Make next year's policy pack in ./policies/ID from an existing one (year plus one; never overwrites a directory)
cli-new-policy-id = The new pack's id
cli-new-policy-from = The pack to start from (a directory or an id)
cli-new-policy-examples =
    Examples:
    {"  "}jixiao new-policy jinzhong-2021 --from jinzhong-2020

cli-test = Run the policy packs' test cases (policies/<id>/cases/*.yaml); a failure shows the difference and the deductions
cli-test-policies = Policy pack directories or ids; without them, every pack with cases under ./policies/
cli-test-coverage = Report coverage: scoring items, rule functions, deduction sites
cli-test-min-coverage = Exit with code 1 when deduction-site coverage is below this percentage
cli-test-format = Output format
cli-test-examples =
    Examples:
    {"  "}jixiao test
    {"  "}jixiao test policies/jinzhong-2020 policies/mof-2020 --coverage
    {"  "}jixiao test --min-coverage 80

    Exit codes: 0 all passed; 1 a case failed or coverage is too low; 2 a pack or case file is invalid.

cli-watch = Watch the policy pack and the project files: re-score on every save and say which projects and items changed, and why
cli-watch-projects = Project files or directories; several allowed
cli-watch-policy = Policy pack directory (or an id under ./policies/)
cli-watch-gate = A new version takes effect only when its test cases pass
cli-watch-examples =
    Examples:
    {"  "}jixiao watch examples/ --policy policies/jinzhong-2020
    {"  "}jixiao watch forms/ --policy jinzhong-2021 --gate

    A broken pack only shows its diagnostics and the last good version stays in use; Ctrl-C quits (exit code 0).

cli-check = Check policy packs: weight sums, grades, rules and fields; without arguments, every available pack
cli-check-policies = Policy pack directories or ids
cli-check-format = Output format
cli-check-examples =
    Examples:
    {"  "}jixiao check
    {"  "}jixiao check policies/jinzhong-2020

cli-policies = List the available policy packs
cli-policies-format = Output format
cli-policies-examples =
    Examples:
    {"  "}jixiao policies
    {"  "}jixiao policies --format json

cli-schema = Print the JSON Schema of the --format json / jsonl output (jixiao/1)
cli-schema-examples =
    Examples:
    {"  "}jixiao schema > jixiao-1.schema.json

cli-help = Print help, or the help of a command
cli-help-command = The command to show help for
cli-help-examples =
    Examples:
    {"  "}jixiao help evaluate

# Usage errors: what was wrong first, then a hint and the usage.
cli-error = error: { $message }
cli-err-invalid-value = invalid value '{ $value }' for { $arg }
cli-err-empty-value = { $arg } needs a value, but the value given is empty
cli-err-valid-values = possible values: { $values }
cli-err-unknown-arg = unexpected argument '{ $arg }'
cli-err-did-you-mean = hint: did you mean '{ $suggestion }'?
cli-err-trailing = hint: to pass '{ $arg }' as a value, write '-- { $arg }'
cli-err-unknown-command = no command '{ $command }'
cli-err-missing = required arguments missing: { $args }
cli-err-missing-command = a command is required
cli-err-valid-commands = commands: { $commands }
cli-err-too-many = { $arg } was given an extra value '{ $value }'
cli-err-wrong-count = { $arg } takes { $expected } values, { $actual } given
cli-err-repeated = { $arg } can be given only once
cli-err-conflict = { $arg } cannot be used with { $prior }
cli-err-no-equals = the value of { $arg } must be written with an equals sign ({ $arg }=VALUE)
cli-err-utf8 = a command-line argument is not valid UTF-8
cli-err-other = invalid command-line arguments
cli-err-usage = Usage: { $usage }
cli-err-more = Run '{ $command } --help' for more.

# The values and the default after an argument's help.
cli-arg-values = { $help } (values: { $values })
cli-arg-value = {"  "}{ $value }: { $help }
cli-arg-default = { $help } (default: { $default })
cli-arg-default-line = Default: { $default }
